# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'order': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import (
    Condition,
    ConditionalRule,
    FieldRule,
    Limits,
    ObjectRules,
    OperationSpec,
    ReconcileSpec,
    RequestChecks,
    RequiredSets,
    ValueRule,
)

__all__ = [
    "GET_ORDER",
    "PLACE_ORDER",
    "BATCH_PLACE_ORDERS",
    "PLACE_CONDITION_ORDER",
    "PLACE_STRATEGY_ORDER",
    "CANCEL_ORDER",
    "MOVE_ORDER",
    "BATCH_MOVE_ORDERS",
    "BATCH_CANCEL_ORDERS",
    "CANCEL_ALL_ORDERS",
    "CANCEL_CONDITION_ORDER",
    "GET_CURRENT_ORDERS",
    "GET_CURRENT_CONDITION_ORDERS",
    "GET_ORDER_HISTORY",
    "GET_CONDITION_ORDER_HISTORY",
    "GET_TRADES",
    "GET_STRATEGY_ORDER",
]

_VALUE_RULE_323a372c = ValueRule(kind="string")
_FIELD_RULE_7406c5c2 = FieldRule(name="symbol", value=_VALUE_RULE_323a372c)
_FIELD_RULE_206457d1 = FieldRule(name="orderId", value=_VALUE_RULE_323a372c)
_FIELD_RULE_d55dc56f = FieldRule(name="clientOrderId", value=_VALUE_RULE_323a372c)
_REQUIRED_SETS_33dc5fff = RequiredSets(options=(("orderId",), ("clientOrderId",)))
_OPERATION_SPEC_354fb2f4 = OperationSpec(
    operation_id="getOrder",
    method="GET",
    path="/v1/private/order",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(_FIELD_RULE_7406c5c2, _FIELD_RULE_206457d1, _FIELD_RULE_d55dc56f),
            required=("symbol",),
        ),
        require_any_of=(_REQUIRED_SETS_33dc5fff,),
    ),
)
_FIELD_RULE_9c29b8eb = FieldRule(name="side", value=ValueRule(kind="string", enum=("BUY", "SELL")))
_FIELD_RULE_59820eea = FieldRule(
    name="positionSide", value=ValueRule(kind="string", enum=("BOTH", "LONG", "SHORT"))
)
_VALUE_RULE_9f4ce608 = ValueRule(
    kind="decimal", limits=Limits(pattern="^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$")
)
_FIELD_RULE_9eebc79e = FieldRule(name="price", value=_VALUE_RULE_9f4ce608)
_FIELD_RULE_1cac0fbe = FieldRule(name="quantity", value=_VALUE_RULE_9f4ce608)
_FIELD_RULE_ea852304 = FieldRule(
    name="timeInForce", value=ValueRule(kind="string", enum=("GTC", "IOC", "FOK", "GTE_GTC"))
)
_VALUE_RULE_5a6af9e4 = ValueRule(kind="boolean")
_FIELD_RULE_7a39ca72 = FieldRule(name="reduceOnly", value=_VALUE_RULE_5a6af9e4)
_FIELD_RULE_05ea8825 = FieldRule(name="makerOnly", value=_VALUE_RULE_5a6af9e4)
_FIELD_RULE_563aff03 = FieldRule(name="closePosition", value=_VALUE_RULE_5a6af9e4)
_FIELD_RULE_a0428928 = FieldRule(
    name="clientOrderId",
    value=ValueRule(kind="string", limits=Limits(max_length=64, pattern="^[A-Za-z0-9_-]{1,64}$")),
)
_FIELD_RULE_de935170 = FieldRule(name="placeType", value=_VALUE_RULE_323a372c)
_LIMITS_8a9e55eb = Limits(minimum=-2147483648, maximum=2147483647)
_FIELD_RULE_579a5d91 = FieldRule(
    name="priceType", value=ValueRule(kind="integer", enum=(0, 1, 2, 3, 4), limits=_LIMITS_8a9e55eb)
)
_CONDITIONAL_RULE_28408df1 = ConditionalRule(
    when=(Condition(field="closePosition", values=(True,)),), negated=True, required=("quantity",)
)
_VALUE_RULE_efbb6fc3 = ValueRule(
    kind="object",
    fields=ObjectRules(
        fields=(
            _FIELD_RULE_7406c5c2,
            FieldRule(name="type", value=ValueRule(kind="string", enum=("LIMIT", "MARKET"))),
            _FIELD_RULE_9c29b8eb,
            _FIELD_RULE_59820eea,
            _FIELD_RULE_9eebc79e,
            _FIELD_RULE_1cac0fbe,
            _FIELD_RULE_ea852304,
            _FIELD_RULE_7a39ca72,
            _FIELD_RULE_05ea8825,
            _FIELD_RULE_563aff03,
            _FIELD_RULE_a0428928,
            _FIELD_RULE_de935170,
            _FIELD_RULE_579a5d91,
        ),
        required=("symbol", "type", "side"),
        conditionals=(
            ConditionalRule(
                when=(Condition(field="type", values=("LIMIT",)),), required=("price",)
            ),
            _CONDITIONAL_RULE_28408df1,
        ),
    ),
)
_LIMITS_fa884bef = Limits(min_items=1)
_OPERATION_SPEC_ed32d505 = OperationSpec(
    operation_id="getCurrentConditionOrders",
    method="GET",
    path="/v1/private/order/current-condition",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(parameters=ObjectRules(fields=(_FIELD_RULE_7406c5c2,))),
)
_FIELD_RULE_c0348b6b = FieldRule(name="stopPrice", value=_VALUE_RULE_9f4ce608)
_FIELD_RULE_8505cdbf = FieldRule(
    name="workingType", value=ValueRule(kind="string", enum=("MARK_PRICE", "CONTRACT_PRICE"))
)
_FIELD_RULE_e9fd9ec1 = FieldRule(name="priceProtect", value=_VALUE_RULE_5a6af9e4)
_FIELD_RULE_42108379 = FieldRule(name="activatePrice", value=_VALUE_RULE_9f4ce608)
_FIELD_RULE_28280a02 = FieldRule(name="callbackRate", value=_VALUE_RULE_9f4ce608)
_CONDITIONAL_RULE_092eb1b2 = ConditionalRule(
    when=(
        Condition(
            field="type",
            values=("STOP_MARKET", "STOP_LIMIT", "TAKE_PROFIT_MARKET", "TAKE_PROFIT_LIMIT"),
        ),
    ),
    required=("stopPrice",),
)
_CONDITIONAL_RULE_da1b8580 = ConditionalRule(
    when=(Condition(field="type", values=("TRAILING_STOP",)),),
    required=("activatePrice", "callbackRate"),
)
_VALUE_RULE_7b6c6b8c = ValueRule(
    kind="integer", limits=Limits(minimum=-9223372036854775808, maximum=9223372036854775807)
)
_VALUE_RULE_a86967d1 = ValueRule(
    kind="object",
    fields=ObjectRules(
        fields=(_FIELD_RULE_7406c5c2, _FIELD_RULE_206457d1, _FIELD_RULE_d55dc56f),
        required=("symbol",),
        alternatives=(_REQUIRED_SETS_33dc5fff,),
    ),
)
_VALUE_RULE_5f3f463b = ValueRule(kind="integer", enum=(1, 2), limits=_LIMITS_8a9e55eb)
_FIELD_RULE_18a83961 = FieldRule(name="side", value=_VALUE_RULE_5f3f463b)
_FIELD_RULE_815065f6 = FieldRule(
    name="status", value=ValueRule(kind="integer", limits=_LIMITS_8a9e55eb)
)
_FIELD_RULE_a31cf6d2 = FieldRule(name="startTime", value=_VALUE_RULE_7b6c6b8c)
_FIELD_RULE_11ff69e1 = FieldRule(name="endTime", value=_VALUE_RULE_7b6c6b8c)
_VALUE_RULE_4fbb50c6 = ValueRule(
    kind="integer", limits=Limits(minimum=1, maximum=9223372036854775807)
)
_FIELD_RULE_24fdbd8c = FieldRule(name="page", value=_VALUE_RULE_4fbb50c6)
_FIELD_RULE_b56a2991 = FieldRule(name="pageSize", value=_VALUE_RULE_4fbb50c6)
_OPERATION_SPEC_ae1f7fb2 = OperationSpec(
    operation_id="getConditionOrderHistory",
    method="GET",
    path="/v1/private/order/history-condition",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                _FIELD_RULE_18a83961,
                _FIELD_RULE_815065f6,
                _FIELD_RULE_a31cf6d2,
                _FIELD_RULE_11ff69e1,
                _FIELD_RULE_24fdbd8c,
                _FIELD_RULE_b56a2991,
            )
        )
    ),
)

