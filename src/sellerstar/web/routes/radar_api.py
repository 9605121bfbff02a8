"""The product radar in the JSON API (rulebook §3): tasks and their counts (merchant users:
their own, a sub-account those of the products it owns; operators: the merchant they
name), the three ways out and the delisting (merchant users), the review queues and the
decision (operators).

A refusal answers ``{"detail": ..., "code": ...}``: 409 when the rules refuse (task
closed, appeal used, already under review or decided), 422 when the input needs
correcting (a missing text, a document that is not a PDF or an image, or too large). A
task or review the caller may not see is 404. A session must send its X-CSRF-Token on
writes; an API token of scope ``read`` may only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.datastructures import FormData

from sellerstar.domain.access import MERCHANT_ROLES, scope_for_merchant_user
from sellerstar.domain.radar import (
    Outcome,
    QualificationKind,
    RadarCategory,
    ReviewKind,
    ReviewState,
    TaskDisplay,
    TaskStatus,
)
from sellerstar.queries import radar as q
from sellerstar.rules import RuleBook
from sellerstar.services.radar_reviews import RadarRefused
from sellerstar.web import radar_filing
from sellerstar.web.auth import (
    ApiAnyUser,
    ApiOperator,
    Auth,
    CsrfChecked,
    Now,
    ReadConnection,
    api_user,
)
from sellerstar.web.deps import PageNumber, api_scope
from sellerstar.web.forms import fields, form_after, multipart_body
from sellerstar.web.words import radar as words

router = APIRouter(prefix="/api/v1/radar", tags=["radar"])
MerchantId = Annotated[
    str | None, Query(max_length=128, description="Operators: the merchant to read.")
]
FilterText = Annotated[str | None, Query(max_length=128)]


class Refusal(BaseModel):
    """Why the request was refused: a code and the reason in words."""

    detail: str
    code: str


_REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Refusal, "description": "The rules refuse it (code says why)."},
    422: {"model": Refusal, "description": "The input needs correcting (code says what)."},
}


class Finding(BaseModel):
    """Where a suspected mark was found and how."""

    field: str = Field(description="title, description, brand or image")
    matched_text: str
    step: str = Field(description="The normalisation step that fired (detection).")
    score: float


class Buttons(BaseModel):
    """Which ways out are live for the caller now."""

    edit: bool
    qualification: bool
    appeal: bool = Field(description="False once the task's appeals are used (greyed).")
    delist: bool


class Task(BaseModel):
    """One radar task as the list shows it."""

    task_id: str
    merchant_id: str
    product_id: str
    product_title: str
    product_status: str
    tier: str | None
    owner_account_id: str | None
    owner_name: str | None
    category: RadarCategory
    right_id: str | None
    right_kind: str | None
    right_mark: str | None
    problem: str = Field(description="The problem in words (English), as the page shows it.")
    detail: str
    findings: list[Finding]
    created_at: dt.datetime
    closed_at: dt.datetime | None
    deadline: dt.datetime
    days_left: int = Field(description="Whole days to the deadline, never below 0.")
    status: TaskStatus
    display: TaskDisplay = Field(description="The status shown (a pending appeal first).")
    outcome: Outcome
    rejection_reason: str | None
    appeals_filed: int
    appeals_per_task: int
    buttons: Buttons


class TaskList(BaseModel):
    """One page of tasks."""

    total: int
    page: int
    pages: int
    tasks: list[Task]


class Review(BaseModel):
    """One review of a task (or of its right, for a qualification)."""

    review_id: str
    kind: ReviewKind
    state: ReviewState
    task_id: str | None
    submitted_by: str
    submitted_at: dt.datetime
    due_at: dt.datetime
    decided_at: dt.datetime | None
    reason: str | None
    qualification_kind: QualificationKind | None
    document_url: str | None


class TaskDetail(Task):
    """One task with its reviews, newest first."""

    reviews: list[Review]


class CategoryCounts(BaseModel):
    """Distinct products of one category: in all and per outcome."""

    category: RadarCategory
    products: int
    rectified: int
    reasonable: int
    problem: int


class Counts(BaseModel):
    """Distinct products per category and outcome (完成整改品｜合理品｜问题品)."""

    categories: list[CategoryCounts]


class QueueItem(Review):
    """A review in an operator queue."""

    merchant_id: str
    merchant_name: str
    product_id: str | None
    product_title: str | None
    right_id: str | None
    overdue: bool
    decided_by: str | None
    edit_before: dict[str, Any] | None = Field(description="Edits: the product before.")
    edit_after: dict[str, Any] | None = Field(description="Edits: the product after.")
    statement: str | None = Field(description="Appeals: the merchant's statement.")
    note: str | None = Field(description="Qualifications: the merchant's note.")


class Queue(BaseModel):
    """One page of a queue, with every queue's pending and overdue counts."""

    kind: ReviewKind
    total: int
    page: int
    pages: int
    pending: dict[ReviewKind, int]
    overdue: dict[ReviewKind, int]
    reviews: list[QueueItem]


