"""Filing tracking appeals (rulebook §1.3–§1.4), with the audit trail.

Filing checks every refusal before anything is written, runs the automatic pre-check on
the events the platform has (and, when a look-up is given, on 17TRACK / Kuaidi100), and
writes the appeal, its review record, its evidence and the audit row in one transaction.
The shipment's facts are read by :mod:`sellerstar.services.appeal_shipments`; deciding
is in :mod:`sellerstar.services.appeal_decisions`.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa

from sellerstar.domain import appeals as rules
from sellerstar.domain.access import Principal, Scope
from sellerstar.domain.appeals import AppealEvent, EventFact, Precheck
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.carriers import check_tracking_number, normalise_tracking_number
from sellerstar.rules import RuleBook
from sellerstar.rules.model import RuleSet
from sellerstar.services import evidence
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
from sellerstar.store import audit
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

_shipments = contract_tables["shipments"]
_appeals = contract_tables["tracking_appeals"]


@dataclass(frozen=True)
class EvidenceLimits:
    """Where evidence goes and how much of it an appeal may carry."""

    folder: Path
    max_bytes: int
    max_files: int


def filing_rule_set(book: RuleBook, now: dt.datetime) -> RuleSet:
    """The rule-set an appeal filed at ``now`` is judged under (the one in force then)."""
    return book.in_force_at(now)


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
) -> str:
    """File an appeal on a failing shipment; returns its id. Refusals write nothing.

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
    # Files first, each complete and durable, then the rows that reference them: a crash
    # or a failed commit leaves unreferenced files for the sweep, never a row without its
    # file.
    stored_files = [
        evidence.store(data, name, limits.folder, limits.max_bytes) for name, data in files
    ]
    with transaction(engine) as connection:
        return record_filing(connection, filing, stored_files, now)


@dataclass(frozen=True)
class CheckedFiling:
    """A filing that passed every refusal: the shipment as filing sees it, and the
    rule-set it is judged under."""

    view: ShipmentView
    rule_set: RuleSet


def check_filing(
    connection: sa.Connection,
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
) -> CheckedFiling:
    """Every refusal of a filing, before anything is written or a third party is asked.

    Checked in this order: the filer, the shipment (OutOfScope when the filer may not see
    it, then the rules' refusal), the type, the tracking number, the evidence.
    """
    if filer.is_operator:
        raise AppealRefused("not_merchant", "appeals are filed by the merchant")
    rule_set = filing_rule_set(book, now)
    appeal_rules(rule_set)  # refused when §1 is not in force
    tv = rule_set.tracking_visibility
    assert tv is not None
    view = shipment_view(connection, scope, order_id, shipment_id, rule_set, now)
    if view.refusal is not None:
        raise AppealRefused(view.refusal, f"shipment {shipment_id}: {view.refusal}")
    if appeal_type not in tv.appeals.types:
        raise AppealRefused("unknown_type", f"appeal type {appeal_type!r} is not offered")
    if normalise_tracking_number(tracking_number) != normalise_tracking_number(
        view.tracking_number
    ):
        raise AppealRefused(
            "tracking_number_mismatch",
            f"tracking number {tracking_number!r} is not the one of shipment {shipment_id}",
            number=view.tracking_number,
        )
    _check_files(files, limits)
    return CheckedFiling(view, rule_set)


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


def _check_files(files: Sequence[tuple[str, bytes]], limits: EvidenceLimits) -> None:
    """Refuse missing, too many, empty, too large or non-image evidence, with a code."""
    if not files:
        raise AppealRefused("no_evidence", "add at least one screenshot of the tracking")
    if len(files) > limits.max_files:
        raise AppealRefused(
            "too_many_files",
            f"{len(files)} screenshots, at most {limits.max_files} allowed",
            max_files=limits.max_files,
        )
    for name, data in files:
        if len(data) > limits.max_bytes:
            raise AppealRefused(
                "evidence_too_large",
                f"screenshot {name!r}: more than {limits.max_bytes:,} bytes",
                name=name,
                max_bytes=limits.max_bytes,
            )
        try:
            evidence.image_format(data, name, limits.max_bytes)
        except evidence.EvidenceRejected as exc:
            raise AppealRefused("evidence_not_image", str(exc), name=name) from exc


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
    "prepare_filing",
    "record_filing",
    "shipment_view",
    "stored_third_party_facts",
]
