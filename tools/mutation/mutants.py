"""Mutants of one Python module: small ast-level faults, each applied to the source text.

Every mutant replaces one node's exact source span, so the rest of the file (comments,
formatting) stays as written and a mutant's line number is the original's.
"""

from __future__ import annotations

import ast
import random
import zlib
from dataclasses import dataclass
from typing import Final

_COMPARE_FLIPS: Final[dict[type[ast.cmpop], type[ast.cmpop]]] = {
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.Gt: ast.LtE,
    ast.LtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_BINOP_SWAPS: Final[dict[type[ast.operator], type[ast.operator]]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
}


@dataclass(frozen=True)
class Mutant:
    """One fault: where it is, what it does, and the module's source with it applied."""

    module: str
    line: int
    column: int
    operator: str
    detail: str
    source: str
    end_line: int = 0

    @property
    def key(self) -> str:
        """A stable name for the equivalents list: module, line, column, operator and what changed."""
        return f"{self.module}:{self.line}:{self.column}:{self.operator}:{self.detail}"


def _replace(source: str, node: ast.AST, text: str) -> str:
    lines = source.splitlines(keepends=True)
    start: int = node.lineno - 1  # type: ignore[attr-defined]
    end: int = node.end_lineno - 1  # type: ignore[attr-defined]
    col: int = node.col_offset  # type: ignore[attr-defined]
    end_col: int = node.end_col_offset  # type: ignore[attr-defined]
    # Offsets are in UTF-8 bytes.
    first = lines[start].encode()
    last = lines[end].encode()
    head = first[:col].decode()
    tail = last[end_col:].decode()
    return "".join(lines[:start]) + head + text + tail + "".join(lines[end + 1 :])


def _skipped_nodes(tree: ast.Module) -> set[int]:
    """Ids of nodes never mutated: docstrings, annotations, imports, ``__all__``, TYPE_CHECKING."""
    skip: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            skip.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                mark(body[0])
        if isinstance(node, ast.AnnAssign):
            mark(node.annotation)
        if isinstance(node, ast.arg):
            mark(node.annotation)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            mark(node.returns)
            for deco in node.decorator_list:
                mark(deco)
        if isinstance(node, ast.ClassDef):
            for base in [*node.bases, *node.keywords, *node.decorator_list]:
                mark(base)
        if isinstance(node, ast.Import | ast.ImportFrom):
            mark(node)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            mark(node)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.startswith("__") for t in node.targets
        ):
            mark(node)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            mark(node)
        # A string (or string part) that only names a type for a cast or a TypeVar.
        if isinstance(node, ast.Call) and ast.unparse(node.func) in {"cast", "TypeVar", "typing.cast"}:
            mark(node.args[0] if node.args else None)
    return skip


def _mutations(tree: ast.Module, source: str) -> list[tuple[ast.AST, str, str, str]]:
    """``(node, replacement text, operator, detail)`` for every applicable fault."""
    skip = _skipped_nodes(tree)
    out: list[tuple[ast.AST, str, str, str]] = []

    for node in ast.walk(tree):
        if id(node) in skip or not hasattr(node, "lineno"):
            continue
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                flipped = _COMPARE_FLIPS.get(type(op))
                if flipped is None:
                    continue
                ops = list(node.ops)
                ops[i] = flipped()
                new = ast.Compare(left=node.left, ops=ops, comparators=node.comparators)
                out.append(
                    (node, ast.unparse(new), "flip-compare", f"{type(op).__name__}->{flipped.__name__}")
                )
        elif isinstance(node, ast.BoolOp):
            other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
            out.append(
                (
                    node,
                    ast.unparse(ast.BoolOp(op=other, values=node.values)),
                    "swap-and-or",
                    type(node.op).__name__,
                )
            )
            for i in range(len(node.values)):
                rest = node.values[:i] + node.values[i + 1 :]
                new_text = ast.unparse(rest[0] if len(rest) == 1 else ast.BoolOp(op=node.op, values=rest))
                out.append((node, f"({new_text})", "drop-condition", f"operand {i}"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            out.append((node, f"({ast.unparse(node.operand)})", "drop-not", ""))
        elif isinstance(node, ast.BinOp):
            swapped = _BINOP_SWAPS.get(type(node.op))
            if swapped is not None and not _is_string_format(node):
                arith = ast.BinOp(left=node.left, op=swapped(), right=node.right)
                out.append(
                    (
                        node,
                        f"({ast.unparse(arith)})",
                        "swap-arith",
                        f"{type(node.op).__name__}->{swapped.__name__}",
                    )
                )
        elif isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool):
                out.append((node, repr(not value), "change-constant", f"{value}->{not value}"))
            elif isinstance(value, int | float):
                new_value = value + 1 if value in (0, 0.0) else value * 3
                out.append((node, repr(new_value), "change-constant", f"{value!r}->{new_value!r}"))
            elif isinstance(value, str) and value:
                out.append((node, repr(value + "XX"), "change-constant", f"{value[:24]!r}+XX"))
        elif (
            isinstance(node, ast.Return)
            and node.value is not None
            and not (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            out.append((node, "return None", "return-none", ""))
        if isinstance(node, ast.If | ast.While):
            out.append((node.test, "True", "condition-true", ""))
            out.append((node.test, "False", "condition-false", ""))
        if isinstance(node, ast.Expr | ast.Assign | ast.AugAssign | ast.Raise | ast.AnnAssign):
            if isinstance(node, ast.AnnAssign) and node.value is None:
                continue
            # Only statements inside a function: deleting a module- or class-level one mostly breaks
            # the import, which any test notices.
            out.append((node, "pass", "delete-statement", type(node).__name__))
    spans = _function_spans(tree)
    return [m for m in out if _inside_function(spans, m[0])]


def _is_string_format(node: ast.BinOp) -> bool:
    return isinstance(node.op, ast.Mod | ast.Add) and any(
        isinstance(side, ast.Constant | ast.JoinedStr) and isinstance(getattr(side, "value", ""), str)
        for side in (node.left, node.right)
    )


def _function_spans(tree: ast.Module) -> list[tuple[int, int]]:
    return [
        (n.lineno, n.end_lineno or n.lineno)
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
    ]


def _inside_function(spans: list[tuple[int, int]], node: ast.AST) -> bool:
    line = node.lineno  # type: ignore[attr-defined]
    return any(start < line <= end for start, end in spans)


def all_mutants(module: str, source: str) -> list[Mutant]:
    """Every mutant of ``source`` (the module at path ``module``) that still compiles."""
    tree = ast.parse(source)
    mutants: list[Mutant] = []
    seen: set[str] = set()
    for node, text, operator, detail in _mutations(tree, source):
        new_source = _replace(source, node, text)
        try:
            compile(new_source, module, "exec")
        except SyntaxError:
            continue
        mutant = Mutant(
            module,
            node.lineno,  # type: ignore[attr-defined]
            node.col_offset,  # type: ignore[attr-defined]
            operator,
            detail,
            new_source,
            node.end_lineno or node.lineno,  # type: ignore[attr-defined]
        )
        if mutant.key in seen or new_source == source:
            continue
        seen.add(mutant.key)
        mutants.append(mutant)
    return mutants


def sample(mutants: list[Mutant], size: int, seed: int) -> list[Mutant]:
    """A deterministic sample: the seed and the module's path choose it, the same every run."""
    if not mutants:
        return []
    rng = random.Random(seed * 1_000_003 + zlib.crc32(mutants[0].module.encode()))
    chosen = sorted(mutants, key=lambda m: m.key)
    return sorted(rng.sample(chosen, min(size, len(chosen))), key=lambda m: (m.line, m.key))
