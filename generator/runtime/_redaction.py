"""Keeping request signatures and session cookies out of logs: the package's own lines and the
HTTP libraries'.

httpx logs every request's URL at INFO (``HTTP Request: GET …?…&signature=…``), and a
signature can be replayed while its timestamp is fresh. `install_log_redaction` puts a
filter on the httpx and httpcore loggers that rewrites only the signature's value; the
rest of each line, and every line without a signature, is left as it was. httpcore's
DEBUG trace lists each response's headers, a login's ``Set-Cookie`` among them:
`install_log_redaction` with ``cookies=True`` also rewrites the values of cookie headers.
"""

from __future__ import annotations

import logging
import re
import threading

__all__ = ["CookieFilter", "SignatureFilter", "install_log_redaction", "redact_parameter", "HTTP_LOGGERS"]

REDACTED = "<redacted>"

HTTP_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""The loggers of the HTTP stack. A logger's filters see only the records logged to it
by name (not its children's), hence the explicit list."""

_install_lock = threading.Lock()


def _pattern(parameter: str) -> re.Pattern[str]:
    # The name must start the query or follow '&'; the value ends at the next separator.
    return re.compile(rf"(?<=[?&]){re.escape(parameter)}=[^&\s\"'#<>]*")


def redact_parameter(text: str, parameter: str) -> str:
    """``text`` with the value of every ``parameter=`` query parameter replaced by ``<redacted>``."""
    if f"{parameter}=" not in text:
        return text
    return _pattern(parameter).sub(f"{parameter}={REDACTED}", text)


class SignatureFilter(logging.Filter):
    """Rewrites the value of ``parameter=`` in a record's message; lets every record through."""

    def __init__(self, parameter: str) -> None:
        super().__init__()
        self.parameter = parameter
        self._pattern = _pattern(parameter)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is not ours to fix; logging reports it
            return True
        if f"{self.parameter}=" in message:
            record.msg = self._pattern.sub(f"{self.parameter}={REDACTED}", message)
            record.args = None
        return True


# A header pair as httpcore's trace prints it: (b'set-cookie', b'name=value; Path=/').
_COOKIE_HEADER = re.compile(r"(\(b?['\"](?:set-)?cookie['\"],\s*b?)(['\"])(.*?)\2", re.IGNORECASE)


class CookieFilter(logging.Filter):
    """Rewrites the values of ``Cookie`` and ``Set-Cookie`` headers in a record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - as in SignatureFilter
            return True
        if "cookie" in message.lower():
            record.msg = _COOKIE_HEADER.sub(rf"\1\2{REDACTED}\2", message)
            record.args = None
        return True


def install_log_redaction(parameter: str | None, *, cookies: bool = False) -> None:
    """Put a `SignatureFilter` for ``parameter`` (and with ``cookies`` a `CookieFilter`) on each of
    the `HTTP_LOGGERS` (once per process)."""
    with _install_lock:
        for name in HTTP_LOGGERS:
            target = logging.getLogger(name)
            if parameter is not None and not any(
                isinstance(f, SignatureFilter) and f.parameter == parameter for f in target.filters
            ):
                target.addFilter(SignatureFilter(parameter))
            if cookies and not any(isinstance(f, CookieFilter) for f in target.filters):
                target.addFilter(CookieFilter())
