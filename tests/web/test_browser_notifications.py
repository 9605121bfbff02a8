"""The inbox in Chromium (issue 19): the header's unread count, the inbox, marking one
message read drops the count, marking all read clears it; a sub-account sees only its own
order's message; one check in English.

The store is the web tests' world with three messages in the outbox, delivered by one
notifier pass before the server starts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from browser_support import seeded_server, signed_in_context
from playwright.sync_api import Browser, expect
from web_support import NOW, PASSWORD, seed_world

from sellerstar.domain.notifications import Backoff
from sellerstar.jobs.notifications import Notifier, run_notifier
from sellerstar.rules import load_rulebook
from sellerstar.services import notifications
from sellerstar.store.db import transaction

pytestmark = pytest.mark.browser


def _messages(engine: sa.Engine) -> None:
    told = [
        (
            "radar_task_opened",
            "T1",
            "A2",
            {"task_id": "T1", "product_id": "P-RADAR", "right_id": "R1", "deadline": "2022-12-09"},
        ),
        ("appeal_last_day", "O1", None, {"order_id": "O1", "last_day": "2022-12-06"}),
        (
            "coupon_claimable",
            "C1",
            None,
            {"tool_id": "T", "tool_name": "店小宝", "launch_date": "2022-12-07"},
        ),
    ]
    with transaction(engine) as connection:
        for topic, subject, account, payload in told:
            notifications.enqueue(
                connection,
                merchant_id="M1",
                account_id=account,
                topic=topic,
                subject_id=subject,
                payload=payload,
                now=NOW,
            )
    notifier = Notifier("seed", Backoff(60, 3600, 0.5, 3), 300, None, 5.0)
    run_notifier(engine, load_rulebook(), notifier, None, now=NOW)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with seeded_server(tmp_path_factory.mktemp("notify-browser"), seed_world, _messages) as url:
        yield url


def test_the_unread_count_drops_as_messages_are_read(chromium: Browser, server: str) -> None:
    context = signed_in_context(chromium, server, "m1-main", PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/stars")
        expect(page.get_by_test_id("unread-count")).to_have_text("3")
        page.get_by_test_id("inbox-badge").click()
        expect(page).to_have_url(f"{server}/m/inbox")
        messages = page.get_by_test_id("messages").locator("li")
        expect(messages).to_have_count(3)
        expect(page.locator("li.unread")).to_have_count(3)
        first = messages.first
        first.get_by_role("button").click()
        expect(page.get_by_test_id("unread-count")).to_have_text("2")
        expect(page.locator("li.unread")).to_have_count(2)
        page.get_by_test_id("mark-all-read").click()
        expect(page.get_by_test_id("unread-count")).to_have_count(0)
        expect(page.locator("li.read")).to_have_count(3)
    finally:
        context.close()


def test_a_sub_account_sees_its_own_order_and_english_reads(chromium: Browser, server: str) -> None:
    context = signed_in_context(chromium, server, "m1-sub", PASSWORD)
    try:
        page = context.pages[0]
        page.goto("/m/inbox")
        expect(page.get_by_test_id("unread-count")).to_have_text("1")
        expect(page.get_by_test_id("messages").locator("li")).to_have_count(1)
        page.goto("/lang/en?next=/m/inbox")
        expect(page.get_by_text("Product P-RADAR looks like it infringes right R1")).to_be_visible()
        expect(page.get_by_test_id("mark-all-read")).to_have_text("Mark all read")
        # Webhooks are the main account's.
        expect(page.get_by_test_id("nav-webhooks")).to_have_count(0)
    finally:
        context.close()
