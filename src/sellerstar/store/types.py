"""Column types that behave the same on SQLite and PostgreSQL.

>>> import datetime as dt
>>> UtcDateTime().process_result_value(dt.datetime(2022, 9, 8, 2, 15), None).isoformat()
'2022-09-08T02:15:00+00:00'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class UtcDateTime(sa.types.TypeDecorator[dt.datetime]):
    """A point in time, stored in UTC, always read back as an aware UTC ``datetime``.

    Writing a naive datetime is refused: the store cannot know its zone (the contract's
    platform-zone rule belongs to the importer). PostgreSQL stores ``timestamptz``; SQLite
    has no zone-aware type, so the UTC wall time is stored and UTC is re-attached on read.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}: {value!r}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given; pass an aware datetime")
        utc = value.astimezone(dt.UTC)
        # SQLite's DATETIME keeps no zone: store the UTC wall time so text order is time order.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect | None) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime from the database, got {value!r}")
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    @property
    def python_type(self) -> type[dt.datetime]:
        return dt.datetime
