"""The discount sample venue's feeds in the JSON API (rulebook §4), one per placement.

Buyers of the rule-set's lowest tier (``sample_venue.min_buyer_tier``, L2) and above read
them, their tier read from ``buyers`` at each request; operators read them to check what
buyers see. A lower tier, a buyer without a row, or a day without the venue is refused
with the reason in English and Chinese (403, or 404 when the venue is not open); merchant
users are refused as any page not theirs (403). Pages are keyset-paged: ``next_cursor``
is opaque and signed, and a changed cursor, or one of another list, is a 400.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from sellerstar.domain.cursors import MAX_CURSOR_LENGTH
from sellerstar.domain.samples import Placement
from sellerstar.domain.venue import VenueRefused
from sellerstar.queries import venue
from sellerstar.store.base import ID_LENGTH
from sellerstar.web.auth import ApiVenueReader, Now, ReadConnection
from sellerstar.web.venue_feeds import (
    Filters,
    check_reader,
    checked_filters,
    cursor_start,
    next_cursor,
    refusal_status,
    refusal_text,
)
from sellerstar.web.words import venue as words
from sellerstar.web.words.logistics import Text

router = APIRouter(prefix="/api/v1/venue", tags=["venue"])
_Name = Annotated[str, Query(max_length=200)]


class VenueItem(BaseModel):
    """A product in the venue with its sample prices."""

    product_id: str
    title: str
    image_path: str | None
    industry: str
    leaf_category: str
    sample_price_usd: Decimal = Field(description="The original sample price.")
    discount_price_usd: Decimal = Field(description="The discounted sample price.")
    factor: Decimal | None = Field(description="Discounted ÷ original (0.6 = 至少6折).")
    growth_score: int
    registered_at: dt.datetime
    merchant_id: str
    merchant_name: str


class VenueFeed(BaseModel):
    """A page of a placement."""

    placement: Placement
    title: str = Field(description="The placement's name (English).")
    title_zh: str
    filters: dict[str, str]
    size: int
    items: list[VenueItem]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page.")


class Refusal(BaseModel):
    """Why the venue is not shown to this caller; a caller whose role may not use the venue
    (a merchant user) gets ``detail`` alone, as from any route."""

    detail: str
    detail_zh: str | None = Field(default=None, description="The reason in Chinese.")
    reason: str | None = Field(
        default=None, description="venue_not_open, not_a_buyer, unknown_buyer, tier_too_low"
    )
    buyer_tier: str | None = None
    min_tier: str | None = None


@router.get(
    "/{placement}",
    response_model=VenueFeed,
    responses={403: {"model": Refusal}, 404: {"model": Refusal}},
)
def feed(
    request: Request,
    placement: Placement,
    auth: ApiVenueReader,
    connection: ReadConnection,
    at: Now,
    industry: _Name = "",
    leaf_category: _Name = "",
    merchant_id: Annotated[str, Query(max_length=ID_LENGTH)] = "",
    size: Annotated[int | None, Query(ge=1, le=50)] = None,
    cursor: Annotated[str | None, Query(max_length=MAX_CURSOR_LENGTH)] = None,
) -> VenueFeed | JSONResponse:
    """One page of a placement, best first (the orders: ``docs/samples-venue.md``)."""
    try:
        check_reader(connection, auth.principal, request.app.state.rulebook, at)
    except VenueRefused as refused:
        return _refusal(refused)
    filters = Filters(industry, leaf_category, merchant_id)
    page_size = checked_filters(placement, filters, size)
    after = cursor_start(request, placement, filters, cursor)
    found = venue.feed_page(
        connection,
        venue.FeedRequest(placement, page_size, after, industry, leaf_category, merchant_id),
    )
    label = words.PLACEMENT_LABELS[placement]
    return VenueFeed(
        placement=placement,
        title=_in("en", label),
        title_zh=_in("zh", label),
        filters=filters.given(),
        size=page_size,
        items=[VenueItem(**_shown(item)) for item in found.items],
        next_cursor=next_cursor(request, placement, filters, found),
    )


def _in(locale: str, msgid: str) -> str:
    return Text(msgid).render(locale)


def _shown(item: venue.VenueItem) -> dict[str, object]:
    fields = dict(item.__dict__)
    del fields["registration_id"]
    return fields


def _refusal(refused: VenueRefused) -> JSONResponse:
    text = refusal_text(refused)
    body = Refusal(
        detail=text.render("en"),
        detail_zh=text.render("zh"),
        reason=refused.code.value,
        buyer_tier=refused.tier,
        min_tier=refused.lowest,
    )
    return JSONResponse(body.model_dump(), status_code=refusal_status(refused))
