"""Hostile, awkward and broken specs: generated code compiles, imports, type-checks and behaves.

Every spec under ``tests/generator/corpus`` not named ``broken-*`` focuses on one hostility (quotes and
template syntax in prose, control characters, injection attempts, keywords and builtins as
names, names that collide, awkward enum values, recursive and composed schemas). Each is
generated once per session into its own package ``corpus_<slug>``; the slow tools then run once
over all packages (one mypy, one ruff, one import subprocess, one round-trip subprocess) and
each test reports per spec. ``broken-*`` specs must be rejected with located problems, exit
status 2 and the output directory untouched.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import keyword
import os
import re
import subprocess
import sys
import traceback
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from generator.cli import EXIT_SPEC, main
from generator.config import load_config
from generator.ir import build_api
from generator.lint import DECIMAL_WORDS
from generator.loader import load_spec
from generator.naming import words
from generator.problems import SpecError
from generator.writer import write_tree_atomically
from tests.support.corpus import (
    GeneratedPackage,
    RoundTripCase,
    TreeImporter,
    assert_black_stable,
    assert_inert,
    broken_specs,
    build_corpus_tree,
    corpus_specs,
    generate_package,
    import_in_subprocess,
    package_name,
    round_trip_in_subprocess,
    run_mypy,
    run_ruff,
    write_config,
)
from tests.support.paths import ROOT

SPECS = corpus_specs()
SPEC_IDS = [spec.stem for spec in SPECS]
CANARY = Path("/tmp/hostile-corpus-canary-marker")
# Distinctive fragments of the injection payloads. None of them can be part of a Python name,
# so wherever one appears in generated code it must be inside a string literal or a comment.
INJECTION_MARKERS = (
    "PWNED_MARKER",
    "PWNED:NAME",
    "hostile-corpus-canary-marker",
    "__import__(",
    "os.system(",
    "{{ ",
    "{% ",
)
INJECTION_SPECS = ("injection-description", "injection-names", "injection-canary", "hostile-template-syntax")


def test_the_corpus_is_big_enough() -> None:
    assert len(SPECS) >= 25
    assert len(broken_specs()) >= 4


# -- generating the whole corpus once -------------------------------------------------------------


def _generate(spec: Path, out: Path) -> GeneratedPackage | list[str]:
    try:
        return generate_package(spec, out)
    except SpecError as exc:
        return [p.format() for p in exc.problems]
    except Exception:  # noqa: BLE001 - a crash of the generator is a finding, reported per spec
        return [traceback.format_exc()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, GeneratedPackage | list[str]]:
    """Spec stem → the generated package, or the problems that stopped generation."""
    CANARY.unlink(missing_ok=True)
    out = tmp_path_factory.mktemp("corpus")
    with ProcessPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        results = list(pool.map(_generate, SPECS, [out] * len(SPECS)))
    return {spec.stem: result for spec, result in zip(SPECS, results, strict=True)}


@pytest.fixture(scope="module")
def generated(corpus: dict[str, GeneratedPackage | list[str]]) -> list[GeneratedPackage]:
    return [p for p in corpus.values() if isinstance(p, GeneratedPackage)]


def _package(corpus: dict[str, GeneratedPackage | list[str]], stem: str) -> GeneratedPackage:
    result = corpus[stem]
    if not isinstance(result, GeneratedPackage):
        pytest.fail(f"{stem}.yaml did not generate:\n" + "\n".join(result))
    return result


@pytest.fixture(scope="module")
def imports(generated: list[GeneratedPackage]) -> dict[str, str | None]:
    return import_in_subprocess(generated)


@pytest.fixture(scope="module")
def mypy_output(generated: list[GeneratedPackage]) -> str:
    completed = run_mypy(generated)
    return completed.stdout + completed.stderr


@pytest.fixture(scope="module")
def ruff_output(generated: list[GeneratedPackage]) -> str:
    completed = run_ruff([p.package_dir for p in generated])
    return completed.stdout + completed.stderr


def _lines_about(output: str, package: GeneratedPackage) -> list[str]:
    return [line for line in output.splitlines() if f"{os.sep}{package.import_name}{os.sep}" in line]


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_generation_succeeds(corpus: dict[str, GeneratedPackage | list[str]], stem: str) -> None:
    package = _package(corpus, stem)
    assert f"{package.import_name}/__init__.py" in package.tree
    assert f"{package.import_name}/models.py" in package.tree


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_every_module_compiles(corpus: dict[str, GeneratedPackage | list[str]], stem: str) -> None:
    for path, source in _package(corpus, stem).modules().items():
        compile(source, path, "exec")


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_package_imports_in_a_fresh_interpreter(
    corpus: dict[str, GeneratedPackage | list[str]], imports: dict[str, str | None], stem: str
) -> None:
    package = _package(corpus, stem)
    assert imports[package.import_name] is None, imports[package.import_name]


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_mypy_strict_passes(
    corpus: dict[str, GeneratedPackage | list[str]], mypy_output: str, stem: str
) -> None:
    package = _package(corpus, stem)
    errors = [line for line in _lines_about(mypy_output, package) if ": error:" in line]
    assert not errors, "\n".join(errors)


def test_mypy_ran_cleanly_overall(mypy_output: str) -> None:
    # Crashes and errors outside any package (bad invocation, plugin failure) show up here.
    stray = [line for line in mypy_output.splitlines() if "error" in line and f"{os.sep}corpus_" not in line]
    assert not stray, mypy_output


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_ruff_passes(corpus: dict[str, GeneratedPackage | list[str]], ruff_output: str, stem: str) -> None:
    package = _package(corpus, stem)
    findings = _lines_about(ruff_output, package)
    assert not findings, "\n".join(findings)


# -- spec text stays text ---------------------------------------------------------------------------


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_spec_text_only_appears_in_strings_and_comments(
    corpus: dict[str, GeneratedPackage | list[str]], stem: str
) -> None:
    package = _package(corpus, stem)
    found = assert_inert(package.modules(), INJECTION_MARKERS)
    if stem in INJECTION_SPECS:
        assert found > 0, "the payloads should reach the generated code (as text)"


def test_nothing_from_the_spec_runs_at_generation_or_import_time(
    imports: dict[str, str | None], generated: list[GeneratedPackage]
) -> None:
    canary = next(p for p in generated if p.spec.stem == "injection-canary")
    assert imports[canary.import_name] is None, imports[canary.import_name]
    assert not CANARY.exists(), "a payload of injection-canary.yaml was executed"


# -- names: collisions are warned about, wire names survive ------------------------------------

# Spec stem → warnings that must be reported, each given as fragments that one message contains.
EXPECTED_WARNINGS: dict[str, list[tuple[str, ...]]] = {
    "names-case-collision": [
        ("'page_size'", "taken"),  # query parameters pageSize / page_size / page-size / PageSize
        ("'Pages'",),  # two tags that differ only in case
        ("'page_size'", "pageSize"),  # properties of the Page schema
        ("'page'",),  # schemas Page / page / PAGE
    ],
    "names-runtime-collision": [
        ("'timeout'", "taken"),
        ("'extra_headers'", "taken"),
        ("'request_id'", "taken"),
        ("'max_retries'", "taken"),
        ("'call'",),
        ("'body_from_fields'",),
        ("'with_raw_response'",),
        ("'with_options'",),
        ("'close'",),
    ],
    "names-schema-collisions": [("'item'",), ("'Item_'",), ("'Enum'",), ("'ConfigDict'",)],
    "names-keywords": [("'class'",), ("'def'",), ("'None'",)],
    "names-builtins": [("'dict'",), ("'str'",), ("'self'",), ("'BaseModel'",)],
    "names-non-ascii": [("'cafe'",), ("'ﬁle'",)],
    "enum-case-variants": [("'BUY'",), ("'foo_bar'",)],
    "request-body-collisions": [("'Mode'",), ("'id'",)],
    "params-all-locations": [("'item_id'",)],
}


@pytest.mark.parametrize("stem", sorted(EXPECTED_WARNINGS))
def test_naming_collisions_are_reported_as_warnings(
    corpus: dict[str, GeneratedPackage | list[str]], stem: str
) -> None:
    package = _package(corpus, stem)
    messages = [w.format() for w in package.warnings]
    missing = [
        fragments
        for fragments in EXPECTED_WARNINGS[stem]
        if not any(all(f in message for f in fragments) for message in messages)
    ]
    assert not missing, f"no warning mentions {missing}; warnings were:\n" + "\n".join(messages)
    for warning in package.warnings:
        assert warning.line > 0 and warning.pointer.startswith("/"), warning.format()


# The specs that stress black most: long lines, quotes and text that black could lay out twice.
BLACK_STABILITY_SPECS = (
    "hostile-long-lines",
    "hostile-docstring-quotes",
    "hostile-unicode-text",
    "schema-deep-nesting",
)


@pytest.mark.parametrize("stem", BLACK_STABILITY_SPECS)
def test_one_black_pass_gives_black_stable_modules(
    corpus: dict[str, GeneratedPackage | list[str]], stem: str
) -> None:
    tree = _package(corpus, stem).tree
    modules = {path: content.decode("utf-8") for path, content in tree.items() if path.endswith(".py")}
    assert assert_black_stable(modules) >= 5


# Each costs one more generation, so determinism is checked on the specs with the most renaming.
DETERMINISM_SPECS = ("names-case-collision", "names-non-ascii", "enum-case-variants", "schema-recursive")


@pytest.mark.parametrize("stem", DETERMINISM_SPECS)
def test_generation_is_deterministic(
    corpus: dict[str, GeneratedPackage | list[str]], tmp_path: Path, stem: str
) -> None:
    package = _package(corpus, stem)
    tree, warnings = build_corpus_tree(package.spec, tmp_path, package.import_name)
    assert tree == package.tree
    assert [w.format() for w in warnings] == [w.format() for w in package.warnings]


# -- models: wire names as aliases, unknown enum values kept --------------------------------------


def _model_document(spec: Path, tmp: Path) -> dict[str, Any]:
    """The schemas the generator turns into models, keyed by the class names it chose."""
    config = load_config(write_config(tmp, spec, package_name(spec)))
    api, _ = build_api(load_spec(spec), config)
    schemas: dict[str, Any] = api.models.schemas
    return schemas


_STRING_CANDIDATES = ("x", "'", "a", "1", "", "abc", "A1")


def sample(schema: Any, schemas: dict[str, Any], depth: int = 0) -> Any:
    """A wire value valid for ``schema`` (best effort): what a server could send."""
    if not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return sample(schemas[ref.rsplit("/", 1)[1]], schemas, depth)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list):
        return next((v for v in schema["enum"] if v is not None), None)
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, schemas, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            options = [s for s in schema[key] if not (isinstance(s, dict) and s.get("type") == "null")]
            return sample(options[0], schemas, depth) if options else None
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        value = {
            name: sample(prop, schemas, depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
            if depth < 3 or name in required
        }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties"):
            value["some-key"] = sample(extra, schemas, depth + 1)
        return value
    if kind == "array":
        if isinstance(schema.get("prefixItems"), list):
            return [sample(s, schemas, depth + 1) for s in schema["prefixItems"]]
        if schema.get("maxItems") == 0 or depth >= 5:
            return []
        return [sample(schema.get("items", {}), schemas, depth + 1)]
    if kind == "string":
        for candidate in [*schema.get("examples", []), schema.get("default"), *_STRING_CANDIDATES]:
            ok = isinstance(candidate, str) and len(candidate) >= schema.get("minLength", 0)
            if ok and re.search(schema.get("pattern", ""), candidate):
                return candidate
        return "x" * schema.get("minLength", 1)
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return None


# Extra payloads per spec: (class name, wire payload) that must round-trip unchanged.
SPECIAL_PAYLOADS: dict[str, list[tuple[str, Any]]] = {
    "enum-unknown-values": [
        (
            "StatusReport",
            {"state": "suspended", "priority": 99, "history": ["active", "archived"], "byName": {"a": 7}},
        ),
    ],
    "enum-awkward-values": [
        ("Awkward", {"interval": "1D", "sign": "-1", "level": -1, "tags": ["", " ", "None", "2D"]}),
        ("Awkward", {"interval": "2D", "sign": "+2", "level": 42}),
    ],
    "enum-case-variants": [
        ("Variants", {"side": "bUY", "separated": "fooBar", "inline": "X"}),
        ("Variants", {"side": "BUY", "separated": "FOO_BAR", "inline": "x"}),
        ("Variants", {"side": "short", "separated": "foo-bar"}),
    ],
    "hostile-unicode-text": [
        ("Texte", {"titel": "Grüße", "sprache": "ＡＰＩ"}),
        ("Texte", {"sprache": "API"}),
    ],
    "names-non-ascii": [("Groesse", {"größe": 1, "ﬁle": "ligature", "file": "plain", "名前": "n"})],
    "schema-nullable": [("Nullable", {"required_nullable": None, "enum_with_null": None})],
}


@pytest.fixture(scope="module")
def round_trips(
    generated: list[GeneratedPackage], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[tuple[str, Any, dict[str, Any]]]]:
    """Spec stem → (case, payload, result) for a sample of every model and the special payloads."""
    tmp = tmp_path_factory.mktemp("model-documents")
    cases: list[tuple[GeneratedPackage, list[RoundTripCase]]] = []
    for package in generated:
        schemas = _model_document(package.spec, tmp / package.import_name)
        items: list[RoundTripCase] = [
            (name, name, sample(schema, schemas))
            for name, schema in schemas.items()
            if not (isinstance(schema, dict) and "enum" in schema)
        ]
        items += [
            (f"{name} (special #{index})", name, payload)
            for index, (name, payload) in enumerate(SPECIAL_PAYLOADS.get(package.spec.stem, []))
        ]
        cases.append((package, items))
    outcome = round_trip_in_subprocess(cases)
    return {
        package.spec.stem: [
            (key, payload, outcome[f"{package.import_name}:{key}"]) for key, _, payload in items
        ]
        for package, items in cases
    }


@pytest.mark.parametrize("stem", SPEC_IDS)
def test_models_keep_wire_names_and_round_trip(
    corpus: dict[str, GeneratedPackage | list[str]],
    round_trips: dict[str, list[tuple[str, Any, dict[str, Any]]]],
    stem: str,
) -> None:
    _package(corpus, stem)
    failures = []
    for name, payload, result in round_trips[stem]:
        if "error" in result:
            failures.append(f"{name}: {payload!r} does not validate: {result['error']}")
        elif result["dumped"] != payload:
            failures.append(f"{name}: {payload!r} dumped by alias as {result['dumped']!r}")
        else:
            odd = [a for a in result["attributes"] if not (a.isascii() and a.isidentifier())]
            if odd:
                failures.append(f"{name}: attributes that are not ASCII identifiers: {odd}")
    assert not failures, "\n".join(failures)


# -- broken specs -----------------------------------------------------------------------------------

# Spec stem → (rule, fragment of the JSON pointer) of every problem that must be reported.
EXPECTED_PROBLEMS: dict[str, set[tuple[str, str]]] = {
    "broken-yaml-syntax": {("yaml", "")},
    "broken-duplicate-key": {("yaml", "/info/title")},
    "broken-dangling-ref": {
        ("ref", "/paths/~1refs/get/responses/200/content/application~1json/schema/$ref"),
        ("ref", "/components/schemas/Present/properties/other/$ref"),
    },
    "broken-duplicate-operation-id": {
        ("operation-id", "/paths/~1b/get/operationId"),
        ("operation-id", "/paths/~1c/get/operationId"),
    },
    "broken-bad-example": {
        ("examples", "/paths/~1examples/get/parameters/0/example"),
        ("examples", "/paths/~1examples/get/responses/200/content/application~1json/example"),
        ("examples", "/components/schemas/Counted/properties/count/examples/0"),
    },
    "broken-many-problems": {
        ("parameters", "/paths/~1things~1{thingId}/get"),
        ("parameters", "/paths/~1things~1{thingId}/get/parameters/1"),
        ("responses", "/paths/~1things~1{thingId}/get/responses/200"),
        ("tags", "/paths/~1other/get/tags/0"),
        ("decimal-format", "/components/schemas/Money/properties/amount"),
        ("schema", "/components/schemas/Money/properties/bad/type"),
    },
    "broken-invalid-openapi": {("openapi", "/info"), ("openapi", "/paths/~1x/get/responses")},
}
_PROBLEM_LINE = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+): (?P<severity>error|warning) "
    r"\[(?P<rule>[a-z-]+)\] (?P<pointer>/[^:\s]*): (?P<message>\S.*)$"
)


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def test_every_broken_spec_has_expectations() -> None:
    assert sorted(EXPECTED_PROBLEMS) == [spec.stem for spec in broken_specs()]


@pytest.fixture(scope="module")
def previous_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output directory holding an earlier generation, which broken specs must not touch."""
    out = tmp_path_factory.mktemp("previous") / "out"
    write_tree_atomically({"pkg/__init__.py": b"# an earlier generation\n", "README.md": b"old\n"}, out)
    return out


