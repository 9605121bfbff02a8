"""The radar's store job (rulebook §3): scan new and changed listings, open a task per
suspected right, close the tasks of products gone from the feed, enforce the deadlines.

A product is scanned when its content fingerprint (sha256 of its title, description,
declared brand and image: the file's bytes, or its path when the file is missing) or the
rights fingerprint (every right, its reference image and the detection rules) differs from
the one ``radar_scans`` holds. Listings are read a page at a time (:data:`PAGE_SIZE`), so
the job's memory does not grow with the catalogue. The detector is built once per run;
the scanning (CPU work) happens with no transaction open, then each batch of products is
written in one short transaction. For each finding a task is opened unless one exists
already for that product and right with the same content (whatever its status), the
product has an open task for that right, or the merchant holds an approved qualification
for that right. A product listed again with the content a task delisted it for is
delisted again (``services/radar_relisting.py``). Then the tasks of products no longer
listed are rectified and the deadlines enforced.

Re-running opens nothing: every finding is then covered by its task. The job runs only
when the rule-set in force has a ``[product_radar]`` section, and records itself in
``job_runs`` (also when it fails).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sellerstar.config import get_settings
from sellerstar.domain.radar import RadarCategory, ReviewKind, ReviewState, TaskStatus
from sellerstar.errors import InputError
from sellerstar.radar.detector import Detector
from sellerstar.radar.fingerprints import content_fingerprint, rights_fingerprint
from sellerstar.radar.model import Finding, IpRight, ProductText
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.services import radar_relisting, radar_tasks
from sellerstar.store.db import transaction, upsert
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import contract_tables, radar_findings, radar_reviews, radar_scans

JOB_NAME = "radar"
PAGE_SIZE = 20_000
"""Listings read per query (with their fingerprints): what the job holds in memory."""
BATCH_SIZE = 200
"""Products written per transaction: short enough not to hold the store's write lock for
long (SQLite), large enough not to pay a commit per product."""

_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]
_tasks = contract_tables["radar_tasks"]

SUMMARY_KEYS = (
    "products_listed",
    "products_scanned",
    "findings",
    "tasks_opened",
    "covered_by_task",
    "qualified",
    "images_unreadable",
    "tasks_of_removed_products",
    "delisted",
    "waiting",
    "delisted_again",
)


@dataclass(frozen=True)
class _Listing:
    product_id: str
    merchant_id: str
    owner_account_id: str | None
    text: ProductText
    fingerprint: str


def run_radar_job(
    store: sa.Engine,
    book: RuleBook,
    now: dt.datetime,
    *,
    image_root: Path | None = None,
    batch_size: int = BATCH_SIZE,
    only: Collection[str] | None = None,
) -> dict[str, int] | None:
    """Scan, open tasks, close and enforce (see the module docstring); what it counted, or
    None when the rule-set in force at ``now`` has no product radar (nothing is recorded).

    Product and reference images are read under ``image_root`` (default: the setting
    ``SELLERSTAR_PRODUCT_IMAGES_DIR``). ``only``: scan just these products, leaving the
    others for a later run (the demo lets its listings arrive over several days)."""
    rule_set = book.in_force_at(now)
    if rule_set.product_radar is None:
        return None
    root = image_root if image_root is not None else get_settings().product_images_dir
    with recorded(store, JOB_NAME, {"at": now.isoformat()}, now) as run:
        summary = _run(store, book, rule_set, root, now, batch_size, only)
        run.summary = summary
    return summary


def _run(
    store: sa.Engine,
    book: RuleBook,
    rule_set: RuleSet,
    root: Path,
    now: dt.datetime,
    batch_size: int,
    only: Collection[str] | None,
) -> dict[str, int]:
    section = radar_tasks.radar_section(rule_set)
    counts: Counter[str] = Counter()
    with store.connect() as connection:
        rights = _read_rights(connection)
    rights_print = rights_fingerprint(rights, root, section.detection.model_dump_json())
    wanted = set(only) if only is not None else None
    detector: Detector | None = None
    by_id = {right.right_id: right for right in rights}
    for listings, scanned in _pages(store, root, PAGE_SIZE):
        if wanted is not None:
            listings = [listing for listing in listings if listing.product_id in wanted]
        counts["products_listed"] += len(listings)
        listings = _keep_delistings(store, listings, now, counts)
        due = [
            listing
            for listing in listings
            if scanned.get(listing.product_id) != (listing.fingerprint, rights_print)
        ]
        if not due:
            continue
        detector = detector or Detector.build(rights, section.detection, root)
        for batch in _batches(due, batch_size):
            found = [(listing, _scan(detector, listing, root, counts)) for listing in batch]
            with transaction(store) as connection:
                _write_batch(connection, found, by_id, rights_print, rule_set, now, counts)
    with transaction(store) as connection:
        counts["tasks_of_removed_products"] = radar_tasks.close_tasks_of_removed_products(
            connection, now
        )
        enforced = radar_tasks.enforce_deadlines(connection, book, now)
    counts["delisted"] = enforced["delisted"]
    counts["waiting"] = enforced["waiting"]
    return {key: counts[key] for key in SUMMARY_KEYS}


def _keep_delistings(
    store: sa.Engine, listings: list[_Listing], now: dt.datetime, counts: Counter[str]
) -> list[_Listing]:
    """The listings left listed: a product relisted with the content a task delisted it
    for is delisted again (``services/radar_relisting.py``)."""
    if not listings:
        return listings
    with store.connect() as connection:
        enforced = radar_relisting.enforced_contents(
            connection, listings[0].product_id, listings[-1].product_id
        )
    relisted = [
        (listing.product_id, enforced[(listing.product_id, listing.fingerprint)])
        for listing in listings
        if (listing.product_id, listing.fingerprint) in enforced
    ]
    if not relisted:
        return listings
    with transaction(store) as connection:
        again = set(radar_relisting.delist_again(connection, relisted, now=now))
    counts["delisted_again"] += len(again)
    return [listing for listing in listings if listing.product_id not in again]


def _read_rights(connection: sa.Connection) -> list[IpRight]:
    return [
        IpRight(
            right_id=row.right_id,
            holder=row.holder,
            kind=row.kind,
            mark=row.mark,
            aliases=IpRight.split_aliases(row.aliases),
            image_path=row.image_path,
            goods=IpRight.split_goods(row.goods),
        )
        for row in connection.execute(sa.select(_rights).order_by(_rights.c.right_id))
    ]


def _pages(
    store: sa.Engine, root: Path, size: int
) -> Iterator[tuple[list[_Listing], dict[str, tuple[str, str]]]]:
    """The listed products in pages of ``size`` by product id, each with the fingerprints
    ``radar_scans`` holds for them: a marketplace's millions of listings never sit in
    memory at once (issue 21)."""
    after: str | None = None
    while True:
        with store.connect() as connection:
            listings = _read_listings(connection, root, after, size)
            if not listings:
                return
            first, last = listings[0].product_id, listings[-1].product_id
            scanned = {
                row.product_id: (row.fingerprint, row.rights_fingerprint)
                for row in connection.execute(
                    sa.select(
                        radar_scans.c.product_id,
                        radar_scans.c.fingerprint,
                        radar_scans.c.rights_fingerprint,
                    ).where(radar_scans.c.product_id.between(first, last))
                )
            }
        yield listings, scanned
        after = last


def _read_listings(
    connection: sa.Connection, root: Path, after: str | None, size: int
) -> list[_Listing]:
    query = (
        sa.select(
            _products.c.product_id,
            _products.c.merchant_id,
            _products.c.owner_account_id,
            _products.c.title,
            _products.c.description,
            _products.c.brand,
            _products.c.image_path,
        )
        .where(_products.c.status == "listed")
        .order_by(_products.c.product_id)
        .limit(size)
    )
    if after is not None:
        query = query.where(_products.c.product_id > after)
    listings = []
    for row in connection.execute(query):
        text = ProductText(
            product_id=row.product_id,
            title=row.title,
            description=row.description,
            brand=row.brand,
            image_path=row.image_path,
        )
        listings.append(
            _Listing(
                row.product_id,
                row.merchant_id,
                row.owner_account_id,
                text,
                content_fingerprint(text, root),
            )
        )
    return listings


def _batches(items: Sequence[_Listing], size: int) -> Iterator[list[_Listing]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def _scan(detector: Detector, listing: _Listing, root: Path, counts: Counter[str]) -> list[Finding]:
    """The listing's findings. An image that cannot be read is left out of the scan (the
    text is still scanned) rather than stopping the whole run on one bad file."""
    counts["products_scanned"] += 1
    try:
        return detector.scan(listing.text, root)
    except InputError:
        counts["images_unreadable"] += 1
        text = listing.text
        without = ProductText(text.product_id, text.title, text.description, text.brand, None)
        return detector.scan(without, root)


def _write_batch(
    connection: sa.Connection,
    found: Sequence[tuple[_Listing, list[Finding]]],
    rights: dict[str, IpRight],
    rights_print: str,
    rule_set: RuleSet,
    now: dt.datetime,
    counts: Counter[str],
) -> None:
    product_ids = [listing.product_id for listing, _ in found]
    covered = _covered(connection, product_ids)
    qualified = _qualified(connection, {listing.merchant_id for listing, _ in found})
    for listing, findings in found:
        counts["findings"] += len(findings)
        for finding in findings:
            key = (listing.product_id, finding.right_id)
            if (*key, listing.fingerprint) in covered or key in covered:
                counts["covered_by_task"] += 1
                continue
            if (listing.merchant_id, finding.right_id) in qualified:
                counts["qualified"] += 1
                continue
            right = rights[finding.right_id]
            radar_tasks.open_task(
                connection,
                product_id=listing.product_id,
                merchant_id=listing.merchant_id,
                owner_account_id=listing.owner_account_id,
                right_id=finding.right_id,
                category=RadarCategory.RISK_CONTROL,
                detail=task_detail(right),
                findings=[_finding_row(finding)],
                fingerprint=listing.fingerprint,
                rule_set=rule_set,
                now=now,
            )
            covered.add(key)
            counts["tasks_opened"] += 1
    upsert(
        connection,
        radar_scans,
        [
            {
                "product_id": listing.product_id,
                "fingerprint": listing.fingerprint,
                "rights_fingerprint": rights_print,
                "scanned_at": now,
                "findings": len(findings),
            }
            for listing, findings in found
        ],
    )


def task_detail(right: IpRight) -> str:
    """The problem detail of a suspected-IP task (English; the pages word it per language
    from the right and its kind).

    >>> task_detail(IpRight("R1", "Louis Vuitton Malletier", "trademark", "LV", (), None))
    'Suspected infringement of trademark "LV" (Louis Vuitton Malletier)'
    """
    return f'Suspected infringement of {right.kind} "{right.mark}" ({right.holder})'


def _finding_row(finding: Finding) -> dict[str, Any]:
    return {
        "field": finding.field,
        "matched_text": finding.matched_text,
        "span_start": finding.span_start,
        "span_end": finding.span_end,
        "step": finding.step,
        "score": finding.score,
    }


def _covered(connection: sa.Connection, product_ids: Iterable[str]) -> set[tuple[str, ...]]:
    """(product, right, fingerprint) of every task's findings, and (product, right) of
    every open task, of these products."""
    ids = list(product_ids)
    findings = radar_findings.c
    covered: set[tuple[str, ...]] = {
        (product_id, right_id, fingerprint)
        for product_id, right_id, fingerprint in connection.execute(
            sa.select(findings.product_id, findings.right_id, findings.fingerprint)
            .distinct()
            .where(findings.product_id.in_(ids))
        )
    }
    covered |= {
        (product_id, right_id)
        for product_id, right_id in connection.execute(
            sa.select(_tasks.c.product_id, _tasks.c.right_id)
            .distinct()
            .where(
                _tasks.c.product_id.in_(ids),
                _tasks.c.right_id.is_not(None),
                _tasks.c.status == TaskStatus.OPEN.value,
            )
        )
    }
    return covered


def _qualified(connection: sa.Connection, merchant_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(merchant, right) of every approved qualification of these merchants."""
    return {
        (row.merchant_id, row.right_id)
        for row in connection.execute(
            sa.select(radar_reviews.c.merchant_id, radar_reviews.c.right_id).where(
                radar_reviews.c.merchant_id.in_(list(merchant_ids)),
                radar_reviews.c.kind == ReviewKind.QUALIFICATION.value,
                radar_reviews.c.state == ReviewState.APPROVED.value,
            )
        )
    }
