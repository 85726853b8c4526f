"""The server-time request and the offset bound: gaps found by `make mutation` (issue 17).

The clock sync is a request like any other, so it carries the package's User-Agent; a
server time refused as implausible says how far it was, the bound, and the option to change.
"""

from __future__ import annotations

import asyncio

import pytest

import sixmm
from sixmm._base_client import CLOCK_SAMPLES as SAMPLES
from sixmm._clock import ClockOffsetError, ServerClock, TimeSample
from tests.support.clients import API_KEY, API_SECRET, FIXED_MS, FLAVORS, Flavor, envelope
from tests.support.scripted import BASE_URL, ScriptedApi


def _time_answer() -> bytes:
    return envelope(0, "success", "r-time", data={"timestamp": FIXED_MS // 1000, "timestampMs": FIXED_MS})


async def _sync_then_call(flavor: Flavor, api: ScriptedApi) -> None:
    options = {
        "base_url": BASE_URL,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "clock": lambda: FIXED_MS,
        "time_sync_interval": 300.0,
        "max_retries": 0,
    }
    try:
        if flavor == "sync":
            with sixmm.Client(http_client=api.sync_client(), **options) as client:  # type: ignore[arg-type]
                client.user.get_info()
        else:
            async with sixmm.AsyncClient(http_client=api.async_client(), **options) as aclient:  # type: ignore[arg-type]
                await aclient.user.get_info()
    finally:
        await api.aclose()


@pytest.mark.parametrize("flavor", FLAVORS)
def test_every_request_the_client_sends_carries_its_user_agent(flavor: Flavor) -> None:
    api = ScriptedApi()
    for _ in range(SAMPLES):
        api.then(200, _time_answer())
    asyncio.run(_sync_then_call(flavor, api.then_succeed("getInfo")))
    assert api.paths == ["/v1/time"] * SAMPLES + ["/v1/private/user/info"]  # the clock sync, then the call
    assert [request.headers.get("User-Agent") for request in api.requests] == [
        f"sixmm-python/{sixmm.__version__}"
    ] * (SAMPLES + 1)


def test_a_refused_server_time_says_how_far_it_was_and_which_option_bounds_it() -> None:
    clock = ServerClock(lambda: FIXED_MS, max_offset_ms=3_600_000)
    far = TimeSample(sent_ms=FIXED_MS, server_ms=FIXED_MS + 7_200_000, received_ms=FIXED_MS)
    with pytest.raises(ClockOffsetError) as raised:
        clock.check(far)
    assert str(raised.value) == (
        f"the server time {FIXED_MS + 7_200_000} is 7200 s from the local clock, more than the 3600 s "
        "allowed (max_clock_offset); not adopted"
    )
    near = TimeSample(sent_ms=FIXED_MS, server_ms=FIXED_MS + 3_600_000, received_ms=FIXED_MS)
    assert clock.check(near) is near  # the bound itself is allowed
