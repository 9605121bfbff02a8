"""The live state of an order (issue 18, rulebook §1.4, §1.5): what the merchant did shows
at once, beside the metric's verdict of the newest stat date, on both databases; the order
list as a worklist (needs action first, the soonest deadline first; search by tracking
number); the CSV's carrier, tracking number, appeal state and deadline.

Today is NOW (2022-12-06 10:00 Shanghai): view date 2022-12-06, newest stat date 12-04.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from logistics_support import STAT, add_order, add_shipment, at, judge, metrics
from web_support import NOW, World

from sellerstar.domain.access import Scope
from sellerstar.domain.appeals import TRANSITIONS, AppealState
from sellerstar.queries import logistics_orders as qo
from sellerstar.queries.order_state import OPEN_STATES, OrderState, live_states
from sellerstar.rules import load_rulebook
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables
from sellerstar.web.auth import now
from sellerstar.web.words.logistics import APPEAL_STATUSES

SignedIn = Callable[[str], TestClient]
MAIN = Scope("M1")
SUB = Scope("M1", "A2")
TODAY = dt.date(2022, 12, 6)
_appeals = contract_tables["tracking_appeals"]


def _failing(
    connection: sa.Connection,
    order_id: str,
    shipped: dt.date,
    number: str,
    *,
    owner: str | None = None,
    window_open: bool = True,
    reason: str = "untracked",
) -> None:
    """An order with one current UPS shipment, judged on STAT."""
    add_order(connection, order_id, owner=owner, shipped=shipped)
    add_shipment(connection, f"S-{order_id}", order_id, number, at(shipped, 16), carrier="ups")
    judge(
        connection,
        STAT,
        order_id,
        reason,
        owner=owner,
        ship_date=shipped,
        window_open=window_open,
    )


@pytest.fixture
def orders(world: World) -> World:
    """W1, W2 failing in their appeal window (closing 12-10 and 12-09), F1 failing with
    its window closed, P1 trackable, SUB1 a failing order of sub-account A2."""
    with transaction(world.engine) as c:
        _failing(c, "W1", dt.date(2022, 11, 10), "1Z0001")
        _failing(c, "W2", dt.date(2022, 11, 9), "1Z0002")
        _failing(c, "F1", dt.date(2022, 10, 20), "1Z0003", window_open=False)
        _failing(c, "P1", dt.date(2022, 11, 1), "1Z0004", reason="tracked", window_open=False)
        _failing(c, "SUB1", dt.date(2022, 11, 8), "1Z0005", owner="A2")
        metrics(c, "M1", STAT, tv=(5, 1))
    return world


def _states(world: World, scope: Scope, *order_ids: str) -> dict[str, OrderState]:
    with world.engine.connect() as connection:
        return live_states(connection, scope, load_rulebook(), NOW, list(order_ids))


def _file(world: World, order_id: str, status: str = "pending", day: dt.date = TODAY) -> None:
    with transaction(world.engine) as c:
        c.execute(
            _appeals.insert().values(
                appeal_id=f"AP-{order_id}",
                order_id=order_id,
                shipment_id=f"S-{order_id}",
                appeal_type="third_party_tracking",
                submitted_at=at(day, 9),
                status=status,
                decided_at=None,
            )
        )


def _decide(world: World, order_id: str, status: str, day: dt.date = TODAY) -> None:
    with transaction(world.engine) as c:
        c.execute(
            _appeals.update()
            .where(_appeals.c.appeal_id == f"AP-{order_id}")
            .values(status=status, decided_at=at(day, 11))
        )


def test_an_order_in_its_window_may_be_appealed_with_the_deadline_and_days_left(
    orders: World,
) -> None:
    state = _states(orders, MAIN, "W1")["W1"]
    assert (state.allowed, state.blocked, state.trackable) == (True, None, False)
    assert state.window is not None and state.window.closes == dt.date(2022, 12, 10)
    assert state.days_left == 5  # 12-06 ... 12-10, today included
    assert state.appeal is None and state.stat_updates_on is None
    assert [(s.carrier, s.tracking_number) for s in state.shipments] == [("ups", "1Z0001")]
    closed = _states(orders, MAIN, "F1")["F1"]
    assert (closed.allowed, closed.blocked, closed.days_left) == (False, "closed", None)
    assert _states(orders, MAIN, "P1")["P1"].blocked == "passing"


def test_filing_shows_at_once_and_says_when_the_stat_catches_up(orders: World) -> None:
    _file(orders, "W1")
    state = _states(orders, MAIN, "W1")["W1"]
    # The metric still says failing with the window open (it reads appeals by 12-04).
    assert state.trackable is False and state.reason == "untracked"
    assert (state.allowed, state.blocked) == (False, "pending")
    appeal = state.appeal
    assert appeal is not None and appeal.open and appeal.state == "pending"
    assert (appeal.submitted_on, appeal.decided_on) == (TODAY, None)
    assert state.stat_updates_on == dt.date(2022, 12, 8)  # stat date 12-06, shown on 12-08


def test_a_decision_shows_with_its_date_before_the_stat_has_it(orders: World) -> None:
    _file(orders, "W1", day=dt.date(2022, 12, 5))
    _decide(orders, "W1", "approved")
    state = _states(orders, MAIN, "W1")["W1"]
    assert state.appeal is not None and not state.appeal.open
    assert (state.appeal.state, state.appeal.decided_on) == ("approved", TODAY)
    assert (state.allowed, state.blocked) == (False, "decided")
    assert state.stat_updates_on == dt.date(2022, 12, 8)
    _decide(orders, "W2", "rejected")  # no appeal on W2: nothing changes
    assert _states(orders, MAIN, "W2")["W2"].allowed


def test_an_appeal_the_stat_already_holds_needs_no_update_date(orders: World) -> None:
    _file(orders, "F1", day=dt.date(2022, 11, 20))
    _decide(orders, "F1", "rejected", day=dt.date(2022, 11, 25))
    state = _states(orders, MAIN, "F1")["F1"]
    assert state.stat_updates_on is None and state.blocked == "decided"
    assert state.appeal is not None and state.appeal.decided_on == dt.date(2022, 11, 25)


def test_a_re_uploaded_proof_shows_and_greys_the_appeal(orders: World) -> None:
    with transaction(orders.engine) as c:
        add_shipment(c, "S-W2-new", "W2", "1Z0099", at(TODAY, 9), carrier="ups")
        c.execute(
            contract_tables["shipments"]
            .update()
            .where(contract_tables["shipments"].c.shipment_id == "S-W2")
            .values(replaced_by="S-W2-new")
        )
    state = _states(orders, MAIN, "W2")["W2"]
    assert state.reuploaded_on == TODAY and state.blocked == "reuploaded"
    assert state.stat_updates_on == dt.date(2022, 12, 8)
    assert [s.tracking_number for s in state.shipments] == ["1Z0099"]


def test_the_operator_sees_the_deadline_but_may_not_file(orders: World) -> None:
    state = _states(orders, Scope("M1", by_operator=True), "W1")["W1"]
    assert state.blocked == "operator" and state.days_left == 5


def test_a_sub_account_sees_only_its_own_orders(orders: World) -> None:
    assert set(_states(orders, SUB, "W1", "SUB1", "NOPE")) == {"SUB1"}
    assert set(_states(orders, Scope("M2"), "W1")) == set()


def _listed(world: World, scope: Scope, **wanted: object) -> list[str]:
    with world.engine.connect() as connection:
        found = qo.OrderFilter(STAT, newest=STAT, **wanted)  # type: ignore[arg-type]
        return [row.order_id for row in qo.order_page(connection, scope, found, 1, 20).rows]


def test_the_worklist_lists_what_needs_action_first_soonest_deadline_first(
    orders: World,
) -> None:
    # Appealable (soonest deadline first), then failing, then trackable.
    assert _listed(orders, MAIN) == ["SUB1", "W2", "W1", "F1", "P1"]
    _file(orders, "W2")  # appealed today: no longer needs action
    assert _listed(orders, MAIN) == ["SUB1", "W1", "W2", "F1", "P1"]
    assert _listed(orders, MAIN, sort="shipped") == ["W1", "W2", "SUB1", "P1", "F1"]
    assert _listed(orders, SUB) == ["SUB1"]


def test_search_by_order_or_tracking_number_within_the_scope(orders: World) -> None:
    assert _listed(orders, MAIN, search="1Z0002") == ["W2"]
    assert _listed(orders, MAIN, search="1Z000") == ["SUB1", "W2", "W1", "F1", "P1"]
    assert _listed(orders, MAIN, search="W1") == ["W1"]
    assert _listed(orders, SUB, search="1Z0001") == []  # the main account's parcel
    assert _listed(orders, MAIN, search="1Z%") == []  # a wildcard is a character


def _csv(client: TestClient, **params: str) -> list[list[str]]:
    answer = client.get("/m/logistics/orders.csv", params=params)
    assert answer.status_code == 200
    return list(csv.reader(io.StringIO(answer.text[1:])))


def test_the_csv_has_carrier_tracking_number_appeal_state_and_deadline(
    orders: World, signed_in: SignedIn, app_client: TestClient
) -> None:
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    _file(orders, "W1")
    client = signed_in("m1-main")
    client.get("/lang/en")
    rows = _csv(client)
    assert rows[0][-4:] == ["Carrier", "Tracking number", "Appeal state", "Appeal deadline"]
    by_order = {row[0]: row[-4:] for row in rows[1:]}
    assert by_order["W2"] == ["UPS", "1Z0002", "", "2022-12-09"]
    assert by_order["W1"] == ["UPS", "1Z0001", "Under appeal (2022-12-06)", ""]
    assert by_order["F1"] == ["UPS", "1Z0003", "", ""]
    assert list(by_order) == ["SUB1", "W2", "W1", "F1", "P1"]  # the worklist's order
    sub = _csv(signed_in("m1-sub"))
    assert [row[0] for row in sub[1:]] == ["SUB1"]


def test_every_appeal_state_has_its_words() -> None:
    # Open states come from the transition table, so a state added there is open.
    assert {"pending"} <= OPEN_STATES
    assert {s.value for (s, _e) in TRANSITIONS if s is not None} == OPEN_STATES
    assert {state.value for state in AppealState} <= set(APPEAL_STATUSES)
    assert "supplement_requested" in APPEAL_STATUSES


def test_the_api_carries_the_live_state(
    orders: World, signed_in: SignedIn, app_client: TestClient
) -> None:
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    _file(orders, "W1", day=dt.date(2022, 12, 5))
    _decide(orders, "W1", "approved")
    client = signed_in("m1-main")
    listed = client.get("/api/v1/logistics/orders").json()
    assert [o["order_id"] for o in listed["orders"]] == ["SUB1", "W2", "W1", "F1", "P1"]
    by_id = {o["order_id"]: o for o in listed["orders"]}
    w1 = by_id["W1"]
    assert (w1["trackable"], w1["appeal_allowed"], w1["appeal_blocked"]) == (
        False,
        False,
        "decided",
    )
    assert w1["live"]["appeals"] == [
        {
            "appeal_id": "AP-W1",
            "shipment_id": "S-W1",
            "state": "approved",
            "open": False,
            "submitted_on": "2022-12-05",
            "decided_on": "2022-12-06",
            "deadline": None,
        }
    ]
    assert w1["live"]["stat_updates_on"] == "2022-12-08"
    assert (w1["carriers"], w1["tracking_numbers"]) == (["ups"], ["1Z0001"])
    w2 = by_id["W2"]["live"]
    assert (w2["appeal_deadline"], w2["days_left"]) == ("2022-12-09", 4)
    detail = client.get("/api/v1/logistics/orders/W1").json()
    assert detail["live"]["appeals"][0]["state"] == "approved"
    assert detail["shipments"][0]["appeal"]["decided_on"] == "2022-12-06"
    found = client.get("/api/v1/logistics/orders", params={"q": "1Z0002"}).json()
    assert [o["order_id"] for o in found["orders"]] == ["W2"]
    sub = signed_in("m1-sub").get("/api/v1/logistics/orders").json()
    assert [o["order_id"] for o in sub["orders"]] == ["SUB1"]
    assert signed_in("m1-sub").get("/api/v1/logistics/orders/W1").status_code == 404
    assert client.get("/api/v1/logistics/orders?sort=nope").status_code == 422
