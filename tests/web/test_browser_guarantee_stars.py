"""Issue 18 items 4 and 5 in Chromium, over a seeded store (web_support's world, M1's stars
and a few of its orders), served as of 2022-12-06:

- the guaranteed upgrade service from the menu: the seed's dialog before 确认加入, then
  到货保障 and the star page say joined at once (the figures follow the lag);
- the coverage page's 订单明细 with its views and reasons;
- the star page: the benchmark tabs, the 30/90-day switch, values on hover, the secondary
  category; one check in English.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from browser_support import seeded_server, signed_in_context
from playwright.sync_api import Browser, expect
from stars_support import seed_stars
from web_support import PASSWORD, seed_world

from factories import order_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

pytestmark = pytest.mark.browser
PAID = dt.datetime(2022, 11, 20, 4, 0, tzinfo=dt.UTC)


def _orders(engine: sa.Engine) -> None:
    """M1's stars (its fast-trade track off for want of the service) and two orders in the
    coverage's scope, neither guaranteed (not enrolled; one paid by L/C too)."""
    seed_stars(engine, days=90, fast_trade_reason="not_enrolled")
    rows = [
        order_row(o, "M1", created_at=PAID, paid_at=PAID, **extra)
        for o, extra in (("TT-ORDER", {}), ("LC-ORDER", {"payment_method": "lc"}))
    ]
    with transaction(engine) as connection:
        connection.execute(contract_tables["orders"].insert(), rows)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("guarantee-stars")
    with seeded_server(folder, seed_world, _orders, clock_date=dt.date(2022, 12, 6)) as base:
        yield base


def test_join_through_the_dialog_and_every_page_says_joined(chromium: Browser, server: str) -> None:
    context = signed_in_context(chromium, server, "m1-main", PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/guaranteed-delivery")
        expect(page.get_by_test_id("gd-enrolled")).to_have_text("未加入")
        expect(page.get_by_test_id("advice-not-enrolled")).to_contain_text("评分不达标")
        # The order details: both orders in scope, neither guaranteed, and why.
        details = page.get_by_test_id("gd-orders-detail")
        expect(details.locator("tr[data-order]")).to_have_count(2)
        details.locator('a[data-view="not_guaranteed"]').click()
        expect(page).to_have_url(re.compile(r"shown=not_guaranteed"))
        lc = page.locator('tr[data-order="LC-ORDER"]')
        expect(lc.locator("[data-reason]")).to_have_count(2)
        expect(lc.locator('[data-reason="not_enrolled"]')).to_be_visible()
        expect(lc.locator('[data-reason="payment_method"]')).to_be_visible()

        # The service is in the menu; joining shows the seed's dialog first.
        page.get_by_test_id("nav-guarantee-service").click()
        expect(page).to_have_url(re.compile(r"/m/guarantee-service$"))
        expect(page.get_by_test_id("join-dialog")).to_have_count(0)
        page.get_by_test_id("open-join").click()
        dialog = page.get_by_test_id("join-dialog")
        expect(dialog).to_be_visible()
        expect(dialog.locator("[data-benefit]")).to_have_count(3)
        expect(page.get_by_test_id("join-compensation")).to_contain_text("10%")
        expect(page.get_by_test_id("join-compensation")).to_contain_text("100")
        expect(page.get_by_test_id("join-lock-in")).to_contain_text("30")
        expect(page.get_by_test_id("join-force-majeure")).to_be_visible()
        # Cancel writes nothing.
        page.get_by_test_id("cancel-join").click()
        expect(page.get_by_test_id("join-dialog")).to_have_count(0)
        expect(page.get_by_test_id("open-join")).to_be_enabled()
        page.get_by_test_id("open-join").click()
        page.get_by_test_id("confirm-join").click()
        expect(page.get_by_test_id("enrolment")).to_contain_text("开通")
        expect(page.get_by_test_id("open-join")).to_have_count(0)

        # 到货保障 says joined at once, with the date the figures catch up.
        page.get_by_role("link", name="到货保障", exact=True).click()
        expect(page.get_by_test_id("gd-enrolled")).to_have_text("已加入")
        expect(page.get_by_test_id("advice-joined")).to_be_visible()
        expect(page.get_by_test_id("advice-catching-up")).to_contain_text("2022-12-08")
        expect(page.get_by_test_id("advice-enrol")).to_have_count(0)
        expect(page.get_by_text("去开通")).to_have_count(0)
        # So does the star page's fast-trade track.
        page.goto("/m/stars?track=fast_trade")
        expect(page.get_by_test_id("track-joined")).to_be_visible()
        expect(page.get_by_test_id("track-disabled")).to_have_count(0)
    finally:
        context.close()


def test_the_star_page_benchmarks_trends_and_category(chromium: Browser, server: str) -> None:
    context = signed_in_context(chromium, server, "m1-sub", PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/stars")
        expect(page.get_by_test_id("secondary-category")).to_contain_text(
            "Agricultural Machinery & Equipment"
        )
        risk = page.locator('tr[data-metric="risk_health_score"] td.average')
        expect(risk).to_have_text("97.6分")
        tabs = page.get_by_test_id("benchmark-tabs")
        expect(tabs.locator("a")).to_have_count(5)
        tabs.locator('a[data-benchmark="3"]').click()
        expect(page).to_have_url(re.compile(r"benchmark=3"))
        expect(tabs.locator('a[data-benchmark="3"]')).to_have_attribute("aria-current", "page")
        expect(risk).to_have_text("99.2分")
        expect(page.get_by_test_id("benchmark-explained")).to_be_visible()

        # 30 days by default, 90 on request; the benchmark stays.
        chart = page.locator('figure[data-metric="assurance_score"] svg.trend')
        expect(chart).to_have_attribute("data-days", "30")
        expect(chart.locator("g.pt")).to_have_count(30)
        expect(chart.locator("g.star-line")).not_to_have_count(0)
        page.get_by_test_id("trend-days").locator('a[data-days="90"]').click()
        expect(page).to_have_url(re.compile(r"benchmark=3&days=90"))
        expect(chart).to_have_attribute("data-days", "90")
        expect(chart.locator("g.pt")).to_have_count(90)

        # The value of a point shows on hover, and only then.
        point = chart.locator("g.pt").last
        tip = point.locator("text.tip")
        expect(tip).to_be_hidden()
        point.locator("rect.hit").hover()
        expect(tip).to_be_visible()
        expect(tip).to_contain_text("72.5")

        # English: the benchmark's name.
        context.add_cookies([{"name": "sellerstar_lang", "value": "en", "url": server}])
        page.goto("/m/stars?benchmark=2")
        expect(page.locator("table.metrics thead")).to_contain_text("2-star average")
    finally:
        context.close()
