"""The briefing's Q&A channel in the JSON API (rulebook §7).

Public (no sign-in): ``GET /api/v1/qa/published``, the published answers, naming no
merchant. Merchant users: their questions (a sub-account: the ones it asked; another's id
is 404) and asking one while the channel's window is open. Operators: channels (create,
change), a channel's questions and groups, grouping, answers, publication (``early``:
before the planned date). A refusal answers ``{"detail": ..., "code": ...}``: 409 when the
dates or states refuse (the window closed, not due), 422 for input to correct, 404 for
what does not exist. A session must send its X-CSRF-Token on writes.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from sellerstar.domain.access import MERCHANT_ROLES, scope_for_merchant_user
from sellerstar.domain.qa import Channel, GroupState, QaTopic, QuestionState, WindowState
from sellerstar.queries import qa as queries
from sellerstar.services import qa, qa_answers
from sellerstar.store.db import transaction
from sellerstar.web.auth import (
    ApiOperator,
    ApiStaff,
    Auth,
    CsrfChecked,
    Now,
    ReadConnection,
    api_user,
)
from sellerstar.web.deps import PageNumber
from sellerstar.web.words import qa as words

router = APIRouter(prefix="/api/v1/qa", tags=["qa"])
ApiMerchant = Annotated[Auth, Depends(api_user(*MERCHANT_ROLES))]
ROW_ID_MAX = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
ChannelId = Annotated[str, Path(max_length=64)]


class Refusal(BaseModel):
    detail: str
    code: str


REFUSED: dict[int | str, dict[str, Any]] = {
    404: {"model": Refusal, "description": "No such channel, group or question."},
    409: {"model": Refusal, "description": "The window or the states refuse it."},
    422: {"model": Refusal, "description": "The input needs correcting."},
}


class ChannelIn(BaseModel):
    """A channel's fields; the dates are platform dates (questions until closes_on 24:00)."""

    title: str = Field(min_length=1, max_length=qa.MAX_TITLE)
    topics: list[QaTopic] = Field(min_length=1, max_length=len(QaTopic))
    opens_on: dt.date
    closes_on: dt.date
    publish_on: dt.date


class NewChannel(ChannelIn):
    channel_id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")


class ChannelOut(ChannelIn):
    channel_id: str
    window: WindowState
    closes_at: dt.datetime = Field(description="The first instant questions are refused.")
    questions: int
    groups: int
    published: int


class QuestionIn(BaseModel):
    channel_id: str = Field(min_length=1, max_length=64)
    topic: QaTopic
    body: str = Field(min_length=1, max_length=qa.MAX_QUESTION)
    reference: str = Field("", max_length=qa.MAX_REFERENCE)


class QuestionOut(BaseModel):
    """A question; ``answer`` once its group is published. Operators also see who asked."""

    question_id: int
    channel_id: str
    topic: QaTopic
    body: str
    reference: str | None
    state: QuestionState
    submitted_at: dt.datetime
    group_id: int | None
    group_question: str | None
    answer: str | None
    published_at: dt.datetime | None
    merchant_id: str | None = None
    account_id: str | None = None
    submitted_by: str | None = None


class QuestionList(BaseModel):
    total: int
    page: int
    pages: int
    questions: list[QuestionOut]


class GroupIn(BaseModel):
    """Questions into a new group (``question``, ``topic``) or into ``group_id``."""

    question_ids: list[Annotated[int, Field(ge=1, le=ROW_ID_MAX)]] = Field(
        min_length=1, max_length=qa_answers.MAX_GROUP_SIZE
    )
    group_id: int | None = Field(None, ge=1, le=ROW_ID_MAX)
    question: str = Field("", max_length=qa.MAX_QUESTION)
    topic: QaTopic | None = None


class AnswerIn(BaseModel):
    question: str = Field(min_length=1, max_length=qa.MAX_QUESTION)
    answer: str = Field(max_length=qa_answers.MAX_ANSWER)


class PublishIn(BaseModel):
    early: bool = Field(False, description="Publish before the planned date.")


class GroupOut(BaseModel):
    group_id: int
    topic: QaTopic
    question: str
    answer: str
    state: GroupState
    questions: int
    published_at: dt.datetime | None


class PublishedOut(BaseModel):
    group_id: int
    questions: int
    told: int = Field(description="Merchant accounts told now (new outbox messages).")


