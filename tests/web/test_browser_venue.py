"""A buyer of tier L2 browses the discount sample venue in Chromium on the demo store
(issue 16 item 5): the sample centre lists the registered products in the venue, deepest
discount first, filters by industry and pages on; a merchant's account is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from browser_support import sign_in
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def _factors(page: Page) -> list[Decimal]:
    cells = page.get_by_test_id("venue-items").locator("tbody tr td:nth-child(5)")
    return [Decimal(text) for text in cells.all_inner_texts()]


def test_an_l2_buyer_browses_the_sample_centre(page: Page) -> None:
    sign_in(page, "demo-buyer")
    page.goto("/venue")
    rows = page.get_by_test_id("venue-items").locator("tbody tr")
    expect(rows.first).to_be_visible()
    first = _factors(page)
    assert first == sorted(first) and all(f <= Decimal("0.9") for f in first)
    seen = set(rows.evaluate_all("rows => rows.map(r => r.dataset.product)"))
    listed = page.url
    page.get_by_test_id("venue-next").click()
    # The rows read below must be the next page's, fully loaded.
    page.wait_for_url(lambda url: url != listed, wait_until="load")
    expect(rows.first).to_be_visible()
    second = set(rows.evaluate_all("rows => rows.map(r => r.dataset.product)"))
    assert seen and second and not seen & second
    assert min(_factors(page)) >= max(first)
    industry = page.get_by_test_id("venue-items").locator("tbody tr td:nth-child(2)").first
    chosen = industry.inner_text()
    page.goto("/venue")
    page.get_by_label("行业").select_option(chosen)
    page.get_by_role("button", name="显示").click()
    page.wait_for_url("**/venue?industry=**", wait_until="load")
    industries = page.get_by_test_id("venue-items").locator("tbody tr td:nth-child(2)")
    assert set(industries.all_inner_texts()) == {chosen}


def test_a_merchant_account_does_not_see_the_venue(page: Page) -> None:
    sign_in(page, "demo-main")
    response = page.goto("/venue")
    assert response is not None and response.status == 403
