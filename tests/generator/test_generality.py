"""The generator knows OpenAPI, not 6MM: a client for an unrelated API works end to end.

``tests/generator/corpus/store-api.yaml`` is a small pet store: path parameters, a JSON request body,
responses that are the whole JSON body (no envelope, no ``x-`` extensions at all), an API key in
the ``X-Store-Key`` header and no request signing. It is generated as the package
``store_client`` into a temporary directory, and every operation is called through the sync
and the async client against a local HTTP server on 127.0.0.1 that checks what it receives.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from tests.support.corpus import GeneratedPackage, generate_package
from tests.support.paths import CORPUS

SPEC = CORPUS / "store-api.yaml"
PACKAGE = "store_client"
API_KEY = "k-store-0123"
BASE_PATH = "/v2"


@dataclass
class Recorded:
    """One request exactly as the server received it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class PetStore:
    """The state of the fake store and the requests it saw."""

    pets: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_id: int = 1
    requests: list[Recorded] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, tag: str | None) -> dict[str, Any]:
        pet = {"id": self.next_id, "name": name, "tag": tag}
        self.pets[self.next_id] = pet
        self.next_id += 1
        return pet


class _Handler(BaseHTTPRequestHandler):
    store: PetStore

    def log_message(self, format: str, *args: Any) -> None:
        del format, args  # quiet: the tests read the recorded requests instead

    def _reply(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with self.store.lock:
            self.store.requests.append(
                Recorded(self.command, url.path, parse_qsl(url.query), dict(self.headers.items()), body)
            )
        if self.headers.get("X-Store-Key") != API_KEY:
            self._reply(401, {"error": "missing or wrong X-Store-Key"})
            return
        match = re.fullmatch(rf"{BASE_PATH}/pets(?:/(?P<pet_id>[^/]+))?", url.path)
        if match is None:
            self._reply(404, {"error": "no such path"})
            return
        pet_id = match["pet_id"]
        with self.store.lock:
            self._route(pet_id, dict(parse_qsl(url.query)), body)

    def _route(self, pet_id: str | None, query: dict[str, str], body: bytes) -> None:
        store = self.store
        if pet_id is None and self.command == "GET":
            limit = int(query.get("limit", "100"))
            ordered = sorted(store.pets.values(), key=lambda p: p["id"])
            page = ordered[:limit]
            more = len(ordered) > limit
            self._reply(200, {"items": page, "next": f"after-{page[-1]['id']}" if more else None})
        elif pet_id is None and self.command == "POST":
            if self.headers.get("Content-Type") != "application/json":
                self._reply(415, {"error": "JSON only"})
                return
            data = json.loads(body)
            self._reply(201, store.add(data["name"], data.get("tag")))
        elif pet_id is not None and not pet_id.isdigit():
            self._reply(400, {"error": f"bad pet id {pet_id!r}"})
        elif pet_id is not None and self.command == "GET":
            pet = store.pets.get(int(pet_id))
            self._reply(200, pet) if pet else self._reply(404, {"error": "no such pet"})
        elif pet_id is not None and self.command == "DELETE":
            existed = store.pets.pop(int(pet_id), None) is not None
            self._reply(200, {"deleted": existed, "id": int(pet_id)})
        else:
            self._reply(405, {"error": "method not allowed"})

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()


@pytest.fixture
def server() -> Iterator[tuple[str, PetStore]]:
    """A fake pet store on 127.0.0.1 (ephemeral port); yields its base URL and state."""
    store = PetStore()
    store.add("Rex", "dog")
    store.add("Tom", None)
    handler = type("Handler", (_Handler,), {"store": store})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{BASE_PATH}", store
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> GeneratedPackage:
    return generate_package(SPEC, tmp_path_factory.mktemp("store"), import_name=PACKAGE)


@pytest.fixture(scope="module")
def store_client(generated: GeneratedPackage) -> Iterator[ModuleType]:
    """The generated package, imported from its temporary directory (and forgotten afterwards)."""
    sys.path.insert(0, str(generated.root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(generated.root))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_the_spec_uses_no_extensions() -> None:
    def keys(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield str(key)
                yield from keys(value)
        elif isinstance(node, list):
            for item in node:
                yield from keys(item)

    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert [k for k in keys(document) if k.startswith("x-")] == []


def test_generation_is_clean(generated: GeneratedPackage) -> None:
    assert [w.format() for w in generated.warnings] == []


def test_nothing_about_6mm_reaches_the_generated_package(generated: GeneratedPackage) -> None:
    for path, content in generated.tree.items():
        text = content.decode("utf-8").lower()
        for word in ("6mm", "sixmm", "six mm"):
            assert word not in text, f"{path} mentions {word!r}"


def test_documentation_describes_this_api_not_a_signed_one(generated: GeneratedPackage) -> None:
    # The store takes a plain API key: nothing generated for it may ask for a secret or promise
    # signed requests, envelopes or bearer tokens it does not have.
    # (The constructors keep the shared runtime's keyword arguments; their documentation must not.)
    texts = {
        "README.md": generated.tree["README.md"].decode("utf-8"),
        "the package docstring": ast.get_docstring(ast.parse(generated.source("__init__.py"))) or "",
    }
    for node in ast.parse(generated.source("_client.py")).body:
        if isinstance(node, ast.ClassDef):
            texts[f"the {node.name} docstring"] = ast.get_docstring(node) or ""
    assert set(texts) >= {"the Client docstring", "the AsyncClient docstring"}
    for where, text in texts.items():
        for claim in ("api_secret", "API_SECRET", "signed", "envelope", "client.()", "access_token"):
            assert claim not in text, f"{where} says {claim!r}:\n{text}"
        if where.endswith("Client docstring"):
            assert "X-Store-Key" in text, f"{where} does not say how the key is sent:\n{text}"


def test_methods_take_the_spec_parameters_and_nothing_of_6mm(store_client: ModuleType) -> None:
    client = store_client.Client(base_url="http://127.0.0.1:9/v2", api_key=API_KEY)
    try:
        transport = {"extra_headers", "request_id", "timeout", "max_retries"}
        expected = {
            "list_pets": {"limit"},
            "create_pet": {"name", "tag"},
            "get_pet": {"pet_id"},
            "delete_pet": {"pet_id"},
        }
        for method, arguments in expected.items():
            parameters = inspect.signature(getattr(client.pets, method)).parameters
            assert set(parameters) - transport == arguments, method
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
        assert inspect.signature(client.pets.get_pet).parameters["pet_id"].annotation in (int, "int")
    finally:
        client.close()


def _only_request(store: PetStore) -> Recorded:
    assert len(store.requests) == 1, store.requests
    request = store.requests.pop()
    assert request.headers.get("X-Store-Key") == API_KEY
    assert "Authorization" not in request.headers
    assert not {name for name, _ in request.query} & {"timestamp", "signature", "recvWindow"}
    return request


def test_every_operation_through_the_sync_client(
    store_client: ModuleType, server: tuple[str, PetStore]
) -> None:
    base_url, store = server
    models = store_client.models
    with store_client.Client(base_url=base_url, api_key=API_KEY) as client:
        page = client.pets.list_pets(limit=1)
        assert isinstance(page, models.PetList)
        assert [type(p) for p in page.items] == [models.Pet]
        assert (page.items[0].id, page.items[0].name, page.items[0].tag) == (1, "Rex", "dog")
        assert page.next == "after-1"
        request = _only_request(store)
        assert (request.method, request.path, request.query) == ("GET", "/v2/pets", [("limit", "1")])

        everything = client.pets.list_pets()
        assert [p.name for p in everything.items] == ["Rex", "Tom"] and everything.next is None
        assert _only_request(store).query == []

        created = client.pets.create_pet(name='Grüße "Fido"', tag=None)
        assert isinstance(created, models.Pet)
        assert (created.id, created.name, created.tag) == (3, 'Grüße "Fido"', None)
        request = _only_request(store)
        assert (request.method, request.path) == ("POST", "/v2/pets")
        assert request.body == '{"name":"Grüße \\"Fido\\""}'.encode()
        assert request.headers["Content-Type"] == "application/json"

        pet = client.pets.get_pet(pet_id=3)
        assert isinstance(pet, models.Pet) and pet.name == 'Grüße "Fido"'
        assert _only_request(store).path == "/v2/pets/3"

        deleted = client.pets.delete_pet(pet_id=3)
        assert isinstance(deleted, models.Deleted) and (deleted.deleted, deleted.id) == (True, 3)
        request = _only_request(store)
        assert (request.method, request.path, request.body) == ("DELETE", "/v2/pets/3", b"")

        with pytest.raises(store_client.ApiError) as caught:
            client.pets.get_pet(pet_id=3)
        assert caught.value.http_status == 404
        _only_request(store)

        raw = client.pets.with_raw_response.get_pet(pet_id=1)
        assert raw.http_status == 200 and isinstance(raw.data, models.Pet) and raw.data.id == 1
        _only_request(store)


async def test_every_operation_through_the_async_client(
    store_client: ModuleType, server: tuple[str, PetStore]
) -> None:
    base_url, store = server
    models = store_client.models
    async with store_client.AsyncClient(base_url=base_url, api_key=API_KEY) as client:
        page = await client.pets.list_pets(limit=5)
        assert isinstance(page, models.PetList) and [p.id for p in page.items] == [1, 2]
        assert _only_request(store).query == [("limit", "5")]

        created = await client.pets.create_pet(name="Nemo", tag="fish")
        assert isinstance(created, models.Pet) and created.tag == "fish"
        assert _only_request(store).body == b'{"name":"Nemo","tag":"fish"}'

        pet = await client.pets.get_pet(pet_id=created.id)
        assert pet == created
        assert _only_request(store).path == f"/v2/pets/{created.id}"

        deleted = await client.pets.delete_pet(pet_id=created.id)
        assert isinstance(deleted, models.Deleted) and deleted.deleted is True
        assert _only_request(store).method == "DELETE"


def test_a_wrong_key_is_an_api_error_with_the_http_status(
    store_client: ModuleType, server: tuple[str, PetStore]
) -> None:
    base_url, store = server
    with store_client.Client(base_url=base_url, api_key="wrong") as client:
        with pytest.raises(store_client.ApiError) as caught:
            client.pets.list_pets()
        assert caught.value.http_status == 401
    assert store.requests[-1].headers["X-Store-Key"] == "wrong"


def test_an_api_key_alone_is_enough_and_no_bearer_token_is_accepted(store_client: ModuleType) -> None:
    store_client.Client(api_key=API_KEY).close()
    with pytest.raises(store_client.CredentialsError):
        store_client.Client(access_token="token")
