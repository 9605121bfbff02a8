"""Benchmark the merchant pages under load: 50 users on a 1M-order store in PostgreSQL.

    .venv/bin/python benchmarks/web_load.py                      # 1M orders, full run
    .venv/bin/python benchmarks/web_load.py --orders 20000 --duration 10
    SELLERSTAR_BENCH_POSTGRES_URL=postgresql://... .venv/bin/python benchmarks/web_load.py

Starts a throw-away PostgreSQL (scripts/test-services.sh, on a free port) unless
SELLERSTAR_BENCH_POSTGRES_URL names one; migrates it, imports the demo marketplace (kept
in var/bench-web/market-N), runs the daily job for the 30 stat dates before the demo's
view date, creates a main-account and a sub-account user for the busiest merchant, starts
`sellerstar serve`, signs users in through the form, and drives each page with wrk
(Debian package, installed when missing): --connections users for --duration seconds
per page after a warm-up. Prints a Markdown table and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from web_load_pages import PAGES, Client, Page, expand, scope_orders, wait_ready
from web_load_report import cpu_seconds, machine, row, table
from web_load_setup import (
    MAIN_LOGIN,
    PASSWORD,
    ROOT,
    SELLERSTAR,
    SUB_LOGIN,
    bench_users,
    free_port,
    load,
    marketplace,
    merchant_size,
    postgres,
    postmaster_pid,
)
from web_load_wrk import ensure_wrk, run_wrk

# The demo's view date, served as "today" (as `make demo` does); with the 2-day data lag
# its newest stat date is 12-04, and the daily job computes the 30 stat dates up to it.
VIEW_DATE = dt.date(2022, 12, 6)
STAT_DATES = (dt.date(2022, 11, 5), dt.date(2022, 12, 4))
_KEEP_ALIVE_MS = 5000  # uvicorn's default --timeout-keep-alive


def main() -> None:
    args = _arguments()
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    ensure_wrk()
    folder = marketplace(args.data_dir, args.orders)
    reuse = os.environ.get("SELLERSTAR_BENCH_POSTGRES_URL")
    with postgres(reuse, args.keep_postgres) as cluster:
        load(cluster.url, folder, STAT_DATES, args.recompute)
        merchant = bench_users(cluster.url)
        sizes = merchant_size(cluster.url, merchant)
        if args.prepare_only:
            print(f"prepared {cluster.url}: merchant {merchant.merchant_id}, {sizes}")
            return
        print(
            f"measured merchant {merchant.merchant_id}: {sizes['main']:,} orders, "
            f"sub-account {merchant.sub_account} owns {sizes['sub']:,}",
            flush=True,
        )
        orders = {
            "main": scope_orders(cluster.url, merchant.merchant_id, None, STAT_DATES[1]),
            "sub": scope_orders(
                cluster.url, merchant.merchant_id, merchant.sub_account, STAT_DATES[1]
            ),
        }
        port = free_port()
        with serving(cluster.url, port, args.workers) as server:
            client = Client("127.0.0.1", port)
            wait_ready(client, 90)
            logins = {"main": MAIN_LOGIN, "sub": SUB_LOGIN}
            cookies = {
                role: [client.sign_in(logins[role], PASSWORD) for _ in range(args.sessions)]
                for role in args.roles
            }
            roots = {"server": server.pid, "db": postmaster_pid(cluster.url), "self": os.getpid()}
            rows = _measure(args, client, port, cookies, orders, roots)
    meta = machine() | {
        "orders": args.orders,
        "merchant": merchant.merchant_id,
        "merchant_orders": sizes,
        "workers": args.workers,
        "connections": args.connections,
        "duration_s": args.duration,
        "think_ms": args.think_ms,
        "load_at_start": load_at_start,
    }
    print(table(rows))
    out = args.data_dir / f"results-{args.orders}-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({"meta": meta, "runs": rows}, indent=2))
    print(f"figures written to {out}")


def _arguments() -> argparse.Namespace:
    args = _parser().parse_args()
    if any(think * 3 // 2 >= _KEEP_ALIVE_MS for think in args.think_ms):
        # The server would close idle connections under wrk: read errors, reconnections.
        sys.exit(f"--think-ms: the longest pause (1.5 × value) must stay under {_KEEP_ALIVE_MS} ms")
    return args


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench-web")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--connections", type=int, default=50, help="concurrent users")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", type=int, default=30, help="seconds per page")
    parser.add_argument("--warmup", type=int, default=3, help="seconds before each run")
    parser.add_argument("--sessions", type=int, default=50, help="sign-ins per role")
    parser.add_argument(
        "--download-connections", type=int, default=5, help="users downloading the CSV at once"
    )
    parser.add_argument(
        "--think-ms",
        type=lambda s: [int(x) for x in s.split(",")],
        default=[0, 1000],
        help="each user's mean pause before a request (uniform ±50 %%), one run per value "
        "(0: none); at most 3000: uvicorn closes a connection idle for 5 s",
    )
    parser.add_argument("--roles", type=lambda s: s.split(","), default=["main", "sub"])
    parser.add_argument(
        "--pages",
        type=lambda s: s.split(","),
        default=None,
        help="comma-separated page names (default: all)",
    )
    parser.add_argument("--mix", action="store_true", help="also one run over all pages")
    parser.add_argument("--recompute", action="store_true", help="rerun the daily job")
    parser.add_argument("--keep-postgres", action="store_true")
    parser.add_argument("--prepare-only", action="store_true", help="load the store, no run")
    return parser


@contextmanager
def serving(url: str, port: int, workers: int) -> Iterator[subprocess.Popen[bytes]]:
    """`sellerstar serve` in its own process group, stopped (the whole group) at the end."""
    env = {
        **os.environ,
        "SELLERSTAR_DATABASE_URL": url,
        "SELLERSTAR_CLOCK_DATE": VIEW_DATE.isoformat(),
    }
    command = [
        SELLERSTAR,
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    server = subprocess.Popen(command, env=env, start_new_session=True)
    try:
        yield server
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _measure(
    args: argparse.Namespace,
    client: Client,
    port: int,
    cookies: dict[str, list[str]],
    orders: dict[str, list[str]],
    roots: dict[str, int | None],
) -> list[dict[str, object]]:
    chosen = [p for p in PAGES if args.pages is None or p.name in args.pages]
    runs: list[tuple[str, Page | None, list[str]]] = []
    for role in args.roles:
        for page in chosen:
            probe = client.probe(expand(page, orders[role])[0], cookies[role][0])
            if probe.status != 200:
                print(f"{role:<5} {page.name:<22} skipped: answers {probe.status}", flush=True)
                continue
            runs.append((role, page, expand(page, orders[role])))
        if args.mix:
            mixed = [
                path
                for who, measured, paths in runs
                if who == role and measured is not None and not measured.download
                for path in paths[:20]
            ]
            runs.append((role, None, mixed))
    # Downloads last: a download that wedges the server must not spoil the page figures.
    plan = sorted(
        ((think, *run) for think in args.think_ms for run in runs),
        key=lambda item: item[2] is not None and item[2].download,
    )
    rows = []
    for think_ms, role, target, paths in plan:
        users = args.connections
        if target is not None and target.download:
            users = args.download_connections
        drive = functools.partial(
            run_wrk,
            f"http://127.0.0.1:{port}",
            paths,
            cookies[role],
            connections=users,
            threads=min(args.threads, users),
            think_ms=think_ms,
        )
        if args.warmup:
            drive(seconds=args.warmup)
        load_before, cpu_before = os.getloadavg()[0], cpu_seconds(roots)
        result = drive(seconds=args.duration)
        cpu_after = cpu_seconds(roots)
        cpu = {key: cpu_after[key] - cpu_before[key] for key in cpu_after}
        name = target.name if target else "mix"
        figures = {"think_ms": think_ms, **row(role, name, users, result, cpu, load_before)}
        print(json.dumps(figures), flush=True)
        rows.append(figures)
        if not _answers(client, cookies[role][0]):
            print(f"the server stopped answering after {name}; the other runs are skipped")
            break
    return rows


def _answers(client: Client, cookie: str) -> bool:
    """Whether a signed-in request (one that needs the store) is answered within 15 s."""
    try:
        return client.probe("/api/v1/me", cookie, timeout=15).status == 200
    except OSError:
        return False


if __name__ == "__main__":
    main()
