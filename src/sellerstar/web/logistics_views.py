"""What the logistics pages, the proof form and the JSON API share: the order list's
filters and headline (rulebook §1.5) and the tracking detail page of one order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.access import Scope
from sellerstar.domain.carriers import CARRIERS, UNTRACKABLE
from sellerstar.queries import logistics as q
from sellerstar.queries import logistics_orders as qo
from sellerstar.queries.freshness import Fingerprint, metrics_fingerprint
from sellerstar.queries.tracking_detail import order_detail
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import TrackingVisibility
from sellerstar.web.deps import base_path
from sellerstar.web.i18n import N_
from sellerstar.web.page_cache import PageCache
from sellerstar.web.templating import render
from sellerstar.web.words import logistics as words

PER_PAGE = 20


@dataclass(frozen=True)
class ListParams:
    """The order list's filters, as the page, the CSV and the API take them."""

    stat_date: dt.date | None = None
    untrackable: bool = False
    q: str = ""
    page: int = 1
    sort: qo.Sort = "action"

    def link(self, base: str, **changes: object) -> str:
        """``base`` with these filters (and ``changes``) as the query string."""
        values = {**self.__dict__, **changes}
        query = {
            "stat_date": values["stat_date"].isoformat() if values["stat_date"] else None,
            "untrackable": "1" if values["untrackable"] else None,
            "q": values["q"] or None,
            "page": values["page"] if values["page"] != 1 else None,
            "sort": values["sort"] if values["sort"] != "action" else None,
        }
        text = urlencode({k: v for k, v in query.items() if v is not None})
        return f"{base}?{text}" if text else base


async def list_params(
    stat_date: Annotated[dt.date | None, Query(description="A computed stat date.")] = None,
    untrackable: Annotated[bool, Query(description="Only orders shown as untrackable.")] = False,
    q: Annotated[
        str, Query(max_length=64, description="Part of an order number or a tracking number.")
    ] = "",
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page, from 1.")] = 1,
    sort: Annotated[
        qo.Sort,
        Query(
            description="action (default): failing and appealable first, the soonest "
            "deadline first; shipped: newest ship date first.",
        ),
    ] = "action",
) -> ListParams:
    """Dependency: the order-list filters of the query string."""
    return ListParams(stat_date, untrackable, q.strip(), page, sort)


Filters = Annotated[ListParams, Depends(list_params)]


@dataclass(frozen=True)
class Listing:
    """The headline and the order list of one request."""

    overview: q.Overview
    choices: list[dt.date]
    wanted: qo.OrderFilter | None  # None: no stat date has judged orders yet
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
    wanted = qo.OrderFilter(chosen, params.untrackable, params.q, params.sort, overview.stat_date)
    window = q.ship_window(chosen, rules) if rules else None
    return Listing(overview, choices, wanted, rules, window, fingerprint)


def tracking_page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    order_id: str,
    at: dt.datetime,
    proof_error: dict[str, object] | None = None,
    params: ListParams | None = None,
) -> HTMLResponse:
    """The tracking detail page; ``params``: the list's filters, which its back link keeps."""
    book: RuleBook = request.app.state.rulebook
    detail = order_detail(connection, scope, order_id, book, at)
    base = base_path(scope)
    back = (params or ListParams()).link(f"{base}/logistics")
    return render(
        request,
        "tracking.html",
        {
            "scope": scope,
            "base": base,
            "detail": detail,
            "back_url": f"{back}#orders",
            "list_query": (params or ListParams()).link(""),
            "calendar": book.in_force_at(at).calendar,
            "carriers": sorted(CARRIERS.values(), key=lambda c: c.name),
            "proof_error": proof_error,
            "replaced": request.query_params.get("replaced"),
            "number_reasons": words.PROOF_REASONS,
            "proof_words": words.PROOF_WORDS,
            "untrackable": UNTRACKABLE,
            "carriers_by_code": CARRIERS,
            **words.TEMPLATE_WORDS,
        },
    )
