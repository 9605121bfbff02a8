"""Keys and references across rows: duplicate keys, dangling references, same-parent rules.

Memory stays bounded at millions of rows: a table's keys are kept as 64-bit hashes (plus
where each row came from and the hashes of the few columns other tables compare against),
never as strings. A reference is looked up in the keys of this import first and, failing
that, in the database. A hash collision between two different keys would be reported as
a duplicate; with 64-bit hashes that takes billions of keys to become likely.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from sellerstar.contract import TABLES, Table
from sellerstar.ingest.contract.kinds import show
from sellerstar.ingest.contract.problems import Anchor, Location, Problem, SourceFile
from sellerstar.ingest.contract.readers import Report
from sellerstar.ingest.contract.rowrules import KEEP_EARLIEST
from sellerstar.ingest.contract.validate import CheckedBatch

Hashes = npt.NDArray[np.int64]
_NULL = np.iinfo(np.int64).min  # hash of an empty value: never compared
_SHIFT = 40  # location = file index << 40 | position in the file


@dataclass(frozen=True)
class SameParent:
    """The row ``via`` points at has this row's ``column`` (the same order, merchant...)."""

    table: str
    via: str
    column: str


SAME_PARENT: tuple[SameParent, ...] = (
    SameParent("tracking_appeals", "shipment_id", "order_id"),
    SameParent("shipments", "replaced_by", "order_id"),
    SameParent("orders", "owner_account_id", "merchant_id"),
    SameParent("products", "owner_account_id", "merchant_id"),
)


class Lookup(Protocol):
    """Rows already in the database."""

    def find(
        self, table: str, keys: Sequence[str], columns: tuple[str, ...]
    ) -> dict[str, tuple[str | None, ...]]:
        """Of ``keys``, those ``table`` holds, with the values of ``columns``."""
        ...


def key_hashes(columns: Sequence[pa.Array]) -> Hashes:
    """One 64-bit hash per row of the given key columns; a null single value hashes to a
    sentinel. Hashed by DuckDB, vectorised (the same value hashes alike in every table)."""
    # Timestamps hash as their integer instant: fast and independent of the offset.
    parts = [c.cast(pa.int64()) if pa.types.is_timestamp(c.type) else c for c in columns]
    names = [f"c{i}" for i in range(len(parts))]
    hashed = f"hash({', '.join(names)})"
    if len(parts) == 1:
        hashed = f"CASE WHEN c0 IS NULL THEN NULL ELSE {hashed} END"
    connection = _duckdb()
    connection.register("_keys", pa.table(dict(zip(names, parts, strict=True))))
    try:
        result = connection.sql(f"SELECT {hashed} AS h FROM _keys").to_arrow_table()
    finally:
        connection.unregister("_keys")
    values = result.column("h").combine_chunks()
    hashes = np.asarray(values.fill_null(0).to_numpy(zero_copy_only=False)).view(np.int64)
    hashes = np.where(np.asarray(values.is_null()), _NULL, hashes)
    return np.asarray(hashes, dtype=np.int64)


_local = threading.local()


def _duckdb() -> Any:
    """This thread's DuckDB connection (opening one costs tens of milliseconds)."""
    connection = getattr(_local, "connection", None)
    if connection is None:
        import duckdb  # only an import needs it: keep it out of other commands' start-up

        connection = _local.connection = duckdb.connect()
    return connection


class KeyIndex:
    """The keys of one table in this import, filled batch by batch, then frozen (sorted)."""

    def __init__(self, attrs: tuple[str, ...]) -> None:
        self._chunks: list[tuple[Hashes, Hashes, dict[str, Hashes]]] = []
        self.attr_names = attrs
        self.hashes: Hashes = np.empty(0, dtype=np.int64)
        self.attrs: dict[str, Hashes] = {a: np.empty(0, dtype=np.int64) for a in attrs}

    def add(self, hashes: Hashes, locations: Hashes, attrs: dict[str, Hashes]) -> None:
        self._chunks.append((hashes, locations, attrs))

    def freeze(self) -> list[tuple[int, int]]:
        """Sort the keys; return (location, location of the first copy) of each duplicate."""
        if not self._chunks:
            return []
        hashes = np.concatenate([c[0] for c in self._chunks])
        order = np.argsort(hashes, kind="stable")  # stable: the first copy stays first
        hashes = hashes[order]
        locations = np.concatenate([c[1] for c in self._chunks])[order]
        attrs = {a: np.concatenate([c[2][a] for c in self._chunks])[order] for a in self.attrs}
        self._chunks = []
        starts = np.ones(len(hashes), dtype=bool)
        starts[1:] = hashes[1:] != hashes[:-1]
        first = np.maximum.accumulate(np.where(starts, np.arange(len(hashes)), 0))
        copies = np.flatnonzero(~starts)
        duplicates = [(int(locations[i]), int(locations[first[i]])) for i in copies]
        self.hashes = hashes[starts]
        self.attrs = {a: values[starts] for a, values in attrs.items()}
        return duplicates

    def find(self, hashes: Hashes) -> npt.NDArray[np.intp]:
        """Index of each hash in the frozen keys, -1 when absent."""
        if not len(self.hashes):
            return np.full(len(hashes), -1, dtype=np.intp)
        at = np.minimum(np.searchsorted(self.hashes, hashes), len(self.hashes) - 1)
        return np.where(self.hashes[at] == hashes, at, -1)


