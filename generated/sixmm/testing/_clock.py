# Copied from extras/testing/_clock.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The exchange's clock: Unix milliseconds that tests can set, advance and freeze."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["ExchangeClock", "system_ms"]


def system_ms() -> int:
    """The local wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000


class ExchangeClock:
    """The time as the exchange sees it, in Unix milliseconds.

    By default it runs with the local wall clock. `set` and `advance` move it (it keeps
    running from the new time); `freeze` stops it until `resume`. Every time-dependent
    rule of the exchange reads this clock: signed ``timestamp`` tolerance, JWT expiry,
    listenKey expiry, "today" and "last 30 days" in statistics, ``GET /v1/time``.
    Safe to use from any thread.
    """

    def __init__(
        self,
        start_ms: int | None = None,
        *,
        frozen: bool = False,
        source: Callable[[], int] = system_ms,
    ) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._offset_ms = 0
        self._frozen_at: int | None = None
        self._start_ms = start_ms
        self._start_frozen = frozen
        self.reset()

    def reset(self) -> None:
        """Back to how the clock was created: the wall clock, or ``start_ms``; frozen if it was."""
        with self._lock:
            self._offset_ms = 0
            self._frozen_at = None
        # Freeze before setting: set-then-freeze would read the wall clock twice and could
        # stop a millisecond or more after start_ms on a busy machine.
        if self._start_frozen:
            self.freeze()
        if self._start_ms is not None:
            self.set(self._start_ms)

    def now(self) -> int:
        """The exchange time in Unix milliseconds."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return self._source() + self._offset_ms

    def now_seconds(self) -> int:
        """The exchange time in whole Unix seconds (rounded down)."""
        return self.now() // 1000

    def set(self, ms: int) -> None:
        """Jump to ``ms`` (Unix milliseconds); a running clock keeps running from there."""
        _check_int(ms, "ms")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at = ms
            else:
                self._offset_ms = ms - self._source()

    def advance(self, ms: int) -> int:
        """Move the clock forward by ``ms`` milliseconds (backward if negative); returns the new time."""
        _check_int(ms, "ms")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += ms
                return self._frozen_at
            self._offset_ms += ms
            return self._source() + self._offset_ms

    def freeze(self) -> None:
        """Stop the clock at the current time (until `resume`)."""
        current = self.now()
        with self._lock:
            self._frozen_at = current

    def resume(self) -> None:
        """Let a frozen clock run again from the time it shows."""
        with self._lock:
            if self._frozen_at is None:
                return
            self._offset_ms = self._frozen_at - self._source()
            self._frozen_at = None

    @property
    def frozen(self) -> bool:
        """True while the clock is frozen."""
        with self._lock:
            return self._frozen_at is not None

    @property
    def offset_ms(self) -> int:
        """How far a running clock is ahead of the local wall clock (ms)."""
        with self._lock:
            return self._offset_ms

    def __repr__(self) -> str:
        state = "frozen" if self.frozen else "running"
        return f"ExchangeClock(now={self.now()}, {state})"


def _check_int(value: object, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int (Unix milliseconds), not {type(value).__name__}")
