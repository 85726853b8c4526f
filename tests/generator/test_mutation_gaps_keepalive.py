"""Where an ``x-keepalive`` naming operations that do not exist is reported: a gap found by
`make mutation` (issue 17) in ir/conventions.py. Each unknown operationId is an error located
at the member that names it, so the author is sent to the right line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.config import load_config
from generator.ir import build_api
from generator.loader import load_spec
from tests.support.paths import CONFIG


@pytest.mark.parametrize(
    ("renew", "close", "unknown"),
    [
        ("renewK", "closeMissing", {"close": "closeMissing"}),
        ("renewMissing", "closeK", {"renew": "renewMissing"}),
        ("renewMissing", "closeMissing", {"renew": "renewMissing", "close": "closeMissing"}),
    ],
)
def test_each_unknown_operation_is_located_at_the_member_naming_it(
    tmp_path: Path, renew: str, close: str, unknown: dict[str, str]
) -> None:
    key = [{"name": "listenKey", "in": "query", "required": True, "schema": {"type": "string"}}]
    created = {"type": "object", "properties": {"listenKey": {"type": "string"}}}
    empty = {"204": {"description": "ok"}}
    keepalive = {"renew": renew, "close": close, "keyField": "listenKey", "keyArgument": "listenKey"}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/k": {
                "post": {
                    "operationId": "createK",
                    "x-keepalive": keepalive,
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": created}}}
                    },
                },
                "put": {"operationId": "renewK", "parameters": key, "responses": empty},
                "delete": {"operationId": "closeK", "parameters": key, "responses": empty},
            }
        },
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert api.keepalives == ()
    assert [(p.pointer, p.message) for p in problems if p.severity.value == "error"] == [
        (f"/paths/~1k/post/x-keepalive/{member}", f"no operation has the operationId {name!r}")
        for member, name in unknown.items()
    ]
