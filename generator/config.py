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
class StaticModules:
    """Hand-written modules copied into the package as a subpackage, with an optional extra."""

    source: Path
    target: str
    extra: str | None
    requires: tuple[str, ...]


@dataclass(frozen=True)
class CodegenConfig:
    """The parsed config file and the spec it names."""

    path: Path
    spec_path: Path
    package: PackageConfig
    static: tuple[StaticModules, ...] = ()
    changelog_path: Path = Path("CHANGELOG.md")
    # Our own spec's profile (tags, descriptions, examples, responses, operationId style,
    # decimal-format): on in the project's config, off for a foreign spec, which is judged by
    # OpenAPI validity alone.
    house_rules: bool = False
    streams_path: Path | None = None
    """The AsyncAPI document of the streaming API (``streams = "..."``), when there is one."""


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
    static = []
    for index, entry in enumerate(raw.get("static", [])):
        where = f"/static/{index}"
        source, target = entry.get("source"), entry.get("target")
        if not isinstance(source, str) or not (path.parent / source).is_dir():
            problems.append(
                Problem(file, 0, f"{where}/source", "must name a directory beside the config", "config")
            )
            continue
        if not isinstance(target, str) or not _IDENTIFIER.match(target):
            problems.append(Problem(file, 0, f"{where}/target", "must be a subpackage name", "config"))
            continue
        requires = entry.get("requires", [])
        static.append(
            StaticModules(
                source=(path.parent / source).resolve(),
                target=target,
                extra=entry.get("extra"),
                requires=tuple(str(r) for r in requires),
            )
        )
    changelog = raw.get("changelog", "CHANGELOG.md")
    lint = raw.get("lint", {})
    house_rules = lint.get("house_rules", False) if isinstance(lint, dict) else None
    if not isinstance(house_rules, bool):
        problems.append(Problem(file, 0, "/lint/house_rules", "must be true or false", "config"))
        house_rules = False
    streams = raw.get("streams")
    if streams is not None and (not isinstance(streams, str) or not streams):
        problems.append(Problem(file, 0, "/streams", "must name the AsyncAPI document", "config"))
        streams = None
    config = CodegenConfig(
        path=path,
        changelog_path=path.parent / str(changelog),
        static=tuple(static),
        house_rules=house_rules,
        spec_path=path.parent / spec_name,
        streams_path=path.parent / streams if streams else None,
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
