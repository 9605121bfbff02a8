"""What each side submits at an open fair (双选会, rulebook §6.1): a merchant's main account
lists positions with their places and ranks the applicants who ranked them; a student
(talent) ranks positions.

Who may act: the merchant's main account on its own positions only (another merchant's
position is "not found", :class:`FairNotFound`, so no id can be probed); a talent on its
own ranking only. Everything changes only while the fair is open and before it closes
(``require_open``), within the rule-set's bounds; each change writes an audit row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import Principal
from sellerstar.rules import RuleBook
from sellerstar.services.fairs import (
    FairNotFound,
    FairRefused,
    fair_rules,
    load_fair,
    require_open,
)
from sellerstar.store import audit
from sellerstar.store.schema import (
    fair_merchant_ranks,
    fair_positions,
    fair_student_choices,
    fair_students,
)

MAX_DESCRIPTION = 2000


def _merchant_of(principal: Principal) -> str:
    if not principal.is_main_account or principal.merchant_id is None:
        raise FairNotFound("merchant main accounts only")
    return principal.merchant_id


def _talent_of(principal: Principal) -> str:
    if not principal.is_talent or principal.talent_id is None:
        raise FairNotFound("talents only")
    return principal.talent_id


def own_position(connection: sa.Connection, merchant_id: str, position_id: int) -> sa.Row[Any]:
    """The merchant's own position, or :class:`FairNotFound` (another merchant's too)."""
    row = connection.execute(
        sa.select(fair_positions).where(
            fair_positions.c.position_id == position_id,
            fair_positions.c.merchant_id == merchant_id,
        )
    ).one_or_none()
    if row is None:
        raise FairNotFound(f"no position {position_id}")
    return row


def add_position(
    connection: sa.Connection,
    principal: Principal,
    fair_id: int,
    *,
    title: str,
    description: str,
    capacity: int,
    book: RuleBook,
    now: dt.datetime,
) -> int:
    """List a position at an open fair; returns its id."""
    merchant_id = _merchant_of(principal)
    fair = load_fair(connection, fair_id)
    require_open(fair, now)
    _, rules = fair_rules(book, now)
    title = title.strip()
    if not title or len(title) > 200 or len(description) > MAX_DESCRIPTION:
        raise FairRefused("bad_text", "title 1–200 characters, description at most 2000",
                          field="title")  # fmt: skip
    if not 1 <= capacity <= rules.max_capacity_per_position:
        raise FairRefused("bad_capacity", "capacity out of bounds",
                          max=rules.max_capacity_per_position)  # fmt: skip
    listed = connection.execute(
        sa.select(sa.func.count()).where(
            fair_positions.c.fair_id == fair_id, fair_positions.c.merchant_id == merchant_id
        )
    ).scalar_one()
    if listed >= rules.max_positions_per_merchant:
        raise FairRefused("too_many_positions", "position limit reached",
                          max=rules.max_positions_per_merchant)  # fmt: skip
    position_id = int(connection.execute(fair_positions.insert().values(
        fair_id=fair_id, merchant_id=merchant_id, title=title,
        description=description.strip(), capacity=capacity, created_at=now,
        created_by=principal.login,
    )).inserted_primary_key[0])  # type: ignore[index]  # fmt: skip
    audit.record(connection, at=now, actor=principal.login, action="fair_position_added",
                 entity_type="fair_position", entity_id=str(position_id),
                 detail={"fair_id": fair_id, "capacity": capacity})  # fmt: skip
    return position_id


def submit_ranking(
    connection: sa.Connection,
    principal: Principal,
    fair_id: int,
    position_ids: Sequence[int],
    *,
    book: RuleBook,
    now: dt.datetime,
) -> None:
    """Replace the talent's ranking at the fair (first choice first); registers the
    talent at the fair on the first submission. The submission time is the tie-break's
    first key."""
    talent_id = _talent_of(principal)
    fair = load_fair(connection, fair_id)
    require_open(fair, now)
    _, rules = fair_rules(book, now)
    if len(position_ids) > rules.max_choices_per_student:
        raise FairRefused("too_many_choices", "too many positions ranked",
                          max=rules.max_choices_per_student)  # fmt: skip
    if len(set(position_ids)) != len(position_ids):
        raise FairRefused("ranked_twice", "a position is ranked twice")
    known = set(
        connection.execute(
            sa.select(fair_positions.c.position_id).where(fair_positions.c.fair_id == fair_id)
        ).scalars()
    )
    if any(p not in known for p in position_ids):
        raise FairNotFound("a ranked position is not at this fair")
    key = (fair_students.c.fair_id == fair_id) & (fair_students.c.talent_id == talent_id)
    if connection.execute(sa.select(fair_students.c.talent_id).where(key)).first() is None:
        connection.execute(fair_students.insert().values(
            fair_id=fair_id, talent_id=talent_id, registered_at=now, submitted_at=now))  # fmt: skip
    else:
        connection.execute(fair_students.update().where(key).values(submitted_at=now))
    connection.execute(fair_student_choices.delete().where(
        fair_student_choices.c.fair_id == fair_id, fair_student_choices.c.talent_id == talent_id
    ))  # fmt: skip
    if position_ids:
        connection.execute(fair_student_choices.insert(), [
            {"fair_id": fair_id, "talent_id": talent_id, "choice_rank": rank,
             "position_id": pid}
            for rank, pid in enumerate(position_ids, start=1)
        ])  # fmt: skip
    audit.record(connection, at=now, actor=principal.login, action="fair_ranking_submitted",
                 entity_type="fair", entity_id=str(fair_id),
                 detail={"talent_id": talent_id, "positions": list(position_ids)})  # fmt: skip


def rank_applicants(
    connection: sa.Connection,
    principal: Principal,
    position_id: int,
    ranks: Mapping[str, int | None],
    *,
    book: RuleBook,
    now: dt.datetime,
) -> None:
    """Set the merchant's ranks of applicants for its position (talent → rank, 1 = best,
    equal = tie; None = not acceptable). Only students who ranked the position can be
    ranked; applicants not named keep their rank."""
    merchant_id = _merchant_of(principal)
    position = own_position(connection, merchant_id, position_id)
    require_open(load_fair(connection, position.fair_id), now)
    _, rules = fair_rules(book, now)
    applicants = set(
        connection.execute(
            sa.select(fair_student_choices.c.talent_id).where(
                fair_student_choices.c.position_id == position_id
            )
        ).scalars()
    )
    for talent_id, rank in ranks.items():
        if talent_id not in applicants:
            raise FairNotFound(f"{talent_id!r} did not rank position {position_id}")
        if rank is not None and not 1 <= rank <= rules.max_rank:
            raise FairRefused("bad_rank", "rank out of bounds", max=rules.max_rank)
    for talent_id, rank in sorted(ranks.items()):
        key = (fair_merchant_ranks.c.position_id == position_id) & (
            fair_merchant_ranks.c.talent_id == talent_id
        )
        connection.execute(fair_merchant_ranks.delete().where(key))
        if rank is not None:
            connection.execute(fair_merchant_ranks.insert().values(
                position_id=position_id, talent_id=talent_id, rank=rank, ranked_at=now,
                ranked_by=principal.login))  # fmt: skip
    audit.record(connection, at=now, actor=principal.login, action="fair_applicants_ranked",
                 entity_type="fair_position", entity_id=str(position_id),
                 detail={"ranks": dict(sorted(ranks.items()))})  # fmt: skip
