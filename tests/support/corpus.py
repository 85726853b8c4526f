"""Helpers for the corpus of hostile and broken specs under ``tests/generator/corpus``.

Each corpus spec is generated as its own package, ``corpus_<slug>`` (``names-keywords.yaml``
gives ``corpus_names_keywords``), from a throw-away copy of ``spec/codegen.toml`` without the
``[[static]]`` section. The helpers here generate packages, check them with tools that are slow to
start (one mypy run and one ruff run for all packages, one subprocess to import them all), and
prove with `tokenize` that spec text only ever lands inside string literals and comments.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import tokenize
import tomllib
import types
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.pipeline import build_tree
from generator.problems import Problem
from generator.writer import FileTree, write_tree_atomically
from tests.support.paths import CORPUS, ROOT

PROJECT_CONFIG = ROOT / "spec" / "codegen.toml"
PYPROJECT = ROOT / "pyproject.toml"
BROKEN_PREFIX = "broken-"
# The Python modules of the generated package; other files (README, pyproject, py.typed) are data.
PYTHON_SUFFIX = ".py"


def _tool(name: str) -> str:
    """A tool installed beside the running interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed")
    return found


def corpus_specs() -> list[Path]:
    """Every spec of the corpus that must generate a working package, in name order."""
    return sorted(p for p in CORPUS.glob("*.yaml") if not p.name.startswith(BROKEN_PREFIX))


def broken_specs() -> list[Path]:
    """Every spec of the corpus that must be rejected, in name order."""
    return sorted(CORPUS.glob(f"{BROKEN_PREFIX}*.yaml"))


def slug(spec: Path) -> str:
    """``names-keywords.yaml`` → ``names_keywords``."""
    return re.sub(r"[^0-9a-z]+", "_", spec.stem.lower()).strip("_")


def package_name(spec: Path) -> str:
    """The import name a corpus spec is generated as."""
    return f"corpus_{slug(spec)}"


