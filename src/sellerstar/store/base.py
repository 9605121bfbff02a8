"""What every table module of the store shares: the one ``metadata`` and its conventions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

NAMING_CONVENTION: dict[str, str] = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

ID_LENGTH = 128
"""Longest identifier the store holds (PostgreSQL enforces it; the importer must check)."""
CODE_LENGTH = 32
"""Longest code (status, reason, role) the store holds."""
MONEY = sa.Numeric(14, 2)
SqlType = sa.types.TypeEngine[Any]


def one_of(column: str, values: Iterable[str]) -> str:
    """SQL of a CHECK constraint that ``column`` holds one of ``values`` (strings or the
    members of a ``StrEnum``: each stands for its value).

    >>> one_of("role", ("a", "b"))
    "role IN ('a', 'b')"
    """
    return f"{column} IN ({', '.join(repr(str(v)) for v in values)})"
