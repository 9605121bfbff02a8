"""The briefing's Q&A channel, the operators' pages (rulebook §7): the channels (created
and edited here: title, topics, window, planned publication), and per channel its
questions (who asked, what, the state), grouping them under a canonical question, the
groups' answers, and publication (on or after the planned date; before it only with
"publish now" ticked).

After a change the browser is sent back to the channel (303) with what was done; a
refusal shows the page again with the reason (422: correct the form; 409: the states or
dates refuse; 404: no such channel or group).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sellerstar.domain.qa import Channel, QaTopic, QuestionState, parse_topics
from sellerstar.queries import qa as queries
from sellerstar.services import qa, qa_answers
from sellerstar.store.db import transaction
from sellerstar.web.auth import CsrfChecked, Now, Operator, ReadConnection
from sellerstar.web.deps import PageNumber
from sellerstar.web.templating import render
from sellerstar.web.words import qa as words
from sellerstar.web.words.logistics import Text

router = APIRouter(include_in_schema=False)
ROW_ID_MAX = 2**31 - 1
GroupId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
ChannelId = Annotated[str, Path(max_length=64)]
Day = Annotated[dt.date, Form()]
Done = Literal["saved", "grouped", "answered", "published"]


def _index(
    request: Request, connection: sa.Connection, at: dt.datetime, *,
    error: Text | None = None, form: dict[str, object] | None = None, status_code: int = 200,
) -> HTMLResponse:  # fmt: skip
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    context = {
        "channels": queries.channels(connection, at, timezone),
        "topics": list(QaTopic),
        "error": error,
        "form": form or {},
        "timezone": timezone,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_qa.html", context, status_code)


def _channel_page(
    request: Request, connection: sa.Connection, at: dt.datetime, channel_id: str, *,
    state: QuestionState | None = None, page: int = 1, done: Text | None = None,
    error: Text | None = None, status_code: int = 200,
) -> HTMLResponse:  # fmt: skip
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    channel = queries.channel(connection, channel_id)  # 404 when there is none
    context = {
        "channel": channel,
        "window": channel.window.state_at(at, timezone),
        "topics": list(QaTopic),
        "questions": queries.channel_questions(connection, channel_id, state, page),
        "groups": queries.groups(connection, channel_id),
        "state": state,
        "states": list(QuestionState),
        "done": done,
        "error": error,
        "timezone": timezone,
        **words.TEMPLATE_WORDS,
    }
    return render(request, "ops_qa_channel.html", context, status_code)


@router.get("/ops/qa")
def channels_page(
    request: Request, _auth: Operator, connection: ReadConnection, at: Now
) -> Response:
    """The channels with their windows and counts, and the form for a new one."""
    return _index(request, connection, at)


def _channel(channel_id: str, title: str, topics: list[str], opens: dt.date, closes: dt.date,
             publish: dt.date) -> Channel:  # fmt: skip
    return Channel(channel_id.strip(), title, parse_topics(";".join(topics)), opens, closes,
                      publish)  # fmt: skip


@router.post("/ops/qa/channels", dependencies=[CsrfChecked])
def create_channel(
    request: Request, auth: Operator, connection: ReadConnection, at: Now,
    channel_id: Annotated[str, Form(max_length=64)], title: Annotated[str, Form(max_length=800)],
    opens_on: Day, closes_on: Day, publish_on: Day,
    topic: Annotated[list[str], Form(max_length=len(QaTopic))] = [],  # noqa: B006
) -> Response:  # fmt: skip
    """Open a new channel."""
    channel = _channel(channel_id, title, topic, opens_on, closes_on, publish_on)
    try:
        with transaction(request.app.state.engine) as writing:
            qa.save_channel(writing, actor_login=auth.principal.login, channel=channel, now=at,
                            create=True)  # fmt: skip
    except qa.QaRefused as refused:
        connection.rollback()
        form = {"channel_id": channel_id, "title": title, "topics": topic, "opens_on": opens_on,
                "closes_on": closes_on, "publish_on": publish_on}  # fmt: skip
        error = words.refusal_text(refused.code, refused.params)
        status = words.refusal_status(refused.code)
        return _index(request, connection, at, error=error, form=form, status_code=status)
    return _back(channel.channel_id, "saved")


def _back(channel_id: str, done: Done, **ids: int) -> Response:
    extra = "".join(f"&{key}={value}" for key, value in ids.items())
    return RedirectResponse(
        f"/ops/qa/{quote(channel_id, safe='')}?done={done}{extra}", status_code=303
    )


@router.get("/ops/qa/{channel_id}")
def channel_page(
    request: Request, channel_id: ChannelId, _auth: Operator, connection: ReadConnection,
    at: Now, state: QuestionState | None = None, page: PageNumber = 1, done: Done | None = None,
    group: Annotated[int | None, Query(ge=1, le=ROW_ID_MAX)] = None,
    count: Annotated[int | None, Query(ge=0, le=ROW_ID_MAX)] = None,
) -> Response:  # fmt: skip
    """A channel's questions and groups, with the forms to group, answer and publish."""
    said = {
        "saved": Text(words.CHANNEL_SAVED, {"channel_id": channel_id}),
        "grouped": Text(words.GROUPED, {"count": count or 0, "group_id": group}),
        "answered": Text(words.ANSWER_SAVED, {"group_id": group}),
        "published": Text(words.PUBLISHED_DONE, {"group_id": group, "told": count or 0}),
    }
    return _channel_page(request, connection, at, channel_id, state=state, page=page,
                         done=said[done] if done else None)  # fmt: skip


