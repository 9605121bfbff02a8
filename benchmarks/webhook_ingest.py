"""Benchmark webhook ingestion: signed 17TRACK pushes through uvicorn into SQLite / PostgreSQL.

    .venv/bin/python benchmarks/webhook_ingest.py                        # both backends
    .venv/bin/python benchmarks/webhook_ingest.py --backend sqlite --pushes 500
    SELLERSTAR_BENCH_POSTGRES_URL=postgresql://u@host/db .venv/bin/python benchmarks/...

For each backend: a fresh, migrated store with one uploaded shipment (and registered
parcel) per pushed number; `uvicorn sellerstar.web.asgi:app` serving it; then
--concurrency client threads POST --pushes TRACKING_UPDATED pushes of --events events
each (the full history of a parcel, as 17TRACK sends it), signed with the account key.
Phase "new": every event is new. Phase "again": the same pushes once more (17TRACK pushes
the whole history on each update), so every event is a duplicate. Prints events/s and
request latency (p50/p99) per phase with the machine's load, and writes them as JSON.
PostgreSQL: a database is created (and dropped) on SELLERSTAR_BENCH_POSTGRES_URL, else on
SELLERSTAR_TEST_POSTGRES_URL (`eval "$(bash scripts/test-services.sh start)"`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx

from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.ingest.tracking_facts import number_key
from sellerstar.store.db import create_engine, normalise_url, transaction
from sellerstar.store.migrate import upgrade
from sellerstar.store.schema import contract_tables, parcels

ROOT = Path(__file__).resolve().parents[1]
KEY = "bench-17track-key"
TARGET_EVENTS_PER_S = 2000
NOW = dt.datetime(2022, 12, 6, 2, 0, tzinfo=dt.UTC)
_TEXTS = (
    "Shipper created a label, UPS has not received the package yet.",
    "Origin Scan",
    "Departed from Facility",
    "Arrived at Facility",
    "Export Scan",
    "Import Scan",
    "Your package is in transit to the UPS facility.",
    "Out For Delivery Today",
)


def main() -> None:
    args = _arguments()
    results = []
    for backend in ("sqlite", "postgres") if args.backend == "both" else (args.backend,):
        with scratch_database(backend) as url:
            numbers = _seed(url, args.pushes)
            bodies = [_push(number, args.events) for number in numbers]
            with _serving(url, args.workers) as base:
                for phase in ("new", "again"):
                    results.append(_run(backend, phase, base, bodies, args))
                    print(_row(results[-1]), flush=True)
    out = ROOT / "var" / "bench-webhook-ingest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine": _machine(), "results": results}, indent=2))
    print(f"\n{_machine()['summary']}\nwritten to {out.relative_to(ROOT)}")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--pushes", type=int, default=1000, help="pushes (parcels) per phase")
    parser.add_argument("--events", type=int, default=30, help="events per push")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    return parser.parse_args()


@contextmanager
def scratch_database(backend: str) -> Iterator[str]:
    """A fresh, migrated store for ``backend``, removed afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            upgrade(url)
            yield url
        return
    server = os.environ.get("SELLERSTAR_BENCH_POSTGRES_URL") or os.environ.get(
        "SELLERSTAR_TEST_POSTGRES_URL"
    )
    if not server:
        sys.exit("PostgreSQL: set SELLERSTAR_BENCH_POSTGRES_URL or start the test server")
    admin = create_engine(server).execution_options(isolation_level="AUTOCOMMIT")
    name = f"sellerstar_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    url = normalise_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def _seed(url: str, count: int) -> list[str]:
    """A merchant with one order and one registered UPS shipment per pushed number."""
    numbers = [f"1ZBENCH{i:011d}" for i in range(count)]
    tables = contract_tables
    engine = create_engine(url)
    with transaction(engine) as connection:
        connection.execute(
            tables["merchants"]
            .insert()
            .values(merchant_id="M1", name="Bench", membership="none", ta_status="active")
        )
        connection.execute(
            tables["orders"].insert(),
            [_order(f"O{i}") for i in range(count)],
        )
        connection.execute(
            tables["shipments"].insert(),
            [
                {
                    "shipment_id": f"S{i}",
                    "order_id": f"O{i}",
                    "carrier": "ups",
                    "tracking_number": n,
                    "transport": "express",
                    "uploaded_at": NOW,
                }
                for i, n in enumerate(numbers)
            ],
        )
        connection.execute(
            parcels.insert(),
            [
                {
                    "carrier": "ups",
                    "tracking_number": n,
                    "number_key": number_key(n),
                    "first_seen_at": NOW,
                    "matched_at": NOW,
                }
                for n in numbers
            ],
        )
    engine.dispose()
    return numbers


