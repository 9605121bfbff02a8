"""Lake mode of the reviews: a data-lake folder in, the figures of one date out.

Every output table is written aside and moved in only when all of them are computed, so a
refused input or a failed run leaves the output folder as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from sellerstar import engines
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.reviews.inputs import read_folder
from sellerstar.reviews.run import ReviewResult, compute
from sellerstar.rules import RuleBook


def run_lake(
    folder: Path,
    out: Path,
    day: dt.date,
    book: RuleBook,
    fmt: str = "parquet",
    backend: str | None = None,
) -> tuple[ReviewResult, list[Path]]:
    """Compute the review figures of ``day`` from ``folder`` into ``out``."""
    if fmt not in output.FORMATS:
        raise InputError(f"--format: {fmt!r} is not one of {', '.join(output.FORMATS)}")
    data = read_folder(folder, book.for_stat_date(day).calendar.timezone)
    ibis_backend = engines.connect(backend)
    try:
        result = compute(ibis_backend, data, book, day)
    finally:
        engines.disconnect(ibis_backend)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".reviews-", dir=out))
    try:
        written = [output.write(table, staging, name, fmt) for name, table in result.tables.items()]
        paths = []
        for path in written:
            target = out / path.name
            path.replace(target)
            paths.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result, paths
