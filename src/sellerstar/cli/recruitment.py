"""`sellerstar recruitment`: talent recruitment's matching of jobs to talents (`match`) and
a two-way selection fair's allocation (`fair`), from a data-lake folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from sellerstar.cli.fairs import fair_command
from sellerstar.cli.metrics import parse_date
from sellerstar.cli.progress import Quiet, working
from sellerstar.config import get_settings
from sellerstar.metrics import output
from sellerstar.rules import load_rulebook

app = typer.Typer(
    help="Talent recruitment: ranked, explained candidates for jobs; selection fairs.",
    no_args_is_help=True,
)
app.command("fair")(fair_command)


@app.callback()
def _group() -> None:
    """Talent recruitment: ranked, explained candidates for jobs; selection fairs."""


@app.command("match")
def match_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input",
            metavar="DIR",
            help="Folder with talents and jobs, and optionally talent_certifications "
            "(Parquet, CSV, JSONL).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the result to.")
    ],
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(output.FORMATS)}.")
    ] = "parquet",
    day: Annotated[
        str | None,
        typer.Option("--date", metavar="YYYY-MM-DD", help="Rule-set date (default: today, UTC)."),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Rank every job's candidates: certified first, then required and preferred
    certifications held, then BM25 relevance of skills and experience.

    Writes OUT/job_matches.<format>: job_id, talent_id, rank, required_held,
    required_total, missing (the required certifications the talent lacks, `;`-separated),
    matched_skills (`;`-separated) and score.
    """
    from sellerstar.recruitment.lake import run_lake
    from sellerstar.recruitment.matching import MatchRules, section_in_force

    date = dt.datetime.now(dt.UTC).date() if day is None else parse_date(day, "--date")
    book = load_rulebook(get_settings().rules_dir)
    rules = MatchRules.of(section_in_force(book, date))
    timezone = book.in_force(date).calendar.timezone
    with working("candidate ranking", quiet=quiet):
        table, path = run_lake(input_dir, out, timezone, rules, output_format)
    jobs = len(set(table["job_id"].to_pylist()))
    typer.echo(f"{jobs} jobs with candidates, {table.num_rows} candidates")
    typer.echo(f"wrote {path}")
