"""Words of the service market (外贸服务市场, rulebook §6, §6.1): the categories, the price
units, the coupons and every reason a claim is refused. The rule-set's numbers (stock,
launch day) come from the data, never written into a message.
"""

from __future__ import annotations

from decimal import Decimal

from sellerstar.domain.market import CouponRefusal, ToolCategory
from sellerstar.web.i18n import N_
from sellerstar.web.words.logistics import Text
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Service market")
PATH = N_("My Alibaba → Service market (fuwu.alibaba.com)")
OPS_TITLE = N_("Service market coupons")
MY_COUPONS = N_("My coupons")

CATEGORY_LABELS: dict[str, str] = {
    ToolCategory.SHOP_DESIGN: N_("Shop design"),
    ToolCategory.LIVE_STREAM: N_("Live-stream services"),
    ToolCategory.APP_TOOL: N_("Apps and tools"),
    ToolCategory.SHOOTING: N_("Shooting services"),
}
PRICE_UNITS: dict[str, str] = {
    "month": N_("CNY %(price)s / month"),
    "year": N_("CNY %(price)s / year"),
    "once": N_("CNY %(price)s"),
}

CLAIM_REFUSAL_WORDS: dict[str, str] = {
    CouponRefusal.NOT_A_MERCHANT: N_("Only a merchant's main account or sub-account can claim."),
    CouponRefusal.NOT_THE_DAY: N_(
        "Coupons can be claimed on the launch day %(launch)s only (today is %(today)s)."
    ),
    CouponRefusal.NOT_ELIGIBLE: N_(
        "The launch coupons are for merchants registered in mainland China only."
    ),
    CouponRefusal.NO_SUCH_TOOL: N_("This tool has no launch coupons."),
    CouponRefusal.ALREADY_CLAIMED: N_(
        "Your main account already has this tool's coupon (one per tool per main account)."
    ),
    CouponRefusal.SOLD_OUT: N_("Sold out: all %(stock)s coupons of this tool are claimed."),
}
CLAIMED = N_("Coupon claimed for your main account: %(tool)s, valid on %(valid_on)s.")
LAUNCH_DAY = N_("Launch day %(launch)s: %(stock)s coupons per tool, one per tool per main account.")
LAUNCH_PAST = N_("The launch day %(launch)s is past: the launch coupons have expired.")
LAUNCH_AHEAD = N_("The launch coupons can be claimed on %(launch)s.")
MARKET_CLOSED = N_("The service market's launch coupons are not in force on this date.")
NOT_ELIGIBLE_NOTE = N_(
    "Your merchant is registered in %(country)s: the launch coupons are for mainland-China "
    "merchants only."
)
NO_COUNTRY_NOTE = N_(
    "Your merchant's country is not known: the launch coupons are for mainland-China "
    "merchants only."
)
LEFT = N_("%(left)s of %(stock)s left")
STOCK_SET = N_("The stock of %(tool)s is %(stock)s coupons.")
# The operators' catalogue has its own sentences: its "no_such_tool" is another message.
_CATALOGUE_REFUSAL_WORDS: dict[str, str] = {
    "stock_below_claimed": N_(
        "%(claimed)s coupons are claimed already: the stock cannot be lower."
    ),
    "no_such_tool": N_("There is no such tool."),
    "stock_invalid": N_("The stock is a whole number from 0 to %(limit)s."),
}

CLAIM_REFUSALS = Refusals(CLAIM_REFUSAL_WORDS, (), {CouponRefusal.NO_SUCH_TOOL: 404})
CATALOGUE_REFUSALS = Refusals(_CATALOGUE_REFUSAL_WORDS, {"stock_invalid"}, {"no_such_tool": 404})
refusal_text = CLAIM_REFUSALS.text


def price_text(amount: Decimal, unit: str) -> Text:
    """A price with its unit, whole amounts without their cents.

    >>> [price_text(Decimal(p), "month").params["price"] for p in ("1.00", "0.50", "12")]
    ['1', '0.50', '12']
    """
    whole = amount == amount.to_integral_value()
    shown = f"{amount.to_integral_value():f}" if whole else f"{amount.quantize(Decimal('0.01')):f}"
    return Text(PRICE_UNITS.get(unit, PRICE_UNITS["once"]), {"price": shown})


TEMPLATE_WORDS: dict[str, object] = {
    "market_categories": CATEGORY_LABELS,
    "market_price": price_text,
}
