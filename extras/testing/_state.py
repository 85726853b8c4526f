"""The exchange's data: one seeded user account, its change log and what is derived from it.

The seed is deterministic: the same ``seed`` and anchor time (the exchange clock when
the state is created, or ``anchor_ms``) give the same account. It holds 240 change-log
entries (by default) over about 400 days for the assets USDT, BTC and ETH, with change
types DEPOSIT, WITHDRAW, TRANSFER_IN, TRANSFER_OUT, TRADE_FEE, REALIZED_PNL and
FUNDING_FEE; the last 6 are USDT trading entries (TRADE_FEE, REALIZED_PNL, FUNDING_FEE)
spread over the current UTC day up to the anchor. Amounts are `Decimal` throughout, never
float, and are sent as strings with 8 decimal places.

Invariants:

* per asset, entries form a running total: each ``walletBalanceBefore`` is the previous
  entry's ``walletBalanceAfter`` (0 before the first) and ``after = before + amount``;
  balances never go below zero;
* ``userAsset.walletBalance`` is the last USDT running total; ``frozenMargin`` is the
  (constant) USDT frozen balance; ``usedMargin`` is 20% of the wallet balance;
* statistics cover USDT (the margin asset) and only entries at or before the exchange
  clock ("now"); entries after it are invisible everywhere, including the change log:
  - PnL is the sum of REALIZED_PNL amounts (fees and funding are costs that move the
    balance but are not PnL); trading volume is the notional of the trade behind each
    TRADE_FEE entry (fee = notional × 0.0004), kept with the entry but not sent;
  - "today" is the current UTC day up to now; "30 days" is (now − 30 days, now];
  - ``transferIn`` sums DEPOSIT and TRANSFER_IN, ``transferOut`` sums WITHDRAW and
    TRANSFER_OUT (as a positive number);
  - ``maxDrawdown30d`` is the largest fall from a peak of the balance over the 30 days
    with deposits, withdrawals and transfers taken out (so only PnL, fees and funding
    move it), ``maxDrawdown30dRate`` that fall divided by the peak (0 to 1);
  - trend items are snapshots, oldest first, the last one at now: ``balance`` at the
    snapshot, ``pnl`` over the step before it, ``pnlRate`` = pnl / balance at the start
    of the step (0 when that balance is 0), ``totalPnl`` all PnL up to the snapshot.
    Ranges: 1D = 24 hourly, 1W = 7 daily, 1M = 30 daily, 3M = 90 daily, 6M = 26 weekly,
    1Y = 52 weekly snapshots;
  - balance-history items are UTC calendar periods (day; ISO week from Monday; month),
    oldest first, the last one the current period: ``date`` is its first day
    (YYYY-MM-DD), ``balance`` the balance at its end (now, for the current one), ``pnl``
    the PnL inside it.

The change log lists entries newest first (``createdAt`` descending, later entries first
on equal times); ``startTime`` and ``endTime`` are inclusive.

listenKeys live 60 minutes of the exchange clock; renewing sets the expiry to now + 60
minutes. Renewing or closing a key that is unknown, closed or expired is answered with
code 2002 "listenKey does not exist" (the docs name no code for it; an unknown key is
an invalid parameter value).
"""

from __future__ import annotations

import bisect
import random
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Final

from ._clock import ExchangeClock
from ._decimals import format_decimal
from ._envelope import INVALID_PARAMETER, EnvelopeError

__all__ = [
    "ChangeLogEntry",
    "ExchangeState",
    "UserProfile",
    "format_decimal",
    "seed_change_log",
    "LISTEN_KEY_TTL_MS",
    "CHANGE_TYPES",
    "ASSET_TYPES",
]

