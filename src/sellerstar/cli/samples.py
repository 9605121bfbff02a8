"""`sellerstar samples`: the discount sample venue's registration check of a date from a
data-lake folder (`check`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pyarrow.compute as pc
import typer

from sellerstar.cli.metrics import BackendOption, parse_date
from sellerstar.cli.progress import Quiet, working
from sellerstar.config import get_settings
from sellerstar.metrics import output
from sellerstar.rules import load_rulebook

app = typer.Typer(
    help="Discount sample venue: which offered products may register, and why not.",
    no_args_is_help=True,
)


@app.callback()
def _group() -> None:
    """Discount sample venue: which offered products may register, and why not."""


@app.command("check")
def check_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input",
            metavar="DIR",
            help="Folder with merchants, products and sample_offers, and optionally orders "
            "(sample orders) and sample_right_restorations (Parquet, CSV, JSONL).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the result to.")
    ],
    day: Annotated[
        str, typer.Option("--date", metavar="YYYY-MM-DD", help="The date D of the check.")
    ],
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(output.FORMATS)}.")
    ] = "parquet",
    backend: BackendOption = None,
    quiet: Quiet = False,
) -> None:
    """Check every offered product against the venue's rules in force on date D.

    Writes OUT/sample_eligibility.<format>: product_id, merchant_id, eligible and reasons
    (the codes of every failing rule, `;`-separated, empty when eligible). Only what was
    known by the end of D counts (failed sample orders, restorations).
    """
    from sellerstar.samples.lake import run_lake

    date = parse_date(day, "--date")
    book = load_rulebook(get_settings().rules_dir)
    with working("sample venue check", quiet=quiet):
        result, path = run_lake(input_dir, out, date, book, output_format, backend)
    table = result.eligibility
    eligible = int(pc.sum(table["eligible"]).as_py() or 0)
    lost = len(set(result.failures["merchant_id"].to_pylist()))
    typer.echo(
        f"{date} under rule-set {result.rule_set_id}: {table.num_rows} offers, "
        f"{eligible} eligible, {table.num_rows - eligible} not; "
        f"{result.failures.num_rows} sample orders failed ({lost} merchants)"
    )
    typer.echo(f"wrote {path}")
