"""Progress of the long commands (`compute`, `demo run`, the lake runs), on stderr.

Only at a terminal: when stderr is not a TTY (a pipe, a log file, cron) or with
``--quiet`` nothing is drawn, so stdout stays the command's machine-readable output and a
log stays free of control characters. Built on rich (a dependency already), imported
here and not at the top of the CLI, so `sellerstar --help` does not pay for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

StepReporter = Callable[[str | None], None]
"""Told the name of each step as it starts (the jobs' ``on_step``); None: all done."""

Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No progress on stderr (it is off anyway when not a TTY)."),
]


def _ignore(_step: str | None) -> None:
    """Quiet: steps are not shown."""


@contextmanager
def step_progress(total: int, *, quiet: bool, label: str) -> Iterator[StepReporter]:
    """A bar of ``total`` steps: each call of the reporter ends the step before (printing
    its time) and shows the next one's name; None, or leaving the block, ends the last
    step and removes the bar. The bar appears at the first step, so that a command may
    draw its own progress before (the demo's generation)."""
    from rich.console import Console

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield _ignore
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description:<32}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    current: list[tuple[str, float]] = []

    def finish_current(bar: Progress) -> None:
        if current:
            name, started = current.pop()
            bar.console.print(f"[green]✓[/green] {name} [dim]{time.monotonic() - started:.1f} s")

    bar = Progress(*columns, console=console, transient=True)
    task = bar.add_task(label, total=total)

    def report(step: str | None) -> None:
        if step is not None and not bar.live.is_started:
            bar.start()
        if current:
            bar.advance(task)
        finish_current(bar)
        if step is None:
            bar.stop()
            return
        current.append((step, time.monotonic()))
        bar.update(task, description=f"{label}: {step}")

    try:
        yield report
    finally:
        report(None)


@contextmanager
def working(label: str, *, quiet: bool) -> Iterator[None]:
    """A spinner with the elapsed time, for a long step that cannot tell how far it is."""
    from rich.console import Console

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield
        return
    started = time.monotonic()
    with console.status(f"{label}…"):
        yield
    console.print(f"[green]✓[/green] {label} [dim]{time.monotonic() - started:.1f} s")
