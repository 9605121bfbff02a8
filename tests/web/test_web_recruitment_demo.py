"""The demo shows talent recruitment with data: the talent pool, jobs in every state,
interviews to come, and the demo talent's account with its own interview."""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.db import create_engine
from sellerstar.store.schema import contract_tables, recruitment_interviews, recruitment_jobs, users


def test_the_demo_has_talents_jobs_interviews_and_a_talent_account(demo_store: str) -> None:
    engine = create_engine(demo_store)
    try:
        with engine.connect() as connection:
            talents = connection.scalar(
                sa.select(sa.func.count()).select_from(contract_tables["talents"])
            )
            states = set(connection.scalars(sa.select(recruitment_jobs.c.state)))
            talent = connection.scalar(
                sa.select(users.c.talent_id).where(users.c.login == "demo-talent")
            )
            theirs = connection.scalar(
                sa.select(sa.func.count())
                .select_from(recruitment_interviews)
                .where(recruitment_interviews.c.talent_id == talent)
            )
            outcomes = set(connection.scalars(sa.select(recruitment_interviews.c.outcome)))
    finally:
        engine.dispose()
    assert talents is not None and talents >= 40
    assert states == {"draft", "open", "closed"}
    assert talent is not None and theirs
    assert "offer" in outcomes
