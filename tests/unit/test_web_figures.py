"""One number, one rounding (domain/figures.py, the pages' ``figure`` filter) and the trend
charts' y axis (web/charts.py): boundaries on both sides."""

from __future__ import annotations

import pytest

from sellerstar.domain import figures
from sellerstar.web.charts import Line, trend, y_range
from sellerstar.web.templating import _filters


@pytest.mark.parametrize(
    ("value", "kind", "shown"),
    [
        (0.318149, "rate", "31.81%"),
        (0.318199, "rate", "31.81%"),  # cut, never up: a figure beside its threshold
        (0.3182, "rate", "31.82%"),
        (0.034, "rate", "3.4%"),
        (1.0, "rate", "100%"),
        (0.0, "rate", "0%"),
        (59.94, "score", "59.9"),
        (59.95, "score", "59.9"),  # not "60" beside "needs 60"
        (60.0, "score", "60"),
        (97.6, "score", "97.6"),
        (4.44, "score", "4.4"),
        (None, "score", "—"),
        (float("nan"), "rate", "—"),
    ],
)
def test_the_cli_and_the_pages_round_alike(value: float | None, kind: str, shown: str) -> None:
    assert figures.plain(value, figures.kind_of(kind)) == shown
    assert _filters("en")["figure"](value, kind) == shown


def test_a_metric_name_or_a_store_column_picks_the_kind() -> None:
    for name in ("on_time_shipment_rate", "tv_rate", "gd_rate", "guaranteed_delivery_coverage"):
        assert figures.kind_of(name) == "rate"
    for name in ("risk_health_score", "buyer_review_score", "assurance_score", "score"):
        assert figures.kind_of(name) == "score"


def test_the_chinese_page_uses_the_same_digits() -> None:
    figure = _filters("zh")["figure"]
    assert (figure(0.4505, "rate"), figure(60.0), figure(1234.56)) == ("45.05%", "60", "1,234.5")


def test_the_axis_follows_the_data_and_keeps_the_next_star_line_in_view() -> None:
    # Values 72–74: the 2-star (70) and 3-star (80) lines bound the axis.
    low, high, _ = y_range([72.0, 74.0], [60, 70, 80, 85, 90], (0, 100))
    assert (low, high) == (70.0, 80.0)
    # At exactly a line, that line is the bound (not the one beyond).
    assert y_range([70.0, 80.0], [60, 70, 80, 85, 90], (0, 100))[:2] == (70.0, 80.0)
    # Above the top line: the data's own top, inside the scale.
    assert y_range([95.0, 99.0], [60, 70, 80, 85, 90], (0, 100))[:2] == (90.0, 100.0)
    # A flat series still gets a span; never outside the metric's scale.
    low, high, _ = y_range([1.0], [], (0, 1))
    assert 0 <= low < 1 == high


def test_star_lines_outside_the_axis_are_not_drawn() -> None:
    chart = trend([0.95, 0.97], lines=[Line(1, 0.6), Line(4, 0.9), Line(5, 0.95)], low=0, high=1)
    assert [rule.stars for rule in chart.stars] == [5]
    assert chart.low == 0.95 and chart.high == 0.97
