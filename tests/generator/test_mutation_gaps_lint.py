"""House rules: gaps found by `make mutation` (issue 17) in lint.py.

- An operation without a 2xx response is reported once, at its responses, under the rule
  that checks success responses.
- Verdicts on examples are kept in the content cache: a second run over the same spec checks
  no example again and reports what the first reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cache, lint
from generator.lint import lint_spec
from generator.loader import load_spec
from tests.generator.test_validate_lint import CLEAN_SPEC


def _write(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    document = yaml.safe_load(CLEAN_SPEC)
    edit(document)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_an_operation_without_a_success_response_is_reported_at_its_responses(tmp_path: Path) -> None:
    def failures_only(document: dict[str, Any]) -> None:
        document["paths"]["/items/{id}"]["delete"]["responses"] = {"404": {"description": "no such item"}}

    spec = load_spec(_write(tmp_path, failures_only))
    problems = lint_spec(spec, house_rules=True, cached=False)
    assert [(p.rule, p.pointer, p.message) for p in problems] == [
        ("responses", "/paths/~1items~1{id}/delete/responses", "no 2xx response")
    ]
    assert problems[0].line == spec.line_of(problems[0].pointer) > 0


def test_a_second_run_takes_every_example_verdict_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def wrong_example(document: dict[str, Any]) -> None:
        media = document["paths"]["/items/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
        media["example"] = {"price": 1.5}

    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    checked = 0
    check = lint._example_messages

    def counted(*args: Any) -> tuple[list[str], bool]:
        nonlocal checked
        checked += 1
        return check(*args)

    monkeypatch.setattr(lint, "_example_messages", counted)
    spec = load_spec(_write(tmp_path, wrong_example))
    first = [p.format() for p in lint_spec(spec, house_rules=True)]
    assert [line for line in first if "[examples]" in line] and checked >= 3
    checked = 0
    assert [p.format() for p in lint_spec(spec, house_rules=True)] == first
    assert checked == 0
