"""Rule-change announcements: the dated changes of every rule-set after the first, grouped
by the area of the platform they affect, and when each is shown (docs/rule-changes.md).

Generated from the rule-sets themselves (:func:`sellerstar.rules.diff.diff` of each set
against the one before it): nothing is written by hand. A rule-set's changes are
announced from its ``announced`` date (its effective date when absent) and stay "new" for
``new_for_days`` days after it takes effect; both are rule-set configuration.

>>> from sellerstar.rules import load_rulebook
>>> news = announcements(load_rulebook())
>>> [item.announced.isoformat() for item in news if item.rule_set_id == "2022-11"]
['2022-10-28']
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection
from dataclasses import dataclass, replace
from enum import StrEnum

from sellerstar.rules.book import RuleBook
from sellerstar.rules.diff import Change, ChangeKind, diff


class ChangeArea(StrEnum):
    """The part of the platform a change affects: what the changelog groups by and which
    pages show its banner."""

    CALENDAR = "calendar"
    TRACKING_VISIBILITY = "tracking_visibility"
    GUARANTEED_DELIVERY = "guaranteed_delivery"
    STAR_LEVEL = "star_level"
    PENALTY_POINTS = "penalty_points"
    PRODUCT_RADAR = "product_radar"
    SAMPLE_VENUE = "sample_venue"
    REVIEWS = "reviews"
    SERVICE_MARKET = "service_market"
    RECRUITMENT = "recruitment"
    OTHER = "other"


# The area of each top-level section of a rule-set; a section not listed is OTHER (a test
# checks every section of the model is listed, so a new one gets an area on purpose).
AREA_OF_SECTION: dict[str, ChangeArea] = {
    "calendar": ChangeArea.CALENDAR,
    "tracking_visibility": ChangeArea.TRACKING_VISIBILITY,
    "guaranteed_delivery": ChangeArea.GUARANTEED_DELIVERY,
    "guarantee_service": ChangeArea.GUARANTEED_DELIVERY,
    "on_time_shipment": ChangeArea.STAR_LEVEL,
    "star_level": ChangeArea.STAR_LEVEL,
    "penalty_points": ChangeArea.PENALTY_POINTS,
    "product_radar": ChangeArea.PRODUCT_RADAR,
    "sample_venue": ChangeArea.SAMPLE_VENUE,
    "reviews": ChangeArea.REVIEWS,
    "service_market": ChangeArea.SERVICE_MARKET,
    "recruitment": ChangeArea.RECRUITMENT,
    "selection_fairs": ChangeArea.RECRUITMENT,
}


def area_of(change: Change) -> ChangeArea:
    """The area a change affects (by its top-level section)."""
    return AREA_OF_SECTION.get(change.section, ChangeArea.OTHER)


@dataclass(frozen=True)
class AreaChanges:
    """The changes of one rule-set in one area, in the model's order."""

    area: ChangeArea
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class RuleSetChanges:
    """What one rule-set changes against the one before it, and when merchants see it."""

    rule_set_id: str
    previous_id: str
    effective: dt.date
    announced: dt.date
    new_until: dt.date
    description: str
    groups: tuple[AreaChanges, ...]

    @property
    def areas(self) -> frozenset[ChangeArea]:
        """The areas with at least one change."""
        return frozenset(group.area for group in self.groups)

    @property
    def change_count(self) -> int:
        """How many changes in all areas."""
        return sum(len(group.changes) for group in self.groups)

    def upcoming(self, day: dt.date) -> bool:
        """Not in force yet on ``day``."""
        return day < self.effective

    def shown_on(self, day: dt.date) -> bool:
        """Whether its banner shows on ``day``: from the announcement until ``new_until``.

        >>> item = RuleSetChanges("b", "a", dt.date(2022, 11, 11), dt.date(2022, 10, 28),
        ...                       dt.date(2022, 11, 25), "", ())
        >>> [item.shown_on(dt.date(2022, 10, d)) for d in (27, 28)]
        [False, True]
        >>> [item.shown_on(dt.date(2022, 11, d)) for d in (25, 26)]
        [True, False]
        """
        return self.announced <= day <= self.new_until

    def only(self, areas: Collection[ChangeArea]) -> RuleSetChanges:
        """The same announcement restricted to ``areas``."""
        return replace(self, groups=tuple(group for group in self.groups if group.area in areas))


def announcements(book: RuleBook) -> tuple[RuleSetChanges, ...]:
    """Every rule-set after the first with its changes, oldest first (a rule-set that
    changes no rule is listed too, with no groups: its description still says why)."""
    found = []
    for before, after in itertools.pairwise(book.rule_sets):
        changes = diff(before, after)
        groups = []
        for area in ChangeArea:
            # What starts or ends first, then what changes (sorted is stable: model order).
            mine = tuple(
                sorted(
                    (change for change in changes if area_of(change) is area),
                    key=lambda change: change.kind is ChangeKind.CHANGED,
                )
            )
            if mine:
                groups.append(AreaChanges(area, mine))
        found.append(
            RuleSetChanges(
                rule_set_id=after.id,
                previous_id=before.id,
                effective=after.effective,
                announced=after.announced_on,
                new_until=after.effective + dt.timedelta(days=after.new_for_days),
                description=after.description,
                groups=tuple(groups),
            )
        )
    return tuple(found)


def taking_effect(
    items: tuple[RuleSetChanges, ...], after: dt.date, through: dt.date
) -> tuple[RuleSetChanges, ...]:
    """The announcements of the rule-sets taking effect in (``after``, ``through``]."""
    return tuple(item for item in items if after < item.effective <= through)


def banners(
    items: tuple[RuleSetChanges, ...], day: dt.date, areas: Collection[ChangeArea]
) -> tuple[RuleSetChanges, ...]:
    """What a page about ``areas`` announces on ``day``: the rule-sets shown that day that
    change one of those areas (restricted to them), the next to take effect first."""
    shown = [item.only(areas) for item in items if item.shown_on(day) and item.areas & set(areas)]
    return tuple(sorted(shown, key=lambda item: (not item.upcoming(day), item.effective)))


def changelog_order(items: tuple[RuleSetChanges, ...], day: dt.date) -> tuple[RuleSetChanges, ...]:
    """The changelog's order on ``day``: upcoming changes first (the next one first), then
    those in force, newest first."""
    upcoming = sorted((item for item in items if item.upcoming(day)), key=lambda i: i.effective)
    past = sorted(
        (item for item in items if not item.upcoming(day)),
        key=lambda i: i.effective,
        reverse=True,
    )
    return (*upcoming, *past)
