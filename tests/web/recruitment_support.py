"""Talent recruitment's web tests: talents, their certificates and their users on top of
web_support's world (merchants M1 "Ningbo Tools" and M2 "Yiwu Apparel").

Talents T1 (李娜: platform operations, data analysis; Excel, 数据分析, 店铺运营),
T2 (Wang Lei: live streaming; 直播运营, English live streaming) and T3 (赵敏: no
certificate; Excel, SQL) sign in as ``talent-t1``, ``talent-t2``, ``talent-t3``.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from web_support import NOW, _password_hash

from sellerstar.domain.recruitment import Certification, certificate_id
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users

TALENTS = {
    "T1": ("李娜", "Excel;数据分析;店铺运营", "负责跨境店铺运营与数据分析周报"),
    "T2": ("Wang Lei", "直播运营;English live streaming", "hosted live streams for buyers"),
    "T3": ("赵敏", "Excel;SQL", "做过报表"),
}
CERTIFICATES = {
    certificate_id(Certification.PLATFORM_OPERATIONS, 1): ("T1", Certification.PLATFORM_OPERATIONS),
    certificate_id(Certification.DATA_ANALYSIS, 2): ("T1", Certification.DATA_ANALYSIS),
    certificate_id(Certification.LIVE_STREAMING, 3): ("T2", Certification.LIVE_STREAMING),
}
ISSUED_ON = dt.date(2022, 6, 30)


def seed_talents(engine: sa.Engine) -> None:
    """The talents, their certificates and one user each (``talent-t1`` …)."""
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["talents"].insert(),
            [
                {
                    "talent_id": talent,
                    "name": name,
                    "school": "浙江大学",
                    "major": "电子商务",
                    "graduation_year": 2021,
                    "city": "杭州",
                    "skills": skills,
                    "experience": experience,
                }
                for talent, (name, skills, experience) in TALENTS.items()
            ],
        )
        connection.execute(
            contract_tables["talent_certifications"].insert(),
            [
                {
                    "certificate_id": certificate,
                    "talent_id": talent,
                    "kind": kind.value,
                    "issued_on": ISSUED_ON,
                }
                for certificate, (talent, kind) in CERTIFICATES.items()
            ],
        )
        connection.execute(
            users.insert(),
            [
                {
                    "login": f"talent-{talent.lower()}",
                    "display_name": name,
                    "role": "talent",
                    "talent_id": talent,
                    "password_hash": _password_hash(),
                    "created_at": NOW,
                }
                for talent, (name, _skills, _experience) in TALENTS.items()
            ],
        )
