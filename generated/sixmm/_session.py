# Copied from generator/runtime/_session.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The credentials a client holds, and the login session it may keep (``x-session``).

A login's token becomes the client's bearer credentials, refreshed through the session's
refresh operation; the cookies the login sets live in the client's own jar and are sent
back only to the session's operations. A client and its ``with_options`` copies share one
`AuthState`, so a login, a refresh or a logout through any of them holds for all.
"""

from __future__ import annotations

import httpx

from ._credentials import ApiKeyCredentials, BearerToken, Credentials, Secret, TokenProvider
from ._operations import ApiDescription, SessionSpec
from ._response import read_envelope


class AuthState:
    """The client's credentials and the session cookies; shows neither in its repr."""

    __slots__ = ("_cookies", "_initial", "_session_token", "credentials")

    def __init__(self, credentials: Credentials | None) -> None:
        self.credentials = credentials
        self._initial = credentials
        self._cookies = httpx.Cookies()
        self._session_token: BearerToken | None = None

    def __repr__(self) -> str:
        kind = type(self.credentials).__name__ if self.credentials is not None else None
        return f"AuthState(credentials={kind}, logged_in={self.logged_in}, cookies={len(self._cookies.jar)})"

    @property
    def logged_in(self) -> bool:
        """True while the client holds the token of a login."""
        return self._session_token is not None and self.credentials is self._session_token

    def send_cookies(self, request: httpx.Request) -> None:
        """Add the session cookies that match ``request`` as its ``Cookie`` header."""
        if len(self._cookies.jar):
            self._cookies.set_cookie_header(request)

    def keep(
        self, session: SessionSpec, response: httpx.Response, token: str, provider: TokenProvider
    ) -> None:
        """Hold ``token`` (a login's or a refresh's) as the bearer credentials, and the cookies set."""
        received = httpx.Cookies()
        received.extract_cookies(response)
        for cookie in received.jar:
            if session.cookie is None or cookie.name == session.cookie:
                self._cookies.jar.set_cookie(cookie)
        if self.logged_in:
            assert self._session_token is not None
            self._session_token.token = Secret(token)
            return
        self._session_token = BearerToken(Secret(token), provider=provider)
        self.credentials = self._session_token

    def end(self) -> None:
        """Forget the session: its token and cookies. An API key the client was created with stays."""
        self._cookies.clear()
        if self._session_token is not None and self.credentials is self._session_token:
            self._session_token.token = None
        self._session_token = None
        self.credentials = self._initial if isinstance(self._initial, ApiKeyCredentials) else None


def session_token(api: ApiDescription, session: SessionSpec, response: httpx.Response) -> str | None:
    """The token a login or refresh returned (None when its data holds none)."""
    data, _ = read_envelope(api, response, "", empty_ok=True)
    token = data.get(session.result_field) if isinstance(data, dict) else None
    return token if isinstance(token, str) and token else None
