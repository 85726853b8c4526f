# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The commands of the ``listen-key`` group: one per operation tagged 'listen-key'."""

from __future__ import annotations

from ._cli import CommandSpec, OptionSpec

__all__ = ["COMMANDS"]

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        group="listen-key",
        name="create",
        resource="listen_key",
        method="create",
        summary="Create a listenKey",
        description="Creates a key that authenticates the private WebSocket stream\n(`wss://<host>/ws?listenKey=<key>`). The request has no body. A key lives 60 minutes;\nrenew it every 30 minutes with `renewListenKey`, and create a new one if a renewal fails.\nNot safe to retry blindly: a retry may create a second key. Accepts JWT or API-key\nsigning; with an API key the key needs the Read permission.\n",
        options=(),
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
    ),
)
