"""The star planner on the star page, in Chromium, over the demo store (issue 19 part 2).

The demo merchant (demo-main) is one star short on the custom track: the plan names its
open appeal and the on-time orders that would reach the next star; the what-if form (a
GET form, nothing saved) shows the star with a changed metric and refuses a value off its
scale. One check in English; the operator sees the same plan on the merchant's twin page.
"""

from __future__ import annotations

import re

import pytest
from browser_support import sign_in, signed_in_context
from playwright.sync_api import Browser, expect

from sellerstar.services.demo_accounts import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_the_plan_and_the_what_if_form(chromium: Browser, live_url: str) -> None:
    context = signed_in_context(chromium, live_url, "demo-main", DEMO_PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/stars")
        plan = page.get_by_test_id("star-plan")
        expect(plan).to_be_visible()
        now = plan.get_by_test_id("plan-now")
        expect(now.locator('[data-lever="appeals"]')).to_have_attribute("data-orders", "1")
        expect(now.locator('[data-lever="on_time"]')).to_have_attribute(
            "data-orders", re.compile(r"^[1-9]\d*$")
        )
        expect(plan.get_by_test_id("plan-deadline")).to_contain_text("2023-01-05")
        # The appealable order is listed and links to its filing form.
        appealable = plan.get_by_test_id("plan-appealable").locator("li a")
        expect(appealable).to_have_count(1)
        expect(appealable).to_have_attribute("href", re.compile(r"^/m/appeals/new\?order_id="))
        # The assurance capability is the one short, bound by one of its metrics.
        expect(plan.locator('[data-testid="plan-needs"] tr.held')).to_have_count(1)

        # What if the tracking visibility rate were 100 %: the star goes up by one.
        form = plan.get_by_test_id("what-if")
        form.locator('input[name="tracking_visibility_rate"]').fill("1")
        form.get_by_role("button").click()
        expect(page).to_have_url(re.compile(r"tracking_visibility_rate=1"))
        result = page.get_by_test_id("what-if-result")
        expect(result).to_have_attribute("data-before", "1")
        expect(result).to_have_attribute("data-after", "2")

        # A value off its scale is refused in words; nothing is computed.
        page.goto("/m/stars?on_time_shipment_rate=1.5")
        expect(page.get_by_test_id("what-if-bad")).to_be_visible()
        expect(page.get_by_test_id("what-if-result")).to_have_count(0)

        # English: the plan in a sentence.
        context.add_cookies([{"name": "sellerstar_lang", "value": "en", "url": live_url}])
        page.goto("/m/stars")
        expect(page.get_by_test_id("plan-now")).to_contain_text("win 1 of your 1 open appeals")
    finally:
        context.close()


def test_the_operator_sees_the_plan_on_the_merchants_twin(chromium: Browser, live_url: str) -> None:
    context = chromium.new_context(base_url=live_url, locale="zh-CN")
    try:
        page = context.new_page()
        sign_in(page, "demo-ops")
        page.goto("/ops/merchants/M0000003/stars?tracking_visibility_rate=1")
        plan = page.get_by_test_id("star-plan")
        expect(plan.get_by_test_id("plan-now").locator('[data-lever="appeals"]')).to_be_visible()
        # No filing link for the operator: filing is the merchant's.
        expect(plan.locator('[data-testid="plan-appealable"] a')).to_have_count(0)
        expect(page.get_by_test_id("what-if-result")).to_have_attribute("data-after", "2")
    finally:
        context.close()
