"""Every example in the generated API reference runs, as written, against the local exchange."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sixmm.testing import FakeExchange
from tests.support.cli import cli_environment, install_shim
from tests.support.paths import GENERATED

DOCS = GENERATED / "docs"
_BLOCK = re.compile(r"^```(python|sh)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for index, match in enumerate(_BLOCK.finditer(page.read_text(encoding="utf-8"))):
            found.append((f"{page.stem}-{index}-{match[1]}", match[1], match[2]))
    return found


EXAMPLES = _examples()


def test_the_reference_has_examples_for_every_operation() -> None:
    pages = "".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    import sixmm._api as api

    operations = [v for v in vars(api).values() if type(v).__name__ == "OperationSpec"]
    assert len(operations) == 15
    for operation in operations:
        assert f"`{operation.method} {operation.path}`" in pages
    languages = [language for name, language, _ in EXAMPLES if not name.startswith("features-")]
    assert languages.count("python") == 2 * len(operations) and languages.count("sh") == len(operations)


def test_the_features_page_is_in_the_package_readme_and_has_examples() -> None:
    page = (DOCS / "features.md").read_text(encoding="utf-8")
    body = page.split("# Client features\n", 1)[1].strip()
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    assert "## Client features\n\n" + body in readme
    features = ["ListenKeyManager", "with_raw_response", "with_options", "retry_after", "iter_"]
    features.append("FakeExchange")
    for word in features:
        assert word in body, word
    assert sum(1 for name, _, _ in EXAMPLES if name.startswith("features-")) >= 8


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


@pytest.mark.parametrize(("name", "language", "code"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
@pytest.mark.parametrize("auth", ["api-key", "jwt"])
def test_example_runs(
    name: str, language: str, code: str, auth: str, exchange: FakeExchange, tmp_path: Path
) -> None:
    credentials = (
        {"SIXMM_API_KEY": exchange.api_key, "SIXMM_API_SECRET": exchange.api_secret}
        if auth == "api-key"
        else {"SIXMM_ACCESS_TOKEN": exchange.access_token}
    )
    env = cli_environment(exchange.url, credentials, extra_path=install_shim(tmp_path / "bin"))
    command = (
        [sys.executable, "-c", code] if language == "python" else ["bash", "-euo", "pipefail", "-c", code]
    )
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, f"{name} failed:\n{code}\n--- stderr ---\n{result.stderr}"
    assert "Error" not in result.stderr
