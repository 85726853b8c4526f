"""From a validated spec to the intermediate model (`generator.ir.Api`)."""

from __future__ import annotations

from dataclasses import replace

from generator.config import CodegenConfig
from generator.ir import conventions
from generator.ir.context import BuildContext
from generator.ir.inline import lift_inline_results
from generator.ir.model import Api
from generator.ir.operations import build_operations, build_tags
from generator.ir.schemas import build_models
from generator.loader import LoadedSpec
from generator.problems import Problem


def build_api(spec: LoadedSpec, config: CodegenConfig) -> tuple[Api, list[Problem]]:
    """The intermediate model of ``spec`` and the problems (mostly naming warnings) found.

    ``spec`` must have passed validation (`generator.validate`): extension values are
    read as declared, without further checks of their shape.
    """
    ctx = BuildContext(replace(spec, document=lift_inline_results(spec.document)))
    operations = build_operations(ctx)
    tags = build_tags(ctx, operations)
    info = spec.document.get("info", {})
    api = Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        tags=tags,
        runtime=conventions.api_description(ctx, config, operations),
        error_families=conventions.error_families(ctx),
        models=build_models(ctx, {op.result_type for op in operations if op.result_type}),
        keepalives=conventions.keepalives(ctx, tags),
    )
    return api, ctx.problems
