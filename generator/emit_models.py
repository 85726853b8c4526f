"""Pydantic v2 models from the spec's schemas, through datamodel-code-generator's Python API.

Options are pinned here, in one place, because they are part of the package's
public surface: snake_case attributes aliased to wire names, ``Decimal`` for
``format: decimal``, enums open to unknown values (our own Enum template), no
timestamp in the output. Every model derives from the runtime's ``ApiModel``,
which keeps unknown fields, accepts attribute names as well as wire names, and
builds its validator on first use.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from generator.problems import Problem, SpecError


def emit_models(
    model_document: dict[str, Any],
    *,
    package: str,
    template_dir: Path,
    header: str,
    spec_file: str,
) -> str:
    """Source of the ``models`` module for the schemas in ``model_document``."""
    if not model_document.get("components", {}).get("schemas"):
        return f'{header}\n\n"""This API declares no schemas."""\n'
    try:
        source = generate(
            json.dumps(model_document, sort_keys=False),
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            snake_case_field=True,
            use_subclass_enum=True,
            capitalise_enum_members=True,
            use_schema_description=True,
            use_field_description=True,
            use_standard_collections=True,
            use_union_operator=True,
            disable_timestamp=True,
            keep_model_order=True,
            custom_template_dir=template_dir,
            base_class=f"{package}._model.ApiModel",
            additional_imports=[f"{package}._enums.OpenStrEnum", f"{package}._enums.OpenIntEnum"],
            custom_file_header=header,
            formatters=[],
        )
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
    if not isinstance(source, str):
        raise SpecError(
            [
                Problem(
                    spec_file, 0, "/components/schemas", "model generation produced several modules", "models"
                )
            ]
        )
    return source


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