def _order(order_id: str) -> dict[str, object]:
    return {
        "order_id": order_id,
        "merchant_id": "M1",
        "buyer_id": "b",
        "trade_assurance": True,
        "destination_country": "US",
        "trade_term": "DAP",
        "export_mode": "tad",
        "transport": "express",
        "payment_method": "tt",
        "status": "shipped",
        "created_at": NOW,
        "shipped_at": NOW,
        "amount_usd": 1,
        "all_items_rts": True,
        "delivery_promise": False,
    }


def _push(number: str, events: int) -> bytes:
    """A TRACKING_UPDATED push in 17TRACK's v2.2 shape with ``events`` scans, newest first."""
    start = NOW - dt.timedelta(days=10)
    scans = []
    for i in reversed(range(events)):
        at = start + dt.timedelta(hours=5 * i)
        scans.append(
            {
                "time_iso": at.astimezone(dt.timezone(dt.timedelta(hours=-7))).isoformat(),
                "time_utc": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "description": _TEXTS[min(i, len(_TEXTS) - 1)] + (f" #{i}" if i else ""),
                "location": "Ontario, CA, US",
                "stage": "InfoReceived" if i == 0 else None,
                "sub_status": "InfoReceived" if i == 0 else "InTransit_Other",
                "address": {"country": "US", "state": "CA", "city": "Ontario"},
            }
        )
    data = {
        "number": number,
        "carrier": 100002,
        "param": None,
        "tag": None,
        "track_info": {
            "latest_status": {"status": "InTransit", "sub_status": "InTransit_Other"},
            "tracking": {
                "providers_hash": 1,
                "providers": [
                    {"provider": {"key": 100002, "name": "UPS"}, "events_hash": 2, "events": scans}
                ],
            },
        },
    }
    return json.dumps({"event": "TRACKING_UPDATED", "data": data}).encode()


@contextmanager
def _serving(url: str, workers: int) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = os.environ | {"SELLERSTAR_DATABASE_URL": url, "SELLERSTAR_17TRACK_KEY": KEY}
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "sellerstar.web.asgi:app",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "error",
        "--no-access-log",
    ]
    server = subprocess.Popen(command, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("uvicorn did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _run(
    backend: str, phase: str, base: str, bodies: list[bytes], args: argparse.Namespace
) -> dict[str, object]:
    def send(chunk: list[bytes]) -> list[float]:
        latencies = []
        with httpx.Client(base_url=base, timeout=60) as client:
            for body in chunk:
                headers = {
                    "sign": seventeen_track.sign(body, KEY),
                    "content-type": "application/json",
                }
                began = time.perf_counter()
                answer = client.post("/webhooks/17track", content=body, headers=headers)
                latencies.append(time.perf_counter() - began)
                if answer.status_code != 200:
                    raise RuntimeError(f"{answer.status_code}: {answer.text[:200]}")
        return latencies

    chunks = [bodies[i :: args.concurrency] for i in range(args.concurrency)]
    load_before = os.getloadavg()[0]
    began = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        latencies = sorted(x for part in pool.map(send, chunks) for x in part)
    elapsed = time.perf_counter() - began
    events = len(bodies) * args.events
    return {
        "backend": backend,
        "phase": phase,
        "pushes": len(bodies),
        "events": events,
        "seconds": round(elapsed, 2),
        "events_per_s": round(events / elapsed),
        "pushes_per_s": round(len(bodies) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1),
        "p99_ms": round(1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))], 1),
        "concurrency": args.concurrency,
        "workers": args.workers,
        "load_1min_before": round(load_before, 2),
        "load_1min_after": round(os.getloadavg()[0], 2),
    }


def _row(r: dict[str, object]) -> str:
    verdict = "ok" if int(str(r["events_per_s"])) >= TARGET_EVENTS_PER_S else "BELOW TARGET"
    per_push = int(str(r["events"])) // int(str(r["pushes"]))
    return (
        f"| {r['backend']} | {r['phase']} | {r['pushes']} x {per_push} "
        f"| {r['events_per_s']} | {r['p50_ms']} | {r['p99_ms']} | "
        f"{r['load_1min_before']} -> {r['load_1min_after']} | {verdict} |"
    )


def _machine() -> dict[str, str]:
    cpus = os.cpu_count() or 0
    cpu = platform.processor() or platform.machine()
    summary = f"{cpu}, {cpus} CPU(s), Python {platform.python_version()}"
    return {"summary": summary, "system": platform.platform()}


if __name__ == "__main__":
    main()
