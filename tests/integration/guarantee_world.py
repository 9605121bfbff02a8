"""A small marketplace in the store for the guarantee tests: merchants in every join
situation, their accounts and users, and helpers to add orders, products and claims."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from factories import account_row, merchant_row, order_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, compensations, contract_tables, users

TZ = dt.timezone(dt.timedelta(hours=8))  # Asia/Shanghai, the rule-sets' platform zone
CREATED = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)

# merchant id -> (membership, trade-assurance status)
MERCHANTS: dict[str, tuple[str, str]] = {
    "M1": ("export_pass", "active"),
    "M2": ("gold_supplier_plus", "active"),
    "M-other": ("other", "active"),
    "M-none": ("none", "active"),
    "M-suspended": ("global_treasure", "suspended"),
    "M-terminated": ("export_pass", "terminated"),
}
# login -> (role, merchant, account)
USERS: dict[str, tuple[str, str | None, str | None]] = {
    "main1": ("merchant_main", "M1", "AC-M1-main"),
    "sub1": ("merchant_sub", "M1", "AC-M1-sub"),
    "main2": ("merchant_main", "M2", "AC-M2-main"),
    "main-other": ("merchant_main", "M-other", None),
    "main-none": ("merchant_main", "M-none", None),
    "main-suspended": ("merchant_main", "M-suspended", None),
    "main-terminated": ("merchant_main", "M-terminated", None),
    "ops": ("operator", None, None),
}


def at(text: str) -> dt.datetime:
    """A platform-time instant, ``YYYY-MM-DD HH:MM``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


def seed(engine: sa.Engine) -> None:
    """Merchants, accounts and users (one inactive login, ``gone``)."""
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(),
            [merchant_row(m, membership=ms, ta_status=ta) for m, (ms, ta) in MERCHANTS.items()],
        )
        connection.execute(
            contract_tables["accounts"].insert(),
            [
                account_row(a, m, role)
                for a, m, role in (
                    ("AC-M1-main", "M1", "main"),
                    ("AC-M1-sub", "M1", "sub"),
                    ("AC-M2-main", "M2", "main"),
                )
            ],
        )
        rows = [
            {
                "login": login,
                "display_name": login,
                "role": role,
                "merchant_id": merchant,
                "account_id": account,
                "created_at": CREATED,
                "is_active": True,
            }
            for login, (role, merchant, account) in USERS.items()
        ]
        rows.append(rows[0] | {"login": "gone", "is_active": False})
        connection.execute(users.insert(), rows)


def enrol(engine: sa.Engine, merchant: str, joined: str, left: str | None = None) -> None:
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["guarantee_enrolments"]
            .insert()
            .values(merchant_id=merchant, joined_at=at(joined), left_at=at(left) if left else None)
        )


def order(
    engine: sa.Engine,
    order_id: str,
    merchant: str,
    *,
    ship_by: str | None,
    shipped: str | None,
    amount: str = "250.00",
    placed_by: str | None = None,
    **overrides: Any,
) -> None:
    """A paid trade-assurance RTS order of ``merchant`` (guaranteed-delivery shaped)."""
    columns: dict[str, Any] = {
        "buyer_id": "B1",
        "payment_method": "credit_card",
        "status": "shipped" if shipped else "paid",
        "created_at": at("2022-11-01 08:00"),
        "paid_at": at("2022-11-01 09:00"),
        "ship_by": at(ship_by) if ship_by else None,
        "shipped_at": at(shipped) if shipped else None,
        "amount_usd": Decimal(amount),
        "placed_by": placed_by,
    }
    row = order_row(order_id, merchant, **(columns | overrides))
    with transaction(engine) as connection:
        connection.execute(contract_tables["orders"].insert().values(row))


def claim(
    engine: sa.Engine,
    claim_id: str,
    order_id: str,
    *,
    filed: str,
    promised: str,
    delivered: str | None,
    coupon: bool = True,
) -> None:
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["late_delivery_claims"]
            .insert()
            .values(
                claim_id=claim_id,
                order_id=order_id,
                filed_at=at(filed),
                promised_delivery_at=at(promised),
                delivered_at=at(delivered) if delivered else None,
                coupon_used=coupon,
            )
        )


def products(engine: sa.Engine, merchant: str, count: int, *, ships_within: int = 7) -> None:
    """``count`` listed RTS products shipping within ``ships_within`` days."""
    if count == 0:
        return
    start = _count(engine, contract_tables["products"])
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["products"].insert(),
            [
                {
                    "product_id": f"P{start + n}",
                    "merchant_id": merchant,
                    "title": "t",
                    "leaf_category": "c",
                    "industry": "Apparel",
                    "is_rts": True,
                    "ships_within_days": ships_within,
                    "stock": 10,
                    "growth_score": 50,
                    "samples_supported": False,
                    "status": "listed",
                }
                for n in range(count)
            ],
        )


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def snapshot(engine: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row the guarantee services write, to prove a refusal wrote nothing."""
    tables = (contract_tables["guarantee_enrolments"], audit_log, compensations)
    with engine.connect() as connection:
        return {
            table.name: [dict(row._mapping) for row in connection.execute(sa.select(table))]
            for table in tables
        }


def audit_rows(engine: sa.Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        query = sa.select(audit_log).order_by(audit_log.c.id)
        return [dict(row._mapping) for row in connection.execute(query)]
