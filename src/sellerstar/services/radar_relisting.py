"""A delisting sticks to the content it was enforced on (rulebook §3).

The marketplace's catalogue feed owns a product's status, and a re-import of an older
export, or a merchant listing the same product again, shows ``listed``. When the radar
delisted that product (a task of it was enforced) and the listing's content — title,
description, declared brand and image — is still the content the task found, the radar
job delists it again: the violation stands until the product is edited. No points are
recorded a second time (the violation is the task's). A changed listing is left listed
and scanned like any other; so is one whose merchant has since had a qualification for
the right approved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa

from sellerstar.domain.radar import ReviewKind, ReviewState, TaskStatus
from sellerstar.services import notifications
from sellerstar.services.radar_tasks import SYSTEM_ACTOR
from sellerstar.store import audit
from sellerstar.store.radar_tables import radar_findings, radar_reviews
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]

RELISTING_REFUSED = "radar_relisting_refused"


def enforced_contents(
    connection: sa.Connection, first: str, last: str
) -> dict[tuple[str, str], str]:
    """(product, content fingerprint) → the enforced task, for every listed product from
    ``first`` to ``last`` (product ids) that a task delisted, while its merchant has no
    approved qualification for that task's right."""
    qualified = (
        sa.select(sa.literal(1))
        .where(
            radar_reviews.c.merchant_id == _products.c.merchant_id,
            radar_reviews.c.right_id == _tasks.c.right_id,
            radar_reviews.c.kind == ReviewKind.QUALIFICATION.value,
            radar_reviews.c.state == ReviewState.APPROVED.value,
        )
        .exists()
    )
    rows = connection.execute(
        sa.select(radar_findings.c.product_id, radar_findings.c.fingerprint, _tasks.c.task_id)
        .join(_tasks, _tasks.c.task_id == radar_findings.c.task_id)
        .join(_products, _products.c.product_id == _tasks.c.product_id)
        .where(
            radar_findings.c.product_id.between(first, last),
            _tasks.c.status == TaskStatus.DELISTED.value,
            _products.c.status == "listed",
            ~qualified,
        )
        .order_by(_tasks.c.closed_at, _tasks.c.task_id)
    )
    return {(row.product_id, row.fingerprint): row.task_id for row in rows}


def delist_again(
    connection: sa.Connection,
    relisted: Iterable[tuple[str, str]],
    *,
    now: dt.datetime,
) -> list[str]:
    """Delist each (product, enforced task) again, with an audit row and a message to the
    product's owner; the products delisted (one still listed when the update ran)."""
    done = []
    for product_id, task_id in relisted:
        product = connection.execute(
            sa.update(_products)
            .where(_products.c.product_id == product_id, _products.c.status == "listed")
            .values(status="delisted")
            .returning(_products.c.merchant_id, _products.c.owner_account_id)
        ).one_or_none()
        if product is None:
            continue
        audit.record(
            connection,
            at=now,
            actor=SYSTEM_ACTOR,
            action="radar.relisting_refused",
            entity_type="product",
            entity_id=product_id,
            detail={"task_id": task_id},
        )
        notifications.enqueue(
            connection,
            merchant_id=product.merchant_id,
            account_id=product.owner_account_id,
            topic=RELISTING_REFUSED,
            subject_id=f"{task_id}@{now:%Y%m%dT%H%M%S}",
            payload={"task_id": task_id, "product_id": product_id},
            now=now,
        )
        done.append(product_id)
    return done
