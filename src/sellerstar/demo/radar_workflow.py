"""The demo's product radar (rulebook §3): the scan job over the imported marketplace, then
tasks walked through every state with the services, on the demo's clock.

The listings arrive in two cohorts: most ten days before the demo's view date, a quarter
(by a hash of the product id) three days before. The radar's daily run (01:00 platform
time) scans each day what has arrived, so the first cohort's tasks are past their 7-day
deadline on the view date and the second cohort's count down. Between the runs, the
merchants and the operators act, each way out once where the store has tasks enough (the
demo merchant's tasks first, so its signed-in pages show them):

- first cohort: a qualification approved (every task of that right for the merchant
  closes), an edit approved, an appeal approved (cleared), an appeal rejected and an edit
  rejected (both then delisted at the deadline), a product delisted by its merchant, an
  edit and an appeal still under review at the deadline (waiting, "0 天", "审核中"), an
  edit rejected after the deadline (delisted at once); the others are delisted with
  penalty points by the run at the deadline (the daily cap shows when a merchant has many);
- second cohort: an edit under review, an edit rejected with its reason, a qualification
  under review, an appeal under review, an appeal rejected; the others count down.
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from PIL import Image, ImageDraw

from sellerstar.domain.access import Principal, Role
from sellerstar.domain.radar import QualificationKind, TaskStatus
from sellerstar.jobs.radar import run_radar_job
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, radar_decisions, radar_submissions
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, radar_findings

EARLY_DAYS, LATE_DAYS = 10, 3
"""Days before the view date on which the two cohorts of listings arrive."""
LATE_SHARE = 4
"""One listing in this many arrives with the second cohort."""
RUN_AT = dt.time(1, 0)
OPERATOR = "demo-ops"

# In the order the demo merchant's tasks are given out (it seldom has one for each): the
# states its signed-in pages show best first.
FIRST_COHORT_ROLES = (
    "edit_waiting",
    "appeal_waiting",
    "edit_approved",
    "appeal_approved",
    "edit_rejected_after_deadline",
    "qualification_approved",
    "appeal_rejected",
    "edit_rejected",
    "delisted_by_merchant",
)
SECOND_COHORT_ROLES = (
    "edit_rejected",
    "appeal_pending",
    "qualification_pending",
    "edit_pending",
    "appeal_rejected",
)

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_accounts = contract_tables["accounts"]


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


def run_radar_demo(
    store: sa.Engine,
    book: RuleBook,
    view: dt.date,
    *,
    demo_merchant: str | None,
    evidence_dir: Path,
    evidence_max_bytes: int,
    image_root: Path,
) -> RadarDemo | None:
    """Run the radar over the demo store up to ``view`` (see the module docstring); None
    when the radar is not in force on the first cohort's day."""
    zone = ZoneInfo(book.in_force(view).calendar.timezone)
    first_day = view - dt.timedelta(days=EARLY_DAYS)
    second_day = view - dt.timedelta(days=LATE_DAYS)
    if book.in_force(first_day).product_radar is None:
        return None

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), zone).astimezone(dt.UTC)

    with store.connect() as connection:
        listed = connection.scalars(
            sa.select(_products.c.product_id).where(_products.c.status == "listed")
        ).all()
        mains = dict(
            connection.execute(
                sa.select(_accounts.c.merchant_id, sa.func.min(_accounts.c.account_id))
                .where(_accounts.c.role == "main")
                .group_by(_accounts.c.merchant_id)
            ).all()
        )
    late = {p for p in listed if zlib.crc32(p.encode("utf-8")) % LATE_SHARE == 0}
    early = set(listed) - late
    demo = RadarDemo(span=f"{first_day} … {view}")
    walk = _Walk(store, book, image_root, demo, demo_merchant, mains)
    walk.evidence = (evidence_dir, evidence_max_bytes)

    # The first cohort arrives and is scanned.
    walk.run(at(first_day, RUN_AT.hour), early)
    first = walk.assign(at(first_day, RUN_AT.hour), "first", FIRST_COHORT_ROLES)
    d = first_day
    walk.qualify(first.get("qualification_approved"), at(d, 10))
    walk.edit(first.get("edit_approved"), at(d, 10, 5), remove_mark=True)
    walk.edit(first.get("edit_rejected"), at(d, 10, 10), remove_mark=False)
    walk.appeal(first.get("appeal_approved"), at(d, 10, 15))
    walk.appeal(first.get("appeal_rejected"), at(d, 10, 20))
    d = first_day + dt.timedelta(days=1)
    walk.run(at(d, RUN_AT.hour), early)
    walk.decide(first.get("qualification_approved"), True, at(d, 15))
    walk.decide(first.get("edit_approved"), True, at(d, 15, 5))
    walk.decide(
        first.get("edit_rejected"), False, at(d, 15, 10),
        "The title still names the brand; remove every mention of it.",
    )  # fmt: skip
    walk.decide(first.get("appeal_approved"), True, at(d, 15, 15))
    walk.decide(
        first.get("appeal_rejected"), False, at(d, 15, 20),
        "The listing uses the mark to describe the product; an appeal needs proof of rights.",
    )  # fmt: skip
    d = first_day + dt.timedelta(days=2)
    walk.run(at(d, RUN_AT.hour), early)
    walk.delist(first.get("delisted_by_merchant"), at(d, 11))
    # Runs up to the day before the deadline; then three filings just before it.
    while d < second_day - dt.timedelta(days=1):
        d += dt.timedelta(days=1)
        walk.run(at(d, RUN_AT.hour), early)
    walk.edit(first.get("edit_waiting"), at(d, 16), remove_mark=True)
    walk.appeal(first.get("appeal_waiting"), at(d, 16, 5))
    walk.edit(first.get("edit_rejected_after_deadline"), at(d, 16, 10), remove_mark=False)
    # The deadline run: the first cohort's deadline passes, the second cohort arrives.
    d = second_day
    walk.run(at(d, RUN_AT.hour), listed)
    second = walk.assign(at(d, RUN_AT.hour), "second", SECOND_COHORT_ROLES)
    walk.decide(
        first.get("edit_rejected_after_deadline"), False, at(d, 11),
        "The brand is still in the description.",
    )  # fmt: skip
    walk.edit(second.get("edit_rejected"), at(d, 14), remove_mark=False)
    walk.qualify(second.get("qualification_pending"), at(d, 14, 5))
    walk.appeal(second.get("appeal_rejected"), at(d, 14, 10))
    d += dt.timedelta(days=1)
    walk.run(at(d, RUN_AT.hour), listed)
    walk.decide(
        second.get("edit_rejected"), False, at(d, 10),
        "The new title still carries the mark in another spelling.",
    )  # fmt: skip
    walk.decide(
        second.get("appeal_rejected"), False, at(d, 10, 5),
        "No authorisation from the right holder was shown.",
    )  # fmt: skip
    d += dt.timedelta(days=1)
    walk.run(at(d, RUN_AT.hour), listed)
    walk.edit(second.get("edit_pending"), at(d, 9), remove_mark=True)
    walk.appeal(second.get("appeal_pending"), at(d, 10))
    while d < view:
        d += dt.timedelta(days=1)
        walk.run(at(d, RUN_AT.hour), listed)
    return demo


class _Walk:
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
