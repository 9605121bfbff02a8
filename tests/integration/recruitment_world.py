"""Talent recruitment's store tests: merchants M1 (main ``m1-main``, sub ``m1-sub``) and M2
(``m2-main``), an operator, talents T1–T4 and their certificates.

T1: platform operations + data analysis; Excel, 数据分析. T2: live streaming; 直播运营.
T3: no certificate; Excel, SQL. T4: no certificate; 唱歌 (nothing in common with a data job).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from factories import account_row, merchant_row
from sellerstar.domain.access import Principal, Role
from sellerstar.domain.recruitment import Certification, certificate_id
from sellerstar.rules import load_rulebook
from sellerstar.rules.recruitment import Recruitment
from sellerstar.services.recruitment_jobs import JobDraft
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users

NOW = dt.datetime(2022, 11, 20, 2, 0, tzinfo=dt.UTC)
RULES: Recruitment = load_rulebook().in_force(NOW.date()).recruitment  # type: ignore[assignment]
TALENTS: dict[str, tuple[str, str, str]] = {
    "T1": ("李娜", "Excel;数据分析;店铺运营", "负责跨境店铺运营，用Excel做数据分析周报"),
    "T2": ("Wang Lei", "直播运营;English live streaming", "hosted live streams for buyers"),
    "T3": ("赵敏", "Excel;SQL", "用SQL做过销售报表"),
    "T4": ("周杰", "唱歌", "乐队主唱"),
}
CERTIFICATES = {
    certificate_id(Certification.PLATFORM_OPERATIONS, 1): ("T1", Certification.PLATFORM_OPERATIONS),
    certificate_id(Certification.DATA_ANALYSIS, 2): ("T1", Certification.DATA_ANALYSIS),
    certificate_id(Certification.LIVE_STREAMING, 3): ("T2", Certification.LIVE_STREAMING),
}
DATA_JOB = JobDraft(
    title="数据运营专员",
    city="杭州",
    remote=False,
    duties="分析店铺数据，优化商品与广告",
    required=(Certification.PLATFORM_OPERATIONS, Certification.DATA_ANALYSIS),
    preferred=(Certification.ADVERTISING,),
    skills=("Excel", "SQL", "数据分析"),
    salary_min=8000,
    salary_max=12000,
    currency="CNY",
)


def seed(engine: sa.Engine) -> dict[str, Principal]:
    """The world above; the principals by login."""
    logins = {
        "ops": (Role.OPERATOR, None, None, None),
        "m1-main": (Role.MERCHANT_MAIN, "M1", None, None),
        "m1-sub": (Role.MERCHANT_SUB, "M1", "A2", None),
        "m1-sub2": (Role.MERCHANT_SUB, "M1", "A3", None),
        "m2-main": (Role.MERCHANT_MAIN, "M2", None, None),
        "talent-t1": (Role.TALENT, None, None, "T1"),
    }
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(), [merchant_row("M1"), merchant_row("M2")]
        )
        connection.execute(
            contract_tables["accounts"].insert(),
            [
                account_row("A1", "M1", "main"),
                account_row("A2", "M1", "sub"),
                account_row("A3", "M1", "sub"),
                account_row("B1", "M2", "main"),
            ],
        )
        connection.execute(contract_tables["talents"].insert(), [_talent(t) for t in TALENTS])
        connection.execute(
            contract_tables["talent_certifications"].insert(),
            [
                {
                    "certificate_id": cid,
                    "talent_id": talent,
                    "kind": kind.value,
                    "issued_on": dt.date(2022, 6, 30),
                }
                for cid, (talent, kind) in CERTIFICATES.items()
            ],
        )
        principals = {}
        for login, (role, merchant, account, talent) in logins.items():
            user_id = connection.execute(
                users.insert()
                .values(
                    login=login,
                    display_name=login.upper(),
                    role=role,
                    merchant_id=merchant,
                    account_id=account,
                    talent_id=talent,
                    created_at=NOW,
                )
                .returning(users.c.user_id)
            ).scalar_one()
            principals[login] = Principal(
                user_id, login, login.upper(), role, merchant, account, talent_id=talent
            )
    return principals


def _talent(talent_id: str) -> dict[str, Any]:
    name, skills, experience = TALENTS[talent_id]
    return {
        "talent_id": talent_id,
        "name": name,
        "school": "浙江大学",
        "major": None,
        "graduation_year": 2021,
        "city": "杭州",
        "skills": skills,
        "experience": experience,
    }
