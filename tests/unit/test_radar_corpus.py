"""The product-radar evaluation corpus itself: shape, labels, split by brand, images.

No detector is needed: these tests keep the yardstick honest (tests/data/radar/README.md).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

DATA = Path(__file__).resolve().parents[1] / "data" / "radar"
RIGHT_COLUMNS = ["right_id", "holder", "kind", "mark", "aliases", "image_path"]
LISTING_COLUMNS = [
    "product_id",
    "title",
    "description",
    "brand",
    "image_path",
    "expected",
    "expected_without_compat",
    "case",
    "brand_group",
    "lang",
]
POSITIVE_CASES = {
    "exact",
    "alias",
    "chinese",
    "case_width",
    "accent",
    "homoglyph",
    "leetspeak",
    "spacing",
    "misspelling",
    "brand_field",
    "image",
    "mixed",
}
NEGATIVE_CASES = {"compat", "inside_word", "generic_word", "common_word", "clean"}


def _read(name: str, columns: list[str]) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns, name
        return list(reader)


def _module(name: str) -> ModuleType:
    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    spec = importlib.util.spec_from_file_location(f"radar_corpus_{name}", DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the module runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _ids(value: str) -> set[str]:
    return set(filter(None, value.split(";")))


RIGHTS = _read("ip_rights.csv", RIGHT_COLUMNS)
RIGHT_IDS = {row["right_id"] for row in RIGHTS}
LISTINGS = _read("listings.csv", LISTING_COLUMNS)
DEV = _read("listings_dev.csv", LISTING_COLUMNS)
HOLDOUT = _read("listings_holdout.csv", LISTING_COLUMNS)


def test_rights_table() -> None:
    assert len(RIGHTS) >= 40
    assert len(RIGHT_IDS) == len(RIGHTS)
    assert {row["kind"] for row in RIGHTS} == {"trademark", "patent", "design"}
    for row in RIGHTS:
        assert row["mark"].strip() and row["holder"].strip(), row
        assert all(alias.strip() for alias in row["aliases"].split(";") if row["aliases"])
        assert row["image_path"] in ("", f"images/{row['right_id']}.png")
    assert sum(bool(row["image_path"]) for row in RIGHTS) >= 15
    marks = {row["mark"] for row in RIGHTS}
    # Marks that are also ordinary words, and Chinese brands, are what the near-misses need.
    assert {"Apple", "Dove", "Shell", "Puma", "Jaguar", "Coach", "Chanel", "Gap"} <= marks
    aliases = {alias for row in RIGHTS for alias in row["aliases"].split(";")}
    assert {"华为", "小米", "李宁", "大疆", "安踏", "耐克", "路易威登", "香奈儿"} <= aliases


def test_listings_shape() -> None:
    ids = [row["product_id"] for row in LISTINGS]
    assert len(ids) == len(set(ids)) >= 600
    assert sorted(DEV + HOLDOUT, key=lambda row: row["product_id"]) == LISTINGS
    assert {row["lang"] for row in LISTINGS} == {"en", "zh", "mixed"}
    assert sum(row["lang"] != "en" for row in LISTINGS) >= 150
    assert all(row["title"].strip() for row in LISTINGS)
    positives = sum(bool(row["expected"]) for row in LISTINGS) / len(LISTINGS)
    assert 0.40 <= positives <= 0.50


def test_every_case_has_twenty_listings() -> None:
    counts = Counter(row["case"] for row in LISTINGS)
    assert set(counts) == POSITIVE_CASES | NEGATIVE_CASES
    assert min(counts.values()) >= 20, counts


def test_labels_are_consistent() -> None:
    for row in LISTINGS:
        expected, without = _ids(row["expected"]), _ids(row["expected_without_compat"])
        assert expected | without <= RIGHT_IDS, row
        # Turning the switch off can only add findings.
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


def test_split_is_by_brand() -> None:
    dev_groups = {row["brand_group"] for row in DEV} - {""}
    holdout_groups = {row["brand_group"] for row in HOLDOUT} - {""}
    assert not dev_groups & holdout_groups
    # No right of the held-out half is named by a dev listing, and the other way round.
    for rows, own in ((DEV, dev_groups), (HOLDOUT, holdout_groups)):
        for row in rows:
            assert _ids(row["expected_without_compat"]) <= own, row
    assert 0.30 <= len(holdout_groups) / len(RIGHT_IDS) <= 0.40
    for case in POSITIVE_CASES | NEGATIVE_CASES:
        assert any(row["case"] == case for row in DEV), case
        assert any(row["case"] == case for row in HOLDOUT), case
    assert any(row["case"] == "clean" for row in HOLDOUT)


def test_builder_writes_the_committed_files(tmp_path: Path) -> None:
    build_corpus = _module("build_corpus")
    build_corpus.write(tmp_path)
    for name in ("ip_rights.csv", "listings.csv", "listings_dev.csv", "listings_holdout.csv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_images_generate_for_every_named_path_and_are_distinct(tmp_path: Path) -> None:
    images = _module("images")
    images.write_images(tmp_path)
    named = [row["image_path"] for row in RIGHTS + LISTINGS if row["image_path"]]
    assert len(named) == len(set(named))
    assert sum(row["case"] == "image" and bool(row["image_path"]) for row in LISTINGS) >= 20
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


@pytest.mark.parametrize("product_id", ["P0001", "P0300"])
def test_copied_image_stays_within_the_stated_edits(product_id: str) -> None:
    images = _module("images")
    reference = images.reference_image("r-nike", "Nike")
    copy, quality = images.copied_image(reference, product_id)
    assert 40 <= quality <= 70
    assert 160 <= copy.size[0] <= 420
    # A crop of at most 8% per side keeps the aspect ratio within these bounds.
    assert 0.84 <= copy.size[0] / copy.size[1] <= 1.19
