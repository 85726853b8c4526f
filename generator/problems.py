"""Problems found in a spec, each with the place it was found.

Every stage reports what it finds as `Problem` values instead of raising, so that
one run shows all of them (file, line and JSON pointer) and the caller decides
what is fatal.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


class Severity(enum.Enum):
    """How bad a problem is: errors stop generation, warnings are only shown."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, located by file, line (1-based, 0 when unknown) and JSON pointer."""

    file: str
    line: int
    pointer: str
    message: str
    rule: str = "spec"
    severity: Severity = field(default=Severity.ERROR, compare=False)

    def format(self) -> str:
        """Render as ``file:line: severity [rule] pointer: message``."""
        pointer = self.pointer or "/"
        message = " ".join(self.message.split("\n"))  # one problem, one line
        return f"{self.file}:{self.line}: {self.severity.value} [{self.rule}] {pointer}: {message}"


class SpecError(Exception):
    """Raised when a stage cannot continue; carries every problem found so far."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the spec")


def pointer_join(base: str, *parts: str | int) -> str:
    """Append reference tokens to a JSON pointer, escaping ``~`` and ``/``."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return base + "".join("/" + token for token in escaped)


def pointer_parts(pointer: str) -> Iterator[str]:
    """Split a JSON pointer into its unescaped reference tokens."""
    if not pointer:
        return
    for token in pointer.lstrip("/").split("/"):
        yield token.replace("~1", "/").replace("~0", "~")


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    """Only the problems that stop generation."""
    return [p for p in problems if p.severity is Severity.ERROR]
