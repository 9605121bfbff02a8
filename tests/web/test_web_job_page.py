"""The operators' job page (issue 18, item 7): one clock, labelled (the platform's zone),
every job and figure in words, and the refresh mark only while a job runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from stars_support import insert
from web_support import World

from sellerstar.jobs import daily as daily_job
from sellerstar.rules import load_rulebook
from sellerstar.store import job_lock
from sellerstar.store.schema import job_runs
from sellerstar.web.words.operator import JOB_FACT_LABELS, JOB_LABELS

SignedIn = Callable[[str], TestClient]
START = dt.datetime(2022, 12, 5, 17, 0, tzinfo=dt.UTC)  # 2022-12-06 01:00 in Shanghai


def _run(job: str, status: str = "succeeded", **fields: object) -> dict[str, object]:
    return {
        "job": job,
        "params": {},
        "started_at": START,
        "finished_at": None if status == "running" else START + dt.timedelta(minutes=2),
        "status": status,
        "summary": None,
        "error": None,
    } | fields


def _runs_part(page: str) -> str:
    return page.split('data-testid="runs"')[1].split("</table>")[0]


@pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)
def test_every_time_is_on_the_platforms_clock_and_says_so(
    world: World, signed_in: SignedIn
) -> None:
    insert(world.engine, job_runs, [_run("radar", params={"at": START.isoformat()})])
    page = signed_in("ops").get("/ops/jobs").text
    assert "时间均为平台时区 Asia/Shanghai。" in page
    runs = _runs_part(page)
    assert "开始时间 (Asia/Shanghai)" in page and "结束时间 (Asia/Shanghai)" in page
    # started_at, finished_at and the radar's own "at" (ISO, UTC) on the same clock.
    assert runs.count("2022-12-06 01:00") == 2 and "2022-12-06 01:02" in runs
    assert "17:00" not in runs and "+00:00" not in runs


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_real_daily_run_shows_every_job_and_figure_in_words(
    world: World, signed_in: SignedIn
) -> None:
    now = dt.datetime.now(dt.UTC)
    daily_job.run_daily_job(world.engine, load_rulebook(), now.date(), now.date(), now=now)
    client = signed_in("ops")
    for language in ("zh", "en"):
        client.cookies.set("sellerstar_lang", language)
        runs = _runs_part(client.get("/ops/jobs").text)
        keys = {part.split('"')[0] for part in runs.split('data-key="')[1:]}
        assert keys and keys <= set(JOB_FACT_LABELS), keys - set(JOB_FACT_LABELS)
        for step in daily_job.STEPS:
            assert step in JOB_LABELS, step
        if language == "zh":
            assert "商品雷达扫描" in runs and "商家指标行数" in runs and "评价数据" in runs
        else:
            assert "Product radar scan" in runs and "Merchant metric rows" in runs
        # No raw key is shown as a label.
        assert ">merchant_metrics<" not in runs and ">first<" not in runs


@pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)
def test_the_page_refreshes_only_while_a_job_runs(world: World, signed_in: SignedIn) -> None:
    client = signed_in("ops")
    insert(world.engine, job_runs, [_run("compute")])
    idle = client.get("/ops/jobs").text
    assert "data-refresh-seconds" not in idle and 'data-testid="refreshing"' not in idle
    assert '<script src="/static/jobs.js" defer></script>' in idle

    # An operator's start holds the daily lock before its first step is recorded.
    held = job_lock.acquire(world.engine, daily_job.LOCK_NAME, heartbeat=False)
    try:
        page = client.get("/ops/jobs?page=1").text
        assert 'data-refresh-seconds="5"' in page and 'data-refresh-url="/ops/jobs?page=1"' in page
        assert "任务运行中：本页每5秒自动刷新，直至任务结束。" in page
    finally:
        held.release()
    insert(world.engine, job_runs, [_run("stars", status="running")])
    assert "data-refresh-seconds" in client.get("/ops/jobs").text


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_refused_start_refreshes_by_get_not_by_posting_again(
    world: World, signed_in: SignedIn
) -> None:
    from web_support import csrf_of

    client = signed_in("ops")
    held = job_lock.acquire(world.engine, daily_job.LOCK_NAME, heartbeat=False)
    try:
        refused = client.post(
            "/ops/jobs/compute", data={"csrf_token": csrf_of(client), "view_date": ""}
        )
    finally:
        held.release()
    assert refused.status_code == 409
    assert 'data-refresh-url="/ops/jobs?page=1"' in refused.text
