"""The refusals of a tracking appeal filing (rulebook §1.3–§1.4), checked before anything
is written or a third party is asked. Filing itself is :mod:`sellerstar.services.appeals`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from sellerstar.domain.access import MERCHANT_ROLES, Principal, Scope
from sellerstar.domain.carriers import normalise_tracking_number
from sellerstar.rules import RuleBook
from sellerstar.rules.model import RuleSet
from sellerstar.services import evidence
from sellerstar.services.appeal_errors import AppealRefused
from sellerstar.services.appeal_shipments import ShipmentView, appeal_rules, shipment_view


@dataclass(frozen=True)
class EvidenceLimits:
    """Where evidence goes and how much of it an appeal may carry."""

    folder: Path
    max_bytes: int
    max_files: int


def filing_rule_set(book: RuleBook, now: dt.datetime) -> RuleSet:
    """The rule-set an appeal filed at ``now`` is judged under (the one in force then)."""
    return book.in_force_at(now)


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
    tracking_number: str | None,
    files: Sequence[tuple[str, bytes]] | None,
    book: RuleBook,
    limits: EvidenceLimits | None,
    now: dt.datetime,
) -> CheckedFiling:
    """Every refusal of a filing, before anything is written or a third party is asked.

    Checked in this order: the filer, the shipment (OutOfScope when the filer may not see
    it, then the rules' refusal), the type, the tracking number, the evidence. The
    pre-check's preview passes no number and no files (None): those are not checked.
    """
    if filer.role not in MERCHANT_ROLES:
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
    if tracking_number is not None and normalise_tracking_number(
        tracking_number
    ) != normalise_tracking_number(view.tracking_number):
        raise AppealRefused(
            "tracking_number_mismatch",
            f"tracking number {tracking_number!r} is not the one of shipment {shipment_id}",
            number=view.tracking_number,
        )
    if files is not None and limits is not None:
        check_files(files, limits)
    return CheckedFiling(view, rule_set)


def check_files(files: Sequence[tuple[str, bytes]], limits: EvidenceLimits) -> None:
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
