"""What the appeal pages and the appeals JSON API share to file an appeal: the evidence
limits, the uploaded files, the third-party tracking lookup and the refusal's status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import Request, UploadFile

from sellerstar.domain.appeals import EventFact, judged_event
from sellerstar.ingest.http_retry import SourceUnavailable
from sellerstar.rules import RuleBook
from sellerstar.services import tracking
from sellerstar.services.appeals import EvidenceLimits, ThirdPartyLookup
from sellerstar.web.deps import feed_clients
from sellerstar.web.words import appeals as words


def evidence_limits(request: Request) -> EvidenceLimits:
    """Where this app stores evidence and how much an appeal may carry (settings)."""
    settings = request.app.state.settings
    return EvidenceLimits(
        settings.evidence_dir, settings.evidence_max_bytes, settings.evidence_max_files
    )


def read_uploads(uploads: Sequence[UploadFile] | None, max_bytes: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of each chosen file; a file input left empty sends a nameless empty
    part, which is no file. One byte over the limit is read, enough to refuse it."""
    files = []
    for upload in uploads or ():
        data = upload.file.read(max_bytes + 1)
        if upload.filename or data:
            files.append((upload.filename or "", data))
    return files


def third_party_lookup(request: Request, now: dt.datetime) -> ThirdPartyLookup | None:
    """17TRACK / Kuaidi100 looked up at filing (stored as appeal evidence by the feed), or
    None when neither is configured: the pre-check then uses the events stored before."""
    clients = feed_clients(request)
    if clients.seventeen_track is None and clients.kuaidi100 is None:
        return None
    book: RuleBook = request.app.state.rulebook
    zone = ZoneInfo(book.in_force_at(now).calendar.timezone)
    engine: sa.Engine = request.app.state.engine

    def lookup(carrier: str, number: str, at: dt.datetime) -> list[EventFact]:
        seen: dict[tuple[dt.datetime, str], EventFact] = {}
        down: list[str] = []
        for fetched in tracking.refetch(engine, carrier, number, at, clients, zone):
            if fetched.unavailable:
                down.append(f"{fetched.source}: {fetched.note}")
            for event in fetched.events:
                key = (event.event_time, event.description)
                if key not in seen:
                    seen[key] = judged_event(carrier, event.description, event.status)
        if down and not seen:
            # A source that could not be asked has not said "no tracking".
            raise SourceUnavailable("; ".join(down))
        return list(seen.values())

    return lookup


def refusal_status(code: str) -> int:
    """422 for a form to correct, 409 for what the rules refuse."""
    return 422 if code in words.INPUT_CODES else 409
