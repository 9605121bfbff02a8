"""A two-way selection fair in Chromium (issue 17 "done when"): students rank positions,
the merchant ranks its applicants, the operator closes, computes (0 blocking pairs) and
publishes, and each side sees its result with the reason (zh; one check in en).

The store is the web tests' world with recruitment_support's talents and a fair open
around the real clock (the server runs on it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from browser_support import seeded_server, signed_in_context
from fairs_support import seed_fair
from playwright.sync_api import Browser, BrowserContext, Page, expect
from web_support import PASSWORD, seed_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    fair_ids: list[int] = []

    def seed(engine: sa.Engine) -> None:
        seed_world(engine)
        fair_ids.append(seed_fair(engine, around=dt.datetime.now(dt.UTC))[0])

    with seeded_server(tmp_path_factory.mktemp("fairs-browser"), seed) as base:
        yield base, fair_ids[0]


def _page(chromium: Browser, base: str, login: str) -> BrowserContext:
    context = signed_in_context(chromium, base, login, PASSWORD)
    context.pages[0].goto("/fairs")
    return context


def _open_fair(page: Page) -> None:
    page.get_by_test_id("nav-fairs").click()
    page.get_by_test_id("fair-link").first.click()
    expect(page.get_by_test_id("fair-title")).to_contain_text("2022 秋季双选会")


def test_students_rank_merchant_ranks_operator_publishes_both_see_why(
    chromium: Browser, server: tuple[str, int]
) -> None:
    base, _fair_id = server
    for login, choices in (("talent-t1", ["店铺运营", "直播主播"]), ("talent-t2", ["店铺运营"])):
        context = _page(chromium, base, login)
        student = context.pages[0]
        _open_fair(student)
        for number, title in enumerate(choices, start=1):
            student.get_by_test_id(f"choice-{number}").select_option(
                label=f"{title} · " + ("Ningbo Tools" if title == "店铺运营" else "Yiwu Apparel")
            )
        student.get_by_test_id("save-ranking").click()
        expect(student.get_by_test_id("done")).to_be_visible()
        row = student.locator("tr", has_text="店铺运营")
        expect(row.get_by_test_id("my-choice")).to_have_text("1")
        context.close()

    context = _page(chromium, base, "m1-main")
    merchant = context.pages[0]
    _open_fair(merchant)
    expect(merchant.get_by_text("直播主播")).to_have_count(0)  # not its position
    applicants = merchant.get_by_test_id("applicants")
    applicants.locator('tr[data-talent="T2"]').get_by_test_id("rank-input").fill("1")
    applicants.locator('tr[data-talent="T1"]').get_by_test_id("rank-input").fill("2")
    merchant.get_by_test_id("save-ranks").click()
    expect(merchant.get_by_test_id("done")).to_be_visible()
    context.close()

    context = _page(chromium, base, "ops")
    operator = context.pages[0]
    _open_fair(operator)
    expect(operator.get_by_test_id("n-students")).to_have_text("2")
    operator.get_by_test_id("move-close").click()
    operator.get_by_test_id("move-compute").click()
    expect(operator.get_by_test_id("blocking-pairs")).to_have_text("0")
    operator.get_by_test_id("move-publish").click()
    expect(operator.get_by_test_id("fair-state")).to_have_attribute("data-state", "published")
    context.close()

    context = _page(chromium, base, "talent-t1")
    student = context.pages[0]
    _open_fair(student)
    result = student.get_by_test_id("my-result").get_by_test_id("student-result")
    # 店铺运营 took T2 (ranked higher); 直播主播's merchant ranked no one.
    expect(result).to_have_attribute("data-outcome", "unplaced")
    expect(result.locator('li[data-outcome="filled_higher"]')).to_contain_text("店铺运营")
    expect(result.locator('li[data-outcome="not_ranked"]')).to_contain_text("直播主播")
    context.close()

    context = _page(chromium, base, "m1-main")
    merchant = context.pages[0]
    _open_fair(merchant)
    expect(merchant.get_by_test_id("position-result")).to_have_attribute("data-outcome", "full")
    outcomes = merchant.get_by_test_id("applicants")
    expect(outcomes.locator('tr[data-talent="T2"]').get_by_test_id("applicant-outcome")
           ).to_have_attribute("data-outcome", "placed")  # fmt: skip
    expect(outcomes.locator('tr[data-talent="T1"]').get_by_test_id("applicant-outcome")
           ).to_have_attribute("data-outcome", "filled_higher")  # fmt: skip
    context.close()

    context = _page(chromium, base, "talent-t2")
    student = context.pages[0]
    student.get_by_role("link", name="English").click()
    expect(student.get_by_test_id("nav-fairs")).to_have_text("Two-way selection fairs")
    _open_fair(student)
    expect(student.locator("th", has_text="Merchant")).to_be_visible()
    expect(student.get_by_test_id("my-result")).to_contain_text(
        "Placed at your 1st choice: 店铺运营 (Ningbo Tools)."
    )
    context.close()
