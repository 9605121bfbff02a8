"""The store's key for signing page cursors (``domain/cursors.py``).

Kept in ``store_meta`` so that every web worker, and the same app after a restart,
accepts the cursors of the others; made once, by whichever request needs it first.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa

from sellerstar.store.db import upsert
from sellerstar.store.schema import store_meta

CURSOR_KEY = "page_cursor_key"


def cursor_key(connection: sa.Connection) -> bytes:
    """The store's cursor key, made now when it has none (two makers agree: the first
    insert wins, the other is ignored and both read the winner)."""
    stored = _stored(connection)
    if stored is None:
        fresh = {"key": CURSOR_KEY, "value": secrets.token_hex(32)}
        upsert(connection, store_meta, [fresh], on_conflict="ignore")
        stored = _stored(connection)
    assert stored is not None
    return bytes.fromhex(stored)


def _stored(connection: sa.Connection) -> str | None:
    value = connection.scalar(sa.select(store_meta.c.value).where(store_meta.c.key == CURSOR_KEY))
    return None if value is None else str(value)
