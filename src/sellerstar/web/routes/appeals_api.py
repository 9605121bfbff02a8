"""Tracking appeals in the JSON API (rulebook §1.4): file (merchant users, multipart),
list, read one, decide (operators).

A refusal answers ``{"detail": ..., "code": ...}``: 409 when the rules refuse (window,
passing shipment, already appealed or decided), 422 when the input needs correcting. An
appeal the caller may not see is 404. A session must send its X-CSRF-Token on writes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import FormData

from sellerstar.domain.access import MERCHANT_ROLES, scope_for_merchant_user
from sellerstar.queries import appeals as q
from sellerstar.rules import RuleBook
from sellerstar.services.appeal_supplements import request_supplement, supply_material
from sellerstar.services.appeals import (
    AppealRefused,
    decide,
    file_appeal,
    predicts_failure,
    preview_precheck,
)
from sellerstar.store.db import transaction
from sellerstar.web.appeal_api_shapes import (
    Appeal,
    AppealDetail,
    AppealList,
    DecisionRequest,
    EvidenceFile,
    Filing,
    InputProblem,
    PrecheckAnswer,
    PrecheckRequest,
    Refusal,
    Status,
    Supplement,
    SupplementRequest,
)
from sellerstar.web.appeal_filing import (
    evidence_limits,
    read_uploads,
    refusal_status,
    third_party_lookup,
)
from sellerstar.web.auth import (
    ApiOperator,
    ApiStaff,
    Auth,
    CsrfChecked,
    Now,
    ReadConnection,
    api_user,
)
from sellerstar.web.deps import PageNumber
from sellerstar.web.forms import fields, form_after, multipart_body
from sellerstar.web.words import appeals as words

router = APIRouter(prefix="/api/v1/appeals", tags=["appeals"])


def _appeal(row: q.AppealRow) -> Appeal:
    return Appeal.model_validate(row, from_attributes=True)


def _refusal(refused: AppealRefused) -> JSONResponse:
    text = words.refusal_text(refused.code, refused.params, None)
    detail = text.render("en") if text.msgid != refused.code else str(refused)
    body = Refusal(detail=detail, code=refused.code).model_dump()
    return JSONResponse(body, status_code=refusal_status(refused.code))


_REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Refusal, "description": "The rules refuse it (code says why)."},
    422: {"model": InputProblem, "description": "The input needs correcting (detail says what)."},
}


_merchant = api_user(*MERCHANT_ROLES)
ApiMerchant = Annotated[Auth, Depends(_merchant)]


@router.post(
    "",
    status_code=201,
    responses=_REFUSED,
    response_model=AppealDetail,
    openapi_extra=multipart_body(Filing),
)
def file(
    request: Request,
    auth: ApiMerchant,
    at: Now,
    form: Annotated[FormData, Depends(form_after(_merchant))],
) -> Any:
    """File an appeal on a failing shipment with screenshots (PNG, JPEG, WebP, GIF)."""
    filing = fields(form, Filing)
    limits = evidence_limits(request)
    try:
        appeal_id = file_appeal(
            request.app.state.engine,
            scope_for_merchant_user(auth.principal),
            auth.principal,
            order_id=filing.order_id,
            shipment_id=filing.shipment_id,
            appeal_type=filing.appeal_type,
            tracking_number=filing.tracking_number,
            files=read_uploads(filing.files, limits.max_bytes),
            book=request.app.state.rulebook,
            limits=limits,
            now=at,
            lookup=third_party_lookup(request, at),
            failure_confirmed=filing.confirm_failure,
        )
    except AppealRefused as refused:
        return _refusal(refused)
    with request.app.state.engine.connect() as connection:
        return _detail(request, connection, appeal_id, auth, at)


@router.post(
    "/precheck",
    dependencies=[CsrfChecked],
    responses=_REFUSED,
    response_model=PrecheckAnswer,
)
def precheck(request: Request, body: PrecheckRequest, auth: ApiMerchant, at: Now) -> Any:
    """The pre-check of a shipment and type before filing: nothing is filed."""
    try:
        check = preview_precheck(
            request.app.state.engine,
            scope_for_merchant_user(auth.principal),
            auth.principal,
            order_id=body.order_id,
            shipment_id=body.shipment_id,
            appeal_type=body.appeal_type,
            book=request.app.state.rulebook,
            now=at,
            lookup=third_party_lookup(request, at),
        )
    except AppealRefused as refused:
        return _refusal(refused)
    return PrecheckAnswer(
        outcome=check.outcome, reason=check.reason, predicts_failure=predicts_failure(check)
    )


@router.post(
    "/{appeal_id}/supplement-request",
    dependencies=[CsrfChecked],
    responses=_REFUSED,
    response_model=AppealDetail,
)
def supplement_request(
    request: Request, appeal_id: str, body: SupplementRequest, auth: ApiOperator, at: Now
) -> Any:
    """Ask the merchant for more material on a pending appeal (operators)."""
    try:
        with transaction(request.app.state.engine) as writing:
            request_supplement(
                writing,
                appeal_id,
                body.reason,
                body.note,
                auth.principal,
                at,
                book=request.app.state.rulebook,
            )
    except AppealRefused as refused:
        return _refusal(refused)
    with request.app.state.engine.connect() as connection:
        return _detail(request, connection, appeal_id, auth, at)


@router.post(
    "/{appeal_id}/supplement",
    status_code=200,
    responses=_REFUSED,
    response_model=AppealDetail,
    openapi_extra=multipart_body(Supplement),
)
def supplement(
    request: Request,
    appeal_id: str,
    auth: ApiMerchant,
    at: Now,
    form: Annotated[FormData, Depends(form_after(_merchant))],
) -> Any:
    """Add the material asked for (merchant users), by its deadline."""
    sent = fields(form, Supplement)
    limits = evidence_limits(request)
    try:
        supply_material(
            request.app.state.engine,
            scope_for_merchant_user(auth.principal),
            auth.principal,
            appeal_id=appeal_id,
            files=read_uploads(sent.files, limits.max_bytes),
            reply=sent.reply,
            limits=limits,
            book=request.app.state.rulebook,
            now=at,
        )
    except AppealRefused as refused:
        return _refusal(refused)
    with request.app.state.engine.connect() as connection:
        return _detail(request, connection, appeal_id, auth, at)


@router.get("")
def listing(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    status: Status | None = None,
    page: PageNumber = 1,
) -> AppealList:
    """Merchant users: their appeals, newest first. Operators: the queue (pending, oldest
    first) by default, or the decided ones of ``status``."""
    when = q.clock(request.app.state.rulebook, at)
    if auth.principal.is_operator:
        if status in (None, "pending"):
            found = q.queue(connection, when, page)
        else:
            found = q.decided(connection, when, page, status)
    else:
        found = q.of_scope(connection, scope_for_merchant_user(auth.principal), when, page, status)
    return AppealList(
        total=found.total,
        page=found.page,
        pages=found.pages,
        appeals=[_appeal(row) for row in found.rows],
    )


def _detail(
    request: Request, connection: sa.Connection, appeal_id: str, auth: Auth, at: dt.datetime
) -> AppealDetail:
    principal = auth.principal
    scope = None if principal.is_operator else scope_for_merchant_user(principal)
    book: RuleBook = request.app.state.rulebook
    found = q.detail(connection, appeal_id, scope, q.clock(book, at))
    return AppealDetail(
        **_appeal(found.row).model_dump(),
        precheck=found.precheck,
        evidence=[
            EvidenceFile(**e.__dict__, url=f"/appeals/{appeal_id}/evidence/{e.evidence_id}")
            for e in found.evidence
        ],
        decided_by=found.row.decided_by if principal.is_operator else None,
    )


@router.get("/{appeal_id}")
def one(
    request: Request, appeal_id: str, auth: ApiStaff, connection: ReadConnection, at: Now
) -> AppealDetail:
    """One appeal the caller may see (404 otherwise)."""
    return _detail(request, connection, appeal_id, auth, at)


@router.post(
    "/{appeal_id}/decision",
    dependencies=[CsrfChecked],
    responses=_REFUSED,
    response_model=AppealDetail,
)
def decision(
    request: Request,
    appeal_id: str,
    body: DecisionRequest,
    auth: ApiOperator,
    at: Now,
) -> Any:
    """Approve or reject a pending appeal (operators). Decided already: 409, code
    ``already_decided``, the detail saying how and by whom."""
    book: RuleBook = request.app.state.rulebook
    try:
        with transaction(request.app.state.engine) as writing:
            decide(
                writing,
                appeal_id,
                words.DECISIONS[body.decision],
                body.reason,
                body.note,
                auth.principal,
                at,
                book=book,
            )
    except AppealRefused as refused:
        return _refusal(refused)
    with request.app.state.engine.connect() as connection:
        return _detail(request, connection, appeal_id, auth, at)
