"""Two-way selection fairs' web tests: a fair of 浙江工商大学 open at web_support's NOW,
with positions of M1 ("Ningbo Tools": P-ops, 1 place) and M2 ("Yiwu Apparel": P-live,
2 places), on top of recruitment_support's talents T1, T2, T3 (``talent-t1`` …)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from recruitment_support import seed_talents
from web_support import NOW

from sellerstar.domain.access import Principal, Role
from sellerstar.rules import load_rulebook
from sellerstar.services import fair_rankings, fairs
from sellerstar.store.db import transaction

OPERATOR = Principal(0, "ops", "Ops", Role.OPERATOR, None, None)
M1 = Principal(0, "m1-main", "M1", Role.MERCHANT_MAIN, "M1", "A1")
M2 = Principal(0, "m2-main", "M2", Role.MERCHANT_MAIN, "M2", "B1")
OPENS = NOW - dt.timedelta(days=1)
CLOSES = NOW + dt.timedelta(days=1)


def talent(talent_id: str) -> Principal:
    """The talent user's principal."""
    return Principal(0, f"talent-{talent_id.lower()}", talent_id, Role.TALENT, None, None,
                     talent_id=talent_id)  # fmt: skip


def seed_fair(
    engine: sa.Engine, *, closed: bool = False, around: dt.datetime = NOW
) -> tuple[int, int, int]:
    """The talents and one fair with two positions, open around ``around``; returns
    (fair, P-ops, P-live)."""
    seed_talents(engine)
    book = load_rulebook()
    opens, closes = around - (NOW - OPENS), around + (CLOSES - NOW)
    before = opens + dt.timedelta(hours=1)
    with transaction(engine) as connection:
        fair_id = fairs.create_fair(
            connection, OPERATOR, university="浙江工商大学", title="2022 秋季双选会",
            opens_at=opens, closes_at=closes, results_at=closes + dt.timedelta(days=1),
            now=opens,
        )  # fmt: skip
        fairs.move_fair(connection, OPERATOR, fair_id, "open", opens)
        ops = fair_rankings.add_position(
            connection, M1, fair_id, title="店铺运营", description="数据分析", capacity=1,
            book=book, now=before,
        )  # fmt: skip
        live = fair_rankings.add_position(
            connection, M2, fair_id, title="直播主播", description="", capacity=2, book=book,
            now=before,
        )  # fmt: skip
        if closed:
            fairs.move_fair(connection, OPERATOR, fair_id, "close", before)
    return fair_id, ops, live
