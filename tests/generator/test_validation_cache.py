"""The validation cache: after any edit, a run that reuses the results of earlier runs finds
exactly the problems (same order, lines, severities) that a run checking everything finds."""

from __future__ import annotations

import copy
import functools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

from generator import cache, lint, validate
from generator.lint import lint_spec
from generator.loader import load_spec
from generator.openapi30 import as_openapi31
from generator.spec_walk import iter_refs, iter_schema_locations, iter_subschemas, resolve_pointer
from generator.validate import validate_spec
from tests.support.paths import CORPUS, FOREIGN
from tests.support.spec_mutations import load_real_spec

Edit = Callable[[dict[str, Any]], None]
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
INFO = "/v1/private/user/info"
SPEC_NAME = "sixmm.yaml"
# A part of the real spec (every kind of thing it holds, a seventh of its size): checking
# everything is what the tests compare with, and it is the slow side.
KEPT_PATHS = (
    INFO,
    "/v1/private/user/listen-key",
    "/v1/private/user/account-change-log",
    "/v1/time",
    "/v1/version",
    "/v1/private/order/place",
    "/v1/private/order/place-strategy",
)


def base_document() -> dict[str, Any]:
    """The real spec with the paths in `KEPT_PATHS` and the components they use (a copy)."""
    return copy.deepcopy(_base_document())


@functools.cache
def _base_document() -> dict[str, Any]:
    document = load_real_spec()
    document["paths"] = {path: document["paths"][path] for path in KEPT_PATHS}
    used: set[str] = set()
    reached = [ref for _, ref in iter_refs(document["paths"])]
    while reached:
        ref = reached.pop()
        if ref not in used:
            used.add(ref)
            reached += [found for _, found in iter_refs(resolve_pointer(document, ref[1:]))]
    for kind in ("schemas", "responses"):
        entries = document["components"][kind]
        document["components"][kind] = {
            name: entry for name, entry in entries.items() if f"#/components/{kind}/{name}" in used
        }
    return document


def found(path: Path, *, cached: bool) -> list[str]:
    """Every problem validation and linting (house rules on) find, one formatted line each."""
    written = load_spec(path)
    spec = as_openapi31(written)
    problems = validate_spec(written, spec, cached=cached)
    problems += lint_spec(spec, house_rules=True, cached=cached)
    return [problem.format() for problem in problems]


