"""What is wrong with an import, and where: one :class:`Problem` per rejected value or file.

A problem prints as ``file:line: column: reason``. The line is the physical line of a CSV
or JSONL file (the CSV header is line 1); a Parquet file has no lines, so its problems name
the 1-based row of that part file (``orders/part-00001.parquet:row 17``) or its ``schema``.

>>> src = SourceFile(Path("/d/orders.csv"), "orders.csv", "orders", "csv", 0)
>>> Problem.at(src, Anchor.LINE, 3, "status", "unknown code 'x'").render()
"orders.csv:3: status: unknown code 'x'"
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from sellerstar.errors import InputError

SHOWN_PROBLEMS = 100
"""How many problems an import rejection prints; the rest are counted."""

_KEPT_PROBLEMS = 10_000  # beyond this only the count grows, so a hopeless file cannot eat memory


@dataclass(frozen=True)
class SourceFile:
    """One file of the import: a whole table, or one Parquet part of a table's folder."""

    path: Path
    label: str  # as printed: relative to the import directory
    table: str
    format: str  # csv | jsonl | parquet
    index: int  # position of the file in the import, for ordering problems


class Anchor(Enum):
    """What a problem's position counts."""

    LINE = "line"  # physical line of a CSV or JSONL file
    ROW = "row"  # 1-based row of a Parquet file
    RECORD = "record"  # n-th well-formed CSV record; turned into a LINE before printing
    BAD_RECORD = "bad record"  # n-th CSV record with a wrong field count; idem
    SCHEMA = "schema"  # the column list of a Parquet file
    FILE = "file"  # the file (or, without a file, the directory) as a whole


@dataclass(frozen=True)
class Location:
    """Where in the import: a line, a Parquet row, a schema or a whole file."""

    source: SourceFile | None
    anchor: Anchor
    position: int

    def render(self) -> str:
        label = self.source.label if self.source is not None else ""
        if self.anchor is Anchor.LINE:
            return f"{label}:{self.position}"
        if self.anchor is Anchor.ROW:
            return f"{label}:row {self.position}"
        if self.anchor is Anchor.SCHEMA:
            return f"{label}:schema"
        if self.anchor is Anchor.FILE:
            return label
        return f"{label}:{self.anchor.value} {self.position}"  # CSV record not yet a line

    def at_line(self, line: int) -> Location:
        return replace(self, anchor=Anchor.LINE, position=line)


@dataclass(frozen=True)
class Problem:
    """One rejected value, row or file; ``related`` is the other row of a duplicate key."""

    location: Location
    column: str | None
    reason: str
    related: Location | None = None

    @classmethod
    def at(
        cls,
        source: SourceFile | None,
        anchor: Anchor,
        position: int,
        column: str | None,
        reason: str,
    ) -> Problem:
        return cls(Location(source, anchor, position), column, reason)

    def render(self) -> str:
        """The problem as ``file:line: column: reason``."""
        where = self.location.render()
        text = f"{self.column}: {self.reason}" if self.column else self.reason
        if self.related is not None:
            text += f" (also at {self.related.render()})"
        return f"{where}: {text}" if where else text

    def sort_key(self) -> tuple[int, int]:
        """File order, then position; a stable sort keeps one row's columns in order."""
        source = self.location.source
        return (source.index if source is not None else -1, self.location.position)


class ProblemLog:
    """Collects problems; keeps the first ones and counts all of them."""

    def __init__(self) -> None:
        self._kept: list[Problem] = []
        self.total = 0

    def add(self, problem: Problem) -> None:
        self.total += 1
        if len(self._kept) < _KEPT_PROBLEMS:
            self._kept.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    @property
    def kept(self) -> list[Problem]:
        return list(self._kept)

    def replace_kept(self, problems: list[Problem]) -> None:
        """Swap in the kept problems after their CSV record numbers became lines."""
        self._kept = problems

    def __bool__(self) -> bool:
        return self.total > 0


class ImportRejected(InputError):
    """The import broke the data contract; nothing was written.

    ``problems`` holds the first problems in file and line order (up to 10,000) and
    ``total`` counts all of them; the message shows the first 100 and the count.
    """

    def __init__(self, directory: Path, problems: list[Problem], total: int) -> None:
        self.directory = directory
        self.problems = problems
        self.total = total
        super().__init__(self._message())

    def _message(self) -> str:
        noun = "error" if self.total == 1 else "errors"
        lines = [f"import of {self.directory} rejected ({self.total} {noun}); nothing was written"]
        lines += [p.render() for p in self.problems[:SHOWN_PROBLEMS]]
        hidden = self.total - min(len(self.problems), SHOWN_PROBLEMS)
        if hidden > 0:
            lines.append(f"... and {hidden} more {'error' if hidden == 1 else 'errors'}")
        return "\n".join(lines)
