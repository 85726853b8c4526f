"""The local exchange as pytest fixtures, for test modules that talk to one (registered in conftest.py).

`module_exchange` is one exchange per test module, on 127.0.0.1 with the known credentials and
frozen clock of `local_exchange`; `ex` is that exchange reset for each test. A module that
needs more state per test defines its own `ex` on `module_exchange`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sixmm.testing import FakeExchange
from tests.support.clients import local_exchange


@pytest.fixture(scope="module")
def module_exchange() -> Iterator[FakeExchange]:
    with local_exchange() as ex:
        yield ex


@pytest.fixture
def ex(module_exchange: FakeExchange) -> FakeExchange:
    module_exchange.reset()
    return module_exchange
