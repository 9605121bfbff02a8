"""What the venue's API and page share: who may read, the request a query string makes,
the cursors of the pages, and the refusals in both languages."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import HTTPException, Request

from sellerstar.domain import cursors
from sellerstar.domain.access import Principal
from sellerstar.domain.reviews import BuyerTier
from sellerstar.domain.samples import Placement
from sellerstar.domain.venue import FEEDS, VenueRefusal, VenueRefused
from sellerstar.queries import venue
from sellerstar.rules import RuleBook
from sellerstar.services import page_cursor_key
from sellerstar.store.db import transaction
from sellerstar.web.deps import today
from sellerstar.web.words import venue as words
from sellerstar.web.words.logistics import Text


@dataclass(frozen=True)
class Filters:
    """A feed's filters as given (empty = not given)."""

    industry: str = ""
    leaf_category: str = ""
    merchant_id: str = ""

    def given(self) -> dict[str, str]:
        return {name: value for name, value in self.__dict__.items() if value}


def lowest_tier(book: RuleBook, at: dt.datetime) -> tuple[dt.date, BuyerTier | None]:
    """The platform day and the lowest tier that sees the venue (None: not open)."""
    day = today(book, at)
    section = book.in_force(day).sample_venue
    return day, None if section is None else BuyerTier(section.min_buyer_tier)


def check_reader(
    connection: sa.Connection, principal: Principal, book: RuleBook, at: dt.datetime
) -> None:
    """Refuse (``VenueRefused``) a caller who may not read the venue on the day of ``at``."""
    day, lowest = lowest_tier(book, at)
    venue.check_reader(connection, principal, lowest, day)


def refusal_text(refused: VenueRefused) -> Text:
    """The refusal's sentence with its numbers."""
    return words.refusal_text(
        refused.code,
        date=str(refused.day or ""),
        tier=refused.tier or "",
        lowest=refused.lowest or "",
    )


def refusal_status(refused: VenueRefused) -> int:
    """404 when there is no venue that day, 403 when the caller may not see it."""
    return 404 if refused.code == VenueRefusal.NOT_OPEN else 403


def _invalid(text: Text) -> HTTPException:
    return HTTPException(422, text.render("en"))


def checked_filters(placement: Placement, filters: Filters, size: int | None) -> int:
    """The page size to use; 422 for a filter the placement does not take, a required one
    missing, two exclusive ones together or a size over the placement's maximum."""
    feed = FEEDS[placement]
    given = filters.given()
    for name in given:
        if name not in feed.filters:
            raise _invalid(Text(words.FILTER_NOT_OFFERED, {"name": name}))
    for name in feed.required:
        if name not in given:
            raise _invalid(Text(words.FILTER_REQUIRED, {"name": name}))
    if len(feed.exclusive) == 2 and all(name in given for name in feed.exclusive):
        first, second = feed.exclusive
        raise _invalid(Text(words.FILTERS_EXCLUSIVE, {"first": first, "second": second}))
    if size is not None and size > feed.max_size:
        raise _invalid(Text(words.SIZE_TOO_LARGE, {"max": feed.max_size}))
    return feed.default_size if size is None else size


def cursor_key(request: Request) -> bytes:
    """The store's cursor key, read (or made) once per app."""
    key: bytes | None = getattr(request.app.state, "venue_cursor_key", None)
    if key is None:
        with transaction(request.app.state.engine) as connection:
            key = page_cursor_key.cursor_key(connection)
        request.app.state.venue_cursor_key = key
    return key


def _cursor_payload(placement: Placement, filters: Filters, after: int) -> dict[str, object]:
    # The feed and a digest of its filters are signed too: a cursor of one list cannot page
    # another, and a cursor stays short however long the filter values are.
    given = json.dumps(filters.given(), sort_keys=True).encode("utf-8")
    digest = hashlib.sha256(given).hexdigest()[:16]
    return {"after": after, "feed": placement.value, "filters": digest}


def next_cursor(
    request: Request, placement: Placement, filters: Filters, page: venue.FeedPage
) -> str | None:
    """The cursor of the page after ``page`` (None when it is the last)."""
    if not page.more or not page.items:
        return None
    payload = _cursor_payload(placement, filters, page.items[-1].registration_id)
    return cursors.sign(cursor_key(request), payload)


def cursor_start(
    request: Request, placement: Placement, filters: Filters, cursor: str | None
) -> int | None:
    """The registration a page starts after; 400 for a cursor not issued for this list."""
    if not cursor:
        return None
    try:
        payload = cursors.verify(cursor_key(request), cursor)
    except cursors.BadCursor as exc:
        raise HTTPException(400, words.BAD_CURSOR) from exc
    after = payload.get("after")
    if not isinstance(after, int) or payload != _cursor_payload(placement, filters, after):
        raise HTTPException(400, words.BAD_CURSOR)
    return after
