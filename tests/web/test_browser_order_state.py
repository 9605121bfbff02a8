"""The order list tells the truth after every action, and works as a worklist (issue 18
items 1 and 3), in Chromium against the demo marketplace served on its view date.

Filing an appeal shows 申诉中 with the button greyed at once; an operator's decision shows
on the list and the tracking detail with its date, before and after the daily job (the
metric, two days behind, does not hold it yet); the default order puts the soonest appeal
deadline first with the days left; search finds a tracking number; the filters survive a
visit to the tracking detail and back; a sub-account sees only its orders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import TIMEOUT_MS, signed_in_context
from PIL import Image
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from sellerstar.services.demo_accounts import DEMO_PASSWORD

pytestmark = pytest.mark.browser

TODAY = "2022-12-06"  # the demo's view date
STAT_CATCHES_UP = "2022-12-08"  # a change of today is in stat date 12-06, shown on 12-08
JOB_TIMEOUT_S = 240


@pytest.fixture(scope="module")
def store_url(own_live_url: str) -> str:
    # Files and decides appeals and runs the daily job: on a copy of the demo store.
    return own_live_url


@pytest.fixture
def merchant(chromium: Browser, store_url: str) -> Iterator[Page]:
    context = signed_in_context(chromium, store_url, "demo-main", DEMO_PASSWORD)
    try:
        yield context.pages[0]
    finally:
        context.close()


@pytest.fixture
def operator(chromium: Browser, store_url: str) -> Iterator[Page]:
    context = signed_in_context(chromium, store_url, "demo-ops", DEMO_PASSWORD)
    try:
        yield context.pages[0]
    finally:
        context.close()


def _row(page: Page, order_id: str) -> Locator:
    return page.locator(f'tr[data-order="{order_id}"]')


def _file_appeal(page: Page, order_id: str, screenshot: Path) -> str:
    """File an appeal on the order's first appealable shipment; its appeal id."""
    page.goto(f"/m/appeals/new?order_id={order_id}")
    form = page.get_by_test_id("appeal-form")
    choice = form.locator("input[name=shipment_id]").first
    choice.check()
    shipment_id = choice.get_attribute("value")
    number = page.locator(f'[data-testid=shipments] tr[data-shipment="{shipment_id}"] td').first
    form.locator("input[name=tracking_number]").fill(number.inner_text().strip())
    form.get_by_test_id("appeal-type").select_option(index=1)
    form.locator("input[name=screenshots]").set_input_files(str(screenshot))
    form.get_by_role("button", name="提交申诉").click()
    # A pre-check that predicts failure asks for a confirmation first (issue 18 item 2b).
    expect(page.get_by_test_id("filed").or_(page.get_by_test_id("confirm-failure"))).to_be_visible()
    if page.get_by_test_id("confirm-failure").count():
        form = page.get_by_test_id("appeal-form")
        form.locator("input[name=screenshots]").set_input_files(str(screenshot))
        page.get_by_test_id("confirm-failure").check()
        form.get_by_role("button", name="提交申诉").click()
    expect(page).to_have_url(re.compile(r"/m/appeals/[^/?]+\?filed=1"))
    found = re.search(r"/m/appeals/([^/?]+)\?filed=1", page.url)
    assert found
    return found.group(1)


def _run_the_daily_job(page: Page) -> None:
    """Start the daily metrics from the operators' job page and wait for it to succeed."""
    page.goto("/ops/jobs")
    before = set(page.locator("tr[data-run]").evaluate_all("rows => rows.map(r => r.dataset.run)"))
    page.locator("form[action='/ops/jobs/compute'] button").click()
    expect(page.get_by_test_id("started")).to_be_visible()
    for _ in range(JOB_TIMEOUT_S):
        page.goto("/ops/jobs")
        runs = page.locator("tr[data-run]")
        new = [
            (run, status)
            for run, status in runs.evaluate_all(
                "rows => rows.map(r => [r.dataset.run, r.dataset.status])"
            )
            if run not in before
        ]
        if new and all(status != "running" for _run, status in new):
            assert all(status == "succeeded" for _run, status in new), new
            return
        page.wait_for_timeout(1000)
    raise AssertionError("the daily job did not finish")


