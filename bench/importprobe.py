"""Import worker: which modules ``import sixmm`` and one call load. Prints one JSON object.

    python bench/importprobe.py

Records the ``sys.modules`` difference after ``import sixmm`` and again after building a
``Client`` over an in-memory transport and calling ``user.get_info()`` and
``user.get_account_change_log()``, and flags modules a call never needs: the local test
exchange (``sixmm.testing``), the command line (``sixmm.cli``, ``sixmm.__main__``) and the
ASGI server stack (uvicorn, starlette); and whether ``import sixmm`` alone loaded
``pydantic.main`` (it should not: models and their machinery load with the first call).
"""

from __future__ import annotations

import json
import sys

FORBIDDEN_PREFIXES = ("sixmm.testing", "sixmm.cli", "sixmm.__main__", "uvicorn", "starlette")


def _forbidden(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in FORBIDDEN_PREFIXES))


def main() -> int:
    before = set(sys.modules)
    import sixmm

    after_import = set(sys.modules)

    import httpx
    import payloads

    bodies = {payloads.USER_INFO_PATH: payloads.user_info(), payloads.CHANGE_LOG_PATH: payloads.change_log(3)}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[request.url.path], headers=payloads.HEADERS)

    with sixmm.Client(
        access_token="t",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
        time_sync_interval=None,
    ) as client:
        client.user.get_info()
        client.user.get_account_change_log(page_size=3)
    after_call = set(sys.modules)

    imported = sorted(after_import - before)
    called = sorted(after_call - before)
    report = {
        "sixmm_modules_on_import": [m for m in imported if m.split(".")[0] == "sixmm"],
        "sixmm_modules_after_call": [m for m in called if m.split(".")[0] == "sixmm"],
        "third_party_on_import": sorted(
            {m.split(".")[0] for m in imported}
            - set(sys.stdlib_module_names)
            - {"sixmm", "_sysconfigdata__linux_x86_64-linux-gnu"}
        ),
        "module_count_on_import": len(imported),
        "forbidden_on_import": _forbidden(imported),
        "forbidden_after_call": _forbidden(called),
        # Pydantic's models machinery (most of its import time) waits for the first model.
        "pydantic_models_on_import": "pydantic.main" in after_import,
    }
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
