"""The tables the sample-venue rules read, as typed Arrow tables and as engine tables.

A data-lake folder and the store give the same shape (timestamps UTC, whole numbers int64,
amounts ``decimal128(14, 2)``, the rest text with empty as null), so the rules run on one
input whatever its origin. ``merchants``, ``products`` and ``sample_offers`` are required;
without ``orders`` no sample order failed, without ``sample_right_restorations`` no
operator gave a right back.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import ibis.expr.types as ir
import pyarrow as pa
import pyarrow.compute as pc
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.contract import Kind
from sellerstar.errors import InputError
from sellerstar.ingest.contract.kinds import MONEY, parse_money
from sellerstar.metrics.sources import Source, arrow_type, find_source, kind_of, read_arrow

SAMPLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "merchants": ("merchant_id", "main_industry"),
    "products": (
        "product_id",
        "merchant_id",
        "industry",
        "leaf_category",
        "status",
        "stock",
        "growth_score",
        "samples_supported",
        "sample_price_usd",
    ),
    "orders": (
        "order_id",
        "merchant_id",
        "status",
        "paid_at",
        "ship_by",
        "shipped_at",
        "sample_product_id",
        "cancelled_at",
        "cancelled_by",
    ),
    "sample_offers": ("product_id", "discount_price_usd", "offered_at"),
    "sample_right_restorations": ("merchant_id", "restored_at"),
}
"""The tables and columns the sample-venue rules read."""

REQUIRED_TABLES = frozenset({"merchants", "products", "sample_offers"})


@dataclass(frozen=True)
class SampleTables:
    """The sample-venue rules' input tables inside an engine."""

    merchants: ir.Table
    products: ir.Table
    orders: ir.Table
    sample_offers: ir.Table
    sample_right_restorations: ir.Table


def _type(table: str, column: str) -> pa.DataType:
    kind = kind_of(table, column)
    return MONEY if kind is Kind.MONEY else arrow_type(kind)


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one input table."""
    return pa.schema([(c, _type(table, c)) for c in SAMPLE_COLUMNS[table]])


def read_folder(folder: Path, timezone: str) -> dict[str, pa.Table]:
    """Every input table of a data-lake folder, typed; an optional table that is absent
    reads as empty. Raises :class:`InputError` naming the file, row and column of a bad
    value, and an offer whose product is not in ``products``."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    data = {}
    for name, columns in SAMPLE_COLUMNS.items():
        try:
            source = find_source(folder, name)
        except InputError:
            if name in REQUIRED_TABLES or any(folder.glob(f"{name}.*")) or (folder / name).exists():
                raise
            data[name] = arrow_schema(name).empty_table()
            continue
        table = read_arrow(source, timezone, columns)
        data[name] = _with_amounts(table, source).cast(arrow_schema(name))
    _check_offers(data, folder)
    return data


def _with_amounts(table: pa.Table, source: Source) -> pa.Table:
    """Amount columns parsed from text into exact decimals."""
    for index, name in enumerate(table.column_names):
        if kind_of(source.table, name) is not Kind.MONEY:
            continue
        amounts, invalid = parse_money(table[name].combine_chunks())
        if invalid:
            row, reason = invalid[0]
            where = f"line {row + 2}" if source.format == "csv" else f"row {row + 1}"
            raise InputError(f"{source.label} {where}: {name}: {reason}")
        negative = pc.less(amounts, pa.scalar(0, MONEY)).to_pylist()
        if any(negative):
            row = negative.index(True)
            where = f"line {row + 2}" if source.format == "csv" else f"row {row + 1}"
            raise InputError(f"{source.label} {where}: {name}: must not be negative")
        table = table.set_column(index, name, amounts)
    return table


def _check_offers(data: dict[str, pa.Table], folder: Path) -> None:
    offers = data["sample_offers"]
    missing_price = pc.is_null(offers["discount_price_usd"]).to_pylist()
    if any(missing_price):
        row = missing_price.index(True)
        raise InputError(f"{folder}/sample_offers row {row + 1}: discount_price_usd is empty")
    known = data["products"]["product_id"]
    unknown = pc.invert(pc.is_in(offers["product_id"], value_set=known)).to_pylist()
    if any(unknown):
        row = unknown.index(True)
        product = offers["product_id"][row].as_py()
        raise InputError(
            f"{folder}/sample_offers row {row + 1}: product_id {product!r} is not in products"
        )
    ids = offers["product_id"]
    if len(pc.unique(ids)) != len(ids):
        counts = pc.value_counts(ids).to_pylist()
        twice = next(c["values"] for c in counts if c["counts"] > 1)
        raise InputError(f"{folder}/sample_offers: product_id {twice!r} is offered twice")


def register(backend: BaseBackend, data: dict[str, pa.Table]) -> SampleTables:
    """Register typed Arrow tables (see :func:`arrow_schema`) in the engine."""
    loaded = {
        name: engines.register_arrow(
            backend, f"sellerstar_samples_{name}", data[name].cast(arrow_schema(name))
        )
        for name in (f.name for f in fields(SampleTables))
    }
    return SampleTables(**loaded)
