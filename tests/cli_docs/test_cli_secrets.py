"""Secrets a command returns are shown to its user, and nowhere else.

`api-key create` returns the API secret only once and `public login` a JWT: the command's
output shows them in clear (masked, the key would be lost). The Python models keep them as
`SecretStr`, so a repr or a log line of a result never shows them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from sixmm import Client
from sixmm.testing import FakeExchange
from tests.support.cli import cli_environment, run_cli


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


def test_api_key_create_prints_the_secret_it_returns_once(exchange: FakeExchange) -> None:
    env = cli_environment(exchange.url, {"SIXMM_ACCESS_TOKEN": exchange.access_token})
    result = run_cli("api-key", "create", "--label", "cli-bot", env=env)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert "*" not in printed["apiSecret"] and len(printed["apiSecret"]) >= 16
    # The secret printed is the one that signs: the exchange accepts it.
    with Client(
        base_url=exchange.url,
        api_key=printed["apiKey"],
        api_secret=printed["apiSecret"],
        clock=exchange.clock.now,
        time_sync_interval=None,
    ) as client:
        assert client.user.get_info().user_info.username
    table = run_cli("api-key", "create", "--label", "cli-bot-2", "--output", "table", env=env)
    assert table.returncode == 0 and "**********" not in table.stdout


def test_login_prints_the_token_and_the_model_masks_it(exchange: FakeExchange) -> None:
    env = cli_environment(exchange.url, {})
    result = run_cli(
        "public",
        "login",
        "--username",
        "alice_trader",
        "--password",
        "correct-horse",
        "--field",
        "accessToken",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    assert token.count(".") == 2 and "*" not in token
    with Client(base_url=exchange.url) as client:
        session = client.public.login(username="alice_trader", password="correct-horse")
        assert token.split(".")[0] == session.access_token.get_secret_value().split(".")[0]
        for text in (repr(session), str(session), session.model_dump_json()):
            assert session.access_token.get_secret_value() not in text


def test_secrets_nested_in_models_and_lists_are_shown_too() -> None:
    from pydantic import BaseModel, Field, SecretStr

    from sixmm._cli import _jsonable

    class Key(BaseModel):
        api_secret: SecretStr = Field(alias="apiSecret")

    class Holder(BaseModel):
        key: Key
        keys: list[Key]

    held = Holder(key=Key(apiSecret="s1"), keys=[Key(apiSecret="s2")])
    assert _jsonable(held) == {"key": {"apiSecret": "s1"}, "keys": [{"apiSecret": "s2"}]}
