"""Claiming a launch-day coupon of the service market (rulebook §6, §6.1).

:func:`claim` runs in the caller's transaction (``store.db.transaction``). The rules a
claim is refused by before the store is asked (the role, the launch day in the platform's
time zone, the merchant's country) are :func:`sellerstar.domain.market.claim_refusal`;
the two limits that concurrent claims race for are held by the store
(``store/market_tables.py``): the stock by a conditional update, one coupon per tool per
main account by a unique key. Both run in one savepoint, so a claim refused by the unique
key gives its coupon back before the refusal is raised.

A sub-account claims for its main account: the coupon is recorded on the merchant's main
account, with the sub-account as the claimant (``docs/market.md``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.calendar import platform_date
from sellerstar.domain.market import CouponRefusal, CouponRules, claim_refusal
from sellerstar.errors import SellerstarError
from sellerstar.rules import RuleBook
from sellerstar.store import audit
from sellerstar.store.market_tables import market_coupons, market_tools
from sellerstar.store.schema import contract_tables

_merchants = contract_tables["merchants"]
_accounts = contract_tables["accounts"]


class CouponRefused(SellerstarError):
    """A claim the rules or the stock refuse; ``code`` is a :class:`CouponRefusal`."""

    def __init__(self, code: CouponRefusal, message: str) -> None:
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class Claimant:
    """Who claims: the sign-in login, its role, its merchant and (a sub-account) account."""

    login: str
    role: str
    merchant_id: str | None
    account_id: str | None = None


@dataclass(frozen=True)
class Claimed:
    """The coupon a claim took and how many of the tool's coupons are left after it."""

    coupon_id: int
    tool_id: str
    merchant_id: str
    main_account_id: str | None
    claimed_by: str
    claimed_at: dt.datetime
    valid_on: dt.date
    valid_until: dt.date
    coupons_left: int


def rules_on(book: RuleBook, at: dt.datetime) -> tuple[dt.date, CouponRules | None]:
    """The platform date of ``at`` and the coupon rules in force that day (None: the
    market is not in force)."""
    today = platform_date(at, book.in_force_at(at).calendar.timezone)
    market = book.in_force(today).service_market
    return today, market.coupon_rules() if market else None


def claim(
    connection: sa.Connection, *, book: RuleBook, claimant: Claimant, tool_id: str, now: dt.datetime
) -> Claimed:
    """Claim the tool's launch-day coupon for the claimant's main account, or refuse with
    the first reason (:class:`CouponRefused`)."""
    today, rules = rules_on(book, now)
    merchant_id = claimant.merchant_id or ""
    country = connection.scalar(
        sa.select(_merchants.c.country).where(_merchants.c.merchant_id == merchant_id)
    )
    refusal = claim_refusal(rules, today, claimant.role, country)
    if refusal is not None:
        raise CouponRefused(refusal, _MESSAGES[refusal].format(tool_id=tool_id, today=today))
    assert rules is not None  # claim_refusal refuses a day the market is not in force
    tool = connection.execute(
        sa.select(market_tools.c.coupon_stock).where(
            market_tools.c.tool_id == tool_id, market_tools.c.listed.is_(True)
        )
    ).first()
    if tool is None or tool.coupon_stock == 0:
        raise _refused(CouponRefusal.NO_SUCH_TOOL, tool_id, today)
    if _has_coupon(connection, tool_id, merchant_id):
        raise _refused(CouponRefusal.ALREADY_CLAIMED, tool_id, today)
    main_account = connection.scalar(
        sa.select(_accounts.c.account_id)
        .where(_accounts.c.merchant_id == merchant_id, _accounts.c.role == "main")
        .order_by(_accounts.c.account_id)
        .limit(1)
    )
    values = {
        "tool_id": tool_id,
        "merchant_id": merchant_id,
        "main_account_id": main_account,
        "claimed_by": claimant.login,
        "claimant_account_id": claimant.account_id if claimant.role == "merchant_sub" else None,
        "claimed_at": now,
        "valid_on": rules.launch_date,
        "valid_until": rules.valid_until,
        "rule_set_id": book.in_force(today).id,
    }
    try:
        with connection.begin_nested():
            left = _take_one(connection, tool_id)
            if left is None:
                raise _refused(CouponRefusal.SOLD_OUT, tool_id, today)
            coupon_id = connection.scalar(
                market_coupons.insert().values(values).returning(market_coupons.c.coupon_id)
            )
    except sa.exc.IntegrityError:
        # Another account of the merchant claimed it a moment ago: its coupon, not a second.
        raise _refused(CouponRefusal.ALREADY_CLAIMED, tool_id, today) from None
    assert coupon_id is not None
    audit.record(
        connection, at=now, actor=claimant.login, action="market_coupon_claimed",
        entity_type="market_coupon", entity_id=str(coupon_id),
        detail={"tool_id": tool_id, "merchant_id": merchant_id, "coupons_left": left},
    )  # fmt: skip
    return Claimed(
        coupon_id=coupon_id, tool_id=tool_id, merchant_id=merchant_id,
        main_account_id=main_account, claimed_by=claimant.login, claimed_at=now,
        valid_on=rules.launch_date, valid_until=rules.valid_until, coupons_left=left,
    )  # fmt: skip


def _has_coupon(connection: sa.Connection, tool_id: str, merchant_id: str) -> bool:
    found = connection.scalar(
        sa.select(market_coupons.c.coupon_id).where(
            market_coupons.c.tool_id == tool_id, market_coupons.c.merchant_id == merchant_id
        )
    )
    return found is not None


def _take_one(connection: sa.Connection, tool_id: str) -> int | None:
    """Take one coupon of the tool: the coupons left after, or None when none was left.

    One statement, so the check and the decrement cannot be split by another claim: SQLite
    runs it under the write lock, PostgreSQL re-checks ``coupons_left > 0`` on the row it
    waited for."""
    left = market_tools.c.coupons_left
    after = connection.scalar(
        market_tools.update()
        .where(market_tools.c.tool_id == tool_id, left > 0)
        .values(coupons_left=left - 1)
        .returning(left)
    )
    return None if after is None else int(after)


def _refused(code: CouponRefusal, tool_id: str, today: dt.date) -> CouponRefused:
    return CouponRefused(code, _MESSAGES[code].format(tool_id=tool_id, today=today))


_MESSAGES: dict[CouponRefusal, str] = {
    CouponRefusal.NOT_A_MERCHANT: "only a merchant's account can claim a coupon",
    CouponRefusal.NOT_THE_DAY: "coupons are claimed on the launch day only (today is {today})",
    CouponRefusal.NOT_ELIGIBLE: "the coupons are for mainland-China merchants only",
    CouponRefusal.NO_SUCH_TOOL: "no tool {tool_id} with launch coupons",
    CouponRefusal.ALREADY_CLAIMED: "the main account already has the coupon of {tool_id}",
    CouponRefusal.SOLD_OUT: "the coupons of {tool_id} are sold out",
}
