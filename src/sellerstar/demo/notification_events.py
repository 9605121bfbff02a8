"""The demo's notification events (issue 19): the outbox holds at least one message of
every topic once ``make demo`` has run.

The daily job tells the events of its own day; the demo's store holds a history, so the
events step is replayed on the past days that produce them, each as it ran that morning:
the rule-change announcements' days (2022-10-28), the service market's launch day
(2022-10-28) and every view date of the computed span (appeal windows opening and
closing, radar deadlines near, star levels changing or falling below the official one).
The operator ``demo-ops`` decides the newest pending appeal on the demo's view date and
asks for more material on the next newest (the oldest stays for the appeal queue's browser
test). The official evaluations tell their
merchants when the pipeline publishes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.appeals import AppealEvent, AppealState
from sellerstar.jobs.notification_events import run_notification_events
from sellerstar.rules import RuleBook
from sellerstar.rules.announcements import announcements
from sellerstar.services.appeal_decisions import apply_decision
from sellerstar.services.appeal_supplements import request_supplement
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, notifications

DEMO_OPERATOR = "demo-ops"
_appeals = contract_tables["tracking_appeals"]


@dataclass(frozen=True)
class EventsDemo:
    """Messages in the outbox per topic, and the appeal the demo operator decided."""

    topics: dict[str, int]
    decided_appeal: str | None


def run_events_demo(
    store: sa.Engine, book: RuleBook, first_view: dt.date, view: dt.date
) -> EventsDemo:
    """Decide an appeal on ``view`` and replay the events step on the days that produce
    events, up to ``view``."""
    zone = ZoneInfo(book.in_force(view).calendar.timezone)
    decided = _decide_an_appeal(store, book, dt.datetime.combine(view, dt.time(10), zone))
    _ask_for_material(store, book, dt.datetime.combine(view, dt.time(10, 30), zone))
    days = {item.announced for item in announcements(book) if item.announced < item.effective}
    days |= {
        rule_set.service_market.launch_date
        for rule_set in book.rule_sets
        if rule_set.service_market is not None
    }
    days |= {first_view + dt.timedelta(days=n) for n in range((view - first_view).days + 1)}
    for day in sorted(d for d in days if d <= view):
        run_notification_events(store, book, dt.datetime.combine(day, dt.time(9), zone), view=day)
    with store.connect() as connection:
        topics = {
            row.topic: int(row.n)
            for row in connection.execute(
                sa.select(notifications.c.topic, sa.func.count().label("n")).group_by(
                    notifications.c.topic
                )
            )
        }
    return EventsDemo(topics, decided)


def _decide_an_appeal(store: sa.Engine, book: RuleBook, at: dt.datetime) -> str | None:
    with transaction(store) as connection:
        appeal_id = connection.execute(
            sa.select(_appeals.c.appeal_id)
            .where(_appeals.c.status == AppealState.PENDING.value, _appeals.c.submitted_at < at)
            .order_by(_appeals.c.submitted_at.desc(), _appeals.c.appeal_id)
            .limit(1)
        ).scalar()
        if appeal_id is None:
            return None
        apply_decision(
            connection,
            appeal_id,
            AppealEvent.APPROVE,
            "backend_events_confirmed",
            "",
            DEMO_OPERATOR,
            at,
            book=book,
        )
    return str(appeal_id)


def _ask_for_material(store: sa.Engine, book: RuleBook, at: dt.datetime) -> str | None:
    """The demo operator asks for more material on the newest pending appeal left (seed
    FAQ 8), so the merchant pages and the outbox show the state."""
    with transaction(store) as connection:
        appeal_id = connection.execute(
            sa.select(_appeals.c.appeal_id)
            .where(_appeals.c.status == AppealState.PENDING.value, _appeals.c.submitted_at < at)
            .order_by(_appeals.c.submitted_at.desc(), _appeals.c.appeal_id)
            .limit(1)
        ).scalar()
        if appeal_id is None:
            return None
        operator = Principal(0, DEMO_OPERATOR, DEMO_OPERATOR, Role.OPERATOR, None, None)
        request_supplement(
            connection,
            appeal_id,
            "tracking_screenshot_missing",
            "Add a screenshot of the tracking in the backend, please.",
            operator,
            at,
            book=book,
        )
    return str(appeal_id)
