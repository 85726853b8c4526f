"""Credentials for an API that does not sign: gaps found by `make mutation` (issue 17).

Our spec signs every API-key request, so the branch for an API whose key is sent alone
(no `x-signature`, ``secret_required=False``) was never taken by a test.
"""

from __future__ import annotations

import pytest

from sixmm import CredentialsError
from sixmm._credentials import ApiKeyCredentials, Credentials, resolve_credentials


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
