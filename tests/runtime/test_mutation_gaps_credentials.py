"""Credentials for an API that does not sign, and for public operations: gaps found by
`make mutation` (issue 17).

Our spec signs every API-key request, so the branch for an API whose key is sent alone
(no `x-signature`, ``secret_required=False``) was never taken by a test; and nothing asked
that a public operation leaves a token provider alone (a mutant that asked it hung instead).
"""

from __future__ import annotations

import asyncio

import pytest

import sixmm
from sixmm import CredentialsError
from sixmm._credentials import ApiKeyCredentials, Credentials, resolve_credentials
from tests.support.clients import FLAVORS, Flavor
from tests.support.scripted import BASE_URL, ScriptedApi


def _unsigned(
    access_token: str | None = None, api_key: str | None = None, api_secret: str | None = None
) -> Credentials | None:
    return resolve_credentials(
        access_token=access_token,
        api_key=api_key,
        api_secret=api_secret,
        env_prefix="X_",
        environ={},
        secret_required=False,
    )


def test_an_api_that_does_not_sign_takes_a_key_alone() -> None:
    credentials = _unsigned(api_key="k-1")
    assert isinstance(credentials, ApiKeyCredentials)
    assert credentials.api_key.reveal() == "k-1" and credentials.api_secret is None


def test_an_api_that_does_not_sign_keeps_a_secret_that_is_given() -> None:
    credentials = _unsigned(api_key="k-1", api_secret="s-1")
    assert isinstance(credentials, ApiKeyCredentials)
    assert credentials.api_secret is not None and credentials.api_secret.reveal() == "s-1"


@pytest.mark.parametrize(
    ("api_secret", "named"),
    [(None, "an API key, not both"), ("s-1", "an API key and secret, not both")],
)
def test_a_key_and_a_token_together_are_refused_even_when_nothing_is_signed(
    api_secret: str | None, named: str
) -> None:
    with pytest.raises(CredentialsError) as raised:
        _unsigned(access_token="t-1", api_key="k-1", api_secret=api_secret)
    assert str(raised.value) == f"give either an access token or {named} (from arguments)"


def test_a_signing_api_still_wants_the_secret() -> None:
    with pytest.raises(CredentialsError, match="api_secret is missing"):
        resolve_credentials(access_token=None, api_key="k-1", api_secret=None, env_prefix="X_", environ={})


async def _public_call(flavor: Flavor, api: ScriptedApi, provider: object) -> None:
    options = {"base_url": BASE_URL, "access_token": provider, "max_retries": 0}
    try:
        if flavor == "sync":
            with sixmm.Client(http_client=api.sync_client(), **options) as client:  # type: ignore[arg-type]
                client.public.get_version()
        else:
            async with sixmm.AsyncClient(http_client=api.async_client(), **options) as aclient:  # type: ignore[arg-type]
                await aclient.public.get_version()
    finally:
        await api.aclose()


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_public_operation_never_asks_the_token_provider(flavor: Flavor) -> None:
    asked: list[str] = []

    def provider() -> str:
        asked.append("token")
        return "t-1"

    api = ScriptedApi().then_succeed("getVersion")
    asyncio.run(_public_call(flavor, api, provider))
    assert asked == []
    assert "Authorization" not in api.requests[0].headers
