"""Geometry of the inline SVG trend charts (the template only prints it): no script, the
hover values are SVG text shown by CSS (``stars.css``) and a ``<title>`` per point.

The y axis is scaled to the data (the merchant's values and the benchmark's), widened to
the nearest star line below and above them so the next star's line is in view, rounded
out to "nice" ticks and kept inside the metric's own scale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 600, 180, 56, 28, 12, 24
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
_TICKS = 4  # about this many steps on the y axis


class StarLineLike(Protocol):
    """A star line as the queries give it (``queries.stars.StarLine``)."""

    @property
    def stars(self) -> int: ...

    @property
    def value(self) -> float: ...


@dataclass(frozen=True)
class Line:
    """A star line (for callers without one of their own)."""

    stars: int
    value: float


@dataclass(frozen=True)
class Point:
    """One known value: its date index, position and the numbers its hover shows."""

    index: int
    x: str
    y: str
    value: float
    average: float | None
    band_x: str  # the point's column (one date wide, the plot's height): where hover shows it
    band_w: str


@dataclass(frozen=True)
class Rule:
    """A horizontal line at ``value`` (a y tick, or a star line labelled with ``stars``)."""

    value: float
    y: str
    stars: int | None = None


@dataclass(frozen=True)
class Trend:
    """A chart: the y range and ticks, the merchant's line and points, the benchmark's
    line, and the star lines inside the range."""

    low: float
    high: float
    ticks: tuple[Rule, ...]
    stars: tuple[Rule, ...]
    line: str
    dots: tuple[Point, ...]
    average: str
    points: int


def nice_step(span: float) -> float:
    """A step of 1, 2, 2.5 or 5 times a power of ten, about ``span / 4``.

    >>> nice_step(0.3), nice_step(40), nice_step(7)
    (0.1, 10.0, 2.0)
    """
    raw = span / _TICKS if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return float(next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw - 1e-12))


def y_range(
    known: Sequence[float],
    lines: Sequence[float] = (),
    scale: tuple[float | None, float | None] = (None, None),
) -> tuple[float, float, float]:
    """``(low, high, step)`` of the y axis for the ``known`` values, with the nearest
    ``lines`` below and above them, inside ``scale``.

    >>> y_range([0.82, 0.9], [0.6, 0.8, 0.95], (0, 1))
    (0.8, 0.95, 0.05)
    >>> y_range([61.5], [60, 70], (0, 100))
    (60.0, 70.0, 2.5)
    >>> y_range([], [], (0, 1))
    (0.0, 1.0, 0.25)
    """
    floor, ceiling = scale
    if not known:
        low, high = floor if floor is not None else 0.0, ceiling if ceiling is not None else 1.0
    else:
        low, high = min(known), max(known)
        below = [line for line in lines if line <= low]
        above = [line for line in lines if line >= high]
        low = max(below) if below else low
        high = min(above) if above else high
    if high - low <= 0:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = nice_step(high - low)
    low, high = math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step
    if floor is not None:
        low = max(low, floor)
    if ceiling is not None:
        high = min(high, ceiling)
    return round(low, 10), round(high, 10), step


def trend(
    values: Sequence[float | None],
    averages: Sequence[float | None] = (),
    low: float | None = None,
    high: float | None = None,
    lines: Sequence[StarLineLike] = (),
) -> Trend:
    """Points of one chart: one x step per date (oldest first), ``None`` left out; the y
    axis from the data inside the scale ``low``..``high``; ``lines`` are the star lines,
    drawn where they fall inside the axis.

    >>> chart = trend([0.5, None, 1.0], [0.75, 0.75, 0.75], low=0, high=1)
    >>> chart.low, chart.high, chart.line, chart.points
    (0.4, 1.0, '56.0,132.0 572.0,12.0', 2)
    >>> [(r.stars, r.y) for r in trend([0.7, 0.9], lines=[Line(1, 0.6), Line(2, 0.8)], low=0).stars]
    [(1, '156.0'), (2, '60.0')]
    """
    averages = tuple(averages) or (None,) * len(values)
    known = [v for v in (*values, *averages) if v is not None]
    lo, hi, step = y_range(known, [line.value for line in lines], (low, high))
    x_step = PLOT_W / (len(values) - 1) if len(values) > 1 else 0.0

    def y(value: float) -> str:
        return f"{TOP + PLOT_H * (1 - (value - lo) / (hi - lo)):.1f}"

    def x(index: int) -> str:
        return f"{LEFT + x_step * index:.1f}"

    band = x_step or PLOT_W

    dots = tuple(
        Point(
            i,
            x(i),
            y(v),
            v,
            averages[i] if i < len(averages) else None,
            f"{LEFT + x_step * i - band / 2:.1f}",
            f"{band:.1f}",
        )
        for i, v in enumerate(values)
        if v is not None
    )
    average = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(averages) if v is not None)
    count = round((hi - lo) / step) + 1
    ticks = tuple(
        Rule(lo + n * step, y(lo + n * step)) for n in range(count) if lo + n * step <= hi + 1e-9
    )
    stars = tuple(
        Rule(line.value, y(line.value), line.stars)
        for line in lines
        if lo - 1e-9 <= line.value <= hi + 1e-9
    )
    line = " ".join(f"{dot.x},{dot.y}" for dot in dots)
    return Trend(lo, hi, ticks, stars, line, dots, average, len(dots))
