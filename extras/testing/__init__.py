"""A local 6MM-compatible exchange, for testing code that uses the ``sixmm`` client.

Install with ``pip install "sixmm[testing]"`` (it needs uvicorn). In a test::

    from sixmm import Client
    from sixmm.testing import FakeExchange

    with FakeExchange() as ex:
        with Client(base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret) as client:
            asset = client.user.get_asset()
        # or Client(base_url=ex.url, access_token=ex.access_token)

        ex.clock.advance(61 * 60 * 1000)                   # listenKeys expire after 60 minutes
        ex.faults.add("rate_limit", count=2, retry_after=1)  # the next two requests get HTTP 429
        ex.faults.add("drop", path="/v1/private/user/info")  # only that path
        ex.faults.reply("getInfo", 200, {"code": 3001, "message": "insufficient balance"})
        ex.requests.last.raw_target                        # what the client really sent
        ex.requests.for_operation("getInfo")               # every getInfo request, in order

From a shell, ``python -m sixmm.testing --port 8080`` prints the URL, an API key and
secret and a JWT, then serves until Ctrl-C.

What it does:

* trades (`FakeExchange.set_price`, `fill`, `set_hedge_mode`): symbols and their rules
  (`Market`), orders, condition orders and strategies matched against the set prices
  (`OrderBook`), positions, PnL and fees written to the ledger (`Positions`), logins and
  API keys with permissions and IP whitelist (`Sessions`, `ApiKeys`), and the replay check
  on order paths;
* serves every operation of the User and Account API with state: favorite symbols are
  replaced by save; listenKeys are created, renewed, closed and expire after 60 minutes
  of the exchange clock; the change log is a seeded, consistent ledger (balances are its
  running totals) that is filtered and paged for real; statistics derive from it (see
  `ExchangeState` for the exact rules);
* checks authentication as the docs describe (JWT, or ``X-API-KEY`` with a ``timestamp``
  within ±10 s and an HMAC-SHA256 signature over the raw query string and body) and
  answers failures, bad parameters and bad requests with documented error envelopes
  (see `ExchangeApp`);
* injects faults on demand (`FaultQueue`): ``rate_limit``, ``server_error`` (also after
  executing the request: ``executed=True``), ``code_5003``, ``html``, ``truncated_json``,
  ``slow`` (also answering late what it handled at once: ``executed=True``), ``drop``,
  ``drop_after`` (executes, then drops the connection), each for any request, one path
  or one operationId, once or N times;
* answers an operation with a canned reply (`FaultQueue.reply`): "reply to getInfo with
  this status, headers and body, once or N times", sent exactly as given;
* serves the WebSocket streams on ``/ws`` (`StreamHub`, ``ex.stream``): market channels
  of a simulated feed that tests move (``ex.stream.move_price("BTCUSDT", "65010")``,
  ``ex.stream.publish_trade(...)``), the user channel (``ex.stream.push_user_event(...)``)
  and stream faults (drop, unanswered pings, skipped depth version, refused subscription,
  expired listenKey);
* records every request exactly as received, with the operationId it was routed to and
  the response it got (`RequestLog`): the newest ``log_size`` requests (default 1000,
  ``python -m sixmm.testing --log-size N``), so memory stays bounded however long it runs.
"""

from __future__ import annotations

from ._accounts import ApiKeyRecord, ApiKeys, Sessions
from ._app import DEFAULT_BODY_LIMIT, ExchangeApp
from ._auth import TIMESTAMP_OUTSIDE_WINDOW, TOLERANCE_MS, Authenticator, Principal
from ._clock import ExchangeClock
from ._faults import FAULT_KINDS, Fault, FaultKind, FaultQueue
from ._jwt import TokenError, TokenIssuer
from ._log import DEFAULT_LOG_SIZE, RecordedRequest, RecordedResponse, RequestLog
from ._market import FeeLevel, Market, SymbolRules
from ._orders import ConditionOrder, Order, OrderBook, Strategy
from ._params import MAX_FAVORITE_SYMBOLS, MAX_HISTORY_LIMIT, MAX_PAGE_SIZE
from ._positions import Position, Positions, TradeRecord
from ._routes import Venue
from ._server import DEFAULT_PASSWORD, FakeExchange
from ._state import LISTEN_KEY_TTL_MS, ChangeLogEntry, ExchangeState, UserProfile
from ._ws import StreamHub

__all__ = [
    "FakeExchange",
    "DEFAULT_PASSWORD",
    "Market",
    "SymbolRules",
    "FeeLevel",
    "OrderBook",
    "Order",
    "ConditionOrder",
    "Strategy",
    "Positions",
    "Position",
    "TradeRecord",
    "ApiKeys",
    "ApiKeyRecord",
    "Sessions",
    "Venue",
    "StreamHub",
    "ExchangeApp",
    "ExchangeClock",
    "ExchangeState",
    "ChangeLogEntry",
    "UserProfile",
    "FaultQueue",
    "Fault",
    "FaultKind",
    "FAULT_KINDS",
    "RequestLog",
    "RecordedRequest",
    "RecordedResponse",
    "Authenticator",
    "Principal",
    "TokenIssuer",
    "TokenError",
    "TIMESTAMP_OUTSIDE_WINDOW",
    "TOLERANCE_MS",
    "LISTEN_KEY_TTL_MS",
    "MAX_PAGE_SIZE",
    "MAX_HISTORY_LIMIT",
    "MAX_FAVORITE_SYMBOLS",
    "DEFAULT_BODY_LIMIT",
    "DEFAULT_LOG_SIZE",
]
