"""Hypothesis strategies for hostile HTTP responses: whatever a broken or malicious server sends.

A `HostileResponse` is a status, headers and body bytes, drawn from statuses of every
class, encodings that lie, truncated and deeply nested JSON, envelopes with codes of the
wrong type, random bytes and large bodies. The rule they test: a call returns a model or
raises a ``SixMMError`` subclass carrying the request id.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass, field

from hypothesis import strategies as st

from tests.support.examples import example

__all__ = ["HostileResponse", "hostile_responses"]


@dataclass(frozen=True)
class HostileResponse:
    """What the server answers: ``status``, ``headers`` and the raw ``body`` bytes."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


STATUSES = (200, 201, 204, 299, 301, 400, 401, 403, 404, 418, 429, 500, 502, 503, 504, 599)


def _nested(depth: int, opener: str) -> bytes:
    inner = ("[" * depth + "]" * depth) if opener == "[" else ('{"a":' * depth + "1" + "}" * depth)
    return ('{"code":0,"message":"ok","data":' + inner + ',"requestId":"deep"}').encode()


def _envelopes(operation_id: str) -> st.SearchStrategy[bytes]:
    success = example(operation_id)
    codes = st.sampled_from([0, "0", 0.0, False, None, "5003", 5003, 1001, -1, 2**70, [0], {"c": 0}])
    datas = st.sampled_from([success.get("data"), None, [], {}, "x", 1e308, {"a": [1] * 3}])

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        body = {
            "code": draw(codes),
            "message": draw(st.sampled_from(["ok", "", None, 7])),
            "data": draw(datas),
        }
        if draw(st.booleans()):
            body["requestId"] = draw(st.sampled_from(["srv-1", "", None, 3]))
        return json.dumps(body).encode()

    return build()


def _bodies(operation_id: str) -> st.SearchStrategy[bytes]:
    valid = json.dumps(example(operation_id)).encode()
    return st.one_of(
        st.just(valid),
        st.builds(lambda n: valid[:n], st.integers(0, len(valid))),  # truncated
        _envelopes(operation_id),
        st.builds(_nested, st.integers(900, 4000), st.sampled_from(["[", "{"])),
        st.binary(max_size=64),
        st.just(b""),
        st.just(b"<html><body>502 Bad Gateway</body></html>"),
        st.just(b'{"code":0,"message":"' + b"x" * 300_000 + b'"}'),  # large
        st.just(b"\xff\xfe{\x00}\x00"),  # UTF-16 with a BOM
        st.just(b'{"code":0,"data":1e999999}'),
    )


def _encode(body: bytes, encoding: str | None, honest: bool) -> tuple[bytes, dict[str, str]]:
    if encoding is None:
        return body, {}
    if honest and encoding == "gzip":
        return gzip.compress(body), {"Content-Encoding": "gzip"}
    if honest and encoding == "deflate":
        return zlib.compress(body), {"Content-Encoding": "deflate"}
    return body, {"Content-Encoding": encoding}  # a label the bytes do not match


@st.composite
def _responses(draw: st.DrawFn, operation_id: str) -> HostileResponse:
    body = draw(_bodies(operation_id))
    encoding = draw(st.sampled_from([None, None, "gzip", "deflate", "br", "identity", "x-bogus"]))
    body, headers = _encode(body, encoding, honest=draw(st.booleans()))
    content_type = draw(
        st.sampled_from(["application/json", "text/html", "application/json; charset=x-nope", ""])
    )
    if content_type:
        headers["Content-Type"] = content_type
    if draw(st.booleans()):
        headers["Retry-After"] = draw(
            st.sampled_from(["0", "-5", "nan", "inf", "1e400", "soon", "Wed, 21 Oct 2015"])
        )
    return HostileResponse(draw(st.sampled_from(STATUSES)), body, headers)


def hostile_responses(operation_id: str) -> st.SearchStrategy[HostileResponse]:
    """Hostile answers to ``operation_id`` (its success example is the honest starting point)."""
    return _responses(operation_id)
