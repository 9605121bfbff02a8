"""Words of the product radar (商品雷达, rulebook §3) in the seed's wording (seed review
§3.2): categories, outcomes, the status shown, the buttons, the banner, the queues, the
refusals. The rule-set's numbers (7 days, 24 h, 1 appeal, the points) are filled in,
never written into a message.
"""

from __future__ import annotations

from sellerstar.domain.radar import (
    Outcome,
    QualificationKind,
    RadarCategory,
    ReviewKind,
    ReviewState,
    TaskDisplay,
    TaskStatus,
)
from sellerstar.web.i18n import N_
from sellerstar.web.words.logistics import Text
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Product radar")
PATH = N_("My Alibaba → Product management → Product radar")

CATEGORY_LABELS: dict[str, str] = {
    RadarCategory.RISK_CONTROL: N_("Risk-control penalty issues"),
    RadarCategory.LOGISTICS: N_("Logistics issues"),
    RadarCategory.SERVICE: N_("Service issues"),
    RadarCategory.PRICE: N_("Price issues"),
    RadarCategory.OTHER: N_("Other problem products"),
}
OUTCOME_LABELS: dict[str, str] = {
    Outcome.RECTIFIED: N_("Rectified products"),
    Outcome.REASONABLE: N_("Reasonable products"),
    Outcome.PROBLEM: N_("Problem products"),
}
STATUS_LABELS: dict[str, str] = {
    TaskStatus.OPEN: N_("To rectify"),
    TaskStatus.RECTIFIED: N_("Rectified"),
    TaskStatus.CLEARED: N_("Cleared on appeal"),
    TaskStatus.DELISTED: N_("Delisted with penalty points"),
}
# The status column; COUNTDOWN takes the days left (countdown_text).
DISPLAY_LABELS: dict[str, str] = {
    TaskDisplay.APPEAL_PENDING: N_("Appeal pending, awaiting human review"),
    TaskDisplay.EDIT_PENDING: N_("Product under review, please wait"),
    TaskDisplay.QUALIFICATION_PENDING: N_("Under review, please wait"),
    TaskDisplay.EDIT_REJECTED: N_("Review failed"),
    TaskDisplay.APPEAL_REJECTED: N_("Appeal failed"),
    TaskDisplay.COUNTDOWN: N_("Will be delisted with penalty points in %(days)s days"),
    TaskDisplay.RECTIFIED: N_("Rectification complete"),
    TaskDisplay.CLEARED: N_("Reasonable product (appeal approved)"),
    TaskDisplay.DELISTED: N_("Delisted with penalty points"),
}
SEE_REASON = N_("See the reason")
REVIEW_KIND_LABELS: dict[str, str] = {
    ReviewKind.EDIT: N_("Product edits"),
    ReviewKind.QUALIFICATION: N_("IP qualifications"),
    ReviewKind.APPEAL: N_("Appeals"),
}
REVIEW_STATE_LABELS: dict[str, str] = {
    ReviewState.PENDING: N_("Pending review"),
    ReviewState.APPROVED: N_("Approved"),
    ReviewState.REJECTED: N_("Rejected"),
}
QUALIFICATION_LABELS: dict[str, str] = {
    QualificationKind.BRAND_AUTHORISATION: N_("Brand authorisation"),
    QualificationKind.SUPPLY_CHAIN: N_("Supply-chain proof"),
}
FIELD_LABELS: dict[str, str] = {
    "title": N_("Title"),
    "description": N_("Description"),
    "brand": N_("Brand"),
    "image": N_("Image"),
}

BUTTON_EDIT = N_("Edit product")
BUTTON_QUALIFY = N_("Upload IP qualification filing")
BUTTON_APPEAL = N_("Appeal (limited to %(count)s per task)")
BUTTON_DELIST = N_("Delist product")
RULES_LINK = N_("View the IP rules")
RISK_LINK = N_("view the risk notes")
BANNER = N_(
    "Suspected IP-infringing products have a %(days)s-day rectification period; products "
    "not rectified by then are delisted (%(risk)s). If you hold the qualification "
    "certificates the infringing products below require, click to upload them; the "
    "qualification review result is expected in about %(hours)s h, refresh the page to "
    "update"
)
TRUNCATION_NOTE = N_(
    "Suggestions show at most 3 lines; hover over them to see the full text in a tooltip"
)


