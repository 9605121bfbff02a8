"""Two-way selection fairs (双选会) in the JSON API under ``/api/v1/fairs``: the same views
and changes as the pages, for the same three sides (operator, merchant main account,
talent), each scoped by the query (another side's or merchant's data is 404).

A refusal answers ``{"detail": ..., "code": ...}``: 409 when the fair's state or rules
refuse, 422 when the input needs correcting. A session sends its X-CSRF-Token on writes;
an API token of scope ``read`` may only read.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from sellerstar.domain.access import Role
from sellerstar.queries import fairs as queries
from sellerstar.services import fair_rankings, fairs
from sellerstar.services.fairs import FairRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import Auth, CsrfChecked, Now, ReadConnection, api_user
from sellerstar.web.words import fairs as words

router = APIRouter(prefix="/api/v1/fairs", tags=["fairs"])
ApiFairUser = Annotated[Auth, Depends(api_user(Role.OPERATOR, Role.MERCHANT_MAIN, Role.TALENT))]
ApiFairOperator = Annotated[Auth, Depends(api_user(Role.OPERATOR))]
ApiFairMerchant = Annotated[Auth, Depends(api_user(Role.MERCHANT_MAIN))]
ApiFairTalent = Annotated[Auth, Depends(api_user(Role.TALENT))]
FairId = Annotated[int, Path(ge=1, le=2**31 - 1)]
_TalentId = Annotated[str, Field(min_length=1, max_length=128)]


class Refusal(BaseModel):
    """Why the request was refused: a code and the reason in words."""

    detail: str
    code: str


REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Refusal, "description": "The fair's state or rules refuse it."},
    422: {"model": Refusal, "description": "The input needs correcting."},
}


class NewFair(BaseModel):
    model_config = ConfigDict(extra="forbid")
    university: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=200)
    opens_at: AwareDatetime
    closes_at: AwareDatetime
    results_at: AwareDatetime


class Action(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["open", "close", "compute", "publish"]


class NewPosition(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    capacity: int = Field(ge=1, le=1000)


class Ranking(BaseModel):
    """The talent's positions, first choice first (replaces the ranking)."""

    model_config = ConfigDict(extra="forbid")
    positions: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(max_length=50)


class Ranks(BaseModel):
    """Applicant → rank (1 = best, equal = tie, null = not acceptable)."""

    model_config = ConfigDict(extra="forbid")
    ranks: dict[_TalentId, Annotated[int, Field(ge=1, le=1000)] | None] = Field(max_length=1000)


def refusal(refused: FairRefused) -> JSONResponse:
    """The answer to a refusal: its code and the reason in English, with its status."""
    text = words.refusal_text(refused.code, refused.params)
    detail = html.unescape(text.render("en")) if text.msgid != refused.code else str(refused)
    body = Refusal(detail=detail, code=refused.code).model_dump()
    return JSONResponse(body, status_code=words.refusal_status(refused.code))


@router.get("")
def list_fairs(auth: ApiFairUser, connection: ReadConnection) -> Any:
    """The fairs the caller may see."""
    return jsonable_encoder(queries.fair_list(connection, auth.principal))


@router.get("/{fair_id}")
def get_fair(auth: ApiFairUser, connection: ReadConnection, fair_id: FairId) -> Any:
    """One fair as the caller may see it: an operator its participation and every result;
    a merchant its own positions, their applicants and (once published) their outcomes;
    a talent every position, its own ranking and (once published) its result and reason."""
    return jsonable_encoder(queries.fair_page(connection, auth.principal, fair_id))


@router.post("", dependencies=[CsrfChecked], status_code=201, responses=REFUSED)
def create_fair(request: Request, body: NewFair, auth: ApiFairOperator, at: Now) -> Any:
    """An operator creates a fair (in draft)."""
    try:
        with transaction(request.app.state.engine) as connection:
            fair_id = fairs.create_fair(
                connection, auth.principal, university=body.university, title=body.title,
                opens_at=body.opens_at.astimezone(dt.UTC),
                closes_at=body.closes_at.astimezone(dt.UTC),
                results_at=body.results_at.astimezone(dt.UTC), now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return refusal(refused)
    return {"fair_id": fair_id}


@router.post("/{fair_id}/actions", dependencies=[CsrfChecked], responses=REFUSED)
def act(request: Request, body: Action, auth: ApiFairOperator, at: Now, fair_id: FairId) -> Any:
    """An operator opens, closes, computes (refused with any blocking pair) or publishes."""
    result: dict[str, object] = {"fair_id": fair_id, "action": body.action}
    try:
        with transaction(request.app.state.engine) as connection:
            if body.action == "compute":
                result["placed"] = fairs.compute_allocation(
                    connection, auth.principal, fair_id, request.app.state.rulebook, at
                )
                result["blocking_pairs"] = 0
            elif body.action == "publish":
                fairs.publish(connection, auth.principal, fair_id, at)
            else:
                fairs.move_fair(connection, auth.principal, fair_id, body.action, at)
    except FairRefused as refused:
        return refusal(refused)
    return result


@router.post("/{fair_id}/positions", dependencies=[CsrfChecked], status_code=201,
             responses=REFUSED)  # fmt: skip
def add_position(
    request: Request, body: NewPosition, auth: ApiFairMerchant, at: Now, fair_id: FairId
) -> Any:
    """A merchant's main account lists a position at an open fair."""
    try:
        with transaction(request.app.state.engine) as connection:
            position_id = fair_rankings.add_position(
                connection, auth.principal, fair_id, title=body.title,
                description=body.description, capacity=body.capacity,
                book=request.app.state.rulebook, now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return refusal(refused)
    return {"position_id": position_id}


@router.put("/{fair_id}/ranking", dependencies=[CsrfChecked], responses=REFUSED)
def put_ranking(
    request: Request, body: Ranking, auth: ApiFairTalent, at: Now, fair_id: FairId
) -> Any:
    """A talent replaces its ranking (first choice first)."""
    try:
        with transaction(request.app.state.engine) as connection:
            fair_rankings.submit_ranking(
                connection, auth.principal, fair_id, body.positions,
                book=request.app.state.rulebook, now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return refusal(refused)
    return {"fair_id": fair_id, "positions": body.positions}


@router.put("/{fair_id}/positions/{position_id}/ranks", dependencies=[CsrfChecked],
            responses=REFUSED)  # fmt: skip
def put_ranks(
    request: Request, body: Ranks, auth: ApiFairMerchant, at: Now, fair_id: FairId,
    position_id: FairId,
) -> Any:  # fmt: skip
    """A merchant's main account ranks the applicants of its own position."""
    try:
        with transaction(request.app.state.engine) as connection:
            position = fair_rankings.own_position(
                connection, auth.principal.merchant_id or "", position_id
            )
            if position.fair_id != fair_id or not auth.principal.is_main_account:
                raise queries.FairNotFound("no such position")
            fair_rankings.rank_applicants(
                connection, auth.principal, position_id, body.ranks,
                book=request.app.state.rulebook, now=at,
            )  # fmt: skip
    except FairRefused as refused:
        return refusal(refused)
    return {"position_id": position_id, "ranks": body.ranks}
