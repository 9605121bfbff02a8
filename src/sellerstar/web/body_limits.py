"""Every request body bounded while it streams: no body is read past its path's limit.

A declared Content-Length over the limit is answered 413 before the app runs; a body
without one (chunked) is counted as the app reads it, and the read that crosses the limit
raises ``BodyTooLarge`` (413) instead of returning, so the rest is never pulled.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sellerstar.config import Settings
from sellerstar.web.errors import BodyTooLarge, too_large


def route_limits(settings: Settings) -> tuple[tuple[str, int], ...]:
    """(path, limit in bytes) of the paths whose limit is not ``body_max_bytes``; a path
    ending in "/" is a prefix, a ``*`` segment matches any one segment.

    >>> dict(route_limits(Settings()))["/webhooks/"]
    8388608
    """
    return (
        ("/webhooks/", settings.webhook_body_max_bytes),
        ("/m/appeals", settings.upload_max_bytes),
        ("/api/v1/appeals", settings.upload_max_bytes),
        # A radar qualification carries one document.
        ("/m/radar/tasks/*/qualification", settings.document_upload_max_bytes),
        ("/api/v1/radar/tasks/*/qualification", settings.document_upload_max_bytes),
    )


class BodyLimit:
    """Pure ASGI middleware: a 413 for a body over its path's limit, read no further."""

    def __init__(self, app: ASGIApp, default: int, routes: Sequence[tuple[str, int]]) -> None:
        self.app = app
        self.default = default
        self.routes = tuple(routes)

    def limit_for(self, path: str) -> int:
        """The limit of ``path``: its own, else the default."""
        for route, limit in self.routes:
            if path == route or (route.endswith("/") and path.startswith(route)):
                return limit
            if "*" in route and _matches(route.split("/"), path.split("/")):
                return limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await too_large(Request(scope), limit)(scope, receive, send)
            return
        received = 0

        async def bounded_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, bounded_receive, send)


def _matches(pattern: list[str], segments: list[str]) -> bool:
    return len(pattern) == len(segments) and all(
        want in ("*", got) for want, got in zip(pattern, segments, strict=True)
    )


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