def _expect_decided(page: Page, order_id: str) -> None:
    row = _row(page, order_id)
    expect(row.get_by_test_id("appeal-state")).to_have_text("申诉通过")
    expect(row.get_by_test_id("appeal-date")).to_contain_text(TODAY)
    expect(row.get_by_test_id("appeal-disabled")).to_be_visible()
    expect(row.get_by_test_id("appeal")).to_have_count(0)


def test_filing_and_a_decision_show_at_once_before_and_after_the_daily_job(
    merchant: Page, operator: Page, tmp_path: Path
) -> None:
    screenshot = tmp_path / "tracking.png"
    Image.new("RGB", (60, 40), (30, 120, 200)).save(screenshot)
    merchant.goto("/m/logistics")
    first = merchant.get_by_test_id("orders").locator("tbody tr").first
    expect(first.get_by_test_id("appeal")).to_be_visible()  # the worklist: appealable first
    order_id = first.get_attribute("data-order") or ""
    expect(first.get_by_test_id("days-left")).to_be_visible()

    appeal_id = _file_appeal(merchant, order_id, screenshot)
    merchant.goto(f"/m/logistics?q={order_id}")
    row = _row(merchant, order_id)
    expect(row.get_by_test_id("appeal-state")).to_have_text("申诉中")
    expect(row.get_by_test_id("appeal-disabled")).to_be_visible()
    expect(row.get_by_test_id("appeal")).to_have_count(0)
    expect(row.get_by_test_id("stat-updates")).to_contain_text(STAT_CATCHES_UP)
    expect(row.get_by_test_id("trackable")).to_have_text("否")  # the metric, two days behind

    operator.goto(f"/ops/appeals/{appeal_id}")
    approve = operator.get_by_test_id("approve-form")
    approve.locator("select[name=reason]").select_option(index=1)
    approve.locator("button").click()
    expect(operator.get_by_test_id("done")).to_contain_text(appeal_id)

    merchant.goto(f"/m/logistics?q={order_id}")
    _expect_decided(merchant, order_id)
    _row(merchant, order_id).get_by_test_id("view-tracking").click()
    live = merchant.get_by_test_id("live-state")
    expect(live.get_by_test_id("appeal-state")).to_have_text("申诉通过")
    expect(live.get_by_test_id("appeal-date")).to_contain_text(TODAY)
    expect(merchant.get_by_test_id("batch-appeal").first).to_have_text("申诉通过")

    _run_the_daily_job(operator)
    merchant.goto(f"/m/logistics?q={order_id}")
    _expect_decided(merchant, order_id)
    expect(_row(merchant, order_id).get_by_test_id("stat-updates")).to_contain_text(STAT_CATCHES_UP)
    merchant.goto(f"/m/logistics/orders/{order_id}")
    expect(merchant.get_by_test_id("live-state").get_by_test_id("appeal-state")).to_have_text(
        "申诉通过"
    )


def _days_left(page: Page) -> list[int | None]:
    rows = page.get_by_test_id("orders").locator("tbody tr")
    found: list[int | None] = []
    for index in range(rows.count()):
        deadline = rows.nth(index).get_by_test_id("deadline")
        found.append(
            int(deadline.get_attribute("data-days-left") or "") if deadline.count() else None
        )
    return found


