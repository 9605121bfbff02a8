"""The state of a shipment's tracking appeals over the stat days (rulebook §1.4), for the
tracking visibility rate: each appeal is ``pending`` from the day it was submitted until it
is decided or a newer appeal of the shipment replaces it, then ``approved`` or ``rejected``
until a newer one is submitted. A decision dated before its submission takes effect with
the submission."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from sellerstar.domain.appeals import AppealState
from sellerstar.metrics.dates import FAR_FUTURE
from sellerstar.metrics.span import Span, in_list
from sellerstar.metrics.tables import Tables


def appeal_states(tables: Tables, span: Span, shipments: ir.Table) -> ir.Table:
    """Per shipment, stretches of days with the state of its latest appeal."""
    a = tables.tracking_appeals
    ids = shipments.select(a_sid=shipments.shipment_id)
    ours = a.semi_join(ids, a.shipment_id == ids.a_sid)
    sub_day = span.clock.day(ours.submitted_at)
    decided = (
        in_list(ours.status, (AppealState.APPROVED.value, AppealState.REJECTED.value))
        & ours.decided_at.notnull()
    )
    appeals = ours.select(
        shipment_id=ours.shipment_id,
        status=ours.status,
        sub_day=sub_day,
        # A decision dated before its submission takes effect with the submission.
        dec_day=ibis.ifelse(
            decided, ibis.greatest(span.clock.day(ours.decided_at), sub_day), ibis.null("int64")
        ),
        next_sub=span.clock.day(ours.submitted_at)
        .lead()
        .over(group_by="shipment_id", order_by=[ours.submitted_at, ours.appeal_id]),
    )
    appeals = appeals.filter(appeals.sub_day <= span.last)
    replaced_from = appeals.next_sub.fill_null(FAR_FUTURE)
    pending = appeals.select(
        a_shipment=appeals.shipment_id,
        a_from=appeals.sub_day,
        a_to=ibis.least(appeals.dec_day.fill_null(FAR_FUTURE), replaced_from) - 1,
        a_state=ibis.literal(AppealState.PENDING.value),
    )
    settled = appeals.filter(appeals.dec_day.notnull()).select(
        a_shipment=appeals.shipment_id,
        a_from=appeals.dec_day,
        a_to=replaced_from - 1,
        a_state=appeals.status,
    )
    states = pending.union(settled, distinct=False)
    return states.filter(states.a_from <= states.a_to)
