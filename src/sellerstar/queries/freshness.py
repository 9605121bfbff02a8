"""When the figures a page shows were last written: one cheap statement per page family.

The merchant pages show what the batch jobs stored, which changes a few times a day at
most. A fingerprint is made of what every write leaves behind: the newest ``computed_at``
of the merchant's rows (each job stamps the rows it writes), the official evaluations'
publication stamps and run counts, and the newest recorded job run (so a re-run with the
same clock still counts). A page part rendered for one fingerprint can be reused until it
changes. It is read before the figures: a job committing in between changes the
fingerprint of the next request, it never hides its rows.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope
from sellerstar.store.schema import (
    contract_tables,
    job_runs,
    merchant_metrics,
    star_evaluations,
    star_levels,
)

Fingerprint = tuple[Any, ...]


def star_fingerprint(connection: sa.Connection, merchant_id: str) -> Fingerprint:
    """What the star-level page of ``merchant_id`` depends on (OutOfScope: no such
    merchant)."""
    merchants = contract_tables["merchants"]
    row = connection.execute(
        sa.select(
            merchants.c.name,
            _newest(star_levels.c.computed_at, star_levels.c.merchant_id == merchant_id),
            _newest(merchant_metrics.c.computed_at, merchant_metrics.c.merchant_id == merchant_id),
            sa.select(sa.func.max(star_evaluations.c.published_at)).scalar_subquery(),
            sa.select(sa.func.sum(star_evaluations.c.runs)).scalar_subquery(),
            sa.select(sa.func.max(job_runs.c.id)).scalar_subquery(),
        ).where(merchants.c.merchant_id == merchant_id)
    ).one_or_none()
    if row is None:
        raise OutOfScope(f"merchant {merchant_id!r}")
    return tuple(row)


def metrics_fingerprint(connection: sa.Connection, merchant_id: str) -> Fingerprint:
    """What the logistics headline of ``merchant_id`` depends on: the metric job's rows of
    the merchant (``merchant_metrics`` and ``order_tracking`` are written together)."""
    row = connection.execute(
        sa.select(
            _newest(merchant_metrics.c.computed_at, merchant_metrics.c.merchant_id == merchant_id),
            sa.select(sa.func.max(job_runs.c.id)).scalar_subquery(),
        )
    ).one()
    return tuple(row)


def _newest(column: sa.ColumnElement[Any], where: sa.ColumnElement[bool]) -> sa.ScalarSelect[Any]:
    return sa.select(sa.func.max(column)).where(where).scalar_subquery()
