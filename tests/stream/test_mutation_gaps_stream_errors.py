"""What a stream error shows: its message and the request id, in str() and repr() alike.

A gap found by `make mutation` (issue 17): nothing read the text of a stream error, so a
mangled or empty str() or repr() went unnoticed.
"""

from __future__ import annotations

import pytest

from sixmm import SixMMError
from sixmm.stream import (
    StreamAuthError,
    StreamClosedError,
    StreamError,
    StreamTimeoutError,
    SubscriptionRefusedError,
)


@pytest.mark.parametrize("cls", [StreamError, StreamClosedError, StreamTimeoutError, StreamAuthError])
def test_a_stream_error_states_its_message_and_request_id(cls: type[StreamError]) -> None:
    error = cls("no ack", request_id="7")
    assert isinstance(error, SixMMError)
    assert (error.message, error.request_id) == ("no ack", "7")
    assert error.args == ("no ack",)  # like any exception, for tracebacks and loggers that read args
    assert str(error) == "no ack (request_id=7)"
    assert repr(error) == f"{cls.__name__}(message='no ack', request_id='7')"


def test_a_stream_error_without_a_request_says_so() -> None:
    error = StreamClosedError("closed")
    assert str(error) == "closed (request_id=None)"
    assert repr(error) == "StreamClosedError(message='closed', request_id=None)"


def test_a_refused_subscription_keeps_the_requested_topics() -> None:
    error = SubscriptionRefusedError("refused", request_id="3", topics=("BTCUSDT@depth",))
    assert error.topics == ("BTCUSDT@depth",)
    assert str(error) == "refused (request_id=3)"
