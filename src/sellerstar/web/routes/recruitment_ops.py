"""Talent recruitment for operators: every merchant's jobs, the interviews and the talent
pool with its certificates; a job's page with its candidates (read-only)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sellerstar.queries import recruitment as queries
from sellerstar.web.auth import Now, Operator, ReadConnection
from sellerstar.web.recruitment_input import JobId
from sellerstar.web.recruitment_views import job_context
from sellerstar.web.templating import render
from sellerstar.web.words import recruitment as words

router = APIRouter(include_in_schema=False)


@router.get("/ops/recruitment")
def ops_page(request: Request, _auth: Operator, connection: ReadConnection) -> HTMLResponse:
    """All jobs, interviews and talents."""
    context = {
        "jobs": queries.jobs(connection, None),
        "interviews": queries.interviews(connection),
        "talents": queries.talents(connection),
        "read_only": True,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_recruitment.html", context)


@router.get("/ops/recruitment/jobs/{job_id}")
def ops_job(
    request: Request, _auth: Operator, connection: ReadConnection, at: Now, job_id: JobId
) -> HTMLResponse:
    """One job as its merchant sees it, without the forms."""
    row = queries.job(connection, None, job_id)
    context = job_context(request, connection, row, at) | {
        "base": "/ops/recruitment",
        "can_post": False,
        "can_schedule": False,
        "read_only": True,
        "done": None,
        "error": None,
    }
    return render(request, "recruitment_job.html", context)
