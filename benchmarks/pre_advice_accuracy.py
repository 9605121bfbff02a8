"""Accuracy of the pre-advice classifier on carriers and languages it has not seen (a script).

    .venv/bin/python benchmarks/pre_advice_accuracy.py
    .venv/bin/python benchmarks/pre_advice_accuracy.py --errors 40
    .venv/bin/python benchmarks/pre_advice_accuracy.py --corpus other.csv
    .venv/bin/python benchmarks/pre_advice_accuracy.py --external blind.csv   # no refit

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
from typing import NamedTuple

import numpy as np
from pre_advice_training import (
    CORPUS,
    LABELS,
    POSITIVE,
    SYNTHETIC,
    family,
    fit,
    read_corpus,
    read_written,
)
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

from sellerstar.domain import pre_advice_model
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
SHIFTS = (-1.0, -0.5, 0.0, 0.5, 1.0)  # the trade-off table's threshold moves


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
    """The status rule on the row's code, as a feed would hand it over. Numeric codes are
    Kuaidi100's states (101 已下单, 103 已揽收): another carrier's own numbers (PickPoint's
    101-103 are other states) are not a feed status."""
    code = row.get("status_code") or ""
    if code.strip().isdigit() and row["carrier"] != "kuaidi100":
        return None
    return status_verdict(code or None)


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


class HeldOut(NamedTuple):
    """Each decider's verdict on every row, and the model's margin on its text."""

    verdicts: dict[str, list[Verdict]]
    margins: list[float]
    thresholds: list[float]  # the threshold of the model that judged each row


def held_out(
    rows: Sequence[Row],
    scheme: str,
    deciders: Sequence[str] = tuple(DECIDERS),
    written: Sequence[Row] = (),
) -> HeldOut:
    """Each decider's verdict on every row, from models fitted without the row's group.
    The ``written`` examples are in every model's training, except, with languages held
    out, those in the held-out language."""
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
    margins = [0.0] * len(rows)
    thresholds = [0.0] * len(rows)
    for train, test in splitter.split(np.zeros(len(rows)), groups=groups):
        unseen = {rows[i]["language"] for i in test} if scheme == "languages" else set()
        taught = [row for row in written if row["language"] not in unseen]
        fitted = fit([rows[i] for i in train], written=taught)
        model = Model(fitted.artefact("held-out", len(train)))
        for i in test:
            margins[i] = model.margin(rows[i]["text"])
            thresholds[i] = model.threshold
            for name in deciders:
                verdicts[name][i] = DECIDERS[name](rows[i], model)
    return HeldOut(
        {name: [v for v in said if v is not None] for name, said in verdicts.items()},
        margins,
        thresholds,
    )


def shipped_verdicts(rows: Sequence[Row], deciders: Sequence[str] = tuple(DECIDERS)) -> HeldOut:
    """Each decider's verdict on every row with the shipped model (no refit): for a set
    kept outside the corpus (``--external``)."""
    model = pre_advice_model.shipped()
    return HeldOut(
        {name: [DECIDERS[name](row, model) for row in rows] for name in deciders},
        [model.margin(row["text"]) for row in rows],
        [model.threshold] * len(rows),
    )


def tradeoff(rows: Sequence[Row], said: HeldOut, shifts: Sequence[float] = SHIFTS) -> list[str]:
    """The classifier's figures with every model threshold moved by ``shift`` (the texts
    the model decides; known texts, statuses, labelled texts and text rules stay)."""
    lines = [f"{'threshold shift':<30}" + HEADER[30:]]
    whole_verdicts = said.verdicts["classifier"]
    for shift in shifts:
        verdicts = [
            (said.margins[i] > said.thresholds[i] + shift)
            if verdict.rule.startswith("model:")
            else verdict.pre_advice
            for i, verdict in enumerate(whole_verdicts)
        ]
        lines.append(figures(rows, verdicts).line(f"  {shift:+.1f}"))
    return lines


def review_band(rows: Sequence[Row], verdicts: Sequence[Verdict]) -> list[str]:
    """What the appeal pre-check does with the verdicts: a real-scan verdict inside the
    model's review band is not trusted to pass an appeal alone (an operator reads it)."""
    pairs = [(row["label"] == POSITIVE, v) for row, v in zip(rows, verdicts, strict=True)]
    positives = sum(pre for pre, _ in pairs)
    reals = len(rows) - positives
    passed = sum(pre and not v.pre_advice and not v.uncertain for pre, v in pairs)
    held = sum(not pre and v.uncertain for pre, v in pairs)
    sure = [(pre, v) for pre, v in pairs if not v.uncertain]
    right = sum(pre == v.pre_advice for pre, v in sure)
    share = passed / max(positives, 1)
    return [
        "for appeals: a real-scan verdict in the review band goes to an operator",
        f"  pre-advice that would pass alone    {passed:>5} of {positives:<5}{share:>7.3f}"
        f"   (caught or held: {1 - share:.3f})",
        f"  real scans held for an operator     {held:>5} of {reals:<5}"
        f"{held / max(reals, 1):>7.3f}",
        f"  accuracy of the verdicts not held   {right:>5} of {len(sure):<5}"
        f"{right / max(len(sure), 1):>7.3f}",
    ]


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


