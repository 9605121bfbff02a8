"""One date's sample-venue check on an engine: the same code for lake mode (``sellerstar
samples check``) and store mode (the daily job's samples step)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.errors import InputError
from sellerstar.metrics.dates import DayClock
from sellerstar.rules import RuleBook
from sellerstar.rules.programs import SampleVenue
from sellerstar.samples.eligibility import eligibility
from sellerstar.samples.inputs import SAMPLE_COLUMNS, register
from sellerstar.samples.rights import failed_sample_orders

SCHEMA = pa.schema(
    [
        ("product_id", pa.string()),
        ("merchant_id", pa.string()),
        ("eligible", pa.bool_()),
        ("reasons", pa.string()),
    ]
)
"""Columns of ``sample_eligibility``, in order."""

FAILURES_SCHEMA = pa.schema(
    [
        ("order_id", pa.string()),
        ("merchant_id", pa.string()),
        ("failure", pa.string()),
        ("failed_at", pa.timestamp("us", tz="UTC")),
    ]
)


@dataclass(frozen=True)
class SampleCheck:
    """The check of one date: each offer's eligibility and the failed sample orders."""

    day: dt.date
    rule_set_id: str
    eligibility: pa.Table
    failures: pa.Table


def venue_on(book: RuleBook, day: dt.date) -> tuple[str, SampleVenue]:
    """The rule-set in force on ``day`` and its venue; refused before the venue's launch."""
    rule_set = book.in_force(day)
    if rule_set.sample_venue is None:
        launches = [rs.effective for rs in book.rule_sets if rs.sample_venue is not None]
        since = f" (it is in force from {min(launches)})" if launches else ""
        raise InputError(f"the discount sample venue is not in force on {day}{since}")
    return rule_set.id, rule_set.sample_venue


def compute(
    backend: BaseBackend, data: dict[str, pa.Table], book: RuleBook, day: dt.date
) -> SampleCheck:
    """The eligibility of every offer on ``day`` and the sample orders failed by then."""
    rule_set_id, venue = venue_on(book, day)
    timezone = book.in_force(day).calendar.timezone
    clock = DayClock(timezone, min(day, venue.live_date), day + dt.timedelta(days=1))
    tables = register(backend, data)
    try:
        checked = engines.to_arrow(backend, eligibility(tables, clock, day, venue))
        failed = engines.to_arrow(backend, failed_sample_orders(tables, clock, day, venue))
    finally:
        for name in reversed(list(SAMPLE_COLUMNS)):
            engines.drop(backend, f"sellerstar_samples_{name}")
    ordered = checked.select(SCHEMA.names).cast(SCHEMA)
    failures = failed.select(FAILURES_SCHEMA.names).cast(FAILURES_SCHEMA)
    return SampleCheck(day, rule_set_id, ordered, failures.sort_by([("order_id", "ascending")]))
