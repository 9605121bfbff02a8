"""The demo's briefing Q&A channel (rulebook §7): the October 2022 launch briefing's
channel, questions until 10.29 (Saturday) 24:00, answers the following week.

On 10-28 and 10-29 the demo merchant's main and sub-account and three other merchants ask
questions (Chinese and English) about the star level, reviews, the sample venue and the
radar. The demo operator groups them on 10-31 and writes the answers; on 11-01, the
planned publication date, the answers go out, each asker told through the outbox, except
one group held back for review (its questions stay "being answered"). A question sent at
10-30 00:00 is refused: the demo shows the deadline holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.demo.radar_walk import OPERATOR
from sellerstar.domain.access import Principal, Role
from sellerstar.domain.qa import Channel, QaTopic
from sellerstar.rules import RuleBook
from sellerstar.services import qa, qa_answers
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users

CHANNEL = "2022-10-briefing"
TITLE = "10月全网发布会 答疑通道 (October 2022 launch briefing Q&A)"
OPENS, CLOSES, PUBLISHES = dt.date(2022, 10, 28), dt.date(2022, 10, 29), dt.date(2022, 11, 1)

# (asker: "main", "sub" or the n-th other merchant, hour on 10-28 + n, topic, question, ref)
QUESTIONS: tuple[tuple[str, int, QaTopic, str, str], ...] = (
    ("main", 11, QaTopic.STAR_LEVEL, "11月星等级规则升级后，本月的星级什么时候按新规则计算？", ""),
    ("0", 13, QaTopic.STAR_LEVEL, "When does the new star level rule apply to my level?", ""),
    ("sub", 15, QaTopic.REVIEWS, "评价规则升级后，之前的老评价还计入店铺评分吗？", ""),
    ("1", 20, QaTopic.REVIEWS, "Do reviews from before the upgrade still count?", ""),
    ("main", 30, QaTopic.SAMPLE_VENUE, "折扣样品会场每个商家最多能报名多少个商品？", ""),
    ("2", 33, QaTopic.SAMPLE_VENUE, "How many products can one merchant register?", ""),
    ("sub", 35, QaTopic.RADAR, "雷达预警的商品如果有授权书，怎么提交资质？", "P-DEMO-1"),
    ("0", 37, QaTopic.RADAR, "Where do I upload a licence for a radar warning?", ""),
)
# (topic, canonical question, answer, publish on the planned date?)
GROUPS: dict[QaTopic, tuple[str, str, bool]] = {
    QaTopic.STAR_LEVEL: (
        "星等级11月规则升级后何时按新规则计算？/ When does the new star level rule apply?",
        "11月的星等级按新规则计算，12月初公布；10月及以前的月份不重算。\n"
        "The November level is the first computed by the new rule (shown in early December); "
        "earlier months are not recomputed.",
        True,
    ),
    QaTopic.REVIEWS: (
        "升级前的老评价还计入店铺评分吗？/ Do reviews from before the upgrade count?",
        "计入。店铺评分按统计期内的有效评价计算，与评价时间在升级前后无关。\n"
        "Yes: the store rating counts the valid reviews of its period, before or after the "
        "upgrade.",
        True,
    ),
    QaTopic.SAMPLE_VENUE: (
        "折扣样品会场每个商家最多报名多少商品？/ How many products may a merchant register?",
        "每个商家最多200个商品（以报名页显示的剩余名额为准）。\n"
        "At most 200 products per merchant; the registration page shows the places left.",
        True,
    ),
    QaTopic.RADAR: (
        "雷达预警商品如何提交授权资质？/ How do I submit a licence for a radar warning?",
        "在商品雷达任务详情页上传授权书，审核结果会通知您。\n"
        "Upload it on the radar task's page; you are told of the review's outcome.",
        False,  # held back for a legal review: the demo shows an answer not yet published
    ),
}


@dataclass(frozen=True)
class QaDemo:
    questions: int
    groups: int
    published: int
    told: int
    refused_at_midnight: bool


def _askers(connection: sa.Connection, demo_merchant: str) -> dict[str, Principal]:
    """The demo merchant's main and sub-account users, and three other merchants' mains."""
    found: dict[str, Principal] = {}
    for login, key in (("demo-main", "main"), ("demo-sub", "sub")):
        row = connection.execute(sa.select(users).where(users.c.login == login)).first()
        if row is not None:
            found[key] = Principal(row.user_id, login, row.display_name, Role(row.role),
                                   row.merchant_id, row.account_id)  # fmt: skip
    accounts = contract_tables["accounts"]
    others = connection.execute(
        sa.select(accounts.c.merchant_id, accounts.c.account_id)
        .where(accounts.c.role == "main", accounts.c.merchant_id != demo_merchant)
        .order_by(accounts.c.merchant_id)
        .limit(3)
    ).all()
    for index, (merchant_id, account_id) in enumerate(others):
        found[str(index)] = Principal(0, f"{merchant_id}-main", merchant_id, Role.MERCHANT_MAIN,
                                      merchant_id, account_id)  # fmt: skip
    return found


def run_qa_demo(store: sa.Engine, book: RuleBook, demo_merchant: str) -> QaDemo:
    """The briefing's channel, its questions, groups, answers and publication."""
    zone = ZoneInfo(book.in_force(OPENS).calendar.timezone)
    opened = dt.datetime.combine(OPENS, dt.time(9), zone)
    with transaction(store) as connection:
        askers = _askers(connection, demo_merchant)
        qa.save_channel(
            connection, actor_login=OPERATOR, now=opened, create=True,
            channel=Channel(CHANNEL, TITLE, (*GROUPS, QaTopic.OTHER), OPENS, CLOSES,
                               PUBLISHES),
        )  # fmt: skip
        asked: dict[QaTopic, list[int]] = {}
        for who, hours, topic, text, reference in QUESTIONS:
            if who not in askers:
                continue
            asked.setdefault(topic, []).append(
                qa.submit_question(
                    connection, book=book, principal=askers[who], channel_id=CHANNEL,
                    topic=topic.value, body=text, reference=reference,
                    now=opened + dt.timedelta(hours=hours - 9),
                )
            )  # fmt: skip
    refused = False
    try:
        if "main" not in askers:
            raise qa.QaRefused("not_a_merchant", "no demo main account")
        with transaction(store) as connection:
            qa.submit_question(
                connection, book=book, principal=askers["main"], channel_id=CHANNEL,
                topic=QaTopic.OTHER.value, body="还来得及提问吗？",
                now=dt.datetime.combine(CLOSES + dt.timedelta(days=1), dt.time(0), zone),
            )  # fmt: skip
    except qa.QaRefused as refusal:
        refused = refusal.code == "window_closed"
    grouping = dt.datetime.combine(dt.date(2022, 10, 31), dt.time(10), zone)
    publishing = dt.datetime.combine(PUBLISHES, dt.time(10), zone)
    published = told = 0
    with transaction(store) as connection:
        for topic, ids in asked.items():
            question, answer, publish = GROUPS[topic]
            group_id = qa_answers.group_questions(
                connection, actor_login=OPERATOR, channel_id=CHANNEL, question_ids=ids,
                now=grouping, question=question, topic=topic.value,
            )  # fmt: skip
            qa_answers.answer_group(
                connection, actor_login=OPERATOR, group_id=group_id, question=question,
                answer=answer, now=grouping,
            )  # fmt: skip
            if publish:
                done = qa_answers.publish_group(
                    connection, book=book, actor_login=OPERATOR, group_id=group_id,
                    now=publishing,
                )  # fmt: skip
                published, told = published + 1, told + done.told
    return QaDemo(
        questions=sum(len(ids) for ids in asked.values()), groups=len(asked),
        published=published, told=told, refused_at_midnight=refused,
    )  # fmt: skip
