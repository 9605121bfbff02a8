"""The sample venue's buyer-side tests: buyers, their users and registrations on top of
web_support's world (merchants M1 "Ningbo Tools" and M2 "Yiwu Apparel").

Buyers BY-L1, BY-L2, BY-L4 (tiers L1, L2, L4) sign in as ``buyer-l1``, ``buyer-l2``,
``buyer-l4``. Thirty products R00…R29 are registered and in the venue, with repeated
discount factors, growth scores and registration times so that every order has ties
the registration id must break; four more are registered but never shown:
H-SUSPENDED, H-WITHDRAWN, H-ENDED (states other than active, out of the venue),
H-CHECKED (active, failed the last check: in_venue false) and H-STATE (marked in the
venue but suspended: the feeds require both).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from web_support import NOW, _password_hash

from factories import product_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, sample_registrations, users

BUYERS = {"buyer-l1": ("BY-L1", "L1"), "buyer-l2": ("BY-L2", "L2"), "buyer-l4": ("BY-L4", "L4")}
INDUSTRIES = ("Apparel", "Home & Garden")
LEAVES = ("bags", "lamps")
HIDDEN = ("H-SUSPENDED", "H-WITHDRAWN", "H-ENDED", "H-CHECKED", "H-STATE")


@dataclass(frozen=True)
class Shown:
    """A registration in the venue, with the keys the feeds order by."""

    registration_id: int
    product_id: str
    merchant_id: str
    industry: str
    leaf_category: str
    growth_score: int
    sample_price_usd: Decimal
    discount_price_usd: Decimal
    registered_at: dt.datetime


def registration_row(product_id: str, merchant_id: str, **columns: Any) -> dict[str, Any]:
    """An active registration in the venue (Apparel, bags, 10.00 → 5.00, growth 70)."""
    at = columns.pop("registered_at", NOW - dt.timedelta(days=1))
    row = {
        "merchant_id": merchant_id,
        "product_id": product_id,
        "discount_price_usd": Decimal("5.00"),
        "state": "active",
        "registered_at": at,
        "registered_by": "A1",
        "changed_at": at,
        "changed_by": "A1",
        "note": "",
        "holds_place": 1,
        "in_venue": True,
        "industry": "Apparel",
        "leaf_category": "bags",
        "growth_score": 70,
        "sample_price_usd": Decimal("10.00"),
        "checked_at": at,
    }
    unknown = columns.keys() - row.keys()
    if unknown:
        raise KeyError(f"sample_registrations has no column {', '.join(sorted(unknown))}")
    return row | columns


def _shown_rows() -> list[dict[str, Any]]:
    rows = []
    for i in range(30):
        rows.append(
            registration_row(
                f"R{i:02d}",
                "M2" if i % 3 == 0 else "M1",
                industry=INDUSTRIES[i % 2],
                leaf_category=LEAVES[(i // 2) % 2],
                growth_score=66 + (i * 7) % 5,
                sample_price_usd=Decimal("10.00") + (i % 3),
                discount_price_usd=(Decimal("3.00") + (i % 4)).quantize(Decimal("0.01")),
                registered_at=NOW - dt.timedelta(hours=i // 3),
            )
        )
    return rows


def _hidden_rows() -> list[dict[str, Any]]:
    deep = {"discount_price_usd": Decimal("1.00"), "growth_score": 99, "registered_at": NOW}
    return [
        registration_row("H-SUSPENDED", "M1", state="suspended", in_venue=False, **deep),
        registration_row(
            "H-WITHDRAWN", "M1", state="withdrawn", in_venue=False, holds_place=None, **deep
        ),
        registration_row("H-ENDED", "M2", state="ended", in_venue=False, holds_place=None, **deep),
        registration_row("H-CHECKED", "M2", in_venue=False, **deep),
        registration_row("H-STATE", "M1", state="suspended", in_venue=True, **deep),
    ]


def seed_venue(engine: sa.Engine) -> list[Shown]:
    """The buyers, their users, the products and registrations above; the shown ones."""
    shown_rows, hidden_rows = _shown_rows(), _hidden_rows()
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["buyers"].insert(),
            [
                {"buyer_id": buyer, "tier": tier, "badge": None, "country": "US"}
                for buyer, tier in BUYERS.values()
            ],
        )
        connection.execute(
            users.insert(),
            [
                {
                    "login": login,
                    "display_name": login.upper(),
                    "role": "buyer",
                    "buyer_id": buyer,
                    "password_hash": _password_hash(),
                    "created_at": NOW,
                }
                for login, (buyer, _tier) in BUYERS.items()
            ],
        )
        connection.execute(
            contract_tables["products"].insert(),
            [
                product_row(
                    row["product_id"],
                    row["merchant_id"],
                    f"Sample {row['product_id']}",
                    industry=row["industry"],
                    leaf_category=row["leaf_category"],
                    samples_supported=True,
                    sample_price_usd=row["sample_price_usd"],
                )
                for row in shown_rows + hidden_rows
            ],
        )
        connection.execute(sample_registrations.insert(), shown_rows + hidden_rows)
        found = connection.execute(
            sa.select(sample_registrations).where(sample_registrations.c.product_id.not_in(HIDDEN))
        ).mappings()
        return [Shown(**{k: row[k] for k in Shown.__dataclass_fields__}) for row in found]


def expected(placement: str, shown: list[Shown], **filters: str) -> list[str]:
    """The product ids of a placement, in the documented order."""
    rows = [s for s in shown if all(getattr(s, k) == v for k, v in filters.items())]
    if placement == "sample_centre":
        rows.sort(
            key=lambda s: (
                s.discount_price_usd / s.sample_price_usd,
                -s.registered_at.timestamp(),
                -s.registration_id,
            )
        )
    elif placement == "new_arrivals":
        rows.sort(key=lambda s: (-s.registered_at.timestamp(), -s.registration_id))
    else:
        rows.sort(key=lambda s: (-s.growth_score, -s.registration_id))
    return [s.product_id for s in rows]
