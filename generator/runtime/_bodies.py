"""Request bodies other than a JSON object: form fields, multipart parts, raw bytes.

Each is encoded to bytes once, here, like the JSON body (`_wire.encode_json`): the bytes
are what is signed and sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from ._wire import encode_json, encode_query, format_scalar, is_model

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def is_json(content_type: str) -> bool:
    """``application/json`` and the ``+json`` types."""
    essence = content_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


def encode_body(content_type: str, body: Any) -> tuple[bytes, str]:
    """The bytes of ``body`` sent as ``content_type``, and the Content-Type header to send."""
    if content_type == FORM and isinstance(body, Mapping):
        return encode_query(_form_items(body)).encode("ascii"), content_type
    if content_type == MULTIPART and isinstance(body, Mapping):
        boundary = uuid.uuid4().hex
        return _multipart(body, boundary), f"{content_type}; boundary={boundary}"
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body), content_type
    if isinstance(body, str) and not is_json(content_type):
        return body.encode("utf-8"), content_type
    return encode_json(body), content_type


def _form_items(body: Mapping[str, Any]) -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = []
    for name, value in body.items():
        if is_model(value) or isinstance(value, Mapping):
            items.append((name, encode_json(value).decode("utf-8")))
        else:
            items.append((name, value))
    return items


def _multipart(body: Mapping[str, Any], boundary: str) -> bytes:
    chunks: list[bytes] = []
    for name, value in body.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            quoted = name.replace('"', "%22")
            if isinstance(item, (bytes, bytearray, memoryview)):
                head = (
                    f'Content-Disposition: form-data; name="{quoted}"; filename="{quoted}"\r\n'
                    "Content-Type: application/octet-stream\r\n"
                )
                data = bytes(item)
            elif is_model(item) or isinstance(item, Mapping):
                head = (
                    f'Content-Disposition: form-data; name="{quoted}"\r\n'
                    "Content-Type: application/json\r\n"
                )
                data = encode_json(item)
            else:
                head = f'Content-Disposition: form-data; name="{quoted}"\r\n'
                data = format_scalar(item).encode("utf-8")
            chunks.append(f"--{boundary}\r\n{head}\r\n".encode() + data + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)
