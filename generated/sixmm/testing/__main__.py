# Copied from extras/testing/__main__.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""``python -m sixmm.testing``: run the fake exchange until Ctrl-C.

Prints its URL and credentials first (API key, API secret and a 24-hour JWT), e.g.::

    python -m sixmm.testing --port 8080
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from ._log import DEFAULT_LOG_SIZE
from ._server import FakeExchange


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, start the exchange, print how to reach it, serve."""
    parser = argparse.ArgumentParser(
        prog="python -m sixmm.testing", description="Run a local 6MM-compatible exchange (for tests)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="TCP port; 0 picks a free one (default: 8080)")
    parser.add_argument("--api-key", help="API key to accept (default: random)")
    parser.add_argument("--api-secret", help="API secret of that key (default: random)")
    parser.add_argument("--seed", type=int, default=6, help="seed of the generated account data")
    parser.add_argument("--log-level", default="warning", help="server log level (default: warning)")
    parser.add_argument(
        "--log-size",
        type=int,
        default=DEFAULT_LOG_SIZE,
        help=f"requests kept in the request log, oldest dropped first (default: {DEFAULT_LOG_SIZE})",
    )
    args = parser.parse_args(argv)
    exchange = FakeExchange(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        api_secret=args.api_secret,
        seed=args.seed,
        log_level=args.log_level,
        log_size=args.log_size,
    )
    try:
        exchange.bind()
    except OSError as exc:
        sys.stderr.write(f"cannot listen on {args.host}:{args.port}: {exc}\n")
        return 1
    sys.stdout.write(
        f"6MM fake exchange listening on {exchange.url}\n"
        f"URL:        {exchange.url}\n"
        f"API key:    {exchange.api_key}\n"
        f"API secret: {exchange.api_secret}\n"
        f"JWT:        {exchange.access_token}\n"
        "Press Ctrl-C to stop.\n"
    )
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):
        exchange.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
