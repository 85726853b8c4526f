"""Exact decimals at the edges: gaps found by `make mutation` (issue 17) in _decimal.py and _model.py.

A decimal that is not finite is never written; a string that is not a plain decimal is never
read (not even outside the wire); data from the wire must carry decimals as strings, whether
it is parsed as JSON or validated from Python objects with the wire context. A model field's
error says what is wrong with the value, without the argument name meant for parameters.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import TypeAdapter, ValidationError

from sixmm._decimal import WIRE_CONTEXT, decimal_text, to_decimal
from sixmm._model import ExactDecimal

ADAPTER: TypeAdapter[Decimal] = TypeAdapter(ExactDecimal)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_a_decimal_that_is_not_finite_is_never_written(value: str) -> None:
    with pytest.raises(ValueError, match="is not a finite decimal"):
        decimal_text(Decimal(value))


def test_a_finite_decimal_is_written_plain_with_its_scale() -> None:
    assert decimal_text(Decimal("0E-8")) == "0.00000000"
    assert decimal_text(Decimal("1E+5")) == "100000"


@pytest.mark.parametrize("text", ["1e5", "01", "abc", " 1", "1."])
def test_a_string_that_is_not_a_plain_decimal_is_refused_in_python_too(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a plain decimal"):
        ADAPTER.validate_python(text)


def test_a_long_refused_string_is_shown_by_its_first_40_characters() -> None:
    long = "1.5e" + "9" * 96  # 100 characters: the message must not carry them all
    with pytest.raises(ValueError) as raised:
        to_decimal(long, "price")
    shown = long[:40] + "\u2026"
    assert str(raised.value).startswith(f"price: {shown!r} is not a plain decimal")
    exactly = "1.5e" + "9" * 36  # 40 characters are shown whole
    with pytest.raises(ValueError) as raised:
        to_decimal(exactly, "price")
    assert str(raised.value).startswith(f"price: {exactly!r} is not a plain decimal")


def test_in_python_an_int_or_a_decimal_is_accepted() -> None:
    assert ADAPTER.validate_python(5) == Decimal(5)
    assert ADAPTER.validate_python(Decimal("1.50")) == Decimal("1.50")


@pytest.mark.parametrize("value", [5, Decimal("1.5")])
def test_with_the_wire_context_a_decimal_must_arrive_as_a_string(value: object) -> None:
    with pytest.raises(ValidationError, match="a decimal is sent as a string"):
        ADAPTER.validate_python(value, context=WIRE_CONTEXT)
    assert ADAPTER.validate_python("1.50", context=WIRE_CONTEXT) == Decimal("1.50")


def test_a_context_that_does_not_say_from_wire_is_not_the_wire() -> None:
    assert ADAPTER.validate_python(5, context={"caller": "mine"}) == Decimal(5)
    assert ADAPTER.validate_python(5, context={"from_wire": False}) == Decimal(5)


def test_json_input_is_the_wire_even_without_a_context() -> None:
    with pytest.raises(ValidationError, match="a decimal is sent as a string"):
        ADAPTER.validate_json("5")
    assert ADAPTER.validate_json('"5.0"') == Decimal("5.0")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (True, "expected a Decimal, str or int, got bool"),
        ([1], "expected a Decimal, str or int, got list"),
        (0.1, "a float is not exact (0.1 is really 0.1000000000000000055511151231257827"),
        ("1e5", "'1e5' is not a plain decimal"),
        (Decimal("NaN"), "NaN is not a finite decimal"),
    ],
)
def test_a_model_field_refuses_a_value_with_the_problem_alone(value: object, problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ADAPTER.validate_python(value)
    assert caught.value.errors()[0]["msg"].startswith(f"Value error, {problem}")
