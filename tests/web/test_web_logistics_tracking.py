"""The tracking detail of one order (rulebook §1.5): every batch, replaced or current,
trackable or not, its appeal, and each batch's event timeline; scope enforced by 404."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from logistics_support import (
    STAT,
    add_appeal,
    add_event,
    add_order,
    add_shipment,
    judge,
    metrics,
)
from web_support import NOW, World

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]
UTC = dt.UTC


def _t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2022, 10, day, hour, minute, tzinfo=UTC)


SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def tracked(world: World, app_client: TestClient) -> Iterator[None]:
    """TA90001 (sub-account A2): a replaced batch, a passing batch with platform and
    third-party events, and a failing batch still open to appeal. TA90002 (main
    account): one batch under appeal. MB90001: M2's order."""
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    with transaction(world.engine) as c:
        add_order(c, "TA90001", owner="A2", shipped=dt.date(2022, 10, 20))
        add_shipment(c, "S1", "TA90001", "FX100", _t(20, 3), replaced_by="S2")
        add_shipment(c, "S2", "TA90001", "FX200", _t(21, 3))
        add_shipment(c, "S3", "TA90001", "1Z300", _t(21, 4), carrier="ups")
        add_event(c, "FX100", _t(20, 5), "Shipment information sent to FedEx")
        # Written out of time order on purpose.
        add_event(c, "FX200", _t(24, 14, 6), "In transit", location="LANTAU ISLAND, HK")
        add_event(c, "FX200", _t(22, 1, 8), "Shipment information sent to FedEx")
        add_event(c, "FX200", _t(24, 13, 53), "Picked up", location="TSUEN WAN, HK")
        add_event(c, "FX200", _t(25, 2), "Arrived at hub", location="LA, US", source="17track")
        add_event(c, "1Z300", _t(21, 6), "Shipper created a label", carrier="ups")
        add_event(c, "1Z300", _t(23, 6), "Departed facility", carrier="ups", source="kuaidi100")
        # Judged as if shipped 2022-11-10, so that its window (view dates 12-04 ... 12-10)
        # is open on NOW as the metric says.
        judge(
            c,
            STAT,
            "TA90001",
            "untracked",
            owner="A2",
            ship_date=dt.date(2022, 11, 10),
            window_open=True,
        )
        add_order(c, "TA90002", owner=None)
        add_shipment(c, "S4", "TA90002", "FX400", _t(21, 3))
        add_appeal(c, "AP1", "TA90002", "S4", "pending")
        judge(c, STAT, "TA90002", "appeal_pending")
        add_order(c, "TA90003", owner=None, shipped=None)
        add_order(c, "MB90001", merchant="M2")
        add_shipment(c, "S9", "MB90001", "FX900", _t(21, 3))
        metrics(c, "M1", STAT, tv=(2, 1))
        metrics(c, "M2", STAT, tv=(0, 0))
    yield
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _batch(page: str, shipment: str) -> str:
    match = re.search(rf'<tr data-shipment="{shipment}">(.*?)</tr>', page, re.S)
    assert match, shipment
    return match.group(1)


def _timelines(page: str) -> list[list[str]]:
    sections = re.findall(r'data-testid="timeline-section">(.*?)</section>', page, re.S)
    return [re.findall(r'<time datetime="([^"]+)"', section) for section in sections]


@pytest.mark.parametrize("login", ["m1-main", "m1-sub"])
def test_every_batch_with_its_state_and_appeal(
    signed_in: SignedIn, tracked: None, login: str
) -> None:
    page = signed_in(login).get("/m/logistics/orders/TA90001")
    assert page.status_code == 200
    text = page.text
    assert re.findall(r'<tr data-shipment="([^"]+)"', text) == ["S1", "S2", "S3"]
    replaced, current, failing = (_batch(text, s) for s in ("S1", "S2", "S3"))
    assert "已被重新上传的物流单 FX200 替换" in replaced and "发起申诉" not in replaced
    assert "当前有效" in current and ">是<" in current and "发起申诉" not in current
    assert "FedEx" in current and "2022-10-21 11:00" in current  # upload time, Shanghai
    assert ">否<" in failing and "UPS" in failing
    assert 'href="/m/appeals/new?order_id=TA90001&amp;shipment_id=S3"' in failing
    assert "信保订单编号" in text and "美国" in text
    assert "有发货批次的物流单轨迹少于2条" in text  # the order's reason on the newest date


def test_timelines_are_newest_first_with_location_and_source(
    signed_in: SignedIn, tracked: None
) -> None:
    text = signed_in("m1-main").get("/m/logistics/orders/TA90001").text
    first, second, third = _timelines(text)
    assert first == ["2022-10-20T05:00:00+00:00"]
    assert second == [
        "2022-10-25T02:00:00+00:00",
        "2022-10-24T14:06:00+00:00",
        "2022-10-24T13:53:00+00:00",
        "2022-10-22T01:08:00+00:00",
    ]
    assert third == ["2022-10-23T06:00:00+00:00", "2022-10-21T06:00:00+00:00"]
    assert "LANTAU ISLAND, HK" in text and "2022-10-24 22:06" in text
    assert text.count("仅作申诉凭证") == 2  # the 17TRACK and Kuaidi100 events
    assert "物流跟踪数据来源自: 17track" in text and "物流跟踪数据来源自: 快递100" in text


@SQLITE
def test_a_batch_under_appeal_shows_its_appeal(signed_in: SignedIn, tracked: None) -> None:
    text = signed_in("m1-main").get("/m/logistics/orders/TA90002").text
    assert 'data-testid="batch-appeal">申诉中<' in _batch(text, "S4")
    assert "/m/appeals/new" not in text
    assert "申诉中：按达标计入当天轨迹可视率" in text


