"""The diff of two rule-sets (rules/diff.py): each kind of change, tables compared by their
natural key, and the completeness check over every pair of shipped rule-sets."""

from __future__ import annotations

import itertools
import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from sellerstar.rules import RuleSet, load_rulebook
from sellerstar.rules.diff import (
    LADDERS,
    META_FIELDS,
    ROW_KEYS,
    Change,
    ChangeKind,
    apply_changes,
    comparable,
    diff,
)

BOOK = load_rulebook()
NEWEST = BOOK.rule_sets[-1]


def _edited(rule_set: RuleSet, edit: typing.Callable[[dict[str, Any]], None]) -> RuleSet:
    """A valid rule-set: ``rule_set``'s values with ``edit`` applied, validated again."""
    data = rule_set.model_dump(mode="python")
    edit(data)
    return RuleSet.model_validate(data)


def _by_key(changes: tuple[Change, ...]) -> dict[str, Change]:
    return {change.key: change for change in changes}


def test_a_rule_set_equals_itself() -> None:
    assert diff(NEWEST, NEWEST) == ()


def test_meta_fields_are_no_rule_changes() -> None:
    def edit(data: dict[str, Any]) -> None:
        data.update(id="x", description="other words", new_for_days=3)

    assert diff(NEWEST, _edited(NEWEST, edit)) == ()


def test_a_changed_value_has_its_dotted_key_both_values_and_its_description() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["tracking_visibility"]["appeals"]["window_days"] = 9

    [change] = diff(NEWEST, _edited(NEWEST, edit))
    assert change.kind is ChangeKind.CHANGED
    assert change.key == "tracking_visibility.appeals.window_days"
    assert change.old == NEWEST.tracking_visibility.appeals.window_days  # type: ignore[union-attr]
    assert change.new == 9
    assert change.description == "Days the appeal button stays open, day 1 incl."
    assert change.section == "tracking_visibility"


def test_a_section_added_or_removed_is_one_change_with_all_its_values() -> None:
    before, after = BOOK.get("2022-11-04"), NEWEST
    changes = _by_key(diff(before, after))
    added = changes["tracking_visibility"]
    assert added.kind is ChangeKind.ADDED and added.old is None
    assert added.new["window_start_days"] == after.tracking_visibility.window_start_days  # type: ignore[union-attr]
    assert not any(key.startswith("tracking_visibility.") for key in changes)
    removed = _by_key(diff(after, before))["tracking_visibility"]
    assert removed.kind is ChangeKind.REMOVED and removed.new is None


def test_a_nested_section_and_an_optional_value() -> None:
    changes = _by_key(diff(BOOK.get("2022-11-04"), NEWEST))
    scored = changes["star_level.assurance.custom.tracking_visibility_rate"]
    assert scored.kind is ChangeKind.ADDED and scored.new["weight"] == 0.2
    points = changes["star_level.assurance.fast_trade.guaranteed_delivery_default_pass_points"]
    assert (points.kind, points.old, points.new) == (ChangeKind.ADDED, None, 100.0)


def test_industry_rows_are_compared_by_industry_not_position() -> None:
    venue = NEWEST.sample_venue
    assert venue is not None
    first, second = venue.industries[0].industry, venue.industries[1].industry

    def edit(data: dict[str, Any]) -> None:
        rows = list(reversed(data["sample_venue"]["industries"]))  # order is no rule
        changed = next(row for row in rows if row["industry"] == first)
        changed["min_sample_price_usd"] = 123.0
        rows = [row for row in rows if row["industry"] != second]
        rows.append({**rows[0], "industry": "Brand-new industry"})
        data["sample_venue"]["industries"] = rows

    changes = _by_key(diff(NEWEST, _edited(NEWEST, edit)))
    assert set(changes) == {
        f"sample_venue.industries[{first}].min_sample_price_usd",
        f"sample_venue.industries[{second}]",
        "sample_venue.industries[Brand-new industry]",
    }
    assert changes[f"sample_venue.industries[{first}].min_sample_price_usd"].new == 123.0
    assert changes[f"sample_venue.industries[{second}]"].kind is ChangeKind.REMOVED
    assert changes["sample_venue.industries[Brand-new industry]"].kind is ChangeKind.ADDED


