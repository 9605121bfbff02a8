"""The merchant population of the demo generator obeys the guarantee-service rules."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from sellerstar.demo.clock import DAY, NEVER, Clock
from sellerstar.demo.merchants import MEMBERSHIPS, TA_STATUSES, Population, build_population
from sellerstar.demo.policy import Policy
from sellerstar.rules.book import load_rulebook

AS_OF = dt.date(2022, 12, 6)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.from_rulebook(load_rulebook(), AS_OF)


@pytest.fixture(scope="module")
def clock(policy: Policy) -> Clock:
    return Clock.for_zone(policy.timezone, dt.date(2022, 6, 1), AS_OF)


@pytest.fixture(scope="module")
def population(policy: Policy, clock: Clock) -> Population:
    # Many merchants, so that every rule boundary is drawn many times.
    return build_population(np.random.default_rng(4), 30_000, 9_000_000, clock, policy)


def test_only_qualifying_merchants_enrol(population: Population, policy: Policy) -> None:
    enrolled = population.joined[0] < NEVER
    memberships = np.array(MEMBERSHIPS)[population.membership[enrolled]]
    statuses = np.array(TA_STATUSES)[population.ta_status[enrolled]]
    assert set(memberships) <= set(policy.qualifying_memberships)
    assert set(statuses) <= set(policy.admitted_ta_statuses)
    assert (population.joined[1] < NEVER).sum() <= (population.left[0] < NEVER).sum()


def test_leaving_and_rejoining_keep_their_waiting_periods(
    population: Population, policy: Policy, clock: Clock
) -> None:
    (join1, join2), (left1, left2) = population.joined, population.left
    for joined, left in ((join1, left1), (join2, left2)):
        ended = left < NEVER
        assert (left[ended] - joined[ended] >= policy.min_days_before_leaving * DAY).all()
        assert (joined[ended] < NEVER).all()
    again = join2 < NEVER
    assert again.sum() > 100
    assert (left1[again] < NEVER).all()
    assert (join2[again] - left1[again] >= policy.rejoin_block_days * DAY).all()
    events = np.concatenate([join1, join2, left1, left2])
    assert events[events < NEVER].max() < clock.cutoff


def test_enrolment_is_answered_per_instant(population: Population) -> None:
    rejoined = int(np.flatnonzero(population.joined[1] < NEVER)[0])
    merchant = np.full(3, rejoined)
    gap = (population.left[0][rejoined] + population.joined[1][rejoined]) // 2
    instants = np.array([population.joined[0][rejoined], gap, population.joined[1][rejoined]])
    assert population.enrolled_at(merchant, instants).tolist() == [True, False, True]


def test_sizes_are_skewed_and_fast_trade_is_a_minority(
    population: Population, policy: Policy
) -> None:
    share = np.diff(np.concatenate([[0.0], population.cum_weight]))
    top = np.sort(share)[-len(share) // 100 :].sum()
    assert top > 0.1  # the largest 1% of merchants take over 10% of the orders
    assert 0 < population.fast_trade.mean() < 0.2
    boosted = population.products[population.fast_trade]
    assert (boosted >= policy.fast_trade_min_rts_products).all()
    accounts = 1 + population.sub_count
    assert accounts.min() == 1 and accounts.max() == 6
