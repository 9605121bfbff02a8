"""Filing tracking appeals (rulebook §1.3–§1.4), with the audit trail.

Filing checks every refusal before anything is written, runs the automatic pre-check on
the events the platform has (and, when a look-up is given, on 17TRACK / Kuaidi100), and
writes the appeal, its review record, its evidence and the audit row in one transaction.
The refusals are :mod:`sellerstar.services.appeal_checks`, the shipment's facts are read
by :mod:`sellerstar.services.appeal_shipments`, deciding is
:mod:`sellerstar.services.appeal_decisions`.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import sqlalchemy as sa

from sellerstar.domain import appeals as rules
from sellerstar.domain.access import Principal, Scope
from sellerstar.domain.appeals import AppealEvent, EventFact, Precheck
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.carriers import check_tracking_number
from sellerstar.rules import RuleBook
from sellerstar.services import evidence
from sellerstar.services.appeal_checks import (
    CheckedFiling,
    EvidenceLimits,
    check_filing,
    filing_rule_set,
)
from sellerstar.services.appeal_decisions import apply_decision, automatic_decision, decide
from sellerstar.services.appeal_errors import AppealAlreadyDecided, AppealRefused
from sellerstar.services.appeal_shipments import (
    ShipmentView,
    ThirdPartyLookup,
    appeal_rules,
    look_up_third_party,
    shipment_view,
    stored_third_party_facts,
)
from sellerstar.store import audit, metric_marks
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

_shipments = contract_tables["shipments"]
_appeals = contract_tables["tracking_appeals"]


def file_appeal(
    engine: sa.Engine,
    scope: Scope,
    filer: Principal,
    *,
    order_id: str,
    shipment_id: str,
    appeal_type: str,
    tracking_number: str,
    files: Sequence[tuple[str, bytes]],
    book: RuleBook,
    limits: EvidenceLimits,
    now: dt.datetime,
    lookup: ThirdPartyLookup | None = None,
    failure_confirmed: bool = False,
) -> str:
    """File an appeal on a failing shipment; returns its id. Refusals write nothing.

    A shipment is appealed once, so the pre-check comes first: when it predicts failure
    (:func:`predicts_failure`) the filing is refused (``precheck_unconfirmed``, with the
    pre-check) unless the merchant confirmed filing anyway (``failure_confirmed``).

    A unit of work over several transactions, so it takes the engine: the refusals are
    read in one (:func:`check_filing`); the third party is asked (slow, and the feed
    writes what it fetched) and the evidence files are written with no transaction open;
    the filing is recorded in the last one (:func:`record_filing`), which re-checks that
    the shipment is not appealed yet.
    """
    with engine.connect() as connection:
        checked = check_filing(
            connection,
            scope,
            filer,
            order_id=order_id,
            shipment_id=shipment_id,
            appeal_type=appeal_type,
            tracking_number=tracking_number,
            files=files,
            book=book,
            limits=limits,
            now=now,
        )
        connection.rollback()
    third_party, unavailable = look_up_third_party(checked.view, now, lookup)
    if not third_party:
        with engine.connect() as connection:
            third_party = stored_third_party_facts(connection, checked.view, checked.rule_set, now)
    filing = prepare_filing(checked, filer, appeal_type, third_party, unavailable, now)
    if predicts_failure(filing.check) and not failure_confirmed:
        raise AppealRefused(
            "precheck_unconfirmed",
            f"the pre-check predicts failure ({filing.check.reason}); confirm to file anyway",
            outcome=filing.check.outcome,
            reason=filing.check.reason,
        )
    # Files first, each complete and durable, then the rows that reference them: a crash
    # or a failed commit leaves unreferenced files for the sweep, never a row without its
    # file.
    stored_files = [
        evidence.store(data, name, limits.folder, limits.max_bytes) for name, data in files
    ]
    with transaction(engine) as connection:
        return record_filing(connection, filing, stored_files, now)


def predicts_failure(check: Precheck) -> bool:
    """Whether the pre-check says the appeal cannot succeed (the seed's 无法申诉成功): the
    type's rule does not hold, or nothing can ever approve it. A source that could not be
    asked predicts nothing."""
    return check.outcome in {"reject", "never_approvable"}


def preview_precheck(
    engine: sa.Engine,
    scope: Scope,
    filer: Principal,
    *,
    order_id: str,
    shipment_id: str,
    appeal_type: str,
    book: RuleBook,
    now: dt.datetime,
    lookup: ThirdPartyLookup | None = None,
) -> Precheck:
    """The pre-check of an appeal not filed yet, on the same evidence filing would use:
    the merchant sees it before spending the shipment's single appeal. Refused like a
    filing (the shipment's refusals, the type); nothing is written by the service (a
    look-up stores what the feed fetched, as at filing)."""
    with engine.connect() as connection:
        checked = check_filing(
            connection,
            scope,
            filer,
            order_id=order_id,
            shipment_id=shipment_id,
            appeal_type=appeal_type,
            tracking_number=None,
            files=None,
            book=book,
            limits=None,
            now=now,
        )
        connection.rollback()
    third_party, unavailable = look_up_third_party(checked.view, now, lookup)
    if not third_party:
        with engine.connect() as connection:
            third_party = stored_third_party_facts(connection, checked.view, checked.rule_set, now)
    return prepare_filing(checked, filer, appeal_type, third_party, unavailable, now).check


def prepare_filing(
    checked: CheckedFiling,
    filer: Principal,
    appeal_type: str,
    third_party: Sequence[EventFact],
    third_party_unavailable: bool,
    now: dt.datetime,
) -> Filing:
    """The automatic pre-check of a checked filing, on the platform's and the third
    parties' events, and the review's due date."""
    view, rule_set = checked.view, checked.rule_set
    appeal = appeal_rules(rule_set)
    tv = rule_set.tracking_visibility
    assert tv is not None
    number_ok = check_tracking_number(view.carrier, view.tracking_number).ok
    check = rules.precheck(
        appeal_type,
        view.backend,
        third_party,
        appeal,
        number_ok=number_ok,
        third_party_unavailable=third_party_unavailable,
    )
    return Filing(
        view=view,
        filer=filer,
        appeal_type=appeal_type,
        check=check,
        third_party=tuple(third_party),
        due_on=rules.review_due(platform_date(now, rule_set.calendar.timezone), appeal),
        auto_decide=tv.appeals.auto_decide,
    )


@dataclass(frozen=True)
class Filing:
    """A checked filing and what its pre-check found, ready to be recorded."""

    view: ShipmentView
    filer: Principal
    appeal_type: str
    check: Precheck
    third_party: tuple[EventFact, ...]
    due_on: dt.date
    auto_decide: bool


def record_filing(
    connection: sa.Connection,
    filing: Filing,
    stored_files: Sequence[evidence.Evidence],
    now: dt.datetime,
) -> str:
    """Record a prepared filing in the caller's write transaction: the appeal, its review
    record, its evidence rows (files stored before, outside it), the audit row, and the
    pre-check's decision where it may take one alone. Returns the appeal's id."""
    view, check = filing.view, filing.check
    appeal_id = "AP" + now.strftime("%Y%m%d") + secrets.token_hex(4).upper()
    state = rules.transition(None, AppealEvent.FILE)
    # Re-checked inside the write transaction: two filings at once, one wins (the
    # shipment row is locked on PostgreSQL; SQLite has one writer at a time anyway).
    connection.execute(
        sa.select(_shipments.c.shipment_id)
        .where(_shipments.c.shipment_id == view.shipment_id)
        .with_for_update()
    )
    if connection.scalar(
        sa.select(sa.func.count()).where(_appeals.c.shipment_id == view.shipment_id)
    ):
        raise AppealRefused("already_appealed", f"shipment {view.shipment_id}: already_appealed")
    connection.execute(
        _appeals.insert().values(
            appeal_id=appeal_id,
            order_id=view.order_id,
            shipment_id=view.shipment_id,
            appeal_type=filing.appeal_type,
            submitted_at=now,
            status=state.value,
            decided_at=None,
        )
    )
    metric_marks.mark_orders(connection, [view.order_id], now, since=metric_marks.day_of(now))
    connection.execute(
        appeal_reviews.insert().values(
            appeal_id=appeal_id,
            merchant_id=view.merchant_id,
            owner_account_id=view.owner_account_id,
            filed_by=filing.filer.login,
            tracking_number=view.tracking_number,
            due_on=filing.due_on,
            precheck_outcome=check.outcome,
            precheck_reason=check.reason,
            precheck={
                **asdict(check),
                "backend": [asdict(event) for event in view.backend],
                "third_party": [asdict(event) for event in filing.third_party],
            },
        )
    )
    for stored in stored_files:
        connection.execute(
            appeal_evidence.insert().values(
                appeal_id=appeal_id,
                sha256=stored.sha256,
                content_type=stored.content_type,
                size=stored.size,
                relative_path=stored.relative_path,
                original_name=stored.original_name,
                uploaded_at=now,
            )
        )
    audit.record(
        connection,
        at=now,
        actor=filing.filer.login,
        action="appeal_filed",
        entity_type="tracking_appeal",
        entity_id=appeal_id,
        detail={"order_id": view.order_id, "shipment_id": view.shipment_id,
                "appeal_type": filing.appeal_type, "precheck": check.outcome},
    )  # fmt: skip
    automatic = automatic_decision(check) if filing.auto_decide else None
    if automatic is not None:
        event, reason = automatic
        apply_decision(connection, appeal_id, event, reason, "automatic pre-check", "system", now)
    return appeal_id


__all__ = [
    "AppealAlreadyDecided",
    "AppealRefused",
    "CheckedFiling",
    "EvidenceLimits",
    "Filing",
    "ShipmentView",
    "ThirdPartyLookup",
    "appeal_rules",
    "check_filing",
    "decide",
    "file_appeal",
    "filing_rule_set",
    "look_up_third_party",
    "predicts_failure",
    "prepare_filing",
    "preview_precheck",
    "record_filing",
    "shipment_view",
    "stored_third_party_facts",
]
