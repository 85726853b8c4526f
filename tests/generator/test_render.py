"""The escaping filters: spec text can only ever become a literal, a docstring or a comment."""

from __future__ import annotations

import ast

import pytest

from generator.render import comment, docstring, pyrepr

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
