# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The commands of the ``public`` group: one per operation tagged 'public'."""

from __future__ import annotations

from ._cli import CommandSpec, OptionSpec

__all__ = ["COMMANDS"]

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        group="public",
        name="get-server-time",
        resource="public",
        method="get_server_time",
        summary="Get the server time",
        description="Public; no authentication. Returns the server clock in several forms. Clients keep an\noffset (server milliseconds minus local milliseconds at the midpoint of the round trip)\nand add it to every signed `timestamp`.\n",
        options=(),
    ),
    CommandSpec(
        group="public",
        name="get-version",
        resource="public",
        method="get_version",
        summary="Get the service version",
        description="Public; no authentication. Returns service version information. Assumption: the fields\nof `data` are undocumented, so it is modelled as an open object.\n",
        options=(),
    ),
    CommandSpec(
        group="public",
        name="login",
        resource="public",
        method="login",
        summary="Log in with username and password",
        description="Exchanges a username and password for a JWT access token; the response also sets the refresh cookie that refresh-token and logout use. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--username",
                dest="username",
                kind="str",
                required=True,
                help="Username, length 3 - 32.",
            ),
            OptionSpec(
                flag="--password",
                dest="password",
                kind="str",
                required=True,
                help="Password, length 1 - 64.",
            ),
            OptionSpec(
                flag="--device-id",
                dest="device_id",
                kind="str",
                required=False,
                help="Device fingerprint, up to 64 characters.",
            ),
            OptionSpec(
                flag="--device-name",
                dest="device_name",
                kind="str",
                required=False,
                help="Device name, up to 128 characters.",
            ),
        ),
    ),
    CommandSpec(
        group="public",
        name="refresh-token",
        resource="public",
        method="refresh_token",
        summary="Refresh the access token",
        description="Returns a new access token for the login session named by the refresh cookie that login set (Assumption: the cookie's name is undocumented; clients keep every cookie login sets and send them back). No request body is documented. Public: no authentication.",
        options=(),
    ),
    CommandSpec(
        group="public",
        name="exchange-agent-ticket",
        resource="public",
        method="exchange_agent_ticket",
        summary="Exchange an agent ticket for a login",
        description="Exchanges a one-time agent entrance ticket for an access token. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--ticket",
                dest="ticket",
                kind="str",
                required=True,
                help="One-time ticket issued by the agent service.",
            ),
            OptionSpec(
                flag="--device-id",
                dest="device_id",
                kind="str",
                required=False,
                help="Device fingerprint, up to 64 characters.",
            ),
        ),
    ),
    CommandSpec(
        group="public",
        name="exchange-agent-embed-token",
        resource="public",
        method="exchange_agent_embed_token",
        summary="Exchange an embed token for a login",
        description="Exchanges a short-lived embedded trading token for an access token. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--embed-token",
                dest="embed_token",
                kind="str",
                required=True,
                help="Short-lived embedded trading token issued by the agent service.",
            ),
            OptionSpec(
                flag="--channel-id",
                dest="channel_id",
                kind="str",
                required=True,
                help="Embedded iframe channel id, up to 128 characters.",
            ),
            OptionSpec(
                flag="--device-id",
                dest="device_id",
                kind="str",
                required=False,
                help="Device fingerprint, up to 64 characters.",
            ),
        ),
    ),
    CommandSpec(
        group="public",
        name="get-pnl-leaderboard",
        resource="public",
        method="get_pnl_leaderboard",
        summary="Get the PnL leaderboard",
        description="Returns the 7, 30 or 90 day realized-PnL leaderboard; with authentication `myRank` is the caller's rank. Public; authentication is optional (JWT, or an API key with the Read permission) and only fills `myRank`.",
        options=(
            OptionSpec(
                flag="--period",
                dest="period",
                kind="str",
                required=True,
                help="Window: 7d, 30d or 90d.",
                choices=("7d", "30d", "90d"),
            ),
        ),
    ),
)
