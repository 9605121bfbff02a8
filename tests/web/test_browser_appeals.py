"""An operator works the appeal queue in Chromium against the demo marketplace.

The demo's appeals come from the generator through the data import (contract rows, no
review record); the queue lists them too, since an operator must see every pending
appeal. The server runs on the real clock, so every demo appeal is long overdue.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from sellerstar.services.demo_accounts import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def _sign_in(page: Page, login: str) -> None:
    page.goto("/login")
    page.get_by_label("登录名").fill(login)
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_test_id("who")).to_be_visible()


def test_an_operator_rejects_the_oldest_pending_appeal(page: Page) -> None:
    _sign_in(page, "demo-ops")
    page.get_by_role("link", name="申诉审核").click()
    expect(page.get_by_role("heading", name="申诉审核")).to_be_visible()
    first = page.get_by_test_id("queue").locator("tbody tr").first
    appeal_id = first.get_attribute("data-appeal")
    assert appeal_id
    expect(first.get_by_test_id("overdue")).to_have_text("已逾期")
    first.get_by_test_id("review").click()

    expect(page.get_by_role("heading", name=re.compile(f"审核申诉 {appeal_id}"))).to_be_visible()
    expect(page.get_by_test_id("precheck-outcome")).to_have_text("无系统预检（导入的申诉）")
    expect(page.get_by_test_id("timeline-section")).to_be_visible()
    reject = page.get_by_test_id("reject-form")
    reject.get_by_label("原因").select_option(label="截图与订单或物流单号不符")
    reject.get_by_label("给商家的说明").fill("The screenshot shows another tracking number.")
    reject.get_by_role("button", name="申诉驳回").click()

    expect(page.get_by_test_id("done")).to_contain_text(appeal_id)
    expect(page.locator(f'tr[data-appeal="{appeal_id}"]')).to_have_count(0)
    page.get_by_test_id("tab-decided").click()
    decided = page.locator(f'tr[data-appeal="{appeal_id}"]')
    expect(decided).to_contain_text("申诉驳回")
    expect(decided).to_contain_text("截图与订单或物流单号不符")
    expect(decided).to_contain_text("demo-ops")
