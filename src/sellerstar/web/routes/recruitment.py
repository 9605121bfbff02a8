"""Talent recruitment, the merchant's pages (更多 → 成长 → 人才招聘): its jobs (the main
account posts, edits, opens and closes them; sub-accounts read them), each open job's
ranked candidates with their explanations, and interviews (any of the merchant's users
schedules one and is its interviewer; cancel, record the outcome, a calendar file).

A refusal shows the page again with the reason in words (422: correct the form; 403: the
wrong role; 409: the rules refuse) and writes nothing; another merchant's job or
interview answers 404.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData

from sellerstar.domain.access import MERCHANT_ROLES, OutOfScope, Principal
from sellerstar.domain.recruitment import InterviewOutcome, JobState
from sellerstar.queries import recruitment as queries
from sellerstar.services import recruitment_interviews, recruitment_jobs
from sellerstar.services.recruitment_errors import RecruitmentRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import Auth, CsrfChecked, Merchant, Now, ReadConnection, file_user
from sellerstar.web.i18n import translations
from sellerstar.web.recruitment_input import (
    DEFAULT_ZONE,
    InterviewId,
    JobId,
    job_draft,
    local_times,
)
from sellerstar.web.recruitment_views import ics_response, job_context, section
from sellerstar.web.templating import render
from sellerstar.web.words import recruitment as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
MerchantFile = Annotated[Auth, Depends(file_user(*MERCHANT_ROLES))]
BASE = "/m/recruitment"


async def posted_form(request: Request, _auth: Merchant) -> FormData:
    """A recruitment form, read once the caller is known to be a merchant user."""
    return await request.form(max_files=0, max_fields=60)


Form = Annotated[FormData, Depends(posted_form)]


def _merchant(principal: Principal) -> str:
    assert principal.merchant_id is not None  # a merchant user (the dependency checked)
    return principal.merchant_id


def _list_page(
    request: Request,
    connection: sa.Connection,
    principal: Principal,
    *,
    done: Text | None = None,
    error: Text | None = None,
    form: dict[str, Any] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    merchant_id = _merchant(principal)
    context = {
        "jobs": queries.jobs(connection, merchant_id),
        "interviews": queries.interviews(connection, merchant_id=merchant_id),
        "can_post": principal.is_main_account,
        "read_only": False,
        "done": done,
        "error": error,
        "form": form or {},
        "base": BASE,
        "path_words": words.PATH,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "recruitment.html", context, status_code)


def _job_page(
    request: Request,
    connection: sa.Connection,
    principal: Principal,
    job_id: JobId,
    at: dt.datetime,
    *,
    done: Text | None = None,
    error: Text | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    row = queries.job(connection, _merchant(principal), job_id)
    context = job_context(request, connection, row, at) | {
        "base": BASE,
        "can_post": principal.is_main_account,
        "can_schedule": row.state == JobState.OPEN,
        "done": done,
        "error": error,
    }
    return render(request, "recruitment_job.html", context, status_code)


def _refused(refused: RecruitmentRefused) -> tuple[Text, int]:
    return words.refusal_text(refused.code, refused.params), words.refusal_status(refused.code)


def _draft(form: FormData) -> recruitment_jobs.JobDraft:
    return job_draft(
        title=form.get("title"),
        city=form.get("city"),
        remote=form.get("remote"),
        duties=form.get("duties"),
        required=form.getlist("required"),
        preferred=form.getlist("preferred"),
        skills=form.get("skills"),
        salary_min=form.get("salary_min"),
        salary_max=form.get("salary_max"),
        currency=form.get("currency"),
    )


@router.get(BASE)
def recruitment_page(request: Request, auth: Merchant, connection: ReadConnection) -> HTMLResponse:
    """The merchant's jobs and interviews; the main account's form for a new job."""
    return _list_page(request, connection, auth.principal)


@router.post(f"{BASE}/jobs", dependencies=[CsrfChecked])
def post_job(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, form: Form
) -> HTMLResponse:
    """Post a job (a draft)."""
    try:
        draft = _draft(form)
        with transaction(request.app.state.engine) as writing:
            job_id = recruitment_jobs.create_job(
                writing, auth.principal, draft, section(request, at), at
            )
    except RecruitmentRefused as refused:
        error, status = _refused(refused)
        return _list_page(
            request, connection, auth.principal, error=error, form=dict(form), status_code=status
        )
    connection.rollback()
    done = Text(words.JOB_POSTED, {"job_id": job_id})
    return _job_page(request, connection, auth.principal, job_id, at, done=done)


@router.get(BASE + "/jobs/{job_id}")
def job_page(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, job_id: JobId
) -> HTMLResponse:
    """A job, its ranked candidates with their explanations and its interviews."""
    return _job_page(request, connection, auth.principal, job_id, at)


def _write(
    request: Request,
    auth: Auth,
    connection: sa.Connection,
    at: dt.datetime,
    job_id: JobId,
    action: Any,
    done: Text,
) -> HTMLResponse:
    """Run one change in its own transaction; show the job page with the outcome."""
    queries.job(connection, _merchant(auth.principal), job_id)  # 404 before anything else
    try:
        with transaction(request.app.state.engine) as writing:
            action(writing)
    except RecruitmentRefused as refused:
        connection.rollback()
        error, status = _refused(refused)
        return _job_page(
            request, connection, auth.principal, job_id, at, error=error, status_code=status
        )
    connection.rollback()
    return _job_page(request, connection, auth.principal, job_id, at, done=done)


@router.post(BASE + "/jobs/{job_id}", dependencies=[CsrfChecked])
def edit_job(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, job_id: JobId, form: Form
) -> HTMLResponse:
    """Change a draft or open job."""

    def action(writing: sa.Connection) -> None:
        recruitment_jobs.update_job(
            writing, auth.principal, job_id, _draft(form), section(request, at), at
        )

    return _write(request, auth, connection, at, job_id, action, Text(words.JOB_SAVED))


@router.post(BASE + "/jobs/{job_id}/state", dependencies=[CsrfChecked])
def move_job(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, job_id: JobId, form: Form
) -> HTMLResponse:
    """Open or close a job."""
    wanted = str(form.get("state") or "")
    target = JobState(wanted) if wanted in ("open", "closed") else None
    label = translations(request.state.locale).gettext(
        words.JOB_STATE_LABELS[target or JobState.CLOSED]
    )

    def action(writing: sa.Connection) -> None:
        if target is None:
            raise RecruitmentRefused("transition", "unknown target state")
        recruitment_jobs.change_state(writing, auth.principal, job_id, target, at)

    return _write(
        request, auth, connection, at, job_id, action, Text(words.JOB_MOVED, {"state": label})
    )


@router.post(BASE + "/jobs/{job_id}/interviews", dependencies=[CsrfChecked])
def schedule(
    request: Request, auth: Merchant, connection: ReadConnection, at: Now, job_id: JobId, form: Form
) -> HTMLResponse:
    """Schedule an interview of a candidate; the caller is its interviewer."""
    created: list[int] = []

    def action(writing: sa.Connection) -> None:
        start, end = local_times(form.get("date"), form.get("start"), form.get("end"))
        created.append(
            recruitment_interviews.schedule(
                writing,
                auth.principal,
                job_id=job_id,
                talent_id=str(form.get("talent_id") or "")[:128],
                local_start=start,
                local_end=end,
                timezone=str(form.get("timezone") or DEFAULT_ZONE),
                location=str(form.get("location") or ""),
                rules=section(request, at),
                now=at,
            )
        )

    done = Text(words.INTERVIEW_SCHEDULED, {"interview_id": "…"})
    page = _write(request, auth, connection, at, job_id, action, done)
    if created:
        done.params["interview_id"] = created[0]
        return _job_page(request, connection, auth.principal, job_id, at, done=done)
    return page


@router.post(BASE + "/interviews/{interview_id}/{change}", dependencies=[CsrfChecked])
def change_interview(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    interview_id: InterviewId,
    change: str,
    form: Form,
) -> HTMLResponse:
    """Cancel an interview (``cancel``), move it (``reschedule``) or record its outcome
    (``outcome``)."""
    row = queries.interview(connection, interview_id, merchant_id=_merchant(auth.principal))
    if change not in ("cancel", "outcome", "reschedule"):
        raise OutOfScope(f"no action {change}")

    def action(writing: sa.Connection) -> None:
        if change == "cancel":
            recruitment_interviews.cancel(writing, auth.principal, interview_id, at)
            return
        if change == "reschedule":
            start, end = local_times(form.get("date"), form.get("start"), form.get("end"))
            recruitment_interviews.reschedule(
                writing, auth.principal, interview_id, local_start=start, local_end=end,
                timezone=str(form.get("timezone") or DEFAULT_ZONE), rules=section(request, at),
                now=at,
            )  # fmt: skip
            return
        outcome = form.get("outcome")
        if outcome not in {o.value for o in InterviewOutcome}:
            raise RecruitmentRefused("outcome_invalid", "choose an outcome")
        recruitment_interviews.record_outcome(
            writing, auth.principal, interview_id, InterviewOutcome(str(outcome)), at
        )

    done = Text(words.INTERVIEW_CHANGED, {"interview_id": interview_id})
    return _write(request, auth, connection, at, row.job_id, action, done)


@router.get(BASE + "/interviews/{interview_id}.ics")
def interview_file(
    request: Request, auth: MerchantFile, connection: ReadConnection, interview_id: InterviewId
) -> Response:
    """The .ics file of one of the merchant's interviews."""
    row = queries.interview(connection, interview_id, merchant_id=_merchant(auth.principal))
    return ics_response(row, request.state.locale)
