"""Names and metadata the generated package shows its users: gaps found by `make mutation`
(issue 17) in ir/model.py, ir/schemas.py and ir/build.py.

- The all-pages iterator of ``get_x`` or ``list_x`` is ``iter_x``; any other method keeps its
  whole name after ``iter_``.
- The package docstring's example call is a placeholder when the API has no operations.
- A property whose attribute would start like pydantic's ``model_dump``/``model_validate``
  is ``field_`` and its name, its wire name the alias.
- Only the documentation link the document states (a string) becomes a project URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.ir import Api, build_api
from generator.ir.build import project_info
from generator.ir.context import BuildContext
from generator.ir.schemas import build_models
from generator.loader import load_spec
from tests.support.paths import CONFIG


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def _api(tmp_path: Path, paths: dict[str, Any]) -> Api:
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    api, problems = build_api(load_spec(_write(tmp_path, document)), load_config(CONFIG))
    assert not [p for p in problems if p.severity.value == "error"], problems
    return api


def test_an_iterator_drops_only_a_leading_get_or_list(tmp_path: Path) -> None:
    empty = {"responses": {"204": {"description": "ok"}}}
    api = _api(
        tmp_path,
        {
            "/items": {"get": {"operationId": "getItems", **empty}},
            "/orders": {"get": {"operationId": "listOrders", **empty}},
            "/things": {"post": {"operationId": "cancelThings", **empty}},
        },
    )
    iterators = {op.py_name: op.iterator_name for tag in api.tags for op in tag.operations}
    assert iterators == {
        "get_items": "iter_items",
        "list_orders": "iter_orders",
        "cancel_things": "iter_cancel_things",
    }


def test_an_api_without_operations_has_a_placeholder_example_call(tmp_path: Path) -> None:
    assert _api(tmp_path, {}).example_call == "..."


def test_an_attribute_in_pydantics_namespace_gets_a_field_prefix(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "modelDumpJson": {"type": "string"},
                        "model_validate": {"type": "integer"},
                    },
                }
            }
        },
    }
    ctx = BuildContext(load_spec(_write(tmp_path, document)))
    models = build_models(ctx, {"Thing"})  # needed as a result type
    assert models.field_aliases == {
        "modelDumpJson": "field_model_dump_json",
        "model_validate": "field_model_validate",
    }
    assert [(p.pointer, p.message) for p in ctx.problems] == [
        (
            f"/components/schemas/Thing/properties/{wire}",
            f"property {wire!r} gets the attribute {attribute!r} (its wire name stays the alias)",
        )
        for wire, attribute in models.field_aliases.items()
    ]


@pytest.mark.parametrize(
    "external",
    [{"description": "no url"}, {"url": 5}, "https://docs.example"],
)
def test_documentation_without_a_url_string_gives_no_link(external: Any) -> None:
    # build_api reads the document while validation runs beside it: what it reads must not
    # fail on (or report) metadata that validation will reject.
    info = project_info({"info": {"title": "t", "version": "1"}, "externalDocs": external})
    assert info.urls == ()
