# Copied from generator/runtime/_retry.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""When to try a request again, and how long to wait first.

Decisions are pure functions of the error and the attempt number, shared by the
sync and async clients; only the sleeping differs.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from ._exceptions import APIConnectionError, APIError, APITimeoutError, SDKError

__all__ = ["RetryPolicy", "parse_retry_after"]


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter; ``Retry-After`` wins when the server sends one (capped)."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    retry_codes: frozenset[int] = frozenset()

    def is_retryable(self, error: SDKError) -> bool:
        """Transport failures, and the statuses and codes the spec marks as transient."""
        if isinstance(error, (APIConnectionError, APITimeoutError)):
            return True
        if isinstance(error, APIError):
            return error.http_status in self.retry_statuses or (
                error.code is not None and error.code in self.retry_codes
            )
        return False

    def delay(self, retry_number: int, error: SDKError, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number ``retry_number`` (1-based)."""
        retry_after = error.retry_after if isinstance(error, APIError) else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        return base * (1 - self.jitter * rand())
