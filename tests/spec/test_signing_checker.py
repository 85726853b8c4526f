"""The tests' own signature checker (`tests.support.signing`) holds to the 6MM signing docs.

Every client and exchange test that checks a signature relies on it, so it must reproduce the
documented signing vectors and refuse each way a signed query can be wrong, not just accept
what the client sends. Vectors: ``reference/6mm-api-facts.md``, "Signing vectors" (secret
``test-secret-0123456789abcdef``, timestamp 1772710377808).
"""

from __future__ import annotations

import pytest

from tests.support.clients import API_SECRET, FIXED_MS
from tests.support.signing import assert_signed_query, sign, signed_query

STAMP = f"timestamp={FIXED_MS}"
BODY = b'{"symbols":["BTCUSDT","ETHUSDT"]}'
GET_INFO_SIGNATURE = "683bb7e22f05dae908538a23310bb623ac695e6e9dfc80fd850a029a3959f661"
SAVE_FAVORITES_SIGNATURE = "a168b88782119040345fab63e12b7cb1b5183d894899a16b79308658b81319ba"


def test_documented_vectors() -> None:
    assert sign(API_SECRET, STAMP) == GET_INFO_SIGNATURE
    assert sign(API_SECRET, STAMP, BODY) == SAVE_FAVORITES_SIGNATURE
    assert signed_query(API_SECRET, STAMP) == f"{STAMP}&signature={GET_INFO_SIGNATURE}"
    assert signed_query(API_SECRET, "") == f"signature={sign(API_SECRET, '')}"


def test_documented_requests_are_accepted() -> None:
    get = assert_signed_query(f"{STAMP}&signature={GET_INFO_SIGNATURE}", b"", API_SECRET)
    assert (get.unsigned, get.timestamp, get.names) == (STAMP, FIXED_MS, ("timestamp", "signature"))
    post = assert_signed_query(f"{STAMP}&signature={SAVE_FAVORITES_SIGNATURE}", BODY, API_SECRET)
    assert post.signature == SAVE_FAVORITES_SIGNATURE
    query = f"assetType=U%53DT&page=2&{STAMP}"
    with_params = assert_signed_query(signed_query(API_SECRET, query), b"", API_SECRET)
    assert with_params.names == ("assetType", "page", "timestamp", "signature")


def _signed(query: str, body: bytes = b"") -> str:
    return signed_query(API_SECRET, query, body)


WRONG = [
    pytest.param(f"{STAMP}&signature={GET_INFO_SIGNATURE.upper()}", b"", id="upper-case-hex"),
    pytest.param(f"{STAMP}&signature={GET_INFO_SIGNATURE[:-1]}", b"", id="short-signature"),
    pytest.param(f"signature={GET_INFO_SIGNATURE}&{STAMP}", b"", id="signature-not-last"),
    pytest.param(f"{STAMP}", b"", id="no-signature"),
    pytest.param(f"{STAMP}&signature={GET_INFO_SIGNATURE}", BODY, id="body-not-signed"),
    pytest.param(
        f"{STAMP}&signature={SAVE_FAVORITES_SIGNATURE}", b'{"symbols":["BTCUSDT"]}', id="other-body"
    ),
    pytest.param(f"{STAMP}&signature={sign('another-secret', STAMP)}", b"", id="other-secret"),
    pytest.param(_signed("page=1"), b"", id="no-timestamp"),
    pytest.param(_signed(f"{STAMP}&page=1"), b"", id="timestamp-not-last"),
    pytest.param(_signed(f"{STAMP}&{STAMP}"), b"", id="two-timestamps"),
    pytest.param(_signed("timestamp=soon"), b"", id="timestamp-not-ms"),
    pytest.param(_signed(f"assetType=é&{STAMP}"), b"", id="not-percent-encoded"),
    pytest.param(
        f"assetType=U%53DT&{STAMP}&signature={sign(API_SECRET, f'assetType=USDT&{STAMP}')}",
        b"",
        id="signed-decoded-sent-encoded",
    ),
    pytest.param(
        f"page=1&pageSize=2&{STAMP}&signature={sign(API_SECRET, f'pageSize=2&page=1&{STAMP}')}",
        b"",
        id="signed-in-another-order",
    ),
]


@pytest.mark.parametrize(("query", "body"), WRONG)
def test_every_defect_is_refused(query: str, body: bytes) -> None:
    with pytest.raises(AssertionError):
        assert_signed_query(query, body, API_SECRET)
