"""Load a YAML or JSON spec into plain Python data, remembering where each value was.

The result maps every JSON pointer in the document to the line it starts on, so
later stages can report problems as ``file:line``. Duplicate keys, which YAML
parsers usually accept silently, are reported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.problems import Problem, SpecError, pointer_join, pointer_parts
from generator.spec_walk import resolve_pointer

# libyaml's parser when PyYAML was built with it (several times faster), else the pure one.
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _JsonCompatibleLoader(_BaseLoader):
    """SafeLoader without YAML 1.1 timestamps: dates stay strings, as in JSON."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class LoadedSpec:
    """A parsed spec document and the source line of every JSON pointer in it."""

    path: Path
    document: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def display_path(self) -> str:
        """The path relative to the working directory when below it, for messages."""
        try:
            return str(self.path.resolve().relative_to(Path.cwd()))
        except ValueError:
            return str(self.path)

    def line_of(self, pointer: str) -> int:
        """Line of the value at ``pointer``, or of its nearest ancestor present in the source."""
        parts = list(pointer_parts(pointer))
        while True:
            candidate = pointer_join("", *parts)
            if candidate in self.lines:
                return self.lines[candidate]
            if not parts:
                return 0
            parts.pop()

    def problem(self, pointer: str, message: str, rule: str = "spec") -> Problem:
        """A problem located at ``pointer`` in this document."""
        return Problem(self.display_path, self.line_of(pointer), pointer, message, rule)

    def resolve(self, pointer: str) -> Any:
        """The value at a local JSON pointer; raises KeyError when absent."""
        return resolve_pointer(self.document, pointer)


class _Builder:
    """Turns a composed YAML node tree into Python values and records positions."""

    def __init__(self, loader: _JsonCompatibleLoader, file: str) -> None:
        self.loader = loader
        self.file = file
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, pointer: str) -> Any:
        self.lines[pointer] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, pointer_join(pointer, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, pointer: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    Problem(
                        self.file,
                        key_node.start_mark.line + 1,
                        pointer,
                        "mapping keys must be scalars",
                        "yaml",
                    )
                )
                continue
            # Keys are kept as written: `200:` is the string "200", as in JSON.
            key = str(key_node.value)
            child = pointer_join(pointer, key)
            if key in result:
                self.problems.append(
                    Problem(
                        self.file,
                        key_node.start_mark.line + 1,
                        child,
                        f"duplicate key {key!r} (first at line {self.lines[child]})",
                        "yaml",
                    )
                )
                continue
            result[key] = self.build(value_node, child)
        return result


def load_spec(path: Path) -> LoadedSpec:
    """Parse the spec at ``path``; raise `SpecError` on syntax errors or duplicate keys."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Problem(file, 0, "", f"cannot read spec: {exc}", "io")]) from exc
    loader = _JsonCompatibleLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise SpecError([Problem(file, 1, "", "the spec is empty", "yaml")])
        builder = _Builder(loader, file)
        document = builder.build(root, "")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        message = " ".join(part for part in (exc.context, exc.problem) if part)
        raise SpecError([Problem(file, line, "", f"YAML syntax error: {message}", "yaml")]) from exc
    except yaml.YAMLError as exc:
        raise SpecError([Problem(file, 0, "", f"YAML error: {exc}", "yaml")]) from exc
    finally:
        loader.dispose()
    if builder.problems:
        raise SpecError(builder.problems)
    if not isinstance(document, dict):
        raise SpecError([Problem(file, 1, "", "the spec must be a mapping at the top level", "yaml")])
    return LoadedSpec(path=path, document=document, lines=builder.lines)
