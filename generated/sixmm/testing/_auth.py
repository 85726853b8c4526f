# Copied from extras/testing/_auth.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Authentication exactly as the 6MM docs describe it: a JWT, or an API key with an HMAC signature.

API-key requests (``X-API-KEY`` present) are checked over the raw bytes as received:

* the query string must end with ``&signature=<64 lower-case hex>`` (or be only
  ``signature=...``, which then has nothing signed and no timestamp);
* the signature must be HMAC-SHA256, keyed with the API secret, of the query string
  without that trailing part, immediately followed by the raw body bytes;
* the signed part must hold exactly one ``timestamp`` (Unix ms) within ±10 s of the
  exchange clock.

Without ``X-API-KEY`` the request needs ``Authorization: Bearer <jwt>`` with a token the
exchange issued. Every failure is answered with HTTP 401 and one of: 1001 (no valid
auth information: no credentials, no signature, no or malformed timestamp, and a stale
timestamp with the message "Timestamp outside of tolerance window"), 1002 (token
expired), 1003 (unknown API key, bad signature, invalid token) or 1004 (token revoked).
"""

from __future__ import annotations

import hmac
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from hashlib import sha256
from typing import Final, Literal

from ._clock import ExchangeClock
from ._envelope import INVALID_CREDENTIALS, MISSING_AUTH, EnvelopeError
from ._jwt import TokenError, TokenIssuer

__all__ = [
    "Authenticator",
    "Principal",
    "ReplayGuard",
    "TIMESTAMP_OUTSIDE_WINDOW",
    "TOLERANCE_MS",
    "ORDER_PATH_PREFIX",
]

TIMESTAMP_OUTSIDE_WINDOW: Final = "Timestamp outside of tolerance window"
TOLERANCE_MS: Final = 10_000
ORDER_PATH_PREFIX: Final = "/v1/private/order"
SIGNATURE_REPLAY: Final = "Signature replay detected"
DUPLICATE_REQUEST: Final = 3004

_SIGNED_QUERY = re.compile(rb"\A(?:(?P<unsigned>.*)&)?signature=(?P<signature>[^&]*)\Z", re.DOTALL)
_HEX64 = re.compile(rb"\A[0-9a-f]{64}\Z")
_DIGITS = re.compile(rb"\A-?[0-9]{1,19}\Z")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request was authenticated as, and how."""

    user_id: str
    method: Literal["jwt", "api_key"]
    api_key: str | None = None


def _refuse(code: int, message: str) -> EnvelopeError:
    return EnvelopeError(code, message, http_status=401)


class Authenticator:
    """Checks the credentials of private requests against the exchange's keys, tokens and clock."""

    def __init__(
        self,
        *,
        clock: ExchangeClock,
        tokens: TokenIssuer,
        user_id: str,
        api_keys: Mapping[str, str],
        tolerance_ms: int = TOLERANCE_MS,
    ) -> None:
        self._clock = clock
        self._tokens = tokens
        self._user_id = user_id
        self.api_keys = api_keys
        self.tolerance_ms = tolerance_ms

    def authenticate(self, headers: Mapping[str, str], query_string: bytes, body: bytes) -> Principal:
        """The principal of a request, or `EnvelopeError` (HTTP 401) with the documented code.

        ``headers`` are keyed by lower-case name; ``query_string`` and ``body`` are the
        bytes exactly as received.
        """
        api_key = headers.get("x-api-key")
        if api_key is not None:
            return self._api_key(api_key, query_string, body)
        authorization = headers.get("authorization")
        if authorization is None:
            raise _refuse(MISSING_AUTH, "no valid auth information")
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise _refuse(MISSING_AUTH, "no valid auth information: expected a Bearer token")
        try:
            claims = self._tokens.verify(token)
        except TokenError as exc:
            raise _refuse(exc.code, exc.message) from exc
        if claims.sub != self._user_id:
            raise _refuse(INVALID_CREDENTIALS, "invalid token: unknown user")
        return Principal(claims.sub, "jwt")

    def _api_key(self, api_key: str, query_string: bytes, body: bytes) -> Principal:
        secret = self.api_keys.get(api_key)
        if secret is None:
            raise _refuse(INVALID_CREDENTIALS, "invalid API key")
        match = _SIGNED_QUERY.match(query_string)
        if match is None:
            if b"signature=" in query_string:
                raise _refuse(INVALID_CREDENTIALS, "invalid signature: it must be the last parameter")
            raise _refuse(MISSING_AUTH, "no valid auth information: signature missing")
        signature = match.group("signature")
        unsigned = match.group("unsigned") or b""
        if not _HEX64.match(signature):
            raise _refuse(INVALID_CREDENTIALS, "invalid signature: expected 64 lower-case hex digits")
        expected = hmac.new(secret.encode("utf-8"), unsigned + body, sha256).hexdigest().encode("ascii")
        if not hmac.compare_digest(expected, signature):
            raise _refuse(INVALID_CREDENTIALS, "invalid signature")
        pairs = (part.partition(b"=") for part in unsigned.split(b"&"))
        timestamps = [value for name, _, value in pairs if name == b"timestamp"]
        if not timestamps:
            raise _refuse(MISSING_AUTH, "no valid auth information: timestamp missing")
        if len(timestamps) > 1 or not _DIGITS.match(timestamps[0]):
            raise _refuse(MISSING_AUTH, "no valid auth information: timestamp must be one integer (Unix ms)")
        if abs(self._clock.now() - int(timestamps[0])) > self.tolerance_ms:
            raise _refuse(MISSING_AUTH, TIMESTAMP_OUTSIDE_WINDOW)
        return Principal(self._user_id, "api_key", api_key)


class ReplayGuard:
    """The replay check of order paths: a signature seen within the tolerance window is refused.

    The docs name only the message ("Signature replay detected"); the code is 3004, the
    documented "duplicate request" whose troubleshooting entry is about reused signatures.
    A signature counts as reused on the same method and path: the signed payload leaves the
    path out, so two different parameterless calls in one millisecond sign alike (an
    assumption; the docs do not say).
    """

    def __init__(self, window_ms: int) -> None:
        self.window_ms = window_ms
        self._seen: dict[tuple[str, str, bytes], int] = {}
        self._lock = threading.Lock()

    def check(self, method: str, path: str, query_string: bytes, now: int) -> None:
        """Remember the request's signature; `EnvelopeError` 3004 if it was seen in the window."""
        match = _SIGNED_QUERY.match(query_string)
        if match is None:
            return
        signature = (method, path, match.group("signature"))
        with self._lock:
            self._seen = {s: t for s, t in self._seen.items() if now - t <= 2 * self.window_ms}
            if signature in self._seen:
                raise EnvelopeError(DUPLICATE_REQUEST, SIGNATURE_REPLAY)
            self._seen[signature] = now

    def reset(self) -> None:
        """Forget every signature seen."""
        with self._lock:
            self._seen.clear()
