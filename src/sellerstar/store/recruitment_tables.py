"""Talent recruitment's records: merchants' jobs and the interviews scheduled for them.

The talents and their certificates are contract tables (``talents``,
``talent_certifications``): the platform's talent pool and certification programme feed
them in. No double-booking is enforced in the store: scheduling an interview locks the
talent's row and the interviewer's user row (``SELECT … FOR UPDATE`` on PostgreSQL; the
database write lock on SQLite, taken by ``BEGIN IMMEDIATE``) before it looks for an
overlapping interview, so two schedulings for the same person run one after the other
(``services/recruitment_interviews.py``).
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.recruitment import InterviewOutcome, InterviewState, JobState
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

recruitment_jobs = sa.Table(
    "recruitment_jobs",
    metadata,
    sa.Column("job_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "merchant_id", sa.String(ID_LENGTH), sa.ForeignKey("merchants.merchant_id"), nullable=False
    ),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("city", sa.Text),
    sa.Column("remote", sa.Boolean, nullable=False),
    sa.Column("duties", sa.Text, nullable=False),
    # `;`-separated certification codes (domain.recruitment.Certification), maybe empty.
    sa.Column("required_certifications", sa.String(200), nullable=False),
    sa.Column("preferred_certifications", sa.String(200), nullable=False),
    sa.Column("skills", sa.Text, nullable=False),
    # Monthly salary in whole units of the currency.
    sa.Column("salary_min", sa.Integer, nullable=False),
    sa.Column("salary_max", sa.Integer, nullable=False),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("opened_at", UtcDateTime),
    sa.Column("closed_at", UtcDateTime),
    sa.CheckConstraint(one_of("state", JobState), name="state"),
    sa.CheckConstraint("salary_min >= 0 AND salary_min <= salary_max", name="salary_range"),
    sa.CheckConstraint("remote OR city IS NOT NULL", name="city_or_remote"),
    sa.Index(None, "merchant_id", "state"),
    sa.Index(None, "state"),
    comment="Jobs a merchant's main account posts in talent recruitment: title, city or "
    "remote, duties, required and preferred certifications, skills, salary range; draft, "
    "open, closed.",
)

recruitment_interviews = sa.Table(
    "recruitment_interviews",
    metadata,
    sa.Column("interview_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("job_id", sa.Integer, sa.ForeignKey("recruitment_jobs.job_id"), nullable=False),
    sa.Column(
        "merchant_id", sa.String(ID_LENGTH), sa.ForeignKey("merchants.merchant_id"), nullable=False
    ),
    sa.Column(
        "talent_id", sa.String(ID_LENGTH), sa.ForeignKey("talents.talent_id"), nullable=False
    ),
    # The merchant's user who interviews (it proposed the interview).
    sa.Column("interviewer_user_id", sa.Integer, sa.ForeignKey("users.user_id"), nullable=False),
    sa.Column("starts_at", UtcDateTime, nullable=False),
    sa.Column("ends_at", UtcDateTime, nullable=False),
    # The IANA zone the interview was proposed in: its calendar files keep it (TZID).
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("location", sa.Text, nullable=False),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("outcome", sa.String(CODE_LENGTH)),
    # Bumped on every reschedule and cancellation (iCalendar SEQUENCE).
    sa.Column("sequence", sa.Integer, nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    sa.CheckConstraint(one_of("state", InterviewState), name="state"),
    sa.CheckConstraint(
        f"(state = 'done' AND {one_of('outcome', InterviewOutcome)})"
        " OR (state <> 'done' AND outcome IS NULL)",
        name="outcome_when_done",
    ),
    sa.CheckConstraint("sequence >= 0", name="sequence_not_negative"),
    sa.Index(None, "talent_id", "starts_at"),
    sa.Index(None, "interviewer_user_id", "starts_at"),
    sa.Index(None, "merchant_id", "starts_at"),
    sa.Index(None, "job_id"),
    comment="Interviews of a talent for a job, in UTC with the zone they were proposed in; "
    "a scheduled interview never overlaps another of the same talent or interviewer.",
)

__all__ = ["recruitment_interviews", "recruitment_jobs"]
