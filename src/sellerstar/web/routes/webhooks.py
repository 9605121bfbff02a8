"""Webhook receivers of the tracking feeds: 17TRACK, AfterShip and Kuaidi100.

Each checks the source's signature on the raw body (bad: 401, nothing written), parses it
(malformed: 400 naming the field; the signed body is kept for support), and stores the
delivery with its events in one transaction before answering 2xx, so an acknowledged
event is never lost. A source whose secret is not configured answers 503.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, nullcontext
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import SecretStr
from starlette.concurrency import run_in_threadpool

from sellerstar.config import Settings
from sellerstar.ingest import feeds
from sellerstar.ingest.aftership import parse as aftership
from sellerstar.ingest.kuaidi100 import parse as kuaidi100
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.ingest.tracking_facts import Parsed
from sellerstar.store.db import transaction
from sellerstar.web.auth import Now

_LOG = logging.getLogger("sellerstar.web")
_SQLITE_WRITER = threading.Lock()


@dataclass(frozen=True)
class _Source:
    """How one source signs and shapes its pushes."""

    feed: str
    name: str
    variable: str
    secret: Callable[[Settings], SecretStr | None]


_SOURCES = {
    "17track": _Source(
        "17track", "17TRACK", "SELLERSTAR_17TRACK_KEY", lambda s: s.seventeen_track_key
    ),
    "aftership": _Source(
        "aftership", "AfterShip", "SELLERSTAR_AFTERSHIP_SECRET", lambda s: s.aftership_secret
    ),
    "kuaidi100": _Source(
        "kuaidi100", "Kuaidi100", "SELLERSTAR_KUAIDI100_SALT", lambda s: s.kuaidi100_salt
    ),
}


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    for source in _SOURCES.values():
        if source.secret(settings) is None:
            _LOG.warning(
                "the %s webhook (/webhooks/%s) is disabled: %s is not set",
                source.name,
                source.feed,
                source.variable,
            )
    yield


router = APIRouter(prefix="/webhooks", tags=["webhooks"], lifespan=_lifespan)


def _body_schema(media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    # The body is read raw (its signature covers the bytes); the document still says
    # what the sources send.
    return {"requestBody": {"required": True, "content": {media_type: {"schema": schema}}}}


_JSON_PUSH = _body_schema("application/json", {"type": "object"})
_FORM_PUSH = _body_schema(
    "application/x-www-form-urlencoded",
    {
        "type": "object",
        "properties": {"param": {"type": "string"}, "sign": {"type": "string"}},
        "required": ["param", "sign"],
    },
)


@router.post("/17track", summary="17TRACK Tracking API v2.2 push", openapi_extra=_JSON_PUSH)
async def seventeen_track_push(request: Request, at: Now) -> JSONResponse:
    """TRACKING_UPDATED / TRACKING_STOPPED; header ``sign`` = sha256(body + "/" + key)."""
    source = _SOURCES["17track"]
    key = _secret(request, source)
    if key is None:
        return _disabled(source)
    body = await request.body()  # bounded by webhook_body_max_bytes (web.body_limits)
    if not seventeen_track.verify(body, key, request.headers.get("sign")):
        return _unsigned(source, "sign")
    parsed = seventeen_track.parse_push(body, _zone(request, at))
    return await _ingest(request, source, body, parsed, at, {"code": 0})


@router.post("/aftership", summary="AfterShip tracking webhook", openapi_extra=_JSON_PUSH)
async def aftership_push(request: Request, at: Now) -> JSONResponse:
    """tracking_update (and other events carrying a tracking); header
    ``aftership-hmac-sha256`` = base64 HMAC-SHA256 of the body with the webhook secret."""
    source = _SOURCES["aftership"]
    secret = _secret(request, source)
    if secret is None:
        return _disabled(source)
    body = await request.body()  # bounded by webhook_body_max_bytes (web.body_limits)
    if not aftership.verify(body, secret, request.headers.get(aftership.SIGNATURE_HEADER)):
        return _unsigned(source, aftership.SIGNATURE_HEADER)
    parsed = aftership.parse_push(body, _zone(request, at))
    return await _ingest(request, source, body, parsed, at, {"result": "ok"})


@router.post(
    "/kuaidi100", summary="Kuaidi100 subscription push (订阅推送)", openapi_extra=_FORM_PUSH
)
async def kuaidi100_push(request: Request, at: Now) -> JSONResponse:
    """Form fields ``param`` (JSON) and ``sign`` = upper-case MD5(param + salt); answered
    with ``{"result": true, "returnCode": "200", "message": "成功"}``."""
    source = _SOURCES["kuaidi100"]
    salt = _secret(request, source)
    if salt is None:
        return _disabled(source, kuaidi100_style=True)
    body = await request.body()  # bounded by webhook_body_max_bytes (web.body_limits)
    param, signature = kuaidi100.split_form(body)
    if param is None or not kuaidi100.verify(param, salt, signature):
        return _unsigned(source, "sign", kuaidi100_style=True)
    parsed = kuaidi100.parse_push(param, _zone(request, at))
    return await _ingest(request, source, body, parsed, at, kuaidi100.ACCEPTED)


async def _ingest(
    request: Request,
    source: _Source,
    body: bytes,
    parsed: Parsed,
    at: dt.datetime,
    accepted: dict[str, Any],
) -> JSONResponse:
    delivery = feeds.Delivery(
        feed=source.feed,
        channel="webhook",
        received_at=at,
        body=body,
        content_type=request.headers.get("content-type"),
        signature_ok=True,
    )
    engine = request.app.state.engine

    def store() -> feeds.Stored:
        # SQLite has one writer at a time: queueing here is fairer than its busy-wait.
        lock = _SQLITE_WRITER if engine.dialect.name == "sqlite" else nullcontext()
        with lock, transaction(engine) as connection:
            return feeds.record_delivery(connection, delivery, parsed)

    # The answer goes out only after the commit: an acknowledged event is stored.
    stored = await run_in_threadpool(store)
    if stored.outcome == "malformed":
        detail = f"malformed {source.name} push: {parsed.problems[0]}"
        return _failure(400, detail, kuaidi100_style=source.feed == "kuaidi100")
    if source.feed == "kuaidi100":
        return JSONResponse(accepted)  # its documented answer, exactly
    return JSONResponse(accepted | {"events": stored.events, "new_events": stored.new_events})


def _secret(request: Request, source: _Source) -> str | None:
    secret = source.secret(request.app.state.settings)
    return None if secret is None else secret.get_secret_value()


def _zone(request: Request, at: dt.datetime) -> ZoneInfo:
    # Times without an offset are in the platform time zone (data contract).
    return ZoneInfo(request.app.state.rulebook.in_force_at(at).calendar.timezone)


def _disabled(source: _Source, *, kuaidi100_style: bool = False) -> JSONResponse:
    detail = f"the {source.name} webhook is disabled: {source.variable} is not set"
    return _failure(503, detail, kuaidi100_style=kuaidi100_style)


def _unsigned(source: _Source, header: str, *, kuaidi100_style: bool = False) -> JSONResponse:
    detail = f"{source.name} signature ({header}) is missing or wrong; nothing was stored"
    return _failure(401, detail, kuaidi100_style=kuaidi100_style)


def _failure(status: int, detail: str, *, kuaidi100_style: bool = False) -> JSONResponse:
    content: dict[str, Any] = {"detail": detail}
    if kuaidi100_style:
        # Kuaidi100 reads `result`; anything but true makes it push again later.
        content |= {"result": False, "returnCode": str(status), "message": detail}
    return JSONResponse(content, status_code=status)
