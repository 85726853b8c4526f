"""The sixmm command line, run in a subprocess against the local exchange."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal

import pytest

import sixmm
from sixmm.testing import FakeExchange
from tests.support.cli import cli_environment, run_cli

CANARY_SECRET = "CANARY-SECRET-cli-5d1f0a"
CANARY_TOKEN = "CANARY-TOKEN-cli-7c2e1b"


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


@pytest.fixture
def env(exchange: FakeExchange) -> dict[str, str]:
    return cli_environment(
        exchange.url, {"SIXMM_API_KEY": exchange.api_key, "SIXMM_API_SECRET": exchange.api_secret}
    )


def test_help_lists_groups_commands_and_exit_codes(env: dict[str, str]) -> None:
    top = run_cli("--help", env=env)
    assert top.returncode == 0
    assert "user" in top.stdout and "listen-key" in top.stdout and "public" in top.stdout
    assert "exit status:" in top.stdout and "authentication error" in top.stdout
    group = run_cli("user", "--help", env=env)
    assert "get-account-change-log" in group.stdout and "save-favorite-symbols" in group.stdout
    command = run_cli("user", "get-balance-history", "--help", env=env)
    assert "--period {1D,1W,1M}" in command.stdout
    assert "(default: 30)" in command.stdout
    assert "Get balance history" in command.stdout


def test_json_output_uses_wire_names_and_exact_decimals(env: dict[str, str], exchange: FakeExchange) -> None:
    result = run_cli("user", "get-asset", env=env)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    with sixmm.Client(
        base_url=exchange.url, api_key=exchange.api_key, api_secret=exchange.api_secret
    ) as client:
        expected = client.user.get_asset().user_asset
    assert printed["userAsset"]["walletBalance"] == str(expected.wallet_balance)
    assert isinstance(printed["userAsset"]["walletBalance"], str)
    assert Decimal(printed["userAsset"]["walletBalance"]) == expected.wallet_balance


def test_options_after_the_command_and_table_output(env: dict[str, str]) -> None:
    result = run_cli(
        "user",
        "get-account-change-log",
        "--asset-type",
        "USDT",
        "--page-size",
        "5",
        "--output",
        "table",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    block, rows = result.stdout.split("\n\n")
    assert block.split() == ["total", block.split()[1]] and int(block.split()[1]) >= 5
    lines = rows.splitlines()
    assert lines[0] == "list:"
    assert lines[1].split()[:2] == ["assetType", "amount"]
    assert len(lines) == 7 and all(line.startswith("USDT") for line in lines[2:])


def _table_cells(text: str) -> dict[str, str]:
    """A key/value block as printed: ``key  value`` per line."""
    return dict(line.split(None, 1) for line in text.splitlines() if line.strip())


def test_tables_show_every_field(env: dict[str, str], exchange: FakeExchange) -> None:
    exchange.clock.freeze()  # the trend's snapshot times follow the clock: same answer twice
    try:
        with sixmm.Client(
            base_url=exchange.url, api_key=exchange.api_key, api_secret=exchange.api_secret
        ) as client:
            overview = client.user.get_trade_overview(type="1W").model_dump(mode="json", by_alias=True)
            info = client.user.get_info().model_dump(mode="json", by_alias=True)

        printed = run_cli("user", "get-trade-overview", "--type", "1W", "--output", "table", env=env)
        assert printed.returncode == 0, printed.stderr
        block, rows = printed.stdout.split("\n\n")
        summary = {key: value for key, value in overview.items() if key != "items"}
        assert _table_cells(block) == {key: str(value) for key, value in summary.items()}
        lines = rows.splitlines()
        assert lines[0] == "items:"
        assert lines[1].split() == list(overview["items"][0])
        assert [line.split() for line in lines[2:]] == [
            [str(value) for value in item.values()] for item in overview["items"]
        ]
    finally:
        exchange.clock.resume()
    printed = run_cli("user", "get-info", "--output", "table", env=env)
    assert printed.returncode == 0, printed.stderr
    assert _table_cells(printed.stdout) == {f"userInfo.{k}": str(v) for k, v in info["userInfo"].items()}


def test_field_takes_a_dotted_path_and_an_empty_result_prints_nothing(env: dict[str, str]) -> None:
    asset = json.loads(run_cli("user", "get-asset", env=env).stdout)
    picked = run_cli("user", "get-asset", "--field", "userAsset.walletBalance", env=env)
    assert picked.returncode == 0 and picked.stdout == asset["userAsset"]["walletBalance"] + "\n"
    missing = run_cli("user", "get-asset", "--field", "userAsset.nope", env=env)
    assert missing.returncode == 2 and "userAsset.nope" in missing.stderr
    saved = run_cli("user", "save-favorite-symbols", "--symbols", "BTCUSDT", env=env)
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout == ""


def test_raw_prints_the_envelope(env: dict[str, str]) -> None:
    result = run_cli("--raw", "user", "get-volume-stats", env=env)
    envelope = json.loads(result.stdout)
    assert envelope["code"] == 0 and "requestId" in envelope and "volume30d" in envelope["data"]


def test_field_prints_one_value(env: dict[str, str]) -> None:
    result = run_cli("listen-key", "create", "--field", "listenKey", env=env)
    assert result.returncode == 0 and len(result.stdout.strip()) >= 16 and "{" not in result.stdout


def test_all_streams_every_page(env: dict[str, str], exchange: FakeExchange) -> None:
    with sixmm.Client(
        base_url=exchange.url, api_key=exchange.api_key, api_secret=exchange.api_secret
    ) as client:
        total = client.user.get_account_change_log(asset_type="USDT", page_size=1).total
    result = run_cli(
        "user", "get-account-change-log", "--asset-type", "USDT", "--page-size", "7", "--all", env=env
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == total > 7
    assert all(row["assetType"] == "USDT" for row in rows)
    assert result.stderr == "", "no progress output when stderr is not a terminal"


def test_body_lists_and_enum_choices(env: dict[str, str]) -> None:
    saved = run_cli("user", "save-favorite-symbols", "--symbols", "BTCUSDT", "ETHUSDT", env=env)
    assert saved.returncode == 0, saved.stderr
    shown = json.loads(run_cli("user", "get-favorite-symbols", env=env).stdout)
    assert shown == {"symbols": ["BTCUSDT", "ETHUSDT"]}
    wrong = run_cli("user", "get-balance-history", "--period", "2Y", env=env)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_exit_status_by_error_family_and_no_secret_printed(exchange: FakeExchange) -> None:
    bad_secret = cli_environment(
        exchange.url, {"SIXMM_API_KEY": exchange.api_key, "SIXMM_API_SECRET": CANARY_SECRET}
    )
    auth = run_cli("user", "get-info", env=bad_secret)
    assert auth.returncode == 4
    assert auth.stderr.startswith("error: AuthenticationError code=1003 http_status=")
    assert "request_id=" in auth.stderr

    good = cli_environment(
        exchange.url, {"SIXMM_API_KEY": exchange.api_key, "SIXMM_API_SECRET": exchange.api_secret}
    )
    invalid = run_cli("user", "get-account-change-log", "--page-size", "5000", env=good)
    assert invalid.returncode == 5 and "code=2003" in invalid.stderr

    missing = run_cli("user", "get-info", env=cli_environment(exchange.url, {}))
    assert missing.returncode == 3 and "CredentialsError" in missing.stderr

    down = run_cli(
        "--max-retries",
        "0",
        "user",
        "get-info",
        env=cli_environment(f"http://127.0.0.1:{_closed_port()}", {"SIXMM_ACCESS_TOKEN": CANARY_TOKEN}),
    )
    assert down.returncode == 10 and "APIConnectionError" in down.stderr

    bad_token = run_cli(
        "--access-token", CANARY_TOKEN, "user", "get-info", env=cli_environment(exchange.url, {})
    )
    assert bad_token.returncode == 4
    for result in (auth, invalid, missing, down, bad_token):
        for secret in (CANARY_SECRET, CANARY_TOKEN, exchange.api_secret):
            assert secret not in result.stdout + result.stderr


@pytest.mark.parametrize("output", ["json", "table"])
def test_a_closed_pipe_ends_quietly(env: dict[str, str], output: str) -> None:
    """``sixmm ... | head``: the reader is gone before anything is written (its end is closed here)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sixmm", "user", "get-account-change-log", "--all", "--output", output],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert stderr == ""


