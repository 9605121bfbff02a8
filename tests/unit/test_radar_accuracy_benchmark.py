"""benchmarks/radar_accuracy.py without the radar: its input folder and its scoring."""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))

import radar_accuracy as bench


@dataclass(frozen=True)
class Finding:
    product_id: str
    right_id: str | None
    kind: str = "trademark"
    matched_text: str = "x"
    field: str = "title"
    step: str = "exact"
    score: float = 1.0


def _oracle(listings: list[dict[str, str]], column: str) -> list[Finding]:
    return [
        Finding(row["product_id"], right_id)
        for row in listings
        for right_id in row[column].split(";")
        if right_id
    ]


def assert_rights_with_goods(written: Path, corpus: Path) -> None:
    """The corpus's rights, each with the goods of ip_rights_goods.csv, in order."""
    rights = bench.read_csv(corpus / "ip_rights.csv")
    goods = {
        row["right_id"]: row["goods"] for row in bench.read_csv(corpus / "ip_rights_goods.csv")
    }
    assert set(goods) == {row["right_id"] for row in rights}  # every right has its goods
    assert all(goods.values())
    assert bench.read_csv(written) == [{**row, "goods": goods[row["right_id"]]} for row in rights]


def test_rights_are_copied_as_they_are_without_a_goods_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ip_rights.csv").write_bytes(b"right_id,holder,kind,mark\nr1,H,trademark,Dove\n")
    bench.write_rights(corpus, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == (corpus / "ip_rights.csv").read_bytes()
    (corpus / "ip_rights_goods.csv").write_text("right_id,goods\nr1,soap;香皂\n", encoding="utf-8")
    bench.write_rights(corpus, tmp_path / "out.csv")
    assert bench.read_csv(tmp_path / "out.csv") == [
        {"right_id": "r1", "holder": "H", "kind": "trademark", "mark": "Dove", "goods": "soap;香皂"}
    ]


def test_prepare_writes_the_contract_folder_of_one_split(tmp_path: Path) -> None:
    listings = bench.prepare(tmp_path, "dev")
    with (tmp_path / "products.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == bench.PRODUCT_COLUMNS
        products = list(reader)
    assert [p["product_id"] for p in products] == [row["product_id"] for row in listings]
    assert {p["status"] for p in products} == {"listed"}
    assert_rights_with_goods(tmp_path / "ip_rights.csv", bench.CORPUS)
    for product in products:
        assert product["image_path"] == "" or (tmp_path / product["image_path"]).is_file()
    holdout = bench.load_listings("holdout")
    assert not any((tmp_path / row["image_path"]).exists() for row in holdout if row["image_path"])


def test_perfect_findings_score_one_and_compat_wording_is_scored_by_the_switch() -> None:
    listings = bench.load_listings("all")
    perfect = bench.evaluate(listings, _oracle(listings, "expected"), no_compat=False)
    assert perfect["overall"]["precision"] == perfect["overall"]["recall"] == 1.0
    assert not perfect["false_positives"] and not perfect["false_negatives"]
    # Clean listings have no pairs: precision and recall are undefined, not 0 or 1.
    assert perfect["by_case"]["clean"]["recall"] is None
    # With the switch off the same findings miss every compatibility pair.
    strict = bench.evaluate(listings, _oracle(listings, "expected"), no_compat=True)
    compat = strict["by_case"]["compat"]
    assert compat["tp"] == 0 and compat["fn"] >= 20 and compat["recall"] == 0.0
    assert strict["overall"]["precision"] == 1.0


def test_a_finding_on_each_near_miss_is_a_false_positive() -> None:
    listings = bench.load_listings("dev")
    near = [row for row in listings if row["case"] in ("generic_word", "inside_word")]
    findings = [
        *_oracle(listings, "expected"),
        *(Finding(r["product_id"], r["brand_group"]) for r in near),
    ]
    findings.append(Finding(listings[0]["product_id"], None))  # another category: ignored
    result = bench.evaluate(listings, findings, no_compat=False, errors_shown=5)
    assert result["overall"]["fp"] == len(near)
    assert result["overall"]["recall"] == 1.0
    assert result["by_case"]["generic_word"]["precision"] == 0.0
    assert len(result["false_positives"]) == 5
    assert result["false_positives"][0]["findings"] == ["'x' in title by exact (1.00)"]
    assert "false positives (first 5)" in bench.report({"split": "dev", **result})


def test_run_scans_the_prepared_folder() -> None:
    seen: list[Path] = []

    def scanner(folder: Path, allow_compat: bool) -> list[Finding]:
        seen.append(folder)
        assert allow_compat
        rows = bench.read_csv(folder / "products.csv")
        return [Finding(row["product_id"], "r-nike") for row in rows if "Nike" in row["brand"]]

    result = bench.run("dev", no_compat=False, scanner=scanner)
    assert seen and result["split"] == "dev"
    assert result["overall"]["tp"] >= 1
