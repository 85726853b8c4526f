"""Which bodies are JSON: gaps found by `make mutation` (issue 17) in _bodies.py. A text
body for a JSON media type is sent as a JSON string; for any other type, as its own bytes.
A multipart body reads back, with a standard parser, as one part per value: an object as
a JSON part, bytes as a file, anything else as text.
"""

from __future__ import annotations

import email.parser
import email.policy

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


def test_a_multipart_body_reads_back_as_json_file_and_text_parts() -> None:
    body, content_type = encode_body(
        "multipart/form-data", {"meta": {"k": 1}, "file": b"\x00\x01", "tags": ["a", "b"]}
    )
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("ascii") + b"\r\n\r\n" + body
    )
    assert message.get_content_type() == "multipart/form-data" and not message.defects
    parts = [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]
    assert parts == [
        ("meta", None, "application/json", b'{"k":1}'),
        ("file", "file", "application/octet-stream", b"\x00\x01"),
        ("tags", None, "text/plain", b"a"),
        ("tags", None, "text/plain", b"b"),
    ]
