"""Enum member names for the values the spec can hold: booleans, null, zero and signed text.

Gaps found by `make mutation` (issue 17) in generator/ir/schemas.py: each case states what a
value must become, and what it must not be mistaken for.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir.schemas import member_name


@pytest.mark.parametrize(
    ("value", "name"),
    [
        # A boolean is named by its word, never as the integer it also is in Python.
        (True, "TRUE"),
        (False, "FALSE"),
        (None, "NONE"),
        # Zero has no sign: it is not "minus zero".
        (0, "VALUE_0"),
        (7, "VALUE_7"),
        (-7, "VALUE_MINUS_7"),
        # A sign is spelled out only where it leads and a digit follows it.
        ("-5", "MINUS_5"),
        ("+5", "PLUS_5"),
        ("x1", "X1"),
        ("a-1", "A_1"),
        ("-a", "A"),
    ],
)
def test_an_enum_value_gets_its_own_member_name(value: Any, name: str) -> None:
    assert member_name(value) == name
