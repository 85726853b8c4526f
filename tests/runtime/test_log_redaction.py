"""The HTTP stack's log lines never carry a signature or a cookie value, and only the asked
filters are installed (each process gets them once)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

from sixmm._redaction import REDACTED, CookieFilter
from tests.support.paths import GENERATED


def _record(msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("httpcore.http11", logging.DEBUG, __file__, 1, msg, args, None)


def test_cookie_values_are_replaced_and_the_arguments_dropped() -> None:
    headers = [(b"set-cookie", b"refresh=SESSION-SECRET; Path=/; HttpOnly"), (b"content-type", b"json")]
    record = _record("receive_response_headers.complete return_value=%s", headers)
    assert CookieFilter().filter(record)
    assert record.args is None
    assert record.getMessage() == (
        "receive_response_headers.complete return_value="
        f"[(b'set-cookie', b'{REDACTED}'), (b'content-type', b'json')]"
    )


def test_a_line_without_cookies_is_left_alone() -> None:
    record = _record("connect_tcp.started host=%s", "127.0.0.1")
    assert CookieFilter().filter(record)
    assert record.args == ("127.0.0.1",) and record.getMessage() == "connect_tcp.started host=127.0.0.1"


_PROBE = """
import json, logging, sys
from sixmm._redaction import CookieFilter, HTTP_LOGGERS, SignatureFilter, install_log_redaction
install_log_redaction(sys.argv[1] or None, cookies=sys.argv[2] == "cookies")
kinds = {name: sorted(type(f).__name__ for f in logging.getLogger(name).filters) for name in HTTP_LOGGERS}
handler = logging.StreamHandler(sys.stderr)
logging.getLogger("httpx").addHandler(handler)
logging.getLogger("httpx").setLevel(logging.INFO)
logging.getLogger("httpx").info("HTTP Request: GET http://h/p?a=1&signature=%s", "abcdef0123")
print(json.dumps(kinds))
"""


def _installed(parameter: str, cookies: bool) -> tuple[dict[str, list[str]], str]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, parameter, "cookies" if cookies else "-"],
        env={"PYTHONPATH": str(GENERATED)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout), result.stderr


def test_the_signature_filter_is_installed_on_every_http_logger_and_works() -> None:
    kinds, logged = _installed("signature", cookies=False)
    assert all(names == ["SignatureFilter"] for names in kinds.values()), kinds
    assert "abcdef0123" not in logged and f"signature={REDACTED}" in logged


def test_the_cookie_filter_only_when_asked() -> None:
    kinds, _ = _installed("", cookies=True)
    assert all(names == ["CookieFilter"] for names in kinds.values()), kinds