def write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(document, Dumper=_DUMPER, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache filled by a run on the real spec (a copy of it named as the edited copies are)."""
    root = tmp_path_factory.mktemp("seeded")
    spec = write(root / "spec" / SPEC_NAME, base_document())
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(cache.ENVIRONMENT_VARIABLE, str(root / "cache"))
        assert found(spec, cached=True) == []
    return root / "cache"


@pytest.fixture
def warm(seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the seeded cache, used by this test's runs."""
    shutil.copytree(seeded, tmp_path / "cache")
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _operation(document: dict[str, Any], path: str) -> dict[str, Any]:
    operation = document["paths"][path]["get"]
    assert isinstance(operation, dict)
    return operation


def add_path(document: dict[str, Any]) -> None:
    copied = copy.deepcopy(document["paths"][INFO])
    copied["get"]["operationId"] = "getInfoAgain"
    document["paths"][INFO + "-again"] = copied


def remove_path(document: dict[str, Any]) -> None:
    del document["paths"]["/v1/time"]


def rename_path(document: dict[str, Any]) -> None:
    document["paths"] = {
        ("/v1/version-info" if path == "/v1/version" else path): item
        for path, item in document["paths"].items()
    }


def change_reached_component(document: dict[str, Any]) -> None:
    # getInfo's (unchanged) example now contradicts the schema its response reaches.
    document["components"]["schemas"]["UserInfo"]["properties"]["vipLevel"]["type"] = "string"


def break_reference_in_component(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["UserInfoData"]["properties"]["userInfo"][
        "$ref"
    ] = "#/components/schemas/Nope"


def break_reference_in_path(document: dict[str, Any]) -> None:
    schema = _operation(document, INFO)["responses"]["200"]["content"]["application/json"]["schema"]
    schema["oneOf"][0]["allOf"][0]["$ref"] = "#/components/schemas/Missing"


def invalid_schema_in_path(document: dict[str, Any]) -> None:
    schema = _operation(document, INFO)["responses"]["200"]["content"]["application/json"]["schema"]
    schema["oneOf"][0]["allOf"][1]["minProperties"] = "one"


def invalid_schema_in_component(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["UserInfo"]["properties"]["userId"]["maxLength"] = -1


def unknown_dialect(document: dict[str, Any]) -> None:
    # openapi-spec-validator's dialect check (pass 3) reports this one at the document root.
    _operation(document, INFO)["responses"]["200"]["content"]["application/json"]["schema"][
        "$schema"
    ] = "urn:example:unknown-dialect"


def unknown_document_dialect(document: dict[str, Any]) -> None:
    # Every schema without its own `$schema` is now checked against this dialect.
    document["jsonSchemaDialect"] = "urn:example:unknown-dialect"


def invalid_default(document: dict[str, Any]) -> None:
    parameters = _operation(document, "/v1/private/user/account-change-log")["parameters"]
    schema = next(p for p in parameters if p.get("schema", {}).get("type") == "integer")["schema"]
    schema["default"] = "many"


def invalid_schema_example(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["UserInfo"]["examples"] = [{"userId": 5}]


def duplicate_operation_id(document: dict[str, Any]) -> None:
    # The repeated id is in a changed path item, the first one in an unchanged one.
    _operation(document, "/v1/version")["operationId"] = "getInfo"


def invalid_extension(document: dict[str, Any]) -> None:
    _operation(document, INFO)["x-retry-safe"] = "yes"


EDITS: dict[str, Edit] = {
    edit.__name__: edit
    for edit in (
        add_path,
        remove_path,
        rename_path,
        change_reached_component,
        break_reference_in_component,
        break_reference_in_path,
        invalid_schema_in_path,
        invalid_schema_in_component,
        unknown_dialect,
        unknown_document_dialect,
        invalid_default,
        invalid_schema_example,
        duplicate_operation_id,
        invalid_extension,
    )
}
# What each edit makes the checks find (so that the lists compared are not equal for want
# of anything in them).
EXPECTED_RULES = {
    "add_path": set(),
    "remove_path": {"unused-component"},
    "rename_path": set(),
    "change_reached_component": {"examples"},
    "break_reference_in_component": {"ref", "examples", "unused-component"},
    "break_reference_in_path": {"ref", "examples"},
    "invalid_schema_in_path": {"schema", "examples"},
    "invalid_schema_in_component": {"schema", "examples"},
    "unknown_dialect": {"openapi"},
    "unknown_document_dialect": {"openapi"},
    "invalid_default": {"openapi"},
    "invalid_schema_example": {"examples"},
    "duplicate_operation_id": {"operation-id"},
    "invalid_extension": {"extension"},
}


def _rules(problems: list[str]) -> set[str]:
    return {line.split("[", 1)[1].split("]", 1)[0] for line in problems}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_after_an_edit_the_cached_run_finds_what_a_full_run_finds(
    warm: Path, tmp_path: Path, name: str
) -> None:
    document = base_document()
    EDITS[name](document)
    spec = write(tmp_path / "spec" / SPEC_NAME, document)
    full = found(spec, cached=False)
    assert found(spec, cached=True) == full
    assert _rules(full) == EXPECTED_RULES[name], "\n".join(full)


def _broken(document: dict[str, Any]) -> None:
    invalid_schema_in_path(document)
    invalid_default(document)


def _with(*edits: Edit) -> dict[str, Any]:
    document = base_document()
    for edit in edits:
        edit(document)
    return document


SEQUENCES: dict[str, list[tuple[Edit, ...]]] = {
    # An error in one path item, fixed, made again, fixed again.
    "error-then-fix": [(_broken,), (), (_broken,), ()],
    # Checks that fail quote the document; the next edit anywhere changes what they quote.
    "dangling-reference-then-another-edit": [
        (break_reference_in_path,),
        (break_reference_in_path, add_path),
        (break_reference_in_path, add_path, invalid_extension),
    ],
    "component-changed-then-restored": [(change_reached_component,), (), (change_reached_component,)],
}


@pytest.mark.parametrize("name", sorted(SEQUENCES))
def test_a_sequence_of_edits_gives_at_each_step_what_a_full_run_gives(
    warm: Path, tmp_path: Path, name: str
) -> None:
    spec = tmp_path / "spec" / SPEC_NAME
    for edits in SEQUENCES[name]:
        write(spec, _with(*edits))
        full = found(spec, cached=False)
        assert found(spec, cached=True) == full
        assert bool(full) is bool(edits)


def _counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count the calls of ``owner.name`` from now on."""
    calls = [0]
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


class _CountingMetaSchema:
    """The 2020-12 meta-schema validator, counting the schemas it checks."""

    def __init__(self) -> None:
        self.validator = Draft202012Validator(Draft202012Validator.META_SCHEMA)
        self.calls = 0

    def iter_errors(self, schema: Any) -> Iterator[Any]:
        self.calls += 1
        yield from self.validator.iter_errors(schema)


def test_after_a_one_operation_change_only_what_changed_is_checked_again(
    warm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = base_document()
    _operation(document, INFO).setdefault("parameters", []).append(
        {
            "name": "note",
            "in": "query",
            "description": "Added.",
            "schema": {"type": "string", "maxLength": 77},
        }
    )
    spec = write(tmp_path / "spec" / SPEC_NAME, document)
    meta = _CountingMetaSchema()
    monkeypatch.setattr(validate, "_META_SCHEMA_VALIDATOR", meta)
    dialect = _counting(monkeypatch, OpenAPIV31SchemaValidator, "_validate_schema_meta")
    examples = _counting(monkeypatch, lint, "_example_messages")
    cached = found(spec, cached=True)
    # The new parameter's schema is the one new schema; getInfo's examples are unchanged.
    assert (meta.calls, dialect[0], examples[0]) == (1, 1, 0)
    meta.calls = dialect[0] = examples[0] = 0
    assert found(spec, cached=False) == cached
    locations = sum(1 for _ in iter_schema_locations(load_spec(spec).document))
    assert meta.calls == locations > 40
    assert dialect[0] >= 30 and examples[0] >= 10


def test_a_damaged_or_foreign_table_costs_only_time(warm: Path, tmp_path: Path) -> None:
    spec = write(tmp_path / "spec" / SPEC_NAME, base_document())
    full = found(spec, cached=False)
    tables = [p for p in warm.rglob("*") if p.is_file()]
    assert len(tables) == 2  # validation and examples
    for table in tables:
        table.write_text('{"not": "a digest"', encoding="utf-8")
    assert found(spec, cached=True) == full
    for table in warm.rglob("*"):
        if table.is_file():
            table.write_text('["a list"]', encoding="utf-8")
    assert found(spec, cached=True) == full


def test_a_table_keeps_what_runs_add_and_is_written_only_when_they_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path))
    first = cache.Table("test", "one")
    assert first.get("a") is None
    first.put("a", [1])
    first.save()
    stored = next(p for p in tmp_path.rglob("*") if p.is_file())
    second = cache.Table("test", "one")
    assert second.get("a") == [1]
    before = stored.stat().st_mtime_ns
    stored.touch()
    touched = stored.stat().st_mtime_ns
    second.save()  # nothing added: not written
    assert stored.stat().st_mtime_ns == touched >= before
    second.put("b", [])
    second.save()
    third = cache.Table("test", "one")
    assert (third.get("a"), third.get("b")) == ([1], [])
    assert cache.Table("test", "two").get("a") is None


@pytest.mark.parametrize("value", [1, True, 1.0, "1", [1], {"1": 1}, None])
def test_only_equal_values_share_their_bytes(value: Any) -> None:
    others = [1, True, 1.0, "1", [1], {"1": 1}, None]
    assert [cache.value_bytes(other) == cache.value_bytes(value) for other in others] == [
        other == value and type(other) is type(value) for other in others
    ]
    assert cache.value_bytes({"a": 1, "b": 2}) != cache.value_bytes({"b": 2, "a": 1})
    assert cache.value_bytes(object()) is None


# -- any edit of a small spec, at random --------------------------------------------------

SMALL_SPECS = [CORPUS / "store-api.yaml", FOREIGN / "oas30-petstore-expanded.yaml"]
# Values a schema keyword is set to: valid and invalid, references that resolve and do not.
KEYWORD_VALUES: list[tuple[str, Any]] = [
    ("type", 5),
    ("type", "string"),
    ("type", "integer"),
    ("minimum", "low"),
    ("required", ["ghost"]),
    ("required", "name"),
    ("default", "text"),
    ("default", 3),
    ("items", 7),
    ("items", {"type": "string"}),
    ("$ref", "#/components/schemas/Nope"),
    ("$ref", "#/components/schemas/Pet"),
    ("allOf", [{"$ref": "#/components/schemas/Pet"}, {"required": ["ghost"]}]),
    ("examples", [1, "a"]),
    ("enum", []),
    ("format", "decimal"),
    ("x-enum-varnames", "NOT_A_LIST"),
    ("nullable", True),
    ("exclusiveMinimum", True),
    ("$schema", "urn:example:unknown-dialect"),
]


def _schemas(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        sub for base, schema in iter_schema_locations(document) for _, sub in iter_subschemas(schema, base)
    ]


Step = tuple[str, int, tuple[str, Any]]
"""What to do (set a keyword of a schema, drop or copy the first path, restore the original),
which schema (an index, modulo their number), the keyword and its value."""
STEPS = st.tuples(
    st.sampled_from(["set", "set", "drop-path", "copy-path", "restore"]),
    st.integers(0, 10_000),
    st.sampled_from(KEYWORD_VALUES),
)


@pytest.mark.parametrize("small", SMALL_SPECS, ids=lambda path: path.stem)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEPS, min_size=1, max_size=3))
def test_any_sequence_of_edits_gives_what_a_full_run_gives(
    small: Path,
    steps: list[Step],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One cache for every example: whatever earlier examples left in it must not matter.
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    original = yaml.safe_load(small.read_text(encoding="utf-8"))
    spec = write(tmp_path / "spec" / small.name, original)
    assert found(spec, cached=True) == found(spec, cached=False)
    document = copy.deepcopy(original)
    for action, index, (keyword, value) in steps:
        first = next(iter(document["paths"]))
        if action == "restore":
            document = copy.deepcopy(original)
        elif action == "copy-path":
            document["paths"][first + "/copy"] = copy.deepcopy(document["paths"][first])
        elif action == "drop-path" and len(document["paths"]) > 1:
            del document["paths"][first]
        elif action == "set":
            schemas = _schemas(document)
            schemas[index % len(schemas)][keyword] = copy.deepcopy(value)
        write(spec, document)
        assert found(spec, cached=True) == found(spec, cached=False)
