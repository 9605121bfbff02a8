"""Benchmark `sellerstar import`: 1M orders with their shipments and tracking events.

    .venv/bin/python benchmarks/import_1m.py                      # SQLite, 1M orders, Parquet
    .venv/bin/python benchmarks/import_1m.py --orders 100000 --format csv
    .venv/bin/python benchmarks/import_1m.py --postgres-url postgresql://u@host/db

The marketplace is made by the demo generator (`sellerstar demo generate --out DIR
--orders N`) when it is installed, else by a simple generator in this file, and is kept
in --data-dir for the next run. Each import runs in a child process, so the peak resident
memory reported is the import's own (ru_maxrss of the child). It imports three times: the
first run fills an empty database, the second re-imports the same files (nothing changes),
the third a copy in which every 10th order and tracking event differs (changed rows).

`--baseline REF` runs the same three imports with the importer of git revision REF
(its `src/` exported to a temporary folder) before the working tree's, each into a fresh
database, in the same run: on a shared machine only figures taken side by side compare.
Rows per second count every row read, of all tables. Each line also gives the CPU time
of the import's process and of the PostgreSQL server meanwhile (a local server: its
processes' times from /proc), and rows per CPU-second: on a shared machine the wall time
depends on everyone else's load, the CPU time much less. At the end the figures are printed
again as one Markdown table, the revisions side by side.

    .venv/bin/python benchmarks/import_1m.py --orders 100000 --baseline main \
        --postgres-url postgresql://u@host/db --skip-sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

_CHUNK = 100_000
_EPOCH = np.datetime64("2022-08-01T00:00:00", "s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--format", choices=("csv", "parquet"), default="parquet")
    parser.add_argument("--data-dir", type=Path, default=Path("var/bench-import"))
    parser.add_argument("--postgres-url", help="also import into this (emptied!) PostgreSQL")
    parser.add_argument("--generator", choices=("auto", "demo", "simple"), default="auto")
    parser.add_argument("--baseline", metavar="REF", help="also measure git revision REF")
    parser.add_argument("--skip-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument(
        "--skip-same", action="store_true", help="no second import of the same files"
    )
    parser.add_argument("--child", nargs=2, metavar=("URL", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child_import(*args.child)
        return
    data = args.data_dir / f"{args.orders}-{args.format}-{args.generator}"
    if not (data / ".complete").exists():
        started = time.perf_counter()
        used = _generate(data, args.orders, args.format, args.generator)
        print(f"generated {data} with the {used} generator in {_secs(started)}")
    print(json.dumps(_sizes(data)))
    changed = _changed_copy(data)
    database = args.data_dir / "bench.db"
    urls = [] if args.skip_sqlite else [f"sqlite:///{database}"]
    urls += [args.postgres_url] if args.postgres_url else []
    measured: list[_Measured] = []
    with tempfile.TemporaryDirectory() as exported:
        codes = [("current", Path(__file__).resolve().parents[1] / "src")]
        if args.baseline:
            codes.insert(0, (args.baseline, _export_src(args.baseline, Path(exported))))
        for url in urls:
            for label, src in codes:
                for path in (database, *(database.with_suffix(s) for s in (".db-wal", ".db-shm"))):
                    path.unlink(missing_ok=True)
                _reset(url)
                for attempt, folder in (
                    ("first import", data),
                    ("re-import", data),
                    ("changed rows", changed),
                ):
                    if attempt == "re-import" and args.skip_same:
                        continue  # it changes nothing: the changed rows meet the same store
                    measured.append(_measure(url, folder, attempt, label, src))
    _summary(measured)


_Measured = tuple[str, str, str, float, float, str]  # backend, code, import, s, rows/s, peak


def _summary(measured: list[_Measured]) -> None:
    """The figures again as one Markdown table, the code revisions side by side."""
    codes = list(dict.fromkeys(m[1] for m in measured))
    print(f"\n| database | import | {' | '.join(codes)} |")
    print(f"|---|---|{'---|' * len(codes)}")
    for backend, attempt in dict.fromkeys((m[0], m[2]) for m in measured):
        cells = {m[1]: f"{m[3]:.1f} s, {m[4]:,.0f} rows/s, {m[5]}" for m in measured
                 if (m[0], m[2]) == (backend, attempt)}  # fmt: skip
        print(f"| {backend} | {attempt} | {' | '.join(cells.get(c, '') for c in codes)} |")


def _export_src(ref: str, into: Path) -> Path:
    """The ``src/`` folder of git revision ``ref``, written under ``into``."""
    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", ref, "src"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def _changed_copy(data: Path) -> Path:
    """``data`` with every 10th order (amount + 0.01) and tracking event (location) changed."""
    out = data.with_name(data.name + "-changed")
    if (out / ".complete").exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    edits = {"orders": _cent_more, "tracking_events": _moved}
    for path in data.iterdir():
        table = path.name.split(".")[0]
        if path.name.startswith("."):
            continue
        if table not in edits:
            (out / path.name).symlink_to(path.resolve(), target_is_directory=path.is_dir())
            continue
        parts = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
        for part in parts:  # a table may be a folder of Parquet parts (larger demo data)
            target = out / part.relative_to(data)
            target.parent.mkdir(parents=True, exist_ok=True)
            if part.suffix == ".parquet":
                pq.write_table(edits[table](pq.read_table(part)), target)
            else:  # CSV: every value is text here
                pa_csv.write_csv(edits[table](pa_csv.read_csv(part, _all_text(part))), target)
    (out / ".complete").touch()
    return out


def _all_text(path: Path) -> pa_csv.ConvertOptions:
    names = path.open(encoding="utf-8").readline().strip().split(",")
    return pa_csv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()))


def _every_tenth(table: pa.Table) -> pa.Array:
    return pa.array(np.arange(table.num_rows) % 10 == 0)


def _cent_more(table: pa.Table) -> pa.Table:
    amount = table.column("amount_usd")
    numbers = pc.cast(amount, pa.decimal128(14, 2))
    raised = pc.cast(pc.add(numbers, pa.scalar(0.01).cast(pa.decimal128(14, 2))), numbers.type)
    new = pc.if_else(_every_tenth(table), raised, numbers).cast(amount.type)
    return table.set_column(table.schema.get_field_index("amount_usd"), "amount_usd", new)


def _moved(table: pa.Table) -> pa.Table:
    location = table.column("location").cast(pa.string())
    new = pc.if_else(_every_tenth(table), pa.scalar("Changed on re-import"), location)
    return table.set_column(table.schema.get_field_index("location"), "location", new)


def _measure(url: str, data: Path, attempt: str, label: str, src: Path) -> _Measured:
    server = _server_pid(url)
    server_cpu = _cpu_seconds(server)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(src)}
    child = subprocess.run(
        [sys.executable, __file__, "--child", url, str(data)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    wall = time.perf_counter() - started
    server_cpu = _cpu_seconds(server) - server_cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    if child.returncode != 0:
        sys.exit(f"import failed:\n{child.stdout}\n{child.stderr}")
    *counts, peak_kib = child.stdout.rstrip().splitlines()
    rows = sum(json.loads(line.split(None, 1)[1])["read"] for line in counts)
    backend = url.split(":", 1)[0].split("+")[0]
    peak = f"{int(peak_kib) / 1024:.0f} MiB"
    cpu = own_cpu + server_cpu
    print(
        f"{backend:<10} {label:<10} {attempt:<13} wall {wall:7.1f} s  "
        f"{rows / wall:9,.0f} rows/s   peak RSS {peak}   CPU {own_cpu:.1f} s import"
        f" + {server_cpu:.1f} s server = {rows / cpu:,.0f} rows per CPU-second",
        flush=True,
    )
    print("\n".join(counts), flush=True)
    return backend, label, attempt, wall, rows / wall, f"{peak}, {rows / cpu:,.0f} rows/CPU-s"


def _server_pid(url: str) -> int | None:
    """The PostgreSQL server's main process, when it runs on this machine (Linux)."""
    if url.startswith("sqlite"):
        return None
    from sellerstar.store.db import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            backend = int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            # Read while the backend lives: its parent is the postmaster.
            return int(_stat(backend)[1])
    except OSError:
        return None  # another machine: its CPU time is not counted
    finally:
        engine.dispose()


