"""Logistics performance and tracking detail pages and the order CSV (rulebook §1.5), for
merchant users under /m and operators under /ops/merchants/{id}.

Both audiences get the same templates through the same queries; only the Scope differs.
The guaranteed-delivery page is in ``guaranteed_delivery``, the JSON API in ``logistics_api``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from markupsafe import Markup

from sellerstar.domain.access import Scope, scope_for_merchant_user
from sellerstar.domain.carriers import CARRIERS
from sellerstar.queries import logistics as q
from sellerstar.queries.freshness import Fingerprint, metrics_fingerprint
from sellerstar.queries.scope import scope_for_operator
from sellerstar.queries.tracking_detail import order_detail
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import TrackingVisibility
from sellerstar.web import logistics_text as words
from sellerstar.web.auth import Merchant, Now, Operator, ReadConnection
from sellerstar.web.i18n import N_, translations
from sellerstar.web.list_words import list_words
from sellerstar.web.page_cache import PageCache
from sellerstar.web.templating import render, render_part

router = APIRouter(include_in_schema=False)

PER_PAGE = 20
PROOF_REASONS = {
    "bad_format": N_("The tracking number does not have the format of this carrier."),
    "unknown_carrier": N_("This carrier is not known."),
    "empty": N_("Enter the tracking number."),
    "refused": N_("This logistics proof cannot be replaced."),
}
_CSV_FLUSH_ROWS = 500


@dataclass(frozen=True)
class ListParams:
    """The order list's filters, as the page, the CSV and the API take them."""

    stat_date: dt.date | None = None
    untrackable: bool = False
    q: str = ""
    page: int = 1

    def link(self, base: str, **changes: object) -> str:
        """``base`` with these filters (and ``changes``) as the query string."""
        values = {**self.__dict__, **changes}
        query = {
            "stat_date": values["stat_date"].isoformat() if values["stat_date"] else None,
            "untrackable": "1" if values["untrackable"] else None,
            "q": values["q"] or None,
            "page": values["page"] if values["page"] != 1 else None,
        }
        text = urlencode({k: v for k, v in query.items() if v is not None})
        return f"{base}?{text}" if text else base


async def list_params(
    stat_date: Annotated[dt.date | None, Query(description="A computed stat date.")] = None,
    untrackable: Annotated[bool, Query(description="Only orders shown as untrackable.")] = False,
    q: Annotated[str, Query(max_length=64, description="Part of an order number.")] = "",
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page, from 1.")] = 1,
) -> ListParams:
    """Dependency: the order-list filters of the query string."""
    return ListParams(stat_date, untrackable, q.strip(), page)


Filters = Annotated[ListParams, Depends(list_params)]


@dataclass(frozen=True)
class Listing:
    """The headline and the order list of one request."""

    overview: q.Overview
    choices: list[dt.date]
    wanted: q.OrderFilter | None  # None: no stat date has judged orders yet
    rules: TrackingVisibility | None  # of the chosen stat date
    window: q.ShipWindow | None
    fingerprint: Fingerprint  # of the figures the headline shows


def listing(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime, params: ListParams
) -> Listing:
    """The overview, the stat dates to choose from and the chosen filter (422 when the
    stat date asked for is not one of them). The first two are kept until the metric job
    writes the merchant's figures again."""
    book: RuleBook = request.app.state.rulebook
    cache: PageCache = request.app.state.page_cache
    fingerprint = metrics_fingerprint(connection, scope.merchant_id)

    def headline() -> tuple[q.Overview, list[dt.date]]:
        overview = q.overview(connection, scope, book, at)
        newest = overview.stat_date
        days = [] if newest is None else q.stat_date_choices(connection, scope.merchant_id, newest)
        return overview, days

    overview, choices = cache.get_or_make(
        ("logistics-headline", scope, q.today(book, at), fingerprint), headline
    )
    if params.stat_date is not None and params.stat_date not in choices:
        raise HTTPException(
            422, N_("choose a stat date from the list: the computed dates of the last month")
        )
    chosen = params.stat_date or (choices[0] if choices else None)
    if chosen is None:
        return Listing(overview, choices, None, None, None, fingerprint)
    rules = book.for_stat_date(chosen).tracking_visibility
    wanted = q.OrderFilter(chosen, params.untrackable, params.q)
    window = q.ship_window(chosen, rules) if rules else None
    return Listing(overview, choices, wanted, rules, window, fingerprint)


def base_path(scope: Scope) -> str:
    """Where the scope's pages live: /m or /ops/merchants/{id}."""
    return f"/ops/merchants/{scope.merchant_id}" if scope.by_operator else "/m"