HOUR_MS: Final = 3_600_000
DAY_MS: Final = 86_400_000
LISTEN_KEY_TTL_MS: Final = 60 * 60 * 1000
FEE_RATE: Final = Decimal("0.0004")
USED_MARGIN_SHARE: Final = Decimal("0.2")
MARGIN_ASSET: Final = "USDT"
ASSET_TYPES: Final = ("USDT", "BTC", "ETH")
CHANGE_TYPES: Final = (
    "DEPOSIT",
    "WITHDRAW",
    "TRANSFER_IN",
    "TRANSFER_OUT",
    "TRADE_FEE",
    "REALIZED_PNL",
    "FUNDING_FEE",
)
INFLOWS: Final = frozenset({"DEPOSIT", "TRANSFER_IN"})
OUTFLOWS: Final = frozenset({"WITHDRAW", "TRANSFER_OUT"})
DEFAULT_FAVORITES: Final = ("BTCUSDT", "ETHUSDT")
TREND_STEPS: Final[dict[str, tuple[int, int]]] = {
    "1D": (24, HOUR_MS),
    "1W": (7, DAY_MS),
    "1M": (30, DAY_MS),
    "3M": (90, DAY_MS),
    "6M": (26, 7 * DAY_MS),
    "1Y": (52, 7 * DAY_MS),
}
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_OPENING: Final = {"USDT": Decimal(10000), "BTC": Decimal("0.5"), "ETH": Decimal(5)}
_FLOOR: Final = {"USDT": Decimal(1000), "BTC": Decimal("0.05"), "ETH": Decimal("0.5")}
_FROZEN: Final = {"USDT": Decimal(150), "BTC": Decimal(0), "ETH": Decimal(0)}
_STEP: Final = {"USDT": Decimal("0.01"), "BTC": Decimal("0.0001"), "ETH": Decimal("0.001")}
_USDT_WEIGHTS: Final = {
    "TRADE_FEE": 30,
    "REALIZED_PNL": 30,
    "FUNDING_FEE": 15,
    "DEPOSIT": 5,
    "WITHDRAW": 5,
    "TRANSFER_IN": 8,
    "TRANSFER_OUT": 7,
}
_TODAY_TYPES: Final = ("TRADE_FEE", "REALIZED_PNL", "TRADE_FEE", "FUNDING_FEE", "REALIZED_PNL", "TRADE_FEE")
_COUNTERPART: Final = {"WITHDRAW": "DEPOSIT", "TRANSFER_OUT": "TRANSFER_IN"}


def _as_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, float):  # a float would carry binary noise into the ledger
        raise TypeError("amounts must be Decimal, int or str, never float")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError("amounts must be finite")
    return result


@dataclass(frozen=True, slots=True)
class UserProfile:
    """The seeded user."""

    user_id: str = "U8800231457"
    username: str = "alice_trader"
    agent_id: int = 10001
    vip_level: int = 2
    last_login_ip: str = "203.0.113.24"


@dataclass(frozen=True, slots=True)
class ChangeLogEntry:
    """One balance change; ``volume`` is the traded notional behind a TRADE_FEE (not sent)."""

    sequence: int
    asset_type: str
    change_type: str
    amount: Decimal
    wallet_balance_before: Decimal
    wallet_balance_after: Decimal
    frozen_balance_before: Decimal
    frozen_balance_after: Decimal
    reference_id: str
    created_at: int
    volume: Decimal = Decimal(0)

    def to_json(self) -> dict[str, Any]:
        """The entry as getAccountChangeLog sends it."""
        return {
            "assetType": self.asset_type,
            "amount": format_decimal(self.amount),
            "walletBalanceBefore": format_decimal(self.wallet_balance_before),
            "walletBalanceAfter": format_decimal(self.wallet_balance_after),
            "frozenBalanceBefore": format_decimal(self.frozen_balance_before),
            "frozenBalanceAfter": format_decimal(self.frozen_balance_after),
            "changeType": self.change_type,
            "referenceId": self.reference_id,
            "createdAt": self.created_at,
        }


def _draw(rng: random.Random, low: int, high: int, step: Decimal) -> Decimal:
    return Decimal(rng.randint(low, high)) * step


