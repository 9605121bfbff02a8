"""Words of the rule-change announcements: the changelog page, the banners and
``sellerstar rules diff`` (docs/rule-changes.md)."""

from __future__ import annotations

from sellerstar.web.i18n import N_

# rules.announcements.ChangeArea
AREA_TITLES = {
    "calendar": N_("Platform calendar"),
    "tracking_visibility": N_("Tracking visibility"),
    "guaranteed_delivery": N_("Guaranteed delivery"),
    "star_level": N_("Star level"),
    "penalty_points": N_("Penalty points"),
    "product_radar": N_("Product radar"),
    "sample_venue": N_("Discount sample venue"),
    # Not "Reviews": the catalogue has that word for the operators' appeal reviews.
    "reviews": N_("Buyer reviews"),
    "service_market": N_("Service market"),
    "recruitment": N_("Talent recruitment"),
    "other": N_("Other rules"),
}
# The top-level sections of a rule-set, as a merchant names them.
SECTION_TITLES = {
    "calendar": N_("the platform calendar"),
    "tracking_visibility": N_("the tracking visibility rate"),
    "guaranteed_delivery": N_("guaranteed-delivery coverage"),
    "guarantee_service": N_("the guaranteed upgrade service"),
    "on_time_shipment": N_("the on-time shipment rate"),
    "penalty_points": N_("the penalty-points ledger"),
    "star_level": N_("the star level"),
    "product_radar": N_("the product radar"),
    "sample_venue": N_("the discount sample venue"),
    "reviews": N_("the new review rules"),
    "service_market": N_("the service market's launch-coupon rule"),
    "recruitment": N_("talent recruitment"),
    "selection_fairs": N_("the two-way selection fairs"),
}
# One sentence skeleton per kind of change; %(date)s is the effective date.
SECTION_ADDED = N_("From %(date)s, %(section)s comes into force.")
SECTION_REMOVED = N_("From %(date)s, %(section)s is no longer in force.")
METRIC_SCORED = N_(
    "From %(date)s, the %(metric)s counts in the assurance capability (保障力) of the "
    "%(track)s track, with weight %(weight)s."
)
METRIC_UNSCORED = N_(
    "From %(date)s, the %(metric)s no longer counts in the assurance capability (保障力) "
    "of the %(track)s track."
)
METRIC_WEIGHT = N_(
    "From %(date)s, the weight of the %(metric)s in the assurance capability (保障力) of the "
    "%(track)s track changes from %(old)s to %(new)s."
)
VALUE_CHANGED = N_("From %(date)s, %(what)s (%(key)s) changes from %(old)s to %(new)s.")
VALUE_ADDED = N_("From %(date)s, new: %(what)s (%(key)s): %(new)s.")
VALUE_REMOVED = N_("From %(date)s, %(what)s (%(key)s) is removed (it was %(old)s).")
PART_ADDED = N_("From %(date)s, new: %(what)s (%(key)s).")
PART_REMOVED = N_("From %(date)s, %(what)s (%(key)s) is no longer in force.")
NO_RULE_CHANGES = N_("No rule value changes.")
NOTHING_TAKES_EFFECT = N_("No rule-set takes effect after %(start)s up to %(end)s.")

# The changelog page and the banner.
PAGE_TITLE = N_("Rule changes")
UPCOMING = N_("Takes effect on %(date)s")
IN_FORCE = N_("In force since %(date)s")
EFFECTIVE = N_("Effective %(date)s")
ANNOUNCED = N_("Announced on %(date)s")
BANNER_UPCOMING = N_("Rule change from %(date)s")
BANNER_NEW = N_("New rules since %(date)s")
BANNER_LINK = N_("All rule changes")
