"""The current instant, for the web app and the CLI alike.

With a fixed platform date (``SELLERSTAR_CLOCK_DATE``, the demo's view date) "now" is that
date at the current time of day in the platform zone; otherwise it is the real instant.

>>> real = dt.datetime(2026, 3, 1, 18, 30, tzinfo=dt.UTC)  # 02:30 on 2 March in Shanghai
>>> now_at(real, dt.date(2022, 12, 6), "Asia/Shanghai").isoformat()
'2022-12-05T18:30:00+00:00'
>>> now_at(real, None, "Asia/Shanghai") == real
True
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sellerstar.config import Settings, get_settings
from sellerstar.rules import RuleBook, load_rulebook


def now_at(instant: dt.datetime, fixed: dt.date | None, zone: str) -> dt.datetime:
    """``instant``, moved to the platform date ``fixed`` (same time of day in ``zone``)."""
    if fixed is None:
        return instant
    local = instant.astimezone(ZoneInfo(zone))
    return dt.datetime.combine(fixed, local.timetz()).astimezone(dt.UTC)


def now(settings: Settings | None = None, book: RuleBook | None = None) -> dt.datetime:
    """The current instant under ``settings`` (the environment's by default); the rule
    book in force on the fixed date gives the platform zone."""
    settings = settings or get_settings()
    instant = dt.datetime.now(dt.UTC)
    fixed = settings.clock_date
    if fixed is None:
        return instant
    book = book or load_rulebook(settings.rules_dir)
    return now_at(instant, fixed, book.in_force(fixed).calendar.timezone)
