"""Accuracy of the pre-advice classifier on carriers and languages it has not seen (a script).

    .venv/bin/python benchmarks/pre_advice_accuracy.py
    .venv/bin/python benchmarks/pre_advice_accuracy.py --errors 40
    .venv/bin/python benchmarks/pre_advice_accuracy.py --corpus other.csv

The corpus (benchmarks/data/pre_advice/corpus.csv, README beside it) holds event texts
from carriers' and aggregators' public documentation, labelled ``pre_advice``,
``real_scan``, ``exception`` or ``delivered``. Pre-advice is the positive class; the
rest are "real" here. Figures are **held out**: the model is refitted without the texts
it is judged on, in two separate schemes:

- ``carriers``: GroupKFold (10 folds) grouped by carrier (a company's brands and
  aggregators sharing one status table count as one, :data:`FAMILIES`): every text of a
  carrier is judged by a model that never saw that carrier;
- ``languages``: leave one language out: every text of a language is judged by a model
  that never saw that language.

The known texts and the status rule are not refitted (they are tables, not learned).
Reported per scheme: accuracy, pre-advice recall, false-alarm rate (real texts called
pre-advice / all real texts) and precision, for the whole classifier, for the model on
the text alone, without the hand-written text rules, and for the baselines (known texts
only; the text rules of version 1 with no model). Rows whose feed status is one the
status rule knows (17TRACK / AfterShip ``InfoReceived`` sub-statuses, ``InTransit_*``,
...) are reported apart as well: there the status decides.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pre_advice_training import CORPUS, POSITIVE, fit, read_corpus
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

from sellerstar.domain.pre_advice import (
    Verdict,
    is_known_text,
    model_verdict,
    status_verdict,
    text_rule,
)
from sellerstar.domain.pre_advice_model import Model

Row = dict[str, str]
CARRIER_FOLDS = 10
# Carriers held out together: one company's brands (DHL Paket, DHL Express and Deutsche
# Post share wordings), resellers that show another's texts (Stamps.com: USPS), and
# aggregators built on one status table (51tracking and Tracktry: TrackingMore's).
FAMILIES = {
    "dhl_paket": "dhl",
    "dhl_express": "dhl",
    "deutschepost": "dhl",
    "dpd_latvia": "dpd",
    "stamps_com": "usps",
    "51tracking": "trackingmore",
    "tracktry": "trackingmore",
}


def family(carrier: str) -> str:
    return FAMILIES.get(carrier, carrier)


@dataclass(frozen=True)
class Figures:
    """Confusion counts with pre-advice as the positive class."""

    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(1, self.tp + self.fp + self.tn + self.fn)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def false_alarms(self) -> float:
        return self.fp / max(1, self.fp + self.tn)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    def line(self, label: str) -> str:
        return (
            f"{label:<30}{self.tp:>5}{self.fp:>5}{self.tn:>6}{self.fn:>5}"
            f"{self.accuracy:>9.3f}{self.recall:>8.3f}{self.false_alarms:>8.3f}"
            f"{self.precision:>8.3f}"
        )


HEADER = (
    f"{'':<30}{'TP':>5}{'FP':>5}{'TN':>6}{'FN':>5}{'accuracy':>9}{'recall':>8}"
    f"{'f.alarm':>8}{'prec.':>8}"
)


def figures(rows: Sequence[Row], said: Sequence[bool]) -> Figures:
    counts = Counter(
        (row["label"] == POSITIVE, verdict) for row, verdict in zip(rows, said, strict=True)
    )
    return Figures(
        counts[True, True], counts[False, True], counts[False, False], counts[True, False]
    )


# One way of deciding an event, given the model fitted without its fold.
Decider = Callable[[Row, Model], Verdict]


def _status(row: Row) -> bool | None:
    return status_verdict(row.get("status_code") or None)


def whole(row: Row, model: Model) -> Verdict:
    """The shipped pipeline: known text, status, labelled texts, text rules, model."""
    if is_known_text(row["text"]):
        return Verdict(True, "known_text")
    by_status = _status(row)
    if by_status is not None:
        return Verdict(by_status, "status")
    labelled = model.labelled(row["text"])
    if labelled is not None:
        return Verdict(labelled, "labelled_text")
    rule = text_rule(row["carrier"], row["text"])
    if rule is not None:
        return Verdict(True, f"text:{rule}")
    return model_verdict(row["text"], model)


def without_rules(row: Row, model: Model) -> Verdict:
    if is_known_text(row["text"]):
        return Verdict(True, "known_text")
    by_status = _status(row)
    if by_status is not None:
        return Verdict(by_status, "status")
    labelled = model.labelled(row["text"])
    if labelled is not None:
        return Verdict(labelled, "labelled_text")
    return model_verdict(row["text"], model)


def model_alone(row: Row, model: Model) -> Verdict:
    return model_verdict(row["text"], model)


def rules_v1(row: Row, model: Model) -> Verdict:
    if is_known_text(row["text"]):
        return Verdict(True, "known_text")
    rule = text_rule(row["carrier"], row["text"])
    return Verdict(rule is not None, f"text:{rule}" if rule else "default_real")


def known_only(row: Row, model: Model) -> Verdict:
    return Verdict(is_known_text(row["text"]), "known_text")


DECIDERS: dict[str, Decider] = {
    "classifier": whole,
    "without text rules": without_rules,
    "model alone (text only)": model_alone,
    "v1: known texts + text rules": rules_v1,
    "known texts only": known_only,
}


def held_out(
    rows: Sequence[Row], scheme: str, deciders: Sequence[str] = tuple(DECIDERS)
) -> dict[str, list[Verdict]]:
    """Each decider's verdict on every row, from models fitted without the row's group."""
    if scheme == "carriers":
        groups = np.array([family(row["carrier"]) for row in rows])
    else:
        groups = np.array([row["language"] for row in rows])
    if scheme == "carriers":
        splitter: GroupKFold | LeaveOneGroupOut = GroupKFold(
            n_splits=min(CARRIER_FOLDS, len(set(groups)))
        )
    else:
        splitter = LeaveOneGroupOut()
    verdicts: dict[str, list[Verdict | None]] = {name: [None] * len(rows) for name in deciders}
    for train, test in splitter.split(np.zeros(len(rows)), groups=groups):
        fitted = fit([rows[i] for i in train])
        model = Model(fitted.artefact("held-out", len(train)))
        for i in test:
            for name in deciders:
                verdicts[name][i] = DECIDERS[name](rows[i], model)
    return {name: [v for v in said if v is not None] for name, said in verdicts.items()}


def summary(rows: Sequence[Row]) -> list[str]:
    """The corpus in two lines (the README and the docs quote them)."""
    labels = Counter(row["label"] for row in rows)
    languages = Counter(row["language"] for row in rows)
    carriers = {row["carrier"] for row in rows}
    return [
        f"rows {len(rows)}, carriers {len(carriers)}, languages {len(languages)} ("
        + ", ".join(f"{label} {labels[label]}" for label in sorted(labels))
        + ")",
        "languages: " + ", ".join(f"{lang} {n}" for lang, n in sorted(languages.items())),
    ]


def report(rows: Sequence[Row], errors: int = 25) -> str:
    languages = Counter(row["language"] for row in rows)
    lines = summary(rows)
    with_status = [i for i, row in enumerate(rows) if _status(row) is not None]
    for scheme in ("carriers", "languages"):
        said = held_out(rows, scheme)
        lines += ["", f"held out by {scheme}", HEADER]
        for name, verdicts in said.items():
            lines.append(figures(rows, [v.pre_advice for v in verdicts]).line(name))
        verdicts = said["classifier"]
        lines.append(f"classifier by language ({scheme} held out)")
        for language in sorted(languages):
            index = [i for i, row in enumerate(rows) if row["language"] == language]
            lines.append(
                figures([rows[i] for i in index], [verdicts[i].pre_advice for i in index]).line(
                    f"  {language}"
                )
            )
        if with_status:
            subset = [rows[i] for i in with_status]
            lines.append(f"rows with a feed status the status rule knows ({len(subset)})")
            lines.append(
                figures(subset, [verdicts[i].pre_advice for i in with_status]).line(
                    "  classifier (status decides)"
                )
            )
            alone = said["model alone (text only)"]
            lines.append(
                figures(subset, [alone[i].pre_advice for i in with_status]).line(
                    "  model alone (text only)"
                )
            )
        deciders = Counter(v.rule.split(":")[0] for v in verdicts)
        lines.append("decided by: " + ", ".join(f"{k} {n}" for k, n in sorted(deciders.items())))
        wrong = [
            i for i, v in enumerate(verdicts) if v.pre_advice != (rows[i]["label"] == POSITIVE)
        ]
        lines.append(f"errors ({len(wrong)}; first {min(errors, len(wrong))}):")
        for i in wrong[:errors]:
            row = rows[i]
            lines.append(
                f"  {row['label']:<10} {row['carrier']}/{row['language']}: "
                f"{row['text'][:90]!r} <- {verdicts[i].rule}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", type=int, default=25, help="wrong verdicts to list")
    args = parser.parse_args(argv)
    print(report(read_corpus(args.corpus), args.errors))


if __name__ == "__main__":
    main()
