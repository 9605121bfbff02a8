"""Issue 18, item 7 in Chromium: the 404 page in the reader's language (Chinese by
default, English after the switch) while the JSON API keeps JSON; the operators' job page
on one labelled clock, reloading itself while a job runs and stopping once it ended."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from browser_support import seeded_server, signed_in_context
from playwright.sync_api import Browser, expect
from web_support import PASSWORD, seed_world

from sellerstar.store.db import create_engine, transaction
from sellerstar.store.schema import job_runs
from sellerstar.web.routes import operator as operator_routes

pytestmark = pytest.mark.browser
STARTED = dt.datetime(2022, 12, 5, 17, 0, tzinfo=dt.UTC)  # 2022-12-06 01:00 in Shanghai


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("jobs-errors")


@pytest.fixture(scope="module")
def server(folder: Path) -> Iterator[str]:
    with seeded_server(folder, seed_world) as base:
        yield base


def test_the_404_page_is_in_chinese_then_in_english(chromium: Browser, server: str) -> None:
    context = chromium.new_context(base_url=server, locale="zh-CN")
    try:
        page = context.new_page()
        answer = page.goto("/no/such/page")
        assert answer is not None and answer.status == 404
        expect(page).to_have_title("404 未找到 · sellerstar")
        expect(page.get_by_role("heading", level=1)).to_have_text("未找到")
        expect(page.get_by_role("alert")).to_have_text("此地址没有内容，或您无权查看。")
        # The language switch on the error page itself, then the next unknown address.
        page.get_by_role("link", name="English").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
        answer = page.goto("/another/missing/page")
        assert answer is not None and answer.status == 404
        expect(page).to_have_title("404 Not found · sellerstar")
        expect(page.get_by_role("alert")).to_have_text(
            "There is nothing at this address, or it is not yours to see."
        )
        expect(page.locator("html")).to_have_attribute("lang", "en")
        # The JSON API answers JSON, in whatever language the pages are.
        api = page.request.get("/api/v1/no-such-thing")
        assert api.status == 404 and api.json() == {"detail": "Not Found"}
    finally:
        context.close()


def test_the_job_page_refreshes_while_a_job_runs_and_stops_after(
    chromium: Browser, server: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operator_routes, "JOB_PAGE_REFRESH_SECONDS", 1)
    engine = create_engine(f"sqlite:///{folder / 'store.db'}")
    with transaction(engine) as connection:
        run_id = connection.execute(
            sa.insert(job_runs)
            .values(
                job="compute",
                params={"first": "2022-12-04", "last": "2022-12-04"},
                started_at=STARTED,
                status="running",
            )
            .returning(job_runs.c.id)
        ).scalar_one()
    context = signed_in_context(chromium, server, "ops", PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/ops/jobs")
        expect(page.get_by_test_id("clock")).to_have_text("时间均为平台时区 Asia/Shanghai。")
        expect(page.get_by_test_id("refreshing")).to_be_visible()
        run = page.locator(f'tr[data-run="{run_id}"]')
        expect(run).to_contain_text("每日指标")
        expect(run).to_contain_text("起始统计日期")
        expect(run).to_contain_text("2022-12-06 01:00")
        expect(run).to_contain_text("运行中")
        page.evaluate("window.beforeTheEnd = true")
        with transaction(engine) as connection:
            connection.execute(
                sa.update(job_runs)
                .where(job_runs.c.id == run_id)
                .values(
                    status="succeeded",
                    finished_at=STARTED + dt.timedelta(minutes=3),
                    summary={"merchant_metrics": 12},
                )
            )
        # The page reloaded by itself and shows the end, without the refresh notice.
        page.wait_for_function("() => window.beforeTheEnd === undefined", timeout=10_000)
        expect(run).to_contain_text("成功")
        expect(run).to_contain_text("商家指标行数")
        expect(run).to_contain_text("2022-12-06 01:03")
        expect(page.get_by_test_id("refreshing")).to_have_count(0)
        # Idle: it stays as it is.
        page.evaluate("window.afterTheEnd = true")
        page.wait_for_timeout(2_500)
        assert page.evaluate("window.afterTheEnd === true")
        # English: the same page, translated, on the same clock.
        context.add_cookies([{"name": "sellerstar_lang", "value": "en", "url": server}])
        page.goto("/ops/jobs")
        expect(page.get_by_test_id("clock")).to_have_text(
            "Times are in Asia/Shanghai, the platform’s time zone."
        )
        expect(run).to_contain_text("Daily metrics")
        expect(run).to_contain_text("Merchant metric rows")
    finally:
        context.close()
        engine.dispose()
