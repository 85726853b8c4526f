# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""One class per tag of the spec; clients expose them as attributes.

Each module is imported on first access, so importing the package loads none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import ApiKeyResource, AsyncApiKeyResource
    from .listen_key import AsyncListenKeyResource, ListenKeyResource
    from .market import AsyncMarketResource, MarketResource
    from .order import AsyncOrderResource, OrderResource
    from .position import AsyncPositionResource, PositionResource
    from .public import AsyncPublicResource, PublicResource
    from .user import AsyncUserResource, UserResource

_MODULE_OF: dict[str, str] = {
    "PublicResource": "public",
    "AsyncPublicResource": "public",
    "MarketResource": "market",
    "AsyncMarketResource": "market",
    "UserResource": "user",
    "AsyncUserResource": "user",
    "ApiKeyResource": "api_key",
    "AsyncApiKeyResource": "api_key",
    "OrderResource": "order",
    "AsyncOrderResource": "order",
    "PositionResource": "position",
    "AsyncPositionResource": "position",
    "ListenKeyResource": "listen_key",
    "AsyncListenKeyResource": "listen_key",
}

__all__ = [
    "PublicResource",
    "AsyncPublicResource",
    "MarketResource",
    "AsyncMarketResource",
    "UserResource",
    "AsyncUserResource",
    "ApiKeyResource",
    "AsyncApiKeyResource",
    "OrderResource",
    "AsyncOrderResource",
    "PositionResource",
    "AsyncPositionResource",
    "ListenKeyResource",
    "AsyncListenKeyResource",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