class EditRequest(BaseModel):
    """The product as it should be after the edit."""

    title: str = Field(max_length=2000)
    description: str = Field(default="", max_length=20000)
    brand: str = Field(default="", max_length=2000)


class AppealRequest(BaseModel):
    """Why the product does not infringe."""

    statement: str = Field(max_length=20000)


class QualificationForm(BaseModel):
    """The multipart body of a qualification."""

    qualification_kind: QualificationKind
    note: str = Field(default="", max_length=20000)
    document: UploadFile = Field(description="PDF or PNG/JPEG/WebP/GIF, checked by content.")


class _QualificationFields(BaseModel):
    # Read as text, so an unknown kind or a missing file is refused with a code.
    qualification_kind: str = Field(default="", max_length=64)
    note: str = Field(default="", max_length=20000)
    document: UploadFile | None = None


class DecisionRequest(BaseModel):
    """An operator's decision; a rejection needs the reason the merchant reads."""

    decision: Literal["approve", "reject"]
    reason: str = Field(default="", max_length=4000)


class Submitted(BaseModel):
    """What a submission did."""

    review_id: str | None = None
    closed_tasks: list[str] = []
    task: TaskDetail


class DecisionResult(BaseModel):
    """What a decision did: the review and the tasks it closed."""

    review: QueueItem
    closed_tasks: list[str]


def _refusal(refused: RadarRefused) -> JSONResponse:
    text = words.refusal_text(refused.code, refused.params)
    detail = text.render("en") if text.msgid != refused.code else str(refused)
    body = Refusal(detail=detail, code=refused.code).model_dump()
    return JSONResponse(body, status_code=words.refusal_status(refused.code))


def _review(review: q.Review) -> Review:
    return Review(
        review_id=review.review_id,
        kind=review.kind,
        state=review.state,
        task_id=review.task_id,
        submitted_by=review.submitted_by,
        submitted_at=review.submitted_at,
        due_at=review.due_at,
        decided_at=review.decided_at,
        reason=review.reason,
        qualification_kind=(
            QualificationKind(review.qualification_kind) if review.qualification_kind else None
        ),
        document_url=(f"/radar/reviews/{review.review_id}/document" if review.has_file else None),
    )


def _task(row: q.TaskRow) -> dict[str, Any]:
    problem = (
        words.suspected_text(row.right_kind, row.right_mark).render("en")
        if row.suspected_ip
        else row.detail
    )
    return {
        **{name: getattr(row, name) for name in Task.model_fields if hasattr(row, name)},
        "problem": problem,
        "findings": [Finding(**finding.__dict__) for finding in row.findings],
        "buttons": Buttons(
            edit=row.can_edit,
            qualification=row.can_qualify,
            appeal=row.can_appeal,
            delist=row.can_delist,
        ),
    }


