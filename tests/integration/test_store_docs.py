"""docs/store.md documents every table, column and command of the store."""

from __future__ import annotations

from pathlib import Path

from sellerstar.store.reference import END, START, render_tables
from sellerstar.store.schema import metadata

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def test_the_table_reference_in_the_docs_is_current() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = START + text.partition(START)[2].partition(END)[0] + END
    assert block == render_tables(), (
        "docs/store.md is stale: run `.venv/bin/python -m sellerstar.store.reference docs/store.md`"
    )


def test_the_reference_names_every_table_and_column() -> None:
    reference = render_tables()
    for table in metadata.tables.values():
        assert f"### {table.name}\n" in reference
        for column in table.columns:
            assert f"| {column.name} |" in reference, f"{table.name}.{column.name}"
