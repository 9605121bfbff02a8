"""The unread count every merchant page shows in its header (docs/notifications.md): one
indexed count of the signed-in user's unread inbox messages."""

from __future__ import annotations

import logging

import sqlalchemy as sa
from fastapi import Request

from sellerstar.domain.access import MERCHANT_ROLES, Principal
from sellerstar.queries.notifications import unread_count

_LOG = logging.getLogger(__name__)


def unread_for(request: Request, principal: Principal | None) -> int | None:
    """The merchant user's unread count; None for other roles or when the store is busy
    (the page still renders without the badge)."""
    if principal is None or principal.role not in MERCHANT_ROLES:
        return None
    engine: sa.Engine | None = getattr(request.app.state, "engine", None)
    if engine is None:
        return None
    try:
        with engine.connect() as connection:
            return unread_count(connection, principal.user_id)
    except sa.exc.OperationalError:
        _LOG.warning("could not count the unread notifications of user %s", principal.user_id)
        return None
