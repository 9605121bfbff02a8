"""What the demo's brushing-ring tests read back from a generated marketplace: its tables,
its ring labels, and the ids the generator gives to numbered buyers, merchants and
products."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from sellerstar.demo.generator import LABELS

Rows = list[dict[str, Any]]


def read_rows(out: Path, name: str) -> Rows:
    """A table the generator wrote, as one file or as a folder of chunks."""
    single = out / f"{name}.parquet"
    return pq.read_table(single if single.exists() else out / name).to_pylist()


def ring_labels(out: Path) -> Rows:
    with (out / LABELS).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def buyer_id(number: int) -> str:
    return f"B{number + 1:09d}"


def merchant_id(number: int) -> str:
    return f"M{number + 1:07d}"


def buyer_number(buyer: str) -> int:
    return int(buyer[1:]) - 1


def product_id(number: int) -> str:
    return f"P{number + 1:010d}"
