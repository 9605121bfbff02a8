"""Every code of the domain's vocabularies (roles, appeal statuses, star-level tracks) has a
label in every language, looked up the way the pages look it up: a code without one would
show raw (or break the page), silently in the lookups that fall back to the code."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any, get_args

import pytest

from sellerstar.contract import IP_RIGHT_KINDS
from sellerstar.domain.access import MERCHANT_ROLES, STAFF_ROLES, Role
from sellerstar.domain.appeals import AppealState
from sellerstar.domain.market import CouponRefusal, ToolCategory
from sellerstar.domain.radar import (
    Outcome,
    QualificationKind,
    RadarCategory,
    ReviewKind,
    ReviewState,
    TaskDisplay,
    TaskStatus,
)
from sellerstar.domain.recruitment import Certification, InterviewOutcome, InterviewState, JobState
from sellerstar.domain.reviews import Badge, Exclusion, ProductReviewState, SuspectState
from sellerstar.domain.samples import Placement
from sellerstar.domain.stars import Track
from sellerstar.domain.venue import VenueRefusal
from sellerstar.services import (
    radar_decisions,
    radar_errors,
    radar_submissions,
    review_brushing,
    review_errors,
)
from sellerstar.web.i18n import LOCALES
from sellerstar.web.routes import appeals_api, stars
from sellerstar.web.templating import make_environment
from sellerstar.web.words import appeals as appeals_text
from sellerstar.web.words import logistics as logistics_text
from sellerstar.web.words import market as market_text
from sellerstar.web.words import radar as radar_text
from sellerstar.web.words import recruitment as recruitment_text
from sellerstar.web.words import reviews as reviews_text
from sellerstar.web.words import venue as venue_text
from sellerstar.web.words.site import ROLE_LABELS
from sellerstar.web.words.stars import TRACK_LABELS

# (vocabulary, how a page renders one of its codes, what the page passes the template)
LOOKUPS: list[tuple[type[StrEnum], str, dict[str, Any]]] = [
    # base.html, ops_users.html
    (Role, "{{ _(role_labels[code]) }}", {}),
    # _appeals_macros.html (the appeal badge) falls back to the code
    (AppealState, "{{ _(labels.get(code, code)) }}", {"labels": appeals_text.STATUSES}),
    # appeals.html (the status tabs), tracking.html (a batch's appeal)
    (AppealState, "{{ _(labels[code]) }}", {"labels": logistics_text.APPEAL_STATUSES}),
    # _stars_content.html, ops.html, ops_merchant.html
    (Track, "{{ _(labels[code]) }}", {"labels": TRACK_LABELS}),
    # radar.html (the category tabs), radar_task.html
    (RadarCategory, "{{ _(labels[code]) }}", {"labels": radar_text.CATEGORY_LABELS}),
    # radar.html (the outcome counts), radar_task.html
    (Outcome, "{{ _(labels[code]) }}", {"labels": radar_text.OUTCOME_LABELS}),
    # _radar_macros.html countdown() of a closed task
    (TaskStatus, "{{ _(labels[code]) }}", {"labels": radar_text.STATUS_LABELS}),
    # _radar_macros.html shown_status(): the countdown takes its days
    (
        TaskDisplay,
        "{% if code == 'countdown' %}{{ say(countdown_text(3)) }}"
        "{% else %}{{ _(labels[code]) }}{% endif %}",
        radar_text.TEMPLATE_WORDS | {"labels": radar_text.DISPLAY_LABELS},
    ),
    # ops_radar_queues.html (the tabs), ops_radar_review.html, radar_task.html (reviews)
    (ReviewKind, "{{ _(labels[code]) }}", {"labels": radar_text.REVIEW_KIND_LABELS}),
    # _radar_macros.html review_state()
    (ReviewState, "{{ _(labels[code]) }}", {"labels": radar_text.REVIEW_STATE_LABELS}),
    # radar_task.html (the form and the reviews) falls back to the code
    (
        QualificationKind,
        "{{ _(labels.get(code, code)) }}",
        {"labels": radar_text.QUALIFICATION_LABELS},
    ),
    # _reviews_macros.html badge()
    (Badge, "{{ _(labels[code]) }}", {"labels": reviews_text.BADGE_LABELS}),
    # _reviews_macros.html review_state(): a reason in words (the code when unknown)
    (Exclusion, "{{ say(exclusion_text(code)) }}", reviews_text.TEMPLATE_WORDS),
    # the storefront's block (API state_text)
    (ProductReviewState, "{{ _(labels[code]) }}", {"labels": reviews_text.PRODUCT_STATE_LABELS}),
    # ops_reviews_brushing.html (the tabs, each suspect's state)
    (SuspectState, "{{ _(labels[code]) }}", {"labels": reviews_text.SUSPECT_STATE_LABELS}),
    # the venue's API (title, title_zh) and venue.html
    (Placement, "{{ _(labels[code]) }}", {"labels": venue_text.PLACEMENT_LABELS}),
    # the venue's refusals (API detail, detail_zh; venue.html)
    (
        VenueRefusal,
        "{{ _(labels[code], date='2022-10-30', tier='L1', lowest='L2') }}",
        {"labels": venue_text.REFUSALS},
    ),
    # the service market's categories (market.html, ops_market.html) and claim refusals
    (ToolCategory, "{{ _(labels[code]) }}", {"labels": market_text.CATEGORY_LABELS}),
    (
        CouponRefusal,
        "{{ _(labels[code], launch='2022-10-28', today='2022-10-29', stock=50) }}",
        {"labels": market_text.CLAIM_REFUSAL_WORDS},
    ),
    # _recruitment_macros.html certs(), recruitment_me.html, recruitment_certificate.html
    (Certification, "{{ _(labels[code]) }}", {"labels": recruitment_text.CERTIFICATION_LABELS}),
    # recruitment.html, recruitment_job.html, ops_recruitment.html
    (JobState, "{{ _(labels[code]) }}", {"labels": recruitment_text.JOB_STATE_LABELS}),
    # _recruitment_macros.html interview_state()
    (
        InterviewState,
        "{{ _(labels[code]) }}",
        {"labels": recruitment_text.INTERVIEW_STATE_LABELS},
    ),
    (InterviewOutcome, "{{ _(labels[code]) }}", {"labels": recruitment_text.OUTCOME_LABELS}),
]


def _shown(template: str, locale: str, code: str, context: dict[str, Any]) -> str:
    return make_environment(locale).from_string(template).render(code=code, **context)


@pytest.mark.parametrize(
    ("vocabulary", "template", "context"),
    LOOKUPS,
    ids=[f"{v.__name__}-{i}" for i, (v, _, _) in enumerate(LOOKUPS)],
)
def test_every_code_has_a_label_in_every_language(
    vocabulary: type[StrEnum], template: str, context: dict[str, Any]
) -> None:
    for code in vocabulary:
        shown = {locale: _shown(template, locale, code.value, context) for locale in LOCALES}
        for locale, text in shown.items():
            assert text and text != code.value, (code, locale, text)
        assert shown["zh"] != shown["en"], f"{code}: not translated into Chinese ({shown})"


def test_the_labels_name_only_codes_of_the_vocabulary() -> None:
    assert set(ROLE_LABELS) == set(Role)
    assert set(appeals_text.STATUSES) == set(AppealState)
    assert set(logistics_text.APPEAL_STATUSES) == set(AppealState)
    assert set(TRACK_LABELS) == set(Track)
    assert set(radar_text.CATEGORY_LABELS) == set(RadarCategory)
    assert set(radar_text.OUTCOME_LABELS) == set(Outcome)
    assert set(radar_text.STATUS_LABELS) == set(TaskStatus)
    assert set(radar_text.DISPLAY_LABELS) == set(TaskDisplay)
    assert set(radar_text.REVIEW_KIND_LABELS) == set(ReviewKind)
    assert set(radar_text.REVIEW_STATE_LABELS) == set(ReviewState)
    assert set(radar_text.QUALIFICATION_LABELS) == set(QualificationKind)
    assert set(reviews_text.BADGE_LABELS) == set(Badge)
    assert set(reviews_text.EXCLUSION_LABELS) == set(Exclusion)
    assert set(reviews_text.PRODUCT_STATE_LABELS) == set(ProductReviewState)
    assert set(reviews_text.SUSPECT_STATE_LABELS) == set(SuspectState)
    assert set(venue_text.PLACEMENT_LABELS) == set(Placement)
    assert set(venue_text.REFUSALS) == set(VenueRefusal)
    assert set(market_text.CATEGORY_LABELS) == set(ToolCategory)
    assert set(market_text.CLAIM_REFUSAL_WORDS) == set(CouponRefusal)


def test_an_unknown_code_shows_raw_where_the_lookup_falls_back() -> None:
    # The failure the first test guards against: a code missing from the labels shows raw.
    template, context = LOOKUPS[1][1], LOOKUPS[1][2]
    assert _shown(template, "zh", "withdrawn", context) == "withdrawn"
    assert _shown(template, "zh", AppealState.PENDING.value, context) != "pending"


def test_the_route_parameters_accept_exactly_the_vocabulary() -> None:
    assert get_args(appeals_api.Status) == tuple(AppealState)
    assert get_args(stars.Track) == tuple(Track)
    assert set(MERCHANT_ROLES) == set(Role) - {Role.OPERATOR, Role.BUYER, Role.TALENT}
    assert set(STAFF_ROLES) == set(Role) - {Role.BUYER, Role.TALENT}


def _radar_codes_raised() -> set[str]:
    """Every refusal code the radar services and the web's filing raise (read from the
    source: a literal code, or the ``{what}_missing`` / ``{what}_too_long`` of a text)."""
    services = [Path(str(m.__file__)) for m in (radar_submissions, radar_decisions, radar_errors)]
    codes: set[str] = set()
    for source in (*services, services[0].parent.parent / "web" / "radar_filing.py"):
        text = source.read_text(encoding="utf-8")
        codes |= set(re.findall(r'RadarRefused\(\s*"(\w+)"', text))
        codes |= set(re.findall(r'super\(\).__init__\(\s*"(\w+)"', text))
        for what, required in re.findall(r'checked_text\(\w+, "(\w+)", \w+, required=(\w+)', text):
            codes.add(f"{what}_too_long")
            if required != "False":
                codes.add(f"{what}_missing")
    return codes


def test_every_radar_refusal_is_worded_in_every_language() -> None:
    raised = _radar_codes_raised()
    assert {"appeal_used", "task_closed", "reason_missing", "already_decided"} <= raised
    assert raised <= radar_text.REFUSAL_CODES, sorted(raised - radar_text.REFUSAL_CODES)
    for code in sorted(radar_text.REFUSAL_CODES):
        params = {"limit": 1, "size": "5 MB"}
        shown = {loc: radar_text.refusal_text(code, params).render(loc) for loc in LOCALES}
        assert all(text and text != code for text in shown.values()), (code, shown)
        assert shown["zh"] != shown["en"], code


@pytest.mark.parametrize("kind", [*sorted(IP_RIGHT_KINDS), None])
def test_every_kind_of_right_words_its_suspicion(kind: str | None) -> None:
    shown = {loc: radar_text.suspected_text(kind, "LV").render(loc) for loc in LOCALES}
    assert shown["zh"].startswith("疑似侵犯") and shown["zh"].endswith("“LV”")
    assert shown["en"].startswith("Suspected ") and shown["en"].endswith("“LV”")


def test_every_reviews_refusal_code_has_words() -> None:
    """Every code the brushing decisions raise is worded (never shown raw)."""
    codes: set[str] = set()
    for module in (review_brushing, review_errors):
        text = Path(str(module.__file__)).read_text(encoding="utf-8")
        codes |= set(re.findall(r'ReviewsRefused\(\s*"(\w+)"', text))
        codes |= set(re.findall(r'super\(\).__init__\(\s*"(\w+)"', text))
    assert codes and codes <= reviews_text.REFUSAL_CODES
    for code in codes:
        shown = {locale: _shown("{{ say(t) }}", locale, code, {"t": reviews_text.refusal_text(
            code, {"limit": 2, "reviews": "R1"})}) for locale in LOCALES}  # fmt: skip
        assert shown["zh"] != shown["en"] and code not in shown["en"], shown


def test_every_brushing_signal_has_words() -> None:
    """The queue words every signal the detector writes (``brushing_suspects.signals``)."""
    from sellerstar.reviews.brushing_signals import SIGNALS

    assert set(reviews_text.SIGNAL_LABELS) == set(SIGNALS)
