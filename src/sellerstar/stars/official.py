"""The official star level, monthly (§2A): when a month's evaluation runs, and on what.

The evaluation of month M happens on day ``official_evaluation.day`` of M at
``official_evaluation.at`` (platform time), on the figures of the last day of the previous
month, under the rule-set in force on the evaluation date
(``RuleBook.for_official_evaluation``: 2022-11 runs under "baseline", 2022-12 under
"2022-11"). Once published, a month is not evaluated again unless an operator forces it
with a reason (:mod:`sellerstar.jobs.official` evaluates and publishes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sellerstar.domain.calendar import MonthFormatError, official_evaluation_at, parse_month
from sellerstar.errors import InputError
from sellerstar.rules import RuleBook
from sellerstar.rules.model import RuleSet


@dataclass(frozen=True)
class OfficialPlan:
    """When and on what the official evaluation of a month runs."""

    month: dt.date  # first day
    evaluation_at: dt.datetime
    stat_date: dt.date
    rule_set: RuleSet

    @property
    def label(self) -> str:
        """``YYYY-MM``."""
        return self.month.strftime("%Y-%m")

    @property
    def evaluation_date(self) -> dt.date:
        """The calendar date (platform time) of the evaluation."""
        return self.evaluation_at.date()


def plan_official(book: RuleBook, month: str) -> OfficialPlan:
    """The evaluation date, stat date and rule-set of ``month`` (``YYYY-MM``).

    >>> from sellerstar.rules import load_rulebook
    >>> plan = plan_official(load_rulebook(), "2022-12")
    >>> plan.evaluation_date, plan.stat_date, plan.rule_set.id
    (datetime.date(2022, 12, 5), datetime.date(2022, 11, 30), '2022-11')
    """
    rule_set = book.for_official_evaluation(month)
    try:
        first = parse_month(month)
    except MonthFormatError as exc:  # pragma: no cover - for_official_evaluation checked it
        raise InputError(str(exc)) from None
    official = rule_set.star_level.official_evaluation
    at = official_evaluation_at(month, official.day, official.at, rule_set.calendar.timezone)
    # The only stat-date rule so far: "previous_month_end".
    return OfficialPlan(first, at, first - dt.timedelta(days=1), rule_set)


def due_months(book: RuleBook, view: dt.date, count: int) -> list[str]:
    """The ``count`` newest months whose official evaluation date is on or before
    ``view``, oldest first.

    >>> from sellerstar.rules import load_rulebook
    >>> due_months(load_rulebook(), dt.date(2022, 12, 6), 2)
    ['2022-11', '2022-12']
    >>> due_months(load_rulebook(), dt.date(2022, 12, 4), 2)
    ['2022-10', '2022-11']
    """
    months: list[str] = []
    first = view.replace(day=1)
    while len(months) < count:
        label = first.strftime("%Y-%m")
        if plan_official(book, label).evaluation_date <= view:
            months.append(label)
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return months[::-1]
