"""The spec's success examples (``responses.200...examples.success.value``), by operationId."""

from __future__ import annotations

import functools
import json
from typing import Any, Final

import yaml

from tests.support.paths import SPEC

__all__ = ["example", "example_bytes"]

_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def _examples() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    examples: dict[str, Any] = {}
    for item in document["paths"].values():
        for method in _METHODS:
            operation = item.get(method)
            if operation is not None:
                content = operation["responses"]["200"]["content"]["application/json"]
                examples[operation["operationId"]] = content["examples"]["success"]["value"]
    return examples


def example(operation_id: str) -> Any:
    """The success example envelope of ``operation_id`` (a fresh copy, free to change)."""
    return json.loads(json.dumps(_examples()[operation_id]))


def example_bytes(operation_id: str) -> bytes:
    """The success example envelope of ``operation_id`` as compact JSON."""
    return json.dumps(_examples()[operation_id], separators=(",", ":")).encode("utf-8")
