"""Formatting of generated code: unused imports pruned, output stable."""

from __future__ import annotations

from generator.formatting import format_python, prune_unused_imports
from tests.support.corpus import assert_black_stable
from tests.support.paths import ROOT


def test_unused_names_are_pruned_and_used_ones_kept() -> None:
    source = (
        "from __future__ import annotations\n"
        "from enum import StrEnum\n"
        "from decimal import Decimal\n"
        "import os, sys\n"
        "x: Decimal = Decimal(1)\n"
        "print(sys.argv)\n"
    )
    pruned = prune_unused_imports(source)
    assert "StrEnum" not in pruned
    assert "from __future__ import annotations" in pruned
    assert "import sys" in pruned and "os" not in pruned.split("\n")[3]


def test_names_in_dunder_all_count_as_used() -> None:
    pruned = prune_unused_imports('from .a import B\n__all__ = ["B"]\n')
    assert "from .a import B" in pruned


def test_format_is_idempotent() -> None:
    source = "import sys\nfrom pkg import thing\nx=[1,2,\n3]\nprint(sys, thing)\n"
    once = format_python(source, first_party="pkg")
    assert format_python(once, first_party="pkg") == once


def test_the_generated_package_is_black_stable() -> None:
    """The generator runs one black pass, not black.format_str's two: its output must be stable."""
    package = ROOT / "generated"
    modules = {p.relative_to(package).as_posix(): p.read_text("utf-8") for p in package.rglob("*.py")}
    assert assert_black_stable(modules) >= 15
