"""A real uvicorn server in a background thread, for tests that need real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import uvicorn


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening-ready socket for uvicorn, with Nagle's algorithm off."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it, a response written in two pieces waits out the
    # client's delayed ACK (about 40 ms a call on Linux).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


def serve_in_background(
    app: Any, host: str = "127.0.0.1", port: int = 0, *, startup_timeout: float = 10.0
) -> tuple[str, Callable[[], None]]:
    """Serve an ASGI app on ``host:port`` (0: a free port). Returns the base URL, ending in "/", and a
    ``stop()`` that shuts the server down and waits for its thread."""
    sock = bind_socket(host, port)
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="auto",  # the emulator has none; an app served alongside may
        timeout_graceful_shutdown=1,
        timeout_keep_alive=30,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn-{bound_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError(f"the server on {host}:{bound_port} did not start")
        time.sleep(0.01)

    stopped = False

    def stop() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        server.should_exit = True
        thread.join(timeout=1.5)  # a clean stop runs the app's shutdown (lifespan) too
        if thread.is_alive():
            # A test double has nothing to drain: calls hung on purpose (timeout faults) are cut.
            server.force_exit = True
            thread.join(timeout=10)
        sock.close()

    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{bound_port}/", stop
