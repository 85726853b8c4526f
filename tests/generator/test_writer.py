"""Atomic output: a complete new tree, or the old one untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import writer
from generator.writer import compare_trees, read_tree, unified_diff, write_tree_atomically


def test_write_replaces_the_whole_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree_atomically({"a.txt": b"1", "pkg/b.py": b"2"}, out)
    write_tree_atomically({"pkg/c.py": b"3"}, out)
    assert read_tree(out) == {"pkg/c.py": b"3"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no staging or retired directories left behind"


def test_failure_while_writing_leaves_the_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_tree_atomically({"a.txt": b"old", "b.txt": b"old"}, out)
    real_write = Path.write_bytes
    written: list[str] = []

    def failing_write(self: Path, data: bytes) -> int:
        if written:
            raise OSError("disk full (simulated)")
        written.append(self.name)
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(OSError, match="simulated"):
        write_tree_atomically({"a.txt": b"new", "b.txt": b"new"}, out)
    monkeypatch.undo()
    assert read_tree(out) == {"a.txt": b"old", "b.txt": b"old"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_interrupt_during_swap_restores_the_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_tree_atomically({"a.txt": b"old"}, out)
    real_replace = writer.os.replace
    calls: list[tuple[str, str]] = []

    def replace(src: str | Path, dst: str | Path) -> None:
        calls.append((str(src), str(dst)))
        if len(calls) == 2:  # the move of the new tree into place
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        write_tree_atomically({"a.txt": b"new"}, out)
    monkeypatch.undo()
    assert read_tree(out) == {"a.txt": b"old"}


def test_compare_and_diff_name_every_difference() -> None:
    expected = {"same": b"x\n", "changed": b"new\n", "missing": b"m\n"}
    actual = {"same": b"x\n", "changed": b"old\n", "extra": b"e\n"}
    difference = compare_trees(expected, actual)
    assert (difference.missing, difference.extra, difference.changed) == (
        ("missing",),
        ("extra",),
        ("changed",),
    )
    diff = "".join(unified_diff(expected, actual, "gen"))
    assert "-old" in diff and "+new" in diff and "gen/missing" in diff and "gen/extra" in diff
