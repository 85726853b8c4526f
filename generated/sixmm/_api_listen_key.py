# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The `OperationSpec` of each operation tagged 'listen-key': method, path, auth and its request rules.

A rule met more than once is a module constant, named after a digest of its text.
"""

from __future__ import annotations

from ._operations import FieldRule, ObjectRules, OperationSpec, RequestChecks, ValueRule

__all__ = [
    "CREATE_LISTEN_KEY",
    "RENEW_LISTEN_KEY",
    "CLOSE_LISTEN_KEY",
]

_REQUEST_CHECKS_4332bcf5 = RequestChecks(
    body=ValueRule(
        kind="object",
        fields=ObjectRules(
            fields=(FieldRule(name="listenKey", value=ValueRule(kind="string")),),
            required=("listenKey",),
        ),
    ),
    body_required=True,
)

CREATE_LISTEN_KEY = OperationSpec(
    operation_id="createListenKey",
    method="POST",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=False,
    accepts=frozenset({"apiKey", "bearer"}),
    checks=RequestChecks(),
)
RENEW_LISTEN_KEY = OperationSpec(
    operation_id="renewListenKey",
    method="PUT",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_4332bcf5,
)
CLOSE_LISTEN_KEY = OperationSpec(
    operation_id="closeListenKey",
    method="DELETE",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    accepts=frozenset({"apiKey", "bearer"}),
    checks=_REQUEST_CHECKS_4332bcf5,
)
