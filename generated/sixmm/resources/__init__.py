# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""One class per tag of the spec; clients expose them as attributes."""

from __future__ import annotations

from .listen_key import AsyncListenKeyResource, ListenKeyResource
from .system import AsyncSystemResource, SystemResource
from .user import AsyncUserResource, UserResource

__all__ = [
    "UserResource",
    "AsyncUserResource",
    "ListenKeyResource",
    "AsyncListenKeyResource",
    "SystemResource",
    "AsyncSystemResource",
]
