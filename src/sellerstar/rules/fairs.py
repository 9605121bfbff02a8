"""The two-way selection fairs' rule-set section (rulebook §6, §6.1)."""

from __future__ import annotations

from pydantic import Field

from sellerstar.rules._base import _Section


class SelectionFairs(_Section):
    """Two-way selection fairs (双选会) with universities: the bounds of what each side may
    submit. The allocation itself (student-optimal deferred acceptance, the tie-break) is
    the rulebook's, not a number (`docs/fairs.md`)."""

    max_choices_per_student: int = Field(
        ge=1, le=50, description="[decision] Positions a student may rank at one fair."
    )
    max_positions_per_merchant: int = Field(
        ge=1, le=100, description="[decision] Positions one merchant may list at one fair."
    )
    max_capacity_per_position: int = Field(
        ge=1, le=1000, description="[decision] Places one position may offer."
    )
    max_rank: int = Field(
        ge=1,
        le=1000,
        description="[decision] Largest rank a merchant may give an applicant (1 = best; "
        "equal ranks are ties, broken by the documented rule).",
    )
