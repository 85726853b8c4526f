"""Specs the benchmark feeds the generators, derived from ``spec/sixmm.yaml`` (never edited).

* `peer_compatible`: the copy given to openapi-python-client and openapi-generator. Every
  transformation is listed in `PEER_TRANSFORMATIONS` and repeated in BENCHMARKS.md.
* `synthetic`: a large spec of N operations (default 300) made of renamed clones of our
  operations that reuse our component schemas, so that growth with spec size shows.

Both are pure functions of the parsed document; `write_yaml` stores the results under .bench/.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml

ERROR_ENVELOPE_REF = "#/components/schemas/ErrorEnvelope"

PEER_TRANSFORMATIONS = [
    "Each success (HTTP 200) response schema `oneOf: [allOf: [SuccessEnvelope, {data: X}], "
    "ErrorEnvelope]` is replaced by its success branch `allOf: [SuccessEnvelope, {data: X}]`. "
    "Reason: openapi-generator's python client ignores `not` (ErrorEnvelope says "
    "`not: {required: [data]}` and `code: {not: {const: 0}}`), so a success envelope matches "
    'both branches and every call fails with "Multiple matches found when deserializing ... '
    "with oneOf schemas\". Consequence: the peers' clients do not model an error envelope that "
    "arrives with HTTP 200 (this benchmark only sends successes). openapi-python-client "
    "accepts the original spec, but gets the same copy so that both peers build from one document.",
    "Nothing else is changed: `const`, `not`, `examples`, `x-*` extensions and 3.1 type keywords "
    "stay as they are (both peers accept them; openapi-generator warns that its OpenAPI 3.1 "
    "support is beta and is run with `--skip-validate-spec`).",
]


def load_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict), f"{path}: not a mapping"
    return data


def write_yaml(document: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        yaml.safe_dump(document, handle, sort_keys=False, allow_unicode=True, width=100)
    return path


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                found.append((path, method, operation))
    return found


def operation_count(document: dict[str, Any]) -> int:
    return len(_operations(document))


def peer_compatible(document: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The copy the peers build from, and how many response schemas were rewritten."""
    result = copy.deepcopy(document)
    rewritten = 0
    for _path, _method, operation in _operations(result):
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            for media in (response.get("content") or {}).values():
                schema = media.get("schema")
                if not isinstance(schema, dict) or "oneOf" not in schema:
                    continue
                branches = [b for b in schema["oneOf"] if b != {"$ref": ERROR_ENVELOPE_REF}]
                if len(branches) == 1 and len(branches) < len(schema["oneOf"]):
                    media["schema"] = branches[0]
                    rewritten += 1
    return result, rewritten


def _rename_operation_refs(node: Any, renames: dict[str, str]) -> Any:
    """Rewrite ``operationId`` values and x-keepalive references inside one operation."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in {"operationId", "renew", "close"} and isinstance(value, str) and value in renames:
                out[key] = renames[value]
            else:
                out[key] = _rename_operation_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rename_operation_refs(v, renames) for v in node]
    return node


def synthetic(document: dict[str, Any], operations: int = 300) -> dict[str, Any]:
    """A spec with ``operations`` operations: copy 0 is ours, copies 1.. are renamed clones.

    Clone k: paths get the prefix ``/cKK``, operationIds the suffix ``CKK``, tags the suffix
    ``-cKK`` (declared at the root), keepalive manager names the suffix ``CKK``. Component
    schemas, responses and security schemes are shared, not cloned. The last clone is cut short
    so that the total is exactly ``operations``.
    """
    base_ops = _operations(document)
    if operations < len(base_ops):
        raise ValueError(f"at least {len(base_ops)} operations (the size of our spec)")
    result = copy.deepcopy(document)
    result["info"] = {
        **result["info"],
        "title": f"{result['info']['title']} (synthetic, {operations} operations)",
    }
    tags = list(result.get("tags", []))
    paths: dict[str, Any] = dict(result["paths"])
    total = len(base_ops)
    ids = [op["operationId"] for _p, _m, op in base_ops]
    clone = 0
    while total < operations:
        clone += 1
        suffix = f"C{clone:02d}"
        renames = {op_id: op_id + suffix for op_id in ids}
        for tag in document.get("tags", []):
            tags.append({**tag, "name": f"{tag['name']}-c{clone:02d}"})
        for path, item in document["paths"].items():
            new_item: dict[str, Any] = {}
            for method, operation in item.items():
                if method not in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                    new_item[method] = copy.deepcopy(operation)
                    continue
                if total >= operations:
                    continue
                op = _rename_operation_refs(copy.deepcopy(operation), renames)
                op["tags"] = [f"{t}-c{clone:02d}" for t in op.get("tags", [])]
                keepalive = op.get("x-keepalive")
                if isinstance(keepalive, dict) and "name" in keepalive:
                    keepalive["name"] = keepalive["name"] + suffix
                new_item[method] = op
                total += 1
            if any(m in new_item for m in ("get", "put", "post", "delete", "patch")):
                paths[f"/c{clone:02d}{path}"] = new_item
    result["tags"] = tags
    result["paths"] = paths
    # The signing scheme's clock sync names an operation of copy 0: unchanged on purpose.
    assert operation_count(result) == operations, (operation_count(result), operations)
    return result


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def one_operation_changed(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with one change a maintainer makes every day: an optional query parameter
    added to its first GET operation (one resource module, the CLI and the docs change; the
    models do not)."""
    changed = copy.deepcopy(document)
    for _, method, operation in _operations(changed):
        if method == "get":
            operation.setdefault("parameters", []).append(
                {
                    "name": "benchNote",
                    "in": "query",
                    "required": False,
                    "description": "A parameter added by the benchmark's one-operation change.",
                    "schema": {"type": "string"},
                }
            )
            return changed
    raise ValueError("no GET operation to change")


def foreign_config(spec: Path, import_name: str, path: Path) -> Path:
    """A codegen.toml generating ``spec`` as a foreign spec is (house rules off, no static
    modules, no streams), as the package ``import_name``."""
    text = (
        f'spec = "{spec.resolve().as_posix()}"\n\n[lint]\nhouse_rules = false\n\n[package]\n'
        f'import_name = "{import_name}"\ndistribution = "{import_name}"\nversion = "0.1.0"\n'
        f'summary = "Benchmark client"\nerror_base = "BenchError"\nenv_prefix = "BENCH_"\n'
        'requires_python = ">=3.11"\ndependencies = ["httpx>=0.27,<1", "pydantic>=2.7,<3"]\n'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
