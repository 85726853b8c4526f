"""The declared x- vocabulary: every malformed value is a located problem, defaults come from it.

Each extension in generator/extensions.yaml has at least one malformed value below; a
new extension without one fails `test_every_declared_extension_has_a_malformed_case`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from generator.cli import EXIT_SPEC, main
from generator.loader import load_spec
from generator.pipeline import PROJECT_ROOT, check_spec
from generator.problems import Severity, SpecError
from tests.support.paths import ROOT
from tests.support.spec_mutations import load_real_spec, write_spec_copy

INFO_GET = "/paths/~1v1~1private~1user~1info/get"
LISTEN_KEY_POST = "/paths/~1v1~1private~1user~1listen-key/post"
API_KEY_SCHEME = "/components/securitySchemes/apiKeyAuth"
PERIOD = "/components/schemas/BalanceHistoryPeriod"
START_TIME = "/paths/~1v1~1private~1user~1account-change-log/get/parameters/2/schema"
GET_ORDER = "/paths/~1v1~1private~1order/get"
CURRENT_ORDERS = "/paths/~1v1~1private~1order~1current/get"
PLACE_ORDER = "/paths/~1v1~1private~1order~1place/post"


def _set(pointer: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets the value at ``pointer`` (its parent must exist)."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
        node: Any = document
        for token in parents:
            node = node[int(token)] if isinstance(node, list) else node[token]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _delete(pointer: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = pointer.lstrip("/").split("/")
        node: Any = document
        for token in parents:
            node = node[token]
        del node[last]

    return mutate


# name → (extension, mutation, pointer the problem must carry, text the message must contain)
MALFORMED: dict[str, tuple[str, Callable[[dict[str, Any]], None], str, str]] = {
    "envelope-success-code-word": (
        "x-envelope",
        _set("/x-envelope/successCode", "zero"),
        "/x-envelope/successCode",
        "'zero' is not of type 'integer'",
    ),
    "envelope-unknown-member": (
        "x-envelope",
        _set("/x-envelope/dataFeild", "data"),
        "/x-envelope",
        "dataFeild",
    ),
    "envelope-header-with-space": (
        "x-envelope",
        _set("/x-envelope/requestIdHeader", "X Request"),
        "/x-envelope/requestIdHeader",
        "does not match",
    ),
    "error-family-name": (
        "x-error-families",
        _set("/x-error-families/0/family", "Auth Errors"),
        "/x-error-families/0/family",
        "does not match",
    ),
    "error-family-empty-range": (
        "x-error-families",
        _set("/x-error-families/2/codeRanges", [[3999, 3000]]),
        "/x-error-families/2/codeRanges/0",
        "empty",
    ),
    "error-family-not-a-list": (
        "x-error-families",
        _set("/x-error-families", {"family": "business"}),
        "/x-error-families",
        "is not of type 'array'",
    ),
    "retry-status-out-of-range": (
        "x-retry",
        _set("/x-retry/httpStatuses", [429, 99]),
        "/x-retry/httpStatuses/1",
        "less than the minimum",
    ),
    "retry-safe-string": (
        "x-retry-safe",
        _set(f"{INFO_GET}/x-retry-safe", "yes"),
        f"{INFO_GET}/x-retry-safe",
        "is not of type 'boolean'",
    ),
    "pagination-missing-field": (
        "x-pagination",
        _delete("/x-pagination/itemsField"),
        "/x-pagination",
        "'itemsField' is a required property",
    ),
    "error-signals-code-string": (
        "x-error-signals",
        _set("/x-error-signals/tokenExpired/codes", ["1002"]),
        "/x-error-signals/tokenExpired/codes/0",
        "is not of type 'integer'",
    ),
    "signature-algorithm": (
        "x-signature",
        _set(f"{API_KEY_SCHEME}/x-signature/algorithm", "md5"),
        f"{API_KEY_SCHEME}/x-signature/algorithm",
        "'md5' is not one of",
    ),
    "signature-negative-tolerance": (
        "x-signature",
        _set(f"{API_KEY_SCHEME}/x-signature/toleranceMs", -1),
        f"{API_KEY_SCHEME}/x-signature/toleranceMs",
        "less than the minimum",
    ),
    "signature-clock-sync-without-operation": (
        "x-signature",
        _set(f"{API_KEY_SCHEME}/x-signature/clockSync", {"field": "timestampMs"}),
        f"{API_KEY_SCHEME}/x-signature/clockSync",
        "'operationId' is a required property",
    ),
    "keepalive-negative-interval": (
        "x-keepalive",
        _set(f"{LISTEN_KEY_POST}/x-keepalive/renewIntervalSeconds", -5),
        f"{LISTEN_KEY_POST}/x-keepalive/renewIntervalSeconds",
        "less than or equal to the minimum",
    ),
    "keepalive-name-not-identifier": (
        "x-keepalive",
        _set(f"{LISTEN_KEY_POST}/x-keepalive/name", "Listen Key Manager"),
        f"{LISTEN_KEY_POST}/x-keepalive/name",
        "does not match",
    ),
    "method-name-camel-case": (
        "x-method-name",
        _set(f"{LISTEN_KEY_POST}/x-method-name", "createKey"),
        f"{LISTEN_KEY_POST}/x-method-name",
        "does not match",
    ),
    "require-any-of-single": (
        "x-require-any-of",
        _set(f"{GET_ORDER}/x-require-any-of", [["orderId"]]),
        f"{GET_ORDER}/x-require-any-of/0",
        "is too short",
    ),
    "cursor-pagination-without-cursor-field": (
        "x-cursor-pagination",
        _set(
            f"{CURRENT_ORDERS}/x-cursor-pagination",
            {"limitParameter": "limit", "cursorParameter": "lastOrderId", "itemsField": "list"},
        ),
        f"{CURRENT_ORDERS}/x-cursor-pagination",
        "'cursorField' is a required property",
    ),
    "session-login-not-a-name": (
        "x-session",
        _set("/x-session/login", 5),
        "/x-session/login",
        "is not of type 'string'",
    ),
    "reconcile-lookup-not-a-name": (
        "x-reconcile",
        _set(f"{PLACE_ORDER}/x-reconcile/lookup", 5),
        f"{PLACE_ORDER}/x-reconcile/lookup",
        "is not of type 'string'",
    ),
    "enum-varnames-count": (
        "x-enum-varnames",
        _set(f"{PERIOD}/x-enum-varnames", ["ONE_DAY", "ONE_WEEK"]),
        f"{PERIOD}/x-enum-varnames",
        "2 names for 3 enum values",
    ),
    "enum-varnames-not-identifier": (
        "x-enum-varnames",
        _set(f"{PERIOD}/x-enum-varnames", ["ONE_DAY", "ONE_WEEK", "1M"]),
        f"{PERIOD}/x-enum-varnames/2",
        "does not match",
    ),
    "unix-time-unit": (
        "x-unix-time",
        _set(f"{START_TIME}/x-unix-time", "us"),
        f"{START_TIME}/x-unix-time",
        "'us' is not one of",
    ),
}


def test_every_declared_extension_has_a_malformed_case() -> None:
    covered = {extension for extension, _, _, _ in MALFORMED.values()}
    assert covered == set(extensions.vocabulary().extensions)


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_extension_is_a_located_problem(tmp_path: Path, name: str) -> None:
    extension, mutate, pointer, text = MALFORMED[name]
    document = load_real_spec()
    mutate(document)
    config = write_spec_copy(tmp_path, document)
    with pytest.raises(SpecError) as caught:
        check_spec(config)
    found = [p for p in caught.value.problems if p.rule == "extension" and p.pointer == pointer]
    assert found, "\n".join(p.format() for p in caught.value.problems)
    assert any(text in p.message and p.message.startswith(extension) for p in found), found
    spec = load_spec(tmp_path / "sixmm.yaml")
    assert all(p.line == spec.line_of(p.pointer) > 0 for p in found)
    stderr = io.StringIO()
    assert main(["lint", "--config", str(config)], stdout=io.StringIO(), stderr=stderr) == EXIT_SPEC
    assert f" {pointer}: {extension}: " in stderr.getvalue()


def test_generate_exits_2_with_the_location_and_leaves_the_output_alone(tmp_path: Path) -> None:
    document = load_real_spec()
    document["x-envelope"]["successCode"] = "zero"
    config = write_spec_copy(tmp_path / "spec", document)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("untouched", encoding="utf-8")
    stderr = io.StringIO()
    code = main(["generate", "--config", str(config), "--out", str(out)], stderr=stderr)
    assert code == EXIT_SPEC
    line = next(line for line in stderr.getvalue().splitlines() if "[extension]" in line)
    assert re.match(
        r"^\S*sixmm\.yaml:\d+: error \[extension\] /x-envelope/successCode: x-envelope: ", line
    ), line
    assert "Traceback" not in stderr.getvalue()
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_a_misplaced_extension_is_a_warning_not_an_error(tmp_path: Path) -> None:
    document = load_real_spec()
    document["x-retry-safe"] = True
    checked = check_spec(write_spec_copy(tmp_path, document))
    (warning,) = [p for p in checked.warnings if p.rule == "extension"]
    assert warning.severity is Severity.WARNING
    assert warning.pointer == "/x-retry-safe"
    assert "belongs on an operation" in warning.message


def test_reading_fills_the_declared_defaults() -> None:
    assert extensions.read("x-envelope", {"codeField": "status"}) == {
        "codeField": "status",
        "messageField": "message",
        "dataField": "data",
        "requestIdField": "requestId",
        "successCode": 0,
        "requestIdHeader": "X-Request-ID",
    }
    assert extensions.read("x-error-signals", {"tokenExpired": {"codes": [7]}}) == {
        "tokenExpired": {"codes": [7], "messages": []},
        "timestampOutsideWindow": {"codes": [], "messages": []},
    }
    assert extensions.read("x-error-families", [{"family": "quota", "codes": [9]}]) == [
        {"family": "quota", "codes": [9], "codeRanges": [], "httpStatuses": [], "httpStatusRanges": []}
    ]
    assert extensions.read("x-retry", {}) == {"httpStatuses": [429, 502, 503, 504], "codes": []}
    signature = extensions.read("x-signature", {"clockSync": {"operationId": "now"}})
    assert signature["clockSync"] == {"operationId": "now", "field": "timestamp"}
    assert signature["algorithm"] == "hmac-sha256"
    assert signature["toleranceMs"] == 0


def test_every_extension_the_real_spec_uses_is_declared() -> None:
    used = set(re.findall(r"^\s*(x-[a-z-]+):", (ROOT / "spec" / "sixmm.yaml").read_text(), re.MULTILINE))
    assert used
    assert used <= set(extensions.vocabulary().extensions)


def test_the_generator_reads_no_undeclared_extension() -> None:
    """Every ``"x-..."`` literal in the generator names a declared extension (or is a prefix test).

    ``x-python-type`` is datamodel-code-generator's input, which the generator writes into the
    document it hands over and never reads from a spec.
    """
    declared = set(extensions.vocabulary().extensions) | {"x-python-type"}
    for module in sorted((PROJECT_ROOT / "generator").rglob("*.py")):
        if "runtime" in module.parts:
            continue
        for literal in re.findall(r"""["'](x-[a-z-]*)["']""", module.read_text(encoding="utf-8")):
            assert literal == "x-" or literal in declared, f"{module.name}: {literal} is not declared"


def test_the_vocabulary_page_is_current() -> None:
    page = ROOT / "docs" / "extensions.md"
    assert (
        page.read_text(encoding="utf-8") == extensions.render_markdown()
    ), "docs/extensions.md is out of date: run `make generate`"


EXTENSION_PLACES = """
openapi: 3.1.0
info: {title: Places, version: '1'}
x-retry: {codes: [5002]}
paths:
  /x:
    get:
      operationId: getX
      x-retry-safe: maybe
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  side: {type: string, enum: [a, b], x-enum-varnames: [A, A]}
                  at: {type: integer, x-unix-time: hours}
components:
  securitySchemes:
    signed: {type: apiKey, in: header, name: K, x-signature: 7}
"""


def test_every_location_is_checked_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text(EXTENSION_PLACES, encoding="utf-8")
    problems = extensions.check_extensions(load_spec(path))
    found = {(p.pointer.rsplit("/x-", 1)[0], p.severity) for p in problems}
    schema = "/paths/~1x/get/responses/200/content/application~1json/schema/properties"
    assert found == {
        ("/paths/~1x/get", Severity.ERROR),
        (f"{schema}/side", Severity.ERROR),
        (f"{schema}/at", Severity.ERROR),
        ("/components/securitySchemes/signed", Severity.ERROR),
    }


def test_a_root_extension_is_read_with_its_defaults() -> None:
    assert extensions.root({"x-retry": {"codes": [5002]}}, "x-retry") == {
        "httpStatuses": [429, 502, 503, 504],
        "codes": [5002],
    }
    assert extensions.root({}, "x-retry") is None


_RESULTS = {"field": "results", "success": {"code": 0}, "counts": {"successCount": "success"}}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"done": {"field": "status"}}, "'in' is a dependency of 'field'"),
        ({"done": {}}, "should be non-empty"),
        ({"results": _RESULTS}, "'items' is a dependency of 'results'"),
        (
            {"items": "orders", "results": {**_RESULTS, "counts": {"successCount": "ok"}}},
            "'ok' is not one of",
        ),
        ({"done": {"field": "status", "in": ["CANCELED"]}, "items": "orders", "results": _RESULTS}, None),
    ],
)
def test_x_reconcile_s_done_and_results_are_checked_against_the_declared_schema(
    change: dict[str, Any], message: str | None
) -> None:
    """The same schema the validation stage applies (the slow whole-spec path is covered once above)."""
    from generator.extensions import _validator

    value = {"lookup": "getOrder", "keys": ["orderId"], **change}
    problems = [error.message for error in _validator("x-reconcile").iter_errors(value)]
    assert problems == [] if message is None else any(message in problem for problem in problems), problems
