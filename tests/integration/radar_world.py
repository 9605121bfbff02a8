"""A small marketplace for the radar tests: two merchants, a main account and two
sub-accounts, two rights, products, and helpers to open tasks and read what they did."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from factories import account_row, merchant_row, product_row, right_row
from sellerstar.domain.access import Principal, Role
from sellerstar.domain.radar import QualificationKind, RadarCategory
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.services import evidence, radar_decisions, radar_submissions, radar_tasks
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    audit_log,
    contract_tables,
    notifications,
    penalty_points,
    radar_findings,
)
from sellerstar.store.schema import (
    radar_reviews as review_table,
)

TZ = dt.timezone(dt.timedelta(hours=8))  # Asia/Shanghai, the rule-sets' platform zone
BOOK: RuleBook = load_rulebook()

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]

# login -> (role, merchant, account)
USERS: dict[str, tuple[Role, str | None, str | None]] = {
    "main1": (Role.MERCHANT_MAIN, "M1", "AC-M1-main"),
    "sub1": (Role.MERCHANT_SUB, "M1", "AC-M1-sub"),
    "sub1b": (Role.MERCHANT_SUB, "M1", "AC-M1-sub2"),
    "main2": (Role.MERCHANT_MAIN, "M2", "AC-M2-main"),
    "ops": (Role.OPERATOR, None, None),
    "ops2": (Role.OPERATOR, None, None),
}


def at(text: str) -> dt.datetime:
    """A platform-time instant, ``YYYY-MM-DD HH:MM[:SS]``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


def principal(login: str) -> Principal:
    role, merchant, account = USERS[login]
    return Principal(
        user_id=sorted(USERS).index(login) + 1,
        login=login,
        display_name=login,
        role=role,
        merchant_id=merchant,
        account_id=account,
    )


def seed(engine: sa.Engine) -> None:
    """Merchants M1 (main, two subs) and M2; rights LV and NIKE; products:

    P1 (M1, owned by sub1) "LV monogram tote", P2 (M1, sub1) "LV wallet", P3 (M1, sub1b)
    "Nike runner", P4 (M2) "LV belt", P5 (M1, no owner) "LV scarf"."""
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(), [merchant_row("M1"), merchant_row("M2")]
        )
        connection.execute(
            contract_tables["accounts"].insert(),
            [
                account_row("AC-M1-main", "M1", "main"),
                account_row("AC-M1-sub", "M1", "sub"),
                account_row("AC-M1-sub2", "M1", "sub"),
                account_row("AC-M2-main", "M2", "main"),
            ],
        )
        connection.execute(
            contract_tables["ip_rights"].insert(),
            [
                right_row("R-LV", "LV", holder="Louis Vuitton Malletier"),
                right_row("R-NIKE", "Nike", holder="Nike, Inc."),
            ],
        )
        connection.execute(
            _products.insert(),
            [
                product_row("P1", "M1", "LV monogram tote", owner_account_id="AC-M1-sub"),
                product_row("P2", "M1", "LV wallet", owner_account_id="AC-M1-sub"),
                product_row("P3", "M1", "Nike runner", owner_account_id="AC-M1-sub2"),
                product_row("P4", "M2", "LV belt", owner_account_id="AC-M2-main"),
                product_row("P5", "M1", "LV scarf"),
            ],
        )


MERCHANT_OF = {"P1": "M1", "P2": "M1", "P3": "M1", "P4": "M2", "P5": "M1"}
OWNER_OF = {"P1": "AC-M1-sub", "P2": "AC-M1-sub", "P3": "AC-M1-sub2", "P4": "AC-M2-main"}


