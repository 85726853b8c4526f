"""The escaping filters: spec text can only ever become a literal, a docstring or a comment."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.pipeline import build_tree
from generator.render import comment, docstring, pyrepr, toml, toml_key
from tests.support.paths import GENERATED
from tests.support.spec_mutations import load_real_spec, write_spec_copy

HOSTILE = [
    'ends with a quote"',
    'triple """ quotes """ and \'\'\' singles',
    "back\\slash \\n not a newline",
    "control \x00\x07\x1b chars",
    "{{ jinja }} {% if x %}",
    '"""; import os; os.system("echo pwned"); """',
    "non-ASCII: Ü €  ✓",
    "line\rcarriage\u2028separator",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_is_one_inert_string_literal(text: str) -> None:
    source = f"def f() -> None:\n    {docstring(text, 4)}\n"
    tree = ast.parse(source)
    [function] = tree.body
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 1, "spec text must not add statements"
    doc = ast.get_docstring(function, clean=False)
    assert doc is not None
    # What the reader sees is the text (escapes shown as escapes), never code.
    assert "pwned" not in source or doc.count("pwned") == source.count("pwned")


@pytest.mark.parametrize("text", HOSTILE)
def test_pyrepr_round_trips(text: str) -> None:
    assert ast.literal_eval(pyrepr(text)) == text
    value = {"k": [text, 1, 2.5, None, True]}
    assert ast.literal_eval(pyrepr(value)) == value


@pytest.mark.parametrize("text", HOSTILE)
def test_comment_is_one_line(text: str) -> None:
    line = "# " + comment(text)
    assert "\n" not in line and "\r" not in line
    assert ast.parse(line + "\n").body == []


def test_docstring_wraps_prose_but_keeps_lists() -> None:
    text = "word " * 40 + "\n\n- item one\n- item two"
    rendered = docstring(text, 4)
    assert all(len(line) <= 100 for line in rendered.splitlines())
    assert "    - item one\n    - item two" in rendered


TOML_TEXT = st.text(st.characters(exclude_categories=("Cs",)))
TOML_DATA = st.recursive(
    st.booleans() | st.integers(-(2**63), 2**63 - 1) | TOML_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TOML_TEXT, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(key=TOML_TEXT, value=TOML_DATA)
def test_toml_round_trips_through_a_toml_parser(key: str, value: Any) -> None:
    assert tomllib.loads(f"{toml_key(key)} = {toml(value)}\n") == {key: value}


@pytest.mark.parametrize("text", [*HOSTILE, ">=3.11", "<1,&'"])
def test_toml_keeps_printable_text_as_it_is(text: str) -> None:
    rendered = toml(text)
    assert tomllib.loads(f"v = {rendered}") == {"v": text}
    assert "\\u003e" not in rendered and "\\u003c" not in rendered and "\\u0026" not in rendered


def test_generated_pyproject_is_toml_with_the_specs_metadata(tmp_path: Path) -> None:
    document = load_real_spec()
    document["info"]["license"] = {"name": "MIT License", "identifier": "MIT"}
    document["info"]["contact"] = {
        "name": 'Ops "desk"',
        "email": "api@example.com",
        "url": "https://example.com/c",
    }
    document["externalDocs"] = {"url": "https://example.com/docs", "description": "The API docs"}
    tree, _ = build_tree(write_spec_copy(tmp_path, document))
    project = tomllib.loads(tree["pyproject.toml"].decode("utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["authors"] == [{"name": 'Ops "desk"', "email": "api@example.com"}]
    assert project["urls"] == {
        "Documentation": "https://example.com/docs",
        "Contact": "https://example.com/c",
    }
    assert project["requires-python"] == ">=3.11"
    assert len(project["classifiers"]) > 2


def test_the_real_pyproject_has_no_json_escapes() -> None:
    text = (GENERATED / "pyproject.toml").read_text(encoding="utf-8")
    assert "\\u00" not in text
    assert tomllib.loads(text)["project"]["requires-python"] == ">=3.11"


def test_compiled_templates_come_from_the_cache_until_a_template_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2

    from generator.render import make_environment

    monkeypatch.setenv("SIXMM_CODEGEN_CACHE", str(tmp_path / "cache"))
    templates = tmp_path / "templates"
    templates.mkdir()
    template = templates / "x.py.j2"
    template.write_text("X = {{ 'a' | pyrepr }}, {{ v | pyrepr }}\n", encoding="utf-8")
    compiled: list[str | None] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any) -> Any:
        compiled.append(name)
        return original(self, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)

    def rendered() -> str:
        return make_environment(templates).get_template("x.py.j2").render(v=1)

    assert rendered() == "X = 'a', 1\n" and compiled == ["x.py.j2"]
    assert rendered() == "X = 'a', 1\n" and compiled == ["x.py.j2"]  # a new environment, no compile
    template.write_text("Y = {{ v | pyrepr }}\n", encoding="utf-8")
    assert rendered() == "Y = 1\n" and compiled == ["x.py.j2", "x.py.j2"]
    # A damaged entry costs a compile, never a wrong module.
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file():
            entry.write_text("not bytecode", encoding="utf-8")
    assert rendered() == "Y = 1\n" and len(compiled) == 3
