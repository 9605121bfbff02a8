"""The briefing's Q&A channel (rulebook §7): the merchant's page and the public answers.

``/m/qa``: a merchant user asks in the channels taking questions and follows its own
questions (a sub-account: the ones it asked; the main account: all of its merchant's),
each with its state and, once published, the answer. ``/qa`` and ``/qa/{channel}``: the
published answers for everyone, signed in or not, naming no merchant. A refusal shows the
page again with the reason in words (422: correct the form; 409: the window is closed).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.access import OutOfScope, Scope, scope_for_merchant_user
from sellerstar.domain.qa import WindowState
from sellerstar.queries import qa as queries
from sellerstar.services import qa
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, MaybeAuth, Merchant, Now, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import qa as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)


def _merchant_page(
    request: Request,
    connection: sa.Connection,
    scope: Scope,
    at: dt.datetime,
    page: int = 1,
    *,
    done: Text | None = None,
    error: Text | None = None,
    form: dict[str, str] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    channels = queries.channels(connection, at, timezone)
    context = {
        "open_channels": [c for c in channels if c.window is WindowState.OPEN],
        # The others too, so a merchant arriving after the deadline reads why it cannot ask.
        "other_channels": [c for c in channels if c.window is not WindowState.OPEN][:5],
        "questions": queries.own_questions(connection, scope, page),
        "timezone": timezone,
        "done": done,
        "error": error,
        "form": form or {},
        "max_question": qa.MAX_QUESTION,
        "max_reference": qa.MAX_REFERENCE,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "qa.html", context, status_code)


@router.get("/m/qa")
def questions_page(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    page: PageNumber = 1,
    asked: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> HTMLResponse:
    """The channels taking questions, the form, and the caller's questions."""
    done = Text(words.SUBMITTED, {"question_id": asked}) if asked else None
    scope = scope_for_merchant_user(auth.principal)
    return _merchant_page(request, connection, scope, at, page, done=done)


@router.post("/m/qa/questions", dependencies=[CsrfChecked])
def ask(
    request: Request,
    auth: Merchant,
    connection: ReadConnection,
    at: Now,
    channel_id: Annotated[str, Form(max_length=64)],
    topic: Annotated[str, Form(max_length=32)],
    body: Annotated[str, Form(max_length=4 * qa.MAX_QUESTION)],
    reference: Annotated[str, Form(max_length=4 * qa.MAX_REFERENCE)] = "",
) -> Response:
    """Ask a question in a channel while its window is open."""
    principal = auth.principal
    try:
        with transaction(request.app.state.engine) as writing:
            question_id = qa.submit_question(
                writing, book=request.app.state.rulebook, principal=principal,
                channel_id=channel_id, topic=topic, body=body, reference=reference, now=at,
            )  # fmt: skip
    except qa.QaRefused as refused:
        connection.rollback()
        status = words.refusal_status(refused.code)
        return _merchant_page(
            request, connection, scope_for_merchant_user(principal), at,
            error=words.refusal_text(refused.code, refused.params),
            form={"channel_id": channel_id, "topic": topic, "body": body,
                  "reference": reference},
            status_code=409 if status == 404 else status,
        )  # fmt: skip
    return RedirectResponse(f"/m/qa?asked={question_id}", status_code=303)


@router.get("/qa")
def public_page(
    request: Request, _auth: MaybeAuth, connection: ReadConnection, at: Now
) -> HTMLResponse:
    """The channels with published answers, each with its answers (no sign-in needed)."""
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    channels = queries.channels(connection, at, timezone, published_only=True)
    context = {
        "channels": [
            (row, queries.groups(connection, row.channel.channel_id, published_only=True))
            for row in channels
        ],
        "single": False,
        "timezone": timezone,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "qa_public.html", context)


@router.get("/qa/{channel_id}")
def public_channel_page(
    request: Request,
    channel_id: Annotated[str, Path(max_length=64)],
    _auth: MaybeAuth,
    connection: ReadConnection,
    at: Now,
) -> HTMLResponse:
    """One channel's published answers; a channel with none is not found."""
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    rows = [
        row
        for row in queries.channels(connection, at, timezone, published_only=True)
        if row.channel.channel_id == channel_id
    ]
    if not rows:
        raise OutOfScope(f"no published answers in {channel_id}")
    context = {
        "channels": [(rows[0], queries.groups(connection, channel_id, published_only=True))],
        "single": True,
        "timezone": timezone,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "qa_public.html", context)
