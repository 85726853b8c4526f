"""The generated stream client against the local exchange's /ws: channels, requests, faults."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from sixmm import AsyncClient, Client, SixMMError
from sixmm.stream import (
    Gap,
    OrderBook,
    StreamOptions,
    SubscriptionRefusedError,
    UnknownMessage,
    track_order_book,
)
from sixmm.stream_models import (
    AccountUpdateMessage,
    DepthMessage,
    KlineMessage,
    OrderTradeUpdateMessage,
    TickerMessage,
    TickersMessage,
    TradeMessage,
)
from sixmm.testing import FakeExchange
from tests.support.streams import RecordedSleeps, fast_options

TRADE = "market.trade.BTCUSDT"
DEPTH = "market.depth.BTCUSDT"
RECV_TIMEOUT = 30.0


@pytest.fixture
async def client(ex: FakeExchange) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret, clock=ex.clock.now
    ) as c:
        yield c


async def publish_trades(ex: FakeExchange, *prices: str) -> None:
    for price in prices:
        await asyncio.to_thread(ex.stream.publish_trade, "BTCUSDT", price)


async def recv(stream: Any) -> object:
    """The next message; a race in a test fails it instead of hanging the suite."""
    return await asyncio.wait_for(stream.recv(), RECV_TIMEOUT)


async def next_of(stream: object, kind: type, limit: int = 50) -> object:
    """The next message of ``kind``, skipping others (a bounded number)."""
    for _ in range(limit):
        message = await recv(stream)
        if isinstance(message, kind):
            return message
    raise AssertionError(f"no {kind.__name__} within {limit} messages")


async def test_every_public_channel_is_typed(ex: FakeExchange, client: AsyncClient) -> None:
    topics = [DEPTH, TRADE, "market.kline.BTCUSDT.1m", "market.ticker.BTCUSDT", "market.tickers"]
    async with client.stream.market(topics, url=ex.ws_url, options=fast_options()) as stream:
        snapshot = await recv(stream)
        assert isinstance(snapshot, DepthMessage)
        assert snapshot.data.type == "snapshot" and snapshot.data.end_version == 1
        await asyncio.to_thread(ex.stream.move_price, "BTCUSDT", "65010")
        update = await recv(stream)
        assert isinstance(update, DepthMessage) and update.data.type == "update"
        assert update.data.start_version == 2
        assert isinstance((ticker := await recv(stream)), TickerMessage)
        assert ticker.data.last_price == Decimal("65010")
        kline = await recv(stream)
        assert isinstance(kline, KlineMessage) and kline.topic == "market.kline.BTCUSDT.1m"
        assert kline.data.close == Decimal("65010")
        tickers = await recv(stream)
        assert isinstance(tickers, TickersMessage) and tickers.data[0].symbol == "BTCUSDT"
        await publish_trades(ex, "65011.5")
        trade = await next_of(stream, TradeMessage)
        assert isinstance(trade, TradeMessage)
        assert trade.data.price == Decimal("65011.5") and trade.data.side == "BUY"


async def test_subscribe_and_unsubscribe_while_running(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.market([], url=ex.ws_url, options=fast_options()) as stream:
        await stream.subscribe([TRADE])
        assert ex.stream.subscribers(TRADE) == 1
        await publish_trades(ex, "1")
        assert isinstance(await recv(stream), TradeMessage)
        await stream.unsubscribe([TRADE])
        assert ex.stream.subscribers(TRADE) == 0 and stream.topics == ()
        ops = [r["op"] for r in ex.stream.requests]
        ids = [r["id"] for r in ex.stream.requests]
        assert ops == ["subscribe", "unsubscribe"] and len(set(ids)) == 2


async def test_refused_subscription_raises_and_is_not_kept(ex: FakeExchange, client: AsyncClient) -> None:
    ex.stream.refuse_subscription(TRADE)
    async with client.stream.market([], url=ex.ws_url, options=fast_options()) as stream:
        with pytest.raises(SubscriptionRefusedError) as caught:
            await stream.subscribe([TRADE])
        assert caught.value.topics == (TRADE,) and caught.value.request_id
        assert stream.topics == ()
        await stream.subscribe([TRADE])  # the fault was for one request
        assert stream.topics == (TRADE,)


async def test_refused_first_subscription_fails_open(ex: FakeExchange, client: AsyncClient) -> None:
    ex.stream.refuse_subscription(TRADE)
    with pytest.raises(SubscriptionRefusedError):
        async with client.stream.market([TRADE], url=ex.ws_url, options=fast_options()):
            pass


async def test_dropped_connection_reconnects_with_gap_and_nothing_lost(
    ex: FakeExchange, client: AsyncClient
) -> None:
    sleeps = RecordedSleeps()
    async with client.stream.market([TRADE], url=ex.ws_url, options=fast_options(sleeps)) as stream:
        await publish_trades(ex, "1", "2", "3")
        await asyncio.to_thread(ex.stream.drop_connections)
        await asyncio.to_thread(ex.stream.wait_for_subscribers, TRADE)
        await publish_trades(ex, "4", "5")
        received = [await recv(stream) for _ in range(6)]
    prices = [m.data.price for m in received if isinstance(m, TradeMessage)]
    assert prices == [Decimal(p) for p in "12345"]
    assert isinstance(received[3], Gap) and received[3].reason == "reconnect"
    assert received[3].topics == (TRADE,)
    assert stream.reconnects == 1
    assert sleeps.delays[:1] == [0.5 * 0.75]  # first backoff: initial delay with the jitter factor


async def test_stale_connection_is_detected_by_application_pings(
    ex: FakeExchange, client: AsyncClient
) -> None:
    options = fast_options(ping_interval=0.01, stale_after=0.2)
    async with client.stream.market([TRADE], url=ex.ws_url, options=options) as stream:
        ex.stream.mute_pings(1)
        gap = await next_of(stream, Gap)
        assert isinstance(gap, Gap) and gap.reason == "reconnect"
        await asyncio.to_thread(ex.stream.wait_for_subscribers, TRADE)
        await publish_trades(ex, "7")
        assert isinstance(await next_of(stream, TradeMessage), TradeMessage)
    assert ex.stream.connections_opened == 2


async def test_skipped_depth_version_is_visible(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.market([DEPTH], url=ex.ws_url, options=fast_options()) as stream:
        snapshot = await recv(stream)
        ex.stream.skip_depth_version("BTCUSDT")
        await asyncio.to_thread(ex.stream.move_price, "BTCUSDT", "65001")
        update = await recv(stream)
        assert isinstance(snapshot, DepthMessage) and isinstance(update, DepthMessage)
        assert update.data.start_version != snapshot.data.end_version + 1


async def test_user_stream_with_listen_key(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.user(url=ex.ws_url, options=fast_options()) as stream:
        assert stream.user_id == ex.state.profile.user_id
        await asyncio.to_thread(
            ex.stream.push_user_event,
            {"eventType": "ORDER_TRADE_UPDATE", "orderId": "9", "orderStatus": "NEW", "price": "1.5"},
        )
        await asyncio.to_thread(
            ex.stream.push_user_event, {"eventType": "ACCOUNT_UPDATE", "frozenBalance": "2.25"}
        )
        await asyncio.to_thread(ex.stream.push_user_event, {"eventType": "SOMETHING_NEW", "x": 1})
        order = await recv(stream)
        account = await recv(stream)
        unknown = await recv(stream)
    assert isinstance(order, OrderTradeUpdateMessage)
    assert order.data.order_status == "NEW" and order.data.price == Decimal("1.5")
    assert isinstance(account, AccountUpdateMessage) and account.data.frozen_balance == Decimal("2.25")
    assert isinstance(unknown, UnknownMessage) and unknown.raw["data"] == {
        "eventType": "SOMETHING_NEW",
        "x": 1,
    }
    assert "listenKey" not in repr(stream.options)


async def test_expired_listen_key_gets_a_new_key_and_a_gap(ex: FakeExchange, client: AsyncClient) -> None:
    topic = f"user.{ex.state.profile.user_id}"
    async with client.stream.user(url=ex.ws_url, options=fast_options()) as stream:
        first_keys = set(ex.state.listen_keys)
        await asyncio.to_thread(ex.stream.expire_listen_keys)
        gap = await recv(stream)
        assert isinstance(gap, Gap) and gap.reason == "reconnect"
        await asyncio.to_thread(ex.stream.wait_for_subscribers, topic)
        new_keys = set(ex.state.listen_keys)
        assert new_keys and not new_keys & first_keys
        await asyncio.to_thread(ex.stream.push_user_event, {"eventType": "ACCOUNT_UPDATE"})
        assert isinstance(await recv(stream), AccountUpdateMessage)


async def test_user_stream_with_token(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.user(url=ex.ws_url, access_token=ex.access_token, options=fast_options()) as s:
        await asyncio.to_thread(ex.stream.push_user_event, {"eventType": "ACCOUNT_UPDATE", "balance": "3"})
        message = await recv(s)
    assert isinstance(message, AccountUpdateMessage) and message.data.balance == Decimal(3)
    assert ex.state.listen_keys == {}


def test_sync_facade_market_and_user(ex: FakeExchange) -> None:
    with Client(base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret, clock=ex.clock.now) as client:
        with client.stream.market([TRADE], url=ex.ws_url, options=fast_options()) as stream:
            ex.stream.publish_trade("BTCUSDT", "42")
            message = stream.recv(RECV_TIMEOUT)
            assert isinstance(message, TradeMessage) and message.data.price == Decimal(42)
            stream.subscribe(["market.ticker.ETHUSDT"])
            ex.stream.publish_trade("ETHUSDT", "3001")
            assert isinstance(stream.recv(RECV_TIMEOUT), TickerMessage)
        with client.stream.user(url=ex.ws_url, options=fast_options()) as user:
            ex.stream.push_user_event({"eventType": "ACCOUNT_UPDATE"})
            assert isinstance(user.recv(RECV_TIMEOUT), AccountUpdateMessage)
            assert user.user_id == ex.state.profile.user_id


def test_backoff_doubles_to_its_cap_with_jitter() -> None:
    options = StreamOptions(backoff_initial=1.0, backoff_max=8.0, random=lambda: 0.0)
    assert [options.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    upper = StreamOptions(backoff_initial=1.0, backoff_max=8.0, random=lambda: 1.0)
    assert upper.backoff(10) == 8.0


async def test_slow_consumer_overflow_drops_oldest_with_a_gap(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.market([TRADE], url=ex.ws_url, options=fast_options(queue_size=3)) as stream:
        await publish_trades(ex, *"12345")
        await asyncio.to_thread(ex.stream.publish_trade, "BTCUSDT", "6")
        await stream.subscribe(["market.ticker.BTCUSDT"])  # an ack: every trade above was read
        items = [await recv(stream) for _ in range(4)]  # the overflow notice, then three trades
    assert isinstance(items[0], Gap) and items[0].reason == "overflow" and items[0].dropped == 3
    trades = [i.data.price for i in items[1:] if isinstance(i, TradeMessage)]
    assert trades == [Decimal(4), Decimal(5), Decimal(6)]


async def test_listen_key_never_reaches_the_logs(
    ex: FakeExchange, client: AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with client.stream.user(url=ex.ws_url, options=fast_options()):
        [key] = ex.state.listen_keys
    assert "GET /ws?<redacted>" in caplog.text  # the library's request line was logged, redacted
    assert key not in caplog.text


async def test_failed_renewal_makes_a_new_key_and_reconnects(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.user(url=ex.ws_url, options=fast_options()) as stream:
        [old] = ex.state.listen_keys
        ex.state.close_listen_key(old)  # the server forgot it; the connection stays open
        await stream.keepalive.run_once()  # type: ignore[attr-defined]  # the renewal fails
        gap = await recv(stream)
        assert isinstance(gap, Gap)
        [new] = ex.state.listen_keys
        assert new != old
        await asyncio.to_thread(ex.stream.wait_for_subscribers, f"user.{ex.state.profile.user_id}")
        await asyncio.to_thread(ex.stream.push_user_event, {"eventType": "ACCOUNT_UPDATE"})
        assert isinstance(await recv(stream), AccountUpdateMessage)


async def test_order_book_follows_snapshot_and_updates_and_recovers_from_a_gap(
    ex: FakeExchange, client: AsyncClient
) -> None:
    book = OrderBook("BTCUSDT")
    async with client.stream.market([], url=ex.ws_url, options=fast_options()) as stream:
        books = track_order_book(stream, DEPTH, book)
        await asyncio.wait_for(anext(books), RECV_TIMEOUT)
        assert book.version == 1 and book.best_bid() == max(ex.stream.feed("BTCUSDT").bids.items())
        await asyncio.to_thread(ex.stream.move_price, "BTCUSDT", "65100")
        await asyncio.wait_for(anext(books), RECV_TIMEOUT)
        feed = ex.stream.feed("BTCUSDT")
        assert book.version == 2 and (book.bids, book.asks) == (feed.bids, feed.asks)
        bids, asks = book.top(2)
        assert bids == sorted(feed.bids.items(), reverse=True)[:2] and asks == sorted(feed.asks.items())[:2]
        ex.stream.skip_depth_version("BTCUSDT")
        await asyncio.to_thread(ex.stream.move_price, "BTCUSDT", "65200")  # version 4: a gap
        await asyncio.wait_for(anext(books), RECV_TIMEOUT)  # the resubscription's fresh snapshot
        assert book.gaps == 1 and book.synced and book.version == 4
        assert book.best_ask() == min(ex.stream.feed("BTCUSDT").asks.items())
    assert [r["op"] for r in ex.stream.requests] == ["subscribe", "unsubscribe", "subscribe"]


def test_order_book_ignores_updates_before_a_snapshot() -> None:
    book = OrderBook("BTCUSDT")
    update = {"data": {"symbol": "BTCUSDT", "type": "update", "startVersion": 2, "endVersion": 2, "bids": []}}
    assert not book.apply(update) and book.version is None
    snapshot = {
        "data": {"symbol": "BTCUSDT", "type": "snapshot", "endVersion": 1, "bids": [["1", "2"]], "asks": []}
    }
    assert book.apply(snapshot)
    assert book.apply({"data": {**update["data"], "bids": [["1", "0"]]}})
    assert book.best_bid() is None and book.version == 2


async def test_refused_resubscription_is_raised_once_and_the_stream_goes_on(
    ex: FakeExchange, client: AsyncClient
) -> None:
    ticker = "market.ticker.BTCUSDT"
    async with client.stream.market([TRADE, ticker], url=ex.ws_url, options=fast_options()) as stream:
        ex.stream.refuse_subscription(TRADE, count=2)  # the bulk request, then TRADE alone
        await asyncio.to_thread(ex.stream.drop_connections)
        assert isinstance(await recv(stream), Gap)
        with pytest.raises(SubscriptionRefusedError):
            await recv(stream)
        assert stream.topics == (ticker,)
        await asyncio.to_thread(ex.stream.wait_for_subscribers, ticker)  # resubscribed after TRADE's refusal
        await asyncio.to_thread(ex.stream.move_price, "BTCUSDT", "1")
        assert isinstance(await recv(stream), TickerMessage)
    assert ex.stream.connections_opened == 2


async def test_closing_ends_the_iteration_after_what_was_received(
    ex: FakeExchange, client: AsyncClient
) -> None:
    stream = client.stream.market([TRADE], url=ex.ws_url, options=fast_options())
    await stream.open()
    await publish_trades(ex, "1")
    await stream.ping()  # acknowledged after the trade: the trade is queued
    await stream.close()
    assert [type(m) for m in [m async for m in stream]] == [TradeMessage]


async def test_trading_through_rest_pushes_order_and_account_updates(
    ex: FakeExchange, client: AsyncClient
) -> None:
    async with client.stream.user(url=ex.ws_url, options=fast_options()) as stream:
        await asyncio.to_thread(ex.set_price, "BTCUSDT", "85000")
        placed = await client.order.place(
            symbol="BTCUSDT", type="LIMIT", side="BUY", price="84000", quantity="0.2", time_in_force="GTC"
        )
        resting = await recv(stream)
        await asyncio.to_thread(ex.fill, placed.order_id, "0.05")
        partial, account = await recv(stream), await recv(stream)
        await client.order.cancel(symbol="BTCUSDT", order_id=placed.order_id)
        canceled = await recv(stream)
    assert isinstance(resting, OrderTradeUpdateMessage) and resting.data.order_status == "PENDING"
    assert resting.data.order_id == placed.order_id and resting.data.last_filled_qty == Decimal(0)
    assert isinstance(partial, OrderTradeUpdateMessage) and partial.data.order_status == "PARTIALLY_FILLED"
    assert (partial.data.last_filled_qty, partial.data.last_filled_price) == (Decimal("0.05"), Decimal(84000))
    assert isinstance(account, AccountUpdateMessage)
    wallet = (await client.user.get_asset()).user_asset.wallet_balance
    assert account.data.balance == wallet and account.data.margin_mode == "CROSS"
    assert isinstance(canceled, OrderTradeUpdateMessage)
    assert canceled.data.order_status == "PARTIALLY_FILLED_CANCELED"
    assert canceled.data.executed_qty == Decimal("0.05")


async def test_a_user_stream_whose_key_cannot_be_created_raises_instead_of_hanging(ex: FakeExchange) -> None:
    # No shared clock: the client signs with the machine's clock, months away from the
    # exchange's frozen one, so creating the listenKey is refused (timestamp outside the window).
    async with AsyncClient(base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret) as far:
        with pytest.raises(SixMMError) as info:
            async with far.stream.user(url=ex.ws_url, options=fast_options()):
                pass  # pragma: no cover - the stream must not open
    assert info.value.request_id


async def test_position_setting_changes_push_account_updates(ex: FakeExchange, client: AsyncClient) -> None:
    async with client.stream.user(url=ex.ws_url, options=fast_options()) as stream:
        await client.position.set_margin_mode(symbol="BTCUSDT", margin_mode=2)
        isolated = await recv(stream)
        await client.position.set_leverage(symbol="BTCUSDT", leverage=7)
        levered = await recv(stream)
        with pytest.raises(SixMMError):
            await client.position.set_leverage(symbol="BTCUSDT", leverage=100_000)  # refused: no push
        await client.position.set_margin_mode(symbol="BTCUSDT", margin_mode=1)
        cross = await recv(stream)
    wallet = (await client.user.get_asset()).user_asset.wallet_balance
    for message in (isolated, levered, cross):
        assert isinstance(message, AccountUpdateMessage)
        assert message.data.symbol == "BTCUSDT" and message.data.balance == wallet
    assert (isolated.data.margin_mode, levered.data.margin_mode, cross.data.margin_mode) == (
        "ISOLATED",
        "ISOLATED",
        "CROSS",
    )
    default_leverage = isolated.data.leverage
    assert levered.data.leverage == 7 != default_leverage and cross.data.leverage == 7
