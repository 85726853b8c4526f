"""The local exchange's request log as openapi-core requests and responses.

openapi-core validates objects that follow its Request and Response protocols; these
adapters present a `sixmm.testing.RecordedRequest` (and the response it got) that way,
at the spec's server URL, so a whole run can be validated against spec/sixmm.yaml after
the fact.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from sixmm.testing import RecordedRequest

__all__ = ["SPEC_SERVER", "LoggedRequest", "LoggedResponse"]

SPEC_SERVER = "https://api.6mm.com"
"""The server URL of the spec; requests are presented as sent there."""


class LoggedRequest:
    """A `RecordedRequest` in openapi-core's Request protocol (at the spec's server URL)."""

    def __init__(self, recorded: RecordedRequest) -> None:
        self.host_url = SPEC_SERVER
        self.path = recorded.path
        self.method = recorded.method.lower()
        self.body: bytes | None = recorded.body or None
        self.content_type = (recorded.header("content-type") or "").lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(recorded.query_string, keep_blank_values=True)),
            header=Headers(list(recorded.headers)),
            cookie=ImmutableMultiDict(),
        )


class LoggedResponse:
    """The response of a `RecordedRequest` in openapi-core's Response protocol."""

    def __init__(self, recorded: RecordedRequest) -> None:
        assert recorded.response is not None
        self.status_code = recorded.response.status
        self.content_type = recorded.response.content_type.lower()
        self.headers = Headers(list(recorded.response.headers))
        self.data: bytes | None = recorded.response.body
