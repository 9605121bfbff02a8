"""The notification events step of the daily job (issue 19): what became true on the
platform date of ``now`` (an appeal window opening or on its last day, a radar deadline
near, the predicted star changed or below the official one, a rule change announced, the
launch coupons claimable), told once per event through the outbox.

Recorded in ``job_runs`` as ``notification_events``; each topic is written in its own
transaction and a re-run adds nothing (the outbox's (topic, subject) key). Runs after the
star levels, whose rows it reads. ``view`` tells the events of another view date (the demo
replays its past days; an operator may catch up a day the job did not run).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.domain.calendar import platform_date
from sellerstar.rules import RuleBook
from sellerstar.services import notification_events as events
from sellerstar.store.db import transaction
from sellerstar.store.job_log import recorded

JOB_NAME = "notification_events"


def run_notification_events(
    store: sa.Engine, book: RuleBook, now: dt.datetime, *, view: dt.date | None = None
) -> dict[str, int]:
    """Enqueue the events of view date ``view`` (default: the platform date of ``now``);
    returns how many new messages per topic."""
    if view is None:
        view = platform_date(now, book.in_force_at(now).calendar.timezone)
    rule_set = book.in_force(view)
    with recorded(store, JOB_NAME, {"view_date": view.isoformat()}, now) as run:
        summary: dict[str, int] = {}
        with transaction(store) as connection:
            summary |= events.appeal_windows(connection, rule_set, view, now)
        with transaction(store) as connection:
            summary[events.RADAR_DEADLINE_NEAR] = events.radar_deadlines(
                connection, book, rule_set, view, now
            )
        with transaction(store) as connection:
            summary |= events.star_changes(connection, rule_set, view, now)
        with transaction(store) as connection:
            summary[events.RULE_CHANGE_ANNOUNCED] = events.rule_changes(connection, book, view, now)
        with transaction(store) as connection:
            summary[events.COUPON_CLAIMABLE] = events.claimable_coupons(
                connection, rule_set, view, now
            )
        run.summary = summary
    return summary