def _queue_item(item: q.QueueRow) -> QueueItem:
    review = item.review
    edit = review.kind is ReviewKind.EDIT
    payload = review.payload
    return QueueItem(
        **_review(review).model_dump(),
        merchant_id=item.merchant_id,
        merchant_name=item.merchant_name,
        product_id=item.product_id,
        product_title=item.product_title,
        right_id=item.right_id,
        overdue=item.overdue,
        decided_by=review.decided_by,
        edit_before=dict(item.before) if edit else None,
        edit_after={k: payload.get(k) for k in ("title", "description", "brand")} if edit else None,
        statement=payload.get("statement") if review.kind is ReviewKind.APPEAL else None,
        note=payload.get("note") if review.kind is ReviewKind.QUALIFICATION else None,
    )


_merchant = api_user(*MERCHANT_ROLES)
ApiMerchant = Annotated[Auth, Depends(_merchant)]


@router.get("/tasks")
def task_list(
    request: Request,
    auth: ApiAnyUser,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
    category: RadarCategory | None = None,
    outcome: Outcome | None = None,
    status: TaskStatus | None = None,
    tier: FilterText = None,
    owner: Annotated[
        str | None, Query(max_length=128, description="The owner's account id.")
    ] = None,
    page: PageNumber = 1,
) -> TaskList:
    """The caller's tasks (operators: of ``merchant_id``): open ones first, newest first."""
    scope = api_scope(connection, auth.principal, merchant_id)
    wanted = q.TaskFilter(category, outcome, tier or None, owner or None, status)
    found = q.tasks(connection, scope, wanted, request.app.state.rulebook, at, page)
    return TaskList(
        total=found.total,
        page=found.page,
        pages=found.pages,
        tasks=[Task(**_task(row)) for row in found.rows],
    )


@router.get("/counts")
def counts(
    auth: ApiAnyUser,
    connection: ReadConnection,
    merchant_id: MerchantId = None,
    tier: FilterText = None,
    owner: FilterText = None,
) -> Counts:
    """Distinct products per category and outcome (narrowed by tier and owner)."""
    scope = api_scope(connection, auth.principal, merchant_id)
    found = q.counts(connection, scope, q.TaskFilter(tier=tier or None, owner=owner or None))
    return Counts(
        categories=[
            CategoryCounts(
                category=category,
                products=found.products[category],
                rectified=found.by_category[category][Outcome.RECTIFIED],
                reasonable=found.by_category[category][Outcome.REASONABLE],
                problem=found.by_category[category][Outcome.PROBLEM],
            )
            for category in RadarCategory
        ]
    )


def _detail(
    request: Request, connection: sa.Connection, auth: Auth, task_id: str, at: dt.datetime
) -> TaskDetail:
    principal = auth.principal
    scope = None if principal.is_operator else scope_for_merchant_user(principal)
    book: RuleBook = request.app.state.rulebook
    found = q.task(connection, scope, task_id, book, at)
    return TaskDetail(**_task(found.row), reviews=[_review(r) for r in found.reviews])


@router.get("/tasks/{task_id}")
def task(
    request: Request, task_id: str, auth: ApiAnyUser, connection: ReadConnection, at: Now
) -> TaskDetail:
    """One task the caller may see (404 otherwise), with its reviews."""
    return _detail(request, connection, auth, task_id, at)


def _submitted(
    request: Request, auth: Auth, task_id: str, at: dt.datetime, **done: Any
) -> Submitted:
    with request.app.state.engine.connect() as connection:
        return Submitted(**done, task=_detail(request, connection, auth, task_id, at))


