"""`sellerstar radar`: the product radar: the lake-mode scan for suspected IP infringements
(`scan`) and the store job that opens and enforces the tasks (`run`)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import pyarrow as pa
import typer

from sellerstar import clock
from sellerstar.cli.metrics import parse_date
from sellerstar.cli.progress import Quiet, working
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.radar.model import FINDING_COLUMNS, Finding
from sellerstar.radar.scan import detection_rules, scan_folder
from sellerstar.rules import RuleBook, load_rulebook

app = typer.Typer(
    help="Product radar: suspected IP infringements in product listings.",
    no_args_is_help=True,
)

FINDINGS_SCHEMA = pa.schema(
    [
        (
            name,
            pa.int64()
            if name.startswith("span_")
            else pa.float64()
            if name == "score"
            else pa.string(),
        )
        for name in FINDING_COLUMNS
    ]
)


@app.callback()
def _group() -> None:
    """Product radar: suspected IP infringements in product listings."""


@app.command("scan")
def scan_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input",
            metavar="DIR",
            help="Folder with products and ip_rights (Parquet, CSV, JSONL) and the images.",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the findings to.")
    ],
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(output.FORMATS)}.")
    ] = "parquet",
    rules_date: Annotated[
        str | None,
        typer.Option(
            "--rules-date",
            metavar="YYYY-MM-DD",
            help="Use the detection rules of the rule-set in force on this date; default today.",
        ),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Scan the listed products of a data-lake folder for suspected IP infringements.

    Writes OUT/radar_findings.<format>: one row per product and right it may infringe
    (the best-scoring match), with the matched text, its field and span, the
    normalisation step that matched and a score in [0, 1]. Nothing is written when the
    input is refused.
    """
    if output_format not in output.FORMATS:
        raise InputError(f"--format: {output_format!r} is not one of {', '.join(output.FORMATS)}")
    if not input_dir.is_dir():
        raise InputError(f"--input: {input_dir} is not a folder")
    day = parse_date(rules_date, "--rules-date") if rules_date is not None else None
    rules = detection_rules(day, get_settings().rules_dir, now=clock.now())
    with working("product radar scan", quiet=quiet):
        findings = scan_folder(input_dir, rules=rules)
    path = write_findings(findings, out, output_format)
    products = len({f.product_id for f in findings})
    typer.echo(f"{len(findings)} findings on {products} products")
    typer.echo(f"wrote {path}")


def write_findings(findings: list[Finding], out: Path, output_format: str) -> Path:
    """Write OUT/radar_findings.<format> whole or not at all (written aside, then moved)."""
    table = pa.table(
        {name: [getattr(f, name) for f in findings] for name in FINDING_COLUMNS},
        schema=FINDINGS_SCHEMA,
    )
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".radar-", dir=out))
    try:
        written = output.write(table, staging, "radar_findings", output_format)
        target = out / written.name
        written.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def parse_at(text: str, book: RuleBook) -> dt.datetime:
    """An ISO 8601 instant; without a UTC offset it is platform time (the rule-set's zone).

    >>> book = load_rulebook()
    >>> parse_at("2022-11-21 10:00", book).isoformat()
    '2022-11-21T02:00:00+00:00'
    >>> parse_at("2022-11-21T10:00:00+00:00", book).isoformat()
    '2022-11-21T10:00:00+00:00'
    """
    try:
        instant = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"--at: {text!r} is not a timestamp (YYYY-MM-DD HH:MM[:SS][+HH:MM])"
        ) from None
    if instant.tzinfo is None:
        zone = ZoneInfo(book.in_force(instant.date()).calendar.timezone)
        instant = instant.replace(tzinfo=zone)
    return instant.astimezone(dt.UTC)


@app.command("run")
def run_command(
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="TIMESTAMP",
            help="Run as of this instant (ISO 8601; without an offset, platform time). "
            "Default: now.",
        ),
    ] = None,
    database: Annotated[
        str | None,
        typer.Option(
            "--database", metavar="URL", help="Store URL. Default: SELLERSTAR_DATABASE_URL."
        ),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """The radar's store job: scan the new and changed listed products against the IP
    rights, open a task per suspected right, rectify the tasks of products no longer
    listed, and delist with penalty points the tasks past their deadline.

    The same step as in the daily job (`sellerstar compute`), under the same lock. Product
    and reference images are read under SELLERSTAR_PRODUCT_IMAGES_DIR. Safe to re-run: a
    second run opens nothing and records no points twice.
    """
    from sellerstar.jobs.daily import lock
    from sellerstar.jobs.radar import run_radar_job
    from sellerstar.store import migrate
    from sellerstar.store.db import opened

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    now = parse_at(at, book) if at is not None else clock.now(settings, book)
    with opened(database or settings.database_url) as store:
        migrate.require_head(store)
        with lock(store), working("product radar", quiet=quiet):
            summary = run_radar_job(store, book, now)
    if summary is None:
        rule_set = book.in_force_at(now)
        typer.echo(
            f"the rule-set in force at {now:%Y-%m-%d %H:%M} UTC ({rule_set.id}) has no "
            "product radar: nothing done"
        )
        return
    typer.echo(
        f"scanned {summary['products_scanned']} of {summary['products_listed']} listed "
        f"products: {summary['findings']} findings, {summary['tasks_opened']} tasks opened "
        f"({summary['covered_by_task']} already covered by a task, {summary['qualified']} "
        f"covered by an approved qualification)"
    )
    if summary["images_unreadable"]:
        typer.echo(f"{summary['images_unreadable']} product images could not be read")
    if summary["delisted_again"]:
        typer.echo(
            f"{summary['delisted_again']} products listed again unchanged since a delisting "
            f"were delisted again"
        )
    typer.echo(
        f"{summary['tasks_of_removed_products']} tasks of removed products rectified, "
        f"{summary['delisted']} products delisted with penalty points, "
        f"{summary['waiting']} past the deadline waiting for a review"
    )
