"""Kuaidi100 pushes and queries are read as its documentation describes them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from urllib.parse import urlencode

import pytest

from sellerstar.ingest.kuaidi100 import parse

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def param() -> str:
    return (DATA / "kuaidi100_push_param.json").read_text(encoding="utf-8")


def test_the_documented_push_gives_two_events_on_the_corrected_company() -> None:
    parsed = parse.parse_push(param(), SHANGHAI)
    assert parsed.ok and parsed.kind == "polling"
    (report,) = parsed.reports
    # autoCheck=1: Kuaidi100 corrected the company from yuantong to ems.
    assert (report.tracking_number, report.provider_carrier) == ("V030344422", "ems")
    assert [e.event_time for e in report.events] == [
        dt.datetime(2012, 8, 28, 8, 33, 19, tzinfo=dt.UTC),
        dt.datetime(2012, 8, 27, 15, 22, 42, tzinfo=dt.UTC),
    ]
    assert report.events[0].description == "上海分拨中心/装件入车扫描"
    assert report.events[0].location == "上海市" and report.events[0].status == "in_transit"
    assert not report.stopped


def test_without_auto_check_the_submitted_company_stays() -> None:
    payload = json.loads(param())
    payload["autoCheck"] = "0"
    report = parse.parse_push(json.dumps(payload), SHANGHAI).reports[0]
    assert report.provider_carrier == "yuantong"


@pytest.mark.parametrize("status", ["shutdown", "abort"])
def test_shutdown_and_abort_stop_the_parcel(status: str) -> None:
    payload = json.loads(param())
    payload["status"] = status
    assert parse.parse_push(json.dumps(payload), SHANGHAI).reports[0].stopped


def test_an_international_push_reports_the_destination_carrier_too() -> None:
    payload = json.loads(param())
    payload["destResult"] = {
        "com": "speedpost",
        "nu": "EX015142583SG",
        "data": [{"context": "Delivered", "ftime": "2016-10-05 08:42:00", "status": "签收"}],
    }
    reports = parse.parse_push(json.dumps(payload), SHANGHAI).reports
    assert [r.provider_carrier for r in reports] == ["ems", "speedpost"]
    assert reports[1].events[0].status == "delivered"


def test_sign_is_upper_case_md5_of_param_and_salt() -> None:
    text = param()
    expected = hashlib.md5((text + "salt1").encode()).hexdigest().upper()
    assert parse.sign(text, "salt1") == expected
    assert parse.verify(text, "salt1", expected.lower())
    assert not parse.verify(text, "salt2", expected)
    assert not parse.verify(text, "salt1", None)


def test_the_form_body_splits_into_param_and_sign() -> None:
    text = param()
    body = urlencode({"param": text, "sign": "ABC"}).encode()
    assert parse.split_form(body) == (text, "ABC")
    assert parse.split_form(b"sign=ABC") == (None, "ABC")


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["lastResult"].pop("nu"), "param.lastResult.nu"),
        (lambda d: d.pop("lastResult"), "param.lastResult"),
        (lambda d: d["lastResult"]["data"][1].update(ftime="", time="28/08"), "data[1].time"),
        (lambda d: d["lastResult"]["data"][0].pop("context"), "data[0].context"),
    ],
)
def test_a_malformed_push_names_the_offending_field(mutate: object, field: str) -> None:
    payload = json.loads(param())
    mutate(payload)  # type: ignore[operator]
    parsed = parse.parse_push(json.dumps(payload), SHANGHAI)
    assert not parsed.ok and field in str(parsed.problems[0])


def test_a_missing_or_broken_param_is_a_problem() -> None:
    assert parse.parse_push(None, SHANGHAI).problems[0].field == "param"
    assert "not JSON" in str(parse.parse_push("{oops", SHANGHAI).problems[0])


@pytest.mark.parametrize(
    ("item", "status"),
    [
        ({"statusCode": "101"}, "info_received"),
        ({"statusCode": "102"}, "info_received"),
        ({"statusCode": "103"}, "in_transit"),
        ({"statusCode": "1002"}, "in_transit"),
        ({"statusCode": "5"}, "out_for_delivery"),
        ({"statusCode": "501"}, "available_for_pickup"),
        ({"statusCode": "301"}, "delivered"),
        ({"statusCode": "204"}, "attempt_fail"),
        ({"statusCode": "14"}, "exception"),
        ({"statusCode": "12"}, "in_transit"),
        ({"status": "签收"}, "delivered"),
        ({"status": "已下单"}, "info_received"),
        ({"status": "未知"}, None),
    ],
)
def test_states_map_onto_the_contract(item: dict[str, str], status: str | None) -> None:
    assert parse.status_of(item) == status


def test_a_query_answer_reads_like_a_push_result() -> None:
    body = (DATA / "kuaidi100_query.json").read_bytes()
    parsed = parse.parse_query(body, SHANGHAI)
    assert parsed.ok
    statuses = [e.status for e in parsed.reports[0].events]
    assert statuses == ["in_transit", "in_transit", "info_received"]


def test_a_query_error_answer_is_a_problem_with_its_message() -> None:
    parsed = parse.parse_query((DATA / "kuaidi100_query_error.json").read_bytes(), SHANGHAI)
    assert not parsed.ok and "查询无结果" in str(parsed.problems[0])
