"""Validation and house rules: every defect found, located by file, line and JSON pointer."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
import yaml

from generator.cli import EXIT_SPEC, main
from generator.lint import lint_spec, rule_examples
from generator.loader import load_spec
from generator.pipeline import check_spec
from generator.problems import SpecError
from tests.support.paths import CONFIG, GENERATED
from tests.support.spec_mutations import MUTATIONS, load_real_spec, write_spec_copy


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def test_the_real_spec_is_clean() -> None:
    checked = check_spec(CONFIG)
    assert [p.format() for p in checked.warnings] == []


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_defect_is_reported_where_it_is(tmp_path: Path, name: str) -> None:
    mutate, rule, pointer_fragment = MUTATIONS[name]
    document = load_real_spec()
    mutate(document)
    config = write_spec_copy(tmp_path, document)
    with pytest.raises(SpecError) as caught:
        check_spec(config)
    matching = [p for p in caught.value.problems if p.rule == rule and pointer_fragment in p.pointer]
    assert matching, "\n".join(p.format() for p in caught.value.problems)
    spec = load_spec(tmp_path / "sixmm.yaml")
    for problem in matching:
        assert problem.file.endswith("sixmm.yaml")
        assert problem.line == spec.line_of(problem.pointer) > 0


def test_an_unused_component_is_a_located_warning(tmp_path: Path) -> None:
    document = load_real_spec()
    document["components"]["schemas"]["Orphan"] = {"type": "object", "description": "Referenced nowhere."}
    document["components"]["responses"]["Unsent"] = {"description": "Never referenced."}
    checked = check_spec(write_spec_copy(tmp_path, document))
    found = sorted((p.pointer, p.severity.value) for p in checked.warnings if p.rule == "unused-component")
    assert found == [("/components/responses/Unsent", "warning"), ("/components/schemas/Orphan", "warning")]
    spec = load_spec(tmp_path / "sixmm.yaml")
    assert all(p.line == spec.line_of(p.pointer) > 0 for p in checked.warnings)


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    document = load_real_spec()
    for mutate, _, _ in MUTATIONS.values():
        if mutate.__name__ not in ("_path_without_parameter", "_duplicate_operation_id"):
            mutate(document)
    with pytest.raises(SpecError) as caught:
        check_spec(write_spec_copy(tmp_path, document))
    rules = {p.rule for p in caught.value.problems}
    assert {
        "ref",
        "parameters",
        "responses",
        "examples",
        "decimal-format",
        "schema",
        "tags",
        "openapi",
    } <= rules


def test_cli_exits_2_with_located_messages_and_leaves_output_untouched(tmp_path: Path) -> None:
    document = load_real_spec()
    MUTATIONS["invalid-example"][0](document)
    config = write_spec_copy(tmp_path / "spec", document)
    before = tree_hash(GENERATED)
    stderr = io.StringIO()
    status = main(
        ["generate", "--config", str(config), "--out", str(GENERATED)], stdout=io.StringIO(), stderr=stderr
    )
    assert status == EXIT_SPEC
    first = stderr.getvalue().splitlines()[0]
    file, line, rest = first.split(":", 2)
    assert file.endswith("sixmm.yaml") and int(line) > 0
    assert "[examples] /paths/" in rest
    assert "nothing was written" in stderr.getvalue()
    assert tree_hash(GENERATED) == before


def test_yaml_syntax_error_through_the_cli(tmp_path: Path) -> None:
    config = write_spec_copy(tmp_path, "openapi: 3.1.0\npaths: {\n")
    stderr = io.StringIO()
    out = tmp_path / "out"
    assert (
        main(["generate", "--config", str(config), "--out", str(out)], stdout=io.StringIO(), stderr=stderr)
        == 2
    )
    assert "YAML syntax error" in stderr.getvalue()
    assert not out.exists()


# Every rule has a look-alike here that it must not flag: a path parameter declared at the path
# and overridden by the operation, one name in two locations, a 204 without content, a 2XX
# range, an error response without content, a decimal with its pattern, an enum named like an
# amount, examples that hold, a component used only through another one.
CLEAN_SPEC = r"""
openapi: 3.1.0
info: {title: Clean, version: '1'}
tags: [{name: items}]
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: id, in: query, required: false, schema: {type: string}}
    get:
      operationId: getItem
      summary: One item.
      description: One item by id.
      tags: [items]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}, example: abc}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
              example: {price: '1.50', feeRate: low}
    delete:
      operationId: deleteItem
      summary: Delete an item.
      description: Delete an item by id.
      tags: [items]
      responses:
        '204': {description: deleted}
        '404': {description: no such item}
  /items:
    get:
      operationId: listItems
      summary: Items.
      description: Every item.
      tags: [items]
      responses:
        2XX:
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Item'}}
components:
  schemas:
    Item:
      type: object
      properties:
        price: {type: string, format: decimal, pattern: '^-?(0|[1-9][0-9]*)(\.[0-9]+)?$'}
        feeRate: {$ref: '#/components/schemas/FeeLevel'}
        priceNote: {type: string, enum: [high, low]}
      examples: [{price: '2'}]
    FeeLevel: {type: string, enum: [low, high]}
