"""The sample venue's step of the daily job (rulebook §4, §4.1), on the platform's date D.

Reads the registrations that hold a place as the offers (their discounted price, taking
places in registration order), the restorations the operators made, the sample orders
and the products and merchants concerned, and runs :func:`sellerstar.samples.run.compute`
— the same code as ``sellerstar samples check``. Then, in one transaction: every newly
failed sample order costs its merchant the right to register
(:func:`sellerstar.services.sample_rights.record_failure`, which ends the registrations);
where the rule-set lets a loss end by itself, losses whose time is up are restored;
``sample_eligibility`` of D is replaced; and each registration's place in the venue
(``in_venue``) and its product facts follow the check. A re-run changes nothing. Runs only
while the rule-set in force has a ``[sample_venue]`` section; recorded in ``job_runs`` as
``samples``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
import sqlalchemy as sa

from sellerstar import engines
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.samples import HOLDS_A_PLACE, RegistrationState
from sellerstar.rules import RuleBook
from sellerstar.samples.inputs import SAMPLE_COLUMNS, arrow_schema
from sellerstar.samples.run import SampleCheck, compute
from sellerstar.services import sample_rights
from sellerstar.store.arrow_rows import read_columns
from sellerstar.store.db import transaction
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import (
    contract_tables,
    sample_eligibility,
    sample_merchants,
    sample_registrations,
    sample_right_losses,
)

JOB_NAME = "samples"
KEEP_DATES = 31
"""Dates of ``sample_eligibility`` kept (the pages show the newest)."""
_BATCH_ROWS = 10_000
"""Rows written per INSERT."""

_products = contract_tables["products"]
_orders = contract_tables["orders"]
_merchants = contract_tables["merchants"]


def read_store(connection: sa.Connection) -> dict[str, pa.Table]:
    """The rules' input tables from the store, as typed Arrow tables: only the products
    registered, only sample orders."""
    placed = sa.select(sample_registrations.c.product_id).where(
        sample_registrations.c.holds_place == 1
    )
    offers = sa.select(
        sample_registrations.c.product_id,
        sample_registrations.c.discount_price_usd,
        sample_registrations.c.registered_at.label("offered_at"),
    ).where(sample_registrations.c.holds_place == 1)
    restorations = (
        sa.select(sample_right_losses.c.merchant_id, sample_right_losses.c.restored_at)
        .where(sample_right_losses.c.restored_at.is_not(None))
        .distinct()
    )
    queries = {
        "merchants": _select(_merchants, "merchants"),
        "products": _select(_products, "products").where(_products.c.product_id.in_(placed)),
        "orders": _select(_orders, "orders").where(_orders.c.sample_product_id.is_not(None)),
        "sample_offers": offers,
        "sample_right_restorations": restorations,
    }
    return {
        name: read_columns(connection, query, arrow_schema(name)) for name, query in queries.items()
    }


def _select(table: sa.Table, name: str) -> sa.Select[Any]:
    return sa.select(*(table.c[column] for column in SAMPLE_COLUMNS[name]))


def run_sample_job(
    store: sa.Engine, book: RuleBook, now: dt.datetime, backend: str | None = None
) -> dict[str, int] | None:
    """Check the venue on the platform date of ``now``; None when it is not in force."""
    rule_set = book.in_force_at(now)
    venue = rule_set.sample_venue
    if venue is None:
        return None
    day = platform_date(now, rule_set.calendar.timezone)
    with recorded(store, JOB_NAME, {"date": day.isoformat()}, now) as run:
        with store.connect() as connection:
            data = read_store(connection)
            connection.rollback()
        ibis_backend = engines.connect(backend)
        try:
            check = compute(ibis_backend, data, book, day)
        finally:
            engines.disconnect(ibis_backend)
        with transaction(store) as connection:
            summary = _write(connection, check, now)
            if venue.lost_right_ends == "after_days":
                summary["rights_restored"] = _restore_expired(
                    connection, day, venue.lost_right_days, rule_set.calendar.timezone, now
                )
        run.summary = summary
    return summary


def _write(connection: sa.Connection, check: SampleCheck, now: dt.datetime) -> dict[str, int]:
    lost = sum(
        sample_rights.record_failure(
            connection,
            merchant_id=row["merchant_id"],
            order_id=row["order_id"],
            failure=row["failure"],
            failed_at=row["failed_at"],
            now=now,
        )
        for row in check.failures.to_pylist()
    )
    rows = check.eligibility.to_pylist()
    connection.execute(
        sample_eligibility.delete().where(sample_eligibility.c.stat_date == check.day)
    )
    values = [dict(r, stat_date=check.day, rule_set_id=check.rule_set_id) for r in rows]
    for start in range(0, len(values), _BATCH_ROWS):
        connection.execute(sample_eligibility.insert(), values[start : start + _BATCH_ROWS])
    oldest = check.day - dt.timedelta(days=KEEP_DATES - 1)
    connection.execute(sample_eligibility.delete().where(sample_eligibility.c.stat_date < oldest))
    shown = _follow_check(connection, rows, now)
    return {"checked": len(rows), "in_venue": shown, "sample_orders_failed": lost}


def _follow_check(connection: sa.Connection, rows: list[dict[str, Any]], now: dt.datetime) -> int:
    """Each registration holding a place: in the venue when active and eligible; its
    product facts as checked now. Returns how many are in the venue."""
    facts = {
        row.product_id: row
        for row in connection.execute(
            sa.select(
                _products.c.product_id,
                _products.c.industry,
                _products.c.leaf_category,
                _products.c.growth_score,
                _products.c.sample_price_usd,
            ).where(_products.c.product_id.in_([r["product_id"] for r in rows]))
        )
    } if rows else {}  # fmt: skip
    registration = sample_registrations.c
    statement = (
        sample_registrations.update()
        .where(
            registration.product_id == sa.bindparam("pid"),
            registration.holds_place == 1,
        )
        .values(
            in_venue=sa.and_(
                sa.bindparam("eligible", type_=sa.Boolean),
                registration.state == RegistrationState.ACTIVE.value,
            ),
            industry=sa.bindparam("industry"),
            leaf_category=sa.bindparam("leaf_category"),
            growth_score=sa.bindparam("growth_score"),
            sample_price_usd=sa.func.coalesce(
                sa.bindparam("price", type_=registration.sample_price_usd.type),
                registration.sample_price_usd,
            ),
            checked_at=now,
        )
    )
    params = [
        {
            "pid": r["product_id"],
            "eligible": bool(r["eligible"]),
            "industry": facts[r["product_id"]].industry,
            "leaf_category": facts[r["product_id"]].leaf_category,
            "growth_score": facts[r["product_id"]].growth_score,
            "price": facts[r["product_id"]].sample_price_usd,
        }
        for r in rows
        if r["product_id"] in facts
    ]
    if params:
        connection.execute(statement, params)
    return int(
        connection.scalar(
            sa.select(sa.func.count()).where(
                registration.in_venue, registration.state.in_([str(s) for s in HOLDS_A_PLACE])
            )
        )
        or 0
    )


def _restore_expired(
    connection: sa.Connection, day: dt.date, days: int, timezone: str, now: dt.datetime
) -> int:
    """Losses that end by themselves: restore a merchant whose last failure's day is at
    least ``days`` days before ``day`` (the batch rule's reading)."""
    restored = 0
    open_losses = connection.execute(
        sa.select(sample_merchants.c.merchant_id).where(sample_merchants.c.lost_at.is_not(None))
    ).scalars()
    for merchant_id in list(open_losses):
        last = connection.scalar(
            sa.select(sa.func.max(sample_right_losses.c.failed_at)).where(
                sample_right_losses.c.merchant_id == merchant_id,
                sample_right_losses.c.restored_at.is_(None),
            )
        )
        if last is not None and platform_date(last, timezone) + dt.timedelta(days=days) <= day:
            restored += sample_rights.restore(
                connection,
                actor_login=sample_rights.SYSTEM,
                merchant_id=merchant_id,
                note=f"ended by itself after {days} days",
                now=now,
            )
    return restored
