"""The briefing's Q&A channel in the store (rulebook §7), on SQLite and PostgreSQL: the
window's last second and first refused second, grouping, answering, publication on or
after the planned date (or early, explicitly), the store's CHECKs, and the outbox message
once per question."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.qa import Channel, QaTopic
from sellerstar.rules import load_rulebook
from sellerstar.services import qa, qa_answers
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, notifications, qa_groups, qa_questions

SHANGHAI = ZoneInfo("Asia/Shanghai")
BOOK = load_rulebook()
OPENED = dt.datetime(2022, 10, 28, 10, 0, tzinfo=SHANGHAI)
MAIN = Principal(1, "m1-main", "M1", Role.MERCHANT_MAIN, "M1", "A1")
SUB = Principal(2, "m1-sub", "M1 sub", Role.MERCHANT_SUB, "M1", "A2")
OTHER = Principal(3, "m2-main", "M2", Role.MERCHANT_MAIN, "M2", "B1")


def _channel(engine: sa.Engine) -> None:
    with transaction(engine) as connection:
        qa.save_channel(
            connection, actor_login="ops", now=OPENED, create=True,
            channel=Channel("2022-10-briefing", "10月全网发布会",
                               (QaTopic.STAR_LEVEL, QaTopic.REVIEWS),
                               dt.date(2022, 10, 28), dt.date(2022, 10, 29),
                               dt.date(2022, 10, 31)),
        )  # fmt: skip


def _ask(engine: sa.Engine, who: Principal, at: dt.datetime, text: str = "星等级何时更新？") -> int:
    with transaction(engine) as connection:
        return qa.submit_question(
            connection, book=BOOK, principal=who, channel_id="2022-10-briefing",
            topic="star_level", body=text, now=at,
        )  # fmt: skip


def test_the_window_takes_the_last_second_and_refuses_midnight(store_engine: sa.Engine) -> None:
    _channel(store_engine)
    assert _ask(store_engine, MAIN, dt.datetime(2022, 10, 29, 23, 59, 59, tzinfo=SHANGHAI)) > 0
    with pytest.raises(qa.QaRefused) as refused:
        _ask(store_engine, MAIN, dt.datetime(2022, 10, 30, 0, 0, 0, tzinfo=SHANGHAI))
    assert refused.value.code == "window_closed"
    assert refused.value.params["closes_on"] == "2022-10-29"
    with pytest.raises(qa.QaRefused) as early:
        _ask(store_engine, MAIN, dt.datetime(2022, 10, 27, 23, 59, 59, tzinfo=SHANGHAI))
    assert early.value.code == "window_not_open"
    with store_engine.connect() as connection:
        assert (
            connection.execute(sa.select(sa.func.count()).select_from(qa_questions)).scalar() == 1
        )


def test_bad_questions_are_refused_with_the_reason(store_engine: sa.Engine) -> None:
    _channel(store_engine)
    for kwargs, code in (
        ({"topic": "radar"}, "topic_not_taken"),
        ({"body": "   "}, "question_missing"),
        ({"body": "问" * (qa.MAX_QUESTION + 1)}, "question_too_long"),
        ({"reference": "x" * (qa.MAX_REFERENCE + 1)}, "reference_too_long"),
        ({"channel_id": "nope"}, "no_channel"),
    ):
        values = {"channel_id": "2022-10-briefing", "topic": "star_level", "body": "ok?"}
        values.update(kwargs)
        with pytest.raises(qa.QaRefused) as refused, transaction(store_engine) as connection:
            qa.submit_question(connection, book=BOOK, principal=MAIN, now=OPENED, **values)
        assert refused.value.code == code


def test_channel_dates_must_stand(store_engine: sa.Engine) -> None:
    with pytest.raises(qa.QaRefused) as refused, transaction(store_engine) as connection:
        qa.save_channel(
            connection, actor_login="ops", now=OPENED, create=True,
            channel=Channel("c", "t", (QaTopic.OTHER,), dt.date(2022, 10, 28),
                               dt.date(2022, 10, 29), dt.date(2022, 10, 29)),
        )  # fmt: skip
    assert refused.value.code == "publish_before_close"


def _grouped_and_answered(engine: sa.Engine) -> tuple[int, list[int]]:
    _channel(engine)
    ids = [_ask(engine, MAIN, OPENED), _ask(engine, SUB, OPENED), _ask(engine, OTHER, OPENED)]
    with transaction(engine) as connection:
        group = qa_answers.group_questions(
            connection, actor_login="ops", channel_id="2022-10-briefing", question_ids=ids,
            question="星等级什么时候更新？", topic="star_level", now=OPENED,
        )  # fmt: skip
        qa_answers.answer_group(
            connection, actor_login="ops", group_id=group, question="星等级什么时候更新？",
            answer="每月1日更新。", now=OPENED,
        )  # fmt: skip
    return group, ids


def test_publication_waits_for_its_date_unless_early(store_engine: sa.Engine) -> None:
    group, _ = _grouped_and_answered(store_engine)
    before = dt.datetime(2022, 10, 30, 23, 59, 59, tzinfo=SHANGHAI)
    with pytest.raises(qa.QaRefused) as refused, transaction(store_engine) as connection:
        qa_answers.publish_group(
            connection, book=BOOK, actor_login="ops", group_id=group, now=before
        )
    assert refused.value.code == "not_due"
    on_the_day = dt.datetime(2022, 10, 31, 0, 0, tzinfo=SHANGHAI)
    with transaction(store_engine) as connection:
        done = qa_answers.publish_group(
            connection, book=BOOK, actor_login="ops", group_id=group, now=on_the_day
        )
    assert (done.questions, done.told) == (3, 3)
    with store_engine.connect() as connection:
        states = connection.execute(sa.select(qa_questions.c.state)).scalars().all()
        assert set(states) == {"answered"}
        told = connection.execute(
            sa.select(notifications.c.merchant_id, notifications.c.account_id)
            .where(notifications.c.topic == "qa_answered")
            .order_by(notifications.c.subject_id)
        ).all()
        assert sorted(told, key=str) == sorted([("M1", None), ("M1", "A2"), ("M2", None)], key=str)
        actions = connection.execute(sa.select(audit_log.c.action)).scalars().all()
        assert "qa_group_published" in actions


def test_early_publication_is_explicit_and_told_once(store_engine: sa.Engine) -> None:
    group, ids = _grouped_and_answered(store_engine)
    with transaction(store_engine) as connection:
        qa_answers.publish_group(
            connection, book=BOOK, actor_login="ops", group_id=group, now=OPENED, early=True
        )
    with pytest.raises(qa.QaRefused) as again, transaction(store_engine) as connection:
        qa_answers.publish_group(
            connection, book=BOOK, actor_login="ops", group_id=group, now=OPENED, early=True
        )
    assert again.value.code == "already_published"
    # A correction of the answer tells no one again; the key holds even if enqueued again.
    with transaction(store_engine) as connection:
        qa_answers.answer_group(
            connection, actor_login="ops", group_id=group, question="星等级什么时候更新？",
            answer="每月1日更新（修正）。", now=OPENED,
        )  # fmt: skip
        assert (
            qa_answers.publish_channel(
                connection, book=BOOK, actor_login="ops", channel_id="2022-10-briefing", now=OPENED
            )
            == []
        )
    with store_engine.connect() as connection:
        count = connection.execute(
            sa.select(sa.func.count()).select_from(notifications)
        ).scalar_one()
        assert count == len(ids)
        reason = connection.execute(
            sa.select(audit_log.c.reason).where(audit_log.c.action == "qa_group_published")
        ).scalar_one()
        assert reason == "published before the planned date"


def test_answered_questions_stay_and_published_groups_take_none(store_engine: sa.Engine) -> None:
    group, ids = _grouped_and_answered(store_engine)
    with transaction(store_engine) as connection:
        qa_answers.publish_group(
            connection, book=BOOK, actor_login="ops", group_id=group, now=OPENED, early=True
        )
    late = _ask(store_engine, MAIN, OPENED, "还有一个问题")
    for kwargs, code in (
        ({"question_ids": [ids[0]], "question": "x", "topic": "star_level"}, "question_answered"),
        ({"question_ids": [late], "group_id": group}, "group_published"),
        ({"question_ids": [999]}, "no_question"),
        ({"question_ids": []}, "nothing_selected"),
    ):
        with pytest.raises(qa.QaRefused) as refused, transaction(store_engine) as connection:
            qa_answers.group_questions(
                connection, actor_login="ops", channel_id="2022-10-briefing", now=OPENED,
                **kwargs,
            )  # fmt: skip
        assert refused.value.code == code


def test_the_store_refuses_a_state_the_domain_does_not_know(store_engine: sa.Engine) -> None:
    _grouped_and_answered(store_engine)
    for statement in (
        qa_groups.update().values(state="maybe"),
        qa_groups.update().values(state="published"),  # without its instant
        qa_questions.update().values(state="submitted"),  # still in its group
        qa_questions.update().values(topic="gossip"),
    ):
        with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as connection:
            connection.execute(statement)


def test_the_cli_lists_and_publishes_once(
    store_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sellerstar.cli import build_app
    from sellerstar.config import get_settings

    _grouped_and_answered(store_engine)
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", store_engine.url.render_as_string(False))
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        listed = runner.invoke(build_app(), ["qa", "channels"])
        assert listed.exit_code == 0, listed.output
        assert "2022-10-briefing\tclosed\tquestions 2022-10-28 … 2022-10-29 24:00" in listed.output
        publish = ["qa", "publish", "2022-10-briefing", "--operator", "ops"]
        early = runner.invoke(build_app(), [*publish, "--at", "2022-10-30 23:59"])
        assert early.exit_code != 0
        done = runner.invoke(build_app(), [*publish, "--at", "2022-10-31 00:00"])
        assert done.exit_code == 0, done.output
        assert "1 groups published, 3 merchant accounts told" in done.output
        again = runner.invoke(build_app(), [*publish, "--at", "2022-10-31 00:00"])
        assert "0 groups published, 0 merchant accounts told" in again.output
    finally:
        get_settings.cache_clear()
