"""The checks' reading of number parameters and their words for JSON values.

A `number` query parameter is read from its wire text as a Decimal and then held to its
bounds; a boolean in a rule's words is JSON's `true`/`false`, as the wire writes it.
"""

from __future__ import annotations

from sixmm._checks import check_request, check_value
from sixmm._operations import (
    Condition,
    ConditionalRule,
    FieldRule,
    Limits,
    ObjectRules,
    RequestChecks,
    ValueRule,
)

RATIO = RequestChecks(
    parameters=ObjectRules(fields=(FieldRule("ratio", ValueRule(kind="number", limits=Limits(maximum=1))),))
)


def _messages(parameters: dict[str, str]) -> list[str]:
    return [v.message for v in check_request(RATIO, parameters, None, body_given=False)]


def test_a_number_parameter_is_read_then_bounded() -> None:
    assert _messages({"ratio": "0.5"}) == []
    assert _messages({"ratio": "1"}) == []
    assert _messages({"ratio": "1.5"}) == ["ratio must be at most 1"]
    assert _messages({"ratio": "x"}) == ["ratio must be a number"]


def test_booleans_and_null_are_named_as_json_writes_them() -> None:
    assert [v.message for v in check_value(ValueRule(kind="boolean", enum=(True,)), False, "reduceOnly")] == [
        "reduceOnly must be true"
    ]
    assert [
        v.message for v in check_value(ValueRule(kind="boolean", enum=(False,)), True, "closePosition")
    ] == ["closePosition must be false"]


def test_a_rule_on_a_boolean_names_it_as_json_and_reads_unless() -> None:
    # quantity is required unless closePosition is true (the docs' rule, as the spec writes it).
    rules = ObjectRules(
        conditionals=(
            ConditionalRule(
                when=(Condition("closePosition", (True,), required=True),),
                negated=True,
                required=("quantity",),
            ),
        )
    )
    body = ValueRule(kind="object", fields=rules)
    assert [v.message for v in check_value(body, {"closePosition": False})] == [
        "quantity is required unless closePosition is true"
    ]
    assert check_value(body, {"closePosition": True}) == []


def test_a_rule_on_null_names_it_null() -> None:
    rules = ObjectRules(
        conditionals=(
            ConditionalRule(when=(Condition("stopPrice", (None,), required=True),), required=("price",)),
        )
    )
    body = ValueRule(kind="object", fields=rules)
    assert [v.message for v in check_value(body, {"stopPrice": None})] == [
        "price is required when stopPrice is null"
    ]
