"""Secrets in a response never reach an error: the body excerpt masks ``format: password`` fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sixmm import Client, DecodeError
from sixmm._api import API
from sixmm._response import body_excerpt
from sixmm.testing import FakeExchange
from tests.support.clients import envelope, local_exchange

SECRET = "TOPSECRET-abcdef0123456789"


def test_the_spec_s_password_fields_are_the_secret_fields() -> None:
    assert API.secret_fields == frozenset({"accessToken", "apiSecret", "password"})


@pytest.mark.parametrize(
    "body",
    [
        '{"apiSecret":"' + SECRET + '"}',
        '{"apiSecret" : "' + SECRET + '", "apiKey": 1}',
        '{"data":{"apiSecret":"x\\"' + SECRET + '\\\\"}}',
        '{"apiSecret":"' + SECRET,  # cut before its closing quote
        '{"apiSecret":"' + SECRET + "\\",  # cut inside an escape
    ],
)
def test_secret_values_are_masked(body: str) -> None:
    excerpt = body_excerpt(body.encode(), frozenset({"apiSecret", "password"}))
    assert "TOPSECRET" not in excerpt and '"apiSecret"' in excerpt and "<redacted>" in excerpt


def test_other_fields_are_kept() -> None:
    body = b'{"apiKey":"fx_1","label":"apiSecret","passwordHint":"' + SECRET.encode() + b'"}'
    assert body_excerpt(body, frozenset({"apiSecret", "password"})) == body.decode()


@given(st.text(max_size=60))
def test_any_secret_text_is_masked(secret: str) -> None:
    import json

    body = json.dumps({"a": 1, "apiSecret": secret, "b": "c"}).encode()
    excerpt = body_excerpt(body, frozenset({"apiSecret"}))
    assert excerpt == '{"a": 1, "apiSecret": "<redacted>", "b": "c"}'


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with local_exchange() as ex:
        yield ex


def test_a_malformed_answer_carrying_a_secret_raises_without_it(exchange: FakeExchange) -> None:
    exchange.reset()
    data = {"apiKey": 123, "apiSecret": SECRET, "label": "bot", "permissions": 1}
    exchange.faults.reply("createApiKey", 200, envelope(0, "success", data=data))
    client = Client(base_url=exchange.url, access_token=exchange.access_token, time_sync_interval=None)
    with client, pytest.raises(DecodeError) as caught:
        client.api_key.create(label="bot")
    error = caught.value
    assert error.request_id and "apiSecret" in (error.body_excerpt or "")
    for text in (str(error), repr(error), error.body_excerpt or ""):
        assert SECRET not in text
