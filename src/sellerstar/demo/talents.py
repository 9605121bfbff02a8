"""The demo's talent pool (talent recruitment, issue 17): ``talents`` and their
``talent_certifications``.

Sixty talents with Chinese names, schools and majors, graduating over the last decade, in
the merchants' home cities; skills in Chinese and English drawn from four specialties
(operations, live streaming, advertising, data), each talent leaning to one or two of
them, with a line of experience in the same words. About 80% hold at least one of the
platform's certifications (as the seed says of its pool), mostly in their specialties;
certificates are issued before the as-of date. Certificate ids carry a check digit
(``domain.recruitment.certificate_id``) so a verifier can catch a mistyped one.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa

from sellerstar.domain.recruitment import Certification, certificate_id

TALENTS = 60
CERTIFIED_SHARE = 0.8

_SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱")
_GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "婷", "强", "雪", "浩", "琳")
_SCHOOLS = (
    "浙江大学",
    "华南理工大学",
    "深圳大学",
    "杭州电子科技大学",
    "广东外语外贸大学",
    "义乌工商职业技术学院",
    "宁波大学",
    "厦门大学",
    "上海对外经贸大学",
    "暨南大学",
)
_MAJORS = ("电子商务", "国际经济与贸易", "市场营销", "统计学", "商务英语", "广告学", "数据科学")
_CITIES = ("深圳", "广州", "杭州", "义乌", "宁波", "上海", "厦门")

# Per specialty (the certification it leads to): skills and an experience sentence.
_SPECIALTIES: dict[Certification, tuple[tuple[str, ...], str]] = {
    Certification.PLATFORM_OPERATIONS: (
        ("店铺运营", "商品上架", "RFQ报价", "Alibaba.com operations", "listing optimisation"),
        "负责跨境店铺日常运营、商品发布与询盘回复，managed store listings and RFQ quotes",
    ),
    Certification.LIVE_STREAMING: (
        ("直播运营", "英文直播", "live streaming", "短视频剪辑", "product demo"),
        "策划并主持英文直播，hosted live streams and short product videos for buyers",
    ),
    Certification.ADVERTISING: (
        ("P4P广告", "关键词投放", "Google Ads", "ad campaigns", "ROI优化"),
        "管理关键词广告投放与预算，ran keyword ad campaigns and optimised ROI",
    ),
    Certification.DATA_ANALYSIS: (
        ("数据分析", "Excel", "SQL", "Python", "data dashboards"),
        "用Excel和SQL做店铺数据分析与周报，built data dashboards with SQL and Python",
    ),
}


def talent_ids(count: int) -> list[str]:
    """``T0001``-style ids."""
    return [f"T{number:04d}" for number in range(1, count + 1)]


def talent_tables(rng: np.random.Generator, as_of: dt.date) -> dict[str, dict[str, pa.Array]]:
    """Columns of ``talents`` and ``talent_certifications``."""
    kinds = tuple(Certification)
    rows: dict[str, list[object]] = {
        key: []
        for key in (
            "talent_id",
            "name",
            "school",
            "major",
            "graduation_year",
            "city",
            "skills",
            "experience",
        )
    }
    certificates: dict[str, list[object]] = {
        "certificate_id": [],
        "talent_id": [],
        "kind": [],
        "issued_on": [],
    }
    serial = 0
    for talent in talent_ids(TALENTS):
        focus = [kinds[i] for i in rng.choice(len(kinds), int(rng.integers(1, 3)), replace=False)]
        skills: list[str] = []
        for kind in focus:
            words = _SPECIALTIES[kind][0]
            skills.extend(words[i] for i in rng.choice(len(words), 3, replace=False))
        rows["talent_id"].append(talent)
        rows["name"].append(
            _SURNAMES[int(rng.integers(len(_SURNAMES)))]
            + "".join(_GIVEN[int(i)] for i in rng.integers(len(_GIVEN), size=rng.integers(1, 3)))
        )
        has_school = rng.random() < 0.9
        rows["school"].append(_SCHOOLS[int(rng.integers(len(_SCHOOLS)))] if has_school else None)
        rows["major"].append(_MAJORS[int(rng.integers(len(_MAJORS)))] if has_school else None)
        rows["graduation_year"].append(as_of.year - int(rng.integers(0, 10)))
        rows["city"].append(_CITIES[int(rng.integers(len(_CITIES)))])
        rows["skills"].append(";".join(skills))
        rows["experience"].append("；".join(_SPECIALTIES[kind][1] for kind in focus))
        if rng.random() >= CERTIFIED_SHARE:
            continue
        # Mostly the specialties; now and then one more.
        held = set(focus)
        if rng.random() < 0.3:
            held.add(kinds[int(rng.integers(len(kinds)))])
        for kind in (k for k in kinds if k in held):
            serial += 1
            certificates["certificate_id"].append(certificate_id(kind, serial))
            certificates["talent_id"].append(talent)
            certificates["kind"].append(kind.value)
            certificates["issued_on"].append(as_of - dt.timedelta(days=int(rng.integers(30, 900))))
    return {
        "talents": {
            name: pa.array(values, type=pa.int64() if name == "graduation_year" else pa.string())
            for name, values in rows.items()
        },
        "talent_certifications": {
            name: pa.array(values, type=pa.date32() if name == "issued_on" else pa.string())
            for name, values in certificates.items()
        },
    }


__all__ = ["CERTIFIED_SHARE", "TALENTS", "talent_ids", "talent_tables"]
