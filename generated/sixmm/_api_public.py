# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'public': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import FieldRule, Limits, ObjectRules, OperationSpec, RequestChecks, ValueRule

__all__ = [
    "GET_SERVER_TIME",
    "GET_VERSION",
    "LOGIN",
    "REFRESH_TOKEN",
    "EXCHANGE_AGENT_TICKET",
    "EXCHANGE_AGENT_EMBED_TOKEN",
    "GET_PNL_LEADERBOARD",
]

_REQUEST_CHECKS_59b01ca0 = RequestChecks()
_FIELD_RULE_622e1020 = FieldRule(
    name="deviceId", value=ValueRule(kind="string", limits=Limits(max_length=64))
)
_VALUE_RULE_c4c90c58 = ValueRule(kind="string", limits=Limits(max_length=128))
_VALUE_RULE_323a372c = ValueRule(kind="string")

GET_SERVER_TIME = OperationSpec(
    operation_id="getServerTime",
    method="GET",
    path="/v1/time",
    auth_required=False,
    retry_safe=True,
    checks=_REQUEST_CHECKS_59b01ca0,
)
GET_VERSION = OperationSpec(
    operation_id="getVersion",
    method="GET",
    path="/v1/version",
    auth_required=False,
    retry_safe=True,
    checks=_REQUEST_CHECKS_59b01ca0,
)
LOGIN = OperationSpec(
    operation_id="login",
    method="POST",
    path="/v1/public/user/login",
    auth_required=False,
    retry_safe=False,
    content_type="application/json",
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    FieldRule(
                        name="username",
                        value=ValueRule(kind="string", limits=Limits(min_length=3, max_length=32)),
                    ),
                    FieldRule(
                        name="password",
                        value=ValueRule(kind="string", limits=Limits(min_length=1, max_length=64)),
                    ),
                    _FIELD_RULE_622e1020,
                    FieldRule(name="deviceName", value=_VALUE_RULE_c4c90c58),
                ),
                required=("username", "password"),
            ),
        ),
        body_required=True,
    ),
)
REFRESH_TOKEN = OperationSpec(
    operation_id="refreshToken",
    method="POST",
    path="/v1/public/user/refresh-token",
    auth_required=False,
    retry_safe=False,
    checks=_REQUEST_CHECKS_59b01ca0,
)
EXCHANGE_AGENT_TICKET = OperationSpec(
    operation_id="exchangeAgentTicket",
    method="POST",
    path="/v1/public/agent-sso/exchange-ticket",
    auth_required=False,
    retry_safe=False,
    content_type="application/json",
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(FieldRule(name="ticket", value=_VALUE_RULE_323a372c), _FIELD_RULE_622e1020),
                required=("ticket",),
            ),
        ),
        body_required=True,
    ),
)
EXCHANGE_AGENT_EMBED_TOKEN = OperationSpec(
    operation_id="exchangeAgentEmbedToken",
    method="POST",
    path="/v1/public/agent-sso/exchange-embed-token",
    auth_required=False,
    retry_safe=False,
    content_type="application/json",
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    FieldRule(name="embedToken", value=_VALUE_RULE_323a372c),
                    FieldRule(name="channelId", value=_VALUE_RULE_c4c90c58),
                    _FIELD_RULE_622e1020,
                ),
                required=("embedToken", "channelId"),
            ),
        ),
        body_required=True,
    ),
)
GET_PNL_LEADERBOARD = OperationSpec(
    operation_id="getPnlLeaderboard",
    method="GET",
    path="/v1/public/leaderboard/pnl",
    auth_required=False,
    retry_safe=True,
    auth_optional=True,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(
        parameters=ObjectRules(
            fields=(
                FieldRule(name="period", value=ValueRule(kind="string", enum=("7d", "30d", "90d"))),
            ),
            required=("period",),
        )
    ),
)
