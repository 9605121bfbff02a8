"""What submitting or deciding a radar review can answer instead of doing it, and the
check of a text the merchant or the operator writes (its refusal codes are
``<what>_missing`` and ``<what>_too_long``)."""

from __future__ import annotations

from sellerstar.errors import SellerstarError


class RadarRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why (pages word it)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


class ReviewAlreadyDecided(RadarRefused):
    """Another operator decided the review first."""

    def __init__(self, review_id: str, state: str, decided_by: str | None) -> None:
        by = f" by {decided_by}" if decided_by else ""
        super().__init__(
            "already_decided", f"review {review_id} was {state} already{by}", state=state
        )


def checked_text(value: str | None, what: str, limit: int, *, required: bool) -> str | None:
    """``value`` stripped; None when it is empty and not ``required``; a refusal when it
    is empty and required, or longer than ``limit``."""
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise RadarRefused(f"{what}_missing", f"the {what} is empty")
        return None
    if len(cleaned) > limit:
        raise RadarRefused(
            f"{what}_too_long", f"the {what} has {len(cleaned)} characters, at most {limit}",
            limit=limit,
        )  # fmt: skip
    return cleaned
