"""Decimals, times and lists as a user passes and reads them, through the generated package.

Decimals: what the server sends as a plain decimal string comes back out as the same text
(model dumps, JSON dumps, the command line); what the spec's pattern forbids is a
`DecodeError` naming the field; decimal arguments are sent in plain notation and a float
is refused. Times: Unix-time arguments take an aware datetime. Lists: a str is refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sixmm
from generator.pipeline import build_tree
from sixmm import models
from sixmm._arguments import decimal_arg, list_arg, unix_time_arg
from sixmm._decimal import DECIMAL_PATTERN
from sixmm._wire import body_from_fields, encode_json, encode_query
from sixmm.testing import FakeExchange
from tests.support.cli import cli_environment, run_cli
from tests.support.clients import FIXED_MS, change_log_entry, envelope, local_exchange
from tests.support.spec_mutations import LOG, load_real_spec, write_spec_copy

DECIMALS = st.from_regex(DECIMAL_PATTERN, fullmatch=True)

# Strings the spec's pattern forbids, though Python's Decimal would read each of them.
FORBIDDEN = [
    "1e5",
    "1E+5",
    "1e999999999",
    "١٢٣",
    "007",
    "+1",
    ".5",
    "1.",
    " 1",
    "1_000",
    "NaN",
    "Infinity",
    "",
]


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with local_exchange() as ex:
        yield ex


@pytest.fixture
def server(exchange: FakeExchange) -> FakeExchange:
    exchange.reset()
    return exchange


def _client(server: FakeExchange) -> sixmm.Client:
    return sixmm.Client(
        base_url=server.url,
        api_key=server.api_key,
        api_secret=server.api_secret,
        clock=server.clock.now,
        time_sync_interval=None,
    )


def _asset(**fields: Any) -> dict[str, Any]:
    asset = {
        "userId": "u-1",
        "assetType": "USDT",
        "walletBalance": "1",
        "frozenMargin": "0",
        "usedMargin": "0",
    }
    asset.update(fields)
    return asset


def _asset_reply(wallet_balance: Any) -> bytes:
    return envelope(0, "success", data={"userAsset": _asset(walletBalance=wallet_balance)})


# --------------------------------------------------------------------------- decimals read


@settings(max_examples=300, deadline=None)
@given(text=DECIMALS)
def test_decimal_text_to_model_to_json_text_is_the_identity(text: str) -> None:
    wire = json.dumps(change_log_entry(amount=text, walletBalanceAfter=text), separators=(",", ":"))
    entry = models.AccountChangeLogEntry.model_validate_json(wire)
    assert entry.amount == Decimal(text)
    assert entry.model_dump_json(by_alias=True) == wire
    assert entry.model_dump(mode="json", by_alias=True) == json.loads(wire)
    assert entry.model_dump(mode="json")["wallet_balance_after"] == text
    assert isinstance(entry.model_dump()["amount"], Decimal)  # python mode keeps Decimal


@pytest.mark.parametrize(
    ("text", "dumped"), [("0.00000000", "0.00000000"), ("100000", "100000"), ("-0.10", "-0.10"), ("-0", "-0")]
)
def test_scale_and_sign_survive_the_dump(text: str, dumped: str) -> None:
    entry = models.AccountChangeLogEntry.model_validate(change_log_entry(amount=text))
    assert entry.model_dump_json(include={"amount"}) == f'{{"amount":"{dumped}"}}'


@pytest.mark.parametrize("text", FORBIDDEN)
def test_a_decimal_the_pattern_forbids_is_a_decode_error_naming_the_field(
    server: FakeExchange, text: str
) -> None:
    assert not re.fullmatch(DECIMAL_PATTERN, text)
    server.faults.reply("getAsset", 200, _asset_reply(text))
    with _client(server) as client, pytest.raises(sixmm.DecodeError) as caught:
        client.user.get_asset()
    assert "userAsset.walletBalance" in str(caught.value)
    assert caught.value.request_id


@pytest.mark.parametrize("value", [100000, 1.5, True, ["1"], {"v": "1"}])
def test_a_decimal_that_is_not_a_json_string_is_a_decode_error(server: FakeExchange, value: Any) -> None:
    server.faults.reply("getAsset", 200, _asset_reply(value))
    with _client(server) as client, pytest.raises(sixmm.DecodeError, match="walletBalance"):
        client.user.get_asset()


def test_cli_json_and_table_print_decimals_as_the_server_sent_them(server: FakeExchange) -> None:
    body = envelope(0, "success", data={"userAsset": _asset(walletBalance="0.00000000", usedMargin="100000")})
    env = cli_environment(
        server.url, {"SIXMM_API_KEY": server.api_key, "SIXMM_API_SECRET": server.api_secret}
    )
    server.faults.reply("getAsset", 200, body)
    printed = run_cli("user", "get-asset", env=env)
    assert printed.returncode == 0, printed.stderr
    assert '"walletBalance": "0.00000000"' in printed.stdout
    assert '"usedMargin": "100000"' in printed.stdout
    assert "E-8" not in printed.stdout and "E+5" not in printed.stdout
    server.faults.reply("getAsset", 200, body)
    table = run_cli("user", "get-asset", "--output", "table", env=env)
    assert table.returncode == 0, table.stderr
    assert "0.00000000" in table.stdout and "100000" in table.stdout and "E-8" not in table.stdout


# --------------------------------------------------------------------------- required response fields


@pytest.mark.parametrize("missing", ["walletBalance", "userId", "usedMargin"])
def test_a_response_lacking_a_documented_field_is_a_decode_error_naming_it(
    server: FakeExchange, missing: str
) -> None:
    asset = _asset()
    del asset[missing]
    server.faults.reply("getAsset", 200, envelope(0, "success", data={"userAsset": asset}))
    with (
        _client(server) as client,
        pytest.raises(sixmm.DecodeError, match=f"userAsset.{missing}: Field required"),
    ):
        client.user.get_asset()


def test_documented_response_fields_are_plain_types() -> None:
    fields = models.UserAsset.model_fields
    assert fields["wallet_balance"].is_required() and fields["user_id"].is_required()
    assert models.AccountChangeLogEntry.model_fields["created_at"].annotation is int
    assert not models.ServiceVersion.model_fields["version"].is_required()  # the docs leave it open


# --------------------------------------------------------------------------- decimals sent


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (Decimal("1E+5"), "100000"),
        (Decimal("0.10"), "0.10"),
        (Decimal("0E-8"), "0.00000000"),
        (Decimal("-12.5"), "-12.5"),
        ("0.10", "0.10"),
        ("100000", "100000"),
        (7, "7"),
    ],
)
def test_decimal_arguments_go_on_the_wire_in_plain_notation(value: Any, wire: str) -> None:
    converted = decimal_arg("price", value)
    assert encode_json(body_from_fields([("price", converted)])) == f'{{"price":"{wire}"}}'.encode()
    assert encode_query([("price", converted)]) == f"price={wire}"


def test_a_float_decimal_argument_is_a_type_error_that_says_why() -> None:
    with pytest.raises(
        TypeError, match=r"price: a float is not exact .*pass a Decimal or a str such as '0.1'"
    ):
        decimal_arg("price", 0.1)
    with pytest.raises(TypeError, match="price: expected a Decimal, str or int, got bool"):
        decimal_arg("price", True)


@pytest.mark.parametrize("text", FORBIDDEN)
def test_a_str_decimal_argument_must_be_a_plain_decimal(text: str) -> None:
    with pytest.raises(ValueError, match=r"price: .* is not a plain decimal"):
        decimal_arg("price", text)


def test_a_decimal_parameter_in_the_spec_is_checked_by_the_generated_method(tmp_path: Path) -> None:
    document = load_real_spec()
    document["paths"][LOG]["get"]["parameters"].append(
        {
            "name": "minAmount",
            "in": "query",
            "required": False,
            "description": "Smallest amount, decimal string.",
            "schema": {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN},
        }
    )
    tree, _ = build_tree(write_spec_copy(tmp_path, document))
    source = tree["sixmm/resources/user.py"].decode("utf-8")
    assert 'decimal_arg("min_amount", min_amount)' in source
    assert "min_amount: Decimal | str | int | None = None" in source


# --------------------------------------------------------------------------- times and lists


@pytest.mark.parametrize(
    ("moment", "ms"),
    [
        (datetime.fromtimestamp(FIXED_MS / 1000, UTC), FIXED_MS),
        (datetime(2026, 3, 1, 8, tzinfo=timezone(timedelta(hours=8))), 1772323200000),
        (datetime(1969, 12, 31, 23, 59, 59, 999500, tzinfo=UTC), -1),
    ],
)
def test_unix_ms_arguments_take_an_aware_datetime(server: FakeExchange, moment: datetime, ms: int) -> None:
    assert unix_time_arg("start_time", moment, "ms") == ms
    assert unix_time_arg("start_time", moment, "s") == ms // 1000
    with _client(server) as client:
        client.user.get_account_change_log(start_time=moment, end_time=FIXED_MS)
    (request,) = [r for r in server.requests if r.operation_id == "getAccountChangeLog"]
    assert f"startTime={ms}&endTime={FIXED_MS}" in request.query_string


@pytest.mark.parametrize("value", [True, 1.5, "1700000000000", Decimal(1)])
def test_a_unix_time_is_an_int_or_an_aware_datetime(value: object) -> None:
    expected = r"start_time: expected an int \(Unix ms\) or an aware datetime, got "
    with pytest.raises(TypeError, match=expected):
        unix_time_arg("start_time", value, "ms")  # type: ignore[arg-type]
    assert unix_time_arg("start_time", 17, "s") == 17
    assert unix_time_arg("start_time", None, "ms") is None


def test_a_naive_datetime_is_refused_before_sending(server: FakeExchange) -> None:
    with _client(server) as client, pytest.raises(ValueError, match="start_time: a naive datetime"):
        client.user.get_account_change_log(start_time=datetime(2026, 3, 1))
    assert len(server.requests) == 0


def test_a_str_where_a_list_is_expected_is_refused_before_sending(server: FakeExchange) -> None:
    with (
        _client(server) as client,
        pytest.raises(TypeError, match=r"symbols: expected a list, got str; .*\['BTCUSDT'\]"),
    ):
        client.user.save_favorite_symbols(symbols="BTCUSDT")
    assert len(server.requests) == 0
    assert list_arg("symbols", ("A", "B")) == ["A", "B"]


# --------------------------------------------------------------------------- credentials only where needed


async def test_public_operations_need_no_credentials(
    server: FakeExchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ACCESS_TOKEN", "API_KEY", "API_SECRET"):
        monkeypatch.delenv(f"SIXMM_{name}", raising=False)
    with sixmm.Client(base_url=server.url) as client:
        assert client.public.get_server_time().timestamp_ms == server.clock.now()
        with pytest.raises(sixmm.CredentialsError, match="getInfo needs credentials and the client has none"):
            client.user.get_info()
    async with sixmm.AsyncClient(base_url=server.url) as aclient:
        assert (await aclient.public.get_server_time()).timestamp_ms == server.clock.now()
        with pytest.raises(sixmm.CredentialsError, match="getAsset needs credentials"):
            await aclient.user.get_asset()
    assert [r.operation_id for r in server.requests] == ["getServerTime", "getServerTime"]
    assert all(r.header("x-api-key") is None and r.header("authorization") is None for r in server.requests)
