"""The operators' side of the briefing's Q&A channel (rulebook §7): group a channel's
questions under one canonical question, write each group's answer, publish it.

Publishing: on or after the channel's planned publication date (a platform date), or
before it only when the operator says so explicitly (``early``, recorded in the audit
row). A published group's questions become "answered", and every merchant whose question
is in it is told through the notification outbox in the same transaction, one message per
question keyed ``qa-question-<id>``: a re-run adds nothing. A published group keeps its
questions (no more are added, none taken out); its answer may still be corrected, which
tells no one again.

Two operators at once: each change is a conditional update on the state it read, so the
second gets ``changed_meanwhile`` rather than overwriting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.qa import GroupState, QaTopic, QuestionState, publication_due
from sellerstar.rules import RuleBook
from sellerstar.services import notifications
from sellerstar.services.qa import MAX_QUESTION, QaRefused, find_channel, platform_timezone
from sellerstar.store import audit
from sellerstar.store.qa_tables import qa_groups, qa_questions

MAX_ANSWER = 8000
MAX_GROUP_SIZE = 500
TOPIC = "qa_answered"
"""The outbox topic of "your question is answered"."""


@dataclass(frozen=True)
class Published:
    """What a publication did: the group and the merchants' accounts told (new messages)."""

    group_id: int
    questions: int
    told: int


def subject_of(question_id: int) -> str:
    """The outbox subject of a question's answer (one message per question, ever)."""
    return f"qa-question-{question_id}"


def _group(connection: sa.Connection, group_id: int) -> sa.Row[tuple[object, ...]]:
    row = connection.execute(sa.select(qa_groups).where(qa_groups.c.group_id == group_id)).first()
    if row is None:
        raise QaRefused("no_group", f"no question group {group_id}", group_id=group_id)
    return row


def _texts(question: str, answer: str | None) -> tuple[str, str | None]:
    text = question.strip()
    if not text:
        raise QaRefused("question_missing", "write the group's question")
    if len(text) > MAX_QUESTION:
        raise QaRefused("question_too_long", "the question is too long", limit=MAX_QUESTION)
    if answer is None:
        return text, None
    if len(answer.strip()) > MAX_ANSWER:
        raise QaRefused("answer_too_long", "the answer is too long", limit=MAX_ANSWER)
    return text, answer.strip()


def group_questions(
    connection: sa.Connection,
    *,
    actor_login: str,
    channel_id: str,
    question_ids: Sequence[int],
    now: dt.datetime,
    group_id: int | None = None,
    question: str = "",
    topic: str = "",
) -> int:
    """Put questions of the channel into a group: a new one (its canonical ``question``
    and ``topic``) or ``group_id``, not yet published. A question may move from another
    unpublished group; one already answered stays where it is. The group's id."""
    find_channel(connection, channel_id)
    ids = sorted(set(question_ids))
    if not ids:
        raise QaRefused("nothing_selected", "select at least one question")
    if len(ids) > MAX_GROUP_SIZE:
        raise QaRefused("too_many", "too many questions at once", limit=MAX_GROUP_SIZE)
    rows = connection.execute(
        sa.select(qa_questions.c.question_id, qa_questions.c.state).where(
            qa_questions.c.channel_id == channel_id, qa_questions.c.question_id.in_(ids)
        )
    ).all()
    if len(rows) != len(ids):
        missing = sorted(set(ids) - {row.question_id for row in rows})[0]
        raise QaRefused(
            "no_question", f"no question {missing} in this channel", question_id=missing
        )
    answered = [row.question_id for row in rows if row.state == QuestionState.ANSWERED]
    if answered:
        raise QaRefused(
            "question_answered", "an answered question stays in its group",
            question_id=answered[0],
        )  # fmt: skip
    if group_id is None:
        text, _ = _texts(question, None)
        if topic not in {t.value for t in QaTopic}:
            raise QaRefused("topic_invalid", f"no topic {topic!r}")
        group_id = connection.execute(
            qa_groups.insert()
            .values(
                channel_id=channel_id, topic=topic, question=text, answer="",
                state=GroupState.OPEN.value, created_at=now, created_by=actor_login,
                changed_at=now, changed_by=actor_login,
            )
            .returning(qa_groups.c.group_id)
        ).scalar_one()  # fmt: skip
    else:
        group = _group(connection, group_id)
        if group.channel_id != channel_id:
            raise QaRefused("no_group", f"no question group {group_id}", group_id=group_id)
        if group.state == GroupState.PUBLISHED:
            raise QaRefused("group_published", "a published group takes no more questions")
    moved = connection.execute(
        qa_questions.update()
        .where(
            qa_questions.c.question_id.in_(ids),
            qa_questions.c.state != QuestionState.ANSWERED.value,
        )
        .values(state=QuestionState.GROUPED.value, group_id=group_id, changed_at=now)
    ).rowcount
    if moved != len(ids):  # one was answered by another operator since it was read
        raise QaRefused("changed_meanwhile", "the questions changed meanwhile; reload")
    audit.record(
        connection, at=now, actor=actor_login, action="qa_questions_grouped",
        entity_type="qa_group", entity_id=str(group_id),
        detail={"channel_id": channel_id, "question_ids": ids},
    )  # fmt: skip
    return int(group_id)


