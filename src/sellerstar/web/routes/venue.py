"""The buyer's page of the discount sample venue (rulebook §4): the sample centre, one
industry or all, paged by the same signed cursors as the API (``venue_api.py``).

Buyers of the lowest tier and above see it, operators too (to check); a lower tier, a
buyer without a row or a day without the venue get the refusal in words (403, 404).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sellerstar.domain.cursors import MAX_CURSOR_LENGTH
from sellerstar.domain.samples import Placement
from sellerstar.domain.venue import FEEDS, VenueRefused
from sellerstar.queries import venue
from sellerstar.web.auth import Now, ReadConnection, VenueViewer
from sellerstar.web.deps import today
from sellerstar.web.templating import render
from sellerstar.web.venue_feeds import (
    Filters,
    check_reader,
    cursor_start,
    next_cursor,
    refusal_status,
    refusal_text,
)
from sellerstar.web.words import venue as words

router = APIRouter(include_in_schema=False)


@router.get("/venue")
def venue_page(
    request: Request,
    auth: VenueViewer,
    connection: ReadConnection,
    at: Now,
    industry: Annotated[str, Query(max_length=200)] = "",
    cursor: Annotated[str | None, Query(max_length=MAX_CURSOR_LENGTH)] = None,
) -> HTMLResponse:
    """The sample centre: deepest discount first, newest first among equals."""
    book = request.app.state.rulebook
    try:
        check_reader(connection, auth.principal, book, at)
    except VenueRefused as refused:
        context = {"refusal": refusal_text(refused), "words": words}
        return render(request, "venue.html", context, refusal_status(refused))
    placement = Placement.SAMPLE_CENTRE
    filters = Filters(industry=industry)
    after = cursor_start(request, placement, filters, cursor)
    size = FEEDS[placement].default_size
    found = venue.feed_page(
        connection, venue.FeedRequest(placement, size, after, industry=industry)
    )
    section = book.in_force(today(book, at)).sample_venue
    context = {
        "refusal": None,
        "words": words,
        "industry": industry,
        "industries": [row.industry for row in section.industries] if section else [],
        "items": found.items,
        "next_cursor": next_cursor(request, placement, filters, found),
        "first_page": after is None,
    }
    return render(request, "venue.html", context)
