"""Shared test set-up: the generated package is imported from generated/ as it is on disk."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
SPEC = ROOT / "spec" / "sixmm.yaml"
CONFIG = ROOT / "spec" / "codegen.toml"

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
