"""The product radar's web tests: rights, products and tasks on top of web_support's world.

M1 (main A1 "Boss", subs A2 "Sales 2" and A3 "Sales 3"), M2 (main B1). Tasks open two
days before NOW (so 5 days are left of 7):

- T_BAG: P-BAG (A2, tier A) suspected of trademark LV, with two findings;
- T_WALLET: P-WALLET (A2, tier B), also LV (a qualification of LV closes both);
- T_SHOE: P-SHOE (A3, tier A), trademark Nike;
- T_SHIP: P-CABLE (no owner, tier B), an imported logistics task with a detail text;
- T_OTHER: M2's P-M2 suspected of LV (another merchant's: 404 for M1's users).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient
from pypdf import PdfWriter
from web_support import NOW

from factories import product_row, radar_task, right_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

OPENED = NOW - dt.timedelta(days=2)
LONG_DETAIL = " ".join(f"Shipping promise broken on order {n}." for n in range(1, 40))


@dataclass(frozen=True)
class RadarWorld:
    """The task ids of the radar world."""

    bag: str
    wallet: str
    shoe: str
    cable: str
    other: str


def seed_radar(engine: sa.Engine, opened: dt.datetime = OPENED) -> RadarWorld:
    """The rights, products and tasks above, opened at ``opened``."""
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["ip_rights"].insert(),
            [
                right_row("R-LV", "LV", aliases="Louis Vuitton;路易威登"),
                right_row("R-NIKE", "Nike"),
            ],
        )
        connection.execute(
            contract_tables["products"].insert(),
            [
                product_row(
                    "P-BAG", "M1", "LV style tote bag", owner_account_id="A2", tier="A",
                    brand="LV", description="Classic tote, LV pattern.",
                ),
                product_row(
                    "P-WALLET", "M1", "Louis Vuitton wallet", owner_account_id="A2", tier="B"
                ),
                product_row("P-SHOE", "M1", "N1ke running shoe", owner_account_id="A3", tier="A"),
                product_row("P-CABLE", "M1", "USB cable", tier="B"),
                product_row("P-M2", "M2", "LV belt", owner_account_id="B1"),
            ],
        )  # fmt: skip
        lv = [
            {"field": "title", "matched_text": "LV", "step": "exact", "score": 1.0},
            {"field": "brand", "matched_text": "LV", "step": "exact", "score": 0.98},
        ]
        bag = radar_task(connection, "P-BAG", right_id="R-LV", findings=lv, now=opened)
        wallet = radar_task(
            connection,
            "P-WALLET",
            right_id="R-LV",
            findings=[
                {"field": "title", "matched_text": "Louis Vuitton", "step": "alias", "score": 0.95}
            ],
            now=opened,
        )
        shoe = radar_task(
            connection,
            "P-SHOE",
            right_id="R-NIKE",
            findings=[{"field": "title", "matched_text": "N1ke", "step": "leet", "score": 0.9}],
            now=opened,
        )
        cable = radar_task(
            connection, "P-CABLE", category="logistics", detail=LONG_DETAIL, now=opened
        )
        other = radar_task(connection, "P-M2", right_id="R-LV", now=opened)
    return RadarWorld(bag, wallet, shoe, cable, other)


def pdf() -> bytes:
    """A one-page PDF (a qualification document)."""
    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def use_evidence_folder(client: TestClient, folder: Any, **limits: Any) -> None:
    """Point the app's evidence settings at ``folder`` (and override limits)."""
    app: Any = client.app
    app.state.settings = app.state.settings.model_copy(update={"evidence_dir": folder, **limits})


def task_status(engine: sa.Engine, task_id: str) -> str:
    tasks = contract_tables["radar_tasks"]
    with engine.connect() as connection:
        return str(connection.scalar(sa.select(tasks.c.status).where(tasks.c.task_id == task_id)))
