"""The guaranteed upgrade service page: join and leave with every refusal shown (§2.1)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from web_support import World, csrf_of

from sellerstar.rules import load_rulebook
from sellerstar.rules.book import RuleBook
from sellerstar.store.schema import audit_log, contract_tables
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
JOINED = dt.datetime(2022, 11, 1, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai


def _at(client: TestClient, instant: dt.datetime) -> None:
    client.app.dependency_overrides[now] = lambda: instant  # type: ignore[attr-defined]


def _enrolments(world: World) -> list[tuple[dt.datetime, dt.datetime | None]]:
    table = contract_tables["guarantee_enrolments"]
    with world.engine.connect() as connection:
        rows = connection.execute(
            sa.select(table.c.joined_at, table.c.left_at).where(table.c.merchant_id == "M1")
        )
        return [(row.joined_at, row.left_at) for row in rows]


def test_the_main_account_joins_and_may_leave_from_the_30th_day(
    signed_in: Callable[[str], TestClient], world: World
) -> None:
    client = signed_in("m1-main")
    _at(client, JOINED)
    page = client.get("/m/guarantee-service")
    assert page.status_code == 200 and "开通保障升级服务" in page.text
    token = csrf_of(client)
    answer = client.post(
        "/m/guarantee-service", data={"action": "join", "csrf_token": token, "confirmed": "yes"}
    )
    assert answer.status_code == 303
    assert len(_enrolments(world)) == 1
    assert "已于 2022-11-01 10:00 开通" in client.get("/m/guarantee-service").text

    _at(client, JOINED + dt.timedelta(days=29))
    early = client.post("/m/guarantee-service", data={"action": "leave", "csrf_token": token})
    assert early.status_code == 409
    said = " ".join(re.sub(r"<[^>]+>", " ", early.text).split())
    assert "保障生效满最短期限后方可退出。" in said and "自 2022年12月1日 起可操作。" in said
    assert _enrolments(world)[0][1] is None

    _at(client, JOINED + dt.timedelta(days=30))
    left = client.post("/m/guarantee-service", data={"action": "leave", "csrf_token": token})
    assert left.status_code == 303
    assert _enrolments(world)[0][1] is not None
    with world.engine.connect() as connection:
        actions = connection.scalars(
            sa.select(audit_log.c.action).where(audit_log.c.entity_id == "M1")
        ).all()
    assert len(actions) == 2


def test_a_merchant_without_a_qualifying_membership_is_told_why(
    signed_in: Callable[[str], TestClient], world: World
) -> None:
    client = signed_in("m2-main")
    _at(client, JOINED)
    page = client.get("/m/guarantee-service")
    assert "开通需具备出口通、全球宝或金品诚企会员资格" in page.text
    answer = client.post(
        "/m/guarantee-service",
        data={"action": "join", "csrf_token": csrf_of(client), "confirmed": "yes"},
    )
    assert answer.status_code == 409
    assert "开通需具备出口通、全球宝或金品诚企会员资格" in answer.text


def test_a_sub_account_sees_the_status_but_cannot_join(
    signed_in: Callable[[str], TestClient], world: World
) -> None:
    client = signed_in("m1-sub")
    _at(client, JOINED)
    page = client.get("/m/guarantee-service")
    assert 'name="action"' not in page.text
    assert "仅主账号可以开通或退出该服务" in page.text
    answer = client.post(
        "/m/guarantee-service",
        data={"action": "join", "csrf_token": csrf_of(client), "confirmed": "yes"},
    )
    assert answer.status_code == 409
    assert _enrolments(world) == []


def test_joining_needs_the_csrf_token(signed_in: Callable[[str], TestClient], world: World) -> None:
    client = signed_in("m1-main")
    answer = client.post("/m/guarantee-service", data={"action": "join", "csrf_token": "x"})
    assert answer.status_code == 403
    assert _enrolments(world) == []


def test_operators_see_the_status_without_actions_and_merchants_not_the_console(
    signed_in: Callable[[str], TestClient], app_client: TestClient
) -> None:
    assert app_client.get("/ops/merchants/M1/guarantee-service").status_code == 303
    client = signed_in("ops")
    page = client.get("/ops/merchants/M1/guarantee-service")
    assert page.status_code == 200 and 'name="action"' not in page.text
    assert client.get("/ops/merchants/NOPE/guarantee-service").status_code == 404


def test_a_merchant_gets_403_on_the_operator_view(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("m1-main")
    assert client.get("/ops/merchants/M1/guarantee-service").status_code == 403


def _with_service(client: TestClient, **changes: object) -> None:
    """The app's rule book with the guarantee_service section changed in every rule-set."""
    sets = [
        rule_set.model_copy(
            update={"guarantee_service": rule_set.guarantee_service.model_copy(update=changes)}
        )
        for rule_set in load_rulebook().rule_sets
    ]
    client.app.state.rulebook = RuleBook(sets)  # type: ignore[attr-defined]