def _logistics_page(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime, params: ListParams
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    found = listing(request, connection, scope, at, params)
    page = appeals = None
    if found.wanted is not None:
        page = q.order_page(connection, scope, found.wanted, params.page, PER_PAGE)
        newest = found.overview.stat_date
        appeals = q.listed_appeal_states(connection, scope, newest, found.wanted, page.rows)
    base = base_path(scope)
    return render(
        request,
        "logistics.html",
        {
            "scope": scope,
            "base": base,
            "summary": _summary(request, scope, found),
            "found": found,
            "ov": found.overview,
            "params": params,
            "page": page,
            "appeals": appeals,
            "list_url": f"{base}/logistics",
            "csv_url": params.link(f"{base}/logistics/orders.csv", page=1),
            "calendar": book.in_force_at(at).calendar,
            "list_words": list_words,
            **words.TEMPLATE_WORDS,
        },
    )


def _summary(request: Request, scope: Scope, found: Listing) -> Markup:
    """The headline section, rendered once per scope, day, language and figures."""
    cache: PageCache = request.app.state.page_cache
    context = {"scope": scope, "ov": found.overview, **words.TEMPLATE_WORDS}
    key = ("logistics-summary", scope, found.overview.today, request.state.locale)
    return cache.get_or_make(
        key + found.fingerprint, lambda: render_part(request, "_logistics_summary.html", context)
    )


@router.get("/m/logistics")
def merchant_logistics(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, params: Filters
) -> HTMLResponse:
    """The logistics-performance page of a merchant user (a sub-account: its own orders)."""
    return _logistics_page(request, connection, scope_for_merchant_user(auth.principal), at, params)


@router.get("/ops/merchants/{merchant_id}/logistics")
def operator_logistics(
    request: Request,
    merchant_id: str,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    params: Filters,
) -> HTMLResponse:
    """A merchant's logistics-performance page as its main account sees it."""
    scope = scope_for_operator(connection, merchant_id)
    return _logistics_page(request, connection, scope, at, params)


def _csv(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime, params: ListParams
) -> StreamingResponse:
    book: RuleBook = request.app.state.rulebook
    found = listing(request, connection, scope, at, params)
    locale: str = request.state.locale
    zone = book.in_force_at(at).calendar.timezone
    stamp = found.wanted.stat_date.isoformat() if found.wanted else "none"
    lines = _csv_lines(connection, scope, found, locale, zone)
    return StreamingResponse(
        lines,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="orders-{scope.merchant_id}-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )


def _csv_lines(
    connection: sa.Connection, scope: Scope, found: Listing, locale: str, zone: str
) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # The BOM makes Excel read the file as UTF-8 (Chinese headers and reasons).
    buffer.write("\ufeff")
    writer.writerow([words.Text(column).render(locale) for column in words.CSV_COLUMNS])
    if found.wanted is None or found.rules is None:
        yield buffer.getvalue()
        return
    say = translations(locale).gettext
    platform_zone = ZoneInfo(zone)
    # The request's connection: it is released after the response is sent (a second one
    # per download would let concurrent downloads exhaust the pool while holding it).
    for count, row in enumerate(q.stream_orders(connection, scope, found.wanted), 1):
        shipped = row.shipped_at.astimezone(platform_zone) if row.shipped_at else None
        writer.writerow(
            [
                row.order_id,
                words.country_name(row.destination_country, locale),
                say(words.EXPORT_MODES.get(row.export_mode, row.export_mode)),
                say(words.TRANSPORTS.get(row.transport, row.transport)),
                row.trade_term,
                shipped.strftime("%Y-%m-%d %H:%M") if shipped else "",
                say(words.YES_NO[row.shown_pass]),
                words.reason_text(row.reason, found.rules).render(locale),
            ]
        )
        if count % _CSV_FLUSH_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@router.get("/m/logistics/orders.csv")
def merchant_orders_csv(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, params: Filters
) -> StreamingResponse:
    """The filtered order list as CSV (UTF-8 with BOM, headers in the UI language)."""
    return _csv(request, connection, scope_for_merchant_user(auth.principal), at, params)


@router.get("/ops/merchants/{merchant_id}/logistics/orders.csv")
def operator_orders_csv(
    request: Request,
    merchant_id: str,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    params: Filters,
) -> StreamingResponse:
    """A merchant's filtered order list as CSV."""
    return _csv(request, connection, scope_for_operator(connection, merchant_id), at, params)


def _tracking_page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    order_id: str,
    at: dt.datetime,
    proof_error: dict[str, object] | None = None,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    detail = order_detail(connection, scope, order_id, book, at)
    base = base_path(scope)
    return render(
        request,
        "tracking.html",
        {
            "scope": scope,
            "base": base,
            "detail": detail,
            "back_url": f"{base}/logistics",
            "calendar": book.in_force_at(at).calendar,
            "carriers": sorted(CARRIERS.values(), key=lambda c: c.name),
            "proof_error": proof_error,
            "replaced": request.query_params.get("replaced"),
            "number_reasons": PROOF_REASONS,
            **words.TEMPLATE_WORDS,
        },
    )


@router.get("/m/logistics/orders/{order_id}")
def merchant_tracking(
    request: Request, order_id: str, auth: Merchant, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The tracking detail of one of the user's orders."""
    scope = scope_for_merchant_user(auth.principal)
    return _tracking_page(request, connection, scope, order_id, at)


@router.get("/ops/merchants/{merchant_id}/logistics/orders/{order_id}")
def operator_tracking(
    request: Request,
    merchant_id: str,
    order_id: str,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
) -> HTMLResponse:
    """The tracking detail of one order of a merchant."""
    scope = scope_for_operator(connection, merchant_id)
    return _tracking_page(request, connection, scope, order_id, at)
