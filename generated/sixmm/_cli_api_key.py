# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The commands of the ``api-key`` group: one per operation tagged 'api-key'."""

from __future__ import annotations

from ._cli import CommandSpec, OptionSpec

__all__ = ["COMMANDS"]

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        group="api-key",
        name="create",
        resource="api_key",
        method="create",
        summary="Create an API key",
        description="Creates an API key; its secret is returned only this once. Each user can create up to 30 API keys. Accepts JWT only (an API key is refused).",
        options=(
            OptionSpec(
                flag="--label",
                dest="label",
                kind="str",
                required=True,
                help="API key label, length 1 - 64.",
            ),
            OptionSpec(
                flag="--permissions",
                dest="permissions",
                kind="int",
                required=False,
                help="Permission bitmask: 1 Read, 2 Trade, 4 Withdraw (reserved); 3 is Read and Trade. Range 1 - 7. Defaults to 1.",
                default=1,
            ),
            OptionSpec(
                flag="--ip-whitelist",
                dest="ip_whitelist",
                kind="list",
                required=False,
                help="IP whitelist, up to 20 entries. If omitted, the source IP is unrestricted.",
            ),
        ),
    ),
    CommandSpec(
        group="api-key",
        name="list-keys",
        resource="api_key",
        method="list_keys",
        summary="List API keys",
        description="Returns the user's API keys, without secrets. Accepts JWT only (an API key is refused).",
        options=(),
    ),
    CommandSpec(
        group="api-key",
        name="update",
        resource="api_key",
        method="update",
        summary="Update an API key",
        description="Changes the label, permissions, IP whitelist or status of an API key; omitted fields are unchanged. Accepts JWT only (an API key is refused).",
        options=(
            OptionSpec(
                flag="--id",
                dest="id",
                kind="str",
                required=True,
                help="API key id.",
            ),
            OptionSpec(
                flag="--label",
                dest="label",
                kind="str",
                required=False,
                help="New label.",
            ),
            OptionSpec(
                flag="--permissions",
                dest="permissions",
                kind="int",
                required=False,
                help="New permission bitmask (range 1 - 7).",
            ),
            OptionSpec(
                flag="--ip-whitelist",
                dest="ip_whitelist",
                kind="list",
                required=False,
                help="New IP whitelist, up to 20 entries.",
            ),
            OptionSpec(
                flag="--status",
                dest="status",
                kind="int",
                required=False,
                help="API key status: 1 enabled, 0 disabled.",
                choices=("1", "0"),
            ),
        ),
    ),
    CommandSpec(
        group="api-key",
        name="delete",
        resource="api_key",
        method="delete",
        summary="Delete an API key",
        description="Deletes (revokes) one API key. Accepts JWT only (an API key is refused).",
        options=(
            OptionSpec(
                flag="--id",
                dest="id",
                kind="str",
                required=True,
                help="API key id.",
            ),
        ),
    ),
    CommandSpec(
        group="api-key",
        name="delete-all",
        resource="api_key",
        method="delete_all",
        summary="Delete all API keys",
        description="Deletes (revokes) every API key of the user. No request body is documented. Accepts JWT only (an API key is refused).",
        options=(),
    ),
)
