"""Deciding brushing suspects (issue 15 item 4) on both databases: a confirmation makes a
case, marks its suspects, records the case's points in the ledger and tells the merchant,
all at once; a dismissal; every refusal writes nothing; two operators at once, exactly
one wins and the other's decision leaves no trace."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from factories import merchant_row
from sellerstar.domain.access import OutOfScope, Principal, Role
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.services import review_brushing
from sellerstar.services.review_errors import ReviewsRefused, SuspectAlreadyDecided
from sellerstar.store.db import transaction
from sellerstar.store.review_tables import brushing_cases, brushing_suspects
from sellerstar.store.schema import audit_log, contract_tables, notifications, penalty_points

BOOK: RuleBook = load_rulebook()
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2022, 12, 6, 10, 0, tzinfo=TZ)  # rule-set 2022-11: 6 points a case


def _principal(login: str, role: Role = Role.OPERATOR) -> Principal:
    merchant = None if role is Role.OPERATOR else "M1"
    return Principal(len(login), login, login, role, merchant, None)


@pytest.fixture
def engine(store_engine: sa.Engine) -> Iterator[sa.Engine]:
    with transaction(store_engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(), [merchant_row("M1"), merchant_row("M2")]
        )
        connection.execute(
            brushing_suspects.insert(),
            [
                {"review_id": review_id, "merchant_id": merchant, "score": 0.9,
                 "signals": "dense_block;burst", "detected_at": NOW - dt.timedelta(days=1),
                 "state": "pending", "decided_by": None, "decided_at": None, "case_id": None}
                for review_id, merchant in
                (("S1", "M1"), ("S2", "M1"), ("S3", "M1"), ("S4", "M2"))
            ],
        )  # fmt: skip
    yield store_engine


def _suspects(engine: sa.Engine) -> dict[str, Any]:
    with engine.connect() as connection:
        return {row.review_id: row for row in connection.execute(sa.select(brushing_suspects))}


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def _confirm(engine: sa.Engine, ids: list[str], login: str = "ops", note: str = "") -> Any:
    with transaction(engine) as connection:
        return review_brushing.confirm(
            connection, _principal(login), ids, note=note, book=BOOK, now=NOW
        )


def _dismiss(engine: sa.Engine, ids: list[str], login: str = "ops") -> list[str]:
    with transaction(engine) as connection:
        return review_brushing.dismiss(connection, _principal(login), ids, note=None, now=NOW)


def test_a_confirmation_makes_a_case_with_points_a_message_and_an_audit_row(
    engine: sa.Engine,
) -> None:
    case = _confirm(engine, ["S2", "S1", "S1"], note="  one ring  ")
    assert (case.merchant_id, case.review_ids, case.points) == ("M1", ("S1", "S2"), 6.0)
    suspects = _suspects(engine)
    for review_id in ("S1", "S2"):
        row = suspects[review_id]
        assert (row.state, row.case_id, row.decided_by) == ("confirmed", case.case_id, "ops")
        assert row.decided_at == NOW  # from then on the reviews stop counting
    assert suspects["S3"].state == "pending" and suspects["S3"].decided_at is None
    with engine.connect() as connection:
        stored = connection.execute(sa.select(brushing_cases)).one()
        assert (stored.review_count, stored.points, stored.note) == (2, 6.0, "one ring")
        ledger = connection.execute(sa.select(penalty_points)).one()
        assert (ledger.kind, ledger.entity_id, ledger.merchant_id) == (
            "review_brushing", str(case.case_id), "M1",
        )  # fmt: skip
        assert ledger.points == 6.0 and ledger.occurred_on == dt.date(2022, 12, 6)
        assert ledger.expires_on > ledger.occurred_on and ledger.rule_set_id == "2022-11"
        message = connection.execute(sa.select(notifications)).one()
        assert (message.merchant_id, message.account_id, message.topic) == (
            "M1", None, review_brushing.BRUSHING_CONFIRMED,
        )  # fmt: skip
        assert message.payload["review_ids"] == ["S1", "S2"]
        audit = connection.execute(sa.select(audit_log)).one()
        assert (audit.action, audit.entity_id, audit.reason) == (
            "reviews.confirm_brushing", str(case.case_id), "one ring",
        )  # fmt: skip


def test_a_dismissal_marks_the_suspects_and_makes_no_case(engine: sa.Engine) -> None:
    assert _dismiss(engine, ["S4", "S3"]) == ["S3", "S4"]
    suspects = _suspects(engine)
    assert {suspects[r].state for r in ("S3", "S4")} == {"dismissed"}
    assert suspects["S3"].case_id is None and suspects["S3"].decided_at == NOW
    assert _count(engine, brushing_cases) == 0 and _count(engine, penalty_points) == 0
    assert _count(engine, notifications) == 0 and _count(engine, audit_log) == 2  # per merchant


def _refused(code: str) -> Any:
    return pytest.raises(ReviewsRefused, check=lambda refused: refused.code == code)


def test_refusals_write_nothing(engine: sa.Engine) -> None:
    with _refused("several_merchants"):
        _confirm(engine, ["S1", "S4"])
    with _refused("suspects_missing"):
        _confirm(engine, [" ", ""])
    with _refused("too_many_suspects"):
        _dismiss(engine, [f"S{n}" for n in range(review_brushing.MAX_SUSPECTS + 1)])
    with _refused("note_too_long"):
        _confirm(engine, ["S1"], note="x" * (review_brushing.MAX_NOTE + 1))
    with pytest.raises(OutOfScope):
        _confirm(engine, ["S1", "NOPE"])
    with pytest.raises(OutOfScope), transaction(engine) as connection:
        review_brushing.confirm(
            connection, _principal("m", Role.MERCHANT_MAIN), ["S1"], note=None, book=BOOK,
            now=NOW,
        )  # fmt: skip
    _dismiss(engine, ["S3"])
    with pytest.raises(SuspectAlreadyDecided) as late:
        _confirm(engine, ["S1", "S3"])
    assert late.value.code == "already_decided" and "S3" in str(late.value)
    assert _count(engine, brushing_cases) == 0 and _count(engine, penalty_points) == 0
    assert {r.state for k, r in _suspects(engine).items() if k != "S3"} == {"pending"}


def test_the_points_boundary_is_the_case_not_the_review(engine: sa.Engine) -> None:
    """Two cases of one merchant cost twice; one case of three reviews costs once."""
    first = _confirm(engine, ["S1", "S2"])
    second = _confirm(engine, ["S3"])
    assert first.case_id != second.case_id
    with engine.connect() as connection:
        points = connection.scalars(sa.select(penalty_points.c.points)).all()
    assert sorted(points) == [6.0, 6.0]


def _race(decisions: list[Callable[[], object]]) -> list[object]:
    start = threading.Barrier(len(decisions))
    outcomes: list[object] = []
    lock = threading.Lock()

    def run(decide: Callable[[], object]) -> None:
        start.wait()
        try:
            got: object = decide()
        except SuspectAlreadyDecided as late:
            got = late
        with lock:
            outcomes.append(got)

    threads = [threading.Thread(target=run, args=(decide,)) for decide in decisions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.mark.parametrize("other", ["confirm", "dismiss"])
def test_two_operators_deciding_the_same_suspect_exactly_one_wins(
    engine: sa.Engine, other: str
) -> None:
    def second() -> object:
        if other == "confirm":
            return _confirm(engine, ["S2", "S3"], login="ops2")
        return _dismiss(engine, ["S2"], login="ops2")

    outcomes = _race([lambda: _confirm(engine, ["S1", "S2"], login="ops1"), second])
    lost = [o for o in outcomes if isinstance(o, SuspectAlreadyDecided)]
    assert len(lost) == 1 and len(outcomes) == 2, outcomes
    won = next(o for o in outcomes if not isinstance(o, SuspectAlreadyDecided))
    suspects = _suspects(engine)
    assert "S2" in str(lost[0])
    if isinstance(won, review_brushing.Case):
        winner = won.review_ids
        assert _count(engine, brushing_cases) == 1 and _count(engine, penalty_points) == 1
        assert _count(engine, notifications) == 1
        assert {suspects[r].case_id for r in winner} == {won.case_id}
    else:  # the dismissal won: no case, no points, nothing of the confirmation
        winner = tuple(won)  # type: ignore[arg-type]
        assert _count(engine, brushing_cases) == 0 and _count(engine, penalty_points) == 0
    # The loser's other suspects are untouched: nothing of its decision was written.
    decided = {k for k, r in suspects.items() if r.state != "pending"}
    assert decided == set(winner)
    assert _count(engine, audit_log) == 1  # the winner's alone
