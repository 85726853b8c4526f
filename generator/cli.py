"""``python -m generator {generate,check,lint}``.

Exit status: 0 success, 1 drift found by ``check``, 2 problems in the spec or config.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from generator.pipeline import DEFAULT_CONFIG, DEFAULT_OUTPUT, build_tree, check_spec, display_path
from generator.problems import Problem, SpecError
from generator.writer import compare_trees, read_tree, unified_diff, write_tree_atomically

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_SPEC = 2
DIFF_LINES = 200


def _report(problems: Sequence[Problem], stream: TextIO) -> None:
    for problem in sorted(problems):
        print(problem.format(), file=stream)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "validate the spec and write the package"),
        ("check", "exit 1 with a diff when the output directory differs from what the spec generates"),
        ("lint", "validate and lint the spec only"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument(
            "--config", type=Path, default=DEFAULT_CONFIG, help="codegen.toml (default: %(default)s)"
        )
        command.add_argument(
            "--spec", type=Path, default=None, help="the spec (default: the one codegen.toml names)"
        )
        if name != "lint":
            command.add_argument(
                "--out", type=Path, default=DEFAULT_OUTPUT, help="output directory (default: %(default)s)"
            )
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO = sys.stdout, stderr: TextIO = sys.stderr) -> int:
    """Run one command; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "lint":
            checked = check_spec(args.config, args.spec)
            _report(checked.warnings, stderr)
            print(f"{display_path(checked.spec.path)}: no problems", file=stdout)
            return EXIT_OK
        tree, warnings = build_tree(args.config, args.spec)
    except SpecError as exc:
        _report(exc.problems, stderr)
        print(f"{len(exc.problems)} problem(s); nothing was written.", file=stderr)
        return EXIT_SPEC
    _report(warnings, stderr)
    out: Path = args.out
    if args.command == "generate":
        write_tree_atomically(tree, out)
        print(f"wrote {len(tree)} files to {out}", file=stdout)
        return EXIT_OK
    on_disk = read_tree(out)
    difference = compare_trees(tree, on_disk)
    if difference.clean:
        print(f"{out}: up to date with the spec ({len(tree)} files)", file=stdout)
        return EXIT_OK
    print(
        f"{out} differs from what the spec generates: {len(difference.changed)} changed, "
        f"{len(difference.missing)} missing, {len(difference.extra)} extra. Run `make generate`.",
        file=stderr,
    )
    for path in difference.changed + difference.missing + difference.extra:
        print(f"  {path}", file=stderr)
    lines = list(unified_diff(tree, on_disk, str(out)))
    for line in lines[:DIFF_LINES]:
        stderr.write(line if line.endswith("\n") else line + "\n")
    if len(lines) > DIFF_LINES:
        print(f"... {len(lines) - DIFF_LINES} more diff lines", file=stderr)
    return EXIT_DRIFT
