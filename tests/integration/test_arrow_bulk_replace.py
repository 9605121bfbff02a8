"""Replacing rows through the bulk writer: the delete's literals are text, whatever they hold."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import sqlalchemy as sa

from sellerstar.jobs.metrics import _sql_text
from sellerstar.store.arrow_bulk import Replacement, replace_rows
from sellerstar.store.schema import metric_marks

# Merchant ids are input data: a quote, a colon (a bound parameter to SQLAlchemy's text)
# and a backslash must neither break the statement nor widen the delete.
ODD_IDS = ["O'Brien", "A :b", "C\\D", "plain"]
BEFORE, AFTER = dt.date(2022, 11, 1), dt.date(2022, 12, 1)
AT = dt.datetime(2022, 12, 2, tzinfo=dt.UTC)


def test_a_delete_naming_odd_merchant_ids_replaces_exactly_those(store_engine: sa.Engine) -> None:
    with store_engine.begin() as connection:
        connection.execute(
            metric_marks.insert(),
            [{"merchant_id": m, "since": BEFORE, "marked_at": AT} for m in ODD_IDS],
        )
    replaced = ODD_IDS[:3]
    rows = pa.table(
        {
            "merchant_id": pa.array(replaced),
            "since": pa.array([AFTER] * 3, pa.date32()),
            "marked_at": pa.array([AT] * 3, pa.timestamp("us", tz="UTC")),
        }
    )
    where = f"merchant_id IN ({', '.join(_sql_text(m) for m in replaced)})"
    replace_rows(store_engine, [Replacement(metric_marks, rows, where)])
    with store_engine.connect() as connection:
        query = sa.select(metric_marks.c.merchant_id, metric_marks.c.since)
        stored = {row.merchant_id: row.since for row in connection.execute(query)}
    assert stored == {"O'Brien": AFTER, "A :b": AFTER, "C\\D": AFTER, "plain": BEFORE}
