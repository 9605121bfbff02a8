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
    shipment_view,
    third_party_facts,
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

    Checked in this order: the filer, the shipment (OutOfScope when the filer may not see
    it, then the rules' refusal), the type, the tracking number, the evidence; only then
    is a third party asked (the slow part).
    """
    if filer.is_operator:
        raise AppealRefused("not_merchant", "appeals are filed by the merchant")
    rule_set = filing_rule_set(book, now)
    appeal = appeal_rules(rule_set)
    tv = rule_set.tracking_visibility
    assert tv is not None
    with engine.connect() as connection:
        view = shipment_view(connection, scope, order_id, shipment_id, rule_set, now)
        connection.rollback()
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
    third_party, unavailable = third_party_facts(engine, view, rule_set, now, lookup)
    number_ok = check_tracking_number(view.carrier, view.tracking_number).ok
    check = rules.precheck(
        appeal_type,
        view.backend,
        third_party,
        appeal,
        number_ok=number_ok,
        third_party_unavailable=unavailable,
    )
    filing = _Filing(
        view=view,
        filer=filer,
        appeal_type=appeal_type,
        check=check,
        third_party=tuple(third_party),
        due_on=rules.review_due(platform_date(now, rule_set.calendar.timezone), appeal),
        auto_decide=tv.appeals.auto_decide,
    )
    return _write_filing(engine, filing, files, limits, now)


def sweep_evidence(
    engine: sa.Engine, folder: Path, grace: dt.timedelta = evidence.SWEEP_GRACE
) -> evidence.Swept:
    """Remove evidence files no appeal references, and ``.part`` files, older than
    ``grace`` (left by filings that crashed or failed before their commit)."""
    with engine.connect() as connection:
        # Read before the folder is walked: a file referenced later is younger than grace.
        referenced = connection.scalars(sa.select(appeal_evidence.c.relative_path)).all()
    return evidence.sweep(folder, referenced, grace)


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
class _Filing:
    view: ShipmentView
    filer: Principal
    appeal_type: str
    check: Precheck
    third_party: tuple[EventFact, ...]
    due_on: dt.date
    auto_decide: bool


def _write_filing(
    engine: sa.Engine,
    filing: _Filing,
    files: Sequence[tuple[str, bytes]],
    limits: EvidenceLimits,
    now: dt.datetime,
) -> str:
    view, check = filing.view, filing.check
    appeal_id = "AP" + now.strftime("%Y%m%d") + secrets.token_hex(4).upper()
    state = rules.transition(None, AppealEvent.FILE)
    # Files first, each complete and durable, then the rows that reference them: a crash
    # or a failed commit leaves unreferenced files for the sweep, never a row without its
    # file.
    stored_files = [
        evidence.store(data, name, limits.folder, limits.max_bytes) for name, data in files
    ]
    with transaction(engine) as connection:
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
            raise AppealRefused(
                "already_appealed", f"shipment {view.shipment_id}: already_appealed"
            )
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
            apply_decision(
                connection, appeal_id, event, reason, "automatic pre-check", "system", now
            )
    return appeal_id


__all__ = [
    "AppealAlreadyDecided",
    "AppealRefused",
    "EvidenceLimits",
    "ShipmentView",
    "ThirdPartyLookup",
    "appeal_rules",
    "decide",
    "file_appeal",
    "filing_rule_set",
    "shipment_view",
    "sweep_evidence",
    "third_party_facts",
]
