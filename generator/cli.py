"""``python -m generator {generate,check,lint,diff,breaking,changelog,extensions}``.

Exit status: 0 success; 1 drift found by ``check``, breaking changes without a
version bump (``breaking``) or, with ``--fail-on-breaking``, any breaking change
(``diff``); 2 problems in the spec or config.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from generator.config import load_config
from generator.pipeline import (
    DEFAULT_CONFIG,
    DEFAULT_OUTPUT,
    PROJECT_ROOT,
    build_tree,
    check_spec,
    display_path,
)
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
    diff = sub.add_parser("diff", help="print the changes between two spec files as Markdown")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    for name, help_text in (
        ("breaking", "fail when the spec changed in a breaking way since BASE without a version bump"),
        ("changelog", "add the changelog entry for the current version (from the diff since BASE)"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument(
            "--base", default=None, help="git revision (default: before the last spec change)"
        )
        command.add_argument(
            "--config", type=Path, default=DEFAULT_CONFIG, help="codegen.toml (default: %(default)s)"
        )
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
    extensions_page = sub.add_parser("extensions", help="print the x- vocabulary as Markdown")
    target = extensions_page.add_mutually_exclusive_group()
    target.add_argument("--write", type=Path, default=None, help="write the page to this file")
    target.add_argument("--check", type=Path, default=None, help="exit 1 when this file is not current")
    return parser


def _extensions_page(write: Path | None, check: Path | None, stdout: TextIO, stderr: TextIO) -> int:
    # Each command imports what it needs: `check` on an unchanged tree needs none of these.
    from generator.extensions import render_markdown  # noqa: PLC0415

    page = render_markdown()
    if write is not None:
        write.parent.mkdir(parents=True, exist_ok=True)
        write.write_text(page, encoding="utf-8")
        print(f"wrote {write}", file=stdout)
    elif check is not None:
        current = check.read_text(encoding="utf-8") if check.is_file() else None
        if current != page:
            print(f"{check} is not what generator/extensions.yaml renders. Run `make generate`.", file=stderr)
            return EXIT_DRIFT
        print(f"{check}: up to date with generator/extensions.yaml", file=stdout)
    else:
        stdout.write(page)
    return EXIT_OK


def main(argv: Sequence[str] | None = None, stdout: TextIO = sys.stdout, stderr: TextIO = sys.stderr) -> int:
    """Run one command; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "diff":
        return _diff(args.old, args.new, args.fail_on_breaking, stdout, stderr)
    if args.command == "extensions":
        return _extensions_page(args.write, args.check, stdout, stderr)
    if args.command in ("breaking", "changelog"):
        return _gate(args.command, args.base, args.config, stdout, stderr)
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


def _diff(old: Path, new: Path, fail_on_breaking: bool, stdout: TextIO, stderr: TextIO) -> int:
    from generator.diff import breaking_changes, diff_specs, markdown_report  # noqa: PLC0415
    from generator.loader import load_spec  # noqa: PLC0415

    try:
        old_spec, new_spec = load_spec(old).document, load_spec(new).document
    except SpecError as exc:
        _report(exc.problems, stderr)
        return EXIT_SPEC
    changes = diff_specs(old_spec, new_spec)
    stdout.write(markdown_report(changes, old_label=str(old), new_label=str(new)))
    return EXIT_DRIFT if fail_on_breaking and breaking_changes(changes) else EXIT_OK


def _gate(command: str, base: str | None, config: Path, stdout: TextIO, stderr: TextIO) -> int:
    from generator.breaking import GitError, add_changelog_entry, gate  # noqa: PLC0415
    from generator.diff import markdown_report  # noqa: PLC0415

    try:
        loaded = load_config(config)
    except SpecError as exc:
        _report(exc.problems, stderr)
        return EXIT_SPEC
    root = PROJECT_ROOT
    relative = {
        "spec": display_path(loaded.spec_path),
        "config": display_path(config),
        "changelog": display_path(loaded.changelog_path),
    }
    try:
        result = gate(root, base=base, **relative)
    except GitError as exc:
        print(f"cannot compare with the base revision: {exc}", file=stderr)
        return EXIT_SPEC
    if command == "changelog":
        added = add_changelog_entry(root / relative["changelog"], result)
        print(
            f"{relative['changelog']}: {'added' if added else 'already has'} {result.new_version}",
            file=stdout,
        )
        return EXIT_OK
    if result.base is None:
        print("breaking-change check: the spec has no earlier version to compare with", file=stdout)
        return EXIT_OK
    stdout.write(
        markdown_report(
            list(result.changes),
            old_label=f"{result.base[:12]} ({result.old_version})",
            new_label=f"the working tree ({result.new_version})",
        )
    )
    for problem in result.problems:
        print(f"error: {problem}", file=stderr)
    return EXIT_OK if result.passed else EXIT_DRIFT
