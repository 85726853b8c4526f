"""The intermediate model: auth per operation, runtime values rendered by `pyvalue`, derived facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.ir import Api, build_api
from generator.loader import load_spec
from generator.render import SharedValues, pyvalue
from generator.runtime._operations import (
    ClockSyncSpec,
    Condition,
    ErrorSignalSpec,
    FieldRule,
    ObjectRules,
    OperationSpec,
    ValueRule,
)
from tests.support.paths import CONFIG


def _api(tmp_path: Path, document: dict[str, Any]) -> Api:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert not [p for p in problems if p.severity.value == "error"], problems
    return api


def _secured(security: list[dict[str, list[str]]] | None) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "ping", "responses": {"204": {"description": "ok"}}}
    if security is not None:
        operation["security"] = security
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"token": []}],
        "paths": {"/ping": {"get": operation}},
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
    }


@pytest.mark.parametrize(
    ("security", "required", "optional"),
    [
        (None, True, False),  # inherits the document's requirement
        ([{"token": []}], True, False),
        ([], False, False),  # public
        ([{}], False, False),  # an empty requirement alone: nothing to send
        ([{}, {"token": []}], False, True),  # optional: sent when the client has it
        ([{"token": []}, {}], False, True),
    ],
)
def test_auth_per_operation(
    tmp_path: Path, security: list[dict[str, list[str]]] | None, required: bool, optional: bool
) -> None:
    (op,) = _api(tmp_path, _secured(security)).operations
    assert (op.auth_required, op.auth_optional) == (required, optional)
    assert (op.spec.auth_required, op.spec.auth_optional) == (required, optional)


@pytest.mark.parametrize(
    ("security", "required"),
    [(None, True), ([{"token": []}], True), ([], False), ([{}, {"token": []}], False)],
)
def test_credentials_are_required_only_when_some_operation_requires_them(
    tmp_path: Path, security: list[dict[str, list[str]]] | None, required: bool
) -> None:
    runtime = _api(tmp_path, _secured(security)).runtime
    assert runtime.bearer is True
    assert runtime.credentials_required is required


@pytest.mark.parametrize(
    ("schemes", "header"),
    [
        ({"q": {"type": "apiKey", "in": "query", "name": "key"}}, None),
        ({"c": {"type": "apiKey", "in": "cookie", "name": "key"}}, None),
        (
            {"b": {"type": "http", "scheme": "basic"}, "h": {"type": "apiKey", "in": "header", "name": "K"}},
            "K",
        ),
    ],
)
def test_the_api_key_header_is_the_first_header_api_key(
    tmp_path: Path, schemes: dict[str, Any], header: str | None
) -> None:
    document = _secured([])
    document["components"]["securitySchemes"] = schemes
    document.pop("security")
    assert _api(tmp_path, document).runtime.api_key_header == header


def test_a_signature_without_clock_sync_signs_with_the_local_clock(tmp_path: Path) -> None:
    document = _secured([{"signed": []}])
    document["components"]["securitySchemes"] = {
        "signed": {"type": "apiKey", "in": "header", "name": "K", "x-signature": {"algorithm": "hmac-sha512"}}
    }
    document.pop("security")
    runtime = _api(tmp_path, document).runtime
    assert runtime.clock_sync is None
    assert runtime.signature is not None
    assert (runtime.signature.key_header, runtime.signature.digest) == ("K", "sha512")
    assert (runtime.signature.timestamp_parameter, runtime.signature.signature_parameter) == (
        "timestamp",
        "signature",
    )


def test_pyvalue_leaves_defaults_out_and_sorts_sets() -> None:
    value = OperationSpec(operation_id="x", method="GET", path="/x", auth_required=True, retry_safe=False)
    assert pyvalue(value) == (
        "OperationSpec(operation_id='x', method='GET', path='/x', auth_required=True, retry_safe=False)"
    )
    signals = ErrorSignalSpec(token_expired_codes=frozenset({3, 1, 2}), timestamp_messages=("a",))
    assert pyvalue(signals) == (
        "ErrorSignalSpec(token_expired_codes=frozenset({1, 2, 3}), timestamp_messages=('a',))"
    )
    assert (
        pyvalue(ClockSyncSpec(path="/t", field="ms"), field="FIELD")
        == "ClockSyncSpec(path='/t', field=FIELD)"
    )
    # A value equal to the default but of another type is written: 0 == False, yet 0 is not False.
    assert pyvalue(ValueRule(kind="integer", nullable=0)) == "ValueRule(kind='integer', nullable=0)"  # type: ignore[arg-type]
    # No comma after the last of several items (black would spread the tuple one item a line).
    assert pyvalue(Condition(field="f", values=("a", "b"))) == "Condition(field='f', values=('a', 'b'))"
    assert pyvalue(Condition(field="f", values=("a",))) == "Condition(field='f', values=('a',))"


def test_shared_values_write_each_repeated_value_once_before_its_users() -> None:
    string = ValueRule(kind="string")
    symbol = FieldRule(name="symbol", value=string)
    once = FieldRule(name="once", value=ValueRule(kind="integer"))
    first = ObjectRules(fields=(symbol, FieldRule(name="id", value=string)))
    second = ObjectRules(fields=(symbol, once), required=("symbol",))
    shared = SharedValues([first, second, first])
    names = [name for name, _ in shared.constants]
    # The string rule (met in two fields), the symbol field (in two objects) and the first
    # object (given twice); the integer rule and the `once` field stay where they are used.
    assert len(names) == 3 and len(set(names)) == 3
    string_name, symbol_name, first_name = names
    assert string_name.startswith("_VALUE_RULE_") and symbol_name.startswith("_FIELD_RULE_")
    assert first_name.startswith("_OBJECT_RULES_")
    assert shared.constants[0] == (string_name, "ValueRule(kind='string')")
    assert shared.constants[1] == (symbol_name, f"FieldRule(name='symbol', value={string_name})")
    assert shared.expr(first) == first_name
    assert shared.expr(second) == (
        f"ObjectRules(fields=({symbol_name}, FieldRule(name='once', value=ValueRule(kind='integer'))), "
        "required=('symbol',))"
    )
    # Names come from the text alone: the same value has the same name in another module.
    assert SharedValues([string, string]).constants == [(string_name, "ValueRule(kind='string')")]
    # ... also when its parts are constants in one module and not in the other.
    alone = SharedValues([symbol, symbol]).constants
    assert alone == [(symbol_name, "FieldRule(name='symbol', value=ValueRule(kind='string'))")]
    # A value the module was not built from is rendered as itself, whatever ids were reused.
    fresh = SharedValues([])
    assert [fresh.expr(ValueRule(kind=kind)) for kind in ("integer", "boolean")] == [
        "ValueRule(kind='integer')",
        "ValueRule(kind='boolean')",
    ]
    # Values equal under == but written differently (1 == True) are different constants.
    loose = SharedValues([Condition(field="f", values=(1,)), Condition(field="f", values=(True,))] * 2)
    assert [text for _, text in loose.constants] == [
        "Condition(field='f', values=(1,))",
        "Condition(field='f', values=(True,))",
    ]


def test_shared_values_round_trip_every_tag_of_the_real_api() -> None:
    """What a tag's `_api_<tag>.py` renders evaluates back to the very values the model holds."""
    from generator.runtime import _operations

    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    for tag in api.tags:
        shared = SharedValues(op.spec for op in tag.operations)
        namespace: dict[str, Any] = dict(vars(_operations))
        for name, text in shared.constants:
            namespace[name] = eval(text, namespace)
        for op in tag.operations:
            assert eval(shared.expr(op.spec), namespace) == op.spec


