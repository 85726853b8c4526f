"""What every reader of the intermediate-model build shares: the spec, its class names, problems."""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.loader import LoadedSpec
from generator.problems import Problem, Severity, pointer_join
from generator.spec_walk import follow_refs

# Names the models module or the modules importing models already use.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "AnyUrl",
        "AsyncAPIClient",
        "AsyncIterator",
        "AwareDatetime",
        "BaseModel",
        "ConfigDict",
        "Decimal",
        "Dict",
        "EmailStr",
        "Enum",
        "Field",
        "Generic",
        "IntEnum",
        "Iterator",
        "List",
        "Literal",
        "Mapping",
        "NaiveDatetime",
        "OpenIntEnum",
        "OpenStrEnum",
        "Optional",
        "PreparedCall",
        "RawResponse",
        "RootModel",
        "Sequence",
        "StrEnum",
        "SyncAPIClient",
        "TypeVar",
        "UUID",
        "Union",
        "annotations",
    }
)


class BuildContext:
    """The spec being read, the class name of every component schema, and the problems found."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.doc = spec.document
        self.problems: list[Problem] = []
        components = self.doc.get("components")
        schemas = components.get("schemas", {}) if isinstance(components, dict) else {}
        self.schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        self.class_names = self._class_names()

    def warn(self, pointer: str, message: str, rule: str = "naming") -> None:
        """Record a warning at ``pointer``."""
        problem = self.spec.problem(pointer, message, rule)
        self.problems.append(
            Problem(problem.file, problem.line, problem.pointer, problem.message, rule, Severity.WARNING)
        )

    def error(self, pointer: str, message: str, rule: str = "ir") -> None:
        """Record an error at ``pointer``: generation stops after the build."""
        self.problems.append(self.spec.problem(pointer, message, rule))

    def deref(self, schema: Any) -> tuple[str | None, Any]:
        """Follow ``$ref`` chains; return the last component name passed and the target."""
        return follow_refs(self.doc, schema)

    def component_of(self, class_name: str) -> str:
        """The component schema name of a model class."""
        return next(name for name, cls in self.class_names.items() if cls == class_name)

    def _class_names(self) -> dict[str, str]:
        """Component name → Python class name: CapWords, unique, no keyword or builtin.

        datamodel-code-generator keeps exactly these names (see `emit_models`), so the
        client modules can import them.
        """
        wanted = [naming.class_name(name) for name in self.schemas]
        final = naming.dedupe(wanted, RESERVED_CLASS_NAMES, separator="")
        for name, candidate, chosen in zip(self.schemas, wanted, final, strict=True):
            if chosen != name:
                reason = "collides with another name" if candidate != chosen else "is not a Python class name"
                self.warn(
                    pointer_join("", "components", "schemas", name),
                    f"schema {name!r} {reason}; its class is named {chosen!r} (wire data unchanged)",
                )
        return dict(zip(self.schemas, final, strict=True))
