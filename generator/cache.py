"""A content-addressed cache of generated text, kept outside the tree and safe to delete.

The key of an entry is a hash of everything its text depends on (the input, the versions and
settings of the tools that made it), so an entry is never stale: a change of any part is a
new key. The cache lives in ``$SIXMM_CODEGEN_CACHE``, else in the user's cache directory;
an entry that cannot be read or written only costs the time to compute it again.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

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
