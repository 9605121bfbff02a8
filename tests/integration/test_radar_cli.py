"""`sellerstar radar scan` and ``scan_folder`` on a tiny lake folder (CSV, Parquet, JSONL)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from PIL import Image, ImageDraw
from typer.testing import CliRunner

from sellerstar.cli.radar import app
from sellerstar.errors import InputError
from sellerstar.radar.model import FINDING_COLUMNS
from sellerstar.radar.scan import scan_folder

PRODUCT_FIELDS = [
    "product_id",
    "merchant_id",
    "title",
    "description",
    "status",
    "brand",
    "image_path",
]
PRODUCTS = [
    ["P1", "M1", "Gucci Leather Belt", "", "listed", "", ""],
    ["P2", "M1", "Silicone Case for AirPods Pro", "Fits AirPods Pro 2.", "listed", "", ""],
    ["P3", "M1", "Plain gift box", "", "listed", "", "images/p3.jpg"],
    ["P4", "M1", "Gucci wallet", "", "delisted", "", ""],  # not listed: not scanned
    ["P5", "M1", "Running shoes", "Breathable mesh.", "listed", "耐克", ""],
    ["P6", "M1", "fresh apple juice", "", "listed", "", ""],
]
RIGHT_FIELDS = ["right_id", "holder", "kind", "mark", "aliases", "image_path", "goods"]
RIGHTS = [
    ["r-gucci", "Gucci", "trademark", "Gucci", "古驰", "", ""],
    ["r-nike", "Nike", "trademark", "Nike", "耐克", "", "shoes;鞋"],
    ["r-apple", "Apple Inc.", "trademark", "Apple", "苹果", "", "phones;手机"],
    ["r-airpods", "Apple Inc.", "patent", "AirPods", "", "", ""],
    ["r-box", "Boxco", "design", "Zorbix Box", "", "images/ref.png", ""],
]


def draw(path: Path, size: int) -> None:
    image = Image.new("RGB", (256, 256), (240, 240, 240))
    pen = ImageDraw.Draw(image)
    pen.ellipse((30, 40, 150, 160), fill=(200, 20, 20))
    pen.rectangle((120, 120, 230, 220), fill=(20, 20, 160))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.resize((size, size)).save(path)


def write_csv(path: Path, fields: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(fields)
        writer.writerows(rows)


def lake(folder: Path, fmt: str = "csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    draw(folder / "images" / "ref.png", 256)
    draw(folder / "images" / "p3.jpg", 180)
    for name, fields, rows in (
        ("products", PRODUCT_FIELDS, PRODUCTS),
        ("ip_rights", RIGHT_FIELDS, RIGHTS),
    ):
        if fmt == "csv":
            write_csv(folder / f"{name}.csv", fields, rows)
        elif fmt == "parquet":
            table = pa.table({f: [row[i] or None for row in rows] for i, f in enumerate(fields)})
            pq.write_table(table, folder / f"{name}.parquet")
        else:
            with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(dict(zip(fields, row, strict=True))) + "\n")
    return folder


EXPECTED = {
    ("P1", "r-gucci", "title", "exact"),
    ("P3", "r-box", "image", "image"),
    ("P5", "r-nike", "brand", "brand_field"),
}


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_the_goods_of_a_right_decide_an_everyday_mark(tmp_path: Path, fmt: str) -> None:
    folder = lake(tmp_path / "in", fmt)
    (folder / f"products.{fmt}").unlink()
    # Apple covers phones: its everyday word names the brand next to them only.
    rows = [
        ["A1", "M1", "Apple Cider Vinegar 500ml", "", "listed", "", ""],
        ["A2", "M1", "Apple Phone Stand Aluminium", "", "listed", "", ""],
    ]
    write_csv(folder / "products.csv", PRODUCT_FIELDS, rows)
    assert {(f.product_id, f.right_id) for f in scan_folder(folder)} == {("A2", "r-apple")}
    # Without goods the lead of the title names the brand, cider vinegar or not.
    for path in folder.glob("ip_rights.*"):
        path.unlink()
    write_csv(folder / "ip_rights.csv", RIGHT_FIELDS[:-1], [row[:-1] for row in RIGHTS])
    assert {(f.product_id, f.right_id) for f in scan_folder(folder)} == {
        ("A1", "r-apple"),
        ("A2", "r-apple"),
    }


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_scan_folder_finds_the_listed_products_suspects(tmp_path: Path, fmt: str) -> None:
    findings = scan_folder(lake(tmp_path / "in", fmt))
    assert {(f.product_id, f.right_id, f.field, f.step) for f in findings} == EXPECTED
    strict = scan_folder(tmp_path / "in", allow_compatibility_wording=False)
    assert {(f.product_id, f.right_id) for f in strict} == {
        *((p, r) for p, r, _, _ in EXPECTED),
        ("P2", "r-airpods"),
    }


@pytest.mark.parametrize(("in_format", "out_format"), [("csv", "csv"), ("parquet", "parquet")])
def test_the_cli_writes_the_findings(tmp_path: Path, in_format: str, out_format: str) -> None:
    folder = lake(tmp_path / "in", in_format)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["scan", "--input", str(folder), "--output", str(out), "--format", out_format]
    )
    assert result.exit_code == 0, result.output
    assert "3 findings on 3 products" in result.output
    path = out / f"radar_findings.{out_format}"
    assert sorted(p.name for p in out.iterdir()) == [path.name]  # nothing left aside
    if out_format == "csv":
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0]) == list(FINDING_COLUMNS)
    else:
        table = pq.read_table(path)
        assert table.column_names == list(FINDING_COLUMNS)
        assert table.schema.field("span_start").type == pa.int64()
        assert table.schema.field("score").type == pa.float64()
        rows = table.to_pylist()
    found = {(r["product_id"], r["right_id"], r["field"], r["step"]) for r in rows}
    assert found == EXPECTED
    gucci = next(r for r in rows if r["right_id"] == "r-gucci")
    assert (gucci["matched_text"], int(gucci["span_start"]), int(gucci["span_end"])) == (
        "Gucci",
        0,
        5,
    )


def test_the_rules_of_a_date_before_the_radar_are_refused(tmp_path: Path) -> None:
    folder = lake(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["scan", "--input", str(folder), "--output", str(out), "--rules-date", "2022-01-01"]
    )
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)
    assert "has no product radar" in str(result.exception)
    assert not out.exists()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda rows: rows[1].__setitem__(2, "copyright"),
            "ip_rights.csv line 3: kind: 'copyright' is not one of",
        ),
        (lambda rows: rows[0].__setitem__(3, ""), "ip_rights.csv line 2: mark: is required"),
        (
            lambda rows: rows[2].__setitem__(0, "r-gucci"),
            "ip_rights.csv line 4: right_id 'r-gucci' is already on line 2",
        ),
    ],
)
def test_bad_input_names_file_line_and_column_and_writes_nothing(
    tmp_path: Path, damage: object, message: str
) -> None:
    folder = lake(tmp_path / "in")
    rows = [list(r) for r in RIGHTS]
    assert callable(damage)
    damage(rows)
    write_csv(folder / "ip_rights.csv", RIGHT_FIELDS, rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["scan", "--input", str(folder), "--output", str(out)])
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)
    assert message in str(result.exception)
    assert not (out / "radar_findings.parquet").exists()


def test_a_missing_table_or_column_is_named(tmp_path: Path) -> None:
    folder = lake(tmp_path / "in")
    (folder / "ip_rights.csv").unlink()
    with pytest.raises(InputError, match="table 'ip_rights' is missing"):
        scan_folder(folder)
    write_csv(folder / "ip_rights.csv", ["right_id", "holder", "kind"], [["r1", "H", "design"]])
    with pytest.raises(InputError, match=r"ip_rights.csv: missing required column\(s\) mark"):
        scan_folder(folder)


def test_a_missing_image_is_named(tmp_path: Path) -> None:
    folder = lake(tmp_path / "in")
    (folder / "images" / "p3.jpg").unlink()
    with pytest.raises(InputError, match=r"p3\.jpg: image not found"):
        scan_folder(folder)


def test_an_unknown_output_format_is_refused(tmp_path: Path) -> None:
    folder = lake(tmp_path / "in")
    result = CliRunner().invoke(
        app, ["scan", "--input", str(folder), "--output", str(tmp_path / "o"), "--format", "xml"]
    )
    assert result.exit_code == 1
    assert "--format: 'xml' is not one of parquet, csv, jsonl" in str(result.exception)


def test_a_broken_jsonl_line_and_a_folder_of_parquet_parts(tmp_path: Path) -> None:
    folder = lake(tmp_path / "in", "jsonl")
    with (folder / "products.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    with pytest.raises(InputError, match=r"products\.jsonl line 7: not JSON"):
        scan_folder(folder)
    (folder / "products.jsonl").unlink()
    parts = folder / "products"
    parts.mkdir()
    for index, rows in enumerate((PRODUCTS[:3], PRODUCTS[3:])):
        table = pa.table(
            {f: [row[i] or None for row in rows] for i, f in enumerate(PRODUCT_FIELDS)}
        )
        pq.write_table(table, parts / f"part-{index}.parquet")
    findings = scan_folder(folder)
    assert {(f.product_id, f.right_id, f.field, f.step) for f in findings} == EXPECTED
