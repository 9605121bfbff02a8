"""Rule-change announcements: the changelog page and its JSON API (docs/rule-changes.md).

Both list every rule-set change with its dates, grouped by area, a sentence per change in
the reader's language; the page puts the upcoming changes first. Merchant users and
operators only: buyers are refused like on every merchant page (the route audit of
tests/web/test_web_buyer_access.py), strangers are sent to sign in (page) or get 401 (API).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from sellerstar.domain.access import STAFF_ROLES
from sellerstar.rules.announcements import changelog_order, taking_effect
from sellerstar.web.auth import ApiStaff, Auth, Now, page_user
from sellerstar.web.deps import Book, today
from sellerstar.web.i18n import N_
from sellerstar.web.rule_banners import all_announcements
from sellerstar.web.rule_change_text import described
from sellerstar.web.templating import render

router = APIRouter()
StaffPage = Annotated[Auth, Depends(page_user(*STAFF_ROLES))]


class ChangeOut(BaseModel):
    """One change: its kind, dotted key, values before and after, the field's description
    (as the model states it) and the sentence in the asked language."""

    kind: Literal["added", "removed", "changed"]
    key: str
    old: Any
    new: Any
    description: str
    sentence: str


class AreaOut(BaseModel):
    """The changes of one area (``tracking_visibility``, ``star_level``, …)."""

    area: str
    title: str
    changes: list[ChangeOut]


class RuleSetChangesOut(BaseModel):
    """What one rule-set changes against the previous one, and when: announced on
    ``announced``, in force from ``effective``, shown as new until ``new_until``;
    ``status`` is ``upcoming``, ``new`` or ``in_force`` on today's platform date."""

    rule_set: str
    previous: str
    effective: dt.date
    announced: dt.date
    new_until: dt.date
    status: Literal["upcoming", "new", "in_force"]
    description: str
    areas: list[AreaOut]


@router.get("/rules/changes", include_in_schema=False)
def changelog_page(request: Request, _user: StaffPage, at: Now, book: Book) -> HTMLResponse:
    """Every rule-set change, the upcoming ones first."""
    day = today(book, at)
    items = changelog_order(all_announcements(request), day)
    return render(
        request,
        "rule_changes.html",
        {"items": described(items, day, request.state.locale), "today": day},
    )


@router.get("/api/v1/rules/changes", tags=["rules"])
def api_rule_changes(
    request: Request,
    _auth: ApiStaff,
    at: Now,
    book: Book,
    start: Annotated[
        dt.date | None,
        Query(alias="from", description="Changes taking effect after this date (default: all)."),
    ] = None,
    end: Annotated[
        dt.date | None,
        Query(alias="to", description="... up to and including this date (default: all)."),
    ] = None,
    lang: Annotated[
        Literal["zh", "en"] | None,
        Query(description="Language of titles and sentences (default: the UI language)."),
    ] = None,
) -> list[RuleSetChangesOut]:
    """The rule-set changes taking effect in (``from``, ``to``], oldest first: per
    rule-set its dates, description and, per area, every change with a sentence (the
    changelog page's words; ``sellerstar rules diff`` prints the same)."""
    if start is not None and end is not None and start > end:
        raise HTTPException(422, N_("from must not be after to"))
    items = all_announcements(request)
    items = taking_effect(items, start or dt.date.min, end or dt.date.max)
    data = described(items, today(book, at), lang or request.state.locale)
    return [RuleSetChangesOut.model_validate(item) for item in data]
