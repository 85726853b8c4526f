# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Every exception this package raises derives from `SixMMError`.

`ApiError` subclasses follow the families of envelope codes declared in the spec;
each carries the server's ``code`` and ``message``, the ``request_id`` and the
``http_status``.
"""

from __future__ import annotations

__all__ = [
    "SixMMError",
    "ApiError",
    "AuthenticationError",
    "InvalidParameterError",
    "BusinessError",
    "RateLimitError",
    "ServerError",
    "DecodeError",
    "TransportError",
    "APIConnectionError",
    "APITimeoutError",
    "CredentialsError",
    "error_class_for",
]


class SixMMError(Exception):
    """Base class of every error raised by this package."""


class ApiError(SixMMError):
    """The server answered with an error envelope or an error HTTP status."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None,
        http_status: int,
        request_id: str | None,
        retry_after: float | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.http_status = http_status
        self.request_id = request_id
        self.retry_after = retry_after
        self.body_excerpt = body_excerpt
        super().__init__(message)

    def __str__(self) -> str:
        code = f"code {self.code}" if self.code is not None else "no code"
        return f"{self.message} ({code}, HTTP {self.http_status}, request_id={self.request_id})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"http_status={self.http_status!r}, request_id={self.request_id!r})"
        )


class AuthenticationError(ApiError):
    """Errors of the authentication family."""


class InvalidParameterError(ApiError):
    """Errors of the invalid parameter family."""


class BusinessError(ApiError):
    """Errors of the business family."""


class RateLimitError(ApiError):
    """Errors of the rate limit family."""


class ServerError(ApiError):
    """Errors of the server family."""


class DecodeError(SixMMError):
    """The response could not be read: not JSON, not an envelope, or data not matching the spec."""

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        request_id: str | None,
        body_excerpt: str,
    ) -> None:
        self.message = message
        self.http_status = http_status
        self.request_id = request_id
        self.body_excerpt = body_excerpt
        super().__init__(message)

    def __str__(self) -> str:
        return (
            f"{self.message} (HTTP {self.http_status}, request_id={self.request_id}); "
            f"body starts: {self.body_excerpt!r}"
        )


class TransportError(SixMMError):
    """The request did not get a response.

    ``request_sent`` is False when the connection failed before the request left,
    so repeating it cannot have had any effect on the server.
    """

    def __init__(self, message: str, *, request_id: str | None, request_sent: bool = True) -> None:
        self.message = message
        self.request_id = request_id
        self.request_sent = request_sent
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.message} (request_id={self.request_id})"


class APIConnectionError(TransportError):
    """The connection could not be made or broke before a response arrived."""


class APITimeoutError(TransportError):
    """No response within the timeout."""


class CredentialsError(SixMMError, ValueError):
    """Credentials are missing, half given, or of a kind the API does not accept."""


SDKError = SixMMError
"""The package's base error under the name the runtime modules use."""

_FAMILY_BY_CODE: dict[int, type[ApiError]] = {
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
}
_FAMILY_BY_CODE_RANGE: tuple[tuple[int, int, type[ApiError]], ...] = ((3000, 3999, BusinessError),)
_FAMILY_BY_STATUS: dict[int, type[ApiError]] = {
    401: AuthenticationError,
    429: RateLimitError,
}
_FAMILY_BY_STATUS_RANGE: tuple[tuple[int, int, type[ApiError]], ...] = ((500, 599, ServerError),)


def error_class_for(code: int | None, http_status: int) -> type[ApiError]:
    """The exception class for an envelope ``code`` (preferred) or, failing that, an HTTP status."""
    if code is not None:
        if code in _FAMILY_BY_CODE:
            return _FAMILY_BY_CODE[code]
        for low, high, cls in _FAMILY_BY_CODE_RANGE:
            if low <= code <= high:
                return cls
    if http_status in _FAMILY_BY_STATUS:
        return _FAMILY_BY_STATUS[http_status]
    for low, high, cls in _FAMILY_BY_STATUS_RANGE:
        if low <= http_status <= high:
            return cls
    return ApiError
