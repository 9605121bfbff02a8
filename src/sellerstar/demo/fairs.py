"""The demo's two-way selection fairs (双选会, issue 17): one fair of 浙江工商大学 whose
results are published (8 positions of 5 merchants, the demo merchant's among them, 30
students of the demo's talent pool, their rankings and the merchants' ranks, computed and
published with 0 blocking pairs), and one fair open for rankings on the view date, where
``demo-student`` (a talent) and ``demo-main`` rank and ``demo-ops`` closes and publishes.

Everything goes through the services, as a person would, on the demo's clock; the random
choices come from one seeded generator, so a rebuild gives the same fairs.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.rules import RuleBook
from sellerstar.services import accounts, fair_rankings, fairs
from sellerstar.services.demo_accounts import DEMO_PASSWORD
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, fair_student_choices, users

DEMO_STUDENT = "demo-student"
STUDENTS = 30
_SEED = 17
_TITLES = (
    ("跨境店铺运营", 2), ("直播主播", 2), ("数据分析助理", 1), ("广告投放专员", 1),
    ("客服主管", 1), ("视觉设计", 1), ("供应链专员", 2), ("英语直播助理", 1),
)  # fmt: skip


@dataclass(frozen=True)
class FairDemo:
    """The demo fairs: the published one and the open one, and the students placed."""

    published_fair_id: int
    open_fair_id: int
    placed: int


def _principal(login: str, role: Role, merchant_id: str | None = None,
               talent_id: str | None = None) -> Principal:  # fmt: skip
    return Principal(0, login, login, role, merchant_id, None, talent_id=talent_id)


def _merchants(connection: sa.Connection, demo_merchant: str) -> list[str]:
    merchants = contract_tables["merchants"]
    others = connection.execute(
        sa.select(merchants.c.merchant_id)
        .where(merchants.c.merchant_id != demo_merchant)
        .order_by(merchants.c.merchant_id)
        .limit(4)
    ).scalars()
    return [demo_merchant, *others]


def _fair(
    connection: sa.Connection, book: RuleBook, rng: random.Random, *, title: str,
    merchants: list[str], students: list[str], opens: dt.datetime, closes: dt.datetime,
    results: dt.datetime, rank_share: float,
) -> tuple[int, dict[str, list[int]]]:  # fmt: skip
    """A fair with positions, rankings and ranks; returns its id and each merchant's
    positions."""
    ops = _principal("demo-ops", Role.OPERATOR)
    fair_id = fairs.create_fair(
        connection, ops, university="浙江工商大学", title=title, opens_at=opens,
        closes_at=closes, results_at=results, now=opens - dt.timedelta(days=3),
    )  # fmt: skip
    fairs.move_fair(connection, ops, fair_id, "open", opens)
    listed = opens + dt.timedelta(hours=2)
    own: dict[str, list[int]] = {m: [] for m in merchants}
    for index, (name, places) in enumerate(_TITLES):
        merchant = merchants[index % len(merchants)]
        own[merchant].append(fair_rankings.add_position(
            connection, _principal(f"demo-{merchant}", Role.MERCHANT_MAIN, merchant), fair_id,
            title=name, description=f"{name}，杭州，应届生优先", capacity=places, book=book,
            now=listed,
        ))  # fmt: skip
    positions = [p for mine in own.values() for p in mine]
    rules = book.in_force_at(listed).selection_fairs
    assert rules is not None  # the fairs' rule-set is in force on the demo's dates
    for number, talent in enumerate(students):
        if rng.random() > rank_share:
            continue
        count = rng.randint(1, rules.max_choices_per_student)
        picked = rng.sample(positions, count)
        fair_rankings.submit_ranking(
            connection, _principal(f"talent-{talent}", Role.TALENT, talent_id=talent),
            fair_id, picked, book=book, now=listed + dt.timedelta(minutes=7 * number + 1),
        )  # fmt: skip
    for merchant, mine in own.items():
        who = _principal(f"demo-{merchant}", Role.MERCHANT_MAIN, merchant)
        for position_id in mine:
            page_ranks: dict[str, int | None] = {}
            applicants = connection.execute(
                sa.select(fair_student_choices.c.talent_id)
                .where(fair_student_choices.c.position_id == position_id)
                .order_by(fair_student_choices.c.talent_id)
            ).scalars()
            for talent in applicants:
                # Most applicants get a rank 1–5 (ties happen), a few are not acceptable.
                page_ranks[talent] = None if rng.random() < 0.15 else rng.randint(1, 5)
            if page_ranks:
                fair_rankings.rank_applicants(
                    connection, who, position_id, page_ranks, book=book,
                    now=listed + dt.timedelta(hours=20),
                )  # fmt: skip
    return fair_id, own


def _student_user(connection: sa.Connection, talent_id: str, now: dt.datetime) -> None:
    connection.execute(users.delete().where(users.c.login == DEMO_STUDENT))
    accounts.create_user(
        connection, login=DEMO_STUDENT, display_name="Demo student", role=Role.TALENT,
        password=DEMO_PASSWORD, talent_id=talent_id, now=now, actor="demo",
    )  # fmt: skip


def run_fair_demo(
    store: sa.Engine, book: RuleBook, view: dt.date, *, demo_merchant: str
) -> FairDemo | None:
    """The published fair and the open fair; None when the demo has no talents or the
    fairs' rules are not in force on the view date."""
    zone = ZoneInfo(book.in_force(view).calendar.timezone)
    if book.in_force(view).selection_fairs is None:
        return None
    talents = contract_tables["talents"]
    rng = random.Random(_SEED)
    noon = dt.datetime.combine(view, dt.time(12), zone).astimezone(dt.UTC)
    with transaction(store) as connection:
        students = list(connection.execute(
            sa.select(talents.c.talent_id).order_by(talents.c.talent_id).limit(STUDENTS)
        ).scalars())  # fmt: skip
        if not students:
            return None
        merchants = _merchants(connection, demo_merchant)
        _student_user(connection, students[0], noon)
        published, _ = _fair(
            connection, book, rng, title="2022 秋季电商人才双选会", merchants=merchants,
            students=students, opens=noon - dt.timedelta(days=9),
            closes=noon - dt.timedelta(days=6), results=noon - dt.timedelta(days=5),
            rank_share=1.0,
        )  # fmt: skip
        ops = _principal("demo-ops", Role.OPERATOR)
        fairs.move_fair(connection, ops, published, "close", noon - dt.timedelta(days=6))
        placed = fairs.compute_allocation(
            connection, ops, published, book, noon - dt.timedelta(days=5, hours=2)
        )
        fairs.publish(connection, ops, published, noon - dt.timedelta(days=5))
        # The open fair: everyone but demo-student ranks; demo-student's turn in the browser.
        opened, _ = _fair(
            connection, book, rng, title="2022 冬季跨境电商双选会", merchants=merchants,
            students=students[1:], opens=noon - dt.timedelta(days=1),
            closes=noon + dt.timedelta(days=30), results=noon + dt.timedelta(days=32),
            rank_share=0.6,
        )  # fmt: skip
    return FairDemo(published, opened, placed)
