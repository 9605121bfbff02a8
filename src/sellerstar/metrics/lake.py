"""Lake mode: contract files in a folder → metrics → result files, no database.

>>> import tempfile, pathlib
>>> run_lake(pathlib.Path(tempfile.mkdtemp()), pathlib.Path("out"), dt.date(2022, 11, 9),
...          dt.date(2022, 11, 9), book=None)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
sellerstar.errors.InputError: ...: table 'merchants' is missing ...
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sellerstar import engines
from sellerstar.metrics import output
from sellerstar.metrics.runner import Result, RuleSource, compute, load_clock
from sellerstar.metrics.sources import find_source
from sellerstar.metrics.tables import TABLE_NAMES, from_folder
from sellerstar.rules import load_rulebook


def run_lake(
    folder: Path,
    out: Path,
    first: dt.date,
    last: dt.date,
    book: RuleSource | None,
    backend: str | None = None,
    output_format: str = "parquet",
    orders_all_dates: bool = False,
) -> tuple[Result, list[Path]]:
    """Compute ``first`` … ``last`` from ``folder`` and write both outputs into ``out``."""
    for name in TABLE_NAMES:
        find_source(folder, name)  # a missing table fails before any backend starts
    book = book or load_rulebook()
    ibis_backend = engines.connect(backend)
    try:
        tables = from_folder(ibis_backend, folder, load_clock(book, first, last))
        result = compute(ibis_backend, tables, book, first, last, orders_all_dates=orders_all_dates)
    finally:
        engines.disconnect(ibis_backend)
    paths = [
        output.write(result.merchant_metrics, out, "merchant_metrics", output_format),
        output.write(result.order_tracking, out, "order_tracking", output_format),
    ]
    return result, paths
