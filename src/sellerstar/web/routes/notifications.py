"""Notifications, the merchant users' pages (docs/notifications.md): the inbox (mark read,
mark all read), one's own preferences, and — main account only — the merchant's webhook
endpoints with their delivery log and replay.

Every user reads only their own inbox and preferences; a sub-account never sees the
webhook pages (403), and another merchant's endpoint or delivery ids answer 404.
"""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sellerstar.domain.access import Role
from sellerstar.domain.notifications import Channel, EmailMode
from sellerstar.queries import notifications as queries
from sellerstar.services import notification_delivery, notification_settings
from sellerstar.services.notification_settings import NotificationRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import Auth, CsrfChecked, Merchant, Now, ReadConnection, page_user
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import notifications as words

RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]
router = APIRouter(include_in_schema=False)
MainAccount = Annotated[Auth, Depends(page_user(Role.MERCHANT_MAIN))]
Id = Annotated[int, Form(ge=1, le=2**31 - 1)]


def shown(items: list[queries.InboxItem], locale: str) -> list[dict[str, Any]]:
    """Inbox items with their title and sentence in ``locale``."""
    out = []
    for item in items:
        rendered = words.render(item.topic, item.payload, locale)
        out.append({"item": item, "title": rendered.title, "text": rendered.text})
    return out


@router.get("/m/inbox")
def inbox_page(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    page: PageNumber = 1,
    unread: Annotated[bool, Query()] = False,
) -> HTMLResponse:
    """The signed-in user's notifications, newest first; unread ones stand out."""
    found = queries.inbox(connection, auth.principal.user_id, page=page, unread_only=unread)
    context = {
        "found": found,
        "messages": shown(found.rows, request.state.locale),
        "unread_only": unread,
    }
    return render(request, "notifications_inbox.html", context)


@router.post("/m/inbox/read", dependencies=[CsrfChecked])
def mark_read(
    auth: Merchant,
    at: Now,
    request: Request,
    delivery_id: Annotated[int | None, Form(ge=1, le=2**31 - 1)] = None,
    everything: Annotated[bool, Form(alias="all")] = False,
) -> Response:
    """Mark one message (``delivery_id``) or all (``all``) of one's own inbox read."""
    if delivery_id is None and not everything:
        raise HTTPException(422, words.word(words.NOTHING_CHOSEN, request.state.locale))
    with transaction(request.app.state.engine) as connection:
        notification_settings.mark_read(
            connection,
            user_id=auth.principal.user_id,
            delivery_ids=None if everything else [int(delivery_id or 0)],
            now=at,
        )
    return RedirectResponse("/m/inbox", status_code=303)


def _preferences_page(
    request: Request,
    connection: sa.Connection,
    user_id: int,
    *,
    error: str | None = None,
    saved: bool = False,
    status_code: int = 200,
) -> HTMLResponse:
    preference = notification_delivery.preference_of(connection, user_id)
    locale = request.state.locale
    topics = [(topic, words.render(topic, {}, locale).title) for topic in words.TOPICS]
    context = {
        "preference": preference,
        "topics": topics,
        "channels": [Channel.INBOX, Channel.EMAIL],
        "modes": list(EmailMode),
        "error": error,
        "saved": saved,
        "channel_labels": words.CHANNEL_LABELS,
        "mode_labels": words.EMAIL_MODE_LABELS,
    }
    return render(request, "notifications_preferences.html", context, status_code)


@router.get("/m/notifications/preferences")
def preferences_page(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    saved: Annotated[bool, Query()] = False,
) -> HTMLResponse:
    """One's own preferences: email address, immediate or digest, language, topics."""
    return _preferences_page(request, connection, auth.principal.user_id, saved=saved)


async def preferences_form(request: Request, _auth: Merchant) -> FormData:
    """The preferences form (bounded by ``web.body_limits``)."""
    return await request.form(max_files=0, max_fields=500)


@router.post("/m/notifications/preferences", dependencies=[CsrfChecked])
def save_preferences(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    form: Annotated[FormData, Depends(preferences_form)],
) -> Response:
    """Save one's preferences whole: a topic's box per channel (unticked = off)."""
    chosen: dict[str, list[Channel]] = {topic: [] for topic in words.TOPICS}
    for value in form.getlist("on"):
        topic, _, channel = str(value).partition(":")
        if topic in chosen and channel in (Channel.INBOX.value, Channel.EMAIL.value):
            chosen[topic].append(Channel(channel))
    mode = str(form.get("email_mode") or EmailMode.IMMEDIATE.value)
    try:
        with transaction(request.app.state.engine) as writing:
            notification_settings.save_preferences(
                writing,
                user_id=auth.principal.user_id,
                email=str(form.get("email") or ""),
                email_mode=EmailMode(mode) if mode in set(EmailMode) else EmailMode.IMMEDIATE,
                language=str(form.get("language") or "zh"),
                topics=chosen,
                now=at,
            )
    except NotificationRefused as refused:
        connection.rollback()
        text = words.refusal(refused.code, request.state.locale, request.app.state.settings)
        return _preferences_page(
            request,
            connection,
            auth.principal.user_id,
            error=text,
            status_code=words.REFUSALS.status(refused.code),
        )
    return RedirectResponse("/m/notifications/preferences?saved=1", status_code=303)


