"""`sellerstar radar`: the product radar's detection of suspected IP infringements."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated

import pyarrow as pa
import typer

from sellerstar import clock
from sellerstar.cli.metrics import parse_date
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.radar.model import FINDING_COLUMNS, Finding
from sellerstar.radar.scan import detection_rules, scan_folder

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
