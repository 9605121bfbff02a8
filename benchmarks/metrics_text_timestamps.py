"""Lake mode on text and native timestamps against a hand-written DuckDB query (a script).

Generates a marketplace once (``sellerstar demo generate``, Parquet with native
timestamps, default 2M orders, into ``--data-dir``) and a copy whose timestamp columns are
ISO 8601 text with the platform offset (``+08:00``), as a lake export often has them. Then,
in this one process tree, alternating, it times for each shape:

(a) ``sellerstar metrics run`` for one stat date, a fresh process (CLI start-up included);
(b) the yardstick: a fresh Python process that runs one hand-written DuckDB query computing
    the tracking visibility rate alone (rulebook §1, rule-set ``2022-11``) for that date on
    the same files (:func:`yardstick_sql`).

Peak RSS of each process tree is sampled every 50 ms; CPU seconds are the children's user +
system time. The machine is shared and noisy, so each round runs (a) and (b) back to back
(in alternating order) and the ratios are per round. Before timing, the yardstick's
``tv_orders`` / ``tv_passing`` are checked against sellerstar's for every merchant.

    .venv/bin/python benchmarks/metrics_text_timestamps.py [--orders 2000000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from watched_process import run_watched

from metrics import SELLERSTAR, STAT_DATE, generate
from sellerstar.demo.text_formats import with_text_timestamps

ROOT = Path(__file__).resolve().parent.parent
TABLES = (
    "merchants",
    "orders",
    "shipments",
    "tracking_events",
    "tracking_appeals",
    "guarantee_enrolments",
)
PLATFORM_OFFSET_US = 8 * 3600 * 1_000_000  # Asia/Shanghai, no daylight saving

# The yardstick runs as its own process and imports DuckDB only.
YARDSTICK = """
import sys, duckdb
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.execute(f"COPY ({sys.argv[1]}) TO '{sys.argv[2]}' (FORMAT parquet)")
"""


@dataclass
class Run:
    """One measured process."""

    shape: str  # native | text
    what: str  # sellerstar | yardstick
    round: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    load_before: float


def text_copy(native: Path) -> Path:
    """The marketplace with every timestamp column as ISO text (made once)."""
    folder = native.with_name(native.name + "-text")
    if (folder / "done").exists():
        return folder
    print(f"writing text-timestamp copy into {folder} …", flush=True)
    for table in TABLES:
        single = native / f"{table}.parquet"
        files = [single] if single.exists() else sorted((native / table).glob("*.parquet"))
        for path in files:
            target = folder / path.relative_to(native)
            target.parent.mkdir(parents=True, exist_ok=True)
            source = pq.ParquetFile(path)
            writer = None
            for batch in source.iter_batches(batch_size=500_000):
                text = with_text_timestamps(pa.Table.from_batches([batch]), PLATFORM_OFFSET_US)
                if writer is None:
                    writer = pq.ParquetWriter(target, text.schema, compression="zstd")
                writer.write_table(text)
            if writer is None:
                pq.write_table(
                    with_text_timestamps(source.schema_arrow.empty_table(), PLATFORM_OFFSET_US),
                    target,
                )
            else:
                writer.close()
    (folder / "done").write_text("")
    return folder


def csv_copy(text: Path) -> Path:
    """The text-timestamp marketplace as one CSV file per table (made once)."""
    import duckdb

    folder = text.with_name(text.name.replace("-text", "-csv"))
    if (folder / "done").exists():
        return folder
    print(f"writing CSV copy into {folder} …", flush=True)
    folder.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect()
    for table in TABLES:
        connection.execute(
            f"COPY (SELECT * FROM {_scan(text, table)}) TO '{folder / table}.csv' (HEADER)"
        )
    (folder / "done").write_text("")
    return folder


def _scan(folder: Path, table: str) -> str:
    if (folder / f"{table}.csv").exists():
        return f"read_csv('{folder / table}.csv')"
    single = folder / f"{table}.parquet"
    pattern = single if single.exists() else folder / table / "*.parquet"
    return f"read_parquet('{pattern}')"


def yardstick_sql(folder: Path, text: bool, stat_date: dt.date) -> str:
    """Tracking visibility per merchant on ``stat_date``, as an expert would write it for
    this rule-set (Asia/Shanghai has a fixed offset, so day boundaries are instants)."""

    def instant(column: str) -> str:
        # CSV: DuckDB's sniffer types the column already; the cast is then a no-op.
        return f"CAST({column} AS TIMESTAMPTZ)" if text else column

    def start_of(day: dt.date) -> str:
        return f"TIMESTAMPTZ '{day.isoformat()} 00:00:00+08:00'"

    end = start_of(stat_date + dt.timedelta(days=1))  # "by the end of S"
    oldest = start_of(stat_date - dt.timedelta(days=74))  # ship date ≥ S − 74
    newest = start_of(stat_date - dt.timedelta(days=14))  # ship date ≤ S − 15
    exempt_from = start_of(stat_date - dt.timedelta(days=21))  # S ≤ d + 21
    launch_end = start_of(dt.date(2022, 10, 6))  # d ≤ 2022-10-05
    core = "'GB', 'US', 'CA', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IT', 'NL'"
    return f"""
