"""Talent recruitment's rule-set section: how candidates are ranked and shown, and the
bounds of an interview (issue 17)."""

from __future__ import annotations

from pydantic import Field, model_validator

from sellerstar.rules._base import KeyedValueError, _Section


class Recruitment(_Section):
    """Ranking a job's candidates (certified first, then required and preferred
    certifications held, then text relevance) and scheduling interviews."""

    bm25_k1: float = Field(
        gt=0,
        description="[decision] BM25 term-frequency saturation of the text relevance of a "
        "talent's skills and experience to a job.",
    )
    bm25_b: float = Field(
        ge=0, le=1, description="[decision] BM25 length normalisation (0 = none, 1 = full)."
    )
    skills_weight: float = Field(
        ge=0, description="[decision] Weight of the relevance to the job's skills."
    )
    duties_weight: float = Field(
        ge=0, description="[decision] Weight of the relevance to the job's title and duties."
    )
    candidates_shown: int = Field(
        ge=1, le=500, description="[decision] How many ranked candidates a job shows."
    )
    interview_min_minutes: int = Field(
        ge=5, description="[decision] Shortest interview that can be scheduled."
    )
    interview_max_minutes: int = Field(
        ge=5, description="[decision] Longest interview that can be scheduled."
    )
    currencies: tuple[str, ...] = Field(
        min_length=1, description="[decision] Currencies a job's salary range may be in (ISO 4217)."
    )

    @model_validator(mode="after")
    def _bounds(self) -> Recruitment:
        if self.interview_max_minutes < self.interview_min_minutes:
            raise KeyedValueError(
                "interview_max_minutes", "must not be below interview_min_minutes"
            )
        for code in self.currencies:
            if len(code) != 3 or not code.isupper():
                raise KeyedValueError("currencies", f"{code!r} is not an ISO 4217 code")
        return self
