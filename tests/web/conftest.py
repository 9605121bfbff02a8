"""Web app fixtures: the seeded store (see web_support) and clients of the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from web_support import World, seed_world, sign_in

from sellerstar.config import Settings
from sellerstar.web.app import create_app


@pytest.fixture
def world(database_url: str, store_engine: sa.Engine) -> World:
    """A seeded store on SQLite and on PostgreSQL."""
    seed_world(store_engine)
    return World(database_url, store_engine)


@pytest.fixture
def app_client(world: World) -> Iterator[TestClient]:
    """A client of the app on the world's store (not signed in)."""
    app = create_app(Settings(database_url=world.url))
    with TestClient(app, base_url="http://testserver", follow_redirects=False) as client:
        yield client


@pytest.fixture
def signed_in(app_client: TestClient) -> Callable[[str], TestClient]:
    """``signed_in("m1-main")``: the client, signed in as that user."""

    def _sign_in(login: str) -> TestClient:
        sign_in(app_client, login)
        return app_client

    return _sign_in
