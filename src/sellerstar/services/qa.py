"""The briefing's Q&A channel (rulebook §7): operators open a channel per briefing, and
merchants ask questions in it while its window is open.

Who may act: an operator creates and edits channels; a merchant user (main account or
sub-account) asks in its own name. The window is read on the platform clock: the dates of
the channel in the time zone of the rule-set calendar in force (``domain.qa``). Refusals
are :class:`QaRefused` (a code, and the numbers for the sentence); nothing is written then.
Every change writes its audit row in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.qa import (
    Channel,
    QuestionState,
    WindowState,
    channel_dates_problem,
    channel_of,
    topics_text,
)
from sellerstar.errors import SellerstarError
from sellerstar.rules import RuleBook
from sellerstar.store import audit
from sellerstar.store.qa_tables import QA_CHANNEL_ID_LENGTH, qa_channels, qa_questions

MAX_QUESTION = 1000
"""Characters of a question: a question, not a document (the form and the API bound it)."""
MAX_REFERENCE = 64
MAX_TITLE = 200
_CHANNEL_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


class QaRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why, ``params`` the numbers."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


def platform_timezone(book: RuleBook, at: dt.datetime) -> str:
    """The platform time zone the channel dates are read in (the rule-set calendar's)."""
    return book.in_force_at(at).calendar.timezone


def find_channel(connection: sa.Connection, channel_id: str) -> Channel:
    """The channel, or ``no_channel``."""
    row = connection.execute(
        sa.select(qa_channels).where(qa_channels.c.channel_id == channel_id)
    ).first()
    if row is None:
        raise QaRefused("no_channel", f"no Q&A channel {channel_id!r}", channel_id=channel_id)
    return channel_of(row)


def save_channel(
    connection: sa.Connection,
    *,
    actor_login: str,
    channel: Channel,
    now: dt.datetime,
    create: bool,
) -> None:
    """Create a channel (``create``) or change one: title, topics and dates."""
    channel_id = channel.channel_id
    if not _CHANNEL_ID.fullmatch(channel_id) or len(channel_id) > QA_CHANNEL_ID_LENGTH:
        raise QaRefused(
            "channel_id_invalid", "a channel id is lowercase letters, digits and '-'",
            limit=QA_CHANNEL_ID_LENGTH,
        )  # fmt: skip
    title = channel.title.strip()
    if not title or len(title) > MAX_TITLE:
        raise QaRefused("title_invalid", "the title is 1 to 200 characters", limit=MAX_TITLE)
    if not channel.topics:
        raise QaRefused("topics_missing", "name at least one topic")
    problem = channel_dates_problem(channel.opens_on, channel.closes_on, channel.publish_on)
    if problem:
        raise QaRefused(problem, f"the channel's dates do not stand: {problem}")
    values = {
        "title": title,
        "topics": topics_text(channel.topics),
        "opens_on": channel.opens_on,
        "closes_on": channel.closes_on,
        "publish_on": channel.publish_on,
        "changed_at": now,
        "changed_by": actor_login,
    }
    exists = connection.execute(
        sa.select(qa_channels.c.channel_id).where(qa_channels.c.channel_id == channel.channel_id)
    ).first()
    if create:
        if exists is not None:
            raise QaRefused("channel_exists", "the channel exists", channel_id=channel.channel_id)
        connection.execute(
            qa_channels.insert().values(
                channel_id=channel.channel_id, created_at=now, created_by=actor_login, **values
            )
        )
    else:
        if exists is None:
            find_channel(connection, channel.channel_id)  # raises no_channel
        connection.execute(
            qa_channels.update()
            .where(qa_channels.c.channel_id == channel.channel_id)
            .values(**values)
        )
    audit.record(
        connection, at=now, actor=actor_login,
        action="qa_channel_created" if create else "qa_channel_changed",
        entity_type="qa_channel", entity_id=channel.channel_id,
        detail={key: str(value) for key, value in values.items() if key != "changed_at"},
    )  # fmt: skip


def submit_question(
    connection: sa.Connection,
    *,
    book: RuleBook,
    principal: Principal,
    channel_id: str,
    topic: str,
    body: str,
    reference: str = "",
    now: dt.datetime,
) -> int:
    """Record a merchant user's question; its id. Refused outside the channel's window
    (``window_closed`` / ``window_not_open`` with the dates), on a topic the channel does
    not take, or an empty or too long question."""
    if principal.role not in (Role.MERCHANT_MAIN, Role.MERCHANT_SUB) or not principal.merchant_id:
        raise QaRefused("not_a_merchant", "only a merchant's users ask questions")
    channel = find_channel(connection, channel_id)
    timezone = platform_timezone(book, now)
    state = channel.window.state_at(now, timezone)
    if state is WindowState.CLOSED:
        raise QaRefused(
            "window_closed", "the channel took questions until its last day, 24:00",
            closes_on=channel.closes_on.isoformat(), publish_on=channel.publish_on.isoformat(),
        )  # fmt: skip
    if state is WindowState.NOT_YET_OPEN:
        raise QaRefused(
            "window_not_open", "the channel does not take questions yet",
            opens_on=channel.opens_on.isoformat(),
        )  # fmt: skip
    chosen = next((t for t in channel.topics if t.value == topic), None)
    if chosen is None:
        raise QaRefused("topic_not_taken", f"the channel takes no questions on {topic!r}")
    text = body.strip()
    if not text:
        raise QaRefused("question_missing", "write the question")
    if len(text) > MAX_QUESTION:
        raise QaRefused("question_too_long", "the question is too long", limit=MAX_QUESTION)
    ref = reference.strip()
    if len(ref) > MAX_REFERENCE:
        raise QaRefused("reference_too_long", "the reference is too long", limit=MAX_REFERENCE)
    account = principal.account_id if principal.role == Role.MERCHANT_SUB else None
    question_id = connection.execute(
        qa_questions.insert()
        .values(
            channel_id=channel.channel_id, merchant_id=principal.merchant_id,
            account_id=account, topic=chosen.value, body=text, reference=ref or None,
            state=QuestionState.SUBMITTED.value, group_id=None, submitted_at=now,
            submitted_by=principal.login, changed_at=now,
        )
        .returning(qa_questions.c.question_id)
    ).scalar_one()  # fmt: skip
    audit.record(
        connection, at=now, actor=principal.login, action="qa_question_submitted",
        entity_type="qa_question", entity_id=str(question_id),
        detail={"channel_id": channel.channel_id, "merchant_id": principal.merchant_id,
                "topic": chosen.value},
    )  # fmt: skip
    return int(question_id)
