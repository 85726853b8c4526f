"""How a cold generation spends its time: what is cached, what runs beside what, what is trusted.

The output itself is checked elsewhere (byte for byte against generated/, under any hash
seed); these tests pin the mechanisms that make a cold run fast: the models module in the
content cache, the stream models made beside the main work, modules formatted as soon as
they are made, and extension values read without a second validation.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from generator import cache, emit_models, extensions, formatting, pipeline
from generator.cli import EXIT_SPEC, main
from generator.ir import Models
from generator.writer import compare_trees, read_tree
from tests.support.paths import CONFIG, GENERATED, ROOT
from tests.support.spec_mutations import load_real_spec, write_spec_copy

_MODELS = Models(
    document={
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}},
    }
)


def _counting_emit(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace datamodel-code-generator's run by a stub that records each run (by header)."""
    runs: list[str] = []

    def emit(models: Models, *, package: str, template_dir: Path, header: str, spec_file: str) -> str:
        runs.append(header)
        return f"{header}\nclass Pet: ...\n"

    monkeypatch.setattr(emit_models, "_emit", emit)
    return runs


def _emit(template_dir: Path, header: str = "# h", models: Models = _MODELS) -> str:
    return emit_models.emit_models(
        models, package="pkg", template_dir=template_dir, header=header, spec_file="s.yaml"
    )


def test_the_models_module_is_cached_under_everything_it_depends_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    templates = tmp_path / "datamodel"
    templates.mkdir()
    (templates / "Enum.jinja2").write_text("one", encoding="utf-8")
    runs = _counting_emit(monkeypatch)

    first = _emit(templates)
    assert _emit(templates) == first
    assert runs == ["# h"], "the same input must be answered from the cache"
    # The name of the spec file only appears in problems: not part of the key.
    emit_models.emit_models(_MODELS, package="pkg", template_dir=templates, header="# h", spec_file="x.yaml")
    assert len(runs) == 1

    changes: list[Callable[[], object]] = [
        lambda: _emit(templates, header="# other header"),
        lambda: _emit(templates, models=Models(document={**_MODELS.document, "x": 1})),
        lambda: _emit(templates, models=Models(_MODELS.document, field_aliases={"a-b": "a_b"})),
        lambda: emit_models.emit_models(
            _MODELS, package="other", template_dir=templates, header="# h", spec_file="s.yaml"
        ),
        lambda: (templates / "Enum.jinja2").write_text("two", encoding="utf-8"),
        lambda: _emit(templates),  # after the template changed
        lambda: monkeypatch.setattr(emit_models, "version", lambda name: "0.0.0-other"),
        lambda: _emit(templates),  # another datamodel-code-generator
        lambda: monkeypatch.setattr(emit_models, "_OWN_CODE", "changed code"),
        lambda: _emit(templates),  # another emit_models (or naming) source
    ]
    for change in changes:
        change()
    assert len(runs) == 1 + 7, runs


def test_the_key_covers_this_module_and_the_naming_rules(tmp_path: Path) -> None:
    assert cache.code_digest(
        emit_models.__file__, ROOT / "generator" / "naming.py"
    ) == emit_models._OWN_CODE
    # A code digest changes with any byte of any of its files.
    first, second = tmp_path / "a.py", tmp_path / "b.py"
    first.write_text("x = 1\n", encoding="utf-8")
    second.write_text("y = 2\n", encoding="utf-8")
    before = cache.code_digest(first, second)
    second.write_text("y = 3\n", encoding="utf-8")
    assert cache.code_digest(first, second) != before
    # The split between files counts too: "ab" + "c" is not "a" + "bc".
    first.write_text("ab", encoding="utf-8")
    second.write_text("c", encoding="utf-8")
    split = cache.code_digest(first, second)
    first.write_text("a", encoding="utf-8")
    second.write_text("bc", encoding="utf-8")
    assert cache.code_digest(first, second) != split


def _one_operation_changed(document: dict[str, Any]) -> dict[str, Any]:
    """The benchmark's own one-operation change (bench/specs.py), so that the test and the
    figure it stands behind measure the same edit."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_specs", ROOT / "bench" / "specs.py")
    assert spec is not None and spec.loader is not None
    specs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(specs)
    changed: dict[str, Any] = specs.one_operation_changed(document)
    return changed


def test_a_change_that_leaves_the_models_alone_does_not_run_datamodel_code_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    document = load_real_spec()
    config = write_spec_copy(tmp_path / "spec", document)
    before, _ = pipeline.build_tree(config)
    write_spec_copy(tmp_path / "spec", _one_operation_changed(document))

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("datamodel-code-generator ran for models the cache holds")

    # Forked workers inherit the patch: the stream models, made in one, are cached too.
    monkeypatch.setattr(emit_models, "_emit", refuse)
    after, _ = pipeline.build_tree(config)
    changed = sorted(path for path in after if before.get(path) != after[path])
    assert changed and not any(path.endswith("models.py") for path in changed), changed


class _RecordingPool(Executor):
    """An executor that runs each job at once in this process, recording what it was given."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Any, ...]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.jobs.append(args)
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_modules_go_to_the_pool_as_they_are_added_and_cache_hits_never_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    pool = _RecordingPool()
    jobs = formatting.FormatJobs("pkg", pool)
    jobs.add("b.py", "y=1\n")
    assert [job[0][0] for job in pool.jobs] == ["y=1\n"], "submitted when added, not at the end"
    jobs.add("a.py", "x=[1,\n2]\n")
    assert jobs.results() == {"a.py": "x = [1, 2]\n", "b.py": "y = 1\n"}
    assert list(jobs.results()) == ["a.py", "b.py"], "results come in path order"

    again = formatting.FormatJobs("pkg", pool)
    again.add("b.py", "y=1\n")
    assert len(pool.jobs) == 2, "a module the cache holds is not formatted again"
    assert again.results() == {"b.py": "y = 1\n"}


