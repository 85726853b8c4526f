"""``<program> stream market TOPIC...`` and ``<program> stream user``: messages as JSON lines."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any, TextIO

from pydantic import BaseModel

from ._stream_errors import Gap, UnknownMessage

__all__ = ["add_stream_commands", "run_stream", "message_json"]


def add_stream_commands(
    groups: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    epilog: str,
    url_env: str,
) -> None:
    """The ``stream`` group: ``market TOPIC...`` and ``user``."""
    group = groups.add_parser(
        "stream", help="real-time streams (JSON lines until interrupted)", epilog=epilog
    )
    commands = group.add_subparsers(dest="command", metavar="COMMAND", required=True)
    market = commands.add_parser(
        "market", parents=[common], help="public topics, e.g. market.trade.BTCUSDT", epilog=epilog
    )
    market.add_argument("topics", nargs="+", metavar="TOPIC", help="topics to subscribe to")
    user = commands.add_parser(
        "user",
        parents=[common],
        help="the private user channel (a listenKey is created and kept alive; or the access token)",
        epilog=epilog,
    )
    user.add_argument("--use-token", action="store_true", help="authenticate with the access token instead")
    for sub, kind in ((market, "market"), (user, "user")):
        sub.add_argument(
            "--stream-url", default=None, help=f"WebSocket URL (default: ${url_env} or the spec's)"
        )
        sub.add_argument("--count", type=int, default=None, help="stop after this many messages")
        sub.set_defaults(_stream=kind)


def message_json(message: object) -> dict[str, Any]:
    """One message as the JSON object printed for it (notices are wrapped: ``{"gap": ...}``)."""
    if isinstance(message, BaseModel):
        dumped: dict[str, Any] = message.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return dumped
    if isinstance(message, Gap):
        return {"gap": asdict(message)}
    if isinstance(message, UnknownMessage):
        return dict(message.raw)
    return {"message": str(message)}


def run_stream(client: Any, args: argparse.Namespace, out: TextIO, options: Mapping[str, Any]) -> None:
    """Print each message of the stream ``args`` asks for until ``--count`` or Ctrl-C."""
    if args._stream == "market":
        stream = client.stream.market(args.topics, url=args.stream_url)
    else:
        token = options.get("access_token") if args.use_token else None
        stream = client.stream.user(url=args.stream_url, access_token=token)
    printed = 0
    with stream:
        for message in stream:
            out.write(json.dumps(message_json(message), separators=(",", ":")) + "\n")
            out.flush()
            printed += 1
            if args.count is not None and printed >= args.count:
                return
