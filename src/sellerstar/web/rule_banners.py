"""The rule-change banner of a merchant page: the announced changes of the page's areas,
from their announcement until ``new_for_days`` after they take effect (rule-set
configuration), on the platform date of the request (docs/rule-changes.md).

Every page rendered through :func:`sellerstar.web.templating.render` asks here; only
merchant users and operators get banners (buyers do not see the changelog).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fastapi import Request

from sellerstar.domain.access import STAFF_ROLES
from sellerstar.domain.calendar import platform_date
from sellerstar.rules import RuleBook
from sellerstar.rules.announcements import ChangeArea, RuleSetChanges, announcements, banners
from sellerstar.web.rule_change_text import described

# The areas each merchant page is about (the path after /m or /ops/merchants/{id}).
PAGE_AREAS: tuple[tuple[str, frozenset[ChangeArea]], ...] = (
    ("/stars", frozenset({ChangeArea.STAR_LEVEL, ChangeArea.PENALTY_POINTS})),
    ("/penalty-points", frozenset({ChangeArea.PENALTY_POINTS})),
    ("/logistics", frozenset({ChangeArea.TRACKING_VISIBILITY})),
    ("/appeals", frozenset({ChangeArea.TRACKING_VISIBILITY})),
    ("/guaranteed-delivery", frozenset({ChangeArea.GUARANTEED_DELIVERY})),
    ("/guarantee-service", frozenset({ChangeArea.GUARANTEED_DELIVERY})),
    ("/radar", frozenset({ChangeArea.PRODUCT_RADAR, ChangeArea.PENALTY_POINTS})),
    ("/reviews", frozenset({ChangeArea.REVIEWS})),
    ("/samples", frozenset({ChangeArea.SAMPLE_VENUE})),
)
_MERCHANT_PAGE = re.compile(r"^(?:/m|/ops/merchants/[^/]+)(/[^/]+)")
# Sentences a banner shows before it points to the changelog for the rest.
BANNER_SENTENCES = 3


def areas_of_page(path: str) -> frozenset[ChangeArea]:
    """The areas of the merchant page at ``path`` (none for any other page).

    >>> sorted(areas_of_page("/ops/merchants/M1/logistics/orders/O1"))
    [<ChangeArea.TRACKING_VISIBILITY: 'tracking_visibility'>]
    >>> areas_of_page("/ops/jobs")
    frozenset()
    """
    match = _MERCHANT_PAGE.match(path)
    if match is None:
        return frozenset()
    return next((areas for tail, areas in PAGE_AREAS if tail == match[1]), frozenset())


def all_announcements(request: Request) -> tuple[RuleSetChanges, ...]:
    """The app's announcements, made from its rulebook on first use."""
    state = request.app.state
    found: tuple[RuleSetChanges, ...] | None = getattr(state, "rule_changes", None)
    if found is None:
        book: RuleBook = state.rulebook
        found = state.rule_changes = announcements(book)
    return found


def banners_for(request: Request) -> list[dict[str, Any]]:
    """The banners of this page for its signed-in user, described in the page's language."""
    auth = getattr(request.state, "auth", None)
    at: dt.datetime | None = getattr(request.state, "now", None)
    areas = areas_of_page(request.url.path)
    if auth is None or auth.principal.role not in STAFF_ROLES or at is None or not areas:
        return []
    book: RuleBook = request.app.state.rulebook
    day = platform_date(at, book.in_force_at(at).calendar.timezone)
    shown = described(banners(all_announcements(request), day, areas), day, request.state.locale)
    for item in shown:
        sentences = [change["sentence"] for area in item["areas"] for change in area["changes"]]
        item["sentences"] = sentences[:BANNER_SENTENCES]
    return shown
