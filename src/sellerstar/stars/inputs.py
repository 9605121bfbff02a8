"""Reading what the star evaluation needs from the store, for many stat dates at once.

Per stat date S and merchant: the ``merchant_metrics`` row of S; the newest
``capability_scores`` and ``assurance_inputs`` rows dated on or before S (a row holds until
the next one); enrolment in the guaranteed upgrade service at the end of S; and the number
of listed RTS products shipping within the fast-trade days. The as-of joins are array
look-ups (``searchsorted``), not a loop over merchants.

The risk health score comes from the penalty-points ledger (``penalty_points``) when the
stat date's rule-set says ``penalty_points.risk_health_from_ledger``: the points active on
the stat date (:mod:`sellerstar.stars.risk_health`), for every merchant; otherwise it is the
imported ``assurance_inputs.risk_health_score``. Likewise the buyer review score is the
store rating the reviews step computed for the stat date (``review_store_ratings``; a
merchant without counted reviews is not scored on it) when the rule-set says
``reviews.buyer_review_score_from_reviews``, else the imported one. With both derived,
nothing of ``assurance_inputs`` is needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa

from sellerstar.rules.model import RuleSet
from sellerstar.stars.frame import Bools, Floats, Ints, StarInputs, Texts
from sellerstar.stars.risk_health import Ledger, scores
from sellerstar.store.schema import (
    contract_tables,
    merchant_metrics,
    penalty_points,
    review_store_ratings,
)

_METRIC_COLUMNS = ("ots_due", "ots_rate", "tv_rate", "gd_rate", "gd_orders", "gd_default_pass")
_CAPABILITY_COLUMNS = ("merchant_score", "marketing_score", "transaction_score")
_ASSURANCE_COLUMNS = ("risk_health_score", "buyer_review_score")
_LISTED = "listed"
_EPOCH = dt.date(1970, 1, 1)


def read_inputs(
    connection: sa.Connection,
    rule_set_for: Callable[[dt.date], RuleSet],
    dates: Sequence[dt.date],
) -> dict[dt.date, StarInputs]:
    """The inputs of every merchant for each stat date of ``dates``; ``rule_set_for``
    gives a date's rule-set (its time zone and fast-trade product rule)."""
    if not dates:
        return {}
    first, last = min(dates), max(dates)
    # Sorted here, not by the database: look-ups need Python's order, not a collation's.
    merchants = np.array(
        sorted(connection.scalars(sa.select(contract_tables["merchants"].c.merchant_id))),
        dtype=object,
    )
    metrics = _rows(
        connection,
        sa.select(
            merchant_metrics.c.merchant_id,
            merchant_metrics.c.stat_date,
            *(merchant_metrics.c[name] for name in _METRIC_COLUMNS),
        ).where(merchant_metrics.c.stat_date.between(first, last)),
    )
    capability = _as_of_rows(connection, "capability_scores", _CAPABILITY_COLUMNS, first, last)
    assurance = _as_of_rows(connection, "assurance_inputs", _ASSURANCE_COLUMNS, first, last)
    enrolments = _rows(connection, sa.select(contract_tables["guarantee_enrolments"]))
    from_ledger = [day for day in dates if rule_set_for(day).penalty_points.risk_health_from_ledger]
    ledger = (
        _ledger(connection, merchants, min(from_ledger), max(from_ledger))
        if from_ledger
        else Ledger.empty()
    )
    from_reviews = [day for day in dates if _reviews_score(rule_set_for(day))]
    ratings = (
        _rows(
            connection,
            sa.select(
                review_store_ratings.c.merchant_id,
                review_store_ratings.c.stat_date,
                review_store_ratings.c.rating,
            ).where(review_store_ratings.c.stat_date.between(min(from_reviews), max(from_reviews))),
        )
        if from_reviews
        else None
    )
    fast_days = {rule_set_for(day).guarantee_service.fast_trade_max_ship_days for day in dates}
    fast_products = {days: _fast_products(connection, merchants, days) for days in fast_days}
    found = {}
    for day in sorted(set(dates)):
        rule_set = rule_set_for(day)
        inputs = StarInputs.empty(day, list(merchants))
        inputs = _with_metrics(inputs, merchants, metrics)
        inputs = _with_as_of(inputs, merchants, capability, "capability_scores")
        inputs = _with_as_of(inputs, merchants, assurance, "assurance_inputs")
        if rule_set.penalty_points.risk_health_from_ledger:
            inputs = _with_ledger(inputs, ledger, rule_set)
        if ratings is not None and _reviews_score(rule_set):
            inputs = _with_store_ratings(inputs, merchants, ratings, rule_set)
        zone = ZoneInfo(rule_set.calendar.timezone)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), zone)
        found[day] = dataclasses.replace(
            inputs,
            enrolled=_enrolled(enrolments, merchants, end),
            fast_rts_products=fast_products[rule_set.guarantee_service.fast_trade_max_ship_days],
        )
    return found