def _webhooks_page(
    request: Request,
    connection: sa.Connection,
    merchant_id: str,
    *,
    page: int = 1,
    secret: str | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    context = {
        "endpoints": queries.endpoints(connection, merchant_id),
        "log": queries.webhook_log(connection, merchant_id, page=page),
        "waiting": queries.pending_webhooks(connection, merchant_id),
        "secret": secret,
        "error": error,
        "state_labels": words.STATE_LABELS,
    }
    return render(request, "notifications_webhooks.html", context, status_code)


@router.get("/m/notifications/webhooks")
def webhooks_page(
    request: Request, auth: MainAccount, connection: ReadConnection, page: PageNumber = 1
) -> HTMLResponse:
    """The merchant's webhook endpoints, what waits, and the log of every attempt."""
    return _webhooks_page(request, connection, str(auth.principal.merchant_id), page=page)


@router.post("/m/notifications/webhooks", dependencies=[CsrfChecked])
def add_endpoint(
    request: Request,
    auth: MainAccount,
    connection: ReadConnection,
    at: Now,
    url: Annotated[str, Form(min_length=1, max_length=500)],
) -> HTMLResponse:
    """Add an HTTPS endpoint; its secret is shown on the answer, once."""
    merchant_id = str(auth.principal.merchant_id)
    settings = request.app.state.settings
    try:
        with transaction(request.app.state.engine) as writing:
            _, secret = notification_settings.add_endpoint(
                writing,
                merchant_id=merchant_id,
                endpoint_url=url,
                allow_loopback_http=settings.notify_webhook_allow_loopback_http,
                max_endpoints=settings.notify_webhook_max_endpoints,
                now=at,
            )
    except NotificationRefused as refused:
        connection.rollback()
        text = words.refusal(refused.code, request.state.locale, request.app.state.settings)
        return _webhooks_page(
            request,
            connection,
            merchant_id,
            error=text,
            status_code=words.REFUSALS.status(refused.code),
        )
    connection.rollback()
    return _webhooks_page(request, connection, merchant_id, secret=secret)


@router.post("/m/notifications/webhooks/{endpoint_id}/rotate", dependencies=[CsrfChecked])
def rotate(
    request: Request, auth: MainAccount, connection: ReadConnection, at: Now, endpoint_id: RowId
) -> HTMLResponse:
    """A new secret for an endpoint, shown once; the old one stops signing at once."""
    merchant_id = str(auth.principal.merchant_id)
    with transaction(request.app.state.engine) as writing:
        secret = notification_settings.rotate_secret(
            writing, merchant_id=merchant_id, endpoint_id=endpoint_id, now=at
        )
    if secret is None:
        raise HTTPException(404)
    connection.rollback()
    return _webhooks_page(request, connection, merchant_id, secret=secret)


@router.post("/m/notifications/webhooks/{endpoint_id}/remove", dependencies=[CsrfChecked])
def remove(request: Request, auth: MainAccount, endpoint_id: RowId) -> Response:
    """Stop an endpoint (its log stays)."""
    with transaction(request.app.state.engine) as writing:
        done = notification_settings.remove_endpoint(
            writing, merchant_id=str(auth.principal.merchant_id), endpoint_id=endpoint_id
        )
    if not done:
        raise HTTPException(404)
    return RedirectResponse("/m/notifications/webhooks", status_code=303)


@router.post("/m/notifications/webhooks/replay", dependencies=[CsrfChecked])
def replay(request: Request, auth: MainAccount, at: Now, delivery_id: Id) -> Response:
    """Send a webhook delivery again on the notifier's next pass."""
    with transaction(request.app.state.engine) as writing:
        done = notification_settings.replay(
            writing, merchant_id=str(auth.principal.merchant_id), delivery_id=delivery_id, now=at
        )
    if not done:
        raise HTTPException(404)
    return RedirectResponse("/m/notifications/webhooks", status_code=303)
