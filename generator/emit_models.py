"""Pydantic v2 models from the spec's schemas, through datamodel-code-generator's Python API.

Options are pinned here, in one place, because they are part of the package's
public surface: snake_case attributes aliased to wire names, the runtime's
``ExactDecimal`` for ``format: decimal`` (a ``Decimal`` read from and written back
as a plain decimal string, its pattern enforced by the type), enums open to unknown
values (our own Enum template), no timestamp in the output. Every model derives
from the runtime's ``ApiModel``, which keeps unknown fields, accepts attribute names
as well as wire names, and builds its validator on first use.
"""

from __future__ import annotations

import ast
import functools
import io
import itertools
import json
import re
import tokenize
import warnings
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator import cache, naming
from generator.ir import Models
from generator.problems import Problem, SpecError

# Part of every cache key: this module's code and the naming rules it gives the classes
# datamodel-code-generator adds decide the output as much as the tool's version does.
_OWN_CODE = cache.code_digest(__file__, Path(__file__).with_name("naming.py"))


def emit_models(
    models: Models,
    *,
    package: str,
    template_dir: Path,
    header: str,
    spec_file: str,
) -> str:
    """Source of the ``models`` module for the schemas of ``models``.

    Kept in the content cache (`generator.cache`) under everything it depends on
    (`_cache_key`): a change elsewhere in the spec that leaves the schemas alone does not
    run datamodel-code-generator again.
    """
    schemas = models.schemas
    if not schemas:
        return f'{header}\n\n"""This API declares no schemas."""\n'
    entry = _cache_key(models, package, template_dir, header)
    cached = cache.lookup(entry)
    if cached is not None:
        return cached
    source = _emit(models, package=package, template_dir=template_dir, header=header, spec_file=spec_file)
    cache.store(entry, source)
    return source


def _cache_key(models: Models, package: str, template_dir: Path, header: str) -> str:
    """Everything the models module depends on: the schemas and aliases, the package name,
    the header, datamodel-code-generator's version, our datamodel templates and this module's
    own code (with the naming rules it uses). ``spec_file`` only names the file in problems."""
    templates = [
        f"{path.relative_to(template_dir).as_posix()}\0{path.read_text(encoding='utf-8')}"
        for path in sorted(template_dir.rglob("*"))
        if path.is_file()
    ]
    return cache.key(
        "models",
        version("datamodel-code-generator"),
        _OWN_CODE,
        json.dumps(models.document, sort_keys=True),
        json.dumps(models.field_aliases, sort_keys=True),
        package,
        header,
        *templates,
    )


def _emit(models: Models, *, package: str, template_dir: Path, header: str, spec_file: str) -> str:
    try:
        with warnings.catch_warnings():
            # A decimal `_exact_decimals` leaves alone (a foreign spec's nullable one) is a Decimal,
            # which validates the literal itself; its `pattern` is rightly not a pydantic constraint.
            warnings.filterwarnings("ignore", message="Pydantic does not take pattern on Decimal")
            # A format it does not know (`phone-number`) is a plain string: nothing to report.
            warnings.filterwarnings("ignore", message="format of .* not understood")
            source = _generate(models, package, template_dir, header)
    except Exception as exc:
        raise SpecError(
            [
                Problem(
                    spec_file,
                    0,
                    "/components/schemas",
                    f"model generation failed: {type(exc).__name__}: {exc}",
                    "models",
                )
            ]
        ) from exc
    if isinstance(source, str):
        source = _mutable_defaults_in_field(_builtin_generics(source))
    if not isinstance(source, str):
        raise SpecError(
            [
                Problem(
                    spec_file, 0, "/components/schemas", "model generation produced several modules", "models"
                )
            ]
        )
    return source


def _generate(models: Models, package: str, template_dir: Path, header: str) -> object:
    # Imported here: about 0.3 s, which `lint`, `check` on an unchanged tree and a cached
    # run never need.
    from datamodel_code_generator import generate  # noqa: PLC0415 - lazy, see above
    from datamodel_code_generator.enums import DataModelType, InputFileType  # noqa: PLC0415
    from datamodel_code_generator.format import PythonVersion  # noqa: PLC0415

    return generate(
        json.dumps(_exact_decimals(models.document, f"{package}._model.ExactDecimal"), sort_keys=False),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        snake_case_field=True,
        use_subclass_enum=True,
        capitalise_enum_members=True,
        use_schema_description=True,
        use_field_description=True,
        use_standard_collections=True,
        # Constraints as Field(pattern=...) arguments: a constr(...) call in an annotation is
        # not a type (mypy --strict rejects it).
        field_constraints=True,
        use_union_operator=True,
        disable_timestamp=True,
        keep_model_order=True,
        custom_template_dir=template_dir,
        base_class=f"{package}._model.ApiModel",
        additional_imports=[f"{package}._enums.OpenStrEnum", f"{package}._enums.OpenIntEnum"],
        custom_file_header=header,
        formatters=[],
        # The component schemas are already named as the client modules import them;
        # only the models datamodel-code-generator adds (inline enums, objects) are named here.
        custom_class_name_generator=functools.partial(_class_name, frozenset(models.schemas)),
        aliases=models.field_aliases or None,
    )


