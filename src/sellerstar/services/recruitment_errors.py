"""What a recruitment request can answer instead of doing it: a refusal with a code the
pages word (``web/words/recruitment.py``) and the values the sentence needs."""

from __future__ import annotations

from sellerstar.errors import SellerstarError


class RecruitmentRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why, ``params`` the values."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)
