"""Rows of the contract tables for the store and web tests, one builder per table.

The defaults make a merchant, an account, and a shipped trade-assurance order (TAD,
express, to the US) with a current shipment; a test helper passes what its tests are
about. A column the table does not have is refused, so a typo cannot pass unnoticed.
(The metric tests build whole marketplaces with ``tests/metrics/metrics_market.py``.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import sqlalchemy as sa

from sellerstar.contract import TABLES
from sellerstar.rules import RuleBook, load_rulebook


def _row(table: str, defaults: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    known = {column.name for column in TABLES[table].columns}
    unknown = sorted((defaults | columns).keys() - known)
    if unknown:
        raise KeyError(f"{table} has no column {', '.join(unknown)}")
    return defaults | columns


def merchant_row(merchant_id: str, **columns: Any) -> dict[str, Any]:
    """An active trade-assurance merchant without a membership, named after its id."""
    defaults = {"merchant_id": merchant_id, "name": merchant_id, "membership": "none"}
    return _row("merchants", defaults | {"ta_status": "active"}, columns)


def account_row(account_id: str, merchant_id: str, role: str, **columns: Any) -> dict[str, Any]:
    """A merchant's main or sub account, named after its id."""
    defaults = {"account_id": account_id, "merchant_id": merchant_id, "role": role}
    return _row("accounts", defaults | {"name": account_id}, columns)


def order_row(order_id: str, merchant_id: str, **columns: Any) -> dict[str, Any]:
    """A shipped trade-assurance order in tracking-visibility scope; times are the
    caller's (``created_at`` is required by the contract)."""
    defaults: dict[str, Any] = {
        "order_id": order_id,
        "merchant_id": merchant_id,
        "owner_account_id": None,
        "buyer_id": "buyer",
        "trade_assurance": True,
        "destination_country": "US",
        "trade_term": "DAP",
        "export_mode": "tad",
        "transport": "express",
        "payment_method": "tt",
        "status": "shipped",
        "amount_usd": 100,
        "all_items_rts": True,
        "delivery_promise": True,
    }
    return _row("orders", defaults, columns)


def shipment_row(
    shipment_id: str, order_id: str, tracking_number: str, **columns: Any
) -> dict[str, Any]:
    """A current express shipment (``uploaded_at`` is the caller's)."""
    defaults: dict[str, Any] = {
        "shipment_id": shipment_id,
        "order_id": order_id,
        "carrier": "ups",
        "tracking_number": tracking_number,
        "transport": "express",
        "replaced_by": None,
    }
    return _row("shipments", defaults, columns)


@cache
def _rulebook() -> RuleBook:
    return load_rulebook()


def right_row(right_id: str, mark: str, **columns: Any) -> dict[str, Any]:
    """A protected trademark (``kind``: trademark, patent or design) held by ``mark``'s owner."""
    defaults: dict[str, Any] = {
        "right_id": right_id,
        "holder": f"{mark} holder",
        "kind": "trademark",
        "mark": mark,
        "aliases": None,
        "image_path": None,
    }
    return _row("ip_rights", defaults, columns)


def product_row(product_id: str, merchant_id: str, title: str, **columns: Any) -> dict[str, Any]:
    """A listed product (with ``brand``, ``tier`` and ``owner_account_id`` when given)."""
    defaults: dict[str, Any] = {
        "product_id": product_id,
        "merchant_id": merchant_id,
        "owner_account_id": None,
        "title": title,
        "description": None,
        "leaf_category": "bags",
        "industry": "apparel",
        "is_rts": True,
        "ships_within_days": 3,
        "stock": 100,
        "growth_score": 70,
        "samples_supported": False,
        "sample_price_usd": None,
        "status": "listed",
        "brand": None,
        "tier": None,
        "image_path": None,
    }
    return _row("products", defaults, columns)


def radar_task(
    connection: sa.Connection,
    product_id: str,
    *,
    now: dt.datetime,
    right_id: str | None = None,
    category: str = "risk_control",
    detail: str = "",
    findings: Sequence[Mapping[str, Any]] = (),
) -> str:
    """A radar task opened as sellerstar's scan opens one (services.radar_tasks.open_task),
    for the product's merchant and owner, under the rule-set in force at ``now``."""
    from sellerstar.domain.radar import RadarCategory
    from sellerstar.services.radar_tasks import open_task
    from sellerstar.store.schema import contract_tables

    products = contract_tables["products"]
    product = connection.execute(
        sa.select(products.c.merchant_id, products.c.owner_account_id).where(
            products.c.product_id == product_id
        )
    ).one()
    return open_task(
        connection,
        product_id=product_id,
        merchant_id=product.merchant_id,
        owner_account_id=product.owner_account_id,
        right_id=right_id,
        category=RadarCategory(category),
        detail=detail,
        findings=[
            {"span_start": 0, "span_end": len(str(f["matched_text"])), **f} for f in findings
        ],
        fingerprint="0" * 64,
        rule_set=_rulebook().in_force_at(now),
        now=now,
    )


def radar_task_row(task_id: str, product_id: str, **columns: Any) -> dict[str, Any]:
    """An open task as the platform's other checks deliver it (``created_at`` is the
    caller's)."""
    defaults: dict[str, Any] = {
        "task_id": task_id,
        "product_id": product_id,
        "category": "logistics",
        "right_id": None,
        "detail": "Shipping time longer than declared",
        "status": "open",
        "closed_at": None,
    }
    return _row("radar_tasks", defaults, columns)
