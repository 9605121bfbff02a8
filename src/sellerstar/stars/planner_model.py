"""The star planner's inputs and answers, kept apart from the search that fills them.

The caller (``queries/star_planner.py``) builds the inputs from its reads, the planner
(:mod:`sellerstar.stars.planner`) answers with a plan, and the pages and the API render
it: all three share these frozen records without depending on the search itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sellerstar.rules.model import RuleSet
from sellerstar.stars.frame import StarInputs


@dataclass(frozen=True)
class Counts:
    """The counts behind one merchant's rates on a stat date (``merchant_metrics``)."""

    tv_orders: int
    tv_passing: int
    ots_due: int
    ots_on_time: int
    gd_orders: int
    gd_guaranteed: int


@dataclass(frozen=True)
class WindowOrder:
    """A tracking-visibility order counted on S: its ship date and whether it passes."""

    order_id: str
    ship_date: dt.date
    passing: bool


@dataclass(frozen=True)
class CountedOrder:
    """An order counted on S by the on-time-shipment or the coverage metric
    (``metrics.counted_orders``): passing (shipped on time / guaranteed) or not, and the
    first stat date it no longer counts."""

    metric: str  # on_time_shipment | guaranteed_delivery
    order_id: str
    passing: bool
    leaves_on: dt.date
    owner_account_id: str | None = None  # the sub-account that owns the order


@dataclass(frozen=True)
class PlanInputs:
    """Everything the planner needs for one merchant, track and stat date S."""

    inputs: StarInputs  # one merchant, stat date S
    rule_set: RuleSet  # the rule-set that scores S (and, here, E)
    track: str
    counts: Counts
    appealable: tuple[str, ...]  # failing orders of S whose appeal window is open
    pending: tuple[str, ...]  # orders counted passing on S through a pending appeal
    window: tuple[WindowOrder, ...]  # the tracking-visibility orders of S
    view_date: dt.date  # the day the plan is made (S + data lag)
    counted: tuple[CountedOrder, ...] = ()  # the on-time and coverage orders of S


@dataclass(frozen=True)
class CapabilityNeed:
    """One capability against the target star: its score, the score needed, and the
    metric that binds (the assurance metric costing most weighted points, else the
    marketplace-supplied score itself)."""

    capability: str
    score: float | None
    stars: int
    needs_score: float
    short: bool
    binding: str | None


@dataclass(frozen=True)
class LeverPlan:
    """The smallest number of orders of one lever that reaches the target (None: none
    does), out of ``available`` (None: as many as the merchant ships)."""

    lever: str
    orders: int | None
    available: int | None
    order_ids: tuple[str, ...]  # the orders the figure is based on (appeals)


@dataclass(frozen=True)
class Horizon:
    """The plan for one stat date: the projected counts and each lever's answer."""

    stat_date: dt.date
    evaluation_at: dt.datetime | None  # None: the figures of S, as they stand
    counts: Counts
    stars: int
    leaving: tuple[WindowOrder, ...]  # orders of S out of the window by this stat date
    levers: tuple[LeverPlan, ...]
    leaves_on: dict[str, dt.date]  # each leaving order: the first stat date it is out
    leaving_counted: tuple[CountedOrder, ...] = ()  # on-time and coverage orders out by then

    @property
    def reachable(self) -> bool:
        """Whether any lever reaches the target on this stat date."""
        return any(plan.orders is not None for plan in self.levers)


@dataclass(frozen=True)
class Plan:
    """The planner's answer for one merchant and track."""

    track: str
    stat_date: dt.date
    stars: int
    target: int | None  # None: already at the top of the ladder
    needs: tuple[CapabilityNeed, ...]
    now: Horizon | None
    deadline: Horizon | None  # the next official evaluation whose stat date is >= S
    earliest: Horizon | None  # the first evaluation reachable, when the deadline is not
    hidden_orders: int = 0  # order ids left out of the lists (other accounts' orders)
    pending: tuple[
        str, ...
    ] = ()  # counted passing through a pending appeal: a rejection drops them
