"""The stages in order: load → validate → lint → intermediate model → emit → format.

`check_spec` stops after linting; `build_tree` returns the whole package in
memory. Neither writes anything: writing is the caller's last step.
"""

from __future__ import annotations

import functools
import gc
import json
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from generator import cache
from generator.config import CodegenConfig, PackageConfig, load_config
from generator.problems import Problem, Severity, SpecError, errors_in
from generator.writer import FileTree

if TYPE_CHECKING:
    from generator.asyncapi.model import Streams
    from generator.ir import Api
    from generator.loader import LoadedSpec

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = PROJECT_ROOT / "spec" / "codegen.toml"
TEMPLATE_DIR = PROJECT_ROOT / "templates"
RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
DEFAULT_OUTPUT = PROJECT_ROOT / "generated"


@dataclass(frozen=True)
class CheckedSpec:
    """A spec that passed validation and linting, with its config and warnings."""

    config: CodegenConfig
    spec: LoadedSpec
    warnings: tuple[Problem, ...]


def display_path(path: Path) -> str:
    """``path`` relative to the project when inside it: stable across machines and cwd."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return os.path.basename(resolved)


def check_spec(config_path: Path = DEFAULT_CONFIG, spec_path: Path | None = None) -> CheckedSpec:
    """Load, validate and lint; raise `SpecError` with every problem when any is an error."""
    # The stages are imported when a run needs them: a run answered from the cache needs none.
    from generator.lint import lint_spec  # noqa: PLC0415
    from generator.loader import load_spec  # noqa: PLC0415
    from generator.openapi30 import as_openapi31  # noqa: PLC0415
    from generator.validate import validate_spec  # noqa: PLC0415

    config = load_config(config_path)
    written = load_spec(spec_path or config.spec_path)
    # Every stage after validation reads the 3.1 form (a 3.1 document is its own).
    spec = as_openapi31(written)
    problems = validate_spec(written, spec)
    problems += lint_spec(spec, house_rules=config.house_rules)
    if config.streams_path is not None:
        from generator.asyncapi import check_streams  # noqa: PLC0415

        try:
            problems += check_streams(config.streams_path)[1]
        except SpecError as exc:
            problems += exc.problems
    if errors_in(problems):
        raise SpecError(problems)
    return CheckedSpec(config, spec, tuple(problems))


def _header(spec: LoadedSpec, prefix: str = "#") -> str:
    """The comment every generated file starts with: the spec's path, title and version.

    Read from the document itself (as `build_api` reads ``Api.title`` and ``Api.version``),
    so that work which does not need the intermediate model can start before it is built.
    """
    from generator.render import comment  # noqa: PLC0415

    info = spec.document.get("info", {})
    # Spec text in a comment: comment() keeps it on one line, so it cannot become code.
    source = comment(display_path(spec.path))
    about = comment(f"{info.get('title', '')} {info.get('version', '')}")
    return (
        f"{prefix} Generated from {source} ({about}) by the generator in generator/.\n"
        f"{prefix} Do not edit: change the spec or templates/ and run `make generate`."
    )


def _reference_examples(
    api: Api, package: PackageConfig, attributes: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """operationId → the executed examples of its reference entry (Python, async, CLI, response)."""
    from generator import docs  # noqa: PLC0415

    return {
        op.operation_id: {
            "python": docs.python_example(api, tag, op, package.import_name, attributes, is_async=False),
            "python_async": docs.python_example(api, tag, op, package.import_name, attributes, is_async=True),
            "cli": docs.cli_example(api, tag, op, package.distribution),
            "response": docs.example_response(op),
        }
        for tag in api.tags
        for op in tag.operations
    }


@dataclass(frozen=True)
class Render:
    """One template and the file it renders to.

    The output path is the template's path without ``.j2``, with ``pkg`` as the first
    directory replaced by the import name and ``TAG`` by each tag's attribute name (one
    file per tag). ``when`` says whether the API needs the file at all.
    """

    template: str
    when: Callable[[Api], bool] = lambda api: True
    needs: str | None = None
    """A context entry the file needs (e.g. ``streams``): not rendered when it is empty."""
    needs_models: bool = True
    """False when the template reads only the intermediate model and the package settings (not
    the models, their attributes, examples or streams): it is then rendered before the models
    are emitted, so that formatting its module overlaps their emission."""

    def outputs(self, api: Api, import_name: str) -> list[tuple[str, dict[str, Any]]]:
        """``(output path, extra context)`` for each file this template renders."""
        path = self.template.removesuffix(".j2")
        if path.startswith("pkg/"):
            path = import_name + path[len("pkg") :]
        if "TAG" in path:
            return [(path.replace("TAG", tag.py_name), {"tag": tag}) for tag in api.tags]
        return [(path, {})]


RENDERS = (
    Render("pkg/_errors.py.j2", needs_models=False),
    Render("pkg/_api.py.j2", needs_models=False),
    Render("pkg/_api_TAG.py.j2", needs_models=False),
    Render("pkg/_client.py.j2"),
    Render("pkg/keepalive.py.j2", when=lambda api: bool(api.keepalives)),
    Render("pkg/cli.py.j2"),
    Render("pkg/_cli_TAG.py.j2"),
    Render("pkg/__main__.py.j2"),
    Render("pkg/__init__.py.j2"),
    Render("pkg/stream.py.j2", needs="streams"),
    Render("docs/streams.md.j2", needs="streams"),
    Render("pkg/resources/__init__.py.j2"),
    Render("pkg/resources/TAG.py.j2"),
    Render("pyproject.toml.j2"),
    Render("README.md.j2"),
    Render("docs/index.md.j2"),
    Render("docs/TAG.md.j2"),
    Render("docs/models.md.j2"),
    Render("docs/features.md.j2"),
)
"""Every file rendered from templates/package, in one table."""


def _check_compiles(relative: str, source: str) -> None:
    """Raise `SpecError` (rule ``emit``) when a generated module is not valid Python."""
    try:
        compile(source, relative, "exec")
    except (SyntaxError, ValueError) as exc:  # ValueError: a NUL byte in the source
        line = (exc.lineno or 0) if isinstance(exc, SyntaxError) else 0
        message = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        raise SpecError(
            [Problem(relative, line, "", f"generated code does not compile: {message}", "emit")]
        ) from exc


def _copied_modules(config: CodegenConfig, package: str) -> list[tuple[str, Path]]:
    """``(path in the package, source file)`` of the runtime and the static subpackages."""
    copied = [(f"{package}/{module.name}", module) for module in sorted(RUNTIME_DIR.glob("_*.py"))]
    for static in config.static:
        for module in sorted(static.source.rglob("*.py")):
            relative = module.relative_to(static.source).as_posix()
            if "__pycache__" not in relative:
                copied.append((f"{package}/{static.target}/{relative}", module))
    return copied


def build_tree(
    config_path: Path = DEFAULT_CONFIG,
    spec_path: Path | None = None,
    template_dir: Path = TEMPLATE_DIR,
) -> tuple[FileTree, tuple[Problem, ...]]:
    """The generated package as files in memory, and the warnings found on the way.

    A run whose every input is unchanged (spec, config, templates, the generator's own code,
    the static modules, the tools' versions) is answered from the cache (`generator.cache`).
    """
    entry = _run_key(config_path, spec_path, template_dir)
    cached = cache.lookup(entry) if entry else None
    if cached is not None:
        return _from_json(cached)
    # The run allocates millions of short-lived objects and frees them by reference counting;
    # the cyclic collector's passes over that heap were a quarter of a cold run's CPU time.
    # (`python -m generator` never turns it back on: the process ends with the run.)
    collecting = gc.isenabled()
    gc.disable()
    try:
        tree, warnings = _build_tree(config_path, spec_path, template_dir)
    finally:
        if collecting:
            gc.enable()
    if entry:
        stored = _to_json(tree, warnings)
        if stored is not None:
            cache.store(entry, stored)
    return tree, warnings


# The tools whose output a run holds; the checks' own (`cache.CHECK_TOOLS`) are added to the key.
_TOOLS = ("black", "isort", "datamodel-code-generator", "jinja2")


def _run_key(config_path: Path, spec_path: Path | None, template_dir: Path) -> str | None:
    """The key of a whole run: the bytes of everything it reads, or None when one is unreadable."""
    try:
        config = load_config(config_path)
        spec = spec_path or config.spec_path
        sources = [config_path, spec, config.changelog_path]
        if config.streams_path is not None:
            sources.append(config.streams_path)
        roots = [template_dir, Path(__file__).resolve().parent] + [s.source for s in config.static]
        for root in roots:
            sources += sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        parts = [str(Path.cwd()), str(spec), display_path(spec)]
        parts.append(cache.versions(*_TOOLS, *cache.CHECK_TOOLS))
        parts += [f"{p}\0" + (p.read_bytes().hex() if p.is_file() else "-") for p in sources]
    except (SpecError, OSError):
        return None
    return cache.key("run", *parts)


def _to_json(tree: FileTree, warnings: tuple[Problem, ...]) -> str | None:
    try:
        files = {path: content.decode("utf-8") for path, content in tree.items()}
    except UnicodeDecodeError:
        return None
    found = [[p.file, p.line, p.pointer, p.message, p.rule, p.severity.value] for p in warnings]
    return json.dumps({"files": files, "warnings": found}, sort_keys=True)


def _from_json(text: str) -> tuple[FileTree, tuple[Problem, ...]]:
    data = json.loads(text)
    tree = {path: content.encode("utf-8") for path, content in data["files"].items()}
    warnings = tuple(
        Problem(file, line, pointer, message, rule, Severity(severity))
        for file, line, pointer, message, rule, severity in data["warnings"]
    )
    return tree, warnings


def _check_problems(config_path: Path, spec_path: Path | None) -> list[Problem]:
    """Every problem `check_spec` finds (errors included), for a worker process."""
    try:
        return list(check_spec(config_path, spec_path).warnings)
    except SpecError as exc:
        return list(exc.problems)


def _worker_pool() -> ProcessPoolExecutor | None:
    """Worker processes forked from this one, or None where there is one core or no fork."""
    cores = os.cpu_count() or 1
    if cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(max_workers=cores, mp_context=multiprocessing.get_context("fork"))


def _build_tree(
    config_path: Path, spec_path: Path | None, template_dir: Path
) -> tuple[FileTree, tuple[Problem, ...]]:
    """Validation and linting run in a worker while this process builds and renders; their
    problems come first, as when they ran before everything else: an invalid spec reports
    what validation found, whatever the later stages made of it."""
    from generator.ir import build_api  # noqa: PLC0415
    from generator.loader import load_spec  # noqa: PLC0415
    from generator.openapi30 import as_openapi31  # noqa: PLC0415

    pool = _worker_pool()
    try:
        if pool is None:
            checked = check_spec(config_path, spec_path)
            config, spec, found = checked.config, checked.spec, list(checked.warnings)
        else:
            checks = pool.submit(_check_problems, config_path, spec_path)
            config = load_config(config_path)

        def checked_problems() -> list[Problem]:
            if pool is None:
                return found
            problems = checks.result()
            if errors_in(problems):
                raise SpecError(problems)
            return problems

        try:
            if pool is not None:
                spec = as_openapi31(load_spec(spec_path or config.spec_path))
            header = _header(spec)
            # The stream models do not depend on the REST spec's model: with a core to spare they
            # are made beside it. Else this process makes them after the REST models, sharing
            # datamodel-code-generator's import (0.4 s), and the workers start formatting sooner.
            beside = pool if (os.cpu_count() or 1) > _BUSY_WORKERS else None
            streams = _later(beside, _stream_models, config, template_dir, header)
            api, ir_problems = build_api(spec, config)
            if not errors_in(ir_problems):
                tree = _generate(
                    config, spec, api, template_dir, pool=pool, header=header, stream_models=streams
                )
        except Exception:
            checked_problems()
            raise
        warnings = checked_problems()
        if errors_in(ir_problems):
            raise SpecError(warnings + ir_problems)
        return tree, tuple(warnings) + tuple(ir_problems)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


_T = TypeVar("_T")
# The cores the pipeline keeps busy without the stream models: this process, validation's worker.
_BUSY_WORKERS = 2


def _later(pool: Executor | None, function: Callable[..., _T], *args: Any) -> Callable[[], _T]:
    """``function(*args)``, started now in ``pool``; without a pool, run when first asked for."""
    if pool is not None:
        return pool.submit(function, *args).result
    return functools.cache(functools.partial(function, *args))


@dataclass(frozen=True)
class _StreamModels:
    """What the stream side adds: the channels read, their models module, or why it failed."""

    streams: Streams | None
    source: str
    problems: tuple[Problem, ...] = ()


def _stream_models(config: CodegenConfig, template_dir: Path, header: str) -> _StreamModels:
    """The AsyncAPI document's channels and models module, for a worker process.

    The document is read as checked (`check_spec` validates it beside this); a `SpecError`
    comes back as its problems, which survive the trip between processes as a value.
    """
    if config.streams_path is None:
        return _StreamModels(None, "")
    from generator.asyncapi.read import build_streams  # noqa: PLC0415
    from generator.emit_models import emit_models  # noqa: PLC0415
    from generator.loader import load_spec  # noqa: PLC0415

    streams = build_streams(load_spec(config.streams_path))
    try:
        source = emit_models(
            streams.models,
            package=config.package.import_name,
            template_dir=template_dir / "datamodel",
            header=header,
            spec_file=display_path(config.streams_path),
        )
    except SpecError as exc:
        return _StreamModels(None, "", tuple(exc.problems))
    return _StreamModels(streams, source)


def _generate(
    config: CodegenConfig,
    spec: LoadedSpec,
    api: Api,
    template_dir: Path,
    *,
    pool: Executor | None,
    header: str,
    stream_models: Callable[[], _StreamModels],
) -> FileTree:
    from generator import docs  # noqa: PLC0415
    from generator.emit_models import emit_models, model_attributes  # noqa: PLC0415
    from generator.formatting import FormatJobs  # noqa: PLC0415
    from generator.render import make_environment, render  # noqa: PLC0415

    package = config.package
    pkg = package.import_name
    env = make_environment(template_dir / "package")
    # Each module is formatted (in the pool) as soon as it is made, beside the next ones' making.
    formatting = FormatJobs(pkg, pool)

    def add_module(relative: str, source: str) -> None:
        # Checked before anything parses it: broken code is a located problem, not a traceback.
        _check_compiles(relative, source)
        formatting.add(relative, source)

    markdown_header = "\n".join(
        f"<!-- {line.lstrip('# ').replace('--', '- -')} -->" for line in header.splitlines()
    )
    tree: FileTree = {}

    def render_all(context: dict[str, Any], *, needs_models: bool) -> None:
        for entry in RENDERS:
            if entry.needs_models != needs_models or not entry.when(api):
                continue
            if entry.needs and not context.get(entry.needs):
                continue
            for relative, extra in entry.outputs(api, pkg):
                file_header = header if relative.endswith((".py", ".toml")) else markdown_header
                text = render(env, entry.template, api, header=file_header, **context, **extra)
                if relative.endswith(".py"):
                    add_module(relative, text)
                else:
                    tree[relative] = text.encode("utf-8")

    settings: dict[str, Any] = {
        "package": package,
        "error_families": api.error_families,
        "base_error": package.error_base,
        "static_extras": [(s.extra, s.requires) for s in config.static if s.extra],
        "subpackages": [(s.extra, s.target) for s in config.static if s.extra],
    }
    render_all(settings, needs_models=False)
    models_source = emit_models(
        api.models,
        package=pkg,
        template_dir=template_dir / "datamodel",
        header=header,
        spec_file=display_path(spec.path),
    )
    add_module(f"{pkg}/models.py", models_source)
    attributes = model_attributes(models_source)
    missing = sorted(set(api.models.names) - set(attributes))
    if missing:
        raise SpecError(
            [
                Problem(
                    f"{pkg}/models.py",
                    0,
                    "",
                    f"model classes {missing} were not generated under the names the client imports",
                    "emit",
                )
            ]
        )
    context: dict[str, Any] = {
        **settings,
        "attributes": attributes,
        "examples": _reference_examples(api, package, attributes),
        "models": docs.model_docs(api, attributes),
    }
    if config.streams_path is not None:
        made = stream_models()
        if made.problems:
            raise SpecError(made.problems)
        add_module(f"{pkg}/stream_models.py", made.source)
        context["streams"] = made.streams
    else:
        context["streams"] = None
    render_all(context, needs_models=True)
    # Hand-written modules are copied as they are: `make lint` keeps them black-formatted
    # and ruff-clean where they live, so formatting them again here would only cost time.
    # They are checked while the workers format, not after.
    copied: FileTree = {}
    for relative, path in _copied_modules(config, pkg):
        source = f"# Copied from {display_path(path)}.\n{header}\n" + path.read_text(encoding="utf-8")
        _check_compiles(relative, source)
        copied[relative] = source.encode("utf-8")
    for relative, text in formatting.results().items():
        tree[relative] = text.encode("utf-8")
    tree.update(copied)
    tree[f"{pkg}/py.typed"] = (header + "\n").encode("utf-8")
    if config.changelog_path.is_file():
        tree["CHANGELOG.md"] = (
            f"{markdown_header}\n" + config.changelog_path.read_text(encoding="utf-8")
        ).encode("utf-8")
    return tree
