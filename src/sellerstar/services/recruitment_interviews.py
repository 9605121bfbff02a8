"""Interviews of talent recruitment: schedule, reschedule, cancel, record the outcome.

A merchant's user (main or sub-account) schedules an interview of a talent for one of its
merchant's open jobs, and is its interviewer. The times are given in an IANA time zone and
stored in UTC with the zone. **No double-booking**, enforced in the store: inside the
transaction, the talent's row and the interviewer's user row are locked (``SELECT … FOR
UPDATE`` on PostgreSQL, always talent first, so two schedulings never wait on each other
crosswise; on SQLite the transaction holds the database write lock from its start, ``BEGIN
IMMEDIATE``), and only then is an overlapping scheduled interview looked for: a second
scheduling for the same person waits for the first to commit and then sees it. Intervals
are half-open, so back-to-back interviews are fine.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa

from sellerstar.domain.access import MERCHANT_ROLES, OutOfScope, Principal
from sellerstar.domain.recruitment import InterviewOutcome, InterviewState, JobState
from sellerstar.rules.recruitment import Recruitment
from sellerstar.services.recruitment_errors import RecruitmentRefused
from sellerstar.store import audit
from sellerstar.store.schema import contract_tables, recruitment_interviews, recruitment_jobs, users

LOCATION_LIMIT = 300
_iv = recruitment_interviews.c


def zone(name: str) -> ZoneInfo:
    """An IANA time zone, or a refusal."""
    try:
        if not name or len(name) > 64:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RecruitmentRefused("timezone", f"unknown time zone {name!r}", zone=name) from None


def to_utc(local: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """A wall-clock time of ``tz`` in UTC; a time the clocks skip (a DST gap) is refused."""
    aware = local.replace(tzinfo=tz)
    instant = aware.astimezone(dt.UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise RecruitmentRefused("no_such_time", "that time does not exist in the zone")
    return instant


def _interviewer(principal: Principal) -> str:
    if principal.role not in MERCHANT_ROLES or principal.merchant_id is None:
        raise RecruitmentRefused("merchant_only", "only a merchant's users schedule interviews")
    return principal.merchant_id


def _checked_times(
    start: dt.datetime, end: dt.datetime, rules: Recruitment, now: dt.datetime
) -> None:
    minutes = (end - start).total_seconds() / 60
    if start <= now:
        raise RecruitmentRefused("in_the_past", "the interview must start in the future")
    if not rules.interview_min_minutes <= minutes <= rules.interview_max_minutes:
        raise RecruitmentRefused(
            "length",
            "interview length out of bounds",
            low=rules.interview_min_minutes,
            high=rules.interview_max_minutes,
        )


def _lock(connection: sa.Connection, talent_id: str, user_id: int) -> None:
    """Serialise the schedulings of this talent and of this interviewer."""
    talents = contract_tables["talents"]
    found = connection.execute(
        sa.select(talents.c.talent_id).where(talents.c.talent_id == talent_id).with_for_update()
    ).first()
    if found is None:
        raise OutOfScope(f"no talent {talent_id}")
    connection.execute(
        sa.select(users.c.user_id).where(users.c.user_id == user_id).with_for_update()
    ).first()


def _check_free(
    connection: sa.Connection,
    talent_id: str,
    user_id: int,
    start: dt.datetime,
    end: dt.datetime,
    besides: int | None = None,
) -> None:
    clash = connection.execute(
        sa.select(_iv.interview_id, _iv.talent_id, _iv.interviewer_user_id)
        .where(
            _iv.state == InterviewState.SCHEDULED,
            (_iv.talent_id == talent_id) | (_iv.interviewer_user_id == user_id),
            _iv.starts_at < end,
            _iv.ends_at > start,
            _iv.interview_id != (besides if besides is not None else -1),
        )
        .order_by(_iv.starts_at)
        .limit(1)
    ).first()
    if clash is None:
        return
    who = "talent_busy" if clash.talent_id == talent_id else "interviewer_busy"
    raise RecruitmentRefused(who, "overlaps another interview", interview_id=clash.interview_id)


def schedule(
    connection: sa.Connection,
    principal: Principal,
    *,
    job_id: int,
    talent_id: str,
    local_start: dt.datetime,
    local_end: dt.datetime,
    timezone: str,
    location: str,
    rules: Recruitment,
    now: dt.datetime,
) -> int:
    """Schedule an interview; returns its id."""
    merchant_id = _interviewer(principal)
    state = connection.scalar(
        sa.select(recruitment_jobs.c.state).where(
            recruitment_jobs.c.job_id == job_id, recruitment_jobs.c.merchant_id == merchant_id
        )
    )
    if state is None:
        raise OutOfScope(f"no job {job_id}")
    if state != JobState.OPEN:
        raise RecruitmentRefused("job_not_open", "interviews are for open jobs")
    if len(location) > LOCATION_LIMIT:
        raise RecruitmentRefused("location_too_long", "location too long", limit=LOCATION_LIMIT)
    tz = zone(timezone)
    start, end = to_utc(local_start, tz), to_utc(local_end, tz)
    _checked_times(start, end, rules, now)
    _lock(connection, talent_id, principal.user_id)
    _check_free(connection, talent_id, principal.user_id, start, end)
    interview_id = connection.execute(
        recruitment_interviews.insert()
        .values(
            job_id=job_id,
            merchant_id=merchant_id,
            talent_id=talent_id,
            interviewer_user_id=principal.user_id,
            starts_at=start,
            ends_at=end,
            timezone=timezone,
            location=location.strip(),
            state=InterviewState.SCHEDULED,
            outcome=None,
            sequence=0,
            note="",
            created_at=now,
            created_by=principal.login,
            changed_at=now,
            changed_by=principal.login,
        )
        .returning(_iv.interview_id)
    ).scalar_one()
    _audit(connection, principal, now, "interview_scheduled", interview_id, start, end)
    return int(interview_id)


def _own(connection: sa.Connection, principal: Principal, interview_id: int) -> sa.Row[tuple]:  # type: ignore[type-arg]
    merchant_id = _interviewer(principal)
    row = connection.execute(
        sa.select(recruitment_interviews).where(
            _iv.interview_id == interview_id, _iv.merchant_id == merchant_id
        )
    ).first()
    if row is None:
        raise OutOfScope(f"no interview {interview_id}")
    if row.state != InterviewState.SCHEDULED:
        raise RecruitmentRefused("not_scheduled", "the interview is no longer scheduled")
    return row


def reschedule(
    connection: sa.Connection,
    principal: Principal,
    interview_id: int,
    *,
    local_start: dt.datetime,
    local_end: dt.datetime,
    timezone: str,
    rules: Recruitment,
    now: dt.datetime,
) -> None:
    """Move a scheduled interview (its calendar files get the next SEQUENCE)."""
    row = _own(connection, principal, interview_id)
    tz = zone(timezone)
    start, end = to_utc(local_start, tz), to_utc(local_end, tz)
    _checked_times(start, end, rules, now)
    _lock(connection, row.talent_id, row.interviewer_user_id)
    _check_free(connection, row.talent_id, row.interviewer_user_id, start, end, interview_id)
    connection.execute(
        recruitment_interviews.update()
        .where(_iv.interview_id == interview_id, _iv.state == InterviewState.SCHEDULED)
        .values(
            starts_at=start,
            ends_at=end,
            timezone=timezone,
            sequence=_iv.sequence + 1,
            changed_at=now,
            changed_by=principal.login,
        )
    )
    _audit(connection, principal, now, "interview_rescheduled", interview_id, start, end)


def cancel(
    connection: sa.Connection, principal: Principal, interview_id: int, now: dt.datetime
) -> None:
    """Cancel a scheduled interview; it frees both sides' time."""
    row = _own(connection, principal, interview_id)
    connection.execute(
        recruitment_interviews.update()
        .where(_iv.interview_id == interview_id, _iv.state == InterviewState.SCHEDULED)
        .values(
            state=InterviewState.CANCELLED,
            sequence=_iv.sequence + 1,
            changed_at=now,
            changed_by=principal.login,
        )
    )
    _audit(connection, principal, now, "interview_cancelled", interview_id, row.starts_at, None)