GET_ORDER = _OPERATION_SPEC_354fb2f4
PLACE_ORDER = OperationSpec(
    operation_id="placeOrder",
    method="POST",
    path="/v1/private/order/place",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_354fb2f4,
        keys=("clientOrderId",),
        lookup_query=("symbol", "orderId", "clientOrderId"),
        generate="clientOrderId",
        not_found=frozenset({3003}),
        duplicate=frozenset({3004}),
        fields=(("timestamp", "createdAt"),),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(body=_VALUE_RULE_efbb6fc3, body_required=True),
)
BATCH_PLACE_ORDERS = OperationSpec(
    operation_id="batchPlaceOrders",
    method="POST",
    path="/v1/private/order/batch-place",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_354fb2f4,
        keys=("clientOrderId",),
        lookup_query=("symbol", "orderId", "clientOrderId"),
        items="orders",
        generate="clientOrderId",
        not_found=frozenset({3003}),
        fields=(("timestamp", "createdAt"),),
        results="results",
        success=(("code", 0), ("message", "success")),
        success_counts=("successCount",),
        failure_counts=("failedCount",),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    FieldRule(
                        name="orders",
                        value=ValueRule(
                            kind="array", limits=_LIMITS_fa884bef, items=_VALUE_RULE_efbb6fc3
                        ),
                    ),
                ),
                required=("orders",),
            ),
        ),
        body_required=True,
    ),
)
PLACE_CONDITION_ORDER = OperationSpec(
    operation_id="placeConditionOrder",
    method="POST",
    path="/v1/private/order/place-condition",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_ed32d505,
        keys=("clientOrderId",),
        lookup_query=("symbol",),
        generate="clientOrderId",
        duplicate=frozenset({3004}),
        fields=(("timestamp", "createdAt"),),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_7406c5c2,
                    FieldRule(
                        name="type",
                        value=ValueRule(
                            kind="string",
                            enum=(
                                "STOP_MARKET",
                                "STOP_LIMIT",
                                "TAKE_PROFIT_MARKET",
                                "TAKE_PROFIT_LIMIT",
                                "TRAILING_STOP",
                            ),
                        ),
                    ),
                    _FIELD_RULE_9c29b8eb,
                    _FIELD_RULE_59820eea,
                    _FIELD_RULE_9eebc79e,
                    _FIELD_RULE_1cac0fbe,
                    _FIELD_RULE_ea852304,
                    _FIELD_RULE_7a39ca72,
                    _FIELD_RULE_a0428928,
                    _FIELD_RULE_c0348b6b,
                    _FIELD_RULE_8505cdbf,
                    _FIELD_RULE_e9fd9ec1,
                    _FIELD_RULE_42108379,
                    _FIELD_RULE_28280a02,
                    _FIELD_RULE_563aff03,
                ),
                required=("symbol", "type", "side"),
                conditionals=(
                    ConditionalRule(
                        when=(Condition(field="type", values=("STOP_LIMIT", "TAKE_PROFIT_LIMIT")),),
                        required=("price",),
                    ),
                    _CONDITIONAL_RULE_092eb1b2,
                    _CONDITIONAL_RULE_da1b8580,
                    _CONDITIONAL_RULE_28408df1,
                ),
            ),
        ),
        body_required=True,
    ),
)
PLACE_STRATEGY_ORDER = OperationSpec(
    operation_id="placeStrategyOrder",
    method="POST",
    path="/v1/private/order/place-strategy",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_ed32d505,
        keys=("clientOrderId",),
        lookup_query=("symbol",),
        items="subOrderList",
        generate="clientOrderId",
        fields=(("timestamp", "createdAt"),),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    FieldRule(
                        name="strategyType",
                        value=ValueRule(kind="string", enum=("OTOCO", "OTO", "OCO")),
                    ),
                    FieldRule(
                        name="subOrderList",
                        value=ValueRule(
                            kind="array",
                            limits=_LIMITS_fa884bef,
                            items=ValueRule(
                                kind="object",
                                fields=ObjectRules(
                                    fields=(
                                        _FIELD_RULE_7406c5c2,
                                        _FIELD_RULE_9c29b8eb,
                                        _FIELD_RULE_59820eea,
                                        _FIELD_RULE_9eebc79e,
                                        _FIELD_RULE_1cac0fbe,
                                        _FIELD_RULE_ea852304,
                                        _FIELD_RULE_7a39ca72,
                                        _FIELD_RULE_a0428928,
                                        _FIELD_RULE_c0348b6b,
                                        _FIELD_RULE_8505cdbf,
                                        _FIELD_RULE_e9fd9ec1,
                                        _FIELD_RULE_42108379,
                                        _FIELD_RULE_28280a02,
                                        _FIELD_RULE_563aff03,
                                        _FIELD_RULE_05ea8825,
                                        _FIELD_RULE_de935170,
                                        _FIELD_RULE_579a5d91,
                                        FieldRule(
                                            name="type",
                                            value=ValueRule(
                                                kind="string",
                                                enum=(
                                                    "LIMIT",
                                                    "MARKET",
                                                    "STOP_MARKET",
                                                    "STOP_LIMIT",
                                                    "TAKE_PROFIT_MARKET",
                                                    "TAKE_PROFIT_LIMIT",
                                                    "TRAILING_STOP",
                                                ),
                                            ),
                                        ),
                                        FieldRule(name="strategySubId", value=_VALUE_RULE_7b6c6b8c),
                                        FieldRule(name="firstDrivenId", value=_VALUE_RULE_7b6c6b8c),
                                        FieldRule(name="firstDrivenOn", value=_VALUE_RULE_323a372c),
                                        FieldRule(name="firstTrigger", value=_VALUE_RULE_323a372c),
                                        FieldRule(
                                            name="secondDrivenId", value=_VALUE_RULE_7b6c6b8c
                                        ),
                                        FieldRule(
                                            name="secondDrivenOn", value=_VALUE_RULE_323a372c
                                        ),
                                        FieldRule(name="secondTrigger", value=_VALUE_RULE_323a372c),
                                    ),
                                    required=("symbol", "type", "side", "strategySubId"),
                                    conditionals=(
                                        ConditionalRule(
                                            when=(
                                                Condition(
                                                    field="type",
                                                    values=(
                                                        "LIMIT",
                                                        "STOP_LIMIT",
                                                        "TAKE_PROFIT_LIMIT",
                                                    ),
                                                ),
                                            ),
                                            required=("price",),
                                        ),
                                        _CONDITIONAL_RULE_092eb1b2,
                                        _CONDITIONAL_RULE_da1b8580,
                                        _CONDITIONAL_RULE_28408df1,
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
                required=("strategyType", "subOrderList"),
            ),
        ),
        body_required=True,
    ),
)
CANCEL_ORDER = OperationSpec(
    operation_id="cancelOrder",
    method="POST",
    path="/v1/private/order/cancel",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_354fb2f4,
        keys=("orderId", "clientOrderId"),
        lookup_query=("symbol", "orderId", "clientOrderId"),
        not_found=frozenset({3003}),
        fields=(("timestamp", "updatedAt"),),
        done_field="status",
        done_in=frozenset({"CANCELED", "PARTIALLY_FILLED_CANCELED"}),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(body=_VALUE_RULE_a86967d1, body_required=True),
)
MOVE_ORDER = OperationSpec(
    operation_id="moveOrder",
    method="POST",
    path="/v1/private/order/move",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_354fb2f4,
        keys=("orderId",),
        lookup_query=("symbol", "orderId", "clientOrderId"),
        not_found=frozenset({3003}),
        fields=(("timestamp", "updatedAt"),),
        done_equals=("price", "quantity"),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_7406c5c2,
                    _FIELD_RULE_206457d1,
                    _FIELD_RULE_9eebc79e,
                    _FIELD_RULE_1cac0fbe,
                ),
                required=("symbol", "orderId", "price", "quantity"),
            ),
        ),
        body_required=True,
    ),
)
BATCH_MOVE_ORDERS = OperationSpec(
    operation_id="batchMoveOrders",
    method="POST",
    path="/v1/private/order/batch-move",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_354fb2f4,
        keys=("orderId",),
        lookup_query=("symbol", "orderId", "clientOrderId"),
        items="orders",
        not_found=frozenset({3003}),
        done_equals=("price", "quantity"),
        results="results",
        success=(("code", 0), ("message", "success")),
        success_counts=("successCount",),
        failure_counts=("failedCount",),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_7406c5c2,
                    FieldRule(
                        name="orders",
                        value=ValueRule(
                            kind="array",
                            limits=_LIMITS_fa884bef,
                            items=ValueRule(
                                kind="object",
                                fields=ObjectRules(
                                    fields=(
                                        _FIELD_RULE_206457d1,
                                        _FIELD_RULE_9eebc79e,
                                        _FIELD_RULE_1cac0fbe,
                                    ),
                                    required=("orderId", "price", "quantity"),
                                ),
                            ),
                        ),
                    ),
                ),
                required=("symbol", "orders"),
            ),
        ),
        body_required=True,
    ),
)
BATCH_CANCEL_ORDERS = OperationSpec(
    operation_id="batchCancelOrders",
    method="POST",
    path="/v1/private/order/batch-cancel",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_354fb2f4,
        keys=("orderId", "clientOrderId"),
        lookup_query=("symbol", "orderId", "clientOrderId"),
        items="orders",
        not_found=frozenset({3003}),
        done_field="status",
        done_in=frozenset({"CANCELED", "PARTIALLY_FILLED_CANCELED"}),
        results="results",
        success=(("code", 0), ("message", "success")),
        success_counts=("successCount",),
        failure_counts=("failedCount",),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    FieldRule(
                        name="orders",
                        value=ValueRule(
                            kind="array", limits=_LIMITS_fa884bef, items=_VALUE_RULE_a86967d1
                        ),
                    ),
                ),
                required=("orders",),
            ),
        ),
        body_required=True,
    ),
)
CANCEL_ALL_ORDERS = OperationSpec(
    operation_id="cancelAllOrders",
    method="POST",
    path="/v1/private/order/batch-cancel-all",
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
                        name="cancelType",
                        value=ValueRule(kind="integer", enum=(0, 1, 2), limits=_LIMITS_8a9e55eb),
                    ),
                )
            ),
        )
    ),
)
CANCEL_CONDITION_ORDER = OperationSpec(
    operation_id="cancelConditionOrder",
    method="POST",
    path="/v1/private/order/cancel-condition",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    reconcile=ReconcileSpec(
        lookup=_OPERATION_SPEC_ae1f7fb2,
        keys=("conditionId",),
        lookup_query=("symbol", "side", "status", "startTime", "endTime", "page", "pageSize"),
        done_field="conditionStatus",
        done_in=frozenset({"CANCELED"}),
    ),
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_7406c5c2,
                    FieldRule(name="conditionId", value=_VALUE_RULE_323a372c),
                ),
                required=("symbol", "conditionId"),
            ),
        ),
        body_required=True,
    ),
)
GET_CURRENT_ORDERS = OperationSpec(
    operation_id="getCurrentOrders",
    method="GET",
    path="/v1/private/order/current",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                FieldRule(
                    name="limit",
                    value=ValueRule(kind="integer", limits=Limits(minimum=1, maximum=2147483647)),
                ),
                FieldRule(name="lastOrderId", value=_VALUE_RULE_7b6c6b8c),
            )
        )
    ),
)
GET_CURRENT_CONDITION_ORDERS = _OPERATION_SPEC_ed32d505
GET_ORDER_HISTORY = OperationSpec(
    operation_id="getOrderHistory",
    method="GET",
    path="/v1/private/order/history",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                _FIELD_RULE_206457d1,
                _FIELD_RULE_d55dc56f,
                FieldRule(name="type", value=_VALUE_RULE_5f3f463b),
                _FIELD_RULE_18a83961,
                _FIELD_RULE_815065f6,
                _FIELD_RULE_a31cf6d2,
                _FIELD_RULE_11ff69e1,
                _FIELD_RULE_24fdbd8c,
                _FIELD_RULE_b56a2991,
            )
        )
    ),
)
GET_CONDITION_ORDER_HISTORY = _OPERATION_SPEC_ae1f7fb2
GET_TRADES = OperationSpec(
    operation_id="getTrades",
    method="GET",
    path="/v1/private/order/trades",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                _FIELD_RULE_7406c5c2,
                _FIELD_RULE_206457d1,
                _FIELD_RULE_a31cf6d2,
                _FIELD_RULE_11ff69e1,
                _FIELD_RULE_24fdbd8c,
                _FIELD_RULE_b56a2991,
            )
        )
    ),
)
GET_STRATEGY_ORDER = OperationSpec(
    operation_id="getStrategyOrder",
    method="GET",
    path="/v1/private/order/strategy",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(FieldRule(name="strategyId", value=_VALUE_RULE_323a372c),),
            required=("strategyId",),
        )
    ),
)
