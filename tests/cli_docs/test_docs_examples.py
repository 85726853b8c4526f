"""Every example in the generated API reference runs, as written, against the local exchange.

The exchange is reset before each example and given the objects the spec's examples name
(`_example_state`: order 2022543809547603968, condition order ...969, strategy ...970, API
key 1001, the agent ticket and embed token), so an order example really places, amends or
cancels. Each example runs with one auth mode, alternating between API key and JWT
(JWT-only operations with JWT), one run per example; Python examples run in this process.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sixmm.testing import FakeExchange
from tests.support.cli import cli_environment, install_shim
from tests.support.paths import GENERATED

DOCS = GENERATED / "docs"
_BLOCK = re.compile(r"^```(python|sh)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for index, match in enumerate(_BLOCK.finditer(page.read_text(encoding="utf-8"))):
            found.append((f"{page.stem}-{index}-{match[1]}", match[1], match[2]))
    return found


# A command line is one process: refresh-token needs the refresh cookie of a login made in it,
# which the command line makes when the username and password are in the environment (the
# Python examples log in first, as the reference shows).
NEEDS_A_LOGIN = ("sixmm public refresh-token",)
JWT_ONLY_CALLS = ("client.api_key.", "client.user.logout(", "sixmm api-key ", "sixmm user logout")


EXAMPLES = _examples()


def test_the_reference_has_examples_for_every_operation() -> None:
    pages = "".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    from sixmm._api import operation_specs

    operations = list(operation_specs().values())
    assert len(operations) == 53
    for operation in operations:
        assert f"`{operation.method} {operation.path}`" in pages
    languages = [language for name, language, _ in EXAMPLES if not name.startswith(("features-", "streams-"))]
    assert languages.count("python") == 2 * len(operations) and languages.count("sh") == len(operations)


def test_the_features_page_is_in_the_package_readme_and_has_examples() -> None:
    page = (DOCS / "features.md").read_text(encoding="utf-8")
    body = page.split("# Client features\n", 1)[1].strip()
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    assert "## Client features\n\n" + body in readme
    features = ["ListenKeyManager", "with_raw_response", "with_options", "retry_after", "iter_"]
    features.append("FakeExchange")
    for word in features:
        assert word in body, word
    assert sum(1 for name, _, _ in EXAMPLES if name.startswith("features-")) >= 8


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


def _example_state(ex: FakeExchange) -> None:
    """A fresh exchange holding the objects the spec's examples name, with their ids."""
    ex.reset()
    book = ex.book
    book.place({"symbol": "BTCUSDT", "type": "LIMIT", "side": "BUY", "price": "85000", "quantity": "0.1"})
    stop = {
        "symbol": "BTCUSDT",
        "type": "STOP_MARKET",
        "side": "SELL",
        "quantity": "0.1",
        "stopPrice": "80000",
    }
    book.place_condition(stop)
    first = {"strategySubId": 1, "symbol": "BTCUSDT", "type": "LIMIT", "side": "BUY", "price": "80000"}
    second = {**stop, "strategySubId": 2, "firstDrivenId": 1, "stopPrice": "79000", "reduceOnly": True}
    book.place_strategy("OTO", [{**first, "quantity": "0.1"}, second])
    ex.keys.create("example", 3, [])
    ex.sessions.issue_ticket("tkt-7f3a9c")
    ex.sessions.issue_embed_token("emb-51c2d0")


def test_the_example_state_has_the_spec_s_ids(exchange: FakeExchange) -> None:
    _example_state(exchange)
    assert str(next(iter(exchange.book.orders))) == "2022543809547603968"
    assert str(next(iter(exchange.book.conditions))) == "2022543809547603969"
    assert str(next(iter(exchange.book.strategies))) == "2022543809547603970"
    assert exchange.keys.listing()[0]["id"] == "1001"


@pytest.mark.parametrize(
    ("name", "language", "code", "auth"),
    [
        (*example, "jwt" if index % 2 or any(c in example[2] for c in JWT_ONLY_CALLS) else "api-key")
        for index, example in enumerate(EXAMPLES)
    ],
    ids=[e[0] for e in EXAMPLES],
)
def test_example_runs(
    name: str,
    language: str,
    code: str,
    auth: str,
    exchange: FakeExchange,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _example_state(exchange)
    credentials = (
        {"SIXMM_API_KEY": exchange.api_key, "SIXMM_API_SECRET": exchange.api_secret}
        if auth == "api-key"
        else {"SIXMM_ACCESS_TOKEN": exchange.access_token}
    )
    if language == "sh" and any(call in code for call in NEEDS_A_LOGIN):
        sessions = exchange.sessions
        credentials = {"SIXMM_USERNAME": sessions.username, "SIXMM_PASSWORD": sessions.password}
    env = cli_environment(exchange.url, credentials, extra_path=install_shim(tmp_path / "bin"))
    env["SIXMM_STREAM_URL"] = exchange.ws_url
    if language == "python":
        # In this process (a script run as written, without the interpreter's start-up cost).
        for key in [k for k in os.environ if k.startswith("SIXMM_")]:
            monkeypatch.delenv(key)
        for key, value in env.items():
            if key.startswith("SIXMM_"):
                monkeypatch.setenv(key, value)
        exec(compile(code, name, "exec"), {"__name__": "__main__"})
        if name.startswith("streams-"):
            # The stream example prints the first message: the depth snapshot a subscription gets.
            assert capsys.readouterr().out.startswith("market.depth.BTCUSDT ")
        return
    command = ["bash", "-euo", "pipefail", "-c", code]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, f"{name} failed:\n{code}\n--- stderr ---\n{result.stderr}"
    assert "Error" not in result.stderr
