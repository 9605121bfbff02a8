"""A stored star explanation the pages cannot read is said plainly, naming its row: the
page no longer fills the gap with today's rule numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from stars_support import STAT, insert, m1_custom
from web_support import World

from sellerstar.store.schema import star_levels

SignedIn = Callable[[str], TestClient]
NAMED = "merchant 'M1', custom track, stat date 2022-12-04"


def _without_gate_limit() -> dict[str, object]:
    row = m1_custom(STAT)
    gate = {k: v for k, v in row["explanation"]["gate"].items() if k != "min_due_orders"}
    return row | {"explanation": row["explanation"] | {"gate": gate}}


def test_the_complete_row_is_shown(world: World, signed_in: SignedIn) -> None:
    insert(world.engine, star_levels, [m1_custom(STAT)])
    body = signed_in("m1-main").get("/api/v1/stars").json()
    assert body["predicted"]["custom"]["gate"]["min_due_orders"] == 11


@pytest.mark.parametrize("path", ["/m/stars", "/api/v1/stars"])
def test_a_row_of_another_shape_is_a_clear_answer_not_a_guess(
    world: World, signed_in: SignedIn, path: str
) -> None:
    insert(world.engine, star_levels, [_without_gate_limit()])
    answer = signed_in("m1-main").get(path)
    assert answer.status_code == 409
    text = answer.json()["detail"] if path.startswith("/api/") else answer.text
    assert NAMED in text.replace("&#39;", "'")
    assert "gate.min_due_orders" in text
    assert "Traceback" not in text
