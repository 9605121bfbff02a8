"""The shapes of the appeals JSON API (``web/routes/appeals_api.py``): what it reads and
answers, documented in the OpenAPI schema."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import UploadFile
from pydantic import BaseModel, Field

Status = Literal["pending", "supplement_requested", "approved", "rejected"]


class Refusal(BaseModel):
    """Why the request was refused: a code and the reason in words."""

    detail: str
    code: str


class InputProblem(BaseModel):
    """What to correct: the filing's check names it with a code; a malformed request (a
    field too long or missing) has none."""

    detail: str
    code: str | None = None


class Appeal(BaseModel):
    """One appeal as a list shows it."""

    appeal_id: str
    order_id: str
    shipment_id: str
    merchant_id: str
    carrier: str
    tracking_number: str
    appeal_type: str = Field(description="backend_has_two, single_real_event, third_party_tracking")
    status: Status
    submitted_at: dt.datetime
    due_on: dt.date = Field(description="Last day of the review time (platform date).")
    days_left: int
    overdue: bool
    decided_at: dt.datetime | None
    precheck_outcome: str | None = Field(
        description="approve, reject, never_approvable, source_unavailable (17TRACK / Kuaidi100 "
        "could not be asked: an operator reviews it), uncertain (the rule holds only through an "
        "event whose wording the classifier judged real with too little certainty: an operator "
        "reviews it); imported or null: no pre-check."
    )
    precheck_reason: str | None
    decision_reason: str | None
    decision_note: str | None
    supplement_reason: str | None = Field(
        default=None, description="What material an operator asked for (SUPPLEMENT_REASONS)."
    )
    supplement_note: str | None = None
    supplement_due_on: dt.date | None = Field(
        default=None, description="Last day (platform date) to add the material asked for."
    )
    awaiting_material: bool = Field(
        default=False, description="Waiting for the merchant: the review time is paused."
    )


class AppealList(BaseModel):
    """One page of appeals."""

    total: int
    page: int
    pages: int
    appeals: list[Appeal]


class EvidenceFile(BaseModel):
    """An evidence image and where to fetch it (same sign-in)."""

    evidence_id: int
    content_type: str
    size: int
    original_name: str
    url: str


class AppealDetail(Appeal):
    """One appeal with its pre-check (counts and events seen) and evidence."""

    precheck: dict[str, Any]
    evidence: list[EvidenceFile]
    decided_by: str | None = Field(description="Operators only; null for merchant users.")


class DecisionRequest(BaseModel):
    """An operator's decision: a reason from the list (DECISION_REASONS) and text."""

    decision: Literal["approve", "reject"]
    reason: str = Field(max_length=64)
    note: str = Field(default="", max_length=2000, description="Required when reason is other.")


class Filing(BaseModel):
    """The multipart body of a filing."""

    order_id: str = Field(max_length=128)
    shipment_id: str = Field(max_length=128)
    appeal_type: str = Field(max_length=64)
    tracking_number: str = Field(max_length=128)
    files: list[UploadFile] = Field(default=[], description="Tracking screenshots.")
    confirm_failure: bool = Field(
        default=False,
        description="File although the pre-check predicts failure (else 422 precheck_unconfirmed).",
    )


class PrecheckRequest(BaseModel):
    """A shipment and appeal type to pre-check before filing."""

    order_id: str = Field(max_length=128)
    shipment_id: str = Field(max_length=128)
    appeal_type: str = Field(max_length=64)


class PrecheckAnswer(BaseModel):
    """What the pre-check predicts; ``predicts_failure``: filing needs confirm_failure."""

    outcome: str
    reason: str
    predicts_failure: bool


class SupplementRequest(BaseModel):
    """An operator asks for more material: a reason from SUPPLEMENT_REASONS and text."""

    reason: str = Field(max_length=64)
    note: str = Field(default="", max_length=2000, description="Required when reason is other.")


class Supplement(BaseModel):
    """The merchant's material (multipart): screenshots and a message."""

    files: list[UploadFile] = Field(default=[], description="Screenshots (as at filing).")
    reply: str = Field(default="", max_length=2000)