WITH o AS (
    SELECT order_id, merchant_id, {instant("shipped_at")} AS shipped
    FROM {_scan(folder, "orders")}
    WHERE trade_assurance AND status IN ('shipped', 'received', 'completed')
      AND export_mode = 'tad' AND transport = 'express' AND destination_country IN ({core})
      AND trade_term NOT IN ('EXW', 'FCA')
      AND {instant("shipped_at")} >= {oldest} AND {instant("shipped_at")} < {newest}
),
judged AS (SELECT * FROM o WHERE shipped >= {launch_end} AND shipped < {exempt_from}),
s AS (
    SELECT shipment_id, order_id, carrier, tracking_number, replaced_by
    FROM {_scan(folder, "shipments")}
    WHERE order_id IN (SELECT order_id FROM judged) AND {instant("uploaded_at")} < {end}
),
cur AS (
    SELECT s.* FROM s
    WHERE NOT EXISTS (
        SELECT 1 FROM s r WHERE r.shipment_id = s.replaced_by AND r.order_id = s.order_id
    )
),
passing AS (
    SELECT carrier, tracking_number FROM (
        SELECT DISTINCT e.carrier, e.tracking_number, e.event_time, e.description
        FROM {_scan(folder, "tracking_events")} e
        SEMI JOIN cur ON e.carrier = cur.carrier AND e.tracking_number = cur.tracking_number
        WHERE e.source = 'platform' AND {instant("e.received_at")} < {end}
    )
    GROUP BY carrier, tracking_number HAVING count(*) >= 2
),
failing AS (
    SELECT cur.order_id, cur.shipment_id FROM cur
    ANTI JOIN passing p ON p.carrier = cur.carrier AND p.tracking_number = cur.tracking_number
),
appeal AS (
    SELECT shipment_id,
        CASE WHEN status IN ('approved', 'rejected') AND {instant("decided_at")} < {end}
             THEN status ELSE 'pending' END AS state
    FROM {_scan(folder, "tracking_appeals")}
    WHERE shipment_id IN (SELECT shipment_id FROM failing) AND {instant("submitted_at")} < {end}
    QUALIFY row_number() OVER (
        PARTITION BY shipment_id ORDER BY {instant("submitted_at")} DESC, appeal_id DESC) = 1
),
verdict AS (
    SELECT o.order_id, o.merchant_id,
        o.shipped < {launch_end} OR o.shipped >= {exempt_from}
        OR (EXISTS (SELECT 1 FROM cur WHERE cur.order_id = o.order_id)
            AND NOT EXISTS (
                SELECT 1 FROM failing f LEFT JOIN appeal a USING (shipment_id)
                WHERE f.order_id = o.order_id AND coalesce(a.state, 'rejected') = 'rejected'
            )) AS passes
    FROM o
)
SELECT merchant_id, count(*) AS tv_orders, count(*) FILTER (WHERE passes) AS tv_passing
FROM verdict GROUP BY merchant_id
"""


def measure(command: list[str], shape: str, what: str, number: int, src: Path | None = None) -> Run:
    """Run ``command`` as a fresh process (with ``src`` first on its path); time it and
    sample its tree's memory."""
    watched = run_watched(command, None if src is None else {"PYTHONPATH": str(src)})
    if watched.returncode != 0:
        raise SystemExit(f"{' '.join(command[:6])} … failed:\n{watched.stderr.decode()}")
    seconds, cpu, peak = watched.seconds, watched.cpu_seconds, watched.peak_rss
    load = watched.load_before
    return Run(shape, what, number, round(seconds, 2), round(cpu, 1), round(peak / 2**20), load)


def sellerstar_command(folder: Path, out: Path) -> list[str]:
    return [
        *SELLERSTAR,
        "metrics",
        "run",
        "--input",
        str(folder),
        "--stat-date",
        STAT_DATE.isoformat(),
        "--output",
        str(out),
        "--backend",
        "duckdb",
    ]


