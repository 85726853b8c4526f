"""A raw HTTP server on 127.0.0.1 that sends a response's body one byte at a time.

For the client's deadlines: a server that keeps every read short but the whole answer
long. The pause between bytes is the server's; the client's deadline is what is tested.
The server stops dripping when the client hangs up.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["drip_server"]


def _answer(conn: socket.socket, body: bytes, pause: float) -> None:
    try:
        conn.recv(65536)
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        conn.sendall(head.encode("ascii"))
        for i in range(len(body)):
            time.sleep(pause)
            conn.sendall(body[i : i + 1])
    except OSError:
        pass  # the client gave up: what the tests expect
    finally:
        conn.close()


@contextmanager
def drip_server(body: bytes, pause: float) -> Iterator[str]:
    """Serve ``body`` to every request, one byte every ``pause`` seconds; yields the base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_answer, args=(conn, body, pause), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (close alone may not)
        listener.close()
        thread.join(timeout=5)
