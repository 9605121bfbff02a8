"""Talent recruitment in Chromium (issue 17): the main account posts a job, opens it, sees
the ranked candidates with their explanations, schedules an interview and downloads its
calendar file; the talent signs in and sees the interview with its own file; the
certificate verifies publicly; the operator sees every job, interview and talent; one
check in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import seeded_server, signed_in_context
from icalendar import Calendar
from playwright.sync_api import Browser, BrowserContext, Page, expect
from recruitment_support import CERTIFICATES, seed_talents
from web_support import PASSWORD, seed_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("recruitment-browser")
    with seeded_server(folder, seed_world, seed_talents) as base:
        yield base


def _context(chromium: Browser, server: str, login: str) -> BrowserContext:
    return signed_in_context(chromium, server, login, PASSWORD, accept_downloads=True)


@pytest.fixture
def merchant(chromium: Browser, server: str) -> Iterator[Page]:
    context = _context(chromium, server, "m1-main")
    try:
        yield context.pages[0]
    finally:
        context.close()


def test_post_open_rank_schedule_and_the_talent_sees_it(
    merchant: Page, chromium: Browser, server: str, tmp_path: Path
) -> None:
    merchant.goto("/m/stars")
    merchant.get_by_test_id("nav-recruitment").click()
    form = merchant.get_by_test_id("job-form")
    form.get_by_test_id("title").fill("数据运营专员")
    form.get_by_test_id("city").fill("杭州")
    form.get_by_test_id("duties").fill("分析店铺数据")
    form.get_by_test_id("required-platform_operations").check()
    form.get_by_test_id("required-data_analysis").check()
    form.get_by_test_id("skills").fill("Excel;SQL;数据分析")
    form.get_by_test_id("salary-min").fill("8000")
    form.get_by_test_id("salary-max").fill("12000")
    form.get_by_test_id("save-job").click()
    expect(merchant.get_by_test_id("done")).to_be_visible()
    merchant.get_by_test_id("open-job").click()
    expect(merchant.get_by_test_id("open-job")).to_have_count(0)
    candidates = merchant.get_by_test_id("candidate")
    expect(candidates.first).to_have_attribute("data-talent", "T1")
    expect(candidates.first.get_by_test_id("certified")).to_be_visible()
    second = merchant.locator('[data-testid="candidate"][data-talent="T3"]')
    explanation = second.get_by_test_id("explanation")
    expect(explanation).to_contain_text("具备 2 项必需认证中的 0 项，缺少：平台运营、数据分析")
    expect(explanation).to_contain_text("Excel")
    first = candidates.first.get_by_test_id("schedule-form")
    first.get_by_test_id("date").fill("2030-01-15")
    first.get_by_test_id("start").fill("10:00")
    first.get_by_test_id("end").fill("11:00")
    first.get_by_test_id("location").fill("Zoom")
    first.get_by_test_id("schedule").click()
    expect(merchant.get_by_test_id("done")).to_be_visible()
    row = merchant.get_by_test_id("interview-row").first
    expect(row).to_contain_text("2030-01-15 10:00")
    with merchant.expect_download() as download:
        row.get_by_test_id("ics").click()
    saved = tmp_path / "merchant.ics"
    download.value.save_as(saved)
    event = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    talent = _context(chromium, server, "talent-t1")
    try:
        page = talent.pages[0]
        expect(page.get_by_test_id("talent-name")).to_have_text("李娜")
        mine = page.get_by_test_id("interview-row")
        expect(mine).to_have_count(1)
        expect(mine.first).to_contain_text("数据运营专员")
        with page.expect_download() as own:
            mine.first.get_by_test_id("ics").click()
        own.value.save_as(tmp_path / "talent.ics")
        again = Calendar.from_ical((tmp_path / "talent.ics").read_bytes()).walk("VEVENT")[0]
        assert again["UID"] == event["UID"]
        page.get_by_test_id("certificate-link").first.click()
        expect(page.get_by_test_id("holder")).to_have_text("李娜")
    finally:
        talent.close()
    operator = _context(chromium, server, "ops")
    try:
        page = operator.pages[0]
        page.get_by_test_id("nav-recruitment").click()
        expect(page.get_by_test_id("job-row")).to_have_count(1)
        expect(page.get_by_test_id("talent-row")).to_have_count(3)
        expect(page.get_by_test_id("interview-row").first).to_contain_text("李娜")
        page.get_by_test_id("job-row").first.get_by_role("link").click()
        expect(page.get_by_test_id("candidate").first).to_have_attribute("data-talent", "T1")
        expect(page.get_by_test_id("schedule-form")).to_have_count(0)
    finally:
        operator.close()


def test_a_certificate_is_verified_in_english_without_signing_in(
    chromium: Browser, server: str
) -> None:
    context = chromium.new_context(base_url=server, locale="en-GB")
    try:
        page = context.new_page()
        page.goto("/lang/en?next=/recruitment/certificates")
        page.goto("/recruitment/certificates")
        page.get_by_test_id("certificate-id").fill(next(iter(CERTIFICATES)))
        page.get_by_test_id("verify").click()
        expect(page.get_by_test_id("kind")).to_have_text("Platform operations")
        expect(page.get_by_test_id("holder")).to_have_text("李娜")
    finally:
        context.close()
