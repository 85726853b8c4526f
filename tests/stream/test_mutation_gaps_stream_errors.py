"""What a stream error shows: its message and the request id, in str() and repr() alike.

A gap found by `make mutation` (issue 17): nothing read the text of a stream error, so a
mangled or empty str() or repr() went unnoticed; nor the text of a sync recv() that timed out.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sixmm import Client, SixMMError
from sixmm.stream import (
    StreamAuthError,
    StreamClosedError,
    StreamError,
    StreamTimeoutError,
    SubscriptionRefusedError,
)
from sixmm.testing import FakeExchange
from tests.support.clients import local_exchange
from tests.support.streams import fast_options


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


@pytest.fixture(scope="module")
def ex() -> Iterator[FakeExchange]:
    with local_exchange() as exchange:
        yield exchange


def test_a_sync_recv_that_times_out_says_how_long_it_waited(ex: FakeExchange) -> None:
    with (
        Client(base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret, clock=ex.clock.now) as client,
        client.stream.market([], url=ex.ws_url, options=fast_options()) as stream,
        pytest.raises(StreamTimeoutError) as caught,
    ):
        stream.recv(0.01)  # nothing is subscribed: nothing can arrive
    assert caught.value.message == "no message within 0.01 s"
