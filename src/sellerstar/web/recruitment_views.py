"""What talent recruitment's merchant, talent and operator pages share: the rule-set
section in force, a job page's content (candidates explained in the reader's language) and
an interview's calendar file as a download."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from fastapi import Request
from fastapi.responses import Response

from sellerstar.domain.recruitment import JobState
from sellerstar.queries import recruitment as queries
from sellerstar.queries.recruitment_calendar import interview_ics
from sellerstar.recruitment.matching import MatchRules, section_in_force
from sellerstar.rules import RuleBook
from sellerstar.rules.recruitment import Recruitment
from sellerstar.web.i18n import translations
from sellerstar.web.recruitment_input import DEFAULT_ZONE
from sellerstar.web.words import recruitment as words


def section(request: Request, at: dt.datetime) -> Recruitment:
    book: RuleBook = request.app.state.rulebook
    return section_in_force(book, at.date())


def job_context(
    request: Request, connection: sa.Connection, row: queries.JobRow, at: dt.datetime
) -> dict[str, Any]:
    """What the job page shows: the job, its candidates explained, its interviews."""
    rules = MatchRules.of(section(request, at))
    found = queries.candidates(connection, row, rules) if row.state != JobState.CLOSED else []
    locale = request.state.locale
    return {
        "job": row,
        "candidates": [
            (
                view,
                words.explanation(
                    view.candidate.required,
                    view.candidate.preferred,
                    view.candidate.matched_skills,
                    locale,
                ),
            )
            for view in found
        ],
        "interviews": queries.interviews(connection, job_id=row.job_id),
        "default_zone": DEFAULT_ZONE,
        "read_only": False,
        **words.TEMPLATE_WORDS,
    }


def ics_response(row: queries.InterviewRow, locale: str) -> Response:
    """The interview's calendar file as a download."""
    summary = translations(locale).gettext(words.INTERVIEW_SUMMARY) % {
        "job": row.job_title,
        "merchant": row.merchant_name,
    }
    return Response(
        interview_ics(row, summary),
        media_type="text/calendar; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="interview-{row.interview_id}.ics"',
            "Cache-Control": "no-store",
        },
    )
