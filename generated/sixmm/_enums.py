# Copied from generator/runtime/_enums.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Enums that keep values the spec did not list instead of failing.

An exchange may add an enum value at any time; a client that rejects it stops
working. Unknown values become pseudo-members that compare equal to their raw
value and serialise back unchanged.
"""

from __future__ import annotations

import enum
from typing import Self


class OpenStrEnum(enum.StrEnum):
    """A string enum whose unknown values become pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value that the spec does not list."""
        return self._name_ in type(self).__members__


class OpenIntEnum(enum.IntEnum):
    """An integer enum whose unknown values become pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}".replace("-", "MINUS_")
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value that the spec does not list."""
        return self._name_ in type(self).__members__
