"""What ``stream market`` tells a user who leaves out its topics: a gap found by `make mutation`
(issue 17) in _stream_cli.py. The parser is read in-process; the stream itself is not opened.
"""

from __future__ import annotations

import pytest

from sixmm._cli import build_parser
from sixmm.cli import CLI


def test_stream_market_without_topics_is_refused_naming_them(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser(CLI).parse_args(["stream", "market"])
    assert exited.value.code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "TOPIC [TOPIC ...]" in err  # the usage line
    assert err.endswith("sixmm stream market: error: the following arguments are required: TOPIC")


def test_stream_market_help_describes_its_topics(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser(CLI).parse_args(["stream", "market", "--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "positional arguments: TOPIC topics to subscribe to" in text