def test_the_worklist_lists_the_soonest_deadline_first_with_the_days_left(
    chromium: Browser, live_url: str
) -> None:
    context = signed_in_context(chromium, live_url, "demo-main", DEMO_PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/logistics")
        expect(page.get_by_test_id("sort")).to_have_value("action")
        days = _days_left(page)
        with_deadline = [d for d in days if d is not None]
        assert with_deadline, "the demo has orders in their appeal window"
        # Those with a deadline come first, the soonest first.
        assert days[: len(with_deadline)] == sorted(with_deadline)
        assert all(d is None for d in days[len(with_deadline) :])
        first = page.get_by_test_id("orders").locator("tbody tr").first
        expect(first.get_by_test_id("days-left")).to_have_text(f"剩余{with_deadline[0]}天")
        # Newest ship date first on request.
        page.get_by_test_id("sort").select_option("shipped")
        page.get_by_role("button", name="查询").click()
        expect(page).to_have_url(re.compile(r"sort=shipped"))
    finally:
        context.close()


def test_search_by_tracking_number_and_the_tracking_download(
    chromium: Browser, live_url: str
) -> None:
    context = signed_in_context(chromium, live_url, "demo-main", DEMO_PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/logistics?sort=shipped")
        row = page.get_by_test_id("orders").locator("tbody tr").nth(3)
        order_id = row.get_attribute("data-order") or ""
        row.get_by_test_id("view-tracking").click()
        number = page.get_by_test_id("batches").locator("tbody tr").first.locator("td").first
        tracking_number = number.inner_text().strip()
        with page.expect_download() as download:
            page.get_by_test_id("download-tracking").first.click()
        assert download.value.suggested_filename.startswith(f"tracking-{order_id}-")
        expect(page.get_by_test_id("tracker-sites").locator("a")).to_have_count(2)

        page.goto("/m/logistics")
        page.get_by_role("searchbox").fill(tracking_number)
        page.get_by_role("button", name="查询").click()
        rows = page.get_by_test_id("orders").locator("tbody tr")
        expect(rows).to_have_count(1)
        expect(rows.first).to_have_attribute("data-order", order_id)
    finally:
        context.close()


def test_the_filters_survive_the_tracking_detail_and_back(chromium: Browser, live_url: str) -> None:
    context = signed_in_context(chromium, live_url, "demo-main", DEMO_PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/logistics")
        page.get_by_label("仅看物流轨迹不可追踪的订单").check()
        page.get_by_test_id("sort").select_option("shipped")
        page.get_by_role("button", name="查询").click()
        expect(page).to_have_url(re.compile(r"sort=shipped.*untrackable=1"))
        page.wait_for_load_state()  # every row parsed before they are read
        listed = page.get_by_test_id("orders").locator("tbody tr")
        order_ids = listed.evaluate_all("rows => rows.map(r => r.dataset.order)")
        listed.nth(1).get_by_test_id("view-tracking").click()
        expect(page.get_by_test_id("order-id")).to_have_text(order_ids[1])

        page.get_by_role("link", name="返回订单列表").click()
        expect(page.get_by_label("仅看物流轨迹不可追踪的订单")).to_be_checked()
        expect(page.get_by_test_id("sort")).to_have_value("shipped")
        page.wait_for_load_state()
        again = page.get_by_test_id("orders").locator("tbody tr")
        assert again.evaluate_all("rows => rows.map(r => r.dataset.order)") == order_ids
    finally:
        context.close()


def _listed_ids(context: BrowserContext, query: str) -> list[str]:
    page = context.pages[0]
    page.goto(f"/m/logistics{query}")
    rows = page.get_by_test_id("orders").locator("tbody tr")
    return [str(order) for order in rows.evaluate_all("rows => rows.map(r => r.dataset.order)")]


def test_a_sub_account_sees_only_its_orders(chromium: Browser, live_url: str) -> None:
    main = signed_in_context(chromium, live_url, "demo-main", DEMO_PASSWORD)
    sub = signed_in_context(chromium, live_url, "demo-sub", DEMO_PASSWORD)
    try:
        mine = _listed_ids(sub, "?sort=shipped")
        assert mine, "the demo's sub-account owns orders"
        everyone = _listed_ids(main, "?sort=shipped")
        others = [order for order in everyone if order not in mine]
        hidden = next(o for o in others if not _listed_ids(sub, f"?q={o}"))
        page = sub.pages[0]
        expect(page.get_by_test_id("no-orders")).to_be_visible()
        answer = page.goto(f"/m/logistics/orders/{hidden}")
        assert answer is not None and answer.status == 404
        # The main account finds it.
        assert _listed_ids(main, f"?q={hidden}") == [hidden]
    finally:
        main.close()
        sub.close()


def test_the_worklist_in_english(chromium: Browser, live_url: str) -> None:
    context = signed_in_context(chromium, live_url, "demo-main", DEMO_PASSWORD)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.pages[0]
        page.goto("/lang/en?next=/m/logistics")
        expect(page.get_by_test_id("sort").locator("option[value=action]")).to_have_text(
            "Needs action first"
        )
        first = page.get_by_test_id("orders").locator("tbody tr").first
        expect(first.get_by_test_id("days-left")).to_contain_text("days left")
    finally:
        context.close()
