"""Running a generation for a person at a terminal: progress bar and closing summary."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sellerstar.contract import TABLES
from sellerstar.demo.generator import Summary, generate
from sellerstar.demo.options import GenerateOptions


def run(
    options: GenerateOptions, console: Console | None = None, *, progress: bool = True
) -> Summary:
    """Generate, with a progress bar on stderr when it and the console are a terminal
    (and ``progress``), then print a summary."""
    console = console or Console()
    # The bar goes to stderr, so that the summary alone is on stdout (a pipe, a file).
    progress_console = Console(stderr=True)
    if progress and console.is_terminal and progress_console.is_terminal:
        columns = (
            TextColumn("orders"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=progress_console, transient=True) as bar:
            task = bar.add_task("orders", total=options.orders)
            summary = generate(options, progress=lambda done, _: bar.update(task, completed=done))
    else:
        summary = generate(options)
    console.print(summary_table(options, summary))
    return summary


def summary_table(options: GenerateOptions, summary: Summary) -> Table:
    """Rows per table, size and time of a generation."""
    table = Table(
        title="Synthetic marketplace",
        caption=f"{options.out}: {options.format}, seed {options.seed}, as of {options.as_of}",
        title_justify="left",
        caption_justify="left",
    )
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name in TABLES:
        table.add_row(name, f"{summary.rows[name]:,}")
    table.add_section()
    megabytes = summary.bytes_written / 1_000_000
    table.add_row("written", f"{megabytes:,.1f} MB in {summary.seconds:,.1f} s")
    return table
