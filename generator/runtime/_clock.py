"""An estimate of the server's clock, for request timestamps the server accepts.

The offset comes from several round trips to the server's time endpoint: the
sample with the shortest round trip is the least disturbed, and the server read
its clock somewhere inside it, most likely near the middle.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Clock = Callable[[], int]
"""Returns the local time in Unix milliseconds."""


def system_clock_ms() -> int:
    """The local wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class TimeSample:
    """One round trip: local time sent, server time read, local time received (all Unix ms)."""

    sent_ms: int
    server_ms: int
    received_ms: int

    @property
    def round_trip_ms(self) -> int:
        """How long the exchange took."""
        return self.received_ms - self.sent_ms

    @property
    def offset_ms(self) -> int:
        """Server time minus the local time at the midpoint of the round trip."""
        return self.server_ms - (self.sent_ms + self.received_ms) // 2


class ClockOffsetError(ValueError):
    """A server time too far from the local clock to be believed."""


class ServerClock:
    """Local time plus the last measured offset to the server; knows when to measure again.

    ``max_offset_ms`` bounds the offset it adopts: a server time further than that from
    the local clock is refused (`ClockOffsetError`) and the previous offset kept; None
    accepts any offset.

    ``generation`` counts the syncs (successful or failed) so that callers who waited
    for another caller's sync can tell it happened; ``sync_lock`` is held by whoever
    measures, so only one sync is in flight per clock (clients made by ``with_options``
    share the clock, hence the lock). The async client keeps its own lock in
    ``async_sync_lock``, made on first use.
    """

    def __init__(
        self,
        now_ms: Clock = system_clock_ms,
        *,
        resync_interval_ms: int | None = 300_000,
        max_offset_ms: int | None = 86_400_000,
    ) -> None:
        self._now_ms = now_ms
        self.resync_interval_ms = resync_interval_ms
        self.max_offset_ms = max_offset_ms
        self.offset_ms = 0
        self.last_sample: TimeSample | None = None
        self.generation = 0
        self._synced_at: int | None = None
        self._last_stamp = 0
        self._lock = threading.Lock()
        self.sync_lock = threading.Lock()
        self.async_sync_lock: Any = None

    def local_ms(self) -> int:
        """The local clock, as injected."""
        return self._now_ms()

    def now_ms(self) -> int:
        """The estimated server time in Unix milliseconds."""
        return self._now_ms() + self.offset_ms

    def signing_stamp(self) -> int:
        """The timestamp for the next signature: the server time, yet always after the last one.

        No two requests signed through this clock (a client and its ``with_options`` copies,
        every thread and task) carry the same timestamp, so two identical requests made in
        the same millisecond are not signed alike: the exchange refuses a replayed signature.
        More than one signed request per millisecond, sustained, moves the stamps ahead of
        the clock by the excess.
        """
        with self._lock:
            stamp = max(self.now_ms(), self._last_stamp + 1)
            self._last_stamp = stamp
            return stamp

    def needs_sync(self) -> bool:
        """True before the first sync, and once the resync interval has passed.

        With no interval the clock is synced only on demand (after the server
        rejects a timestamp, or by an explicit call).
        """
        if self._synced_at is None:
            return True
        if self.resync_interval_ms is None:
            return False
        return self._now_ms() - self._synced_at >= self.resync_interval_ms

    def invalidate(self) -> None:
        """Force a sync before the next signed request."""
        with self._lock:
            self._synced_at = None

    def sync_failed(self) -> None:
        """Keep the current offset and wait a full interval before trying again."""
        with self._lock:
            self._synced_at = self._now_ms()
            self.generation += 1

    def check(self, sample: TimeSample) -> TimeSample:
        """``sample``, unless its server time is implausibly far from the local clock.

        Raises `ClockOffsetError` when the offset exceeds ``max_offset_ms``.
        """
        if self.max_offset_ms is not None and abs(sample.offset_ms) > self.max_offset_ms:
            raise ClockOffsetError(
                f"the server time {sample.server_ms} is {abs(sample.offset_ms) / 1000:.0f} s from the "
                f"local clock, more than the {self.max_offset_ms / 1000:g} s allowed (max_clock_offset); "
                "not adopted"
            )
        return sample

    def record(self, samples: Sequence[TimeSample]) -> None:
        """Adopt the offset of the sample with the shortest round trip."""
        valid = [s for s in samples if s.round_trip_ms >= 0]
        if not valid:
            return
        best = min(valid, key=lambda s: s.round_trip_ms)
        with self._lock:
            self.offset_ms = best.offset_ms
            self.last_sample = best
            self._synced_at = self._now_ms()
            self.generation += 1
