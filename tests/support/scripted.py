"""A scripted API behind `httpx.MockTransport`, for tests of the client's own decisions.

Retrying or not, backing off, honouring Retry-After, choosing the error: none of that needs
a server. `ScriptedApi` answers each request the client sends with the next scripted
response, in order, and records the request; a request nobody scripted fails the test.
`ScriptedApi.then_succeed` answers with the spec's success example of an operation.
"""

from __future__ import annotations

from collections import deque
from typing import Final

import httpx

from tests.support.examples import example_bytes

__all__ = ["ScriptedApi", "BASE_URL"]

BASE_URL: Final = "http://127.0.0.1:9"
"""Where the clients point; nothing is connected, the mock transport answers."""


class ScriptedApi:
    """An `httpx.MockTransport` handler that answers from a script; see the module docstring."""

    def __init__(self) -> None:
        self._script: deque[httpx.Response | httpx.HTTPError] = deque()
        self.requests: list[httpx.Request] = []
        """Every request received, in order."""
        self._clients: list[httpx.Client | httpx.AsyncClient] = []

    def then(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> ScriptedApi:
        """Answer the next unanswered request with this response (``Content-Type`` defaults to JSON)."""
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        if not any(name.lower() in ("content-length", "transfer-encoding") for name in all_headers):
            all_headers["Content-Length"] = str(len(body))
        # A stream, not content: the client decodes it as it would a server's bytes
        # (Content-Encoding included), so hostile encodings reach the client's own code.
        self._script.append(httpx.Response(status, stream=httpx.ByteStream(body), headers=all_headers))
        return self

    def then_drop(self) -> ScriptedApi:
        """Lose the connection after the next request was read in full (it was sent, no answer came)."""
        return self.then_raise(httpx.RemoteProtocolError("server disconnected without sending a response"))

    def then_raise(self, error: httpx.HTTPError) -> ScriptedApi:
        """Raise ``error`` from the transport once the next request was read in full."""
        self._script.append(error)
        return self

    def then_succeed(self, operation_id: str) -> ScriptedApi:
        """Answer the next unanswered request with the spec's success example of ``operation_id``."""
        return self.then(200, example_bytes(operation_id))

    @property
    def unanswered(self) -> int:
        """How many scripted responses are left."""
        return len(self._script)

    @property
    def paths(self) -> list[str]:
        """The path of every request received, in order."""
        return [request.url.path for request in self.requests]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        assert self._script, f"unscripted request: {request.method} {request.url}"
        answer = self._script.popleft()
        if isinstance(answer, httpx.HTTPError):
            raise answer
        return answer

    def sync_client(self) -> httpx.Client:
        """An `httpx.Client` whose transport is this script (closed by `aclose`)."""
        client = httpx.Client(transport=httpx.MockTransport(self))
        self._clients.append(client)
        return client

    def async_client(self) -> httpx.AsyncClient:
        """An `httpx.AsyncClient` whose transport is this script (closed by `aclose`)."""
        client = httpx.AsyncClient(transport=httpx.MockTransport(self))
        self._clients.append(client)
        return client

    async def aclose(self) -> None:
        """Close every httpx client made by `sync_client` and `async_client`."""
        for client in self._clients:
            if isinstance(client, httpx.AsyncClient):
                await client.aclose()
            else:
                client.close()
        self._clients.clear()
