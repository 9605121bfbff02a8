"""Rule-change announcements in Chromium (issue 17, part 4): on 2022-10-28, the day of the
launch briefing, the star page shows a banner announcing the 2022-11-11 change; its link
opens the changelog, which lists the tracking-visibility change first among the upcoming
ones' star-level changes; the same in English.

The store is the web tests' world (web_support); the server's platform date is fixed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from browser_support import seeded_server, sign_in, signed_in_context
from playwright.sync_api import Browser, Page, expect
from web_support import PASSWORD, seed_world

pytestmark = pytest.mark.browser

BRIEFING_DAY = dt.date(2022, 10, 28)
TV_KEY = "star_level.assurance.custom.tracking_visibility_rate"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("rule-changes-browser")
    with seeded_server(folder, seed_world, clock_date=BRIEFING_DAY) as base:
        yield base


@pytest.fixture
def merchant(chromium: Browser, server: str) -> Iterator[Page]:
    context = signed_in_context(chromium, server, "m1-main", PASSWORD)
    try:
        yield context.pages[0]
    finally:
        context.close()


def test_the_star_page_banner_leads_to_the_tracking_visibility_change(merchant: Page) -> None:
    merchant.goto("/m/stars")
    banner = merchant.locator('[data-testid="rule-banner"][data-rule-set="2022-11"]')
    expect(banner).to_be_visible()
    expect(banner).to_have_attribute("data-status", "upcoming")
    expect(banner).to_contain_text("2022-11-11")
    expect(banner).to_contain_text("轨迹可视率")  # the metric, in the catalogue's words
    banner.get_by_test_id("rule-banner-link").click()
    expect(merchant).to_have_url(re.compile(r"/rules/changes#rs-2022-11$"))
    change = merchant.locator("#rs-2022-11")
    expect(change).to_have_attribute("data-status", "upcoming")
    expect(change.locator(f'li[data-key="{TV_KEY}"]')).to_contain_text("2022-11-11")
    # Upcoming first: the venue (10-31) and reviews (11-04) come before, the radar
    # (in force since 10-25) after.
    order = merchant.locator('[data-testid="rule-change"]').evaluate_all(
        "sections => sections.map(s => s.dataset.ruleSet)"
    )
    assert order.index("2022-10-31") < order.index("2022-11") < order.index("2022-10-25")


def test_in_english(merchant: Page) -> None:
    merchant.goto("/m/stars")
    merchant.get_by_role("link", name="English").click()
    banner = merchant.locator('[data-testid="rule-banner"][data-rule-set="2022-11"]')
    expect(banner).to_contain_text("Rule change from 2022-11-11")
    expect(banner).to_contain_text(
        "the Tracking visibility rate counts in the assurance capability (保障力) of the "
        "Custom track"
    )
    merchant.get_by_test_id("nav-rule-changes").click()
    expect(merchant.get_by_role("heading", name="Rule changes", exact=True)).to_be_visible()
    expect(merchant.locator(f'#rs-2022-11 li[data-key="{TV_KEY}"]')).to_have_text(
        "From 2022-11-11, the Tracking visibility rate counts in the assurance capability "
        "(保障力) of the Custom track, with weight 0.2."
    )
    expect(merchant.locator("#rs-2022-11 h3[data-area='tracking_visibility']")).to_have_text(
        "Tracking visibility"
    )


def test_on_the_demo_every_change_is_past_and_listed_newest_first(page: Page) -> None:
    """The demo's view date is 2022-12-06: no banner any more, the changelog still tells
    what changed and when."""
    sign_in(page, "demo-main")
    page.goto("/m/stars")
    expect(page.get_by_test_id("rule-banner")).to_have_count(0)
    page.get_by_test_id("nav-rule-changes").click()
    sections = page.locator('[data-testid="rule-change"]')
    expect(sections.first).to_have_attribute("data-rule-set", "2022-11")
    expect(page.locator('[data-status="upcoming"]')).to_have_count(0)
    expect(page.locator(f'#rs-2022-11 li[data-key="{TV_KEY}"]')).to_contain_text("2022-11-11")
