"""A tiny marketplace builder for metric tests: rows of every contract table.

Times are written ``"2022-10-20 10:00"`` in the platform zone (Asia/Shanghai) unless
they carry an offset. Defaults make an order that is in tracking-visibility scope and
on-time-shipment scope; tests override what they are about.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq
from pyarrow import csv as pacsv

from sellerstar.contract import TABLES, Kind
from sellerstar.metrics.tables import TABLE_NAMES, arrow_schema

ZONE = ZoneInfo("Asia/Shanghai")


def at(text: str | dt.datetime | None, zone: ZoneInfo = ZONE) -> dt.datetime | None:
    """An aware datetime from ``YYYY-MM-DD HH:MM[:SS[.ffffff]]`` (platform time) or ISO."""
    if text is None or isinstance(text, dt.datetime):
        return text
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=zone)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class Market:
    """Rows of the contract tables, built scenario by scenario."""

    def __init__(self, zone: ZoneInfo = ZONE) -> None:
        self.zone = zone
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self._events = 0

    def _t(self, text: str | dt.datetime | None) -> dt.datetime | None:
        # Held in UTC: aware datetimes of one zone compare by wall clock, not by instant.
        value = at(text, self.zone)
        return None if value is None else value.astimezone(dt.UTC)

    def merchant(self, merchant_id: str) -> str:
        self.rows["merchants"].append(
            {
                "merchant_id": merchant_id,
                "name": f"Merchant {merchant_id}",
                "main_industry": "Apparel",
                "membership": "export_pass",
                "ta_status": "active",
            }
        )
        self.rows["accounts"].append(
            {
                "account_id": f"{merchant_id}-main",
                "merchant_id": merchant_id,
                "role": "main",
                "name": "main",
            }
        )
        return merchant_id

    def sub_account(self, merchant_id: str, account_id: str) -> str:
        self.rows["accounts"].append(
            {"account_id": account_id, "merchant_id": merchant_id, "role": "sub", "name": "sub"}
        )
        return account_id

    def order(
        self,
        order_id: str,
        merchant_id: str,
        shipped: str | dt.datetime | None = None,
        **overrides: Any,
    ) -> str:
        shipped_at = self._t(shipped)
        explicit_paid = "paid" in overrides
        paid_at = self._t(overrides.pop("paid", None))
        if not explicit_paid and shipped_at is not None:
            paid_at = shipped_at - dt.timedelta(days=2)
        ship_by = self._t(overrides.pop("ship_by", None))
        if ship_by is None and shipped_at is not None:
            ship_by = shipped_at + dt.timedelta(days=1)
        created = (paid_at or shipped_at or dt.datetime(2022, 1, 1, tzinfo=dt.UTC)) - dt.timedelta(
            hours=1
        )
        row = {
            "order_id": order_id,
            "merchant_id": merchant_id,
            "owner_account_id": None,
            "buyer_id": "buyer-1",
            "trade_assurance": True,
            "destination_country": "US",
            "trade_term": "FOB",
            "export_mode": "tad",
            "transport": "express",
            "payment_method": "tt",
            "status": "shipped" if shipped_at is not None else ("paid" if paid_at else "created"),
            "created_at": created,
            "paid_at": paid_at,
            "ship_by": ship_by,
            "shipped_at": shipped_at,
            "amount_usd": "100.00",
            "all_items_rts": True,
            "delivery_promise": True,
        }
        for key, value in overrides.items():
            if key not in row:
                raise KeyError(f"orders has no column {key}")
            row[key] = self._t(value) if TABLES["orders"].column(key).kind is Kind.TS else value
        self.rows["orders"].append(row)
        return order_id

    def shipment(
        self,
        shipment_id: str,
        order_id: str,
        uploaded: str | dt.datetime,
        carrier: str = "ups",
        tracking_number: str | None = None,
        replaced_by: str | None = None,
    ) -> str:
        self.rows["shipments"].append(
            {
                "shipment_id": shipment_id,
                "order_id": order_id,
                "carrier": carrier,
                "tracking_number": tracking_number or f"TN-{shipment_id}",
                "transport": "express",
                "uploaded_at": self._t(uploaded),
                "replaced_by": replaced_by,
            }
        )
        return shipment_id

    def replace(self, old: str, new: str) -> None:
        for row in self.rows["shipments"]:
            if row["shipment_id"] == old:
                row["replaced_by"] = new

    def parcel(self, shipment_id: str) -> tuple[str, str]:
        row = next(r for r in self.rows["shipments"] if r["shipment_id"] == shipment_id)
        return row["carrier"], row["tracking_number"]

    def event(
        self,
        shipment_id: str,
        received: str | dt.datetime,
        happened: str | dt.datetime | None = None,
        description: str | None = None,
        source: str = "platform",
    ) -> None:
        carrier, number = self.parcel(shipment_id)
        self._events += 1
        received_at = self._t(received)
        assert received_at is not None
        self.rows["tracking_events"].append(
            {
                "carrier": carrier,
                "tracking_number": number,
                "event_time": self._t(happened) or received_at - dt.timedelta(hours=1),
                "received_at": received_at,
                "description": description or f"scan {self._events}",
                "location": "",
                "status": "in_transit",
                "source": source,
            }
        )

    def appeal(
        self,
        appeal_id: str,
        shipment_id: str,
        submitted: str | dt.datetime,
        status: str = "pending",
        decided: str | dt.datetime | None = None,
    ) -> None:
        order_id = next(
            r["order_id"] for r in self.rows["shipments"] if r["shipment_id"] == shipment_id
        )
        self.rows["tracking_appeals"].append(
            {
                "appeal_id": appeal_id,
                "order_id": order_id,
                "shipment_id": shipment_id,
                "appeal_type": "backend_has_two",
                "submitted_at": self._t(submitted),
                "status": status,
                "decided_at": self._t(decided),
            }
        )

    def enrol(
        self, merchant_id: str, joined: str | dt.datetime, left: str | dt.datetime | None = None
    ) -> None:
        self.rows["guarantee_enrolments"].append(
            {"merchant_id": merchant_id, "joined_at": self._t(joined), "left_at": self._t(left)}
        )

    # Output -------------------------------------------------------------------------

    def arrow(self) -> dict[str, pa.Table]:
        """The metric columns of every table, typed as the engine loader expects."""
        out = {}
        for name in TABLE_NAMES:
            schema = arrow_schema(name)
            rows = [{c: row.get(c) for c in schema.names} for row in self.rows[name]]
            out[name] = pa.Table.from_pylist(rows, schema=schema)
        return out

    def write(self, folder: Path, fmt: str, style: str = "utc") -> Path:
        """Every contract table as files of one format, with every contract column.

        ``style`` of timestamps: ``utc`` (offset +00:00 or zone-aware Parquet), ``local``
        (platform wall clock without offset, or naive Parquet), ``mixed`` (text only: rows
        alternate between the platform offset written out and no offset). ``parts``
        writes each table as a folder of two Parquet files; ``text-parquet`` writes
        Parquet whose every column is text, as CSV writes it.
        """
        folder.mkdir(parents=True, exist_ok=True)
        for name, spec in TABLES.items():
            rows = self.rows[name]
            if fmt in ("csv", "jsonl", "text-parquet"):
                cell_format = "csv" if fmt == "text-parquet" else fmt
                texts = [
                    {c: self._cell(row.get(c), style, i, cell_format) for c in spec.column_names}
                    for i, row in enumerate(rows)
                ]
                if fmt != "jsonl":
                    table = pa.table(
                        {c: pa.array([t[c] for t in texts], pa.string()) for c in spec.column_names}
                    )
                    if fmt == "csv":
                        pacsv.write_csv(table, folder / f"{name}.csv")
                    else:
                        pq.write_table(table, folder / f"{name}.parquet")
                else:
                    with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
                        handle.writelines(json.dumps(t) + "\n" for t in texts)
                continue
            table = _parquet_table(spec.column_names, name, rows, style == "local", self.zone)
            if fmt == "parts":
                (folder / name).mkdir(exist_ok=True)
                half = table.num_rows // 2
                pq.write_table(table.slice(0, half), folder / name / "part-0.parquet")
                pq.write_table(table.slice(half), folder / name / "part-1.parquet")
            else:
                pq.write_table(table, folder / f"{name}.parquet")
        return folder

    def _cell(self, value: Any, style: str, index: int, fmt: str) -> Any:
        if isinstance(value, dt.datetime):
            local = value.astimezone(self.zone)
            if style == "local" or (style == "mixed" and index % 2):
                return local.replace(tzinfo=None).isoformat(sep=" ")
            return local.isoformat() if style == "mixed" else value.isoformat()
        if value is None:
            return None if fmt == "jsonl" else ""
        if isinstance(value, bool):
            return (
                value
                if fmt == "jsonl"
                else ("1" if index % 2 else "true")
                if value
                else ("0" if index % 2 else "false")
            )
        return value if fmt == "jsonl" else str(value)


def _parquet_table(
    columns: tuple[str, ...], name: str, rows: list[dict[str, Any]], naive: bool, zone: ZoneInfo
) -> pa.Table:
    arrays = {}
    spec = TABLES[name]
    for column in columns:
        kind = spec.column(column).kind
        values = [r.get(column) for r in rows]
        if kind is Kind.TS:
            if naive:
                values = [
                    None if v is None else v.astimezone(zone).replace(tzinfo=None) for v in values
                ]
                arrays[column] = pa.array(values, pa.timestamp("us"))
            else:
                arrays[column] = pa.array(values, pa.timestamp("us", tz="UTC"))
        elif kind is Kind.BOOL:
            arrays[column] = pa.array(values, pa.bool_())
        elif kind is Kind.INT:
            arrays[column] = pa.array(values, pa.int64())
        else:
            arrays[column] = pa.array([None if v is None else str(v) for v in values], pa.string())
    return pa.table(arrays)
