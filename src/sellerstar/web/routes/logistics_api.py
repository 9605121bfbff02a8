"""The logistics JSON API under /api/v1 (rulebook §1.5): the current tracking visibility
rate, the judged orders of a stat date and one order's tracking detail.

Merchant users (session or API token) see their own scope (a sub-account: its own
orders); operators name the merchant with ``merchant_id``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from sellerstar.queries import logistics as q
from sellerstar.queries import logistics_orders as qo
from sellerstar.queries.order_state import LiveAppeal, OrderState, live_states
from sellerstar.queries.tracking_detail import order_detail
from sellerstar.web.auth import ApiStaff, Now, ReadConnection
from sellerstar.web.deps import api_scope
from sellerstar.web.logistics_views import PER_PAGE, Filters, listing

router = APIRouter(prefix="/api/v1/logistics", tags=["logistics"])

MerchantParam = Annotated[
    str | None, Query(max_length=64, description="Operators: the merchant to show.")
]


class Summary(BaseModel):
    """The current tracking visibility rate of the caller's scope."""

    merchant_id: str
    account_id: str | None = Field(description="A sub-account's figures count its orders only.")
    view_date: dt.date
    stat_date: dt.date | None = Field(description="The newest computed stat date; null: none.")
    data_lag_days: int
    in_force: bool = Field(description="Whether the rate is in force on that stat date.")
    live_from_stat_date: dt.date | None
    ship_window_start: dt.date | None
    ship_window_end: dt.date | None
    orders: int | None
    passing: int | None
    rate: float | None


class Appeal(BaseModel):
    """The latest appeal of a current shipment batch, as it stands now."""

    appeal_id: str
    shipment_id: str
    state: str = Field(description="pending, approved, rejected (and any later state).")
    open: bool = Field(description="Awaiting a decision (or the merchant).")
    submitted_on: dt.date = Field(description="Platform date.")
    decided_on: dt.date | None
    deadline: dt.date | None = Field(
        description="Open appeals: the decision's due date, or the state's own deadline."
    )


class LiveState(BaseModel):
    """An order's state now: what the merchant did, live, beside the metric's verdict."""

    stat_date: dt.date | None = Field(description="The newest stat date.")
    trackable_now: bool | None = Field(description="shown_pass on the newest stat date.")
    reason_now: str | None
    appeals: list[Appeal] = Field(description="The latest appeal of each current batch.")
    proof_reuploaded_on: dt.date | None = Field(
        description="A logistics proof re-uploaded after the newest stat date."
    )
    appeal_allowed: bool
    appeal_blocked: str | None = Field(
        description="Why not: operator, out_of_window, passing, pending, decided, "
        "rejected, reuploaded, closed."
    )
    appeal_deadline: dt.date | None = Field(description="Last view date to file an appeal.")
    days_left: int | None = Field(description="View dates left to file, today included.")
    stat_updates_on: dt.date | None = Field(
        description="The view date on which the stat shows the latest change; null: it does."
    )


def _appeal(appeal: LiveAppeal) -> Appeal:
    return Appeal(
        appeal_id=appeal.appeal_id,
        shipment_id=appeal.shipment_id,
        state=appeal.state,
        open=appeal.open,
        submitted_on=appeal.submitted_on,
        decided_on=appeal.decided_on,
        deadline=appeal.deadline,
    )


def _live(state: OrderState) -> LiveState:
    return LiveState(
        stat_date=state.stat_date,
        trackable_now=state.trackable,
        reason_now=state.reason,
        appeals=[_appeal(a) for a in state.appeals.values()],
        proof_reuploaded_on=state.reuploaded_on,
        appeal_allowed=state.allowed,
        appeal_blocked=state.blocked,
        appeal_deadline=state.window.closes if state.window else None,
        days_left=state.days_left,
        stat_updates_on=state.stat_updates_on,
    )


class Order(BaseModel):
    """One judged order of a stat date."""

    order_id: str
    destination_country: str
    export_mode: str
    transport: str
    trade_term: str
    shipped_at: dt.datetime | None
    ship_date: dt.date
    trackable: bool = Field(description="What the merchant sees (shown_pass).")
    counted_pass: bool = Field(description="What enters the rate.")
    reason: str = Field(
        description="launch_exempt, newest_7_days_exempt, tracked, untracked, "
        "appeal_pending, appeal_approved or appeal_rejected."
    )
    carriers: list[str] = Field(description="Of the current shipment batches.")
    tracking_numbers: list[str]
    appeal_allowed: bool = Field(description="Now (live), as live.appeal_allowed.")
    appeal_blocked: str | None
    live: LiveState


class OrderList(BaseModel):
    """One page of the judged orders of a stat date."""

    stat_date: dt.date | None
    stat_dates: list[dt.date] = Field(description="The stat dates one may ask for.")
    ship_window_start: dt.date | None
    ship_window_end: dt.date | None
    total: int
    page: int
    per_page: int
    pages: int
    orders: list[Order]


class Event(BaseModel):
    """One tracking event of a parcel."""

    event_time: dt.datetime
    received_at: dt.datetime
    location: str | None
    description: str
    status: str | None
    source: str
    counts: bool = Field(description="From a source that counts automatically.")
    pre_advice: bool = Field(description="Label created, no parcel yet (rulebook §1.4).")
    uncertain: bool = Field(
        description="Judged a real scan, but in the pre-advice classifier's review band: an "
        "appeal resting on it goes to an operator."
    )