def answer_group(
    connection: sa.Connection,
    *,
    actor_login: str,
    group_id: int,
    question: str,
    answer: str,
    now: dt.datetime,
) -> GroupState:
    """Write (or correct) a group's canonical question and answer; an unpublished group
    with an answer is "answered", without one "open"; a published one stays published."""
    group = _group(connection, group_id)
    text, reply = _texts(question, answer)
    if group.state == GroupState.PUBLISHED:
        if not reply:
            raise QaRefused("answer_missing", "a published answer cannot be emptied")
        state = GroupState.PUBLISHED
    else:
        state = GroupState.ANSWERED if reply else GroupState.OPEN
    changed = connection.execute(
        qa_groups.update()
        .where(qa_groups.c.group_id == group_id, qa_groups.c.state == group.state)
        .values(question=text, answer=reply, state=state.value, changed_at=now,
                changed_by=actor_login)
    ).rowcount  # fmt: skip
    if changed != 1:
        raise QaRefused("changed_meanwhile", "the group changed meanwhile; reload")
    audit.record(
        connection, at=now, actor=actor_login,
        action="qa_answer_corrected" if state is GroupState.PUBLISHED else "qa_group_answered",
        entity_type="qa_group", entity_id=str(group_id),
        detail={"state": state.value, "question": text, "answer": reply},
    )  # fmt: skip
    return state


def publish_group(
    connection: sa.Connection,
    *,
    book: RuleBook,
    actor_login: str,
    group_id: int,
    now: dt.datetime,
    early: bool = False,
) -> Published:
    """Publish an answered group: on the public page from now, its questions answered,
    their merchants told. Before the channel's publication date only with ``early``."""
    group = _group(connection, group_id)
    if group.state == GroupState.PUBLISHED:
        raise QaRefused("already_published", "the group is published", group_id=group_id)
    if group.state != GroupState.ANSWERED:
        raise QaRefused("answer_missing", "write the answer before publishing it")
    channel = find_channel(connection, str(group.channel_id))
    due = publication_due(channel.publish_on, now, platform_timezone(book, now))
    if not due and not early:
        raise QaRefused(
            "not_due", "the answers are planned for later; publish early explicitly",
            publish_on=channel.publish_on.isoformat(),
        )  # fmt: skip
    changed = connection.execute(
        qa_groups.update()
        .where(qa_groups.c.group_id == group_id, qa_groups.c.state == GroupState.ANSWERED.value)
        .values(state=GroupState.PUBLISHED.value, published_at=now, published_by=actor_login,
                changed_at=now, changed_by=actor_login)
    ).rowcount  # fmt: skip
    if changed != 1:
        raise QaRefused("changed_meanwhile", "the group changed meanwhile; reload")
    questions = connection.execute(
        sa.select(qa_questions.c.question_id, qa_questions.c.merchant_id,
                  qa_questions.c.account_id)
        .where(qa_questions.c.group_id == group_id)
        .order_by(qa_questions.c.question_id)
    ).all()  # fmt: skip
    connection.execute(
        qa_questions.update()
        .where(qa_questions.c.group_id == group_id)
        .values(state=QuestionState.ANSWERED.value, changed_at=now)
    )
    told = 0
    for row in questions:
        told += notifications.enqueue(
            connection, merchant_id=row.merchant_id, account_id=row.account_id, topic=TOPIC,
            subject_id=subject_of(row.question_id),
            payload={"channel_id": channel.channel_id, "question_id": row.question_id,
                     "group_id": group_id, "link": f"/qa/{channel.channel_id}#group-{group_id}"},
            now=now,
        )  # fmt: skip
    audit.record(
        connection, at=now, actor=actor_login, action="qa_group_published",
        entity_type="qa_group", entity_id=str(group_id),
        detail={"channel_id": channel.channel_id, "questions": len(questions), "told": told,
                "early": not due},
        reason="published before the planned date" if not due else None,
    )  # fmt: skip
    return Published(group_id=group_id, questions=len(questions), told=told)


def publish_channel(
    connection: sa.Connection,
    *,
    book: RuleBook,
    actor_login: str,
    channel_id: str,
    now: dt.datetime,
    early: bool = False,
) -> list[Published]:
    """Publish every answered group of the channel (the week's publication)."""
    find_channel(connection, channel_id)
    ids = connection.execute(
        sa.select(qa_groups.c.group_id)
        .where(qa_groups.c.channel_id == channel_id, qa_groups.c.state == GroupState.ANSWERED)
        .order_by(qa_groups.c.group_id)
    ).scalars()
    return [
        publish_group(connection, book=book, actor_login=actor_login, group_id=int(group_id),
                      now=now, early=early)
        for group_id in list(ids)
    ]  # fmt: skip
