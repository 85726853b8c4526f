# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""One class per tag of the spec; clients expose them as attributes.

Each module is imported on first access, so importing the package loads none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .listen_key import AsyncListenKeyResource, ListenKeyResource
    from .system import AsyncSystemResource, SystemResource
    from .user import AsyncUserResource, UserResource

_MODULE_OF: dict[str, str] = {
    "UserResource": "user",
    "AsyncUserResource": "user",
    "ListenKeyResource": "listen_key",
    "AsyncListenKeyResource": "listen_key",
    "SystemResource": "system",
    "AsyncSystemResource": "system",
}

__all__ = [
    "UserResource",
    "AsyncUserResource",
    "ListenKeyResource",
    "AsyncListenKeyResource",
    "SystemResource",
    "AsyncSystemResource",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
