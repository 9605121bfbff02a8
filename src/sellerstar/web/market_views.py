"""What the service market's pages and API share: the launch-day state of a date, and a
claim from a signed-in merchant user (routes do not import each other)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import Principal
from sellerstar.domain.market import CouponRules, eligible_country
from sellerstar.rules import RuleBook
from sellerstar.services import market_coupons
from sellerstar.services.market_coupons import Claimant, Claimed
from sellerstar.store.db import transaction
from sellerstar.web.words import market as words
from sellerstar.web.words.logistics import Text


@dataclass(frozen=True)
class Launch:
    """The launch day as a page states it on ``today``."""

    today: dt.date
    rules: CouponRules | None

    @property
    def is_the_day(self) -> bool:
        return self.rules is not None and self.today == self.rules.launch_date

    def banner(self) -> Text:
        if self.rules is None:
            return Text(words.MARKET_CLOSED)
        params = {"launch": self.rules.launch_date.isoformat(), "stock": self.rules.stock}
        if self.today < self.rules.launch_date:
            return Text(words.LAUNCH_AHEAD, params)
        if self.today > self.rules.valid_until:
            return Text(words.LAUNCH_PAST, params)
        return Text(words.LAUNCH_DAY, params)

    def country_note(self, country: str | None) -> Text | None:
        """Why this merchant cannot claim whatever the day, or None."""
        if self.rules is None or eligible_country(self.rules, country):
            return None
        if not country:
            return Text(words.NO_COUNTRY_NOTE)
        return Text(words.NOT_ELIGIBLE_NOTE, {"country": country})

    def refusal(self, code: str) -> Text:
        """A refusal in words with the numbers its sentence needs."""
        params: dict[str, object] = {"today": self.today.isoformat()}
        if self.rules is not None:
            params |= {"launch": self.rules.launch_date.isoformat(), "stock": self.rules.stock}
        else:
            params |= {"launch": "—", "stock": 0}
        return words.refusal_text(code, params)


def launch(book: RuleBook, at: dt.datetime) -> Launch:
    today, rules = market_coupons.rules_on(book, at)
    return Launch(today, rules)


def claim(engine: sa.Engine, book: RuleBook, principal: Principal, tool_id: str,
          at: dt.datetime) -> Claimed:  # fmt: skip
    """Claim in a transaction of its own (raises ``CouponRefused``)."""
    claimant = Claimant(principal.login, str(principal.role), principal.merchant_id,
                        principal.account_id)  # fmt: skip
    with transaction(engine) as connection:
        return market_coupons.claim(
            connection, book=book, claimant=claimant, tool_id=tool_id, now=at
        )
