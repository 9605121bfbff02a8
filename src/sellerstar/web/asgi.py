"""The ASGI entry point for servers: ``uvicorn sellerstar.web.asgi:app``."""

from __future__ import annotations

from sellerstar.web.app import create_app

app = create_app()
