"""`sellerstar tracking`: tracking events from the command line.

``sellerstar tracking classify`` reads CSV on stdin with the columns
``carrier,description[,status]`` (any others are passed through) and writes the same rows
to stdout with a ``pre_advice`` column (``true``/``false``), decided by
:func:`sellerstar.domain.pre_advice.classify`.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from typing import TextIO

import typer

from sellerstar.domain.pre_advice import is_pre_advice
from sellerstar.errors import InputError

REQUIRED = ("carrier", "description")
OUTPUT_COLUMN = "pre_advice"

app = typer.Typer(
    help="Tracking events: is an event pre-advice or a real scan?", no_args_is_help=True
)


def _header(reader: Iterator[list[str]]) -> list[str]:
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(
            "stdin is empty: expected a header line carrier,description[,status]"
        ) from None
    header = [name.strip() for name in header]
    if header:
        header[0] = header[0].removeprefix("\ufeff")  # spreadsheets save a BOM
    for name in REQUIRED:
        if name not in header:
            raise InputError(
                f"line 1: missing column {name!r} "
                f"(the header needs carrier,description[,status]; found {','.join(header)})"
            )
    return header


def classify_csv(source: TextIO, target: TextIO) -> int:
    """Copy CSV rows from ``source`` to ``target`` with a ``pre_advice`` column; row count.

    >>> import io
    >>> out = io.StringIO()
    >>> classify_csv(io.StringIO("carrier,description\\nups,Origin Scan\\n"), out)
    1
    >>> out.getvalue()
    'carrier,description,pre_advice\\nups,Origin Scan,false\\n'
    """
    reader = csv.reader(source)
    header = _header(reader)
    index = {name: header.index(name) for name in (*REQUIRED, "status") if name in header}
    has_output = OUTPUT_COLUMN in header
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(header if has_output else [*header, OUTPUT_COLUMN])
    count = 0
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue  # blank lines carry no event
        for name in REQUIRED:
            if index[name] >= len(row):
                raise InputError(f"line {reader.line_num}: missing value for column {name!r}")
        status = row[index["status"]] if "status" in index and index["status"] < len(row) else ""
        verdict = is_pre_advice(row[index["carrier"]], row[index["description"]], status or None)
        cell = "true" if verdict else "false"
        if has_output:
            row = row + [""] * (len(header) - len(row))
            row[header.index(OUTPUT_COLUMN)] = cell
        else:
            row = row + [""] * (len(header) - len(row)) + [cell]
        writer.writerow(row)
        count += 1
    return count


@app.command("classify")
def classify_command() -> None:
    """Read CSV (carrier,description[,status]) on stdin; write it with a pre_advice column.

    A source status (info_received, in_transit, ... or the feeds' own spellings) decides
    before the text; without one the text rules decide. Example:

        printf 'carrier,description\\nusps,Shipping Label Created\\n' | sellerstar tracking classify
    """
    classify_csv(sys.stdin, sys.stdout)
