"""Reading contract files: formats, line numbers, file-level problems, layout of the folder."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from test_import_support import valid_feed, write_csv, write_feed, write_jsonl, write_parquet

from sellerstar.errors import InputError
from sellerstar.ingest.contract import ImportRejected, import_directory
from sellerstar.store.schema import contract_tables

SHANGHAI = ZoneInfo("Asia/Shanghai")


def rejection(engine: sa.Engine, directory: Path) -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        import_directory(engine, directory, zone=SHANGHAI)
    return [p.render() for p in caught.value.problems]


def stored(engine: sa.Engine, table: str, order_by: str) -> list[dict[str, object]]:
    rows = contract_tables[table]
    with engine.connect() as connection:
        result = connection.execute(sa.select(rows).order_by(rows.c[order_by]))
        return [dict(r._mapping) for r in result]


class TestCsv:
    def test_lines_count_physical_lines_across_quoted_newlines_and_blank_lines(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        feed = valid_feed()
        write_feed(tmp_path, {"merchants": feed["merchants"]})
        path = tmp_path / "merchants.csv"
        header, first, second = path.read_text().splitlines()
        path.write_text(
            "\n".join(
                [
                    header,
                    first.replace("Ningbo Tools", '"Ningbo\nTools"'),
                    "",
                    second,
                    "M3,Third,,gold,active",
                    "M4,too,few",
                ]
            )
            + "\n"
        )
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants.csv:6: membership: unknown code 'gold' (expected one of: export_pass, "
            "global_treasure, gold_supplier_plus, none, other)",
            "merchants.csv:7: expected 5 fields, found 3",
        ]

    def test_a_missing_required_column_is_one_error_at_the_header(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        feed = valid_feed()
        columns = [c for c in feed["orders"][0] if c != "destination_country"]
        write_feed(tmp_path, {"merchants": feed["merchants"], "accounts": feed["accounts"]})
        write_csv(tmp_path / "orders.csv", feed["orders"], columns)
        assert rejection(sqlite_engine, tmp_path) == [
            "orders.csv:1: destination_country: missing required column"
        ]

    def test_a_column_named_twice_is_refused(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        (tmp_path / "merchants.csv").write_text(
            "merchant_id,name,name,membership,ta_status\nM1,a,b,none,none\n"
        )
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants.csv:1: name: column appears twice in the header"
        ]

    def test_an_empty_file(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        (tmp_path / "merchants.csv").write_text("")
        assert rejection(sqlite_engine, tmp_path) == ["merchants.csv:1: empty file: no header row"]

    def test_invalid_utf8_names_its_line(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        (tmp_path / "merchants.csv").write_bytes(
            b"merchant_id,name,main_industry,membership,ta_status\n"
            b"M1,Acme,,none,none\nM2,Bad \xff name,,none,none\n"
        )
        assert rejection(sqlite_engine, tmp_path) == ["merchants.csv:3: not valid UTF-8"]

    def test_extra_columns_are_ignored_and_missing_optional_ones_read_as_empty(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        rows = [
            {
                "merchant_id": "M1",
                "name": "Acme",
                "membership": "none",
                "ta_status": "none",
                "erp_code": "X-1",
            }
        ]
        write_csv(tmp_path / "merchants.csv", rows)
        import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)
        assert stored(sqlite_engine, "merchants", "merchant_id") == [
            {
                "merchant_id": "M1",
                "name": "Acme",
                "main_industry": None,
                "secondary_category": None,
                "membership": "none",
                "ta_status": "none",
                "country": None,
            }
        ]

    def test_the_secondary_category_is_imported(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        # The seed's 二级类目, shown with the star level (issue 18); optional.
        (tmp_path / "merchants.csv").write_text(
            "merchant_id,name,membership,ta_status,secondary_category\n"
            "M1,Acme,none,none,农业机械与设备\nM2,Beta,none,none,\n",
            encoding="utf-8",
        )
        import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)
        rows = stored(sqlite_engine, "merchants", "merchant_id")
        assert [r["secondary_category"] for r in rows] == ["农业机械与设备", None]

    def test_a_byte_order_mark_is_not_part_of_the_first_column(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        (tmp_path / "merchants.csv").write_text(
            "\ufeffmerchant_id,name,membership,ta_status\nM1,Acme,none,none\n", encoding="utf-8"
        )
        import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)
        assert [r["merchant_id"] for r in stored(sqlite_engine, "merchants", "merchant_id")] == [
            "M1"
        ]


class TestJsonl:
    def test_lines_count_every_physical_line(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        rows = valid_feed()["merchants"]
        lines = [
            json.dumps(rows[0]),
            "",
            json.dumps(rows[1] | {"ta_status": "paused"}),
            "{not json",
            "[1, 2]",
            json.dumps(rows[1] | {"merchant_id": "M3", "name": ["x"]}),
        ]
        (tmp_path / "merchants.jsonl").write_text("\n".join(lines) + "\n")
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants.jsonl:3: ta_status: unknown code 'paused' (expected one of: active, none, "
            "suspended, terminated)",
            "merchants.jsonl:4: not valid JSON: Expecting property name enclosed in double quotes",
            "merchants.jsonl:5: expected a JSON object",
            "merchants.jsonl:6: name: expected a value, found an array",
        ]

    def test_native_json_values_are_accepted(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        feed = valid_feed()
        order = dict(feed["orders"][1])
        native: dict[str, object] = order | {
            "trade_assurance": False,
            "amount_usd": 12.5,
            "all_items_rts": True,
            "delivery_promise": False,
            "paid_at": None,
        }
        del native["ship_by"]  # an absent optional key reads as empty
        write_feed(tmp_path, {"merchants": feed["merchants"], "accounts": feed["accounts"]})
        write_jsonl(tmp_path / "orders.jsonl", [native])
        import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)
        (row,) = stored(sqlite_engine, "orders", "order_id")
        assert (row["trade_assurance"], str(row["amount_usd"]), row["all_items_rts"]) == (
            False,
            "12.50",
            True,
        )
        assert row["paid_at"] is None and row["ship_by"] is None

    def test_the_first_object_must_have_every_required_key(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        row = valid_feed()["merchants"][0]
        del row["membership"]
        write_jsonl(tmp_path / "merchants.jsonl", [row])
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants.jsonl:1: membership: missing required column"
        ]

    def test_a_later_object_without_a_required_key_has_an_empty_value(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        first, second = valid_feed()["merchants"]
        del second["membership"]
        write_jsonl(tmp_path / "merchants.jsonl", [first, second])
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants.jsonl:2: membership: required value is empty"
        ]


class TestParquet:
    def test_rows_are_numbered_per_part_file_of_a_folder(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        feed = valid_feed()
        write_feed(tmp_path, {"merchants": feed["merchants"], "accounts": feed["accounts"]})
        first, second = feed["orders"]
        write_parquet(tmp_path / "orders" / "part-00000.parquet", [first])
        bad = second | {"order_id": "O3", "destination_country": "UK"}
        write_parquet(tmp_path / "orders" / "part-00001.parquet", [second, bad])
        (tmp_path / "orders" / "_SUCCESS").write_text("")
        assert rejection(sqlite_engine, tmp_path) == [
            "orders/part-00001.parquet:row 2: destination_country: unknown country 'UK' "
            "(ISO 3166-1 alpha-2, upper case)"
        ]

    def test_a_folder_of_parts_is_one_table(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        feed = valid_feed()
        write_feed(tmp_path, {"merchants": feed["merchants"], "accounts": feed["accounts"]})
        for n, order in enumerate(feed["orders"]):
            write_parquet(tmp_path / "orders" / f"part-{n:05d}.parquet", [order])
        result = import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)
        assert result.counts["orders"].inserted == 2
        assert [r["order_id"] for r in stored(sqlite_engine, "orders", "order_id")] == ["O1", "O2"]

    def test_a_duplicate_key_across_parts_names_both(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        rows = valid_feed()["merchants"]
        write_parquet(tmp_path / "merchants" / "a.parquet", rows)
        write_parquet(tmp_path / "merchants" / "b.parquet", [rows[1]])
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants/a.parquet:row 2: merchant_id: duplicate key "
            "(also at merchants/b.parquet:row 1)",
            "merchants/b.parquet:row 1: merchant_id: duplicate key "
            "(also at merchants/a.parquet:row 2)",
        ]

    def test_a_missing_required_column_is_a_schema_error(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        rows = [{k: v for k, v in r.items() if k != "ta_status"} for r in valid_feed()["merchants"]]
        write_parquet(tmp_path / "merchants.parquet", rows)
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants.parquet:schema: ta_status: missing required column"
        ]

    def test_native_types_are_accepted(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        feed = valid_feed()
        write_feed(tmp_path, {k: feed[k] for k in ("merchants", "accounts", "orders")})
        event = feed["tracking_events"][0]
        write_feed(tmp_path, {"shipments": feed["shipments"]})
        table = pa.table(
            {
                "carrier": ["ups"],
                "tracking_number": ["1Z002"],
                "event_time": pa.array([1662264000000], pa.timestamp("ms", tz="UTC")),
                # Zone-less: wall time in the platform zone (Asia/Shanghai, UTC+8).
                "received_at": pa.array([1662292800000000], pa.timestamp("us")),
                "description": [event["description"]],
                "location": pa.nulls(1, pa.string()),
                "status": ["info_received"],
                "source": ["platform"],
            }
        )
        pq.write_table(table, tmp_path / "tracking_events.parquet")
        import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)
        (row,) = stored(sqlite_engine, "tracking_events", "event_key")
        assert row["event_time"].isoformat() == "2022-09-04T04:00:00+00:00"
        assert row["received_at"].isoformat() == "2022-09-04T04:00:00+00:00"

    def test_an_unreadable_parquet_file(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        (tmp_path / "merchants.parquet").write_bytes(b"not parquet at all")
        (problem,) = rejection(sqlite_engine, tmp_path)
        assert problem.startswith("merchants.parquet: not a readable Parquet file")


class TestLayout:
    def test_a_table_in_two_forms_is_refused(
        self, sqlite_engine: sa.Engine, tmp_path: Path
    ) -> None:
        rows = valid_feed()["merchants"]
        write_csv(tmp_path / "merchants.csv", rows)
        write_jsonl(tmp_path / "merchants.jsonl", list(rows))
        assert rejection(sqlite_engine, tmp_path) == [
            "merchants: found as merchants.csv, merchants.jsonl; keep only one"
        ]

    def test_a_folder_without_parquet_parts(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        (tmp_path / "merchants").mkdir()
        (tmp_path / "merchants" / "part-0.csv").write_text("x")
        assert rejection(sqlite_engine, tmp_path) == ["merchants/: folder holds no .parquet file"]

    def test_a_folder_without_any_table(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        (tmp_path / "notes.txt").write_text("hello")
        with pytest.raises(InputError, match="no contract table found"):
            import_directory(sqlite_engine, tmp_path, zone=SHANGHAI)

    def test_a_missing_folder(self, sqlite_engine: sa.Engine, tmp_path: Path) -> None:
        with pytest.raises(InputError, match="not a directory"):
            import_directory(sqlite_engine, tmp_path / "nope", zone=SHANGHAI)

    @pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
    def test_every_format_stores_the_same_rows(
        self, sqlite_engine: sa.Engine, tmp_path: Path, fmt: str
    ) -> None:
        import_directory(
            sqlite_engine, write_feed(tmp_path / fmt, valid_feed(), fmt), zone=SHANGHAI
        )
        orders = stored(sqlite_engine, "orders", "order_id")
        assert [(o["order_id"], o["paid_at"] and o["paid_at"].isoformat()) for o in orders] == [
            ("O1", "2022-09-01T03:00:00+00:00"),
            ("O2", None),
        ]
        assert len(stored(sqlite_engine, "tracking_events", "event_key")) == 2
