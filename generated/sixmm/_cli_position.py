# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The commands of the ``position`` group: one per operation tagged 'position'."""

from __future__ import annotations

from ._cli import CommandSpec, OptionSpec, PagingSpec

__all__ = ["COMMANDS"]

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        group="position",
        name="set-margin-mode",
        resource="position",
        method="set_margin_mode",
        summary="Set the margin mode",
        description="Switches a symbol between cross (1) and isolated (2) margin. Accepts JWT or API-key signing; with an API key the key needs the Trade permission (order and position endpoints, queries included).",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=True,
                help="Symbol.",
            ),
            OptionSpec(
                flag="--margin-mode",
                dest="margin_mode",
                kind="int",
                required=True,
                help="Margin mode as a request value: 1 cross, 2 isolated.",
                choices=("1", "2"),
            ),
        ),
    ),
    CommandSpec(
        group="position",
        name="set-leverage",
        resource="position",
        method="set_leverage",
        summary="Set the leverage",
        description="Sets the leverage of a symbol. Accepts JWT or API-key signing; with an API key the key needs the Trade permission (order and position endpoints, queries included).",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=True,
                help="Symbol.",
            ),
            OptionSpec(
                flag="--leverage",
                dest="leverage",
                kind="int",
                required=True,
                help="Leverage, from 1 to the symbol's highest tier leverage.",
            ),
        ),
    ),
    CommandSpec(
        group="position",
        name="get-settings",
        resource="position",
        method="get_settings",
        summary="Get position settings",
        description="Returns the leverage and margin mode of a symbol. Accepts JWT or API-key signing; with an API key the key needs the Trade permission (order and position endpoints, queries included).",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=True,
                help="Symbol. Assumption: required (the docs show it in the example and list no parameters).",
            ),
        ),
    ),
    CommandSpec(
        group="position",
        name="get-positions",
        resource="position",
        method="get_positions",
        summary="List open positions",
        description="Returns the open positions, of one symbol or all. Accepts JWT or API-key signing; with an API key the key needs the Trade permission (order and position endpoints, queries included).",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=False,
                help="Symbol, such as BTCUSDT.",
            ),
        ),
    ),
    CommandSpec(
        group="position",
        name="get-history",
        resource="position",
        method="get_history",
        summary="List position history",
        description="Returns one page of closed positions. Accepts JWT or API-key signing; with an API key the key needs the Trade permission (order and position endpoints, queries included).",
        options=(
            OptionSpec(
                flag="--symbol",
                dest="symbol",
                kind="str",
                required=False,
                help="Symbol, such as BTCUSDT.",
            ),
            OptionSpec(
                flag="--side",
                dest="side",
                kind="str",
                required=False,
                help="long or short.",
                choices=("long", "short"),
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
)
