"""`sellerstar reviews`: the review figures of a date from a data-lake folder (`run`) and
the suspected review brushing (`brushing`)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated

import pyarrow as pa
import typer

from sellerstar import clock
from sellerstar.cli.metrics import BackendOption, parse_date
from sellerstar.cli.progress import Quiet, working
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.rules import load_rulebook

app = typer.Typer(
    help="Reviews: ratings, pools, rankings, selected products and brushing suspects.",
    no_args_is_help=True,
)


@app.callback()
def _group() -> None:
    """Reviews: ratings, pools, rankings, selected products and brushing suspects."""


@app.command("run")
def run_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input",
            metavar="DIR",
            help="Folder with merchants, products, buyers and transaction_reviews, and "
            "optionally orders, direct_reviews, business_actions, order_judgements and "
            "confirmed_brushing (Parquet, CSV, JSONL).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the figures to.")
    ],
    day: Annotated[
        str, typer.Option("--date", metavar="YYYY-MM-DD", help="The date D of the figures.")
    ],
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(output.FORMATS)}.")
    ] = "parquet",
    backend: BackendOption = None,
    quiet: Quiet = False,
) -> None:
    """Compute the review figures of date D from a data-lake folder, without the store.

    Only what was known by the end of D counts (reviews, judgements, brushing
    confirmations). Writes OUT/product_reviews, store_ratings, well_reviewed_products,
    selected_products, product_rankings, merchant_rankings, excluded_reviews and
    direct_review_states (.<format>), all or none.
    """
    from sellerstar.reviews.lake import run_lake

    date = parse_date(day, "--date")
    book = load_rulebook(get_settings().rules_dir)
    with working("review figures", quiet=quiet):
        result, paths = run_lake(input_dir, out, date, book, output_format, backend)
    tables = result.tables
    typer.echo(
        f"{date} under rule-set {result.rule_set_id}: "
        f"{tables['store_ratings'].num_rows} store ratings, "
        f"{tables['product_reviews'].num_rows} products, "
        f"{tables['well_reviewed_products'].num_rows} well reviewed, "
        f"{tables['selected_products'].num_rows} selected, "
        f"{tables['excluded_reviews'].num_rows} reviews excluded"
    )
    for path in paths:
        typer.echo(f"wrote {path}")


@app.command("brushing")
def brushing_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input",
            metavar="DIR",
            help="Folder with transaction_reviews, buyers and orders (Parquet, CSV, JSONL).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the suspects to.")
    ],
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(output.FORMATS)}.")
    ] = "parquet",
    rules_date: Annotated[
        str | None,
        typer.Option(
            "--rules-date",
            metavar="YYYY-MM-DD",
            help="Use the brushing rules of the rule-set in force on this date; default today.",
        ),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Find suspected review brushing in a data-lake folder.

    Writes OUT/brushing_suspects.<format>: one row per suspected transaction review
    (review_id, merchant_id, score in [0, 1], signals: the codes of the signals that
    fired, joined by ";"). See docs/reviews-brushing.md. Nothing is written when the
    input is refused.
    """
    # Imported here: SciPy's load is for this command only, not for the others of the group.
    from sellerstar.reviews.brushing import brushing_rules, detect_folder

    if output_format not in output.FORMATS:
        raise InputError(f"--format: {output_format!r} is not one of {', '.join(output.FORMATS)}")
    if not input_dir.is_dir():
        raise InputError(f"--input: {input_dir} is not a folder")
    day = parse_date(rules_date, "--rules-date") if rules_date is not None else None
    rules, timezone = brushing_rules(day, get_settings().rules_dir, now=clock.now())
    with working("brushing detection", quiet=quiet):
        suspects = detect_folder(input_dir, rules, timezone)
    path = write_whole(suspects, out, "brushing_suspects", output_format)
    merchants = len(set(suspects["merchant_id"].to_pylist()))
    typer.echo(f"{suspects.num_rows} suspected reviews of {merchants} merchants")
    typer.echo(f"wrote {path}")


def write_whole(table: pa.Table, out: Path, name: str, output_format: str) -> Path:
    """Write OUT/<name>.<format> whole or not at all (written aside, then moved)."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=out))
    try:
        written = output.write(table, staging, name, output_format)
        target = out / written.name
        written.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
