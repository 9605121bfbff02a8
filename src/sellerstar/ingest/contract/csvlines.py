"""Physical line numbers of CSV records, worked out only when a problem needs one.

pyarrow's streaming reader counts records, not lines: a quoted value may span lines and
blank lines are skipped, and it does not say where a malformed record sits. So problems
first carry record numbers; when an import is rejected, each CSV file with problems is
scanned once with the standard library's reader to turn them into lines.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from sellerstar.ingest.contract.problems import Anchor, Location, Problem, SourceFile


def resolve_lines(problems: list[Problem]) -> list[Problem]:
    """``problems`` with every CSV record number replaced by the record's first line."""
    wanted: dict[SourceFile, set[tuple[Anchor, int]]] = defaultdict(set)
    for problem in problems:
        for location in (problem.location, problem.related):
            if location is not None and location.source is not None and _is_record(location):
                wanted[location.source].add((location.anchor, location.position))
    lines = {source: _record_lines(source.path, needed) for source, needed in wanted.items()}

    def resolved(location: Location) -> Location:
        if location.source is None or not _is_record(location):
            return location
        line = lines[location.source].get((location.anchor, location.position))
        return location if line is None else location.at_line(line)

    return [
        replace(
            p,
            location=resolved(p.location),
            related=None if p.related is None else resolved(p.related),
        )
        for p in problems
    ]


def _is_record(location: Location) -> bool:
    return location.anchor in {Anchor.RECORD, Anchor.BAD_RECORD}


def _record_lines(path: Path, needed: set[tuple[Anchor, int]]) -> dict[tuple[Anchor, int], int]:
    found: dict[tuple[Anchor, int], int] = {}
    counts = {Anchor.RECORD: 0, Anchor.BAD_RECORD: 0}
    with path.open(newline="", encoding="utf-8-sig", errors="replace") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        width = len(header or ())
        last_line = reader.line_num
        for row in reader:
            start, last_line = last_line + 1, reader.line_num
            if not row:
                continue  # blank line: pyarrow skips it too
            anchor = Anchor.RECORD if len(row) == width else Anchor.BAD_RECORD
            counts[anchor] += 1
            key = (anchor, counts[anchor])
            if key in needed:
                found[key] = start
                if len(found) == len(needed):
                    break
    return found


def locate_unreadable_line(path: Path, detail: str) -> tuple[int, str]:
    """The line and reason pyarrow gave up on a CSV file; line 0 when it cannot tell."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return number, "not valid UTF-8"
    return 0, f"unreadable CSV: {detail}"
