"""The breaking-change gate: compare the spec with a base revision and enforce version bumps.

Two comparisons: the spec's (`generator.diff`) and the generated package's public
surface (`generator.surface`: methods and their arguments, exports, commands), which
also changes when the generator's own rules change. The base defaults to the state
before the latest change of either: ``HEAD`` when ``spec/`` or the generated package
has uncommitted changes, otherwise the parent of the last commit that touched one of
them. Breaking changes pass only when the package version's major part
was bumped (its minor part, below 1.0), and a version change needs an entry in
the changelog kept beside the spec.

An unreleased version accumulates: while the changelog's entry for the current version
is headed ``## X.Y.Z (unreleased)``, the default base is instead the last commit of the
previous version, so every change since that version is judged together (and may break
what the bump allows) however many commits it took. Releasing is removing the marker;
from then on each change is judged against the one before it again.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.asyncapi.diff import diff_streams
from generator.diff import Change, breaking_changes, diff_specs, markdown_report
from generator.surface import read_surface, surface_changes

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)")


class GitError(RuntimeError):
    """git could not answer (not a repository, unknown revision, ...)."""


def _git(root: Path, *args: str) -> str:
    # git from PATH with fixed arguments: revisions are passed as single argv entries, never a shell.
    result = subprocess.run(  # noqa: S603
        ["git", *args],  # noqa: S607
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise GitError(result.stderr.strip() or f"git {' '.join(args)} failed")
    return result.stdout


def default_base(root: Path, *watched: str) -> str | None:
    """The revision to compare with, or None when the watched paths have no history yet."""
    watched = watched or ("spec",)
    if _git(root, "status", "--porcelain", "--", *watched).strip():
        return "HEAD"
    last = _git(root, "log", "-1", "--format=%H", "--", *watched).strip()
    if not last:
        return None
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{last}^").strip() or None
    except GitError:
        return None


def previous_version_base(root: Path, config: str, version: str) -> str | None:
    """The last state of the package before ``version``: ``HEAD`` when only the working tree
    has ``version``, else the parent of the commit that introduced it (None: no earlier version)."""
    head = file_at(root, "HEAD", config)
    if head is None:
        return None
    if package_version(head) != version:
        return "HEAD"
    # First parents only: the line of the main branch, where a merge brings a version in whole.
    for commit in _git(root, "log", "--first-parent", "--format=%H", "--", config).split():
        parent = file_at(root, f"{commit}^", config)
        if parent is None:
            return None
        if package_version(parent) != version:
            return _git(root, "rev-parse", f"{commit}^").strip()
    return None


def file_at(root: Path, revision: str, relative: str) -> str | None:
    """A file's text at ``revision``, or None when it did not exist there."""
    try:
        return _git(root, "show", f"{revision}:{relative}")
    except GitError:
        return None


def parse_version(text: str) -> tuple[int, int, int]:
    """``1.2.3`` → (1, 2, 3); a missing or odd version reads as 0.0.0."""
    match = _VERSION.match(text)
    return (int(match[1]), int(match[2]), int(match[3])) if match else (0, 0, 0)


def bump_allows_breaking(old: str, new: str) -> bool:
    """True when ``new`` bumps the major part (or, below 1.0, the minor part) of ``old``."""
    old_v, new_v = parse_version(old), parse_version(new)
    if old_v[0] == 0 and new_v[0] == 0:
        return new_v[1] > old_v[1]
    return new_v[0] > old_v[0]


def package_version(config_text: str) -> str:
    """The ``[package] version`` of a codegen.toml text."""
    data: dict[str, Any] = tomllib.loads(config_text)
    return str(data.get("package", {}).get("version", "0.0.0"))


def changelog_has(changelog: str, version: str) -> bool:
    """True when the changelog has a ``## <version>`` heading."""
    return re.search(rf"^## {re.escape(version)}\b", changelog, re.MULTILINE) is not None


def changelog_unreleased(changelog: str, version: str) -> bool:
    """True when the changelog's heading for ``version`` is ``## <version> (unreleased)``."""
    return re.search(rf"^## {re.escape(version)} \(unreleased\)\s*$", changelog, re.MULTILINE) is not None


@dataclass(frozen=True)
class GateResult:
    """The outcome of comparing the spec with its base."""

    base: str | None
    changes: tuple[Change, ...]
    old_version: str
    new_version: str
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """True when nothing blocks the change."""
        return not self.problems


