# Copied from generator/runtime/_signing.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""HMAC request signing over the exact query string and body bytes."""

from __future__ import annotations

import hmac

from ._credentials import ApiKeyCredentials
from ._operations import SignatureSpec


def hmac_hex(secret: str, payload: bytes, digest: str = "sha256") -> str:
    """Lower-case hex HMAC of ``payload`` keyed with ``secret``."""
    return hmac.new(secret.encode("utf-8"), payload, digest).hexdigest()


def signed_query(
    scheme: SignatureSpec,
    credentials: ApiKeyCredentials,
    query: str,
    body: bytes,
    timestamp_ms: int,
) -> str:
    """The query string to send: ``query``, the timestamp last, then the signature.

    The signature covers the query string as sent (without the signature) followed
    directly by the body bytes.
    """
    stamped = f"{query}&" if query else ""
    stamped += f"{scheme.timestamp_parameter}={timestamp_ms}"
    assert credentials.api_secret is not None  # resolve_credentials requires it for signing APIs
    signature = hmac_hex(credentials.api_secret.reveal(), stamped.encode("ascii") + body, scheme.digest)
    return f"{stamped}&{scheme.signature_parameter}={signature}"
