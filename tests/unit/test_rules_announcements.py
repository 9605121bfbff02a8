"""Rule-change announcements (rules/announcements.py, web/rule_change_text.py): the dated
changes of every rule-set after the first, by area, their banner window, and a sentence
per change in Chinese and English."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

import pytest

from sellerstar.errors import ConfigurationError
from sellerstar.rules import RuleSet, load_rulebook
from sellerstar.rules.announcements import (
    AREA_OF_SECTION,
    ChangeArea,
    announcements,
    area_of,
    banners,
    changelog_order,
    taking_effect,
)
from sellerstar.rules.book import parse_rule_set
from sellerstar.rules.diff import META_FIELDS, diff
from sellerstar.web.rule_change_text import as_text, described, sentence
from sellerstar.web.words.rule_changes import AREA_TITLES, SECTION_TITLES

BOOK = load_rulebook()
NEWS = announcements(BOOK)


def test_every_rule_set_after_the_first_is_announced_with_all_its_changes() -> None:
    assert [item.rule_set_id for item in NEWS] == [rs.id for rs in BOOK.rule_sets[1:]]
    for item, (before, after) in zip(NEWS, itertools.pairwise(BOOK.rule_sets), strict=True):
        assert item.previous_id == before.id
        assert item.effective == after.effective
        assert item.announced == after.announced_on <= item.effective
        assert item.new_until == after.effective + dt.timedelta(days=after.new_for_days)
        assert sorted(c.key for g in item.groups for c in g.changes) == sorted(
            c.key for c in diff(before, after)
        )
        for group in item.groups:
            assert all(area_of(change) is group.area for change in group.changes)


def test_every_section_of_the_model_has_an_area_and_every_area_a_title() -> None:
    sections = set(RuleSet.model_fields) - META_FIELDS
    assert sections <= set(AREA_OF_SECTION), sections - set(AREA_OF_SECTION)
    assert set(AREA_TITLES) == {area.value for area in ChangeArea}
    assert sections <= set(SECTION_TITLES)


def test_the_briefings_rule_sets_are_announced_on_its_day() -> None:
    dates = {item.rule_set_id: item.announced for item in NEWS}
    briefing = dt.date(2022, 10, 28)  # seed line 10
    assert dates["2022-11"] == dates["2022-11-04"] == dates["2022-10-31"] == briefing
    # The radar went live before the briefing: announced when it took effect.
    assert dates["2022-10-25"] == dt.date(2022, 10, 25)


def _shipped(**changes: Any) -> dict[str, Any]:
    data = BOOK.get("2022-11").model_dump(mode="python")
    data.update(changes)
    return data


def test_announced_must_not_follow_the_effective_date() -> None:
    with pytest.raises(ConfigurationError, match=r"2022-11.toml: announced: .*after the effective"):
        parse_rule_set("2022-11.toml", _shipped(announced=dt.date(2022, 11, 12)))
    on_the_day = parse_rule_set("2022-11.toml", _shipped(announced=dt.date(2022, 11, 11)))
    assert on_the_day.announced_on == dt.date(2022, 11, 11)
    absent = parse_rule_set("2022-11.toml", _shipped(announced=None))
    assert absent.announced_on == absent.effective
    with pytest.raises(ConfigurationError, match="new_for_days"):
        parse_rule_set("2022-11.toml", _shipped(new_for_days=-1))


def test_a_banner_shows_from_the_announcement_to_new_until_on_its_areas_only() -> None:
    star = {ChangeArea.STAR_LEVEL}
    november = next(item for item in NEWS if item.rule_set_id == "2022-11")

    def shown(day: dt.date, areas: set[ChangeArea]) -> list[str]:
        return [item.rule_set_id for item in banners(NEWS, day, areas)]

    assert "2022-11" not in shown(november.announced - dt.timedelta(days=1), star)
    assert "2022-11" in shown(november.announced, star)
    assert "2022-11" in shown(november.new_until, star)
    assert "2022-11" not in shown(november.new_until + dt.timedelta(days=1), star)
    shown_then = banners(NEWS, november.announced, star)
    [on_star_page] = [item for item in shown_then if item.rule_set_id == "2022-11"]
    assert on_star_page.areas == frozenset(star)
    assert shown(dt.date(2022, 10, 28), {ChangeArea.CALENDAR}) == []


def test_the_changelog_puts_upcoming_changes_first() -> None:
    day = dt.date(2022, 10, 28)
    order = changelog_order(NEWS, day)
    upcoming = [item.effective for item in order if item.upcoming(day)]
    past = [item.effective for item in order if not item.upcoming(day)]
    assert [item.upcoming(day) for item in order] == [True] * len(upcoming) + [False] * len(past)
    assert upcoming == sorted(upcoming) and past == sorted(past, reverse=True)
    ids = [item.rule_set_id for item in order]
    assert ids.index("2022-10-31") < ids.index("2022-11-04") < ids.index("2022-11")
    assert ids.index("2022-11") < ids.index("2022-10-25")
    after_all = changelog_order(NEWS, dt.date(2022, 12, 6))
    assert [item.effective for item in after_all] == sorted(
        (item.effective for item in NEWS), reverse=True
    )


def test_taking_effect_is_after_from_through_to() -> None:
    def ids(start: dt.date, end: dt.date) -> list[str]:
        return [item.rule_set_id for item in taking_effect(NEWS, start, end)]

    assert ids(dt.date(2022, 11, 4), dt.date(2022, 11, 11)) == ["2022-11"]
    assert ids(dt.date(2022, 11, 3), dt.date(2022, 11, 10)) == ["2022-11-04"]
    assert ids(dt.date(2022, 11, 11), dt.date(2022, 11, 11)) == []


def test_tracking_visibility_in_the_assurance_score_reads_as_a_sentence() -> None:
    november = next(item for item in NEWS if item.rule_set_id == "2022-11")
    [star] = [group for group in november.groups if group.area is ChangeArea.STAR_LEVEL]
    change = next(c for c in star.changes if c.key.endswith("custom.tracking_visibility_rate"))
    english = sentence(change, november.effective, lambda msgid: msgid)
    assert english == (
        "From 2022-11-11, the Tracking visibility rate counts in the assurance capability "
        "(保障力) of the Custom track, with weight 0.2."
    )
    assert "star_level." not in english


@pytest.mark.parametrize("locale", ["zh", "en"])
def test_every_change_has_a_sentence_with_its_date(locale: str) -> None:
    data = described(NEWS, dt.date(2022, 10, 28), locale)
    for item in data:
        for area in item["areas"]:
            assert area["title"]
            for change in area["changes"]:
                assert item["effective"] in change["sentence"]
                assert not re.search(r"%\(\w+\)s", change["sentence"])
    text = as_text(data, locale)
    assert text.count("\n  ") >= sum(len(item["areas"]) for item in data)


def test_a_changed_value_names_its_key_and_both_values() -> None:
    reviews = next(item for item in NEWS if item.rule_set_id == "2022-11-04")
    [group] = reviews.groups
    window = next(c for c in group.changes if c.key == "reviews.transaction_review_window_days")
    assert sentence(window, reviews.effective, lambda msgid: msgid) == (
        "From 2022-11-04, days after confirmed receipt a buyer may leave a transaction review "
        "(reviews.transaction_review_window_days) changes from 30 to 90."
    )
