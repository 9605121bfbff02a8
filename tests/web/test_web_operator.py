"""The operator console: finding merchants, a merchant's overview, the daily jobs, the API."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from stars_support import STAT, insert, seed_stars
from web_support import World, csrf_of, sign_in

from sellerstar.jobs import daily as daily_job
from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables, job_locks, job_runs

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
SignedIn = Callable[[str], TestClient]
MERCHANT_USERS = ("m1-main", "m1-sub", "m2-main")
OPERATOR_PAGES = ("/ops", "/ops/merchants/M1", "/ops/merchants/M2", "/ops/jobs")


def _runs(world: World, job: str = "compute") -> list[sa.Row[Any]]:
    with world.engine.connect() as connection:
        return list(connection.execute(sa.select(job_runs).where(job_runs.c.job == job)))


def _audit(world: World) -> list[sa.Row[Any]]:
    with world.engine.connect() as connection:
        return list(
            connection.execute(sa.select(audit_log).where(audit_log.c.action == "job_started"))
        )


@SQLITE
@pytest.mark.parametrize("login", MERCHANT_USERS)
def test_merchants_may_not_use_the_console(signed_in: SignedIn, login: str) -> None:
    client = signed_in(login)
    for path in OPERATOR_PAGES:
        assert client.get(path).status_code == 403, path
    token = csrf_of(client)
    answer = client.post("/ops/jobs/compute", data={"csrf_token": token, "view_date": "2022-12-06"})
    assert answer.status_code == 403
    assert client.get("/api/v1/ops/merchants").status_code == 403
    assert client.get("/api/v1/ops/jobs").status_code == 403
    answer = client.post("/api/v1/ops/jobs/compute", json={}, headers={"X-CSRF-Token": token})
    assert answer.status_code == 403


@SQLITE
def test_strangers_are_sent_to_sign_in(app_client: TestClient) -> None:
    for path in OPERATOR_PAGES:
        answer = app_client.get(path)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    assert app_client.get("/api/v1/ops/jobs").status_code == 401


@SQLITE
def test_the_console_lists_merchants_with_their_newest_star_and_tv_rate(
    world: World, signed_in: SignedIn
) -> None:
    seed_stars(world.engine)
    page = signed_in("ops").get("/ops").text
    assert "共找到2个商家" in page
    m1 = page.split('data-merchant="M1"')[1].split("</tr>")[0]
    assert "Ningbo Tools" in m1 and "2星" in m1 and "50%" in m1 and "出口通" in m1
    m2 = page.split('data-merchant="M2"')[1].split("</tr>")[0]
    assert "0星" in m2 and "100%" in m2


@SQLITE
@pytest.mark.parametrize(
    ("query", "found"),
    [("ningbo", ["M1"]), ("APPAREL", ["M2"]), ("m2", ["M2"]), ("M", ["M1", "M2"]), ("%", [])],
)
def test_search_by_id_prefix_or_part_of_the_name(
    signed_in: SignedIn, query: str, found: list[str]
) -> None:
    page = signed_in("ops").get("/ops", params={"q": query}).text
    shown = [m for m in ("M1", "M2") if f'data-merchant="{m}"' in page]
    assert shown == found


@SQLITE
def test_search_results_are_paged(world: World, signed_in: SignedIn) -> None:
    insert(
        world.engine,
        contract_tables["merchants"],
        [
            {
                "merchant_id": f"X{n:03}",
                "name": f"Shop {n}",
                "membership": "none",
                "ta_status": "none",
            }
            for n in range(45)
        ],
    )
    client = signed_in("ops")
    last = client.get("/ops", params={"q": "x", "page": 3}).text
    assert "第 3 / 3 页" in last
    assert last.count("data-merchant=") == 5 and 'data-merchant="X044"' in last
    assert 'href="/ops?q=x&amp;page=2"' in last
    beyond = client.get("/ops", params={"q": "x", "page": 9}).text
    assert beyond.count("data-merchant=") == 5  # clamped to the last page
    body = client.get("/api/v1/ops/merchants", params={"q": "x", "page": 2}).json()
    assert body["total"] == 45 and body["pages"] == 3 and len(body["merchants"]) == 20
    assert body["merchants"][0]["merchant_id"] == "X020"


@SQLITE
def test_a_merchants_overview_links_to_its_pages(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("ops")
    page = client.get("/ops/merchants/M1").text
    for target in ("stars", "logistics", "guaranteed-delivery"):
        assert f'href="/ops/merchants/M1/{target}"' in page
    for account in ("A1", "A2", "A3"):
        assert f"<td>{account}</td>" in page
    assert "<td>B1</td>" not in page  # another merchant's account (not a random token's "B1")
    assert "快速交易: 未开启" in page and "50%" in page and "应发订单数40单" in page
    assert client.get("/ops/merchants/NOPE").status_code == 404


@SQLITE
def test_a_merchant_without_figures_says_so(signed_in: SignedIn) -> None:
    page = signed_in("ops").get("/ops/merchants/M2").text
    assert "尚未计算出该商家的星等级。" in page and "尚未计算出该商家的指标。" in page


@SQLITE
def test_the_job_list_shows_every_run_newest_first(world: World, signed_in: SignedIn) -> None:
    start = dt.datetime(2022, 12, 5, 22, 0, tzinfo=dt.UTC)
    insert(
        world.engine,
        job_runs,
        [
            {
                "job": "compute",
                "params": {"first": "2022-12-03", "last": "2022-12-03"},
                "started_at": start,
                "finished_at": start + dt.timedelta(minutes=3),
                "status": "succeeded",
                "summary": {"merchant_metrics": 1234},
                "error": None,
            },
            {
                "job": "stars",
                "params": {"first": "2022-12-04", "last": "2022-12-04"},
                "started_at": start + dt.timedelta(days=1),
                "finished_at": start + dt.timedelta(days=1, minutes=1),
                "status": "failed",
                "summary": None,
                "error": "InputError: the metrics of stat date(s) 2022-12-04 are not computed",
            },
        ],
    )
    client = signed_in("ops")
    page = client.get("/ops/jobs").text
    runs = page.split('data-testid="runs"')[1]
    assert runs.index('data-status="failed"') < runs.index('data-status="succeeded"')
    assert "预测星等级" in runs and "每日指标" in runs and "失败" in runs and "成功" in runs
    assert "1234" in runs and "2022-12-03" in runs and "are not computed" in runs
    assert "2022-12-06 06:00" in runs  # started, in platform time
    body = client.get("/api/v1/ops/jobs").json()
    assert [run["job"] for run in body["runs"]] == ["stars", "compute"]
    assert body["runs"][0]["error"].startswith("InputError")


@SQLITE
def test_starting_the_daily_compute_needs_the_csrf_token_and_is_audited(
    world: World, signed_in: SignedIn
) -> None:
    client = signed_in("ops")
    refused = client.post(
        "/ops/jobs/compute", data={"csrf_token": "forged", "view_date": "2022-12-06"}
    )
    assert refused.status_code == 403
    assert _runs(world) == [] and _audit(world) == []
    answer = client.post(
        "/ops/jobs/compute", data={"csrf_token": csrf_of(client), "view_date": "2022-12-06"}
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/ops/jobs?view=2022-12-06&stat=2022-12-04"
    # The run happened after the answer (the test client waits for it) and is recorded.
    [run] = _runs(world)
    assert run.params["first"] == run.params["last"] == STAT.isoformat()
    assert run.status == "succeeded"
    [entry] = _audit(world)
    assert entry.actor == "ops" and entry.entity_id == "compute"
    assert entry.detail == {"view_date": "2022-12-06", "stat_date": "2022-12-04"}
    page = client.get(answer.headers["location"]).text
    assert "已启动查看日期2022年12月6日（统计日期2022年12月4日）的每日指标计算" in page


@SQLITE
def test_a_future_view_date_or_a_running_job_is_refused(world: World, signed_in: SignedIn) -> None:
    client = signed_in("ops")
    token = csrf_of(client)
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).date().isoformat()
    answer = client.post("/ops/jobs/compute", data={"csrf_token": token, "view_date": future})
    assert answer.status_code == 422 and "晚于今天" in answer.text
    # A run in progress anywhere (another worker, `sellerstar compute`, the scheduler).
    held = daily_job.lock(world.engine, heartbeat=False)
    try:
        answer = client.post(
            "/ops/jobs/compute", data={"csrf_token": token, "view_date": "2022-12-06"}
        )
        assert answer.status_code == 409 and "仍在运行" in answer.text
        answer = client.post("/api/v1/ops/jobs/compute", json={}, headers={"X-CSRF-Token": token})
        assert answer.status_code == 409 and "still running" in answer.json()["detail"]
    finally:
        held.release()
    assert _audit(world) == [] and _runs(world) == []


def test_concurrent_starts_on_the_console_run_one_job(
    world: World, app_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[object] = []
    refused: list[int] = []
    others_refused = threading.Event()

    def slow_steps(*args: object) -> None:
        runs.append(args)
        # The winner's run goes on until the others have clicked and been refused.
        assert others_refused.wait(timeout=30)

    monkeypatch.setattr(daily_job, "_steps", slow_steps)
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, "ops", "cron", dt.datetime.now(dt.UTC))
    ready = threading.Barrier(4)

    def click(_n: int) -> int:
        ready.wait()
        status = app_client.post(
            "/api/v1/ops/jobs/compute",
            json={"view_date": "2022-12-06"},
            headers={"Authorization": f"Bearer {token}"},
        ).status_code
        if status == 409:
            refused.append(status)
            if len(refused) == 3:
                others_refused.set()
        return status

    with ThreadPoolExecutor(4) as pool:
        answers = sorted(pool.map(click, range(4)))
    assert answers == [202, 409, 409, 409]
    assert len(runs) == 1 and len(_audit(world)) == 1
    with world.engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(job_locks)) == 0


def test_the_api_starts_a_run_with_a_token_or_a_session_and_its_csrf_header(
    world: World, app_client: TestClient
) -> None:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, "ops", "cron", dt.datetime.now(dt.UTC))
    answer = app_client.post(
        "/api/v1/ops/jobs/compute",
        json={"view_date": "2022-12-06"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 202
    assert answer.json() == {
        "job": "compute",
        "view_date": "2022-12-06",
        "stat_date": "2022-12-04",
        "started_by": "ops",
    }
    assert [run.status for run in _runs(world)] == ["succeeded"]
    sign_in(app_client, "ops")
    session_only = app_client.post("/api/v1/ops/jobs/compute", json={"view_date": "2022-12-05"})
    assert session_only.status_code == 403
    assert len(_audit(world)) == 1
    body = app_client.get("/api/v1/ops/merchants", params={"q": "ningbo"}).json()
    assert [hit["merchant_id"] for hit in body["merchants"]] == ["M1"]
    # The run is the whole daily job: M1's stars were predicted too (0: no capability scores).
    assert body["merchants"][0]["stars"]["custom"] == 0