@SQLITE
def test_an_order_without_logistics_proof(signed_in: SignedIn, tracked: None) -> None:
    text = signed_in("m1-main").get("/m/logistics/orders/TA90003").text
    assert "该订单尚未上传物流凭证" in text
    assert "不在最新统计日期的轨迹可视率统计范围内" in text


@SQLITE
def test_the_detail_in_english(signed_in: SignedIn, tracked: None) -> None:
    client = signed_in("m1-main")
    client.get("/lang/en")
    text = client.get("/m/logistics/orders/TA90001").text
    assert "Replaced by FX200" in text and "United States" in text
    assert "Source: 17TRACK" in text and "appeal evidence only" in text


@pytest.mark.parametrize(
    ("login", "order_id"),
    [
        ("m1-sub3", "TA90001"),  # another sub-account's order
        ("m1-sub", "TA90002"),  # the main account's order
        ("m2-main", "TA90001"),  # another merchant's order
        ("m1-main", "MB90001"),
        ("m1-main", "NO-SUCH-ORDER"),
    ],
)
@SQLITE
def test_an_order_out_of_scope_is_not_found(
    signed_in: SignedIn, tracked: None, login: str, order_id: str
) -> None:
    answer = signed_in(login).get(f"/m/logistics/orders/{order_id}")
    assert answer.status_code == 404
    assert order_id not in answer.text.replace(f"/m/logistics/orders/{order_id}", "")


@SQLITE
def test_the_operator_sees_any_merchants_order_under_that_merchant(
    signed_in: SignedIn, tracked: None
) -> None:
    client = signed_in("ops")
    page = client.get("/ops/merchants/M1/logistics/orders/TA90001")
    assert page.status_code == 200
    assert 'href="/ops/merchants/M1/logistics#orders"' in page.text
    # The operator sees the appeal state but cannot file one.
    assert "仅商家可发起申诉" in _batch(page.text, "S3")
    assert client.get("/ops/merchants/M2/logistics/orders/TA90001").status_code == 404
    assert client.get("/ops/merchants/M2/logistics/orders/MB90001").status_code == 200


@SQLITE
def test_merchants_may_not_use_the_operator_detail(signed_in: SignedIn, tracked: None) -> None:
    answer = signed_in("m1-main").get("/ops/merchants/M1/logistics/orders/TA90001")
    assert answer.status_code == 403


def test_pre_advice_events_are_marked_and_the_seeds_trackers_linked(
    signed_in: SignedIn, tracked: None
) -> None:
    text = signed_in("m1-sub").get("/m/logistics/orders/TA90001").text
    marked = re.findall(
        r'<span class="what">([^<]*)</span>( <span class="badge" data-testid="pre-advice")?', text
    )
    assert [(what, bool(badge)) for what, badge in marked] == [
        ("Shipment information sent to FedEx", True),
        ("Arrived at hub", False),
        ("In transit", False),
        ("Picked up", False),
        ("Shipment information sent to FedEx", True),
        ("Departed facility", False),
        # Not the whole known UPS text, but a label with no scan: pre-advice (rulebook §1).
        ("Shipper created a label", True),
    ]
    assert 'href="https://www.17track.net/zh-cn"' in text
    assert 'href="https://www.kuaidi100.com/"' in text


def test_a_real_verdict_the_classifier_is_unsure_of_is_marked(
    signed_in: SignedIn, tracked: None, world: World, app_client: TestClient
) -> None:
    with transaction(world.engine) as c:
        # German "shipment announced": judged real, inside the classifier's review band.
        add_event(c, "1Z300", _t(22, 6), "Sendung angemeldet", carrier="ups")
    text = signed_in("m1-sub").get("/m/logistics/orders/TA90001").text
    marked = re.findall(
        r'<span class="what">([^<]*)</span> <span class="badge" data-testid="pre-advice-uncertain"',
        text,
    )
    assert marked == ["Sendung angemeldet"]
    assert "措辞待人工确认" in text
    with transaction(world.engine) as c:
        secret = tokens.create_api_token(c, "m1-sub", "erp", NOW)
    answer = app_client.get(
        "/api/v1/logistics/orders/TA90001", headers={"Authorization": f"Bearer {secret}"}
    )
    events = [e for b in answer.json()["shipments"] for e in b["events"]]
    assert [e["description"] for e in events if e["uncertain"]] == ["Sendung angemeldet"]


def test_the_download_of_a_batchs_tracking(signed_in: SignedIn, tracked: None) -> None:
    client = signed_in("m1-sub")
    url = "/m/logistics/orders/TA90001/shipments/S2/tracking.csv"
    answer = client.get(url)
    assert answer.status_code == 200 and answer.text.startswith("\ufeff")
    assert 'filename="tracking-TA90001-FX200.csv"' in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.text[1:])))
    assert len(rows) == 1 + 4  # header and the four events, newest first
    assert rows[1][0] == "2022-10-25 10:00" and rows[1][2] == "Arrived at hub"
    assert rows[-1][2] == "Shipment information sent to FedEx" and rows[-1][4] == "是"
    # Another owner's order, another merchant's, a batch of another order: not found.
    assert signed_in("m1-sub3").get(url).status_code == 404
    assert signed_in("m2-main").get(url).status_code == 404
    assert client.get("/m/logistics/orders/TA90001/shipments/S4/tracking.csv").status_code == 404
    assert signed_in("ops").get(f"/ops/merchants/M1{url[2:]}").status_code == 200
