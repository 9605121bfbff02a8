"""Which contract tables an import directory holds, and in which files.

A table is one file named after it (``orders.csv``, ``orders.jsonl``, ``orders.parquet``)
or a folder of Parquet parts (``orders/part-*.parquet``, read in name order; files whose
name starts with ``.`` or ``_``, such as Spark's ``_SUCCESS``, are skipped). Other files
are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sellerstar.contract import TABLES, Table
from sellerstar.errors import InputError
from sellerstar.ingest.contract.problems import Anchor, Problem, SourceFile

FORMATS: dict[str, str] = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet"}


@dataclass(frozen=True)
class TableSource:
    """One contract table of the import and the files it is read from, in order."""

    table: Table
    files: tuple[SourceFile, ...]


def discover(directory: Path) -> tuple[list[TableSource], list[Problem]]:
    """The contract tables found in ``directory``, in dependency order, and layout problems.

    Raises :class:`InputError` when the directory does not exist or holds no table.
    """
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    sources: list[TableSource] = []
    problems: list[Problem] = []
    index = 0
    for name, table in TABLES.items():
        candidates = [directory / f"{name}{suffix}" for suffix in FORMATS]
        found = [p for p in candidates if p.is_file()]
        folder = directory / name
        if folder.is_dir():
            found.append(folder)
        if not found:
            continue
        if len(found) > 1:
            names = ", ".join(_label(directory, p) + ("/" if p.is_dir() else "") for p in found)
            problems.append(
                Problem.at(None, Anchor.FILE, 0, None, f"{name}: found as {names}; keep only one")
            )
            continue
        paths = _parts(found[0]) if found[0].is_dir() else [found[0]]
        if not paths:
            problems.append(
                Problem.at(None, Anchor.FILE, 0, None, f"{name}/: folder holds no .parquet file")
            )
            continue
        files = []
        for path in paths:
            fmt = FORMATS[path.suffix]
            files.append(SourceFile(path, _label(directory, path), name, fmt, index))
            index += 1
        sources.append(TableSource(table, tuple(files)))
    if not sources and not problems:
        expected = ", ".join(f"{n}.csv" for n in TABLES)
        raise InputError(
            f"{directory}: no contract table found (expected files such as {expected}; "
            "or .jsonl, .parquet, or a folder of .parquet parts)"
        )
    return sources, problems


def _parts(folder: Path) -> list[Path]:
    parts = [
        p
        for p in folder.rglob("*.parquet")
        if p.is_file() and not any(part[:1] in {".", "_"} for part in p.relative_to(folder).parts)
    ]
    return sorted(parts, key=lambda p: p.relative_to(folder).as_posix())


def _label(directory: Path, path: Path) -> str:
    return path.relative_to(directory).as_posix()
