"""``import_directory``: check every contract table of a folder, then write all or nothing.

Two passes keep memory bounded whatever the size of the files. Pass 1 streams every file,
checks each row and keeps only key hashes for the references; if anything is wrong the
import is rejected with every problem's file and line, and the store is not touched.
Pass 2 streams the files again and upserts them, in dependency order, in one transaction,
and records the import in the audit log. On PostgreSQL it first locks every table it
writes and strips the empty ones it fills of their indexes and keys (``bulkload``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.errors import ConfigurationError, InputError
from sellerstar.ingest.contract.bulkload import prepare_write
from sellerstar.ingest.contract.csvlines import resolve_lines
from sellerstar.ingest.contract.lookup import StoreLookup
from sellerstar.ingest.contract.problems import ImportRejected, Problem, ProblemLog
from sellerstar.ingest.contract.readers import Report, read_batches
from sellerstar.ingest.contract.references import ReferenceChecker
from sellerstar.ingest.contract.sources import TableSource, discover
from sellerstar.ingest.contract.validate import CheckedBatch, check_batch
from sellerstar.ingest.contract.writer import TableCounts, TableWriter, write_transaction
from sellerstar.store.metric_marks import ImportReach
from sellerstar.store.schema import audit_log, contract_tables


class Progress(Protocol):
    """Told how far an import got: ``phase`` is ``check`` or ``write``."""

    def advance(self, phase: str, table: str, rows: int, total: int | None) -> None: ...


class _Silent:
    def advance(self, phase: str, table: str, rows: int, total: int | None) -> None:
        return None


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, table by table, in dependency order."""

    directory: Path
    counts: dict[str, TableCounts]


def import_directory(
    engine: sa.Engine,
    directory: Path,
    *,
    zone: ZoneInfo,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> ImportResult:
    """Import every contract table found in ``directory`` into the store behind ``engine``.

    ``zone`` is the platform time zone, for timestamps written without an offset. Raises
    :class:`ImportRejected` (nothing written) when any row breaks the contract.
    """
    tell = progress or _Silent()
    sources, layout_problems = discover(directory)
    _require_schema(engine)
    totals = _check(engine, directory, sources, layout_problems, zone, tell)
    try:
        counts = _write(engine, directory, sources, totals, zone, tell, now)
    except sa.exc.DBAPIError as exc:
        # E.g. a referenced row deleted by someone else since the check: roll back, say why.
        message = f"import of {directory} rolled back, nothing was written: {exc.orig}"
        raise InputError(message) from exc
    return ImportResult(directory, counts)


def _write(
    engine: sa.Engine,
    directory: Path,
    sources: list[TableSource],
    totals: dict[str, int],
    zone: ZoneInfo,
    tell: Progress,
    now: dt.datetime | None,
) -> dict[str, TableCounts]:
    """Pass 2: upsert every table in one transaction, and record the import."""
    counts: dict[str, TableCounts] = {}
    reach = ImportReach()  # the metric job recomputes what the import touched
    names = [s.table.name for s in sources]
    with write_transaction(engine, names) as connection:
        plan = prepare_write(connection, names, totals)
        for source in sources:
            name = source.table.name
            fill_empty = plan.fills_empty(name)
            with TableWriter(connection, source.table, fill_empty=fill_empty) as writer:
                for batch in _checked_batches(source, zone, _refuse_changed_files(directory)):
                    writer.write(batch)
                    reach.see(name, batch.columns)
                    tell.advance("write", name, batch.num_rows, totals[name])
                counts[name] = writer.finish()
            plan.restore(connection, name)
        changed = [name for name, c in counts.items() if c.inserted or c.updated]
        reach.mark(connection, changed, now or dt.datetime.now(dt.UTC))
        connection.execute(
            audit_log.insert(),
            {
                "at": now or dt.datetime.now(dt.UTC),
                "actor": "import",
                "action": "import",
                "entity_type": "import",
                "entity_id": directory.name[:128] or None,
                "detail": {
                    "directory": str(directory.resolve()),
                    "tables": {name: c.as_dict() for name, c in counts.items()},
                },
            },
        )
    return counts


def _check(
    engine: sa.Engine,
    directory: Path,
    sources: list[TableSource],
    layout_problems: list[Problem],
    zone: ZoneInfo,
    tell: Progress,
) -> dict[str, int]:
    """Pass 1: the row count of each table, or :class:`ImportRejected`."""
    log = ProblemLog()
    log.extend(layout_problems)
    totals: dict[str, int] = {}
    with engine.connect() as connection:
        checker = ReferenceChecker(StoreLookup(connection), log.add)
        for source in sources:
            name = source.table.name
            totals[name] = 0
            for batch in _checked_batches(source, zone, log.add):
                checker.check(source.table, batch)
                totals[name] += batch.num_rows
                tell.advance("check", name, batch.num_rows, None)
            checker.finish(source.table)
    if log:
        problems = sorted(resolve_lines(log.kept), key=Problem.sort_key)
        raise ImportRejected(directory, problems, log.total)
    return totals


def _checked_batches(source: TableSource, zone: ZoneInfo, report: Report) -> Iterator[CheckedBatch]:
    for file in source.files:
        for raw in read_batches(source.table, file, report):
            yield check_batch(source.table, raw, zone, report)


def _refuse_changed_files(directory: Path) -> Report:
    def report(problem: Problem) -> None:
        # Pass 1 found nothing wrong, so the files changed in between: write nothing.
        raise ImportRejected(directory, resolve_lines([problem]), 1)

    return report


def _require_schema(engine: sa.Engine) -> None:
    try:
        with engine.connect() as connection:
            inspector = sa.inspect(connection)
            missing = [
                t.name
                for t in (*contract_tables.values(), audit_log)
                if not inspector.has_table(t.name)
            ]
    except sa.exc.OperationalError as exc:
        raise ConfigurationError(f"cannot open the database: {exc.orig}") from exc
    if missing:
        raise ConfigurationError(
            f"the database has no table {', '.join(missing)}: "
            "create the schema first (sellerstar db upgrade)"
        )
