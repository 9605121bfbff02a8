"""Words of the guaranteed upgrade service page: refusal and fast-trade reasons."""

from __future__ import annotations

from sellerstar.web.i18n import N_

REFUSALS: dict[str, str] = {
    "already_enrolled": N_("You have joined the guaranteed upgrade service already."),
    "membership_not_qualifying": N_(
        "Joining needs an Export Pass, Global Treasure or Gold Supplier Plus membership."
    ),
    "trade_assurance_not_admitted": N_(
        "Joining needs trade-assurance admission that is not suspended or terminated."
    ),
    "rejoin_blocked": N_("After leaving, you can join again only after the waiting period."),
    "not_enrolled": N_("You have not joined the guaranteed upgrade service."),
    "too_early_to_leave": N_(
        "You can leave once the minimum time since the guarantee started has passed."
    ),
    "not_main_account": N_("Only the main account can join or leave the service."),
    "other_merchant": N_("This account belongs to another merchant."),
}

FAST_TRADE: dict[str, str] = {
    "eligible": N_("The fast-trade star level is enabled."),
    "not_enrolled": N_("The fast-trade star level needs the guaranteed upgrade service."),
    "too_few_fast_rts_products": N_(
        "The fast-trade star level needs %(needed)s RTS products that ship within "
        "%(days)s days; you have %(count)s."
    ),
}

# Why an order in the coverage's scope is not a guaranteed-delivery order (rulebook §2.2);
# %(actual)s is the order's, %(allowed)s the rule-set's list.
ORDER_REASONS: dict[str, str] = {
    "not_enrolled": N_("Not joined to the guaranteed upgrade service at payment time"),
    "payment_method": N_("Payment %(actual)s is not %(allowed)s"),
    "transport": N_("Transport %(actual)s is not %(allowed)s"),
    "no_delivery_promise": N_("The logistics service chosen showed no promised delivery date"),
    "export_mode": N_("Export mode %(actual)s is not %(allowed)s"),
}

ORDER_VIEWS: dict[str, str] = {
    "all": N_("All orders in scope"),
    "guaranteed": N_("Guaranteed-delivery orders"),
    "not_guaranteed": N_("Not guaranteed-delivery orders"),
}
