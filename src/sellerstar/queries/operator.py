"""What the operator console reads: merchants (search, overview) and the daily job runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope
from sellerstar.store.schema import (
    contract_tables,
    job_locks,
    job_runs,
    merchant_metrics,
    star_levels,
)

PAGE_SIZE = 20
JOB_PAGE_SIZE = 50


@dataclass(frozen=True)
class NewestStars:
    """A merchant's newest predicted star level: custom, and fast-trade if enabled."""

    stat_date: dt.date | None
    custom: int | None
    fast_trade: int | None


@dataclass(frozen=True)
class MerchantHit:
    """One merchant in the search results."""

    merchant_id: str
    name: str
    membership: str
    ta_status: str
    stars: NewestStars
    metrics_date: dt.date | None
    tv_rate: float | None


@dataclass(frozen=True)
class MerchantPage:
    """One page of the merchants matching a search."""

    query: str
    page: int
    pages: int
    total: int
    merchants: tuple[MerchantHit, ...]


@dataclass(frozen=True)
class Account:
    """One staff account of a merchant."""

    account_id: str
    role: str
    name: str


@dataclass(frozen=True)
class MerchantSummary:
    """The operator's overview of one merchant."""

    merchant: MerchantHit
    main_industry: str | None
    accounts: tuple[Account, ...]
    gd_rate: float | None
    ots_rate: float | None
    ots_due: int | None


@dataclass(frozen=True)
class JobRun:
    """One run of a batch job."""

    id: int
    job: str
    params: dict[str, Any] | None
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    summary: dict[str, Any] | None
    error: str | None


@dataclass(frozen=True)
class JobPage:
    """One page of job runs, newest first."""

    page: int
    pages: int
    total: int
    runs: tuple[JobRun, ...]


