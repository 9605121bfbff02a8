"""Words of notifications (docs/notifications.md): each topic's title and sentence, made
from the message's payload in the reader's language, the channels, delivery states and
the pages' labels. An unknown topic still reads: its code and its payload's values.

The pages, the emails and the CLI all render messages here; a payload key a message
lacks shows as "—" rather than failing.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sellerstar.domain.notifications import Channel, DeliveryState, EmailMode
from sellerstar.web.i18n import N_, translations
from sellerstar.web.words.refusals import Refusals

MISSING = "—"

# topic → (title, sentence); placeholders are the payload's keys.
TOPICS: dict[str, tuple[str, str]] = {
    "radar_task_opened": (
        N_("Radar: a product needs your answer"),
        N_("Product %(product_id)s looks like it infringes right %(right_id)s. Answer task "
           "%(task_id)s by %(deadline)s or it is delisted."),
    ),
    "radar_task_delisted": (
        N_("Radar: product delisted"),
        N_("Product %(product_id)s was delisted (task %(task_id)s); %(points)s penalty "
           "points."),
    ),
    "radar_relisting_refused": (
        N_("Radar: product delisted again"),
        N_("Product %(product_id)s was listed again unchanged since task %(task_id)s "
           "delisted it, so it was delisted again. Edit the product to list it."),
    ),
    "radar_review_decided": (
        N_("Radar: your submission was decided"),
        N_("Review %(review_id)s (%(kind)s) of task %(task_id)s: %(state)s."),
    ),
    "sample_right_lost": (
        N_("Sample venue: right to register lost"),
        N_("Sample order %(order_id)s failed (%(failure)s); %(registrations_ended)s "
           "registrations ended."),
    ),
    "sample_right_restored": (
        N_("Sample venue: right to register restored"),
        N_("An operator (%(restored_by)s) restored your right to register: %(note)s"),
    ),
    "review_brushing_confirmed": (
        N_("Reviews: brushing confirmed"),
        N_("Case %(case_id)s: %(review_count)s reviews confirmed as brushing; "
           "%(points)s penalty points."),
    ),
    "qa_answered": (
        N_("Briefing questions: your question was answered"),
        N_("Question %(question_id)s has an answer: %(link)s"),
    ),
    "appeal_window_opened": (
        N_("Appeals: the appeal window opened"),
        N_("Order %(order_id)s can be appealed until %(last_day)s."),
    ),
    "appeal_last_day": (
        N_("Appeals: last day to appeal"),
        N_("Today (%(last_day)s) is the last day to appeal order %(order_id)s."),
    ),
    "appeal_decided": (
        N_("Appeals: your appeal was decided"),
        N_("Appeal %(appeal_id)s for order %(order_id)s: %(outcome)s."),
    ),
    "appeal_supplement_requested": (
        N_("Appeals: more material requested"),
        N_(
            "Appeal %(appeal_id)s for order %(order_id)s: the platform asks for more "
            "material; add it by %(deadline)s."
        ),
    ),
    "radar_deadline_near": (
        N_("Radar: deadline in 2 days"),
        N_("Task %(task_id)s (product %(product_id)s) must be answered by %(deadline)s."),
    ),
    "star_predicted_changed": (
        N_("Stars: predicted level changed"),
        N_("Track %(track)s on %(stat_date)s: predicted %(old_stars)s → %(new_stars)s stars."),
    ),
    "star_below_official": (
        N_("Stars: predicted below official"),
        N_("Track %(track)s on %(stat_date)s: predicted %(predicted_stars)s stars, below the "
           "official %(official_stars)s."),
    ),
    "official_evaluation_published": (
        N_("Stars: official evaluation published"),
        N_("Official evaluation of %(month)s: %(stars)s stars (track %(track)s)."),
    ),
    "rule_change_announced": (
        N_("Rules: a change was announced"),
        N_("Rule-set %(rule_set_id)s, announced %(announced)s, takes effect on %(effective)s."),
    ),
    "coupon_claimable": (
        N_("Service market: coupon claimable"),
        N_("A coupon for %(tool_name)s (%(tool_id)s) can be claimed from %(launch_date)s."),
    ),
}  # fmt: skip

# Values of coded payload fields, shown in words.
VALUES: dict[str, str] = {
    "approved": N_("approved"),
    "rejected": N_("rejected"),
}

UNKNOWN_TITLE = N_("Notification: %(topic)s")

CHANNEL_LABELS: dict[str, str] = {
    Channel.INBOX: N_("Inbox"),
    Channel.EMAIL: N_("Email"),
    Channel.WEBHOOK: N_("Webhook"),
}
STATE_LABELS: dict[str, str] = {
    DeliveryState.PENDING: N_("Pending"),
    DeliveryState.SENDING: N_("Sending"),
    DeliveryState.SENT: N_("Sent"),
    DeliveryState.DEAD: N_("Dead"),
}
EMAIL_MODE_LABELS: dict[str, str] = {
    EmailMode.IMMEDIATE: N_("Each message at once"),
    EmailMode.DIGEST: N_("One daily digest"),
}

INBOX_TITLE = N_("Notifications")
UNREAD = N_("Unread")
MARK_READ = N_("Mark read")
MARK_ALL_READ = N_("Mark all read")
NO_MESSAGES = N_("No notifications yet.")
NOTHING_CHOSEN = N_("Choose a message or all of them.")
DIGEST_SUBJECT = N_("Your sellerstar digest of %(date)s: %(count)s messages")
EMAIL_FOOTER = N_("You receive this because of your notification preferences on sellerstar.")

REFUSALS = Refusals(
    {
        "webhook_url_invalid": N_("The URL is not a valid address."),
        "webhook_url_not_https": N_("Webhook URLs must start with https://."),
        "email_invalid": N_("The email address is not valid."),
        "endpoint_limit": N_("A merchant may have at most %(limit)s active webhook endpoints."),
    },
    {"webhook_url_invalid", "webhook_url_not_https", "email_invalid"},
)


@dataclass(frozen=True)
class Rendered:
    """A message in one language: its title and its sentence (plain text)."""

    title: str
    text: str


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return MISSING


def _values(payload: Mapping[str, Any], locale: str) -> _Values:
    catalogue = translations(locale)
    values = _Values()
    for key, value in payload.items():
        shown = "" if value is None else str(value)
        if shown in VALUES:
            shown = catalogue.gettext(VALUES[shown])
        values[key] = shown
    return values


def render(topic: str, payload: Mapping[str, Any], locale: str) -> Rendered:
    """A message's title and sentence in ``locale``.

    >>> render("appeal_last_day", {"order_id": "O1", "last_day": "2022-11-20"}, "en").text
    'Today (2022-11-20) is the last day to appeal order O1.'
    >>> render("appeal_decided", {"order_id": "O1"}, "en").text
    'Appeal — for order O1: —.'
    >>> render("brand_new", {"x": 1}, "en")
    Rendered(title='Notification: brand_new', text='x: 1')
    """
    catalogue = translations(locale)
    values = _values(payload, locale)
    words = TOPICS.get(topic)
    if words is None:
        title = catalogue.gettext(UNKNOWN_TITLE) % {"topic": topic}
        text = "; ".join(f"{key}: {value}" for key, value in sorted(values.items()))
        return Rendered(title, text)
    title, text = (html.unescape(catalogue.gettext(msgid)) % values for msgid in words)
    return Rendered(title, text)


def word(msgid: str, locale: str, **params: object) -> str:
    """One label of this module in ``locale``."""
    text = translations(locale).gettext(msgid)
    return text % params if params else text


def refusal(code: str, locale: str, settings: Any) -> str:
    """A refusal's sentence in ``locale`` (the endpoint limit named from the settings)."""
    limit = getattr(settings, "notify_webhook_max_endpoints", None)
    return REFUSALS.text(code, {"limit": limit}).render(locale)