def _exact_decimals(node: Any, type_path: str) -> Any:
    """A copy of ``node`` whose ``format: decimal`` strings are the runtime's exact decimal type.

    The type enforces the plain-decimal pattern itself (the lint keeps the spec's
    pattern equal to it), so the pattern is not repeated as a pydantic constraint.
    """
    if isinstance(node, list):
        return [_exact_decimals(item, type_path) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: _exact_decimals(value, type_path) for key, value in node.items()}
    if copied.get("format") == "decimal" and copied.get("type") == "string":
        copied.pop("pattern", None)
        copied["x-python-type"] = type_path
    return copied


_TYPING_ALIASES = {"Dict": "dict", "List": "list"}


def _builtin_generics(source: str) -> str:
    """``Dict[...]``/``List[...]`` imported from typing written as ``dict[...]``/``list[...]``.

    datamodel-code-generator spells typed extras (``additionalProperties`` beside
    ``properties``) as ``Dict[str, X]`` even with standard collections; ruff rejects the
    deprecated aliases (UP006, UP035). The then unused import is pruned by the formatter.
    """
    imported = re.search(r"^from typing import (.+)$", source, re.MULTILINE)
    names = {n.strip() for n in imported.group(1).split(",")} if imported else set()
    aliases = {alias: builtin for alias, builtin in _TYPING_ALIASES.items() if alias in names}
    if not aliases:
        return source
    lines = io.StringIO(source).readlines()
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for token, following in reversed(list(itertools.pairwise(tokens))):
        if token.type == tokenize.NAME and token.string in aliases and following.string == "[":
            row, col = token.start
            line = lines[row - 1]
            lines[row - 1] = line[:col] + aliases[token.string] + line[col + len(token.string) :]
    return "".join(lines)


_MUTABLE_LITERALS = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)


def _mutable_defaults_in_field(source: str) -> str:
    """``x: list[int] | None = [1, 2]`` written as ``= Field([1, 2])`` (same default, same copy).

    Models derive from the runtime's ``ApiModel``, which ruff cannot see is a pydantic model,
    so a bare list or dict default is reported as a mutable class attribute (RUF012).
    Pydantic copies the default for each instance either way.
    """
    tree = ast.parse(source)
    values = [
        statement.value
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for statement in node.body
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.value, _MUTABLE_LITERALS)
    ]
    if not values:
        return source
    lines = io.StringIO(source).readlines()  # rows as ast counts them for generated code
    for value in reversed(values):
        assert value.end_lineno is not None and value.end_col_offset is not None
        end = lines[value.end_lineno - 1]
        lines[value.end_lineno - 1] = end[: value.end_col_offset] + ")" + end[value.end_col_offset :]
        start = lines[value.lineno - 1]
        lines[value.lineno - 1] = start[: value.col_offset] + "Field(" + start[value.col_offset :]
    source = "".join(lines)
    if not re.search(r"^from pydantic import .*\bField\b", source, re.MULTILINE):
        source = re.sub(
            r"^(from __future__ import annotations\n)",
            r"\1\nfrom pydantic import Field\n",
            source,
            count=1,
            flags=re.MULTILINE,
        )
    return source


def _class_name(chosen: frozenset[str], name: str) -> str:
    return name if name in chosen else naming.class_name(name)


def model_attributes(source: str) -> dict[str, dict[str, str]]:
    """Class name → {wire name → Python attribute} for every model in ``source``.

    Read from the generated code itself, so templates use exactly the attribute
    names datamodel-code-generator chose; inherited fields are included.
    """
    tree = ast.parse(source)
    own: dict[str, dict[str, str]] = {}
    bases: dict[str, list[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
        fields: dict[str, str] = {}
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                attribute = statement.target.id
                if attribute == "model_config":
                    continue
                fields[_alias_of(statement.value) or attribute] = attribute
        own[node.name] = fields

    def collect(name: str, seen: frozenset[str] = frozenset()) -> dict[str, str]:
        merged: dict[str, str] = {}
        for base in bases.get(name, []):
            if base in own and base not in seen:
                merged.update(collect(base, seen | {name}))
        merged.update(own.get(name, {}))
        return merged

    return {name: collect(name) for name in own}


def _alias_of(value: ast.expr | None) -> str | None:
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "Field":
        for keyword in value.keywords:
            if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
    return None
