"""Rulebook §2.1: joining, leaving, re-joining, the fast-trade track and penalty waivers."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import sys
from pathlib import Path

import pytest

from sellerstar.domain import guarantee
from sellerstar.domain.guarantee import (
    Decision,
    Enrolment,
    EnrolmentRules,
    Period,
    Refusal,
    as_seen_at,
    can_join,
    can_leave,
    counts_for_fast_trade,
    enrolled_at,
    fast_trade,
    is_late_shipment,
    late_shipment_penalty,
)
from sellerstar.rules import load_rulebook
from sellerstar.services.guarantee_status import enrolment_rules

RULES = enrolment_rules(load_rulebook().get("2022-11"))
JOINED = dt.date(2022, 11, 1)
LEFT = dt.date(2022, 12, 10)
UTC = dt.UTC


def _d(days: int, base: dt.date = JOINED) -> dt.date:
    return base + dt.timedelta(days=days)


def test_the_rules_come_from_the_rule_set() -> None:
    assert (
        EnrolmentRules(
            ("export_pass", "global_treasure", "gold_supplier_plus"), ("active",), 30, 30
        )
        == RULES
    )


# --- joining --------------------------------------------------------------------------------


@pytest.mark.parametrize("membership", ["export_pass", "global_treasure", "gold_supplier_plus"])
def test_a_qualifying_membership_with_active_trade_assurance_may_join(membership: str) -> None:
    assert can_join(membership, "active", (), JOINED, RULES) == Decision(())


@pytest.mark.parametrize("membership", ["other", "none"])
def test_other_memberships_may_not_join(membership: str) -> None:
    decision = can_join(membership, "active", (), JOINED, RULES)
    assert decision.refusals == (Refusal("membership_not_qualifying"),)
    assert decision.possible_from is None


@pytest.mark.parametrize("status", ["suspended", "terminated", "none"])
def test_trade_assurance_must_be_admitted(status: str) -> None:
    decision = can_join("export_pass", status, (), JOINED, RULES)
    assert decision.refusals == (Refusal("trade_assurance_not_admitted"),)


def test_every_refusal_that_applies_is_listed() -> None:
    enrolled = (Enrolment(JOINED, None),)
    codes = [r.code for r in can_join("none", "terminated", enrolled, _d(40), RULES).refusals]
    assert codes == [
        "already_enrolled",
        "membership_not_qualifying",
        "trade_assurance_not_admitted",
    ]


def test_an_enrolled_merchant_cannot_join_again() -> None:
    decision = can_join("export_pass", "active", (Enrolment(JOINED, None),), _d(3), RULES)
    assert decision.refusals == (Refusal("already_enrolled"),)


@pytest.mark.parametrize(
    ("days_after_leaving", "allowed"), [(0, False), (29, False), (30, True), (31, True)]
)
def test_rejoining_is_blocked_for_30_days_counting_the_leave_date(
    days_after_leaving: int, allowed: bool
) -> None:
    history = (Enrolment(JOINED, LEFT),)
    decision = can_join("export_pass", "active", history, _d(days_after_leaving, LEFT), RULES)
    assert decision.allowed is allowed
    if not allowed:
        assert decision.refusals == (Refusal("rejoin_blocked", _d(30, LEFT)),)
        assert decision.possible_from == _d(30, LEFT)


def test_the_block_follows_the_latest_leave() -> None:
    history = (Enrolment(_d(-200), _d(-150)), Enrolment(_d(-100), LEFT))
    refusal = can_join("export_pass", "active", history, _d(5, LEFT), RULES).refusals
    assert refusal == (Refusal("rejoin_blocked", _d(30, LEFT)),)


def test_a_blocked_merchant_without_membership_cannot_join_by_waiting() -> None:
    decision = can_join("none", "active", (Enrolment(JOINED, LEFT),), _d(1, LEFT), RULES)
    assert decision.possible_from is None


# --- leaving --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_after_joining", "allowed"), [(0, False), (29, False), (30, True), (31, True)]
)
def test_leaving_from_the_30th_day_after_the_join_date(
    days_after_joining: int, allowed: bool
) -> None:
    decision = can_leave((Enrolment(JOINED, None),), _d(days_after_joining), RULES)
    assert decision.allowed is allowed
    if not allowed:
        assert decision.refusals == (Refusal("too_early_to_leave", _d(30)),)


def test_a_merchant_not_enrolled_cannot_leave() -> None:
    assert can_leave((Enrolment(JOINED, LEFT),), _d(90), RULES).refusals == (
        Refusal("not_enrolled"),
    )
    assert can_leave((), JOINED, RULES).refusals == (Refusal("not_enrolled"),)


def test_the_periods_seen_at_now_ignore_later_joins_and_leaves() -> None:
    now = dt.datetime(2022, 11, 20, 12, tzinfo=UTC)
    periods = [
        Period(now - dt.timedelta(days=30), now + dt.timedelta(days=1)),  # leaves tomorrow
        Period(now + dt.timedelta(days=60), None),  # joins later
    ]
    seen = as_seen_at(periods, now, lambda instant: instant.date())
    assert seen == (Enrolment(dt.date(2022, 10, 21), None),)


def test_enrolled_at_an_instant_includes_the_join_and_excludes_the_leave() -> None:
    joined = dt.datetime(2022, 11, 1, 10, tzinfo=UTC)
    left = dt.datetime(2022, 12, 5, 10, tzinfo=UTC)
    periods = [Period(joined, left)]
    second = dt.timedelta(seconds=1)
    assert not enrolled_at(periods, joined - second)
    assert enrolled_at(periods, joined)
    assert enrolled_at(periods, left - second)
    assert not enrolled_at(periods, left)
    assert enrolled_at([Period(joined, None)], joined + dt.timedelta(days=900))


# --- fast trade -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("enrolled", "products", "reasons"),
    [
        (True, 100, ()),
        (True, 99, ("too_few_fast_rts_products",)),
        (False, 100, ("not_enrolled",)),
        (False, 0, ("not_enrolled", "too_few_fast_rts_products")),
    ],
)
def test_fast_trade_needs_enrolment_and_100_fast_rts_products(
    enrolled: bool, products: int, reasons: tuple[str, ...]
) -> None:
    result = fast_trade(enrolled, products, 100)
    assert result.eligible is (not reasons)
    assert result.reasons == reasons
    assert result.reason == (reasons[0] if reasons else "eligible")
    assert (result.fast_rts_products, result.needed) == (products, 100)


@pytest.mark.parametrize(
    ("is_rts", "days", "status", "counts"),
    [
        (True, 7, "listed", True),
        (True, 0, "listed", True),
        (True, 8, "listed", False),
        (True, None, "listed", False),
        (False, 3, "listed", False),
        (True, 3, "delisted", False),
        (True, 3, "deleted", False),
    ],
)
def test_a_product_counts_when_listed_rts_and_shipping_within_7_days(
    is_rts: bool, days: int | None, status: str, counts: bool
) -> None:
    assert counts_for_fast_trade(is_rts, days, status, 7) is counts


# --- late shipments and their penalty points -------------------------------------------------

SHIP_BY = dt.datetime(2022, 11, 20, 10, tzinfo=UTC)
SECOND = dt.timedelta(seconds=1)


@pytest.mark.parametrize(
    ("shipped_at", "now", "late"),
    [
        (SHIP_BY, SHIP_BY + dt.timedelta(days=3), False),  # at ship_by: on time
        (SHIP_BY + SECOND, SHIP_BY + dt.timedelta(days=3), True),
        (None, SHIP_BY, False),  # not due yet
        (None, SHIP_BY + SECOND, True),  # overdue, unshipped
        (SHIP_BY + dt.timedelta(days=2), SHIP_BY + dt.timedelta(days=1), True),  # not yet known
        (SHIP_BY - dt.timedelta(days=2), SHIP_BY - dt.timedelta(days=3), False),
    ],
)
def test_late_shipment_as_known_at_now(
    shipped_at: dt.datetime | None, now: dt.datetime, late: bool
) -> None:
    assert is_late_shipment(SHIP_BY, shipped_at, now) is late


def test_points_are_waived_only_while_enrolled_and_keep_their_value() -> None:
    assert late_shipment_penalty(True, 1.5) == guarantee.Penalty(1.5, "guarantee_enrolled")
    assert late_shipment_penalty(False, 1.5) == guarantee.Penalty(1.5, None)


# --- the package stays pure -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["guarantee", "compensation"])
def test_domain_modules_import_only_the_standard_library_and_the_domain(name: str) -> None:
    module = importlib.import_module(f"sellerstar.domain.{name}")
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    for found in imported:
        top = found.split(".")[0]
        assert top in sys.stdlib_module_names or found.startswith("sellerstar.domain"), found
