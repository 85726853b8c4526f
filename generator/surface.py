"""The public surface of a generated package, read from its source, and what changed in it.

The spec diff (`generator.diff`) sees what the API changed; this sees what users of the
package meet: resource methods and their keyword arguments, the names the package exports,
and its commands. A change of the generator's own naming rules changes the surface with
no change to the spec, and the breaking-change gate must see that too.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.diff import Change, Impact


@dataclass(frozen=True)
class Surface:
    """What code written against the package can refer to."""

    methods: dict[str, dict[str, bool]] = field(default_factory=dict)
    """``Resource.method`` → keyword argument → required."""
    exports: frozenset[str] = frozenset()
    commands: frozenset[str] = frozenset()
    fields: dict[str, dict[str, bool]] = field(default_factory=dict)
    """``Model`` → attribute → required (no default: building the model needs it)."""


def read_surface(files: Mapping[str, str], package: str) -> Surface:
    """The surface of the package whose Python sources are ``files`` (path → text)."""
    methods: dict[str, dict[str, bool]] = {}
    exports: set[str] = set()
    commands: set[str] = set()
    fields: dict[str, dict[str, bool]] = {}
    for path, text in sorted(files.items()):
        tree = ast.parse(text, filename=path)
        if path.startswith(f"{package}/resources/"):
            methods.update(_resource_methods(tree))
        elif path == f"{package}/__init__.py":
            exports |= _all_names(tree)
        elif path == f"{package}/cli.py" or path.startswith(f"{package}/_cli_"):
            # Commands are declared per tag in `_cli_<tag>.py` (in `cli.py` before 0.3.0).
            commands |= _commands(tree)
        elif path == f"{package}/models.py":
            fields.update(_model_fields(tree))
    return Surface(methods, frozenset(exports), frozenset(commands), fields)


def _model_fields(tree: ast.Module) -> dict[str, dict[str, bool]]:
    found: dict[str, dict[str, bool]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
            continue
        own = {
            item.target.id: _required(item.value)
            for item in node.body
            if isinstance(item, ast.AnnAssign)
            and isinstance(item.target, ast.Name)
            and item.target.id != "model_config"
        }
        if own:
            found[node.name] = own
    return found


def _required(value: ast.expr | None) -> bool:
    """No default, or ``Field(...)`` / ``Field(alias=...)`` without one."""
    if value is None:
        return True
    if isinstance(value, ast.Call) and getattr(value.func, "id", None) == "Field":
        if value.args:
            first = value.args[0]
            return isinstance(first, ast.Constant) and first.value is Ellipsis
        return not any(k.arg in {"default", "default_factory"} for k in value.keywords)
    return False


def _resource_methods(tree: ast.Module) -> dict[str, dict[str, bool]]:
    found: dict[str, dict[str, bool]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_") or "RawResponse" in node.name:
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not item.name.startswith("_"):
                arguments = item.args
                defaults = [None] * (len(arguments.kwonlyargs) - len(arguments.kw_defaults))
                required = {
                    arg.arg: default is None
                    for arg, default in zip(
                        arguments.kwonlyargs, [*defaults, *arguments.kw_defaults], strict=True
                    )
                }
                found[f"{node.name}.{item.name}"] = required
    return found


def _all_names(tree: ast.Module) -> set[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            return {str(name) for name in value}
    return set()


def _commands(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "CommandSpec":
            words = {k.arg: k.value for k in node.keywords}
            group, name = words.get("group"), words.get("name")
            if isinstance(group, ast.Constant) and isinstance(name, ast.Constant):
                found.add(f"{group.value!s} {name.value!s}")
    return found


def surface_changes(old: Surface, new: Surface) -> list[Change]:
    """Removed methods, arguments, model fields, exports and commands, and newly required
    arguments and model fields, break (a model built by hand then needs the field)."""
    changes = []
    for method in sorted(old.methods.keys() - new.methods.keys()):
        changes.append(Change(Impact.BREAKING, "method removed", method, ""))
    for method in sorted(new.methods.keys() - old.methods.keys()):
        changes.append(Change(Impact.NON_BREAKING, "method added", method, ""))
    for method in sorted(old.methods.keys() & new.methods.keys()):
        before, after = old.methods[method], new.methods[method]
        for name in sorted(before.keys() - after.keys()):
            changes.append(Change(Impact.BREAKING, "argument removed", f"{method}({name})", ""))
        for name in sorted(after.keys() - before.keys()):
            impact = Impact.BREAKING if after[name] else Impact.NON_BREAKING
            changes.append(
                Change(impact, "argument added", f"{method}({name})", "required" if after[name] else "")
            )
        for name in sorted(before.keys() & after.keys()):
            if after[name] and not before[name]:
                changes.append(Change(Impact.BREAKING, "argument now required", f"{method}({name})", ""))
    for model in sorted(old.fields.keys() & new.fields.keys()):
        before, after = old.fields[model], new.fields[model]
        for name in sorted(before.keys() - after.keys()):
            changes.append(Change(Impact.BREAKING, "model field removed", f"{model}.{name}", ""))
        for name in sorted(after.keys() - before.keys()):
            impact = Impact.BREAKING if after[name] else Impact.NON_BREAKING
            detail = "required" if after[name] else ""
            changes.append(Change(impact, "model field added", f"{model}.{name}", detail))
        for name in sorted(before.keys() & after.keys()):
            if after[name] and not before[name]:
                changes.append(Change(Impact.BREAKING, "model field now required", f"{model}.{name}", ""))
    for kind, before_set, after_set in (
        ("export", old.exports, new.exports),
        ("command", old.commands, new.commands),
    ):
        for name in sorted(before_set - after_set):
            changes.append(Change(Impact.BREAKING, f"{kind} removed", name, ""))
        for name in sorted(after_set - before_set):
            changes.append(Change(Impact.NON_BREAKING, f"{kind} added", name, ""))
    return changes
