"""The reviews step of the daily job: the review figures of each stat date into the store.

Spools the contract's review tables to temporary Parquet files, a batch at a time, as the
metric step does (brushing the operators confirmed joins the marketplace's own
``confirmed_brushing``, from the moment of the decision), computes with
:func:`sellerstar.reviews.run.compute` — the same code as ``sellerstar reviews run``, the
engine scanning the files instead of holding the tables in memory — and
replaces the stat date's rows in one transaction, so a re-run changes nothing. Store
ratings are kept for every date (the star level's buyer review score reads them); the
per-product and per-review tables keep the newest :data:`KEEP_DATES` stat dates, which
is all the pages show. Then the brushing detector runs over every transaction review
(:func:`sellerstar.reviews.brushing.detect`, the same as ``sellerstar reviews brushing``,
reading only the columns it uses):
new suspects join the operators' queue as pending, pending ones get their new score, and
pending ones no longer suspected leave it; decided ones are never touched. Runs before the
star levels; recorded in ``job_runs`` as ``reviews``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import sqlalchemy as sa

from sellerstar import engines
from sellerstar.domain.reviews import SuspectState
from sellerstar.metrics.dates import date_range
from sellerstar.reviews.brushing import detect
from sellerstar.reviews.brushing_input import BUYER_COLUMNS
from sellerstar.reviews.inputs import REVIEW_COLUMNS, ReviewInputs, arrow_schema
from sellerstar.reviews.run import ReviewResult, compute, forget_texts
from sellerstar.rules import RuleBook
from sellerstar.rules.reviews import Brushing
from sellerstar.store.arrow_bulk import (
    Replacement,
    Wanted,
    read_tables,
    replace_rows,
    spool_tables,
)
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
    data = read_tables(store, _wanted())
    data["confirmed_brushing"] = pa.concat_tables([data["confirmed_brushing"], _decided(store)])
    return data


def spool_store(store: sa.Engine, folder: Path) -> dict[str, Path]:
    """:func:`read_store` written to Parquet files in ``folder``, a batch at a time: at
    marketplace size the tables would not fit in memory beside the engine's work."""
    paths = spool_tables(store, _wanted(), folder)
    confirmed = paths["confirmed_brushing"]
    pq.write_table(pa.concat_tables([pq.read_table(confirmed), _decided(store)]), confirmed)
    return paths


def _wanted() -> dict[str, Wanted]:
    return {name: Wanted(contract_tables[name], arrow_schema(name)) for name in REVIEW_COLUMNS}


def _decided(store: sa.Engine) -> pa.Table:
    """The brushing the operators confirmed, from the moment of the decision."""
    decided = sa.select(
        brushing_suspects.c.review_id, brushing_suspects.c.decided_at.label("confirmed_at")
    ).where(brushing_suspects.c.state == SuspectState.CONFIRMED.value)
    with store.connect() as connection:
        confirmed = arrow_table(connection.execute(decided), arrow_schema("confirmed_brushing"))
        connection.rollback()
    return confirmed


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
    with (
        recorded(store, JOB_NAME, params, now) as run,
        tempfile.TemporaryDirectory(prefix="sellerstar-reviews-") as folder,
    ):
        spooled = spool_store(store, Path(folder))
        written = _store_figures(store, spooled, book, first, last, now, backend)
        # The figures are gone from memory before the brushing detector, the step's other
        # big user of it.
        written |= _queue_suspects(store, book, spooled, now)
        run.summary = written
    return written


def _store_figures(
    store: sa.Engine,
    spooled: dict[str, Path],
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
    backend: str | None,
) -> dict[str, int]:
    """Compute every date's figures and replace their rows in one transaction, column-wise
    (no Python row objects), then prune the old dates."""
    results = _compute(spooled, book, first, last, backend)
    forget_texts()
    replacements = [part for result in results for part in _replacements(result, now)]
    return replace_rows(store, replacements, then=[_prune(t) for t in _PRUNED])


def _compute(
    spooled: dict[str, Path], book: RuleBook, first: dt.date, last: dt.date, backend: str | None
) -> list[ReviewResult]:
    """The results of each stat date. DuckDB scans the spooled files; a Spark cluster's
    executors cannot read the driver's files, so Spark gets them as Arrow."""
    ibis_backend = engines.connect(backend)
    try:
        inputs: ReviewInputs = spooled
        if engines.backend_name(ibis_backend) == "spark":
            inputs = {name: pq.read_table(path) for name, path in spooled.items()}
        # Only the newest dates' per-product tables are kept: older ones need ratings.
        full_from = last - dt.timedelta(days=KEEP_DATES - 1)
        return [
            compute(ibis_backend, inputs, book, day, ratings_only=day < full_from)
            for day in date_range(first, last)
        ]
    finally:
        engines.disconnect(ibis_backend)


