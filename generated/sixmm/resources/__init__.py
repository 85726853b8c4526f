# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""One class per tag of the spec; clients expose them as attributes."""

from __future__ import annotations

from .api_key import ApiKeyResource, AsyncApiKeyResource
from .listen_key import AsyncListenKeyResource, ListenKeyResource
from .market import AsyncMarketResource, MarketResource
from .order import AsyncOrderResource, OrderResource
from .position import AsyncPositionResource, PositionResource
from .public import AsyncPublicResource, PublicResource
from .user import AsyncUserResource, UserResource

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
