# Copied from extras/testing/_accounts.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Logins (username and password, refresh cookie, logout), agent SSO and API keys.

The seeded user logs in with `Sessions.username` and `Sessions.password`; login answers
with a JWT and sets the ``refreshToken`` cookie (Assumption: the docs do not name the
cookie), which refresh-token exchanges for a new JWT and logout revokes together with the
JWT it was called with. Agent tickets and embed tokens are one-time: tests issue them
with `Sessions.issue_ticket` and `Sessions.issue_embed_token`.

API keys created through the API sign requests like the configured key (the one given to
`FakeExchange`, which has every permission, no whitelist and is not listed or deletable
through the API). Each carries a permission bitmask (1 Read, 2 Trade, 4 Withdraw), an
IP whitelist and a status; a disabled or deleted key is refused with 1003, a source
address outside the whitelist with 1006, a missing permission with 3006.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ._clock import ExchangeClock
from ._envelope import INVALID_CREDENTIALS, INVALID_PARAMETER, OUT_OF_RANGE, EnvelopeError
from ._jwt import TokenIssuer

__all__ = ["ApiKeyRecord", "ApiKeys", "Sessions", "READ", "TRADE", "MAX_API_KEYS", "REFRESH_COOKIE"]

READ: Final = 1
TRADE: Final = 2
ALL_PERMISSIONS: Final = 7
MAX_API_KEYS: Final = 30
REFRESH_COOKIE: Final = "refreshToken"
IP_MISMATCH: Final = 1006
PERMISSION_DENIED: Final = 3006


@dataclass(slots=True)
class ApiKeyRecord:
    """One API key."""

    id: str
    label: str
    api_key: str
    secret: str = field(repr=False)
    permissions: int
    ip_whitelist: list[str]
    created_at: int
    status: int = 1
    last_used_at: int = 0
    managed: bool = True

    def to_json(self) -> dict[str, Any]:
        """The key as listApiKeys sends it (never the secret)."""
        return {
            "id": self.id,
            "label": self.label,
            "apiKey": self.api_key,
            "permissions": self.permissions,
            "ipWhitelist": list(self.ip_whitelist),
            "status": self.status,
            "lastUsedAt": self.last_used_at,
            "createdAt": self.created_at,
        }


class ApiKeys(Mapping[str, str]):
    """The API keys, readable as ``{apiKey: secret}`` of the enabled ones (what signing needs)."""

    def __init__(self, clock: ExchangeClock, configured_key: str, configured_secret: str) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._configured = ApiKeyRecord(
            "0", "configured", configured_key, configured_secret, ALL_PERMISSIONS, [], 0, managed=False
        )
        self.reset()

    def reset(self) -> None:
        """Only the configured key."""
        with self._lock:
            self._keys: dict[str, ApiKeyRecord] = {self._configured.api_key: self._configured}
            self._next_id = 1001

    def __getitem__(self, key: str) -> str:
        record = self._keys.get(key)
        if record is None or record.status != 1:
            raise KeyError(key)
        return record.secret

    def __iter__(self) -> Iterator[str]:
        return iter([k for k, r in self._keys.items() if r.status == 1])

    def __len__(self) -> int:
        return sum(1 for r in self._keys.values() if r.status == 1)

    def record(self, api_key: str) -> ApiKeyRecord | None:
        """The key's record."""
        return self._keys.get(api_key)

    def authorize(self, api_key: str, permission: int, client_host: str | None) -> None:
        """Whitelist (1006) and permission (3006) of a request signed with ``api_key``."""
        record = self._keys.get(api_key)
        if record is None or record.status != 1:
            raise EnvelopeError(INVALID_CREDENTIALS, "invalid API key", http_status=401)
        if record.ip_whitelist and client_host not in record.ip_whitelist:
            raise EnvelopeError(IP_MISMATCH, "source IP mismatch", http_status=401)
        if permission and not record.permissions & permission:
            raise EnvelopeError(PERMISSION_DENIED, "permission denied")
        record.last_used_at = self._clock.now()

    def _managed(self) -> list[ApiKeyRecord]:
        return [r for r in self._keys.values() if r.managed]

    def create(self, label: str, permissions: int, whitelist: list[str]) -> ApiKeyRecord:
        """A new key with a fresh secret."""
        with self._lock:
            if len(self._managed()) >= MAX_API_KEYS:
                raise EnvelopeError(OUT_OF_RANGE, f"parameter out of range: at most {MAX_API_KEYS} API keys")
            record = ApiKeyRecord(
                str(self._next_id),
                label,
                f"fx_{secrets.token_hex(12)}",
                secrets.token_hex(16),
                permissions,
                whitelist,
                self._clock.now(),
            )
            self._next_id += 1
            self._keys[record.api_key] = record
            return record

    def find(self, key_id: str) -> ApiKeyRecord:
        """The managed key with id ``key_id``, or 2002."""
        for record in self._managed():
            if record.id == key_id:
                return record
        raise EnvelopeError(INVALID_PARAMETER, "invalid parameter value: API key does not exist")

    def delete(self, key_id: str) -> None:
        """Revoke one key."""
        with self._lock:
            del self._keys[self.find(key_id).api_key]

    def delete_all(self) -> int:
        """Revoke every managed key; how many."""
        with self._lock:
            managed = self._managed()
            for record in managed:
                del self._keys[record.api_key]
            return len(managed)

    def listing(self) -> list[dict[str, Any]]:
        """``list`` of listApiKeys, oldest first."""
        return [r.to_json() for r in self._managed()]


