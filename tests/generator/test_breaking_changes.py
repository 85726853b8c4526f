"""The breaking-change report: every class of change, and the version-bump gate."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.breaking import bump_allows_breaking, evaluate, gate
from generator.cli import main
from generator.diff import Impact, diff_specs
from tests.support.paths import SPEC, SPEC_PAIRS

PAIRS = SPEC_PAIRS

# new spec (compared with base.yaml) → the (impact, kind) of the change expected; a response
# schema shared by two operations is reported once per operation.
EXPECTED: dict[str, tuple[Impact, str]] = {
    "removed-operation": (Impact.BREAKING, "operation removed"),
    "removed-parameter": (Impact.BREAKING, "parameter removed or renamed"),
    "renamed-parameter": (Impact.BREAKING, "parameter removed or renamed"),
    "parameter-becomes-required": (Impact.BREAKING, "parameter became required"),
    "new-required-parameter": (Impact.BREAKING, "new required parameter"),
    "parameter-type-change": (Impact.BREAKING, "type changed"),
    "parameter-format-change": (Impact.BREAKING, "type changed"),
    "removed-enum-value": (Impact.BREAKING, "enum value removed"),
    "removed-response-field": (Impact.BREAKING, "response field removed"),
    "response-field-becomes-optional": (Impact.BREAKING, "response field became optional"),
    "response-field-type-change": (Impact.BREAKING, "type changed"),
    "new-required-request-field": (Impact.BREAKING, "new required request field"),
    "request-field-becomes-required": (Impact.BREAKING, "request field became required"),
    "added-operation": (Impact.NON_BREAKING, "operation added"),
    "added-optional-parameter": (Impact.NON_BREAKING, "parameter added"),
    "added-enum-value": (Impact.NON_BREAKING, "enum value added"),
    "added-response-field": (Impact.NON_BREAKING, "response field added"),
    "added-optional-request-field": (Impact.NON_BREAKING, "request field added"),
    "request-field-becomes-optional": (Impact.NON_BREAKING, "request field became optional"),
}


def load(name: str) -> dict[str, object]:
    data = yaml.safe_load((PAIRS / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_pair_file_has_an_expectation() -> None:
    assert {p.stem for p in PAIRS.glob("*.yaml")} - {"base", "schema-moved-inline"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_change_is_classified(name: str) -> None:
    expected = {EXPECTED[name]}
    if name == "renamed-parameter":
        expected.add((Impact.NON_BREAKING, "parameter added"))
    changes = diff_specs(load("base"), load(name))
    assert {(c.impact, c.kind) for c in changes} == expected, changes


def test_identical_and_refactored_specs_have_no_changes() -> None:
    assert diff_specs(load("base"), load("base")) == []
    assert diff_specs(load("base"), load("schema-moved-inline")) == []


def test_the_real_spec_against_itself() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert diff_specs(spec, spec) == []


def test_diff_command_prints_markdown_and_can_fail(tmp_path: Path) -> None:
    out = io.StringIO()
    old, new = PAIRS / "base.yaml", PAIRS / "removed-operation.yaml"
    assert main(["diff", str(old), str(new)], stdout=out, stderr=io.StringIO()) == 0
    assert "1 breaking, 0 non-breaking" in out.getvalue()
    assert "### Breaking" in out.getvalue() and "operation removed: `POST /items`" in out.getvalue()
    assert (
        main(["diff", str(old), str(new), "--fail-on-breaking"], stdout=io.StringIO(), stderr=io.StringIO())
        == 1
    )


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.1", False),
        ("0.1.0", "1.0.0", True),
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("2.0.0", "1.9.0", False),
        ("0.3.0", "0.2.9", False),
    ],
)
def test_version_bump_rule(old: str, new: str, allowed: bool) -> None:
    assert bump_allows_breaking(old, new) is allowed


def test_gate_in_both_directions() -> None:
    base, broken = load("base"), load("removed-operation")
    kwargs = {"old_spec": base, "new_spec": broken, "base": "B", "changelog": "# Changelog\n\n## 0.2.0\n"}
    assert not evaluate(old_version="0.1.0", new_version="0.1.0", **kwargs).passed  # type: ignore[arg-type]
    assert evaluate(old_version="0.1.0", new_version="0.2.0", **kwargs).passed  # type: ignore[arg-type]
    no_entry = evaluate(
        old_spec=base,
        new_spec=broken,
        base="B",
        changelog="# Changelog\n",
        old_version="0.1.0",
        new_version="0.2.0",
    )
    assert not no_entry.passed and "changelog" in no_entry.problems[0]
    compatible = evaluate(
        old_spec=base,
        new_spec=load("added-operation"),
        base="B",
        changelog="",
        old_version="0.1.0",
        new_version="0.1.0",
    )
    assert compatible.passed


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_gate_against_git_history(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    shutil.copy(PAIRS / "base.yaml", repo / "spec" / "api.yaml")
    config = repo / "spec" / "codegen.toml"
    config.write_text('spec = "api.yaml"\n[package]\nversion = "0.1.0"\n', encoding="utf-8")
    (repo / "spec" / "CHANGELOG.md").write_text("# Changelog\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "x", "--allow-empty")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "spec")
    paths = {"spec": "spec/api.yaml", "config": "spec/codegen.toml", "changelog": "spec/CHANGELOG.md"}

    shutil.copy(PAIRS / "removed-parameter.yaml", repo / "spec" / "api.yaml")
    dirty = gate(repo, base=None, **paths)
    assert dirty.base == "HEAD" and not dirty.passed

    config.write_text('spec = "api.yaml"\n[package]\nversion = "0.2.0"\n', encoding="utf-8")
    (repo / "spec" / "CHANGELOG.md").write_text("# Changelog\n\n## 0.2.0\n", encoding="utf-8")
    assert gate(repo, base=None, **paths).passed

    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "breaking, bumped")
    committed = gate(repo, base=None, **paths)
    assert committed.base is not None and committed.base != "HEAD"
    assert committed.passed and [c.kind for c in committed.changes] == ["parameter removed or renamed"]


def test_recursive_schemas_terminate_and_report_once() -> None:
    node = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
    }

    def document(value_type: str) -> dict[str, object]:
        schema = {**node, "properties": {**node["properties"], "v": {"type": value_type}}}  # type: ignore[dict-item]
        response = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}
        return {
            "paths": {"/n": {"get": {"responses": {"200": response}}}},
            "components": {"schemas": {"Node": schema}},
        }

    changes = diff_specs(document("string"), document("integer"))
    assert [(c.kind, c.where) for c in changes] == [("type changed", "GET /n 200.v")]


# --------------------------------------------------------------------------- every shape, a pair

STRING: dict[str, object] = {"type": "string"}
INTEGER: dict[str, object] = {"type": "integer"}
BOOLEAN: dict[str, object] = {"type": "boolean"}


def obj(required: list[str] | None = None, **properties: object) -> dict[str, object]:
    schema: dict[str, object] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def shape_doc(
    response: object = None,
    request: object = None,
    *,
    parameters: list[object] | None = None,
    request_required: bool = True,
    operation_id: str = "op",
    schemas: dict[str, object] | None = None,
) -> dict[str, object]:
    """One ``POST /x`` operation with the given response, request body and parameters."""
    operation: dict[str, object] = {"operationId": operation_id, "responses": {}}
    if response is not None:
        content = {"application/json": {"schema": response}}
        operation["responses"] = {"200": {"description": "ok", "content": content}}
    if request is not None:
        body = {"required": request_required, "content": {"application/json": {"schema": request}}}
        operation["requestBody"] = body
    if parameters is not None:
        operation["parameters"] = parameters
    return {
        "openapi": "3.1.0",
        "paths": {"/x": {"post": operation}},
        "components": {"schemas": schemas or {}},
    }


def query(name: str, required: bool = False, schema: object = STRING) -> dict[str, object]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


BREAKING, SAFE = Impact.BREAKING, Impact.NON_BREAKING
BASE_REF = {"$ref": "#/components/schemas/Base"}

# shape → (old document, new document, every change expected as (impact, kind, where))
SHAPES: dict[str, tuple[dict[str, object], dict[str, object], set[tuple[Impact, str, str]]]] = {
    "response oneOf gains an alternative": (
        shape_doc({"oneOf": [STRING, INTEGER]}),
        shape_doc({"oneOf": [STRING, INTEGER, BOOLEAN]}),
        {(BREAKING, "alternative added", "POST /x 200")},
    ),
    "response anyOf loses an alternative": (
        shape_doc({"anyOf": [STRING, INTEGER]}),
        shape_doc({"anyOf": [STRING]}),
        {(SAFE, "alternative removed", "POST /x 200")},
    ),
    "request oneOf gains an alternative": (
        shape_doc(request={"oneOf": [STRING]}),
        shape_doc(request={"oneOf": [STRING, INTEGER]}),
        {(SAFE, "alternative added", "POST /x body")},
    ),
    "request anyOf loses an alternative": (
        shape_doc(request={"anyOf": [STRING, INTEGER]}),
        shape_doc(request={"anyOf": [STRING]}),
        {(BREAKING, "alternative removed", "POST /x body")},
    ),
    "an alternative changes type": (
        shape_doc({"oneOf": [STRING, INTEGER]}),
        shape_doc({"oneOf": [STRING, BOOLEAN]}),
        {(BREAKING, "type changed", "POST /x 200")},
    ),
    "a field of an allOf part is removed": (
        shape_doc({"allOf": [BASE_REF, obj(extra=STRING)]}, schemas={"Base": obj(["id"], id=INTEGER)}),
        shape_doc({"allOf": [BASE_REF, obj()]}, schemas={"Base": obj(["id"], id=INTEGER)}),
        {(BREAKING, "response field removed", "POST /x 200.extra")},
    ),
    "a field required by an allOf part becomes optional": (
        shape_doc({"allOf": [BASE_REF]}, schemas={"Base": obj(["id"], id=INTEGER)}),
        shape_doc({"allOf": [BASE_REF]}, schemas={"Base": obj(None, id=INTEGER)}),
        {(BREAKING, "response field became optional", "POST /x 200.id")},
    ),
    "a later allOf part refines a field": (
        shape_doc({"allOf": [obj(kind=STRING), obj(kind={"type": "string", "enum": ["a"]})]}),
        shape_doc({"allOf": [obj(kind=STRING), obj(kind={"type": "string", "enum": ["a", "b"]})]}),
        {(SAFE, "enum value added", "POST /x 200.kind")},
    ),
    "a response field becomes required": (
        shape_doc(obj(None, id=INTEGER)),
        shape_doc(obj(["id"], id=INTEGER)),
        {(SAFE, "response field became required", "POST /x 200.id")},
    ),
    "a nested inline field changes type": (
        shape_doc(obj(outer=obj(inner=STRING))),
        shape_doc(obj(outer=obj(inner=INTEGER))),
        {(BREAKING, "type changed", "POST /x 200.outer.inner")},
    ),
    "a nested request field is removed": (
        shape_doc(request=obj(outer=obj(inner=STRING))),
        shape_doc(request=obj(outer=obj())),
        {(BREAKING, "request field removed", "POST /x body.outer.inner")},
    ),
    "array items change type": (
        shape_doc({"type": "array", "items": STRING}),
        shape_doc({"type": "array", "items": INTEGER}),
        {(BREAKING, "type changed", "POST /x 200[]")},
    ),
    "an enum is lifted": (
        shape_doc(request={"type": "string", "enum": ["a"]}),
        shape_doc(request=STRING),
        {(SAFE, "enum lifted", "POST /x body")},
    ),
    "an enum is added": (
        shape_doc(request=STRING),
        shape_doc(request={"type": "string", "enum": ["a"]}),
        {(BREAKING, "enum added", "POST /x body")},
    ),
    "a parameter becomes optional": (
        shape_doc(parameters=[query("q", required=True)]),
        shape_doc(parameters=[query("q")]),
        {(SAFE, "parameter became optional", "POST /x parameter q (query)")},
    ),
    "a required request body is added": (
        shape_doc(),
        shape_doc(request=STRING),
        {(BREAKING, "request body added", "POST /x")},
    ),
    "an optional request body is added": (
        shape_doc(),
        shape_doc(request=STRING, request_required=False),
        {(SAFE, "request body added", "POST /x")},
    ),
    "the request body is removed": (
        shape_doc(request=STRING),
        shape_doc(),
        {(BREAKING, "request body removed", "POST /x")},
    ),
    "a success response is removed": (
        shape_doc(STRING),
        shape_doc(),
        {(BREAKING, "response removed", "POST /x 200")},
    ),
    "the operationId changes": (
        shape_doc(STRING),
        shape_doc(STRING, operation_id="renamed"),
        {(BREAKING, "operationId changed", "POST /x")},
    ),
    "a response schema moves into allOf and $ref": (
        shape_doc(obj(["id"], id=INTEGER, note=STRING)),
        shape_doc({"allOf": [BASE_REF, obj(note=STRING)]}, schemas={"Base": obj(["id"], id=INTEGER)}),
        set(),
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_shape_change_is_reported_exactly(shape: str) -> None:
    old, new, expected = SHAPES[shape]
    changes = diff_specs(old, new)
    assert {(c.impact, c.kind, c.where) for c in changes} == expected, changes
    assert diff_specs(old, old) == []
    assert diff_specs(new, new) == []


def test_every_kind_of_change_has_a_pair() -> None:
    """Each kind of change the differ can report is stated by a spec pair or a shape above."""
    import ast
    import inspect

    from generator import diff

    kinds: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(diff))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "add" and len(node.args) > 1:
            kind = node.args[1]
            if isinstance(kind, ast.Constant):
                kinds.add(kind.value)
            else:  # f"{direction} field ..."
                text = ast.unparse(kind).removeprefix("f'").removesuffix("'")
                kinds |= {text.replace("{direction}", d) for d in ("request", "response")}
    stated = {kind for _, kind in EXPECTED.values()} | {k for *_, e in SHAPES.values() for _, k, _ in e}
    assert kinds - stated == set()


def test_added_and_removed_operations_are_located_by_method_and_path() -> None:
    one = shape_doc(STRING)
    two = shape_doc(STRING)
    two["paths"] = {**two["paths"], "/y": {"get": {"operationId": "other", "responses": {}}}}  # type: ignore[dict-item]
    added = [(c.kind, c.where, c.detail) for c in diff_specs(one, two)]
    removed = [(c.kind, c.where, c.detail) for c in diff_specs(two, one)]
    assert added == [("operation added", "GET /y", "other")]
    assert removed == [("operation removed", "GET /y", "other")]



def test_an_unreleased_version_is_judged_from_the_previous_version(tmp_path: Path) -> None:
    # Two breaking commits under one unreleased bump pass together; once released, the next
    # breaking change needs a bump of its own.
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    shutil.copy(PAIRS / "base.yaml", repo / "spec" / "api.yaml")
    config = repo / "spec" / "codegen.toml"
    changelog = repo / "spec" / "CHANGELOG.md"
    config.write_text('spec = "api.yaml"\n[package]\nversion = "0.1.0"\n', encoding="utf-8")
    changelog.write_text("# Changelog\n", encoding="utf-8")
    commit = ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam"]
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, *commit, "0.1.0")
    released = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()
    paths = {"spec": "spec/api.yaml", "config": "spec/codegen.toml", "changelog": "spec/CHANGELOG.md"}

    shutil.copy(PAIRS / "removed-parameter.yaml", repo / "spec" / "api.yaml")
    config.write_text('spec = "api.yaml"\n[package]\nversion = "0.2.0"\n', encoding="utf-8")
    changelog.write_text("# Changelog\n\n## 0.2.0 (unreleased)\n", encoding="utf-8")
    first = gate(repo, base=None, **paths)
    assert first.passed and first.base == "HEAD"
    _git(repo, *commit, "first breaking change, bumped")

    shutil.copy(PAIRS / "removed-operation.yaml", repo / "spec" / "api.yaml")
    second = gate(repo, base=None, **paths)
    assert second.passed and second.base == released
    assert {c.kind for c in second.changes} >= {"operation removed"}
    _git(repo, *commit, "second breaking change, same unreleased version")
    assert gate(repo, base=None, **paths).base == released

    changelog.write_text("# Changelog\n\n## 0.2.0\n", encoding="utf-8")
    _git(repo, *commit, "release 0.2.0")
    spec = yaml.safe_load((repo / "spec" / "api.yaml").read_text(encoding="utf-8"))
    del spec["paths"][next(iter(spec["paths"]))]
    (repo / "spec" / "api.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    after_release = gate(repo, base=None, **paths)
    assert after_release.base == "HEAD" and not after_release.passed
