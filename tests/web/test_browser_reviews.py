"""Reviews in Chromium (issue 15 item 6): a merchant copies an invitation link on a phone's
width without the page overflowing, and an operator confirms part of a merchant's
suspects as one brushing case.

The store is the web tests' world (web_support) with the reviews world (reviews_support),
served as on its platform date (2022-12-06) with an invitation secret.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from browser_support import open_menu, seeded_server, signed_in_context
from playwright.sync_api import Browser, Page, expect
from reviews_support import SECRET, TODAY, seed_reviews
from web_support import PASSWORD, seed_world

from sellerstar.domain.review_display import invitation_valid

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("reviews-browser")
    os.environ["SELLERSTAR_REVIEW_INVITATION_SECRET"] = SECRET
    try:
        with seeded_server(folder, seed_world, seed_reviews, clock_date=TODAY) as base:
            yield base
    finally:
        del os.environ["SELLERSTAR_REVIEW_INVITATION_SECRET"]


def _overflow(page: Page) -> int:
    """How far the page scrolls sideways, measured once its document has loaded (a click
    that navigates returns before the new document exists)."""
    page.wait_for_load_state()
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def test_a_merchant_copies_an_invitation_link_on_a_phone(chromium: Browser, server: str) -> None:
    context = signed_in_context(
        chromium,
        server,
        "m1-main",
        PASSWORD,
        viewport=PHONE,
        permissions=["clipboard-read", "clipboard-write"],
    )
    try:
        page = context.pages[0]
        open_menu(page)
        page.get_by_test_id("nav-reviews").click()
        expect(page.get_by_role("heading", name="评价管理")).to_be_visible()
        expect(page.get_by_test_id("advice")).to_have_text("收货后5天内邀评，最好1天内")
        row = page.locator('tr[data-order="O-NEW"]')
        link = row.get_by_test_id("invitation-link").input_value()
        assert invitation_valid("O-NEW", link.split("sig=")[1], SECRET)
        row.get_by_test_id("copy").click()
        expect(row.get_by_test_id("copy")).to_have_text("已复制")
        assert page.evaluate("navigator.clipboard.readText()") == link
        for path in ("/m/reviews", "/m/reviews?tab=received", "/m/reviews?tab=rating",
                     "/m/reviews/pools"):  # fmt: skip
            page.goto(path)
            assert _overflow(page) <= 0, path
        page.goto("/m/reviews?tab=received")
        expect(page.locator('tr[data-review="R3"]').get_by_test_id("review-state")).to_have_text(
            "暂未统计：统计将于2022年12月7日更新"
        )
    finally:
        context.close()


def test_an_operator_confirms_part_of_a_merchant_s_suspects(chromium: Browser, server: str) -> None:
    context = signed_in_context(chromium, server, "ops", PASSWORD, viewport=PHONE)
    try:
        page = context.pages[0]
        open_menu(page)
        page.get_by_test_id("nav-brushing").click()
        page.wait_for_url("**/ops/reviews/brushing")
        assert _overflow(page) <= 0
        group = page.locator('section[data-merchant="M1"]')
        expect(group.locator('tr[data-review="R2"]')).to_contain_text("与其他评价内容雷同")
        group.locator('tr[data-review="R1"]').get_by_test_id("choose").uncheck()
        group.get_by_test_id("note").fill("Ring with identical texts")
        group.get_by_test_id("confirm").click()
        expect(page.get_by_test_id("done")).to_contain_text("已确认，已通知商家")
        expect(page.locator('tr[data-review="R1"]')).to_be_visible()  # still pending
        expect(page.locator('tr[data-review="R2"]')).to_have_count(0)
        page.get_by_test_id("tab-confirmed").click()
        expect(page.locator('tr[data-review="R2"]')).to_contain_text("已确认刷评")
        expect(page.get_by_test_id("cases")).to_contain_text("Ring with identical texts")
    finally:
        context.close()
