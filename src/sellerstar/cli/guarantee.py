"""`sellerstar guarantee`: the guaranteed upgrade service (rulebook §2.1, §2.3).

Joining, leaving and exemption requests act as a merchant's main account, decisions as an
operator (``--actor LOGIN``, a user of `sellerstar users`). A refused request prints why
and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated

import sqlalchemy as sa
import typer

from sellerstar import clock
from sellerstar.cli.progress import Quiet, working
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.services import compensation, guarantee, guarantee_status
from sellerstar.services.actors import actor_by_login
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction

app = typer.Typer(
    help="Guaranteed upgrade service: join, leave, status, exemptions, the batch job.",
    no_args_is_help=True,
)

_DATE = ["%Y-%m-%d"]
MerchantArgument = Annotated[str, typer.Argument(metavar="MERCHANT", help="Merchant id.")]
ClaimArgument = Annotated[str, typer.Argument(metavar="CLAIM", help="Late-delivery claim id.")]
ActorOption = Annotated[str, typer.Option("--actor", metavar="LOGIN", help="Acting user's login.")]
ReasonOption = Annotated[str | None, typer.Option("--reason", help="Why (kept in the audit log).")]


def _book() -> RuleBook:
    return load_rulebook(get_settings().rules_dir)


def _engine() -> sa.Engine:
    engine = create_engine(get_settings().database_url)
    migrate.require_head(engine)
    return engine


def _change(
    act: Callable[..., guarantee.EnrolmentChange], merchant: str, actor: str, reason: str | None
) -> guarantee.EnrolmentChange:
    engine = _engine()
    try:
        with transaction(engine) as connection:
            return act(
                connection,
                _book(),
                merchant,
                actor=actor_by_login(connection, actor),
                now=clock.now(),
                reason=reason,
            )
    finally:
        engine.dispose()


@app.command("join")
def join_command(
    merchant: MerchantArgument, actor: ActorOption, reason: ReasonOption = None
) -> None:
    """Enrol MERCHANT now; needs a qualifying membership and active trade assurance."""
    change = _change(guarantee.join, merchant, actor, reason)
    typer.echo(f"{merchant} joined; leaving is possible from {change.possible_from}")


@app.command("leave")
def leave_command(
    merchant: MerchantArgument, actor: ActorOption, reason: ReasonOption = None
) -> None:
    """End MERCHANT's enrolment now (once the rule-set's minimum time since joining has passed)."""
    change = _change(guarantee.leave, merchant, actor, reason)
    typer.echo(f"{merchant} left; re-joining is possible from {change.possible_from}")


@app.command("status")
def status_command(merchant: MerchantArgument) -> None:
    """Show MERCHANT's enrolment, when it may leave or re-join, and fast-trade eligibility."""
    engine = _engine()
    try:
        with engine.connect() as connection:
            status = guarantee_status.guarantee_status(connection, _book(), merchant, clock.now())
    finally:
        engine.dispose()
    lines = [f"merchant {merchant} (membership {status.membership}, TA {status.ta_status})"]
    if status.enrolled_since is not None:
        lines.append(f"enrolled since {status.enrolled_since.isoformat()}")
        lines.append(f"can leave from {status.can_leave_from}")
    else:
        lines.append("not enrolled")
        joinable = "yes" if status.join.allowed else ", ".join(r.code for r in status.join.refusals)
        lines.append(f"can join now: {joinable}")
        if status.rejoin_possible_from is not None:
            lines.append(f"re-joining possible from {status.rejoin_possible_from}")
    fast = status.fast_trade
    lines.append(
        f"fast trade: {fast.reason} ({fast.fast_rts_products} of {fast.needed} RTS products "
        f"shipping within {status.fast_trade_max_ship_days} days)"
    )
    typer.echo("\n".join(lines))


@app.command("request-exemption")
def request_exemption_command(
    claim: ClaimArgument,
    actor: ActorOption,
    evidence: Annotated[str, typer.Option("--evidence", help="The proof of force majeure.")],
) -> None:
    """Ask for a force-majeure exemption of CLAIM's compensation (buyer-placed orders)."""
    engine = _engine()
    try:
        with transaction(engine) as connection:
            result = compensation.request_exemption(
                connection,
                _book(),
                claim,
                evidence=evidence,
                actor=actor_by_login(connection, actor),
                now=clock.now(),
            )
    finally:
        engine.dispose()
    typer.echo(f"claim {claim}: {result.status}")


@app.command("decide-exemption")
def decide_exemption_command(
    claim: ClaimArgument,
    actor: ActorOption,
    reason: Annotated[str, typer.Option("--reason", help="Why (kept in the audit log).")],
    approve: Annotated[
        bool, typer.Option("--approve/--reject", help="Exempt the merchant, or refuse.")
    ],
) -> None:
    """Approve or reject the exemption request of CLAIM (operators)."""
    engine = _engine()
    try:
        with transaction(engine) as connection:
            result = compensation.decide_exemption(
                connection,
                _book(),
                claim,
                approve=approve,
                actor=actor_by_login(connection, actor),
                reason=reason,
                now=clock.now(),
            )
    finally:
        engine.dispose()
    typer.echo(f"claim {claim}: {result.status} (USD {result.amount_usd})")


@app.command("run")
def run_command(
    first: Annotated[
        dt.datetime,
        typer.Option("--from", formats=_DATE, help="First date (ship_by, claim filed)."),
    ],
    last: Annotated[dt.datetime, typer.Option("--to", formats=_DATE, help="Last date, included.")],
    quiet: Quiet = False,
) -> None:
    """Write penalty points and compensations for the dates --from … --to.

    Late shipments whose ship_by falls on those dates get penalty points (waived while
    enrolled); claims filed on them are assessed. Safe to re-run: unchanged rows stay,
    exemption requests and operator decisions are kept.
    """
    from sellerstar.jobs.guarantee import run_guarantee_job

    if last < first:
        raise InputError(f"--to {last.date()} is before --from {first.date()}")
    store = _engine()  # refuses a store not migrated to the code's revision
    try:
        with working("guaranteed upgrade service", quiet=quiet):
            summary = run_guarantee_job(store, _book(), first.date(), last.date(), clock.now())
    finally:
        store.dispose()
    typer.echo(
        f"{first.date()} … {last.date()}: {summary['late_shipments']} late shipments "
        f"({summary['penalties_waived']} waived while enrolled), {summary['claims']} claims "
        f"({summary['payable']} payable, {summary['not_payable']} not payable, "
        f"{summary['compensations_kept']} kept with an exemption request or decision)"
    )
