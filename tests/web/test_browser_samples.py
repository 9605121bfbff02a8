"""A merchant registers products for the discount sample venue in Chromium and sees why
the others cannot join (issue 16 "done when"): every reason in words with its numbers,
"select all eligible", one submission, withdrawal; an operator suspends a registration
with a reason the merchant reads, and reinstates it.

The store is the web tests' world (web_support) with the sample products
(samples_support); the server runs on the real clock (the venue is in force).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import seeded_server, signed_in_context
from playwright.sync_api import Browser, Page, expect
from samples_support import seed_samples
from web_support import PASSWORD, seed_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("samples-browser")
    with seeded_server(folder, seed_world, seed_samples) as base:
        yield base


@pytest.fixture(scope="module")
def merchant(chromium: Browser, server: str) -> Iterator[Page]:
    context = signed_in_context(chromium, server, "m1-main", PASSWORD)
    try:
        yield context.pages[0]
    finally:
        context.close()


@pytest.fixture(scope="module")
def operator(chromium: Browser, server: str) -> Iterator[Page]:
    context = signed_in_context(chromium, server, "ops", PASSWORD)
    try:
        yield context.pages[0]
    finally:
        context.close()


def test_register_in_one_go_and_see_the_reasons(merchant: Page) -> None:
    merchant.goto("/m/stars")
    merchant.get_by_test_id("nav-samples").click()
    expect(merchant.get_by_role("heading", name="折扣样品会场")).to_be_visible()
    expect(merchant.get_by_test_id("path")).to_contain_text("营销中心→官方活动")
    expect(merchant.get_by_test_id("right")).to_have_text("您有报名资格。")
    table = merchant.get_by_test_id("products")
    expect(table.locator('tr[data-product="P-LOW"]').get_by_test_id("reasons")).to_have_text(
        "库存 8 < 10"
    )
    expect(table.locator('tr[data-product="P-GROW"]').get_by_test_id("reasons")).to_contain_text(
        "商品成长分 65 ≤ 65"
    )
    expect(table.locator('tr[data-product="P-CHEAP"]').get_by_test_id("reasons")).to_have_text(
        "样品原价 4.99 < 5.00 美元"
    )

    merchant.get_by_test_id("select-eligible").click()
    ok1 = table.locator('tr[data-product="P-OK1"]')
    ok2 = table.locator('tr[data-product="P-OK2"]')
    low = table.locator('tr[data-product="P-LOW"]')
    expect(ok1.get_by_test_id("tick")).to_be_checked()
    expect(ok1.get_by_test_id("price")).to_have_value("7.00")
    expect(low.get_by_test_id("tick")).not_to_be_checked()
    ok2.get_by_test_id("price").fill("7.01")  # just above the factor
    low.get_by_test_id("tick").check()
    low.get_by_test_id("price").fill("5")
    merchant.get_by_test_id("submit").click()

    result = merchant.get_by_test_id("result")
    expect(result.get_by_test_id("registered")).to_have_text("已报名1个商品。")
    rejected = result.get_by_test_id("rejected")
    expect(rejected.locator('tr[data-product="P-OK2"]')).to_contain_text("折扣 0.701 > 0.7")
    expect(rejected.locator('tr[data-product="P-LOW"]')).to_contain_text("库存 8 < 10")
    expect(merchant.get_by_test_id("places")).to_have_text("已用名额：1 / 200，剩余199个")
    expect(merchant.get_by_test_id("products").locator('tr[data-product="P-OK1"]')).to_contain_text(
        "报名生效中"
    )


def test_a_batch_over_the_price_precision_is_refused_in_words(merchant: Page) -> None:
    merchant.goto("/m/samples")
    row = merchant.get_by_test_id("products").locator('tr[data-product="P-OK2"]')
    row.get_by_test_id("tick").check()
    row.get_by_test_id("price").fill("6.999")
    merchant.get_by_test_id("submit").click()
    expect(merchant.get_by_test_id("error")).to_have_text("商品P-OK2的折扣价超过2位小数。")


def test_suspended_by_an_operator_then_reinstated_and_withdrawn(
    merchant: Page, operator: Page
) -> None:
    operator.goto("/ops")
    operator.get_by_test_id("nav-samples").click()
    row = operator.locator('tr[data-product="P-OK1"]')
    row.get_by_label("原因").fill("主图与实物不符")
    row.get_by_test_id("suspend").click()
    expect(operator.get_by_test_id("done")).to_contain_text("已暂停")

    merchant.goto("/m/samples/registrations")
    mine = merchant.locator('tr[data-product="P-OK1"]')
    expect(mine.get_by_test_id("state")).to_have_text("已暂停")
    expect(mine).to_contain_text("已被运营暂停: 主图与实物不符")

    operator.locator('tr[data-product="P-OK1"]').get_by_test_id("reinstate").click()
    expect(operator.get_by_test_id("done")).to_contain_text("重新进入会场")

    merchant.reload()
    expect(mine.get_by_test_id("in-venue")).to_have_text("在会场展示")
    mine.get_by_test_id("withdraw").click()
    expect(merchant.get_by_test_id("done")).to_have_text("商品P-OK1已退出报名。")
    expect(merchant.locator('tr[data-product="P-OK1"]').get_by_test_id("state")).to_have_text(
        "已退出"
    )
