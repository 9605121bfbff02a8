"""Talent recruitment's pure rules: the job life cycle, certificate ids, the ranking's order
and explanation at its boundaries (none, some, all of the required certifications), and
BM25 relevance that prefers the right talent for wordings it was not written for."""

from __future__ import annotations

import datetime as dt

import pytest

from sellerstar.domain.recruitment import Certification as C
from sellerstar.domain.recruitment import (
    JobState,
    certificate_id,
    certification_fit,
    check_digit_fails,
    overlaps,
    parse_codes,
)
from sellerstar.recruitment.matching import JobSpec, MatchRules, TalentProfile, rank_candidates
from sellerstar.rules import load_rulebook
from sellerstar.web.words.recruitment import explanation

RULES = MatchRules.of(load_rulebook().in_force(dt.date(2022, 11, 20)).recruitment)  # type: ignore[arg-type]
ALL = tuple(C)


def test_the_life_cycle_allows_exactly_draft_open_closed() -> None:
    allowed = {(a, b) for a in JobState for b in JobState if a.can_become(b)}
    assert allowed == {
        (JobState.DRAFT, JobState.OPEN),
        (JobState.DRAFT, JobState.CLOSED),
        (JobState.OPEN, JobState.CLOSED),
    }


def test_every_single_digit_typo_of_a_certificate_id_is_caught() -> None:
    good = certificate_id(C.ADVERTISING, 4711)
    assert not check_digit_fails(good)
    for position in range(6, len(good)):
        for digit in "0123456789":
            typo = good[:position] + digit + good[position + 1 :]
            assert typo == good or check_digit_fails(typo), typo


def test_unknown_codes_are_refused_and_order_is_the_enums() -> None:
    assert parse_codes("data_analysis;advertising") == (C.ADVERTISING, C.DATA_ANALYSIS)
    with pytest.raises(ValueError, match="unknown certification 'cooking'"):
        parse_codes("cooking")


def test_intervals_are_half_open() -> None:
    t = [dt.datetime(2022, 11, 1, h, tzinfo=dt.UTC) for h in range(5)]
    assert not overlaps(t[0], t[1], t[1], t[2]) and not overlaps(t[1], t[2], t[0], t[1])
    assert overlaps(t[0], t[3], t[1], t[2]) and overlaps(t[1], t[2], t[0], t[3])


@pytest.mark.parametrize(
    ("holds", "text"),
    [
        ((), "0 of 4 required certifications, missing: Platform operations, Live-stream "
         "presenting, Advertising, Data analysis"),
        ((C.PLATFORM_OPERATIONS, C.LIVE_STREAMING, C.ADVERTISING),
         "3 of 4 required certifications, missing: Data analysis"),
        (ALL, "4 of 4 required certifications"),
    ],
)  # fmt: skip
def test_the_explanation_counts_and_names_what_is_missing(holds: tuple[C, ...], text: str) -> None:
    fit = certification_fit(holds, ALL)
    assert explanation(fit, certification_fit(holds, ()), (), "en") == [text]


def _talent(talent_id: str, skills: str, experience: str = "", *certs: C) -> TalentProfile:
    return TalentProfile(talent_id, tuple(skills.split(";")), experience, frozenset(certs))


def test_certified_first_then_required_then_preferred_then_relevance_then_id() -> None:
    job = JobSpec("J", "运营", "", ("Excel",), (C.PLATFORM_OPERATIONS, C.DATA_ANALYSIS),
                  (C.ADVERTISING,))  # fmt: skip
    pool = [
        _talent("T9", "Excel;Excel", "Excel every day"),  # best text, no certificate
        _talent("T5", "唱歌", "", C.PLATFORM_OPERATIONS),
        _talent("T4", "唱歌", "", C.PLATFORM_OPERATIONS, C.ADVERTISING),
        _talent("T3", "唱歌", "", C.PLATFORM_OPERATIONS, C.DATA_ANALYSIS),
        _talent("T2", "Excel", "", C.PLATFORM_OPERATIONS),
        _talent("T1", "唱歌", "", C.LIVE_STREAMING),  # certified, but in nothing required
        _talent("T0", "唱歌", "", C.PLATFORM_OPERATIONS),  # ties T5: the id decides
    ]
    ranked = rank_candidates(job, pool, RULES)
    assert [c.talent_id for c in ranked] == ["T3", "T4", "T2", "T0", "T5", "T9"]
    assert [c.rank for c in ranked] == list(range(1, 7))
    assert ranked[-1].matched_skills == ("Excel",) and not ranked[-1].certified


def test_without_required_certifications_any_certificate_counts_as_certified() -> None:
    job = JobSpec("J", "", "", ("Excel",), (), ())
    pool = [_talent("T1", "Excel"), _talent("T2", "Word", "", C.LIVE_STREAMING)]
    # T2 shares nothing with the job: not a candidate, certified or not.
    assert [c.talent_id for c in rank_candidates(job, pool, RULES)] == ["T1"]
    pool.append(_talent("T3", "Excel", "", C.LIVE_STREAMING))
    assert [(c.talent_id, c.certified) for c in rank_candidates(job, pool, RULES)] == [
        ("T3", True),
        ("T1", False),
    ]


def test_only_the_rule_sets_number_of_candidates_is_shown() -> None:
    job = JobSpec("J", "", "", ("Excel",), (), ())
    pool = [_talent(f"T{n:03d}", "Excel") for n in range(RULES.shown + 5)]
    assert len(rank_candidates(job, pool, RULES)) == RULES.shown
    assert rank_candidates(job, [], RULES) == []


@pytest.mark.parametrize(
    ("title", "duties", "skills", "expected"),
    [
        ("直播主播", "负责英文直播带货", (), "live"),
        ("Data analyst", "build dashboards in SQL", ("Python",), "data"),
        ("广告优化师", "优化关键词广告的投放预算", (), "ads"),
        ("店铺运营", "负责商品发布和询盘", ("RFQ",), "ops"),
    ],
)
def test_bm25_ranks_the_talent_whose_experience_fits_a_wording_it_never_saw(
    title: str, duties: str, skills: tuple[str, ...], expected: str
) -> None:
    pool = [
        _talent("live", "短视频剪辑", "主持过英文直播，hosted live streams for buyers"),
        _talent("data", "Excel", "used SQL and Python to build data dashboards"),
        _talent("ads", "ROI", "管理关键词投放与广告预算，ran keyword ad campaigns"),
        _talent("ops", "商品上架", "负责店铺运营、询盘回复和RFQ报价"),
    ]
    ranked = rank_candidates(JobSpec("J", title, duties, skills, (), ()), pool, RULES)
    assert ranked and ranked[0].talent_id == expected
