"""The briefing's Q&A channel (答疑通道, rulebook §7): merchants ask about a rule change
until the channel's last day, 24:00 platform time; operators group the questions, answer
each group and publish the answers the following week.

A channel's dates are data (one channel per briefing); the time zone they are taken in is
the rule-set calendar's. "Until 10.29 24:00" is stored as the last day, 2022-10-29: the
window closes at the first instant of the next day in the platform time zone.

>>> window = QuestionWindow(dt.date(2022, 10, 28), dt.date(2022, 10, 29))
>>> shanghai = ZoneInfo("Asia/Shanghai")
>>> window.state_at(dt.datetime(2022, 10, 29, 23, 59, 59, tzinfo=shanghai), "Asia/Shanghai")
<WindowState.OPEN: 'open'>
>>> window.state_at(dt.datetime(2022, 10, 30, 0, 0, tzinfo=shanghai), "Asia/Shanghai")
<WindowState.CLOSED: 'closed'>
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo


class QaTopic(StrEnum):
    """What a question is about: the briefing's modules (seed: 最新动态 01-05)."""

    STAR_LEVEL = "star_level"
    RADAR = "radar"
    SAMPLE_VENUE = "sample_venue"
    REVIEWS = "reviews"
    TALENT_SERVICE = "talent_service"
    OTHER = "other"


class QuestionState(StrEnum):
    """A question's life as its merchant sees it: submitted, taken into a group by an
    operator, answered (its group's answer is published)."""

    SUBMITTED = "submitted"
    GROUPED = "grouped"
    ANSWERED = "answered"


class GroupState(StrEnum):
    """A question group: open (no answer yet), answered (an answer written, not public),
    published (on the public page; its merchants told)."""

    OPEN = "open"
    ANSWERED = "answered"
    PUBLISHED = "published"


class WindowState(StrEnum):
    """Whether a channel takes questions at an instant."""

    NOT_YET_OPEN = "not_yet_open"
    OPEN = "open"
    CLOSED = "closed"


def start_of(day: dt.date, timezone: str) -> dt.datetime:
    """The first instant of ``day`` in ``timezone`` (so "day D 24:00" = start of D + 1).

    >>> start_of(dt.date(2022, 10, 30), "Asia/Shanghai").astimezone(dt.UTC).isoformat()
    '2022-10-29T16:00:00+00:00'
    """
    return dt.datetime.combine(day, dt.time(0), ZoneInfo(timezone))


@dataclass(frozen=True)
class QuestionWindow:
    """Questions are taken from ``opens_on`` 00:00 up to ``closes_on`` 24:00 (platform
    time): the first day and the last day, both whole."""

    opens_on: dt.date
    closes_on: dt.date

    def opens_at(self, timezone: str) -> dt.datetime:
        return start_of(self.opens_on, timezone)

    def closes_at(self, timezone: str) -> dt.datetime:
        """The first instant questions are refused: the day after the last, 00:00."""
        return start_of(self.closes_on + dt.timedelta(days=1), timezone)

    def state_at(self, instant: dt.datetime, timezone: str) -> WindowState:
        if instant < self.opens_at(timezone):
            return WindowState.NOT_YET_OPEN
        if instant >= self.closes_at(timezone):
            return WindowState.CLOSED
        return WindowState.OPEN


def channel_dates_problem(opens_on: dt.date, closes_on: dt.date, publish_on: dt.date) -> str:
    """Why a channel's dates cannot stand ('' when they can): the window has at least one
    day, and answers are published after it closes.

    >>> channel_dates_problem(dt.date(2022, 10, 28), dt.date(2022, 10, 29), dt.date(2022, 10, 29))
    'publish_before_close'
    """
    if closes_on < opens_on:
        return "closes_before_opens"
    if publish_on <= closes_on:
        return "publish_before_close"
    return ""


def publication_due(publish_on: dt.date, instant: dt.datetime, timezone: str) -> bool:
    """Whether the planned publication date has come (platform date of ``instant``); before
    it an operator must say explicitly that the answer goes out early.

    >>> due = dt.datetime(2022, 10, 30, 16, 0, tzinfo=dt.UTC)  # 10-31 00:00 in Shanghai
    >>> publication_due(dt.date(2022, 10, 31), due, "Asia/Shanghai")
    True
    >>> publication_due(dt.date(2022, 10, 31), due - dt.timedelta(seconds=1), "Asia/Shanghai")
    False
    """
    return instant >= start_of(publish_on, timezone)


def parse_topics(text: str) -> tuple[QaTopic, ...]:
    """Topic codes as stored (``;``-separated), in :class:`QaTopic` order, once each.

    >>> parse_topics("reviews;star_level;reviews")
    (<QaTopic.STAR_LEVEL: 'star_level'>, <QaTopic.REVIEWS: 'reviews'>)
    """
    codes = {part.strip() for part in text.split(";") if part.strip()}
    return tuple(topic for topic in QaTopic if topic.value in codes)


def topics_text(topics: tuple[QaTopic, ...] | list[QaTopic]) -> str:
    """The stored form of topics."""
    return ";".join(topic.value for topic in QaTopic if topic in topics)


@dataclass(frozen=True)
class Channel:
    """A Q&A channel: its topics, question window and planned publication date."""

    channel_id: str
    title: str
    topics: tuple[QaTopic, ...]
    opens_on: dt.date
    closes_on: dt.date
    publish_on: dt.date

    @property
    def window(self) -> QuestionWindow:
        return QuestionWindow(self.opens_on, self.closes_on)


def channel_of(row: Any) -> Channel:
    """The channel of a stored row (``qa_channels``: topics as stored)."""
    return Channel(
        channel_id=row.channel_id,
        title=row.title,
        topics=parse_topics(row.topics),
        opens_on=row.opens_on,
        closes_on=row.closes_on,
        publish_on=row.publish_on,
    )
