"""The contract tables the review rules read, as typed Arrow tables and as engine tables.

A data-lake folder and the store give the same Arrow shape (timestamps UTC, scores int64,
everything else text with empty as null), so the rules run on one input whatever its
origin. The four tables every marketplace with reviews has are required; the others may be
absent and then read as empty (no judgements, no direct reviews, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

import ibis.expr.types as ir
import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.errors import InputError
from sellerstar.metrics.sources import arrow_type, find_source, kind_of, read_arrow

REVIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "merchants": ("merchant_id", "main_industry"),
    "products": ("product_id", "merchant_id", "leaf_category", "status"),
    "orders": (
        "order_id",
        "merchant_id",
        "buyer_id",
        "status",
        "created_at",
        "paid_at",
        "received_at",
    ),
    "buyers": ("buyer_id", "tier", "badge"),
    "transaction_reviews": (
        "review_id",
        "order_id",
        "product_id",
        "merchant_id",
        "buyer_id",
        "received_at",
        "submitted_at",
        "product_quality",
        "supplier_service",
        "on_time_shipment",
        "text",
    ),
    "direct_reviews": (
        "review_id",
        "merchant_id",
        "product_id",
        "buyer_id",
        "submitted_at",
        "basis",
        "communication",
        "capability",
        "text",
    ),
    "business_actions": ("buyer_id", "merchant_id", "product_id", "kind", "at"),
    "order_judgements": ("order_id", "judgement", "judged_at"),
    "confirmed_brushing": ("review_id", "confirmed_at"),
}
"""The tables and columns the review rules read."""

REQUIRED_TABLES = frozenset({"merchants", "products", "buyers", "transaction_reviews"})


@dataclass(frozen=True)
class ReviewTables:
    """The review rules' input tables inside an engine."""

    merchants: ir.Table
    products: ir.Table
    orders: ir.Table
    buyers: ir.Table
    transaction_reviews: ir.Table
    direct_reviews: ir.Table
    business_actions: ir.Table
    order_judgements: ir.Table
    confirmed_brushing: ir.Table


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one input table."""
    return pa.schema([(c, arrow_type(kind_of(table, c))) for c in REVIEW_COLUMNS[table]])


def read_folder(folder: Path, timezone: str) -> dict[str, pa.Table]:
    """Every input table of a data-lake folder, typed; an optional table that is absent
    reads as empty. Raises :class:`InputError` naming the file, line and column of a bad
    value."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    data = {}
    for name in REVIEW_COLUMNS:
        try:
            source = find_source(folder, name)
        except InputError:
            if name in REQUIRED_TABLES or _given(folder, name):
                raise
            data[name] = arrow_schema(name).empty_table()
            continue
        data[name] = read_arrow(source, timezone, REVIEW_COLUMNS[name]).cast(arrow_schema(name))
    return data


def _given(folder: Path, name: str) -> bool:
    """Whether the folder holds the table at all (then an error about it is real)."""
    return any(folder.glob(f"{name}.*")) or (folder / name).exists()


ReviewInputs = Mapping[str, pa.Table | Path]
"""Each input table as a typed Arrow table (see :func:`arrow_schema`) or as a Parquet file
written in that schema (the store's tables spooled by the daily job)."""


def register(backend: BaseBackend, data: ReviewInputs) -> ReviewTables:
    """Make the input tables available to the engine: Arrow tables as they are, Parquet
    files as lazy views the engine scans (and spills beyond its memory limit)."""
    loaded = {}
    for name in (f.name for f in fields(ReviewTables)):
        value, label = data[name], f"sellerstar_reviews_{name}"
        if isinstance(value, Path):
            schema = arrow_schema(name)
            utc = [f.name for f in schema if pa.types.is_timestamp(f.type)]
            loaded[name] = engines.read_parquet(backend, label, [value], utc)
        else:
            loaded[name] = engines.register_arrow(backend, label, value.cast(arrow_schema(name)))
    return ReviewTables(**loaded)
