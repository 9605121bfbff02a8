"""``sellerstar demo``: the synthetic marketplace."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sellerstar.cli.progress import Quiet, step_progress
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
    quiet: Quiet = False,
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
        ),
        progress=not quiet,
    )


@app.command("run")
def run_command(
    data_dir: Annotated[
        Path, typer.Option("--data-dir", help="Folder for the generated marketplace files.")
    ] = Path("var/demo-marketplace"),
    orders: Annotated[int, typer.Option("--orders", help="Number of orders.")] = 20_000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: same seed, same data.")] = 0,
    quiet: Quiet = False,
) -> None:
    """Build the demo: migrate the store, generate a marketplace, import it, and run the
    daily job for the 30 stat dates up to the demo's view date (what `make demo` does)."""
    # Imported here: the pipeline pulls in the metric engine, which `generate` does not need.
    from sellerstar.config import get_settings
    from sellerstar.demo.pipeline import STEPS, run_demo
    from sellerstar.rules import load_rulebook

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    with step_progress(len(STEPS), quiet=quiet, label="demo") as on_step:
        run_demo(
            settings.database_url,
            data_dir,
            orders,
            book,
            seed=seed,
            on_step=on_step,
            generation_bar=not quiet,
        )