@pytest.mark.parametrize("spec", broken_specs(), ids=lambda p: p.stem)
def test_broken_spec_is_rejected_with_every_problem_located(
    spec: Path, tmp_path: Path, previous_output: Path
) -> None:
    config = write_config(tmp_path, spec, package_name(spec))
    before = tree_hash(previous_output)
    command = ["generate", "--config", str(config), "--spec", str(spec), "--out", str(previous_output)]
    completed = subprocess.run(
        [sys.executable, "-m", "generator", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == EXIT_SPEC, completed.stderr
    assert tree_hash(previous_output) == before, "a rejected spec changed the output directory"
    assert sorted(p.name for p in previous_output.parent.iterdir()) == ["out"], "staging left behind"
    lines = completed.stderr.splitlines()
    assert lines[-1].endswith("nothing was written.")
    reported = []
    for line in lines[:-1]:
        match = _PROBLEM_LINE.match(line)
        assert match, f"not one located problem per line: {line!r}\n{completed.stderr}"
        assert match["file"].endswith(spec.name) and int(match["line"]) > 0, line
        if match["rule"] != "yaml":
            assert match["pointer"] != "/", f"problem without a location in the document: {line}"
        reported.append((match["rule"], match["pointer"]))
    missing = [
        (rule, fragment)
        for rule, fragment in EXPECTED_PROBLEMS[spec.stem]
        if not any(r == rule and fragment in p for r, p in reported)
    ]
    assert not missing, f"not reported: {missing}\n{completed.stderr}"


def test_interrupted_generation_of_a_corpus_spec_leaves_the_old_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = next(s for s in SPECS if s.stem == "names-keywords")
    config = write_config(tmp_path / "config", spec, package_name(spec))
    out = tmp_path / "out" / "generated"
    write_tree_atomically({"old/__init__.py": b"x = 1\n"}, out)
    before = tree_hash(out)
    real_write = Path.write_bytes
    calls: list[Path] = []

    def failing_write(self: Path, data: bytes) -> int:
        calls.append(self)
        if len(calls) == 5:
            raise KeyboardInterrupt("interrupted while writing (simulated)")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(KeyboardInterrupt):
        main(
            ["generate", "--config", str(config), "--out", str(out)],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    monkeypatch.undo()
    assert len(calls) == 5
    assert tree_hash(out) == before
    assert [p.name for p in out.parent.iterdir()] == ["generated"]


# -- random names and texts ---------------------------------------------------------------------

_KEYWORDISH = sorted(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {"list", "id", "self", "json", "type", "dict", "str", "timeout", "extra_headers", "model_config"}
)
_NAME_ALPHABET = st.characters(categories=("Lu", "Ll", "Nd"), max_codepoint=0x3000) | st.sampled_from(
    "_-. 0123456789"
)
identifiers = st.one_of(
    st.sampled_from(_KEYWORDISH),
    st.text(_NAME_ALPHABET, min_size=1, max_size=12),
    st.from_regex(r"[0-9][A-Za-z0-9_]{0,6}", fullmatch=True),
)
texts = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
        st.sampled_from(['"""', "'''", "\\", "{{ x }}", "{% if %}", "\r\n", "\x00", "\u2028", "\u202e", '"']),
    ),
    max_size=20,
).map("".join)


def _usable_name(name: str) -> bool:
    # House rules: string fields named like money need `format: decimal`; keep them out.
    return bool(name.strip()) and not (DECIMAL_WORDS & set(words(name)))


def _template_spec(
    names: list[str], enum_values: list[str], text: str, operation_id: str, tag: str
) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for index, name in enumerate(names):
        kind = ("string", "integer", "boolean")[index % 3]
        properties[name] = {"type": kind, "description": text}
    properties["choice"] = {"type": "string", "enum": enum_values, "description": text}
    return {
        "openapi": "3.1.0",
        "info": {"title": text or "t", "version": "1", "description": text},
        "servers": [{"url": "http://localhost"}],
        "tags": [{"name": tag, "description": text}],
        "paths": {
            "/things": {
                "post": {
                    "operationId": operation_id,
                    "tags": [tag],
                    "summary": text.strip() or "s",
                    "description": text.strip() or "d",
                    "parameters": [
                        {"name": name, "in": "query", "description": text, "schema": {"type": "string"}}
                        for name in names[:3]
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "responses": {
                        "200": {
                            "description": text or "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"Thing": {"type": "object", "description": text, "properties": properties}}
        },
    }


@dataclass(frozen=True)
class RandomSpec:
    """What hypothesis puts into the template spec."""

    names: list[str]
    enum_values: list[str]
    text: str
    operation_id: str
    tag: str


random_specs = st.builds(
    RandomSpec,
    names=st.lists(identifiers, min_size=1, max_size=6, unique=True),
    enum_values=st.lists(st.text(max_size=8), min_size=1, max_size=5, unique=True),
    text=texts,
    operation_id=identifiers,
    tag=identifiers,
)


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    # Each example is a whole generation (about a second): no shrinking, the failure is shown as found.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(case=random_specs)
@example(
    case=RandomSpec(
        names=["pageSize", "page_size", "class", "1st", "größe", "self"],
        enum_values=["1D", "-1", "", "a", "A"],
        text='"""\\ {{ x }} {% y %}\x00\u202e',
        operation_id="class",
        tag="timeout",
    )
)
def test_random_names_and_texts_generate_working_models(
    tmp_path_factory: pytest.TempPathFactory, case: RandomSpec
) -> None:
    names = [n for n in case.names if _usable_name(n) and n != "choice"] or ["plain"]
    enum_values, text = case.enum_values, case.text
    pkg = f"hyp_{uuid.uuid4().hex[:12]}"
    spec_dir = tmp_path_factory.mktemp("hypothesis")
    spec = spec_dir / "random.yaml"
    document = _template_spec(
        names, enum_values, text, case.operation_id.strip() or "op", case.tag.strip() or "tag"
    )
    spec.write_text(yaml.safe_dump(document, allow_unicode=False), encoding="utf-8")
    tree, warnings = build_corpus_tree(spec, spec_dir, pkg)
    del warnings
    for path, content in tree.items():
        if path.endswith(".py"):
            compile(content.decode("utf-8"), path, "exec")
    with TreeImporter(pkg, tree):
        models = importlib.import_module(f"{pkg}.models")
        payload: dict[str, Any] = {}
        for index, name in enumerate(names):
            payload[name] = ("text", 7, True)[index % 3]
        payload["choice"] = enum_values[0]
        thing = models.Thing.model_validate(payload)
        assert thing.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload
        unknown = models.Thing.model_validate({"choice": "\x00not-in-the-spec"})
        assert unknown.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
            "choice": "\x00not-in-the-spec"
        }
