"""Every merchant page and the operator console in Chromium, on the demo marketplace."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from browser_support import sign_in
from playwright.sync_api import Page, expect

from sellerstar.store.db import create_engine
from sellerstar.store.schema import contract_tables, users

pytestmark = pytest.mark.browser


def _owners(demo_store: str, order_ids: list[str]) -> dict[str, str | None]:
    orders = contract_tables["orders"]
    engine = create_engine(demo_store)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.select(orders.c.order_id, orders.c.owner_account_id).where(
                    orders.c.order_id.in_(order_ids)
                )
            )
            return {row.order_id: row.owner_account_id for row in rows}
    finally:
        engine.dispose()


def _account_of(demo_store: str, login: str) -> str:
    engine = create_engine(demo_store)
    try:
        with engine.connect() as connection:
            account = connection.scalar(sa.select(users.c.account_id).where(users.c.login == login))
    finally:
        engine.dispose()
    assert account is not None
    return str(account)


def _listed_orders(page: Page) -> list[str]:
    return [
        row.get_attribute("data-order") or ""
        for row in page.locator("[data-testid=orders] tbody tr").all()
    ]


def test_the_star_page_shows_stars_averages_and_trends(page: Page) -> None:
    sign_in(page, "demo-main")
    assert page.url.endswith("/m/stars")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_test_id("predicted")).to_be_visible()
    expect(page.get_by_text("1星平均").first).to_be_visible()
    assert page.locator("svg.trend").count() >= 1


def test_logistics_filter_search_and_tracking_detail(page: Page) -> None:
    sign_in(page, "demo-main")
    page.get_by_role("link", name="物流表现").click()
    expect(page.get_by_test_id("tv-rate")).to_contain_text("%")
    expect(page.get_by_test_id("orders")).to_be_visible()

    page.get_by_label("仅看物流轨迹不可追踪的订单").check()
    page.get_by_role("button", name="查询").click()
    # The lists read below must be the new page's, fully loaded.
    page.wait_for_url("**untrackable=1**", wait_until="load")
    trackable = page.get_by_test_id("trackable").all_inner_texts()
    assert trackable and set(trackable) == {"否"}

    wanted = _listed_orders(page)[0]
    page.get_by_role("searchbox").fill(wanted[-6:])
    page.get_by_role("button", name="查询").click()
    page.wait_for_url(lambda url: wanted[-6:] in url, wait_until="load")
    assert wanted in _listed_orders(page)
    assert all(wanted[-6:] in order for order in _listed_orders(page))

    page.locator(f"tr[data-order='{wanted}']").get_by_test_id("view-tracking").click()
    expect(page.get_by_test_id("order-id")).to_have_text(wanted)
    expect(page.get_by_test_id("batches")).to_be_visible()
    expect(page.get_by_test_id("timeline-section").first).to_be_visible()


def test_the_language_switch_keeps_the_page(page: Page) -> None:
    sign_in(page, "demo-main")
    page.goto("/m/logistics?untrackable=1")
    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Merchant logistics performance")
    assert "/m/logistics" in page.url and "untrackable=1" in page.url
    page.get_by_role("link", name="中文").click()
    expect(page.get_by_role("link", name="物流表现")).to_be_visible()


def test_a_sub_account_sees_only_its_own_orders(page: Page, demo_store: str) -> None:
    sign_in(page, "demo-sub")
    page.goto("/m/logistics")
    seen = _listed_orders(page)
    assert seen, "the demo sub-account owns orders in the window"
    sub_account = _account_of(demo_store, "demo-sub")
    assert set(_owners(demo_store, seen).values()) == {sub_account}

    main_orders = [
        order
        for order, owner in _owners(demo_store, _main_account_orders(page)).items()
        if owner != sub_account
    ]
    assert main_orders, "the main account sees orders the sub-account does not own"
    answer = page.goto(f"/m/logistics/orders/{main_orders[0]}")
    assert answer is not None and answer.status == 404


def _main_account_orders(page: Page) -> list[str]:
    other = page.context.browser
    assert other is not None
    context = other.new_context(base_url=re.sub(r"/m/.*$", "", page.url))
    try:
        main = context.new_page()
        sign_in(main, "demo-main")
        main.goto("/m/logistics")
        return _listed_orders(main)
    finally:
        context.close()


def test_the_guaranteed_delivery_page_gives_advice(page: Page) -> None:
    sign_in(page, "demo-main")
    page.get_by_role("link", name="到货保障").click()
    expect(page.get_by_test_id("gd-summary")).to_be_visible()
    expect(page.get_by_test_id("gd-advice")).to_be_visible()


def test_the_operator_finds_a_merchant_and_sees_its_pages(page: Page) -> None:
    sign_in(page, "demo-ops")
    assert page.url.endswith("/ops")
    first = page.get_by_test_id("merchants").locator("tbody tr a").first
    first.click()
    expect(page.get_by_test_id("stars")).to_be_visible()
    page.get_by_role("link", name=re.compile("物流表现")).first.click()
    expect(page.get_by_test_id("operator-view")).to_be_visible()
    page.goto("/ops/jobs")
    expect(page.get_by_test_id("runs")).to_contain_text("每日指标")


def test_a_merchant_cannot_open_the_console(page: Page) -> None:
    sign_in(page, "demo-main")
    answer = page.goto("/ops")
    assert answer is not None and answer.status == 403
