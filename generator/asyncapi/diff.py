"""Changes between two AsyncAPI documents, classified like the OpenAPI spec's (`generator.diff`).

Breaking: a channel or one of its messages removed; a pushed payload losing a field or
changing a type (what readers rely on); a request payload gaining a required field.
Non-breaking: channels and messages added, compatible schema changes.
"""

from __future__ import annotations

from typing import Any

from generator.diff import Change, Impact, diff_schema
from generator.spec_walk import follow_refs


def _channels(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Channel address (``control`` for the one without) → message name → payload schema."""
    channels: dict[str, dict[str, Any]] = {}
    for key, channel in (document.get("channels") or {}).items():
        messages = {}
        for message_key, ref in (channel.get("messages") or {}).items():
            _, message = follow_refs(document, ref)
            if isinstance(message, dict):
                messages[str(message.get("name", message_key))] = message.get("payload", {})
        channels[str(channel.get("address") or key)] = messages
    return channels


def _sent(document: dict[str, Any]) -> set[str]:
    """Names of the messages the client sends."""
    names = set()
    for operation in (document.get("operations") or {}).values():
        if operation.get("action") == "send":
            for ref in operation.get("messages", []):
                _, message = follow_refs(document, ref)
                if isinstance(message, dict):
                    names.add(str(message.get("name", "")))
    return names


def diff_streams(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``."""
    changes: list[Change] = []
    old_channels, new_channels = _channels(old), _channels(new)
    sent = _sent(new)
    for address, old_messages in old_channels.items():
        where = f"stream {address}"
        if address not in new_channels:
            changes.append(Change(Impact.BREAKING, "channel removed", where, address))
            continue
        new_messages = new_channels[address]
        for name, old_payload in old_messages.items():
            if name not in new_messages:
                changes.append(Change(Impact.BREAKING, "message removed", where, name))
                continue
            direction = "request" if name in sent else "response"
            changes += diff_schema(
                old, new, old_payload, new_messages[name], f"{where} {name}", direction=direction
            )
        for name in new_messages.keys() - old_messages.keys():
            changes.append(Change(Impact.NON_BREAKING, "message added", where, name))
    for address in new_channels.keys() - old_channels.keys():
        changes.append(Change(Impact.NON_BREAKING, "channel added", f"stream {address}", address))
    return sorted(set(changes), key=lambda c: (c.impact.value, c.where, c.kind, c.detail))
