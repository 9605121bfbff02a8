"""17TRACK Tracking API v2.2, pure: webhook pushes, ``gettrackinfo`` and ``register`` answers.

Format (https://asset.17track.net/api/document/v2.2_en/index.html, section Webhook): a push
is a JSON POST ``{"event": "TRACKING_UPDATED" | "TRACKING_STOPPED", "data": {...}}``; its
``sign`` header is the sha256 hex of the raw body + ``"/"`` + the account's API key.
``data.track_info.tracking.providers[].events[]`` are the scans, each with ``time_iso``
(local time with offset), ``time_utc``, ``description``, ``location``, ``stage`` and (v2.2)
``sub_status``.

>>> body = b'{"event":"TRACKING_STOPPED","data":{"number":"RR1","carrier":3011}}'
>>> parsed = parse_push(body, dt.UTC)
>>> parsed.kind, parsed.reports[0].tracking_number, parsed.reports[0].stopped
('TRACKING_STOPPED', 'RR1', True)
>>> verify(body, "key", sign(body, "key")), verify(body, "other", sign(body, "key"))
(True, False)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
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

FEED = "17track"
UPDATED = "TRACKING_UPDATED"
STOPPED = "TRACKING_STOPPED"

# Main statuses (the part of ``sub_status`` before "_", and ``latest_status.status``).
MAIN_STATUSES: dict[str, str] = {
    "NotFound": "not_found",
    "InfoReceived": "info_received",
    "InTransit": "in_transit",
    "Expired": "expired",
    "AvailableForPickup": "available_for_pickup",
    "OutForDelivery": "out_for_delivery",
    "DeliveryFailure": "attempt_fail",
    "Delivered": "delivered",
    "Exception": "exception",
}
# Key stages (``stage`` of an event, ``milestone[].key_stage``).
STAGES: dict[str, str] = {
    "InfoReceived": "info_received",
    "PickedUp": "in_transit",
    "Departure": "in_transit",
    "Arrival": "in_transit",
    "AvailableForPickup": "available_for_pickup",
    "OutForDelivery": "out_for_delivery",
    "Delivered": "delivered",
    "Returning": "exception",
    "Returned": "exception",
}


@dataclass(frozen=True)
class Rejection:
    """A number the API refused, with 17TRACK's error code (e.g. -18019901 registered)."""

    number: str
    code: int | None
    message: str


def sign(body: bytes, key: str) -> str:
    """The ``sign`` header 17TRACK sends with ``body``: sha256 hex of body + "/" + key."""
    return hashlib.sha256(body + b"/" + key.encode("utf-8")).hexdigest()


def verify(body: bytes, key: str, signature: str | None) -> bool:
    """Whether ``signature`` is the sign of ``body`` under ``key`` (constant time)."""
    if not signature:
        return False
    return hmac.compare_digest(sign(body, key), signature.strip().lower())


def status_of(event: Mapping[str, Any]) -> str | None:
    """The normalised status of one 17TRACK event: from ``sub_status``, else ``stage``.

    >>> status_of({"sub_status": "InTransit_PickedUp"}), status_of({"stage": "InfoReceived"})
    ('in_transit', 'info_received')
    >>> status_of({"stage": None}) is None
    True
    """
    sub = event.get("sub_status")
    if isinstance(sub, str) and sub:
        main = MAIN_STATUSES.get(sub.split("_", 1)[0])
        if main is not None:
            return main
    stage = event.get("stage")
    return STAGES.get(stage) if isinstance(stage, str) else None


def parse_push(body: bytes, zone: dt.tzinfo) -> Parsed:
    """A webhook push; an unknown ``event`` gives no reports (and no problem)."""
    problems: list[Problem] = []
    root = _load(body, problems)
    if root is None:
        return Parsed("", problems=tuple(problems))
    kind = read_text(root.get("event"), "event", problems) or ""
    data = read_object(root.get("data"), "data", problems)
    if data is None or kind not in (UPDATED, STOPPED):
        return Parsed(kind, problems=tuple(problems))
    report = parse_tracking(data, "data", zone, problems, stopped=kind == STOPPED)
    reports = () if report is None else (report,)
    return Parsed(kind, reports, tuple(problems))


def parse_tracking(
    item: Mapping[str, Any],
    path: str,
    zone: dt.tzinfo,
    problems: list[Problem],
    *,
    stopped: bool = False,
) -> ParcelReport | None:
    """One ``{number, carrier, track_info}`` object (a push's data, an accepted look-up)."""
    before = len(problems)
    number = read_text(item.get("number"), f"{path}.number", problems)
    carrier = read_text(item.get("carrier"), f"{path}.carrier", problems, required=False)
    events: list[EventFact] = []
    info = item.get("track_info")
    if info is not None:
        events = _events(info, f"{path}.track_info", zone, problems)
    elif not stopped:
        problems.append(Problem(f"{path}.track_info", "is missing"))
    if number is None or len(problems) > before:
        return None
    return ParcelReport(FEED, number, carrier, tuple(events), stopped)


