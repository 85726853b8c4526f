"""The small config file beside the spec: package identity, nothing about the API."""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.problems import Problem, SpecError

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class PackageConfig:
    """Identity of the generated package."""

    import_name: str
    distribution: str
    version: str
    summary: str
    error_base: str
    env_prefix: str
    requires_python: str
    dependencies: tuple[str, ...]


@dataclass(frozen=True)
class CodegenConfig:
    """The parsed config file and the spec it names."""

    path: Path
    spec_path: Path
    package: PackageConfig


def load_config(path: Path) -> CodegenConfig:
    """Read and check ``codegen.toml``; raise `SpecError` with every problem found."""
    file = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError([Problem(file, 0, "", f"cannot read config: {exc}", "config")]) from exc
    problems: list[Problem] = []
    package = raw.get("package", {})

    def text(key: str) -> str:
        value = package.get(key)
        if not isinstance(value, str) or not value:
            problems.append(Problem(file, 0, f"/package/{key}", "must be a non-empty string", "config"))
            return ""
        return value

    import_name = text("import_name")
    error_base = text("error_base")
    for key, value in (("import_name", import_name), ("error_base", error_base)):
        if value and (not _IDENTIFIER.match(value) or keyword.iskeyword(value)):
            problems.append(
                Problem(file, 0, f"/package/{key}", f"{value!r} is not a Python identifier", "config")
            )
    dependencies = package.get("dependencies", [])
    if not isinstance(dependencies, list) or not all(isinstance(d, str) for d in dependencies):
        problems.append(Problem(file, 0, "/package/dependencies", "must be a list of strings", "config"))
        dependencies = []
    spec_name = raw.get("spec")
    if not isinstance(spec_name, str):
        problems.append(Problem(file, 0, "/spec", "must name the spec file", "config"))
        spec_name = ""
    config = CodegenConfig(
        path=path,
        spec_path=path.parent / spec_name,
        package=PackageConfig(
            import_name=import_name,
            distribution=text("distribution"),
            version=text("version"),
            summary=text("summary"),
            error_base=error_base,
            env_prefix=text("env_prefix"),
            requires_python=text("requires_python"),
            dependencies=tuple(dependencies),
        ),
    )
    if problems:
        raise SpecError(problems)
    return config
