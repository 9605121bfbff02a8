"""What filing or deciding an appeal can answer instead of doing it."""

from __future__ import annotations

from sellerstar.errors import SellerstarError


class AppealRefused(SellerstarError):
    """The appeal cannot be filed or decided as asked; ``code`` says why (pages word it,
    filling in ``params``)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


class AppealAlreadyDecided(AppealRefused):
    """Another operator decided the appeal first: ``status`` and ``decided_by`` say how."""

    def __init__(self, appeal_id: str, status: str, decided_by: str | None) -> None:
        by = f" by {decided_by}" if decided_by else ""
        super().__init__(
            "already_decided", f"appeal {appeal_id} was {status} already{by}", status=status
        )
        self.status = status
        self.decided_by = decided_by
