"""AfterShip Tracking, pure: webhook pushes and tracking objects of its API.

Format (https://www.aftership.com/docs/tracking/2025-01/webhook/webhook-specifications):
a JSON POST ``{"event": "tracking_update", "event_id", "is_tracking_first_tag", "msg":
{tracking}, "ts"}``; ``msg.checkpoints[]`` carry ``checkpoint_time``, ``message``,
``location`` and ``tag`` (InfoReceived, InTransit, …). The ``aftership-hmac-sha256`` header
is the base64 HMAC-SHA256 of the raw body with the webhook secret
(https://www.aftership.com/docs/tracking/webhook/webhook-signature).

>>> body = b'{"event":"tracking_update","msg":{"tracking_number":"1Z","slug":"ups",' \\
...     b'"checkpoints":[{"checkpoint_time":"2021-05-13T13:04:00+08:00",' \\
...     b'"message":"Label created","tag":"InfoReceived"}]}}'
>>> report = parse_push(body, dt.UTC).reports[0]
>>> report.provider_carrier, report.events[0].status, report.events[0].event_time.hour
('ups', 'info_received', 5)
>>> verify(body, "s3cret", signature(body, "s3cret"))
True
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from sellerstar.ingest import bounded_json
from sellerstar.ingest.tracking_facts import (
    EventFact,
    ParcelReport,
    Parsed,
    Problem,
    join_location,
    read_instant,
    read_list,
    read_object,
    read_text,
)

FEED = "aftership"
SIGNATURE_HEADER = "aftership-hmac-sha256"
# Delivery tags (https://www.aftership.com/docs/tracking/others/delivery-status).
TAGS: dict[str, str] = {
    "Pending": "not_found",
    "InfoReceived": "info_received",
    "InTransit": "in_transit",
    "OutForDelivery": "out_for_delivery",
    "AttemptFail": "attempt_fail",
    "Delivered": "delivered",
    "AvailableForPickup": "available_for_pickup",
    "Exception": "exception",
    "Expired": "expired",
}


def signature(body: bytes, secret: str) -> str:
    """The ``aftership-hmac-sha256`` header of ``body``: base64 HMAC-SHA256 with ``secret``."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """Whether ``header`` is the signature of ``body`` under ``secret`` (constant time)."""
    if not header:
        return False
    return hmac.compare_digest(signature(body, secret), header.strip())


def parse_push(body: bytes, zone: dt.tzinfo) -> Parsed:
    """A webhook push. Every event whose ``msg`` is a tracking (tracking_update,
    edd_revise, tracking_pending_time) is read; storing its checkpoints twice is harmless."""
    problems: list[Problem] = []
    try:
        root = bounded_json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        return Parsed("", problems=(Problem("body", f"is not JSON ({exc})"),))
    payload = read_object(root, "body", problems)
    if payload is None:
        return Parsed("", problems=tuple(problems))
    kind = read_text(payload.get("event"), "event", problems) or ""
    msg = read_object(payload.get("msg"), "msg", problems)
    if msg is None:
        return Parsed(kind, problems=tuple(problems))
    report = parse_tracking(msg, "msg", zone, problems)
    return Parsed(kind, () if report is None else (report,), tuple(problems))


def parse_tracking(
    tracking: Mapping[str, Any], path: str, zone: dt.tzinfo, problems: list[Problem]
) -> ParcelReport | None:
    """One tracking object (a push's ``msg``, the ``data`` of a get-tracking answer)."""
    before = len(problems)
    number = read_text(tracking.get("tracking_number"), f"{path}.tracking_number", problems)
    slug = read_text(tracking.get("slug"), f"{path}.slug", problems, required=False)
    events = []
    checkpoints = read_list(tracking.get("checkpoints"), f"{path}.checkpoints", problems)
    for i, raw in enumerate(checkpoints):
        event = _checkpoint(raw, f"{path}.checkpoints[{i}]", zone, problems)
        if event is not None:
            events.append(event)
    if number is None or len(problems) > before:
        return None
    stopped = tracking.get("active") is False
    return ParcelReport(FEED, number, slug, tuple(events), stopped)


def parse_api_answer(body: bytes, zone: dt.tzinfo) -> tuple[Parsed, str | None]:
    """A create/get-tracking answer ``{"meta": {...}, "data": {...}}``: the report and
    AfterShip's tracking id (versions before 2024-04 nest it as ``data.tracking``)."""
    problems: list[Problem] = []
    try:
        root = bounded_json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        return Parsed("api", problems=(Problem("body", f"is not JSON ({exc})"),)), None
    payload = read_object(root, "body", problems)
    data = read_object(payload.get("data"), "data", problems) if payload is not None else None
    if data is None:
        return Parsed("api", problems=tuple(problems)), None
    path = "data"
    if isinstance(data.get("tracking"), Mapping):
        data, path = data["tracking"], "data.tracking"
    report = parse_tracking(data, path, zone, problems)
    tracking_id = data.get("id") if isinstance(data.get("id"), str) else None
    return Parsed("api", () if report is None else (report,), tuple(problems)), tracking_id


def _checkpoint(raw: Any, path: str, zone: dt.tzinfo, problems: list[Problem]) -> EventFact | None:
    item = read_object(raw, path, problems)
    if item is None:
        return None
    # checkpoint_time is the local time of the scan; without an offset it is read in the
    # platform time zone (data contract), which may be off by the scan's offset.
    instant = read_instant(item.get("checkpoint_time"), f"{path}.checkpoint_time", zone, problems)
    message = read_text(item.get("message"), f"{path}.message", problems)
    if instant is None or message is None:
        return None
    location = read_text(item.get("location"), f"{path}.location", problems, required=False)
    if location is None:
        location = join_location(item.get("city"), item.get("state"), item.get("country_name"))
    tag = item.get("tag")
    return EventFact(instant, message, location, TAGS.get(tag) if isinstance(tag, str) else None)
