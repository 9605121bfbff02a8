"""Tracking appeals, the merchant's pages (rulebook §1.4): the list, the filing form, one
appeal; and the evidence files, served only to those who may see the appeal.

Filing goes through ``services.appeals.file_appeal``; a refusal shows the form again with
the reason in words (409 when the rules refuse, 422 when the form needs correcting) and
writes nothing. The operators' queue is in ``appeals_ops``, the JSON API in ``appeals_api``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Path, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.datastructures import FormData

from sellerstar.domain.access import OutOfScope, Scope, scope_for_merchant_user
from sellerstar.queries import appeals as q
from sellerstar.rules import RuleBook
from sellerstar.services import evidence
from sellerstar.services.appeal_supplements import REPLY_MAX_CHARS, supply_material
from sellerstar.services.appeals import (
    AppealRefused,
    file_appeal,
    preview_precheck,
)
from sellerstar.web.appeal_filing import (
    evidence_limits,
    read_uploads,
    refusal_status,
    third_party_lookup,
)
from sellerstar.web.appeal_forms import FilingForm, Preview, filing_form
from sellerstar.web.auth import Auth, FileUser, Merchant, Now, ReadConnection, merchant_page
from sellerstar.web.deps import PageNumber
from sellerstar.web.forms import fields, form_after
from sellerstar.web.templating import render
from sellerstar.web.words import appeals as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
IMAGE_TYPES = ", ".join(evidence.IMAGE_CONTENT_TYPES.values())
ROW_ID_MAX = 2**31 - 1
"""Largest key of an autoincrement column (``sa.Integer``: 32 bits on PostgreSQL); a larger
number in a URL names no row, and would overflow the database driver."""
EvidenceId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
StatusFilter = Annotated[
    str | None, Query(pattern="^(pending|supplement_requested|approved|rejected)$")
]


def _form_page(
    request: Request,
    at: dt.datetime,
    form: FilingForm,
    chosen: dict[str, str],
    error: Text | None = None,
    status_code: int = 200,
    preview: Preview | None = None,
) -> HTMLResponse:
    settings = request.app.state.settings
    context = {
        "form": form,
        "chosen": chosen,
        "error": error,
        "preview": preview,
        "max_files": settings.evidence_max_files,
        "max_size": words.size_text(settings.evidence_max_bytes),
        "image_types": IMAGE_TYPES,
        "calendar": request.app.state.rulebook.in_force_at(at).calendar,
        **words.PAGE_WORDS,
    }
    return render(request, "appeals_new.html", context, status_code)


@router.get("/m/appeals")
def merchant_appeals(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    page: PageNumber = 1,
    status: StatusFilter = None,
) -> HTMLResponse:
    """The user's appeals (a sub-account: those on its own orders), newest first."""
    scope = scope_for_merchant_user(auth.principal)
    book: RuleBook = request.app.state.rulebook
    found = q.of_scope(connection, scope, q.clock(book, at), page, status)
    context = {
        "found": found,
        "status": status,
        "calendar": book.in_force_at(at).calendar,
        "rules": book.in_force_at(at).tracking_visibility,
        **words.PAGE_WORDS,
    }
    return render(request, "appeals.html", context)


@router.get("/m/appeals/new")
def new_appeal(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    order_id: Annotated[str, Query(max_length=128)],
    shipment_id: Annotated[str, Query(max_length=128)] = "",
) -> HTMLResponse:
    """The filing form for an order's failing shipments."""
    scope = scope_for_merchant_user(auth.principal)
    form = filing_form(connection, scope, order_id, request.app.state.rulebook, at)
    if not shipment_id and len(form.appealable) == 1:
        shipment_id = form.appealable[0].shipment_id
    return _form_page(request, at, form, {"shipment_id": shipment_id})


class FilingFields(BaseModel):
    """The filing form."""

    order_id: str = Field(max_length=128)
    shipment_id: str = Field(default="", max_length=128)
    appeal_type: str = Field(default="", max_length=64)
    tracking_number: str = Field(default="", max_length=128)
    screenshots: list[UploadFile] = []
    confirm_failure: bool = False


@router.post("/m/appeals")
def file_appeal_page(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    sent: Annotated[FormData, Depends(form_after(merchant_page))],
) -> Response:
    """File an appeal; then its page. Refused: the form again, nothing written."""
    filled = fields(sent, FilingFields)
    order_id, shipment_id = filled.order_id, filled.shipment_id
    scope = scope_for_merchant_user(auth.principal)
    book: RuleBook = request.app.state.rulebook
    limits = evidence_limits(request)
    try:
        if not shipment_id:
            raise AppealRefused("choose_shipment", "choose the shipment to appeal")
        appeal_id = file_appeal(
            request.app.state.engine,
            scope,
            auth.principal,
            order_id=order_id,
            shipment_id=shipment_id,
            appeal_type=filled.appeal_type,
            tracking_number=filled.tracking_number,
            files=read_uploads(filled.screenshots, limits.max_bytes),
            book=book,
            limits=limits,
            now=at,
            lookup=third_party_lookup(request, at),
            failure_confirmed=filled.confirm_failure,
        )
    except AppealRefused as refused:
        return _refused_form(request, connection, scope, at, filled, refused)
    return RedirectResponse(f"/m/appeals/{appeal_id}?filed=1", status_code=303)


