# Copied from generator/runtime/_credentials.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Credentials, resolved from arguments or the environment, that never show themselves."""

from __future__ import annotations

import os
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._exceptions import CredentialsError


class Secret:
    """A string that prints as ``'***'`` in reprs, logs and tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one place that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


TokenProvider = Callable[[], str | Awaitable[str]]
"""Returns a fresh access token; asked again when the server says the token expired."""


class BearerToken:
    """A JWT access token sent as ``Authorization: Bearer <token>``, fixed or from a provider.

    ``lock`` (and ``async_lock``, made by the async client) lets one caller at a time ask the
    provider, so calls that see the token expire together share one refresh.
    """

    __slots__ = ("async_lock", "lock", "provider", "token")

    def __init__(self, token: Secret | None = None, provider: TokenProvider | None = None) -> None:
        self.token = token
        self.provider = provider
        self.lock = threading.Lock()
        self.async_lock: Any = None

    @property
    def refreshable(self) -> bool:
        """True when a provider can be asked for a new token."""
        return self.provider is not None

    def stale(self, used: str | None) -> bool:
        """True unless another caller replaced the token since ``used`` was sent with a request."""
        return self.token is None or used is None or self.token.reveal() == used

    def __repr__(self) -> str:
        return f"BearerToken(token={self.token!r}, provider={'yes' if self.provider else 'no'})"


@dataclass(frozen=True, slots=True)
class ApiKeyCredentials:
    """An API key sent in a header, and the secret that signs each request (if the API signs)."""

    api_key: Secret
    api_secret: Secret | None


Credentials = BearerToken | ApiKeyCredentials


def resolve_credentials(
    *,
    access_token: str | TokenProvider | None,
    api_key: str | None,
    api_secret: str | None,
    env_prefix: str,
    environ: Mapping[str, str] | None = None,
    secret_required: bool = True,
) -> Credentials | None:
    """Credentials from the arguments, else from ``<PREFIX>ACCESS_TOKEN`` / ``API_KEY`` / ``API_SECRET``.

    Arguments win over the environment as a whole: passing any credential argument
    ignores the environment's credentials, so the two are never mixed. None when there
    are none at all: public operations need none, and the others raise when called.
    """
    if access_token is None and api_key is None and api_secret is None:
        env = os.environ if environ is None else environ
        access_token = env.get(f"{env_prefix}ACCESS_TOKEN") or None
        api_key = env.get(f"{env_prefix}API_KEY") or None
        api_secret = env.get(f"{env_prefix}API_SECRET") or None
        source = (
            f"environment variables {env_prefix}ACCESS_TOKEN / {env_prefix}API_KEY / {env_prefix}API_SECRET"
        )
    else:
        source = "arguments"
    if api_key is not None and api_secret is None and not secret_required:
        if access_token is not None:
            raise CredentialsError(f"give either an access token or an API key, not both (from {source})")
        return ApiKeyCredentials(Secret(api_key), None)
    if (api_key is None) != (api_secret is None):
        missing = "api_secret" if api_secret is None else "api_key"
        raise CredentialsError(f"API-key credentials are half given: {missing} is missing (from {source})")
    if api_key is not None and api_secret is not None:
        if access_token is not None:
            raise CredentialsError(
                f"give either an access token or an API key and secret, not both (from {source})"
            )
        return ApiKeyCredentials(Secret(api_key), Secret(api_secret))
    if callable(access_token):
        return BearerToken(provider=access_token)
    if access_token is not None:
        return BearerToken(Secret(access_token))
    return None


def wrong_credentials(kind: str, operation: str, accepts: frozenset[str]) -> CredentialsError:
    """The error for an operation that does not take the kind of credentials the client holds."""
    wanted = " or ".join(sorted(accepts))
    return CredentialsError(
        f"{operation} takes {wanted} credentials only; the client holds {kind} credentials"
    )


def missing_credentials(env_prefix: str, operation: str) -> CredentialsError:
    """The error for an operation that needs authentication, called by a client without credentials."""
    return CredentialsError(
        f"{operation} needs credentials and the client has none: pass access_token=..., or "
        f"api_key=... and api_secret=..., or set {env_prefix}ACCESS_TOKEN, or {env_prefix}API_KEY "
        f"and {env_prefix}API_SECRET"
    )
