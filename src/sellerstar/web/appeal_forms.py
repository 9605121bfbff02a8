"""What the appeal filing form shows: an order's shipments, each appealable or with why
not, and the pre-check's preview (the seed's 无法申诉成功 before the single appeal is used)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.appeals import filing_window
from sellerstar.queries import appeals as q
from sellerstar.queries.tracking_detail import order_detail
from sellerstar.rules import RuleBook
from sellerstar.rules.model import TrackingVisibility
from sellerstar.services.appeals import appeal_rules, filing_rule_set, shipment_view
from sellerstar.web.words import appeals as words


@dataclass(frozen=True)
class Choice:
    """One shipment of the order on the filing form."""

    shipment_id: str
    tracking_number: str
    carrier: str
    uploaded_at: dt.datetime
    backend_events: int
    refusal: str | None
    window: words.Window
    appeal_id: str | None  # its appeal, when it has one


@dataclass(frozen=True)
class FilingForm:
    """What the filing form shows for an order."""

    order_id: str
    rules: TrackingVisibility | None
    choices: list[Choice]
    refusal: str | None  # for the whole order (e.g. not in force)

    @property
    def appealable(self) -> list[Choice]:
        return [choice for choice in self.choices if choice.refusal is None]


def filing_form(
    connection: sa.Connection, scope: Scope, order_id: str, book: RuleBook, now: dt.datetime
) -> FilingForm:
    """The order's shipments, each appealable or with why not (OutOfScope: 404)."""
    detail = order_detail(connection, scope, order_id, book, now)
    rule_set = filing_rule_set(book, now)
    rules = rule_set.tracking_visibility
    if rules is None:
        return FilingForm(order_id, None, [], "not_in_force")
    appealed = q.appeals_of_order(connection, scope, order_id)
    choices = []
    for batch in detail.batches:
        view = shipment_view(connection, scope, order_id, batch.shipment_id, rule_set, now)
        ship_date = view.facts.ship_date
        window = None
        if ship_date is not None:
            found = filing_window(ship_date, appeal_rules(rule_set))
            window = words.Window(found.opens, found.closes)
        choices.append(
            Choice(
                shipment_id=batch.shipment_id,
                tracking_number=batch.tracking_number,
                carrier=batch.carrier,
                uploaded_at=batch.uploaded_at,
                backend_events=len(view.backend),
                refusal=view.refusal,
                window=window or words.Window(None, None),
                appeal_id=appealed.get(batch.shipment_id),
            )
        )
    return FilingForm(order_id, rules, choices, None)


@dataclass(frozen=True)
class Preview:
    """The pre-check of the chosen shipment and type, shown before filing (the seed's
    无法申诉成功 when it predicts failure: then filing needs the merchant's confirmation)."""

    outcome: str
    reason: str

    @property
    def fails(self) -> bool:
        return self.outcome in {"reject", "never_approvable"}
