"""`sellerstar tracking`: tracking events from the command line.

``sellerstar tracking classify [FILE]`` reads CSV (a file, or standard input when FILE is
missing or ``-``) with the columns ``carrier,description[,status]`` (any others are
passed through) and writes the same rows to stdout with a ``pre_advice`` column
(``true``/``false``), decided by :func:`sellerstar.domain.pre_advice.classify_many`;
``--explain`` adds a ``reason`` column naming the rule that decided, or the model's
strongest n-grams, and an ``uncertain`` column: ``true`` for a real-scan verdict inside the
model's review band (an appeal resting on it goes to an operator).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Annotated, TextIO

import typer

from sellerstar.domain.pre_advice import classify_many
from sellerstar.errors import InputError

REQUIRED = ("carrier", "description")
OUTPUT_COLUMN = "pre_advice"
REASON_COLUMN = "reason"
UNCERTAIN_COLUMN = "uncertain"
BATCH = 10_000  # rows decided together (distinct events once per batch)

app = typer.Typer(
    help="Tracking events: is an event pre-advice or a real scan?", no_args_is_help=True
)


def _header(reader: Iterator[list[str]]) -> list[str]:
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(
            "the input is empty: expected a header line carrier,description[,status]"
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


def _events(reader: Iterator[list[str]], index: dict[str, int], width: int) -> Iterator[list[str]]:
    """The non-blank rows, each checked to have its carrier and description and no more
    cells than the header (a cell without a column would be lost or shifted)."""
    line = getattr(reader, "line_num", 0)
    for row in reader:
        line = getattr(reader, "line_num", line + 1)
        if not any(cell.strip() for cell in row):
            continue  # blank lines carry no event
        for name in REQUIRED:
            if index[name] >= len(row):
                raise InputError(f"line {line}: missing value for column {name!r}")
        if len(row) > width:
            raise InputError(f"line {line}: {len(row)} cells for {width} columns")
        yield row


def classify_csv(source: TextIO, target: TextIO, *, explain: bool = False) -> int:
    """Copy CSV rows from ``source`` to ``target`` with a ``pre_advice`` column (and
    ``reason`` and ``uncertain`` columns when ``explain``); the number of rows.

    >>> import io
    >>> out = io.StringIO()
    >>> classify_csv(io.StringIO("carrier,description\\nups,Origin Scan\\n"), out)
    1
    >>> out.getvalue()
    'carrier,description,pre_advice\\nups,Origin Scan,false\\n'
    >>> out = io.StringIO()
    >>> events = io.StringIO("carrier,description\\nups,Record created\\n")
    >>> _ = classify_csv(events, out, explain=True)
    >>> out.getvalue().splitlines()[1]
    'ups,Record created,true,known_text,false'
    """
    reader = csv.reader(source)
    header = _header(reader)
    index = {name: header.index(name) for name in (*REQUIRED, "status") if name in header}
    added = [OUTPUT_COLUMN, *((REASON_COLUMN, UNCERTAIN_COLUMN) if explain else ())]
    out_header = header + [name for name in added if name not in header]
    places = {name: out_header.index(name) for name in added}
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(out_header)
    status_at = index.get("status")
    rows = _events(reader, index, len(header))
    count = 0
    while batch := list(islice(rows, BATCH)):
        events = [
            (
                row[index["carrier"]],
                row[index["description"]],
                (row[status_at] if status_at is not None and status_at < len(row) else "") or None,
            )
            for row in batch
        ]
        for row, verdict in zip(batch, classify_many(events), strict=True):
            row = row + [""] * (len(out_header) - len(row))
            row[places[OUTPUT_COLUMN]] = "true" if verdict.pre_advice else "false"
            if explain:
                row[places[REASON_COLUMN]] = verdict.rule
                row[places[UNCERTAIN_COLUMN]] = "true" if verdict.uncertain else "false"
            writer.writerow(row)
        count += len(batch)
    return count


@app.command("classify")
def classify_command(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="CSV file to read (carrier,description[,status]); standard input if missing or -.",
            dir_okay=False,
            allow_dash=True,
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Add a reason column (the rule that decided, or the model's strongest "
            "n-grams) and an uncertain column (a real-scan verdict in the model's review band).",
        ),
    ] = False,
) -> None:
    """Read CSV (carrier,description[,status]); write it with a pre_advice column.

    A known pre-advice text decides first, then a source status (info_received,
    in_transit, ... or the feeds' own spellings), then the text rules, then the learned
    model. Examples:

        printf 'carrier,description\\nusps,Shipping Label Created\\n' | sellerstar tracking classify

        sellerstar tracking classify events.csv --explain
    """
    if file is None or str(file) == "-":
        classify_csv(sys.stdin, sys.stdout, explain=explain)
        return
    try:
        handle = file.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read {file}: {exc.strerror or exc}") from None
    with handle:
        try:
            classify_csv(handle, sys.stdout, explain=explain)
        except UnicodeDecodeError:
            raise InputError(f"{file} is not UTF-8 text") from None
