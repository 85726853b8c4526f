"""``sixmm stream market TOPIC...`` and ``sixmm stream user`` against the local exchange, in process."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from sixmm._cli import run
from sixmm.cli import CLI
from sixmm.testing import FakeExchange
from tests.support.clients import local_exchange


@pytest.fixture(scope="module")
def ex() -> Iterator[FakeExchange]:
    # The command line signs with the machine's clock, so the exchange's (frozen) clock starts
    # at it: within the client's max_clock_offset, and still fixed while the test runs.
    with local_exchange(start_ms=time.time_ns() // 1_000_000) as exchange:
        yield exchange


def _run_while(ex: FakeExchange, argv: list[str], feed: Callable[[], None]) -> list[dict[str, object]]:
    out, err = io.StringIO(), io.StringIO()
    worker = threading.Thread(target=feed, daemon=True)
    worker.start()
    common = ["--base-url", ex.url, "--api-key", ex.api_key, "--api-secret", ex.api_secret]
    status = run(CLI, [*argv, *common, "--stream-url", ex.ws_url], out, err)
    worker.join(10)
    assert status == 0, err.getvalue()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_stream_market_prints_json_lines(ex: FakeExchange) -> None:
    def feed() -> None:
        ex.stream.wait_for_subscribers("market.trade.BTCUSDT")
        ex.stream.publish_trade("BTCUSDT", "65000.5", "0.25")

    lines = _run_while(ex, ["stream", "market", "market.trade.BTCUSDT", "--count", "1"], feed)
    assert lines[0]["topic"] == "market.trade.BTCUSDT"
    assert lines[0]["data"] == {  # type: ignore[comparison-overlap]
        "symbol": "BTCUSDT",
        "tradeId": lines[0]["data"]["tradeId"],  # type: ignore[index]
        "price": "65000.5",
        "qty": "0.25",
        "side": "BUY",
        "time": ex.clock.now(),
    }


def test_stream_user_prints_private_events(ex: FakeExchange) -> None:
    topic = f"user.{ex.state.profile.user_id}"

    def feed() -> None:
        ex.stream.wait_for_subscribers(topic)
        ex.stream.push_user_event({"eventType": "ACCOUNT_UPDATE", "balance": "12.5"})

    lines = _run_while(ex, ["stream", "user", "--count", "1"], feed)
    assert lines == [
        {"topic": topic, "ts": ex.clock.now(), "data": {"eventType": "ACCOUNT_UPDATE", "balance": "12.5"}}
    ]