class PublishedChannel(BaseModel):
    channel_id: str
    title: str
    closes_on: dt.date
    publish_on: dt.date
    answers: list[GroupOut]


def refusal(refused: qa.QaRefused) -> JSONResponse:
    text = words.refusal_text(refused.code, refused.params)
    detail = html.unescape(text.render("en")) if text.msgid != refused.code else str(refused)
    return JSONResponse(
        Refusal(detail=detail, code=refused.code).model_dump(),
        status_code=words.refusal_status(refused.code),
    )


def _question(row: queries.QuestionRow, *, operator: bool) -> QuestionOut:
    out = QuestionOut(
        question_id=row.question_id, channel_id=row.channel_id, topic=row.topic, body=row.body,
        reference=row.reference, state=row.state, submitted_at=row.submitted_at,
        group_id=row.group_id, group_question=row.group_question, answer=row.answer,
        published_at=row.published_at,
    )  # fmt: skip
    if operator:
        out.merchant_id, out.account_id = row.merchant_id, row.account_id
        out.submitted_by = row.submitted_by
    return out


def _group(g: queries.GroupRow) -> GroupOut:
    return GroupOut(
        group_id=g.group_id, topic=g.topic, question=g.question, answer=g.answer,
        state=g.state, questions=g.questions, published_at=g.published_at,
    )  # fmt: skip


@router.get("/published")
def published(request: Request, connection: ReadConnection, at: Now) -> list[PublishedChannel]:
    """The published answers of every channel (no sign-in needed; no merchant named)."""
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    return [
        PublishedChannel(
            channel_id=row.channel.channel_id,
            title=row.channel.title,
            closes_on=row.channel.closes_on,
            publish_on=row.channel.publish_on,
            answers=[
                _group(g)
                for g in queries.groups(connection, row.channel.channel_id, published_only=True)
            ],
        )
        for row in queries.channels(connection, at, timezone, published_only=True)
    ]


@router.get("/channels")
def channels(
    request: Request, _auth: ApiStaff, connection: ReadConnection, at: Now
) -> list[ChannelOut]:
    """Every channel with its window now (merchants: where they may ask)."""
    timezone = qa.platform_timezone(request.app.state.rulebook, at)
    return [
        ChannelOut(
            channel_id=r.channel.channel_id,
            title=r.channel.title,
            topics=list(r.channel.topics),
            opens_on=r.channel.opens_on,
            closes_on=r.channel.closes_on,
            publish_on=r.channel.publish_on,
            window=r.window,
            closes_at=r.closes_at,
            questions=r.questions,
            groups=r.groups,
            published=r.published,
        )
        for r in queries.channels(connection, at, timezone)
    ]


def _save(request: Request, auth: Auth, at: dt.datetime, channel: Channel, create: bool) -> Any:
    try:
        with transaction(request.app.state.engine) as writing:
            qa.save_channel(writing, actor_login=auth.principal.login, channel=channel, now=at,
                            create=create)  # fmt: skip
    except qa.QaRefused as refused:
        return refusal(refused)
    return JSONResponse({"channel_id": channel.channel_id}, status_code=201 if create else 200)


@router.post("/channels", dependencies=[CsrfChecked], status_code=201, responses=REFUSED)
def create_channel(request: Request, body: NewChannel, auth: ApiOperator, at: Now) -> Any:
    """Open a new channel."""
    channel = Channel(body.channel_id, body.title, tuple(body.topics), body.opens_on,
                         body.closes_on, body.publish_on)  # fmt: skip
    return _save(request, auth, at, channel, True)


@router.put("/channels/{channel_id}", dependencies=[CsrfChecked], responses=REFUSED)
def change_channel(
    request: Request, channel_id: ChannelId, body: ChannelIn, auth: ApiOperator, at: Now
) -> Any:
    """Change a channel's title, topics or dates."""
    channel = Channel(channel_id, body.title, tuple(body.topics), body.opens_on,
                         body.closes_on, body.publish_on)  # fmt: skip
    return _save(request, auth, at, channel, False)


@router.get("/questions")
def own_questions(
    auth: ApiMerchant, connection: ReadConnection, page: PageNumber = 1
) -> QuestionList:
    """The caller's questions, newest first (a sub-account: the ones it asked)."""
    found = queries.own_questions(connection, scope_for_merchant_user(auth.principal), page)
    return QuestionList(total=found.total, page=found.page, pages=found.pages,
                        questions=[_question(r, operator=False) for r in found.rows])  # fmt: skip


