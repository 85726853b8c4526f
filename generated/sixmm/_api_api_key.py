# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'api-key': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import FieldRule, Limits, ObjectRules, OperationSpec, RequestChecks, ValueRule

__all__ = [
    "CREATE_API_KEY",
    "LIST_API_KEYS",
    "UPDATE_API_KEY",
    "DELETE_API_KEY",
    "DELETE_ALL_API_KEYS",
]

_FIELD_RULE_eff9c874 = FieldRule(
    name="label", value=ValueRule(kind="string", limits=Limits(min_length=1, max_length=64))
)
_FIELD_RULE_8878c10f = FieldRule(
    name="permissions", value=ValueRule(kind="integer", limits=Limits(minimum=1, maximum=7))
)
_VALUE_RULE_323a372c = ValueRule(kind="string")
_FIELD_RULE_3cbbc095 = FieldRule(
    name="ipWhitelist",
    value=ValueRule(kind="array", limits=Limits(max_items=20), items=_VALUE_RULE_323a372c),
)
_REQUEST_CHECKS_59b01ca0 = RequestChecks()
_FIELD_RULE_e7092121 = FieldRule(name="id", value=_VALUE_RULE_323a372c)

CREATE_API_KEY = OperationSpec(
    operation_id="createApiKey",
    method="POST",
    path="/v1/private/user/api-key/create",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    accepts=frozenset({"bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(_FIELD_RULE_eff9c874, _FIELD_RULE_8878c10f, _FIELD_RULE_3cbbc095),
                required=("label",),
            ),
        ),
        body_required=True,
    ),
)
LIST_API_KEYS = OperationSpec(
    operation_id="listApiKeys",
    method="GET",
    path="/v1/private/user/api-key/list",
    auth_required=True,
    retry_safe=True,
    accepts=frozenset({"bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
UPDATE_API_KEY = OperationSpec(
    operation_id="updateApiKey",
    method="PUT",
    path="/v1/private/user/api-key/update",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    accepts=frozenset({"bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object",
            fields=ObjectRules(
                fields=(
                    _FIELD_RULE_e7092121,
                    _FIELD_RULE_eff9c874,
                    _FIELD_RULE_8878c10f,
                    _FIELD_RULE_3cbbc095,
                    FieldRule(
                        name="status",
                        value=ValueRule(
                            kind="integer",
                            enum=(1, 0),
                            limits=Limits(minimum=-2147483648, maximum=2147483647),
                        ),
                    ),
                ),
                required=("id",),
            ),
        ),
        body_required=True,
    ),
)
DELETE_API_KEY = OperationSpec(
    operation_id="deleteApiKey",
    method="POST",
    path="/v1/private/user/api-key/delete",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    accepts=frozenset({"bearer"}),
    checks=RequestChecks(
        body=ValueRule(
            kind="object", fields=ObjectRules(fields=(_FIELD_RULE_e7092121,), required=("id",))
        ),
        body_required=True,
    ),
)
DELETE_ALL_API_KEYS = OperationSpec(
    operation_id="deleteAllApiKeys",
    method="POST",
    path="/v1/private/user/api-key/delete-all",
    auth_required=True,
    retry_safe=False,
    accepts=frozenset({"bearer"}),
    checks=_REQUEST_CHECKS_59b01ca0,
)
