"""Words of the appeal pages: the seed's two appeal types and their scenarios, why a
shipment cannot be appealed, the pre-check and the operators' decision reasons.

Every text is a :class:`~sellerstar.web.words.logistics.Text` (a catalogue message and its
values); the rule-set's numbers are filled in, never written into a message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sellerstar.domain.appeals import DECISION_REASONS, AppealEvent
from sellerstar.rules.model import TrackingVisibility
from sellerstar.web.i18n import N_
from sellerstar.web.words import logistics as logistics_words
from sellerstar.web.words.logistics import APPEAL_STATUSES, Text

STATUSES = APPEAL_STATUSES


@dataclass(frozen=True)
class TypeGroup:
    """One appeal type as the seed names it, and the scenarios (our codes) under it."""

    label: str
    codes: tuple[str, ...]


# The seed has two appeal types; the first covers two situations (seed review §3.2).
TYPE_GROUPS: tuple[TypeGroup, ...] = (
    TypeGroup(
        N_("The backend has tracking but the order was still judged as not meeting the bar"),
        ("backend_has_two", "single_real_event"),
    ),
    TypeGroup(
        N_("The backend has no tracking but 17TRACK or Kuaidi100 has tracking"),
        ("third_party_tracking",),
    ),
)
TYPE_LABELS: dict[str, str] = {code: group.label for group in TYPE_GROUPS for code in group.codes}


def scenario_text(code: str, rules: TrackingVisibility | None) -> Text:
    """The situation an appeal type code stands for (the seed's 场景描述)."""
    events: object = rules.min_events_to_pass if rules else "—"
    appeals = rules.appeals if rules else None
    texts = {
        "backend_has_two": Text(
            N_(
                "The backend shows %(events)s tracking events for the order, but the "
                "tracking-rate page marks the trade-assurance order as not meeting the bar"
            ),
            {"events": events},
        ),
        "single_real_event": Text(
            N_("The backend shows only one tracking event, but it is not a pre-advice event")
        ),
        "third_party_tracking": Text(
            N_(
                "The backend has no tracking, but 17TRACK / Kuaidi100 show at least %(events)s "
                "tracking events or at least %(real)s event that is not pre-advice"
            ),
            {
                "events": appeals.third_party_min_events if appeals else "—",
                "real": appeals.third_party_min_real_events if appeals else "—",
            },
        ),
    }
    return texts.get(code, Text(code))


_REFUSALS: dict[str, str] = {
    "not_trade_assurance": N_("Only trade-assurance orders can be appealed."),
    "not_in_scope": N_(
        "The order is not in the tracking visibility scope (export mode, transport, "
        "destination, trade term or order status)."
    ),
    "not_shipped": N_("The order has not been shipped."),
    "replaced": N_(
        "This logistics proof was replaced by a re-uploaded one; appeal the current shipment."
    ),
    "already_appealed": N_("This shipment has been appealed already; a shipment is appealed once."),
    "not_in_force": N_("Tracking visibility is not in force yet; there is nothing to appeal."),
    "not_merchant": N_("Only the merchant can file an appeal."),
    "unknown_type": N_("Choose one of the appeal types offered."),
    "choose_shipment": N_("Choose the shipment to appeal."),
    "no_evidence": N_("Add at least one screenshot of the tracking."),
    "too_many_files": N_("At most %(max_files)s screenshots per appeal."),
    "evidence_too_large": N_("Screenshot %(name)s is larger than %(size)s."),
    "evidence_not_image": N_("Screenshot %(name)s is not a PNG, JPEG, WebP or GIF image."),
    "tracking_number_mismatch": N_(
        "The tracking number you entered is not the one of this shipment (%(number)s)."
    ),
    "not_operator": N_("Only platform operators decide appeals."),
    "bad_reason": N_("Choose a reason from the list that fits the decision."),
    "note_needed": N_("Say in words why, when the reason is “Other”."),
    "precheck_unconfirmed": N_(
        "The pre-check says this appeal cannot succeed. A shipment can be appealed only "
        "once: read the reason, then tick the confirmation to file it anyway."
    ),
    "awaiting_material": N_(
        "The merchant has until %(deadline)s to add the material asked for; decide after "
        "it arrives or once that day has passed."
    ),
    "appeal_changed": N_("The appeal changed meanwhile; look at it again."),
    "not_pending": N_("Material can only be asked for on an appeal under review."),
    "no_request_left": N_("More material was asked for on this appeal already; decide it now."),
    "no_material_requested": N_("No material is being asked for on this appeal."),
    "material_deadline_passed": N_(
        "The deadline for the material (%(deadline)s) has passed; the platform decides on "
        "the material it has."
    ),
    "reply_too_long": N_("The message is longer than %(max_chars)s characters."),
}
# Input mistakes (the form is to be corrected) as opposed to what the rules refuse.
INPUT_CODES = frozenset(
    {
        "unknown_type",
        "choose_shipment",
        "no_evidence",
        "too_many_files",
        "evidence_too_large",
        "evidence_not_image",
        "tracking_number_mismatch",
        "bad_reason",
        "note_needed",
        "precheck_unconfirmed",
        "reply_too_long",
    }
)


def size_text(size: int) -> str:
    """A file size limit for people.

    >>> size_text(5 * 1024 * 1024), size_text(1536), size_text(1024)
    ('5 MB', '1.5 KB', '1 KB')
    """
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    return f"{size / 1024:.3g} KB"


@dataclass(frozen=True)
class Window:
    """The view dates an appeal may be filed on, for the window refusals."""

    opens: dt.date | None
    closes: dt.date | None


def refusal_text(
    code: str,
    params: Mapping[str, object],
    rules: TrackingVisibility | None,
    window: Window | None = None,
) -> Text:
    """Why filing (or deciding) is refused, in words."""
    appeals = rules.appeals if rules else None
    opens = window.opens.isoformat() if window and window.opens else "—"
    closes = window.closes.isoformat() if window and window.closes else "—"
    if code == "window_not_open":
        return Text(
            N_("The appeal window opens on %(opens)s, the day of first disclosure."),
            {"opens": opens},
        )
    if code == "window_closed":
        return Text(
            N_(
                "The appeal window (%(days)s days from first disclosure, that day included) "
                "closed on %(closes)s."
            ),
            {"days": appeals.window_days if appeals else "—", "closes": closes},
        )
    if code == "exempt":
        return Text(
            N_(
                "Launch exemption: orders shipped on or before %(date)s count and show as "
                "trackable; there is nothing to appeal."
            ),
            {"date": rules.launch_exempt_through.isoformat() if rules else "—"},
        )
    if code == "passing":
        return Text(
            N_(
                "This shipment now has at least %(events)s platform tracking events: it meets "
                "the bar and is shown as trackable once the figures are refreshed."
            ),
            {"events": rules.min_events_to_pass if rules else "—"},
        )
    values = dict(params)
    if "max_bytes" in values:
        values["size"] = size_text(int(str(values["max_bytes"])))
    message = _REFUSALS.get(code)
    return Text(message, values) if message else Text(code)


PRECHECK_OUTCOMES: dict[str, str] = {
    "approve": N_("The rule of the appeal type holds"),
    "reject": N_("The rule of the appeal type does not hold"),
    "never_approvable": N_("Can never be approved"),
    "source_unavailable": N_("Tracking source unavailable: an operator reviews it"),
    "uncertain": N_("Event wording not certain: an operator reviews it"),
    "imported": N_("No automatic pre-check (imported appeal)"),
}


def precheck_text(reason: str | None, rules: TrackingVisibility | None) -> Text:
    """What the automatic pre-check found, in words (rulebook §1.4)."""
    events: object = rules.min_events_to_pass if rules else "—"
    appeals = rules.appeals if rules else None
    third: dict[str, object] = {
        "events": appeals.third_party_min_events if appeals else "—",
        "real": appeals.third_party_min_real_events if appeals else "—",
    }
    texts = {
        "backend_has_enough_events": Text(
            N_("The backend has at least %(events)s tracking events."), {"events": events}
        ),
        "backend_too_few_events": Text(
            N_("The backend has fewer than %(events)s tracking events."), {"events": events}
        ),
        "backend_not_single_event": Text(
            N_("The backend does not have exactly one tracking event.")
        ),
        "single_event_is_real": Text(
            N_("The backend's only event is not pre-advice: it shows the parcel itself.")
        ),
        "single_event_is_pre_advice": Text(
            N_("The backend's only event is pre-advice: the carrier has the data, not the parcel.")
        ),
        "single_event_uncertain": Text(
            N_(
                "The backend's only event reads like a real scan, but its wording is not one "
                "the platform knows well enough to approve alone: an operator reads it and "
                "decides."
            )
        ),
        "third_party_has_no_events": Text(N_("17TRACK and Kuaidi100 show no event.")),
        "third_party_shows_movement": Text(
            N_(
                "17TRACK / Kuaidi100 show at least %(events)s events or at least %(real)s "
                "event that is not pre-advice."
            ),
            third,
        ),
        "third_party_only_pre_advice": Text(
            N_(
                "17TRACK / Kuaidi100 show fewer than %(events)s events and fewer than "
                "%(real)s event that is not pre-advice."
            ),
            third,
        ),
        "no_tracking_anywhere": Text(
            N_("No tracking anywhere: neither the backend nor 17TRACK or Kuaidi100 has an event.")
        ),
        "wrong_carrier_or_number": Text(
            N_(
                "The tracking number does not fit the carrier: a wrong carrier or tracking "
                "number was uploaded."
            )
        ),
        "third_party_uncertain": Text(
            N_(
                "17TRACK / Kuaidi100 show an event that reads like a real scan, but its wording "
                "is not one the platform knows well enough to approve alone: an operator reads "
                "it and decides."
            )
        ),
        "third_party_unavailable": Text(
            N_(
                "17TRACK / Kuaidi100 could not be reached at filing, so whether they show "
                "tracking is not known. The appeal is not rejected for it: an operator "
                "reviews it and checks the tracking again."
            )
        ),
    }
    if reason is None or reason == "imported":
        return Text(N_("The appeal came in through the data import; it had no pre-check."))
    return texts.get(reason, Text(reason))


DECISIONS: dict[str, AppealEvent] = {"approve": AppealEvent.APPROVE, "reject": AppealEvent.REJECT}
DECISION_REASON_LABELS: dict[str, str] = {
    "backend_events_confirmed": N_("The backend has the tracking events needed"),
    "single_event_is_real": N_("The only tracking event is not pre-advice"),
    "third_party_events_confirmed": N_("17TRACK / Kuaidi100 show valid tracking"),
    "too_few_events": N_("Too few tracking events"),
    "single_event_is_pre_advice": N_("The only tracking event is pre-advice"),
    "no_tracking_anywhere": N_("No tracking in the backend, on 17TRACK or on Kuaidi100"),
    "wrong_carrier_or_number": N_(
        "Wrong carrier or tracking number uploaded: re-upload the logistics proof"
    ),
    "evidence_incomplete": N_("The appeal materials are incomplete"),
    "evidence_does_not_match": N_("The screenshots do not match the order or tracking number"),
    "other": N_("Other"),
}
REASONS_BY_DECISION: dict[str, tuple[str, ...]] = {
    name: DECISION_REASONS[event] for name, event in DECISIONS.items()
}
# What an operator may say is missing when asking for more material (seed FAQ 8).
SUPPLEMENT_REASONS: tuple[str, ...] = DECISION_REASONS[AppealEvent.REQUEST_SUPPLEMENT]
SUPPLEMENT_REASON_LABELS: dict[str, str] = {
    "screenshot_unclear": N_("The screenshots are not clear enough to read"),
    "tracking_screenshot_missing": N_("A screenshot of the backend tracking is missing"),
    "third_party_screenshot_missing": N_(
        "A screenshot of the 17TRACK / Kuaidi100 query is missing"
    ),
    "other": N_("Other"),
}
# The seed's 无法申诉成功: the pre-check predicts the appeal fails.
CANNOT_SUCCEED = N_("The appeal cannot succeed")
CONFIRM_FAILURE = N_(
    "I have read why the appeal cannot succeed and file it anyway (this shipment can be "
    "appealed only once)"
)

# Who decided an appeal that no operator decided.
DECIDERS: dict[str | None, str] = {
    "system": N_("the automatic pre-check"),
    None: N_("the data import"),
}

# What the appeal templates get to put words on codes.
TEMPLATE_WORDS: dict[str, object] = {
    "appeal_statuses": STATUSES,
    "type_groups": TYPE_GROUPS,
    "type_labels": TYPE_LABELS,
    "scenario_text": scenario_text,
    "refusal_text": refusal_text,
    "precheck_outcomes": PRECHECK_OUTCOMES,
    "precheck_text": precheck_text,
    "decision_reason_labels": DECISION_REASON_LABELS,
    "reasons_by_decision": REASONS_BY_DECISION,
    "supplement_reasons": SUPPLEMENT_REASONS,
    "supplement_reason_labels": SUPPLEMENT_REASON_LABELS,
    "cannot_succeed": CANNOT_SUCCEED,
    "confirm_failure_label": CONFIRM_FAILURE,
}
# The appeal pages show orders and tracking too: they get the logistics words as well.
PAGE_WORDS: dict[str, object] = {**logistics_words.TEMPLATE_WORDS, **TEMPLATE_WORDS}
