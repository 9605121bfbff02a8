"""Calendar files (.ics, RFC 5545 / iTIP RFC 5546) of an interview, for both sides.

One event per interview: its UID is stable (``interview-<id>@sellerstar``), so a calendar
that imported it updates the same entry; SEQUENCE is the interview's (bumped on every
reschedule and cancellation), so the newer file wins. A scheduled interview is a
``METHOD:REQUEST``; a cancelled one a ``METHOD:CANCEL`` with ``STATUS:CANCELLED``. The
times are written in the zone the interview was proposed in (``DTSTART;TZID=…`` with its
VTIMEZONE), so a calendar in any zone shows the right instant. The organizer is the
merchant and the attendee the talent; sellerstar holds no e-mail addresses, so both are
placeholders under the reserved ``.invalid`` domain (RFC 2606) with the names shown.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from sellerstar.domain.recruitment import InterviewState
from sellerstar.queries.recruitment import InterviewRow

PRODID = "-//sellerstar//talent recruitment//EN"


def uid(interview_id: int) -> str:
    """The interview's stable calendar UID."""
    return f"interview-{interview_id}@sellerstar"


def _address(local: str, name: str, role: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{local}@sellerstar.invalid")
    address.params["CN"] = vText(name)
    if role is not None:
        address.params["ROLE"] = vText(role)
    return address


def interview_ics(row: InterviewRow, summary: str) -> bytes:
    """The .ics file of one interview; ``summary`` is its title in the reader's language."""
    cancelled = row.state == InterviewState.CANCELLED
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "REQUEST")
    event = Event()
    tz = ZoneInfo(row.timezone)
    event.add("uid", uid(row.interview_id))
    event.add("sequence", row.sequence)
    event.add("dtstamp", row.changed_at)
    event.add("dtstart", row.starts_at.astimezone(tz))
    event.add("dtend", row.ends_at.astimezone(tz))
    event.add("summary", summary)
    if row.location:
        event.add("location", row.location)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("organizer", _address(f"merchant-{row.merchant_id}", row.merchant_name))
    event.add("attendee", _address(f"talent-{row.talent_id}", row.talent_name, "REQ-PARTICIPANT"))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


__all__ = ["PRODID", "interview_ics", "uid"]