def test_the_star_ladder_is_compared_by_level_and_benefits_by_star() -> None:
    def edit(data: dict[str, Any]) -> None:
        level = data["star_level"]
        kept = level["capability_thresholds"][:2]
        level["capability_thresholds"] = (*kept, 75.0, 86.0, 95.0, 99.0)
        level["benefits"][6] = ("Everything",)
        level["benefits"][1] = ("Search ranking", "A badge")

    changes = _by_key(diff(NEWEST, _edited(NEWEST, edit)))
    thresholds = NEWEST.star_level.capability_thresholds
    assert changes["star_level.capability_thresholds[3]"].old == thresholds[2]
    assert changes["star_level.capability_thresholds[6]"].kind is ChangeKind.ADDED
    assert "star_level.capability_thresholds[1]" not in changes
    assert changes["star_level.benefits[6]"].new == ["Everything"]
    assert changes["star_level.benefits[1]"].kind is ChangeKind.CHANGED


def test_a_scoring_curve_is_one_value() -> None:
    def edit(data: dict[str, Any]) -> None:
        curve = data["star_level"]["assurance"]["custom"]["on_time_shipment_rate"]["curve"]
        curve[-1]["points"] = 99.0

    [change] = diff(NEWEST, _edited(NEWEST, edit))
    assert change.key == "star_level.assurance.custom.on_time_shipment_rate.curve"


def test_a_code_list_is_one_value_and_a_table_entry_its_key() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["calendar"]["core_countries"] = ("GB", "US")
        data["reviews"]["tier_badges"].pop("L4")

    changes = _by_key(diff(NEWEST, _edited(NEWEST, edit)))
    assert changes["calendar.core_countries"].new == ["GB", "US"]
    assert changes["reviews.tier_badges[L4]"].kind is ChangeKind.REMOVED


def _pairs() -> Iterator[tuple[RuleSet, RuleSet]]:
    yield from itertools.permutations(BOOK.rule_sets, 2)


@pytest.mark.parametrize(("old", "new"), list(_pairs()), ids=lambda rs: rs.id)
def test_the_changes_turn_the_older_set_into_the_newer(old: RuleSet, new: RuleSet) -> None:
    """Nothing is skipped: replaying the reported changes on one shipped rule-set gives
    the other (both directions, every pair, whatever rule-sets ship)."""
    changes = diff(old, new)
    assert apply_changes(old, changes) == comparable(new)
    assert bool(changes) == (comparable(old) != comparable(new))


def test_consecutive_shipped_sets_each_change_something() -> None:
    for old, new in itertools.pairwise(BOOK.rule_sets):
        assert diff(old, new), f"{new.id} changes no rule of {old.id}"


def _row_models(model: type[BaseModel], seen: set[type[BaseModel]]) -> Iterator[type[BaseModel]]:
    for info in model.model_fields.values():
        annotation = info.annotation
        candidates = [annotation]
        if typing.get_origin(annotation) in (types.UnionType, typing.Union):
            candidates = list(typing.get_args(annotation))
        for candidate in candidates:
            if typing.get_origin(candidate) is tuple:
                row = typing.get_args(candidate)[0]
                if isinstance(row, type) and issubclass(row, BaseModel):
                    yield row
            elif (
                isinstance(candidate, type)
                and issubclass(candidate, BaseModel)
                and candidate not in seen
            ):
                seen.add(candidate)
                yield from _row_models(candidate, seen)


def test_every_row_type_is_keyed_or_prints_itself() -> None:
    """A new kind of row must get a natural key (ROW_KEYS) on purpose, or print briefly."""
    rows = set(_row_models(RuleSet, set()))
    assert rows
    for row in rows:
        assert row in ROW_KEYS or "__str__" in vars(row), row.__name__
        if row in ROW_KEYS:
            assert ROW_KEYS[row] in row.model_fields


def test_meta_fields_and_ladders_name_real_fields() -> None:
    assert set(RuleSet.model_fields) >= META_FIELDS
    assert all(name in type(NEWEST.star_level).model_fields for name in LADDERS)
