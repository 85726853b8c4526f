"""The AsyncAPI document read into `Streams`, and its schemas as stream models."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.asyncapi.model import StreamChannel, StreamMessage, Streams
from generator.ir import Models
from generator.loader import LoadedSpec
from generator.spec_walk import follow_refs, schema_name


def _topic_pattern(address: str) -> str:
    parts = re.split(r"(\{[^}]+\})", address)
    return "^" + "".join("[^.]+" if p.startswith("{") else re.escape(p) for p in parts if p) + "$"


def _default_url(document: dict[str, Any]) -> str:
    servers = document.get("servers", {})
    if not servers:
        return ""
    _, server = follow_refs(document, next(iter(servers.values())))
    return f"{server['protocol']}://{server['host']}{server.get('pathname', '')}"


def _auth_params(document: dict[str, Any]) -> tuple[str, ...]:
    schemes = document.get("components", {}).get("securitySchemes", {})
    return tuple(
        s["name"] for s in schemes.values() if s.get("type") == "httpApiKey" and s.get("in") == "query"
    )


def _match(document: dict[str, Any], payload: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The ``const`` fields of the payload's ``data``: what tells this message from its siblings."""
    _, schema = follow_refs(document, payload)
    _, data = follow_refs(document, schema.get("properties", {}).get("data", {}))
    return tuple(
        (name, str(prop["const"]))
        for name, prop in (data.get("properties") or {}).items()
        if isinstance(prop, dict) and "const" in prop
    )


def _private_channels(document: dict[str, Any]) -> set[str]:
    return {
        op["channel"]["$ref"].rsplit("/", 1)[-1]
        for op in document.get("operations", {}).values()
        if op.get("action") == "receive" and op.get("security")
    }


def build_streams(spec: LoadedSpec) -> Streams:
    """The channels with an address (the control channel has none), in document order."""
    document = spec.document
    private = _private_channels(document)
    channels = []
    for key, channel in document.get("channels", {}).items():
        address = channel.get("address")
        if not address:
            continue
        messages = []
        for message_key, ref in channel.get("messages", {}).items():
            _, message = follow_refs(document, ref)
            payload = message["payload"]
            messages.append(
                StreamMessage(
                    name=message.get("name", message_key),
                    model=schema_name(payload.get("$ref", "")) or "",
                    match=_match(document, payload),
                    examples=tuple(
                        json.dumps(e["payload"], separators=(", ", ": "))
                        for e in message.get("examples", [])
                        if "payload" in e
                    ),
                )
            )
        channels.append(
            StreamChannel(
                key=key,
                address=address,
                pattern=_topic_pattern(address),
                private=key in private,
                title=channel.get("title", key),
                messages=tuple(messages),
            )
        )
    info = document["info"]
    return Streams(
        title=info["title"],
        version=info["version"],
        default_url=_default_url(document),
        auth_params=_auth_params(document),
        channels=tuple(channels),
        models=stream_models(document),
    )


def stream_models(document: dict[str, Any]) -> Models:
    """The component schemas as an OpenAPI document, which the model emitter reads."""
    schemas = document.get("components", {}).get("schemas", {})
    return Models(
        document={
            "openapi": "3.1.0",
            "info": {"title": document["info"]["title"], "version": document["info"]["version"]},
            "paths": {},
            "components": {"schemas": schemas},
        }
    )
