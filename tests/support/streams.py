"""Helpers of the stream tests: options with recorded, near-instant sleeps; reading until a condition."""

from __future__ import annotations

import asyncio
from typing import Any

from sixmm.stream import StreamOptions


class RecordedSleeps:
    """An injected sleep: records every delay asked for and only yields to the event loop.

    A short real pause (at most ``cap`` seconds) lets the other side act between watchdog
    rounds without the test depending on how long anything takes.
    """

    def __init__(self, cap: float = 0.005) -> None:
        self.delays: list[float] = []
        self.cap = cap

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(min(seconds, self.cap))


def fast_options(sleeps: RecordedSleeps | None = None, **overrides: Any) -> StreamOptions:
    """Options for tests: injected sleeps, no watchdog unless asked, a fixed jitter."""
    values: dict[str, Any] = {
        "sleep": sleeps or RecordedSleeps(),
        "ping_interval": None,
        "random": lambda: 0.5,
        "ack_timeout": 5.0,
    }
    values.update(overrides)
    return StreamOptions(**values)
