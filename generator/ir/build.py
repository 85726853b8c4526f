"""From a validated spec to the intermediate model (`generator.ir.Api`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.config import CodegenConfig
from generator.ir import conventions
from generator.ir.context import BuildContext
from generator.ir.inline import lift_inline_results
from generator.ir.model import Api, ProjectInfo, Session, Tag
from generator.ir.operations import build_operations, build_tags
from generator.ir.schemas import build_models
from generator.loader import LoadedSpec
from generator.problems import Problem
from generator.runtime._operations import ApiDescription


def build_api(spec: LoadedSpec, config: CodegenConfig) -> tuple[Api, list[Problem]]:
    """The intermediate model of ``spec`` and the problems (mostly naming warnings) found.

    ``spec`` must have passed validation (`generator.validate`): extension values are
    read as declared, without further checks of their shape.
    """
    ctx = BuildContext(replace(spec, document=lift_inline_results(spec.document)))
    operations = build_operations(ctx)
    tags = build_tags(ctx, operations)
    info = spec.document.get("info", {})
    runtime = conventions.api_description(ctx, config, operations)
    api = Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        tags=tags,
        runtime=runtime,
        error_families=conventions.error_families(ctx),
        models=build_models(ctx, {op.result_type for op in operations if op.result_type}),
        keepalives=conventions.keepalives(ctx, tags),
        project=project_info(spec.document),
        session=_session(tags, runtime),
    )
    return api, ctx.problems


def _session(tags: tuple[Tag, ...], runtime: ApiDescription) -> Session | None:
    """The session's operations, as `conventions` checked them for the runtime's `SessionSpec`."""
    spec = runtime.session
    if spec is None:
        return None
    by_id = {op.operation_id: (tag, op) for tag in tags for op in tag.operations}
    login_tag, login = by_id[spec.login]
    return Session(
        login=login,
        refresh=by_id[spec.refresh.operation_id][1],
        logout=by_id[spec.logout][1] if spec.logout else None,
        login_tag=login_tag.py_name,
    )


def project_info(document: dict[str, Any]) -> ProjectInfo:
    """The package metadata ``document`` states (OpenAPI's info.license, info.contact, externalDocs)."""
    info = document.get("info", {})
    urls: list[tuple[str, str]] = []
    external = document.get("externalDocs")
    if isinstance(external, dict) and isinstance(external.get("url"), str):
        urls.append(("Documentation", external["url"]))
    licence = info.get("license")
    name: str | None = None
    if isinstance(licence, dict):
        name = licence.get("identifier") or licence.get("name")
        if isinstance(licence.get("url"), str):
            urls.append(("License", licence["url"]))
    authors: list[dict[str, str]] = []
    contact = info.get("contact")
    if isinstance(contact, dict):
        author = {key: contact[key] for key in ("name", "email") if isinstance(contact.get(key), str)}
        if author:
            authors.append(author)
        if isinstance(contact.get("url"), str):
            urls.append(("Contact", contact["url"]))
    return ProjectInfo(
        license=name if isinstance(name, str) else None, authors=tuple(authors), urls=tuple(urls)
    )
