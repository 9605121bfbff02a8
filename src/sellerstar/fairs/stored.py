"""A stored fair's inputs as the domain's records: what the service computes from and what
the pages explain with (the same strict preferences, so the reasons match the result)."""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.fairs import FairPosition, MerchantRank, StudentRanking
from sellerstar.store.fair_tables import (
    fair_merchant_ranks,
    fair_positions,
    fair_student_choices,
    fair_students,
)


def stored_inputs(
    connection: sa.Connection, fair_id: int
) -> tuple[list[FairPosition], list[StudentRanking], list[MerchantRank]]:
    """The fair's positions and rankings, as the domain's records (ids as text)."""
    positions = [
        FairPosition(str(r.position_id), r.merchant_id, r.capacity)
        for r in connection.execute(
            sa.select(fair_positions).where(fair_positions.c.fair_id == fair_id)
        )
    ]
    choices: dict[str, list[str]] = {}
    for r in connection.execute(
        sa.select(fair_student_choices)
        .where(fair_student_choices.c.fair_id == fair_id)
        .order_by(fair_student_choices.c.talent_id, fair_student_choices.c.choice_rank)
    ):
        choices.setdefault(r.talent_id, []).append(str(r.position_id))
    students = [
        StudentRanking(r.talent_id, tuple(choices.get(r.talent_id, ())), r.submitted_at)
        for r in connection.execute(
            sa.select(fair_students).where(fair_students.c.fair_id == fair_id)
        )
    ]
    ranks = [
        MerchantRank(str(r.position_id), r.talent_id, r.rank)
        for r in connection.execute(
            sa.select(fair_merchant_ranks)
            .join(fair_positions)
            .where(fair_positions.c.fair_id == fair_id)
        )
    ]
    return positions, students, ranks
