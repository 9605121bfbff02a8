"""The service market in the demo: the seed's catalogue, and the launch day's claims.

The launch day (the rule-set's ``service_market.launch_date``, 2022-10-28) is long past on
the demo's view date (2022-12-06), so the pages show the coupons as expired; the claims
were made on the day, from 10:00 on, through the same service the pages use. Every
merchant tries for 店小宝 (it sells out when the marketplace has 50 mainland-China
merchants or more), a third for each other launch tool; the
demo merchant's main account claimed 店小宝 and its
sub-account 新外贸机器人 for it. Merchants outside mainland China are refused, as anyone
claiming twice; those refusals write nothing, so only the count is reported.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.demo.market_catalogue import PROVIDERS, TOOLS
from sellerstar.rules import RuleBook
from sellerstar.services import market_catalogue, market_coupons
from sellerstar.services.market_coupons import Claimant, CouponRefused
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users

SOLD_OUT_TOOL = "T-DIANXIAOBAO"
DEMO_CLAIMS = {"T-DIANXIAOBAO": "main", "T-XINWAIMAO-ROBOT": "sub"}


@dataclass
class MarketDemo:
    tools: int
    claimed: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)


def run_market_demo(store: sa.Engine, book: RuleBook, *, demo_merchant: str) -> MarketDemo:
    """Seed the catalogue with the launch stock and play the launch day's claims."""
    market = book.rule_sets[-1].service_market
    if market is None:
        return MarketDemo(0)
    launch = market.launch_date
    rules = book.in_force(launch)
    stock = (rules.service_market or market).coupon_stock
    zone = ZoneInfo(rules.calendar.timezone)
    opening = dt.datetime.combine(launch, dt.time(10, 0), zone).astimezone(dt.UTC)
    merchants, accounts = contract_tables["merchants"], contract_tables["accounts"]
    with transaction(store) as connection:
        count = market_catalogue.import_catalogue(
            connection, PROVIDERS, TOOLS, launch_stock=stock, actor="demo", now=opening
        )
        # The demo merchant's flows need it registered in mainland China.
        connection.execute(
            merchants.update().where(merchants.c.merchant_id == demo_merchant).values(country="CN")
        )
        mains = connection.execute(
            sa.select(accounts.c.merchant_id, accounts.c.account_id)
            .where(accounts.c.role == "main", accounts.c.merchant_id != demo_merchant)
            .order_by(accounts.c.account_id)
        ).all()
        demo_sub = connection.scalar(
            sa.select(users.c.account_id).where(users.c.login == "demo-sub")
        )
    result = MarketDemo(count)
    second = 0
    with transaction(store) as connection:
        # The demo merchant first, on the stroke of ten.
        for tool_id, who in DEMO_CLAIMS.items():
            claimant = (
                Claimant("demo-main", "merchant_main", demo_merchant)
                if who == "main"
                else Claimant("demo-sub", "merchant_sub", demo_merchant, demo_sub)
            )
            _try(connection, book, claimant, tool_id, opening, result)
        for merchant_id, account_id in mains:
            for tool in TOOLS:
                if tool.launch_price_cny is None or not _wants(merchant_id, tool.tool_id):
                    continue
                second += 1
                at = opening + dt.timedelta(seconds=second)
                claimant = Claimant(str(account_id), "merchant_main", str(merchant_id))
                _try(connection, book, claimant, tool.tool_id, at, result)
    return result


def _wants(merchant_id: str, tool_id: str) -> bool:
    """Whether the merchant tried for the tool's coupon: everyone for the sold-out tool, a
    third for the others (a stable draw, so a re-run plays the same day)."""
    if tool_id == SOLD_OUT_TOOL:
        return True
    return zlib.crc32(f"{merchant_id}/{tool_id}".encode()) % 3 == 0


def _try(
    connection: sa.Connection, book: RuleBook, claimant: Claimant, tool_id: str,
    at: dt.datetime, result: MarketDemo,
) -> None:  # fmt: skip
    try:
        market_coupons.claim(connection, book=book, claimant=claimant, tool_id=tool_id, now=at)
    except CouponRefused as refused:
        result.refused[str(refused.code)] += 1
    else:
        result.claimed[tool_id] += 1
