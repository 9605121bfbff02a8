"""Benchmark of the metric engine on a generated marketplace (a script, not a test).

Measures wall time and peak resident memory (the whole process tree, so Spark's JVM
counts) of ``sellerstar metrics run`` for one stat date and for a 30-date range, on
DuckDB, and the same on Spark for a smaller marketplace. Each run is a fresh process.

    .venv/bin/python benchmarks/metrics.py                      # 10M orders, DuckDB + Spark 1M
    .venv/bin/python benchmarks/metrics.py --orders 1000000 --spark-orders 0
    .venv/bin/python benchmarks/metrics.py --json var/bench-metrics.json

The marketplace is generated once per size (``sellerstar demo generate``, Parquet with
native timestamps) into ``--data-dir`` and reused by later runs. Targets (docs/metrics.md):
one stat date ≤ 15 s and ≤ 3 GB peak RSS; a 30-date range ≤ 3 × the one-date time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from watched_process import run_watched

ROOT = Path(__file__).resolve().parent.parent
SELLERSTAR = [sys.executable, "-m", "sellerstar"]
STAT_DATE = dt.date(2022, 12, 4)  # the demo's data run to 2022-12-06
RANGE_DAYS = 30


@dataclass
class Run:
    """One measured run."""

    engine: str
    orders: int
    dates: int
    seconds: float
    cpu_seconds: float  # DuckDB: the whole run; Spark: the Python side only (JVM not reaped)
    peak_rss_mb: float
    load_before: float  # 1-minute load average when the run started (other jobs' share)


def generate(data_dir: Path, orders: int) -> Path:
    """The marketplace of ``orders`` orders, generated unless it is there already."""
    folder = data_dir / f"marketplace-{orders}"
    if not (folder / "orders").exists() and not (folder / "orders.parquet").exists():
        print(f"generating {orders:,} orders into {folder} …", flush=True)
        subprocess.run(
            [
                *SELLERSTAR,
                "demo",
                "generate",
                "--out",
                str(folder),
                "--orders",
                str(orders),
                "--workers",
                "2",
                "--overwrite",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def measure(folder: Path, engine: str, orders: int, dates: int) -> Run:
    """Run the CLI once in a fresh process; time it and sample its memory."""
    first = STAT_DATE - dt.timedelta(days=dates - 1)
    with tempfile.TemporaryDirectory() as out:
        span = (
            ["--stat-date", STAT_DATE.isoformat()]
            if dates == 1
            else ["--from", first.isoformat(), "--to", STAT_DATE.isoformat()]
        )
        command = [
            *SELLERSTAR,
            "metrics",
            "run",
            "--input",
            str(folder),
            "--output",
            out,
            "--backend",
            engine,
            *span,
        ]
        watched = run_watched(command)
        if watched.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{watched.stderr.decode()}")
    stdout = watched.stdout
    print(stdout.decode().splitlines()[0] if stdout else "", flush=True)
    seconds, cpu, peak = watched.seconds, watched.cpu_seconds, watched.peak_rss
    return Run(
        engine, orders, dates, round(seconds, 1), round(cpu, 1), round(peak / 2**20),
        watched.load_before,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000_000)
    parser.add_argument("--spark-orders", type=int, default=1_000_000, help="0 skips Spark")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    args = parser.parse_args()

    runs = []
    folder = generate(args.data_dir, args.orders)
    for dates in (1, RANGE_DAYS):
        runs.append(measure(folder, "duckdb", args.orders, dates))
        print(runs[-1], flush=True)
    if args.spark_orders:
        small = generate(args.data_dir, args.spark_orders)
        for dates in (1, RANGE_DAYS):
            runs.append(measure(small, "spark", args.spark_orders, dates))
            print(runs[-1], flush=True)

    print(
        f"\n{'engine':<8} {'orders':>12} {'dates':>5} {'seconds':>8} {'CPU s':>7} "
        f"{'peak RSS MB':>12} {'load before':>12}"
    )
    for run in runs:
        print(
            f"{run.engine:<8} {run.orders:>12,} {run.dates:>5} {run.seconds:>8} "
            f"{run.cpu_seconds:>7} {run.peak_rss_mb:>12} {run.load_before:>12}"
        )
    one, many = runs[0], runs[1]
    print(
        f"\nDuckDB targets: one date {one.seconds} s (≤ 15), {one.peak_rss_mb} MB (≤ 3072); "
        f"{RANGE_DAYS} dates {many.seconds} s = {many.seconds / one.seconds:.1f}× (≤ 3×)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in runs], indent=2) + "\n")


if __name__ == "__main__":
    main()