def _replacements(result: ReviewResult, now: dt.datetime) -> list[Replacement]:
    """The rows of one stat date for each table, replacing that date's rows."""
    day, tables = result.day, result.tables
    products = tables["product_reviews"]
    product_ids = products["product_id"]
    rows = {
        review_store_ratings: _dated(tables["store_ratings"], day, now).append_column(
            "rule_set_id",
            pa.repeat(pa.scalar(result.rule_set_id), tables["store_ratings"].num_rows),
        ),
        review_products: _dated(products, day, now)
        .append_column(
            "well_reviewed",
            pc.is_in(product_ids, tables["well_reviewed_products"]["product_id"]),
        )
        .append_column(
            "selected", pc.is_in(product_ids, tables["selected_products"]["product_id"])
        ),
        review_product_rankings: _dated(tables["product_rankings"], day),
        review_merchant_rankings: _dated(tables["merchant_rankings"], day),
        review_states: _dated(_states(tables), day, now),
    }
    # The date is the job's own value, never input text.
    where = f"stat_date = '{day.isoformat()}'"
    return [Replacement(target, table, where) for target, table in rows.items()]


def _dated(table: pa.Table, day: dt.date, now: dt.datetime | None = None) -> pa.Table:
    """``table`` with the stat date (and, when given, the time it was computed)."""
    dated = table.append_column("stat_date", pa.repeat(pa.scalar(day, pa.date32()), table.num_rows))
    if now is None:
        return dated
    stamp = pa.scalar(now.astimezone(dt.UTC), pa.timestamp("us", tz="UTC"))
    return dated.append_column("computed_at", pa.repeat(stamp, table.num_rows))


def _states(tables: dict[str, pa.Table]) -> pa.Table:
    """One row per transaction review not counted and per direct review (shown or not)."""
    excluded = tables["excluded_reviews"].filter(pc.field("kind") == "transaction")
    direct = tables["direct_review_states"]
    hidden = pa.scalar("direct_not_eligible")
    return pa.concat_tables(
        [
            pa.table(
                {
                    "kind": pa.repeat(pa.scalar("transaction"), excluded.num_rows),
                    "review_id": excluded["review_id"],
                    "merchant_id": excluded["merchant_id"],
                    "reason": excluded["reason"],
                    "positive": pa.nulls(excluded.num_rows, pa.bool_()),
                }
            ),
            pa.table(
                {
                    "kind": pa.repeat(pa.scalar("direct"), direct.num_rows),
                    "review_id": direct["review_id"],
                    "merchant_id": direct["merchant_id"],
                    "reason": pc.if_else(
                        pc.fill_null(direct["shown"], False), pa.scalar(None, pa.string()), hidden
                    ),
                    "positive": direct["positive"],
                }
            ),
        ]
    )


def _queue_suspects(
    store: sa.Engine, book: RuleBook, spooled: dict[str, Path], now: dt.datetime
) -> dict[str, int]:
    """Refresh the pending part of the brushing queue from the detector's suspects."""
    reviews = book.in_force_at(now).reviews
    if reviews is None or reviews.brushing is None:
        return {}
    found = detect_spooled(spooled, reviews.brushing)
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


def detect_spooled(spooled: dict[str, Path], rules: Brushing) -> pa.Table:
    """The brushing suspects of the spooled tables, reading only the columns the detector
    uses; the orders, the biggest input, a batch at a time from their file."""
    return detect(
        pq.read_table(spooled["transaction_reviews"]),
        pq.read_table(spooled["buyers"], columns=list(BUYER_COLUMNS)),
        spooled["orders"],
        rules,
    )


_PRUNED = (review_products, review_product_rankings, review_merchant_rankings, review_states)
"""The tables that keep the newest :data:`KEEP_DATES` stat dates only."""


def _prune(target: sa.Table) -> str:
    """The statement keeping the newest :data:`KEEP_DATES` stat dates of ``target``: with
    fewer dates the subquery is empty (NULL) and nothing goes."""
    name = target.name
    return (
        f"DELETE FROM {name} WHERE stat_date < (SELECT stat_date FROM "
        f"(SELECT DISTINCT stat_date FROM {name}) AS dates "
        f"ORDER BY stat_date DESC LIMIT 1 OFFSET {KEEP_DATES - 1})"
    )
