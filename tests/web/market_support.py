"""The service market in the web tests' world: M1 registered in mainland China, M2 in Hong
Kong, the seed's catalogue with 50 coupons per launch tool; the launch day's instant."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.demo.market_catalogue import PROVIDERS, TOOLS
from sellerstar.services import market_catalogue
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

LAUNCH = dt.datetime(2022, 10, 28, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
TOOL = "T-DIANXIAOBAO"


def seed_market(engine: sa.Engine, *, stock: int = 50) -> None:
    merchants = contract_tables["merchants"]
    with transaction(engine) as connection:
        for merchant_id, country in (("M1", "CN"), ("M2", "HK")):
            connection.execute(
                merchants.update()
                .where(merchants.c.merchant_id == merchant_id)
                .values(country=country)
            )
        market_catalogue.import_catalogue(
            connection, PROVIDERS, TOOLS, launch_stock=stock, actor="test", now=LAUNCH
        )
