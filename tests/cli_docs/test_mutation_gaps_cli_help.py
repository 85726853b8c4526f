"""What a command's help says about its output options: a gap found by `make mutation`
(issue 17) in _cli.py, read from the parser in-process (the help test runs the CLI in a
child process and looks at other lines).
"""

from __future__ import annotations

import argparse

from sixmm._cli import build_parser
from sixmm.cli import CLI


def _command_help(group: str, command: str) -> str:
    parser = build_parser(CLI)
    groups = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands = next(a for a in groups.choices[group]._actions if isinstance(a, argparse._SubParsersAction))
    return " ".join(commands.choices[command].format_help().split())


def test_the_field_option_says_what_it_prints() -> None:
    text = _command_help("user", "get-asset")
    assert "print only this field of the result: its wire name, dotted for a nested one (outer.inner)" in text
    assert "print the whole response envelope" in text
