"""What the daily job's metric step must recompute: merchants whose input changed.

A writer of the metric inputs (the import, the tracking feed's webhook, the appeal
services) marks the merchants it touched, in its own transaction, with the earliest stat
date the change can reach (:mod:`sellerstar.store.metric_marks`). The metric step
recomputes the dates already computed from that date on for those merchants only, and
deletes the marks it honoured in the transaction that writes the results.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.base import ID_LENGTH, metadata
from sellerstar.store.types import UtcDateTime

metric_marks = sa.Table(
    "metric_marks",
    metadata,
    sa.Column("merchant_id", sa.String(ID_LENGTH), primary_key=True),
    # The earliest stat date the merchant's changed input can reach.
    sa.Column("since", sa.Date, nullable=False),
    sa.Column("marked_at", UtcDateTime, nullable=False),
    # The metric run (job_runs.id) recomputing the merchant now; a new mark meanwhile
    # empties it, so that run's end does not delete the newer mark.
    sa.Column("run_id", sa.Integer),
    comment="Merchants whose metric inputs changed since the metric job last computed them, "
    "and the earliest stat date the change can reach; deleted when recomputed.",
)
