"""OpenAPI 3.0 read as 3.0, house rules opt-in, the shapes real APIs use, and the cache.

Small specs written here, each showing one thing; the public specs under
``tests/generator/foreign`` show them together (test_foreign_specs.py).
"""

from __future__ import annotations

import importlib
import io
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cache
from generator.cli import EXIT_OK, EXIT_SPEC, main
from generator.config import load_config
from generator.formatting import FormatJobs
from generator.ir import Api, build_api
from generator.loader import load_spec
from generator.openapi30 import as_openapi31
from generator.pipeline import build_tree, check_spec
from generator.problems import SpecError
from tests.support.corpus import TreeImporter, write_config
from tests.support.paths import ROOT


def _write(tmp_path: Path, document: dict[str, Any], *, house_rules: bool = False) -> tuple[Path, Path]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return spec, write_config(tmp_path / "config", spec, "shapes", house_rules=house_rules)


def _api(tmp_path: Path, document: dict[str, Any]) -> Api:
    spec, config = _write(tmp_path, document)
    checked = check_spec(config, spec)
    api, problems = build_api(checked.spec, load_config(config))
    assert not [p for p in problems if p.severity.value == "error"], problems
    return api


def _foreign(version: str = "3.0.3", **components: Any) -> dict[str, Any]:
    """A spec as public APIs write them: no tags, no operationIds, no descriptions."""
    return {
        "openapi": version,
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
                                }
                            },
                        }
                    }
                },
                "post": {
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"type": "object", "properties": {"name": {"type": "string"}}}
                            }
                        }
                    },
                    "responses": {
                        "201": {
                            "description": "made",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "properties": {"id": {"type": "integer"}}}
                                }
                            },
                        }
                    },
                },
            },
            "/pets/{petId}/photo": {
                "put": {
                    "parameters": [
                        {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "requestBody": {
                        "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}
                    },
                    "responses": {"200": {"description": "stored"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer"},
                        "tag": {"type": "string", "nullable": True},
                        "mood": {"enum": [-1, 0, 1]},
                    },
                    "x-links": {"$ref": "https://example.com/not/a/reference"},
                },
                **components,
            }
        },
    }


def test_a_3_0_schema_is_rewritten_in_3_1_terms(tmp_path: Path) -> None:
    document = _foreign()
    document["components"]["schemas"]["Limits"] = {
        "type": "object",
        "properties": {
            "low": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
            "owner": {"allOf": [{"$ref": "#/components/schemas/Pet"}], "nullable": True},
            "kind": {"type": "string", "enum": ["a", "b"], "nullable": True},
        },
    }
    spec, _ = _write(tmp_path, document)
    upgraded = as_openapi31(load_spec(spec)).document["components"]["schemas"]
    assert upgraded["Pet"]["properties"]["tag"] == {"type": ["string", "null"]}
    props = upgraded["Limits"]["properties"]
    assert props["low"] == {"type": "number", "exclusiveMinimum": 0}
    assert props["owner"] == {"anyOf": [{"allOf": [{"$ref": "#/components/schemas/Pet"}]}, {"type": "null"}]}
    assert props["kind"] == {"type": ["string", "null"], "enum": ["a", "b", None]}


def test_a_3_1_spec_is_left_as_written(tmp_path: Path) -> None:
    spec, _ = _write(tmp_path, {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}})
    loaded = load_spec(spec)
    assert as_openapi31(loaded) is loaded


def test_3_0_is_validated_as_3_0_with_located_problems(tmp_path: Path) -> None:
    document = _foreign()
    document["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Pet"},
        "nullable": "yes",  # 3.0 says a boolean
    }
    spec, config = _write(tmp_path, document)
    stderr = io.StringIO()
    assert (
        main(["generate", "--config", str(config), "--out", str(tmp_path / "out")], stderr=stderr)
        == EXIT_SPEC
    )
    assert not (tmp_path / "out").exists()
    located = [line for line in stderr.getvalue().splitlines() if "/paths/~1pets/get/responses/200" in line]
    assert located and all(line.startswith(f"{spec}:") or "spec.yaml:" in line for line in located)


