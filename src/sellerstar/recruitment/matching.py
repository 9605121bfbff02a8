"""Ranked, explained candidates for a job: one function for the pages and the lake runner.

The order (the seed's "认证人才智能推荐": certified talent is recommended first):

1. **certified first**: talents holding at least one of the job's required certifications
   come before the others (a job that requires none: talents holding any certification);
2. more of the **required** certifications held;
3. more of the **preferred** certifications held;
4. higher **text relevance**: BM25 (``bm25s``; k1, b from the rule-set) of the talent's
   skills and experience to the job's skills (``skills_weight``) and to its title and
   duties (``duties_weight``), over the talents being ranked as the corpus;
5. the talent id, so that equal candidates always come in the same order.

A talent with nothing in common with the job (no required or preferred certification, no
relevance) is not a candidate. Each candidate carries its explanation: the required
certifications held of how many and which are missing, the preferred ones held, the job's
skills it matched and its score.

>>> from sellerstar.domain.recruitment import Certification as C
>>> rules = MatchRules(1.2, 0.75, 1.0, 0.5, 10)
>>> job = JobSpec("J1", "数据运营", "分析店铺数据", ("Excel", "SQL"), (C.DATA_ANALYSIS,), ())
>>> pool = [
...     TalentProfile("T1", ("Excel",), "做周报", frozenset()),
...     TalentProfile("T2", ("直播",), "", frozenset({C.DATA_ANALYSIS})),
...     TalentProfile("T3", ("唱歌",), "", frozenset()),
... ]
>>> [(c.talent_id, c.required.held, c.matched_skills) for c in rank_candidates(job, pool, rules)]
[('T2', 1, ()), ('T1', 0, ('Excel',))]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import bm25s
import numpy as np

from sellerstar.domain.recruitment import Certification, CertificationFit, certification_fit
from sellerstar.errors import InputError
from sellerstar.recruitment.tokens import tokens
from sellerstar.rules import RuleBook
from sellerstar.rules.recruitment import Recruitment

SCORE_DECIMALS = 4
"""Scores are rounded before ranking, so float noise never reorders equal candidates."""


@dataclass(frozen=True)
class MatchRules:
    """The numbers of the rule-set's ``recruitment`` section the ranking needs."""

    k1: float
    b: float
    skills_weight: float
    duties_weight: float
    shown: int

    @classmethod
    def of(cls, section: Recruitment) -> MatchRules:
        return cls(
            section.bm25_k1,
            section.bm25_b,
            section.skills_weight,
            section.duties_weight,
            section.candidates_shown,
        )


def section_in_force(book: RuleBook, day: dt.date) -> Recruitment:
    """The ``recruitment`` section of the rule-set in force on ``day``."""
    section = book.in_force(day).recruitment
    if section is None:
        raise InputError(f"talent recruitment is not in force on {day} (no [recruitment])")
    return section


@dataclass(frozen=True)
class JobSpec:
    """What the ranking reads of a job."""

    job_id: str
    title: str
    duties: str
    skills: tuple[str, ...]
    required: tuple[Certification, ...]
    preferred: tuple[Certification, ...]


@dataclass(frozen=True)
class TalentProfile:
    """What the ranking reads of a talent."""

    talent_id: str
    skills: tuple[str, ...]
    experience: str
    certifications: frozenset[Certification]


@dataclass(frozen=True)
class Candidate:
    """A ranked talent and why it is where it is."""

    talent_id: str
    rank: int
    certified: bool
    required: CertificationFit
    preferred: CertificationFit
    matched_skills: tuple[str, ...]
    score: float


def _relevance(query: list[str], corpus: list[list[str]], rules: MatchRules) -> np.ndarray:
    """BM25 of every document for ``query`` (zeros when there is nothing to compare)."""
    if not query or not any(corpus):
        return np.zeros(len(corpus))
    index = bm25s.BM25(k1=rules.k1, b=rules.b)
    index.index(corpus, show_progress=False)
    return np.asarray(index.get_scores(query), dtype=np.float64)


def _matched(job_skills: Sequence[str], words: set[str], text: str) -> tuple[str, ...]:
    """The job's skills the talent names: the whole skill in its text, or all its words."""
    found = []
    for skill in job_skills:
        skill_words = set(tokens(skill))
        if skill.casefold() in text or (skill_words and skill_words <= words):
            found.append(skill)
    return tuple(found)


def rank_candidates(
    job: JobSpec, talents: Sequence[TalentProfile], rules: MatchRules
) -> list[Candidate]:
    """The job's candidates among ``talents``, best first, at most ``rules.shown``."""
    documents = [tokens(" ".join(t.skills) + " " + t.experience) for t in talents]
    scores = rules.skills_weight * _relevance(
        tokens(" ".join(job.skills)), documents, rules
    ) + rules.duties_weight * _relevance(tokens(f"{job.title} {job.duties}"), documents, rules)
    ranked: list[tuple[tuple[object, ...], Candidate]] = []
    for talent, words, raw in zip(talents, documents, scores, strict=True):
        required = certification_fit(talent.certifications, job.required)
        preferred = certification_fit(talent.certifications, job.preferred)
        certified = required.held > 0 if job.required else bool(talent.certifications)
        score = round(float(raw), SCORE_DECIMALS)
        text = (" ".join(talent.skills) + " " + talent.experience).casefold()
        matched = _matched(job.skills, set(words), text)
        if not (required.held or preferred.held or score > 0 or matched):
            continue
        candidate = Candidate(talent.talent_id, 0, certified, required, preferred, matched, score)
        key = (not certified, -required.held, -preferred.held, -score, talent.talent_id)
        ranked.append((key, candidate))
    ranked.sort(key=lambda pair: pair[0])
    return [
        Candidate(
            c.talent_id, rank, c.certified, c.required, c.preferred, c.matched_skills, c.score
        )
        for rank, (_key, c) in enumerate(ranked[: rules.shown], start=1)
    ]


__all__ = [
    "SCORE_DECIMALS",
    "Candidate",
    "JobSpec",
    "MatchRules",
    "TalentProfile",
    "rank_candidates",
    "section_in_force",
]
