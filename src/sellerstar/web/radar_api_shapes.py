"""What the radar's two JSON API modules share (the merchants' tasks in
``routes/radar_api.py``, the operators' queues in ``routes/radar_ops_api.py``): the refusal
they answer and the review they show."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel

from sellerstar.domain.radar import QualificationKind, ReviewKind, ReviewState
from sellerstar.queries import radar_rows
from sellerstar.services.radar_errors import RadarRefused
from sellerstar.web.words import radar as words


class Refusal(BaseModel):
    """Why the request was refused: a code and the reason in words."""

    detail: str
    code: str


REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Refusal, "description": "The rules refuse it (code says why)."},
    422: {"model": Refusal, "description": "The input needs correcting (code says what)."},
}


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


def refusal(refused: RadarRefused) -> JSONResponse:
    """The answer to a refusal: its code and the reason in English, with its status."""
    text = words.refusal_text(refused.code, refused.params)
    detail = text.render("en") if text.msgid != refused.code else str(refused)
    body = Refusal(detail=detail, code=refused.code).model_dump()
    return JSONResponse(body, status_code=words.refusal_status(refused.code))


def review_model(review: radar_rows.Review) -> Review:
    """A review as the API shows it, with the link to its document (if it has one)."""
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
