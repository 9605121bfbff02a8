"""Upkeep of the evidence folder (appeal screenshots, radar qualifications): remove what
crashed or failed filings left.

A job, so it takes the engine: it reads which files the appeals reference and then walks
the folder with no connection open (the walk may be long).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from sellerstar.services import evidence
from sellerstar.store.appeal_tables import appeal_evidence
from sellerstar.store.radar_tables import radar_reviews


def sweep_evidence(
    engine: sa.Engine, folder: Path, grace: dt.timedelta = evidence.SWEEP_GRACE
) -> evidence.Swept:
    """Remove evidence files no appeal or qualification references, and ``.part`` files, older than
    ``grace`` (left by filings that crashed or failed before their commit)."""
    with engine.connect() as connection:
        # Read before the folder is walked: a file referenced later is younger than grace.
        referenced = connection.scalars(
            sa.union(
                sa.select(appeal_evidence.c.relative_path),
                sa.select(radar_reviews.c.file_path).where(radar_reviews.c.file_path.is_not(None)),
            )
        ).all()
    return evidence.sweep(folder, referenced, grace)
