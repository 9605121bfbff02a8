"""``sellerstar demo``: the synthetic marketplace."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sellerstar.demo import GenerateOptions
from sellerstar.demo.options import DEFAULT_AS_OF, DEFAULT_CHUNK, DEFAULT_START
from sellerstar.demo.report import run

app = typer.Typer(help="The synthetic marketplace for demos, tests and benchmarks.")


class OutputFormat(StrEnum):
    """File format of the generated tables."""

    PARQUET = "parquet"
    CSV = "csv"
    JSONL = "jsonl"


_DATE = ["%Y-%m-%d"]
_AS_OF = dt.datetime.combine(DEFAULT_AS_OF, dt.time())
_START = dt.datetime.combine(DEFAULT_START, dt.time())


@app.command("generate")
def generate_command(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the tables into.")],
    orders: Annotated[int, typer.Option("--orders", help="Number of orders.")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed: same seed, same files.")] = 0,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Table file format.")
    ] = OutputFormat.PARQUET,
    as_of: Annotated[
        dt.datetime,
        typer.Option(
            "--as-of",
            formats=_DATE,
            show_default=False,
            help=f"Last day of data (default {DEFAULT_AS_OF}).",
        ),
    ] = _AS_OF,
    start: Annotated[
        dt.datetime,
        typer.Option(
            "--start",
            formats=_DATE,
            show_default=False,
            help=f"First day with orders (default {DEFAULT_START}).",
        ),
    ] = _START,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", help="Orders per chunk (bounds memory).")
    ] = DEFAULT_CHUNK,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace tables already in the folder.")
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", help="Processes writing Parquet parts in parallel.")
    ] = 1,
) -> None:
    """Write a synthetic marketplace in the data contract's format (docs/demo.md)."""
    run(
        GenerateOptions(
            out=out,
            orders=orders,
            seed=seed,
            format=output_format.value,
            start=start.date(),
            as_of=as_of.date(),
            chunk_size=chunk_size,
            overwrite=overwrite,
            workers=workers,
        )
    )
