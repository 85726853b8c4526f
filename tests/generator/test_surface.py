"""The public surface of a generated package, and the gate's verdict on its changes."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.breaking import gate
from generator.diff import Impact
from generator.surface import Surface, read_surface, surface_changes

RESOURCE = """
class PetsResource:
    def list_pets(self, *, limit: int | None = None, kind: str) -> None: ...
    def _private(self) -> None: ...

class PetsResourceWithRawResponse:
    def list_pets(self) -> None: ...

class _PetsResourceCalls:
    def hidden(self) -> None: ...
"""
INIT = '__all__ = ["Client", "PetError"]\n'
CLI = 'CLI = CliSpec(commands=(CommandSpec(group="pets", name="list-pets", resource="pets"),))\n'
TAG_CLI = 'COMMANDS = (CommandSpec(group="stores", name="get-store", resource="stores"),)\n'


def test_read_surface() -> None:
    surface = read_surface(
        {
            "pkg/resources/pets.py": RESOURCE,
            "pkg/__init__.py": INIT,
            "pkg/cli.py": CLI,
            "pkg/_cli_stores.py": TAG_CLI,
            "pkg/_cli.py": 'X = CommandSpec(group="runtime", name="not-a-command")\n',
            "pkg/other.py": 'Y = CommandSpec(group="other", name="not-a-command")\n',
        },
        "pkg",
    )
    assert surface.methods == {"PetsResource.list_pets": {"limit": False, "kind": True}}
    assert surface.exports == {"Client", "PetError"}
    # Commands are read from cli.py (before 0.3.0) and from each tag's _cli_<tag>.py.
    assert surface.commands == {"pets list-pets", "stores get-store"}


def test_surface_changes_classify_what_breaks() -> None:
    old = Surface(
        methods={"R.a": {"x": True, "y": False, "z": False}, "R.gone": {}},
        exports=frozenset({"A", "B"}),
        commands=frozenset({"g a"}),
    )
    new = Surface(
        methods={"R.a": {"x": True, "y": True, "w": False, "v": True}, "R.new": {}},
        exports=frozenset({"A", "C"}),
        commands=frozenset({"g b"}),
    )
    verdicts = {(c.kind, c.where): c.impact for c in surface_changes(old, new)}
    assert verdicts == {
        ("method removed", "R.gone"): Impact.BREAKING,
        ("method added", "R.new"): Impact.NON_BREAKING,
        ("argument removed", "R.a(z)"): Impact.BREAKING,
        ("argument added", "R.a(w)"): Impact.NON_BREAKING,
        ("argument added", "R.a(v)"): Impact.BREAKING,
        ("argument now required", "R.a(y)"): Impact.BREAKING,
        ("export removed", "B"): Impact.BREAKING,
        ("export added", "C"): Impact.NON_BREAKING,
        ("command removed", "g a"): Impact.BREAKING,
        ("command added", "g b"): Impact.NON_BREAKING,
    }


MODELS_BEFORE = """
class Pet(ApiModel):
    model_config = ConfigDict(extra="allow")
    name: str | None = Field(None, alias="petName")
    age: int | None = None
    tag: str | None = None
    owner: str = Field(..., alias="ownerId")
"""
MODELS_AFTER = """
class Pet(ApiModel):
    model_config = ConfigDict(extra="allow")
    name: str = Field(..., alias="petName")
    age: int
    owner: str = Field(alias="ownerId")
    color: str | None = Field(default=None)
    size: int
"""


def test_model_fields_that_become_required_or_vanish_break() -> None:
    old = read_surface({"pkg/models.py": MODELS_BEFORE}, "pkg")
    new = read_surface({"pkg/models.py": MODELS_AFTER}, "pkg")
    assert old.fields == {"Pet": {"name": False, "age": False, "tag": False, "owner": True}}
    assert new.fields == {"Pet": {"name": True, "age": True, "owner": True, "color": False, "size": True}}
    verdicts = {(c.kind, c.where): c.impact for c in surface_changes(old, new)}
    assert verdicts == {
        ("model field now required", "Pet.name"): Impact.BREAKING,
        ("model field now required", "Pet.age"): Impact.BREAKING,
        ("model field removed", "Pet.tag"): Impact.BREAKING,
        ("model field added", "Pet.color"): Impact.NON_BREAKING,
        ("model field added", "Pet.size"): Impact.BREAKING,
    }


def test_an_unchanged_surface_has_no_changes() -> None:
    surface = read_surface({"pkg/resources/pets.py": RESOURCE, "pkg/__init__.py": INIT}, "pkg")
    assert surface_changes(surface, surface) == []


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True, capture_output=True
    )


def test_the_gate_sees_a_surface_change_with_an_unchanged_spec(tmp_path: Path) -> None:
    """A generator rule that renames a method breaks users though the spec did not change."""
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    (repo / "spec" / "api.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    config = repo / "spec" / "codegen.toml"
    config.write_text('spec = "api.yaml"\n[package]\nimport_name = "pkg"\nversion = "0.1.0"\n')
    (repo / "spec" / "CHANGELOG.md").write_text("# Changelog\n")
    resources = repo / "generated" / "pkg" / "resources"
    resources.mkdir(parents=True)
    (resources / "pets.py").write_text(RESOURCE)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "first")
    paths = {"spec": "spec/api.yaml", "config": "spec/codegen.toml", "changelog": "spec/CHANGELOG.md"}

    (resources / "pets.py").write_text(RESOURCE.replace("def list_pets", "def list_all"))
    _git(repo, "commit", "-qam", "renamed by a generator rule")
    result = gate(repo, base=None, **paths)
    assert result.base is not None and result.base != "HEAD"
    assert not result.passed
    assert ("method removed", "PetsResource.list_pets") in {(c.kind, c.where) for c in result.changes}

    config.write_text('spec = "api.yaml"\n[package]\nimport_name = "pkg"\nversion = "0.2.0"\n')
    (repo / "spec" / "CHANGELOG.md").write_text("# Changelog\n\n## 0.2.0\n")
    assert gate(repo, base=None, **paths).passed