def _refused(request: Request, connection: sa.Connection, at: dt.datetime, channel_id: str,
             refused: qa.QaRefused) -> HTMLResponse:  # fmt: skip
    connection.rollback()  # read what another operator committed
    return _channel_page(request, connection, at, channel_id,
                         error=words.refusal_text(refused.code, refused.params),
                         status_code=words.refusal_status(refused.code))  # fmt: skip


@router.post("/ops/qa/{channel_id}/edit", dependencies=[CsrfChecked])
def edit_channel(
    request: Request, channel_id: ChannelId, auth: Operator, connection: ReadConnection,
    at: Now, title: Annotated[str, Form(max_length=800)], opens_on: Day, closes_on: Day,
    publish_on: Day, topic: Annotated[list[str], Form(max_length=len(QaTopic))] = [],  # noqa: B006
) -> Response:  # fmt: skip
    """Change a channel's title, topics or dates."""
    queries.channel(connection, channel_id)
    channel = _channel(channel_id, title, topic, opens_on, closes_on, publish_on)
    try:
        with transaction(request.app.state.engine) as writing:
            qa.save_channel(writing, actor_login=auth.principal.login, channel=channel, now=at,
                            create=False)  # fmt: skip
    except qa.QaRefused as refused:
        return _refused(request, connection, at, channel_id, refused)
    return _back(channel_id, "saved")


@router.post("/ops/qa/{channel_id}/group", dependencies=[CsrfChecked])
def group(
    request: Request, channel_id: ChannelId, auth: Operator, connection: ReadConnection,
    at: Now, question_id: Annotated[list[int], Form(max_length=qa_answers.MAX_GROUP_SIZE)] = [],  # noqa: B006
    into: Annotated[str, Form(max_length=16)] = "new",
    question: Annotated[str, Form(max_length=4 * qa.MAX_QUESTION)] = "",
    topic: Annotated[str, Form(max_length=32)] = "",
) -> Response:  # fmt: skip
    """Put the ticked questions into a new group or an existing unpublished one."""
    queries.channel(connection, channel_id)
    target = None if into == "new" or not into.isdigit() else int(into)
    try:
        with transaction(request.app.state.engine) as writing:
            group_id = qa_answers.group_questions(
                writing, actor_login=auth.principal.login, channel_id=channel_id,
                question_ids=question_id, now=at, group_id=target, question=question, topic=topic,
            )  # fmt: skip
    except qa.QaRefused as refused:
        return _refused(request, connection, at, channel_id, refused)
    return _back(channel_id, "grouped", group=group_id, count=len(set(question_id)))


@router.post("/ops/qa/groups/{group_id}/answer", dependencies=[CsrfChecked])
def answer(
    request: Request, group_id: GroupId, auth: Operator, connection: ReadConnection, at: Now,
    question: Annotated[str, Form(max_length=4 * qa.MAX_QUESTION)] = "",
    answer: Annotated[str, Form(max_length=4 * qa_answers.MAX_ANSWER)] = "",
) -> Response:  # fmt: skip
    """Write or correct a group's canonical question and its answer."""
    channel_id = queries.group_channel(connection, group_id)
    try:
        with transaction(request.app.state.engine) as writing:
            qa_answers.answer_group(
                writing, actor_login=auth.principal.login, group_id=group_id,
                question=question, answer=answer, now=at,
            )  # fmt: skip
    except qa.QaRefused as refused:
        return _refused(request, connection, at, channel_id, refused)
    return _back(channel_id, "answered", group=group_id)


@router.post("/ops/qa/groups/{group_id}/publish", dependencies=[CsrfChecked])
def publish(
    request: Request, group_id: GroupId, auth: Operator, connection: ReadConnection, at: Now,
    early: Annotated[bool, Form()] = False,
) -> Response:  # fmt: skip
    """Publish a group's answer and tell its merchants."""
    channel_id = queries.group_channel(connection, group_id)
    try:
        with transaction(request.app.state.engine) as writing:
            done = qa_answers.publish_group(
                writing, book=request.app.state.rulebook, actor_login=auth.principal.login,
                group_id=group_id, now=at, early=early,
            )  # fmt: skip
    except qa.QaRefused as refused:
        return _refused(request, connection, at, channel_id, refused)
    return _back(channel_id, "published", group=group_id, count=done.told)
