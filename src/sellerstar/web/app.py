"""The FastAPI application: ``create_app(settings)``.

Routes parse the request, call a service or a query, and render; they hold no SQL.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from sellerstar.config import Settings, get_settings
from sellerstar.rules import load_rulebook
from sellerstar.store.db import create_engine
from sellerstar.web import errors
from sellerstar.web.body_limits import BodyLimit, route_limits
from sellerstar.web.headers import SecurityHeaders
from sellerstar.web.i18n import LOCALES
from sellerstar.web.page_cache import PageCache
from sellerstar.web.templating import make_environment

# Each module holds one `router`; the order is the order of the OpenAPI document.
_ROUTERS: tuple[str, ...] = (
    "sellerstar.web.routes.system",
    "sellerstar.web.routes.session",
    "sellerstar.web.routes.api",
    "sellerstar.web.routes.stars",
    "sellerstar.web.routes.star_planner_api",
    "sellerstar.web.routes.penalties",
    "sellerstar.web.routes.operator",
    "sellerstar.web.routes.users",
    "sellerstar.web.routes.logistics",
    "sellerstar.web.routes.guaranteed_delivery",
    "sellerstar.web.routes.guarantee_service",
    "sellerstar.web.routes.logistics_api",
    "sellerstar.web.routes.webhooks",
    "sellerstar.web.routes.tracking_api",
    "sellerstar.web.routes.proof_page",
    "sellerstar.web.routes.appeals",
    "sellerstar.web.routes.appeals_ops",
    "sellerstar.web.routes.appeals_api",
    "sellerstar.web.routes.radar",
    "sellerstar.web.routes.radar_ops",
    "sellerstar.web.routes.radar_api",
    "sellerstar.web.routes.radar_ops_api",
    "sellerstar.web.routes.reviews",
    "sellerstar.web.routes.reviews_ops",
    "sellerstar.web.routes.reviews_api",
    "sellerstar.web.routes.reviews_storefront_api",
    "sellerstar.web.routes.reviews_ops_api",
    "sellerstar.web.routes.samples",
    "sellerstar.web.routes.samples_ops",
    "sellerstar.web.routes.samples_api",
    "sellerstar.web.routes.venue",
    "sellerstar.web.routes.venue_api",
    "sellerstar.web.routes.rule_changes",
    "sellerstar.web.routes.market",
    "sellerstar.web.routes.market_ops",
    "sellerstar.web.routes.market_api",
    "sellerstar.web.routes.qa",
    "sellerstar.web.routes.qa_ops",
    "sellerstar.web.routes.qa_api",
    "sellerstar.web.routes.recruitment",
    "sellerstar.web.routes.recruitment_talent",
    "sellerstar.web.routes.recruitment_ops",
    "sellerstar.web.routes.recruitment_api",
    "sellerstar.web.routes.fairs",
    "sellerstar.web.routes.fairs_api",
    "sellerstar.web.routes.notifications",
    "sellerstar.web.routes.notifications_ops",
    "sellerstar.web.routes.notifications_api",
)
STATIC_DIR = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    """The web app on the store of ``settings.database_url``."""
    settings = settings or get_settings()
    engine = create_engine(settings.database_url, lock_wait_seconds=settings.web_lock_wait_seconds)
    # The jobs started from the console run on their own engine: they wait for SQLite's
    # write lock as long as batch work does, not as briefly as a request.
    job_engine = create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()
        job_engine.dispose()

    app = FastAPI(
        title="sellerstar",
        version="0.1.0",
        summary="Seller-performance platform: star levels, tracking visibility, guaranteed "
        "delivery.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the bundled viewers load scripts from a CDN; the JSON is enough
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.job_engine = job_engine
    app.state.rulebook = load_rulebook(settings.rules_dir)
    app.state.templates = {locale: make_environment(locale) for locale in LOCALES}
    app.state.page_cache = PageCache(settings.page_cache_size)
    # The last added runs first: the 413 of BodyLimit gets the locale and the headers.
    app.add_middleware(BodyLimit, default=settings.body_max_bytes, routes=route_limits(settings))
    app.add_middleware(SecurityHeaders)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in _ROUTERS:
        app.include_router(importlib.import_module(module).router)
    return app