class ReferenceChecker:
    """Checks keys and references table by table, in the contract's dependency order."""

    def __init__(self, lookup: Lookup, report: Report) -> None:
        self._lookup = lookup
        self._report = report
        self._indexes: dict[str, KeyIndex] = {}
        self._sources: dict[int, tuple[SourceFile, Anchor]] = {}
        self._deferred: dict[str, list[CheckedBatch]] = {}

    def check(self, table: Table, batch: CheckedBatch) -> None:
        """Record the batch's keys and check its references to the tables before it."""
        self._sources[batch.source.index] = (batch.source, batch.anchor)
        if table.name not in KEEP_EARLIEST:
            self._add_keys(table, batch)
        for column in table.columns:
            if column.references is None:
                continue
            if column.references.split(".")[0] == table.name:
                rows = np.flatnonzero(~np.asarray(batch.columns[column.name].is_null()))
                if len(rows):
                    self._deferred.setdefault(table.name, []).append(_take(batch, rows))
                continue
            self._check_reference(table, column.name, batch)

    def finish(self, table: Table) -> None:
        """Report duplicate keys of ``table`` and check its references to itself."""
        index = self._indexes.get(table.name)
        if index is not None:
            label = ", ".join(table.key)
            for later, first in index.freeze():
                self._report(
                    Problem(self._where(later), label, "duplicate key", self._where(first))
                )
                self._report(
                    Problem(self._where(first), label, "duplicate key", self._where(later))
                )
        for batch in self._deferred.pop(table.name, []):
            for column in table.columns:
                if column.references and column.references.split(".")[0] == table.name:
                    self._check_reference(table, column.name, batch)

    def _add_keys(self, table: Table, batch: CheckedBatch) -> None:
        index = self._indexes.get(table.name)
        if index is None:
            attrs = tuple(sorted({r.column for r in SAME_PARENT if _target(r) == table.name}))
            index = self._indexes[table.name] = KeyIndex(attrs)
        valid = np.ones(batch.num_rows, dtype=bool)
        for name in table.key:
            valid &= ~np.asarray(batch.columns[name].is_null())
        rows = pa.array(np.flatnonzero(valid))
        hashes = key_hashes([batch.columns[name].take(rows) for name in table.key])
        locations = (batch.source.index << _SHIFT) | batch.positions[valid]
        compared = {a: key_hashes([batch.columns[a].take(rows)]) for a in index.attr_names}
        index.add(hashes, locations, compared)

    def _check_reference(self, table: Table, column: str, batch: CheckedBatch) -> None:
        target, key = table.column(column).references.split(".")  # type: ignore[union-attr]
        values = batch.columns[column]
        rows = np.flatnonzero(~np.asarray(values.is_null()))
        if not len(rows):
            return
        taken = pa.array(rows)
        hashes = key_hashes([values.take(taken)])
        index = self._indexes.get(target)
        found = index.find(hashes) if index is not None else np.full(len(rows), -1)
        rules = [r for r in SAME_PARENT if r.table == table.name and r.via == column]
        in_import = found >= 0
        for rule in rules:
            if index is None or not in_import.any():
                break
            own = key_hashes([batch.columns[rule.column].take(taken)])
            theirs = np.where(in_import, index.attrs[rule.column][np.maximum(found, 0)], _NULL)
            wrong = in_import & (own != _NULL) & (theirs != _NULL) & (own != theirs)
            for i in np.flatnonzero(wrong):
                self._not_same_parent(batch, int(rows[i]), rule)
        absent = rows[~in_import]
        if not len(absent):
            return
        wanted = values.take(pa.array(absent)).to_pylist()
        stored = self._lookup.find(target, sorted(set(wanted)), tuple(r.column for r in rules))
        for row, value in zip(absent, wanted, strict=True):
            if value not in stored:
                reason = f"no {target} row with {key} {show(value)} in this import or the database"
                self._flag(batch, int(row), column, reason)
                continue
            for rule, parent in zip(rules, stored[value], strict=True):
                own_value = batch.columns[rule.column][int(row)].as_py()
                if own_value is not None and parent is not None and own_value != parent:
                    self._not_same_parent(batch, int(row), rule)

    def _not_same_parent(self, batch: CheckedBatch, row: int, rule: SameParent) -> None:
        value = batch.columns[rule.via][row].as_py()
        own = batch.columns[rule.column][row].as_py()
        reason = f"{show(value)} belongs to another {rule.column} than this row's {show(own)}"
        self._flag(batch, row, rule.via, reason)

    def _flag(self, batch: CheckedBatch, row: int, column: str, reason: str) -> None:
        location = Location(batch.source, batch.anchor, int(batch.positions[row]))
        self._report(Problem(location, column, reason))

    def _where(self, encoded: int) -> Location:
        source, anchor = self._sources[encoded >> _SHIFT]
        return Location(source, anchor, encoded & ((1 << _SHIFT) - 1))


def _target(rule: SameParent) -> str:
    references = TABLES[rule.table].column(rule.via).references
    if references is None:
        raise RuntimeError(f"{rule}: {rule.table}.{rule.via} references nothing")
    return references.split(".")[0]


def _take(batch: CheckedBatch, rows: npt.NDArray[np.intp]) -> CheckedBatch:
    taken = pa.array(rows)
    columns = {name: values.take(taken) for name, values in batch.columns.items()}
    return CheckedBatch(
        batch.source, batch.anchor, batch.positions[rows], columns, batch.rejected[rows]
    )
