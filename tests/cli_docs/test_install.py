"""The generated package installs into a fresh virtual environment, imports, and type-checks.

This builds a real venv and installs ``./generated`` with pip, which takes its
dependencies (httpx, pydantic, hatchling) from the package index or pip's cache.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from tests.support.paths import GENERATED, ROOT

pytestmark = pytest.mark.slow

CONSUMER = textwrap.dedent("""
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    import sixmm
    from sixmm.models import AccountChangeLogPage, TrendRange


    def total_amount(page: AccountChangeLogPage) -> Decimal:
        # Documented response fields are plain types: no `is not None` dance.
        return sum((entry.amount for entry in page.list_), Decimal(0))


    def fetch(client: sixmm.Client) -> Decimal:
        since = datetime.now(UTC) - timedelta(days=7)
        page = client.user.get_account_change_log(asset_type="USDT", page_size=50, start_time=since)
        client.user.get_trade_overview(type=TrendRange.ONE_MONTH)
        return total_amount(page)


    async def fetch_async(client: sixmm.AsyncClient) -> int:
        page = await client.user.get_account_change_log()
        return page.total
    """)


def test_installs_in_a_fresh_venv_imports_and_type_checks(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    probe = subprocess.run(
        [str(python), "-c", "import sixmm, sixmm.models; print(sixmm.__version__, sixmm.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    version, location = probe.stdout.split()
    assert version
    assert str(env_dir) in location, "imported from the venv, not from the source tree"
    consumer = tmp_path / "consumer.py"
    consumer.write_text(CONSUMER, encoding="utf-8")
    # An empty config: the project's own mypy settings must not help the installed package.
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(python),
            "--config-file",
            str(tmp_path / "mypy.ini"),
            str(consumer),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    assert (ROOT / "generated" / "sixmm" / "py.typed").exists()

    # The real console script, installed by pip, against the local exchange.
    script = env_dir / "bin" / "sixmm"
    helped = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert helped.returncode == 0 and "listen-key" in helped.stdout
    from sixmm.testing import FakeExchange

    with FakeExchange() as exchange:
        called = subprocess.run(
            [
                str(script),
                "--base-url",
                exchange.url,
                "--access-token",
                exchange.access_token,
                "public",
                "get-server-time",
                "--field",
                "timezone",
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip() == "UTC"
