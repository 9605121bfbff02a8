"""The briefing Q&A channel's pure rules (rulebook §7): "until 10.29 24:00" in the
platform time zone, both sides of each boundary, and the publication date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sellerstar.domain.qa import (
    QaTopic,
    QuestionWindow,
    WindowState,
    channel_dates_problem,
    parse_topics,
    publication_due,
    topics_text,
)

ZONE = "Asia/Shanghai"
SHANGHAI = ZoneInfo(ZONE)
WINDOW = QuestionWindow(dt.date(2022, 10, 28), dt.date(2022, 10, 29))


@pytest.mark.parametrize(
    ("instant", "state"),
    [
        (dt.datetime(2022, 10, 27, 23, 59, 59, tzinfo=SHANGHAI), WindowState.NOT_YET_OPEN),
        (dt.datetime(2022, 10, 28, 0, 0, 0, tzinfo=SHANGHAI), WindowState.OPEN),
        (dt.datetime(2022, 10, 29, 23, 59, 59, tzinfo=SHANGHAI), WindowState.OPEN),
        (dt.datetime(2022, 10, 29, 23, 59, 59, 999999, tzinfo=SHANGHAI), WindowState.OPEN),
        (dt.datetime(2022, 10, 30, 0, 0, 0, tzinfo=SHANGHAI), WindowState.CLOSED),
        # The same instants in UTC: 24:00 Shanghai is 16:00 UTC the same day.
        (dt.datetime(2022, 10, 29, 15, 59, 59, tzinfo=dt.UTC), WindowState.OPEN),
        (dt.datetime(2022, 10, 29, 16, 0, 0, tzinfo=dt.UTC), WindowState.CLOSED),
    ],
)
def test_the_window_is_whole_days_in_platform_time(
    instant: dt.datetime, state: WindowState
) -> None:
    assert WINDOW.state_at(instant, ZONE) is state


def test_another_platform_zone_moves_the_instant() -> None:
    late_in_utc = dt.datetime(2022, 10, 29, 23, 0, tzinfo=dt.UTC)
    assert WINDOW.state_at(late_in_utc, "UTC") is WindowState.OPEN
    assert WINDOW.state_at(late_in_utc, ZONE) is WindowState.CLOSED
    assert WINDOW.closes_at(ZONE) == dt.datetime(2022, 10, 29, 16, 0, tzinfo=dt.UTC)


@given(st.datetimes(min_value=dt.datetime(2022, 1, 1), max_value=dt.datetime(2023, 12, 31)))
def test_open_exactly_between_the_first_and_the_closing_instant(naive: dt.datetime) -> None:
    instant = naive.replace(tzinfo=dt.UTC)
    is_open = WINDOW.opens_at(ZONE) <= instant < WINDOW.closes_at(ZONE)
    assert (WINDOW.state_at(instant, ZONE) is WindowState.OPEN) == is_open


def test_publication_is_due_from_the_first_instant_of_its_date() -> None:
    day = dt.date(2022, 10, 31)
    start = dt.datetime(2022, 10, 31, 0, 0, tzinfo=SHANGHAI)
    assert publication_due(day, start, ZONE)
    assert not publication_due(day, start - dt.timedelta(microseconds=1), ZONE)


@pytest.mark.parametrize(
    ("opens", "closes", "publish", "problem"),
    [
        ((10, 28), (10, 29), (10, 31), ""),
        ((10, 29), (10, 29), (10, 30), ""),  # a one-day window, answers the next day
        ((10, 29), (10, 28), (10, 31), "closes_before_opens"),
        ((10, 28), (10, 29), (10, 29), "publish_before_close"),
    ],
)
def test_channel_dates(
    opens: tuple[int, int], closes: tuple[int, int], publish: tuple[int, int], problem: str
) -> None:
    dates = [dt.date(2022, *md) for md in (opens, closes, publish)]
    assert channel_dates_problem(*dates) == problem


def test_topics_round_trip_in_enum_order() -> None:
    assert topics_text([QaTopic.OTHER, QaTopic.RADAR]) == "radar;other"
    assert parse_topics("other;radar;nonsense;") == (QaTopic.RADAR, QaTopic.OTHER)