@pytest.mark.parametrize("version", ["2.0", "3.2.0"])
def test_an_unsupported_version_is_one_located_problem(tmp_path: Path, version: str) -> None:
    spec, config = _write(tmp_path, {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {}})
    with pytest.raises(SpecError) as caught:
        check_spec(config, spec)
    assert [(p.pointer, p.line) for p in caught.value.problems] == [("/openapi", 1)]
    assert "3.0.x and 3.1.x" in caught.value.problems[0].message


def test_house_rules_are_opt_in(tmp_path: Path) -> None:
    spec, foreign = _write(tmp_path, _foreign())
    assert check_spec(foreign, spec).warnings == ()
    house = write_config(tmp_path / "house", spec, "shapes", house_rules=True)
    with pytest.raises(SpecError) as caught:
        check_spec(house, spec)
    assert {"operation-id", "tags", "responses"} <= {p.rule for p in caught.value.problems}
    assert load_config(ROOT / "spec" / "codegen.toml").house_rules is True


def test_house_rules_must_be_a_boolean(tmp_path: Path) -> None:
    _, config = _write(tmp_path, _foreign())
    config.write_text(config.read_text(encoding="utf-8").replace("house_rules = false", 'house_rules = "no"'))
    with pytest.raises(SpecError) as caught:
        load_config(config)
    assert [p.pointer for p in caught.value.problems] == ["/lint/house_rules"]


def test_missing_pieces_are_implied(tmp_path: Path) -> None:
    api = _api(tmp_path, _foreign())
    [tag] = api.tags
    assert tag.name == "default"
    by_id = {op.operation_id: op for op in tag.operations}
    assert sorted(by_id) == ["get_pets", "post_pets", "put_pets_pet_id_photo"]
    assert by_id["get_pets"].result_type == "PetList"  # an array of Pet, named by rule
    assert by_id["post_pets"].result_type == "PostPetsResponse"  # an inline object
    assert by_id["put_pets_pet_id_photo"].result_type is None  # no JSON response: untyped
    assert set(api.models.names) >= {"Pet", "PetList", "PostPetsResponse"}


def test_bodies_that_are_not_json_objects(tmp_path: Path) -> None:
    api = _api(tmp_path, _foreign())
    ops = {op.operation_id: op for tag in api.tags for op in tag.operations}
    form = ops["post_pets"]
    assert form.spec.content_type == "application/x-www-form-urlencoded"
    assert [a.py_name for a in form.body_arguments] == ["name"]
    upload = ops["put_pets_pet_id_photo"]
    assert upload.spec.content_type == "image/png"
    assert upload.payload_argument is not None and upload.payload_argument.type_hint == "bytes"


def test_an_untyped_integer_enum_is_an_integer_enum(tmp_path: Path) -> None:
    api = _api(tmp_path, _foreign())
    assert api.models.schemas["Pet"]["properties"]["mood"]["type"] == "integer"


def test_an_all_of_narrowing_an_inherited_enum_is_one_model(tmp_path: Path) -> None:
    document = _foreign(
        Animal={"type": "object", "properties": {"kind": {"type": "string", "enum": ["cat", "dog"]}}},
        Cat={
            "allOf": [
                {"$ref": "#/components/schemas/Animal"},
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["cat"]}}},
            ]
        },
    )
    document["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Cat"
    }
    api = _api(tmp_path, document)
    cat = api.models.schemas["Cat"]
    assert "allOf" not in cat
    assert cat["properties"]["kind"]["enum"] == ["cat"]


def test_a_ref_inside_an_extension_is_data(tmp_path: Path) -> None:
    spec, config = _write(tmp_path, _foreign())
    assert not [p for p in check_spec(config, spec).warnings if p.rule == "ref"]


def test_foreign_output_is_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    _, config = _write(tmp_path, _foreign())
    outputs = []
    for seed in ("0", "977"):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SIXMM_CODEGEN_CACHE": str(tmp_path / f"cache-{seed}")}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--config", str(config), "--out", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*") if p.is_file()))
    assert outputs[0] == outputs[1]


def _formatted(sources: dict[str, str]) -> dict[str, str]:
    jobs = FormatJobs("pkg")
    for path, source in sources.items():
        jobs.add(path, source)
    return jobs.results()


