# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Typed sync and async Python client for the 6MM REST API.

    >>> from sixmm import Client
    >>> with Client(api_key="...", api_secret="...") as client:
    ...     data = client.public.get_server_time()

Errors derive from `SixMMError`; models live in `sixmm.models`.
"""

from __future__ import annotations

from . import models
from ._base_client import RawResponse
from ._client import AsyncClient, Client
from ._errors import (
    AuthenticationError,
    BusinessError,
    InvalidParameterError,
    RateLimitError,
    ServerError,
    SixMMError,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    ApiError,
    APITimeoutError,
    CredentialsError,
    DecodeError,
    TransportError,
)
from .keepalive import (
    AsyncListenKeyManager,
    ListenKeyManager,
)

__version__ = "0.3.0"

__all__ = [
    "Client",
    "AsyncClient",
    "models",
    "RawResponse",
    "ListenKeyManager",
    "AsyncListenKeyManager",
    "SixMMError",
    "APIError",
    "ApiError",
    "AuthenticationError",
    "InvalidParameterError",
    "BusinessError",
    "RateLimitError",
    "ServerError",
    "APIConnectionError",
    "APITimeoutError",
    "CredentialsError",
    "DecodeError",
    "TransportError",
    "__version__",
]
