"""Every page on a phone (390 x 844) and a desktop (1440 x 900), issue 18 item 6: the
operator's, the buyer's, the talent's and a stranger's (the merchants' are in
test_browser_layout_merchants, so the two halves run on two workers). What is checked is
in layout_support; which pages there are, in page_inventory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_support import demo_merchant, prepare_store, walk_role
from page_inventory import (
    ANONYMOUS,
    BUYER,
    NOT_PAGES,
    OPERATOR,
    PAGES,
    TALENT,
    html_get_paths,
    needs_a_link,
)
from playwright.sync_api import Browser

from sellerstar.config import Settings
from sellerstar.demo.options import DEFAULT_AS_OF
from sellerstar.web.app import create_app
from sellerstar.web.local_browser import live_server

APP = create_app(Settings(database_url="sqlite://"))


def test_every_page_has_an_entry() -> None:
    """A new GET route must say which roles open it (or why it is not a page)."""
    paths = html_get_paths(APP)
    assert [path for path in paths if path not in PAGES and path not in NOT_PAGES] == []
    assert [path for path in [*PAGES, *NOT_PAGES] if path not in paths] == []
    assert set(PAGES).isdisjoint(NOT_PAGES)


@pytest.fixture(scope="module")
def layout_server(
    demo_store: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, tuple[str, str]]]:
    """The demo served from a copy with a second merchant's main account (layout_support)."""
    url, second = prepare_store(demo_store, tmp_path_factory.mktemp("layout"))
    with live_server(url, clock_date=DEFAULT_AS_OF) as base:
        yield base, (demo_merchant(url), second)


@pytest.mark.browser
@pytest.mark.parametrize("role", [OPERATOR, BUYER, TALENT, ANONYMOUS])
def test_every_page_fits_a_phone_and_a_desktop(
    chromium: Browser, layout_server: tuple[str, tuple[str, str]], role: str
) -> None:
    base, merchants = layout_server
    findings = walk_role(chromium, base, role, merchants, needs_a_link(APP))
    assert findings.problems == [], "\n".join(findings.problems)
