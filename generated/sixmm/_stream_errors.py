# Copied from generator/runtime/_stream_errors.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The stream client's errors and notices: errors derive from the package's base error."""

from __future__ import annotations

from dataclasses import dataclass

from ._exceptions import SDKError

__all__ = [
    "StreamError",
    "StreamClosedError",
    "StreamTimeoutError",
    "SubscriptionRefusedError",
    "StreamAuthError",
    "Gap",
    "UnknownMessage",
]


class StreamError(SDKError):
    """A stream request or connection failed. ``request_id`` is the request's ``id``, if any."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        self.message = message
        self.request_id = request_id
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.message} (request_id={self.request_id})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, request_id={self.request_id!r})"


class StreamClosedError(StreamError):
    """The stream was closed, or gave up reconnecting (``max_reconnects``)."""


class StreamTimeoutError(StreamError, TimeoutError):
    """A request was not acknowledged within ``ack_timeout`` seconds, or no message came in time.

    Also a `TimeoutError`, so code written for the built-in timeout keeps working.
    """


class SubscriptionRefusedError(StreamError):
    """The server refused a subscribe or unsubscribe request; ``topics`` are the request's."""

    def __init__(self, message: str, *, request_id: str | None, topics: tuple[str, ...]) -> None:
        self.topics = topics
        super().__init__(message, request_id=request_id)


class StreamAuthError(StreamError):
    """The server refused the connection's listenKey or token."""


@dataclass(frozen=True)
class Gap:
    """Messages may have been missed: reconcile through REST (and rebuild order books).

    Delivered after every reconnect (``reason`` ``"reconnect"``) and when the consumer fell
    so far behind that queued messages were discarded (``reason`` ``"overflow"``, ``dropped``
    is how many). ``topics`` are those subscribed when it happened.
    """

    reason: str
    topics: tuple[str, ...]
    dropped: int = 0


@dataclass(frozen=True)
class UnknownMessage:
    """A push that no channel of the spec describes (or that its model rejects), kept as received."""

    topic: str | None
    raw: dict[str, object]
