"""The briefing's Q&A channel over HTTP (pages and JSON API), on SQLite and PostgreSQL:
merchants ask until 10-29 24:00 and see only their own questions, operators group,
answer and publish, the public page shows the answers without naming anyone; every role
check, and the outbox message once per question."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from qa_support import ASKING, CHANNEL, LAST_SECOND, MIDNIGHT, PUBLISH_DAY, Clock, seed_channel
from web_support import World, csrf_of

from sellerstar.store.schema import notifications
from sellerstar.web.auth import now


@pytest.fixture
def clock(app_client: TestClient, world: World) -> Iterator[Clock]:
    seed_channel(world.engine)
    moved = Clock(ASKING)
    app_client.app.dependency_overrides[now] = moved  # type: ignore[attr-defined]
    yield moved
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


Login = Callable[[str], TestClient]


def _ask(client: TestClient, body: str = "星等级11月规则何时生效？", **extra: str) -> int:
    answer = client.post(
        "/api/v1/qa/questions",
        json={"channel_id": CHANNEL, "topic": "star_level", "body": body, **extra},
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    assert answer.status_code == 201, answer.text
    question_id: int = answer.json()["question_id"]
    return question_id


def test_the_form_takes_a_question_until_24_00_and_refuses_at_midnight(
    signed_in: Login, clock: Clock
) -> None:
    merchant = signed_in("m1-main")
    clock.at = LAST_SECOND
    form = {"channel_id": CHANNEL, "topic": "reviews", "body": "评价规则升级后老评价还算吗？",
            "csrf_token": csrf_of(merchant)}  # fmt: skip
    sent = merchant.post("/m/qa/questions", data=form)
    assert sent.status_code == 303
    page = merchant.get(sent.headers["location"])
    assert 'data-testid="done"' in page.text and "评价规则升级后老评价还算吗？" in page.text
    clock.at = MIDNIGHT
    refused = merchant.post("/m/qa/questions", data=form | {"body": "晚了一秒"})
    assert refused.status_code == 409
    assert 'data-testid="error"' in refused.text and "2022-10-29" in refused.text
    late = merchant.post(
        "/api/v1/qa/questions",
        json={"channel_id": CHANNEL, "topic": "reviews", "body": "晚了一秒"},
        headers={"X-CSRF-Token": csrf_of(merchant)},
    )
    assert late.status_code == 409
    assert late.json()["code"] == "window_closed"
    assert "24:00" in late.json()["detail"]


def test_bad_input_is_a_clear_4xx(signed_in: Login, clock: Clock) -> None:
    merchant = signed_in("m1-main")
    headers = {"X-CSRF-Token": csrf_of(merchant)}
    for body, status in (
        ({"channel_id": CHANNEL, "topic": "radar", "body": "x"}, 422),
        ({"channel_id": CHANNEL, "topic": "star_level", "body": "x" * 1001}, 422),
        ({"channel_id": CHANNEL, "topic": "gossip", "body": "x"}, 422),
        ({"channel_id": "nope", "topic": "star_level", "body": "x"}, 404),
    ):
        answer = merchant.post("/api/v1/qa/questions", json=body, headers=headers)
        assert answer.status_code == status, (body, answer.text)
    no_csrf = merchant.post("/m/qa/questions", data={"channel_id": CHANNEL, "topic": "star_level",
                                                     "body": "x"})  # fmt: skip
    assert no_csrf.status_code == 403


def test_each_sees_only_its_own_questions(signed_in: Login, clock: Clock) -> None:
    sub_question = _ask(signed_in("m1-sub"), "子账号的问题")
    other_sub = _ask(signed_in("m1-sub3"), "另一个子账号的问题")
    other_merchant = _ask(signed_in("m2-main"), "Another merchant's question")
    main = signed_in("m1-main")
    mine = {q["question_id"] for q in main.get("/api/v1/qa/questions").json()["questions"]}
    assert mine == {sub_question, other_sub}
    assert main.get(f"/api/v1/qa/questions/{other_merchant}").status_code == 404
    sub = signed_in("m1-sub")
    listed = sub.get("/api/v1/qa/questions").json()["questions"]
    assert [q["question_id"] for q in listed] == [sub_question]
    assert "merchant_id" not in listed[0] or listed[0]["merchant_id"] is None
    assert sub.get(f"/api/v1/qa/questions/{other_sub}").status_code == 404
    page = sub.get("/m/qa")
    assert "子账号的问题" in page.text and "另一个子账号的问题" not in page.text


def test_roles_are_checked(signed_in: Login, app_client: TestClient, clock: Clock) -> None:
    assert app_client.get("/api/v1/qa/questions").status_code == 401
    assert app_client.get("/m/qa").status_code == 303  # to the sign-in page
    assert app_client.get("/ops/qa").status_code == 303
    assert app_client.get("/qa").status_code == 200  # public
    assert app_client.get("/api/v1/qa/published").status_code == 200
    merchant = signed_in("m1-main")
    headers = {"X-CSRF-Token": csrf_of(merchant)}
    assert merchant.get("/ops/qa").status_code == 403
    assert merchant.get(f"/api/v1/qa/channels/{CHANNEL}/questions").status_code == 403
    assert merchant.post("/api/v1/qa/groups/1/publish", json={}, headers=headers).status_code == 403
    operator = signed_in("ops")
    headers = {"X-CSRF-Token": csrf_of(operator)}
    refused = operator.post(
        "/api/v1/qa/questions",
        json={"channel_id": CHANNEL, "topic": "star_level", "body": "x"},
        headers=headers,
    )
    assert refused.status_code == 403
    assert operator.get("/ops/qa/no-such-channel").status_code == 404
    assert (
        operator.post("/api/v1/qa/groups/99/publish", json={}, headers=headers).status_code == 404
    )


def test_group_answer_publish_and_tell_once(
    signed_in: Login, app_client: TestClient, world: World, clock: Clock
) -> None:
    asked = [_ask(signed_in("m1-sub"), "星等级何时更新？"), _ask(signed_in("m2-main"), "When?")]
    operator = signed_in("ops")
    csrf = csrf_of(operator)
    listed = operator.get(f"/ops/qa/{CHANNEL}")
    assert listed.status_code == 200 and "M2" in listed.text
    grouped = operator.post(
        f"/ops/qa/{CHANNEL}/group",
        data={"question_id": [str(i) for i in asked], "into": "new", "topic": "star_level",
              "question": "星等级什么时候更新？", "csrf_token": csrf},
    )  # fmt: skip
    assert grouped.status_code == 303
    group_id = operator.get(f"/api/v1/qa/channels/{CHANNEL}/groups").json()[0]["group_id"]
    saved = operator.post(
        f"/ops/qa/groups/{group_id}/answer",
        data={"question": "星等级什么时候更新？", "answer": "每月初更新一次。", "csrf_token": csrf},
    )
    assert saved.status_code == 303
    early = operator.post(f"/ops/qa/groups/{group_id}/publish", data={"csrf_token": csrf})
    assert early.status_code == 409 and "2022-10-31" in early.text
    assert "每月初更新一次。" not in app_client.get("/qa").text
    clock.at = PUBLISH_DAY
    operator = signed_in("ops")  # a session of the new day
    csrf = csrf_of(operator)
    done = operator.post(f"/ops/qa/groups/{group_id}/publish", data={"csrf_token": csrf})
    assert done.status_code == 303
    assert done.headers["location"] == f"/ops/qa/{CHANNEL}?done=published&group={group_id}&count=2"
    again = operator.post(
        f"/api/v1/qa/groups/{group_id}/publish", json={"early": True},
        headers={"X-CSRF-Token": csrf},
    )  # fmt: skip
    assert again.status_code == 409 and again.json()["code"] == "already_published"
    public = app_client.get(f"/qa/{CHANNEL}")
    assert "每月初更新一次。" in public.text
    assert "M2" not in public.text and "m1-sub" not in public.text
    published = app_client.get("/api/v1/qa/published").json()
    assert published[0]["answers"][0]["answer"] == "每月初更新一次。"
    assert "merchant_id" not in str(published)
    mine = signed_in("m1-sub").get(f"/api/v1/qa/questions/{asked[0]}").json()
    assert (mine["state"], mine["answer"]) == ("answered", "每月初更新一次。")
    with world.engine.connect() as connection:
        told = connection.execute(
            sa.select(notifications.c.merchant_id, notifications.c.account_id).where(
                notifications.c.topic == "qa_answered"
            )
        ).all()
    assert sorted(told, key=str) == sorted([("M1", "A2"), ("M2", None)], key=str)


def test_operators_create_and_edit_channels(signed_in: Login, clock: Clock) -> None:
    operator = signed_in("ops")
    csrf = csrf_of(operator)
    form = {"channel_id": "2022-11-briefing", "title": "11月发布会", "topic": ["radar", "other"],
            "opens_on": "2022-11-20", "closes_on": "2022-11-26", "publish_on": "2022-11-28",
            "csrf_token": csrf}  # fmt: skip
    assert operator.post("/ops/qa/channels", data=form).status_code == 303
    again = operator.post("/ops/qa/channels", data=form)
    assert again.status_code == 409
    bad = operator.post("/ops/qa/channels", data=form | {"channel_id": "x2",
                                                        "publish_on": "2022-11-26"})  # fmt: skip
    assert bad.status_code == 422
    edited = operator.put(
        "/api/v1/qa/channels/2022-11-briefing",
        json={"title": "11月发布会答疑", "topics": ["radar"], "opens_on": "2022-11-20",
              "closes_on": "2022-11-27", "publish_on": "2022-11-28"},
        headers={"X-CSRF-Token": csrf},
    )  # fmt: skip
    assert edited.status_code == 200, edited.text
    channels = {c["channel_id"]: c for c in operator.get("/api/v1/qa/channels").json()}
    assert channels["2022-11-briefing"]["closes_at"] == "2022-11-28T00:00:00+08:00"
    assert channels[CHANNEL]["window"] == "open"
    page = operator.get("/ops/qa")
    assert "11月发布会答疑" in page.text


def test_after_the_deadline_the_page_says_why(signed_in: Login, clock: Clock) -> None:
    merchant = signed_in("m1-main")
    assert (
        f'form method="post" action="/m/qa/questions" class="qa-ask" data-channel="{CHANNEL}"'
        in (merchant.get("/m/qa").text)
    )
    clock.at = MIDNIGHT
    merchant = signed_in("m1-main")
    page = merchant.get("/m/qa").text
    assert 'data-testid="no-open-channel"' in page
    assert f'data-channel="{CHANNEL}" data-window="closed"' in page
