"""HS256 JSON Web Tokens, issued and verified with the standard library only.

Tokens carry the claims ``sub`` (the user id), ``iat`` and ``exp`` (Unix seconds of the
exchange clock) and ``jti`` (a random id, so single tokens can be revoked). Verification
failures map to the documented error codes: 1002 expired, 1003 invalid, 1004 revoked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._clock import ExchangeClock

__all__ = ["TokenError", "TokenClaims", "TokenIssuer", "encode", "decode"]

_HEADER = {"alg": "HS256", "typ": "JWT"}


class TokenError(Exception):
    """A bearer token was refused; ``code`` is the documented error code."""

    def __init__(self, code: int, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """The verified claims of a token."""

    sub: str
    iat: int
    exp: int
    jti: str


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    if not text or any(c not in _B64_CHARS for c in text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _sign(signing_input: bytes, secret: bytes) -> str:
    return _b64encode(hmac.new(secret, signing_input, hashlib.sha256).digest())


def encode(claims: Mapping[str, Any], secret: bytes) -> str:
    """A compact HS256 JWT of ``claims`` signed with ``secret``."""
    header = _b64encode(json.dumps(_HEADER, separators=(",", ":")).encode("utf-8"))
    payload = _b64encode(json.dumps(dict(claims), separators=(",", ":")).encode("utf-8"))
    signing_input = f"{header}.{payload}"
    return f"{signing_input}.{_sign(signing_input.encode('ascii'), secret)}"


def decode(token: str, secret: bytes) -> dict[str, Any]:
    """The claims of ``token`` once its structure, algorithm and signature check out.

    Raises `TokenError` with code 1003 otherwise. Expiry is not checked here.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise TokenError(1003, "invalid token")
    header_b64, payload_b64, signature = parts
    try:
        header = json.loads(_b64decode(header_b64))
        payload = json.loads(_b64decode(payload_b64))
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise TokenError(1003, "invalid token") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        raise TokenError(1003, "invalid token: unsupported algorithm")
    expected = _sign(f"{header_b64}.{payload_b64}".encode("ascii"), secret)
    if not hmac.compare_digest(expected, signature):
        raise TokenError(1003, "invalid token: bad signature")
    if not isinstance(payload, dict):
        raise TokenError(1003, "invalid token")
    return payload


def _int_claim(claims: Mapping[str, Any], name: str) -> int:
    value = claims.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TokenError(1003, f"invalid token: claim {name!r} missing or not an integer")
    return value


class TokenIssuer:
    """Issues and verifies the exchange's access tokens against its clock."""

    def __init__(self, clock: ExchangeClock, secret: bytes | None = None) -> None:
        self._clock = clock
        self._secret = secret if secret is not None else secrets.token_bytes(32)
        self._revoked: set[str] = set()
        self._expired: set[str] = set()
        self._lock = threading.Lock()

    def issue(self, subject: str, ttl_seconds: int = 86_400) -> str:
        """A token for ``subject`` valid ``ttl_seconds`` from now on the exchange clock."""
        if ttl_seconds < 0:
            raise ValueError("ttl_seconds must not be negative")
        now = self._clock.now_seconds()
        claims = {"sub": subject, "iat": now, "exp": now + ttl_seconds, "jti": secrets.token_hex(8)}
        return encode(claims, self._secret)

    def verify(self, token: str) -> TokenClaims:
        """The claims of a valid token; `TokenError` 1003 (invalid), 1002 (expired) or 1004 (revoked)."""
        claims = decode(token, self._secret)
        sub = claims.get("sub")
        jti = claims.get("jti")
        if not isinstance(sub, str) or not isinstance(jti, str):
            raise TokenError(1003, "invalid token: claims 'sub' and 'jti' must be strings")
        verified = TokenClaims(sub, _int_claim(claims, "iat"), _int_claim(claims, "exp"), jti)
        with self._lock:
            revoked = verified.jti in self._revoked
            expired = verified.jti in self._expired
        if revoked:
            raise TokenError(1004, "token revoked")
        if expired or self._clock.now() >= verified.exp * 1000:
            raise TokenError(1002, "token expired")
        return verified

    def revoke(self, token: str) -> None:
        """Refuse ``token`` from now on (code 1004). It must be a token this issuer signed."""
        claims = decode(token, self._secret)
        jti = claims.get("jti")
        if not isinstance(jti, str):
            raise ValueError("not a token of this exchange")
        with self._lock:
            self._revoked.add(jti)

    def expire(self, token: str) -> None:
        """Treat ``token`` as expired from now on (code 1002), whatever the clock says."""
        claims = decode(token, self._secret)
        jti = claims.get("jti")
        if not isinstance(jti, str):
            raise ValueError("not a token of this exchange")
        with self._lock:
            self._expired.add(jti)

    def reset(self) -> None:
        """Forget revocations and expiries."""
        with self._lock:
            self._revoked.clear()
            self._expired.clear()
