"""Write ip_rights.csv and listings.csv of one held-out corpus (deterministic); each
holdoutN/buildN.py gives its number, seed, rights and listings.

Checks every label against the rules of README.md that can be checked mechanically
(rights exist, positives expect their group, compatibility rows name a device phrase,
brand-field and image rows have clean text) before writing. As each corpus's writers were
asked: from the third corpus on, also that clean rows name no right; from the fourth on,
that text positives with a description name the mark in the description only (about a
quarter of them), titles are unique, every case has at least twelve listings and every
right some, every compatibility wording occurs, a hundred listings are not in English, and
no right or name of an earlier corpus is reused.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
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
NEGATIVE_CASES = {"compat", "inside_word", "generic_word", "common_word", "clean"}
COMPAT_PHRASE = re.compile(
    r"\bfor\b|compatible|\bfits?\b|designed to fit|works with|适用|适配|兼容|替换", re.IGNORECASE
)
COMPAT_FORMS = (
    *(" for ", "compatible with", "compatible for", " fits ", "designed to fit"),
    *("works with", "replacement", " compatible ", "适用于", "适用", "适配", "兼容", "替换"),
)
# Latin tokens a Chinese listing may carry and still count as `zh` (units, sizes, models
# of no brand); anything else Latin, look-alike or full-width makes it `mixed`.
UNITS = {
    "MOQ", "USB", "LED", "WiFi", "PP", "PVC", "EVA", "IPX", "PD", "V", "W", "L", "kg",
    "g", "ml", "cm", "mm", "Ah", "A", "C", "E", "K", "G", "x", "mAh",
}  # fmt: skip
LATIN = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a\u0370-\u03ff\u0400-\u04ff\u00c0-\u024f]+")
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class HeldOutCorpus:
    """One held-out corpus: ``number`` (ids H<number>-…, folder holdout<number>), the
    ``seed`` of its shuffle, its ``rights`` (tuples: id, holder, kind, mark, aliases,
    has a reference picture) and ``listings``, the module of its listing sources."""

    number: int
    seed: int
    rights: Sequence[tuple[Any, ...]]
    listings: ModuleType

    def write(self, folder: Path | None = None) -> None:
        folder = folder or HERE / f"holdout{self.number}"
        rights, listings = self.rows()
        _write(folder / "ip_rights.csv", RIGHT_COLUMNS, rights)
        _write(folder / "listings.csv", LISTING_COLUMNS, listings)

    def rows(self) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        rights = [
            dict(zip(RIGHT_COLUMNS, (*r[:5], f"images/{r[0]}.png" if r[5] else ""), strict=True))
            for r in self.rights
        ]
        right_ids = {r["right_id"] for r in rights}
        references = {r["right_id"] for r in rights if r["image_path"]}
        source = self.listings
        entries = [
            *source.POSITIVES,
            *source.COMPAT,
            *source.INSIDE_WORD,
            *source.GENERIC_WORD,
            *source.COMMON_WORD,
            *source.CLEAN,
        ]
        for entry in entries:
            self._check(entry, right_ids, references)
        random.Random(self.seed).shuffle(entries)
        listings = []
        clean_seen = 0
        for number, entry in enumerate(entries, start=1):
            product_id = f"H{self.number}-{number:04d}"
            if entry.case == "clean":
                clean_seen += 1
            # Image rows need their copy; every listing about a right with a reference
            # picture gets a picture (a look-alike for near-misses), and a third of the
            # clean ones do.
            has_image = (
                entry.image
                or entry.group in references
                or (entry.case == "clean" and clean_seen % 3 == 0)
            )
            listings.append(
                {
                    "product_id": product_id,
                    "title": entry.title,
                    "description": entry.description,
                    "brand": entry.brand,
                    "image_path": f"images/{product_id.lower()}.jpg" if has_image else "",
                    "expected": ";".join(_expected(entry)),
                    "expected_without_compat": ";".join(self._without(entry)),
                    "case": entry.case,
                    "brand_group": entry.group,
                    "lang": _lang(entry),
                }
            )
        if self.number >= 4:
            self._check_corpus(rights, listings)
        return rights, listings

    def _names(self, right_id: str) -> list[str]:
        row = next(r for r in self.rights if r[0] == right_id)
        return [row[3], *filter(None, row[4].split(";"))]

    def _without(self, entry: Any) -> tuple[str, ...]:
        if entry.without_compat is not None:
            return tuple(entry.without_compat)
        # From the third corpus on, a compatibility listing names its group's device
        # unless it says otherwise.
        return (entry.group,) if entry.case == "compat" and self.number >= 3 else _expected(entry)

    def _check(self, entry: Any, rights: set[str], references: set[str]) -> None:
        where = f"{entry.case}/{entry.group}: {entry.title}"
        positive = entry.case not in NEGATIVE_CASES
        expected = _expected(entry)
        without = self._without(entry)
        assert set(expected) | set(without) <= rights, where
        assert set(expected) <= set(without), where
        assert (entry.group == "") == (entry.case == "clean"), where
        assert entry.group == "" or entry.group in rights, where
        if positive:
            assert entry.group in expected, where
        else:
            assert not expected, where
        if entry.case == "compat":
            assert entry.group in without and COMPAT_PHRASE.search(entry.title), where
        elif set(without) != set(expected):
            assert entry.case == "mixed" and COMPAT_PHRASE.search(entry.title), where
        if entry.case in ("brand_field", "image"):
            text = f"{entry.title} {entry.description}".casefold()
            for name in self._names(entry.group):
                assert name.casefold() not in text, where
        if entry.case == "brand_field":
            assert entry.brand, where
        if entry.case == "image":
            assert not entry.brand and entry.group in references, where
        described = positive and entry.case not in ("brand_field", "image") and entry.description
        if self.number >= 4 and described:
            # The mark is in the description only: the title names none of the group's names.
            for name in self._names(entry.group):
                assert not _names_in(name, entry.title.casefold()), where
        if entry.case == "clean" and self.number >= 3:
            text = f"{entry.title} {entry.description} {entry.brand}".casefold()
            for row in self.rights:
                for name in self._names(row[0]):
                    assert not _names_in(name, text), (where, name)

    def _check_corpus(self, rights: list[dict[str, str]], listings: list[dict[str, str]]) -> None:
        earlier = ["ip_rights.csv", *(f"holdout{n}/ip_rights.csv" for n in range(2, self.number))]
        for path in earlier:
            with (HERE / path).open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            ids = {r["right_id"] for r in rows}
            names = _folded([n for r in rows for n in (r["mark"], *r["aliases"].split(";")) if n])
            for right in rights:
                assert right["right_id"] not in ids, right
                assert not _folded(self._names(right["right_id"])) & names, (path, right)
        titles = [row["title"] for row in listings]
        assert len(titles) == len(set(titles)), [t for t, n in Counter(titles).items() if n > 1]
        counts = Counter(row["case"] for row in listings)
        assert min(counts.values()) >= 12, counts
        positives = sum(bool(row["expected"]) for row in listings) / len(listings)
        assert 0.40 <= positives <= 0.50, positives
        compat = [row["title"].casefold() for row in listings if row["case"] == "compat"]
        for form in COMPAT_FORMS:
            assert any(form in title for title in compat), form
        assert {row["lang"] for row in listings} == {"en", "zh", "mixed"}
        assert sum(row["lang"] != "en" for row in listings) >= 100
        # About a quarter of the text positives name their mark in the description only.
        text = [r for r in listings if r["case"] not in NEGATIVE_CASES | {"brand_field", "image"}]
        assert 0.15 <= sum(bool(r["description"]) for r in text) / len(text) <= 0.35
        # Every right has listings; every right with a reference picture has a copy of it.
        groups = Counter(row["brand_group"] for row in listings)
        assert all(groups[right["right_id"]] for right in rights), groups
        copied = {row["brand_group"] for row in listings if row["case"] == "image"}
        assert copied == {right["right_id"] for right in rights if right["image_path"]}


def _lang(entry: Any) -> str:
    text = " ".join((entry.title, entry.description, entry.brand))
    if not CJK.search(text):
        return "en"
    return "zh" if set(LATIN.findall(text)) <= UNITS else "mixed"


def _folded(names: list[str]) -> set[str]:
    return {unicodedata.normalize("NFKC", n).casefold() for n in names}


def _names_in(name: str, text: str) -> bool:
    """Whether ``name`` occurs in casefolded ``text``: short Latin names (HP, LG, Lee) as a
    whole word, any other name anywhere."""
    name = name.casefold()
    if name.isascii() and len(name) <= 3:
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _expected(entry: Any) -> tuple[str, ...]:
    if entry.expected is not None:
        return tuple(entry.expected)
    return () if entry.case in NEGATIVE_CASES else (entry.group,)


def _write(path: Path, columns: list[str], table: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
