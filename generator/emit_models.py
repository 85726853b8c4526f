"""Pydantic v2 models from the spec's schemas, through datamodel-code-generator's Python API.

Options are pinned here, in one place, because they are part of the package's
public surface: snake_case attributes aliased to wire names, unknown fields
kept, ``Decimal`` for ``format: decimal``, enums open to unknown values (our own
Enum template), no timestamp in the output.
"""

from __future__ import annotations

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
            allow_population_by_field_name=True,
            extra_fields="allow",
            use_subclass_enum=True,
            capitalise_enum_members=True,
            use_schema_description=True,
            use_field_description=True,
            use_standard_collections=True,
            use_union_operator=True,
            disable_timestamp=True,
            keep_model_order=True,
            custom_template_dir=template_dir,
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
