"""Words of the star planner (docs/planner.md): its sentences, levers and what-if form."""

from __future__ import annotations

from sellerstar.web.i18n import N_

TITLE = N_("Star planner")
INTRO = N_(
    "The smallest change that reaches the next star, per lever, computed with the same "
    "scoring as the daily star level. Each figure names the orders it is based on."
)
AT_TOP = N_("This track is at the top of the ladder: there is no next star.")
NO_PLAN = N_("No plan yet: it appears once the daily star-level job has run.")
NOW = N_("On the figures of %(date)s, reach %(stars)s★:")
BY = N_("Reach %(stars)s★ by %(date)s (the official evaluation, figures of %(stat)s):")
EARLIEST = N_("Earliest reachable: %(stars)s★ by %(date)s (figures of %(stat)s):")
NONE_REACHABLE = N_(
    "Not reachable by the next %(count)s official evaluations with these levers: a "
    "capability no order moves is too low."
)
UNREACHABLE = N_("Not reachable with the orders alone.")
ALREADY = N_("reached with no change once the orders below have left the window")
LEVERS = {
    "appeals": N_("win %(n)s of your %(available)s open appeals"),
    "on_time": N_("ship the next %(n)s orders on time with trackable tracking"),
    "guaranteed": N_("have the next %(n)s orders guaranteed-delivery orders"),
    "together": N_("win all %(available)s open appeals and ship the next %(n)s orders on time"),
}
OR = N_("or")
CAPABILITY = N_("Capability")
SCORE = N_("Score")
NEEDS = N_("Needed")
BINDING = N_("Binding metric")
SUPPLIED = N_("supplied by the marketplace: no order moves it")
APPEALABLE = N_("Open appeals (failing orders whose appeal window is open)")
PENDING = N_("Pending appeals (counted as passing until decided; a rejection drops them)")
LEAVING = N_("Orders leaving the tracking-visibility window by %(date)s")
LEAVES_ON = N_("%(order)s (shipped %(shipped)s, no longer counted from %(date)s, %(state)s)")
LEAVING_COUNTED = {
    "on_time_shipment": N_("On-time-shipment orders leaving the window by %(date)s"),
    "guaranteed_delivery": N_("Coverage orders leaving the window by %(date)s"),
}
COUNTED_LEAVES_ON = N_("%(order)s (no longer counted from %(date)s, %(state)s)")
COUNTED_STATES = {
    ("on_time_shipment", True): N_("shipped on time"),
    ("on_time_shipment", False): N_("shipped late"),
    ("guaranteed_delivery", True): N_("guaranteed-delivery order"),
    ("guaranteed_delivery", False): N_("not a guaranteed-delivery order"),
}
COUNTS_COVERAGE = N_("Coverage %(guaranteed)s of %(orders)s orders.")
PASSING = N_("passing")
FAILING = N_("failing")
OTHER_ACCOUNTS = N_("and %(count)s orders of other accounts")
COUNTS = N_(
    "Counts behind the plan: tracking visibility %(passing)s of %(orders)s orders, on-time "
    "shipment %(on_time)s of %(due)s due orders."
)
WHAT_IF = N_("What if")
WHAT_IF_HELP = N_("Change a metric and see the star (nothing is saved).")
WHAT_IF_SUBMIT = N_("Show the star")
WHAT_IF_RESULT = N_("With these values: %(after)s★ (now %(before)s★).")
WHAT_IF_BAD = N_("%(field)s must be a number from %(low)s to %(high)s.")
WHAT_IF_NONE = N_("Enter at least one value.")
SCORE_LABELS = {
    "merchant_score": N_("Merchant capability score"),
    "marketing_score": N_("Marketing capability score"),
    "transaction_score": N_("Transaction capability score"),
}