def test_formatting_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    sources = {"a.py": "x=[1,\n2]\n", "b.py": "import os\ny = 1\n"}
    first = _formatted(sources)
    assert first == {"a.py": "x = [1, 2]\n", "b.py": "y = 1\n"}
    entries = sorted(p for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert len(entries) == 2
    # A second run reads the entries: a doctored entry shows it was used, not recomputed.
    entries[0].write_text("# from the cache\n", encoding="utf-8")
    second = _formatted(sources)
    assert "# from the cache\n" in second.values()
    # Another input, or another first-party name, is another key.
    assert _formatted({"a.py": "x=[1,\n3]\n"}) == {"a.py": "x = [1, 3]\n"}
    assert len([p for p in (tmp_path / "cache").rglob("*") if p.is_file()]) == 3


def test_deleting_the_cache_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, config = _write(tmp_path, _foreign())
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    cold, _ = build_tree(config, spec)
    warm, _ = build_tree(config, spec)
    assert cold == warm


_IMPORTS_PROBE = """
import io, sys
from generator.cli import main
status = main(sys.argv[1:], stdout=io.StringIO(), stderr=io.StringIO())
loaded = sorted(m for m in ("black", "isort", "datamodel_code_generator") if m in sys.modules)
print(status, ",".join(loaded))
"""


@pytest.mark.parametrize("command", ["lint", "check"])
def test_lint_and_check_on_an_unchanged_tree_import_no_formatter(tmp_path: Path, command: str) -> None:
    env = {**os.environ, "SIXMM_CODEGEN_CACHE": str(tmp_path / "cache")}
    if command == "check":  # a warm cache, as after the `make generate` that wrote the tree
        subprocess.run(
            [sys.executable, "-m", "generator", "check"], cwd=ROOT, env=env, check=True, capture_output=True
        )
    completed = subprocess.run(
        [sys.executable, "-c", _IMPORTS_PROBE, command],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert completed.stdout.split() == [str(EXIT_OK)]


# -- cookie parameters: arguments sent as one Cookie header ---------------------------------------


def _with_cookies(name: str = "session") -> dict[str, Any]:
    """A foreign-like spec whose one operation takes cookie parameters beside a query one."""
    document = _foreign()
    document["paths"]["/pets"]["get"]["parameters"] = [
        {"name": name, "in": "cookie", "required": True, "schema": {"type": "string"}},
        {"name": "prefs", "in": "cookie", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "theme", "in": "cookie", "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
    ]
    return document


def test_cookie_parameters_are_arguments_sent_as_a_cookie_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    spec, config = _write(tmp_path, _with_cookies())
    tree, warnings = build_tree(config, spec)
    assert not [w for w in warnings if "cookie" in w.message], warnings
    (tag,) = _api(tmp_path, _with_cookies()).tags
    op = next(o for o in tag.operations if o.cookie_arguments)
    assert [(a.wire_name, a.location) for a in op.cookie_arguments] == [
        ("session", "cookie"),
        ("prefs", "cookie"),
        ("theme", "cookie"),
    ]
    seen: list[tuple[str, str | None]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append((self.path, self.headers.get("Cookie")))
            data = b"[]"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with TreeImporter("shapes", tree):
            package = importlib.import_module("shapes")
            url = f"http://127.0.0.1:{server.server_address[1]}"
            with package.Client(base_url=url, max_retries=0) as client:
                call = getattr(getattr(client, tag.py_name), op.py_name)
                call(session='a b;c"d\\é%', prefs=["x", "y,z"], limit=2)
                call(session="plain")
    finally:
        server.shutdown()
        server.server_close()
    # Every octet RFC 6265 does not allow in a cookie value (and "%" itself) is escaped;
    # a list is one value, its items joined by an escaped comma; unset cookies are not sent.
    assert seen == [
        ("/pets?limit=2", "session=a%20b%3Bc%22d%5C%C3%A9%25; prefs=x%2Cy%2Cz"),
        ("/pets", "session=plain"),
    ]


def test_a_cookie_name_that_cannot_be_sent_is_a_located_problem(tmp_path: Path) -> None:
    spec, config = _write(tmp_path, _with_cookies(name="bad name"))
    with pytest.raises(SpecError) as raised:
        build_tree(config, spec)
    found = [p for p in raised.value.problems if "cookie parameter 'bad name'" in p.message]
    assert found and found[0].pointer == "/paths/~1pets/get/parameters/0" and found[0].line > 0
