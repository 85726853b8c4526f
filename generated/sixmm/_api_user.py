# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'user': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import FieldRule, Limits, ObjectRules, OperationSpec, RequestChecks, ValueRule

__all__ = [
    "GET_INFO",
    "GET_ASSET",
    "GET_ACCOUNT_CHANGE_LOG",
    "GET_VOLUME_STATS",
    "GET_BALANCE_HISTORY",
    "GET_TRADE_OVERVIEW",
    "GET_ASSET_OVERVIEW_SUMMARY",
    "GET_ASSET_OVERVIEW_TREND",
    "SAVE_FAVORITE_SYMBOLS",
    "GET_FAVORITE_SYMBOLS",
    "LOGOUT",
]

_REQUEST_CHECKS_59b01ca0 = RequestChecks()
_VALUE_RULE_323a372c = ValueRule(kind="string")
_VALUE_RULE_7b6c6b8c = ValueRule(
    kind="integer", limits=Limits(minimum=-9223372036854775808, maximum=9223372036854775807)
)
_VALUE_RULE_681c6f1c = ValueRule(kind="integer", limits=Limits(minimum=1, maximum=2147483647))
_REQUEST_CHECKS_6e8179c2 = RequestChecks(
    parameters=ObjectRules(
        fields=(
            FieldRule(
                name="type",
                value=ValueRule(kind="string", enum=("1D", "1W", "1M", "3M", "6M", "1Y")),
            ),
        ),
        required=("type",),
    )
)

GET_INFO = OperationSpec(
    operation_id="getInfo",
    method="GET",
    path="/v1/private/user/info",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
GET_ASSET = OperationSpec(
    operation_id="getAsset",
    method="GET",
    path="/v1/private/user/asset",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
GET_ACCOUNT_CHANGE_LOG = OperationSpec(
    operation_id="getAccountChangeLog",
    method="GET",
    path="/v1/private/user/account-change-log",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                FieldRule(name="assetType", value=_VALUE_RULE_323a372c),
                FieldRule(name="changeType", value=_VALUE_RULE_323a372c),
                FieldRule(name="startTime", value=_VALUE_RULE_7b6c6b8c),
                FieldRule(name="endTime", value=_VALUE_RULE_7b6c6b8c),
                FieldRule(name="page", value=_VALUE_RULE_681c6f1c),
                FieldRule(name="pageSize", value=_VALUE_RULE_681c6f1c),
            )
        )
    ),
)
GET_VOLUME_STATS = OperationSpec(
    operation_id="getVolumeStats",
    method="GET",
    path="/v1/private/user/volume-stats",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
GET_BALANCE_HISTORY = OperationSpec(
    operation_id="getBalanceHistory",
    method="GET",
    path="/v1/private/user/balance-history",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                FieldRule(name="period", value=ValueRule(kind="string", enum=("1D", "1W", "1M"))),
                FieldRule(name="limit", value=_VALUE_RULE_681c6f1c),
            ),
            required=("period",),
        )
    ),
)
GET_TRADE_OVERVIEW = OperationSpec(
    operation_id="getTradeOverview",
    method="GET",
    path="/v1/private/user/trade-overview",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_6e8179c2,
)
GET_ASSET_OVERVIEW_SUMMARY = OperationSpec(
    operation_id="getAssetOverviewSummary",
    method="GET",
    path="/v1/private/user/asset/overview/summary",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
GET_ASSET_OVERVIEW_TREND = OperationSpec(
    operation_id="getAssetOverviewTrend",
    method="GET",
    path="/v1/private/user/asset/overview/trend",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_6e8179c2,
)
SAVE_FAVORITE_SYMBOLS = OperationSpec(
    operation_id="saveFavoriteSymbols",
    method="POST",
    path="/v1/private/user/favorite-symbols",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    FieldRule(
                        name="symbols",
                        value=ValueRule(
                            kind="array", limits=Limits(min_items=0), items=_VALUE_RULE_323a372c
                        ),
                    ),
                ),
                required=("symbols",),
            ),
        ),
        body_required=True,
    ),
)
GET_FAVORITE_SYMBOLS = OperationSpec(
    operation_id="getFavoriteSymbols",
    method="GET",
    path="/v1/private/user/favorite-symbols",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
LOGOUT = OperationSpec(
    operation_id="logout",
    method="POST",
    path="/v1/private/user/logout",
    auth_required=True,
    retry_safe=False,
    accepts=frozenset({"bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
