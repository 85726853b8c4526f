"""Golden and determinism tests of the generated package."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.cli import EXIT_DRIFT, EXIT_OK, main
from generator.pipeline import build_tree
from generator.writer import compare_trees, read_tree
from tests.support.paths import CONFIG, GENERATED, ROOT


def test_committed_output_is_exactly_what_the_spec_generates() -> None:
    tree, _ = build_tree(CONFIG)
    difference = compare_trees(tree, read_tree(GENERATED))
    assert difference.clean, difference


def test_output_is_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"out-{seed}"
        # A cold formatting cache for each run: the formatters themselves run under each seed.
        env = {**os.environ, "PYTHONHASHSEED": seed, "SIXMM_CODEGEN_CACHE": str(tmp_path / f"cache-{seed}")}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--out", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(read_tree(out))
    assert outputs[0] == outputs[1]
    assert outputs[0] == read_tree(GENERATED)


def test_every_generated_file_says_it_is_generated_and_from_which_spec() -> None:
    for relative, content in read_tree(GENERATED).items():
        head = content.decode("utf-8")[:400]
        assert "Generated from spec/sixmm.yaml" in head, relative
        assert "Do not edit" in head, relative


def test_check_passes_on_a_clean_tree() -> None:
    stdout = io.StringIO()
    assert main(["check"], stdout=stdout, stderr=io.StringIO()) == EXIT_OK
    assert "up to date" in stdout.getvalue()


def test_check_names_a_hand_edited_file_with_a_diff(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    edited = copy / "sixmm" / "_client.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# a hand edit\n", encoding="utf-8")
    (copy / "sixmm" / "stray.py").write_text("x = 1\n", encoding="utf-8")
    (copy / "sixmm" / "py.typed").unlink()
    stderr = io.StringIO()
    assert main(["check", "--out", str(copy)], stdout=io.StringIO(), stderr=stderr) == EXIT_DRIFT
    report = stderr.getvalue()
    assert "1 changed, 1 missing, 1 extra" in report
    assert "sixmm/_client.py" in report and "-# a hand edit" in report
    assert "sixmm/stray.py" in report and "sixmm/py.typed" in report
