"""Make generated Python tidy and stable: unused imports out, imports sorted, black.

The versions of isort and black are pinned in the requirements lock, because
their output is part of the generated package's bytes.
"""

from __future__ import annotations

import ast

import black
import isort
from black.mode import Mode, TargetVersion

_BLACK_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)


def _used_names(tree: ast.Module) -> set[str]:
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            root: ast.expr = node
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name):
                used.add(root.id)
    for node in tree.body:
        # Names listed in __all__ count as used: they are re-exported.
        exports = (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            and isinstance(node.value, (ast.List, ast.Tuple))
        )
        if exports:
            assert isinstance(node, ast.Assign) and isinstance(node.value, (ast.List, ast.Tuple))
            used.update(
                e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            )
    return used


def prune_unused_imports(source: str) -> str:
    """Drop names imported at module level and never used (``__future__`` imports stay)."""
    tree = ast.parse(source)
    used = _used_names(tree)
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in tree.body:
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        keep = [
            alias
            for alias in node.names
            if (alias.asname or alias.name.split(".")[0]) in used or alias.name == "*"
        ]
        if len(keep) == len(node.names):
            continue
        end = node.end_lineno or node.lineno
        if not keep:
            edits.append((node.lineno - 1, end, ""))
            continue
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in keep)
        if isinstance(node, ast.ImportFrom):
            replacement = f"from {'.' * node.level}{node.module or ''} import {names}\n"
        else:
            replacement = f"import {names}\n"
        edits.append((node.lineno - 1, end, replacement))
    for start, end, replacement in sorted(edits, reverse=True):
        lines[start:end] = [replacement] if replacement else []
    return "".join(lines)


def format_python(source: str, *, first_party: str) -> str:
    """Pruned, isort-ed (black profile) and black-formatted ``source``."""
    source = prune_unused_imports(source)
    source = isort.code(source, profile="black", line_length=100, known_first_party=[first_party])
    return black.format_str(source, mode=_BLACK_MODE)