def test_joining_without_the_dialogs_confirmation_opens_the_dialog_and_writes_nothing(
    signed_in: Callable[[str], TestClient], world: World
) -> None:
    client = signed_in("m1-main")
    _at(client, JOINED)
    page = client.get("/m/guarantee-service").text
    assert 'data-testid="join-dialog"' not in page
    assert 'data-testid="open-join"' in page and 'name="confirm" value="join"' in page
    answer = client.post(
        "/m/guarantee-service",
        data={"action": "join", "csrf_token": csrf_of(client)},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/m/guarantee-service?confirm=join"
    assert _enrolments(world) == []


def test_the_dialog_states_the_rule_sets_benefits_lock_in_compensation_and_force_majeure(
    signed_in: Callable[[str], TestClient], world: World
) -> None:
    client = signed_in("m1-main")
    _at(client, JOINED)
    client.get("/lang/en")
    dialog = client.get("/m/guarantee-service", params={"confirm": "join"}).text
    dialog = dialog.split('data-testid="join-dialog"')[1].split('data-testid="fast-trade"')[0]
    for benefit in ("mark", "no_points", "fast_trade"):
        assert f'data-benefit="{benefit}"' in dialog
    assert "Exclusive mark" in dialog and "Penalty points suspended" in dialog
    assert "at least 100 RTS products that ship within 7 days" in dialog
    assert "leave from day 30" in dialog and "cannot join again for 30 days" in dialog
    assert "you pay 10% of the trade-assurance order amount, at most USD 100" in dialog
    assert "the platform may exempt you" in dialog and "force majeure" in dialog
    assert 'name="confirmed" value="yes"' in dialog and "csrf_token" in dialog

    # The numbers are the rule-set's, not the template's.
    _with_service(
        client,
        compensation_rate=0.15,
        compensation_cap_usd=80.0,
        min_days_before_leaving=45,
        rejoin_block_days=20,
        force_majeure_exempts_automatically=True,
    )
    dialog = client.get("/m/guarantee-service", params={"confirm": "join"}).text
    assert "you pay 15% of the trade-assurance order amount, at most USD 80" in dialog
    assert "leave from day 45" in dialog and "cannot join again for 20 days" in dialog
    assert "is exempt from compensation when you provide proof" in dialog


def test_confirm_and_join_joins(signed_in: Callable[[str], TestClient], world: World) -> None:
    client = signed_in("m1-main")
    _at(client, JOINED)
    answer = client.post(
        "/m/guarantee-service",
        data={"action": "join", "csrf_token": csrf_of(client), "confirmed": "yes"},
    )
    assert answer.status_code == 303 and len(_enrolments(world)) == 1
    assert "已于 2022-11-01 10:00 开通" in client.get("/m/guarantee-service").text
    # Enrolled: the dialog no longer opens, leaving is the action.
    again = client.get("/m/guarantee-service", params={"confirm": "join"}).text
    assert 'data-testid="join-dialog"' not in again and 'value="leave"' in again


@pytest.mark.parametrize("login", ["m1-sub", "m2-main", "ops"])
def test_no_dialog_for_who_cannot_join(
    signed_in: Callable[[str], TestClient], world: World, login: str
) -> None:
    client = signed_in(login)
    _at(client, JOINED)
    url = "/ops/merchants/M1/guarantee-service" if login == "ops" else "/m/guarantee-service"
    page = client.get(url, params={"confirm": "join"})
    assert page.status_code == 200 and 'data-testid="join-dialog"' not in page.text
    assert client.get(url, params={"confirm": "other"}).status_code == 422


def test_the_service_is_in_the_merchant_menu(
    signed_in: Callable[[str], TestClient], world: World
) -> None:
    page = signed_in("m1-sub").get("/m/stars").text
    assert 'data-testid="nav-guarantee-service"' in page and 'href="/m/guarantee-service"' in page
