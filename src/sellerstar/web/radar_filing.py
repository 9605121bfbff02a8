"""What the radar pages and the radar JSON API share: filing a qualification (the upload
is checked and stored with no transaction open, then recorded in one), the other ways out
in one transaction each, and a refusal's code.

Every refusal is a :class:`~sellerstar.services.radar_errors.RadarRefused` with a code
(``web.words.radar`` words it); a task the caller may not act on is ``OutOfScope``.
"""

from __future__ import annotations

import datetime as dt

from fastapi import Request, UploadFile

from sellerstar.domain.access import Principal
from sellerstar.domain.radar import QualificationKind
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, radar_decisions, radar_submissions
from sellerstar.services.radar_errors import RadarRefused
from sellerstar.store.db import transaction
from sellerstar.web.words.appeals import size_text


def qualification_kind(value: str) -> QualificationKind:
    """The kind a form or request names, or a refusal in words."""
    try:
        return QualificationKind(value)
    except ValueError:
        raise RadarRefused(
            "unknown_qualification_kind", f"unknown qualification kind {value!r}"
        ) from None


def read_document(upload: UploadFile | None, max_bytes: int) -> tuple[str, bytes]:
    """(name, bytes) of the chosen file; one byte over the limit is read, enough to refuse
    it. An empty file input sends a nameless empty part: no file."""
    if upload is None:
        raise RadarRefused("document_missing", "no qualification document")
    data = upload.file.read(max_bytes + 1)
    if not data:
        raise RadarRefused("document_missing", "no qualification document")
    name = upload.filename or "document"
    if len(data) > max_bytes:
        raise RadarRefused(
            "document_too_large",
            f"{name}: more than {max_bytes} bytes",
            max_bytes=max_bytes,
            size=size_text(max_bytes),
        )
    return name, data


def file_qualification(
    request: Request,
    principal: Principal,
    task_id: str,
    *,
    kind: str,
    note: str,
    upload: UploadFile | None,
    now: dt.datetime,
) -> str:
    """Check the task, store the document (PDF or image, by content) outside any
    transaction, then record the review; returns its id."""
    engine = request.app.state.engine
    settings = request.app.state.settings
    book: RuleBook = request.app.state.rulebook
    with engine.connect() as connection:
        # Out of scope or closed: refused before a file is written.
        task = radar_submissions.task_in_scope(connection, principal, task_id)
    if task.right_id is None:
        raise RadarRefused("no_right", f"task {task_id} is not about an IP right")
    chosen = qualification_kind(kind)
    name, data = read_document(upload, settings.evidence_max_bytes)
    try:
        document = evidence.store(
            data, name, settings.evidence_dir, settings.evidence_max_bytes, documents=True
        )
    except evidence.EvidenceRejected as rejected:
        raise RadarRefused("document_not_accepted", str(rejected)) from None
    with transaction(engine) as writing:
        return radar_submissions.submit_qualification(
            writing,
            principal,
            task_id,
            qualification_kind=chosen,
            note=note,
            document=document,
            book=book,
            now=now,
        )


def submit_edit(
    request: Request,
    principal: Principal,
    task_id: str,
    *,
    title: str,
    description: str,
    brand: str,
    now: dt.datetime,
) -> str:
    """Send an edit of the task's product to review; returns the review's id."""
    with transaction(request.app.state.engine) as writing:
        return radar_submissions.submit_edit(
            writing,
            principal,
            task_id,
            title=title,
            description=description,
            brand=brand,
            book=request.app.state.rulebook,
            now=now,
        )


def submit_appeal(
    request: Request, principal: Principal, task_id: str, *, statement: str, now: dt.datetime
) -> str:
    """Appeal the task; returns the review's id."""
    with transaction(request.app.state.engine) as writing:
        return radar_submissions.submit_appeal(
            writing,
            principal,
            task_id,
            statement=statement,
            book=request.app.state.rulebook,
            now=now,
        )


def delist(request: Request, principal: Principal, task_id: str, now: dt.datetime) -> list[str]:
    """Delist the task's product; returns the tasks it rectified."""
    with transaction(request.app.state.engine) as writing:
        return radar_submissions.remove_product(writing, principal, task_id, now=now)


def decide(
    request: Request,
    principal: Principal,
    review_id: str,
    *,
    approve: bool,
    reason: str,
    now: dt.datetime,
) -> radar_decisions.Decided:
    """An operator's decision on a pending review."""
    with transaction(request.app.state.engine) as writing:
        return radar_decisions.decide(
            writing,
            principal,
            review_id,
            approve=approve,
            reason=reason,
            book=request.app.state.rulebook,
            now=now,
        )
