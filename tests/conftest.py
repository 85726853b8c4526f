"""Shared test set-up: the generated package is imported from generated/ as it is on disk.

Constants and helpers live in `tests.support`; this file only prepares the import path and
lets pytest explain failed asserts inside the helpers too.
"""

from __future__ import annotations

import sys

import pytest

pytest.register_assert_rewrite("tests.support")

from tests.support.paths import GENERATED  # noqa: E402 - after the rewrite hook is registered

# The shared fixtures of the local exchange (`module_exchange`, `ex`).
pytest_plugins = ["tests.support.exchange_fixtures"]

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
