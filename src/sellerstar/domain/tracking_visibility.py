"""Tracking visibility (rulebook §1.1, §1.4): which orders are in scope, which shipments
are current and which pass, stated once.

The metric (:mod:`sellerstar.metrics.tracking_visibility`) builds its Ibis expressions
from :func:`scope` and states the other two predicates on day numbers; filing an appeal
(:mod:`sellerstar.services.appeals`) calls these functions. A property-based test
(``tests/metrics/test_metrics_tv_predicates.py``) checks, on generated marketplaces,
that the Ibis columns equal these functions row by row.

>>> class Rules:
...     order_statuses = ("shipped",); export_modes = ("tad",); transports = ("express",)
...     excluded_trade_terms = ("EXW",); destinations = "core"
>>> tests = scope(Rules(), core_countries=("US",))
>>> order = {"status": "shipped", "export_mode": "tad", "transport": "express",
...          "trade_term": "FOB", "destination_country": "US"}
>>> in_scope(order, tests), in_scope({**order, "trade_term": "EXW"}, tests)
(True, False)
>>> is_current(dt.date(2022, 11, 1), dt.date(2022, 11, 5), on=dt.date(2022, 11, 4))
True
>>> is_current(dt.date(2022, 11, 1), dt.date(2022, 11, 5), on=dt.date(2022, 11, 5))
False
>>> passes(distinct_events=2, min_events=2)
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol


class ScopeRules(Protocol):
    """The rule numbers of §1.1 that decide scope (a ``TrackingVisibility`` section)."""

    @property
    def order_statuses(self) -> tuple[str, ...]: ...
    @property
    def export_modes(self) -> tuple[str, ...]: ...
    @property
    def transports(self) -> tuple[str, ...]: ...
    @property
    def excluded_trade_terms(self) -> tuple[str, ...]: ...
    @property
    def destinations(self) -> str: ...


@dataclass(frozen=True)
class Membership:
    """One scope test: the order's ``column`` is (or, ``excluded``, is not) in ``values``."""

    column: str
    values: tuple[str, ...]
    excluded: bool = False

    def holds(self, value: object) -> bool:
        return (value in self.values) != self.excluded


def scope(rules: ScopeRules, core_countries: tuple[str, ...]) -> tuple[Membership, ...]:
    """The tests a trade-assurance order must pass to be in scope (§1.1):
    status, export mode, transport, trade term and, under ``core``, destination."""
    tests = [
        Membership("status", tuple(rules.order_statuses)),
        Membership("export_mode", tuple(rules.export_modes)),
        Membership("transport", tuple(rules.transports)),
        Membership("trade_term", tuple(rules.excluded_trade_terms), excluded=True),
    ]
    if rules.destinations == "core":
        tests.append(Membership("destination_country", tuple(core_countries)))
    return tuple(tests)


def in_scope(order: Mapping[str, Any], tests: tuple[Membership, ...]) -> bool:
    """Whether the order (its contract columns) passes every scope test."""
    return all(test.holds(order[test.column]) for test in tests)


def is_current(uploaded_on: dt.date, replacement_uploaded_on: dt.date | None, on: dt.date) -> bool:
    """A shipment is current on day ``on`` when it was uploaded by then and its
    replacement (a re-uploaded proof of the same order; None when there is none) was not
    (§1.4)."""
    return uploaded_on <= on and (replacement_uploaded_on is None or on < replacement_uploaded_on)


def passes(distinct_events: int, min_events: int) -> bool:
    """A shipment passes with at least ``min_events`` distinct counted events received
    by then (identical events, same time and text, count once)."""
    return distinct_events >= min_events
