"""Lake mode of the sample venue: a data-lake folder in, ``sample_eligibility`` of one date
out, written aside and moved in only when complete, so a refused input or a failed run
leaves the output folder as it was."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from sellerstar import engines
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.rules import RuleBook
from sellerstar.samples.inputs import read_folder
from sellerstar.samples.run import SampleCheck, compute, venue_on

OUTPUT_TABLE = "sample_eligibility"


def run_lake(
    folder: Path,
    out: Path,
    day: dt.date,
    book: RuleBook,
    fmt: str = "parquet",
    backend: str | None = None,
) -> tuple[SampleCheck, Path]:
    """Check every offer of ``folder`` on ``day``; write ``out/sample_eligibility.<fmt>``."""
    if fmt not in output.FORMATS:
        raise InputError(f"--format: {fmt!r} is not one of {', '.join(output.FORMATS)}")
    venue_on(book, day)
    data = read_folder(folder, book.in_force(day).calendar.timezone)
    ibis_backend = engines.connect(backend)
    try:
        result = compute(ibis_backend, data, book, day)
    finally:
        engines.disconnect(ibis_backend)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".samples-", dir=out))
    try:
        written = output.write(result.eligibility, staging, OUTPUT_TABLE, fmt)
        target = out / written.name
        written.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result, target
