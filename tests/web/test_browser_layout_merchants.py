"""Every page of a merchant's main account and sub-account on a phone (390 x 844) and a
desktop (1440 x 900), issue 18 item 6; the main account once more in English, whose
words are longer. The other roles are in test_browser_layout (the checks: layout_support)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_support import demo_merchant, prepare_store, walk_role
from page_inventory import MAIN, SUB, needs_a_link
from playwright.sync_api import Browser

from sellerstar.config import Settings
from sellerstar.demo.options import DEFAULT_AS_OF
from sellerstar.web.app import create_app
from sellerstar.web.local_browser import live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def layout_server(
    demo_store: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, tuple[str, str]]]:
    """The demo served from a copy with a second merchant's main account (layout_support)."""
    url, second = prepare_store(demo_store, tmp_path_factory.mktemp("layout-merchants"))
    with live_server(url, clock_date=DEFAULT_AS_OF) as base:
        yield base, (demo_merchant(url), second)


@pytest.mark.parametrize(("role", "locale"), [(MAIN, "zh"), (SUB, "zh"), (MAIN, "en")])
def test_every_page_fits_a_phone_and_a_desktop(
    chromium: Browser, layout_server: tuple[str, tuple[str, str]], role: str, locale: str
) -> None:
    base, merchants = layout_server
    linked_only = needs_a_link(create_app(Settings(database_url="sqlite://")))
    findings = walk_role(chromium, base, role, merchants, linked_only, locale)
    assert findings.problems == [], "\n".join(findings.problems)
