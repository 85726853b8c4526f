# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The ``sixmm`` command line: one group per tag, one command per operation.

Run ``sixmm --help``, ``sixmm GROUP --help`` or
``sixmm GROUP COMMAND --help``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._cli import CliSpec, CommandSpec, KeepaliveSpec, OptionSpec, PagingSpec, run
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
    description="6MM User and Account API: every operation of the API as a command.",
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
    commands=(
        CommandSpec(
            group="user",
            name="get-info",
            resource="user",
            method="get_info",
            summary="Get the user's profile",
            description="Returns profile information of the authenticated user: external user id, username,\nagent id, VIP level and the time and IP address of the last login. Accepts JWT or API-key\nsigning; with an API key the key needs the Read permission.\n",
            options=(),
            list_attr=None,
        ),
        CommandSpec(
            group="user",
            name="get-asset",
            resource="user",
            method="get_asset",
            summary="Get the user's assets",
            description="Returns the user's asset account: asset type, wallet balance, margin frozen by pending\norders and margin used by open positions. All amounts are decimal strings. Accepts JWT or\nAPI-key signing; with an API key the key needs the Read permission.\n",
            options=(),
            list_attr=None,
        ),
        CommandSpec(
            group="user",
            name="get-account-change-log",
            resource="user",
            method="get_account_change_log",
            summary="List account change logs",
            description="Returns one page of balance changes of the user's account, optionally filtered by asset\ntype, change type and a time window. Neither `assetType` nor `changeType` has a documented\nvalue list, and no sort order or maximum page size is documented. Accepts JWT or API-key\nsigning; with an API key the key needs the Read permission.\n",
            options=(
                OptionSpec(
                    flag="--asset-type",
                    dest="asset_type",
                    kind="str",
                    required=False,
                    help="Asset type to filter on, such as USDT. No value list is documented.",
                ),
                OptionSpec(
                    flag="--change-type",
                    dest="change_type",
                    kind="str",
                    required=False,
                    help="Change type to filter on. No value list is documented.",
                ),
                OptionSpec(
                    flag="--start-time",
                    dest="start_time",
                    kind="int",
                    required=False,
                    help="Start of the time window, Unix milliseconds. Assumption: inclusive.",
                ),
                OptionSpec(
                    flag="--end-time",
                    dest="end_time",
                    kind="int",
                    required=False,
                    help="End of the time window, Unix milliseconds. Assumption: inclusive.",
                ),
                OptionSpec(
                    flag="--page",
                    dest="page",
                    kind="int",
                    required=False,
                    help="Page number, starting at 1. Defaults to 1.",
                    default=1,
                ),
                OptionSpec(
                    flag="--page-size",
                    dest="page_size",
                    kind="int",
                    required=False,
                    help="Items per page. Defaults to 20. No maximum is documented, so none is declared here.",
                    default=20,
                ),
            ),
            paging=PagingSpec(
                page_dest="page",
                size_dest="page_size",
                items_attr="list_",
                total_attr="total",
            ),
            list_attr="list",
        ),
        CommandSpec(
            group="user",
            name="get-volume-stats",
            resource="user",
            method="get_volume_stats",
            summary="Get 30-day volume statistics",
            description="Returns the user's cumulative trading volume and fees over the last 30 days, as decimal\nstrings. Accepts JWT or API-key signing; with an API key the key needs the Read permission.\n",
            options=(),
            list_attr=None,
        ),
        CommandSpec(
            group="user",
            name="get-balance-history",
            resource="user",
            method="get_balance_history",
            summary="Get balance history",
            description="Returns the wallet balance and realized PnL aggregated per period (day, week or month).\nAccepts JWT or API-key signing; with an API key the key needs the Read permission.\nAssumption: the order of the returned items is undocumented.\n",
            options=(
                OptionSpec(
                    flag="--period",
                    dest="period",
                    kind="str",
                    required=True,
                    help="Aggregation period, one of 1D, 1W or 1M (case-sensitive).",
                    choices=(
                        "1D",
                        "1W",
                        "1M",
                    ),
                ),
                OptionSpec(
                    flag="--limit",
                    dest="limit",
                    kind="int",
                    required=False,
                    help='Number of items returned. Defaults to 30. No maximum is documented, so none is declared here. Assumption: the doc types it as "int"; int32 is used.',
                    default=30,
                ),
            ),
            list_attr="items",
        ),
        CommandSpec(
            group="user",
            name="get-trade-overview",
            resource="user",
            method="get_trade_overview",
            summary="Get the trade overview",
            description="Returns trading summary figures (today's and cumulative PnL and volume, 30-day maximum\ndrawdown, cumulative transfers) together with asset trend data for the requested range.\nAccepts JWT or API-key signing; with an API key the key needs the Read permission.\n",
            options=(
                OptionSpec(
                    flag="--type",
                    dest="type",
                    kind="str",
                    required=True,
                    help="Trend range, one of 1D, 1W, 1M, 3M, 6M or 1Y (case-sensitive).",
                    choices=(
                        "1D",
                        "1W",
                        "1M",
                        "3M",
                        "6M",
                        "1Y",
                    ),
                ),
            ),
            list_attr="items",
        ),
        CommandSpec(
            group="user",
            name="get-asset-overview-summary",
            resource="user",
            method="get_asset_overview_summary",
            summary="Get the asset overview summary",
            description="Returns the same summary figures as the trade overview, without the trend items.\nAccepts JWT or API-key signing; with an API key the key needs the Read permission.\n",
            options=(),
            list_attr=None,
        ),
        CommandSpec(
            group="user",
            name="get-asset-overview-trend",
            resource="user",
            method="get_asset_overview_trend",
            summary="Get the asset overview trend",
            description="Returns balance and PnL snapshots over the requested range. Accepts JWT or API-key\nsigning; with an API key the key needs the Read permission. Assumption: the order of the\nreturned items is undocumented.\n",
            options=(
                OptionSpec(
                    flag="--type",
                    dest="type",
                    kind="str",
                    required=True,
                    help="Trend range, one of 1D, 1W, 1M, 3M, 6M or 1Y (case-sensitive).",
                    choices=(
                        "1D",
                        "1W",
                        "1M",
                        "3M",
                        "6M",
                        "1Y",
                    ),
                ),
            ),
            list_attr="items",
        ),
        CommandSpec(
            group="user",
            name="save-favorite-symbols",
            resource="user",
            method="save_favorite_symbols",
            summary="Save the favorite symbols",
            description="Replaces the user's whole favorite symbol list with the given one (an empty list clears\nit). Because the call replaces rather than appends, repeating it has the same effect, so\nit is safe to retry. Accepts JWT or API-key signing; with an API key the key needs the\nRead permission and the compact JSON body is part of the signed payload. Assumption: the\nresponse body is undocumented; it is taken to be the envelope without `data`.\n",
            options=(
                OptionSpec(
                    flag="--symbols",
                    dest="symbols",
                    kind="list",
                    required=True,
                    help="The complete new favorite list; an empty list clears it.",
                ),
            ),
            list_attr=None,
        ),
        CommandSpec(
            group="user",
            name="get-favorite-symbols",
            resource="user",
            method="get_favorite_symbols",
            summary="Get the favorite symbols",
            description="Returns the user's favorite symbol list. Accepts JWT or API-key signing; with an API key\nthe key needs the Read permission.\n",
            options=(),
            list_attr="symbols",
        ),
        CommandSpec(
            group="listen-key",
            name="create",
            resource="listen_key",
            method="create",
            summary="Create a listenKey",
            description="Creates a key that authenticates the private WebSocket stream\n(`wss://<host>/ws?listenKey=<key>`). The request has no body. A key lives 60 minutes;\nrenew it every 30 minutes with `renewListenKey`, and create a new one if a renewal fails.\nNot safe to retry blindly: a retry may create a second key. Accepts JWT or API-key\nsigning; with an API key the key needs the Read permission.\n",
            options=(),
            list_attr=None,
        ),
        CommandSpec(
            group="listen-key",
            name="renew",
            resource="listen_key",
            method="renew",
            summary="Renew a listenKey",
            description="Extends the validity of the given listenKey. Call it every 30 minutes; if it fails,\ncreate a new key. Idempotent, so safe to retry. Accepts JWT or API-key signing; with an\nAPI key the key needs the Read permission and the JSON body is part of the signed payload.\nAssumption: the response body is undocumented; it is taken to be the envelope without\n`data`.\n",
            options=(
                OptionSpec(
                    flag="--listen-key",
                    dest="listen_key",
                    kind="str",
                    required=True,
                    help="The listenKey to renew or close.",
                ),
            ),
            list_attr=None,
        ),
        CommandSpec(
            group="listen-key",
            name="close",
            resource="listen_key",
            method="close",
            summary="Close a listenKey",
            description="Closes the given listenKey. This DELETE carries a JSON body; under API-key auth that body\nis part of the signed payload. Not marked retry-safe: a retry after a successful close may\nbe answered with an error. Accepts JWT or API-key signing; with an API key the key needs\nthe Read permission. Assumption: the response body is undocumented; it is taken to be the\nenvelope without `data`.\n",
            options=(
                OptionSpec(
                    flag="--listen-key",
                    dest="listen_key",
                    kind="str",
                    required=True,
                    help="The listenKey to renew or close.",
                ),
            ),
            list_attr=None,
        ),
        CommandSpec(
            group="system",
            name="get-server-time",
            resource="system",
            method="get_server_time",
            summary="Get the server time",
            description="Public; no authentication. Returns the server clock in several forms. Clients keep an\noffset (server milliseconds minus local milliseconds at the midpoint of the round trip)\nand add it to every signed `timestamp`.\n",
            options=(),
            list_attr=None,
        ),
        CommandSpec(
            group="system",
            name="get-version",
            resource="system",
            method="get_version",
            summary="Get the service version",
            description="Public; no authentication. Returns service version information. Assumption: the fields\nof `data` are undocumented, so it is modelled as an open object.\n",
            options=(),
            list_attr=None,
        ),
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
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    return run(CLI, argv)
