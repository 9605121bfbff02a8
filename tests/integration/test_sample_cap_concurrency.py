"""The 200 cap holds when batches are submitted at the same moment (issue 16 item 3: two
tabs, two sub-accounts), on SQLite (a file, one writer at a time) and PostgreSQL (the row
lock of the conditional update): places never exceed the cap, the counter equals the
registrations holding a place, and a batch that does not fit leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from samples_world import (
    NOW,
    PRICE,
    add_products,
    places_taken,
    sample_product,
    seed_merchants,
    set_places,
)

from concurrency import at_once
from sellerstar.rules import load_rulebook
from sellerstar.services import sample_registrations
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.store.db import transaction
from sellerstar.store.schema import sample_registrations as regs

BOOK = load_rulebook()


def _submit(engine: sa.Engine, ids: list[str], account: str | None) -> Callable[[], Any]:
    def call() -> Any:
        with transaction(engine) as connection:
            return sample_registrations.register(
                connection, book=BOOK, actor_login=f"user-{account}", merchant_id="M1",
                offers=dict.fromkeys(ids, PRICE), now=NOW, account_id=account,
            )  # fmt: skip

    return call


def _holding(engine: sa.Engine) -> int:
    with engine.connect() as connection:
        return int(
            connection.scalar(
                sa.select(sa.func.count()).select_from(regs).where(regs.c.holds_place == 1)
            )
        )


def _products(engine: sa.Engine, prefix: str, count: int, owner: str) -> list[str]:
    ids = [f"{prefix}{n:03d}" for n in range(count)]
    add_products(engine, *(sample_product(i, owner_account_id=owner) for i in ids))
    return ids


def test_two_sub_accounts_filling_the_last_placesat_once(store_engine: sa.Engine) -> None:
    seed_merchants(store_engine)
    set_places(store_engine, "M1", 0)
    # 190 registered for real, then two batches of 8 for the last 10 places.
    first = _products(store_engine, "F", 190, "A1")
    _submit(store_engine, first, None)()
    tab2 = _products(store_engine, "S", 8, "A2")
    tab3 = _products(store_engine, "T", 8, "A3")
    results = at_once(_submit(store_engine, tab2, "A2"), _submit(store_engine, tab3, "A3"))
    done = [r for r in results if isinstance(r, sample_registrations.Registered)]
    refused = [r for r in results if isinstance(r, SampleRefused)]
    assert len(done) == 1 and len(refused) == 1, results
    assert refused[0].code == "cap_exceeded"
    assert refused[0].params["left"] == 2
    assert places_taken(store_engine) == 198 == _holding(store_engine)


def test_many_small_batches_at_once_stop_exactly_at_the_cap(store_engine: sa.Engine) -> None:
    seed_merchants(store_engine)
    first = _products(store_engine, "F", 180, "A1")
    _submit(store_engine, first, None)()
    batches = [_products(store_engine, f"X{n}-", 3, "A2") for n in range(10)]
    results = at_once(*(_submit(store_engine, ids, "A2") for ids in batches))
    assert all(isinstance(r, (sample_registrations.Registered, SampleRefused)) for r in results)
    assert places_taken(store_engine) == _holding(store_engine)
    assert 198 <= places_taken(store_engine) <= 200


def test_one_product_submitted_from_two_tabs_registers_once(store_engine: sa.Engine) -> None:
    seed_merchants(store_engine)
    add_products(store_engine, sample_product("P"))
    results = at_once(_submit(store_engine, ["P"], None), _submit(store_engine, ["P"], None))
    registered = [
        r for r in results
        if isinstance(r, sample_registrations.Registered) and r.registered
    ]  # fmt: skip
    assert len(registered) == 1, results
    other = next(r for r in results if r is not registered[0])
    if isinstance(other, SampleRefused):
        assert other.code == "already_registered"
    else:
        assert other.rejected[0].already_registered
    assert places_taken(store_engine) == 1 == _holding(store_engine)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_cap_is_checked_in_the_store_not_only_in_python(store_engine: sa.Engine) -> None:
    """Even past the rule check, the conditional update refuses a batch over the cap."""
    seed_merchants(store_engine)
    set_places(store_engine, "M1", 200)
    with pytest.raises(SampleRefused) as refused, transaction(store_engine) as connection:
        sample_registrations._take_places(connection, "M1", 1, 200)
    assert refused.value.params["left"] == 0
    assert places_taken(store_engine) == 200
