"""Look up rows already in the store, for references the import itself does not satisfy."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from sellerstar.contract import TABLES
from sellerstar.store.schema import contract_tables

_CHUNK = 900  # bound parameters per query: far below SQLite's and PostgreSQL's limits


class StoreLookup:
    """Finds contract rows by key in the store, over one open connection."""

    def __init__(self, connection: sa.Connection) -> None:
        self._connection = connection

    def find(
        self, table: str, keys: Sequence[str], columns: tuple[str, ...]
    ) -> dict[str, tuple[str | None, ...]]:
        """Of ``keys``, those ``table`` holds, with the values of ``columns``.

        >>> from sellerstar.store.db import create_engine
        >>> from sellerstar.store.schema import metadata
        >>> engine = create_engine("sqlite://")
        >>> metadata.create_all(engine)
        >>> with engine.begin() as conn:
        ...     _ = conn.execute(contract_tables["merchants"].insert(), [{"merchant_id": "M1",
        ...         "name": "Acme", "membership": "none", "ta_status": "none"}])
        ...     StoreLookup(conn).find("merchants", ["M1", "M2"], ("name",))
        {'M1': ('Acme',)}
        """
        (key,) = TABLES[table].key
        stored = contract_tables[table]
        found: dict[str, tuple[str | None, ...]] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            query = sa.select(stored.c[key], *(stored.c[c] for c in columns)).where(
                stored.c[key].in_(chunk)
            )
            for row in self._connection.execute(query):
                found[row[0]] = tuple(row[1:])
        return found
