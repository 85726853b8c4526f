# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The error classes that vary with the spec: the base class's name and the error families.

Every exception this package raises derives from `SixMMError`. `APIError`
subclasses follow the families of envelope codes declared in the spec; each carries
the server's ``code`` and ``message``, the ``request_id`` and the ``http_status``.
The fixed classes are in ``_exceptions``.
"""

from __future__ import annotations

from ._exceptions import APIError, ErrorTable, SDKError

__all__ = [
    "SixMMError",
    "AuthenticationError",
    "InvalidParameterError",
    "BusinessError",
    "RateLimitError",
    "ServerError",
    "ERRORS",
]

SixMMError = SDKError
SixMMError.__name__ = SixMMError.__qualname__ = "SixMMError"


class AuthenticationError(APIError):
    """Errors of the authentication family."""


class InvalidParameterError(APIError):
    """Errors of the invalid parameter family."""


class BusinessError(APIError):
    """Errors of the business family."""


class RateLimitError(APIError):
    """Errors of the rate limit family."""


class ServerError(APIError):
    """Errors of the server family."""


ERRORS = ErrorTable(
    by_code={
        1001: AuthenticationError,
        1002: AuthenticationError,
        1003: AuthenticationError,
        1004: AuthenticationError,
        1006: AuthenticationError,
        2001: InvalidParameterError,
        2002: InvalidParameterError,
        2003: InvalidParameterError,
        5003: RateLimitError,
        5001: ServerError,
        5002: ServerError,
    },
    code_ranges=((3000, 3999, BusinessError),),
    by_status={
        401: AuthenticationError,
        429: RateLimitError,
    },
    status_ranges=((500, 599, ServerError),),
)
"""Which family an envelope code (first) or an HTTP status raises."""
