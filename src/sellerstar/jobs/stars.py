"""The predicted star level, daily: stars of a range of stat dates into the store.

Reads ``merchant_metrics`` and the input tables, evaluates every date of the range under
the rule-set that scored its metrics (``RuleBook.for_stat_date``), and replaces the
``star_levels`` and ``star_averages`` rows of those dates in one transaction. Each run is
recorded in ``job_runs`` (also when it fails), as the metric job does.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.errors import InputError
from sellerstar.rules import RuleBook
from sellerstar.stars.batch import Evaluation, chunks, evaluate_dates
from sellerstar.stars.inputs import computed_stat_dates, read_inputs
from sellerstar.store.db import transaction
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import contract_tables, star_averages, star_levels

JOB_NAME = "stars"


def run_star_job(
    store: sa.Engine, book: RuleBook, first: dt.date, last: dt.date, now: dt.datetime
) -> tuple[Evaluation, dict[str, int]]:
    """Predicted stars of stat dates ``first`` … ``last`` into ``store``; returns the
    evaluation and the rows written per table.

    Every date needs its ``merchant_metrics`` (``sellerstar compute`` first).
    """
    if last < first:
        raise InputError(f"last stat date {last} is before the first {first}")
    params = {"first": first.isoformat(), "last": last.isoformat()}
    with recorded(store, JOB_NAME, params, now) as run:
        with store.connect() as connection:
            missing = _missing_dates(connection, first, last)
            if missing:
                raise InputError(
                    f"the metrics of stat date(s) {missing} are not computed; run "
                    f"`sellerstar compute --from {first} --to {last}` first"
                )
            dates = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
            evaluation = evaluate_dates(
                read_inputs(connection, book.for_stat_date, dates), book.for_stat_date
            )
            connection.rollback()
        counts = _replace(store, evaluation, first, last, now)
        run.summary = counts
    return evaluation, counts


def _missing_dates(connection: sa.Connection, first: dt.date, last: dt.date) -> str:
    merchants = contract_tables["merchants"]
    if not connection.scalar(sa.select(sa.func.count()).select_from(merchants)):
        return ""  # an empty marketplace has no metrics and no stars
    computed = computed_stat_dates(connection, first, last)
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    missing = [day.isoformat() for day in days if day not in computed]
    if len(missing) > 3:
        return f"{', '.join(missing[:3])} and {len(missing) - 3} more"
    return ", ".join(missing)


def _replace(
    store: sa.Engine, evaluation: Evaluation, first: dt.date, last: dt.date, now: dt.datetime
) -> dict[str, int]:
    written = {}
    with transaction(store) as connection:
        for target in (star_levels, star_averages):
            connection.execute(target.delete().where(target.c.stat_date.between(first, last)))
        for chunk in evaluation.level_rows(computed_at=now):
            connection.execute(star_levels.insert(), chunk)
        for chunk in chunks(evaluation.averages, computed_at=now):
            connection.execute(star_averages.insert(), chunk)
        written[star_levels.name] = evaluation.rows
        written[star_averages.name] = evaluation.averages.num_rows
    return written
