"""Every code of the domain's vocabularies (roles, appeal statuses, star-level tracks) has a
label in every language, looked up the way the pages look it up: a code without one would
show raw (or break the page), silently in the lookups that fall back to the code."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, get_args

import pytest

from sellerstar.domain.access import MERCHANT_ROLES, Role
from sellerstar.domain.appeals import AppealState
from sellerstar.domain.stars import Track
from sellerstar.web.i18n import LOCALES
from sellerstar.web.routes import appeals_api, stars
from sellerstar.web.templating import make_environment
from sellerstar.web.words import appeals as appeals_text
from sellerstar.web.words import logistics as logistics_text
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


def test_an_unknown_code_shows_raw_where_the_lookup_falls_back() -> None:
    # The failure the first test guards against: a code missing from the labels shows raw.
    template, context = LOOKUPS[1][1], LOOKUPS[1][2]
    assert _shown(template, "zh", "withdrawn", context) == "withdrawn"
    assert _shown(template, "zh", AppealState.PENDING.value, context) != "pending"


def test_the_route_parameters_accept_exactly_the_vocabulary() -> None:
    assert get_args(appeals_api.Status) == tuple(AppealState)
    assert get_args(stars.Track) == tuple(Track)
    assert set(MERCHANT_ROLES) == set(Role) - {Role.OPERATOR}
