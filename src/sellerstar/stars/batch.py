"""Evaluating many stat dates at once: star rows of both tracks and the 1-star averages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from sellerstar.rules.model import RuleSet
from sellerstar.stars.averages import star_level_averages
from sellerstar.stars.explain import track_rows
from sellerstar.stars.explanation import checked
from sellerstar.stars.frame import StarInputs
from sellerstar.stars.scoring import evaluate

_WRITE_ROWS = 5_000


@dataclass(frozen=True)
class Evaluation:
    """Star rows (``star_levels`` columns) and star-level averages (``star_averages``) of a
    batch of stat dates; ``computed_at`` is added when they are written.

    The rows come as one table per date and track: the explanations of two rule-sets or
    tracks score different metrics, so their Arrow types differ.
    """

    parts: tuple[pa.Table, ...]
    averages: pa.Table

    @property
    def dates(self) -> list[dt.date]:
        """The stat dates evaluated, oldest first."""
        return sorted(pc.unique(self.averages["stat_date"]).to_pylist())

    @property
    def rows(self) -> int:
        """Number of star rows (merchants x tracks x dates)."""
        return sum(part.num_rows for part in self.parts)

    def level_rows(self, **extra: Any) -> Iterator[list[dict[str, Any]]]:
        """The star rows as dicts (plus ``extra`` columns), a few thousand at a time, each
        explanation validated against the model its readers parse."""
        for part in self.parts:
            for rows in chunks(part, **extra):
                yield [row | {"explanation": checked(row["explanation"])} for row in rows]

    def on(self, day: dt.date) -> list[pa.Table]:
        """The star rows of one stat date, one table per track."""
        stamp = pa.scalar(day, pa.date32())
        return [part for part in self.parts if part.num_rows and part["stat_date"][0] == stamp]


def evaluate_dates(
    inputs: Mapping[dt.date, StarInputs], rule_set_for: Callable[[dt.date], RuleSet]
) -> Evaluation:
    """Both tracks of every merchant on every date of ``inputs``, each date under the
    rule-set ``rule_set_for`` gives it."""
    levels, averages = [], []
    for day in sorted(inputs):
        stamp = pa.scalar(day, pa.date32())
        rule_set = rule_set_for(day)
        ladder = range(1, rule_set.star_level.max_stars + 1)
        for result in evaluate(inputs[day], rule_set):
            rows = track_rows(result)
            levels.append(rows.add_column(0, "stat_date", pa.repeat(stamp, rows.num_rows)))
            means = star_level_averages(result, ladder)
            averages.append(means.add_column(0, "stat_date", pa.repeat(stamp, means.num_rows)))
    if not levels:
        raise ValueError("no stat date to evaluate")
    return Evaluation(tuple(levels), pa.concat_tables(averages))


def chunks(table: pa.Table, **extra: Any) -> Iterator[list[dict[str, Any]]]:
    """Rows of ``table`` as dicts (plus ``extra`` columns), a few thousand at a time."""
    for batch in table.to_batches(max_chunksize=_WRITE_ROWS):
        yield [row | extra for row in batch.to_pylist()]


def render(evaluation: Evaluation) -> str:
    """Merchants per star level and track on the last date of the batch.

    >>> import datetime as dt
    >>> from sellerstar.rules import load_rulebook
    >>> inputs = {dt.date(2022, 11, 30): StarInputs.empty(dt.date(2022, 11, 30), ["M1"])}
    >>> print(render(evaluate_dates(inputs, load_rulebook().for_stat_date)))
    stars on 2022-11-30 (1 merchants):
      custom      0★ 1
      fast_trade  0★ 1 (track disabled for 1)
    """
    last = evaluation.dates[-1]
    tracks = evaluation.on(last)
    merchants = tracks[0].num_rows if tracks else 0
    lines = [f"stars on {last} ({merchants} merchants):"]
    for rows in tracks:
        track = rows["track"][0].as_py()
        counts = pc.value_counts(rows["stars"]).to_pylist()
        shown = "  ".join(f"{c['values']}★ {c['counts']}" for c in sorted(counts, key=_stars))
        disabled = rows.num_rows - pc.sum(rows["track_enabled"].cast(pa.int64())).as_py()
        suffix = f" (track disabled for {disabled})" if disabled else ""
        lines.append(f"  {track:<10}  {shown}{suffix}")
    return "\n".join(lines)


def _stars(count: dict[str, int]) -> int:
    return count["values"]