def evaluate(
    *,
    old_spec: dict[str, Any] | None,
    new_spec: dict[str, Any],
    old_version: str,
    new_version: str,
    changelog: str,
    base: str | None,
    surface: tuple[Change, ...] = (),
) -> GateResult:
    """Apply the rules to two specs, the surface changes between them, and two versions."""
    changes = (tuple(diff_specs(old_spec, new_spec)) if old_spec is not None else ()) + surface
    problems = []
    broken = breaking_changes(list(changes))
    if broken and not bump_allows_breaking(old_version, new_version):
        needed = "minor" if parse_version(old_version)[0] == 0 else "major"
        problems.append(
            f"{len(broken)} breaking change(s) need a {needed} version bump of the package "
            f"(version is {new_version}, was {old_version} at {base})"
        )
    if new_version != old_version and not changelog_has(changelog, new_version):
        problems.append(
            f"the version changed to {new_version} but the changelog has no '## {new_version}' entry: "
            "run `python -m generator changelog`"
        )
    return GateResult(base, changes, old_version, new_version, tuple(problems))


def gate(
    root: Path, *, base: str | None, spec: str, config: str, changelog: str, generated: str = "generated"
) -> GateResult:
    """Compare the working tree's spec and package with ``base`` (default: see the module docstring)."""
    new_spec = yaml.safe_load((root / spec).read_text(encoding="utf-8"))
    new_config = (root / config).read_text(encoding="utf-8")
    changelog_path = root / changelog
    changelog_text = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    if base is None and changelog_unreleased(changelog_text, package_version(new_config)):
        base = previous_version_base(root, config, package_version(new_config))
    if base is None:
        base = default_base(root, str(Path(spec).parent), generated)
    old_spec_text = file_at(root, base, spec) if base else None
    old_config_text = file_at(root, base, config) if base else None
    package = str(tomllib.loads(new_config).get("package", {}).get("import_name", ""))
    surface: tuple[Change, ...] = ()
    old_files = _package_sources_at(root, base, generated, package) if base and package else {}
    if old_files:
        new_files = {
            path.relative_to(root / generated).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted((root / generated / package).rglob("*.py"))
        }
        surface = tuple(surface_changes(read_surface(old_files, package), read_surface(new_files, package)))
    surface += _stream_changes(root, base, config, tomllib.loads(new_config).get("streams"))
    return evaluate(
        old_spec=yaml.safe_load(old_spec_text) if old_spec_text else None,
        new_spec=new_spec,
        old_version=package_version(old_config_text) if old_config_text else package_version(new_config),
        new_version=package_version(new_config),
        changelog=changelog_text,
        base=base,
        surface=surface,
    )


def _stream_changes(root: Path, base: str | None, config: str, streams: Any) -> tuple[Change, ...]:
    """The changes of the AsyncAPI document named by ``streams`` in the config, if any."""
    if not isinstance(streams, str) or not base:
        return ()
    relative = (Path(config).parent / streams).as_posix()
    old_text = file_at(root, base, relative)
    if old_text is None:
        return ()
    new = yaml.safe_load((root / relative).read_text(encoding="utf-8"))
    return tuple(diff_streams(yaml.safe_load(old_text), new))


def _package_sources_at(root: Path, revision: str, generated: str, package: str) -> dict[str, str]:
    """The package's Python sources at ``revision`` (path relative to ``generated``), or {}."""
    try:
        listing = _git(root, "ls-tree", "-r", "--name-only", revision, "--", f"{generated}/{package}")
    except GitError:
        return {}
    sources = {}
    for path in listing.splitlines():
        if path.endswith(".py"):
            text = file_at(root, revision, path)
            if text is not None:
                sources[path[len(generated) + 1 :]] = text
    return sources


def changelog_entry(result: GateResult) -> str:
    """The changelog section for the new version, marked unreleased until someone releases it."""
    report = markdown_report(
        list(result.changes), old_label=f"{result.old_version} ({result.base})", new_label=result.new_version
    )
    return f"## {result.new_version} (unreleased)\n\n{report}"


def add_changelog_entry(changelog_path: Path, result: GateResult) -> bool:
    """Insert the entry for the new version after the title; False when it is already there."""
    text = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else "# Changelog\n"
    if changelog_has(text, result.new_version):
        return False
    title, _, rest = text.partition("\n")
    rest = rest.strip()
    body = f"{title}\n\n{changelog_entry(result)}" + (f"\n{rest}\n" if rest else "")
    changelog_path.write_text(body, encoding="utf-8")
    return True
