"""Writing a generated tree all at once, and comparing a tree with what it should be.

A `FileTree` is the whole output in memory (relative POSIX path → bytes). It
is written to a fresh sibling directory first; only when every file is on disk
does that directory take the place of the old one, so a failure at any point
leaves the previous output exactly as it was.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FileTree = dict[str, bytes]

# Files that tools create next to the output and that are not part of it.
_IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def _is_ignored(relative: Path) -> bool:
    return any(part in _IGNORED_PARTS or part.endswith(".egg-info") for part in relative.parts)


def read_tree(root: Path) -> FileTree:
    """Every file under ``root`` (tool caches excluded), as bytes."""
    tree: FileTree = {}
    if not root.is_dir():
        return tree
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not _is_ignored(relative):
            tree[relative.as_posix()] = path.read_bytes()
    return tree


def write_tree_atomically(tree: FileTree, destination: Path) -> None:
    """Replace ``destination`` by exactly ``tree``; on any failure, leave it untouched."""
    destination = destination.resolve()
    parent = destination.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.new-", dir=parent))
    try:
        for relative, content in sorted(tree.items()):
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        _swap(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, destination: Path) -> None:
    """Put ``staging`` where ``destination`` is, restoring the old tree if the move fails."""
    if not destination.exists():
        os.replace(staging, destination)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{destination.name}.old-", dir=destination.parent))
    retired.rmdir()
    os.replace(destination, retired)
    try:
        os.replace(staging, destination)
    except BaseException:
        os.replace(retired, destination)
        raise
    shutil.rmtree(retired, ignore_errors=True)


@dataclass(frozen=True)
class TreeDifference:
    """How an on-disk tree differs from the expected one."""

    missing: tuple[str, ...]
    extra: tuple[str, ...]
    changed: tuple[str, ...]

    @property
    def clean(self) -> bool:
        """True when the trees are identical."""
        return not (self.missing or self.extra or self.changed)


def compare_trees(expected: FileTree, actual: FileTree) -> TreeDifference:
    """Which files are missing, extra or different in ``actual``."""
    return TreeDifference(
        missing=tuple(sorted(set(expected) - set(actual))),
        extra=tuple(sorted(set(actual) - set(expected))),
        changed=tuple(sorted(p for p in set(expected) & set(actual) if expected[p] != actual[p])),
    )


def unified_diff(expected: FileTree, actual: FileTree, root: str) -> Iterator[str]:
    """A unified diff from ``actual`` (on disk) to ``expected`` (what the spec produces)."""
    difference = compare_trees(expected, actual)
    for path in difference.missing + difference.extra + difference.changed:
        old = actual.get(path, b"").decode("utf-8", errors="replace").splitlines(keepends=True)
        new = expected.get(path, b"").decode("utf-8", errors="replace").splitlines(keepends=True)
        yield from difflib.unified_diff(
            old,
            new,
            fromfile=f"{root}/{path}" if path in actual else "/dev/null",
            tofile=f"{root}/{path} (from spec)" if path in expected else "/dev/null",
        )
