"""Benchmark the daily job from the store against lake mode on the same marketplace.

One process tree, side by side, each run a fresh child process whose peak resident memory
(the child and its children) is sampled:

- **lake**: ``sellerstar metrics run --input DIR --stat-date D`` (one stat date, Parquet);
- **store step**: the daily job's metric step alone (``jobs.metrics.run_store_job``: read
  the store, compute, write ``merchant_metrics`` and ``order_tracking``);
- **daily job**: ``sellerstar compute --stat-date D``, every step; the time of each step
  comes from ``job_runs``.

    .venv/bin/python benchmarks/daily_job.py --postgres-url postgresql://u@host/db
    .venv/bin/python benchmarks/daily_job.py --orders 1000000 --postgres-url ...
    .venv/bin/python benchmarks/daily_job.py --orders 10000000 --skip-sqlite --postgres-url ...

The marketplace is made by ``sellerstar demo generate`` (Parquet, native timestamps) into
``--data-dir`` and imported with ``sellerstar import`` into a SQLite file there and into
the PostgreSQL database given (its ``public`` schema is emptied first!). Both are kept:
a later run with the same ``--orders`` skips generation and import (``--reimport``
forces them). Target (issue 21): store step ≤ 2 × lake, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from watched_process import run_watched

ROOT = Path(__file__).resolve().parent.parent
SELLERSTAR = [sys.executable, "-m", "sellerstar"]
STAT_DATE = dt.date(2022, 12, 4)  # the demo's data run to 2022-12-06


@dataclass
class Run:
    """One measured run."""

    what: str
    store: str
    seconds: float
    cpu_seconds: float  # the child and its children (not the PostgreSQL server)
    peak_rss_mb: float
    load_before: float
    steps: dict[str, float] = field(default_factory=dict)


def measure(what: str, store: str, command: list[str], env: dict[str, str]) -> Run:
    """Run ``command`` once in a fresh process; its wall time and peak tree RSS."""
    watched = run_watched(command, env)
    if watched.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{watched.stderr.decode()[-3000:]}")
    run = Run(
        what, store, round(watched.seconds, 2), round(watched.cpu_seconds, 2),
        round(watched.peak_rss / 2**20), round(watched.load_before, 1),
    )  # fmt: skip
    print(run, flush=True)
    return run


def generate(data_dir: Path, orders: int) -> Path:
    folder = data_dir / f"marketplace-{orders}"
    if not (folder / ".complete").exists():
        print(f"generating {orders:,} orders into {folder} …", flush=True)
        started = time.perf_counter()
        subprocess.run(
            [
                *SELLERSTAR,
                *("demo", "generate", "--out", str(folder), "--orders", str(orders)),
                *("--workers", "2", "--overwrite", "--quiet"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (folder / ".complete").touch()
        print(f"  generated in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def load(url: str, folder: Path, marker: Path, reimport: bool) -> None:
    """Import ``folder`` into the emptied store at ``url`` unless ``marker`` says done."""
    if marker.exists() and marker.read_text() == url and not reimport:
        return
    from sellerstar.store.db import create_engine
    from sellerstar.store.migrate import upgrade

    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    else:
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        engine.dispose()
    upgrade(url)
    print(f"importing {folder.name} into {url.split(':')[0]} …", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [*SELLERSTAR, "import", "--quiet", str(folder)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "SELLERSTAR_DATABASE_URL": url},
    )
    print(f"  imported in {time.perf_counter() - started:.0f} s", flush=True)
    marker.write_text(url)


def step_times(url: str) -> dict[str, float]:
    """Seconds of each step of the newest daily run (``job_runs``: a step ends when the
    next one starts; all share the run's start time)."""
    import sqlalchemy as sa

    from sellerstar.jobs.daily import STEPS
    from sellerstar.store.db import opened
    from sellerstar.store.schema import job_runs

    with opened(url) as engine, engine.connect() as connection:
        rows = connection.execute(
            sa.select(job_runs.c.job, job_runs.c.started_at, job_runs.c.finished_at)
            .where(job_runs.c.job.in_(STEPS))
            .order_by(job_runs.c.id.desc())
            .limit(len(STEPS))
        ).all()
    ends = sorted((row.finished_at, row.job) for row in rows)
    times, previous = {}, rows[0].started_at
    for finished, job in ends:
        times[job] = round((finished - previous).total_seconds(), 2)
        previous = finished
    return times


def run_step(url: str, day: str) -> None:
    """Child: the daily job's metric step alone."""
    from sellerstar.jobs.metrics import run_store_job
    from sellerstar.rules import load_rulebook
    from sellerstar.store.db import opened

    stat = dt.date.fromisoformat(day)
    with opened(url) as engine:
        _result, counts = run_store_job(engine, load_rulebook(), stat, stat)
    print(json.dumps(counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench-daily")
    parser.add_argument("--postgres-url", help="also measure on this (emptied!) PostgreSQL")
    parser.add_argument("--skip-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--skip-daily", action="store_true", help="not the whole daily job")
    parser.add_argument("--reimport", action="store_true", help="import again")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of runs")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child-step", nargs=2, metavar=("URL", "DATE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_step:
        run_step(*args.child_step)
        return
    if args.orders > 1_000_000 and not args.skip_sqlite:
        sys.exit("above 1M orders only PostgreSQL is measured: add --skip-sqlite")
    args.data_dir.mkdir(parents=True, exist_ok=True)
    folder = generate(args.data_dir, args.orders)
    stores = (
        []
        if args.skip_sqlite
        else [("sqlite", f"sqlite:///{args.data_dir}/store-{args.orders}.db")]
    )
    stores += [("postgresql", args.postgres_url)] if args.postgres_url else []
    for name, url in stores:
        load(url, folder, args.data_dir / f".imported-{name}-{args.orders}", args.reimport)
    day = STAT_DATE.isoformat()
    runs: list[Run] = []
    for _round in range(args.repeat):
        with tempfile.TemporaryDirectory() as out:
            lake = [*SELLERSTAR, "metrics", "run", "--input", str(folder), "--output", out]
            runs.append(measure("lake", "parquet", [*lake, "--stat-date", day], {}))
        for name, url in stores:
            step = [sys.executable, __file__, "--child-step", url, day]
            runs.append(measure("store step", name, step, {}))
            if args.skip_daily:
                continue
            daily = [*SELLERSTAR, "compute", "--quiet", "--stat-date", day]
            runs.append(measure("daily job", name, daily, {"SELLERSTAR_DATABASE_URL": url}))
            runs[-1].steps = step_times(url)
    report(runs, args.orders)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in runs], indent=2) + "\n")


def report(runs: list[Run], orders: int) -> None:
    print(f"\n{orders:,} orders, stat date {STAT_DATE}")
    print(
        f"{'what':<10} {'store':<11} {'seconds':>8} {'× lake':>7} {'CPU s':>7} "
        f"{'× lake':>7} {'peak MB':>8} {'load':>5}"
    )
    lake = runs[0]
    for run in runs:
        # Each run against the lake run of its own round: side by side on a busy machine.
        lake = run if run.what == "lake" else lake
        ratio, cpu_ratio = run.seconds / lake.seconds, run.cpu_seconds / lake.cpu_seconds
        print(
            f"{run.what:<10} {run.store:<11} {run.seconds:>8} {ratio:>7.1f} "
            f"{run.cpu_seconds:>7} {cpu_ratio:>7.1f} {run.peak_rss_mb:>8} {run.load_before:>5}"
        )
        if run.steps:
            print("           " + ", ".join(f"{k} {v} s" for k, v in run.steps.items()))


if __name__ == "__main__":
    main()