def test_derived_facts_live_in_the_model() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    by_id = {op.operation_id: op for op in api.operations}
    # The result, the paged item type, and the enums the arguments are typed with.
    assert by_id["getAccountChangeLog"].models_used == {"AccountChangeLogPage", "AccountChangeLogEntry"}
    assert by_id["getBalanceHistory"].models_used == {"BalanceHistory", "BalanceHistoryPeriod"}
    assert by_id["renewListenKey"].models_used == frozenset()
    assert api.example_call == "public.get_server_time()"
    user = next(tag for tag in api.tags if tag.name == "user")
    assert list(user.models_used) == sorted(user.models_used)


def test_project_info_reads_licence_contact_and_documentation() -> None:
    from generator.ir.build import project_info

    document = {
        "info": {
            "title": "t",
            "version": "1",
            "license": {"name": "Apache 2.0", "identifier": "Apache-2.0", "url": "https://l.example"},
            "contact": {"name": "Desk", "email": "desk@example.com", "url": "https://c.example"},
        },
        "externalDocs": {"url": "https://d.example"},
    }
    info = project_info(document)
    assert info.license == "Apache-2.0"
    assert info.authors == ({"name": "Desk", "email": "desk@example.com"},)
    assert info.urls == (
        ("Documentation", "https://d.example"),
        ("License", "https://l.example"),
        ("Contact", "https://c.example"),
    )
    named_only = project_info({"info": {"license": {"name": "MIT"}, "contact": {"url": 3}}})
    assert (named_only.license, named_only.authors, named_only.urls) == ("MIT", (), ())
    assert project_info({}).license is None


