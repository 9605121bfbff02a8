"""One number, one rounding: how every page, the CSV and the CLI round a figure of the
star level and its metrics, whatever the page (the seed shows 31.81%, 3.4%, 100%,
97.6分, 60分, 4.4分: rates to 2 decimals of a percent, scores to 1 decimal, trailing
zeros dropped). Figures are cut, not rounded up: the pages put a figure next to the
threshold it must reach, and 84.96 points shown as "85" beside "needs 85" would tell a
merchant it passes when it does not.

The web formats the rounded number in the page's language (``web/templating.py``'s
``figure`` filter); ``plain`` is the CLI's English form.

>>> kind_of("tv_rate"), kind_of("tracking_visibility_rate"), kind_of("assurance_score")
('rate', 'rate', 'score')
>>> rounded(0.333333, "rate"), rounded(59.95, "score"), rounded(0.84999, "rate")
(0.3333, 59.9, 0.8499)
>>> rounded(0.85, "rate"), rounded(60.0, "score"), rounded(0.29, "rate")
(0.85, 60.0, 0.29)
>>> plain(0.3181, "rate"), plain(1.0, "rate"), plain(97.6, "score"), plain(60.0, "score")
('31.81%', '100%', '97.6', '60')
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from typing import Literal

FigureKind = Literal["rate", "score"]

# Rates are shares (0–1) shown as percents with this many decimals; scores (0–100 points,
# the 0–5 review score) with this many.
PERCENT_DECIMALS = 2
SCORE_DECIMALS = 1

RATES: frozenset[str] = frozenset(
    {
        "on_time_shipment_rate",
        "tracking_visibility_rate",
        "guaranteed_delivery_coverage",
        "ots_rate",
        "tv_rate",
        "gd_rate",
        "rate",
    }
)


def kind_of(name: str) -> FigureKind:
    """Whether the figure ``name`` (a metric, a store column or a kind) is a rate."""
    return "rate" if name in RATES else "score"


def decimals(kind: FigureKind) -> int:
    """Decimals of the rounded number itself (a rate's percent decimals + 2)."""
    return PERCENT_DECIMALS + 2 if kind == "rate" else SCORE_DECIMALS


def rounded(value: float, kind: FigureKind) -> float:
    """``value`` cut to the figure's decimals, never up to a threshold it misses (from its
    shortest decimal form, so that a float's noise does not cut 0.29 to 0.2899)."""
    step = Decimal(1).scaleb(-decimals(kind))
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_FLOOR))


def plain(value: float | None, kind: FigureKind) -> str:
    """The figure in plain English (the CLI): ``31.81%``, ``97.6``; ``—`` for none."""
    if value is None or value != value:
        return "—"
    number = rounded(value, kind)
    if kind == "rate":
        return f"{number * 100:.{PERCENT_DECIMALS}f}".rstrip("0").rstrip(".") + "%"
    return f"{number:.{SCORE_DECIMALS}f}".rstrip("0").rstrip(".")