def computed_stat_dates(connection: sa.Connection, first: dt.date, last: dt.date) -> set[dt.date]:
    """Stat dates within ``first … last`` that have ``merchant_metrics`` rows."""
    query = (
        sa.select(merchant_metrics.c.stat_date)
        .where(merchant_metrics.c.stat_date.between(first, last))
        .distinct()
    )
    return set(connection.scalars(query).all())


def _rows(connection: sa.Connection, query: sa.Select[Any]) -> pa.Table:
    result = connection.execute(query)
    names = list(result.keys())
    rows = result.all()
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return pa.table({name: _arrow(values) for name, values in zip(names, columns, strict=True)})


def _arrow(values: Sequence[Any]) -> pa.Array:
    array = pa.array(list(values), from_pandas=True)
    # Scores are NUMERIC(14, 2): exact in the store, floats for the arithmetic.
    return array.cast(pa.float64()) if pa.types.is_decimal(array.type) else array


def _as_of_rows(
    connection: sa.Connection, name: str, columns: tuple[str, ...], first: dt.date, last: dt.date
) -> pa.Table:
    """Rows dated within ``first … last`` and each merchant's newest row before ``first``."""
    table = contract_tables[name]
    before = (
        sa.select(table.c.merchant_id, sa.func.max(table.c.stat_date).label("stat_date"))
        .where(table.c.stat_date < first)
        .group_by(table.c.merchant_id)
        .subquery()
    )
    wanted = (table.c.merchant_id, table.c.stat_date, *(table.c[column] for column in columns))
    inside = sa.select(*wanted).where(table.c.stat_date.between(first, last))
    latest = sa.select(*wanted).join(
        before,
        (table.c.merchant_id == before.c.merchant_id) & (table.c.stat_date == before.c.stat_date),
    )
    return _rows(connection, sa.union_all(inside, latest))  # type: ignore[arg-type]


def _located(merchants: Texts, rows: pa.Table) -> tuple[pa.Table, Ints]:
    """The rows of known merchants and, per row, its merchant's position."""
    ids = np.asarray(rows["merchant_id"].to_pylist(), dtype=object)
    if len(merchants) == 0 or len(ids) == 0:
        return rows.slice(0, 0), np.zeros(0, dtype=np.int64)
    at = np.minimum(np.searchsorted(merchants, ids), len(merchants) - 1)
    known = merchants[at] == ids
    return rows.filter(pa.array(known)), at[known]


def _with_metrics(inputs: StarInputs, merchants: Texts, metrics: pa.Table) -> StarInputs:
    if metrics.num_rows == 0:
        return inputs
    today = metrics.filter(pc.equal(metrics["stat_date"], pa.scalar(inputs.stat_date)))
    today, at = _located(merchants, today)
    columns: dict[str, Any] = {"has_metrics": _scatter_flag(inputs.size, at)}
    for name in _METRIC_COLUMNS:
        values = _floats(today[name])
        if name == "gd_default_pass":
            columns[name] = _scatter_flag(inputs.size, at[values == 1.0])
        else:
            columns[name] = _scatter(inputs.size, at, values)
    return dataclasses.replace(inputs, **columns)


def _with_as_of(inputs: StarInputs, merchants: Texts, rows: pa.Table, source: str) -> StarInputs:
    """Each merchant's newest row of ``source`` dated on or before the stat date."""
    size = inputs.size
    columns: dict[str, Any] = {}
    rows, at = _located(merchants, rows)
    if rows.num_rows == 0:
        return inputs
    days = _epoch_days(rows["stat_date"])
    today = (inputs.stat_date - _EPOCH).days
    span = max(int(days.max()), today) + 1
    keys = at * span + days
    order = np.argsort(keys, kind="stable")
    hit = np.searchsorted(keys[order], np.arange(size) * span + today, side="right") - 1
    row = order[np.maximum(hit, 0)]
    found = (hit >= 0) & (at[row] == np.arange(size))
    dated = np.asarray(pc.cast(rows["stat_date"], pa.string()).to_pylist(), dtype=object)
    columns[f"has_{source}"] = found
    since: Texts = np.full(size, None, dtype=object)
    since[found] = dated[row][found]
    columns[f"{source}_from"] = since
    for name in rows.column_names[2:]:
        columns[name] = np.where(found, _floats(rows[name])[row], np.nan)
    return dataclasses.replace(inputs, **columns)


