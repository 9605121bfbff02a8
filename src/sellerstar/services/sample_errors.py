"""What a sample-venue request can answer instead of doing it: a refusal with a code the
pages word (``web/words/samples.py``) and the numbers the sentence needs."""

from __future__ import annotations

from sellerstar.errors import SellerstarError


class SampleRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why, ``params`` the numbers."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)