def _toml_string(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string


def write_config(directory: Path, spec: Path, import_name: str, *, house_rules: bool | None = None) -> Path:
    """A codegen.toml for ``spec`` naming the package ``import_name``; returns its path.

    Everything but the package identity is copied from the project's config; ``[[static]]``
    modules are left out, so the package is only what the spec generates. ``house_rules``
    overrides the project's ``[lint]`` setting (a foreign spec is generated without them).
    """
    project = tomllib.loads(PROJECT_CONFIG.read_text(encoding="utf-8"))
    package = dict(project["package"])
    package["import_name"] = import_name
    package["distribution"] = import_name.replace("_", "-")
    package["summary"] = f"Client generated from the test corpus spec {spec.name}"
    package["env_prefix"] = import_name.upper() + "_"
    package["error_base"] = "".join(part.title() for part in import_name.split("_") if part) + "Error"
    if house_rules is None:
        house_rules = bool(project.get("lint", {}).get("house_rules", False))
    lines = [f"spec = {_toml_string(str(spec.resolve()))}", "", "[lint]"]
    lines += [f"house_rules = {'true' if house_rules else 'false'}", "", "[package]"]
    for key, value in package.items():
        if isinstance(value, str):
            lines.append(f"{key} = {_toml_string(value)}")
        elif isinstance(value, list):
            lines.append(f"{key} = [{', '.join(_toml_string(str(v)) for v in value)}]")
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "codegen.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


@dataclass(frozen=True)
class GeneratedPackage:
    """A corpus spec generated and written to disk."""

    spec: Path
    import_name: str
    root: Path  # holds pyproject.toml and the package directory: the entry for sys.path
    tree: FileTree
    warnings: tuple[Problem, ...]

    @property
    def package_dir(self) -> Path:
        """The directory of the importable package."""
        return self.root / self.import_name

    def modules(self) -> dict[str, str]:
        """Relative path → source of every Python module of the package."""
        return {
            path: content.decode("utf-8")
            for path, content in sorted(self.tree.items())
            if path.endswith(PYTHON_SUFFIX)
        }

    def source(self, relative: str) -> str:
        """The source of one module, e.g. ``models.py``."""
        return self.tree[f"{self.import_name}/{relative}"].decode("utf-8")


def build_corpus_tree(
    spec: Path, workdir: Path, import_name: str | None = None
) -> tuple[FileTree, tuple[Problem, ...]]:
    """`build_tree` for a corpus spec (in memory); the config is written under ``workdir``."""
    name = import_name or package_name(spec)
    config = write_config(workdir / f"{name}-config", spec, name)
    return build_tree(config, spec)


def generate_package(spec: Path, out_parent: Path, import_name: str | None = None) -> GeneratedPackage:
    """Generate ``spec`` and write it atomically to ``out_parent/<import name>``."""
    name = import_name or package_name(spec)
    tree, warnings = build_corpus_tree(spec, out_parent / ".configs", name)
    root = out_parent / name
    write_tree_atomically(tree, root)
    return GeneratedPackage(spec=spec, import_name=name, root=root, tree=tree, warnings=warnings)


# -- tools that run once over many packages ------------------------------------------------------


def mypy_cache_dir() -> Path:
    """A cache shared between runs: third-party stubs are the slow part and never change here."""
    return Path(tempfile.gettempdir()) / f"corpus-mypy-cache-{os.getuid()}"


def run_mypy(packages: Sequence[GeneratedPackage]) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` (with the project's settings and pydantic plugin) over all ``packages``."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(p.root) for p in packages)}
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(PYPROJECT),
        "--strict",
        "--cache-dir",
        str(mypy_cache_dir()),
        "--no-error-summary",
        "--show-error-codes",
    ]
    for package in packages:
        command += ["-p", package.import_name]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False, cwd=ROOT)


def run_ruff(paths: Sequence[Path]) -> subprocess.CompletedProcess[str]:
    """``ruff check`` with the project's rules over ``paths``.

    Long lines are allowed in generated code (the project's config ignores E501 under
    ``generated/``: docstrings carry spec prose), so E501 is ignored here too.
    """
    command = [
        _tool("ruff"),
        "check",
        "--no-cache",
        "--config",
        str(PYPROJECT),
        "--extend-ignore",
        "E501",
        "--output-format",
        "concise",
        *[str(p) for p in paths],
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


_IMPORT_SCRIPT = textwrap.dedent("""
    import importlib, json, pkgutil, sys, traceback, warnings

    results = {}
    for root, name in json.loads(sys.stdin.read()):
        sys.path.insert(0, root)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # an import that warns is a failure too
                package = importlib.import_module(name)
                for info in pkgutil.walk_packages(package.__path__, name + "."):
                    if not info.name.endswith(".__main__"):  # running it is not importing it
                        importlib.import_module(info.name)
            results[name] = None
        except BaseException:
            results[name] = traceback.format_exc(limit=4)
        finally:
            sys.path.remove(root)
    print(json.dumps(results))
    """)


def import_in_subprocess(packages: Sequence[GeneratedPackage]) -> dict[str, str | None]:
    """Import every package and all its modules in one fresh interpreter.

    Returns import name → None, or the traceback of the failure (warnings count as failures).
    The interpreter runs from an empty directory with only the packages' roots added to
    ``sys.path``, so nothing of the project is importable by accident.
    """
    argument = json.dumps([[str(p.root), p.import_name] for p in packages])
    with tempfile.TemporaryDirectory() as empty:
        completed = subprocess.run(
            [sys.executable, "-I", "-c", _IMPORT_SCRIPT],
            input=argument,
            cwd=empty,
            capture_output=True,
            text=True,
            check=False,
        )
    if completed.returncode != 0:
        raise AssertionError(f"the import subprocess failed:\n{completed.stdout}\n{completed.stderr}")
    result: dict[str, str | None] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


_ROUND_TRIP_SCRIPT = textwrap.dedent("""
    import importlib, json, sys

    results = {}
    for root, name, cases in json.loads(sys.stdin.read()):
        sys.path.insert(0, root)
        try:
            models = importlib.import_module(name + ".models")
        except Exception as exc:
            models = exc
        for key, class_name, payload in cases:
            try:
                if isinstance(models, Exception):
                    raise models
                model = getattr(models, class_name)
                instance = model.model_validate(payload)
                results[name + ":" + key] = {
                    "dumped": instance.model_dump(mode="json", by_alias=True, exclude_unset=True),
                    "attributes": sorted(type(instance).model_fields),
                }
            except Exception as exc:
                results[name + ":" + key] = {"error": type(exc).__name__ + ": " + str(exc)[:2000]}
        sys.path.remove(root)
    print(json.dumps(results))
    """)

RoundTripCase = tuple[str, str, Any]  # (key, class name, wire payload)


def round_trip_in_subprocess(
    cases: Sequence[tuple[GeneratedPackage, Sequence[RoundTripCase]]],
) -> dict[str, dict[str, Any]]:
    """Validate wire payloads with generated models and dump them back by alias, in one interpreter.

    ``cases`` pairs each package with ``(key, class name, payload)`` items; the result maps
    ``<import name>:<key>`` to ``{"dumped": ..., "attributes": [...]}`` or ``{"error": ...}``.
    """
    data = json.dumps([[str(p.root), p.import_name, [list(c) for c in items]] for p, items in cases])
    with tempfile.TemporaryDirectory() as empty:
        completed = subprocess.run(
            [sys.executable, "-I", "-c", _ROUND_TRIP_SCRIPT],
            input=data,
            cwd=empty,
            capture_output=True,
            text=True,
            check=False,
        )
    if completed.returncode != 0:
        raise AssertionError(f"the round-trip subprocess failed:\n{completed.stdout}\n{completed.stderr}")
    result: dict[str, dict[str, Any]] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


class TreeImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the package ``name`` straight from a generated in-memory tree.

    ``with TreeImporter(name, tree): importlib.import_module(f"{name}.models")`` runs the
    generated modules without writing them anywhere; on exit the finder is removed and every
    module of the package is forgotten, so each tree can be imported under a fresh name.
    """

    def __init__(self, name: str, tree: FileTree) -> None:
        self.name = name
        self.tree = tree

    def _file(self, fullname: str) -> tuple[str, bool] | None:
        base = fullname.replace(".", "/")
        if f"{base}/__init__.py" in self.tree:
            return f"{base}/__init__.py", True
        if f"{base}.py" in self.tree:
            return f"{base}.py", False
        return None

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        del path, target
        if fullname != self.name and not fullname.startswith(self.name + "."):
            return None
        found = self._file(fullname)
        if found is None:
            return None
        spec = importlib.machinery.ModuleSpec(fullname, self, origin=found[0], is_package=found[1])
        if found[1]:
            spec.submodule_search_locations = []
        return spec

    def exec_module(self, module: types.ModuleType) -> None:
        found = self._file(module.__name__)
        assert found is not None
        code = compile(self.tree[found[0]].decode("utf-8"), found[0], "exec")
        exec(code, module.__dict__)  # generated code, run by a test

    def __enter__(self) -> TreeImporter:
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.meta_path.remove(self)
        for module in [m for m in sys.modules if m == self.name or m.startswith(self.name + ".")]:
            del sys.modules[module]


# -- spec text must stay inert ----------------------------------------------------------------


def _line_offsets(source: str) -> list[int]:
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def inert_spans(source: str) -> list[tuple[int, int]]:
    """Character spans of every STRING and COMMENT token of ``source``."""
    offsets = _line_offsets(source)
    spans = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.STRING, tokenize.COMMENT):
            start = offsets[token.start[0] - 1] + token.start[1]
            end = offsets[token.end[0] - 1] + token.end[1]
            spans.append((start, end))
    return spans


def code_occurrences(source: str, marker: str) -> Iterator[tuple[int, str]]:
    """``(line, text of the line)`` for every occurrence of ``marker`` outside strings and comments."""
    spans = inert_spans(source)
    start = source.find(marker)
    while start != -1:
        end = start + len(marker)
        if not any(lo <= start and end <= hi for lo, hi in spans):
            line = source.count("\n", 0, start) + 1
            yield line, source.splitlines()[line - 1]
        start = source.find(marker, start + 1)


def assert_inert(modules: dict[str, str], markers: Iterable[str]) -> int:
    """Assert every occurrence of every marker lies inside a string literal or a comment.

    Returns how many occurrences were found in total (a test can require that the spec
    text did reach the generated code, so the check is not vacuous).
    """
    markers = list(markers)
    found = 0
    problems = []
    for path, source in modules.items():
        for marker in markers:
            found += source.count(marker)
            problems += [f"{path}:{line}: {text.strip()}" for line, text in code_occurrences(source, marker)]
    assert not problems, "spec text became code:\n" + "\n".join(problems)
    return found


# -- formatting ----------------------------------------------------------------------------------


def assert_black_stable(modules: dict[str, str]) -> int:
    """Every formatted module (copied hand-written ones aside) is what black would keep.

    The generator runs one black pass (generator/formatting.py), with these settings; returns
    how many modules were checked.
    """
    import black
    from black.mode import Mode, TargetVersion

    mode = Mode(target_versions={TargetVersion.PY311}, line_length=100)
    checked = 0
    for path, text in sorted(modules.items()):
        if path.endswith(".py") and not text.startswith("# Copied from"):
            assert black.format_str(text, mode=mode) == text, f"{path} is not black-stable"
            checked += 1
    return checked
