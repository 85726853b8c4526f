"""The tests' own 6MM request signature, written from the 6MM signing documentation.

It is deliberately independent of both the runtime's signer (``sixmm._signing``) and the
local exchange's checker (``sixmm.testing._auth``): tests use it to verify what the client
really sent, and to sign requests they build by hand. From the documentation
(``6mm-docs/request-signing.md``):

* ``payload = queryStringWithoutSignature + requestBody``;
  ``signature = HMAC-SHA256(apiSecret, payload)`` as a lower-case hex string;
* ``signature`` is placed in the URL query string but is not part of the payload; the
  server verifies the query string as sent (it does not reorder or re-encode it) and the
  body exactly as transmitted;
* ``timestamp`` is a Unix millisecond timestamp.

On top of the documentation, `assert_signed` checks how the ``sixmm`` client lays the query
out: ``timestamp`` is the last parameter before ``signature``, and ``signature`` is last.
This is the only place in the tests that computes an HMAC.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Final, Protocol

__all__ = ["SignedQuery", "Signable", "sign", "signed_query", "assert_signed", "assert_signed_query"]

_HEX64: Final = re.compile(r"[0-9a-f]{64}")
_SIGNATURE_TAIL: Final = "&signature="


def sign(secret: str, query: str, body: bytes = b"") -> str:
    """The documented signature: lower-case hex HMAC-SHA256 of ``query`` (as sent) followed by ``body``.

    ``query`` is the query string without the signature, exactly as it travels (still
    percent-encoded, so ASCII); ``body`` the raw body bytes (empty without a body).
    """
    payload = query.encode("utf-8") + body
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def signed_query(secret: str, query: str, body: bytes = b"") -> str:
    """``query`` with ``&signature=<sign(...)>`` appended (``signature=...`` alone for an empty query)."""
    signature = sign(secret, query, body)
    return f"{query}{_SIGNATURE_TAIL}{signature}" if query else f"signature={signature}"


@dataclass(frozen=True)
class SignedQuery:
    """A query string the client signed, taken apart."""

    unsigned: str
    """The query string without ``&signature=...``: the signed part."""
    signature: str
    timestamp: int
    names: tuple[str, ...]
    """The parameter names in order, ``timestamp`` and ``signature`` included."""


class Signable(Protocol):
    """A recorded request: the raw query string and body as they arrived.

    `sixmm.testing.RecordedRequest` is one.
    """

    @property
    def query_string(self) -> str: ...

    @property
    def body(self) -> bytes: ...


def assert_signed_query(query: str, body: bytes, secret: str) -> SignedQuery:
    """Assert that ``query`` (raw, as sent) and ``body`` carry a correct client signature.

    The query must be ASCII, end with ``&timestamp=<ms>&signature=<64 lower-case hex>``,
    hold each of the two exactly once, and the signature must be the documented HMAC of
    the rest of the query followed by the body. Returns the parts for further checks.
    """
    assert query.isascii(), f"the query string must travel percent-encoded: {query!r}"
    unsigned, sep, signature = query.rpartition(_SIGNATURE_TAIL)
    assert sep, f"no trailing &signature= in {query!r}"
    assert _HEX64.fullmatch(signature), f"not 64 lower-case hex digits: {signature!r}"
    assert hmac.compare_digest(signature, sign(secret, unsigned, body)), f"wrong signature for {query!r}"
    names = tuple(part.partition("=")[0] for part in query.split("&"))
    assert names[-2:] == ("timestamp", "signature"), names
    assert names.count("timestamp") == 1, names
    assert names.count("signature") == 1, names
    stamp = unsigned.rpartition("&")[2].removeprefix("timestamp=")
    assert stamp.isdigit(), f"timestamp {stamp!r} is not Unix milliseconds"
    return SignedQuery(unsigned=unsigned, signature=signature, timestamp=int(stamp), names=names)


def assert_signed(request: Signable, secret: str) -> SignedQuery:
    """`assert_signed_query` over a recorded request's raw query string and body."""
    return assert_signed_query(request.query_string, request.body, secret)
