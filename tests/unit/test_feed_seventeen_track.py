"""17TRACK pushes and look-ups are read as the v2.2 documentation describes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sellerstar.ingest.seventeen_track import parse

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
UTC8 = dt.timezone(dt.timedelta(hours=8))


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_the_documented_update_gives_its_five_events_in_utc() -> None:
    parsed = parse.parse_push(fixture("17track_tracking_updated.json"), UTC8)
    assert parsed.ok and parsed.kind == "TRACKING_UPDATED"
    (report,) = parsed.reports
    assert (report.feed, report.tracking_number, report.provider_carrier) == (
        "17track",
        "1Z2617V10397725789",
        "3011",
    )
    assert not report.stopped
    times = [e.event_time for e in report.events]
    assert times[0] == dt.datetime(2022, 4, 4, 23, 35, 22, tzinfo=dt.UTC)
    assert times[-1] == dt.datetime(2022, 3, 29, 5, 43, 8, tzinfo=dt.UTC)
    first = report.events[-1]
    assert first.description == "Shipper created a label, UPS has not received the package yet."
    assert first.status == "info_received"
    assert [e.status for e in report.events[:2]] == ["delivered", "out_for_delivery"]
    # Events without a stage or sub-status carry no status (the contract leaves it empty).
    assert report.events[2].status is None
    assert report.events[2].location == "Anderson, CA, US"


def test_the_documented_stop_is_a_report_without_events() -> None:
    parsed = parse.parse_push(fixture("17track_tracking_stopped.json"), dt.UTC)
    assert parsed.ok
    (report,) = parsed.reports
    assert report.stopped and report.events == () and report.tracking_number == "RR123456789CN"


def test_sign_is_sha256_of_body_slash_key() -> None:
    body = fixture("17track_tracking_stopped.json")
    import hashlib

    expected = hashlib.sha256(body + b"/" + b"my-key").hexdigest()
    assert parse.sign(body, "my-key") == expected
    assert parse.verify(body, "my-key", expected.upper())
    assert not parse.verify(body, "my-key", None)
    assert not parse.verify(body + b" ", "my-key", expected)


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["data"].pop("number"), "data.number"),
        (lambda d: d.pop("data"), "data"),
        (
            lambda d: d["data"]["track_info"]["tracking"]["providers"][0]["events"][2].update(
                time_utc=None, time_iso="not a time"
            ),
            "data.track_info.tracking.providers[0].events[2].time_iso",
        ),
        (
            lambda d: d["data"]["track_info"]["tracking"]["providers"][0]["events"][1].pop(
                "description"
            ),
            "data.track_info.tracking.providers[0].events[1].description",
        ),
        (lambda d: d["data"]["track_info"]["tracking"].update(providers={}), "providers"),
    ],
)
def test_a_malformed_push_names_the_offending_field(mutate: object, field: str) -> None:
    payload = json.loads(fixture("17track_tracking_updated.json"))
    mutate(payload)  # type: ignore[operator]
    parsed = parse.parse_push(json.dumps(payload).encode(), dt.UTC)
    assert not parsed.ok
    assert field in str(parsed.problems[0])
    assert parsed.reports == ()


def test_not_json_is_a_problem_of_the_body() -> None:
    parsed = parse.parse_push(b"<html>", dt.UTC)
    assert [p.field for p in parsed.problems] == ["body"]


def test_an_unknown_event_is_ignored_not_malformed() -> None:
    parsed = parse.parse_push(b'{"event": "SOMETHING_NEW", "data": {}}', dt.UTC)
    assert parsed.ok and parsed.reports == () and parsed.kind == "SOMETHING_NEW"


def test_a_time_without_offset_is_read_in_the_platform_zone() -> None:
    payload = json.loads(fixture("17track_tracking_updated.json"))
    event = payload["data"]["track_info"]["tracking"]["providers"][0]["events"][0]
    event.update(time_utc=None, time_iso="2022-04-05 08:00:00")
    report = parse.parse_push(json.dumps(payload).encode(), UTC8).reports[0]
    assert report.events[0].event_time == dt.datetime(2022, 4, 5, 0, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("event", "status"),
    [
        ({"sub_status": "InfoReceived"}, "info_received"),
        ({"sub_status": "InTransit_PickedUp"}, "in_transit"),
        ({"sub_status": "DeliveryFailure_Other"}, "attempt_fail"),
        ({"sub_status": "Exception_Returning"}, "exception"),
        ({"sub_status": "AvailableForPickup_Other"}, "available_for_pickup"),
        ({"sub_status": "Expired_Other"}, "expired"),
        ({"sub_status": "NotFound_Other"}, "not_found"),
        ({"stage": "Arrival"}, "in_transit"),
        ({"stage": "Returned"}, "exception"),
        ({"sub_status": "Unheard_Of", "stage": "Delivered"}, "delivered"),
        ({}, None),
    ],
)
def test_statuses_map_onto_the_contract(event: dict[str, str], status: str | None) -> None:
    assert parse.status_of(event) == status


def test_lookup_answer_has_reports_and_rejections() -> None:
    parsed, rejected = parse.parse_lookup(fixture("17track_gettrackinfo.json"), dt.UTC)
    assert parsed.ok and len(parsed.reports) == 1 and len(parsed.reports[0].events) == 5
    assert [(r.number, r.code) for r in rejected] == [("RR123456789CN", -18019902)]


def test_register_answer_lists_accepted_and_rejected_numbers() -> None:
    accepted, rejected, problems = parse.parse_register(fixture("17track_register.json"))
    assert accepted == ["RR123456789CN"] and problems == []
    assert [r.code for r in rejected] == [-18019901, -18019903]


def test_an_error_envelope_is_a_problem_with_the_code() -> None:
    body = b'{"code": -18010002, "data": {"errors": [{"code": -18010002}]}}'
    accepted, rejected, problems = parse.parse_register(body)
    assert accepted == [] and rejected == [] and "-18010002" in str(problems[0])