def _ledger(connection: sa.Connection, merchants: Texts, first: dt.date, last: dt.date) -> Ledger:
    """The ledger rows that may be active on a day of ``first … last``."""
    rows = _rows(
        connection,
        sa.select(
            penalty_points.c.merchant_id,
            penalty_points.c.occurred_on,
            penalty_points.c.expires_on,
            penalty_points.c.points,
            penalty_points.c.waived_reason.is_not(None).label("waived"),
        ).where(penalty_points.c.occurred_on <= last, penalty_points.c.expires_on > first),
    )
    rows, at = _located(merchants, rows)
    if rows.num_rows == 0:
        return Ledger.empty()
    return Ledger(
        merchant=at,
        occurred_on=_epoch_days(rows["occurred_on"]),
        expires_on=_epoch_days(rows["expires_on"]),
        points=_floats(rows["points"]),
        waived=np.asarray(rows["waived"].to_pylist(), dtype=bool),
    )


def _with_ledger(inputs: StarInputs, ledger: Ledger, rule_set: RuleSet) -> StarInputs:
    """The risk health score of every merchant from its points active on the stat date."""
    section = rule_set.penalty_points
    points = ledger.active_points(inputs.stat_date, inputs.size)
    return dataclasses.replace(
        inputs,
        penalty_points=points,
        risk_health_score=scores(
            points,
            deduction_per_point=section.risk_health_deduction_per_point,
            floor=section.risk_health_floor,
        ),
    )


def _reviews_score(rule_set: RuleSet) -> bool:
    return rule_set.reviews is not None and rule_set.reviews.buyer_review_score_from_reviews


def _with_store_ratings(
    inputs: StarInputs, merchants: Texts, ratings: pa.Table, rule_set: RuleSet
) -> StarInputs:
    """The buyer review score of every merchant: its store rating of the stat date."""
    score = np.full(inputs.size, np.nan)
    if ratings.num_rows:
        today = ratings.filter(pc.equal(ratings["stat_date"], pa.scalar(inputs.stat_date)))
        today, at = _located(merchants, today)
        score = _scatter(inputs.size, at, _floats(today["rating"]))
    derived_only = rule_set.penalty_points.risk_health_from_ledger
    return dataclasses.replace(
        inputs,
        buyer_review_score=score,
        has_assurance_inputs=(
            np.ones(inputs.size, dtype=bool) if derived_only else inputs.has_assurance_inputs
        ),
    )


def _enrolled(enrolments: pa.Table, merchants: Texts, end: dt.datetime) -> Bools:
    """Enrolled at the end of the stat date: joined before ``end``, not left by then."""
    flags = np.zeros(len(merchants), dtype=bool)
    if enrolments.num_rows == 0:
        return flags
    instant = pa.scalar(end.astimezone(dt.UTC), type=pa.timestamp("us", tz="UTC"))
    joined = pc.cast(enrolments["joined_at"], instant.type)
    left = pc.cast(enrolments["left_at"], instant.type)
    inside = pc.and_(
        pc.less(joined, instant), pc.or_kleene(pc.is_null(left), pc.greater_equal(left, instant))
    )
    enrolments, at = _located(merchants, enrolments.append_column("inside", inside))
    flags[at[np.asarray(enrolments["inside"].to_numpy(zero_copy_only=False), dtype=bool)]] = True
    return flags


def _epoch_days(column: pa.ChunkedArray) -> Ints:
    return np.asarray(pc.cast(column, pa.int32()).to_numpy(zero_copy_only=False), np.int64)


def _fast_products(connection: sa.Connection, merchants: Texts, max_days: int) -> Ints:
    """Listed RTS products shipping within ``max_days``, per merchant."""
    products = contract_tables["products"]
    query = (
        sa.select(products.c.merchant_id, sa.func.count().label("products"))
        .where(
            products.c.is_rts,
            products.c.status == _LISTED,
            products.c.ships_within_days <= max_days,
        )
        .group_by(products.c.merchant_id)
    )
    counted = _rows(connection, query)
    found = np.zeros(len(merchants), dtype=np.int64)
    if counted.num_rows:
        counted, at = _located(merchants, counted)
        found[at] = np.asarray(counted["products"].to_pylist(), dtype=np.int64)
    return found


def _floats(column: pa.ChunkedArray | pa.Array) -> Floats:
    return np.asarray(pc.cast(column, pa.float64()).to_numpy(zero_copy_only=False), np.float64)


def _scatter(size: int, at: Ints, values: Floats) -> Floats:
    out = np.full(size, np.nan)
    out[at] = values
    return out


def _scatter_flag(size: int, at: Ints) -> Bools:
    out = np.zeros(size, dtype=bool)
    out[at] = True
    return out
