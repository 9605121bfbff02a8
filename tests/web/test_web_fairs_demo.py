"""The demo's fairs (demo/fairs.py) on the web tests' world: a published fair with a
stable allocation and reasons, an open fair where demo-student may rank, reproducible."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from recruitment_support import seed_talents
from web_support import NOW, World, sign_in

from sellerstar.demo.fairs import DEMO_STUDENT, run_fair_demo
from sellerstar.domain.fairs import blocking_pairs, prepare
from sellerstar.fairs.stored import stored_inputs
from sellerstar.rules import load_rulebook
from sellerstar.services.demo_accounts import DEMO_PASSWORD
from sellerstar.store.schema import fair_results, fairs
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_the_demo_fairs(world: World, app_client: TestClient) -> None:
    seed_talents(world.engine)
    demo = run_fair_demo(world.engine, load_rulebook(), NOW.date(), demo_merchant="M1")
    assert demo is not None
    with world.engine.connect() as connection:
        states = dict(connection.execute(sa.select(fairs.c.fair_id, fairs.c.state)).all())
        assert states == {demo.published_fair_id: "published", demo.open_fair_id: "open"}
        fair = prepare(*stored_inputs(connection, demo.published_fair_id), max_choices=5)
        allocation = {
            r.talent_id: str(r.position_id)
            for r in connection.execute(sa.select(fair_results))
            if r.position_id is not None
        }
    assert blocking_pairs(fair, allocation) == []
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    sign_in(app_client, DEMO_STUDENT, DEMO_PASSWORD)
    page = app_client.get(f"/fairs/{demo.open_fair_id}")
    assert page.status_code == 200 and 'data-testid="ranking-form"' in page.text
    assert app_client.get(f"/fairs/{demo.published_fair_id}").status_code == 200
