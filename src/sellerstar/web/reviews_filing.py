"""What the reviews pages and the reviews JSON API share: an operator's decision on
brushing suspects in one transaction each (a refusal rolls all of it back), and the
invitation keys of the app's settings.

Every refusal is a :class:`~sellerstar.services.review_errors.ReviewsRefused` with a code
(``web.words.reviews`` words it); a suspect that does not exist is ``OutOfScope``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from sellerstar.domain.access import Principal
from sellerstar.services import review_brushing
from sellerstar.services.review_errors import ReviewsRefused
from sellerstar.store.db import transaction
from sellerstar.web.words import reviews as words


def invitation_keys(request: Request) -> tuple[str, str | None]:
    """(URL template, secret) of the invitation links; no secret: no links."""
    settings = request.app.state.settings
    secret = settings.review_invitation_secret
    return settings.review_invitation_url, secret.get_secret_value() if secret else None


def confirm(
    request: Request, principal: Principal, review_ids: list[str], note: str, now: dt.datetime
) -> review_brushing.Case:
    """Confirm pending suspects of one merchant as a case."""
    with transaction(request.app.state.engine) as writing:
        return review_brushing.confirm(
            writing, principal, review_ids, note=note, book=request.app.state.rulebook, now=now
        )


def dismiss(
    request: Request, principal: Principal, review_ids: list[str], note: str, now: dt.datetime
) -> list[str]:
    """Dismiss pending suspects."""
    with transaction(request.app.state.engine) as writing:
        return review_brushing.dismiss(writing, principal, review_ids, note=note, now=now)


class Refusal(BaseModel):
    """Why the request was refused: a code and the reason in words."""

    detail: str
    code: str


# 422 keeps the app's documented body ({"detail"}, which a refusal's also has, with its
# code): a NUL in an id is refused by the store's error handler, without a code.
REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Refusal, "description": "The state refuses it (decided already)."},
}


def refusal(refused: ReviewsRefused) -> JSONResponse:
    """The answer to a refusal: its code and the reason in English, with its status."""
    text = words.refusal_text(refused.code, refused.params)
    detail = text.render("en") if text.msgid != refused.code else str(refused)
    body = Refusal(detail=detail, code=refused.code).model_dump()
    return JSONResponse(body, status_code=words.refusal_status(refused.code))
