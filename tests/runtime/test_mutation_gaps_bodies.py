"""Which bodies are JSON: a gap found by `make mutation` (issue 17) in _bodies.py. A text
body for a JSON media type is sent as a JSON string; for any other type, as its own bytes.
"""

from __future__ import annotations

import pytest

from sixmm._bodies import encode_body, is_json


@pytest.mark.parametrize(
    ("content_type", "json"),
    [
        ("application/json", True),
        ("Application/JSON; charset=utf-8", True),
        ("application/problem+json", True),
        ("text/plain", False),
        ("application/octet-stream", False),
    ],
)
def test_json_media_types(content_type: str, json: bool) -> None:
    assert is_json(content_type) is json


def test_a_text_body_is_a_json_string_only_for_a_json_media_type() -> None:
    assert encode_body("application/json", "hi") == (b'"hi"', "application/json")
    assert encode_body("text/plain", "hi") == (b"hi", "text/plain")
