"""Each tag's operation specs (`_api_<tag>`) and commands (`_cli_<tag>`) are modules of their own,
loaded only when a call or a command of the tag needs them (issue 16: a one-operation change
rewrites only its tag's modules, and nothing loads the others)."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from sixmm._api import operation_specs
from sixmm._cli import CommandGroup, build_parser, run
from sixmm.cli import CLI
from tests.support.paths import GENERATED


def _loaded_after(code: str) -> list[str]:
    """The ``sixmm._api_*`` and ``sixmm._cli_*`` modules a fresh interpreter has after ``code``."""
    script = textwrap.dedent(code) + textwrap.dedent("""
        import json, sys
        print(json.dumps(sorted(m for m in sys.modules if m.startswith(("sixmm._api_", "sixmm._cli_")))))
        """)
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(GENERATED)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded: list[str] = json.loads(completed.stdout.splitlines()[-1])
    return loaded


def test_import_loads_no_tag_module_and_a_call_loads_only_its_own() -> None:
    assert _loaded_after("import sixmm") == []
    called = _loaded_after("""
        import httpx, json, sixmm
        data = {"timestamp": 1, "timestampMs": 1000, "iso": "1970-01-01T00:00:01Z", "timezone": "UTC"}
        body = json.dumps({"code": 0, "message": "ok", "data": data, "requestId": "r"}).encode()
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
        with sixmm.Client(http_client=httpx.Client(transport=transport), access_token="t") as client:
            assert client.public.get_server_time().timestamp_ms == 1000
        """)
    assert called == ["sixmm._api_public"]


def test_a_command_loads_only_its_group() -> None:
    loaded = _loaded_after("""
        from sixmm.cli import main
        try:
            main(["market", "get-symbols", "--help"])
        except SystemExit:
            pass
        """)
    assert loaded == ["sixmm._cli_market"]
    # The program's help lists every group without loading any.
    assert _loaded_after("""
        from sixmm.cli import main
        try:
            main(["--help"])
        except SystemExit:
            pass
        """) == []


def test_every_operation_spec_is_found_across_the_tag_modules() -> None:
    specs = operation_specs()
    assert len(specs) == 53
    assert {"getServerTime", "placeOrder", "getInfo", "createListenKey"} <= specs.keys()
    assert all(name == spec.operation_id for name, spec in specs.items())


class _User:
    def get_info(self) -> dict[str, Any]:
        return {"market": "the user's market field", "userId": 7}


class _FakeClient:
    def __init__(self, **_: Any) -> None:
        self.user = _User()

    def __enter__(self) -> _FakeClient:
        return self

    def __exit__(self, *_: object) -> None:
        return None


# A group whose module does not exist: loading it would raise ModuleNotFoundError.
_UNLOADABLE = CommandGroup(name="unloadable", module="sixmm._cli_no_such_tag")


def test_the_parser_loads_only_the_groups_asked_for_and_lists_them_all() -> None:
    spec = dataclasses.replace(CLI, groups=(*CLI.groups, _UNLOADABLE))
    parser = build_parser(spec, {"user"})
    assert parser.parse_args(["user", "get-info"]).command == "get-info"
    assert "unloadable" in parser.format_help()
    with pytest.raises(SystemExit):  # market's commands were not loaded
        parser.parse_args(["market", "get-symbols"])
    with pytest.raises(ModuleNotFoundError):
        build_parser(spec)


def test_run_loads_the_group_it_runs_even_after_an_option_value_naming_another() -> None:
    spec = dataclasses.replace(CLI, groups=(*CLI.groups, _UNLOADABLE), client_factory=_FakeClient)
    out, err = io.StringIO(), io.StringIO()
    assert run(spec, ["user", "get-info"], out, err) == 0, err.getvalue()
    assert json.loads(out.getvalue()) == {"market": "the user's market field", "userId": 7}
    # `market` is the value of --field here, and `user` the group run: both are loaded.
    out = io.StringIO()
    assert run(spec, ["--field", "market", "user", "get-info"], out, err) == 0, err.getvalue()
    assert out.getvalue() == "the user's market field\n"
