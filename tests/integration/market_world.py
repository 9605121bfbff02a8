"""A small service market for the store tests: merchants with their countries and accounts,
the seed's catalogue with its launch stock, the launch day's instant."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.demo.market_catalogue import PROVIDERS, TOOLS
from sellerstar.rules import load_rulebook
from sellerstar.services import market_catalogue
from sellerstar.services.market_coupons import Claimant
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

BOOK = load_rulebook()
# 10:00 on the launch day in Shanghai; the day before and after at the same hour.
LAUNCH = dt.datetime(2022, 10, 28, 2, 0, tzinfo=dt.UTC)
DAY_BEFORE = LAUNCH - dt.timedelta(days=1)
DAY_AFTER = LAUNCH + dt.timedelta(days=1)
TOOL = "T-DIANXIAOBAO"


def merchant(merchant_id: str, country: str | None = "CN") -> dict[str, object]:
    return {"merchant_id": merchant_id, "name": f"{merchant_id} Co., Ltd.",
            "main_industry": None, "membership": "gold_supplier", "ta_status": "active",
            "country": country}  # fmt: skip


def seed(engine: sa.Engine, merchants: dict[str, str | None], *, stock: int = 50) -> None:
    """The merchants (id → country), each with main account ``<id>-MAIN`` and one
    sub-account ``<id>-SUB``, and the catalogue with ``stock`` coupons per launch tool."""
    with transaction(engine) as connection:
        if merchants:
            connection.execute(
                contract_tables["merchants"].insert(),
                [merchant(m, country) for m, country in merchants.items()],
            )
            connection.execute(
                contract_tables["accounts"].insert(),
                [
                    {"account_id": f"{m}-{kind.upper()}", "merchant_id": m, "role": kind,
                     "name": f"{m} {kind}"}
                    for m in merchants
                    for kind in ("main", "sub")
                ],
            )  # fmt: skip
        market_catalogue.import_catalogue(
            connection, PROVIDERS, TOOLS, launch_stock=stock, actor="test", now=LAUNCH
        )


def main(merchant_id: str) -> Claimant:
    return Claimant(f"{merchant_id.lower()}-main", "merchant_main", merchant_id, None)


def sub(merchant_id: str) -> Claimant:
    return Claimant(f"{merchant_id.lower()}-sub", "merchant_sub", merchant_id, f"{merchant_id}-SUB")
