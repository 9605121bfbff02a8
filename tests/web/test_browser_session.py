"""Signing in and the language switch, in Chromium against the demo marketplace."""

from __future__ import annotations

import pytest
from browser_support import sign_in
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_a_wrong_password_shows_the_message_and_stays_signed_out(page: Page) -> None:
    page.goto("/login")
    page.get_by_label("登录名").fill("demo-main")
    page.get_by_label("密码").fill("not the password")
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("alert")).to_have_text("登录名或密码错误。")
    assert page.url.endswith("/login")


def test_the_operator_signs_in_switches_language_and_signs_out(page: Page) -> None:
    sign_in(page, "demo-ops")
    expect(page.get_by_test_id("who")).to_contain_text("平台运营")
    page.get_by_role("link", name="English").click()
    expect(page.get_by_test_id("who")).to_contain_text("Operator")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.goto("/ops")
    assert "/login" in page.url
