"""Integer enums that keep unknown values: a gap found by `make mutation` (issue 17) in
_enums.py. The 6MM spec has no integer enum, so nothing ran OpenIntEnum: an unknown integer
must become a pseudo-member that equals it; what is not an integer (a bool included) must not.
"""

from __future__ import annotations

import pytest

from sixmm._enums import OpenIntEnum


class Level(OpenIntEnum):
    ONE = 1
    TWO = 2


def test_a_listed_value_is_its_member() -> None:
    assert Level(1) is Level.ONE and Level.ONE.is_known


@pytest.mark.parametrize(("value", "name"), [(7, "VALUE_7"), (-2, "VALUE_MINUS_2"), (0, "VALUE_0")])
def test_an_unknown_integer_is_kept_as_a_pseudo_member(value: int, name: str) -> None:
    member = Level(value)
    assert isinstance(member, Level)
    assert member == value and member.value == value and int(member) == value
    assert member.name == name
    assert not member.is_known


# (True and 1.0 equal the member ONE, so Python finds it before asking _missing_.)
@pytest.mark.parametrize("value", [False, "1", 5.0, None])
def test_what_is_not_an_integer_is_refused(value: object) -> None:
    with pytest.raises(ValueError):
        Level(value)
