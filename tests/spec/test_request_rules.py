"""The spec's conditional rules, alternatives and x-require-any-of: client and exchange agree.

Every rule is enumerated from the spec here (not listed by hand): each ``if``/``then`` of a
request body schema (at the top of the body, or in the items of an array field such as a
batch's ``orders``), each ``anyOf`` of required sets, and each ``x-require-any-of``. For each,
a call that breaks it is refused by the client before anything is sent (a transport that fails
if called), naming the field and the rule; the same call sent with the client's checks off is
refused by the local exchange with code 2001 and the same words; and a call that meets it is
let through by both.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
import yaml

import sixmm
from generator.ir import Api, build_api
from generator.pipeline import check_spec
from sixmm.testing import FakeExchange
from tests.support.live_objects import BODY_EXAMPLES
from tests.support.paths import CONFIG, GENERATED, SPEC
from tests.support.scripted import BASE_URL, ScriptedApi

PARAMETER_CODES = frozenset({2001, 2002, 2003})


@cache
def _spec() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


@cache
def _api() -> Api:
    checked = check_spec(CONFIG)
    built, _ = build_api(checked.spec, checked.config)
    return built


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = _spec()["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _text(value: Any) -> str:
    return {True: "true", False: "false"}.get(value, str(value)) if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class RuleCase:
    """One rule of the spec, with a request that meets it and one that breaks it."""

    operation_id: str
    rule: str
    valid: dict[str, Any]
    invalid: dict[str, Any]
    words: str
    """What the refusal says: the field's path and the rule."""

    def __str__(self) -> str:
        return f"{self.operation_id}: {self.rule}"


def _examples_of(schema: dict[str, Any]) -> dict[str, Any]:
    props = schema.get("properties", {})
    return {name: _resolve(prop).get("examples", [None])[0] for name, prop in props.items()}


def _object_cases(
    operation_id: str, schema: dict[str, Any], body: dict[str, Any], location: list[Any]
) -> Iterator[RuleCase]:
    """The cases of the rules of the object at ``location`` in ``body`` (and of its array fields)."""
    prefix = "".join(
        f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(location)
    )
    here = (prefix + ".") if prefix else ""

    def at(document: dict[str, Any]) -> dict[str, Any]:
        node: Any = document
        for part in location:
            node = node[part]
        assert isinstance(node, dict)
        return node

    examples = _examples_of(schema)
    then_fields = {n for part in schema.get("allOf", []) for n in part.get("then", {}).get("required", [])}
    for index, part in enumerate(schema.get("allOf", [])):
        if "if" not in part:
            continue
        test, negated = part["if"], False
        if "not" in test:
            test, negated = test["not"], True
        condition = {
            name: (c["const"] if "const" in c else c["enum"][0]) for name, c in test["properties"].items()
        }
        words = " and ".join(
            f"{name} is {_text(c['const'])}" if "const" in c else f"{name} is one of {', '.join(c['enum'])}"
            for name, c in test["properties"].items()
        )
        for missing in part["then"]["required"]:
            valid = copy.deepcopy(body)
            target = at(valid)
            for name in then_fields:
                target.setdefault(name, examples[name])
            for name, value in condition.items():
                if negated:
                    target.pop(name, None)
                else:
                    target[name] = value
            invalid = copy.deepcopy(valid)
            del at(invalid)[missing]
            reason = ("unless " if negated else "when ") + words
            yield RuleCase(
                operation_id,
                f"{here}allOf[{index}] {missing}",
                valid,
                invalid,
                f"{here}{missing} is required {reason}",
            )
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            names = [option["required"] for option in schema[keyword]]
            invalid = copy.deepcopy(body)
            for option in names:
                for name in option:
                    at(invalid).pop(name, None)
            valid = copy.deepcopy(invalid)
            at(valid).update({name: at(body).get(name, examples[name]) for name in names[0]})
            options = ", ".join(" and ".join(option) for option in names)
            one = "exactly one" if keyword == "oneOf" else "one"
            words = (
                f"{prefix}: {one} of {options} is required" if prefix else f"{one} of {options} is required"
            )
            yield RuleCase(operation_id, f"{here}{keyword}", valid, invalid, words)
    for name, written in schema.get("properties", {}).items():
        prop = _resolve(written)
        items = _resolve(prop.get("items", {}))
        if prop.get("type") == "array" and items.get("type") == "object" and at(body).get(name):
            yield from _object_cases(operation_id, items, body, [*location, name, 0])