class Sessions:
    """Login sessions of the seeded user: refresh cookies and one-time SSO tickets."""

    def __init__(
        self, tokens: TokenIssuer, user_id: str, username: str, password: str, ttl_seconds: int = 86_400
    ) -> None:
        self._tokens = tokens
        self.user_id = user_id
        self.username = username
        self.password = password
        self.ttl_seconds = ttl_seconds
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """No sessions, no tickets."""
        with self._lock:
            self._refresh: dict[str, list[str]] = {}
            self._tickets: set[str] = set()
            self._embed: set[str] = set()

    def _session(self) -> tuple[dict[str, Any], str]:
        cookie = secrets.token_hex(16)
        token = self._tokens.issue(self.user_id, self.ttl_seconds)
        self._refresh[cookie] = [token]
        expire = self._tokens.verify(token).exp
        return {"accessToken": token, "accessExpire": expire}, cookie

    def login(self, username: str, password: str) -> tuple[dict[str, Any], str]:
        """``data`` of login and the refresh cookie value; 1003 for wrong credentials."""
        if not (
            secrets.compare_digest(username.encode("utf-8"), self.username.encode("utf-8"))
            and secrets.compare_digest(password.encode("utf-8"), self.password.encode("utf-8"))
        ):
            raise EnvelopeError(INVALID_CREDENTIALS, "invalid username or password")
        with self._lock:
            return self._session()

    def refresh(self, cookie: str | None) -> dict[str, Any]:
        """A new access token for the session of ``cookie``; 1003 when there is none."""
        with self._lock:
            tokens = self._refresh.get(cookie or "")
            if tokens is None:
                raise EnvelopeError(INVALID_CREDENTIALS, "invalid token: no login session", http_status=401)
            token = self._tokens.issue(self.user_id, self.ttl_seconds)
            tokens.append(token)
            return {"accessToken": token, "accessExpire": self._tokens.verify(token).exp}

    def logout(self, cookie: str | None, access_token: str | None) -> None:
        """Revoke the session of ``cookie`` (its tokens) and ``access_token``."""
        with self._lock:
            for token in self._refresh.pop(cookie or "", []):
                self._tokens.revoke(token)
            if access_token:
                self._tokens.revoke(access_token)

    def expire_tokens(self) -> int:
        """Expire (code 1002) every token the login sessions hold; their cookies still refresh.

        Returns how many tokens were expired."""
        with self._lock:
            tokens = [token for session in self._refresh.values() for token in session]
        for token in tokens:
            self._tokens.expire(token)
        return len(tokens)

    def issue_ticket(self, ticket: str | None = None) -> str:
        """A one-time agent ticket for exchangeAgentTicket (random unless given)."""
        ticket = ticket or f"tkt-{secrets.token_hex(6)}"
        with self._lock:
            self._tickets.add(ticket)
        return ticket

    def issue_embed_token(self, token: str | None = None) -> str:
        """A one-time embed token for exchangeAgentEmbedToken (random unless given)."""
        token = token or f"emb-{secrets.token_hex(6)}"
        with self._lock:
            self._embed.add(token)
        return token

    def exchange_ticket(self, ticket: str) -> dict[str, Any]:
        """``data`` of exchangeAgentTicket."""
        with self._lock:
            if ticket not in self._tickets:
                raise EnvelopeError(INVALID_CREDENTIALS, "invalid ticket")
            self._tickets.discard(ticket)
            data, _ = self._session()
        return {**data, "redirectPath": "/trade/BTCUSDT"}

    def exchange_embed_token(self, token: str) -> dict[str, Any]:
        """``data`` of exchangeAgentEmbedToken."""
        with self._lock:
            if token not in self._embed:
                raise EnvelopeError(INVALID_CREDENTIALS, "invalid embed token")
            self._embed.discard(token)
            data, _ = self._session()
        return data