"""


def test_a_spec_of_look_alikes_stays_clean(tmp_path: Path) -> None:
    path = tmp_path / "clean.yaml"
    path.write_text(CLEAN_SPEC, encoding="utf-8")
    problems = lint_spec(load_spec(path), house_rules=True)
    assert [p.format() for p in problems] == []


def test_a_duplicate_path_level_parameter_is_located_at_the_second(tmp_path: Path) -> None:
    document = yaml.safe_load(CLEAN_SPEC)
    path_item = document["paths"]["/items/{id}"]
    path_item["parameters"].append(dict(path_item["parameters"][0]))
    path = tmp_path / "dup.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    spec = load_spec(path)
    found = [(p.pointer, p.message) for p in lint_spec(spec) if p.rule == "parameters"]
    first, second = "/paths/~1items~1{id}/parameters/0", "/paths/~1items~1{id}/parameters/2"
    message = f"parameter 'id' in path is declared twice (first at {first})"
    # Reported once per operation of the path item, each time at the path level.
    assert found == [(second, message), (second, message)]
    assert all(p.line == spec.line_of(p.pointer) > 0 for p in lint_spec(spec))


@pytest.mark.parametrize(
    ("tags", "pointer", "message"),
    [
        (None, "/paths/~1items/get", "operation must have exactly one tag"),
        (["items", "more"], "/paths/~1items/get", "operation must have exactly one tag"),
        (["undeclared"], "/paths/~1items/get/tags/0", "tag 'undeclared' is not declared in /tags"),
    ],
)
def test_each_operation_has_one_declared_tag(
    tmp_path: Path, tags: list[str] | None, pointer: str, message: str
) -> None:
    document = yaml.safe_load(CLEAN_SPEC)
    operation = document["paths"]["/items"]["get"]
    operation.pop("tags")
    if tags is not None:
        operation["tags"] = tags
    path = tmp_path / "tags.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    problems = lint_spec(load_spec(path))
    assert [(p.rule, p.pointer, p.message) for p in problems] == [("tags", pointer, message)]


def test_an_example_that_cannot_be_checked_is_named_without_quoting_the_document(tmp_path: Path) -> None:
    spec = tmp_path / "dangling.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "info: {title: t, version: '1', description: SECRET-LOOKING-PROSE}\n"
        "paths:\n"
        "  /a:\n"
        "    get:\n"
        "      operationId: getA\n"
        "      parameters:\n"
        "        - {name: q, in: query, schema: {$ref: '#/components/schemas/Missing'}, example: 5}\n"
        "      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    (problem,) = rule_examples(load_spec(spec))
    assert problem.pointer == "/paths/~1a/get/parameters/0/example"
    assert problem.message == (
        "cannot check example: PointerToNowhere: '/components/schemas/Missing' does not exist"
    )
