"""`FakeExchange`: the exchange application served by uvicorn on 127.0.0.1."""

from __future__ import annotations

import secrets
import socket
import threading
import time
from decimal import Decimal
from types import TracebackType
from typing import Self

try:
    import uvicorn
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError('sixmm.testing needs uvicorn: pip install "sixmm[testing]"') from exc

from ._accounts import ApiKeys, Sessions
from ._app import DEFAULT_BODY_LIMIT, ExchangeApp, install_log_filter
from ._auth import Authenticator
from ._clock import ExchangeClock
from ._faults import FaultQueue
from ._jwt import TokenError, TokenIssuer
from ._log import DEFAULT_LOG_SIZE, RequestLog
from ._market import Market
from ._orders import Order, OrderBook
from ._positions import Positions
from ._routes import Venue
from ._state import ExchangeState
from ._user_events import account_update, order_trade_update
from ._ws import WS_PATH, StreamHub

__all__ = ["FakeExchange"]

_START_TIMEOUT = 10.0
DEFAULT_PASSWORD = "correct-horse"  # noqa: S105 - the local exchange's seeded login
"""Password of the seeded user (the spec's login example)."""
_STOP_TIMEOUT = 5.0


class FakeExchange:
    """A local 6MM-compatible exchange over real HTTP, for tests and local development.

        >>> from sixmm import Client
        >>> from sixmm.testing import FakeExchange
        >>> with FakeExchange() as ex:
        ...     with Client(base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret) as client:
        ...         client.user.get_asset().user_asset.asset_type
        'USDT'

    It serves every operation of the spec with state (the ledger in `ExchangeState`,
    trading in `Market`, `OrderBook` and `Positions`, logins and keys in `Sessions` and
    `ApiKeys`), checks JWT and signed API-key authentication as the docs describe, and
    lets tests move its ``clock`` and prices (`set_price`, `fill`), queue ``faults``
    (canned replies for an operation among them) and read the ``requests`` log.

    Args:
        host: interface to bind (default 127.0.0.1).
        port: TCP port; 0 (the default) picks a free one, see `url` after `start`.
        api_key, api_secret: the API-key credentials it accepts (random when not given).
        seed: seed of the generated account data.
        start_ms: initial exchange time (Unix ms); default the local wall clock.
        frozen: start with the clock frozen.
        entries: number of seeded change-log entries.
        body_limit: largest request body in bytes (HTTP 413 above it).
        log_size: how many requests ``requests`` keeps, newest first out last (a ring
            buffer, default 1000); None keeps every request.
        log_level: uvicorn's log level; access logs are always off.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        api_secret: str | None = None,
        seed: int = 6,
        start_ms: int | None = None,
        frozen: bool = False,
        entries: int = 240,
        body_limit: int = DEFAULT_BODY_LIMIT,
        log_level: str = "warning",
        log_size: int | None = DEFAULT_LOG_SIZE,
        password: str = DEFAULT_PASSWORD,
    ) -> None:
        self.host = host
        self.port = port
        self.api_key = api_key or f"fake-{secrets.token_hex(12)}"
        self.api_secret = api_secret or secrets.token_hex(24)
        self.log_level = log_level
        self.clock = ExchangeClock(start_ms, frozen=frozen)
        self.state = ExchangeState(self.clock, seed=seed, entries=entries)
        self.faults = FaultQueue()
        self.requests = RequestLog(log_size)
        self.tokens = TokenIssuer(self.clock)
        self.keys = ApiKeys(self.clock, self.api_key, self.api_secret)
        self.sessions = Sessions(
            self.tokens, self.state.profile.user_id, self.state.profile.username, password
        )
        self.market = Market(seed=seed)
        self.positions = Positions(self.clock, self.market, self.state)
        self.book = OrderBook(self.clock, self.market, self.positions)
        self.authenticator = Authenticator(
            clock=self.clock,
            tokens=self.tokens,
            user_id=self.state.profile.user_id,
            api_keys=self.keys,
        )
        self.app = ExchangeApp(
            state=self.state,
            clock=self.clock,
            authenticator=self.authenticator,
            faults=self.faults,
            log=self.requests,
            body_limit=body_limit,
            venue=Venue(self.market, self.positions, self.book, self.keys, self.sessions),
        )
        self.stream = StreamHub(clock=self.clock, state=self.state, tokens=self.tokens)
        self.app.websocket = self.stream
        self.book.listeners.append(self._push_order_events)
        self._token: str | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    # -- credentials ----------------------------------------------------------------------

    def issue_token(self, ttl_seconds: int = 86_400, subject: str | None = None) -> str:
        """A JWT access token valid for ``ttl_seconds`` of the exchange clock.

        ``subject`` defaults to the seeded user; another subject is refused (1003).
        """
        return self.tokens.issue(subject or self.state.profile.user_id, ttl_seconds)

    def revoke_token(self, token: str) -> None:
        """Refuse ``token`` from now on (code 1004)."""
        self.tokens.revoke(token)

    @property
    def access_token(self) -> str:
        """A valid JWT of the seeded user (issued for 24 hours, re-issued once it expires)."""
        if self._token is None or not self._token_valid(self._token):
            self._token = self.issue_token()
        return self._token

    def _token_valid(self, token: str) -> bool:
        try:
            self.tokens.verify(token)
        except TokenError:
            return False
        return True

    # -- serving --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:54321`` (only once started)."""
        if self._socket is None:
            raise RuntimeError("the exchange is not running; call start() or use it as a context manager")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def ws_url(self) -> str:
        """The WebSocket URL, e.g. ``ws://127.0.0.1:54321/ws`` (only once started)."""
        return "ws" + self.url.removeprefix("http") + WS_PATH

    @property
    def running(self) -> bool:
        """True between `start` and `stop`."""
        return self._thread is not None and self._thread.is_alive()

    def bind(self) -> socket.socket:
        """Reserve the listening socket (and so the port, see `url`) without serving yet."""
        if self._socket is not None:
            return self._socket
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted connections only
        # for TCP sockets that say so, and without it every response waits ~40 ms (Nagle).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self._socket = sock
        return sock

    def _config(self) -> uvicorn.Config:
        install_log_filter()
        return uvicorn.Config(
            self.app,
            log_config=None,
            log_level=self.log_level,
            access_log=False,
            lifespan="off",
            http="h11",
            ws="websockets-sansio",
            loop="asyncio",
            server_header=False,
            timeout_graceful_shutdown=2,
        )

    def start(self) -> Self:
        """Serve in a background thread; returns once the server accepts connections."""
        if self.running:
            return self
        sock = self.bind()
        self.app.stopping.clear()
        server = uvicorn.Server(self._config())
        thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name=f"sixmm-fake-exchange:{self.port}",
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the fake exchange did not start")
            time.sleep(0.005)
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (Ctrl-C / SIGTERM)."""
        sock = self.bind()
        server = uvicorn.Server(self._config())
        self._server = server
        try:
            server.run(sockets=[sock])
        finally:
            self._close_socket()

    def stop(self) -> None:
        """Stop serving and wait for the server thread to end."""
        self.app.stopping.set()
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_STOP_TIMEOUT)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(_STOP_TIMEOUT)
        self._server = self._thread = None
        self._close_socket()

    def _close_socket(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def reset(self) -> None:
        """Back to a fresh exchange: seeded state, no faults, empty request log, no revocations.

        The clock goes back to how it was created (`ExchangeClock.reset`).
        """
        self.clock.reset()
        self.state.reset()
        self.faults.clear()
        self.requests.clear()
        self.tokens.reset()
        self.stream.reset()
        self._token = None
        self.market.reset()
        self.positions.reset()
        self.book.reset()
        self.keys.reset()
        self.sessions.reset()
        self.app.replay_guard.reset()

    # -- trading --------------------------------------------------------------------------

    def _push_order_events(self, order: Order, quantity: Decimal, price: Decimal) -> None:
        # Every order change reaches the user channel; a fill also moves the balances.
        now = self.clock.now()
        self.stream.push_user_event(order_trade_update(order, quantity, price, now))
        if quantity:
            margin_mode = self.positions.margin_mode(order.symbol)
            self.stream.push_user_event(account_update(self.state, margin_mode, now))

    def set_price(self, symbol: str, price: Decimal | str | int) -> None:
        """Set ``symbol``'s last price: resting orders it crosses fill, condition orders trigger."""
        self.market.set_price(symbol, Decimal(price))
        self.book.on_price(symbol)

    def set_mark_price(self, symbol: str, price: Decimal | str | int | None) -> None:
        """Set the mark price apart from the last price (None: follow it again); MARK_PRICE triggers."""
        self.market.set_mark_price(symbol, None if price is None else Decimal(price))
        self.book.on_price(symbol)

    def fill(self, order_id: int | str, quantity: Decimal | str | int) -> None:
        """Fill ``quantity`` (or the rest) of a resting order at its price: a partial fill on request."""
        self.book.fill(int(order_id), Decimal(quantity))

    def set_hedge_mode(self, hedge: bool) -> None:
        """Hedge mode (LONG and SHORT positions) or one-way mode (BOTH, the default)."""
        self.positions.hedge_mode = hedge

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._socket is not None else "not running"
        return f"FakeExchange({where})"
