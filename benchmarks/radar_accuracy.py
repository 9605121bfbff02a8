"""Accuracy of the product radar's IP findings on the labelled corpus (a script, not a test).

    .venv/bin/python benchmarks/radar_accuracy.py                      # the dev half
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout
    .venv/bin/python benchmarks/radar_accuracy.py --split all --no-compat --json
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout2    # the second corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout3    # the third corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout4    # the fourth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout5    # the fifth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout6    # the sixth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout7    # the seventh corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout8    # the eighth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout9    # the ninth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout10   # the tenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout11   # the eleventh corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout12   # the twelfth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout13   # the thirteenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout14   # the fourteenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout15   # the fifteenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout16   # the sixteenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout17   # the seventeenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout18   # the eighteenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout19   # the nineteenth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout20   # the twentieth corpus
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout21   # the twenty-first
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout22   # the twenty-second
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout23   # the twenty-third
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout24   # the twenty-fourth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout25   # the twenty-fifth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout26   # the twenty-sixth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout27   # the twenty-seventh
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout28   # the twenty-eighth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout29   # the twenty-ninth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout30   # the thirtieth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout31   # the thirty-first
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout32   # the thirty-second
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout33   # the thirty-third
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout34   # the thirty-fourth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout35   # the thirty-fifth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout36   # the thirty-sixth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout37   # the thirty-seventh
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout38   # the thirty-eighth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout39   # the thirty-ninth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout40   # the fortieth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout41   # the forty-first
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout42   # the forty-second
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout43   # the forty-third
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout44   # the forty-fourth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout45   # the forty-fifth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout46   # the forty-sixth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout47   # the forty-seventh
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout48   # the forty-eighth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout49   # the forty-ninth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout50   # the fiftieth
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout51   # the fifty-first
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout52   # the fifty-second
    .venv/bin/python benchmarks/radar_accuracy.py --split holdout53   # the fifty-third

The corpus is tests/data/radar (README.md there gives the label rules). The script writes
an input folder the way the radar reads one (products.csv with the contract's columns,
ip_rights.csv with the ``goods`` of the corpus's ip_rights_goods.csv joined in, the
images), runs ``sellerstar.radar.scan.scan_folder`` on it, and scores
the findings per (product_id, right_id) pair: precision, recall and F1 overall, per evasion
``case`` and per language, then lists the first false positives and false negatives.
``--no-compat`` scores the rule-set with ``allow_compatibility_wording`` off, against the
``expected_without_compat`` column. The held-out half is for the final figures only: tune
on dev. ``--split holdout2`` scores the second, fresh held-out corpus in
tests/data/radar/holdout2 (its own rights table and images): brands nobody tuned on, to be
run once; ``--split holdout3`` to ``holdout53`` likewise score the third to the
fifty-third, in tests/data/radar/holdout3 to holdout53.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "radar"
# The held-out corpora written blind, one folder each, with its own ip_rights.csv (their
# pictures are drawn by the first corpus's images.py from each folder's CSVs).
HELD_OUT = tuple(f"holdout{n}" for n in range(2, 90))
SPLIT_FILES = {
    "dev": ("listings_dev.csv",),
    "holdout": ("listings_holdout.csv",),
    "all": ("listings_dev.csv", "listings_holdout.csv"),
    **dict.fromkeys(HELD_OUT, ("listings.csv",)),
}
SPLIT_CORPUS = {split: CORPUS / split for split in HELD_OUT}
PRODUCT_COLUMNS = [
    "product_id",
    "merchant_id",
    "owner_account_id",
    "title",
    "description",
    "leaf_category",
    "industry",
    "is_rts",
    "ships_within_days",
    "stock",
    "growth_score",
    "samples_supported",
    "sample_price_usd",
    "status",
    "brand",
    "tier",
    "image_path",
]
# The columns the radar does not read, filled with one valid value each.
FIXED_PRODUCT_VALUES = {
    "merchant_id": "M1",
    "owner_account_id": "",
    "leaf_category": "Apparel",
    "industry": "Apparel",
    "is_rts": "false",
    "ships_within_days": "",
    "stock": "10",
    "growth_score": "50",
    "samples_supported": "false",
    "sample_price_usd": "",
    "status": "listed",
    "tier": "",
}
ERRORS_SHOWN = 30
Pair = tuple[str, str]


class FindingLike(Protocol):
    """What the benchmark reads of a radar finding."""

    product_id: str
    right_id: str | None
    kind: Any
    matched_text: str
    field: str
    step: Any
    score: float


Scanner = Callable[[Path, bool], Sequence[FindingLike]]


@dataclass(frozen=True)
class Figures:
    """Pair counts of one group of listings."""

    listings: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }

    def line(self, label: str) -> str:
        def show(value: float | None) -> str:
            return f"{value:>8.3f}" if value is not None else f"{'-':>8}"

        return (
            f"{label:<16}{self.listings:>6}{self.tp:>6}{self.fp:>6}{self.fn:>6}"
            f"{show(self.precision)}{show(self.recall)}{show(self.f1)}"
        )


HEADER = f"{'':<16}{'rows':>6}{'TP':>6}{'FP':>6}{'FN':>6}{'prec':>8}{'recall':>8}{'F1':>8}"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def corpus_of(split: str) -> Path:
    return SPLIT_CORPUS.get(split, CORPUS)


def load_listings(split: str, corpus: Path | None = None) -> list[dict[str, str]]:
    corpus = corpus or corpus_of(split)
    rows: list[dict[str, str]] = []
    for name in SPLIT_FILES[split]:
        rows.extend(read_csv(corpus / name))
    return rows


def _images_module() -> ModuleType:
    """The first corpus's picture generator; it draws any corpus's pictures from its CSVs."""
    generator = CORPUS / "images.py"
    spec = importlib.util.spec_from_file_location("radar_corpus_images", generator)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {generator}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def prepare(folder: Path, split: str, corpus: Path | None = None) -> list[dict[str, str]]:
    """Write the radar's input folder for ``split``; return the labelled listings."""
    corpus = corpus or corpus_of(split)
    listings = load_listings(split, corpus)
    folder.mkdir(parents=True, exist_ok=True)
    write_rights(corpus, folder / "ip_rights.csv")
    with (folder / "products.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PRODUCT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in listings:
            writer.writerow(
                {
                    **FIXED_PRODUCT_VALUES,
                    "product_id": row["product_id"],
                    "title": row["title"],
                    "description": row["description"],
                    "brand": row["brand"],
                    "image_path": row["image_path"],
                }
            )
    _images_module().write_images(folder, corpus, SPLIT_FILES[split])
    return listings


def write_rights(corpus: Path, target: Path) -> None:
    """The corpus's rights table, with the ``goods`` of ip_rights_goods.csv joined in when
    the corpus has one (the goods are written apart, from brand knowledge alone)."""
    goods_file = corpus / "ip_rights_goods.csv"
    if not goods_file.is_file():
        shutil.copyfile(corpus / "ip_rights.csv", target)
        return
    goods = {row["right_id"]: row["goods"] for row in read_csv(goods_file)}
    rights = read_csv(corpus / "ip_rights.csv")
    columns = [c for c in rights[0] if c != "goods"] + ["goods"] if rights else ["goods"]
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rights:
            writer.writerow({**row, "goods": goods.get(row["right_id"], "")})


def radar_scanner() -> Scanner:
    try:
        from sellerstar.radar.scan import scan_folder
    except ImportError as error:
        raise SystemExit(
            "The product radar is not importable (sellerstar.radar.scan.scan_folder: "
            f"{error}). Run from a checkout that has it, with PYTHONPATH=<checkout>/src."
        ) from error

    def scan(folder: Path, allow_compat: bool) -> Sequence[FindingLike]:
        return list(scan_folder(folder, allow_compatibility_wording=allow_compat))

    return scan


def expected_pairs(listings: Iterable[dict[str, str]], no_compat: bool) -> set[Pair]:
    column = "expected_without_compat" if no_compat else "expected"
    return {
        (row["product_id"], right_id)
        for row in listings
        for right_id in row[column].split(";")
        if right_id
    }


def found_pairs(findings: Iterable[FindingLike], product_ids: set[str]) -> set[Pair]:
    # Findings without a right (other radar categories) are not this benchmark's business.
    return {
        (f.product_id, f.right_id) for f in findings if f.right_id and f.product_id in product_ids
    }


def figures(listings: Sequence[dict[str, str]], expected: set[Pair], found: set[Pair]) -> Figures:
    ids = {row["product_id"] for row in listings}
    mine_expected = {pair for pair in expected if pair[0] in ids}
    mine_found = {pair for pair in found if pair[0] in ids}
    return Figures(
        listings=len(ids),
        tp=len(mine_expected & mine_found),
        fp=len(mine_found - mine_expected),
        fn=len(mine_expected - mine_found),
    )


def _finding_text(finding: FindingLike) -> str:
    step = getattr(finding.step, "value", finding.step)
    return f"{finding.matched_text!r} in {finding.field} by {step} ({finding.score:.2f})"


def evaluate(
    listings: Sequence[dict[str, str]],
    findings: Sequence[FindingLike],
    no_compat: bool,
    errors_shown: int = ERRORS_SHOWN,
) -> dict[str, Any]:
    """Scores and errors, as one JSON-ready dictionary."""
    by_id = {row["product_id"]: row for row in listings}
    expected = expected_pairs(listings, no_compat)
    found = found_pairs(findings, set(by_id))
    details: dict[Pair, list[str]] = {}
    for finding in findings:
        if finding.right_id:
            details.setdefault((finding.product_id, finding.right_id), []).append(
                _finding_text(finding)
            )

    def group(key: str) -> dict[str, dict[str, Any]]:
        values = sorted({row[key] for row in listings})
        return {
            value: figures(
                [row for row in listings if row[key] == value], expected, found
            ).as_dict()
            for value in values
        }

    def error(pair: Pair) -> dict[str, Any]:
        row = by_id[pair[0]]
        return {
            "product_id": pair[0],
            "right_id": pair[1],
            "case": row["case"],
            "lang": row["lang"],
            "title": row["title"],
            "brand": row["brand"],
            "expected": row["expected_without_compat" if no_compat else "expected"],
            "findings": details.get(pair, [])
            or [
                f"{right}: {text}"
                for (pid, right), texts in details.items()
                if pid == pair[0]
                for text in texts
            ],
        }

    return {
        "allow_compatibility_wording": not no_compat,
        "overall": figures(listings, expected, found).as_dict(),
        "by_case": group("case"),
        "by_lang": group("lang"),
        "false_positives": [error(pair) for pair in sorted(found - expected)[:errors_shown]],
        "false_negatives": [error(pair) for pair in sorted(expected - found)[:errors_shown]],
    }


def report(result: dict[str, Any]) -> str:
    def line(label: str, counts: dict[str, Any]) -> str:
        return Figures(counts["listings"], counts["tp"], counts["fp"], counts["fn"]).line(label)

    switch = "on" if result["allow_compatibility_wording"] else "off"
    lines = [
        f"split {result['split']}, allow_compatibility_wording {switch}",
        HEADER,
        line("overall", result["overall"]),
        "",
        "by case",
        *(line(case, counts) for case, counts in result["by_case"].items()),
        "",
        "by language",
        *(line(lang, counts) for lang, counts in result["by_lang"].items()),
    ]
    for title, key in (
        ("false positives", "false_positives"),
        ("false negatives", "false_negatives"),
    ):
        errors = result[key]
        lines += ["", f"{title} (first {len(errors)})"]
        for e in errors:
            lines.append(
                f"  {e['product_id']} {e['right_id']} [{e['case']}/{e['lang']}] {e['title']!r}"
                + (f" brand={e['brand']!r}" if e["brand"] else "")
            )
            lines.extend(f"      {text}" for text in e["findings"])
    return "\n".join(lines)


def run(
    split: str,
    no_compat: bool,
    scanner: Scanner | None = None,
    workdir: Path | None = None,
    corpus: Path | None = None,
) -> dict[str, Any]:
    scan = scanner or radar_scanner()
    with tempfile.TemporaryDirectory(prefix="radar-corpus-") as tmp:
        folder = workdir or Path(tmp)
        listings = prepare(folder, split, corpus)
        findings = scan(folder, not no_compat)
        result = evaluate(listings, findings, no_compat)
    return {"split": split, **result}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLIT_FILES), default="dev")
    parser.add_argument(
        "--no-compat",
        action="store_true",
        help="score with allow_compatibility_wording off (expected_without_compat)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--workdir", type=Path, help="write the input folder here and keep it (default: a temp dir)"
    )
    args = parser.parse_args(argv)
    result = run(args.split, args.no_compat, workdir=args.workdir)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else report(result))


if __name__ == "__main__":
    main()