class Shipment(BaseModel):
    """One shipment batch with its events, newest first."""

    shipment_id: str
    carrier: str
    tracking_number: str
    transport: str
    uploaded_at: dt.datetime
    current: bool
    replaced_by: str | None
    trackable: bool | None
    appeal_status: str | None
    appeal: Appeal | None
    appeal_allowed: bool
    events: list[Event]


class OrderDetail(BaseModel):
    """An order's tracking: its judgement on the newest stat date and every batch."""

    order_id: str
    created_at: dt.datetime
    destination_country: str
    export_mode: str
    transport: str
    trade_term: str
    shipped_at: dt.datetime | None
    stat_date: dt.date | None
    trackable: bool | None
    reason: str | None
    appeal_allowed: bool
    appeal_blocked: str | None
    live: LiveState
    shipments: list[Shipment]


@router.get("/summary")
def summary(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantParam = None,
) -> Summary:
    """The current (newest) tracking visibility rate, its stat window and counts."""
    scope = api_scope(connection, auth.principal, merchant_id)
    ov = q.overview(connection, scope, request.app.state.rulebook, at)
    return Summary(
        merchant_id=scope.merchant_id,
        account_id=scope.account_id,
        view_date=ov.today.view_date,
        stat_date=ov.stat_date,
        data_lag_days=ov.today.lag_days,
        in_force=ov.window is not None,
        live_from_stat_date=ov.live_from,
        ship_window_start=ov.window.start if ov.window else None,
        ship_window_end=ov.window.end if ov.window else None,
        orders=ov.orders,
        passing=ov.passing,
        rate=ov.rate,
    )


@router.get("/orders")
def orders(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    params: Filters,
    merchant_id: MerchantParam = None,
) -> OrderList:
    """The judged orders of a stat date (default the newest), 20 per page: by default what
    needs action first (``sort=action``: failing with the appeal window open, the soonest
    deadline first), or newest ship date first (``sort=shipped``); ``untrackable`` keeps
    those shown as untrackable, ``q`` searches order and tracking numbers. Each order
    carries its live state (``live``: appeals, re-upload, deadline)."""
    scope = api_scope(connection, auth.principal, merchant_id)
    found = listing(request, connection, scope, at, params)
    if found.wanted is None:
        return OrderList(
            stat_date=None,
            stat_dates=found.choices,
            ship_window_start=None,
            ship_window_end=None,
            total=0,
            page=params.page,
            per_page=PER_PAGE,
            pages=1,
            orders=[],
        )
    page = qo.order_page(connection, scope, found.wanted, params.page, PER_PAGE)
    book = request.app.state.rulebook
    live = live_states(connection, scope, book, at, [r.order_id for r in page.rows])
    return OrderList(
        stat_date=found.wanted.stat_date,
        stat_dates=found.choices,
        ship_window_start=found.window.start if found.window else None,
        ship_window_end=found.window.end if found.window else None,
        total=page.total,
        page=page.page,
        per_page=page.per_page,
        pages=page.pages,
        orders=[
            Order(
                order_id=r.order_id,
                destination_country=r.destination_country,
                export_mode=r.export_mode,
                transport=r.transport,
                trade_term=r.trade_term,
                shipped_at=r.shipped_at,
                ship_date=r.ship_date,
                trackable=r.shown_pass,
                counted_pass=r.counted_pass,
                reason=r.reason,
                carriers=[s.carrier for s in live[r.order_id].shipments],
                tracking_numbers=[s.tracking_number for s in live[r.order_id].shipments],
                appeal_allowed=live[r.order_id].allowed,
                appeal_blocked=live[r.order_id].blocked,
                live=_live(live[r.order_id]),
            )
            for r in page.rows
        ],
    )


@router.get("/orders/{order_id}")
def order(
    request: Request,
    order_id: str,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantParam = None,
) -> OrderDetail:
    """One order's tracking detail: every shipment batch and its events (404 when the
    order is not the caller's to see)."""
    scope = api_scope(connection, auth.principal, merchant_id)
    d = order_detail(connection, scope, order_id, request.app.state.rulebook, at)
    judged = d.judgement
    return OrderDetail(
        order_id=d.order_id,
        created_at=d.created_at,
        destination_country=d.destination_country,
        export_mode=d.export_mode,
        transport=d.transport,
        trade_term=d.trade_term,
        shipped_at=d.shipped_at,
        stat_date=judged.stat_date if judged else None,
        trackable=judged.shown_pass if judged else None,
        reason=judged.reason if judged else None,
        appeal_allowed=d.live.allowed,
        appeal_blocked=d.live.blocked,
        live=_live(d.live),
        shipments=[
            Shipment(
                shipment_id=b.shipment_id,
                carrier=b.carrier,
                tracking_number=b.tracking_number,
                transport=b.transport,
                uploaded_at=b.uploaded_at,
                current=b.current,
                replaced_by=b.replaced_by,
                trackable=b.trackable,
                appeal_status=b.appeal_status,
                appeal=_appeal(b.appeal) if b.appeal else None,
                appeal_allowed=b.appeal_allowed,
                events=[Event(**e.__dict__) for e in b.events],
            )
            for b in d.batches
        ],
    )
