"""The time-based notification events of one view date (issue 19): what became true on
that day, told once through the outbox (:mod:`sellerstar.services.notifications`).

Each function takes the view date (platform time zone) and the rule-set in force on it,
finds the day's events and enqueues one message per event, keyed by (topic, subject) so a
re-run adds nothing. Figures are read as the merchant sees them on the view date: of stat
date view − data lag. ``docs/notification-events.md`` lists the topics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import radar as radar_rules
from sellerstar.domain.appeals import AppealRules, filing_window
from sellerstar.domain.calendar import platform_date, stat_date_for_view
from sellerstar.domain.radar import TaskStatus
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.rules.announcements import announcements
from sellerstar.services import notifications
from sellerstar.services.appeal_shipments import appeal_rules
from sellerstar.services.radar_tasks import task_rules
from sellerstar.store.market_tables import market_coupons, market_tools
from sellerstar.store.schema import (
    contract_tables,
    official_star_levels,
    order_tracking,
    star_evaluations,
    star_levels,
)

APPEAL_WINDOW_OPENED = "appeal_window_opened"
APPEAL_LAST_DAY = "appeal_last_day"
# appeal_decided is told by the decision itself: services.appeal_decisions.APPEAL_DECIDED.
RADAR_DEADLINE_NEAR = "radar_deadline_near"
STAR_PREDICTED_CHANGED = "star_predicted_changed"
STAR_BELOW_OFFICIAL = "star_below_official"
OFFICIAL_EVALUATION_PUBLISHED = "official_evaluation_published"
RULE_CHANGE_ANNOUNCED = "rule_change_announced"
COUPON_CLAIMABLE = "coupon_claimable"

_appeals = contract_tables["tracking_appeals"]
_merchants = contract_tables["merchants"]
_products = contract_tables["products"]
_tasks = contract_tables["radar_tasks"]


def _tell(
    connection: sa.Connection,
    now: dt.datetime,
    topic: str,
    events: Iterable[tuple[str, str | None, str, Mapping[str, Any]]],
) -> int:
    """Enqueue (merchant, account, subject, payload) events of ``topic``: how many were new."""
    return sum(
        notifications.enqueue(
            connection,
            merchant_id=merchant_id,
            account_id=account_id,
            topic=topic,
            subject_id=subject_id,
            payload=payload,
            now=now,
        )
        for merchant_id, account_id, subject_id, payload in events
    )


def appeal_windows(
    connection: sa.Connection, rule_set: RuleSet, view: dt.date, now: dt.datetime
) -> dict[str, int]:
    """Orders whose appeal window opens on ``view`` (open on its stat date, not on the one
    before: the first disclosure, or the metric's first stat date in the launch period),
    and failing orders not yet appealed whose window's last day is ``view``."""
    if rule_set.tracking_visibility is None:
        return {APPEAL_WINDOW_OPENED: 0, APPEAL_LAST_DAY: 0}
    rules = appeal_rules(rule_set)
    stat = stat_date_for_view(view, rules.data_lag_days)
    before = order_tracking.alias("before")
    open_today = sa.select(
        order_tracking.c.order_id,
        order_tracking.c.merchant_id,
        order_tracking.c.owner_account_id,
        order_tracking.c.ship_date,
    ).where(order_tracking.c.stat_date == stat, order_tracking.c.appeal_window_open)
    opened = connection.execute(
        open_today.where(
            ~sa.exists().where(
                before.c.order_id == order_tracking.c.order_id,
                before.c.stat_date == stat - dt.timedelta(days=1),
                before.c.appeal_window_open,
            )
        ).order_by(order_tracking.c.order_id)
    ).all()
    told_opened = _tell(
        connection,
        now,
        APPEAL_WINDOW_OPENED,
        (
            (row.merchant_id, row.owner_account_id, f"order:{row.order_id}:window",
             {"order_id": row.order_id, "last_day": _last_day(row.ship_date, rules)})
            for row in opened
        ),
    )  # fmt: skip
    # The window's last day from the domain (the launch period moves it, §1.4): of the
    # orders open on the stat date, those whose window closes on ``view``.
    closing = [
        row
        for row in connection.execute(open_today.order_by(order_tracking.c.order_id))
        if filing_window(row.ship_date, rules).closes == view
    ]
    # The stat date's row knows the appeals filed by its end; one filed since then (the
    # lag's days) covers the order too.
    appealed_since = {
        row.order_id
        for row in connection.execute(
            sa.select(_appeals.c.order_id, _appeals.c.submitted_at).where(
                _appeals.c.order_id.in_([row.order_id for row in closing])
            )
        )
        if platform_date(row.submitted_at, rule_set.calendar.timezone) > stat
    }
    told_last = _tell(
        connection,
        now,
        APPEAL_LAST_DAY,
        (
            (row.merchant_id, row.owner_account_id, f"order:{row.order_id}:last_day",
             {"order_id": row.order_id, "last_day": view.isoformat()})
            for row in closing
            if row.order_id not in appealed_since
        ),
    )  # fmt: skip
    return {APPEAL_WINDOW_OPENED: told_opened, APPEAL_LAST_DAY: told_last}


def _last_day(ship_date: dt.date, rules: AppealRules) -> str:
    return filing_window(ship_date, rules).closes.isoformat()


def radar_deadlines(
    connection: sa.Connection,
    book: RuleBook,
    rule_set: RuleSet,
    view: dt.date,
    now: dt.datetime,
) -> int:
    """Open radar tasks whose deadline (platform date) is the rule-set's
    ``remind_days_before_deadline`` days after ``view``."""
    radar = rule_set.product_radar
    if radar is None:
        return 0
    due_on = view + dt.timedelta(days=radar.remind_days_before_deadline)
    tasks = connection.execute(
        sa.select(
            _tasks.c.task_id,
            _tasks.c.product_id,
            _tasks.c.created_at,
            _products.c.merchant_id,
            _products.c.owner_account_id,
        )
        .join(_products, _products.c.product_id == _tasks.c.product_id)
        .where(_tasks.c.status == TaskStatus.OPEN.value)
        .order_by(_tasks.c.task_id)
    ).all()
    events = []
    for task in tasks:
        deadline = radar_rules.deadline(task.created_at, task_rules(book, task.created_at))
        if platform_date(deadline, rule_set.calendar.timezone) == due_on:
            payload = {
                "task_id": task.task_id,
                "product_id": task.product_id,
                "deadline": deadline.isoformat(),
            }
            events.append(
                (task.merchant_id, task.owner_account_id, f"radar:{task.task_id}:near", payload)
            )
    return _tell(connection, now, RADAR_DEADLINE_NEAR, events)


def star_changes(
    connection: sa.Connection, rule_set: RuleSet, view: dt.date, now: dt.datetime
) -> dict[str, int]:
    """The predicted star level of the view date's stat date against the stat date
    before (changed), and against the official level of the newest month published and
    evaluated by ``view`` (below it: once per official month and track)."""
    stat = stat_date_for_view(view, rule_set.calendar.data_lag_days)
    today = star_levels.alias("today")
    before = star_levels.alias("before")
    changed = connection.execute(
        sa.select(today.c.merchant_id, today.c.track, today.c.stars, before.c.stars.label("old"))
        .join(
            before,
            (before.c.merchant_id == today.c.merchant_id)
            & (before.c.track == today.c.track)
            & (before.c.stat_date == stat - dt.timedelta(days=1))
            & before.c.track_enabled,
        )
        .where(today.c.stat_date == stat, today.c.track_enabled, today.c.stars != before.c.stars)
        .order_by(today.c.merchant_id, today.c.track)
    ).all()
    told_changed = _tell(
        connection,
        now,
        STAR_PREDICTED_CHANGED,
        (
            (row.merchant_id, None, f"stars:{row.merchant_id}:{row.track}:{stat}",
             {"track": row.track, "old_stars": row.old, "new_stars": row.stars,
              "stat_date": stat.isoformat()})
            for row in changed
        ),
    )  # fmt: skip
    # The official level in force on the view date: the newest published month evaluated
    # by then.
    month = connection.execute(
        sa.select(sa.func.max(star_evaluations.c.month)).where(
            star_evaluations.c.evaluation_date <= view
        )
    ).scalar()
    told_below = 0
    if month is not None:
        below = connection.execute(
            sa.select(
                today.c.merchant_id,
                today.c.track,
                today.c.stars,
                official_star_levels.c.stars.label("official"),
            )
            .join(
                official_star_levels,
                (official_star_levels.c.merchant_id == today.c.merchant_id)
                & (official_star_levels.c.track == today.c.track)
                & (official_star_levels.c.month == month)
                & official_star_levels.c.track_enabled,
            )
            .where(
                today.c.stat_date == stat,
                today.c.track_enabled,
                today.c.stars < official_star_levels.c.stars,
            )
            .order_by(today.c.merchant_id, today.c.track)
        ).all()
        told_below = _tell(
            connection,
            now,
            STAR_BELOW_OFFICIAL,
            (
                (row.merchant_id, None, f"below:{row.merchant_id}:{row.track}:{month:%Y-%m}",
                 {"track": row.track, "predicted_stars": row.stars,
                  "official_stars": row.official, "stat_date": stat.isoformat()})
                for row in below
            ),
        )  # fmt: skip
    return {STAR_PREDICTED_CHANGED: told_changed, STAR_BELOW_OFFICIAL: told_below}


def rule_changes(connection: sa.Connection, book: RuleBook, view: dt.date, now: dt.datetime) -> int:
    """Every merchant, once per rule-set announced by ``view`` and not yet in effect."""
    due = [item for item in announcements(book) if item.announced <= view < item.effective]
    if not due:
        return 0
    merchants = (
        connection.execute(sa.select(_merchants.c.merchant_id).order_by(_merchants.c.merchant_id))
        .scalars()
        .all()
    )
    return _tell(
        connection,
        now,
        RULE_CHANGE_ANNOUNCED,
        (
            (merchant_id, None, f"rules:{item.rule_set_id}:{merchant_id}",
             {"rule_set_id": item.rule_set_id, "effective": item.effective.isoformat(),
              "announced": item.announced.isoformat()})
            for item in due
            for merchant_id in merchants
        ),
    )  # fmt: skip


def claimable_coupons(
    connection: sa.Connection, rule_set: RuleSet, view: dt.date, now: dt.datetime
) -> int:
    """On the service market's launch day: each eligible merchant's main account, one
    message per tool with coupons left that the merchant has not claimed yet."""
    market = rule_set.service_market
    if market is None or view != market.launch_date:
        return 0
    tools = connection.execute(
        sa.select(market_tools.c.tool_id, market_tools.c.name)
        .where(
            market_tools.c.listed,
            market_tools.c.launch_price_cny.is_not(None),
            market_tools.c.coupons_left > 0,
        )
        .order_by(market_tools.c.tool_id)
    ).all()
    merchants = (
        connection.execute(
            sa.select(_merchants.c.merchant_id)
            .where(_merchants.c.country.in_(list(market.eligible_merchant_countries)))
            .order_by(_merchants.c.merchant_id)
        )
        .scalars()
        .all()
    )
    claimed = {
        (row.tool_id, row.merchant_id)
        for row in connection.execute(
            sa.select(market_coupons.c.tool_id, market_coupons.c.merchant_id)
        )
    }
    return _tell(
        connection,
        now,
        COUPON_CLAIMABLE,
        (
            (merchant_id, None, f"coupon:{tool.tool_id}:{merchant_id}",
             {"tool_id": tool.tool_id, "tool_name": tool.name,
              "launch_date": market.launch_date.isoformat()})
            for tool in tools
            for merchant_id in merchants
            if (tool.tool_id, merchant_id) not in claimed
        ),
    )  # fmt: skip