def _refused_form(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    filled: FilingFields,
    refused: AppealRefused,
) -> HTMLResponse:
    """The form again with why (and the pre-check, when it is what refused)."""
    book: RuleBook = request.app.state.rulebook
    form = filing_form(connection, scope, filled.order_id, book, at)
    window = next(
        (c.window for c in form.choices if c.shipment_id == filled.shipment_id),
        words.Window(None, None),
    )
    text = words.refusal_text(refused.code, refused.params, form.rules, window)
    preview = None
    if refused.code == "precheck_unconfirmed":
        preview = Preview(str(refused.params["outcome"]), str(refused.params["reason"]))
    chosen = filled.model_dump(include={"shipment_id", "appeal_type", "tracking_number"})
    return _form_page(request, at, form, chosen, text, refusal_status(refused.code), preview)


@router.post("/m/appeals/precheck")
def precheck_page(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    sent: Annotated[FormData, Depends(form_after(merchant_page))],
) -> Response:
    """The pre-check of the chosen shipment and type before anything is filed (issue 18
    item 2b): the form again with its outcome; screenshots sent along are ignored."""
    filled = fields(sent, FilingFields)
    scope = scope_for_merchant_user(auth.principal)
    book: RuleBook = request.app.state.rulebook
    try:
        if not filled.shipment_id:
            raise AppealRefused("choose_shipment", "choose the shipment to appeal")
        check = preview_precheck(
            request.app.state.engine,
            scope,
            auth.principal,
            order_id=filled.order_id,
            shipment_id=filled.shipment_id,
            appeal_type=filled.appeal_type,
            book=book,
            now=at,
            lookup=third_party_lookup(request, at),
        )
    except AppealRefused as refused:
        return _refused_form(request, connection, scope, at, filled, refused)
    form = filing_form(connection, scope, filled.order_id, book, at)
    chosen = filled.model_dump(include={"shipment_id", "appeal_type", "tracking_number"})
    return _form_page(request, at, form, chosen, preview=Preview(check.outcome, check.reason))


@router.get("/m/appeals/{appeal_id}")
def merchant_appeal(
    request: Request,
    appeal_id: str,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    filed: bool = False,
    supplied: bool = False,
) -> HTMLResponse:
    """One of the user's appeals: status, deadline, pre-check, evidence and decision; the
    material asked for and its form while the deadline runs."""
    return _appeal_page(request, connection, appeal_id, auth, at, filed=filed, supplied=supplied)


def _appeal_page(
    request: Request,
    connection: sa.Connection,
    appeal_id: str,
    auth: Auth,
    at: dt.datetime,
    *,
    filed: bool = False,
    supplied: bool = False,
    error: Text | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    scope = scope_for_merchant_user(auth.principal)
    book: RuleBook = request.app.state.rulebook
    found = q.detail(connection, appeal_id, scope, q.clock(book, at))
    rule_set = book.in_force_at(found.row.submitted_at)
    settings = request.app.state.settings
    context = {
        "appeal": found,
        "filed": filed,
        "supplied": supplied,
        "operator": False,
        "supplement_error": error,
        "max_files": settings.evidence_max_files,
        "max_size": words.size_text(settings.evidence_max_bytes),
        "image_types": IMAGE_TYPES,
        "calendar": rule_set.calendar,
        "rules": rule_set.tracking_visibility,
        **words.PAGE_WORDS,
    }
    return render(request, "appeals_detail.html", context, status_code)


class SupplementFields(BaseModel):
    """The material form."""

    reply: str = Field(default="", max_length=REPLY_MAX_CHARS)
    screenshots: list[UploadFile] = []


@router.post("/m/appeals/{appeal_id}/supplement")
def supply_page(
    request: Request,
    appeal_id: str,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    sent: Annotated[FormData, Depends(form_after(merchant_page))],
) -> Response:
    """Add the material an operator asked for; then the appeal. Refused: the page again
    with why, nothing written (another merchant's appeal: 404)."""
    filled = fields(sent, SupplementFields)
    limits = evidence_limits(request)
    try:
        supply_material(
            request.app.state.engine,
            scope_for_merchant_user(auth.principal),
            auth.principal,
            appeal_id=appeal_id,
            files=read_uploads(filled.screenshots, limits.max_bytes),
            reply=filled.reply,
            limits=limits,
            book=request.app.state.rulebook,
            now=at,
        )
    except AppealRefused as refused:
        connection.rollback()
        text = words.refusal_text(refused.code, refused.params, None)
        status = refusal_status(refused.code)
        return _appeal_page(
            request, connection, appeal_id, auth, at, error=text, status_code=status
        )
    return RedirectResponse(f"/m/appeals/{quote(appeal_id)}?supplied=1", status_code=303)


@router.get("/appeals/{appeal_id}/evidence/{evidence_id}")
def evidence_file(
    request: Request,
    appeal_id: str,
    evidence_id: EvidenceId,
    auth: FileUser,
    connection: ReadConnection,
) -> Response:
    """One evidence image, to the merchant users who may see the appeal and to operators."""
    principal = auth.principal
    scope = None if principal.is_operator else scope_for_merchant_user(principal)
    relative, content_type = q.evidence_file(connection, appeal_id, evidence_id, scope)
    folder = request.app.state.settings.evidence_dir
    try:
        path = evidence.path_of(folder, relative)
    except evidence.EvidenceRejected:
        raise OutOfScope(f"evidence {evidence_id}") from None
    if not path.is_file():
        raise OutOfScope(f"evidence {evidence_id}")
    return FileResponse(
        path,
        media_type=content_type,
        headers={"Content-Disposition": "inline", "Cache-Control": "private, no-store"},
    )
