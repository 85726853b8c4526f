# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""What the request machinery needs to know about this API and each of its operations."""

from __future__ import annotations

from ._errors import ERRORS
from ._operations import (
    ApiDescription,
    ClockSyncSpec,
    EnvelopeSpec,
    ErrorSignalSpec,
    OperationSpec,
    SignatureSpec,
)

__all__ = ["API"]

API = ApiDescription(
    name="6MM User and Account API",
    default_base_url="https://api.6mm.com",
    env_prefix="SIXMM_",
    user_agent="sixmm-python/0.3.0",
    request_id_header="X-Request-ID",
    envelope=EnvelopeSpec(
        code_field="code",
        message_field="message",
        data_field="data",
        request_id_field="requestId",
        success_code=0,
    ),
    signature=SignatureSpec(
        key_header="X-API-KEY",
        timestamp_parameter="timestamp",
        signature_parameter="signature",
        tolerance_ms=10000,
        digest="sha256",
    ),
    bearer=True,
    api_key_header="X-API-KEY",
    signals=ErrorSignalSpec(
        token_expired_codes=frozenset({1002}),
        timestamp_codes=frozenset(),
        timestamp_messages=("Timestamp outside of tolerance window",),
    ),
    clock_sync=ClockSyncSpec(path="/v1/time", field="timestampMs"),
    retry_statuses=frozenset({429, 502, 503, 504}),
    retry_codes=frozenset({5002, 5003}),
    errors=ERRORS,
    credentials_required=True,
)

GET_INFO = OperationSpec(
    operation_id="getInfo",
    method="GET",
    path="/v1/private/user/info",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ASSET = OperationSpec(
    operation_id="getAsset",
    method="GET",
    path="/v1/private/user/asset",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ACCOUNT_CHANGE_LOG = OperationSpec(
    operation_id="getAccountChangeLog",
    method="GET",
    path="/v1/private/user/account-change-log",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_VOLUME_STATS = OperationSpec(
    operation_id="getVolumeStats",
    method="GET",
    path="/v1/private/user/volume-stats",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_BALANCE_HISTORY = OperationSpec(
    operation_id="getBalanceHistory",
    method="GET",
    path="/v1/private/user/balance-history",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_TRADE_OVERVIEW = OperationSpec(
    operation_id="getTradeOverview",
    method="GET",
    path="/v1/private/user/trade-overview",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ASSET_OVERVIEW_SUMMARY = OperationSpec(
    operation_id="getAssetOverviewSummary",
    method="GET",
    path="/v1/private/user/asset/overview/summary",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ASSET_OVERVIEW_TREND = OperationSpec(
    operation_id="getAssetOverviewTrend",
    method="GET",
    path="/v1/private/user/asset/overview/trend",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
SAVE_FAVORITE_SYMBOLS = OperationSpec(
    operation_id="saveFavoriteSymbols",
    method="POST",
    path="/v1/private/user/favorite-symbols",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
GET_FAVORITE_SYMBOLS = OperationSpec(
    operation_id="getFavoriteSymbols",
    method="GET",
    path="/v1/private/user/favorite-symbols",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
CREATE_LISTEN_KEY = OperationSpec(
    operation_id="createListenKey",
    method="POST",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=False,
    content_type=None,
    auth_optional=False,
)
RENEW_LISTEN_KEY = OperationSpec(
    operation_id="renewListenKey",
    method="PUT",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
CLOSE_LISTEN_KEY = OperationSpec(
    operation_id="closeListenKey",
    method="DELETE",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
GET_SERVER_TIME = OperationSpec(
    operation_id="getServerTime",
    method="GET",
    path="/v1/time",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_VERSION = OperationSpec(
    operation_id="getVersion",
    method="GET",
    path="/v1/version",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
