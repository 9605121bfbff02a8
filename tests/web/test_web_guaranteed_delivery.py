"""The guaranteed-delivery coverage page (rulebook §2): the rate, its scope in words, the
counts, the enrolment, and the seed's advice for each case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from logistics_support import PREVIOUS, STAT, metrics
from web_support import NOW, World

from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables
from sellerstar.web.auth import now

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
SignedIn = Callable[[str], TestClient]
Coverage = tuple[bool, int, int, float | None, bool]
ENROLLED_AT = dt.datetime(2022, 9, 1, 2, 0, tzinfo=dt.UTC)


def _page(
    world: World,
    app_client: TestClient,
    signed_in: SignedIn,
    gd: Coverage | None,
    *,
    login: str = "m1-main",
    url: str = "/m/guaranteed-delivery",
    stat_date: dt.date = STAT,
    clock: dt.datetime = NOW,
    rule_set_id: str = "2022-11",
) -> str:
    with transaction(world.engine) as connection:
        metrics(
            connection, "M1", stat_date, tv=(1, 1) if gd else None, gd=gd, rule_set_id=rule_set_id
        )
        if gd and gd[0]:  # enrolled in the figures: enrolled in the store too (the live state)
            connection.execute(
                contract_tables["guarantee_enrolments"].insert(),
                {"merchant_id": "M1", "joined_at": ENROLLED_AT},
            )
    app_client.app.dependency_overrides[now] = lambda: clock  # type: ignore[attr-defined]
    answer = signed_in(login).get(url)
    assert answer.status_code == 200
    return answer.text


@SQLITE
def test_not_enrolled_is_zero_and_the_advice_is_to_enrol(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    text = _page(world, app_client, signed_in, (False, 25, 0, 0.0, False))
    assert 'data-testid="gd-rate">0%' in text
    assert "您暂未开通保障升级服务，评分不达标" in text
    assert "交易服务准入—加入“保障升级服务”】—确认加入" in text
    assert 'data-enrolled="no">未加入' in text
    for other in ("advice-default-pass", "advice-improve", "advice-full"):
        assert other not in text


@SQLITE
def test_not_enrolled_with_few_orders_shows_zero_and_the_default_pass(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    # The data contract passes <= 10 orders whatever the enrolment (rule-set decision).
    text = _page(world, app_client, signed_in, (False, 4, 0, 0.0, True))
    assert "您暂未开通保障升级服务，到货保障覆盖率为0%。" in text
    assert "评分不达标" not in text
    assert "此项评分默认达标" in text and 'data-testid="advice-enrol"' in text


@SQLITE
def test_ten_orders_or_fewer_pass_by_default_and_show_the_real_rate(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    text = _page(world, app_client, signed_in, (True, 10, 1, 0.1, True))
    assert 'data-testid="gd-rate">10%' in text
    assert "您当前店铺近90天核心10国纯RTS订单量不超过10单，此项评分默认达标。" in text
    assert "请您持续关注到货保障覆盖率。" in text
    assert 'data-testid="advice-improve"' not in text


@SQLITE
def test_eleven_orders_with_a_low_rate_get_the_two_improvements(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    text = _page(world, app_client, signed_in, (True, 11, 3, 3 / 11, False))
    assert 'data-testid="gd-rate">27.27%' in text
    assert 'data-testid="gd-orders">11<' in text and 'data-testid="gd-guaranteed">3<' in text
    assert 'data-enrolled="yes">已加入' in text
    assert "如何提升到货保障覆盖率？" in text
    assert "优化运费模版到货保障10国配置" in text and "起草到货保障订单" in text
    assert "默认达标。" not in text.split('data-testid="gd-scope"')[0]


@SQLITE
def test_full_coverage_says_so(world: World, app_client: TestClient, signed_in: SignedIn) -> None:
    text = _page(world, app_client, signed_in, (True, 12, 12, 1.0, False))
    assert 'data-testid="gd-rate">100%' in text
    assert "近90天核心国家的纯RTS订单均为到货保障订单" in text


@SQLITE
def test_the_scope_in_words(world: World, app_client: TestClient, signed_in: SignedIn) -> None:
    text = _page(world, app_client, signed_in, (True, 11, 3, 3 / 11, False))
    assert "商家当前店铺近90天内核心10国的已支付的纯RTS信用保障订单中，到货保障订单的比率。" in text
    assert "*纯RTS信用保障订单：信用保障订单在支付时商品全部为RTS品" in text
    assert (
        "*核心10国：英国、美国、加拿大、澳大利亚、新西兰、德国、法国、西班牙、意大利、荷兰" in text
    )
    assert "结算方式汇款/信用卡/电子支付，运输方式为快递/邮政" in text
    assert "出口方式为自营出口/便捷发货" in text
    assert "如果商家当前店铺未加入保障升级服务，则到货保障覆盖率为0%；" in text
    assert "支付时间在 2022-09-06 - 2022-12-04 的订单" in text  # S-89 ... S


@SQLITE
def test_the_page_in_english(world: World, app_client: TestClient, signed_in: SignedIn) -> None:
    with transaction(world.engine) as connection:
        metrics(connection, "M1", STAT, tv=(1, 1), gd=(True, 11, 3, 3 / 11, False))
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    client = signed_in("m1-main")
    client.get("/lang/en")
    text = client.get("/m/guaranteed-delivery").text
    assert "How to raise the guaranteed-delivery coverage?" in text
    assert "Core 10 countries: United Kingdom, United States" in text


@SQLITE
def test_before_the_metric_is_in_force_the_page_says_so(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    text = _page(
        world,
        app_client,
        signed_in,
        None,
        stat_date=dt.date(2022, 11, 8),
        clock=dt.datetime(2022, 11, 10, 4, tzinfo=dt.UTC),
        rule_set_id="baseline",
    )
    assert "统计日期 2022-11-08 尚未启用到货保障覆盖率指标，自统计日期 2022-11-09 起统计" in text
    assert 'data-testid="gd-advice"' not in text and 'data-testid="gd-scope"' not in text


@SQLITE
def test_no_figures_yet(app_client: TestClient, signed_in: SignedIn) -> None:
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    text = signed_in("m2-main").get("/m/guaranteed-delivery").text
    assert 'data-testid="gd-none"' in text


@SQLITE
def test_the_newest_figures_are_shown(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    with transaction(world.engine) as connection:
        metrics(connection, "M1", PREVIOUS, tv=(1, 1), gd=(False, 25, 0, 0.0, False))
    text = _page(world, app_client, signed_in, (True, 11, 3, 3 / 11, False))
    assert "27.27%" in text and "评分不达标" not in text


@SQLITE
@pytest.mark.parametrize(
    ("login", "url", "status"),
    [
        ("m1-sub", "/m/guaranteed-delivery", 200),  # a store figure: the sub sees it too
        ("ops", "/ops/merchants/M1/guaranteed-delivery", 200),
        ("ops", "/ops/merchants/NOPE/guaranteed-delivery", 404),
        ("ops", "/m/guaranteed-delivery", 403),
        ("m1-main", "/ops/merchants/M1/guaranteed-delivery", 403),
        ("m2-main", "/ops/merchants/M1/guaranteed-delivery", 403),
    ],
)
def test_roles(
    world: World, app_client: TestClient, signed_in: SignedIn, login: str, url: str, status: int
) -> None:
    with transaction(world.engine) as connection:
        metrics(connection, "M1", STAT, tv=(1, 1), gd=(True, 11, 3, 3 / 11, False))
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    answer = signed_in(login).get(url)
    assert answer.status_code == status
    if status == 200:
        assert "27.27%" in answer.text


@SQLITE
def test_m2_sees_its_own_figures_not_m1s(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    with transaction(world.engine) as connection:
        metrics(connection, "M2", STAT, tv=(1, 1), gd=(True, 20, 20, 1.0, False))
    text = _page(world, app_client, signed_in, (True, 11, 3, 3 / 11, False), login="m2-main")
    assert ">100%" in text and "27.27%" not in text
