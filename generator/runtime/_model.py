"""What every generated model is built from: its base class and the exact decimal type."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, ValidationInfo

from ._decimal import decimal_text, to_decimal


class ApiModel(BaseModel):
    """A model of the API's data: snake_case attributes, wire names as aliases, unknown fields kept.

    Validators are built on first use rather than at import, so importing the
    package stays fast however many models the spec has.
    """

    model_config = ConfigDict(defer_build=True, populate_by_name=True, extra="allow")


def _validate(value: Any, info: ValidationInfo) -> Decimal:
    # JSON carries decimals as strings: a JSON number is a float already and not exact.
    from_wire = info.mode == "json" or (isinstance(info.context, dict) and info.context.get("from_wire"))
    if from_wire and not isinstance(value, str):
        raise ValueError(f"a decimal is sent as a string, not as {type(value).__name__}")
    try:
        return to_decimal(value)
    except TypeError as exc:
        raise ValueError(str(exc).removeprefix("value: ")) from exc
    except ValueError as exc:
        raise ValueError(str(exc).removeprefix("value: ")) from exc


ExactDecimal = Annotated[
    Decimal,
    BeforeValidator(_validate),
    PlainSerializer(decimal_text, return_type=str, when_used="json"),
]
"""`Decimal` read from a plain decimal string and written back as one (JSON dumps, request bodies)."""
