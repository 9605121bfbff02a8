"""The JSON API under /api/v1: who am I. Each area adds its own router module."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from sellerstar.web.auth import ApiAnyRole

router = APIRouter(prefix="/api/v1", tags=["api"])


class Me(BaseModel):
    """The caller as the API sees it."""

    login: str
    display_name: str
    role: str
    merchant_id: str | None
    account_id: str | None
    buyer_id: str | None = None
    talent_id: str | None = None
    csrf_token: str | None = None
    """For a browser session: the token its forms and API writes must send."""


@router.get("/me")
def me(auth: ApiAnyRole) -> Me:
    """The signed-in user or the API token's user."""
    p = auth.principal
    return Me(
        login=p.login,
        display_name=p.display_name,
        role=p.role,
        merchant_id=p.merchant_id,
        account_id=p.account_id,
        buyer_id=p.buyer_id,
        talent_id=p.talent_id,
        csrf_token=auth.csrf_token or None,
    )
