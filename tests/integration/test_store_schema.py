"""The migrated schema is the schema the code declares, and it follows the data contract."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sellerstar.contract import MERCHANT_METRICS_COLUMNS, ORDER_TRACKING_COLUMNS, TABLES, Kind
from sellerstar.store.schema import (
    contract_tables,
    merchant_metrics,
    metadata,
    order_tracking,
)
from sellerstar.store.types import UtcDateTime


def _differences(engine: sa.Engine, target: sa.MetaData) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, target))


def test_migrations_create_exactly_the_declared_schema(store_engine: sa.Engine) -> None:
    assert _differences(store_engine, metadata) == []


def test_schema_comparison_notices_a_column_without_migration(store_engine: sa.Engine) -> None:
    changed = sa.MetaData(naming_convention=metadata.naming_convention)
    for table in metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["orders"].append_column(sa.Column("coupon_code", sa.Text))

    differences = _differences(store_engine, changed)

    assert [(d[0], d[2], d[3].name) for d in differences] == [
        ("add_column", "orders", "coupon_code")
    ]


def test_contract_tables_have_the_contract_columns_keys_and_references() -> None:
    assert set(contract_tables) == set(TABLES)
    for name, spec in TABLES.items():
        table = contract_tables[name]
        own = [c.name for c in table.columns if c.name != "event_key"]
        assert own == list(spec.column_names), name
        for column in spec.columns:
            db_column = table.c[column.name]
            assert db_column.nullable is (not column.required), f"{name}.{column.name}"
            targets = {fk.target_fullname for fk in db_column.foreign_keys}
            assert targets == ({column.references} if column.references else set())
        key = [c.name for c in table.primary_key]
        assert key == (["event_key"] if name == "tracking_events" else list(spec.key))


@pytest.mark.parametrize(
    ("kind", "type_class"),
    [
        (Kind.TS, UtcDateTime),
        (Kind.MONEY, sa.Numeric),
        (Kind.DECIMAL, sa.Numeric),
        (Kind.BOOL, sa.Boolean),
        (Kind.INT, sa.Integer),
        (Kind.COUNTRY, sa.String),
        (Kind.ID, sa.String),
    ],
)
def test_contract_kinds_map_to_column_types(kind: Kind, type_class: type) -> None:
    typed = [
        contract_tables[table.name].c[column.name].type
        for table in TABLES.values()
        for column in table.columns
        if column.kind is kind
    ]
    assert typed, f"no contract column of kind {kind}"
    assert all(isinstance(t, type_class) for t in typed)


def test_money_keeps_cents_and_country_two_letters() -> None:
    amount = contract_tables["orders"].c.amount_usd.type
    country = contract_tables["orders"].c.destination_country.type
    assert isinstance(amount, sa.Numeric) and (amount.precision, amount.scale) == (14, 2)
    assert isinstance(country, sa.String) and country.length == 2


def test_every_contract_reference_is_deferred_in_the_database(store_engine: sa.Engine) -> None:
    inspector = sa.inspect(store_engine)
    checked = 0
    for name, spec in TABLES.items():
        by_column = {
            tuple(fk["constrained_columns"]): fk for fk in inspector.get_foreign_keys(name)
        }
        for column in spec.columns:
            if column.references is None:
                continue
            fk = by_column[(column.name,)]
            assert f"{fk['referred_table']}.{fk['referred_columns'][0]}" == column.references
            assert fk["options"].get("deferrable") is True, f"{name}.{column.name}"
            assert fk["options"].get("initially") == "DEFERRED", f"{name}.{column.name}"
            checked += 1
    assert checked == sum(1 for t in TABLES.values() for c in t.columns if c.references)


def test_hot_read_indexes_exist(store_engine: sa.Engine) -> None:
    inspector = sa.inspect(store_engine)
    wanted = {
        ("orders", ("merchant_id", "shipped_at")),
        ("orders", ("owner_account_id",)),
        ("shipments", ("order_id",)),
        ("shipments", ("carrier", "tracking_number")),
        ("tracking_events", ("carrier", "tracking_number", "received_at")),
        ("tracking_appeals", ("order_id",)),
        ("tracking_appeals", ("shipment_id",)),
    }
    found = {
        (table, tuple(index["column_names"]))
        for table in {t for t, _ in wanted}
        for index in inspector.get_indexes(table)
    }
    assert wanted <= found


@pytest.mark.parametrize(
    ("table", "columns"),
    [(merchant_metrics, MERCHANT_METRICS_COLUMNS), (order_tracking, ORDER_TRACKING_COLUMNS)],
)
def test_result_tables_hold_the_contract_output_columns(
    table: sa.Table, columns: tuple[str, ...]
) -> None:
    assert [c.name for c in table.columns] == [*columns, "computed_at", "rule_set_id"]
    rates = [c for c in table.columns if c.name.endswith("_rate")]
    assert all(c.nullable and isinstance(c.type, sa.Float) for c in rates)


def test_the_tracking_events_key_is_in_byte_order_on_postgresql(store_engine: sa.Engine) -> None:
    """A hexadecimal hash needs no locale; PostgreSQL builds its index faster in byte order."""
    column = {c["name"]: c for c in sa.inspect(store_engine).get_columns("tracking_events")}
    collation = column["event_key"]["type"].collation
    assert collation == ("C" if store_engine.dialect.name == "postgresql" else None)
