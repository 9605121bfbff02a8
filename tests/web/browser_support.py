"""Browser test support: signing in through the login form, a signed-in context, and a
live server on a store seeded for one test module.

The demo store's accounts use ``DEMO_PASSWORD``; a seeded world's (web_support) ``PASSWORD``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from playwright.sync_api import expect

from sellerstar.services.demo_accounts import DEMO_PASSWORD
from sellerstar.store.db import create_engine
from sellerstar.store.migrate import upgrade
from sellerstar.web.local_browser import live_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

TIMEOUT_MS = 10_000


def sign_in(page: Page, login: str, password: str = DEMO_PASSWORD) -> None:
    """Sign in through the (Chinese) login form and wait for the header's name."""
    page.goto("/login")
    page.get_by_label("登录名").fill(login)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_test_id("who")).to_be_visible()


def open_menu(page: Page) -> None:
    """Open the header's menu where it is a disclosure (a narrow screen); on a wide screen
    its links are always shown and this does nothing."""
    toggle = page.locator("details.menu > summary")
    if toggle.is_visible() and page.locator("details.menu[open]").count() == 0:
        toggle.click()


def signed_in_context(
    chromium: Browser, base_url: str, login: str, password: str, **options: Any
) -> BrowserContext:
    """A new context (Chinese, ``options`` such as a phone viewport) signed in as ``login``;
    its first page is ``context.pages[0]``."""
    context = chromium.new_context(base_url=base_url, locale="zh-CN", **options)
    context.set_default_timeout(TIMEOUT_MS)
    sign_in(context.new_page(), login, password)
    return context


@contextmanager
def seeded_server(
    folder: Path, *seeds: Callable[[sa.Engine], object], **serve: Any
) -> Iterator[str]:
    """A migrated SQLite store in ``folder``, filled by each of ``seeds`` in turn, served
    (``serve``: ``live_server``'s options, such as ``clock_date``); yields its base URL."""
    url = f"sqlite:///{folder / 'store.db'}"
    upgrade(url)
    engine = create_engine(url)
    try:
        for seed in seeds:
            seed(engine)
    finally:
        engine.dispose()
    with live_server(url, **serve) as base:
        yield base


def copy_store(store: str, folder: Path) -> str:
    """A copy of the SQLite store at ``store`` in ``folder``; returns its URL."""
    source = sa.make_url(store).database
    assert source is not None
    target = folder / "demo.db"
    # SQLite's backup copies what is committed, whatever sits in the write-ahead log.
    with closing(sqlite3.connect(source)) as original, closing(sqlite3.connect(target)) as copy:
        original.backup(copy)
    return f"sqlite:///{target}"