def test_class_names_of_schemas_and_the_warnings_that_explain_them(tmp_path: Path) -> None:
    from generator.ir.context import BuildContext

    names = ("Pet", "pet", "HTTPServer", "Any", "my-thing")
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {name: {"type": "object"} for name in names}},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    ctx = BuildContext(load_spec(path))
    assert ctx.class_names == {
        "Pet": "Pet",
        "pet": "Pet2",
        "HTTPServer": "HTTPServer",
        "Any": "Any2",
        "my-thing": "MyThing",
    }
    assert [(p.pointer, p.message) for p in ctx.problems] == [
        (
            "/components/schemas/pet",
            "schema 'pet' collides with another name; its class is named 'Pet2' (wire data unchanged)",
        ),
        (
            "/components/schemas/Any",
            "schema 'Any' collides with another name; its class is named 'Any2' (wire data unchanged)",
        ),
        (
            "/components/schemas/my-thing",
            "schema 'my-thing' is not a Python class name; its class is named 'MyThing'"
            " (wire data unchanged)",
        ),
    ]
    assert all(p.severity.value == "warning" for p in ctx.problems)


def test_a_keepalive_on_an_operation_without_operation_id(tmp_path: Path) -> None:
    key = [{"name": "listenKey", "in": "query", "required": True, "schema": {"type": "string"}}]
    created = {"type": "object", "properties": {"listenKey": {"type": "string"}}}
    empty = {"204": {"description": "ok"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/k": {
                "post": {
                    "x-keepalive": {
                        "renew": "renewK",
                        "close": "closeK",
                        "keyField": "listenKey",
                        "keyArgument": "listenKey",
                    },
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": created}}}
                    },
                },
                "put": {"operationId": "renewK", "parameters": key, "responses": empty},
                "delete": {"operationId": "closeK", "parameters": key, "responses": empty},
            }
        },
    }
    (keepalive,) = _api(tmp_path, document).keepalives
    assert (keepalive.create.method, keepalive.create.path) == ("POST", "/k")
    assert (keepalive.renew.operation_id, keepalive.close.operation_id) == ("renewK", "closeK")
    assert keepalive.key_argument == "listen_key"


def test_a_keepalive_with_unusable_operations_is_a_located_error(tmp_path: Path) -> None:
    key = [{"name": "listenKey", "in": "query", "required": True, "schema": {"type": "string"}}]
    extra = [*key, {"name": "other", "in": "query", "required": True, "schema": {"type": "string"}}]
    empty = {"204": {"description": "ok"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/k": {
                "post": {
                    "operationId": "createK",
                    "parameters": key,
                    "x-keepalive": {
                        "renew": "renewK",
                        "close": "closeK",
                        "keyField": "listenKey",
                        "keyArgument": "listenKey",
                    },
                    "responses": empty,
                },
                "put": {"operationId": "renewK", "parameters": extra, "responses": empty},
                "delete": {"operationId": "closeK", "parameters": key, "responses": empty},
            }
        },
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert api.keepalives == ()
    assert [(p.pointer, p.message) for p in problems if p.severity.value == "error"] == [
        ("/paths/~1k/post/x-keepalive", "renewK must take exactly one required argument, 'listenKey'"),
        ("/paths/~1k/post/x-keepalive", "the creating operation must take no arguments and return data"),
    ]


@pytest.mark.parametrize(
    ("media_type", "json"),
    [
        ("application/json", True),
        ("Application/JSON; charset=utf-8", True),
        ("application/problem+json", True),
        ("*/*", True),
        ("text/plain", False),
        ("application/jsonl", False),
        ("text/json; x=application/json", False),
    ],
)
def test_json_media_types(media_type: str, json: bool) -> None:
    from generator.ir.inline import is_json_media

    assert is_json_media(media_type) is json



