"""The operator console: find a merchant, its overview, the daily jobs (pages and API).

Starting the daily compute job is :func:`sellerstar.jobs.daily.start_daily_job` (of
concurrent starts, from any worker, the CLI or the scheduler, one wins; the others get
409); the run follows the answer (a background task on the app's batch engine, which
releases the lock); its outcome appears in ``job_runs``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, BackgroundTasks, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from sellerstar.domain.access import Principal
from sellerstar.jobs import daily
from sellerstar.jobs.daily import FutureViewDate, JobAlreadyRunning
from sellerstar.queries import operator as console
from sellerstar.rules import RuleBook
from sellerstar.web.auth import ApiOperator, CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import today
from sellerstar.web.i18n import N_
from sellerstar.web.job_facts import JOB_PAGE_REFRESH_SECONDS, job_fact_value
from sellerstar.web.templating import render
from sellerstar.web.words.operator import (
    JOB_FACT_LABELS,
    JOB_LABELS,
    JOB_STATUS_LABELS,
    MEMBERSHIP_LABELS,
    TA_STATUS_LABELS,
)
from sellerstar.web.words.stars import TRACK_LABELS

router = APIRouter()

_LABELS = {
    "track_labels": TRACK_LABELS,
    "job_labels": JOB_LABELS,
    "job_fact_labels": JOB_FACT_LABELS,
    "job_status_labels": JOB_STATUS_LABELS,
    "membership_labels": MEMBERSHIP_LABELS,
    "ta_status_labels": TA_STATUS_LABELS,
}
Page = Annotated[int, Query(ge=1, le=1_000_000)]


class ComputeRequest(BaseModel):
    """Which view date the daily compute job should compute (default: today)."""

    view_date: dt.date | None = Field(
        default=None, description="The view date; its stat date is the view date minus the lag."
    )


class ComputeStarted(BaseModel):
    """A compute run that has been started; it appears in the job list when it runs."""

    job: str
    view_date: dt.date
    stat_date: dt.date
    started_by: str


class _Refusal(Exception):
    """Why a run cannot start: a catalogue message, its values and the HTTP status."""

    def __init__(self, message: str, values: dict[str, str], status: int) -> None:
        super().__init__(message % values)
        self.message = message
        self.values = values
        self.status = status


def _start_compute(
    request: Request,
    background: BackgroundTasks,
    principal: Principal,
    at: dt.datetime,
    view_date: dt.date | None,
) -> ComputeStarted:
    book: RuleBook = request.app.state.rulebook
    store: sa.Engine = request.app.state.job_engine
    try:
        started = daily.start_daily_job(store, book, principal.login, at, view_date)
    except FutureViewDate as refused:
        raise _Refusal(
            N_("The view date %(date)s is in the future."), {"date": refused.view.isoformat()}, 422
        ) from None
    except JobAlreadyRunning:
        raise _Refusal(
            N_("A daily metrics run is still running; start the next one when it has finished."),
            {},
            409,
        ) from None
    background.add_task(daily.run_started, store, book, started, at)
    return ComputeStarted(
        job=daily.METRICS_STEP,
        view_date=started.view_date,
        stat_date=started.stat_date,
        started_by=started.started_by,
    )


def _jobs_page(
    request: Request,
    connection: sa.Connection,
    at: dt.datetime,
    page: int,
    status_code: int = 200,
    **extra: Any,
) -> HTMLResponse:
    book: RuleBook = request.app.state.rulebook
    zone = book.in_force_at(at).calendar.timezone
    jobs = console.job_runs_page(connection, page)
    # The lock's expiry is on the real clock, also when a demo fixes the platform date.
    running = console.jobs_running(connection, dt.datetime.now(dt.UTC))
    context = {
        "jobs": jobs,
        "zone": zone,
        "fact_value": job_fact_value(zone),
        "refresh_seconds": JOB_PAGE_REFRESH_SECONDS if running else None,
        "refresh_url": f"/ops/jobs?page={jobs.page}",
        "default_view_date": today(book, at),
        "started": None,
        "error": None,
        **_LABELS,
        **extra,
    }
    return render(request, "ops_jobs.html", context, status_code=status_code)


@router.get("/ops", include_in_schema=False)
def merchants_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    q: Annotated[str, Query(max_length=128)] = "",
    page: Page = 1,
) -> HTMLResponse:
    """Find a merchant by id or name."""
    found = console.find_merchants(connection, q, page)
    return render(request, "ops.html", {"found": found, **_LABELS})


@router.get("/ops/merchants/{merchant_id}", include_in_schema=False)
def merchant_page(
    request: Request, merchant_id: str, _auth: Operator, connection: ReadConnection
) -> HTMLResponse:
    """One merchant: its accounts, newest figures and links to its pages."""
    summary = console.merchant_summary(connection, merchant_id)
    return render(request, "ops_merchant.html", {"summary": summary, **_LABELS})


@router.get("/ops/jobs", include_in_schema=False)
def jobs_page(
    request: Request,
    _auth: Operator,
    connection: ReadConnection,
    at: Now,
    page: Page = 1,
    view: dt.date | None = None,
    stat: dt.date | None = None,
) -> HTMLResponse:
    """The batch job runs, newest first, and the form to start the daily compute job."""
    started = {"view": view, "stat": stat} if view and stat else None
    return _jobs_page(request, connection, at, page, started=started)


@router.post("/ops/jobs/compute", include_in_schema=False, dependencies=[CsrfChecked])
def start_compute_page(
    request: Request,
    background: BackgroundTasks,
    auth: Operator,
    connection: ReadConnection,
    at: Now,
    view_date: Annotated[dt.date | None, Form()] = None,
) -> Response:
    """Start the daily compute job for a view date, then show the job list."""
    try:
        started = _start_compute(request, background, auth.principal, at, view_date)
    except _Refusal as refusal:
        error = {"message": refusal.message, "params": refusal.values}
        return _jobs_page(request, connection, at, 1, refusal.status, error=error)
    target = f"/ops/jobs?view={started.view_date.isoformat()}&stat={started.stat_date.isoformat()}"
    return RedirectResponse(target, status_code=303, background=background)


@router.get("/api/v1/ops/merchants", tags=["operator"])
def api_merchants(
    _auth: ApiOperator,
    connection: ReadConnection,
    q: Annotated[str, Query(max_length=128, description="Id prefix or part of the name.")] = "",
    page: Page = 1,
) -> console.MerchantPage:
    """Merchants whose id starts with ``q`` or whose name contains it, with their newest
    predicted stars and tracking visibility rate (operators only)."""
    return console.find_merchants(connection, q, page)


@router.get("/api/v1/ops/jobs", tags=["operator"])
def api_jobs(_auth: ApiOperator, connection: ReadConnection, page: Page = 1) -> console.JobPage:
    """Batch job runs, newest first (operators only)."""
    return console.job_runs_page(connection, page)


@router.post(
    "/api/v1/ops/jobs/compute", tags=["operator"], status_code=202, dependencies=[CsrfChecked]
)
def api_start_compute(
    request: Request,
    background: BackgroundTasks,
    auth: ApiOperator,
    connection: ReadConnection,
    at: Now,
    body: ComputeRequest | None = None,
) -> ComputeStarted:
    """Start the daily compute job for a view date (default: today); it runs after the
    answer and appears in ``GET /api/v1/ops/jobs``. A session must send X-CSRF-Token."""
    view = body.view_date if body else None
    try:
        return _start_compute(request, background, auth.principal, at, view)
    except _Refusal as refusal:
        raise HTTPException(refusal.status, refusal.message % refusal.values) from None
