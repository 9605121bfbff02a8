"""The demo's discount sample venue (rulebook §4): registrations in every state.

On 2022-11-16 the demo merchant registers every product that may join (at the highest
discounted price the factor allows, some a little lower) and the other merchants with
eligible products register up to :data:`OTHERS_REGISTER` each. An operator suspends two of
the demo merchant's registrations. Three days before the view date the marketplace's feed
brings, through ``sellerstar import``: sample orders of registered products (the demo
merchant's shipped in time; one merchant's shipped late; another's cancelled by the
merchant after payment), the demo merchant's registered product whose stock fell to 6,
and a new listing in an industry outside the venue's table. The daily job's samples step on
the view date then costs the two merchants their right (their registrations end) and takes
the low-stock product out of the venue; an operator gives the right back to the merchant
that cancelled. The demo merchant's registration page shows products failing every rule
the catalogue gives (not listed, no samples, stock, growth score, main industry, industry
outside the table, no sample price, price below the minimum).
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.demo.radar_walk import OPERATOR
from sellerstar.domain.samples import failing_rules, max_discount_price
from sellerstar.ingest.contract import import_directory
from sellerstar.jobs.samples import run_sample_job
from sellerstar.rules import RuleBook
from sellerstar.services import sample_registrations, sample_rights, sample_suspensions
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables
from sellerstar.store.schema import sample_registrations as registrations

OTHERS_REGISTER = 20
REGISTERED_ON = dt.date(2022, 11, 16)
SUSPENSION = "Demo: the sample photos show a different colour from the listing."
RESTORATION = "Demo: the buyer asked to cancel; the merchant sent the chat record."
OUTSIDE_TABLE = "Agriculture"

_products = contract_tables["products"]
_orders = contract_tables["orders"]


@dataclass(frozen=True)
class SampleDemo:
    """What the demo did in the venue."""

    registered: int
    suspended: tuple[int, ...]
    lost_right: tuple[str, ...]
    restored: str | None = None
    summary: dict[str, int] | None = None


def prepare_sample_demo(
    store: sa.Engine, book: RuleBook, view: dt.date, *, demo_merchant: str
) -> SampleDemo | None:
    """Registrations, suspensions and the marketplace's feed of sample orders, before the
    metrics run (the sample orders are orders like the others); None when the venue is not
    in force on ``view``."""
    if book.in_force(view).sample_venue is None:
        return None
    zone = ZoneInfo(book.in_force(view).calendar.timezone)
    registered_at = dt.datetime.combine(REGISTERED_ON, dt.time(10), zone)
    eligible = _eligible_products(store, book, registered_at)
    others = sorted(
        (m for m in eligible if m != demo_merchant), key=lambda m: (-len(eligible[m]), m)
    )
    registered = 0
    with transaction(store) as connection:
        for merchant_id in [demo_merchant, *others]:
            chosen = eligible.get(merchant_id, [])
            if merchant_id != demo_merchant:
                chosen = chosen[:OTHERS_REGISTER]
            if chosen:
                registered += len(
                    sample_registrations.register(
                        connection,
                        book=book,
                        actor_login=f"{merchant_id}-main",
                        merchant_id=merchant_id,
                        offers={product_id: price for product_id, price, _ in chosen},
                        now=registered_at,
                    ).registered
                )
        suspended = _suspend_two(connection, demo_merchant, registered_at + dt.timedelta(days=2))
    lost = tuple(others[:2])
    feed_day = view - dt.timedelta(days=3)
    _import_feed(store, zone, feed_day, demo_merchant, eligible, lost)
    return SampleDemo(registered, suspended, lost)


def finish_sample_demo(
    store: sa.Engine, book: RuleBook, view: dt.date, prepared: SampleDemo
) -> SampleDemo:
    """The daily job's samples step on the view date (after the radar), then an operator
    gives the right back to the merchant that cancelled its sample order."""
    zone = ZoneInfo(book.in_force(view).calendar.timezone)
    now = dt.datetime.combine(view, dt.time(10), zone)
    summary = run_sample_job(store, book, now)
    restored = None
    if len(prepared.lost_right) == 2:
        restored = prepared.lost_right[1]
        with transaction(store) as connection:
            sample_rights.restore(
                connection,
                actor_login=OPERATOR,
                merchant_id=restored,
                note=RESTORATION,
                now=now + dt.timedelta(hours=1),
            )
    return SampleDemo(
        prepared.registered, prepared.suspended, prepared.lost_right, restored, summary
    )


def _eligible_products(
    store: sa.Engine, book: RuleBook, at: dt.datetime
) -> dict[str, list[tuple[str, Decimal, Any]]]:
    """Per merchant, the products that may join on ``at`` with the price to offer."""
    venue = book.in_force_at(at).sample_venue
    assert venue is not None
    rules = venue.venue_rules()
    found: dict[str, list[tuple[str, Decimal, Any]]] = {}
    with store.connect() as connection:
        rows = connection.execute(
            sample_registrations.product_query().order_by(_products.c.product_id)
        ).all()
    for index, row in enumerate(rows):
        facts = sample_registrations.facts_of(row)
        if failing_rules(facts, None, rules, True, 0):
            continue
        assert facts.sample_price_usd is not None
        factor = rules.industries[facts.industry][1]
        price = max_discount_price(facts.sample_price_usd, factor)
        if index % 3 == 0:  # some merchants give more than the venue asks
            price = max_discount_price(price, Decimal("0.9"))
        found.setdefault(row.merchant_id, []).append((row.product_id, price, row))
    return found


def _suspend_two(connection: sa.Connection, merchant_id: str, at: dt.datetime) -> tuple[int, ...]:
    ids = connection.execute(
        sa.select(registrations.c.registration_id)
        .where(registrations.c.merchant_id == merchant_id)
        .order_by(registrations.c.registration_id.desc())
        .limit(2)
    ).scalars()
    suspended = tuple(int(i) for i in ids)
    for registration_id in suspended:
        sample_suspensions.suspend(
            connection, actor_login=OPERATOR, registration_id=registration_id,
            reason=SUSPENSION, now=at,
        )  # fmt: skip
    return suspended


def _import_feed(
    store: sa.Engine,
    zone: ZoneInfo,
    day: dt.date,
    demo_merchant: str,
    eligible: dict[str, list[tuple[str, Decimal, Any]]],
    lost: tuple[str, ...],
) -> None:
    """The marketplace's feed of ``day`` through the import: sample orders (the demo
    merchant's shipped in time or not yet due; the first of ``lost`` shipped late, the
    second cancelled by the merchant) and two product changes."""

    def at(days: int) -> dt.datetime:
        return dt.datetime.combine(day + dt.timedelta(days=days), dt.time(10), zone)

    orders = []
    for index, (product_id, price, _) in enumerate(eligible[demo_merchant][:6]):
        due = at(-5 + index) if index < 4 else at(4 + index)
        shipped = due - dt.timedelta(hours=20) if index < 4 else None
        paid = due - dt.timedelta(days=3)
        orders.append(
            _sample_order(demo_merchant, product_id, price, paid=paid, ship_by=due, shipped=shipped)
        )
    for merchant_id, cancels in zip(lost, (False, True), strict=False):
        product_id, price, _ = eligible[merchant_id][0]
        if cancels:
            order = _sample_order(merchant_id, product_id, price, paid=at(-4), ship_by=at(3),
                                  cancelled=at(-2))  # fmt: skip
        else:
            order = _sample_order(merchant_id, product_id, price, paid=at(-6), ship_by=at(-3),
                                  shipped=at(-1))  # fmt: skip
        orders.append(order)
    first = eligible[demo_merchant][0][0]
    with store.connect() as connection:
        stored = connection.execute(sa.select(_products).where(_products.c.product_id == first))
        product = dict(stored.one()._mapping)
    products = [
        product | {"stock": 6},
        product | {"product_id": f"{first}-AG", "industry": OUTSIDE_TABLE,
                   "title": "Hand-held seed spreader for small farms"},
    ]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="sellerstar-samples-") as folder:
        _write(Path(folder) / "orders.csv", orders)
        _write(Path(folder) / "products.csv", products)
        import_directory(store, Path(folder), zone=zone)


def _sample_order(
    merchant_id: str,
    product_id: str,
    price: Decimal,
    *,
    paid: dt.datetime,
    ship_by: dt.datetime,
    shipped: dt.datetime | None = None,
    cancelled: dt.datetime | None = None,
) -> dict[str, Any]:
    status = "cancelled" if cancelled else ("shipped" if shipped else "paid")
    return {
        "order_id": f"S-{product_id}",
        "merchant_id": merchant_id,
        "buyer_id": "B-SAMPLES",
        "trade_assurance": True,
        "destination_country": "US",
        "trade_term": "DAP",
        "export_mode": "tad",
        "transport": "express",
        "payment_method": "tt",
        "status": status,
        "created_at": paid - dt.timedelta(hours=1),
        "paid_at": paid,
        "ship_by": ship_by,
        "shipped_at": shipped,
        "amount_usd": price,
        "all_items_rts": True,
        "delivery_promise": False,
        "sample_product_id": product_id,
        "cancelled_at": cancelled,
        "cancelled_by": "merchant" if cancelled else None,
    }


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _text(v) for k, v in row.items()})


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
