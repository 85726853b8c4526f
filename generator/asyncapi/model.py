"""What the stream templates render: the channels of the AsyncAPI document and their messages."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.ir import Models


@dataclass(frozen=True)
class StreamMessage:
    """One message a channel pushes, and how to tell it from the channel's other messages."""

    name: str
    model: str
    """The class of its payload in the stream models module."""
    match: tuple[tuple[str, str], ...] = ()
    """``(field of data, value)`` pairs a push must have to be this message (``const`` in the spec)."""
    examples: tuple[str, ...] = ()
    """The spec's example payloads, as compact JSON."""


@dataclass(frozen=True)
class StreamChannel:
    """A channel with an address: the topics it covers and the messages it pushes."""

    key: str
    address: str
    pattern: str
    """A regular expression matching every topic of the channel."""
    private: bool
    """Only on an authenticated connection (its receive operation has security)."""
    title: str
    messages: tuple[StreamMessage, ...]


@dataclass(frozen=True)
class Streams:
    """The streaming API: its default URL, authentication parameters and channels."""

    title: str
    version: str
    default_url: str
    auth_params: tuple[str, ...]
    """Query parameters that authenticate a connection, in the spec's order."""
    channels: tuple[StreamChannel, ...]
    models: Models = field(repr=False, default_factory=Models)
