"""A response that does not match its model names every mismatch, in order, and its request id."""

from __future__ import annotations

import httpx
import pytest
from pydantic import BaseModel

from sixmm import DecodeError
from sixmm._response import parse_data


class _Pair(BaseModel):
    first: int
    second: str


def test_each_mismatch_is_named_and_separated() -> None:
    response = httpx.Response(200, content=b'{"code":0,"data":{}}')
    with pytest.raises(DecodeError) as caught:
        parse_data({"first": "x"}, _Pair, response, "req-9")
    message = str(caught.value)
    assert "the response data does not match _Pair: first: " in message
    assert "; second: Field required" in message
    assert caught.value.request_id == "req-9"