def open_task(
    engine: sa.Engine,
    product_id: str,
    right_id: str | None,
    now: dt.datetime,
    *,
    book: RuleBook = BOOK,
    category: RadarCategory = RadarCategory.RISK_CONTROL,
) -> str:
    """A suspected-IP task on ``product_id`` opened by the scan at ``now``."""
    with transaction(engine) as connection:
        return radar_tasks.open_task(
            connection,
            product_id=product_id,
            merchant_id=MERCHANT_OF[product_id],
            owner_account_id=OWNER_OF.get(product_id),
            right_id=right_id,
            category=category,
            detail=f'Suspected infringement of trademark "{right_id}"',
            findings=[
                {
                    "field": "title",
                    "matched_text": "LV",
                    "span_start": 0,
                    "span_end": 2,
                    "step": "exact",
                    "score": 1.0,
                }
            ]
            if right_id
            else [],
            fingerprint="f" * 64,
            rule_set=book.in_force_at(now),
            now=now,
        )


def edit(
    engine: sa.Engine, login: str, task_id: str, now: dt.datetime, title: str = "Monogram tote"
) -> str:
    with transaction(engine) as connection:
        return radar_submissions.submit_edit(
            connection,
            principal(login),
            task_id,
            title=title,
            description=None,
            brand=None,
            book=BOOK,
            now=now,
        )


def appeal(engine: sa.Engine, login: str, task_id: str, now: dt.datetime) -> str:
    with transaction(engine) as connection:
        return radar_submissions.submit_appeal(
            connection,
            principal(login),
            task_id,
            statement="Our own design, no LV mark on the product",
            book=BOOK,
            now=now,
        )


DOCUMENT = evidence.Evidence(
    sha256="a" * 64,
    content_type="application/pdf",
    size=1234,
    relative_path="qualifications/aa/aaaa.pdf",
    original_name="authorisation.pdf",
)


def qualify(
    engine: sa.Engine, login: str, task_id: str, now: dt.datetime, book: RuleBook = BOOK
) -> str:
    with transaction(engine) as connection:
        return radar_submissions.submit_qualification(
            connection,
            principal(login),
            task_id,
            qualification_kind=QualificationKind.BRAND_AUTHORISATION,
            note="Authorised reseller",
            document=DOCUMENT,
            book=book,
            now=now,
        )


def decide(
    engine: sa.Engine,
    review_id: str,
    approve: bool,
    now: dt.datetime,
    *,
    login: str = "ops",
    reason: str | None = None,
    book: RuleBook = BOOK,
) -> radar_decisions.Decided:
    with transaction(engine) as connection:
        return radar_decisions.decide(
            connection,
            principal(login),
            review_id,
            approve=approve,
            reason=reason if reason or approve else "The mark is still in the title",
            book=book,
            now=now,
        )


def enforce(engine: sa.Engine, now: dt.datetime, book: RuleBook = BOOK) -> dict[str, int]:
    with transaction(engine) as connection:
        return dict(radar_tasks.enforce_deadlines(connection, book, now))


def task(engine: sa.Engine, task_id: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(sa.select(_tasks).where(_tasks.c.task_id == task_id)).one()


def product(engine: sa.Engine, product_id: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(
            sa.select(_products).where(_products.c.product_id == product_id)
        ).one()


def review(engine: sa.Engine, review_id: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(
            sa.select(review_table).where(review_table.c.review_id == review_id)
        ).one()


def reviews_of(engine: sa.Engine, task_id: str) -> list[Any]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(review_table)
                .where(review_table.c.task_id == task_id)
                .order_by(review_table.c.submitted_at)
            )
        )


def ledger(engine: sa.Engine) -> list[Any]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(penalty_points).order_by(
                    penalty_points.c.computed_at, penalty_points.c.entity_id
                )
            )
        )


def outbox(engine: sa.Engine) -> list[Any]:
    with engine.connect() as connection:
        return list(
            connection.execute(sa.select(notifications).order_by(notifications.c.notification_id))
        )


def findings_of(engine: sa.Engine, task_id: str) -> list[Any]:
    with engine.connect() as connection:
        return list(
            connection.execute(sa.select(radar_findings).where(radar_findings.c.task_id == task_id))
        )


def audit_actions(engine: sa.Engine, entity_id: str) -> list[str]:
    with engine.connect() as connection:
        return list(
            connection.scalars(
                sa.select(audit_log.c.action)
                .where(audit_log.c.entity_id == entity_id)
                .order_by(audit_log.c.id)
            )
        )
