"""Public OpenAPI 3.0 and 3.1 documents (``tests/generator/foreign``, licences in its README).

Each is generated with the house rules off, as a foreign spec is; then, once over all of them,
``mypy --strict`` (one run), an import of every module (one subprocess) and smoke calls of a
few operations per spec against a local 127.0.0.1 server that answers from the spec's
examples (one subprocess). Every operation of each spec must be a method of its client.

The whole corpus runs in the default suite: generating it is cached by content (the
formatting cache), and the slow tools start once, not once per spec.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.ir import build_api
from generator.ir.model import NO_DEFAULT, Api
from generator.pipeline import build_tree, check_spec
from generator.spec_walk import iter_operations
from generator.writer import write_tree_atomically
from tests.support.corpus import GeneratedPackage, import_in_subprocess, package_name, run_mypy, write_config
from tests.support.paths import FOREIGN

SPECS = sorted(p for p in FOREIGN.iterdir() if p.suffix in (".yaml", ".json"))
SMOKE_CALLS_PER_SPEC = 3


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[GeneratedPackage, Api]]:
    out = tmp_path_factory.mktemp("foreign")
    built = {}
    for spec in SPECS:
        name = package_name(spec)
        config = write_config(out / ".configs" / name, spec, name, house_rules=False)
        tree, warnings = build_tree(config, spec)
        write_tree_atomically(tree, out / name)
        checked = check_spec(config, spec)
        api, _ = build_api(checked.spec, load_config(config))
        built[spec.name] = (GeneratedPackage(spec, name, out / name, tree, warnings), api)
    return built


def test_the_corpus_has_3_0_and_3_1_and_large_real_apis() -> None:
    versions = {str(_document(spec).get("openapi"))[:3] for spec in SPECS}
    sizes = sorted(len(list(iter_operations(_document(spec)))) for spec in SPECS)
    assert len(SPECS) >= 15
    assert versions == {"3.0", "3.1"}
    assert sum(1 for n in sizes if 50 <= n <= 300) >= 3, sizes
    for spec in SPECS:
        assert spec.name in (FOREIGN / "README.md").read_text(encoding="utf-8"), f"{spec.name}: licence?"


def _document(spec: Path) -> dict[str, Any]:
    return check_spec(
        write_config(Path(tempfile.mkdtemp()), spec, "probe", house_rules=False), spec
    ).spec.document


def test_every_operation_is_a_method(packages: dict[str, tuple[GeneratedPackage, Api]]) -> None:
    for name, (package, api) in packages.items():
        declared = len(list(iter_operations(_document(package.spec))))
        methods = [op for tag in api.tags for op in tag.operations]
        assert len(methods) == declared, name
        for tag in api.tags:
            module = package.source(f"resources/{tag.py_name}.py")
            for op in tag.operations:
                assert f"def {op.py_name}(" in module, (name, op.operation_id)


def test_every_package_passes_mypy_strict_and_imports(
    packages: dict[str, tuple[GeneratedPackage, Api]],
) -> None:
    generated = [package for package, _ in packages.values()]
    completed = run_mypy(generated)
    assert completed.returncode == 0, completed.stdout[-5000:] + completed.stderr[-2000:]
    failures = {name: trace for name, trace in import_in_subprocess(generated).items() if trace}
    assert not failures, failures


def test_the_webhooks_only_spec_gives_a_client_without_resources(
    packages: dict[str, tuple[GeneratedPackage, Api]],
) -> None:
    package, api = packages["oas31-webhooks.yaml"]
    assert api.tags == ()
    assert "from .resources import" not in package.source("_client.py")


_SMOKE_SCRIPT = textwrap.dedent("""
    import importlib, json, re, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    results = {}
    for root, name, calls in json.loads(sys.stdin.read()):
        sys.path.insert(0, root)
        routes = [(method, re.compile(pattern), body) for _, _, method, pattern, body, _, _ in calls]

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                path = self.path.split("?", 1)[0]
                for method, pattern, body in routes:
                    if method == self.command and pattern.fullmatch(path):
                        data = b"" if body is None else json.dumps(body).encode()
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Content-Length", str(len(data)))
                        self.end_headers()
                        self.wfile.write(data)
                        return
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            package = importlib.import_module(name)
            url = f"http://127.0.0.1:{server.server_address[1]}"
            client = unchecked = None
            options = ({"access_token": "t"}, {"api_key": "k"}, {"api_key": "k", "api_secret": "s"}, {})
            for credentials in options:
                try:
                    client = package.Client(base_url=url, max_retries=0, **credentials)
                    unchecked = package.Client(
                        base_url=url, max_retries=0, validate_requests=False, **credentials
                    )
                    break
                except package.CredentialsError:
                    continue
            with client, unchecked:
                for tag, method_name, _, _, _, arguments, made_up in calls:
                    key = f"{name}.{tag}.{method_name}"
                    # Values the spec gave must pass its own checks; made-up ones ("x") need not.
                    caller = unchecked if made_up else client
                    try:
                        getattr(getattr(caller, tag), method_name)(**arguments)
                        results[key] = None
                    except Exception as exc:
                        results[key] = f"{type(exc).__name__}: {exc}"[:1000]
        finally:
            server.shutdown()
            sys.path.remove(root)
    print(json.dumps(results))
    """)

_SIMPLE_VALUES: dict[str, Any] = {"str": "x", "int": 1, "float | Decimal": 1.5, "bool": True}


def _smoke_calls(api: Api) -> list[list[Any]]:
    """Up to a few operations whose required arguments can be written down, with those values."""
    calls = []
    for tag in api.tags:
        for op in tag.operations:
            arguments: dict[str, Any] | None = {}
            made_up = False
            for arg in op.arguments:
                if not arg.required:
                    continue
                value = arg.example if arg.example is not NO_DEFAULT else _SIMPLE_VALUES.get(arg.type_hint)
                made_up = made_up or arg.example is NO_DEFAULT
                if (
                    arg.location not in ("path", "query", "header")
                    or value is None
                    or isinstance(value, dict)
                ):
                    arguments = None
                    break
                arguments[arg.py_name] = value
            if arguments is None or (op.result_type and op.response_example is None):
                continue
            pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(op.path))
            body = op.response_example if op.result_type else None
            calls.append([tag.py_name, op.py_name, op.method, pattern, body, arguments, made_up])
            if len(calls) == SMOKE_CALLS_PER_SPEC:
                return calls
    return calls


def test_smoke_calls_against_a_local_server_answering_from_examples(
    packages: dict[str, tuple[GeneratedPackage, Api]],
) -> None:
    work = [[str(package.root), package.import_name, _smoke_calls(api)] for package, api in packages.values()]
    completed = subprocess.run(
        [sys.executable, "-c", _SMOKE_SCRIPT],
        input=json.dumps(work),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    failures = {key: error for key, error in results.items() if error}
    assert not failures, failures
    called = {key.split(".", 1)[0] for key in results}
    assert len(results) >= len(SPECS)
    assert len(called) >= 15, sorted(called)
