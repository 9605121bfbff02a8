"""Web app fixtures: the seeded store (see web_support) and clients of the app."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from browser_support import copy_store
from fastapi.testclient import TestClient
from web_support import KEY, NOW, SALT, SECRET, World, seed_world, sign_in

from sellerstar.config import Settings
from sellerstar.web import auth
from sellerstar.web.app import create_app
from sellerstar.web.local_browser import CHROMIUM_ARGS, chromium_path, live_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


@pytest.fixture
def world(database_url: str, store_engine: sa.Engine) -> World:
    """A seeded store on SQLite and on PostgreSQL."""
    seed_world(store_engine)
    return World(database_url, store_engine)


@pytest.fixture
def app_client(world: World) -> Iterator[TestClient]:
    """A client of the app on the world's store (not signed in)."""
    app = create_app(Settings(database_url=world.url))
    with TestClient(app, base_url="http://testserver", follow_redirects=False) as client:
        yield client


@pytest.fixture
def signed_in(app_client: TestClient) -> Callable[[str], TestClient]:
    """``signed_in("m1-main")``: the client, signed in as that user."""

    def _sign_in(login: str) -> TestClient:
        sign_in(app_client, login)
        return app_client

    return _sign_in


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small demo marketplace built by `make demo`'s pipeline (demo accounts included)."""
    from rich.console import Console

    from sellerstar.demo.pipeline import run_demo
    from sellerstar.rules import load_rulebook

    folder = tmp_path_factory.mktemp("demo-store")
    url = f"sqlite:///{folder / 'demo.db'}"
    quiet = Console(file=io.StringIO())
    run_demo(url, folder / "marketplace", 3000, load_rulebook(), console=quiet)
    return url


@pytest.fixture(scope="session")
def live_url(demo_store: str) -> Iterator[str]:
    """Base URL of the app serving the demo store."""
    from sellerstar.demo.options import DEFAULT_AS_OF

    # Served as on the demo's view date, as `make demo` does: appeal windows are open.
    with live_server(demo_store, clock_date=DEFAULT_AS_OF) as url:
        yield url


@pytest.fixture(scope="module")
def own_live_url(demo_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the app serving a copy of the demo store private to one test module:
    for browser tests that change the store (the others share ``live_url``)."""
    from sellerstar.demo.options import DEFAULT_AS_OF

    copy = copy_store(demo_store, tmp_path_factory.mktemp("demo-copy"))
    with live_server(copy, clock_date=DEFAULT_AS_OF) as url:
        yield url


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Headless Debian Chromium; skipped where it is not installed, except under CI."""
    path = chromium_path()
    if path is None:
        message = "Chromium is not installed; run `bash scripts/test-services.sh install`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: Browser, live_url: str) -> Iterator[Page]:
    """A fresh browser context (no cookies) on the live demo server."""
    context = chromium.new_context(base_url=live_url, locale="zh-CN")
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def hooks(world: World) -> Iterator[TestClient]:
    """The app with all three webhook secrets (web_support), its clock at NOW."""
    settings = Settings(
        database_url=world.url,
        seventeen_track_key=KEY,
        aftership_secret=SECRET,
        kuaidi100_salt=SALT,
    )
    app = create_app(settings)
    app.dependency_overrides[auth.now] = lambda: NOW
    with TestClient(app) as client:
        yield client