def test_public_commands_need_no_credentials(exchange: FakeExchange) -> None:
    nothing = cli_environment(exchange.url, {})
    time = run_cli("public", "get-server-time", env=nothing)
    assert time.returncode == 0, time.stderr
    assert isinstance(json.loads(time.stdout)["timestampMs"], int)
    version = run_cli("public", "get-version", env=nothing)
    assert version.returncode == 0, version.stderr
    needs_auth = run_cli("user", "get-asset", env=nothing)
    assert needs_auth.returncode == 3
    assert "getAsset needs credentials" in needs_auth.stderr and "Traceback" not in needs_auth.stderr


def test_keepalive_renews_until_interrupted(env: dict[str, str]) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sixmm",
            "listen-key",
            "keepalive",
            "--renew-interval",
            "0.2",
            "--close-on-exit",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    try:
        while sum(line.startswith("renewed ") for line in lines) < 2:
            line = process.stdout.readline()
            assert line, f"keepalive ended early: {lines} {process.stderr.read() if process.stderr else ''}"
            lines.append(line)
        process.send_signal(signal.SIGINT)
        remaining, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert lines[0].startswith("key ")
    key = lines[0].split()[1]
    assert all(line.split()[1] == key for line in lines if line.startswith("renewed "))
    assert "stopped" in remaining
    assert process.returncode == 130


def test_a_username_and_password_in_the_environment_run_a_command_logged_in(exchange: FakeExchange) -> None:
    exchange.requests.clear()
    login = {"SIXMM_USERNAME": exchange.sessions.username, "SIXMM_PASSWORD": exchange.sessions.password}
    result = run_cli("api-key", "list-keys", env=cli_environment(exchange.url, login))
    assert result.returncode == 0, result.stderr
    assert [r.operation_id for r in exchange.requests] == ["login", "listApiKeys", "logout"]
    assert exchange.sessions.password not in result.stdout + result.stderr
    only_name = cli_environment(exchange.url, {"SIXMM_USERNAME": "alice_trader"})
    half = run_cli("api-key", "list-keys", env=only_name)
    assert half.returncode == 3 and "SIXMM_PASSWORD" in half.stderr
    help_text = run_cli("--help", env=cli_environment(exchange.url, {})).stdout
    assert "SIXMM_USERNAME and SIXMM_PASSWORD" in help_text
