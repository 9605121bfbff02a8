"""`sellerstar import DIR`: load the data-contract tables of a folder into the store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from sellerstar import clock
from sellerstar.cli.progress import Quiet
from sellerstar.config import get_settings
from sellerstar.ingest.contract import ImportResult, import_directory
from sellerstar.rules import load_rulebook
from sellerstar.store.db import create_engine


def import_command(
    directory: Path = typer.Argument(
        ..., metavar="DIR", help="Folder with the contract tables (CSV, JSONL or Parquet)."
    ),
    quiet: Quiet = False,
) -> None:
    """Load every contract table found in DIR into the store (SELLERSTAR_DATABASE_URL).

    Every row is checked first. If any breaks the data contract, nothing is written.

    Problems are listed as file:line: column: reason (the first 100, then a count).

    Re-importing the same files changes nothing; changed rows are updated.
    """
    settings = get_settings()
    now = clock.now()
    zone = ZoneInfo(load_rulebook(settings.rules_dir).in_force_at(now).calendar.timezone)
    engine = create_engine(settings.database_url)
    try:
        with _progress_bar(quiet) as progress:
            result = import_directory(engine, directory, zone=zone, progress=progress, now=now)
    finally:
        engine.dispose()
    typer.echo(_summary(result))


def _summary(result: ImportResult) -> str:
    lines = [f"imported {result.directory}:"]
    width = max((len(name) for name in result.counts), default=0)
    for name, counts in result.counts.items():
        lines.append(
            f"  {name:<{width}}  {counts.read} read, {counts.inserted} inserted, "
            f"{counts.updated} updated, {counts.unchanged} unchanged"
        )
    return "\n".join(lines)


class _RichProgress:
    """Rows checked, then written, per table, on stderr."""

    _VERBS: ClassVar[dict[str, str]] = {"check": "checking", "write": "writing"}

    def __init__(self, bar: Progress) -> None:
        self._bar = bar
        self._tasks: dict[tuple[str, str], TaskID] = {}

    def advance(self, phase: str, table: str, rows: int, total: int | None) -> None:
        key = (phase, table)
        if key not in self._tasks:
            label = f"{self._VERBS.get(phase, phase)} {table}"
            self._tasks[key] = self._bar.add_task(label, total=total)
        self._bar.advance(self._tasks[key], rows)


@contextmanager
def _progress_bar(quiet: bool) -> Iterator[_RichProgress | None]:
    if quiet or not sys.stderr.isatty():
        yield None
        return
    bar = Progress(
        TextColumn("{task.description:<28}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("rows"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    with bar:
        yield _RichProgress(bar)