_SUSPECTED: dict[str, str] = {
    "trademark": N_("Suspected trademark infringement: “%(mark)s”"),
    "patent": N_("Suspected patent infringement: “%(mark)s”"),
    "design": N_("Suspected design infringement: “%(mark)s”"),
}


def suspected_text(kind: str | None, mark: str | None) -> Text:
    """The problem of a suspected-IP task: 疑似侵犯商标"LV"."""
    message = _SUSPECTED.get(kind or "", N_("Suspected IP infringement: “%(mark)s”"))
    return Text(message, {"mark": mark or "—"})


def countdown_text(days: int) -> Text:
    """ "N天后将被下架并扣分"."""
    return Text(DISPLAY_LABELS[TaskDisplay.COUNTDOWN], {"days": days})


def appeal_button(count: int) -> Text:
    """ "申诉（限1次/任务）" with the rule-set's number."""
    return Text(BUTTON_APPEAL, {"count": count})


_REFUSALS: dict[str, str] = {
    "task_closed": N_("This task is closed already; there is nothing left to do."),
    "title_missing": N_("Enter the product title."),
    "title_too_long": N_("The title is longer than %(limit)s characters."),
    "description_too_long": N_("The description is longer than %(limit)s characters."),
    "brand_too_long": N_("The brand is longer than %(limit)s characters."),
    "statement_missing": N_("Say why the product does not infringe (the appeal statement)."),
    "statement_too_long": N_("The appeal statement is longer than %(limit)s characters."),
    "note_too_long": N_("The note is longer than %(limit)s characters."),
    "reason_missing": N_("Give the reason of the rejection; the merchant reads it."),
    "reason_too_long": N_("The reason is longer than %(limit)s characters."),
    "edit_unchanged": N_("The edit changes nothing in the product."),
    "edit_pending": N_("An edit of this product is under review already; wait for it."),
    "appeal_used": N_("This task has been appealed already (%(limit)s per task)."),
    "no_right": N_("This task is not about an IP right; no qualification can clear it."),
    "qualification_pending": N_(
        "A qualification for this right is under review already; wait for its result."
    ),
    "already_decided": N_("This review was decided already by another operator."),
    "document_missing": N_("Choose the qualification document to upload."),
    "document_too_large": N_("The document is larger than %(size)s."),
    "document_not_accepted": N_(
        "The document is not a PDF or a PNG, JPEG, WebP or GIF image (checked by its content)."
    ),
    "unknown_qualification_kind": N_("Choose what the qualification proves."),
}
# Input mistakes (the form is to be corrected: 422) as opposed to what the rules refuse (409).
INPUT_CODES = frozenset(
    {
        "title_missing",
        "title_too_long",
        "description_too_long",
        "brand_too_long",
        "statement_missing",
        "statement_too_long",
        "note_too_long",
        "reason_missing",
        "reason_too_long",
        "edit_unchanged",
        "document_missing",
        "document_too_large",
        "document_not_accepted",
        "unknown_qualification_kind",
    }
)
REFUSALS = Refusals(_REFUSALS, INPUT_CODES)
REFUSAL_CODES = REFUSALS.codes
refusal_text = REFUSALS.text
refusal_status = REFUSALS.status


# What the radar templates get to put words on codes.
TEMPLATE_WORDS: dict[str, object] = {
    "category_labels": CATEGORY_LABELS,
    "outcome_labels": OUTCOME_LABELS,
    "task_status_labels": STATUS_LABELS,
    "display_labels": DISPLAY_LABELS,
    "review_kind_labels": REVIEW_KIND_LABELS,
    "review_state_labels": REVIEW_STATE_LABELS,
    "qualification_labels": QUALIFICATION_LABELS,
    "field_labels": FIELD_LABELS,
    "suspected_text": suspected_text,
    "countdown_text": countdown_text,
    "appeal_button": appeal_button,
    "radar_refusal_text": refusal_text,
}
