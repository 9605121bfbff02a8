"""What deciding brushing suspects can answer instead of doing it (its ``code`` says why;
``web.words.reviews`` words it)."""

from __future__ import annotations

from sellerstar.errors import SellerstarError


class ReviewsRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why (pages word it)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


class SuspectAlreadyDecided(ReviewsRefused):
    """Another operator decided one of the suspects first; nothing was written."""

    def __init__(self, review_ids: list[str]) -> None:
        shown = ", ".join(review_ids[:10]) + (" …" if len(review_ids) > 10 else "")
        super().__init__(
            "already_decided",
            f"suspect(s) {shown} were decided already by another operator",
            reviews=shown,
        )
