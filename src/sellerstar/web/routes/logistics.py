"""Logistics performance and tracking detail pages and the order CSV (rulebook §1.5), for
merchant users under /m and operators under /ops/merchants/{id}.

Both audiences get the same templates through the same queries; only the Scope differs.
The guaranteed-delivery page is in ``guaranteed_delivery``, the JSON API in ``logistics_api``;
what they share is in ``web.logistics_views``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from markupsafe import Markup

from sellerstar.domain.access import Scope
from sellerstar.queries import logistics_orders as qo
from sellerstar.queries.order_state import OrderState, live_states
from sellerstar.queries.tracking_detail import order_detail
from sellerstar.rules.book import RuleBook
from sellerstar.web.auth import Now, ReadConnection
from sellerstar.web.deps import MerchantScope, base_path, merchant_route
from sellerstar.web.i18n import N_, translations
from sellerstar.web.logistics_views import (
    PER_PAGE,
    Filters,
    Listing,
    ListParams,
    listing,
    tracking_page,
)
from sellerstar.web.page_cache import PageCache
from sellerstar.web.templating import render, render_part
from sellerstar.web.words import logistics as words
from sellerstar.web.words.lists import list_words

router = APIRouter(include_in_schema=False)
_CSV_FLUSH_ROWS = 500


def _logistics_page(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime, params: ListParams
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    found = listing(request, connection, scope, at, params)
    page = live = None
    if found.wanted is not None:
        page = qo.order_page(connection, scope, found.wanted, params.page, PER_PAGE)
        live = live_states(connection, scope, book, at, [row.order_id for row in page.rows])
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
            "live": live,
            "list_url": f"{base}/logistics",
            "detail_query": params.link(""),
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


@merchant_route(router, "/logistics")
def logistics_page(
    request: Request, scope: MerchantScope, connection: ReadConnection, at: Now, params: Filters
) -> HTMLResponse:
    """The logistics-performance page: a merchant user's (a sub-account: its own orders),
    or a merchant's as its main account sees it (operators)."""
    return _logistics_page(request, connection, scope, at, params)


def _csv(
    request: Request, connection: sa.Connection, scope: Scope, at: dt.datetime, params: ListParams
) -> StreamingResponse:
    book: RuleBook = request.app.state.rulebook
    found = listing(request, connection, scope, at, params)
    locale: str = request.state.locale
    zone = book.in_force_at(at).calendar.timezone
    stamp = found.wanted.stat_date.isoformat() if found.wanted else "none"
    lines = _csv_lines(
        connection,
        scope,
        found,
        locale,
        zone,
        lambda ids: live_states(connection, scope, book, at, ids),
    )
    return StreamingResponse(
        lines,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="orders-{scope.merchant_id}-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )


def _csv_lines(
    connection: sa.Connection,
    scope: Scope,
    found: Listing,
    locale: str,
    zone: str,
    states: Callable[[list[str]], dict[str, OrderState]],
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
    # The live state (appeal, deadline) is read per batch of rows, as they stream.
    rows = qo.stream_orders(connection, scope, found.wanted)
    while chunk := list(islice(rows, _CSV_FLUSH_ROWS)):
        live = states([row.order_id for row in chunk])
        for row in chunk:
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
                    *words.live_columns(live.get(row.order_id), locale),
                ]
            )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


@merchant_route(router, "/logistics/orders.csv")
def orders_csv(
    request: Request, scope: MerchantScope, connection: ReadConnection, at: Now, params: Filters
) -> StreamingResponse:
    """The filtered order list as CSV (UTF-8 with BOM, headers in the UI language)."""
    return _csv(request, connection, scope, at, params)


@merchant_route(router, "/logistics/orders/{order_id}")
def tracking(
    request: Request,
    order_id: str,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    params: Filters,
) -> HTMLResponse:
    """The tracking detail of one order in the scope; the list's filters in the query
    string are kept for the way back."""
    return tracking_page(request, connection, scope, order_id, at, params=params)


@merchant_route(router, "/logistics/orders/{order_id}/shipments/{shipment_id}/tracking.csv")
def tracking_csv(
    request: Request,
    order_id: str,
    shipment_id: str,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
) -> StreamingResponse:
    """One shipment batch's tracking events as CSV (the seed's 下载 on the tracking view):
    newest first, each marked pre-advice or not and with its source."""
    book: RuleBook = request.app.state.rulebook
    detail = order_detail(connection, scope, order_id, book, at)
    batch = next((b for b in detail.batches if b.shipment_id == shipment_id), None)
    if batch is None:
        raise HTTPException(404, N_("No such shipment batch of this order."))
    locale: str = request.state.locale
    zone = ZoneInfo(book.in_force_at(at).calendar.timezone)
    say = translations(locale).gettext
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([say(column) for column in words.EVENT_CSV_COLUMNS])
    for event in batch.events:
        writer.writerow(
            [
                event.event_time.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                event.location or "",
                event.description,
                say(words.EVENT_SOURCES.get(event.source, event.source)),
                say(words.YES_NO[event.pre_advice]),
                say(words.YES_NO[event.counts]),
            ]
        )
    name = re.sub(r"[^A-Za-z0-9_-]", "_", f"tracking-{order_id}-{batch.tracking_number}")
    return StreamingResponse(
        _once(buffer.getvalue()),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{name}.csv"',
            "Cache-Control": "no-store",
        },
    )


def _once(text: str) -> Iterable[str]:
    yield text
