"""Geometry of the inline SVG trend charts (the template only prints it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 600, 160, 52, 12, 10, 24
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM


@dataclass(frozen=True)
class Trend:
    """A chart: the y range, the merchant's line and dots, the 1-star average's line."""

    low: float
    high: float
    line: str
    dots: tuple[tuple[str, str], ...]
    average: str
    points: int


def trend(
    values: Sequence[float | None],
    averages: Sequence[float | None] = (),
    low: float | None = None,
    high: float | None = None,
) -> Trend:
    """Points of one chart: one x step per date (oldest first), ``None`` left out; the y
    range is ``low``..``high`` or the data's.

    >>> chart = trend([0.5, None, 1.0], [0.75, 0.75, 0.75], low=0, high=1)
    >>> chart.line, chart.average, chart.points
    ('52.0,73.0 588.0,10.0', '52.0,41.5 320.0,41.5 588.0,41.5', 2)
    """
    known = [v for v in (*values, *averages) if v is not None]
    lo = low if low is not None else (min(known) if known else 0.0)
    hi = high if high is not None else (max(known) if known else 1.0)
    if hi - lo <= 0:
        hi = lo + (abs(lo) if lo else 1.0)
    step = PLOT_W / (len(values) - 1) if len(values) > 1 else 0.0

    def xy(index: int, value: float) -> tuple[str, str]:
        return f"{LEFT + step * index:.1f}", f"{TOP + PLOT_H * (1 - (value - lo) / (hi - lo)):.1f}"

    dots = tuple(xy(i, v) for i, v in enumerate(values) if v is not None)
    average = " ".join(",".join(xy(i, v)) for i, v in enumerate(averages) if v is not None)
    return Trend(lo, hi, " ".join(",".join(dot) for dot in dots), dots, average, len(dots))