def _draw_amount(rng: random.Random, asset: str, change: str) -> tuple[Decimal, Decimal]:
    """A signed amount for ``change`` on ``asset`` and the traded volume behind it."""
    step = _STEP[asset]
    if change == "TRADE_FEE":
        notional = _draw(rng, 10_000, 5_000_000, step)
        return -(notional * FEE_RATE), notional
    if change == "REALIZED_PNL":
        return _draw(rng, -30_000, 40_000, step) or Decimal("1.23"), Decimal(0)
    if change == "FUNDING_FEE":
        return _draw(rng, -2_000, 1_500, Decimal("0.001")) or Decimal("-0.5"), Decimal(0)
    scale = {"USDT": (10_000, 300_000), "BTC": (10, 5_000), "ETH": (100, 20_000)}[asset]
    amount = _draw(rng, *scale, step)
    return (amount if change in INFLOWS else -amount), Decimal(0)


def seed_change_log(*, seed: int, anchor_ms: int, count: int) -> list[ChangeLogEntry]:
    """The deterministic change log of the seeded account, oldest first, all at or before ``anchor_ms``."""
    if count < len(ASSET_TYPES):
        raise ValueError(f"the seed needs at least {len(ASSET_TYPES)} entries")
    rng = random.Random(seed)  # noqa: S311 - reproducible sample data, not secrets
    day_start = anchor_ms - anchor_ms % DAY_MS
    today = min(6, count - len(ASSET_TYPES))
    span_start = day_start - 400 * DAY_MS
    history = sorted(rng.randint(span_start, day_start - HOUR_MS) for _ in range(count - today))
    times = history + [day_start + (anchor_ms - day_start) * (k + 1) // (today + 1) for k in range(today)]
    balances = dict.fromkeys(ASSET_TYPES, Decimal(0))
    entries: list[ChangeLogEntry] = []
    reference_base = 1_894_400_000_000_000_000 + seed * 1_000_003
    for index, created_at in enumerate(times):
        volume = Decimal(0)
        if index < len(ASSET_TYPES):
            asset, change, amount = ASSET_TYPES[index], "DEPOSIT", _OPENING[ASSET_TYPES[index]]
        elif index >= count - today:
            # Today's entries are trading, so today's PnL and volume are not empty.
            asset, change = MARGIN_ASSET, _TODAY_TYPES[(index - count + today) % len(_TODAY_TYPES)]
            amount, volume = _draw_amount(rng, asset, change)
            if balances[asset] + amount < _FLOOR[asset]:
                amount = -amount
        else:
            asset = rng.choices(ASSET_TYPES, weights=(80, 10, 10))[0]
            if asset == MARGIN_ASSET:
                change = rng.choices(tuple(_USDT_WEIGHTS), weights=tuple(_USDT_WEIGHTS.values()))[0]
            else:
                change = rng.choice(("DEPOSIT", "WITHDRAW", "TRANSFER_IN", "TRANSFER_OUT"))
            amount, volume = _draw_amount(rng, asset, change)
            if change != "TRADE_FEE" and balances[asset] + amount < _FLOOR[asset]:
                # Keep the account solvent: turn the debit into a credit of the same kind
                # (fees are too small to reach the floor).
                amount = -amount
                change = _COUNTERPART.get(change, change)
        before = balances[asset]
        balances[asset] = before + amount
        entries.append(
            ChangeLogEntry(
                sequence=index,
                asset_type=asset,
                change_type=change,
                amount=amount,
                wallet_balance_before=before,
                wallet_balance_after=balances[asset],
                frozen_balance_before=_FROZEN[asset],
                frozen_balance_after=_FROZEN[asset],
                reference_id=str(reference_base + index * 7919 + rng.randint(0, 999)),
                created_at=created_at,
                volume=volume,
            )
        )
    return entries


def _to_ms(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _from_ms(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


def _period_starts(period: str, now_ms: int, count: int) -> list[datetime]:
    """Starts of the ``count`` UTC periods ending with the one holding ``now_ms``, newest first."""
    now = _from_ms(now_ms)
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "1W":
        start -= timedelta(days=start.weekday())
    elif period == "1M":
        start = start.replace(day=1)
    starts = [start]
    while len(starts) < count:
        if period == "1D":
            start -= timedelta(days=1)
        elif period == "1W":
            start -= timedelta(days=7)
        else:
            start = (start - timedelta(days=1)).replace(day=1)
        starts.append(start)
    return starts


class ExchangeState:
    """The seeded account, favorites and listenKeys; every method is thread-safe.

    Figures are computed from the change log on each call, at the exchange clock's now.
    """

    def __init__(
        self,
        clock: ExchangeClock,
        *,
        seed: int = 6,
        entries: int = 240,
        anchor_ms: int | None = None,
        profile: UserProfile | None = None,
    ) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self.profile = profile or UserProfile()
        self.seed = seed
        self.anchor_ms = clock.now() if anchor_ms is None else anchor_ms
        self._entry_count = entries
        self._entries: list[ChangeLogEntry] = []
        self._times: list[int] = []
        self._favorites: list[str] = []
        self._listen_keys: dict[str, int] = {}
        self.reset()

    def reset(self) -> None:
        """Back to the seeded account: the seeded change log, default favorites, no listenKeys."""
        with self._lock:
            self._entries = seed_change_log(seed=self.seed, anchor_ms=self.anchor_ms, count=self._entry_count)
            self._times = [e.created_at for e in self._entries]
            self._favorites = list(DEFAULT_FAVORITES)
            self._listen_keys = {}

    # -- the change log ---------------------------------------------------------------

    @property
    def entries(self) -> tuple[ChangeLogEntry, ...]:
        """Every change-log entry, oldest first (including any after the exchange clock)."""
        with self._lock:
            return tuple(self._entries)

    def _visible(self, now: int) -> list[ChangeLogEntry]:
        return self._entries[: bisect.bisect_right(self._times, now)]

    def _usdt(self, now: int) -> list[ChangeLogEntry]:
        return [e for e in self._visible(now) if e.asset_type == MARGIN_ASSET]

    def record_change(
        self,
        asset_type: str,
        change_type: str,
        amount: Decimal | int | str,
        *,
        created_at: int | None = None,
        reference_id: str | None = None,
        volume: Decimal | int | str = 0,
    ) -> ChangeLogEntry:
        """Append an entry (at now by default) that continues the asset's running total."""
        value = _as_decimal(amount)
        traded = _as_decimal(volume)
        with self._lock:
            when = self._clock.now() if created_at is None else created_at
            if self._times and when < self._times[-1]:
                raise ValueError("entries must be appended in time order")
            previous = [e for e in self._entries if e.asset_type == asset_type]
            before = previous[-1].wallet_balance_after if previous else Decimal(0)
            frozen = previous[-1].frozen_balance_after if previous else Decimal(0)
            sequence = len(self._entries)
            entry = ChangeLogEntry(
                sequence=sequence,
                asset_type=asset_type,
                change_type=change_type,
                amount=value,
                wallet_balance_before=before,
                wallet_balance_after=before + value,
                frozen_balance_before=frozen,
                frozen_balance_after=frozen,
                reference_id=reference_id or str(1_900_000_000_000_000_000 + sequence),
                created_at=when,
                volume=traded,
            )
            self._entries.append(entry)
            self._times.append(when)
            return entry

    def change_log(
        self,
        *,
        asset_type: str | None = None,
        change_type: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
    ) -> tuple[list[ChangeLogEntry], int]:
        """One page of matching entries (newest first) and the number of matches."""
        with self._lock:
            matches = [
                e
                for e in reversed(self._visible(self._clock.now()))
                if (asset_type is None or e.asset_type == asset_type)
                and (change_type is None or e.change_type == change_type)
                and (start_time is None or e.created_at >= start_time)
                and (end_time is None or e.created_at <= end_time)
            ]
        offset = (page - 1) * page_size
        return matches[offset : offset + page_size], len(matches)

    # -- balances -----------------------------------------------------------------------

    def balance(self, asset_type: str = MARGIN_ASSET, at: int | None = None) -> Decimal:
        """The running total of ``asset_type`` after the last entry at or before ``at`` (default now)."""
        with self._lock:
            now = self._clock.now() if at is None else at
            for entry in reversed(self._visible(now)):
                if entry.asset_type == asset_type:
                    return entry.wallet_balance_after
        return Decimal(0)

    def frozen_balance(self, asset_type: str = MARGIN_ASSET) -> Decimal:
        """The frozen balance of ``asset_type`` after its last visible entry."""
        with self._lock:
            for entry in reversed(self._visible(self._clock.now())):
                if entry.asset_type == asset_type:
                    return entry.frozen_balance_after
        return Decimal(0)

    def user_info(self) -> dict[str, Any]:
        """``data`` of getInfo."""
        p = self.profile
        return {
            "userInfo": {
                "userId": p.user_id,
                "username": p.username,
                "agentId": p.agent_id,
                "vipLevel": p.vip_level,
                "lastLoginAt": self.anchor_ms - 2 * HOUR_MS,
                "lastLoginIp": p.last_login_ip,
            }
        }

    def user_asset(self) -> dict[str, Any]:
        """``data`` of getAsset."""
        with self._lock:
            wallet = self.balance(MARGIN_ASSET)
            frozen = self.frozen_balance(MARGIN_ASSET)
        return {
            "userAsset": {
                "userId": self.profile.user_id,
                "assetType": MARGIN_ASSET,
                "walletBalance": format_decimal(wallet),
                "frozenMargin": format_decimal(frozen),
                "usedMargin": format_decimal(max(wallet * USED_MARGIN_SHARE, Decimal(0))),
            }
        }

    # -- statistics -----------------------------------------------------------------------

    @staticmethod
    def _sum(entries: Iterable[ChangeLogEntry], types: Iterable[str], low: int, high: int) -> Decimal:
        wanted = frozenset(types)
        return sum(
            (e.amount for e in entries if e.change_type in wanted and low < e.created_at <= high), Decimal(0)
        )

    @staticmethod
    def _volume(entries: Iterable[ChangeLogEntry], low: int, high: int) -> Decimal:
        return sum((e.volume for e in entries if low < e.created_at <= high), Decimal(0))

    def volume_stats(self) -> dict[str, Any]:
        """``data`` of getVolumeStats: volume and fees over (now − 30 days, now]."""
        with self._lock:
            now = self._clock.now()
            usdt = self._usdt(now)
        low = now - 30 * DAY_MS
        return {
            "volume30d": format_decimal(self._volume(usdt, low, now)),
            "feeTotal30d": format_decimal(-self._sum(usdt, ("TRADE_FEE",), low, now)),
        }

    def _max_drawdown(self, usdt: list[ChangeLogEntry], now: int) -> tuple[Decimal, Decimal]:
        low = now - 30 * DAY_MS
        value = Decimal(0)
        for entry in usdt:
            if entry.created_at <= low:
                value = entry.wallet_balance_after
        peak, drawdown, rate = value, Decimal(0), Decimal(0)
        for entry in usdt:
            if entry.created_at <= low or entry.change_type in INFLOWS | OUTFLOWS:
                continue
            value += entry.amount
            peak = max(peak, value)
            fall = peak - value
            if fall > drawdown:
                drawdown = fall
                rate = fall / peak if peak > 0 else Decimal(0)
        return drawdown, min(max(rate, Decimal(0)), Decimal(1))

    def asset_overview_summary(self) -> dict[str, Any]:
        """``data`` of getAssetOverviewSummary."""
        with self._lock:
            now = self._clock.now()
            usdt = self._usdt(now)
        today = now - now % DAY_MS - 1  # exclusive lower bound: the UTC day starts inside
        everything = -(2**63)
        drawdown, rate = self._max_drawdown(usdt, now)
        return {
            "todayPnl": format_decimal(self._sum(usdt, ("REALIZED_PNL",), today, now)),
            "todayVolume": format_decimal(self._volume(usdt, today, now)),
            "totalVolume": format_decimal(self._volume(usdt, everything, now)),
            "totalPnl": format_decimal(self._sum(usdt, ("REALIZED_PNL",), everything, now)),
            "maxDrawdown30d": format_decimal(drawdown),
            "maxDrawdown30dRate": format_decimal(rate),
            "transferIn": format_decimal(self._sum(usdt, INFLOWS, everything, now)),
            "transferOut": format_decimal(-self._sum(usdt, OUTFLOWS, everything, now)),
        }

    def asset_trend(self, trend_range: str) -> list[dict[str, Any]]:
        """The snapshots of getAssetOverviewTrend for ``trend_range`` (1D, 1W, 1M, 3M, 6M, 1Y)."""
        points, step = TREND_STEPS[trend_range]
        with self._lock:
            now = self._clock.now()
            usdt = self._usdt(now)
        items = []
        for index in range(points):
            at = now - (points - 1 - index) * step
            start = at - step
            pnl = self._sum(usdt, ("REALIZED_PNL",), start, at)
            base = self._balance_in(usdt, start)
            items.append(
                {
                    "snapshotTime": at,
                    "balance": format_decimal(self._balance_in(usdt, at)),
                    "pnl": format_decimal(pnl),
                    "pnlRate": format_decimal(pnl / base if base > 0 else Decimal(0)),
                    "totalPnl": format_decimal(self._sum(usdt, ("REALIZED_PNL",), -(2**63), at)),
                }
            )
        return items

    @staticmethod
    def _balance_in(usdt: list[ChangeLogEntry], at: int) -> Decimal:
        times = [e.created_at for e in usdt]
        index = bisect.bisect_right(times, at)
        return usdt[index - 1].wallet_balance_after if index else Decimal(0)

    def trade_overview(self, trend_range: str) -> dict[str, Any]:
        """``data`` of getTradeOverview: the summary figures plus the trend items."""
        return {**self.asset_overview_summary(), "items": self.asset_trend(trend_range)}

    def balance_history(self, period: str, limit: int) -> list[dict[str, Any]]:
        """The items of getBalanceHistory: ``limit`` UTC periods (1D, 1W, 1M), oldest first."""
        with self._lock:
            now = self._clock.now()
            usdt = self._usdt(now)
        starts = _period_starts(period, now, limit)
        items = []
        end = now
        for start in starts:
            start_ms = _to_ms(start)
            items.append(
                {
                    "date": start.date().isoformat(),
                    "balance": format_decimal(self._balance_in(usdt, end)),
                    "pnl": format_decimal(self._sum(usdt, ("REALIZED_PNL",), start_ms - 1, end)),
                }
            )
            end = start_ms - 1
        items.reverse()
        return items

    # -- favorites ------------------------------------------------------------------------

    @property
    def favorites(self) -> list[str]:
        """The favorite symbols."""
        with self._lock:
            return list(self._favorites)

    def save_favorites(self, symbols: Iterable[str]) -> None:
        """Replace the favorite symbols."""
        with self._lock:
            self._favorites = list(symbols)

    # -- listenKeys -----------------------------------------------------------------------

    @property
    def listen_keys(self) -> dict[str, int]:
        """The live listenKeys and their expiry (Unix ms)."""
        with self._lock:
            now = self._clock.now()
            return {k: exp for k, exp in self._listen_keys.items() if exp > now}

    def create_listen_key(self) -> tuple[str, int]:
        """A new listenKey (32 hex characters) and its expiry, 60 minutes from now."""
        with self._lock:
            key = secrets.token_hex(16)
            expire_at = self._clock.now() + LISTEN_KEY_TTL_MS
            self._listen_keys[key] = expire_at
            return key, expire_at

    def _live(self, key: str) -> None:
        expire_at = self._listen_keys.get(key)
        if expire_at is None or expire_at <= self._clock.now():
            self._listen_keys.pop(key, None)
            raise EnvelopeError(INVALID_PARAMETER, "listenKey does not exist")

    def renew_listen_key(self, key: str) -> int:
        """Extend a live key to now + 60 minutes; code 2002 if it is unknown, closed or expired."""
        with self._lock:
            self._live(key)
            expire_at = self._clock.now() + LISTEN_KEY_TTL_MS
            self._listen_keys[key] = expire_at
            return expire_at

    def close_listen_key(self, key: str) -> None:
        """Close a live key; code 2002 if it is unknown, closed or expired."""
        with self._lock:
            self._live(key)
            del self._listen_keys[key]

    def __repr__(self) -> str:
        return f"ExchangeState(user={self.profile.user_id!r}, entries={len(self._entries)})"
