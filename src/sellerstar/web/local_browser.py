"""A server in a thread and Debian's Chromium, for the browser tests and the screenshots.

Chromium runs headless with the flags a closed network and a root user need (no sandbox,
no background fetches of Google services).
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from sellerstar.config import Settings
from sellerstar.web.app import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def chromium_path() -> str | None:
    """Debian's Chromium, or None when it is not installed."""
    return shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)


@contextmanager
def live_server(
    database_url: str, clock_date: dt.date | None = None, start_timeout: float = 20.0
) -> Iterator[str]:
    """Serve the app on the store at ``database_url`` from a free loopback port (treating
    ``clock_date`` as today when given); yields the base URL and stops the server after."""
    app = create_app(Settings(database_url=database_url, clock_date=clock_date))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
