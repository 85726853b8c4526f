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
