"""Two-way selection fairs' pages and API (issue 17): a talent ranks positions, a
merchant's main account ranks its applicants, an operator closes, computes (0 blocking
pairs) and publishes; each side sees its own result with the reason. Scope: another
merchant's position, another role's view, a draft fair are 404; CSRF; bad input refused
in words (422/409), never a 500; read-only after closing and publishing."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fairs_support import seed_fair
from fastapi.testclient import TestClient
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.store.schema import audit_log
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def client(app_client: TestClient) -> Iterator[TestClient]:
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    app_client.cookies.set("sellerstar_lang", "en")
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


@pytest.fixture
def fair(world: World) -> tuple[int, int, int]:
    return seed_fair(world.engine)


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _as(client: TestClient, login: str) -> str:
    client.cookies.clear()
    client.cookies.set("sellerstar_lang", "en")
    return sign_in(client, login)


def _rank(client: TestClient, login: str, fair_id: int, *choices: int) -> int:
    token = _as(client, login)
    data = {"csrf_token": token} | {f"choice{n}": str(p) for n, p in enumerate(choices, 1)}
    return client.post(f"/fairs/{fair_id}/ranking", data=data).status_code


def test_the_whole_fair_from_rankings_to_published_reasons(
    client: TestClient, fair: tuple[int, int, int]
) -> None:
    fair_id, ops, live = fair
    assert _rank(client, "talent-t1", fair_id, ops, live) == 303
    assert _rank(client, "talent-t2", fair_id, ops) == 303
    assert _rank(client, "talent-t3", fair_id, live) == 303
    page = client.get(f"/fairs/{fair_id}").text
    assert f'data-position="{live}"' in page and "直播主播" in page

    token = _as(client, "m1-main")
    page = client.get(f"/fairs/{fair_id}").text
    assert "直播主播" not in page  # another merchant's position is not shown
    assert 'data-talent="T1"' in page and 'data-talent="T3"' not in page
    # T1 and T2 tie at rank 1; T1 submitted first, so T1 goes first.
    saved = client.post(f"/fairs/{fair_id}/positions/{ops}/ranks",
                        data={"csrf_token": token, "rank.T1": "1", "rank.T2": "1"})  # fmt: skip
    assert saved.status_code == 303
    token = _as(client, "m2-main")
    saved = client.post(f"/fairs/{fair_id}/positions/{live}/ranks",
                        data={"csrf_token": token, "rank.T1": "2", "rank.T3": ""})  # fmt: skip
    assert saved.status_code == 303

    token = _as(client, "ops")
    for move in ("close", "compute", "publish"):
        done = client.post(f"/fairs/{fair_id}/state", data={"csrf_token": token, "move": move})
        assert done.status_code == 303, done.text
    page = client.get(f"/fairs/{fair_id}").text
    assert 'data-testid="blocking-pairs">0<' in page
    assert 'data-state="published"' in page
    # The operator reads every student's result, about them (not "your").
    assert "Not placed: no position they ranked could take them." in _text(page)
    assert "直播主播 (Yiwu Apparel), did not rank them." in _text(page)

    _as(client, "talent-t2")
    mine = _text(client.get(f"/fairs/{fair_id}").text)
    assert "Not placed: no position you ranked could take you." in mine
    assert "Choice no. 1, 店铺运营 (Ningbo Tools), was full: all its places (1) went to " \
           "applicants it ranked higher." in mine  # fmt: skip
    assert "T1" not in mine.replace("T1 ", "")  # no other student's result
    _as(client, "talent-t1")
    assert "Placed at your 1st choice: 店铺运营 (Ningbo Tools)." in _text(
        client.get(f"/fairs/{fair_id}").text
    )
    _as(client, "talent-t3")
    assert "Choice no. 1, 直播主播 (Yiwu Apparel), did not rank you." in _text(
        client.get(f"/fairs/{fair_id}").text
    )
    _as(client, "m2-main")
    page = _text(client.get(f"/fairs/{fair_id}").text)
    assert "Filled none of 2 places." in page
    assert "Placed at a position they ranked higher" in page
    assert "You did not rank this applicant" in page


def test_scope_other_merchant_other_role_and_draft_are_404(
    client: TestClient, fair: tuple[int, int, int]
) -> None:
    fair_id, ops, live = fair
    _rank(client, "talent-t1", fair_id, ops, live)
    token = _as(client, "m1-main")
    other = client.post(f"/fairs/{fair_id}/positions/{live}/ranks",
                        data={"csrf_token": token, "rank.T1": "1"})  # fmt: skip
    assert other.status_code == 404
    stranger = client.post(f"/fairs/{fair_id}/positions/{ops}/ranks",
                           data={"csrf_token": token, "rank.T3": "1"})  # fmt: skip
    assert stranger.status_code == 404  # T3 did not rank the position
    # Each change is for one side: the role check refuses before any id is looked up.
    ranking = {"csrf_token": token, "choice1": str(ops)}
    assert client.post(f"/fairs/{fair_id}/ranking", data=ranking).status_code == 403
    closing = {"csrf_token": token, "move": "close"}
    assert client.post(f"/fairs/{fair_id}/state", data=closing).status_code == 403
    assert client.get("/fairs/99999").status_code == 404
    _as(client, "m1-sub")
    assert client.get(f"/fairs/{fair_id}").status_code == 403
    token = _as(client, "ops")
    created = client.post("/fairs", data={
        "csrf_token": token, "university": "U", "title": "Draft", "opens_at": "2022-12-07T09:00",
        "closes_at": "2022-12-08T09:00", "results_at": "2022-12-09T09:00"})  # fmt: skip
    assert created.status_code == 303
    draft = created.headers["location"].split("?")[0]
    _as(client, "talent-t1")
    assert client.get(draft).status_code == 404
    assert "Draft" not in client.get("/fairs").text


def test_csrf_bad_input_and_bounds(client: TestClient, fair: tuple[int, int, int]) -> None:
    fair_id, ops, _live = fair
    _as(client, "talent-t1")
    assert client.post(f"/fairs/{fair_id}/ranking", data={"choice1": str(ops)}).status_code == 403
    token = csrf_of(client)
    twice = client.post(
        f"/fairs/{fair_id}/ranking",
        data={"csrf_token": token, "choice1": str(ops), "choice2": str(ops)},
    )
    assert twice.status_code == 422 and "A position is ranked twice." in _text(twice.text)
    assert (
        client.post(
            f"/fairs/{fair_id}/ranking", data={"csrf_token": token, "choice1": "x"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/fairs/{fair_id}/ranking", data={"csrf_token": token, "choice1": "424242"}
        ).status_code
        == 404
    )
    _rank(client, "talent-t1", fair_id, ops)
    token = _as(client, "m1-main")
    bad = client.post(f"/fairs/{fair_id}/positions/{ops}/ranks",
                      data={"csrf_token": token, "rank.T1": "101"})  # fmt: skip
    assert bad.status_code == 422 and "between 1 and 100" in _text(bad.text)
    big = client.post(f"/fairs/{fair_id}/positions",
                      data={"csrf_token": token, "title": "X", "capacity": "51"})  # fmt: skip
    assert big.status_code == 422 and "between 1 and 50" in _text(big.text)
    token = _as(client, "ops")
    early = client.post(f"/fairs/{fair_id}/state", data={"csrf_token": token, "move": "publish"})
    assert early.status_code == 409
    bad_dates = client.post("/fairs", data={
        "csrf_token": token, "university": "U", "title": "T", "opens_at": "2022-12-09T09:00",
        "closes_at": "2022-12-08T09:00", "results_at": "2022-12-09T09:00"})  # fmt: skip
    assert bad_dates.status_code == 422


def test_rankings_freeze_when_closed_and_results_stay_after_publishing(
    client: TestClient, world: World
) -> None:
    fair_id, ops, _ = seed_fair(world.engine, closed=True)
    assert _rank(client, "talent-t1", fair_id, ops) == 409
    token = _as(client, "ops")
    assert (
        client.post(
            f"/fairs/{fair_id}/state", data={"csrf_token": token, "move": "compute"}
        ).status_code
        == 303
    )
    assert (
        client.post(
            f"/fairs/{fair_id}/state", data={"csrf_token": token, "move": "publish"}
        ).status_code
        == 303
    )
    again = client.post(f"/fairs/{fair_id}/state", data={"csrf_token": token, "move": "compute"})
    assert again.status_code == 409
    with world.engine.connect() as connection:
        actions = connection.execute(
            sa.select(audit_log.c.action, audit_log.c.actor)
            .where(audit_log.c.entity_type == "fair", audit_log.c.entity_id == str(fair_id))
            .order_by(audit_log.c.id)
        ).all()
    assert [tuple(a) for a in actions] == [
        ("fair_created", "ops"), ("fair_open", "ops"), ("fair_close", "ops"),
        ("fair_computed", "ops"), ("fair_published", "ops"),
    ]  # fmt: skip


def test_the_api_for_each_side(client: TestClient, fair: tuple[int, int, int]) -> None:
    fair_id, ops, live = fair
    _as(client, "talent-t1")
    headers = {"X-CSRF-Token": csrf_of(client)}
    put = client.put(f"/api/v1/fairs/{fair_id}/ranking", json={"positions": [live, ops]},
                     headers=headers)  # fmt: skip
    assert put.status_code == 200, put.text
    too_many = client.put(
        f"/api/v1/fairs/{fair_id}/ranking", json={"positions": list(range(1, 7))}, headers=headers
    )
    assert too_many.status_code == 422 and too_many.json()["code"] == "too_many_choices"
    seen = client.get(f"/api/v1/fairs/{fair_id}").json()
    assert seen["my_choices"] == [live, ops] and seen["own_positions"] == []
    _as(client, "m1-main")
    headers = {"X-CSRF-Token": csrf_of(client)}
    assert (
        client.put(
            f"/api/v1/fairs/{fair_id}/positions/{live}/ranks",
            json={"ranks": {"T1": 1}},
            headers=headers,
        ).status_code
        == 404
    )
    assert (
        client.put(
            f"/api/v1/fairs/{fair_id}/positions/{ops}/ranks",
            json={"ranks": {"T1": 1}},
            headers=headers,
        ).status_code
        == 200
    )
    own = client.get(f"/api/v1/fairs/{fair_id}").json()["own_positions"]
    assert [o["position"]["position_id"] for o in own] == [ops]
    assert own[0]["applicants"][0]["rank"] == 1
    _as(client, "ops")
    headers = {"X-CSRF-Token": csrf_of(client)}
    for action in ("close", "compute", "publish"):
        done = client.post(f"/api/v1/fairs/{fair_id}/actions", json={"action": action},
                           headers=headers)  # fmt: skip
        assert done.status_code == 200, done.text
    view = client.get(f"/api/v1/fairs/{fair_id}").json()
    assert view["fair"]["blocking_pairs"] == 0
    (t1,) = [r for r in view["results"] if r["talent_id"] == "T1"]
    assert t1["outcome"] == "placed" and t1["choice_rank"] == 2
    assert t1["above"][0]["outcome"] == "not_ranked"
