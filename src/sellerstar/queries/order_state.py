"""An order's live state: the one read model every page, the JSON API and the CSV show
(rulebook §1.4, §1.5; issue 18).

The metric's figures follow the data lag by design (the newest stat date is the view date
minus the lag, and the metric job reads appeals "submitted by" a stat date). What the
merchant did is shown as it stands now, next to them: the latest appeal of each current
shipment with its state and dates, a logistics proof re-uploaded, whether the appeal button
is open now, the appeal deadline and days left, and - when the stat has not caught up with
such a change - the view date on which it will ("统计将于 {date} 更新").

An appeal's state is the domain's (:class:`~sellerstar.domain.appeals.AppealState`):
the states the transition table leaves (``pending``, and any state added later that
awaits a decision or the merchant) are open, the others decided; the pages put words on
the state code, so a new state shows through its word without a change here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from sellerstar.domain import tracking_visibility as predicates
from sellerstar.domain.access import Scope
from sellerstar.domain.appeals import TRANSITIONS, AppealRules, FilingWindow, filing_window
from sellerstar.domain.calendar import platform_date
from sellerstar.queries.logistics import Today, in_scope, newest_stat_date, today
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import RuleSet
from sellerstar.store.appeal_tables import appeal_reviews
from sellerstar.store.schema import contract_tables, order_tracking

_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_appeals = contract_tables["tracking_appeals"]
_events = contract_tables["tracking_events"]
_ot = order_tracking

# States an event may still leave: the appeal awaits the operator (or the merchant).
OPEN_STATES: frozenset[str] = frozenset(
    state.value for (state, _event) in TRANSITIONS if state is not None
)
# The deadline the appeal's review row carries for a state that awaits the merchant
# (services/appeal_supplements.py).
_STATE_DEADLINE_COLUMNS: dict[str, str] = {"supplement_requested": "supplement_due_on"}

LiveBlock = Literal[
    "operator", "out_of_window", "passing", "pending", "decided", "rejected", "reuploaded", "closed"
]


@dataclass(frozen=True)
class LiveAppeal:
    """The latest appeal of one shipment, as it stands now."""

    appeal_id: str
    shipment_id: str
    state: str  # an AppealState value
    submitted_on: dt.date  # platform dates
    decided_on: dt.date | None
    deadline: dt.date | None  # open: the review's due date, or the state's own deadline

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES


@dataclass(frozen=True)
class LiveShipment:
    """A current shipment batch (logistics document) of the order."""

    shipment_id: str
    carrier: str
    tracking_number: str
    uploaded_on: dt.date
    reupload: bool  # it replaced an earlier proof
    passing: bool  # enough platform events now (filing's test, rulebook §1.2)


@dataclass(frozen=True)
class OrderState:
    """What the pages say about an order now: the metric's verdict on the newest stat date
    and the merchant's own actions since, live."""

    order_id: str
    stat_date: dt.date | None  # the newest stat date; None: nothing computed
    trackable: bool | None  # shown_pass there; None: not judged on it
    reason: str | None
    shipments: tuple[LiveShipment, ...]
    appeals: dict[str, LiveAppeal]  # latest appeal per current shipment
    reuploaded_on: dt.date | None  # a proof re-uploaded after the newest stat date
    window: FilingWindow | None  # the appeal window, while the order may be appealed
    days_left: int | None  # view dates left in the window, today included
    allowed: bool
    blocked: LiveBlock | None
    stat_updates_on: dt.date | None  # view date the stat shows the latest change

    @property
    def appeal(self) -> LiveAppeal | None:
        """The appeal to show for the order: an open one first, else the latest."""
        found = sorted(self.appeals.values(), key=lambda a: (a.open, a.submitted_on, a.appeal_id))
        return found[-1] if found else None


@dataclass(frozen=True)
class _Judged:
    shown_pass: bool
    reason: str
    window_open: bool
    ship_date: dt.date


def appeal_rules(rule_set: RuleSet) -> AppealRules | None:
    """The appeal numbers of ``rule_set``; None before tracking visibility is in force."""
    tv = rule_set.tracking_visibility
    if tv is None:
        return None
    return AppealRules(
        first_disclosure_after_ship_days=tv.appeals.first_disclosure_after_ship_days,
        window_days=tv.appeals.window_days,
        review_sla_days=tv.appeals.review_sla_days,
        data_lag_days=rule_set.calendar.data_lag_days,
        min_backend_events=tv.min_events_to_pass,
        third_party_min_events=tv.appeals.third_party_min_events,
        third_party_min_real_events=tv.appeals.third_party_min_real_events,
    )


