"""`sellerstar reviews`: the review figures of a date from a data-lake folder (`run`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sellerstar.cli.metrics import BackendOption, parse_date
from sellerstar.config import get_settings
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