@router.post(
    "/tasks/{task_id}/edit",
    dependencies=[CsrfChecked],
    status_code=201,
    responses=_REFUSED,
    response_model=Submitted,
)
def edit(request: Request, task_id: str, body: EditRequest, auth: ApiMerchant, at: Now) -> Any:
    """Send an edit of the task's product to product review (编辑商品)."""
    try:
        review_id = radar_filing.submit_edit(
            request, auth.principal, task_id, title=body.title, description=body.description,
            brand=body.brand, now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        return _refusal(refused)
    return _submitted(request, auth, task_id, at, review_id=review_id)


@router.post(
    "/tasks/{task_id}/appeal",
    dependencies=[CsrfChecked],
    status_code=201,
    responses=_REFUSED,
    response_model=Submitted,
)
def appeal(request: Request, task_id: str, body: AppealRequest, auth: ApiMerchant, at: Now) -> Any:
    """Appeal the task (申诉, limited per task: ``appeal_used`` after)."""
    try:
        review_id = radar_filing.submit_appeal(
            request, auth.principal, task_id, statement=body.statement, now=at
        )
    except RadarRefused as refused:
        return _refusal(refused)
    return _submitted(request, auth, task_id, at, review_id=review_id)


@router.post(
    "/tasks/{task_id}/qualification",
    status_code=201,
    responses=_REFUSED,
    response_model=Submitted,
    openapi_extra=multipart_body(QualificationForm),
)
def qualification(
    request: Request,
    task_id: str,
    auth: ApiMerchant,
    at: Now,
    form: Annotated[FormData, Depends(form_after(_merchant))],
) -> Any:
    """Upload an IP qualification for the task's right (multipart: ``qualification_kind``,
    ``note``, ``document``); approved, every open task of the right closes."""
    sent = fields(form, _QualificationFields)
    try:
        review_id = radar_filing.file_qualification(
            request, auth.principal, task_id, kind=sent.qualification_kind, note=sent.note,
            upload=sent.document, now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        return _refusal(refused)
    return _submitted(request, auth, task_id, at, review_id=review_id)


@router.post(
    "/tasks/{task_id}/delist",
    dependencies=[CsrfChecked],
    responses=_REFUSED,
    response_model=Submitted,
)
def delist(request: Request, task_id: str, auth: ApiMerchant, at: Now) -> Any:
    """Delist the task's product (下架商品): its open tasks are rectified."""
    try:
        closed = radar_filing.delist(request, auth.principal, task_id, at)
    except RadarRefused as refused:
        return _refusal(refused)
    return _submitted(request, auth, task_id, at, closed_tasks=closed)


@router.get("/reviews")
def reviews(
    _auth: ApiOperator,
    connection: ReadConnection,
    at: Now,
    kind: ReviewKind = ReviewKind.EDIT,
    state: ReviewState | None = None,
    page: PageNumber = 1,
) -> Queue:
    """One review queue (operators): pending first, the earliest due first."""
    found = q.queue(connection, kind, at, page, state)
    return Queue(
        kind=kind,
        total=found.total,
        page=found.page,
        pages=found.pages,
        pending=found.pending,
        overdue=found.overdue,
        reviews=[_queue_item(item) for item in found.rows],
    )


@router.get("/reviews/{review_id}")
def review(review_id: str, _auth: ApiOperator, connection: ReadConnection, at: Now) -> QueueItem:
    """One review (operators)."""
    return _queue_item(q.review(connection, review_id, at))


@router.post(
    "/reviews/{review_id}/decision",
    dependencies=[CsrfChecked],
    responses=_REFUSED,
    response_model=DecisionResult,
)
def decision(
    request: Request, review_id: str, body: DecisionRequest, auth: ApiOperator, at: Now
) -> Any:
    """Approve or reject a pending review (operators); decided already: 409,
    ``already_decided``."""
    try:
        decided = radar_filing.decide(
            request, auth.principal, review_id, approve=body.decision == "approve",
            reason=body.reason, now=at,
        )  # fmt: skip
    except RadarRefused as refused:
        return _refusal(refused)
    with request.app.state.engine.connect() as connection:
        item = _queue_item(q.review(connection, review_id, at))
    return DecisionResult(review=item, closed_tasks=list(decided.closed_tasks))
