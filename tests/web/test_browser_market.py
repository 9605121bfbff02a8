"""The service market's launch day in Chromium (issue 17 "done when"): a main account
claims a coupon and sees it under 我的优惠券; a second claim for the same main account,
from its sub-account's page opened before, is refused with the reason; the sub-account
sees the main account's coupon. The server's platform clock is on the launch day
(``clock_date``, as ``SELLERSTAR_CLOCK_DATE`` does)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from browser_support import seeded_server, sign_in, signed_in_context
from market_support import TOOL, seed_market
from playwright.sync_api import Browser, BrowserContext, Page, expect
from web_support import PASSWORD, seed_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("market-browser")
    with seeded_server(folder, seed_world, seed_market, clock_date=dt.date(2022, 10, 28)) as base:
        yield base


def _signed_in(chromium: Browser, server: str, login: str, lang: str = "zh") -> BrowserContext:
    context = signed_in_context(chromium, server, login, PASSWORD)
    if lang != "zh":
        context.add_cookies([{"name": "sellerstar_lang", "value": lang, "url": server}])
    return context


def test_launch_day_claim_refusal_and_the_sub_accounts_view(chromium: Browser, server: str) -> None:
    sub = _signed_in(chromium, server, "m1-sub", lang="en")
    main = _signed_in(chromium, server, "m1-main")
    try:
        # The sub-account opens the market before its main account claims.
        stale = sub.pages[0]
        stale.goto("/m/market")
        expect(stale.get_by_test_id("launch")).to_have_attribute("data-the-day", "yes")
        expect(stale.locator(f'[data-testid="tool"][data-tool="{TOOL}"]')).to_have_attribute(
            "data-left", "50"
        )

        page = main.pages[0]
        page.get_by_test_id("nav-market").click()
        expect(page).to_have_url(f"{server}/m/market")
        expect(page.get_by_test_id("no-coupons")).to_be_visible()
        row = page.locator(f'[data-testid="tool"][data-tool="{TOOL}"]')
        expect(row.get_by_test_id("left")).to_contain_text("50")
        row.get_by_test_id("claim").click()
        expect(page.get_by_test_id("done")).to_contain_text("店小宝")
        coupon = page.locator(f'[data-testid="coupon"][data-tool="{TOOL}"]')
        expect(coupon).to_contain_text("2022-10-28")
        expect(row).to_have_attribute("data-left", "49")
        expect(row.get_by_test_id("have-coupon")).to_be_visible()
        expect(row.get_by_test_id("claim")).to_have_count(0)

        # A second claim for the same main account, from the stale page: refused, in words.
        stale.locator(f'[data-testid="tool"][data-tool="{TOOL}"]').get_by_test_id("claim").click()
        expect(stale.get_by_test_id("error")).to_contain_text(
            "Your main account already has this tool's coupon"
        )
        # The sub-account sees its main account's coupon.
        expect(stale.locator(f'[data-testid="coupon"][data-tool="{TOOL}"]')).to_be_visible()
        expect(stale.locator(f'[data-testid="tool"][data-tool="{TOOL}"]')).to_have_attribute(
            "data-left", "49"
        )
    finally:
        sub.close()
        main.close()


def test_the_demo_shows_the_launch_day_past_and_who_claimed(page: Page) -> None:
    """The demo's view date (2022-12-06) is after the launch day: the demo merchant's
    coupons (one claimed by its sub-account) are expired; the operator sees the claims."""
    sign_in(page, "demo-sub")
    page.get_by_test_id("nav-market").click()
    expect(page.get_by_test_id("launch")).to_have_attribute("data-the-day", "no")
    for tool in ("T-DIANXIAOBAO", "T-XINWAIMAO-ROBOT"):
        coupon = page.locator(f'[data-testid="coupon"][data-tool="{tool}"]')
        expect(coupon).to_contain_text("2022-10-28")
    expect(page.get_by_test_id("coupon-state").first).not_to_be_empty()
    page.context.clear_cookies()
    sign_in(page, "demo-ops")
    page.get_by_test_id("nav-market").click()
    row = page.locator(f'[data-testid="ops-tool"][data-tool="{TOOL}"]')
    expect(row).not_to_have_attribute("data-claimed", "0")
    row.get_by_test_id("claims-link").click()
    expect(page.get_by_test_id("claim-row").first).to_be_visible()
    expect(page.get_by_test_id("claims")).to_contain_text("demo-main")