@router.get("/questions/{question_id}")
def own_question(question_id: RowId, auth: ApiMerchant, connection: ReadConnection) -> QuestionOut:
    """One of the caller's questions; anyone else's is 404."""
    scope = scope_for_merchant_user(auth.principal)
    return _question(queries.own_question(connection, scope, question_id), operator=False)


@router.post("/questions", dependencies=[CsrfChecked], status_code=201, responses=REFUSED)
def ask(request: Request, body: QuestionIn, auth: ApiMerchant, at: Now) -> Any:
    """Ask a question while the channel's window is open (409 ``window_closed`` after)."""
    try:
        with transaction(request.app.state.engine) as writing:
            question_id = qa.submit_question(
                writing, book=request.app.state.rulebook, principal=auth.principal,
                channel_id=body.channel_id, topic=body.topic.value, body=body.body,
                reference=body.reference, now=at,
            )  # fmt: skip
    except qa.QaRefused as refused:
        return refusal(refused)
    with request.app.state.engine.connect() as connection:
        row = queries.own_question(connection, scope_for_merchant_user(auth.principal), question_id)
    return JSONResponse(_question(row, operator=False).model_dump(mode="json"), status_code=201)


@router.get("/channels/{channel_id}/questions")
def channel_questions(
    channel_id: ChannelId, _auth: ApiOperator, connection: ReadConnection,
    state: QuestionState | None = None, page: PageNumber = 1,
) -> QuestionList:  # fmt: skip
    """Every question of the channel, oldest first, with who asked (operators)."""
    queries.channel(connection, channel_id)
    found = queries.channel_questions(connection, channel_id, state, page)
    return QuestionList(total=found.total, page=found.page, pages=found.pages,
                        questions=[_question(r, operator=True) for r in found.rows])  # fmt: skip


@router.get("/channels/{channel_id}/groups")
def channel_groups(
    channel_id: ChannelId, _auth: ApiOperator, connection: ReadConnection
) -> list[GroupOut]:
    """The channel's question groups, published or not (operators)."""
    queries.channel(connection, channel_id)
    return [_group(g) for g in queries.groups(connection, channel_id)]


@router.post(
    "/channels/{channel_id}/groups", dependencies=[CsrfChecked], status_code=201,
    responses=REFUSED,
)  # fmt: skip
def group(
    request: Request, channel_id: ChannelId, body: GroupIn, auth: ApiOperator, at: Now
) -> Any:
    """Put questions into a new group or an unpublished one; the group's id."""
    try:
        with transaction(request.app.state.engine) as writing:
            group_id = qa_answers.group_questions(
                writing, actor_login=auth.principal.login, channel_id=channel_id,
                question_ids=body.question_ids, now=at, group_id=body.group_id,
                question=body.question, topic=body.topic.value if body.topic else "",
            )  # fmt: skip
    except qa.QaRefused as refused:
        return refusal(refused)
    return JSONResponse({"group_id": group_id}, status_code=201)


@router.put("/groups/{group_id}/answer", dependencies=[CsrfChecked], responses=REFUSED)
def answer(request: Request, group_id: RowId, body: AnswerIn, auth: ApiOperator, at: Now) -> Any:
    """Write or correct a group's canonical question and answer."""
    try:
        with transaction(request.app.state.engine) as writing:
            state = qa_answers.answer_group(
                writing, actor_login=auth.principal.login, group_id=group_id,
                question=body.question, answer=body.answer, now=at,
            )  # fmt: skip
    except qa.QaRefused as refused:
        return refusal(refused)
    return {"group_id": group_id, "state": state.value}


@router.post(
    "/groups/{group_id}/publish", dependencies=[CsrfChecked], responses=REFUSED,
    response_model=PublishedOut,
)  # fmt: skip
def publish(request: Request, group_id: RowId, body: PublishIn, auth: ApiOperator, at: Now) -> Any:
    """Publish a group's answer and tell its merchants (409 ``not_due`` before the planned
    date unless ``early``)."""
    try:
        with transaction(request.app.state.engine) as writing:
            done = qa_answers.publish_group(
                writing, book=request.app.state.rulebook, actor_login=auth.principal.login,
                group_id=group_id, now=at, early=body.early,
            )  # fmt: skip
    except qa.QaRefused as refused:
        return refusal(refused)
    return PublishedOut(group_id=done.group_id, questions=done.questions, told=done.told)