def find_merchants(connection: sa.Connection, query: str, page: int = 1) -> MerchantPage:
    """Merchants whose id starts with ``query`` or whose name contains it (any case),
    ordered by id; ``page`` counts from 1 and is clamped to the pages there are."""
    merchants = contract_tables["merchants"]
    text = query.strip()
    where: sa.ColumnElement[bool] = sa.true()
    if text:
        where = sa.or_(
            sa.func.lower(merchants.c.merchant_id).startswith(text.lower(), autoescape=True),
            sa.func.lower(merchants.c.name).contains(text.lower(), autoescape=True),
        )
    total = connection.scalar(sa.select(sa.func.count()).select_from(merchants).where(where)) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    rows = connection.execute(
        sa.select(merchants)
        .where(where)
        .order_by(merchants.c.merchant_id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    hits = _hits(connection, rows)
    return MerchantPage(text, page, pages, total, tuple(hits[row.merchant_id] for row in rows))


def merchant_summary(connection: sa.Connection, merchant_id: str) -> MerchantSummary:
    """One merchant, its accounts and newest figures; OutOfScope if there is none."""
    merchants = contract_tables["merchants"]
    accounts = contract_tables["accounts"]
    row = connection.execute(
        sa.select(merchants).where(merchants.c.merchant_id == merchant_id)
    ).one_or_none()
    if row is None:
        raise OutOfScope(f"merchant {merchant_id!r}")
    hit = _hits(connection, [row])[merchant_id]
    staff = connection.execute(
        sa.select(accounts)
        .where(accounts.c.merchant_id == merchant_id)
        .order_by(accounts.c.role, accounts.c.account_id)
    )
    metrics = _newest_metrics(connection, [merchant_id]).get(merchant_id)
    return MerchantSummary(
        merchant=hit,
        main_industry=row.main_industry,
        accounts=tuple(Account(a.account_id, a.role, a.name) for a in staff),
        gd_rate=None if metrics is None else metrics.gd_rate,
        ots_rate=None if metrics is None else metrics.ots_rate,
        ots_due=None if metrics is None else metrics.ots_due,
    )


def job_runs_page(connection: sa.Connection, page: int = 1) -> JobPage:
    """Batch job runs, newest first."""
    total = connection.scalar(sa.select(sa.func.count()).select_from(job_runs)) or 0
    pages = max(1, -(-total // JOB_PAGE_SIZE))
    page = min(max(page, 1), pages)
    rows = connection.execute(
        sa.select(job_runs)
        .order_by(job_runs.c.started_at.desc(), job_runs.c.id.desc())
        .limit(JOB_PAGE_SIZE)
        .offset((page - 1) * JOB_PAGE_SIZE)
    )
    runs = tuple(
        JobRun(
            id=row.id,
            job=row.job,
            params=row.params,
            started_at=row.started_at,
            finished_at=row.finished_at,
            status=row.status,
            summary=row.summary,
            error=row.error,
        )
        for row in rows
    )
    return JobPage(page, pages, total, runs)


def jobs_running(connection: sa.Connection, now: dt.datetime) -> bool:
    """Whether a job is running now: a run recorded as running, or a job lock held and not
    expired (an operator's start holds the daily lock before its first step is recorded)."""
    recorded = sa.select(job_runs.c.id).where(job_runs.c.status == "running")
    held = sa.select(job_locks.c.job).where(job_locks.c.expires_at > now)
    return bool(connection.scalar(sa.select(sa.or_(sa.exists(recorded), sa.exists(held)))))


def _hits(connection: sa.Connection, rows: Sequence[sa.Row[Any]]) -> dict[str, MerchantHit]:
    ids = [row.merchant_id for row in rows]
    stars = _newest_stars(connection, ids)
    metrics = _newest_metrics(connection, ids)
    empty = NewestStars(None, None, None)
    return {
        row.merchant_id: MerchantHit(
            merchant_id=row.merchant_id,
            name=row.name,
            membership=row.membership,
            ta_status=row.ta_status,
            stars=stars.get(row.merchant_id, empty),
            metrics_date=metrics[row.merchant_id].stat_date if row.merchant_id in metrics else None,
            tv_rate=metrics[row.merchant_id].tv_rate if row.merchant_id in metrics else None,
        )
        for row in rows
    }


def _newest_stars(connection: sa.Connection, ids: list[str]) -> dict[str, NewestStars]:
    if not ids:
        return {}
    newest = (
        sa.select(star_levels.c.merchant_id, sa.func.max(star_levels.c.stat_date).label("day"))
        .where(star_levels.c.merchant_id.in_(ids))
        .group_by(star_levels.c.merchant_id)
        .subquery()
    )
    found: dict[str, dict[str, Any]] = {}
    for row in connection.execute(
        sa.select(star_levels).join(
            newest,
            sa.and_(
                newest.c.merchant_id == star_levels.c.merchant_id,
                newest.c.day == star_levels.c.stat_date,
            ),
        )
    ):
        track = found.setdefault(row.merchant_id, {"stat_date": row.stat_date})
        track[row.track] = row.stars if row.track_enabled else None
    return {
        merchant: NewestStars(item["stat_date"], item.get("custom"), item.get("fast_trade"))
        for merchant, item in found.items()
    }


def _newest_metrics(connection: sa.Connection, ids: list[str]) -> dict[str, sa.Row[Any]]:
    if not ids:
        return {}
    newest = (
        sa.select(
            merchant_metrics.c.merchant_id, sa.func.max(merchant_metrics.c.stat_date).label("day")
        )
        .where(merchant_metrics.c.merchant_id.in_(ids))
        .group_by(merchant_metrics.c.merchant_id)
        .subquery()
    )
    rows = connection.execute(
        sa.select(merchant_metrics).join(
            newest,
            sa.and_(
                newest.c.merchant_id == merchant_metrics.c.merchant_id,
                newest.c.day == merchant_metrics.c.stat_date,
            ),
        )
    )
    return {row.merchant_id: row for row in rows}
