"""The read side of the briefing's Q&A channel (rulebook §7): the channels, a merchant's
own questions (scoped: a sub-account sees the questions it asked, the main account all of
its merchant's), the operators' view of a channel, and the public answers (no merchant
named, only published groups).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.qa import (
    Channel,
    GroupState,
    QaTopic,
    QuestionState,
    WindowState,
    channel_of,
)
from sellerstar.store.qa_tables import qa_channels, qa_groups, qa_questions

PAGE_SIZE = 50


@dataclass(frozen=True)
class ChannelRow:
    """A channel with its window's state now and its counts."""

    channel: Channel
    window: WindowState
    closes_at: dt.datetime
    questions: int
    groups: int
    published: int


@dataclass(frozen=True)
class QuestionRow:
    """A question with its group's canonical question and, once published, the answer."""

    question_id: int
    channel_id: str
    channel_title: str
    merchant_id: str
    account_id: str | None
    topic: QaTopic
    body: str
    reference: str | None
    state: QuestionState
    submitted_at: dt.datetime
    submitted_by: str
    group_id: int | None
    group_question: str | None
    answer: str | None
    published_at: dt.datetime | None


@dataclass(frozen=True)
class QuestionPage:
    total: int
    page: int
    pages: int
    rows: list[QuestionRow]


@dataclass(frozen=True)
class GroupRow:
    """A question group; ``questions`` counts the questions in it (never who asked)."""

    group_id: int
    channel_id: str
    topic: QaTopic
    question: str
    answer: str
    state: GroupState
    questions: int
    published_at: dt.datetime | None


def channels(
    connection: sa.Connection, at: dt.datetime, timezone: str, *, published_only: bool = False
) -> list[ChannelRow]:
    """Every channel, newest window first, with its state at ``at``; ``published_only``:
    those with at least one published answer (the public page)."""
    asked = (
        sa.select(sa.func.count())
        .where(qa_questions.c.channel_id == qa_channels.c.channel_id)
        .scalar_subquery()
    )
    grouped = (
        sa.select(sa.func.count())
        .where(qa_groups.c.channel_id == qa_channels.c.channel_id)
        .scalar_subquery()
    )
    published = (
        sa.select(sa.func.count())
        .where(
            qa_groups.c.channel_id == qa_channels.c.channel_id,
            qa_groups.c.state == GroupState.PUBLISHED.value,
        )
        .scalar_subquery()
    )
    query = sa.select(
        qa_channels, asked.label("n_questions"), grouped.label("n_groups"),
        published.label("n_published"),
    ).order_by(qa_channels.c.closes_on.desc(), qa_channels.c.channel_id)  # fmt: skip
    found = []
    for row in connection.execute(query):
        if published_only and not row.n_published:
            continue
        channel = channel_of(row)
        found.append(
            ChannelRow(
                channel=channel,
                window=channel.window.state_at(at, timezone),
                closes_at=channel.window.closes_at(timezone),
                questions=row.n_questions,
                groups=row.n_groups,
                published=row.n_published,
            )
        )
    return found


def channel(connection: sa.Connection, channel_id: str) -> Channel:
    """One channel; :class:`OutOfScope` when there is none."""
    row = connection.execute(
        sa.select(qa_channels).where(qa_channels.c.channel_id == channel_id)
    ).first()
    if row is None:
        raise OutOfScope(f"no channel {channel_id}")
    return channel_of(row)


def _questions() -> sa.Select[tuple[object, ...]]:
    published = qa_groups.c.state == GroupState.PUBLISHED.value
    return (
        sa.select(
            qa_questions,
            qa_channels.c.title.label("channel_title"),
            qa_groups.c.question.label("group_question"),
            sa.case((published, qa_groups.c.answer), else_=None).label("published_answer"),
            qa_groups.c.published_at,
        )
        .join(qa_channels, qa_channels.c.channel_id == qa_questions.c.channel_id)
        .outerjoin(qa_groups, qa_groups.c.group_id == qa_questions.c.group_id)
    )


