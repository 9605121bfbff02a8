"""The rule numbers the generator needs, read from the rule-set, never written in code.

The generated data has to sit on the rules' boundaries (appeal windows, leave and re-join
blocks, the fast-trade gate, the core countries), so the generator reads them from the
rule book: each section from the newest rule-set in force on the as-of date that has it,
else from the first later one (e.g. an as-of date before tracking visibility went live).

>>> import datetime as dt
>>> from sellerstar.rules.book import load_rulebook
>>> policy = Policy.from_rulebook(load_rulebook(), dt.date(2022, 12, 6))
>>> policy.core_countries[:3], policy.first_disclosure_days, policy.appeals_open
(('GB', 'US', 'CA'), 22, datetime.date(2022, 11, 11))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sellerstar.errors import ConfigurationError
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import RuleSet

T = TypeVar("T")


@dataclass(frozen=True)
class Policy:
    """Rule facts of one generated marketplace."""

    timezone: str
    data_lag_days: int
    core_countries: tuple[str, ...]
    # tracking visibility (rulebook §1)
    appeals_open: dt.date  # the day tracking visibility (and its appeals) went live
    tv_statuses: tuple[str, ...]
    tv_export_modes: tuple[str, ...]
    tv_transports: tuple[str, ...]
    tv_excluded_terms: tuple[str, ...]
    tv_core_only: bool
    min_events_to_pass: int
    first_disclosure_days: int
    first_disclosure_from: dt.date  # §1.4 launch period: no disclosure before this stat date
    tv_window_start_days: int  # oldest ship date counted on stat date S: S - this
    appeal_window_days: int
    review_sla_days: int
    third_party_min_events: int
    third_party_min_real_events: int
    # guaranteed delivery (§2, §2.1, §2.2)
    gd_payment_methods: tuple[str, ...]
    gd_transports: tuple[str, ...]
    gd_export_modes: tuple[str, ...]
    qualifying_memberships: tuple[str, ...]
    admitted_ta_statuses: tuple[str, ...]
    min_days_before_leaving: int
    rejoin_block_days: int
    fast_trade_min_rts_products: int
    fast_trade_max_ship_days: int
    # discount sample venue (§4): industry -> minimum sample price
    industries: tuple[tuple[str, float], ...]
    # star level (§2A): the capability score each star needs
    capability_thresholds: tuple[float, ...]
    # product radar (§3): its launch, the rectification deadline and its categories;
    # penalty points (§3.1): how long they count
    radar_live: dt.date
    radar_deadline_days: int
    radar_categories: tuple[str, ...]
    penalty_expiry_days: int

    @classmethod
    def from_rulebook(cls, book: RuleBook, as_of: dt.date) -> Policy:
        """Facts for a marketplace whose data ends on ``as_of``."""
        base = _section(book, as_of, "calendar", lambda rs: rs)
        tv_set = _section(book, as_of, "tracking_visibility", lambda rs: rs.tracking_visibility)
        tv = tv_set.tracking_visibility
        gd = _section(
            book, as_of, "guaranteed_delivery", lambda rs: rs.guaranteed_delivery
        ).guaranteed_delivery
        venue = _section(book, as_of, "sample_venue", lambda rs: rs.sample_venue).sample_venue
        radar = _section(book, as_of, "product_radar", lambda rs: rs.product_radar).product_radar
        assert tv is not None and gd is not None and venue is not None and radar is not None
        service = base.guarantee_service
        return cls(
            timezone=base.calendar.timezone,
            data_lag_days=base.calendar.data_lag_days,
            core_countries=base.calendar.core_countries,
            appeals_open=tv_set.effective,
            tv_statuses=tv.order_statuses,
            tv_export_modes=tv.export_modes,
            tv_transports=tv.transports,
            tv_excluded_terms=tv.excluded_trade_terms,
            tv_core_only=tv.destinations == "core",
            min_events_to_pass=tv.min_events_to_pass,
            first_disclosure_days=tv.appeals.first_disclosure_after_ship_days,
            first_disclosure_from=tv.appeals.first_disclosure_from,
            tv_window_start_days=tv.window_start_days,
            appeal_window_days=tv.appeals.window_days,
            review_sla_days=tv.appeals.review_sla_days,
            third_party_min_events=tv.appeals.third_party_min_events,
            third_party_min_real_events=tv.appeals.third_party_min_real_events,
            gd_payment_methods=gd.payment_methods,
            gd_transports=gd.transports,
            gd_export_modes=gd.export_modes,
            qualifying_memberships=service.qualifying_memberships,
            admitted_ta_statuses=service.admitted_ta_statuses,
            min_days_before_leaving=service.min_days_before_leaving,
            rejoin_block_days=service.rejoin_block_days,
            fast_trade_min_rts_products=service.fast_trade_min_rts_products,
            fast_trade_max_ship_days=service.fast_trade_max_ship_days,
            industries=tuple((row.industry, row.min_sample_price_usd) for row in venue.industries),
            capability_thresholds=base.star_level.capability_thresholds,
            radar_live=radar.live_date,
            radar_deadline_days=radar.rectification_deadline_days,
            radar_categories=radar.categories,
            penalty_expiry_days=base.penalty_points.expiry_days,
        )


def _section(
    book: RuleBook, as_of: dt.date, name: str, get: Callable[[RuleSet], T | None]
) -> RuleSet:
    in_force = [rs for rs in book.rule_sets if rs.effective <= as_of and get(rs) is not None]
    if in_force:
        return in_force[-1]
    later = [rs for rs in book.rule_sets if get(rs) is not None]
    if later:
        return later[0]
    raise ConfigurationError(f"the demo generator needs a rule-set with a [{name}] section")
