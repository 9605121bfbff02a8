"""Benchmark the daily job's reviews step and lake-mode reviews, side by side with an older
version of the code (issue 21: the reviews step at marketplace size).

For each ``--orders`` size, a marketplace made by ``sellerstar demo generate`` (Parquet)
is imported into a SQLite store, then each measured in a fresh process (wall time, CPU
seconds, peak resident memory: :mod:`watched_process`):

- **store step**: ``jobs.reviews.run_review_job`` alone on a copy of the store (read,
  the review rules of one stat date, the brushing queue, the bulk write);
- **lake run**: ``sellerstar reviews run --date D`` on the Parquet folder;
- **lake brushing**: ``sellerstar reviews brushing`` on the Parquet folder.

With ``--baseline REF`` the same runs use the ``src/`` of git ref REF too (exported into
the data folder), alternately with the current code, so a noisy machine slows both alike.

    .venv/bin/python benchmarks/reviews_speed.py --orders 50000 200000 --baseline c946dcb
    .venv/bin/python benchmarks/reviews_speed.py --orders 200000 --baseline c946dcb \
        --postgres-url postgresql+psycopg://u@host/db --skip-lake

With ``--postgres-url`` the store step is measured on that database too (its ``public``
schema is emptied and the marketplace imported, once per size). BLAS runs on one thread in
every run (idle BLAS threads spinning on a shared machine add CPU seconds of noise).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from watched_process import run_watched

ROOT = Path(__file__).resolve().parent.parent
STAT_DATE = dt.date(2022, 12, 4)  # the demo's data run to 2022-12-06
NOW = "2022-12-05T01:00:00+00:00"
ONE_THREAD = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


@dataclass
class Run:
    what: str
    code: str
    orders: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    load_before: float


def prepare(data_dir: Path, orders: int, store_too: bool) -> tuple[Path, Path]:
    """The Parquet folder and (``store_too``) the imported SQLite store of ``orders``
    orders (both kept for later runs)."""
    folder, store = data_dir / f"marketplace-{orders}", data_dir / f"store-{orders}.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "sellerstar"]
    if not (folder / ".complete").exists():
        subprocess.run(
            [
                *(*command, "demo", "generate", "--out", str(folder), "--orders", str(orders)),
                *("--workers", "1", "--overwrite", "--quiet"),
            ],
            check=True, stdout=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        (folder / ".complete").touch()
    if store_too and not (data_dir / f".imported-{orders}").exists():
        store.unlink(missing_ok=True)
        url = {"SELLERSTAR_DATABASE_URL": f"sqlite:///{store}"}
        subprocess.run([*command, "db", "upgrade"], check=True, env={**env, **url})
        subprocess.run(
            [*command, "import", "--quiet", str(folder)],
            check=True, stdout=subprocess.DEVNULL, env={**env, **url},
        )  # fmt: skip
        (data_dir / f".imported-{orders}").touch()
    return folder, store


def load_postgres(url: str, folder: Path, data_dir: Path, orders: int) -> None:
    """Import ``folder`` into the emptied PostgreSQL database ``url`` unless done."""
    # One database holds one marketplace: the marker says which.
    marker, done = data_dir / ".imported-postgres", f"{url} {orders}"
    if marker.exists() and marker.read_text() == done:
        return
    from sellerstar.store.db import create_engine

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SELLERSTAR_DATABASE_URL": url}
    command = [sys.executable, "-m", "sellerstar"]
    subprocess.run([*command, "db", "upgrade"], check=True, env=env)
    subprocess.run(
        [*command, "import", "--quiet", str(folder)],
        check=True, stdout=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    marker.write_text(done)


def store_step(url: str) -> None:
    """Child: the reviews step alone on the store at ``url`` (a SQLite copy: it writes)."""
    from sellerstar.jobs.reviews import run_review_job
    from sellerstar.rules import load_rulebook
    from sellerstar.store.db import opened

    with opened(url) as engine:
        run_review_job(
            engine, load_rulebook(), STAT_DATE, STAT_DATE, dt.datetime.fromisoformat(NOW)
        )


def measure(what: str, code: str, src: Path, orders: int, command: list[str]) -> Run:
    watched = run_watched(command, {"PYTHONPATH": str(src), **ONE_THREAD})
    if watched.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{watched.stderr.decode()[-3000:]}")
    run = Run(
        what, code, orders, round(watched.seconds, 2), round(watched.cpu_seconds, 2),
        round(watched.peak_rss / 2**20), round(watched.load_before, 1),
    )  # fmt: skip
    print(run, flush=True)
    return run


def measure_code(
    code: str, src: Path, orders: int, folder: Path, store: Path, args: argparse.Namespace
) -> list[Run]:
    """The runs of one version of the code on one marketplace."""
    runs = []
    with tempfile.TemporaryDirectory(dir=args.data_dir) as work:
        if not args.skip_store:
            copy = Path(work) / "store.db"
            shutil.copyfile(store, copy)
            step = [sys.executable, __file__, "--child-store-step", f"sqlite:///{copy}"]
            runs.append(measure("store step", code, src, orders, step))
        if args.postgres_url and not args.skip_store:
            step = [sys.executable, __file__, "--child-store-step", args.postgres_url]
            runs.append(measure("store PG", code, src, orders, step))
        if args.skip_lake:
            return runs
        cli = [sys.executable, "-m", "sellerstar", "reviews"]
        lake = [*cli, "run", "--input", str(folder), "--output", work]
        runs.append(measure("lake run", code, src, orders, [*lake, "--date", str(STAT_DATE)]))
        brushing = [*cli, "brushing", "--input", str(folder), "--output", work]
        rules = ["--rules-date", str(STAT_DATE)]
        runs.append(measure("brushing", code, src, orders, [*brushing, *rules]))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, nargs="+", default=[50_000, 200_000])
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench-reviews")
    parser.add_argument("--baseline", help="git ref of the code to compare with")
    parser.add_argument("--postgres-url", help="also the store step on this (emptied!) database")
    parser.add_argument("--skip-lake", action="store_true", help="the store step(s) only")
    parser.add_argument("--skip-store", action="store_true", help="lake mode only")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of runs")
    parser.add_argument("--child-store-step", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_store_step:
        store_step(args.child_store_step)
        return
    args.data_dir.mkdir(parents=True, exist_ok=True)
    codes = [("current", ROOT / "src")]
    if args.baseline:
        baseline = args.data_dir / f"src-{args.baseline}"
        if not baseline.exists():
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.baseline, "src"],
                check=True,
                capture_output=True,
            ).stdout
            baseline.mkdir()
            subprocess.run(["tar", "-x", "-C", str(baseline)], input=archive, check=True)
        codes.insert(0, (args.baseline, baseline / "src"))
    runs: list[Run] = []
    for orders in args.orders:
        folder, store = prepare(args.data_dir, orders, not args.skip_store)
        if args.postgres_url:
            load_postgres(args.postgres_url, folder, args.data_dir, orders)
        for _round in range(args.repeat):
            for code, src in codes:
                runs += measure_code(code, src, orders, folder, store, args)
    print(f"\n{'orders':>8} {'what':<11} {'code':<8} {'seconds':>8} {'CPU s':>7} {'peak MB':>8}")
    for run in runs:
        print(
            f"{run.orders:>8} {run.what:<11} {run.code:<8} {run.seconds:>8} "
            f"{run.cpu_seconds:>7} {run.peak_rss_mb:>8}"
        )


if __name__ == "__main__":
    main()
