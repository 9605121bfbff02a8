"""The demo radar's acts, apart from its calendar: the daily runs and each way out a merchant
or the operator takes through the services, one transaction each. They live here so that
:mod:`sellerstar.demo.radar_workflow` reads as the schedule of when each happens; which
task serves which role, and the letter a qualification files, stay with the acts that use
them.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PIL import Image, ImageDraw

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.radar import QualificationKind, TaskStatus
from sellerstar.jobs.radar import run_radar_job
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, radar_decisions, radar_submissions
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, radar_findings

OPERATOR = "demo-ops"

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]


@dataclass
class RadarDemo:
    """What the demo's radar did: the daily runs' totals and the task of each role."""

    span: str = ""  # the days of the radar's daily runs
    runs: int = 0
    tasks_opened: int = 0
    delisted: int = 0
    roles: dict[str, str] = field(default_factory=dict)  # "cohort:role" -> task id

    def rows(self) -> dict[str, int]:
        return {
            "radar_tasks opened": self.tasks_opened,
            "products delisted with points": self.delisted,
            "tasks walked through a way out": len(self.roles),
        }


@dataclass(frozen=True)
class _Task:
    task_id: str
    product_id: str
    merchant_id: str
    right_id: str
    title: str
    description: str | None
    brand: str | None
    field: str
    span: tuple[int, int]


class Walk:
    """The runs and the acts of one demo, each in its own transaction."""

    def __init__(
        self,
        store: sa.Engine,
        book: RuleBook,
        image_root: Path,
        demo: RadarDemo,
        demo_merchant: str | None,
        mains: dict[str, str],
    ) -> None:
        self.store = store
        self.book = book
        self.image_root = image_root
        self.demo = demo
        self.demo_merchant = demo_merchant
        self.mains = mains
        self.evidence: tuple[Path, int] = (Path("var/evidence"), 5 * 1024 * 1024)
        self.used_products: set[str] = set()
        self.reviews: dict[str, str] = {}  # task id -> its latest review
        # A qualified right rectifies the merchant's open tasks of it whenever it is
        # approved, also tasks of a later cohort: those never get a role.
        self.qualified: set[tuple[str, str]] = set()

    def run(self, now: dt.datetime, arrived: Collection[str]) -> None:
        summary = run_radar_job(
            self.store, self.book, now, image_root=self.image_root, only=arrived
        )
        if summary is not None:
            self.demo.runs += 1
            self.demo.tasks_opened += summary["tasks_opened"]
            self.demo.delisted += summary["delisted"]

    def assign(self, created: dt.datetime, cohort: str, roles: Sequence[str]) -> dict[str, _Task]:
        """A task of the cohort opened at ``created`` for each role, as far as they go;
        the demo merchant's first. A product, and a merchant's right once qualified, serve
        one role only (their other tasks would close with it)."""
        candidates = sorted(
            self._opened_at(created),
            key=lambda t: (t.merchant_id != self.demo_merchant, t.merchant_id, t.product_id),
        )
        chosen: dict[str, _Task] = {}
        qualified = self.qualified
        # Qualifications first: their right must not hold another role's task.
        for role in sorted(roles, key=lambda role: not role.startswith("qualification")):
            pool = [
                t
                for t in candidates
                if t.product_id not in self.used_products
                and (t.merchant_id, t.right_id) not in qualified
            ]
            if role.startswith("qualification"):
                pool.sort(key=_a_few_tasks_of_the_right_first(pool, self.demo_merchant))
            if not pool:
                continue
            task = pool[0]
            chosen[role] = task
            self.demo.roles[f"{cohort}:{role}"] = task.task_id
            self.used_products.add(task.product_id)
            if role.startswith("qualification"):
                qualified.add((task.merchant_id, task.right_id))
                self.used_products.update(
                    t.product_id
                    for t in candidates
                    if (t.merchant_id, t.right_id) == (task.merchant_id, task.right_id)
                )
        return chosen

    def _opened_at(self, created: dt.datetime) -> list[_Task]:
        with self.store.connect() as connection:
            rows = connection.execute(
                sa.select(
                    _tasks.c.task_id,
                    _tasks.c.product_id,
                    _tasks.c.right_id,
                    _products.c.merchant_id,
                    _products.c.title,
                    _products.c.description,
                    _products.c.brand,
                    radar_findings.c.field,
                    radar_findings.c.span_start,
                    radar_findings.c.span_end,
                )
                .join(_products, _products.c.product_id == _tasks.c.product_id)
                .join(radar_findings, radar_findings.c.task_id == _tasks.c.task_id)
                .where(
                    _tasks.c.created_at == created,
                    _tasks.c.status == TaskStatus.OPEN.value,
                    _tasks.c.right_id.is_not(None),
                )
                .order_by(_tasks.c.task_id)
            ).all()
        tasks: dict[str, _Task] = {}
        for row in rows:
            tasks.setdefault(
                row.task_id,
                _Task(
                    row.task_id,
                    row.product_id,
                    row.merchant_id,
                    row.right_id,
                    row.title,
                    row.description,
                    row.brand,
                    row.field,
                    (row.span_start, row.span_end),
                ),
            )
        return list(tasks.values())

    def _merchant(self, task: _Task) -> Principal:
        login = "demo-main" if task.merchant_id == self.demo_merchant else task.merchant_id
        return Principal(
            user_id=0,
            login=login,
            display_name=login,
            role=Role.MERCHANT_MAIN,
            merchant_id=task.merchant_id,
            account_id=self.mains.get(task.merchant_id),
        )

    def _act(self, act: Callable[[sa.Connection], Any]) -> Any:
        with transaction(self.store) as connection:
            return act(connection)

    def edit(self, task: _Task | None, now: dt.datetime, *, remove_mark: bool) -> None:
        """Send an edit: without the mark, or (for a rejection) with its words moved."""
        if task is None:
            return
        fields = {"title": task.title, "description": task.description, "brand": task.brand}
        if remove_mark:
            fields[task.field] = _without(fields[task.field], task.span)
        else:
            fields["title"] = f"{task.title} (new season)"
        title = fields["title"] or "Product"
        self.reviews[task.task_id] = self._act(
            lambda c: radar_submissions.submit_edit(
                c,
                self._merchant(task),
                task.task_id,
                title=title,
                description=fields["description"],
                brand=fields["brand"],
                book=self.book,
                now=now,
            )
        )

    def appeal(self, task: _Task | None, now: dt.datetime) -> None:
        if task is None:
            return
        statement = (
            "We make this product ourselves; the words describe it and name no brand. "
            "Photos of our workshop and the moulds are attached to our records."
        )
        self.reviews[task.task_id] = self._act(
            lambda c: radar_submissions.submit_appeal(
                c,
                self._merchant(task),
                task.task_id,
                statement=statement,
                book=self.book,
                now=now,
            )
        )

    def qualify(self, task: _Task | None, now: dt.datetime) -> None:
        if task is None:
            return
        folder, max_bytes = self.evidence
        document = evidence.store(
            _authorisation_letter(task), "brand-authorisation.png", folder, max_bytes,
            documents=True,
        )  # fmt: skip
        self.reviews[task.task_id] = self._act(
            lambda c: radar_submissions.submit_qualification(
                c,
                self._merchant(task),
                task.task_id,
                qualification_kind=QualificationKind.BRAND_AUTHORISATION,
                note="Authorised distributor for mainland China and export.",
                document=document,
                book=self.book,
                now=now,
            )
        )

    def delist(self, task: _Task | None, now: dt.datetime) -> None:
        if task is None:
            return
        self._act(
            lambda c: radar_submissions.remove_product(
                c, self._merchant(task), task.task_id, now=now
            )
        )

    def decide(
        self, task: _Task | None, approve: bool, now: dt.datetime, reason: str | None = None
    ) -> None:
        if task is None or task.task_id not in self.reviews:
            return
        operator = Principal(0, OPERATOR, OPERATOR, Role.OPERATOR, None, None)
        review_id = self.reviews[task.task_id]
        self._act(
            lambda c: radar_decisions.decide(
                c, operator, review_id, approve=approve, reason=reason, book=self.book, now=now
            )
        )


def _a_few_tasks_of_the_right_first(
    pool: Sequence[_Task], demo_merchant: str | None
) -> Callable[[_Task], tuple[bool, bool, int, str]]:
    """The qualification's pick: the demo merchant's, then a right with a few tasks of the
    merchant (it shows closing them all, and leaves the other rights to the other roles)."""
    counts: dict[tuple[str, str], int] = {}
    for task in pool:
        key = (task.merchant_id, task.right_id)
        counts[key] = counts.get(key, 0) + 1
    return lambda t: (
        t.merchant_id != demo_merchant,
        counts[(t.merchant_id, t.right_id)] < 2,
        counts[(t.merchant_id, t.right_id)],
        t.product_id,
    )


def _without(text: str | None, span: tuple[int, int]) -> str | None:
    """``text`` without the matched span (and the spaces it leaves).

    >>> _without("Classic LV tote bag", (8, 10))
    'Classic tote bag'
    >>> _without("LV", (0, 2)) is None
    True
    """
    if text is None:
        return None
    start, end = span
    cleaned = " ".join((text[:start] + " " + text[end:]).split())
    return cleaned or None


def _authorisation_letter(task: _Task) -> bytes:
    """A scanned-looking brand authorisation (PNG) for a qualification."""
    image = Image.new("RGB", (620, 360), (252, 250, 244))
    draw = ImageDraw.Draw(image)
    draw.rectangle((12, 12, 607, 347), outline=(40, 60, 120), width=3)
    lines = (
        "BRAND AUTHORISATION LETTER",
        "",
        f"Right: {task.right_id}",
        f"Authorised seller: {task.merchant_id}",
        "Scope: sale of genuine goods, all listed channels",
        "Valid: 2022-01-01 to 2023-12-31",
        "",
        "Signed for the right holder",
    )
    for number, line in enumerate(lines):
        draw.text((40, 40 + 34 * number), line, fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
