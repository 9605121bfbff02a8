"""The reviews step of the daily job: the review figures of each stat date into the store.

Reads the contract's review tables as Arrow (brushing the operators confirmed joins the
marketplace's own ``confirmed_brushing``, from the moment of the decision), computes with
:func:`sellerstar.reviews.run.compute` — the same code as ``sellerstar reviews run`` — and
replaces the stat date's rows in one transaction, so a re-run changes nothing. Store
ratings are kept for every date (the star level's buyer review score reads them); the
per-product and per-review tables keep the newest :data:`KEEP_DATES` stat dates, which
is all the pages show. Then the brushing detector runs over every transaction review
(:func:`sellerstar.reviews.brushing.detect`, the same as ``sellerstar reviews brushing``):
new suspects join the operators' queue as pending, pending ones get their new score, and
pending ones no longer suspected leave it; decided ones are never touched. Runs before the
star levels; recorded in ``job_runs`` as ``reviews``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import sqlalchemy as sa

from sellerstar import engines
from sellerstar.domain.reviews import SuspectState
from sellerstar.metrics.dates import date_range
from sellerstar.reviews.brushing import detect
from sellerstar.reviews.inputs import REVIEW_COLUMNS, arrow_schema
from sellerstar.reviews.run import ReviewResult, compute
from sellerstar.rules import RuleBook
from sellerstar.store.arrow_bulk import Wanted, read_tables
from sellerstar.store.arrow_rows import arrow_table
from sellerstar.store.db import transaction
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import (
    brushing_suspects,
    contract_tables,
    review_merchant_rankings,
    review_product_rankings,
    review_products,
    review_states,
    review_store_ratings,
)

JOB_NAME = "reviews"
KEEP_DATES = 7
"""Stat dates the per-product, per-review and ranking tables keep (pages show the newest)."""
_BATCH_ROWS = 10_000
"""Rows written per INSERT."""


def read_store(store: sa.Engine) -> dict[str, pa.Table]:
    """The review rules' input tables from the store, as typed Arrow tables (read
    column-wise, :mod:`sellerstar.store.arrow_bulk`)."""
    data = read_tables(
        store,
        {name: Wanted(contract_tables[name], arrow_schema(name)) for name in REVIEW_COLUMNS},
    )
    decided = sa.select(
        brushing_suspects.c.review_id, brushing_suspects.c.decided_at.label("confirmed_at")
    ).where(brushing_suspects.c.state == SuspectState.CONFIRMED.value)
    with store.connect() as connection:
        confirmed = arrow_table(connection.execute(decided), arrow_schema("confirmed_brushing"))
        connection.rollback()
    data["confirmed_brushing"] = pa.concat_tables([data["confirmed_brushing"], confirmed])
    return data


def run_review_job(
    store: sa.Engine,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
    backend: str | None = None,
) -> dict[str, int]:
    """Compute the review figures of stat dates ``first`` … ``last`` into the store;
    returns the rows written per table (summed over the dates)."""
    params = {"first": first.isoformat(), "last": last.isoformat()}
    with recorded(store, JOB_NAME, params, now) as run:
        data = read_store(store)
        ibis_backend = engines.connect(backend)
        try:
            # Only the newest dates' per-product tables are kept: older ones need ratings.
            full_from = last - dt.timedelta(days=KEEP_DATES - 1)
            results = [
                compute(ibis_backend, data, book, day, ratings_only=day < full_from)
                for day in date_range(first, last)
            ]
        finally:
            engines.disconnect(ibis_backend)
        written: dict[str, int] = {}
        with transaction(store) as connection:
            for result in results:
                for name, count in _replace(connection, result, now).items():
                    written[name] = written.get(name, 0) + count
            _prune(connection)
        written |= _queue_suspects(store, book, data, now)
        run.summary = written
    return written


def _replace(connection: sa.Connection, result: ReviewResult, now: dt.datetime) -> dict[str, int]:
    day, tables = result.day, result.tables
    rows = {
        review_store_ratings: [
            dict(r, stat_date=day, rule_set_id=result.rule_set_id, computed_at=now)
            for r in tables["store_ratings"].to_pylist()
        ],
        review_products: list(_products(tables, day, now)),
        review_product_rankings: [
            dict(r, stat_date=day) for r in tables["product_rankings"].to_pylist()
        ],
        review_merchant_rankings: [
            dict(r, stat_date=day) for r in tables["merchant_rankings"].to_pylist()
        ],
        review_states: list(_states(tables, day, now)),
    }
    written = {}
    for target, values in rows.items():
        connection.execute(target.delete().where(target.c.stat_date == day))
        for start in range(0, len(values), _BATCH_ROWS):
            connection.execute(target.insert(), values[start : start + _BATCH_ROWS])
        written[target.name] = len(values)
    return written


def _products(
    tables: dict[str, pa.Table], day: dt.date, now: dt.datetime
) -> Iterator[dict[str, Any]]:
    pool = set(tables["well_reviewed_products"]["product_id"].to_pylist())
    chosen = set(tables["selected_products"]["product_id"].to_pylist())
    for row in tables["product_reviews"].to_pylist():
        yield dict(
            row,
            stat_date=day,
            well_reviewed=row["product_id"] in pool,
            selected=row["product_id"] in chosen,
            computed_at=now,
        )


def _states(
    tables: dict[str, pa.Table], day: dt.date, now: dt.datetime
) -> Iterator[dict[str, Any]]:
    """One row per transaction review not counted and per direct review (shown or not)."""
    for row in tables["excluded_reviews"].to_pylist():
        if row["kind"] == "transaction":
            yield {
                "stat_date": day,
                "kind": "transaction",
                "review_id": row["review_id"],
                "merchant_id": row["merchant_id"],
                "reason": row["reason"],
                "positive": None,
                "computed_at": now,
            }
    for row in tables["direct_review_states"].to_pylist():
        yield {
            "stat_date": day,
            "kind": "direct",
            "review_id": row["review_id"],
            "merchant_id": row["merchant_id"],
            "reason": None if row["shown"] else "direct_not_eligible",
            "positive": row["positive"],
            "computed_at": now,
        }


def _queue_suspects(
    store: sa.Engine, book: RuleBook, data: dict[str, pa.Table], now: dt.datetime
) -> dict[str, int]:
    """Refresh the pending part of the brushing queue from the detector's suspects."""
    reviews = book.in_force_at(now).reviews
    if reviews is None or reviews.brushing is None:
        return {}
    found = detect(data["transaction_reviews"], data["buyers"], data["orders"], reviews.brushing)
    suspects = {row["review_id"]: row for row in found.to_pylist()}
    table = brushing_suspects
    with transaction(store) as connection:
        known = dict(connection.execute(sa.select(table.c.review_id, table.c.state)).all())
        pending = SuspectState.PENDING.value
        gone = [
            review for review, state in known.items() if state == pending and review not in suspects
        ]
        for start in range(0, len(gone), _BATCH_ROWS):
            connection.execute(
                table.delete().where(table.c.review_id.in_(gone[start : start + _BATCH_ROWS]))
            )
        new = [
            dict(row, detected_at=now, state=pending)
            for review, row in suspects.items()
            if review not in known
        ]
        for start in range(0, len(new), _BATCH_ROWS):
            connection.execute(table.insert(), new[start : start + _BATCH_ROWS])
        again = [
            {"key": review, "new_score": row["score"], "new_signals": row["signals"]}
            for review, row in suspects.items()
            if known.get(review) == pending
        ]
        if again:
            connection.execute(
                table.update()
                .where(table.c.review_id == sa.bindparam("key"), table.c.state == pending)
                .values(score=sa.bindparam("new_score"), signals=sa.bindparam("new_signals")),
                again,
            )
    return {"brushing_suspects_new": len(new), "brushing_suspects_cleared": len(gone)}


def _prune(connection: sa.Connection) -> None:
    """Keep the newest :data:`KEEP_DATES` stat dates of the per-product tables."""
    for target in (
        review_products,
        review_product_rankings,
        review_merchant_rankings,
        review_states,
    ):
        dates = sa.select(target.c.stat_date).distinct().order_by(target.c.stat_date.desc())
        kept = [row[0] for row in connection.execute(dates.limit(KEEP_DATES))]
        if len(kept) == KEEP_DATES:
            connection.execute(target.delete().where(target.c.stat_date < kept[-1]))
