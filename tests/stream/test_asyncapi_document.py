"""The AsyncAPI document: schema validation, house rules, what the generator reads from it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml

from generator.asyncapi import build_streams, check_streams
from generator.asyncapi.diff import diff_streams
from generator.problems import SpecError
from tests.support.paths import GENERATED, STREAMS_SPEC


def _mutated(tmp_path: Path, change: object) -> Path:
    document = yaml.safe_load(STREAMS_SPEC.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path = tmp_path / "ws.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_the_document_is_valid_asyncapi_3() -> None:
    spec, problems = check_streams(STREAMS_SPEC)
    assert problems == []
    streams = build_streams(spec)
    assert streams.default_url == "wss://ws.6mm.com/ws"
    assert streams.auth_params == ("listenKey", "token")
    addresses = {c.address: c for c in streams.channels}
    assert set(addresses) == {
        "market.depth.{symbol}",
        "market.trade.{symbol}",
        "market.kline.{symbol}.{interval}",
        "market.ticker.{symbol}",
        "market.tickers",
        "user.{userId}",
    }
    assert addresses["user.{userId}"].private and not addresses["market.tickers"].private
    assert [m.match for m in addresses["user.{userId}"].messages] == [
        (("eventType", "ORDER_TRADE_UPDATE"),),
        (("eventType", "ACCOUNT_UPDATE"),),
    ]


def test_a_schema_violation_is_located(tmp_path: Path) -> None:
    path = _mutated(tmp_path, lambda d: d["servers"]["production"].pop("protocol"))
    with pytest.raises(SpecError) as caught:
        check_streams(path)
    [problem] = caught.value.problems
    assert problem.rule == "asyncapi" and problem.pointer.startswith("/servers/production")
    assert problem.line > 0


def test_an_example_that_contradicts_its_payload_is_reported(tmp_path: Path) -> None:
    def break_example(d: dict) -> None:  # type: ignore[type-arg]
        d["components"]["messages"]["Trade"]["examples"][0]["payload"]["ts"] = "soon"

    with pytest.raises(SpecError) as caught:
        check_streams(_mutated(tmp_path, break_example))
    assert [p.rule for p in caught.value.problems] == ["lint"]
    assert caught.value.problems[0].pointer == "/components/messages/Trade/examples/0/payload/ts"


def test_decimals_must_be_strings(tmp_path: Path) -> None:
    def numeric(d: dict) -> None:  # type: ignore[type-arg]
        d["components"]["schemas"]["TradeData"]["properties"]["price"]["type"] = "number"
        d["components"]["messages"]["Trade"]["examples"][0]["payload"]["data"]["price"] = 1

    with pytest.raises(SpecError) as caught:
        check_streams(_mutated(tmp_path, numeric))
    assert any("decimals are strings" in p.message for p in caught.value.problems)


def test_stream_diff_classifies_removals_as_breaking() -> None:
    old = yaml.safe_load(STREAMS_SPEC.read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    del new["channels"]["marketTickers"]
    del new["components"]["schemas"]["TradeData"]["properties"]["tradeId"]
    new["channels"]["extra"] = {"address": "market.extra", "messages": {}}
    changes = {(c.impact.value, c.kind, c.where) for c in diff_streams(old, new)}
    assert ("breaking", "channel removed", "stream market.tickers") in changes
    assert ("non-breaking", "channel added", "stream market.extra") in changes
    assert any(i == "breaking" and w.startswith("stream market.trade.{symbol} trade") for i, _, w in changes)
    assert diff_streams(old, old) == []


def test_extensions_share_the_declared_vocabulary(tmp_path: Path) -> None:
    def undeclared(d: dict) -> None:  # type: ignore[type-arg]
        d["channels"]["user"]["x-private"] = True

    with pytest.raises(SpecError) as caught:
        check_streams(_mutated(tmp_path, undeclared))
    [problem] = caught.value.problems
    assert problem.rule == "extensions" and problem.pointer == "/channels/user/x-private"


def test_every_documented_example_push_parses_into_its_model() -> None:
    from sixmm._stream import _decode
    from sixmm.stream import ROUTES

    page = (GENERATED / "docs" / "streams.md").read_text(encoding="utf-8")
    streams = build_streams(check_streams(STREAMS_SPEC)[0])
    seen = 0
    for channel in streams.channels:
        for message in channel.messages:
            assert message.examples, message.name
            for example in message.examples:
                assert f"```json\n{example}\n```" in page
                parsed = _decode(ROUTES, json.loads(example))
                assert type(parsed).__name__ == message.model
                seen += 1
    assert seen == 7
