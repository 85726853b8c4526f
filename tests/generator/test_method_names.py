"""Method names drop their tag's words when the rest reads well; x-method-name decides outright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.ir import build_api
from generator.loader import load_spec
from generator.naming import without_group_words
from generator.problems import Severity
from tests.support.paths import CONFIG


@pytest.mark.parametrize(
    ("name", "group", "expected"),
    [
        ("createListenKey", "listen-key", "create"),
        ("closeListenKey", "listen-key", "close"),
        ("placeOrder", "order", "place"),
        ("batchPlaceOrders", "order", "batch_place"),  # the plural of the group's last word
        ("getOrderHistory", "order", "get_history"),
        ("cancelAllOrders", "order", "cancel_all"),
        ("getInfo", "user", None),  # the group's words do not appear
        ("getPositions", "position", None),  # a bare ``get`` reads as nothing in particular
        ("listApiKeys", "api-key", None),  # ``list`` would shadow the builtin in the class body
        ("order", "order", None),  # nothing left
        ("getKeyListen", "listen-key", None),  # the words must appear together, in order
        ("anything", "", None),
    ],
)
def test_without_group_words(name: str, group: str, expected: str | None) -> None:
    assert without_group_words(name, group) == expected


def _spec(operations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            f"/{operation_id}": {
                "post": {
                    "operationId": operation_id,
                    "tags": ["order"],
                    **extra,
                    "responses": {"204": {"description": "ok"}},
                }
            }
            for operation_id, extra in operations.items()
        },
    }


def _methods(tmp_path: Path, operations: dict[str, dict[str, Any]]) -> tuple[dict[str, str], list[str]]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(_spec(operations)), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    return (
        {op.operation_id: op.py_name for op in api.operations},
        [p.message for p in problems if p.severity is Severity.ERROR],
    )


def test_short_names_in_a_tag(tmp_path: Path) -> None:
    methods, errors = _methods(tmp_path, {"placeOrder": {}, "cancelOrder": {}, "getOrder": {}})
    assert methods == {"placeOrder": "place", "cancelOrder": "cancel", "getOrder": "get_order"}
    assert errors == []


def test_a_short_name_that_collides_keeps_both_full_names(tmp_path: Path) -> None:
    # ``placeOrder`` and ``placeOrders`` would both be ``place``.
    methods, _ = _methods(tmp_path, {"placeOrder": {}, "placeOrders": {}, "cancelOrder": {}})
    assert methods == {"placeOrder": "place_order", "placeOrders": "place_orders", "cancelOrder": "cancel"}


def test_a_short_name_equal_to_another_full_name_is_not_taken(tmp_path: Path) -> None:
    methods, _ = _methods(tmp_path, {"cancelOrder": {}, "cancel": {}})
    assert methods == {"cancelOrder": "cancel_order", "cancel": "cancel"}


def test_the_override_decides(tmp_path: Path) -> None:
    methods, errors = _methods(
        tmp_path, {"getOrder": {"x-method-name": "get"}, "placeOrder": {"x-method-name": "submit"}}
    )
    assert methods == {"getOrder": "get", "placeOrder": "submit"}
    assert errors == []


@pytest.mark.parametrize("override", ["with_raw_response", "cancel_order"])
def test_an_unusable_override_is_a_located_error(tmp_path: Path, override: str) -> None:
    _, errors = _methods(tmp_path, {"placeOrder": {"x-method-name": override}, "cancelOrder": {}})
    assert errors == [f"x-method-name {override!r} is not a usable method name in tag 'order'"]
