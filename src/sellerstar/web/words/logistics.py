"""Words of the logistics pages: code labels, the reason of each judgement, why an appeal
is not possible, all as catalogue messages with the rule-set's numbers filled in.

A :class:`Text` is a message id and its parameters; templates show it with
``{{ _(t.msgid, **t.params) }}``, Python (the CSV download) with :meth:`Text.render`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from babel import UnknownLocaleError

from sellerstar.domain.carriers import known
from sellerstar.queries.order_state import LiveBlock, OrderState
from sellerstar.rules.model import TrackingVisibility
from sellerstar.web.i18n import N_, babel_locale, translations

EXPORT_MODES = {"tad": N_("TA delivery"), "self_export": N_("Self export"), "other": N_("Other")}
TRANSPORTS = {
    "express": N_("Express"),
    "postal": N_("Postal"),
    "air": N_("Air freight"),
    "sea": N_("Sea freight"),
    "land": N_("Land transport"),
}
EVENT_SOURCES = {
    "platform": N_("Platform tracking"),
    "17track": N_("17TRACK"),
    "kuaidi100": N_("Kuaidi100"),
}
PAYMENT_METHODS = {
    "tt": N_("Telegraphic transfer"),
    "credit_card": N_("Credit card"),
    "e_payment": N_("E-payment"),
    "lc": N_("L/C"),
    "open_account": N_("Open account"),
}
# Words of each appeal state (AppealState values); a state without a word shows its code.
APPEAL_STATUSES = {
    "pending": N_("Under appeal"),
    "approved": N_("Appeal approved"),
    "rejected": N_("Appeal rejected"),
    "supplement_requested": N_("More material requested"),
}
# The order list's orderings (queries.logistics_orders.SORTS).
SORTS = {
    "action": N_("Needs action first"),
    "shipped": N_("Newest ship date first"),
}
# The seed's appeal guide: the third-party trackers the platform accepts (rulebook §1.4).
TRACKER_SITES = (
    (N_("17TRACK"), "https://www.17track.net/zh-cn"),
    (N_("Kuaidi100"), "https://www.kuaidi100.com/"),
)


@dataclass(frozen=True)
class Text:
    """A catalogue message and the values of its placeholders."""

    msgid: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, locale: str) -> str:
        """The message in ``locale`` with its placeholders filled in.

        >>> Text(N_("Yes")).render("zh")
        '是'
        """
        return translations(locale).gettext(self.msgid) % self.params


def country_name(code: str, locale: str) -> str:
    """A country's name in the UI language (the code when unknown).

    >>> country_name("US", "zh"), country_name("US", "en"), country_name("XX", "en")
    ('美国', 'United States', 'XX')
    """
    try:
        territories = babel_locale(locale).territories
    except UnknownLocaleError:  # pragma: no cover - LOCALES are all known to Babel
        return code
    return str(territories.get(code, code))


def carrier_name(code: str) -> str:
    """How a carrier code is written for people: its name in the registry, else the code.

    >>> carrier_name("fedex"), carrier_name("17track:191092"), carrier_name("nope")
    ('FedEx', 'ACS WORLDWIDE EXPRESS', 'NOPE')
    """
    found = known(code)
    return found.name if found is not None else code.upper()


@lru_cache(maxsize=256)
def reason_text(reason: str, rules: TrackingVisibility) -> Text:
    """Why an order is (not) trackable on its stat date, in words (rulebook §1.2, §1.3).
    Kept per rule-set: a page asks for it once per order row."""
    events = rules.min_events_to_pass
    texts = {
        "launch_exempt": Text(
            N_("Launch exemption: orders shipped on or before %(date)s are treated as trackable."),
            {"date": rules.launch_exempt_through.isoformat()},
        ),
        "newest_7_days_exempt": Text(
            N_(
                "Special exemption period: the orders of the newest %(days)s days of the "
                "stat window count and show as trackable."
            ),
            {"days": rules.newest_exempt_days},
        ),
        "tracked": Text(
            N_("Every shipment batch has at least %(events)s tracking events."),
            {"events": events},
        ),
        "untracked": Text(
            N_(
                "A shipment batch has fewer than %(events)s tracking events (or no logistics "
                "proof was uploaded)."
            ),
            {"events": events},
        ),
        "appeal_pending": Text(
            N_(
                "Under appeal: counted as trackable in the rate, but shown as untrackable "
                "until the review is done."
            )
        ),
        "appeal_approved": Text(N_("Appeal approved: counted and shown as trackable.")),
        "appeal_rejected": Text(
            N_("Appeal rejected: counted and shown by the real tracking, untrackable.")
        ),
    }
    return texts[reason]


def appeal_block_text(block: LiveBlock, rules: TrackingVisibility | None) -> Text:
    """Why the appeal button is greyed out (rulebook §1.4)."""
    appeals = rules.appeals if rules else None
    if block == "closed":
        return Text(
            N_(
                "The appeal window (%(days)s days from first disclosure, that day included) "
                "has closed."
            ),
            {"days": appeals.window_days if appeals else "—"},
        )
    if block == "pending":
        return Text(
            N_("An appeal is under review; the platform decides within %(days)s calendar days."),
            {"days": appeals.review_sla_days if appeals else "—"},
        )
    texts: dict[str, str] = {
        "operator": N_("Only the merchant can file an appeal."),
        "out_of_window": N_("The order is not in the current stat window."),
        "passing": N_("The order is trackable; there is nothing to appeal."),
        "rejected": N_("The appeal was rejected and the appeal window has closed."),
        "decided": N_("The appeal has been decided; an order is appealed once."),
        "reuploaded": N_(
            "The logistics proof was re-uploaded; the platform fetches the new tracking."
        ),
    }
    return Text(texts[block])


YES_NO = {True: N_("Yes"), False: N_("No")}
CSV_COLUMNS = (
    N_("TA order no."),
    N_("Destination country"),
    N_("Export mode"),
    N_("Transport"),
    N_("Trade term"),
    N_("Ship time"),
    N_("Trackable"),
    N_("Reason"),
    N_("Carrier"),
    N_("Tracking number"),
    N_("Appeal state"),
    N_("Appeal deadline"),
)

EVENT_CSV_COLUMNS = (
    N_("Event time"),
    N_("Location"),
    N_("Event"),
    N_("Source"),
    N_("Pre-advice"),
    N_("Counts automatically"),
)
# What an open appeal waits for, by state; other open states say "Due by".
APPEAL_DEADLINES = {
    "pending": N_("Decision due by %(date)s"),
    "supplement_requested": N_("Add the material by %(date)s"),
}
DUE_BY = N_("Due by %(date)s")


def appeal_state_words(state: OrderState, locale: str) -> str:
    """The order's appeal in words: its state and its date (decided, due or filed); ""
    without an appeal. A state without a word shows its code.

    >>> import datetime as dt
    >>> from sellerstar.queries.order_state import LiveAppeal
    >>> day = dt.date(2022, 12, 6)
    >>> live = OrderState("O", None, None, None, (), {
    ...     "S": LiveAppeal("A", "S", "approved", day, day, None)}, None, None, None,
    ...     False, "decided", None)
    >>> appeal_state_words(live, "en")
    'Appeal approved (2022-12-06)'
    """
    appeal = state.appeal
    if appeal is None:
        return ""
    word = APPEAL_STATUSES.get(appeal.state)
    label = translations(locale).gettext(word) if word else appeal.state
    day = appeal.decided_on or appeal.deadline or appeal.submitted_on
    return Text(N_("%(state)s (%(date)s)"), {"state": label, "date": day.isoformat()}).render(
        locale
    )


def live_columns(state: OrderState | None, locale: str) -> list[str]:
    """The CSV's carrier, tracking number, appeal state and appeal deadline of an order."""
    if state is None:
        return ["", "", "", ""]
    deadline = state.window.closes if state.window else None
    if deadline is None and state.appeal is not None and state.appeal.open:
        deadline = state.appeal.deadline
    return [
        "; ".join(carrier_name(s.carrier) for s in state.shipments),
        "; ".join(s.tracking_number for s in state.shipments),
        appeal_state_words(state, locale),
        deadline.isoformat() if deadline else "",
    ]


