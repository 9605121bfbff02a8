"""A buyer or a talent who signs in sees nothing of merchants or operators: every page,
file and API route of the app is tried as a buyer and as a talent, and only their own are
open to them.

A new route is refused to buyers (talents) unless it is added to OPEN_TO_BUYERS
(OPEN_TO_TALENTS) on purpose, so this test fails for a route that forgets to check the role.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from recruitment_support import seed_talents
from venue_support import seed_venue
from web_support import World, csrf_of

from sellerstar.services import accounts
from sellerstar.web import app as web_app

# Routes a buyer may use: signing in and out, its own account, who am I, the public
# storefront of reviews, and the venue.
OPEN_TO_BUYERS = {
    "/",
    "/login",
    "/logout",
    "/lang/{locale}",
    "/healthz",
    "/readyz",
    "/account",
    "/account/password",
    "/account/tokens/{token_id}/revoke",
    "/api/v1/me",
    "/api/v1/reviews/products/{product_id}",
    "/api/v1/reviews/rankings",
    "/api/v1/reviews/rankings/products",
    "/api/v1/reviews/rankings/merchants",
    "/api/v1/venue/{placement}",
    "/venue",
    # The briefing Q&A's published answers are public (no sign-in needed).
    "/qa",
    "/qa/{channel_id}",
    "/api/v1/qa/published",
    # The public verification of a talent's certificate (anyone, signed in or not).
    "/recruitment/certificates",
    "/recruitment/certificates/{certificate_id}",
    "/api/v1/recruitment/certificates/{certificate_id}",
}
_OPEN_TO_EVERYONE = OPEN_TO_BUYERS - {"/api/v1/venue/{placement}", "/venue"}
# Routes a talent may use: everyone's, its own recruitment pages and the public
# verification of a certificate.
OPEN_TO_TALENTS = _OPEN_TO_EVERYONE | {
    "/recruitment/me",
    "/recruitment/me/interviews/{interview_id}.ics",
    "/recruitment/certificates",
    "/recruitment/certificates/{certificate_id}",
    "/api/v1/recruitment/me",
    "/api/v1/recruitment/me/interviews",
    "/api/v1/recruitment/certificates/{certificate_id}",
    # Two-way selection fairs: the fairs, each fair (its positions, its own ranking and
    # result) and ranking positions (issue 17, web/routes/fairs*.py).
    "/fairs",
    "/fairs/{fair_id}",
    "/fairs/{fair_id}/ranking",
    "/api/v1/fairs",
    "/api/v1/fairs/{fair_id}",
    "/api/v1/fairs/{fair_id}/ranking",
}
# Webhooks answer the tracking sources by their own signatures, not users.
NOT_FOR_USERS = re.compile(r"^/webhooks/|^/docs|^/openapi|^/redoc|^/static")


def _routes(open_to: set[str] = OPEN_TO_BUYERS) -> list[tuple[str, str]]:
    found = []
    for module in web_app._ROUTERS:
        for route in importlib.import_module(module).router.routes:
            if not isinstance(route, APIRoute) or NOT_FOR_USERS.search(route.path):
                continue
            if route.path not in open_to:
                found += [(method, route.path) for method in sorted(route.methods - {"HEAD"})]
    return found


def _concrete(path: str) -> str:
    return re.sub(r"\{(\w+)(:\w+)?\}", lambda m: "M1" if m[1] == "merchant_id" else "X1", path)


@pytest.fixture
def buyer(signed_in: Callable[[str], TestClient], world: World) -> TestClient:
    seed_venue(world.engine)
    return signed_in("buyer-l4")


def test_every_merchant_and_operator_route_refuses_a_buyer(buyer: TestClient) -> None:
    routes = _routes()
    assert len(routes) > 60
    csrf = csrf_of(buyer)
    opened = []
    for method, path in routes:
        answer = buyer.request(method, _concrete(path), headers={"X-CSRF-Token": csrf})
        # 403 from the role check itself, before any id is looked up (no probing).
        if answer.status_code != 403:
            opened.append((method, path, answer.status_code))
    assert opened == []


@pytest.fixture
def talent(signed_in: Callable[[str], TestClient], world: World) -> TestClient:
    seed_talents(world.engine)
    return signed_in("talent-t1")


def test_every_merchant_and_operator_route_refuses_a_talent(talent: TestClient) -> None:
    routes = _routes(OPEN_TO_TALENTS)
    assert ("GET", "/venue") in routes and len(routes) > 60
    csrf = csrf_of(talent)
    opened = []
    for method, path in routes:
        answer = talent.request(method, _concrete(path), headers={"X-CSRF-Token": csrf})
        if answer.status_code != 403:
            opened.append((method, path, answer.status_code))
    assert opened == []


def test_a_talent_lands_on_its_recruitment_page_and_sees_no_merchant_nav(
    talent: TestClient,
) -> None:
    home = talent.get("/")
    account = talent.get("/account")
    me = talent.get("/api/v1/me").json()

    assert home.status_code == 303 and home.headers["location"] == "/recruitment/me"
    assert 'data-testid="nav-recruitment"' in account.text and "/m/stars" not in account.text
    assert (me["role"], me["talent_id"], me["merchant_id"]) == ("talent", "T1", None)


def test_a_talent_user_needs_its_talent_and_no_merchant(world: World) -> None:
    seed_talents(world.engine)
    from web_support import NOW

    from sellerstar.store.db import transaction

    def create(role: str = "talent", **scope: str | None) -> None:
        with transaction(world.engine) as connection:
            accounts.create_user(
                connection,
                login="new-talent",
                display_name="New",
                role=role,
                password="long enough 1",
                now=NOW,
                **scope,  # type: ignore[arg-type]
            )

    for role, scope, words in [
        ("talent", {}, "needs its talent id"),
        ("talent", {"talent_id": "NOBODY"}, "does not exist"),
        ("talent", {"talent_id": "T1", "merchant_id": "M1"}, "belongs to no merchant"),
        ("merchant_main", {"talent_id": "T1", "merchant_id": "M1"}, "only a talent user"),
    ]:
        with pytest.raises(accounts.AccountError, match=words):
            create(role, **scope)
    create(talent_id="T2")
    rows = {row.login: row for row in _users(world)}
    assert (rows["new-talent"].role, rows["new-talent"].talent_id) == ("talent", "T2")


@pytest.mark.parametrize(
    "path",
    [
        "/m/stars",
        "/m/logistics",
        "/m/radar",
        "/m/reviews",
        "/ops",
        "/ops/users",
        "/ops/merchants/M1/stars",
        "/api/v1/stars?merchant_id=M1",
        "/api/v1/logistics/orders",
        "/api/v1/appeals",
        "/api/v1/radar/tasks",
        "/api/v1/reviews/rating",
    ],
)
def test_a_buyer_gets_403_on_merchant_and_operator_pages_and_api(
    buyer: TestClient, path: str
) -> None:
    assert buyer.get(path).status_code == 403


def test_a_buyer_lands_on_the_venue(buyer: TestClient) -> None:
    answer = buyer.get("/")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/venue"


def test_a_buyer_user_needs_its_buyer_and_no_merchant(world: World) -> None:
    seed_venue(world.engine)
    from web_support import NOW

    from sellerstar.store.db import transaction

    def create(**scope: str | None) -> None:
        with transaction(world.engine) as connection:
            accounts.create_user(
                connection,
                login="new-buyer",
                display_name="New",
                role="buyer",
                password="long enough 1",
                now=NOW,
                **scope,  # type: ignore[arg-type]
            )

    for scope, words in [
        ({}, "needs its buyer id"),
        ({"buyer_id": "NOBODY"}, "does not exist"),
        ({"buyer_id": "BY-L2", "merchant_id": "M1"}, "belongs to no merchant"),
    ]:
        with pytest.raises(accounts.AccountError, match=words):
            create(**scope)
    with (
        pytest.raises(accounts.AccountError, match="only a buyer user"),
        transaction(world.engine) as connection,
    ):
        accounts.create_user(
            connection,
            login="m1-buyer",
            display_name="X",
            role="merchant_main",
            password="long enough 1",
            merchant_id="M1",
            buyer_id="BY-L2",
            now=NOW,
        )
    create(buyer_id="BY-L2")
    rows = {row.login: row for row in _users(world)}
    assert (rows["new-buyer"].role, rows["new-buyer"].buyer_id) == ("buyer", "BY-L2")


def _users(world: World) -> list[accounts.UserRow]:
    with world.engine.connect() as connection:
        return accounts.list_users(connection)


def test_a_buyer_keeps_its_own_account_page_and_who_am_i(buyer: TestClient) -> None:
    account = buyer.get("/account")
    me = buyer.get("/api/v1/me").json()

    assert account.status_code == 200
    assert 'data-testid="nav-venue"' in account.text and "/m/stars" not in account.text
    assert (me["role"], me["buyer_id"], me["merchant_id"]) == ("buyer", "BY-L4", None)
