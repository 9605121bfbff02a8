"""Keys and references of the contract import, with the database replaced by a dict."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from test_import_validate import SHANGHAI, valid_row

from sellerstar.contract import TABLES
from sellerstar.ingest.contract.problems import Anchor, Problem, SourceFile
from sellerstar.ingest.contract.readers import RawBatch
from sellerstar.ingest.contract.references import KeyIndex, ReferenceChecker, key_hashes
from sellerstar.ingest.contract.validate import check_batch


class FakeStore:
    """Rows 'already in the database': table -> key -> row."""

    def __init__(self, rows: dict[str, list[dict[str, str]]] | None = None) -> None:
        self.rows = {
            table: {r[TABLES[table].key[0]]: r for r in table_rows}
            for table, table_rows in (rows or {}).items()
        }

    def find(
        self, table: str, keys: Sequence[str], columns: tuple[str, ...]
    ) -> dict[str, tuple[str | None, ...]]:
        stored = self.rows.get(table, {})
        return {k: tuple(stored[k][c] for c in columns) for k in keys if k in stored}


def run(feed: dict[str, list[dict[str, str]]], store: FakeStore | None = None) -> list[str]:
    """Check ``feed`` (table -> rows, CSV lines from 2) in contract order; the problems."""
    problems: list[Problem] = []
    checker = ReferenceChecker(store or FakeStore(), problems.append)
    for index, (name, table) in enumerate(TABLES.items()):
        if name not in feed:
            continue
        source = SourceFile(Path(f"{name}.csv"), f"{name}.csv", name, "csv", index)
        rows = feed[name]
        columns = {
            c: pa.array([r.get(c, "") for r in rows], type=pa.string()) for c in table.column_names
        }
        raw = RawBatch(source, Anchor.LINE, np.arange(2, len(rows) + 2, dtype=np.int64), columns)
        checker.check(table, check_batch(table, raw, SHANGHAI, problems.append))
        checker.finish(table)
    return [p.render() for p in sorted(problems, key=Problem.sort_key)]


def row(table: str, **values: str) -> dict[str, str]:
    return valid_row(TABLES[table]) | values


def connected_feed() -> dict[str, list[dict[str, str]]]:
    """One row per table, every reference satisfied inside the feed."""
    return {
        "merchants": [row("merchants", merchant_id="M1")],
        "accounts": [row("accounts", account_id="A1", merchant_id="M1")],
        "orders": [row("orders", order_id="O1", merchant_id="M1", owner_account_id="A1")],
        "shipments": [
            row("shipments", shipment_id="S1", order_id="O1", replaced_by="S2"),
            row("shipments", shipment_id="S2", order_id="O1", replaced_by=""),
        ],
        "tracking_events": [row("tracking_events")],
        "tracking_appeals": [row("tracking_appeals", order_id="O1", shipment_id="S2")],
        "guarantee_enrolments": [row("guarantee_enrolments", merchant_id="M1")],
        "products": [row("products", product_id="P1", merchant_id="M1", owner_account_id="A1")],
        "ip_rights": [row("ip_rights", right_id="R1")],
        "radar_tasks": [row("radar_tasks", product_id="P1", right_id="R1")],
        "capability_scores": [row("capability_scores", merchant_id="M1")],
        "assurance_inputs": [row("assurance_inputs", merchant_id="M1")],
        "late_delivery_claims": [row("late_delivery_claims", order_id="O1")],
        "violations": [row("violations", merchant_id="M1")],
        "buyers": [row("buyers", buyer_id="B1")],
        "transaction_reviews": [
            row(
                "transaction_reviews",
                review_id="TR1",
                order_id="O1",
                product_id="P1",
                merchant_id="M1",
                buyer_id="B1",
            )
        ],
        "direct_reviews": [row("direct_reviews", merchant_id="M1", product_id="P1", buyer_id="B1")],
        "business_actions": [
            row("business_actions", buyer_id="B1", merchant_id="M1", product_id="P1")
        ],
        "order_judgements": [row("order_judgements", order_id="O1")],
        "confirmed_brushing": [row("confirmed_brushing", review_id="TR1")],
        "talents": [row("talents", talent_id="T1", graduation_year="2020")],
        "talent_certifications": [row("talent_certifications", talent_id="T1")],
    }


REFERENCES = [
    (t.name, c.name, c.references)
    for t in TABLES.values()
    for c in t.columns
    if c.references is not None
]


def test_a_connected_feed_has_no_problem() -> None:
    assert run(connected_feed()) == []


@pytest.mark.parametrize(("table", "column", "target"), REFERENCES)
def test_every_dangling_reference_is_rejected(table: str, column: str, target: str) -> None:
    feed = connected_feed()
    feed[table][0][column] = "NOPE"
    target_table, key = target.split(".")
    line = 2
    assert (
        f"{table}.csv:{line}: {column}: no {target_table} row with {key} 'NOPE' "
        "in this import or the database"
    ) in run(feed)


@pytest.mark.parametrize(("table", "column", "target"), REFERENCES)
def test_every_reference_may_point_into_the_database(table: str, column: str, target: str) -> None:
    target_table, key = target.split(".")
    feed = connected_feed()
    value = feed[table][0][column]
    # Move the referenced row from the import into the database.
    moved = [r for r in feed[target_table] if r[key] == value]
    feed[target_table] = [r for r in feed[target_table] if r[key] != value]
    assert len(moved) == 1
    assert run(feed, FakeStore({target_table: moved})) == []
    assert any(f"no {target_table} row with {key} {value!r}" in p for p in run(feed))


def test_a_table_absent_from_the_import_is_looked_up_in_the_database() -> None:
    feed = {"orders": [row("orders", merchant_id="M7", owner_account_id="")]}
    assert run(feed, FakeStore({"merchants": [row("merchants", merchant_id="M7")]})) == []
    assert run(feed) == [
        "orders.csv:2: merchant_id: no merchants row with merchant_id 'M7' "
        "in this import or the database"
    ]


def test_an_empty_optional_reference_is_not_checked() -> None:
    feed = connected_feed()
    feed["orders"][0]["owner_account_id"] = ""
    assert run(feed) == []


class TestSameParent:
    def test_the_appealed_shipment_belongs_to_the_appeals_order(self) -> None:
        feed = connected_feed()
        feed["orders"].append(row("orders", order_id="O2", merchant_id="M1", owner_account_id=""))
        feed["tracking_appeals"][0]["order_id"] = "O2"
        assert run(feed) == [
            "tracking_appeals.csv:2: shipment_id: 'S2' belongs to another order_id "
            "than this row's 'O2'"
        ]

    def test_the_appealed_shipment_in_the_database_belongs_to_the_appeals_order(self) -> None:
        feed = {"tracking_appeals": [row("tracking_appeals", order_id="O1", shipment_id="S9")]}
        store = FakeStore(
            {
                "orders": [row("orders", order_id="O1")],
                "shipments": [row("shipments", shipment_id="S9", order_id="O8")],
            }
        )
        assert run(feed, store) == [
            "tracking_appeals.csv:2: shipment_id: 'S9' belongs to another order_id "
            "than this row's 'O1'"
        ]

    def test_an_order_owner_is_an_account_of_the_same_merchant(self) -> None:
        feed = connected_feed()
        feed["merchants"].append(row("merchants", merchant_id="M2"))
        feed["accounts"].append(row("accounts", account_id="A2", merchant_id="M2"))
        feed["orders"][0]["owner_account_id"] = "A2"
        assert run(feed) == [
            "orders.csv:2: owner_account_id: 'A2' belongs to another merchant_id "
            "than this row's 'M1'"
        ]

    def test_a_product_owner_is_an_account_of_the_same_merchant(self) -> None:
        feed = connected_feed()
        store = FakeStore({"accounts": [row("accounts", account_id="A5", merchant_id="M5")]})
        feed["products"][0]["owner_account_id"] = "A5"
        assert run(feed, store) == [
            "products.csv:2: owner_account_id: 'A5' belongs to another merchant_id "
            "than this row's 'M1'"
        ]

    def test_a_replacement_shipment_belongs_to_the_same_order(self) -> None:
        feed = connected_feed()
        feed["orders"].append(row("orders", order_id="O2", merchant_id="M1", owner_account_id=""))
        feed["shipments"][1]["order_id"] = "O2"
        feed["tracking_appeals"] = []
        assert run(feed) == [
            "shipments.csv:2: replaced_by: 'S2' belongs to another order_id than this row's 'O1'"
        ]

    def test_a_replacement_later_in_the_same_file_is_found(self) -> None:
        feed = connected_feed()
        later = row("shipments", shipment_id="S0", order_id="O1", replaced_by="S1")
        feed["shipments"].insert(0, later)
        assert run(feed) == []


class TestDuplicateKeys:
    def test_both_lines_of_a_duplicate_key_are_named(self) -> None:
        feed = connected_feed()
        feed["orders"].append(dict(feed["orders"][0]))
        assert run(feed) == [
            "orders.csv:2: order_id: duplicate key (also at orders.csv:3)",
            "orders.csv:3: order_id: duplicate key (also at orders.csv:2)",
        ]

    def test_a_composite_key_is_duplicate_only_when_all_parts_match(self) -> None:
        first = row("guarantee_enrolments", merchant_id="M1", joined_at="2022-08-01T00:00:00Z")
        same_instant = first | {"joined_at": "2022-08-01T08:00:00+08:00"}
        other = first | {"joined_at": "2022-08-02T00:00:00Z"}
        feed = {"merchants": [row("merchants", merchant_id="M1")]}
        assert run(feed | {"guarantee_enrolments": [first, other]}) == []
        assert run(feed | {"guarantee_enrolments": [first, same_instant]}) == [
            "guarantee_enrolments.csv:2: merchant_id, joined_at: duplicate key "
            "(also at guarantee_enrolments.csv:3)",
            "guarantee_enrolments.csv:3: merchant_id, joined_at: duplicate key "
            "(also at guarantee_enrolments.csv:2)",
        ]

    def test_a_tracking_event_delivered_twice_is_not_an_error(self) -> None:
        event = row("tracking_events")
        later = event | {"received_at": "2022-09-02T10:00:00+08:00"}
        assert run({"tracking_events": [event, later]}) == []


class TestKeyIndex:
    def test_finds_frozen_keys_and_reports_duplicates_against_the_first_copy(self) -> None:
        index = KeyIndex(())
        keys = key_hashes([pa.array(["a", "b", "a", "c", "a"])])
        index.add(keys[:2], np.array([10, 11]), {})
        index.add(keys[2:], np.array([12, 13, 14]), {})
        assert index.freeze() == [(12, 10), (14, 10)]
        found = index.find(key_hashes([pa.array(["c", "z", "a"])]))
        assert found[0] >= 0 and found[1] == -1 and found[2] >= 0

    def test_an_empty_index_finds_nothing(self) -> None:
        index = KeyIndex(())
        assert index.freeze() == []
        assert index.find(key_hashes([pa.array(["a"])])).tolist() == [-1]
