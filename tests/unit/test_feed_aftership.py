"""AfterShip pushes and API answers are read as its documentation describes them."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
from pathlib import Path

import pytest

from sellerstar.ingest.aftership import parse

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
UTC8 = dt.timezone(dt.timedelta(hours=8))


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_the_documented_push_gives_seven_checkpoints() -> None:
    parsed = parse.parse_push(fixture("aftership_tracking_update.json"), UTC8)
    assert parsed.ok and parsed.kind == "tracking_update"
    (report,) = parsed.reports
    assert (report.tracking_number, report.provider_carrier) == ("9405516902697649303570", "usps")
    assert len(report.events) == 7
    first = report.events[0]
    assert first.description == "Shipping Label Created, USPS Awaiting Item"
    assert first.status == "info_received"
    assert first.location == "BOCA RATON, FL, 33487, USA, United States"
    # checkpoint_time has no offset: it is read in the platform zone (here UTC+8).
    assert first.event_time == dt.datetime(2021, 5, 13, 5, 4, tzinfo=dt.UTC)
    assert {e.status for e in report.events[1:]} == {"in_transit"}


def test_the_current_versions_sample_is_read_too() -> None:
    parsed = parse.parse_push(fixture("aftership_tracking_update_2025.json"), dt.UTC)
    assert parsed.ok
    assert parsed.reports[0].events[0].description.endswith("USPS Awaiting Item")
    assert parsed.reports[0].events[0].location is None


def test_signature_is_base64_hmac_sha256_of_the_body() -> None:
    body = fixture("aftership_tracking_update.json")
    expected = base64.b64encode(hmac.new(b"whsec", body, hashlib.sha256).digest()).decode()
    assert parse.signature(body, "whsec") == expected
    assert parse.verify(body, "whsec", expected)
    assert not parse.verify(body, "other", expected)
    assert not parse.verify(body, "whsec", "")


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["msg"].pop("tracking_number"), "msg.tracking_number"),
        (lambda d: d.update(msg="text"), "msg"),
        (
            lambda d: d["msg"]["checkpoints"][3].pop("checkpoint_time"),
            "checkpoints[3].checkpoint_time",
        ),
        (lambda d: d["msg"]["checkpoints"][0].update(message=""), "checkpoints[0].message"),
        (lambda d: d["msg"].update(checkpoints={"a": 1}), "msg.checkpoints"),
    ],
)
def test_a_malformed_push_names_the_offending_field(mutate: object, field: str) -> None:
    payload = json.loads(fixture("aftership_tracking_update.json"))
    mutate(payload)  # type: ignore[operator]
    parsed = parse.parse_push(json.dumps(payload).encode(), dt.UTC)
    assert not parsed.ok and field in str(parsed.problems[0])


@pytest.mark.parametrize(
    ("tag", "status"),
    [
        ("InfoReceived", "info_received"),
        ("OutForDelivery", "out_for_delivery"),
        ("AttemptFail", "attempt_fail"),
        ("AvailableForPickup", "available_for_pickup"),
        ("Exception", "exception"),
        ("Expired", "expired"),
        ("Pending", "not_found"),
        ("Delivered", "delivered"),
        ("Whatever", None),
    ],
)
def test_tags_map_onto_the_contract(tag: str, status: str | None) -> None:
    payload = json.loads(fixture("aftership_tracking_update_2025.json"))
    payload["msg"]["checkpoints"][0]["tag"] = tag
    parsed = parse.parse_push(json.dumps(payload).encode(), dt.UTC)
    assert parsed.reports[0].events[0].status == status


def test_api_answers_of_both_shapes_give_the_tracking_and_its_id() -> None:
    tracking = json.loads(fixture("aftership_tracking_update.json"))["msg"]
    for data in (tracking, {"tracking": tracking}):
        body = json.dumps({"meta": {"code": 200}, "data": data}).encode()
        parsed, tracking_id = parse.parse_api_answer(body, dt.UTC)
        assert parsed.ok and tracking_id == "n33xyn2b61cm3kosdtnvu00e"
        assert len(parsed.reports[0].events) == 7
