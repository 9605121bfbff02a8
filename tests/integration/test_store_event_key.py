"""event_key identifies a tracking event the same way for the importer and the webhooks."""

from __future__ import annotations

import datetime as dt

import pytest

from sellerstar.store.schema import event_key

UTC_TIME = dt.datetime(2022, 9, 8, 2, 15, tzinfo=dt.UTC)
FIELDS = ("ups", "1Z999AA10123456784", "platform", UTC_TIME, "Shipment information received")


def test_key_format_is_stable_across_releases() -> None:
    # Stored keys must keep matching what later imports and webhooks compute: sha256 of
    # ["ups", "1Z999AA10123456784", "platform", "2022-09-08T02:15:00+00:00", "Shipment ..."]
    assert event_key(*FIELDS) == (
        "9bc7eeee59f5fe439ed3fdeab804edb0b1510b3eac8ab14f0a9eb5fc5f7d6582"
    )


def test_same_instant_written_with_another_offset_gives_the_same_key() -> None:
    in_shanghai = UTC_TIME.astimezone(dt.timezone(dt.timedelta(hours=8)))
    carrier, number, source, _, text = FIELDS
    assert in_shanghai.hour == 10
    assert event_key(carrier, number, source, in_shanghai, text) == event_key(*FIELDS)


@pytest.mark.parametrize(
    "changed",
    [
        ("fedex", *FIELDS[1:]),
        (FIELDS[0], "1Z999AA10123456785", *FIELDS[2:]),
        (*FIELDS[:2], "17track", *FIELDS[3:]),
        (*FIELDS[:3], UTC_TIME + dt.timedelta(seconds=1), FIELDS[4]),
        (*FIELDS[:4], "Shipment information received."),
    ],
    ids=["carrier", "tracking_number", "source", "event_time", "description"],
)
def test_each_field_changes_the_key(changed: tuple[str, str, str, dt.datetime, str]) -> None:
    assert event_key(*changed) != event_key(*FIELDS)


def test_fields_cannot_bleed_into_each_other() -> None:
    # A naive join would make ("ab", "c") and ("a", "bc") the same parcel.
    one = event_key("ab", "c", "platform", UTC_TIME, "x")
    other = event_key("a", "bc", "platform", UTC_TIME, "x")
    assert one != other


def test_naive_event_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        event_key("ups", "1Z", "platform", dt.datetime(2022, 9, 8, 2, 15), "x")
