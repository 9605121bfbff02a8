"""`sellerstar reviews run`: a lake folder in any format, the same figures as the engine,
bad input refused with the file, line and column named and nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from reviews_market import D, Market, at, days_before
from typer.testing import CliRunner

from sellerstar.cli.reviews import app
from sellerstar.metrics import output
from sellerstar.reviews.run import SCHEMAS

OUTPUTS = sorted(SCHEMAS)


def _market() -> Market:
    m = Market()
    m.merchant("M1")
    m.merchant("M2", industry=None)
    shirt, cup = m.product("M1"), m.product("M2", leaf="cups")
    gold = m.buyer("L4", "pro")
    m.review(shirt, buyer_id=gold, quality=5, text="Great fabric, fast shipping")
    m.review(shirt, quality=4, text="great fabric")
    late = m.review(cup, merchant_id="M2", received=days_before(120), submitted=days_before(5))
    m.judge(m.order_of(m.review(cup, merchant_id="M2", quality=1)), at(days_before(1)))
    m.action(gold, at(days_before(20)), merchant_id="M2", product_id=cup)
    m.direct(gold, merchant_id="M2", product_id=cup, text="Very good communication")
    assert late
    return m


def _write(market: Market, folder: Path, fmt: str) -> None:
    for name, table in market.arrow().items():
        if fmt == "csv":
            # Text timestamps with an offset, as a marketplace export has them.
            columns = {
                column: (
                    pc.strftime(table[column], "%Y-%m-%dT%H:%M:%S+00:00")
                    if pa.types.is_timestamp(table.schema.field(column).type)
                    else table[column]
                )
                for column in table.column_names
            }
            table = pa.table(columns)
        output.write(table, folder, name, fmt)


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["run", *args])
    return result.exit_code, result.output + (str(result.exception) if result.exception else "")


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_every_format_gives_the_same_figures(tmp_path: Path, fmt: str) -> None:
    market = _market()
    _write(market, tmp_path / "in", fmt)
    code, text = _invoke(
        "--input",
        str(tmp_path / "in"),
        "--output",
        str(tmp_path / "out"),
        "--date",
        D.isoformat(),
        "--format",
        "jsonl",
    )
    assert code == 0, text
    assert sorted(p.stem for p in (tmp_path / "out").iterdir()) == OUTPUTS
    rows = {
        name: [
            json.loads(line)
            for line in (tmp_path / "out" / f"{name}.jsonl").read_text("utf-8").splitlines()
        ]
        for name in OUTPUTS
    }
    assert [r["merchant_id"] for r in rows["store_ratings"]] == ["M1"]
    assert rows["store_ratings"][0]["rating"] == pytest.approx((4.5 + 5 + 5) / 3)
    excluded = {r["reason"] for r in rows["excluded_reviews"]}
    assert excluded == {"outside_window", "order_judged"}
    assert [r["state"] for r in rows["product_reviews"]] == ["reviewed", "none"]
    assert rows["product_reviews"][0]["keyword"]
    assert "under rule-set 2022-11" in text


def test_optional_tables_may_be_absent(tmp_path: Path) -> None:
    market = _market()
    _write(market, tmp_path / "in", "parquet")
    for name in ("orders", "direct_reviews", "business_actions", "order_judgements"):
        (tmp_path / "in" / f"{name}.parquet").unlink()
    code, text = _invoke(
        "--input",
        str(tmp_path / "in"),
        "--output",
        str(tmp_path / "out"),
        "--date",
        D.isoformat(),
    )
    assert code == 0, text
    assert "0 reviews excluded" not in text  # the late review is still outside its window


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("drop:buyers", "table 'buyers' is missing"),
        ("score:x", "product_quality: 'x' is not a whole number"),
        ("column:submitted_at", "missing required column(s) submitted_at"),
        ("time:yesterday", "submitted_at: 'yesterday' is not an ISO 8601 timestamp"),
    ],
)
def test_bad_input_is_refused_naming_where_and_nothing_is_written(
    tmp_path: Path, damage: str, message: str
) -> None:
    market = _market()
    _write(market, tmp_path / "in", "csv")
    reviews = tmp_path / "in" / "transaction_reviews.csv"
    kind, _, value = damage.partition(":")
    if kind == "drop":
        (tmp_path / "in" / f"{value}.csv").unlink()
    else:
        with reviews.open(newline="", encoding="utf-8") as handle:
            table = list(csv.reader(handle))
        header = table[0]
        if kind == "column":
            index = header.index(value)
            table = [[c for i, c in enumerate(line) if i != index] for line in table]
        else:
            column = "product_quality" if kind == "score" else "submitted_at"
            table[1][header.index(column)] = value
        with reviews.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(table)
    out = tmp_path / "out"
    code, text = _invoke(
        "--input", str(tmp_path / "in"), "--output", str(out), "--date", "2022-12-20"
    )
    assert code != 0
    assert message in text
    if kind == "score":
        assert "transaction_reviews.csv line 2" in text
    assert not out.exists() or not any(out.iterdir())


def test_a_bad_date_or_format_is_named(tmp_path: Path) -> None:
    code, text = _invoke(
        "--input", str(tmp_path), "--output", str(tmp_path / "o"), "--date", "20-12-2022"
    )
    assert code != 0 and "--date" in text
    _write(_market(), tmp_path / "in", "parquet")
    code, text = _invoke(
        "--input",
        str(tmp_path / "in"),
        "--output",
        str(tmp_path / "o"),
        "--date",
        "2022-12-20",
        "--format",
        "xlsx",
    )
    assert code != 0 and "--format" in text and not (tmp_path / "o").exists()


def test_a_date_before_every_rule_set_is_refused(tmp_path: Path) -> None:
    _write(_market(), tmp_path / "in", "parquet")
    code, text = _invoke(
        "--input",
        str(tmp_path / "in"),
        "--output",
        str(tmp_path / "out"),
        "--date",
        dt.date(2019, 12, 1).isoformat(),
    )
    assert code != 0 and "no rule-set" in text


def test_the_demo_marketplace_fills_every_table(tmp_path: Path) -> None:
    from sellerstar.demo.generator import generate
    from sellerstar.demo.options import GenerateOptions

    generate(GenerateOptions(out=tmp_path / "in", orders=24_000, seed=5, chunk_size=10_000))
    code, text = _invoke(
        "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--date", "2022-12-04"
    )
    assert code == 0, text
    for name in OUTPUTS:
        rows = pq.read_table(tmp_path / "out" / f"{name}.parquet").num_rows
        assert rows > 0, name
    states = pq.read_table(tmp_path / "out" / "product_reviews.parquet")["state"].to_pylist()
    assert set(states) == {"reviewed", "store_only", "none"}
    reasons = set(
        pq.read_table(tmp_path / "out" / "excluded_reviews.parquet")["reason"].to_pylist()
    )
    assert {"outside_window", "order_judged", "brushing", "direct_not_eligible"} <= {
        part for reason in reasons for part in reason.split(";")
    }