def _row(row: sa.Row[tuple[object, ...]]) -> QuestionRow:
    return QuestionRow(
        question_id=row.question_id, channel_id=row.channel_id,
        channel_title=row.channel_title, merchant_id=row.merchant_id,
        account_id=row.account_id, topic=QaTopic(row.topic),
        body=row.body, reference=row.reference,
        state=QuestionState(row.state), submitted_at=row.submitted_at,
        submitted_by=row.submitted_by, group_id=row.group_id,
        group_question=row.group_question,
        answer=row.published_answer, published_at=row.published_at,
    )  # fmt: skip


def _scoped(scope: Scope) -> sa.ColumnElement[bool]:
    clause = qa_questions.c.merchant_id == scope.merchant_id
    if scope.account_id is not None:
        clause = clause & (qa_questions.c.account_id == scope.account_id)
    return clause


def _page(
    connection: sa.Connection, where: sa.ColumnElement[bool], page: int, newest_first: bool
) -> QuestionPage:
    total = connection.execute(
        sa.select(sa.func.count()).select_from(qa_questions).where(where)
    ).scalar_one()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    key = qa_questions.c.question_id
    rows = connection.execute(
        _questions()
        .where(where)
        .order_by(key.desc() if newest_first else key)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    return QuestionPage(total=total, page=page, pages=pages, rows=[_row(r) for r in rows])


def own_questions(connection: sa.Connection, scope: Scope, page: int = 1) -> QuestionPage:
    """The questions the merchant user may see, newest first."""
    return _page(connection, _scoped(scope), page, newest_first=True)


def own_question(connection: sa.Connection, scope: Scope, question_id: int) -> QuestionRow:
    """One of them; another merchant's (or another sub-account's) is :class:`OutOfScope`."""
    row = connection.execute(
        _questions().where(_scoped(scope), qa_questions.c.question_id == question_id)
    ).first()
    if row is None:
        raise OutOfScope(f"no question {question_id}")
    return _row(row)


def channel_questions(
    connection: sa.Connection, channel_id: str, state: QuestionState | None = None, page: int = 1
) -> QuestionPage:
    """The operators' view: every question of the channel, oldest first."""
    where = qa_questions.c.channel_id == channel_id
    if state is not None:
        where = where & (qa_questions.c.state == state.value)
    return _page(connection, where, page, newest_first=False)


def groups(
    connection: sa.Connection, channel_id: str, *, published_only: bool = False
) -> list[GroupRow]:
    """The channel's question groups by topic and id; ``published_only`` for the public."""
    size = (
        sa.select(sa.func.count())
        .where(qa_questions.c.group_id == qa_groups.c.group_id)
        .scalar_subquery()
    )
    query = sa.select(qa_groups, size.label("n_questions")).where(
        qa_groups.c.channel_id == channel_id
    )
    if published_only:
        query = query.where(qa_groups.c.state == GroupState.PUBLISHED.value)
    rows = connection.execute(query.order_by(qa_groups.c.group_id)).all()
    order = {topic: index for index, topic in enumerate(QaTopic)}
    found = [
        GroupRow(
            group_id=r.group_id, channel_id=r.channel_id, topic=QaTopic(r.topic),
            question=r.question, answer=r.answer, state=GroupState(r.state),
            questions=r.n_questions, published_at=r.published_at,
        )
        for r in rows
    ]  # fmt: skip
    return sorted(found, key=lambda g: (order[g.topic], g.group_id))


def group_channel(connection: sa.Connection, group_id: int) -> str:
    """The channel of a question group; :class:`OutOfScope` when there is no such group."""
    found = connection.execute(
        sa.select(qa_groups.c.channel_id).where(qa_groups.c.group_id == group_id)
    ).scalar()
    if found is None:
        raise OutOfScope(f"no group {group_id}")
    return str(found)
