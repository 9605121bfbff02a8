"""The product radar's tasks in the JSON API (rulebook §3): tasks and their counts (merchant
users: their own, a sub-account those of the products it owns; operators: the merchant
they name), the three ways out and the delisting (merchant users). The operators' review
queues and the decision are ``routes/radar_ops_api.py``.

A refusal answers ``{"detail": ..., "code": ...}``: 409 when the rules refuse (task
closed, appeal used, already under review), 422 when the input needs correcting (a
missing text, a document that is not a PDF or an image, or too large). A task the caller
may not see is 404. A session must send its X-CSRF-Token on writes; an API token of scope
``read`` may only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.datastructures import FormData

from sellerstar.domain.access import MERCHANT_ROLES, scope_for_merchant_user
from sellerstar.domain.radar import (
    Outcome,
    QualificationKind,
    RadarCategory,
    TaskDisplay,
    TaskStatus,
)
from sellerstar.queries import radar_rows, radar_tasks
from sellerstar.rules import RuleBook
from sellerstar.services.radar_errors import RadarRefused
from sellerstar.web import radar_filing
from sellerstar.web.auth import (
    ApiStaff,
    Auth,
    CsrfChecked,
    Now,
    ReadConnection,
    api_user,
)
from sellerstar.web.deps import PageNumber, api_scope
from sellerstar.web.forms import fields, form_after, multipart_body
from sellerstar.web.radar_api_shapes import REFUSED, Review, refusal, review_model
from sellerstar.web.words import radar as words

router = APIRouter(prefix="/api/v1/radar", tags=["radar"])
MerchantId = Annotated[
    str | None, Query(max_length=128, description="Operators: the merchant to read.")
]
FilterText = Annotated[str | None, Query(max_length=128)]


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


class Submitted(BaseModel):
    """What a submission did."""

    review_id: str | None = None
    closed_tasks: list[str] = []
    task: TaskDetail


def _task(row: radar_rows.TaskRow) -> dict[str, Any]:
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


_merchant = api_user(*MERCHANT_ROLES)
ApiMerchant = Annotated[Auth, Depends(_merchant)]


@router.get("/tasks")
def task_list(
    request: Request,
    auth: ApiStaff,
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
    wanted = radar_tasks.TaskFilter(category, outcome, tier or None, owner or None, status)
    found = radar_tasks.tasks(connection, scope, wanted, request.app.state.rulebook, at, page)
    return TaskList(
        total=found.total,
        page=found.page,
        pages=found.pages,
        tasks=[Task(**_task(row)) for row in found.rows],
    )


@router.get("/counts")
def counts(
    auth: ApiStaff,
    connection: ReadConnection,
    merchant_id: MerchantId = None,
    tier: FilterText = None,
    owner: FilterText = None,
) -> Counts:
    """Distinct products per category and outcome (narrowed by tier and owner)."""
    scope = api_scope(connection, auth.principal, merchant_id)
    found = radar_tasks.counts(
        connection, scope, radar_tasks.TaskFilter(tier=tier or None, owner=owner or None)
    )
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
    found = radar_tasks.task(connection, scope, task_id, book, at)
    return TaskDetail(**_task(found.row), reviews=[review_model(r) for r in found.reviews])


@router.get("/tasks/{task_id}")
def task(
    request: Request, task_id: str, auth: ApiStaff, connection: ReadConnection, at: Now
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
    responses=REFUSED,
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
        return refusal(refused)
    return _submitted(request, auth, task_id, at, review_id=review_id)


@router.post(
    "/tasks/{task_id}/appeal",
    dependencies=[CsrfChecked],
    status_code=201,
    responses=REFUSED,
    response_model=Submitted,
)
def appeal(request: Request, task_id: str, body: AppealRequest, auth: ApiMerchant, at: Now) -> Any:
    """Appeal the task (申诉, limited per task: ``appeal_used`` after)."""
    try:
        review_id = radar_filing.submit_appeal(
            request, auth.principal, task_id, statement=body.statement, now=at
        )
    except RadarRefused as refused:
        return refusal(refused)
    return _submitted(request, auth, task_id, at, review_id=review_id)


@router.post(
    "/tasks/{task_id}/qualification",
    status_code=201,
    responses=REFUSED,
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
        return refusal(refused)
    return _submitted(request, auth, task_id, at, review_id=review_id)


@router.post(
    "/tasks/{task_id}/delist",
    dependencies=[CsrfChecked],
    responses=REFUSED,
    response_model=Submitted,
)
def delist(request: Request, task_id: str, auth: ApiMerchant, at: Now) -> Any:
    """Delist the task's product (下架商品): its open tasks are rectified."""
    try:
        closed = radar_filing.delist(request, auth.principal, task_id, at)
    except RadarRefused as refused:
        return refusal(refused)
    return _submitted(request, auth, task_id, at, closed_tasks=closed)
