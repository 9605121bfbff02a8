"""What to generate: size, seed, span, output folder and format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sellerstar.demo.brushing_rings import ALL_SHAPES, SHAPES
from sellerstar.demo.tracking_numbers import MAX_SERIAL
from sellerstar.errors import InputError

Format = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("parquet", "csv", "jsonl")
SHIPMENT_SLOTS = 6  # per order: up to 3 batches and a re-uploaded proof for each
MAX_ORDERS = MAX_SERIAL // SHIPMENT_SLOTS
DEFAULT_START = dt.date(2022, 6, 1)
DEFAULT_AS_OF = dt.date(2022, 12, 6)
DEFAULT_CHUNK = 500_000


@dataclass(frozen=True)
class GenerateOptions:
    """Options of ``sellerstar demo generate``; :meth:`validated` checks them.

    The output depends on (seed, orders, start, as_of, chunk_size, ring_shapes) and the
    format: the same values give byte-identical files, whatever the number of workers.
    ``ring_shapes`` are the brushing ring shapes planted (``sellerstar.demo.brushing_rings``);
    the blind shapes (all four rounds) are only planted when asked for
    (benchmarks/brushing_accuracy.py).
    """

    out: Path
    orders: int
    seed: int = 0
    format: Format = "parquet"
    start: dt.date = DEFAULT_START
    as_of: dt.date = DEFAULT_AS_OF
    chunk_size: int = DEFAULT_CHUNK
    overwrite: bool = False
    workers: int = 1  # processes writing Parquet parts in parallel; output is the same
    ring_shapes: tuple[str, ...] = SHAPES

    def validated(self) -> GenerateOptions:
        """Self, or InputError naming the bad option."""
        if not 1 <= self.orders <= MAX_ORDERS:
            raise InputError(f"--orders must be between 1 and {MAX_ORDERS:,}, got {self.orders}")
        if self.seed < 0:
            raise InputError(f"--seed must not be negative, got {self.seed}")
        if self.format not in FORMATS:
            raise InputError(f"--format must be one of {', '.join(FORMATS)}, got {self.format!r}")
        if self.start >= self.as_of:
            raise InputError(f"--start ({self.start}) must be before --as-of ({self.as_of})")
        if self.chunk_size < 1_000:
            raise InputError(f"--chunk-size must be at least 1000, got {self.chunk_size}")
        if self.workers < 1:
            raise InputError(f"--workers must be at least 1, got {self.workers}")
        unknown = [shape for shape in self.ring_shapes if shape not in ALL_SHAPES]
        if not self.ring_shapes or unknown:
            raise InputError(
                f"ring shapes must be some of {', '.join(ALL_SHAPES)}, got {self.ring_shapes!r}"
            )
        if self.out.exists() and not self.out.is_dir():
            raise InputError(f"--out {self.out} exists and is not a folder")
        return self

    @property
    def merchants(self) -> int:
        """Number of merchants: about one per 300 orders, at least 20."""
        return max(20, self.orders // 300)

    @property
    def order_chunks(self) -> int:
        """Number of order chunks (and Parquet parts of the order-driven tables)."""
        return -(-self.orders // self.chunk_size)
