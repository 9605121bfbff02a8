"""Talent recruitment in the demo: jobs of the demo merchant and of two other merchants,
posted by their main accounts and opened (one left a draft, one closed), interviews of the
top candidates scheduled by the demo sub-account over the days after the view date (the
demo talent among them), and one held before it with its outcome recorded.

Everything goes through the services, as the pages would do it, on the demo's clock (the
view date), so the interviews lie in the demo's future and the pages show them coming.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.recruitment import Certification as C
from sellerstar.domain.recruitment import InterviewOutcome, JobState
from sellerstar.queries import recruitment as queries
from sellerstar.recruitment.matching import MatchRules
from sellerstar.rules import RuleBook
from sellerstar.services import recruitment_interviews, recruitment_jobs
from sellerstar.services.demo_accounts import demo_talent
from sellerstar.services.identity import PRINCIPAL_COLUMNS, principal_from
from sellerstar.services.recruitment_jobs import JobDraft
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users

ZONE = "Asia/Shanghai"
_JOBS = (
    JobDraft("跨境电商运营专员", "杭州", False,
             "负责店铺日常运营、商品上架与询盘回复，分析店铺数据",
             (C.PLATFORM_OPERATIONS,), (C.DATA_ANALYSIS,), ("店铺运营", "RFQ报价", "Excel"),
             8000, 12000, "CNY"),
    JobDraft("English live-stream host", None, True, "Host live streams and short product videos",
             (C.LIVE_STREAMING,), (), ("英文直播", "live streaming", "短视频剪辑"), 10000, 16000,
             "CNY"),
    JobDraft("数据分析师", "深圳", False, "用SQL和Python搭建数据看板，分析广告投放ROI",
             (C.DATA_ANALYSIS, C.ADVERTISING), (C.PLATFORM_OPERATIONS,),
             ("SQL", "Python", "数据分析", "Google Ads"), 12000, 20000, "CNY"),
    JobDraft("P4P广告优化", "广州", False, "管理关键词广告投放与预算", (C.ADVERTISING,), (),
             ("P4P广告", "关键词投放"), 9000, 14000, "CNY"),
)  # fmt: skip


@dataclass(frozen=True)
class RecruitmentDemo:
    """What the demo posted and scheduled."""

    jobs: int
    interviews: int


def _principal(connection: sa.Connection, **where: object) -> Principal | None:
    query = sa.select(*PRINCIPAL_COLUMNS).limit(1)
    for column, value in where.items():
        query = query.where(users.c[column] == value)
    row = connection.execute(query.order_by(users.c.user_id)).mappings().first()
    return None if row is None else principal_from(row)


def _other_mains(
    connection: sa.Connection, demo_merchant: str, now: dt.datetime
) -> list[Principal]:
    """Main-account users of two other merchants (created for the demo, no password)."""
    accounts = contract_tables["accounts"]
    rows = connection.execute(
        sa.select(accounts.c.merchant_id)
        .where(accounts.c.role == "main", accounts.c.merchant_id != demo_merchant)
        .order_by(accounts.c.merchant_id)
        .limit(2)
    ).all()
    found = []
    for (merchant_id,) in rows:
        login = f"demo-recruiter-{merchant_id}"[:128]
        if _principal(connection, login=login) is None:
            connection.execute(
                users.insert().values(
                    login=login, display_name=f"HR {merchant_id}", role=Role.MERCHANT_MAIN,
                    merchant_id=merchant_id, password_hash=None, is_active=False, created_at=now,
                )
            )  # fmt: skip
        principal = _principal(connection, login=login)
        assert principal is not None
        found.append(principal)
    return found


def run_recruitment_demo(store: sa.Engine, book: RuleBook, view: dt.date) -> RecruitmentDemo | None:
    """Post, open and close the demo's jobs and schedule its interviews."""
    section = book.in_force(view).recruitment
    if section is None:
        return None
    zone = ZoneInfo(ZONE)
    earlier = dt.datetime.combine(view - dt.timedelta(days=10), dt.time(9), zone)
    now = dt.datetime.combine(view, dt.time(9), zone)
    with transaction(store) as connection:
        main = _principal(connection, login="demo-main")
        sub = _principal(connection, login="demo-sub")
        if main is None or sub is None or main.merchant_id is None:
            return None
        posters = [main, main, *_other_mains(connection, main.merchant_id, earlier)]
        job_ids = []
        for poster, draft in zip(posters, _JOBS, strict=False):
            job_id = recruitment_jobs.create_job(connection, poster, draft, section, earlier)
            recruitment_jobs.change_state(connection, poster, job_id, JobState.OPEN, earlier)
            job_ids.append(job_id)
        # A draft and a closed job, so the demo merchant sees the whole life cycle.
        draft = JobDraft("直播助理（草稿）", "义乌", False, "", (), (C.LIVE_STREAMING,),
                         ("直播运营",), 5000, 7000, "CNY")  # fmt: skip
        recruitment_jobs.create_job(connection, main, draft, section, earlier)
        closed = recruitment_jobs.create_job(connection, main, _JOBS[3], section, earlier)
        recruitment_jobs.change_state(connection, main, closed, JobState.CLOSED, earlier)
        talent = demo_talent(connection)
    scheduled = 0
    rules = MatchRules.of(section)
    for day, job_id in enumerate(job_ids[:2], start=1):
        with transaction(store) as connection:
            row = queries.job(connection, main.merchant_id, job_id)
            ranked = [v.candidate.talent_id for v in queries.candidates(connection, row, rules)]
            if day == 1 and talent is not None and talent not in ranked[:3]:
                ranked.insert(0, talent)
            for slot, talent_id in enumerate(ranked[:3]):
                start = dt.datetime.combine(view + dt.timedelta(days=day), dt.time(10 + slot))
                recruitment_interviews.schedule(
                    connection, sub, job_id=job_id, talent_id=talent_id, local_start=start,
                    local_end=start + dt.timedelta(minutes=45), timezone=ZONE,
                    location="腾讯会议 / Zoom", rules=section, now=now,
                )  # fmt: skip
                scheduled += 1
    with transaction(store) as connection:
        row = queries.job(connection, main.merchant_id, job_ids[0])
        ranked = [v.candidate.talent_id for v in queries.candidates(connection, row, rules)]
        start = dt.datetime.combine(view - dt.timedelta(days=3), dt.time(15))
        held = recruitment_interviews.schedule(
            connection, main, job_id=job_ids[0], talent_id=ranked[-1], local_start=start,
            local_end=start + dt.timedelta(hours=1), timezone=ZONE, location="杭州办公室",
            rules=section, now=earlier,
        )  # fmt: skip
        recruitment_interviews.record_outcome(connection, main, held, InterviewOutcome.OFFER, now)
    return RecruitmentDemo(len(job_ids) + 2, scheduled + 1)


__all__ = ["RecruitmentDemo", "run_recruitment_demo"]