def _stat(pid: int) -> list[str]:
    """Fields of /proc/PID/stat after the command name: state, ppid, ..."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _cpu_seconds(server: int | None) -> float:
    """CPU time of the server: its own and its exited children's, plus its live children's."""
    if server is None:
        return 0.0
    ticks = sum(int(v) for v in _stat(server)[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = _stat(int(entry.name))
            except OSError:
                continue  # gone meanwhile
            if fields[1] == str(server):
                ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _child_import(url: str, directory: str) -> None:
    from zoneinfo import ZoneInfo

    from sellerstar.ingest.contract import import_directory
    from sellerstar.store.db import create_engine

    engine = create_engine(url)
    result = import_directory(engine, Path(directory), zone=ZoneInfo("Asia/Shanghai"))
    engine.dispose()
    for name, counts in result.counts.items():
        print(f"  {name:<20} {json.dumps(counts.as_dict())}")
    # The child's own high-water mark (KiB), read by the parent. Not ru_maxrss: Linux
    # keeps it across exec, so it would report the parent's size when that was larger.
    status = Path("/proc/self/status")
    peak = [line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM")]
    print(peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _reset(url: str) -> None:
    from sellerstar.store.db import create_engine
    from sellerstar.store.migrate import upgrade

    if not url.startswith("sqlite"):
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        engine.dispose()
    upgrade(url)


def _generate(out: Path, orders: int, fmt: str, generator: str) -> str:
    shutil.rmtree(out, ignore_errors=True)
    installed = Path(sys.executable).with_name("sellerstar")
    demo = str(installed) if installed.exists() else shutil.which("sellerstar")
    if generator in {"auto", "demo"} and demo and _has_demo_generate(demo):
        command = [demo, "demo", "generate", "--out", str(out), "--orders", str(orders)]
        subprocess.run([*command, "--format", fmt], check=True, stdout=subprocess.DEVNULL)
        (out / ".complete").touch()
        return "demo"
    if generator == "demo":
        sys.exit("the demo generator (`sellerstar demo generate`) is not installed")
    _simple_marketplace(out, orders, fmt)
    (out / ".complete").touch()
    return "simple"


def _has_demo_generate(executable: str) -> bool:
    probe = subprocess.run(
        [executable, "demo", "generate", "--help"], capture_output=True, check=False
    )
    return probe.returncode == 0


class _Sink:
    """Writes one table in chunks, as CSV or as a folder of Parquet parts."""

    def __init__(self, out: Path, name: str, fmt: str) -> None:
        self._out, self._name, self._fmt = out, name, fmt
        self._writer: pa_csv.CSVWriter | None = None
        self._part = 0

    def write(self, columns: dict[str, object]) -> None:
        table = pa.table(columns)
        if self._fmt == "parquet":
            folder = self._out / self._name
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, folder / f"part-{self._part:05d}.parquet")
            self._part += 1
            return
        if self._writer is None:
            self._writer = pa_csv.CSVWriter(self._out / f"{self._name}.csv", table.schema)
        self._writer.write_table(table)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


def _ts(seconds: np.ndarray) -> pa.Array:
    """ISO 8601 text with a +08:00 offset from seconds after 2022-08-01 (Shanghai)."""
    stamps = (_EPOCH + seconds.astype("timedelta64[s]")).astype(str)
    return pa.array(np.char.add(stamps, "+08:00"))


def _simple_marketplace(out: Path, orders: int, fmt: str) -> None:
    out.mkdir(parents=True)
    rng = np.random.default_rng(7)
    merchants = max(orders // 500, 10)
    m_ids = np.char.add("M", np.arange(merchants).astype(str))
    sink = _Sink(out, "merchants", fmt)
    sink.write(
        {
            "merchant_id": m_ids,
            "name": np.char.add("Merchant ", np.arange(merchants).astype(str)),
            "main_industry": np.full(merchants, "Apparel"),
            "membership": rng.choice(["export_pass", "global_treasure", "none"], merchants),
            "ta_status": rng.choice(["active", "none"], merchants),
        }
    )
    sink.close()
    sink = _Sink(out, "accounts", fmt)
    sink.write(
        {
            "account_id": np.char.add(m_ids, "-main"),
            "merchant_id": m_ids,
            "role": np.full(merchants, "main"),
            "name": np.full(merchants, "Owner"),
        }
    )
    sink.close()
    sinks = {n: _Sink(out, n, fmt) for n in ("orders", "shipments", "tracking_events")}
    for start in range(0, orders, _CHUNK):
        _orders_chunk(rng, sinks, start, min(_CHUNK, orders - start), m_ids)
    for sink in sinks.values():
        sink.close()


def _orders_chunk(
    rng: np.random.Generator, sinks: dict[str, _Sink], start: int, n: int, m_ids: np.ndarray
) -> None:
    ids = np.char.add("O", np.arange(start, start + n).astype(str))
    merchant = m_ids[rng.integers(0, len(m_ids), n)]
    created = rng.integers(0, 90 * 86400, n)
    paid = created + rng.integers(60, 86400, n)
    shipped = paid + rng.integers(3600, 5 * 86400, n)
    sinks["orders"].write(
        {
            "order_id": ids,
            "merchant_id": merchant,
            "owner_account_id": np.char.add(merchant, "-main"),
            "buyer_id": np.char.add("B", rng.integers(0, 50_000, n).astype(str)),
            "trade_assurance": rng.random(n) < 0.9,
            "destination_country": rng.choice(["US", "GB", "DE", "FR", "CA", "BR"], n),
            "trade_term": rng.choice(["FOB", "EXW", "CIF", "DDP"], n),
            "export_mode": rng.choice(["tad", "self_export", "other"], n),
            "transport": rng.choice(["express", "air", "sea"], n),
            "payment_method": rng.choice(["tt", "credit_card", "e_payment"], n),
            "status": np.full(n, "shipped"),
            "created_at": _ts(created),
            "paid_at": _ts(paid),
            "ship_by": _ts(paid + 7 * 86400),
            "shipped_at": _ts(shipped),
            "amount_usd": np.round(rng.uniform(5, 5000, n), 2).astype(str),
            "all_items_rts": rng.random(n) < 0.5,
            "delivery_promise": rng.random(n) < 0.3,
        }
    )
    # About 1.1 shipments per order, about 4 events per shipment.
    per_order = 1 + (rng.random(n) < 0.1)
    order_of = np.repeat(np.arange(n), per_order)
    s = len(order_of)
    s_ids = np.char.add("S", np.arange(start * 2, start * 2 + s).astype(str))
    carriers = rng.choice(["ups", "fedex", "dhl", "4px"], s)
    tracking = np.char.add("T", np.arange(start * 2, start * 2 + s).astype(str))
    uploaded = shipped[order_of]
    sinks["shipments"].write(
        {
            "shipment_id": s_ids,
            "order_id": ids[order_of],
            "carrier": carriers,
            "tracking_number": tracking,
            "transport": np.full(s, "express"),
            "uploaded_at": _ts(uploaded),
            "replaced_by": np.full(s, ""),
        }
    )
    per_shipment = rng.integers(2, 7, s)
    shipment_of = np.repeat(np.arange(s), per_shipment)
    e = len(shipment_of)
    step = np.arange(e) - np.repeat(np.cumsum(per_shipment) - per_shipment, per_shipment)
    event_time = uploaded[shipment_of] + step * 36_000
    sinks["tracking_events"].write(
        {
            "carrier": carriers[shipment_of],
            "tracking_number": tracking[shipment_of],
            "event_time": _ts(event_time),
            "received_at": _ts(event_time + 600),
            "description": np.array(["Shipment information received", "In transit"])[
                (step > 0).astype(int)
            ],
            "location": rng.choice(["Shenzhen", "Hong Kong", "Los Angeles", ""], e),
            "status": np.array(["info_received", "in_transit"])[(step > 0).astype(int)],
            "source": np.full(e, "platform"),
        }
    )


def _sizes(data: Path) -> dict[str, object]:
    files = [p for p in data.rglob("*") if p.is_file() and not p.name.startswith(".")]
    return {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def _secs(started: float) -> str:
    return f"{time.perf_counter() - started:.1f} s"


if __name__ == "__main__":
    main()