def test_without_a_pool_modules_are_formatted_when_the_results_are_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    formatted: list[str] = []
    real = formatting._format_one

    def record(job: tuple[str, str]) -> str:
        formatted.append(job[0])
        return real(job)

    monkeypatch.setattr(formatting, "_format_one", record)
    jobs = formatting.FormatJobs("pkg")
    jobs.add("a.py", "x=1\n")
    assert formatted == []
    assert jobs.results() == {"a.py": "x = 1\n"}
    assert formatted == ["x=1\n"]


def _pid(_: object) -> int:
    return os.getpid()


def test_later_runs_in_the_pool_at_once_or_here_when_asked() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pipeline._later(pool, _pid, None)() != os.getpid()
    calls: list[int] = []

    def here() -> int:
        calls.append(1)
        return os.getpid()

    deferred = pipeline._later(None, here)
    assert calls == [], "without a pool nothing runs before it is asked for"
    assert deferred() == os.getpid() and deferred() == os.getpid()
    assert calls == [1], "and it runs once"


@pytest.mark.skipif(os.name != "posix", reason="the worker pool forks")
def test_with_a_core_to_spare_the_stream_models_are_made_beside_and_the_output_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    beside: list[bool] = []
    real_later = pipeline._later

    def later(pool: Executor | None, function: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        if function is pipeline._stream_models:
            beside.append(pool is not None)
        return real_later(pool, function, *args)

    added: list[str] = []
    real_add = formatting.FormatJobs.add

    def add(self: formatting.FormatJobs, path: str, source: str) -> None:
        added.append(path)
        real_add(self, path, source)

    monkeypatch.setattr(pipeline, "_later", later)
    monkeypatch.setattr(formatting.FormatJobs, "add", add)
    tree, _ = pipeline.build_tree(CONFIG)
    assert beside == [True]
    # The modules that need no models are on their way to the formatter before the models are made.
    assert added.index("sixmm/_api.py") < added.index("sixmm/models.py")
    assert added.index("sixmm/models.py") < added.index("sixmm/stream_models.py")
    difference = compare_trees(tree, read_tree(GENERATED))
    assert difference.clean, difference


@pytest.mark.skipif(os.name != "posix", reason="the worker pool forks")
def test_on_two_cores_the_stream_models_are_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    beside: list[bool] = []

    def later(pool: Executor | None, function: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        beside.append(pool is not None)
        raise _StopError

    monkeypatch.setattr(pipeline, "_later", later)
    with pytest.raises(_StopError):
        pipeline._build_tree(CONFIG, None, pipeline.TEMPLATE_DIR)
    assert beside == [False]


class _StopError(Exception):
    """Ends a run once the decision under test is made."""


# -- extension values: read as checked ---------------------------------------------------------


def test_reading_an_extension_value_validates_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(name: str) -> object:
        raise AssertionError("reading validated the value")

    monkeypatch.setattr(extensions, "_validator", refuse)
    assert extensions.read("x-retry", "soon") == "soon"
    assert extensions.read("x-retry", {}) == {"httpStatuses": [429, 502, 503, 504], "codes": []}


def test_a_value_the_reader_cannot_use_is_still_a_located_problem(tmp_path: Path) -> None:
    document = load_real_spec()
    document["x-retry"] = "soon"  # the intermediate model cannot read this: validation reports it
    config = write_spec_copy(tmp_path / "spec", document)
    stderr = io.StringIO()
    code = main(["generate", "--config", str(config), "--out", str(tmp_path / "out")], stderr=stderr)
    assert code == EXIT_SPEC, stderr.getvalue()
    assert "Traceback" not in stderr.getvalue()
    assert re.search(r"sixmm\.yaml:\d+: error \[extension\] /x-retry: x-retry: ", stderr.getvalue())
    assert not (tmp_path / "out").exists()


def test_every_declared_schema_is_checked_by_the_one_validator_mechanism(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jsonschema.exceptions import SchemaError

    for name in extensions.vocabulary().extensions:
        extensions._validator(name)  # raises SchemaError on a broken declaration
    broken = extensions.Vocabulary(
        {"x-bad": extensions.Extension("x-bad", "root", "A broken declaration.", {"type": 5})}, {}
    )
    monkeypatch.setattr(extensions, "vocabulary", lambda: broken)
    extensions._validator.cache_clear()
    try:
        with pytest.raises(SchemaError):
            extensions._validator("x-bad")
        # Reading it needs no check: the validation stage is where a declaration is judged.
        assert extensions.read("x-bad", 1) == 1
    finally:
        extensions._validator.cache_clear()