def record_outcome(
    connection: sa.Connection,
    principal: Principal,
    interview_id: int,
    outcome: InterviewOutcome,
    now: dt.datetime,
) -> None:
    """Record what came of an interview, once it has started."""
    row = _own(connection, principal, interview_id)
    if now < row.starts_at:
        raise RecruitmentRefused("not_started", "the interview has not started yet")
    connection.execute(
        recruitment_interviews.update()
        .where(_iv.interview_id == interview_id, _iv.state == InterviewState.SCHEDULED)
        .values(
            state=InterviewState.DONE,
            outcome=outcome,
            changed_at=now,
            changed_by=principal.login,
        )
    )
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action="interview_outcome",
        entity_type="recruitment_interview",
        entity_id=str(interview_id),
        detail={"outcome": outcome},
    )


def _audit(
    connection: sa.Connection,
    principal: Principal,
    now: dt.datetime,
    action: str,
    interview_id: int,
    start: dt.datetime,
    end: dt.datetime | None,
) -> None:
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action=action,
        entity_type="recruitment_interview",
        entity_id=str(interview_id),
        detail={"starts_at": start.isoformat(), "ends_at": end.isoformat() if end else None},
    )


__all__ = ["cancel", "record_outcome", "reschedule", "schedule", "to_utc", "zone"]
