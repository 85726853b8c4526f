# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Typed sync and async Python client for the 6MM REST API.

    >>> from sixmm import Client
    >>> with Client(api_key="...", api_secret="...") as client:
    ...     data = client.public.get_server_time()

Errors derive from `SixMMError`; models live in `sixmm.models`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    OutcomeUnknownError,
    RequestValidationError,
    TransportError,
)
from .keepalive import (
    AsyncListenKeyManager,
    ListenKeyManager,
)

if TYPE_CHECKING:
    from . import models

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
    "OutcomeUnknownError",
    "RequestValidationError",
    "TransportError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    # The models module is the largest; it loads when first asked for, not on import.
    if name == "models":
        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _show_public_classes_here() -> None:
    # Reprs and tracebacks name a class by its module: show `sixmm.RateLimitError`, where
    # users import it from, rather than the private module that defines it.
    for name in __all__:
        value = globals().get(name)  # the lazily loaded models module is not here yet
        if isinstance(value, type):
            value.__module__ = __name__


_show_public_classes_here()
