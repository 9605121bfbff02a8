"""The briefing Q&A's web tests: the 2022-10 briefing's channel on top of web_support's
world (questions from 10-28 until 10-29 24:00 Shanghai, answers planned for 10-31), and a
clock the test moves."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.qa import Channel, QaTopic
from sellerstar.services import qa
from sellerstar.store.db import transaction

SHANGHAI = ZoneInfo("Asia/Shanghai")
CHANNEL = "2022-10-briefing"
ASKING = dt.datetime(2022, 10, 29, 20, 0, tzinfo=SHANGHAI)
LAST_SECOND = dt.datetime(2022, 10, 29, 23, 59, 59, tzinfo=SHANGHAI)
MIDNIGHT = dt.datetime(2022, 10, 30, 0, 0, tzinfo=SHANGHAI)
PUBLISH_DAY = dt.datetime(2022, 10, 31, 9, 0, tzinfo=SHANGHAI)


class Clock:
    """The app's ``now``: set ``at`` to move it."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def seed_channel(engine: sa.Engine) -> None:
    with transaction(engine) as connection:
        qa.save_channel(
            connection, actor_login="ops", now=ASKING, create=True,
            channel=Channel(CHANNEL, "10月全网发布会 答疑通道",
                               (QaTopic.STAR_LEVEL, QaTopic.REVIEWS, QaTopic.SAMPLE_VENUE),
                               dt.date(2022, 10, 28), dt.date(2022, 10, 29),
                               dt.date(2022, 10, 31)),
        )  # fmt: skip
