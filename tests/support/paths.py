"""Where things are: the repository, the spec and its config, the generated package, test data."""

from __future__ import annotations

from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[2]
"""The repository root."""
GENERATED: Final = ROOT / "generated"
"""The committed output of ``make generate``: the ``sixmm`` distribution (the package is in ``sixmm/``)."""
SPEC: Final = ROOT / "spec" / "sixmm.yaml"
STREAMS_SPEC: Final = ROOT / "spec" / "sixmm-ws.yaml"
"""The OpenAPI document of the 6MM User and Account API."""
CONFIG: Final = ROOT / "spec" / "codegen.toml"
"""The generator's configuration for ``sixmm``."""
TESTS: Final = ROOT / "tests"
CORPUS: Final = TESTS / "generator" / "corpus"
"""Hostile, awkward and broken specs (``broken-*`` must be rejected), and ``store-api.yaml``."""
FOREIGN: Final = TESTS / "generator" / "foreign"
"""Public OpenAPI 3.0 and 3.1 documents (licences in its README), generated without house rules."""
SPEC_PAIRS: Final = TESTS / "generator" / "spec_pairs"
"""``base.yaml`` and one changed copy per kind of change, for the breaking-change report."""
