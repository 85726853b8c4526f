"""Every exception the package raises, and the table that picks an API error's class.

The classes here are the same in every generated package. What varies with the spec,
the package's name for the base class and one `APIError` subclass per error family,
is generated in ``_errors``, which also builds the package's `ErrorTable`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "SDKError",
    "APIError",
    "ApiError",
    "DecodeError",
    "TransportError",
    "APIConnectionError",
    "APITimeoutError",
    "OutcomeUnknownError",
    "CredentialsError",
    "RequestValidationError",
    "ErrorTable",
]


class SDKError(Exception):
    """Base class of every error raised by this package (exported under the package's name)."""


class APIError(SDKError):
    """The server answered with an error envelope or an error HTTP status.

    ``code`` and ``message`` are the server's (``code`` is None when the body carried
    none), ``http_status`` the response status, ``request_id`` the id to quote to
    support, ``retry_after`` the seconds the server asked to wait (``Retry-After``),
    and ``body_excerpt`` the start of a body that was not an envelope.
    """

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


ApiError = APIError
"""The earlier name of `APIError`, kept so existing code keeps working."""


class DecodeError(SDKError):
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


class TransportError(SDKError):
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


class OutcomeUnknownError(SDKError):
    """A write failed ambiguously and the lookup meant to settle it failed too: whether it
    took effect is unknown, and it was not resent.

    ``request_id`` is the write's, ``lookup_request_id`` the failed lookup's; ``error`` is
    the write's own failure (the lookup's is the ``__cause__``). Look the order up before
    repeating the write.
    """

    def __init__(
        self, message: str, *, request_id: str | None, lookup_request_id: str | None, error: SDKError
    ) -> None:
        self.message = message
        self.request_id = request_id
        self.lookup_request_id = lookup_request_id
        self.error = error
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.message} (request_id={self.request_id}, lookup request_id={self.lookup_request_id})"


class CredentialsError(SDKError, ValueError):
    """Credentials are missing, half given, or of a kind the API does not accept."""


class RequestValidationError(SDKError, ValueError):
    """A request breaks a rule of the spec (a required field, an enum, a type, a bound, a
    conditional rule): found before anything was signed or sent.

    ``field`` is the path of the first offending field (``orders[2].price``), ``rule`` what
    it breaks in words, ``problems`` every ``(field, rule)`` found, ``operation_id`` the
    operation and ``request_id`` the id the request would have carried. Pass
    ``validate_requests=False`` to the client to send such requests and get the server's answer.
    """

    def __init__(
        self,
        problems: tuple[tuple[str, str], ...],
        *,
        operation_id: str,
        request_id: str | None,
    ) -> None:
        self.problems = problems
        self.field, self.rule = problems[0]
        self.operation_id = operation_id
        self.request_id = request_id
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        self.message = f"{operation_id}: {self.rule}{more}; nothing was sent"
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} (request_id={self.request_id})"


@dataclass(frozen=True, slots=True)
class ErrorTable:
    """Which `APIError` subclass an error raises: by envelope code first, then by HTTP status.

    Ranges are inclusive ``(low, high, class)`` triples, tried in order after the exact
    entries; anything unmatched is a plain `APIError`.
    """

    by_code: Mapping[int, type[APIError]] = field(default_factory=dict)
    code_ranges: tuple[tuple[int, int, type[APIError]], ...] = ()
    by_status: Mapping[int, type[APIError]] = field(default_factory=dict)
    status_ranges: tuple[tuple[int, int, type[APIError]], ...] = ()

    def class_for(self, code: int | None, http_status: int) -> type[APIError]:
        """The class for an envelope ``code`` (preferred) or, failing that, an HTTP status."""
        if code is not None:
            if code in self.by_code:
                return self.by_code[code]
            for low, high, cls in self.code_ranges:
                if low <= code <= high:
                    return cls
        if http_status in self.by_status:
            return self.by_status[http_status]
        for low, high, cls in self.status_ranges:
            if low <= http_status <= high:
                return cls
        return APIError
