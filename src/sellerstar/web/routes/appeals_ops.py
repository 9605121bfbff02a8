"""Tracking appeals, the operators' pages (rulebook §1.4): the review queue (pending,
oldest first, with the time left on the review deadline) and the decided appeals, one
appeal's review with the shipment's tracking, and the decision.

Two operators deciding the same appeal at once: the service lets exactly one change it;
the other gets the review page again, 409, saying who decided it and how.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.appeals import AppealState
from sellerstar.queries import appeals as q
from sellerstar.queries.scope import scope_for_operator
from sellerstar.queries.tracking_detail import Batch, order_detail
from sellerstar.rules import RuleBook
from sellerstar.services.appeal_supplements import request_supplement
from sellerstar.services.appeals import AppealAlreadyDecided, AppealRefused, decide
from sellerstar.store.db import transaction
from sellerstar.web.appeal_filing import refusal_status
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.i18n import N_, translations
from sellerstar.web.templating import render
from sellerstar.web.words import appeals as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
Tab = Literal["pending", "decided"]


@router.get("/ops/appeals")
def queue_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    tab: Tab = "pending",
    page: PageNumber = 1,
    done: Annotated[str | None, Query(max_length=128)] = None,
    status: Annotated[str | None, Query(max_length=32)] = None,
) -> HTMLResponse:
    """Pending appeals oldest first (overdue ones flagged), or the decided ones."""
    book: RuleBook = request.app.state.rulebook
    when = q.clock(book, at)
    found = (
        q.queue(connection, when, page) if tab == "pending" else q.decided(connection, when, page)
    )
    context = {
        "found": found,
        "tab": tab,
        "when": when,
        "done": done,
        "done_status": status,
        "calendar": book.in_force_at(at).calendar,
        "rules": book.in_force_at(at).tracking_visibility,
        **words.PAGE_WORDS,
    }
    return render(request, "ops_appeals.html", context)


def _batch(
    connection: sa.Connection, found: q.AppealDetail, book: RuleBook, at: dt.datetime
) -> Batch | None:
    scope = scope_for_operator(connection, found.row.merchant_id)
    detail = order_detail(connection, scope, found.row.order_id, book, at)
    return next((b for b in detail.batches if b.shipment_id == found.row.shipment_id), None)


def _review_page(
    request: Request,
    connection: sa.Connection,
    appeal_id: str,
    at: dt.datetime,
    error: Text | None = None,
    status_code: int = 200,
    chosen: dict[str, str] | None = None,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    found = q.detail(connection, appeal_id, None, q.clock(book, at))
    rule_set = book.in_force_at(found.row.submitted_at)
    context = {
        "appeal": found,
        "batch": _batch(connection, found, book, at),
        "operator": True,
        "error": error,
        "chosen": chosen or {},
        "deciders": words.DECIDERS,
        "calendar": rule_set.calendar,
        "rules": rule_set.tracking_visibility,
        **words.PAGE_WORDS,
    }
    return render(request, "ops_appeals_review.html", context, status_code)


@router.get("/ops/appeals/{appeal_id}")
def review_page(
    request: Request, appeal_id: str, _auth: Operator, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """One appeal to review: pre-check, evidence, tracking timeline, the decision form."""
    return _review_page(request, connection, appeal_id, at)


def already_decided_text(row: q.AppealRow, zone: str, locale: str) -> Text:
    """Who decided the appeal first, how, and when (for the operator who came second)."""
    say = translations(locale).gettext
    deciders = words.DECIDERS
    who = say(deciders[row.decided_by]) if row.decided_by in deciders else row.decided_by
    decided = row.decided_at
    when = decided.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M") if decided else "—"
    return Text(
        N_("This appeal was already decided by %(who)s at %(when)s: %(status)s."),
        {
            "who": who,
            "when": when,
            "status": say(words.STATUSES.get(row.status, row.status)),
        },
    )


@router.post("/ops/appeals/{appeal_id}/decision", dependencies=[CsrfChecked])
def decide_page(
    request: Request,
    appeal_id: str,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    decision: Annotated[Literal["approve", "reject"], Form()],
    reason: Annotated[str, Form(max_length=64)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Approve or reject with a listed reason (and text); then back to the queue."""
    book: RuleBook = request.app.state.rulebook
    try:
        with transaction(request.app.state.engine) as writing:
            state = decide(
                writing,
                appeal_id,
                words.DECISIONS[decision],
                reason,
                note,
                auth.principal,
                at,
                book=book,
            )
    except AppealAlreadyDecided:
        connection.rollback()  # read what the other operator committed
        found = q.detail(connection, appeal_id, None, q.clock(book, at))
        zone = book.in_force_at(at).calendar.timezone
        text = already_decided_text(found.row, zone, request.state.locale)
        return _review_page(request, connection, appeal_id, at, text, 409)
    except AppealRefused as refused:
        text = words.refusal_text(refused.code, refused.params, None)
        chosen = {"decision": decision, "reason": reason, "note": note}
        return _review_page(
            request, connection, appeal_id, at, text, refusal_status(refused.code), chosen
        )
    return RedirectResponse(f"/ops/appeals?done={appeal_id}&status={state.value}", status_code=303)


@router.post("/ops/appeals/{appeal_id}/supplement-request", dependencies=[CsrfChecked])
def supplement_request_page(
    request: Request,
    appeal_id: str,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    reason: Annotated[str, Form(max_length=64)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Ask the merchant for more material (seed FAQ 8); then back to the queue."""
    book: RuleBook = request.app.state.rulebook
    try:
        with transaction(request.app.state.engine) as writing:
            request_supplement(writing, appeal_id, reason, note, auth.principal, at, book=book)
    except AppealRefused as refused:
        connection.rollback()  # read what changed meanwhile
        text = words.refusal_text(refused.code, refused.params, None)
        chosen = {"decision": "supplement", "reason": reason, "note": note}
        return _review_page(
            request, connection, appeal_id, at, text, refusal_status(refused.code), chosen
        )
    return RedirectResponse(
        f"/ops/appeals?done={appeal_id}&status={AppealState.SUPPLEMENT_REQUESTED.value}",
        status_code=303,
    )