def test_inline_success_schemas_become_components_unless_an_envelope_wraps_them() -> None:
    from generator.ir.inline import lift_inline_results

    inline = {"type": "object", "properties": {"id": {"type": "integer"}}}
    pets = {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}

    def ok(schema: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    document: dict[str, Any] = {
        "paths": {
            "/a": {"get": {"operationId": "getA", "responses": ok(inline)}},
            "/b/{id}": {"get": {"responses": ok(dict(inline))}},  # the same schema: one component
            "/pets": {"get": {"operationId": "listPets", "responses": ok(pets)}},
            "/c": {"get": {"operationId": "fetchC", "responses": ok({"type": "string"})}},
            "/d": {"get": {"responses": ok({"type": "integer"})}},
        },
        "components": {"schemas": {"Pet": {"type": "object"}}},
    }
    lifted = lift_inline_results(document)
    assert lifted is not document
    original = document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert original["schema"] == inline  # the input is left alone
    assert sorted(lifted["components"]["schemas"]) == [
        "FetchCResponse",
        "GetAResponse",
        "GetDResponse",
        "Pet",
        "PetList",
    ]

    def ref(path: str) -> Any:
        return lifted["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]

    assert ref("/a") == ref("/b/{id}") == {"$ref": "#/components/schemas/GetAResponse"}
    assert ref("/pets") == {"$ref": "#/components/schemas/PetList"}

    enveloped = {**document, "x-envelope": {}}
    assert lift_inline_results(enveloped) is enveloped
    referenced = {"paths": {"/p": {"get": {"responses": ok({"$ref": "#/components/schemas/Pet"})}}}}
    assert lift_inline_results(referenced) is referenced


def test_example_call_prefers_an_operation_without_arguments(tmp_path: Path) -> None:
    query = [{"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}]
    only_with_arguments = _secured([])
    only_with_arguments["paths"]["/ping"]["get"]["parameters"] = query
    assert _api(tmp_path, only_with_arguments).example_call == "default.ping(...)"
    assert _api(tmp_path, _secured([])).example_call == "default.ping()"


def test_enum_members_that_collide_are_renamed_with_a_warning(tmp_path: Path) -> None:
    from generator.ir.context import BuildContext
    from generator.ir.schemas import build_models

    document = {
        "openapi": "3.1.0",
        "info": {"title": "Named", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Side": {"type": "string", "enum": ["a-b", "a_b", "c"]}}},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    ctx = BuildContext(load_spec(path))
    models = build_models(ctx, {"Side"})  # needed as a result type
    side = models.document["components"]["schemas"]["Side"]
    assert side["x-enum-varnames"] == ["A_B", "A_B_2", "C"]
    assert models.document["info"] == {"title": "Named", "version": "0"}
    assert [(p.pointer, p.message) for p in ctx.problems] == [
        (
            "/components/schemas/Side/enum",
            "enum value 'a_b' would be the member 'A_B', which is taken; it is named 'A_B_2'"
            " (the wire value is unchanged)",
        )
    ]


TYPE_SCHEMAS: dict[str, Any] = {
    "Obj": {"type": "object", "properties": {"a": {"type": "string"}}},
    "Composed": {"allOf": [{"$ref": "#/components/schemas/Obj"}]},
    "Side": {"type": "string", "enum": ["a", "b"]},
}


@pytest.mark.parametrize(
    ("schema", "hint", "cli"),
    [
        ({"type": "string"}, "str", "str"),
        ({"type": "string", "format": "decimal"}, "Decimal | str | int", "decimal"),
        ({"type": "integer"}, "int", "int"),
        ({"type": "integer", "x-unix-time": "ms"}, "int | datetime", "int"),
        ({"type": "number"}, "float | Decimal", "float"),
        ({"type": "boolean"}, "bool", "bool"),
        ({"type": ["boolean", "null"]}, "bool | None", "bool"),
        ({"type": ["string", "integer"]}, "str | int", "str"),
        ({"type": "array", "items": {"type": "integer"}}, "Sequence[int]", "list"),
        ({"type": "object"}, "Mapping[str, Any]", "str"),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "string"}]}, "str | int", "str"),
        ({"const": "x"}, "Literal['x']", "str"),
        ({"$ref": "#/components/schemas/Obj"}, "Obj | Mapping[str, Any]", "str"),
        ({"$ref": "#/components/schemas/Composed"}, "Composed | Mapping[str, Any]", "str"),
        ({"$ref": "#/components/schemas/Side"}, "Side | Literal['a', 'b']", "str"),
        ({}, "Any", "str"),
    ],
)
def test_argument_type_hints_and_command_line_kinds(
    tmp_path: Path, schema: dict[str, Any], hint: str, cli: str
) -> None:
    from generator.ir.context import BuildContext
    from generator.ir.types import cli_kind, type_hint

    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": TYPE_SCHEMAS},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    ctx = BuildContext(load_spec(path))
    assert type_hint(ctx, schema) == hint
    assert cli_kind(ctx, schema) == cli


def test_arguments_that_collide_are_renamed_with_a_warning(tmp_path: Path) -> None:
    document = _secured([])
    document["paths"]["/ping"]["get"]["parameters"] = [
        {"name": "page-size", "in": "query", "schema": {"type": "integer"}},
        {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
    ]
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    (op,) = api.operations
    names = [(a.wire_name, a.py_name) for a in op.arguments]
    assert names == [("page-size", "page_size"), ("page_size", "page_size_2")]
    assert [p.message for p in problems] == [
        "argument 'page_size' would be 'page_size', which is taken; it is named 'page_size_2'"
    ]


def test_x_reconcile_resolves_the_lookup_and_the_generated_key() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    specs = {op.operation_id: op.spec for op in api.operations}
    place, batch, cancel = (
        specs[name].reconcile for name in ("placeOrder", "batchPlaceOrders", "cancelOrder")
    )
    assert place is not None and batch is not None and cancel is not None
    assert place.lookup == specs["getOrder"] and place.lookup_query == ("symbol", "orderId", "clientOrderId")
    assert (place.generate, place.not_found, place.fields) == (
        "clientOrderId",
        frozenset({3003}),
        (("timestamp", "createdAt"),),
    )
    assert (batch.items, batch.generate) == ("orders", "clientOrderId")
    assert cancel.generate is None, "a cancel names an existing order: nothing to generate"
    assert sum(spec.reconcile is not None for spec in specs.values()) == 9


def test_each_operation_names_the_kinds_of_credentials_it_takes() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    accepts = {op.operation_id: op.spec.accepts for op in api.operations}
    assert accepts["logout"] == frozenset({"bearer"}), "JWT only"
    assert accepts["getPnlLeaderboard"] == frozenset({"bearer", "apiKey"}), "optional, either kind"
    assert accepts["getServerTime"] == frozenset(), "public"


def test_x_session_and_x_cursor_pagination_of_the_real_spec() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    specs = {op.operation_id: op for op in api.operations}
    session = api.runtime.session
    assert session is not None and api.session is not None
    assert (session.login, session.logout) == ("login", "logout")
    assert session.refresh == specs["refreshToken"].spec
    assert (session.result_field, session.cookie) == ("accessToken", None), "the cookie has no name"
    assert session.names() == frozenset({"login", "refreshToken", "logout"})
    assert (api.session.login_tag, api.session.login.py_name, api.session.refresh.py_name) == (
        "public",
        "login",
        "refresh_token",
    )
    cursor = specs["getCurrentOrders"].cursor_pagination
    assert cursor is not None and specs["getCurrentOrders"].iterator_name == "iter_current"
    assert (cursor.cursor_param, cursor.limit_param, cursor.item_type, cursor.cursor_type) == (
        "lastOrderId",
        "limit",
        "Order",
        "int",
    )
    assert [op.operation_id for op in api.operations if op.cursor_pagination] == ["getCurrentOrders"]


def _session_document(session: dict[str, Any], refresh_security: list[Any]) -> dict[str, Any]:
    token = {"type": "object", "properties": {"token": {"type": "string"}}}
    returns = {"200": {"description": "ok", "content": {"application/json": {"schema": token}}}}
    cursor = {"name": "after", "in": "query", "required": False, "schema": {"type": "integer"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "x-session": session,
        "components": {"securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}}},
        "paths": {
            "/login": {"post": {"operationId": "logIn", "security": [], "responses": returns}},
            "/refresh": {
                "post": {"operationId": "renew", "security": refresh_security, "responses": returns}
            },
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "parameters": [cursor],
                    "x-cursor-pagination": {
                        "limitParameter": "size",
                        "cursorParameter": "after",
                        "itemsField": "items",
                        "cursorField": "id",
                    },
                    "responses": returns,
                }
            },
        },
    }


def test_x_session_defaults_and_a_cursor_listing_without_its_parameters(tmp_path: Path) -> None:
    document = _session_document({"login": "logIn", "refresh": "renew", "tokenField": "token"}, [])
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert api.runtime.session is not None and api.runtime.session.logout is None
    assert api.runtime.session.result_field == "token"
    assert [(p.pointer, p.message) for p in problems if p.severity.value == "error"] == [
        (
            "/paths/~1items/get/x-cursor-pagination",
            "limitParameter and cursorParameter must be query parameters, the cursor optional",
        )
    ]


def test_an_unusable_x_session_is_a_located_error(tmp_path: Path) -> None:
    document = _session_document({"login": "logIn", "refresh": "renew", "logout": "bye"}, [{"jwt": []}])
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert api.runtime.session is None and api.session is None
    errors = [(p.pointer, p.message) for p in problems if p.severity.value == "error"]
    assert ("/x-session/logout", "no operation has the operationId 'bye'") in errors
    del document["x-session"]["logout"]
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert api.runtime.session is None
    errors = [(p.pointer, p.message) for p in problems if p.severity.value == "error"]
    assert ("/x-session/refresh", "the refresh must be public and take no required argument") in errors
