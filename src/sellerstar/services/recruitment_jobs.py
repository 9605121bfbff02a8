"""Merchants' jobs in talent recruitment: post (a draft), edit, open, close.

Only a merchant's **main account** posts and changes its merchant's jobs (the seed's
recruitment is the company's, and the main account answers for it, as for the
service-market coupons); sub-accounts and operators read them. The life cycle
(``JobState``: draft → open → closed, draft → closed) is checked here and by a
conditional update, so two clicks at once change a job once; the store's CHECKs keep the
state a known code, the salary range upright and a city or remote. Every change writes an
audit row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Principal, Role
from sellerstar.domain.recruitment import (
    Certification,
    JobState,
    join_codes,
    valid_salary,
)
from sellerstar.rules.recruitment import Recruitment
from sellerstar.services.recruitment_errors import RecruitmentRefused
from sellerstar.store import audit
from sellerstar.store.schema import recruitment_jobs

TITLE_LIMIT = 120
TEXT_LIMIT = 4000
CITY_LIMIT = 60
SKILLS_LIMIT = 30
SKILL_LIMIT = 40
SALARY_LIMIT = 10_000_000


@dataclass(frozen=True)
class JobDraft:
    """What a merchant writes of a job."""

    title: str
    city: str | None
    remote: bool
    duties: str
    required: tuple[Certification, ...]
    preferred: tuple[Certification, ...]
    skills: tuple[str, ...]
    salary_min: int
    salary_max: int
    currency: str


def checked(draft: JobDraft, rules: Recruitment) -> JobDraft:
    """The draft with its text trimmed, or a refusal naming the first problem."""
    title = draft.title.strip()
    city = (draft.city or "").strip() or None
    if not title:
        raise RecruitmentRefused("title_missing", "the job needs a title")
    if len(title) > TITLE_LIMIT:
        raise RecruitmentRefused("title_too_long", "title too long", limit=TITLE_LIMIT)
    if city is None and not draft.remote:
        raise RecruitmentRefused("city_or_remote", "give a city or mark the job remote")
    if city is not None and len(city) > CITY_LIMIT:
        raise RecruitmentRefused("city_too_long", "city too long", limit=CITY_LIMIT)
    if len(draft.duties) > TEXT_LIMIT:
        raise RecruitmentRefused("duties_too_long", "duties too long", limit=TEXT_LIMIT)
    if set(draft.required) & set(draft.preferred):
        raise RecruitmentRefused(
            "certification_twice", "a certification is both required and preferred"
        )
    if len(draft.skills) > SKILLS_LIMIT or any(len(s) > SKILL_LIMIT for s in draft.skills):
        raise RecruitmentRefused(
            "skills_too_many", "too many or too long skills", count=SKILLS_LIMIT, limit=SKILL_LIMIT
        )
    if not valid_salary(draft.salary_min, draft.salary_max) or draft.salary_max > SALARY_LIMIT:
        raise RecruitmentRefused(
            "salary_range", "the salary range must be 0 ≤ minimum ≤ maximum", limit=SALARY_LIMIT
        )
    if draft.currency not in rules.currencies:
        raise RecruitmentRefused(
            "currency", "unknown currency", currencies=", ".join(rules.currencies)
        )
    return JobDraft(
        title,
        city,
        draft.remote,
        draft.duties.strip(),
        draft.required,
        draft.preferred,
        draft.skills,
        draft.salary_min,
        draft.salary_max,
        draft.currency,
    )


def _poster(principal: Principal) -> str:
    """The merchant of a main account; anyone else may not post or change jobs."""
    if principal.role != Role.MERCHANT_MAIN or principal.merchant_id is None:
        raise RecruitmentRefused("main_account_only", "only the main account posts jobs")
    return principal.merchant_id


def _values(draft: JobDraft) -> dict[str, Any]:
    return {
        "title": draft.title,
        "city": draft.city,
        "remote": draft.remote,
        "duties": draft.duties,
        "required_certifications": join_codes(draft.required),
        "preferred_certifications": join_codes(draft.preferred),
        "skills": ";".join(draft.skills),
        "salary_min": draft.salary_min,
        "salary_max": draft.salary_max,
        "currency": draft.currency,
    }


def create_job(
    connection: sa.Connection,
    principal: Principal,
    draft: JobDraft,
    rules: Recruitment,
    now: dt.datetime,
) -> int:
    """Post a job as a draft; returns its id."""
    merchant_id = _poster(principal)
    draft = checked(draft, rules)
    job_id = connection.execute(
        recruitment_jobs.insert()
        .values(
            merchant_id=merchant_id,
            state=JobState.DRAFT,
            created_at=now,
            created_by=principal.login,
            changed_at=now,
            changed_by=principal.login,
            **_values(draft),
        )
        .returning(recruitment_jobs.c.job_id)
    ).scalar_one()
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action="job_posted",
        entity_type="recruitment_job",
        entity_id=str(job_id),
        detail={"merchant_id": merchant_id, "title": draft.title},
    )
    return int(job_id)


def _own_state(connection: sa.Connection, merchant_id: str, job_id: int) -> JobState:
    state = connection.scalar(
        sa.select(recruitment_jobs.c.state).where(
            recruitment_jobs.c.job_id == job_id, recruitment_jobs.c.merchant_id == merchant_id
        )
    )
    if state is None:
        raise OutOfScope(f"no job {job_id}")
    return JobState(state)


def update_job(
    connection: sa.Connection,
    principal: Principal,
    job_id: int,
    draft: JobDraft,
    rules: Recruitment,
    now: dt.datetime,
) -> None:
    """Change a draft or open job (a closed one stays as it was)."""
    merchant_id = _poster(principal)
    state = _own_state(connection, merchant_id, job_id)
    draft = checked(draft, rules)
    changed = connection.execute(
        recruitment_jobs.update()
        .where(
            recruitment_jobs.c.job_id == job_id,
            recruitment_jobs.c.state.in_([JobState.DRAFT, JobState.OPEN]),
        )
        .values(changed_at=now, changed_by=principal.login, **_values(draft))
    ).rowcount
    if not changed:
        raise RecruitmentRefused("job_closed", "a closed job cannot be changed", state=state)
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action="job_edited",
        entity_type="recruitment_job",
        entity_id=str(job_id),
        detail=_values(draft),
    )


def change_state(
    connection: sa.Connection,
    principal: Principal,
    job_id: int,
    target: JobState,
    now: dt.datetime,
) -> None:
    """Open or close a job, if its life cycle allows it from where it is now."""
    merchant_id = _poster(principal)
    state = _own_state(connection, merchant_id, job_id)
    if not state.can_become(target):
        raise RecruitmentRefused(
            "transition", f"a {state} job cannot become {target}", state=state, target=target
        )
    stamp = {"opened_at": now} if target == JobState.OPEN else {"closed_at": now}
    changed = connection.execute(
        recruitment_jobs.update()
        .where(recruitment_jobs.c.job_id == job_id, recruitment_jobs.c.state == state)
        .values(state=target, changed_at=now, changed_by=principal.login, **stamp)
    ).rowcount
    if not changed:  # changed from elsewhere since we read it
        raise RecruitmentRefused(
            "transition", f"the job is no longer {state}", state=state, target=target
        )
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action=f"job_{target}",
        entity_type="recruitment_job",
        entity_id=str(job_id),
        detail={"from": state, "to": target},
    )


__all__ = ["JobDraft", "change_state", "checked", "create_job", "update_job"]
