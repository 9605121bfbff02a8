"""Appeals per the seed in Chromium (issue 18 item 2): the pre-check before the single
appeal is used (无法申诉成功, then confirm), an operator asking for more material, the
merchant adding it and the operator deciding, a carrier outside the registry that 17TRACK
lists accepted, and an untrackable one flagged; one check in English.

The store is the web tests' world with the appeal orders (appeals_support); the server's
platform date is 2022-12-06, TA2's appeal filed that morning.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from appeals_support import appeal_world, file_now
from browser_support import seeded_server, signed_in_context
from logistics_support import at
from PIL import Image
from playwright.sync_api import Browser, Page, expect
from web_support import PASSWORD, seed_world

pytestmark = pytest.mark.browser

TODAY = dt.date(2022, 12, 6)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("appeal-supplement-browser")
    evidence = folder / "evidence"
    before = os.environ.get("SELLERSTAR_EVIDENCE_DIR")
    os.environ["SELLERSTAR_EVIDENCE_DIR"] = str(evidence)

    def filed(engine: sa.Engine) -> None:
        file_now(engine, evidence, "TA2", "single_real_event", at(TODAY, 9))

    try:
        with seeded_server(folder, seed_world, appeal_world, filed, clock_date=TODAY) as base:
            yield base
    finally:
        if before is None:
            os.environ.pop("SELLERSTAR_EVIDENCE_DIR", None)
        else:
            os.environ["SELLERSTAR_EVIDENCE_DIR"] = before


def _context_page(chromium: Browser, server: str, login: str) -> Iterator[Page]:
    context = signed_in_context(chromium, server, login, PASSWORD)
    try:
        yield context.pages[0]
    finally:
        context.close()


@pytest.fixture
def merchant(chromium: Browser, server: str) -> Iterator[Page]:
    yield from _context_page(chromium, server, "m1-main")


@pytest.fixture
def operator(chromium: Browser, server: str) -> Iterator[Page]:
    yield from _context_page(chromium, server, "ops")


@pytest.fixture
def screenshot(tmp_path: Path) -> str:
    path = tmp_path / "tracking.png"
    Image.new("RGB", (60, 40), (30, 120, 200)).save(path)
    return str(path)


def test_the_pre_check_warns_before_the_single_appeal_is_used(
    merchant: Page, screenshot: str
) -> None:
    merchant.goto("/m/appeals/new?order_id=TA1")
    form = merchant.get_by_test_id("appeal-form")
    form.get_by_test_id("appeal-type").select_option("single_real_event")
    form.locator("input[name=tracking_number]").fill("794600000001")
    form.get_by_test_id("run-precheck").click()

    preview = merchant.get_by_test_id("precheck-preview")
    expect(preview).to_have_attribute("data-outcome", "reject")
    expect(merchant.get_by_test_id("cannot-succeed")).to_be_visible()
    expect(merchant.get_by_test_id("preview-reason")).to_contain_text("预报")
    form = merchant.get_by_test_id("appeal-form")
    form.locator("input[name=screenshots]").set_input_files(screenshot)
    confirm = merchant.get_by_test_id("confirm-failure")
    # Unconfirmed, the browser does not send the form (the box is required) …
    form.get_by_role("button", name="提交申诉").click()
    expect(merchant).to_have_url(re.compile(r"/m/appeals/precheck$"))
    # … and once ticked, the appeal is filed.
    confirm.check()
    form.get_by_role("button", name="提交申诉").click()
    expect(merchant.get_by_test_id("filed")).to_be_visible()
    expect(merchant.get_by_test_id("precheck-outcome")).to_have_attribute("data-outcome", "reject")


def test_more_material_requested_added_and_decided(
    operator: Page, merchant: Page, screenshot: str
) -> None:
    operator.goto("/ops/appeals")
    row = operator.locator("tbody tr", has_text="TA2")
    appeal_id = row.get_attribute("data-appeal")
    assert appeal_id
    row.get_by_test_id("review").click()
    ask = operator.get_by_test_id("supplement-request-form")
    ask.locator("select[name=reason]").select_option("screenshot_unclear")
    ask.locator("textarea[name=note]").fill("The screenshot is blurred.")
    ask.locator("button[type=submit]").click()
    expect(operator.get_by_test_id("done")).to_contain_text(appeal_id)
    queued = operator.locator(f'tr[data-appeal="{appeal_id}"]')
    expect(queued.get_by_test_id("paused")).to_be_visible()
    expect(queued.get_by_test_id("queue-supplement-deadline")).to_contain_text("2022-12-08")

    merchant.goto(f"/m/appeals/{appeal_id}")
    expect(merchant.get_by_test_id("supplement-deadline")).to_have_text("2022-12-08")
    expect(merchant.get_by_test_id("supplement-reason")).to_contain_text("blurred")
    expect(merchant.get_by_test_id("sla-paused")).to_be_visible()
    upload = merchant.get_by_test_id("supplement-form")
    upload.locator("input[name=screenshots]").set_input_files(screenshot)
    upload.locator("textarea[name=reply]").fill("A sharper one.")
    upload.locator("button[type=submit]").click()
    expect(merchant.get_by_test_id("supplied")).to_be_visible()
    expect(merchant.get_by_test_id("supplement-form")).to_have_count(0)
    expect(merchant.get_by_test_id("supplement-received")).to_contain_text("A sharper one.")

    operator.goto(f"/ops/appeals/{appeal_id}")
    approve = operator.get_by_test_id("approve-form")
    approve.locator("select[name=reason]").select_option("single_event_is_real")
    approve.locator("button[type=submit]").click()
    expect(operator.get_by_test_id("done")).to_contain_text(appeal_id)
    merchant.goto(f"/m/appeals/{appeal_id}")
    expect(merchant.get_by_test_id("appeal-status").first).to_have_text("申诉通过")


def test_a_listed_carrier_is_accepted_and_an_untrackable_one_flagged(merchant: Page) -> None:
    merchant.goto("/m/logistics/orders/TA4")
    merchant.locator("details.reupload summary").first.click()
    form = merchant.locator("details.reupload form").first
    form.get_by_test_id("proof-carrier").select_option("other")
    form.get_by_test_id("other-carrier").fill("ACS Worldwide Express")
    form.locator("input[name=tracking_number]").fill("ACS0000001")
    form.locator("button[type=submit]").click()
    expect(merchant.get_by_test_id("proof-replaced")).to_be_visible()
    expect(merchant.locator("body")).to_contain_text("ACS WORLDWIDE EXPRESS")
    expect(merchant.get_by_test_id("untrackable-carrier")).to_have_count(0)

    merchant.goto("/m/logistics/orders/TA7")
    option = merchant.locator('option[value="africa_line"]').first
    expect(option).to_have_attribute("data-untrackable", "true")
    merchant.locator("details.reupload summary").first.click()
    form = merchant.locator("details.reupload form").first
    form.get_by_test_id("proof-carrier").select_option("africa_line")
    form.locator("input[name=tracking_number]").fill("AF0000001")
    form.locator("button[type=submit]").click()
    expect(merchant.get_by_test_id("untrackable-carrier").first).to_be_visible()


def test_in_english(merchant: Page) -> None:
    merchant.goto("/m/appeals/new?order_id=TA3")
    merchant.get_by_role("link", name="English").click()
    form = merchant.get_by_test_id("appeal-form")
    form.get_by_test_id("appeal-type").select_option("single_real_event")
    form.get_by_test_id("run-precheck").click()
    expect(merchant.get_by_test_id("cannot-succeed")).to_have_text("The appeal cannot succeed")
