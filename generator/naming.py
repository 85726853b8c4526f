"""Python names from spec names: deterministic, valid, and never a keyword."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(name: str) -> list[str]:
    """Split ``getAccountChangeLog``, ``page_size``, ``listen-key`` into lower-case words."""
    spaced = _WORD_BOUNDARY.sub(" ", _ascii(name))
    return [w.lower() for w in _NOT_WORD.split(spaced) if w]


def _safe(identifier: str, fallback: str, separator: str = "_") -> str:
    if not identifier:
        identifier = fallback
    if identifier[0].isdigit():
        identifier = f"{fallback}{separator}{identifier}"
    # Soft keywords (match, case, type, _) are valid names, and which words are soft
    # differs between Python versions: escaping them would make output version-dependent.
    if keyword.iskeyword(identifier):
        identifier += "_"
    return identifier


def snake(name: str, fallback: str = "value") -> str:
    """``getAccountChangeLog`` → ``get_account_change_log``; keywords get a trailing ``_``."""
    return _safe("_".join(words(name)), fallback)


def kebab(name: str) -> str:
    """``getAccountChangeLog`` → ``get-account-change-log`` (for command lines)."""
    return "-".join(words(name))


def pascal(name: str, fallback: str = "Model") -> str:
    """``listen-key`` → ``ListenKey``."""
    return _safe("".join(w[:1].upper() + w[1:] for w in words(name)), fallback, separator="")


def constant(name: str, fallback: str = "VALUE") -> str:
    """``getInfo`` → ``GET_INFO``."""
    return _safe("_".join(words(name)).upper(), fallback)


# Method names that would shadow a builtin inside a class body (``list[...]`` in a later
# annotation would mean the method), or read as nothing in particular on their own.
_VAGUE_METHODS = frozenset({"get", "list"})


def without_group_words(name: str, group: str) -> str | None:
    """``create`` for ``createListenKey`` in group ``listen-key``: the name minus the group's words.

    The group's words (or the last one in plural: ``placeOrders`` in ``order``) are removed
    where they first appear together. None when they do not appear, or when what remains
    is empty, a bare ``get``/``list``, or a builtin's name.
    """
    name_words, group_words = words(name), words(group)
    if not group_words:
        return None
    plural = [*group_words[:-1], group_words[-1] + "s"]
    for candidate in (group_words, plural):
        size = len(candidate)
        for start in range(len(name_words) - size + 1):
            if name_words[start : start + size] == candidate:
                rest = name_words[:start] + name_words[start + size :]
                if not rest:
                    return None
                short = _safe("_".join(rest), "operation")
                return None if short in _VAGUE_METHODS or hasattr(builtins, short) else short
    return None


def dedupe(names: list[str], reserved: frozenset[str] = frozenset(), separator: str = "_") -> list[str]:
    """Make ``names`` unique (and distinct from ``reserved``) by numbering later duplicates.

    The first occurrence keeps its name, so adding a colliding name later never
    renames an existing one. Class names use ``separator=""`` (``Item2``, not ``Item_2``).
    """
    taken = set(reserved)
    result = []
    for name in names:
        candidate = name
        number = 2
        while candidate in taken:
            candidate = f"{name}{separator}{number}"
            number += 1
        taken.add(candidate)
        result.append(candidate)
    return result


_CAP_WORDS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_BUILTIN_NAMES = frozenset(dir(builtins))


def is_class_name(name: str) -> bool:
    """A CapWords ASCII identifier that is neither a keyword nor a builtin (``Pet``, ``Model3D``)."""
    return bool(_CAP_WORDS.match(name)) and not keyword.iskeyword(name) and name not in _BUILTIN_NAMES


def class_name(name: str, fallback: str = "Model") -> str:
    """``name`` itself when it is a good class name, else its PascalCase form (``Model`` added if needed).

    ``pet`` → ``Pet``, ``3DSecure`` → ``Model3DSecure``, ``None`` → ``NoneModel``, ``Exception``
    → ``ExceptionModel``.
    """
    if is_class_name(name):
        return name
    candidate = pascal(name, fallback).rstrip("_")
    return candidate if is_class_name(candidate) else candidate + fallback
