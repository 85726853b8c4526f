"""Values on the wire: enum members as their values, cookies as one RFC 6265 header."""

from __future__ import annotations

import enum

from sixmm._session import AuthState
from sixmm._wire import encode_cookies, format_scalar


class _Side(enum.Enum):
    BUY = "BUY"


class _Mode(enum.IntEnum):
    ISOLATED = 2


def test_enum_members_go_as_their_values() -> None:
    assert format_scalar(_Side.BUY) == "BUY"
    assert format_scalar(_Mode.ISOLATED) == "2"
    assert format_scalar(True) == "true"


def test_cookies_are_one_header_with_unsafe_characters_escaped() -> None:
    header = encode_cookies([("session", "a b;c"), ("ids", ["1", "2"]), ("absent", None), ("flag", False)])
    assert header == "session=a%20b%3Bc; ids=1%2C2; flag=false"
    assert encode_cookies([("absent", None)]) is None


def test_the_auth_state_repr_shows_no_secret() -> None:
    assert repr(AuthState(None)) == "AuthState(credentials=None, logged_in=False, cookies=0)"


def test_ending_a_session_empties_the_token_that_anything_may_still_hold() -> None:
    import httpx

    from sixmm._api import API

    assert API.session is not None
    state = AuthState(None)
    answer = httpx.Response(200, request=httpx.Request("POST", "http://127.0.0.1:9/login"))
    state.keep(API.session, answer, "jwt-of-the-login", lambda: "refreshed")
    held = state.credentials
    assert state.logged_in and held is not None and getattr(held, "token", None) is not None
    state.end()
    assert getattr(held, "token", "kept") is None
    assert state.credentials is None and not state.logged_in