def live_states(
    connection: sa.Connection,
    scope: Scope,
    rulebook: RuleBook,
    now: dt.datetime,
    order_ids: Sequence[str],
) -> dict[str, OrderState]:
    """The live state of each of ``order_ids`` that ``scope`` may see (others are left
    out), in a fixed number of queries whatever their number."""
    when = today(rulebook, now)
    newest = newest_stat_date(connection, scope.merchant_id, when.stat_date)
    ids = _visible(connection, scope, order_ids)
    if not ids:
        return {}
    rule_set = rulebook.for_stat_date(newest or when.stat_date)
    rules = appeal_rules(rule_set)
    judged = _judgements(connection, scope, newest, ids)
    tv = rule_set.tracking_visibility
    counted = tv.counted_event_sources if tv else ()
    min_events = tv.min_events_to_pass if tv else 1
    shipments = _current_shipments(connection, ids, when.timezone, counted, min_events, now)
    appeals = _latest_appeals(connection, ids, when.timezone)
    return {
        order_id: _state(
            scope,
            when,
            newest,
            rules,
            order_id,
            judged.get(order_id),
            shipments.get(order_id, ()),
            appeals.get(order_id, {}),
        )
        for order_id in ids
    }


def _visible(connection: sa.Connection, scope: Scope, order_ids: Sequence[str]) -> list[str]:
    if not order_ids:
        return []
    found = set(
        connection.scalars(
            sa.select(_orders.c.order_id).where(
                _orders.c.order_id.in_(list(order_ids)),
                scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
            )
        )
    )
    return [order_id for order_id in dict.fromkeys(order_ids) if order_id in found]


def _judgements(
    connection: sa.Connection, scope: Scope, newest: dt.date | None, ids: list[str]
) -> dict[str, _Judged]:
    if newest is None:
        return {}
    rows = connection.execute(
        sa.select(
            _ot.c.order_id,
            _ot.c.shown_pass,
            _ot.c.reason,
            _ot.c.appeal_window_open,
            _ot.c.ship_date,
        ).where(_ot.c.stat_date == newest, _ot.c.order_id.in_(ids), in_scope(scope))
    )
    return {
        r.order_id: _Judged(r.shown_pass, r.reason, r.appeal_window_open, r.ship_date) for r in rows
    }


def _current_shipments(
    connection: sa.Connection,
    ids: list[str],
    zone: str,
    counted: Sequence[str],
    min_events: int,
    now: dt.datetime,
) -> dict[str, tuple[LiveShipment, ...]]:
    replaced = _shipments.alias("replaced")
    earlier = sa.exists().where(replaced.c.replaced_by == _shipments.c.shipment_id)
    rows = connection.execute(
        sa.select(
            _shipments.c.order_id,
            _shipments.c.shipment_id,
            _shipments.c.carrier,
            _shipments.c.tracking_number,
            _shipments.c.uploaded_at,
            earlier.label("reupload"),
        )
        .where(_shipments.c.order_id.in_(ids), _shipments.c.replaced_by.is_(None))
        .order_by(_shipments.c.uploaded_at, _shipments.c.shipment_id)
    ).all()
    events = _event_counts(connection, [(r.carrier, r.tracking_number) for r in rows], counted, now)
    found: dict[str, list[LiveShipment]] = {}
    for r in rows:
        found.setdefault(r.order_id, []).append(
            LiveShipment(
                r.shipment_id,
                r.carrier,
                r.tracking_number,
                platform_date(r.uploaded_at, zone),
                bool(r.reupload),
                predicates.passes(events.get((r.carrier, r.tracking_number), 0), min_events),
            )
        )
    return {order_id: tuple(batches) for order_id, batches in found.items()}


