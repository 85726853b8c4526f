"""The loader: positions of every value, duplicate keys, syntax errors, JSON-compatible scalars."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.loader import load_spec
from generator.problems import SpecError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_pointer_has_its_line(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, "a:\n  b:\n    - x\n    - y: 1\n  'c/d': 2\n"))
    assert spec.lines["/a"] == 2
    assert spec.lines["/a/b/1/y"] == 4
    assert spec.lines["/a/c~1d"] == 5
    assert spec.line_of("/a/b/1/y/missing/deeper") == 4


def test_scalars_stay_json_compatible(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, "date: 2026-03-01\n200: ok\nflag: true\n"))
    assert spec.document == {"date": "2026-03-01", "200": "ok", "flag": True}


def test_duplicate_keys_are_reported_with_both_lines(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(write(tmp_path, "a: 1\nb:\n  c: 1\n  c: 2\n"))
    [problem] = caught.value.problems
    assert (problem.line, problem.pointer, problem.rule) == (4, "/b/c", "yaml")
    assert "first at line 3" in problem.message


def test_syntax_error_has_a_line(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(write(tmp_path, "a: 1\nb: [1, 2\nc: 3\n"))
    [problem] = caught.value.problems
    assert problem.line >= 2
    assert problem.file.endswith("spec.yaml")
    assert "YAML syntax error" in problem.message


def test_empty_and_non_mapping_documents_are_problems(tmp_path: Path) -> None:
    for text in ("", "- a\n- b\n"):
        with pytest.raises(SpecError):
            load_spec(write(tmp_path, text))
