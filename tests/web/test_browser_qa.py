"""The briefing's Q&A channel in Chromium (issue 17 part 3, "done when"): a merchant's
sub-account asks a question, the operator groups it, answers and publishes it (before
the planned date only with "publish now" ticked), the public page shows the answer to a
visitor who is not signed in and names no merchant, and the merchant sees "answered".

The store is the web tests' world with a channel open today (the server runs on the real
clock), its answers planned for next week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from browser_support import seeded_server, signed_in_context
from playwright.sync_api import Browser, Page, expect
from web_support import PASSWORD, seed_world

from sellerstar.domain.qa import Channel, QaTopic
from sellerstar.services import qa
from sellerstar.store.db import transaction

pytestmark = pytest.mark.browser
CHANNEL = "live-briefing"
QUESTION = "评价规则升级后，老评价还计入店铺评分吗？"
ANSWER = "计入：店铺评分按统计期内的有效评价计算。"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    today = dt.datetime.now(dt.UTC).date()  # a day of margin on each side of Shanghai's date

    def seed_channel(engine: sa.Engine) -> None:
        with transaction(engine) as connection:
            qa.save_channel(
                connection, actor_login="ops", now=dt.datetime.now(dt.UTC), create=True,
                channel=Channel(CHANNEL, "发布会答疑通道", (QaTopic.REVIEWS, QaTopic.OTHER),
                                   today - dt.timedelta(days=1), today + dt.timedelta(days=2),
                                   today + dt.timedelta(days=7)),
            )  # fmt: skip

    with seeded_server(tmp_path_factory.mktemp("qa-browser"), seed_world, seed_channel) as base:
        yield base


@pytest.fixture(scope="module")
def merchant(chromium: Browser, server: str) -> Iterator[Page]:
    context = signed_in_context(chromium, server, "m1-sub", PASSWORD)
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


@pytest.fixture
def visitor(chromium: Browser, server: str) -> Iterator[Page]:
    context = chromium.new_context(base_url=server, locale="zh-CN")
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_asked_grouped_answered_published_and_seen(
    merchant: Page, operator: Page, visitor: Page
) -> None:
    merchant.goto("/m/stars")
    merchant.get_by_test_id("nav-qa").click()
    form = merchant.locator(f'form[data-channel="{CHANNEL}"]')
    form.get_by_test_id("topic").select_option("reviews")
    form.get_by_test_id("question").fill(QUESTION)
    form.get_by_test_id("reference").fill("ORDER-1001")
    form.get_by_test_id("ask").click()
    expect(merchant.get_by_test_id("done")).to_be_visible()
    mine = merchant.get_by_test_id("questions").locator("tr[data-question]").first
    expect(mine).to_have_attribute("data-state", "submitted")
    expect(mine.get_by_test_id("body")).to_contain_text(QUESTION)

    operator.goto("/ops")
    operator.get_by_test_id("nav-qa").click()
    operator.locator(f'tr[data-channel="{CHANNEL}"] a').first.click()
    row = operator.get_by_test_id("questions").locator("tr[data-question]").first
    expect(row).to_contain_text("M1")
    row.get_by_test_id("pick").check()
    operator.get_by_test_id("group-topic").select_option("reviews")
    operator.get_by_test_id("group-question").fill("老评价还计入店铺评分吗？")
    operator.get_by_test_id("group").click()
    expect(operator.get_by_test_id("done")).to_be_visible()
    card = operator.get_by_test_id("group-card").first
    card.get_by_test_id("answer").fill(ANSWER)
    card.get_by_test_id("save-answer").click()
    card = operator.get_by_test_id("group-card").first
    expect(card).to_have_attribute("data-state", "answered")
    card.get_by_test_id("publish").click()  # before the planned date, not ticked: refused
    expect(operator.get_by_test_id("error")).to_be_visible()
    card = operator.get_by_test_id("group-card").first
    card.get_by_test_id("early").check()
    card.get_by_test_id("publish").click()
    expect(operator.get_by_test_id("group-card").first).to_have_attribute("data-state", "published")

    visitor.goto("/qa")
    expect(visitor.get_by_test_id("who")).to_have_count(0)  # not signed in
    group = visitor.get_by_test_id("group").first
    expect(group.get_by_test_id("group-question")).to_have_text("老评价还计入店铺评分吗？")
    expect(group.get_by_test_id("group-answer")).to_have_text(ANSWER)
    expect(visitor.locator("main")).not_to_contain_text("M1")
    expect(visitor.locator("main")).not_to_contain_text("m1-sub")
    visitor.get_by_role("link", name="English").click()
    heading = visitor.get_by_role("heading", name="Briefing questions: published answers")
    expect(heading).to_be_visible()

    merchant.reload()
    mine = merchant.get_by_test_id("questions").locator("tr[data-question]").first
    expect(mine).to_have_attribute("data-state", "answered")
    expect(mine.get_by_test_id("answer")).to_contain_text(ANSWER)
