# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The commands of the ``market`` group: one per operation tagged 'market'."""

from __future__ import annotations

from ._cli import CommandSpec, OptionSpec, PagingSpec

__all__ = ["COMMANDS"]

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        group="market",
        name="get-symbols",
        resource="market",
        method="get_symbols",
        summary="Get symbols and trading rules",
        description="Returns every symbol with its trading rules (sizes, limits, leverage tiers) and the fee level configuration. Public: no authentication.",
        options=(),
    ),
    CommandSpec(
        group="market",
        name="get-funding-rate-config",
        resource="market",
        method="get_funding_rate_config",
        summary="Get funding rate configuration",
        description="Returns the funding rate configuration of one symbol, or of all symbols when none is given. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=False,
                help="Symbol; all symbols when omitted.",
            ),
        ),
    ),
    CommandSpec(
        group="market",
        name="get-current-funding-rates",
        resource="market",
        method="get_current_funding_rates",
        summary="List current funding rates",
        description="Returns one page of current funding rates. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=False,
                help="Symbol, such as BTCUSDT.",
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
                help="Items per page. Defaults to 20. No maximum is documented.",
                default=20,
            ),
        ),
        paging=PagingSpec(
            page_dest="page",
            size_dest="page_size",
            items_attr="list_",
            total_attr="total",
        ),
    ),
    CommandSpec(
        group="market",
        name="get-funding-rate-history",
        resource="market",
        method="get_funding_rate_history",
        summary="List funding rate history",
        description="Returns one page of past fundings of a symbol. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=True,
                help="Symbol, such as BTCUSDT.",
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
                help="Items per page. Defaults to 20. No maximum is documented.",
                default=20,
            ),
        ),
        paging=PagingSpec(
            page_dest="page",
            size_dest="page_size",
            items_attr="list_",
            total_attr="total",
        ),
    ),
    CommandSpec(
        group="market",
        name="get-klines",
        resource="market",
        method="get_klines",
        summary="Get klines",
        description="Returns trade price, index price or mark price klines of a symbol. Public: no authentication.",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=True,
                help="Symbol, such as BTCUSDT.",
            ),
            OptionSpec(
                flag="--interval",
                dest="interval",
                kind="str",
                required=True,
                help="Interval: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w or 1M.",
                choices=("1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"),
            ),
            OptionSpec(
                flag="--price-type",
                dest="price_type",
                kind="str",
                required=False,
                help="indexPrice or markPrice; trade price klines when omitted.",
                choices=("indexPrice", "markPrice"),
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
                flag="--limit",
                dest="limit",
                kind="int",
                required=False,
                help="Number of klines, default 500, maximum 1000.",
                default=500,
            ),
        ),
    ),
)
