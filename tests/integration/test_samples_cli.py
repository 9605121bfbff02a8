"""`sellerstar samples check` on a tiny lake folder: every input format, every output
format, and bad input named by file, row and column with nothing written."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sellerstar.cli.samples import app
from sellerstar.errors import InputError

MERCHANTS = [
    {"merchant_id": "M1", "name": "A", "main_industry": "Apparel", "membership": "none",
     "ta_status": "active"},
    {"merchant_id": "M2", "name": "B", "main_industry": "Security", "membership": "none",
     "ta_status": "active"},
]  # fmt: skip
_PRODUCT = {
    "title": "t",
    "leaf_category": "c",
    "is_rts": "false",
    "samples_supported": "true",
    "status": "listed",
}
PRODUCTS = [
    _PRODUCT | {"product_id": "P1", "merchant_id": "M1", "industry": "Apparel", "stock": "10",
                "growth_score": "66", "sample_price_usd": "5.00"},
    _PRODUCT | {"product_id": "P2", "merchant_id": "M1", "industry": "Apparel", "stock": "9",
                "growth_score": "65", "sample_price_usd": "4.99"},
    _PRODUCT | {"product_id": "P3", "merchant_id": "M2", "industry": "Security", "stock": "10",
                "growth_score": "66", "sample_price_usd": "1.00"},
]  # fmt: skip
OFFERS = [
    {"product_id": "P1", "discount_price_usd": "3.50"},
    {"product_id": "P2", "discount_price_usd": "3.50"},
    {"product_id": "P3", "discount_price_usd": "0.51"},
]
EXPECTED = [
    {"product_id": "P1", "merchant_id": "M1", "eligible": True, "reasons": ""},
    {"product_id": "P2", "merchant_id": "M1", "eligible": False,
     "reasons": "stock_low;growth_low;price_below_minimum;discount_too_small"},
    {"product_id": "P3", "merchant_id": "M2", "eligible": False, "reasons": "discount_too_small"},
]  # fmt: skip


def _write(folder: Path, name: str, rows: list[dict[str, str]], fmt: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{fmt}"
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)


def _lake(folder: Path, fmt: str = "csv", **tables: list[dict[str, str]]) -> Path:
    given = {"merchants": MERCHANTS, "products": PRODUCTS, "sample_offers": OFFERS} | tables
    for name, rows in given.items():
        _write(folder, name, rows, fmt)
    return folder


def _check(folder: Path, out: Path, *extra: str) -> Any:
    args = ["check", "--input", str(folder), "--output", str(out), "--date", "2022-11-20"]
    return CliRunner().invoke(app, [*args, *extra])


@pytest.mark.parametrize(("in_format", "out_format"), [("csv", "jsonl"), ("jsonl", "parquet"),
                                                        ("parquet", "csv")])  # fmt: skip
def test_the_cli_writes_every_offers_reasons(
    tmp_path: Path, in_format: str, out_format: str
) -> None:
    folder = _lake(tmp_path / "lake", in_format)
    result = _check(folder, tmp_path / "out", "--format", out_format)
    assert result.exit_code == 0, result.output
    assert "3 offers, 1 eligible, 2 not" in result.output
    path = tmp_path / "out" / f"sample_eligibility.{out_format}"
    if out_format == "parquet":
        rows = pq.read_table(path).to_pylist()
    elif out_format == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    else:
        with path.open(encoding="utf-8") as handle:
            rows = [dict(r, eligible=r["eligible"] == "true") for r in csv.DictReader(handle)]
    assert rows == EXPECTED


def test_a_failed_sample_order_is_read_from_orders(tmp_path: Path) -> None:
    order = {
        "order_id": "O1", "merchant_id": "M1", "buyer_id": "B", "trade_assurance": "true",
        "destination_country": "US", "trade_term": "FOB", "export_mode": "tad",
        "transport": "express", "payment_method": "tt", "status": "paid",
        "created_at": "2022-11-10 10:00:00", "paid_at": "2022-11-10 10:00:00",
        "ship_by": "2022-11-12 10:00:00", "amount_usd": "5", "all_items_rts": "false",
        "delivery_promise": "false", "sample_product_id": "P1",
    }  # fmt: skip
    folder = _lake(tmp_path / "lake", orders=[order])
    result = _check(folder, tmp_path / "out", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "1 sample orders failed (1 merchants)" in result.output
    text = (tmp_path / "out" / "sample_eligibility.csv").read_text(encoding="utf-8")
    assert '"P1","M1",false,"no_right"' in text


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"sample_offers": [{"product_id": "P9", "discount_price_usd": "1"}]},
         "sample_offers row 1: product_id 'P9' is not in products"),
        ({"sample_offers": [{"product_id": "P1", "discount_price_usd": "1.234"}]},
         "sample_offers.csv line 2: discount_price_usd:"),
        ({"sample_offers": [{"product_id": "P1", "discount_price_usd": "-1"}]},
         "sample_offers.csv line 2: discount_price_usd: must not be negative"),
        ({"sample_offers": [{"product_id": "P1", "discount_price_usd": ""}]},
         "sample_offers row 1: discount_price_usd is empty"),
        ({"sample_offers": [{"product_id": "P1", "discount_price_usd": "1"},
                            {"product_id": "P1", "discount_price_usd": "2"}]},
         "product_id 'P1' is offered twice"),
        ({"products": [PRODUCTS[0] | {"stock": "many"}]},
         "products.csv line 2: stock: 'many' is not"),
        ({"sample_offers": [{"product_id": "P1"}]},
         "missing required column(s) discount_price_usd"),
    ],
)  # fmt: skip
def test_bad_input_is_named_and_nothing_is_written(
    tmp_path: Path, tables: dict[str, list[dict[str, str]]], message: str
) -> None:
    folder = _lake(tmp_path / "lake", **tables)
    out = tmp_path / "out"
    result = _check(folder, out)
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)
    assert message in str(result.exception)
    assert not out.exists() or list(out.iterdir()) == []


def test_a_missing_table_a_date_before_the_launch_and_a_bad_format_are_refused(
    tmp_path: Path,
) -> None:
    folder = _lake(tmp_path / "lake")
    (folder / "sample_offers.csv").unlink()
    missing = _check(folder, tmp_path / "out")
    assert "table 'sample_offers' is missing" in str(missing.exception)
    folder = _lake(tmp_path / "lake2")
    early = CliRunner().invoke(
        app, ["check", "--input", str(folder), "--output", str(tmp_path / "o"),
              "--date", "2022-10-30"],
    )  # fmt: skip
    assert "not in force on 2022-10-30" in str(early.exception)
    wrong = _check(folder, tmp_path / "out", "--format", "xlsx")
    assert "--format: 'xlsx' is not one of" in str(wrong.exception)
