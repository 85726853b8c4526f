"""The stages in order: load → validate → lint → intermediate model → emit → format.

`check_spec` stops after linting; `build_tree` returns the whole package in
memory. Neither writes anything: writing is the caller's last step.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment

from generator import docs
from generator.build_ir import build_api
from generator.config import CodegenConfig, PackageConfig, load_config
from generator.emit_models import emit_models, model_attributes
from generator.formatting import format_python
from generator.ir import Api
from generator.lint import lint_spec
from generator.loader import LoadedSpec, load_spec
from generator.problems import Problem, SpecError, errors_in
from generator.render import comment, make_environment, render
from generator.validate import validate_spec
from generator.writer import FileTree

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
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
    config = load_config(config_path)
    spec = load_spec(spec_path or config.spec_path)
    problems = validate_spec(spec)
    problems += lint_spec(spec)
    if errors_in(problems):
        raise SpecError(problems)
    return CheckedSpec(config, spec, tuple(problems))


def _header(spec: LoadedSpec, api: Api, prefix: str = "#") -> str:
    # Spec text in a comment: comment() keeps it on one line, so it cannot become code.
    source = comment(display_path(spec.path))
    about = comment(f"{api.title} {api.version}")
    return (
        f"{prefix} Generated from {source} ({about}) by the generator in generator/.\n"
        f"{prefix} Do not edit: change the spec or templates/ and run `make generate`."
    )


def _list_fields(api: Api) -> dict[str, str]:
    """Result class → wire name of its one list field (what ``--output table`` shows)."""
    schemas = api.model_document.get("components", {}).get("schemas", {})

    def properties(schema: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if not isinstance(schema, dict):
            return found
        for part in schema.get("allOf") or []:
            ref = part.get("$ref") if isinstance(part, dict) else None
            found.update(properties(schemas.get(ref.rsplit("/", 1)[-1]) if isinstance(ref, str) else part))
        if isinstance(schema.get("properties"), dict):
            found.update(schema["properties"])
        return found

    fields: dict[str, str] = {}
    for op in api.operations:
        if op.result_type is None:
            continue
        if op.pagination is not None:
            fields[op.result_type] = op.pagination.items_field
            continue
        arrays = [
            name
            for name, prop in properties(schemas.get(op.result_type, {})).items()
            if isinstance(prop, dict) and prop.get("type") == "array"
        ]
        if len(arrays) == 1:
            fields[op.result_type] = arrays[0]
    return fields


def _reference_docs(
    env: Environment, api: Api, package: PackageConfig, attributes: dict[str, dict[str, str]], header: str
) -> FileTree:
    """The Markdown API reference under docs/: an index, one page per tag, and the models."""
    examples = {
        op.operation_id: {
            "python": docs.python_example(api, tag, op, package.import_name, attributes, is_async=False),
            "python_async": docs.python_example(api, tag, op, package.import_name, attributes, is_async=True),
            "cli": docs.cli_example(api, tag, op, package.distribution),
            "response": docs.example_response(op),
        }
        for tag in api.tags
        for op in tag.operations
    }
    context = {"package": package, "header": header}
    tree: FileTree = {"docs/index.md": render(env, "docs/index.md.j2", api, **context).encode("utf-8")}
    for tag in api.tags:
        page = render(env, "docs/tag.md.j2", api, tag=tag, examples=examples, **context)
        tree[f"docs/{tag.py_name}.md"] = page.encode("utf-8")
    models = docs.model_docs(api, attributes)
    tree["docs/models.md"] = render(env, "docs/models.md.j2", api, models=models, **context).encode("utf-8")
    return tree


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
    """The generated package as files in memory, and the warnings found on the way."""
    checked = check_spec(config_path, spec_path)
    config, spec = checked.config, checked.spec
    api, ir_problems = build_api(spec, config)
    if errors_in(ir_problems):
        raise SpecError(list(checked.warnings) + ir_problems)
    package = config.package
    pkg = package.import_name
    header = _header(spec, api)
    env = make_environment(template_dir / "package")
    context = {"package": package, "header": header}

    python: dict[str, str] = {}
    python[f"{pkg}/models.py"] = emit_models(
        api.model_document,
        package=pkg,
        template_dir=template_dir / "datamodel",
        header=header,
        spec_file=display_path(spec.path),
    )
    # Checked before anything parses it: broken model code is a located problem, not a traceback.
    _check_compiles(f"{pkg}/models.py", python[f"{pkg}/models.py"])
    attributes = model_attributes(python[f"{pkg}/models.py"])
    missing = sorted(set(api.model_names) - set(attributes))
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
    python[f"{pkg}/_exceptions.py"] = render(
        env,
        "_exceptions.py.j2",
        api,
        error_families=api.error_families,
        base_error=package.error_base,
        **context,
    )
    python[f"{pkg}/_api.py"] = render(env, "_api.py.j2", api, **context)
    python[f"{pkg}/_client.py"] = render(env, "_client.py.j2", api, **context)
    if api.keepalives:
        python[f"{pkg}/keepalive.py"] = render(env, "keepalive.py.j2", api, attributes=attributes, **context)
    python[f"{pkg}/cli.py"] = render(
        env, "cli.py.j2", api, attributes=attributes, list_fields=_list_fields(api), **context
    )
    python[f"{pkg}/__main__.py"] = render(env, "__main__.py.j2", api, **context)
    python[f"{pkg}/resources/__init__.py"] = render(env, "resources__init__.py.j2", api, **context)
    for tag in api.tags:
        # Unused names are pruned by the formatter, so over-approximating is safe.
        hints = " ".join(arg.type_hint for op in tag.operations for arg in op.arguments)
        models_used = sorted(
            {op.result_type for op in tag.operations if op.result_type}
            | {op.pagination.item_type for op in tag.operations if op.pagination}
            | (set(_IDENTIFIER.findall(hints)) & set(api.model_names))
        )
        python[f"{pkg}/resources/{tag.py_name}.py"] = render(
            env, "resource.py.j2", api, tag=tag, models_used=models_used, attributes=attributes, **context
        )
    # An operation without arguments if there is one, else the first with its arguments elided.
    example = next(
        (f"{t.py_name}.{op.py_name}()" for t in api.tags for op in t.operations if not op.arguments),
        next((f"{t.py_name}.{op.py_name}(...)" for t in api.tags for op in t.operations), "..."),
    )
    python[f"{pkg}/__init__.py"] = render(env, "__init__.py.j2", api, example_call=example, **context)
    tree: FileTree = {}
    for relative, source in sorted(python.items()):
        _check_compiles(relative, source)
        tree[relative] = format_python(source, first_party=pkg).encode("utf-8")
    # Hand-written modules are copied as they are: `make lint` keeps them black-formatted
    # and ruff-clean where they live, so formatting them again here would only cost time.
    for relative, path in _copied_modules(config, pkg):
        source = f"# Copied from {display_path(path)}.\n{header}\n" + path.read_text(encoding="utf-8")
        _check_compiles(relative, source)
        tree[relative] = source.encode("utf-8")
    tree[f"{pkg}/py.typed"] = (header + "\n").encode("utf-8")
    extras = [(s.extra, s.requires) for s in config.static if s.extra]
    tree["pyproject.toml"] = render(env, "pyproject.toml.j2", api, static_extras=extras, **context).encode(
        "utf-8"
    )
    readme_header = "\n".join(
        f"<!-- {line.lstrip('# ').replace('--', '- -')} -->" for line in header.splitlines()
    )
    tree.update(_reference_docs(env, api, package, attributes, readme_header))
    if config.changelog_path.is_file():
        tree["CHANGELOG.md"] = (
            f"{readme_header}\n" + config.changelog_path.read_text(encoding="utf-8")
        ).encode("utf-8")
    subpackages = [(s.extra, s.target) for s in config.static if s.extra]
    tree["README.md"] = render(
        env, "README.md.j2", api, subpackages=subpackages, **{**context, "header": readme_header}
    ).encode("utf-8")
    return tree, checked.warnings + tuple(ir_problems)
