"""Two-way selection fairs (双选会, rulebook §6.1), the pages of all three sides under
``/fairs``: an operator creates, opens, closes, computes (blocking pairs = 0) and publishes
a fair and sees its participation and every result; a merchant's main account lists its
positions, ranks the applicants who ranked them and sees each position's result; a talent
ranks positions and sees its own result with the reason.

Who sees what is the query's (``queries/fairs.py``): another merchant's position or
applicant, a draft fair for a non-operator, any fair for another role answer 404. A
refusal shows the page again with the reason (422: correct the form; 409: the fair's state
or rules refuse) and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sellerstar.domain.access import Role
from sellerstar.queries import fairs as queries
from sellerstar.rules import RuleBook
from sellerstar.services import fair_rankings, fairs
from sellerstar.services.fairs import FairRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import Auth, CsrfChecked, Now, ReadConnection, page_user
from sellerstar.web.templating import render
from sellerstar.web.words import fairs as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
# Reading a fair is for all three sides; each change is for one side only, refused (403)
# by the role check before any id is looked up.
FairUser = Annotated[Auth, Depends(page_user(Role.OPERATOR, Role.MERCHANT_MAIN, Role.TALENT))]
FairOperator = Annotated[Auth, Depends(page_user(Role.OPERATOR))]
FairMerchant = Annotated[Auth, Depends(page_user(Role.MERCHANT_MAIN))]
FairTalent = Annotated[Auth, Depends(page_user(Role.TALENT))]
FairId = Annotated[int, Path(ge=1, le=2**31 - 1)]
RANK_FIELD = "rank."  # + talent id: one rank input per applicant
CHOICE_FIELD = "choice"  # choice1, choice2, …: one select per place in the ranking
_DONE = {"created": words.CREATED, "saved": words.SAVED, "published": words.PUBLISHED}


async def fair_form(request: Request, _auth: FairUser) -> FormData:
    """A fair form, read once the caller is known (the body is bounded by body_limits)."""
    return await request.form(max_files=0, max_fields=2000)


def _calendar_zone(request: Request, at: dt.datetime) -> str:
    book: RuleBook = request.app.state.rulebook
    return book.in_force_at(at).calendar.timezone


@router.get("/fairs", response_class=HTMLResponse)
def fairs_page(
    request: Request, auth: FairUser, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The fairs the user may see; an operator also gets the form to create one."""
    context = {
        "found": queries.fair_list(connection, auth.principal),
        "zone": _calendar_zone(request, at),
        "error": None,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "fairs.html", context)


def _fair_page(
    request: Request, auth: Auth, connection: sa.Connection, at: dt.datetime, fair_id: int,
    *, done: Text | None = None, error: Text | None = None, status_code: int = 200,
) -> HTMLResponse:  # fmt: skip
    book: RuleBook = request.app.state.rulebook
    page = queries.fair_page(connection, auth.principal, fair_id)
    rules = book.in_force_at(at).selection_fairs
    context = {
        "page": page,
        "fair": page.fair,
        "editable": page.fair.open_at(at),
        "rules": rules,
        "zone": _calendar_zone(request, at),
        "done": done,
        "error": error,
        "rank_field": RANK_FIELD,
        "choice_field": CHOICE_FIELD,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "fairs_detail.html", context, status_code)


@router.get("/fairs/{fair_id}", response_class=HTMLResponse)
def fair_page(
    request: Request,
    auth: FairUser,
    connection: ReadConnection,
    at: Now,
    fair_id: FairId,
    done: Annotated[str | None, Query(max_length=20)] = None,
    placed: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None,
) -> HTMLResponse:
    """One fair, as the signed-in side may see it."""
    said = None
    if done == "computed" and placed is not None:
        said = Text(words.COMPUTED, {"placed": placed})
    elif done in _DONE:
        said = Text(_DONE[done], {"fair_id": fair_id})
    return _fair_page(request, auth, connection, at, fair_id, done=said)


def _refused(
    request: Request, auth: Auth, connection: sa.Connection, at: dt.datetime, fair_id: int,
    refused: FairRefused,
) -> HTMLResponse:  # fmt: skip
    connection.rollback()  # see what is committed now
    return _fair_page(
        request, auth, connection, at, fair_id,
        error=words.refusal_text(refused.code, refused.params),
        status_code=words.refusal_status(refused.code),
    )  # fmt: skip


def _local(value: str, zone: str) -> dt.datetime:
    """A ``datetime-local`` input, taken in the platform's time zone, as UTC."""
    try:
        local = dt.datetime.fromisoformat(value)
    except ValueError:
        raise FairRefused("bad_dates", f"not a date and time: {value!r}") from None
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


