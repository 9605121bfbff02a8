"""The star page's benchmark tabs (the seed's 1星平均 … 5星平均), its 30/90-day trends with
star lines and hover values, and the merchant's secondary category (issue 18 item 5)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from stars_support import STAT, seed_stars
from web_support import World

SignedIn = Callable[[str], TestClient]


def _cell(page: str, metric: str, column: str) -> str:
    row = re.search(rf'<tr data-metric="{metric}".*?</tr>', page, re.S)
    assert row, metric
    cell = re.search(rf'<td class="num {column}">(.*?)</td>', row.group(0), re.S)
    assert cell, column
    return cell.group(1).strip()


def test_the_benchmark_tabs_switch_the_averages(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    page = client.get("/m/stars").text
    tabs = page.split('data-testid="benchmark-tabs"')[1].split("</nav>")[0]
    assert [int(n) for n in re.findall(r'data-benchmark="(\d)"', tabs)] == [1, 2, 3, 4, 5]
    assert re.search(r'data-benchmark="1" aria-current="page"', tabs)
    assert _cell(page, "risk_health_score", "average") == "97.6分"

    three = client.get("/m/stars", params={"benchmark": 3}).text
    assert re.search(r'data-benchmark="3" aria-current="page"', three)
    assert _cell(three, "risk_health_score", "average") == "99.2分"
    assert _cell(three, "on_time_shipment_rate", "average") == "93.12%"
    # No 3-star average of the review score that day: a dash, not the 1-star one.
    assert _cell(three, "buyer_review_score", "average") == "—"
    # The tracks keep the benchmark and the period.
    assert 'href="/m/stars?track=fast_trade&amp;benchmark=3&amp;days=30"' in three

    client.get("/lang/en")
    english = client.get("/m/stars", params={"benchmark": 3}).text
    explained = english.split('data-testid="benchmark-explained"')[1].split("</p>")[0]
    assert "3-star average: the average of the merchants whose predicted star level" in explained
    assert "(2 merchants)" in explained
    none = client.get("/m/stars", params={"benchmark": 5}).text
    assert "No merchant is at this level on that date" in none


@pytest.mark.parametrize("bad", ["0", "6", "x"])
def test_a_benchmark_off_the_ladder_is_refused(world: World, signed_in: SignedIn, bad: str) -> None:
    seed_stars(world.engine, days=3)
    answer = signed_in("m1-main").get("/m/stars", params={"benchmark": bad})
    assert answer.status_code == 422


def test_the_trend_shows_30_or_90_days_with_star_lines_and_hover_values(
    world: World, signed_in: SignedIn
) -> None:
    seed_stars(world.engine, days=90)
    client = signed_in("m1-main")
    page = client.get("/m/stars").text
    assert re.search(r'data-days="30" aria-current="page"', page)
    score = re.search(
        r'<figure class="trend-chart" data-metric="assurance_score">.*?</figure>', page, re.S
    )
    assert score
    chart = score.group(0)
    assert 'data-days="30"' in chart and chart.count('class="pt"') == 30
    # Scaled to the data (72.5 every day, the 1-star average 64.2): between the 1-star (60)
    # and 3-star (80) lines, not 0 … 100.
    assert 'data-low="60.0"' in chart and 'data-high="80.0"' in chart
    assert [int(n) for n in re.findall(r'class="star-line" data-stars="(\d)"', chart)] == [1, 2, 3]
    # Each point says its date and value (hover and focus show it; <title> too).
    assert f'data-date="{STAT.isoformat()}" data-value="72.5"' in chart
    assert "72.5" in chart.split(f'data-date="{STAT.isoformat()}"')[1].split("</g>")[0]

    ninety = client.get("/m/stars", params={"days": "90"}).text
    chart = re.search(r'data-metric="on_time_shipment_rate">.*?</figure>', ninety, re.S)
    assert chart and chart.group(0).count('class="pt"') == 90
    first = STAT - dt.timedelta(days=89)
    assert first.strftime("%m-%d") in chart.group(0)
    # A metric's star lines are the values its curve turns into each rung's points.
    assert 'class="star-line"' in chart.group(0)
    assert client.get("/m/stars", params={"days": "60"}).status_code == 422


def test_the_level_is_shown_with_the_secondary_category(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine, days=3)
    page = signed_in("m1-sub").get("/m/stars").text
    shown = page.split('data-testid="secondary-category"')[1].split("</p>")[0]
    assert "Agricultural Machinery &amp; Equipment" in shown
    operator = signed_in("ops").get("/ops/merchants/M2/stars").text
    assert "—" in operator.split('data-testid="secondary-category"')[1].split("</p>")[0]


def test_the_api_takes_the_benchmark_and_the_period(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine, days=90)
    client = signed_in("m1-main")
    body = client.get("/api/v1/stars", params={"benchmark": 3, "days": "90"}).json()
    assert body["benchmark"] == 3 and body["trend_days"] == 90
    assert body["secondary_category"] == "Agricultural Machinery & Equipment"
    assert len(body["trend_dates"]) == 90
    custom = body["predicted"]["custom"]
    risk = next(m for m in custom["metrics"] if m["name"] == "risk_health_score")
    assert risk["average"] == 99.2 and custom["benchmark_merchants"] == 2
    lines = body["star_lines"]["custom"]["assurance_score"]
    assert [line["value"] for line in lines] == [60, 70, 80, 85, 90]
