"""A content-addressed cache of generated text, kept outside the tree and safe to delete.

The key of an entry is a hash of everything its text depends on (the input, the versions and
settings of the tools that made it), so an entry is never stale: a change of any part is a
new key. The cache lives in ``$SIXMM_CODEGEN_CACHE``, else in the user's cache directory;
an entry that cannot be read or written only costs the time to compute it again. Small
results of pure functions (validation verdicts) are kept many to an entry (`Table`).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ENVIRONMENT_VARIABLE = "SIXMM_CODEGEN_CACHE"


def cache_dir() -> Path:
    """``$SIXMM_CODEGEN_CACHE``, else ``$XDG_CACHE_HOME/sixmm-codegen`` (``~/.cache`` by default)."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sixmm-codegen"


def key(*parts: str) -> str:
    """The key of an entry made from ``parts`` and the Python version (hex SHA-256)."""
    digest = hashlib.sha256()
    for part in (sys.version, *parts):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def lookup(entry: str) -> str | None:
    """The text stored under ``entry``, or None."""
    try:
        return (cache_dir() / entry[:2] / entry).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store(entry: str, text: str) -> None:
    """Keep ``text`` under ``entry``, written atomically (readers never see half an entry)."""
    folder = cache_dir() / entry[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, folder / entry)
    except OSError:
        pass


CHECK_TOOLS = (
    "openapi-spec-validator",
    "openapi-schema-validator",
    "jsonschema",
    "jsonschema-specifications",
    "referencing",
    "regress",
    "fqdn",
    "idna",
    "rfc3987",
    "rfc3986-validator",
    "rfc3987-syntax",
    "rfc3339-validator",
    "webcolors",
    "jsonpointer",
    "uri-template",
    "isoduration",
)
"""What a validation or lint verdict depends on besides its input: the validators and the
libraries their format checkers use when installed (`versions` of them goes into keys)."""


def code_digest(*modules: str | Path) -> str:
    """A digest of the source files ``modules``: the code that made an entry is part of its key."""
    digest = hashlib.sha256()
    for module in modules:
        data = Path(module).read_bytes()
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def versions(*distributions: str) -> str:
    """``name=version`` of each installed distribution (``name=-`` when absent), for keys."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    found = []
    for name in distributions:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=-")
    return " ".join(found)


def value_bytes(value: Any) -> bytes | None:
    """Bytes that only an equal value gives (same types, same key order), for digests of data;
    None for a value that is not plain data, or too deep, which is then not kept."""
    try:
        # Version 2 writes no back-references: equal values give equal bytes, however shared.
        return marshal.dumps(value, 2)
    except ValueError:
        return None


def digest(*parts: bytes) -> str:
    """The hex SHA-256 of ``parts`` (each length-prefixed, so no two sequences share a digest)."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(len(part).to_bytes(8, "big"))
        hashed.update(part)
    return hashed.hexdigest()


class Table:
    """Many small results of pure functions, each under the digest of its input, in one entry.

    A run reads the table once, looks results up by digest (`get`), adds what it computed
    (`put`) and writes the table back once (`save`): one read and at most one write per run
    however many results, where an entry per result would cost a file each. The table's own
    key names what the results depend on besides their input (tools, their versions, the code
    that computes them), so a result found is the result the function would return. The
    entry is shared by runs that name the same ``parts`` (say, specs of one file name); what
    one run does not use is kept for the next, up to a bound.
    """

    def __init__(self, *parts: str) -> None:
        self.entry = key("table", *parts)
        self._loaded: dict[str, Any] | None = None
        self._used: dict[str, Any] = {}
        self._added = False

    def _previous(self) -> dict[str, Any]:
        if self._loaded is None:
            text = lookup(self.entry)
            try:
                loaded = json.loads(text) if text is not None else {}
            except ValueError:
                loaded = {}
            self._loaded = loaded if isinstance(loaded, dict) else {}
        return self._loaded

    def get(self, item: str) -> Any:
        """The result stored under digest ``item``, or None (results are never None)."""
        value = self._used.get(item)
        if value is None:
            value = self._previous().get(item)
            if value is not None:
                self._used[item] = value
        return value

    def put(self, item: str, value: Any) -> None:
        """Keep ``value`` (JSON data, not None) as the result for digest ``item``."""
        self._used[item] = value
        self._added = True

    def save(self) -> None:
        """Write the table when this run added results: those it used first, then older ones."""
        if not self._added:
            return
        table = dict(self._used)
        bound = 4 * len(table) + 1024
        for item, value in self._previous().items():
            if len(table) >= bound:
                break
            table.setdefault(item, value)
        store(self.entry, json.dumps(table, separators=(",", ":")))
        self._added = False
