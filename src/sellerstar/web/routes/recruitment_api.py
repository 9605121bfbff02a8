"""Talent recruitment's JSON API under ``/api/v1/recruitment``, mirroring the pages:
merchants' jobs (the main account posts and moves them), each job's ranked candidates with
their explanation, interviews (scheduling refuses double-booking), the talent's own
profile and interviews, and the public verification of a certificate.

Operators read every merchant's jobs and interviews; merchant users their merchant's;
another merchant's job or interview answers 404. A refusal answers its code and the
reason in English (422: correct the input; 403: the wrong role; 409: the rules refuse).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from sellerstar.domain.access import STAFF_ROLES, Principal, Role
from sellerstar.domain.recruitment import JobState
from sellerstar.queries import recruitment as queries
from sellerstar.recruitment.matching import MatchRules
from sellerstar.services import recruitment_interviews, recruitment_jobs
from sellerstar.services.recruitment_errors import RecruitmentRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import Auth, CsrfChecked, Now, ReadConnection, api_user
from sellerstar.web.recruitment_input import (
    InterviewId,
    JobId,
    job_draft,
    local_times,
)
from sellerstar.web.recruitment_schemas import (
    Candidate,
    CertificateOut,
    Interview,
    InterviewIn,
    Job,
    JobIn,
    MoveIn,
    OutcomeIn,
    Profile,
    Refusal,
    StateIn,
    certificate_out,
    interview_out,
    job_out,
)
from sellerstar.web.recruitment_views import section
from sellerstar.web.words import recruitment as words

router = APIRouter(prefix="/api/v1/recruitment", tags=["recruitment"])
ApiStaff = Annotated[Auth, Depends(api_user(*STAFF_ROLES))]
ApiTalent = Annotated[Auth, Depends(api_user(Role.TALENT))]


REFUSED: dict[int | str, dict[str, Any]] = {
    403: {"model": Refusal, "description": "Not for this role (code says why)."},
    409: {"model": Refusal, "description": "The rules refuse it (code says why)."},
    422: {"model": Refusal, "description": "The input needs correcting (code says what)."},
}


def refusal(refused: RecruitmentRefused) -> JSONResponse:
    text = words.refusal_text(refused.code, refused.params).render("en")
    body = Refusal(detail=text, code=refused.code).model_dump()
    return JSONResponse(body, status_code=words.refusal_status(refused.code))


def _merchant(principal: Principal) -> str | None:
    """The merchant whose data the caller reads (None: an operator, everyone's)."""
    return None if principal.is_operator else principal.merchant_id


def _draft(body: JobIn) -> recruitment_jobs.JobDraft:
    return job_draft(
        title=body.title, city=body.city, remote=body.remote, duties=body.duties,
        required=body.required_certifications, preferred=body.preferred_certifications,
        skills=";".join(body.skills), salary_min=body.salary_min, salary_max=body.salary_max,
        currency=body.currency,
    )  # fmt: skip


@router.get("/jobs", response_model=list[Job])
def list_jobs(auth: ApiStaff, connection: ReadConnection, state: JobState | None = None) -> Any:
    """The caller's merchant's jobs (operators: every merchant's), newest first."""
    return [job_out(r) for r in queries.jobs(connection, _merchant(auth.principal), state)]


@router.post(
    "/jobs", dependencies=[CsrfChecked], status_code=201, responses=REFUSED, response_model=Job
)
def post_job(
    request: Request, body: JobIn, auth: ApiStaff, connection: ReadConnection, at: Now
) -> Any:
    """Post a job as a draft (merchant main accounts)."""
    try:
        with transaction(request.app.state.engine) as writing:
            job_id = recruitment_jobs.create_job(
                writing, auth.principal, _draft(body), section(request, at), at
            )
    except RecruitmentRefused as refused:
        return refusal(refused)
    connection.rollback()
    return job_out(queries.job(connection, auth.principal.merchant_id, job_id))


@router.get("/jobs/{job_id}", response_model=Job)
def get_job(auth: ApiStaff, connection: ReadConnection, job_id: JobId) -> Any:
    """One job."""
    return job_out(queries.job(connection, _merchant(auth.principal), job_id))


@router.post(
    "/jobs/{job_id}/state", dependencies=[CsrfChecked], responses=REFUSED, response_model=Job
)
def move_job(
    request: Request,
    body: StateIn,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    job_id: JobId,
) -> Any:
    """Open or close a job (merchant main accounts)."""
    queries.job(connection, _merchant(auth.principal), job_id)
    try:
        with transaction(request.app.state.engine) as writing:
            recruitment_jobs.change_state(writing, auth.principal, job_id, body.state, at)
    except RecruitmentRefused as refused:
        return refusal(refused)
    connection.rollback()
    return job_out(queries.job(connection, auth.principal.merchant_id, job_id))


@router.get("/jobs/{job_id}/candidates", response_model=list[Candidate])
def candidates(
    request: Request, auth: ApiStaff, connection: ReadConnection, at: Now, job_id: JobId
) -> Any:
    """The job's ranked candidates with their explanation (in English)."""
    row = queries.job(connection, _merchant(auth.principal), job_id)
    found = queries.candidates(connection, row, MatchRules.of(section(request, at)))
    return [
        Candidate(
            rank=v.candidate.rank, talent_id=v.candidate.talent_id, name=v.name,
            certified=v.candidate.certified, required_held=v.candidate.required.held,
            required_total=v.candidate.required.total,
            missing=[c.value for c in v.candidate.required.missing],
            preferred_held=v.candidate.preferred.held,
            matched_skills=list(v.candidate.matched_skills), score=v.candidate.score,
            explanation=words.explanation(
                v.candidate.required, v.candidate.preferred, v.candidate.matched_skills, "en"
            ),
        )
        for v in found
    ]  # fmt: skip


@router.post(
    "/jobs/{job_id}/interviews",
    dependencies=[CsrfChecked],
    status_code=201,
    responses=REFUSED,
    response_model=Interview,
)
def schedule(
    request: Request,
    body: InterviewIn,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    job_id: JobId,
) -> Any:
    """Schedule an interview of a talent; the caller (a merchant user) interviews."""
    if auth.principal.is_operator:
        return refusal(RecruitmentRefused("merchant_only", "merchant users only"))
    queries.job(connection, auth.principal.merchant_id, job_id)
    try:
        start, end = local_times(body.date, body.start, body.end)
        with transaction(request.app.state.engine) as writing:
            interview_id = recruitment_interviews.schedule(
                writing, auth.principal, job_id=job_id, talent_id=body.talent_id,
                local_start=start, local_end=end, timezone=body.timezone,
                location=body.location, rules=section(request, at), now=at,
            )  # fmt: skip
    except RecruitmentRefused as refused:
        return refusal(refused)
    connection.rollback()
    return interview_out(queries.interview(connection, interview_id))


@router.put("/jobs/{job_id}", dependencies=[CsrfChecked], responses=REFUSED, response_model=Job)
def edit_job(
    request: Request,
    body: JobIn,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    job_id: JobId,
) -> Any:
    """Change a draft or open job (merchant main accounts)."""
    queries.job(connection, _merchant(auth.principal), job_id)
    try:
        with transaction(request.app.state.engine) as writing:
            recruitment_jobs.update_job(
                writing, auth.principal, job_id, _draft(body), section(request, at), at
            )
    except RecruitmentRefused as refused:
        return refusal(refused)
    connection.rollback()
    return job_out(queries.job(connection, auth.principal.merchant_id, job_id))


def _change(
    request: Request, auth: Auth, connection: ReadConnection, interview_id: int, action: Any
) -> Any:
    """Run one change of a merchant's interview; answer the interview as it is then."""
    if auth.principal.is_operator:
        return refusal(RecruitmentRefused("merchant_only", "merchant users only"))
    queries.interview(connection, interview_id, merchant_id=auth.principal.merchant_id)
    try:
        with transaction(request.app.state.engine) as writing:
            action(writing)
    except RecruitmentRefused as refused:
        return refusal(refused)
    connection.rollback()
    return interview_out(queries.interview(connection, interview_id))


@router.post(
    "/interviews/{interview_id}/reschedule",
    dependencies=[CsrfChecked],
    responses=REFUSED,
    response_model=Interview,
)
def reschedule(
    request: Request,
    body: MoveIn,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    interview_id: InterviewId,
) -> Any:
    """Move a scheduled interview (its calendar files get the next SEQUENCE)."""

    def action(writing: Any) -> None:
        start, end = local_times(body.date, body.start, body.end)
        recruitment_interviews.reschedule(
            writing, auth.principal, interview_id, local_start=start, local_end=end,
            timezone=body.timezone, rules=section(request, at), now=at,
        )  # fmt: skip

    return _change(request, auth, connection, interview_id, action)


@router.post(
    "/interviews/{interview_id}/cancel",
    dependencies=[CsrfChecked],
    responses=REFUSED,
    response_model=Interview,
)
def cancel(
    request: Request, auth: ApiStaff, connection: ReadConnection, at: Now, interview_id: InterviewId
) -> Any:
    """Cancel a scheduled interview."""

    def action(writing: Any) -> None:
        recruitment_interviews.cancel(writing, auth.principal, interview_id, at)

    return _change(request, auth, connection, interview_id, action)


@router.post(
    "/interviews/{interview_id}/outcome",
    dependencies=[CsrfChecked],
    responses=REFUSED,
    response_model=Interview,
)
def outcome(
    request: Request,
    body: OutcomeIn,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    interview_id: InterviewId,
) -> Any:
    """Record the outcome of an interview that has started."""

    def action(writing: Any) -> None:
        recruitment_interviews.record_outcome(
            writing, auth.principal, interview_id, body.outcome, at
        )

    return _change(request, auth, connection, interview_id, action)


@router.get("/interviews", response_model=list[Interview])
def list_interviews(auth: ApiStaff, connection: ReadConnection) -> Any:
    """The merchant's interviews (operators: all), by start."""
    found = queries.interviews(connection, merchant_id=_merchant(auth.principal))
    return [interview_out(r) for r in found]


@router.get("/me", response_model=Profile)
def my_profile(auth: ApiTalent, connection: ReadConnection) -> Any:
    """The talent's own profile and certificates."""
    assert auth.principal.talent_id is not None
    t = queries.talent(connection, auth.principal.talent_id)
    return Profile(
        talent_id=t.talent_id, name=t.name, school=t.school, major=t.major,
        graduation_year=t.graduation_year, city=t.city, skills=list(t.skills),
        experience=t.experience, certificates=[certificate_out(c) for c in t.certificates],
    )  # fmt: skip


@router.get("/me/interviews", response_model=list[Interview])
def my_interviews(auth: ApiTalent, connection: ReadConnection) -> Any:
    """The talent's own interviews."""
    assert auth.principal.talent_id is not None
    found = queries.interviews(connection, talent_id=auth.principal.talent_id)
    return [interview_out(r) for r in found]


@router.get("/certificates/{certificate_id}", response_model=CertificateOut)
def verify(connection: ReadConnection, certificate_id: str) -> Any:
    """Public: the holder, certification and issue date of a certificate, or 404."""
    found = queries.certificate(connection, certificate_id[:128])
    if found is None:
        raise HTTPException(404, "no certificate has this id")
    return certificate_out(found)
