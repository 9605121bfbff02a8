"""The product radar, the merchant's pages (rulebook §3; MA→产品管理→商品雷达): the task
list with its counts and filters, the rules page, one task with the three ways out (edit
the product, upload a qualification, appeal) and the delisting; the qualification
document, served only to operators and the merchant that filed it.

The pages are served to merchant users under ``/m/radar`` and to operators under
``/ops/merchants/{id}/radar`` (read-only: operators decide in the queues, ``radar_ops``).
A refusal shows the task page again with the reason in words (422: correct the form;
409: the rules refuse) and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.datastructures import FormData

from sellerstar.domain.access import OutOfScope, Scope, scope_for_merchant_user
from sellerstar.domain.radar import Outcome, RadarCategory, TaskStatus
from sellerstar.queries import radar_queues, radar_tasks
from sellerstar.rules import RuleBook
from sellerstar.services import evidence
from sellerstar.services.radar_errors import RadarRefused
from sellerstar.services.radar_tasks import radar_section
from sellerstar.web import radar_filing
from sellerstar.web.auth import CsrfChecked, FileUser, Merchant, Now, ReadConnection, merchant_page
from sellerstar.web.deps import MerchantScope, PageNumber, base_path, merchant_route
from sellerstar.web.forms import fields, form_after
from sellerstar.web.templating import render
from sellerstar.web.words import radar as words
from sellerstar.web.words.appeals import size_text
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
FilterText = Annotated[str | None, Query(max_length=128)]
Done = Literal["edit", "qualification", "appeal", "delist"]


def _blank(value: str | None) -> str | None:
    return value or None  # a filter's "all" option sends an empty value


def _radar_rules(book: RuleBook, at: dt.datetime) -> dict[str, Any]:
    rule_set = book.in_force_at(at)
    return {
        "radar": radar_section(rule_set),
        "ledger": rule_set.penalty_points,
        "calendar": rule_set.calendar,
    }


@merchant_route(router, "/radar")
def radar_page(
    request: Request,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    page: PageNumber = 1,
    category: RadarCategory | None = None,
    outcome: Outcome | None = None,
    status: TaskStatus | None = None,
    tier: FilterText = None,
    owner: FilterText = None,
) -> HTMLResponse:
    """The tasks of the scope: counts per category and outcome, the filters, the list."""
    book: RuleBook = request.app.state.rulebook
    wanted = radar_tasks.TaskFilter(category, outcome, _blank(tier), _blank(owner), status)
    context = {
        "found": radar_tasks.tasks(connection, scope, wanted, book, at, page),
        "counts": radar_tasks.counts(connection, scope, wanted),
        "options": radar_tasks.filter_options(connection, scope),
        "wanted": wanted,
        "base": base_path(scope),
        "scope": scope,
        "categories": list(RadarCategory),
        "outcomes": list(Outcome),
        **_radar_rules(book, at),
        **words.TEMPLATE_WORDS,
    }
    return render(request, "radar.html", context)


@merchant_route(router, "/radar/rules")
def rules_page(request: Request, scope: MerchantScope, at: Now) -> HTMLResponse:
    """What counts as infringement, the deadline, the three ways out, the points."""
    book: RuleBook = request.app.state.rulebook
    context = {
        "base": base_path(scope),
        **_radar_rules(book, at),
        **words.TEMPLATE_WORDS,
    }
    return render(request, "radar_rules.html", context)


def _task_page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    task_id: str,
    at: dt.datetime,
    *,
    done: str | None = None,
    error: Text | None = None,
    failed: str | None = None,
    chosen: dict[str, str] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    found = radar_tasks.task(connection, scope, task_id, book, at)
    settings = request.app.state.settings
    context = {
        "task": found,
        "row": found.row,
        "base": base_path(scope),
        "operator": scope.by_operator,
        "done": done,
        "error": error,
        "failed": failed,
        "chosen": chosen or {},
        "max_size": size_text(settings.evidence_max_bytes),
        "document_types": ", ".join(evidence.CONTENT_TYPES.values()),
        **_radar_rules(book, at),
        **words.TEMPLATE_WORDS,
    }
    return render(request, "radar_task.html", context, status_code)


@merchant_route(router, "/radar/tasks/{task_id}")
def task_page(
    request: Request,
    task_id: str,
    scope: MerchantScope,
    connection: ReadConnection,
    at: Now,
    done: Done | None = None,
) -> HTMLResponse:
    """One task: the problem, the countdown, the reviews, and the forms of the ways out."""
    return _task_page(request, connection, scope, task_id, at, done=done)


def _refused(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    task_id: str,
    at: dt.datetime,
    refused: RadarRefused,
    failed: str,
    chosen: dict[str, str],
) -> HTMLResponse:
    connection.rollback()  # see what is committed now
    return _task_page(
        request,
        connection,
        scope,
        task_id,
        at,
        error=words.refusal_text(refused.code, refused.params),
        failed=failed,
        chosen=chosen,
        status_code=words.refusal_status(refused.code),
    )


def _done(task_id: str, what: str) -> RedirectResponse:
    return RedirectResponse(f"/m/radar/tasks/{task_id}?done={what}", status_code=303)


@router.post("/m/radar/tasks/{task_id}/edit", dependencies=[CsrfChecked])
def edit_product(
    request: Request,
    task_id: str,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    title: Annotated[str, Form(max_length=2000)] = "",
    description: Annotated[str, Form(max_length=20000)] = "",
    brand: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Send the product's edit to product review (编辑商品)."""
    scope = scope_for_merchant_user(auth.principal)
    try:
        radar_filing.submit_edit(
            request, auth.principal, task_id, title=title, description=description,
            brand=brand, now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        chosen = {"title": title, "description": description, "brand": brand}
        return _refused(request, connection, scope, task_id, at, refused, "edit", chosen)
    return _done(task_id, "edit")


@router.post("/m/radar/tasks/{task_id}/appeal", dependencies=[CsrfChecked])
def appeal(
    request: Request,
    task_id: str,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    statement: Annotated[str, Form(max_length=20000)] = "",
) -> Response:
    """Appeal the task (申诉, once per task)."""
    scope = scope_for_merchant_user(auth.principal)
    try:
        radar_filing.submit_appeal(request, auth.principal, task_id, statement=statement, now=at)
    except RadarRefused as refused:
        chosen = {"statement": statement}
        return _refused(request, connection, scope, task_id, at, refused, "appeal", chosen)
    return _done(task_id, "appeal")


@router.post("/m/radar/tasks/{task_id}/delist", dependencies=[CsrfChecked])
def delist(
    request: Request, task_id: str, auth: Merchant, connection: ReadConnection, at: Now
) -> Response:
    """Delist the product (下架商品): its open tasks are rectified."""
    scope = scope_for_merchant_user(auth.principal)
    try:
        radar_filing.delist(request, auth.principal, task_id, at)
    except RadarRefused as refused:
        return _refused(request, connection, scope, task_id, at, refused, "delist", {})
    return _done(task_id, "delist")


class QualificationFields(BaseModel):
    """The qualification form."""

    qualification_kind: str = Field(default="", max_length=64)
    note: str = Field(default="", max_length=20000)
    document: UploadFile | None = None


@router.post("/m/radar/tasks/{task_id}/qualification")
def upload_qualification(
    request: Request,
    task_id: str,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    sent: Annotated[FormData, Depends(form_after(merchant_page))],
) -> Response:
    """Upload an IP qualification (上传知识产权资质备案): PDF or image, checked by content."""
    filled = fields(sent, QualificationFields)
    scope = scope_for_merchant_user(auth.principal)
    try:
        radar_filing.file_qualification(
            request, auth.principal, task_id, kind=filled.qualification_kind,
            note=filled.note, upload=filled.document, now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        chosen = {"qualification_kind": filled.qualification_kind, "note": filled.note}
        return _refused(request, connection, scope, task_id, at, refused, "qualification", chosen)
    return _done(task_id, "qualification")


@router.get("/radar/reviews/{review_id}/document")
def qualification_document(
    request: Request, review_id: str, auth: FileUser, connection: ReadConnection
) -> Response:
    """A qualification document, to operators and to the merchant that filed it."""
    principal = auth.principal
    scope = None if principal.is_operator else scope_for_merchant_user(principal)
    relative, content_type, _name = radar_queues.qualification_file(connection, review_id, scope)
    try:
        path = evidence.path_of(request.app.state.settings.evidence_dir, relative)
    except evidence.EvidenceRejected:
        raise OutOfScope(f"document of review {review_id}") from None
    if not path.is_file():
        raise OutOfScope(f"document of review {review_id}")
    return FileResponse(
        path,
        media_type=content_type,
        headers={"Content-Disposition": "inline", "Cache-Control": "private, no-store"},
    )
