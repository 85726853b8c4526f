"""Make generated Python tidy and stable: unused imports out, imports sorted, black.

The versions of isort and black are pinned in the requirements lock, because
their output is part of the generated package's bytes. Last, invisible characters
that spec text carried into string literals and comments are written as escapes.

Formatting is done once per distinct input: results are kept in the content-addressed cache
(`generator.cache`), keyed by the unformatted text, the first-party name and the versions and
settings of black and isort. What is not cached is formatted over the machine's cores.
"""

from __future__ import annotations

import ast
import io
import os
import re
import tokenize
import unicodedata
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from functools import cache as memoized
from importlib.metadata import version

from generator import cache

_LINE_LENGTH = 100
# Part of every cache key: a change of formatter, settings or post-processing is a new key.
_FORMAT_SETTINGS = f"black-py311-{_LINE_LENGTH}-one-pass;isort-black-{_LINE_LENGTH};prune;escape-v1"
# This module's own post-processing (pruning, escaping) is part of every key too.
_OWN_CODE = cache.code_digest(__file__)
# Below this many files to format, starting worker processes costs more than it saves.
_PARALLEL_FROM = 6


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
    lines = io.StringIO(source).readlines()  # split at \n only, as tokenize counts rows
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


# Control, format (bidi overrides, zero-width characters, BOM) and line/paragraph separator
# characters: invisible or misleading in an editor ("Trojan Source"), and some of them change
# a literal's value when a file is read back. Tab and newline are ordinary.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
_ORDINARY = frozenset("\t\n")
_STRING_PREFIX = re.compile(r"^[A-Za-z]*")


def _is_invisible(char: str) -> bool:
    return char not in _ORDINARY and unicodedata.category(char) in _INVISIBLE_CATEGORIES


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _needs_escape(text: str, index: int) -> bool:
    """An invisible character, or the last blank before a line break (trailing whitespace)."""
    char = text[index]
    return _is_invisible(char) or (char in " \t" and text[index + 1 : index + 2] == "\n")


def _escape_string(token: str) -> str:
    """The same literal with invisible characters and trailing blanks written as escapes."""
    prefix = _STRING_PREFIX.match(token)
    kind = prefix.group().lower() if prefix else ""
    if "f" in kind or "b" in kind:
        return token
    positions = [i for i in range(len(token)) if _needs_escape(token, i)]
    if not positions:
        return token
    backslashes = [len(token[:i]) - len(token[:i].rstrip("\\")) for i in positions]
    if "r" in kind or any(count % 2 for count in backslashes):
        # An escape cannot be added inside a raw string or after a lone backslash: spell the
        # whole value out again instead (repr escapes everything that is not printable).
        return repr(ast.literal_eval(token))
    wanted = set(positions)
    return "".join(_escape(c) if i in wanted else c for i, c in enumerate(token))


def _has_invisible(source: str) -> bool:
    # str.isprintable() is False for every invisible character (and for tabs and some
    # spaces): only the lines it rejects are looked at character by character.
    return any(not line.isprintable() and any(_is_invisible(c) for c in line) for line in source.split("\n"))


def escape_invisible(source: str) -> str:
    """``source`` with every invisible character of its string literals and comments escaped.

    String literals keep their values (``\\u202e`` instead of the character itself); in
    comments the escape is shown as text. Code never contains such characters.
    """
    if not _has_invisible(source) and not re.search(r"[ \t]\n", source):
        return source
    lines = io.StringIO(source).readlines()  # split at \n only, as tokenize counts rows
    edits: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            replacement = _escape_string(token.string)
        elif token.type == tokenize.COMMENT:
            replacement = "".join(_escape(c) if _is_invisible(c) else c for c in token.string).rstrip()
        else:
            continue
        if replacement != token.string:
            edits.append((token.start, token.end, replacement))
    for (start_row, start_col), (end_row, end_col), replacement in reversed(edits):
        head = lines[start_row - 1][:start_col]
        tail = lines[end_row - 1][end_col:]
        lines[start_row - 1 : end_row] = [head + replacement + tail]
    return "".join(lines)


def format_python(source: str, *, first_party: str) -> str:
    """Pruned, isort-ed (black profile), black-formatted ``source`` with invisible characters escaped."""
    import black  # noqa: PLC0415 - imported when needed: most of a cached run's import time
    import isort  # noqa: PLC0415
    from black.mode import Mode, TargetVersion  # noqa: PLC0415

    source = prune_unused_imports(source)
    source = isort.code(source, profile="black", line_length=_LINE_LENGTH, known_first_party=[first_party])
    mode = Mode(target_versions={TargetVersion.PY311}, line_length=_LINE_LENGTH)
    # black.format_str formats twice whenever the first pass changed anything (a second pass
    # for black's own rare unstable cases), which doubled the cost of every module we emit.
    # One pass: the tests check that what it gives is black-stable (tests/generator/
    # test_formatting.py, on our package and the corpus), and the pinned black keeps it so.
    once = getattr(black, "_format_str_once", None)
    formatted = once(source, mode=mode) if once is not None else black.format_str(source, mode=mode)
    return escape_invisible(formatted)


@memoized
def _tools() -> str:
    # Reading installed metadata is slow: once per run, not once per module.
    return f"black={version('black')};isort={version('isort')};{_FORMAT_SETTINGS}"


def _key(source: str, first_party: str) -> str:
    return cache.key("formatted", _tools(), _OWN_CODE, first_party, source)


def _format_one(job: tuple[str, str]) -> str:
    return format_python(job[0], first_party=job[1])


class FormatJobs:
    """Modules formatted as they are added: from the cache, or in ``pool`` right away.

    The pipeline adds each module as soon as it is rendered, so that formatting overlaps the
    rendering of the next ones. Without a pool, modules are formatted when `results` is called
    (over the machine's cores when there are enough of them to repay the workers).
    """

    def __init__(self, first_party: str, pool: Executor | None = None) -> None:
        self._first_party = first_party
        self._pool = pool
        self._done: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self._running: dict[str, Future[str]] = {}
        self._waiting: dict[str, str] = {}

    def add(self, path: str, source: str) -> None:
        """Format ``source`` (the module at ``path``): looked up now, formatted now or later."""
        key = self._keys[path] = _key(source, self._first_party)
        hit = cache.lookup(key)
        if hit is not None:
            self._done[path] = hit
        elif self._pool is not None:
            self._running[path] = self._pool.submit(_format_one, (source, self._first_party))
        else:
            self._waiting[path] = source

    def results(self) -> dict[str, str]:
        """Every added module formatted (path → text, in path order); new ones kept in the cache."""
        formatted = {path: future.result() for path, future in self._running.items()}
        waiting = sorted(self._waiting)
        jobs = [(self._waiting[path], self._first_party) for path in waiting]
        workers = min(os.cpu_count() or 1, len(jobs))
        if workers > 1 and len(jobs) >= _PARALLEL_FROM:
            # Imported before the workers start, so that forked workers share one import
            # instead of each paying for its own.
            import black  # noqa: F401, PLC0415
            import isort  # noqa: F401, PLC0415

            with ProcessPoolExecutor(max_workers=workers) as own:
                texts = list(own.map(_format_one, jobs, chunksize=max(1, len(jobs) // (workers * 4))))
        else:
            texts = [_format_one(job) for job in jobs]
        formatted.update(zip(waiting, texts, strict=True))
        for path, text in formatted.items():
            cache.store(self._keys[path], text)
        self._running.clear()
        self._waiting.clear()
        self._done.update(formatted)
        return {path: self._done[path] for path in sorted(self._done)}
