"""A merchant takes each way out of a radar task in Chromium, and an operator works each
queue (issue 14 "done when"): edit → approved → rectified; qualification → approved →
every open task of the right closes; appeal → rejected → the button stays greyed and the
countdown unchanged; delist → rectified.

The store is the web tests' world (web_support) with the radar world (radar_support), its
tasks opened two days before the server's clock; the server runs on the real clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import radar_support
from browser_support import signed_in_context
from playwright.sync_api import Browser, Page, expect
from radar_support import RadarWorld, pdf
from web_support import PASSWORD, seed_world

from factories import product_row, radar_task
from sellerstar.store.db import create_engine, transaction
from sellerstar.store.migrate import upgrade
from sellerstar.store.schema import contract_tables
from sellerstar.web.local_browser import live_server

pytestmark = pytest.mark.browser


class World:
    def __init__(self, url: str, radar: RadarWorld, hat: str) -> None:
        self.url = url
        self.radar = radar
        self.hat = hat


@pytest.fixture(scope="module")
def browser_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("radar-browser")
    url = f"sqlite:///{folder / 'store.db'}"
    upgrade(url)
    engine = create_engine(url)
    try:
        seed_world(engine)
        opened = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
        radar = radar_support.seed_radar(engine, opened)
        with transaction(engine) as connection:
            connection.execute(
                contract_tables["products"].insert(),
                [product_row("P-HAT", "M1", "Gucci bucket hat", owner_account_id="A3")],
            )
            hat = radar_task(connection, "P-HAT", right_id="R-NIKE", now=opened)
    finally:
        engine.dispose()
    yield World(url, radar, hat)


@pytest.fixture(scope="module")
def server(browser_world: World) -> Iterator[str]:
    with live_server(browser_world.url) as url:
        yield url


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


def _decide(operator: Page, kind_tab: str, task_id: str, decision: str, reason: str = "") -> None:
    operator.goto("/ops/radar/queues")
    operator.get_by_test_id(f"tab-{kind_tab}").click()
    row = operator.locator(f'tr[data-task="{task_id}"]')
    expect(row).to_contain_text("待审核")
    row.get_by_test_id("review").click()
    form = operator.get_by_test_id(f"{decision}-form")
    if reason:
        form.locator("textarea").fill(reason)
    form.get_by_role("button").click()
    expect(operator.get_by_test_id("done")).to_be_visible()
    expect(operator.locator(f'tr[data-task="{task_id}"]')).to_contain_text(
        "审核通过" if decision == "approve" else "审核不通过"
    )


def test_edit_then_approved_rectifies(merchant: Page, operator: Page, browser_world: World) -> None:
    task_id = browser_world.radar.shoe
    merchant.goto("/m/stars")
    merchant.get_by_test_id("nav-radar").click()
    expect(merchant.get_by_role("heading", name="商品雷达")).to_be_visible()
    expect(merchant.get_by_test_id("banner")).to_contain_text("7天内整改期限")
    row = merchant.locator(f'tr[data-task="{task_id}"]')
    expect(row.get_by_test_id("countdown")).to_have_text("5天后将被下架并扣分")
    row.get_by_test_id("edit-button").click()
    form = merchant.get_by_test_id("edit-form")
    expect(form.get_by_label("标题")).to_have_value("N1ke running shoe")
    form.get_by_label("标题").fill("Mesh running shoe")
    form.get_by_role("button", name="提交商品审核").click()
    expect(merchant.get_by_test_id("done")).to_contain_text("编辑已提交商品审核")
    expect(merchant.get_by_test_id("task-status")).to_have_text("商品审核中, 请等待")

    operator.goto("/ops/radar/queues?kind=edit")
    operator.locator(f'tr[data-task="{task_id}"]').get_by_test_id("review").click()
    diff = operator.get_by_test_id("edit-diff").locator('tr[data-field="title"]')
    expect(diff.get_by_test_id("before")).to_have_text("N1ke running shoe")
    expect(diff.get_by_test_id("after")).to_have_text("Mesh running shoe")
    _decide(operator, "edit", task_id, "approve")

    merchant.reload()
    expect(merchant.get_by_test_id("task-status")).to_have_text("完成整改")
    expect(merchant.get_by_test_id("product-title")).to_contain_text("Mesh running shoe")


def test_a_qualification_approved_closes_every_task_of_the_right(
    merchant: Page, operator: Page, browser_world: World, tmp_path: Path
) -> None:
    document = tmp_path / "authorisation.pdf"
    document.write_bytes(pdf())
    bag, wallet = browser_world.radar.bag, browser_world.radar.wallet
    merchant.goto("/m/radar")
    merchant.locator(f'tr[data-task="{wallet}"]').get_by_test_id("qualify-button").click()
    form = merchant.get_by_test_id("qualification-form")
    form.get_by_test_id("qualification-kind").select_option("brand_authorisation")
    form.get_by_test_id("document").set_input_files(str(document))
    form.get_by_role("button", name="上传").click()
    expect(merchant.get_by_test_id("done")).to_contain_text("预计24h后返回资质审核结果")
    merchant.goto("/m/radar")
    for task_id in (bag, wallet):
        status = merchant.locator(f'tr[data-task="{task_id}"]').get_by_test_id("task-status")
        expect(status).to_have_text("审核中, 请等待")

    operator.goto("/ops/radar/queues?kind=qualification")
    operator.locator(f'tr[data-task="{wallet}"]').get_by_test_id("review").click()
    expect(operator.get_by_test_id("document-link")).to_have_text("authorisation.pdf")
    _decide(operator, "qualification", wallet, "approve")

    merchant.goto("/m/radar?outcome=rectified")
    for task_id in (bag, wallet):
        status = merchant.locator(f'tr[data-task="{task_id}"]').get_by_test_id("task-status")
        expect(status).to_have_text("完成整改")


def test_an_appeal_rejected_greys_the_button_and_keeps_the_countdown(
    merchant: Page, operator: Page, browser_world: World
) -> None:
    task_id = browser_world.radar.cable
    merchant.goto("/m/radar")
    row = merchant.locator(f'tr[data-task="{task_id}"]')
    countdown = row.get_by_test_id("countdown").inner_text()
    # The detail is cut at three lines; the whole text is on hover (title).
    problem = row.get_by_test_id("problem")
    assert problem.evaluate("e => getComputedStyle(e).webkitLineClamp") == "3"
    assert problem.evaluate("e => e.scrollHeight > e.clientHeight")
    expect(problem).to_have_attribute("title", radar_support.LONG_DETAIL)
    row.get_by_test_id("appeal-button").click()
    merchant.get_by_test_id("appeal-form").get_by_label("申诉说明").fill("Shipped on time.")
    merchant.get_by_test_id("appeal-form").get_by_role("button", name="申诉").click()
    expect(merchant.get_by_test_id("task-status")).to_have_text("申诉中, 待人工审核")
    expect(merchant.get_by_test_id("appeal-submit")).to_be_disabled()

    _decide(operator, "appeal", task_id, "reject", "The tracking shows a late hand-over.")

    merchant.goto("/m/radar")
    row = merchant.locator(f'tr[data-task="{task_id}"]')
    expect(row.get_by_test_id("task-status")).to_have_text("申诉失败")
    row.get_by_test_id("rejection").locator("summary").click()
    expect(row.get_by_test_id("rejection")).to_contain_text("late hand-over")
    expect(row.get_by_test_id("appeal-button")).to_have_attribute("aria-disabled", "true")
    expect(row.get_by_test_id("countdown")).to_have_text(countdown)


def test_delisting_rectifies(merchant: Page, browser_world: World) -> None:
    merchant.goto(f"/m/radar/tasks/{browser_world.hat}")
    merchant.get_by_test_id("delist-form").get_by_role("button", name="下架商品").click()
    expect(merchant.get_by_test_id("done")).to_contain_text("商品已下架")
    expect(merchant.get_by_test_id("task-status")).to_have_text("完成整改")
    expect(merchant.get_by_test_id("delist-section")).to_have_count(0)
