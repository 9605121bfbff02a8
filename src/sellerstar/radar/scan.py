"""Lake mode: scan the listed products of a folder of contract files against its IP rights.

The folder holds ``products`` and ``ip_rights`` as ``<table>.parquet``, ``<table>.csv``,
``<table>.jsonl`` or a folder ``<table>/`` of Parquet parts, as for every lake-mode command.
Only the columns the radar reads are kept, and they are checked against the data contract
(required columns and values, code lists, id lengths, unique keys); a problem is an
:class:`~sellerstar.errors.InputError` naming the file, line and column. Image paths are
relative to the folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from sellerstar.contract import TABLES, Column, Kind
from sellerstar.errors import InputError
from sellerstar.radar.detector import Detector
from sellerstar.radar.model import Finding, IpRight, ProductText
from sellerstar.rules import load_rulebook
from sellerstar.rules.radar_detection import RadarDetection
from sellerstar.store.schema import ID_LENGTH

RADAR_COLUMNS: dict[str, tuple[str, ...]] = {
    "products": ("product_id", "title", "description", "brand", "image_path", "status"),
    "ip_rights": ("right_id", "holder", "kind", "mark", "aliases", "image_path", "goods"),
}
"""The tables and columns the radar reads."""

_FORMATS = ("parquet", "csv", "jsonl")


@dataclass(frozen=True)
class _Source:
    table: str
    format: str
    paths: tuple[Path, ...]

    @property
    def label(self) -> str:
        return str(self.paths[0]) if len(self.paths) == 1 else str(self.paths[0].parent)


def scan_folder(
    input_dir: Path,
    *,
    allow_compatibility_wording: bool | None = None,
    rules: RadarDetection | None = None,
) -> list[Finding]:
    """The findings of every listed product of ``input_dir`` (see the module docstring).

    ``rules`` defaults to the detection rules of the rule-set in force today;
    ``allow_compatibility_wording`` overrides that one switch when given.
    """
    if not input_dir.is_dir():
        raise InputError(f"{input_dir}: not a folder")
    detection = rules or detection_rules()
    if allow_compatibility_wording is not None:
        detection = detection.model_copy(
            update={"allow_compatibility_wording": allow_compatibility_wording}
        )
    rights = [
        IpRight(
            right_id=row["right_id"] or "",
            holder=row["holder"] or "",
            kind=row["kind"] or "",
            mark=row["mark"] or "",
            aliases=IpRight.split_aliases(row["aliases"]),
            image_path=row["image_path"],
            goods=IpRight.split_goods(row["goods"]),
        )
        for row in read_table(input_dir, "ip_rights")
    ]
    products = [
        ProductText(
            product_id=row["product_id"] or "",
            title=row["title"] or "",
            description=row["description"],
            brand=row["brand"],
            image_path=row["image_path"],
        )
        for row in read_table(input_dir, "products")
        if row["status"] == "listed"
    ]
    detector = Detector.build(rights, detection, input_dir)
    findings: list[Finding] = []
    for product in products:
        findings.extend(detector.scan(product, input_dir))
    return findings


def detection_rules(
    day: dt.date | None = None,
    rules_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> RadarDetection:
    """The detection rules of the rule-set in force on ``day``, or at ``now`` (default:
    the current instant, whose date is taken in the rule-set's time zone)."""
    book = load_rulebook(rules_dir)
    if day is not None:
        rule_set = book.in_force(day)
    else:
        rule_set = book.in_force_at(now or dt.datetime.now(dt.UTC))
    if rule_set.product_radar is None:
        when = day.isoformat() if day is not None else "today"
        raise InputError(f"rule-set {rule_set.id} (in force {when}) has no product radar")
    return rule_set.product_radar.detection


def read_table(folder: Path, table: str) -> list[dict[str, str | None]]:
    """The radar's columns of ``table`` in ``folder``, checked against the contract.

    Values are trimmed text; an empty one is None.
    """
    source = _find_source(folder, table)
    spec = TABLES[table]
    wanted = RADAR_COLUMNS[table]
    rows: list[dict[str, str | None]] = []
    seen: dict[tuple[str | None, ...], str] = {}
    for where, raw in _rows(source, wanted):
        row = {name: _text(raw.get(name)) for name in wanted}
        for name in wanted:
            problem = _problem(spec.column(name), row[name])
            if problem is not None:
                raise InputError(f"{source.label} {where}: {name}: {problem}")
        key = tuple(row[name] for name in spec.key)
        if key in seen:
            raise InputError(
                f"{source.label} {where}: {', '.join(spec.key)} {key[0]!r} is already "
                f"on {seen[key]}"
            )
        seen[key] = where
        rows.append(row)
    return rows


def _find_source(folder: Path, table: str) -> _Source:
    found = [
        _Source(table, suffix, (folder / f"{table}.{suffix}",))
        for suffix in _FORMATS
        if (folder / f"{table}.{suffix}").is_file()
    ]
    part_folder = folder / table
    if part_folder.is_dir():
        parts = tuple(sorted(part_folder.glob("*.parquet")))
        if not parts:
            raise InputError(f"{part_folder}: folder has no .parquet files")
        found.append(_Source(table, "parquet", parts))
    if not found:
        raise InputError(
            f"{folder}: table {table!r} is missing (expected {table}.parquet, {table}.csv, "
            f"{table}.jsonl or a folder {table}/ of Parquet parts)"
        )
    if len(found) > 1:
        names = ", ".join(source.label for source in found)
        raise InputError(f"{folder}: table {table!r} is given more than once ({names})")
    return found[0]


def _rows(source: _Source, wanted: tuple[str, ...]) -> Iterator[tuple[str, dict[str, object]]]:
    """Each row as read, with where it is (``line N`` or ``row N``)."""
    required = [c for c in wanted if TABLES[source.table].column(c).required]
    if source.format == "csv":
        yield from _csv_rows(source, required)
    elif source.format == "jsonl":
        yield from _jsonl_rows(source)
    else:
        yield from _parquet_rows(source, wanted, required)


def _check_header(source: _Source, present: list[str], required: list[str]) -> None:
    missing = [name for name in required if name not in present]
    if missing:
        raise InputError(f"{source.label}: missing required column(s) {', '.join(missing)}")


def _csv_rows(source: _Source, required: list[str]) -> Iterator[tuple[str, dict[str, object]]]:
    path = source.paths[0]
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            _check_header(source, list(reader.fieldnames or []), required)
            start = reader.line_num + 1
            for row in reader:
                if None in row:
                    raise InputError(f"{source.label} line {start}: more values than columns")
                yield f"line {start}", dict(row)
                start = reader.line_num + 1
    except UnicodeDecodeError as exc:
        raise InputError(f"{source.label}: not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise InputError(f"{source.label}: not a valid CSV file ({exc})") from None


def _jsonl_rows(source: _Source) -> Iterator[tuple[str, dict[str, object]]]:
    required = [c.name for c in TABLES[source.table].columns if c.required]
    wanted = RADAR_COLUMNS[source.table]
    try:
        with source.paths[0].open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{source.label} line {number}: not JSON: {exc.msg}") from None
                if not isinstance(row, dict):
                    raise InputError(f"{source.label} line {number}: expected a JSON object")
                missing = [c for c in required if c in wanted and c not in row]
                if missing:
                    raise InputError(
                        f"{source.label} line {number}: missing required field(s) "
                        f"{', '.join(missing)}"
                    )
                yield f"line {number}", row
    except UnicodeDecodeError as exc:
        raise InputError(f"{source.label}: not UTF-8 text ({exc.reason})") from None


def _parquet_rows(
    source: _Source, wanted: tuple[str, ...], required: list[str]
) -> Iterator[tuple[str, dict[str, object]]]:
    number = 0
    for path in source.paths:
        try:
            parquet = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises several types for a broken file
            raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
        present = list(parquet.schema_arrow.names)
        _check_header(source, present, required)
        columns = [c for c in wanted if c in present]
        for batch in parquet.iter_batches(columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield f"row {number}", row


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = ("true" if value else "false") if isinstance(value, bool) else str(value).strip()
    return text or None


def _problem(column: Column, value: str | None) -> str | None:
    """What is wrong with ``value`` for ``column``, or None."""
    if value is None:
        return "is required" if column.required else None
    if "\x00" in value:
        return "contains a NUL character"
    if column.codes is not None and value not in column.codes:
        return f"{value!r} is not one of {', '.join(sorted(column.codes))}"
    if column.kind is Kind.ID and len(value) > ID_LENGTH:
        return f"longer than {ID_LENGTH} characters"
    return None
