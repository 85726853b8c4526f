"""Shared test set-up: the generated package is imported from generated/ as it is on disk.

Constants and helpers live in `tests.support`; this file only prepares the import path.
"""

from __future__ import annotations

import sys

from tests.support.paths import GENERATED

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
