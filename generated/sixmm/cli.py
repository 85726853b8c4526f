# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The ``sixmm`` command line: one group per tag, one command per operation.

Each group's commands are declared in the ``_cli_<tag>`` module of its tag, loaded when the
group is named on the command line.

Run ``sixmm --help``, ``sixmm GROUP --help`` or
``sixmm GROUP COMMAND --help``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._cli import CliSpec, CommandGroup, KeepaliveSpec, LoginSpec, run
from ._client import Client
from ._errors import (
    AuthenticationError,
    BusinessError,
    InvalidParameterError,
    RateLimitError,
    ServerError,
)
from ._exceptions import APIError, DecodeError, TransportError
from .keepalive import ListenKeyManager

__all__ = ["CLI", "main"]

CLI = CliSpec(
    prog="sixmm",
    description="6MM REST API: every operation of the API as a command.",
    env_prefix="SIXMM_",
    client_factory=Client,
    exit_codes=(
        (AuthenticationError, 4, "authentication error"),
        (InvalidParameterError, 5, "invalid parameter error"),
        (BusinessError, 6, "business error"),
        (RateLimitError, 7, "rate limit error"),
        (ServerError, 8, "server error"),
        (APIError, 9, "other API error"),
        (TransportError, 10, "no response (connection failure or timeout)"),
        (DecodeError, 11, "unreadable response"),
    ),
    groups=(
        CommandGroup(name="public", module="sixmm._cli_public"),
        CommandGroup(name="market", module="sixmm._cli_market"),
        CommandGroup(name="user", module="sixmm._cli_user"),
        CommandGroup(name="api-key", module="sixmm._cli_api_key"),
        CommandGroup(name="order", module="sixmm._cli_order"),
        CommandGroup(name="position", module="sixmm._cli_position"),
        CommandGroup(name="listen-key", module="sixmm._cli_listen_key"),
    ),
    keepalives=(
        KeepaliveSpec(
            group="listen-key",
            manager=ListenKeyManager,
            summary="Create a key and keep it alive until interrupted, printing each renewal (createListenKey, renewListenKey).",
            default_interval=1800.0,
        ),
    ),
    streams=True,
    login=LoginSpec(
        resource="public",
        method="login",
        environment=(
            ("SIXMM_USERNAME", "username"),
            ("SIXMM_PASSWORD", "password"),
        ),
        logout=("user", "logout"),
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    return run(CLI, argv)