def section(rows: Sequence[Row], said: HeldOut, title: str, errors: int) -> list[str]:
    """The figures of one scheme (or of the shipped model on an external set)."""
    languages = Counter(row["language"] for row in rows)
    with_status = [i for i, row in enumerate(rows) if _status(row) is not None]
    lines = ["", title, HEADER]
    for name, verdicts in said.verdicts.items():
        lines.append(figures(rows, [v.pre_advice for v in verdicts]).line(name))
    verdicts = said.verdicts["classifier"]
    lines.append("classifier by language")
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
        alone = said.verdicts["model alone (text only)"]
        lines.append(
            figures(subset, [alone[i].pre_advice for i in with_status]).line(
                "  model alone (text only)"
            )
        )
    lines += review_band(rows, verdicts)
    lines += ["classifier with the model's threshold moved", *tradeoff(rows, said)]
    deciders = Counter(v.rule.split(":")[0] for v in verdicts)
    lines.append("decided by: " + ", ".join(f"{k} {n}" for k, n in sorted(deciders.items())))
    wrong = [i for i, v in enumerate(verdicts) if v.pre_advice != (rows[i]["label"] == POSITIVE)]
    lines.append(f"errors ({len(wrong)}; first {min(errors, len(wrong))}):")
    for i in wrong[:errors]:
        row = rows[i]
        lines.append(
            f"  {row['label']:<10} {row['carrier']}/{row['language']}: "
            f"{row['text'][:90]!r} <- {verdicts[i].rule}"
        )
    return lines


def report(rows: Sequence[Row], errors: int = 25, written: Sequence[Row] = ()) -> str:
    lines = summary(rows)
    if written:
        counts = Counter(row["language"] for row in written)
        lines.append(
            f"written examples in every model's training: {len(written)} in "
            f"{len(counts)} languages (none in the held-out language)"
        )
    for scheme in ("carriers", "languages"):
        said = held_out(rows, scheme, written=written)
        lines += section(rows, said, f"held out by {scheme}", errors)
    return "\n".join(lines)


def external_report(rows: Sequence[Row], errors: int = 25) -> str:
    """The shipped classifier on a labelled set it was not trained on (no refit)."""
    model = pre_advice_model.shipped()
    lines = [
        *summary(rows),
        f"shipped model: corpus {model.corpus_sha256[:12]}, {model.meta['corpus_rows']} rows, "
        f"threshold {model.threshold:+.3f}, review band from {model.review_from:+.3f}",
    ]
    known = sum(model.labelled(row["text"]) is not None for row in rows)
    if known:
        lines.append(f"note: {known} of these texts are in the training corpus (labelled_text)")
    lines += section(rows, shipped_verdicts(rows), "shipped model, no refit", errors)
    return "\n".join(lines)


def read_labelled(path: Path) -> list[Row]:
    """A CSV with at least the corpus's ``carrier,language,text,label`` columns
    (``status_code`` optional); a missing column or unknown label is an error."""
    rows = read_corpus(path)
    missing = {"carrier", "language", "text", "label"} - set(rows[0] if rows else {})
    if missing:
        raise SystemExit(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    for number, row in enumerate(rows, start=2):
        if row["label"] not in LABELS:
            raise SystemExit(f"{path}:{number}: unknown label {row['label']!r}")
        row.setdefault("status_code", "")
        row["status_code"] = row["status_code"] or ""
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", type=int, default=25, help="wrong verdicts to list")
    parser.add_argument(
        "--written",
        default=str(SYNTHETIC),
        help="the written training examples ('none': the corpus alone)",
    )
    parser.add_argument(
        "--external",
        type=Path,
        help="score this labelled CSV (the corpus's columns) with the shipped model, no refit",
    )
    args = parser.parse_args(argv)
    if args.external:
        print(external_report(read_labelled(args.external), args.errors))
    else:
        rows = read_corpus(args.corpus)
        written = [] if args.written == "none" else read_written(Path(args.written), rows)
        print(report(rows, args.errors, written))


if __name__ == "__main__":
    main()
