"""The fifth held-out radar corpus (tests/data/radar/holdout5): shape, labels, images.

No detector is needed. The corpus must stay disjoint from the first four corpora's brands,
or it would not measure generalisation.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
FIRST = ROOT / "tests" / "data" / "radar"
DATA = FIRST / "holdout5"
SECOND = FIRST / "holdout2"
THIRD = FIRST / "holdout3"
FOURTH = FIRST / "holdout4"
sys.path.append(str(ROOT / "benchmarks"))

import radar_accuracy as bench  # noqa: E402
from test_radar_corpus import (  # noqa: E402  # the same columns and cases as the first corpus
    LISTING_COLUMNS,
    NEGATIVE_CASES,
    POSITIVE_CASES,
    RIGHT_COLUMNS,
)


def _read(path: Path, columns: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns, path
        return list(reader)


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _ids(value: str) -> set[str]:
    return set(filter(None, value.split(";")))


def _names(row: dict[str, str]) -> set[str]:
    names = {row["mark"], *filter(None, row["aliases"].split(";"))}
    return {unicodedata.normalize("NFKC", n).casefold() for n in names}


RIGHTS = _read(DATA / "ip_rights.csv", RIGHT_COLUMNS)
RIGHT_IDS = {row["right_id"] for row in RIGHTS}
LISTINGS = _read(DATA / "listings.csv", LISTING_COLUMNS)
FIRST_RIGHTS = _read(FIRST / "ip_rights.csv", RIGHT_COLUMNS)
SECOND_RIGHTS = _read(SECOND / "ip_rights.csv", RIGHT_COLUMNS)
THIRD_RIGHTS = _read(THIRD / "ip_rights.csv", RIGHT_COLUMNS)
FOURTH_RIGHTS = _read(FOURTH / "ip_rights.csv", RIGHT_COLUMNS)


def test_rights_table() -> None:
    assert len(RIGHTS) >= 40
    assert len(RIGHT_IDS) == len(RIGHTS)
    kinds = Counter(row["kind"] for row in RIGHTS)
    assert kinds["patent"] == 2 and kinds["design"] == 2, kinds
    for row in RIGHTS:
        assert row["mark"].strip() and row["holder"].strip(), row
        assert all(alias.strip() for alias in row["aliases"].split(";") if row["aliases"])
        assert row["image_path"] in ("", f"images/{row['right_id']}.png")
    assert sum(bool(row["image_path"]) for row in RIGHTS) >= 12
    chinese_marks = [row for row in RIGHTS if "\u4e00" <= row["mark"][0] <= "\u9fff"]
    assert len(chinese_marks) >= 8
    # Marks that are also ordinary words (or short marks with common-word neighbours) carry
    # the generic-word and common-word near-misses.
    marks = {row["mark"] for row in RIGHTS}
    assert {"Lotus", "Avon", "Ajax", "Titan", "Polaris", "Husky", "Pilot", "Zebra"} <= marks
    assert {"MAC", "AEG", "NYX", "SKF", "BMW", "OXO", "OPPO", "WD-40"} <= marks
    assert {"好孩子", "大宝", "飞跃", "旺旺", "小熊", "七匹狼", "红蜻蜓", "周大福"} <= marks


def test_no_right_or_name_of_the_first_four_corpora() -> None:
    for earlier in (FIRST_RIGHTS, SECOND_RIGHTS, THIRD_RIGHTS, FOURTH_RIGHTS):
        earlier_ids = {row["right_id"] for row in earlier}
        earlier_names = set().union(*(_names(row) for row in earlier))
        assert not RIGHT_IDS & earlier_ids
        for row in RIGHTS:
            assert not _names(row) & earlier_names, row


def test_listings_shape() -> None:
    ids = [row["product_id"] for row in LISTINGS]
    assert len(ids) == len(set(ids)) >= 330
    assert all(pid.startswith("H5-") for pid in ids)
    assert {row["lang"] for row in LISTINGS} == {"en", "zh", "mixed"}
    assert sum(row["lang"] != "en" for row in LISTINGS) >= 100
    assert all(row["title"].strip() for row in LISTINGS)
    titles = [row["title"] for row in LISTINGS]
    assert len(set(titles)) == len(titles)
    positives = sum(bool(row["expected"]) for row in LISTINGS) / len(LISTINGS)
    assert 0.40 <= positives <= 0.50


def test_every_case_has_twelve_listings() -> None:
    counts = Counter(row["case"] for row in LISTINGS)
    assert set(counts) == POSITIVE_CASES | NEGATIVE_CASES
    assert min(counts.values()) >= 12, counts


def test_labels_are_consistent() -> None:
    for row in LISTINGS:
        expected, without = _ids(row["expected"]), _ids(row["expected_without_compat"])
        assert expected | without <= RIGHT_IDS, row
        assert expected <= without, row
        if row["case"] in POSITIVE_CASES:
            assert expected and row["brand_group"] in expected, row
        else:
            assert not expected, row
        if row["case"] == "compat":
            assert row["brand_group"] in without, row
        elif without != expected:
            assert row["case"] == "mixed", row
        assert (row["brand_group"] == "") == (row["case"] == "clean"), row
        assert row["brand_group"] == "" or row["brand_group"] in RIGHT_IDS, row
        if row["case"] == "image":
            assert row["image_path"] and not row["brand"], row


def test_builder_writes_the_committed_files(tmp_path: Path) -> None:
    sys.path.insert(0, str(DATA))
    try:
        build = _module(DATA / "build5.py", "radar_corpus5_build")
    finally:
        sys.path.remove(str(DATA))
    build.write(tmp_path)
    for name in ("ip_rights.csv", "listings.csv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_images_generate_for_every_named_path_and_are_distinct(tmp_path: Path) -> None:
    images = _module(DATA / "holdout5_images.py", "radar_corpus5_images")
    images.write_images(tmp_path)
    named = [row["image_path"] for row in RIGHTS + LISTINGS if row["image_path"]]
    assert len(named) == len(set(named))
    assert sum(row["case"] == "image" for row in LISTINGS) >= 12
    digests = set()
    for path in named:
        data = (tmp_path / path).read_bytes()
        digests.add(hashlib.sha256(data).hexdigest())
        with Image.open(tmp_path / path) as image:
            image.verify()
    assert len(digests) == len(named)
    for row in RIGHTS:
        if row["image_path"]:
            with Image.open(tmp_path / row["image_path"]) as image:
                assert image.size == (256, 256)


def test_benchmark_prepares_the_holdout5_split_from_its_own_folder(tmp_path: Path) -> None:
    listings = bench.prepare(tmp_path, "holdout5")
    assert [row["product_id"] for row in listings] == [row["product_id"] for row in LISTINGS]
    rights = bench.read_csv(DATA / "ip_rights.csv")
    written = bench.read_csv(tmp_path / "ip_rights.csv")
    # The goods were written apart, blind to the listings; every right has its own.
    goods = {row["right_id"]: row["goods"] for row in bench.read_csv(DATA / "ip_rights_goods.csv")}
    assert set(goods) == {row["right_id"] for row in rights}
    assert written == [{**row, "goods": goods[row["right_id"]]} for row in rights]
    with (tmp_path / "products.csv").open(encoding="utf-8", newline="") as handle:
        products = list(csv.DictReader(handle))
    assert len(products) == len(LISTINGS)
    for product in products:
        assert product["image_path"] == "" or (tmp_path / product["image_path"]).is_file()
    # The other splits still read their own corpora.
    assert bench.corpus_of("holdout") == FIRST
    assert bench.corpus_of("holdout2") == SECOND
    assert bench.corpus_of("holdout3") == THIRD
    assert bench.corpus_of("holdout4") == FOURTH
    assert bench.load_listings("holdout5")[0]["product_id"].startswith("H5-")


def test_compatibility_wording_comes_in_many_forms() -> None:
    titles = [row["title"].casefold() for row in LISTINGS if row["case"] == "compat"]
    forms = (
        *(" for ", "compatible with", "compatible for", " fits ", "designed to fit"),
        *("works with", "replacement", " compatible ", "适用于", "适用", "适配", "兼容", "替换"),
    )
    assert all(any(form in title for title in titles) for form in forms)


def test_a_quarter_of_text_positives_name_the_mark_in_the_description_only() -> None:
    text_positives = [
        row for row in LISTINGS if row["case"] in POSITIVE_CASES - {"brand_field", "image"}
    ]
    described = [row for row in text_positives if row["description"]]
    assert 0.15 <= len(described) / len(text_positives) <= 0.35
