# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'position': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import FieldRule, Limits, ObjectRules, OperationSpec, RequestChecks, ValueRule

__all__ = [
    "SET_MARGIN_MODE",
    "SET_LEVERAGE",
    "GET_POSITION_SETTINGS",
    "GET_POSITIONS",
    "GET_POSITION_HISTORY",
]

_FIELD_RULE_7406c5c2 = FieldRule(name="symbol", value=ValueRule(kind="string"))
_VALUE_RULE_7b6c6b8c = ValueRule(
    kind="integer", limits=Limits(minimum=-9223372036854775808, maximum=9223372036854775807)
)
_VALUE_RULE_4fbb50c6 = ValueRule(
    kind="integer", limits=Limits(minimum=1, maximum=9223372036854775807)
)

SET_MARGIN_MODE = OperationSpec(
    operation_id="setMarginMode",
    method="POST",
    path="/v1/private/position/margin-mode",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_7406c5c2,
                    FieldRule(
                        name="marginMode",
                        value=ValueRule(
                            kind="integer",
                            enum=(1, 2),
                            limits=Limits(minimum=-2147483648, maximum=2147483647),
                        ),
                    ),
                ),
                required=("symbol", "marginMode"),
            ),
        ),
        body_required=True,
    ),
)
SET_LEVERAGE = OperationSpec(
    operation_id="setLeverage",
    method="POST",
    path="/v1/private/position/leverage",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_7406c5c2,
                    FieldRule(
                        name="leverage",
                        value=ValueRule(
                            kind="integer", limits=Limits(minimum=1, maximum=2147483647)
                        ),
                    ),
                ),
                required=("symbol", "leverage"),
            ),
        ),
        body_required=True,
    ),
)
GET_POSITION_SETTINGS = OperationSpec(
    operation_id="getPositionSettings",
    method="GET",
    path="/v1/private/position/settings",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(fields=(_FIELD_RULE_7406c5c2,), required=("symbol",))
    ),
)
GET_POSITIONS = OperationSpec(
    operation_id="getPositions",
    method="GET",
    path="/v1/private/position/positions",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(parameters=ObjectRules(fields=(_FIELD_RULE_7406c5c2,))),
)
GET_POSITION_HISTORY = OperationSpec(
    operation_id="getPositionHistory",
    method="GET",
    path="/v1/private/position/history",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                FieldRule(name="side", value=ValueRule(kind="string", enum=("long", "short"))),
                FieldRule(name="startTime", value=_VALUE_RULE_7b6c6b8c),
                FieldRule(name="endTime", value=_VALUE_RULE_7b6c6b8c),
                FieldRule(name="page", value=_VALUE_RULE_4fbb50c6),
                FieldRule(name="pageSize", value=_VALUE_RULE_4fbb50c6),
            )
        )
    ),
)
