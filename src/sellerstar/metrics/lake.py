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
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.metrics.runner import Result, RuleSource, compute, load_clock
from sellerstar.metrics.sources import find_source, read_arrow
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
    clock = load_clock(book, first, last)
    ibis_backend = engines.connect(backend)
    try:
        tables = from_folder(ibis_backend, folder, clock)
        result = compute(ibis_backend, tables, book, first, last, orders_all_dates=orders_all_dates)
    except InputError:
        raise
    except Exception as exc:
        located = (
            _locate_bad_input(folder, clock.zone.key, exc) if engines.failed_on_input(exc) else None
        )
        if located is None:
            raise
        raise located from None
    finally:
        engines.disconnect(ibis_backend)
    paths = [
        output.write(result.merchant_metrics, out, "merchant_metrics", output_format),
        output.write(result.order_tracking, out, "order_tracking", output_format),
    ]
    return result, paths


def _locate_bad_input(folder: Path, timezone: str, error: Exception) -> InputError | None:
    """The input error behind an engine's failure, named by file, line (or row) and
    column, or None when the input is not to blame.

    The engine parses text lazily and its errors name no line; only after it failed are
    the text files (and a Parquet file the error names) read again with Arrow, whose
    reader locates the first unreadable value.
    """
    message = str(error)
    for name in TABLE_NAMES:
        source = find_source(folder, name)
        if source.format != "parquet" or source.label in message:
            try:
                read_arrow(source, timezone)
            except InputError as found:
                return found
    if engines.text_views.BAD_VALUE in message:
        # DuckDB quotes the failed cast's text; Spark follows raise_error's with its SQLSTATE.
        told = message.split(engines.text_views.BAD_VALUE, 1)[1].splitlines()[0]
        return InputError(told.split('"', 1)[0].split(" SQLSTATE:", 1)[0])
    return None
