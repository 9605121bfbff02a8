"""The star-level page and its API: each role, the explanation, averages, trend, gate."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from stars_support import (
    STAT,
    insert,
    m1_custom,
    m2_gate,
    metrics_row,
    seed_stars,
    without_form_tokens,
)
from web_support import World

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.store.schema import merchant_metrics, star_levels

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
SignedIn = Callable[[str], TestClient]


def _row(page: str, attribute: str, name: str, tag: str = "tr") -> str:
    """The HTML of the element ``tag`` marked ``attribute="name"``."""
    found = re.search(rf'<{tag}[^>]*{attribute}="{name}".*?</{tag}>', page, re.S)
    assert found, f"no {tag} {attribute}={name} in the page"
    return found.group(0)


def _svg_points(figure: str, kind: str) -> int:
    found = re.search(rf'<polyline class="{kind}" points="([^"]*)"', figure)
    return 0 if found is None else len(found.group(1).split())


@SQLITE
@pytest.mark.parametrize("login", ["m1-main", "m1-sub"])
def test_main_and_sub_account_see_their_merchants_star_level_and_never_another(
    world: World, signed_in: SignedIn, login: str
) -> None:
    seed_stars(world.engine)
    page = signed_in(login).get("/m/stars")
    assert page.status_code == 200
    predicted = page.text.split('data-testid="predicted"')[1]
    assert "2星" in predicted and "★★☆☆☆" in predicted
    assert f"数据统计时间：{STAT.year}年{STAT.month}月{STAT.day}日" in predicted
    official = page.text.split('data-testid="official"')[1].split("</section>")[0]
    assert "3星" in official and "2022-11" in official
    # The 3-star benefits of the rule-set, in the seed's words.
    for benefit in ("搜索排序", "行业活动报名准入", "网商贷款利率优惠"):
        assert benefit in official
    assert "超级星厂牌报名" not in official  # a 4-star benefit
    # Nothing of M2 (745 due orders, its gate, its name) leaks into M1's page.
    text = without_form_tokens(page.text)
    assert "745" not in text and "Yiwu" not in text and "不符合星级要求" not in text


@SQLITE
def test_each_metric_stands_next_to_the_one_star_average(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    page = client.get("/m/stars").text
    assert "1星平均" in page and "我的表现" in page
    # One number, one rounding (the seed's: 60分, 97.6分, 31.81%, 3.4%).
    risk = _row(page, "data-metric", "risk_health_score")
    assert "风险健康分" in risk and "\n60分" in risk and ">97.6分" in risk
    on_time = _row(page, "data-metric", "on_time_shipment_rate")
    assert "90%" in on_time and "45.05%" in on_time
    visibility = _row(page, "data-metric", "tracking_visibility_rate")
    assert "50%" in visibility and "3.4%" in visibility
    # The value leads to the logistics page, as the seed's star page does.
    assert 'href="/m/logistics"' in visibility
    merchant = _row(page, "data-capability", "merchant")
    assert "88分" in merchant and "66分" in merchant and "4星" in merchant
    client.get("/lang/en")
    assert "1-star average" in client.get("/m/stars").text


@SQLITE
def test_the_basic_service_gate_message_uses_the_seeds_words(
    world: World, signed_in: SignedIn
) -> None:
    seed_stars(world.engine)
    page = signed_in("m2-main").get("/m/stars").text
    gate = page.split('data-testid="gate"')[1].split("</p>")[0]
    assert "应发订单数745单 (≥11单)，按时发货率&lt;80%，不符合星级要求" in gate
    assert "0星" in page.split('data-testid="predicted-stars"')[1].split("</p>")[0]
    assert "买家基础服务门槛" in page


@SQLITE
def test_no_gate_message_when_the_gate_passes(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    page = signed_in("m1-main").get("/m/stars").text
    assert 'data-testid="gate"' not in page


@SQLITE
def test_what_held_the_star_back_is_said_in_chinese_and_english(
    world: World, signed_in: SignedIn
) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    page = client.get("/m/stars").text
    assert "受保障力拖累：得分72.5分，达到2星。" in page
    assert "下一星级（3星）要求每项能力得分至少80分；尚未达到：保障力。" in page
    assert "保障力未达到下一星级要求，风险健康分、轨迹可视率等项偏低，请重点优化。" in page
    client.get("/lang/en")
    page = client.get("/m/stars").text
    assert "Held back by the Assurance capability: its score of 72.5 points reaches 2 stars." in (
        page
    )
    assert (
        "The next star level (3 stars) needs a score of at least 80 in every capability; "
        "still below it: Assurance capability." in page
    )
    assert "Risk health score, Tracking visibility rate and other items are low" in page


@SQLITE
@pytest.mark.parametrize("days", [30, 10])
def test_the_trend_has_one_point_per_computed_date_of_the_last_30(
    world: World, signed_in: SignedIn, days: int
) -> None:
    seed_stars(world.engine, days=days)
    # A date before the 30-day window must not show.
    old = STAT - dt.timedelta(days=30)
    insert(world.engine, star_levels, [m1_custom(old)])
    insert(world.engine, merchant_metrics, [metrics_row("M1", old, tv=0.1, ots=0.5, due=40)])
    page = signed_in("m1-main").get("/m/stars").text
    first = STAT - dt.timedelta(days=29)
    assert f"近30天趋势 {first.isoformat()}至{STAT.isoformat()}" in page
    for metric in ("assurance_score", "tracking_visibility_rate", "on_time_shipment_rate"):
        figure = _row(page, "data-metric", metric, "figure")
        assert f'data-points="{days}"' in figure
        assert _svg_points(figure, "line") == days
        assert figure.count('class="pt"') == days
    # Averages exist for the scored metrics, not for the merchant-supplied capability.
    assert _svg_points(_row(page, "data-metric", "risk_health_score", "figure"), "avg") == days


@SQLITE
def test_the_fast_trade_tab_says_why_the_track_is_off(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    page = signed_in("m1-sub").get("/m/stars", params={"track": "fast_trade"}).text
    disabled = page.split('data-testid="track-disabled"')[1].split("</p>")[0]
    assert "支持7天及以内发货的RTS商品仅12个" in disabled and "≥ 100" in disabled
    assert 'aria-current="page">快速交易' in page
    assert signed_in("m1-sub").get("/m/stars", params={"track": "other"}).status_code == 422


@SQLITE
def test_before_any_star_is_computed_the_page_says_so(world: World, signed_in: SignedIn) -> None:
    page = signed_in("m1-main").get("/m/stars")
    assert page.status_code == 200
    assert "尚未计算出该商家的星等级" in page.text
    assert "尚未发布该商家的评定星等级" in page.text
    assert "<svg" not in page.text


@SQLITE
def test_an_operator_sees_any_merchant_and_unknown_ids_are_not_found(
    world: World, signed_in: SignedIn
) -> None:
    seed_stars(world.engine)
    client = signed_in("ops")
    page = client.get("/ops/merchants/M2/stars")
    assert page.status_code == 200
    assert "Yiwu Apparel" in page.text and "应发订单数745单" in page.text
    assert 'href="/ops/merchants/M2/stars?track=fast_trade&amp;benchmark=1&amp;days=30"' in (
        page.text
    )
    assert client.get("/ops/merchants/NOPE/stars").status_code == 404
    assert client.get("/m/stars").status_code == 403


@SQLITE
@pytest.mark.parametrize("login", ["m1-main", "m1-sub", "m2-main"])
def test_merchants_cannot_open_the_operators_star_page(signed_in: SignedIn, login: str) -> None:
    client = signed_in(login)
    for merchant in ("M1", "M2", "NOPE"):
        assert client.get(f"/ops/merchants/{merchant}/stars").status_code == 403


@SQLITE
def test_strangers_are_sent_to_sign_in(app_client: TestClient) -> None:
    answer = app_client.get("/m/stars")
    assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    assert app_client.get("/api/v1/stars").status_code == 401


def test_the_api_answers_for_the_callers_merchant_only(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-sub")
    body = client.get("/api/v1/stars").json()
    assert body["merchant_id"] == "M1" and body["stat_date"] == STAT.isoformat()
    custom = body["predicted"]["custom"]
    assert custom["stars"] == 2 and custom["held_back_by"] == "assurance"
    assert len(custom["trend"][0]["values"]) == 30
    assert body["official"]["custom"]["stars"] == 3
    assert "Weekly Deals" in body["official"]["custom"]["benefits"]
    assert body["predicted"]["fast_trade"]["status"]["reason"] == "too_few_fast_rts_products"
    assert client.get("/api/v1/stars", params={"merchant_id": "M1"}).status_code == 200
    assert client.get("/api/v1/stars", params={"merchant_id": "M2"}).status_code == 404


def test_the_api_lets_an_operator_name_the_merchant(world: World, signed_in: SignedIn) -> None:
    insert(world.engine, star_levels, [m2_gate(STAT)])
    client = signed_in("ops")
    assert client.get("/api/v1/stars").status_code == 422
    body = client.get("/api/v1/stars", params={"merchant_id": "M2"}).json()
    gate = body["predicted"]["custom"]["gate"]
    assert gate["failed"] and gate["due_orders"] == 745 and gate["min_due_orders"] == 11
    assert body["official"] == {} and body["official_month"] is None
    assert client.get("/api/v1/stars", params={"merchant_id": "NOPE"}).status_code == 404


@SQLITE
def test_the_api_takes_a_token(world: World, app_client: TestClient) -> None:
    seed_stars(world.engine)
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, "m2-main", "erp", dt.datetime.now(dt.UTC))
    answer = app_client.get("/api/v1/stars", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert answer.json()["predicted"]["custom"]["gate"]["failed"] is True
    assert "/api/v1/stars" in app_client.get("/api/v1/openapi.json").json()["paths"]


@SQLITE
@pytest.mark.parametrize(
    ("held_back_by", "words"),
    [
        (None, "已达最高星级，没有拖累项。"),
        ("capability_scores", "平台尚未提供商家力、营销力和交易力得分，该赛道暂不计星。"),
        ("assurance_inputs", "尚未提供风险健康分和买家评价分，该赛道暂不计星。"),
        ("merchant_metrics", "该统计日期的指标尚未计算，该赛道暂不计星。"),
        ("something_new", "受限原因：something_new"),
    ],
)
def test_every_reason_for_holding_back_is_said_in_words(
    world: World, signed_in: SignedIn, held_back_by: str | None, words: str
) -> None:
    row = m1_custom(STAT) | {"held_back_by": held_back_by}
    insert(world.engine, star_levels, [row])
    page = signed_in("m1-main").get("/m/stars").text
    assert words in page
    assert "保障力未达到下一星级要求" not in page
