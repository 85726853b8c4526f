# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'market': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import FieldRule, Limits, ObjectRules, OperationSpec, RequestChecks, ValueRule

__all__ = [
    "GET_SYMBOLS",
    "GET_FUNDING_RATE_CONFIG",
    "GET_CURRENT_FUNDING_RATES",
    "GET_FUNDING_RATE_HISTORY",
    "GET_KLINES",
]

_FIELD_RULE_7406c5c2 = FieldRule(name="symbol", value=ValueRule(kind="string"))
_VALUE_RULE_681c6f1c = ValueRule(kind="integer", limits=Limits(minimum=1, maximum=2147483647))
_FIELD_RULE_457d898d = FieldRule(name="page", value=_VALUE_RULE_681c6f1c)
_FIELD_RULE_444a5218 = FieldRule(name="pageSize", value=_VALUE_RULE_681c6f1c)
_VALUE_RULE_7b6c6b8c = ValueRule(
    kind="integer", limits=Limits(minimum=-9223372036854775808, maximum=9223372036854775807)
)
_FIELD_RULE_a31cf6d2 = FieldRule(name="startTime", value=_VALUE_RULE_7b6c6b8c)
_FIELD_RULE_11ff69e1 = FieldRule(name="endTime", value=_VALUE_RULE_7b6c6b8c)

GET_SYMBOLS = OperationSpec(
    operation_id="getSymbols",
    method="GET",
    path="/v1/public/market/symbols",
    auth_required=False,
    retry_safe=True,
    checks=RequestChecks(),
)
GET_FUNDING_RATE_CONFIG = OperationSpec(
    operation_id="getFundingRateConfig",
    method="GET",
    path="/v1/public/market/funding-rate",
    auth_required=False,
    retry_safe=True,
    checks=RequestChecks(parameters=ObjectRules(fields=(_FIELD_RULE_7406c5c2,))),
)
GET_CURRENT_FUNDING_RATES = OperationSpec(
    operation_id="getCurrentFundingRates",
    method="GET",
    path="/v1/public/market/funding-rate/current",
    auth_required=False,
    retry_safe=True,
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(_FIELD_RULE_7406c5c2, _FIELD_RULE_457d898d, _FIELD_RULE_444a5218)
        )
    ),
)
GET_FUNDING_RATE_HISTORY = OperationSpec(
    operation_id="getFundingRateHistory",
    method="GET",
    path="/v1/public/market/funding-rate/history",
    auth_required=False,
    retry_safe=True,
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                _FIELD_RULE_a31cf6d2,
                _FIELD_RULE_11ff69e1,
                _FIELD_RULE_457d898d,
                _FIELD_RULE_444a5218,
            ),
            required=("symbol",),
        )
    ),
)
GET_KLINES = OperationSpec(
    operation_id="getKlines",
    method="GET",
    path="/v1/public/market/klines",
    auth_required=False,
    retry_safe=True,
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                FieldRule(
                    name="interval",
                    value=ValueRule(
                        kind="string", enum=("1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M")
                    ),
                ),
                FieldRule(
                    name="priceType",
                    value=ValueRule(kind="string", enum=("indexPrice", "markPrice")),
                ),
                _FIELD_RULE_a31cf6d2,
                _FIELD_RULE_11ff69e1,
                FieldRule(
                    name="limit",
                    value=ValueRule(kind="integer", limits=Limits(minimum=1, maximum=1000)),
                ),
            ),
            required=("symbol", "interval"),
        )
    ),
)