def parse_lookup(body: bytes, zone: dt.tzinfo) -> tuple[Parsed, list[Rejection]]:
    """A ``gettrackinfo`` answer: reports of the accepted numbers and the rejected ones."""
    problems: list[Problem] = []
    data = _envelope(body, problems)
    if data is None:
        return Parsed("gettrackinfo", problems=tuple(problems)), []
    reports = []
    for i, item in enumerate(read_list(data.get("accepted"), "data.accepted", problems)):
        accepted = read_object(item, f"data.accepted[{i}]", problems)
        if accepted is not None:
            report = parse_tracking(accepted, f"data.accepted[{i}]", zone, problems)
            if report is not None:
                reports.append(report)
    rejected = rejections(data, problems)
    return Parsed("gettrackinfo", tuple(reports), tuple(problems)), rejected


def parse_register(body: bytes) -> tuple[list[str], list[Rejection], list[Problem]]:
    """A ``register`` answer: accepted numbers, rejected ones (with codes), problems."""
    problems: list[Problem] = []
    data = _envelope(body, problems)
    if data is None:
        return [], [], problems
    accepted = []
    for i, item in enumerate(read_list(data.get("accepted"), "data.accepted", problems)):
        entry = read_object(item, f"data.accepted[{i}]", problems)
        if entry is not None:
            number = read_text(entry.get("number"), f"data.accepted[{i}].number", problems)
            if number is not None:
                accepted.append(number)
    return accepted, rejections(data, problems), problems


def rejections(data: Mapping[str, Any], problems: list[Problem]) -> list[Rejection]:
    """The ``rejected`` part of an answer."""
    found = []
    for i, item in enumerate(read_list(data.get("rejected"), "data.rejected", problems)):
        entry = read_object(item, f"data.rejected[{i}]", problems)
        if entry is None:
            continue
        number = read_text(entry.get("number"), f"data.rejected[{i}].number", problems) or ""
        raw = entry.get("error")
        error: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
        code = error.get("code")
        found.append(
            Rejection(number, code if isinstance(code, int) else None, str(error.get("message")))
        )
    return found


def _events(info: Any, path: str, zone: dt.tzinfo, problems: list[Problem]) -> list[EventFact]:
    track_info = read_object(info, path, problems)
    if track_info is None:
        return []
    tracking = track_info.get("tracking")
    if tracking is None:
        return []
    tracking_obj = read_object(tracking, f"{path}.tracking", problems)
    if tracking_obj is None:
        return []
    events = []
    providers_path = f"{path}.tracking.providers"
    for p, provider in enumerate(
        read_list(tracking_obj.get("providers"), providers_path, problems)
    ):
        provider_obj = read_object(provider, f"{providers_path}[{p}]", problems)
        if provider_obj is None:
            continue
        events_path = f"{providers_path}[{p}].events"
        for e, raw in enumerate(read_list(provider_obj.get("events"), events_path, problems)):
            event = _event(raw, f"{events_path}[{e}]", zone, problems)
            if event is not None:
                events.append(event)
    return events


def _event(raw: Any, path: str, zone: dt.tzinfo, problems: list[Problem]) -> EventFact | None:
    item = read_object(raw, path, problems)
    if item is None:
        return None
    # time_utc and time_iso are the same instant; time_iso alone may lack an offset.
    key = "time_utc" if item.get("time_utc") else "time_iso"
    instant = read_instant(item.get(key), f"{path}.{key}", zone, problems)
    description = read_text(item.get("description"), f"{path}.description", problems)
    if instant is None or description is None:
        return None
    location = read_text(item.get("location"), f"{path}.location", problems, required=False)
    if location is None and isinstance(item.get("address"), Mapping):
        address = item["address"]
        location = join_location(address.get("city"), address.get("state"), address.get("country"))
    return EventFact(instant, description, location, status_of(item))


def _load(body: bytes, problems: list[Problem]) -> Mapping[str, Any] | None:
    try:
        root = bounded_json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        problems.append(Problem("body", f"is not JSON ({exc})"))
        return None
    return read_object(root, "body", problems)


def _envelope(body: bytes, problems: list[Problem]) -> Mapping[str, Any] | None:
    root = _load(body, problems)
    if root is None:
        return None
    code = root.get("code")
    if code != 0:
        problems.append(Problem("code", f"17TRACK answered error {code}: {root.get('data')}"))
        return None
    return read_object(root.get("data"), "data", problems)