def yardstick_command(folder: Path, text: bool, out: Path) -> list[str]:
    return [sys.executable, "-c", YARDSTICK, yardstick_sql(folder, text, STAT_DATE), str(out)]


def check_same(sellerstar_out: Path, yardstick_out: Path) -> int:
    """Refuse to time a yardstick that disagrees with sellerstar; the merchants compared."""
    ours = pq.read_table(sellerstar_out / "merchant_metrics.parquet").to_pylist()
    theirs = {r["merchant_id"]: r for r in pq.read_table(yardstick_out).to_pylist()}
    compared = 0
    for row in ours:
        other = theirs.pop(row["merchant_id"], {"tv_orders": 0, "tv_passing": 0})
        if (row["tv_orders"], row["tv_passing"]) != (other["tv_orders"], other["tv_passing"]):
            raise SystemExit(f"yardstick differs for {row['merchant_id']}: {row} vs {other}")
        compared += 1
    if theirs:
        raise SystemExit(f"yardstick has merchants sellerstar does not: {list(theirs)[:5]}")
    return compared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--json", type=Path, help="Also write the runs here.")
    parser.add_argument(
        "--shapes",
        default="native,text",
        help="Comma-separated, of native, text and csv (the text copy as CSV files).",
    )
    parser.add_argument(
        "--baseline-src",
        type=Path,
        help="Also time `sellerstar metrics run` from this src folder (an older checkout).",
    )
    args = parser.parse_args()

    native = generate(args.data_dir, args.orders)
    text = text_copy(native)
    folders = {"native": native, "text": text}
    if "csv" in args.shapes:
        folders["csv"] = csv_copy(text)
    shapes = {shape: folders[shape] for shape in args.shapes.split(",")}
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for shape, folder in shapes.items():
            subprocess.run(
                sellerstar_command(folder, work / shape), check=True, capture_output=True
            )
            subprocess.run(
                yardstick_command(folder, shape != "native", work / f"{shape}.parquet"), check=True
            )
            compared = check_same(work / shape, work / f"{shape}.parquet")
            print(
                f"{shape}: yardstick equals sellerstar for all {compared:,} merchants", flush=True
            )
        for number in range(1, args.rounds + 1):
            for shape, folder in shapes.items():
                pair = [
                    ("sellerstar", sellerstar_command(folder, work / f"{shape}-{number}")),
                    ("yardstick", yardstick_command(folder, shape != "native", work / "y.parquet")),
                ]
                for what, command in pair if number % 2 else pair[::-1]:
                    runs.append(measure(command, shape, what, number))
                    print(runs[-1], flush=True)
                if args.baseline_src:
                    command = sellerstar_command(folder, work / f"{shape}-{number}-baseline")
                    runs.append(measure(command, shape, "baseline", number, args.baseline_src))
                    print(runs[-1], flush=True)
    report(runs)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in runs], indent=2) + "\n")


def report(runs: list[Run]) -> None:
    """Per shape: each round's times and the ratios of the pair, then the medians."""
    print(
        f"\n{'shape':<7} {'round':>5} {'sellerstar s':>12} {'CPU s':>6} {'MB':>6} "
        f"{'yardstick s':>11} {'CPU s':>6} {'MB':>6} {'time ×':>7} {'CPU ×':>6} {'mem ×':>6}"
    )
    for shape in sorted({r.shape for r in runs}, key=["native", "text", "csv"].index):
        ratios: list[tuple[float, float, float]] = []
        for number in sorted({r.round for r in runs}):
            ours, theirs = (
                next(r for r in runs if (r.shape, r.what, r.round) == (shape, what, number))
                for what in ("sellerstar", "yardstick")
            )
            ratio = (
                ours.seconds / theirs.seconds,
                ours.cpu_seconds / max(theirs.cpu_seconds, 0.1),
                ours.peak_rss_mb / theirs.peak_rss_mb,
            )
            ratios.append(ratio)
            print(
                f"{shape:<7} {number:>5} {ours.seconds:>12} {ours.cpu_seconds:>6} "
                f"{ours.peak_rss_mb:>6} {theirs.seconds:>11} {theirs.cpu_seconds:>6} "
                f"{theirs.peak_rss_mb:>6} {ratio[0]:>7.2f} {ratio[1]:>6.2f} {ratio[2]:>6.2f}"
            )
        medians = [statistics.median(r[i] for r in ratios) for i in range(3)]
        print(
            f"{shape}: median ratios time {medians[0]:.2f}× (target ≤ 1.0), CPU "
            f"{medians[1]:.2f}×, peak memory {medians[2]:.2f}× (target ≤ 1.5)"
        )


if __name__ == "__main__":
    main()
