"""Appeals under faults (issue 12 item 6): a filing that fails before its commit leaves no
row without its file, and the sweep removes what it left; a tracking source that is down
during the pre-check is recorded as "source unavailable", never auto-rejected."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from appeals_support import (
    appeal_rows,
    appeal_world,
    parcel_of,
    png,
    principal,
    shipped_rules,
    use_evidence_folder,
)
from fastapi.testclient import TestClient
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.domain.access import scope_for_merchant_user
from sellerstar.domain.appeals import EventFact
from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable
from sellerstar.ingest.kuaidi100.client import Kuaidi100Client
from sellerstar.jobs.evidence import sweep_evidence
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, feed_sources
from sellerstar.services.appeals import EvidenceLimits, ThirdPartyLookup, file_appeal
from sellerstar.store import audit
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.web.auth import now

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _auto_deciding() -> RuleBook:
    """The shipped rule book with auto-decide on, so an outage could auto-reject."""
    sets = []
    for rule_set in shipped_rules().rule_sets:
        tv = rule_set.tracking_visibility
        if tv is not None:
            tv = tv.model_copy(
                update={"appeals": tv.appeals.model_copy(update={"auto_decide": True})}
            )
        sets.append(rule_set.model_copy(update={"tracking_visibility": tv}))
    return RuleBook(sets)


def _file(
    world: World,
    folder: Path,
    order_id: str,
    *,
    lookup: ThirdPartyLookup | None = None,
    book: RuleBook | None = None,
    appeal_type: str = "third_party_tracking",
    shot: bytes | None = None,
) -> str:
    who = principal("m1-main")
    parcel = parcel_of(order_id)
    return file_appeal(
        world.engine,
        scope_for_merchant_user(who),
        who,
        order_id=parcel.order_id,
        shipment_id=parcel.shipment_id,
        appeal_type=appeal_type,
        tracking_number=parcel.tracking_number,
        files=[("shot.png", shot or png())],
        book=book or _auto_deciding(),
        limits=EvidenceLimits(folder, 1 << 20, 5),
        now=NOW,
        lookup=lookup,
        failure_confirmed=True,
    )


def _review(world: World, appeal_id: str) -> sa.Row[object]:
    with world.engine.connect() as connection:
        return connection.execute(
            sa.select(appeal_reviews).where(appeal_reviews.c.appeal_id == appeal_id)
        ).one()


def _status(world: World, appeal_id: str) -> str:
    return {row.appeal_id: row.status for row in appeal_rows(world.engine)}[appeal_id]


# --- evidence: written before the commit, swept when nothing references it ---------------


def test_a_failing_commit_leaves_no_row_pointing_at_a_missing_file(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    seen_complete: list[bool] = []
    record = audit.record

    def failing_audit(connection: sa.Connection, **values: object) -> None:
        # By the time the rows reference the files, every file is complete on disk.
        paths = connection.scalars(sa.select(appeal_evidence.c.relative_path)).all()
        seen_complete.extend((folder / path).read_bytes() == png() for path in paths)
        raise RuntimeError("the database went away mid-commit")

    monkeypatch.setattr(audit, "record", failing_audit)
    with pytest.raises(RuntimeError, match="went away"):
        _file(world, folder, "TA2", appeal_type="single_real_event")
    monkeypatch.setattr(audit, "record", record)
    assert seen_complete == [True]
    assert appeal_rows(world.engine) == []
    # The file is left unreferenced: the sweep removes it once past the grace period.
    [orphan] = [p for p in folder.rglob("*") if p.is_file()]
    assert not orphan.name.endswith(".part")
    assert sweep_evidence(world.engine, folder).orphans == 0  # still in its grace
    old = time.time() - evidence.SWEEP_GRACE.total_seconds() - 60
    os.utime(orphan, (old, old))
    swept = sweep_evidence(world.engine, folder)
    assert (swept.orphans, swept.parts) == (1, 0)
    assert not orphan.exists()


def test_the_sweep_keeps_evidence_an_appeal_references_however_old(
    world: World, tmp_path: Path
) -> None:
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    appeal_id = _file(world, folder, "TA2", appeal_type="single_real_event")
    [kept] = [p for p in folder.rglob("*") if p.is_file()]
    stray = folder / "ff" / ("f" * 64 + ".png")
    stray.parent.mkdir()
    stray.write_bytes(png(2, 2))
    old = time.time() - evidence.SWEEP_GRACE.total_seconds() - 60
    for path in (kept, stray):
        os.utime(path, (old, old))
    swept = sweep_evidence(world.engine, folder)
    assert (swept.orphans, swept.kept) == (1, 1)
    assert kept.exists() and not stray.exists()
    with world.engine.connect() as connection:
        assert connection.scalar(sa.select(appeal_evidence.c.appeal_id)) == appeal_id


# --- a tracking source down during the pre-check ----------------------------------------


def _down(_carrier: str, _number: str, _at: dt.datetime) -> Sequence[EventFact]:
    raise SourceUnavailable("kuaidi100: 503 Service Unavailable after 4 attempts")


def _timing_out(_carrier: str, _number: str, _at: dt.datetime) -> Sequence[EventFact]:
    raise httpx.ReadTimeout("timed out")


def _nothing(_carrier: str, _number: str, _at: dt.datetime) -> Sequence[EventFact]:
    return []


@pytest.mark.parametrize("lookup", [_down, _timing_out], ids=["unavailable", "timeout"])
def test_an_outage_is_source_unavailable_and_never_auto_rejected(
    world: World, tmp_path: Path, lookup: ThirdPartyLookup
) -> None:
    appeal_world(world.engine)
    appeal_id = _file(world, tmp_path, "TA4", lookup=lookup)
    review = _review(world, appeal_id)
    assert (review.precheck_outcome, review.precheck_reason) == (
        "source_unavailable",
        "third_party_unavailable",
    )
    assert _status(world, appeal_id) == "pending"  # in the operators' queue


@SQLITE
def test_a_source_that_answers_nothing_is_still_no_tracking_anywhere(
    world: World, tmp_path: Path
) -> None:
    appeal_world(world.engine)
    appeal_id = _file(world, tmp_path, "TA4", lookup=_nothing)
    review = _review(world, appeal_id)
    assert (review.precheck_outcome, review.precheck_reason) == (
        "never_approvable",
        "no_tracking_anywhere",
    )
    assert _status(world, appeal_id) == "rejected"


@SQLITE
def test_an_outage_does_not_matter_where_the_backend_decides(world: World, tmp_path: Path) -> None:
    appeal_world(world.engine)
    # TA2's single backend event is real: the rule holds without any third party.
    appeal_id = _file(world, tmp_path, "TA2", lookup=_down, appeal_type="single_real_event")
    assert _review(world, appeal_id).precheck_outcome == "approve"


@pytest.fixture
def down_client(world: World, app_client: TestClient, tmp_path: Path) -> Iterator[TestClient]:
    """The app with auto-decide on and Kuaidi100 configured but unreachable."""

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("connect timed out", request=request)

    appeal_world(world.engine)
    use_evidence_folder(app_client, tmp_path / "evidence")
    app = app_client.app
    app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    app.state.rulebook = _auto_deciding()  # type: ignore[attr-defined]
    client = Kuaidi100Client(
        "k", "c", policy=RetryPolicy(attempts=1), transport=httpx.MockTransport(unreachable)
    )
    app.state.feed_clients = feed_sources.FeedClients(kuaidi100=client)  # type: ignore[attr-defined]
    yield app_client
    app.dependency_overrides.clear()  # type: ignore[attr-defined]


@SQLITE
def test_the_pages_say_the_source_was_unavailable_in_both_languages(
    down_client: TestClient, world: World
) -> None:
    sign_in(down_client, "m1-main")
    parcel = parcel_of("TA4")
    answer = down_client.post(
        "/m/appeals",
        data={"csrf_token": csrf_of(down_client), "order_id": parcel.order_id,
              "shipment_id": parcel.shipment_id, "appeal_type": "third_party_tracking",
              "tracking_number": parcel.tracking_number},
        files=[("screenshots", ("s.png", png(), "image/png"))],
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    [row] = appeal_rows(world.engine)
    assert row.status == "pending"
    merchant_zh = down_client.get(f"/m/appeals/{row.appeal_id}").text
    assert 'data-outcome="source_unavailable"' in merchant_zh
    assert "轨迹来源暂不可用" in merchant_zh and "不会因此被驳回" in merchant_zh
    down_client.get("/lang/en?next=/")
    merchant_en = down_client.get(f"/m/appeals/{row.appeal_id}").text
    assert "could not be reached at filing" in merchant_en
    sign_in(down_client, "ops")
    operator = down_client.get(f"/ops/appeals/{row.appeal_id}").text
    assert "could not be reached at filing" in operator
    assert "source unavailable" in down_client.get("/ops/appeals").text.lower()