def _rule_cases() -> list[RuleCase]:
    cases: list[RuleCase] = []
    for item in _spec()["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            operation_id = op["operationId"]
            for group in op.get("x-require-any-of", []):
                params = {
                    p["name"]: p["schema"].get("examples", ["x"])[0] for p in map(_resolve, op["parameters"])
                }
                required = {p["name"] for p in op["parameters"] if p.get("required")}
                valid = {name: params[name] for name in required} | {group[0]: params[group[0]]}
                invalid = {name: params[name] for name in required}
                words = f"one of {', '.join(group)} is required"
                cases.append(RuleCase(operation_id, f"x-require-any-of {group}", valid, invalid, words))
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                schema = _resolve(body["schema"])
                cases += _object_cases(operation_id, schema, BODY_EXAMPLES[operation_id], [])
    return cases


CASES = _rule_cases()


def test_the_spec_s_rules_are_all_enumerated() -> None:
    """The enumeration finds the documented rules: the issue names these."""
    names = {(case.operation_id, case.words) for case in CASES}
    assert ("placeOrder", "price is required when type is LIMIT") in names
    assert ("placeOrder", "quantity is required unless closePosition is true") in names
    assert ("batchPlaceOrders", "orders[0].price is required when type is LIMIT") in names
    stop_types = "STOP_MARKET, STOP_LIMIT, TAKE_PROFIT_MARKET, TAKE_PROFIT_LIMIT"
    expected = f"stopPrice is required when type is one of {stop_types}"
    assert ("placeConditionOrder", expected) in names
    assert ("placeConditionOrder", "callbackRate is required when type is TRAILING_STOP") in names
    assert (
        "placeStrategyOrder",
        "subOrderList[0].activatePrice is required when type is TRAILING_STOP",
    ) in names
    assert ("cancelOrder", "one of orderId, clientOrderId is required") in names
    assert ("batchCancelOrders", "orders[0]: one of orderId, clientOrderId is required") in names
    assert ("getOrder", "one of orderId, clientOrderId is required") in names
    assert len(CASES) >= 17


def _call(case: RuleCase) -> tuple[str, str, dict[str, Any]]:
    """The resource, method and keyword arguments of ``case``'s operation for ``fields`` (wire names)."""
    for tag in _api().tags:
        for op in tag.operations:
            if op.operation_id == case.operation_id:
                names = {a.wire_name: a.py_name for a in op.arguments}
                return tag.py_name, op.py_name, names  # type: ignore[return-value]
    raise AssertionError(case.operation_id)


def _invoke(client: Any, case: RuleCase, fields: dict[str, Any]) -> Any:
    resource, method, names = _call(case)
    return getattr(getattr(client, resource), method)(**{names[k]: v for k, v in fields.items()})


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_broken_rule_is_refused_before_sending(case: RuleCase) -> None:
    script = ScriptedApi()  # nothing scripted: a request would fail the test
    credentials = {"api_key": "k", "api_secret": "s", "time_sync_interval": None}
    client = sixmm.Client(base_url=BASE_URL, http_client=script.sync_client(), **credentials)
    with client, pytest.raises(sixmm.RequestValidationError) as caught:
        _invoke(client, case, case.invalid)
    assert case.words in [rule for _, rule in caught.value.problems], caught.value.problems
    assert caught.value.rule in str(caught.value) and caught.value.field in caught.value.rule
    assert isinstance(caught.value, sixmm.SixMMError) and isinstance(caught.value, ValueError)
    assert caught.value.request_id and script.requests == []

    async def async_call() -> None:
        async_script = ScriptedApi()
        http = async_script.async_client()
        async with sixmm.AsyncClient(base_url=BASE_URL, http_client=http, **credentials) as aclient:
            with pytest.raises(sixmm.RequestValidationError) as refused:
                await _invoke(aclient, case, case.invalid)
        assert case.words in [rule for _, rule in refused.value.problems]
        assert async_script.requests == []
        await async_script.aclose()

    asyncio.run(async_call())


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_exchange_refuses_the_same_request_and_lets_the_valid_one_through(
    exchange: FakeExchange, case: RuleCase
) -> None:
    options = {"max_retries": 0, "time_sync_interval": None}
    with (
        sixmm.Client(
            base_url=exchange.url, api_key=exchange.api_key, api_secret=exchange.api_secret, **options
        ) as checked,
        sixmm.Client(
            base_url=exchange.url,
            api_key=exchange.api_key,
            api_secret=exchange.api_secret,
            validate_requests=False,
            **options,
        ) as unchecked,
    ):
        with pytest.raises(sixmm.InvalidParameterError) as refused:
            _invoke(unchecked, case, case.invalid)
        assert refused.value.code == 2001
        assert refused.value.message == f"missing required parameter: {case.words}"
        exchange.reset()  # a fresh book: the valid call's clientOrderId is unused
        try:
            _invoke(checked, case, case.valid)  # no RequestValidationError: the client lets it through
        except sixmm.APIError as answer:
            # The exchange may refuse it on trading grounds (no such order, a stop that would
            # trigger at once), never as a missing field: every rule here requires fields.
            assert answer.code not in (2001, 2003), answer


def test_the_reference_lists_each_rule() -> None:
    """The generated reference derives the same rules, in the same words, for each operation."""
    pages = {page.stem: page.read_text(encoding="utf-8") for page in (GENERATED / "docs").glob("*.md")}
    for case in CASES:
        resource, method, _ = _call(case)
        page = pages[next(t.name for t in _api().tags if t.py_name == resource)]
        section = page.split(f"\n## {method.replace('_', '-')}\n", 1)[1].split("\n## ", 1)[0]
        assert f"- {case.words.replace('[0]', '[]')}\n" in section, (case, section[:400])