# What the logistics templates get to put words on codes.
TEMPLATE_WORDS: dict[str, object] = {
    "export_modes": EXPORT_MODES,
    "transports": TRANSPORTS,
    "sources": EVENT_SOURCES,
    "appeal_statuses": APPEAL_STATUSES,
    "yes_no": YES_NO,
    "country_name": country_name,
    "carrier_name": carrier_name,
    "reason_text": reason_text,
    "appeal_block_text": appeal_block_text,
    "sorts": SORTS,
    "tracker_sites": TRACKER_SITES,
    "appeal_deadlines": APPEAL_DEADLINES,
    "due_by": DUE_BY,
}

# Why a logistics proof could not be replaced (the tracking page's form).
PROOF_REASONS = {
    "bad_format": N_("The tracking number does not have the format of this carrier."),
    "unknown_carrier": N_(
        "Neither the platform's carrier list nor 17TRACK or Kuaidi100 know this carrier."
    ),
    "ambiguous_carrier": N_("Several carriers have a name like this; choose one of them."),
    "cannot_detect": N_(
        "The carrier cannot be told from this tracking number; choose the carrier."
    ),
    "empty": N_("Enter the tracking number."),
    "refused": N_("This logistics proof cannot be replaced."),
}
# The proof form's carrier choices beyond the registry, and the seed's 物流不可追踪 tag.
PROOF_WORDS: dict[str, str] = {
    "auto": N_("Detect from the tracking number"),
    "other": N_("Another carrier (17TRACK / Kuaidi100 list)"),
    "other_label": N_("Other carrier: name or code on 17TRACK / Kuaidi100"),
    "untrackable_tag": N_("Untrackable"),
    "untrackable_notice": N_(
        "This carrier is known to be untrackable: neither the platform nor 17TRACK or "
        "Kuaidi100 can get its tracking, so the order counts as untrackable and an appeal "
        "cannot succeed. Ship with a carrier that 17TRACK or Kuaidi100 can track."
    ),
    "suggestions": N_("Carriers with a similar name: %(carriers)s."),
}
