"""Copies of the real spec with one deliberate defect each, for validation and lint tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.support.paths import CONFIG, SPEC, STREAMS_SPEC

Mutation = Callable[[dict[str, Any]], None]

INFO = "/v1/private/user/info"
LOG = "/v1/private/user/account-change-log"


def load_real_spec() -> dict[str, Any]:
    """A fresh copy of the real spec as data."""
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return copy.deepcopy(data)


def write_spec_copy(directory: Path, document: dict[str, Any] | str) -> Path:
    """Write ``document`` as ``sixmm.yaml`` beside copies of ``codegen.toml`` and the streams document."""
    directory.mkdir(parents=True, exist_ok=True)
    text = (
        document
        if isinstance(document, str)
        else yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    )
    (directory / "sixmm.yaml").write_text(text, encoding="utf-8")
    # The package identity without the hand-written subpackages, which live beside the real config.
    config = CONFIG.read_text(encoding="utf-8").split("[[static]]")[0]
    (directory / "codegen.toml").write_text(config, encoding="utf-8")
    # The streams document the config names, unchanged.
    (directory / STREAMS_SPEC.name).write_bytes(STREAMS_SPEC.read_bytes())
    return directory / "codegen.toml"


def _dangling_ref(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["UserInfoData"]["properties"]["userInfo"][
        "$ref"
    ] = "#/components/schemas/Nope"


def _duplicate_operation_id(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/private/user/asset"]["get"]["operationId"] = "getInfo"


def _path_without_parameter(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/private/user/info/{userId}"] = doc["paths"].pop(INFO)


def _parameter_twice(doc: dict[str, Any]) -> None:
    params = doc["paths"][LOG]["get"]["parameters"]
    params.append(copy.deepcopy(params[0]))


def _response_without_schema(doc: dict[str, Any]) -> None:
    del doc["paths"]["/v1/private/user/asset"]["get"]["responses"]["200"]["content"]


def _invalid_example(doc: dict[str, Any]) -> None:
    example = doc["paths"][INFO]["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    example["success"]["value"]["data"]["userInfo"]["agentId"] = "not a number"


def _decimal_without_format(doc: dict[str, Any]) -> None:
    del doc["components"]["schemas"]["UserAsset"]["properties"]["walletBalance"]["format"]


def _invalid_schema_type(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["VolumeStats"]["properties"]["volume30d"]["type"] = "strin"


def _undeclared_tag(doc: dict[str, Any]) -> None:
    doc["paths"][INFO]["get"]["tags"] = ["nobody"]


def _missing_response_description(doc: dict[str, Any]) -> None:
    del doc["paths"][INFO]["get"]["responses"]["200"]["description"]


# name → (mutation, rule expected, a fragment of the JSON pointer expected)
MUTATIONS: dict[str, tuple[Mutation, str, str]] = {
    "dangling-ref": (_dangling_ref, "ref", "/components/schemas/UserInfoData/properties/userInfo/$ref"),
    "duplicate-operation-id": (
        _duplicate_operation_id,
        "operation-id",
        "/paths/~1v1~1private~1user~1asset/get",
    ),
    "path-without-parameter": (
        _path_without_parameter,
        "parameters",
        "~1v1~1private~1user~1info~1{userId}/get",
    ),
    "parameter-twice": (_parameter_twice, "parameters", "account-change-log/get/parameters/6"),
    "response-without-schema": (_response_without_schema, "responses", "~1asset/get/responses/200"),
    "invalid-example": (
        _invalid_example,
        "examples",
        "~1info/get/responses/200/content/application~1json/examples",
    ),
    "decimal-without-format": (
        _decimal_without_format,
        "decimal-format",
        "UserAsset/properties/walletBalance",
    ),
    "invalid-schema-type": (_invalid_schema_type, "schema", "VolumeStats/properties/volume30d/type"),
    "undeclared-tag": (_undeclared_tag, "tags", "~1info/get/tags/0"),
    "missing-response-description": (_missing_response_description, "openapi", "~1info/get/responses/200"),
}
