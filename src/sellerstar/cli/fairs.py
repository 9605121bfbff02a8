"""`sellerstar recruitment fair`: a two-way selection fair's allocation (双选会) from a
data-lake folder. The command is mounted in the `recruitment` group (`cli/recruitment.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sellerstar.cli.metrics import parse_date
from sellerstar.config import get_settings
from sellerstar.metrics import output
from sellerstar.rules import load_rulebook


def fair_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input",
            metavar="DIR",
            help="Folder with fair_positions, fair_student_rankings and "
            "fair_merchant_rankings (Parquet, CSV, JSONL).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the result to.")
    ],
    day: Annotated[
        str,
        typer.Option(
            "--date", metavar="YYYY-MM-DD", help="The fair's date: its rule-set's bounds apply."
        ),
    ],
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(output.FORMATS)}.")
    ] = "parquet",
) -> None:
    """Allocate a two-way selection fair: the stable, student-optimal allocation by deferred
    acceptance, ties broken by the documented rule (docs/fairs.md).

    Writes OUT/fair_allocation.<format> (talent_id, position_id, merchant_id,
    student_choice_rank, outcome, reasons: `position_id:not_ranked|filled_higher` for each
    position ranked above the result) and OUT/fair_position_results.<format> (places
    filled and what became of the other applicants). Refuses input that breaks the
    rule-set's bounds; never writes an allocation with a blocking pair.
    """
    from sellerstar.fairs.lake import run_lake

    date = parse_date(day, "--date")
    book = load_rulebook(get_settings().rules_dir)
    result, paths = run_lake(input_dir, out, date, book, output_format)
    placed = sum(1 for s in result.students if s.position_id is not None)
    places = sum(p.capacity for p in result.positions)
    typer.echo(
        f"{date} under rule-set {result.rule_set_id}: {len(result.students)} students, "
        f"{placed} placed in {places} places of {len(result.positions)} positions; "
        "0 blocking pairs"
    )
    for path in paths:
        typer.echo(f"wrote {path}")
