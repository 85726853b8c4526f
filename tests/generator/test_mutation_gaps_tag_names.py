"""Where the warning for a tag whose client attribute is taken points: a gap found by
`make mutation` (issue 17) in ir/operations.py. A declared tag is located at its entry in
/tags; a tag only operations name has no entry, so the warning points at /paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.config import load_config
from generator.ir import build_api
from generator.loader import load_spec
from tests.support.paths import CONFIG


def _operation(operation_id: str, tag: str) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": [tag], "responses": {"204": {"description": "ok"}}}


def test_a_taken_tag_name_is_warned_at_its_declaration_or_at_paths(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "close"}],
        "paths": {
            "/a": {"get": _operation("getA", "close")},
            "/b": {"get": _operation("getB", "timeout")},  # an undeclared tag
        },
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    _, problems = build_api(load_spec(path), load_config(CONFIG))
    taken = {p.pointer: p.message for p in problems if "which is taken" in p.message}
    assert set(taken) == {"/tags/0", "/paths"}
    assert taken["/tags/0"].startswith("tag 'close' would be client.close")
    assert taken["/paths"].startswith("tag 'timeout' would be client.timeout")
