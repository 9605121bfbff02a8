"""The ledger step: the marketplace's recorded violations into the penalty-points ledger.

Runs in the daily job after the guaranteed service's step (which writes the late
shipments) and before the star levels (which read the ledger's active points), and
before ``sellerstar stars predict``; recorded in ``job_runs`` as ``penalties``. The copy
itself is :func:`sellerstar.services.penalty_ledger.copy_imported` (idempotent).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.rules import RuleBook
from sellerstar.services.penalty_ledger import copy_imported
from sellerstar.store.db import transaction
from sellerstar.store.job_log import recorded

JOB_NAME = "penalties"


def run_penalty_job(store: sa.Engine, book: RuleBook, now: dt.datetime) -> dict[str, int]:
    """Copy ``violations`` into the ledger in one transaction; returns the counts."""
    with recorded(store, JOB_NAME, {}, now) as run:
        with transaction(store) as connection:
            summary = copy_imported(connection, book, now)
        run.summary = summary
    return summary
