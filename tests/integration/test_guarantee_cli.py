"""`sellerstar guarantee`: join, leave, status, exemptions and the batch job from the shell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
import typer
from guarantee_world import claim, enrol, order, products, seed, snapshot
from typer.testing import CliRunner

from sellerstar.cli import build_app
from sellerstar.config import get_settings
from sellerstar.services.refusal import Refused
from sellerstar.store.schema import compensations, penalty_points


@pytest.fixture
def store(sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[sa.Engine]:
    seed(sqlite_engine)
    url = sqlite_engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", url)
    get_settings.cache_clear()
    yield sqlite_engine
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return build_app("guarantee")


def _invoke(app: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(app, ["guarantee", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_join_then_status_then_leave_too_early(
    store: sa.Engine, app: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The CLI's today is the platform date SELLERSTAR_CLOCK_DATE fixes, as the web app's
    # is: the test no longer depends on the date in Shanghai when it runs.
    monkeypatch.setenv("SELLERSTAR_CLOCK_DATE", "2022-12-06")
    get_settings.cache_clear()
    today = dt.date(2022, 12, 6)
    leave_from = today + dt.timedelta(days=30)
    assert f"leaving is possible from {leave_from}" in _invoke(
        app, "join", "M1", "--actor", "main1", "--reason", "more buyers"
    )
    products(store, "M1", 100)
    shown = _invoke(app, "status", "M1")
    assert "enrolled since" in shown and f"can leave from {leave_from}" in shown
    assert "fast trade: eligible (100 of 100 RTS products shipping within 7 days)" in shown
    before = snapshot(store)
    refused = CliRunner().invoke(app, ["guarantee", "leave", "M1", "--actor", "main1"])
    assert isinstance(refused.exception, Refused)
    assert refused.exception.code == "too_early_to_leave"
    assert str(leave_from) in str(refused.exception)
    assert snapshot(store) == before


def test_a_sub_account_is_refused_with_the_reason(store: sa.Engine, app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["guarantee", "join", "M1", "--actor", "sub1"])
    assert isinstance(result.exception, Refused)
    assert "only the merchant's main account" in str(result.exception)


def test_status_of_a_merchant_that_cannot_join(store: sa.Engine, app: typer.Typer) -> None:
    shown = _invoke(app, "status", "M-suspended")
    assert "not enrolled" in shown
    assert "can join now: trade_assurance_not_admitted" in shown
    assert "fast trade: not_enrolled (0 of 100" in shown


def test_run_exemption_request_and_decision(store: sa.Engine, app: typer.Typer) -> None:
    enrol(store, "M1", "2022-11-10 10:00")
    order(store, "o1", "M1", ship_by="2022-11-20 18:00", shipped="2022-11-21 18:00")
    claim(store, "c1", "o1", filed="2022-11-30 10:00", promised="2022-11-28 18:00", delivered=None)
    shown = _invoke(app, "run", "--from", "2022-11-01", "--to", "2022-11-30")
    assert "1 late shipments (1 waived while enrolled), 1 claims (1 payable" in shown
    requested = _invoke(
        app, "request-exemption", "c1", "--actor", "main1", "--evidence", "lockdown notice"
    )
    assert "claim c1: exemption_requested" in requested
    decided = _invoke(
        app, "decide-exemption", "c1", "--actor", "ops", "--approve", "--reason", "proven"
    )
    assert "claim c1: exempt (USD 25.00)" in decided
    with store.connect() as connection:
        assert connection.scalar(sa.select(compensations.c.status)) == "exempt"
        assert connection.scalar(sa.select(penalty_points.c.waived_reason)) == "guarantee_enrolled"


def test_run_refuses_a_reversed_range(store: sa.Engine, app: typer.Typer) -> None:
    result = CliRunner().invoke(
        app, ["guarantee", "run", "--from", "2022-11-30", "--to", "2022-11-01"]
    )
    assert result.exit_code != 0 and "before --from" in str(result.exception)
