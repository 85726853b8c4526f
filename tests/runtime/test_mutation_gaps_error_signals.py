"""Which errors make the client re-sync its clock: a gap found by `make mutation` (issue 17)
in _operations.py. A listed code is enough on its own, whatever the message says; without a
listed code, only a listed message (any case) is.
"""

from __future__ import annotations

from sixmm._operations import ErrorSignalSpec

SIGNALS = ErrorSignalSpec(timestamp_codes=frozenset({1005}), timestamp_messages=("Timestamp outside",))


def test_a_listed_code_alone_means_the_request_time_was_rejected() -> None:
    assert SIGNALS.timestamp_rejected(1005, "something else entirely")


def test_without_a_listed_code_only_a_listed_message_counts() -> None:
    assert SIGNALS.timestamp_rejected(None, "TIMESTAMP OUTSIDE the receive window")
    assert SIGNALS.timestamp_rejected(2001, "timestamp outside recvWindow")
    assert not SIGNALS.timestamp_rejected(None, "bad signature")
    assert not SIGNALS.timestamp_rejected(2001, "bad signature")