@router.post("/fairs", dependencies=[CsrfChecked])
def create_fair(
    request: Request,
    auth: FairOperator,
    connection: ReadConnection,
    at: Now,
    university: Annotated[str, Form(max_length=200)],
    title: Annotated[str, Form(max_length=200)],
    opens_at: Annotated[str, Form(max_length=40)],
    closes_at: Annotated[str, Form(max_length=40)],
    results_at: Annotated[str, Form(max_length=40)],
) -> Response:
    """An operator creates a fair (in draft)."""
    zone = _calendar_zone(request, at)
    try:
        with transaction(request.app.state.engine) as writing:
            fair_id = fairs.create_fair(
                writing, auth.principal, university=university, title=title,
                opens_at=_local(opens_at, zone), closes_at=_local(closes_at, zone),
                results_at=_local(results_at, zone), now=at,
            )  # fmt: skip
    except FairRefused as refused:
        context = {
            "found": queries.fair_list(connection, auth.principal),
            "zone": zone,
            "error": words.refusal_text(refused.code, refused.params),
            **words.TEMPLATE_WORDS,
        }
        return render(request, "fairs.html", context, words.refusal_status(refused.code))
    return RedirectResponse(f"/fairs/{fair_id}?done=created", status_code=303)


@router.post("/fairs/{fair_id}/state", dependencies=[CsrfChecked])
def move_fair(
    request: Request, auth: FairOperator, connection: ReadConnection, at: Now, fair_id: FairId,
    move: Annotated[str, Form(max_length=20)],
) -> Response:  # fmt: skip
    """An operator opens or closes a fair, computes its allocation or publishes it."""
    book: RuleBook = request.app.state.rulebook
    done = "saved"
    try:
        with transaction(request.app.state.engine) as writing:
            if move == "compute":
                placed = fairs.compute_allocation(writing, auth.principal, fair_id, book, at)
                done = f"computed&placed={placed}"
            elif move == "publish":
                fairs.publish(writing, auth.principal, fair_id, at)
                done = "published"
            else:
                fairs.move_fair(writing, auth.principal, fair_id, move, at)
    except FairRefused as refused:
        return _refused(request, auth, connection, at, fair_id, refused)
    return RedirectResponse(f"/fairs/{fair_id}?done={done}", status_code=303)


@router.post("/fairs/{fair_id}/positions", dependencies=[CsrfChecked])
def add_position(
    request: Request, auth: FairMerchant, connection: ReadConnection, at: Now, fair_id: FairId,
    title: Annotated[str, Form(max_length=200)],
    capacity: Annotated[int, Form(ge=1, le=1000)],
    description: Annotated[str, Form(max_length=2000)] = "",
) -> Response:  # fmt: skip
    """A merchant's main account lists a position."""
    try:
        with transaction(request.app.state.engine) as writing:
            fair_rankings.add_position(
                writing, auth.principal, fair_id, title=title, description=description,
                capacity=capacity, book=request.app.state.rulebook, now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return _refused(request, auth, connection, at, fair_id, refused)
    return RedirectResponse(f"/fairs/{fair_id}?done=saved", status_code=303)


@router.post("/fairs/{fair_id}/ranking", dependencies=[CsrfChecked])
def submit_ranking(
    request: Request, auth: FairTalent, connection: ReadConnection, at: Now, fair_id: FairId,
    form: Annotated[FormData, Depends(fair_form)],
) -> Response:  # fmt: skip
    """A talent submits its ranking: choice1, choice2, … (empty = no more choices)."""
    picked = []
    for number in range(1, 51):
        value = form.get(f"{CHOICE_FIELD}{number}")
        if isinstance(value, str) and value.strip():
            if not value.strip().isdigit() or len(value) > 10:
                raise queries.FairNotFound("not a position")
            picked.append(int(value))
    try:
        with transaction(request.app.state.engine) as writing:
            fair_rankings.submit_ranking(
                writing, auth.principal, fair_id, picked,
                book=request.app.state.rulebook, now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return _refused(request, auth, connection, at, fair_id, refused)
    return RedirectResponse(f"/fairs/{fair_id}?done=saved", status_code=303)


@router.post("/fairs/{fair_id}/positions/{position_id}/ranks", dependencies=[CsrfChecked])
def rank_applicants(
    request: Request, auth: FairMerchant, connection: ReadConnection, at: Now, fair_id: FairId,
    position_id: FairId, form: Annotated[FormData, Depends(fair_form)],
) -> Response:  # fmt: skip
    """A merchant's main account ranks its position's applicants (rank.<talent>: 1 = best,
    equal = tie, empty = not acceptable)."""
    ranks: dict[str, int | None] = {}
    for key, value in form.multi_items():
        if not str(key).startswith(RANK_FIELD) or not isinstance(value, str):
            continue
        value = value.strip()
        if value and (not value.isdigit() or len(value) > 6):
            refused = FairRefused("bad_rank", "not a rank", max="—")
            return _refused(request, auth, connection, at, fair_id, refused)
        ranks[str(key)[len(RANK_FIELD) :][:128]] = int(value) if value else None
    try:
        with transaction(request.app.state.engine) as writing:
            position = fair_rankings.own_position(
                writing, auth.principal.merchant_id or "", position_id
            )
            if position.fair_id != fair_id:
                raise queries.FairNotFound("position of another fair")
            fair_rankings.rank_applicants(
                writing, auth.principal, position_id, ranks,
                book=request.app.state.rulebook, now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return _refused(request, auth, connection, at, fair_id, refused)
    return RedirectResponse(f"/fairs/{fair_id}?done=saved", status_code=303)
