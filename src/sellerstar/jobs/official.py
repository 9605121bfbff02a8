"""The official star level, monthly (§2A): evaluated once, published, then immutable.

The evaluation of month M runs when :func:`sellerstar.stars.official.plan_official` says,
on the figures of its stat date under its rule-set. Once published, a month is not
evaluated again unless an operator forces it with a reason; the forced re-run is written
to the audit log and counted in ``runs``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import Role
from sellerstar.errors import InputError
from sellerstar.rules import RuleBook
from sellerstar.services import notifications
from sellerstar.services.notification_events import OFFICIAL_EVALUATION_PUBLISHED
from sellerstar.stars.batch import Evaluation, evaluate_dates
from sellerstar.stars.inputs import computed_stat_dates, read_inputs
from sellerstar.stars.official import OfficialPlan, plan_official
from sellerstar.store import audit
from sellerstar.store.db import transaction
from sellerstar.store.schema import official_star_levels, star_evaluations, users

SYSTEM_ACTOR = "system"
ENTITY = "star_evaluation"


@dataclass(frozen=True)
class OfficialRun:
    """A published official evaluation."""

    plan: OfficialPlan
    runs: int
    published_by: str
    evaluation: Evaluation
    changed: int  # merchant-track pairs whose stars differ from the previous run


def run_official(
    store: sa.Engine,
    book: RuleBook,
    month: str,
    now: dt.datetime,
    *,
    force: bool = False,
    operator: str | None = None,
    reason: str | None = None,
) -> OfficialRun:
    """Evaluate and publish the official star level of ``month`` in ``store``.

    Refused before the evaluation time, when the metrics of the stat date are missing,
    and when the month is already published, unless ``force`` with an ``operator`` (login
    of an active operator) and a ``reason``.
    """
    plan = plan_official(book, month)
    if now < plan.evaluation_at:
        raise InputError(
            f"the official evaluation of {plan.label} is due at "
            f"{plan.evaluation_at.isoformat(sep=' ')}, not before"
        )
    reason = (reason or "").strip() or None
    if force and (operator is None or reason is None):
        raise InputError("a forced re-run needs --operator LOGIN and --reason TEXT")
    with store.connect() as connection:
        actor = _operator(connection, operator) if operator else SYSTEM_ACTOR
        _refuse_published(connection, plan, force)
        if plan.stat_date not in computed_stat_dates(connection, plan.stat_date, plan.stat_date):
            raise InputError(
                f"the metrics of stat date {plan.stat_date} (for the official evaluation of "
                f"{plan.label}) are not computed; run "
                f"`sellerstar compute --stat-date {plan.stat_date}` first"
            )
        inputs = read_inputs(connection, lambda _: plan.rule_set, [plan.stat_date])
        evaluation = evaluate_dates(inputs, lambda _: plan.rule_set)
        connection.rollback()
    try:
        return _publish(store, plan, evaluation, now, actor, force, reason)
    except sa.exc.IntegrityError:
        raise InputError(
            f"the official evaluation of {plan.label} was published meanwhile; not re-run"
        ) from None


def _operator(connection: sa.Connection, login: str) -> str:
    user = connection.execute(
        sa.select(users.c.role, users.c.is_active).where(users.c.login == login)
    ).one_or_none()
    if user is None:
        raise InputError(f"--operator: no user with login {login!r}")
    if user.role != Role.OPERATOR:
        raise InputError(f"--operator: user {login!r} is not an operator (role {user.role})")
    if not user.is_active:
        raise InputError(f"--operator: user {login!r} is deactivated")
    return login


def _refuse_published(connection: sa.Connection, plan: OfficialPlan, force: bool) -> None:
    published = _published(connection, plan)
    if published is not None and not force:
        raise InputError(
            f"the official evaluation of {plan.label} was published at "
            f"{published.published_at.isoformat(sep=' ', timespec='seconds')} by "
            f"{published.published_by} and is immutable; an operator may re-run it with "
            "--force --operator LOGIN --reason TEXT"
        )


def _published(connection: sa.Connection, plan: OfficialPlan) -> sa.Row[Any] | None:
    query = sa.select(star_evaluations).where(star_evaluations.c.month == plan.month)
    if connection.dialect.name == "postgresql":
        query = query.with_for_update()
    return connection.execute(query).one_or_none()


def _publish(
    store: sa.Engine,
    plan: OfficialPlan,
    evaluation: Evaluation,
    now: dt.datetime,
    actor: str,
    force: bool,
    reason: str | None,
) -> OfficialRun:
    with transaction(store) as connection:
        # Checked again under the write lock: another run may have published meanwhile.
        _refuse_published(connection, plan, force)
        previous = _published(connection, plan)
        before = {
            (row.merchant_id, row.track): row.stars
            for row in connection.execute(
                sa.select(
                    official_star_levels.c.merchant_id,
                    official_star_levels.c.track,
                    official_star_levels.c.stars,
                ).where(official_star_levels.c.month == plan.month)
            )
        }
        runs = 1 if previous is None else previous.runs + 1
        values = {
            "evaluation_date": plan.evaluation_date,
            "stat_date": plan.stat_date,
            "rule_set_id": plan.rule_set.id,
            "published_at": now,
            "published_by": actor,
            "runs": runs,
        }
        if previous is None:
            connection.execute(star_evaluations.insert().values(month=plan.month, **values))
        else:
            connection.execute(
                star_evaluations.update()
                .where(star_evaluations.c.month == plan.month)
                .values(**values)
            )
        connection.execute(
            official_star_levels.delete().where(official_star_levels.c.month == plan.month)
        )
        changed = 0
        told: dict[str, dict[str, Any]] = {}
        for chunk in evaluation.level_rows(month=plan.month, computed_at=now):
            connection.execute(official_star_levels.insert(), chunk)
            for row in chunk:
                told[row["merchant_id"]] = _headline(told.get(row["merchant_id"]), row)
            changed += sum(
                1
                for row in chunk
                if (row["merchant_id"], row["track"]) in before
                and before[(row["merchant_id"], row["track"])] != row["stars"]
            )
        audit.record(
            connection,
            at=now,
            actor=actor,
            action="rerun" if previous is not None else "publish",
            entity_type=ENTITY,
            entity_id=plan.label,
            detail={
                **{key: str(value) for key, value in values.items()},
                "rows": evaluation.rows,
                "forced": force,
                "changed_stars": changed,
                "previous": None
                if previous is None
                else {
                    "published_at": previous.published_at.isoformat(),
                    "published_by": previous.published_by,
                    "rule_set_id": previous.rule_set_id,
                    "runs": previous.runs,
                },
            },
            reason=reason,
        )
        # Once per merchant and month: a forced re-run tells nothing again.
        for merchant_id, row in sorted(told.items()):
            notifications.enqueue(
                connection,
                merchant_id=merchant_id,
                account_id=None,
                topic=OFFICIAL_EVALUATION_PUBLISHED,
                subject_id=f"official:{plan.label}:{merchant_id}",
                payload={
                    "month": plan.label,
                    "stars": int(row["stars"]),
                    "track": str(row["track"]),
                },
                now=now,
            )
    return OfficialRun(plan, runs, actor, evaluation, changed)


def _headline(best: dict[str, Any] | None, row: dict[str, Any]) -> dict[str, Any]:
    """The merchant's track the message names: an enabled one with the most stars (the
    custom track, which every merchant has, on a tie)."""
    if best is None:
        return row
    rank = (row["track_enabled"], row["stars"], row["track"] == "custom")
    return row if rank > (best["track_enabled"], best["stars"], best["track"] == "custom") else best
