"""The service market's launch-day coupons (外贸服务市场, rulebook §6, §6.1): who may claim
one, on which day, and why not.

Pure: the numbers come from the rule-set's ``service_market`` section as
:class:`CouponRules`. What this module decides before the store is asked (the day, the
role, the merchant's country) is checked again by nothing; what only the store can decide
under concurrency (the stock left, one coupon per tool per main account) is held by the
store's constraints (``store/market_tables.py``) and reported with the same codes.

A sub-account claims **for its main account** (the coupon belongs to the main account,
and the sub-account is recorded as the claimant): the seed limits coupons per main
account, and a sub-account acts for its merchant; once the main account has the tool's
coupon, any of its accounts is refused with ``already_claimed``.

>>> rules = CouponRules(dt.date(2022, 10, 28), 1, 1, 50, ("CN",))
>>> claim_refusal(rules, dt.date(2022, 10, 28), "merchant_main", "CN") is None
True
>>> claim_refusal(rules, dt.date(2022, 10, 29), "merchant_sub", "CN")
<CouponRefusal.NOT_THE_DAY: 'not_the_day'>
>>> claim_refusal(rules, dt.date(2022, 10, 28), "merchant_main", "HK")
<CouponRefusal.NOT_ELIGIBLE: 'not_eligible'>
>>> claim_refusal(rules, dt.date(2022, 10, 28), "buyer", "CN")
<CouponRefusal.NOT_A_MERCHANT: 'not_a_merchant'>
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class ToolCategory(StrEnum):
    """The catalogue's first-level categories (类目导航 of the seed)."""

    SHOP_DESIGN = "shop_design"  # 旺铺装修
    LIVE_STREAM = "live_stream"  # 直播服务
    APP_TOOL = "app_tool"  # 应用工具
    SHOOTING = "shooting"  # 拍摄服务


class CouponRefusal(StrEnum):
    """Why a claim is refused; the order is the order they are checked."""

    NOT_A_MERCHANT = "not_a_merchant"  # a buyer or an operator: coupons are merchants'
    NOT_THE_DAY = "not_the_day"  # not the launch day (or the market not in force)
    NOT_ELIGIBLE = "not_eligible"  # the merchant's country is not eligible (or unknown)
    NO_SUCH_TOOL = "no_such_tool"  # the tool is not in the catalogue or has no coupons
    ALREADY_CLAIMED = "already_claimed"  # the main account has this tool's coupon
    SOLD_OUT = "sold_out"  # no coupon of this tool is left


MERCHANT_ROLES = ("merchant_main", "merchant_sub")


@dataclass(frozen=True)
class CouponRules:
    """The numbers of the rule-set's ``service_market`` section a claim needs."""

    launch_date: dt.date
    per_main_account: int
    valid_days: int
    stock: int
    eligible_countries: tuple[str, ...]

    @property
    def valid_until(self) -> dt.date:
        """The last day a coupon claimed on the launch day may be used.

        >>> CouponRules(dt.date(2022, 10, 28), 1, 1, 50, ("CN",)).valid_until
        datetime.date(2022, 10, 28)
        """
        return self.launch_date + dt.timedelta(days=self.valid_days - 1)


def claim_refusal(
    rules: CouponRules | None, today: dt.date, role: str, country: str | None
) -> CouponRefusal | None:
    """The first reason a claim made on the platform date ``today`` is refused before the
    store is asked, or None. ``rules`` None: the market is not in force that day."""
    if role not in MERCHANT_ROLES:
        return CouponRefusal.NOT_A_MERCHANT
    if rules is None or today != rules.launch_date:
        return CouponRefusal.NOT_THE_DAY
    if not eligible_country(rules, country):
        return CouponRefusal.NOT_ELIGIBLE
    return None


def eligible_country(rules: CouponRules, country: str | None) -> bool:
    """Whether a merchant registered in ``country`` may claim (unknown: it may not).

    >>> rules = CouponRules(dt.date(2022, 10, 28), 1, 1, 50, ("CN",))
    >>> [eligible_country(rules, c) for c in ("CN", "cn", "TW", None, "")]
    [True, True, False, False, False]
    """
    return bool(country) and (country or "").upper() in rules.eligible_countries