def _event_counts(
    connection: sa.Connection,
    parcels: list[tuple[str, str]],
    counted: Sequence[str],
    now: dt.datetime,
) -> dict[tuple[str, str], int]:
    """Distinct events (same time and text count once) of each parcel from the counted
    sources, received by ``now``: what filing tests a shipment by."""
    if not parcels or not counted:
        return {}
    wanted = set(parcels)
    rows = connection.execute(
        sa.select(
            _events.c.carrier,
            _events.c.tracking_number,
            _events.c.event_time,
            _events.c.description,
        )
        .where(
            _events.c.tracking_number.in_(sorted({number for _c, number in wanted})),
            _events.c.source.in_(list(counted)),
            _events.c.received_at <= now,
        )
        .distinct()
    )
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        key = (r.carrier, r.tracking_number)
        if key in wanted:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _latest_appeals(
    connection: sa.Connection, ids: list[str], zone: str
) -> dict[str, dict[str, LiveAppeal]]:
    """The latest appeal (latest submitted, ties by id) of each shipment of the orders."""
    extra = [
        appeal_reviews.c[name].label(f"deadline_{state}")
        for state, name in _STATE_DEADLINE_COLUMNS.items()
    ]
    rows = connection.execute(
        sa.select(
            _appeals.c.order_id,
            _appeals.c.appeal_id,
            _appeals.c.shipment_id,
            _appeals.c.status,
            _appeals.c.submitted_at,
            _appeals.c.decided_at,
            appeal_reviews.c.due_on,
            *extra,
        )
        .select_from(_appeals.outerjoin(appeal_reviews))
        .where(_appeals.c.order_id.in_(ids))
        .order_by(_appeals.c.submitted_at, _appeals.c.appeal_id)
    ).mappings()
    found: dict[str, dict[str, LiveAppeal]] = {}
    for r in rows:
        state = str(r["status"])
        submitted = platform_date(r["submitted_at"], zone)
        deadline: dt.date | None = None
        if state in OPEN_STATES:
            deadline = r.get(f"deadline_{state}") or r["due_on"]
        decided = r["decided_at"]
        found.setdefault(r["order_id"], {})[r["shipment_id"]] = LiveAppeal(
            r["appeal_id"],
            r["shipment_id"],
            state,
            submitted,
            None if decided is None or state in OPEN_STATES else platform_date(decided, zone),
            deadline,
        )
    return found


def _state(
    scope: Scope,
    when: Today,
    newest: dt.date | None,
    rules: AppealRules | None,
    order_id: str,
    judged: _Judged | None,
    shipments: tuple[LiveShipment, ...],
    all_appeals: dict[str, LiveAppeal],
) -> OrderState:
    current = {s.shipment_id for s in shipments}
    appeals = {sid: a for sid, a in all_appeals.items() if sid in current}
    reuploads = [s.uploaded_on for s in shipments if s.reupload]
    reuploaded_on = max(reuploads) if reuploads else None
    if newest is not None and reuploaded_on is not None and reuploaded_on <= newest:
        reuploaded_on = None
    # Changes of the merchant's (or an operator's) the newest stat date does not hold yet.
    changes = [a.submitted_on for a in appeals.values()]
    changes += [a.decided_on for a in appeals.values() if a.decided_on is not None]
    if reuploaded_on is not None:
        changes.append(reuploaded_on)
    unseen = [day for day in changes if newest is None or day > newest]
    updates_on = max(unseen) + dt.timedelta(days=when.lag_days) if unseen else None
    window = days_left = None
    blocked: LiveBlock | None
    if judged is None:
        blocked = "out_of_window"
    else:
        # The metric's window is open while a current failing shipment has no appeal;
        # since then the merchant may have appealed them all (or their events came).
        remaining = sum(1 for s in shipments if s.shipment_id not in appeals and not s.passing)
        if rules is not None and judged.window_open and not judged.shown_pass:
            window = filing_window(judged.ship_date, rules)
            # Open on the newest stat date; the view date may be later (a late job).
            if when.view_date <= window.closes:
                days_left = (window.closes - when.view_date).days + 1
        blocked = _block(judged, appeals, remaining if shipments else None, reuploaded_on)
        if blocked is None and days_left is None:
            blocked = "closed"
        if blocked is not None:
            window = days_left = None
    if blocked is None and scope.by_operator:
        blocked = "operator"
    return OrderState(
        order_id=order_id,
        stat_date=newest if judged is not None else None,
        trackable=judged.shown_pass if judged else None,
        reason=judged.reason if judged else None,
        shipments=shipments,
        appeals=appeals,
        reuploaded_on=reuploaded_on,
        window=window,
        days_left=days_left,
        allowed=blocked is None,
        blocked=blocked,
        stat_updates_on=updates_on,
    )


def _block(
    judged: _Judged,
    appeals: dict[str, LiveAppeal],
    remaining: int | None,
    reuploaded: dt.date | None,
) -> LiveBlock | None:
    """Why the order may not be appealed now (None: it may), first match wins.
    ``remaining``: current failing shipments without an appeal; None: no shipment is
    known (the metric's word holds)."""
    if remaining is None:
        remaining = 0 if appeals else 1
    if appeals and remaining <= 0:
        # Every failing current shipment has an appeal: under review, or decided.
        return "pending" if any(a.open for a in appeals.values()) else "decided"
    if judged.shown_pass or remaining <= 0:
        return "passing"
    if judged.reason == "appeal_pending":
        return "pending"
    if reuploaded is not None:
        return "reuploaded"
    if judged.window_open:
        return None
    return "rejected" if judged.reason == "appeal_rejected" else "closed"
