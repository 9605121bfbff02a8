"""The store the web load benchmark measures: PostgreSQL, a demo marketplace, the daily job.

Every step goes through the `sellerstar` command a deployment uses (`db upgrade`,
`demo generate`, `import`, `compute`), each in its own process; the slow ones are skipped
when their result is already there (a cached marketplace folder, a store that holds it).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import sqlalchemy as sa

from sellerstar.services import accounts
from sellerstar.services.demo_accounts import pick_demo_merchant
from sellerstar.store.db import create_engine, transaction
from sellerstar.store.schema import merchant_metrics, users

ROOT = Path(__file__).resolve().parent.parent
SELLERSTAR = str(Path(sys.executable).with_name("sellerstar"))
SERVICES = ROOT / "scripts" / "test-services.sh"
PASSWORD = "bench-web-load-password"
MAIN_LOGIN, SUB_LOGIN = "bench-main", "bench-sub"


@dataclass(frozen=True)
class Postgres:
    """A PostgreSQL the benchmark uses; ``data_dir`` is set when the benchmark started it."""

    url: str
    data_dir: Path | None


@dataclass(frozen=True)
class Merchant:
    """The measured merchant and the accounts its two users sign in as."""

    merchant_id: str
    main_account: str
    sub_account: str


def free_port() -> int:
    """A TCP port nobody listens on now (other helpers' test clusters use the default)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def postgres(reuse_url: str | None, keep: bool) -> Iterator[Postgres]:
    """The given PostgreSQL, or a throw-away cluster from scripts/test-services.sh."""
    if reuse_url:
        yield Postgres(reuse_url, None)
        return
    env = {**os.environ, "SELLERSTAR_TEST_PG_PORT": str(free_port())}
    started = subprocess.run(
        ["bash", str(SERVICES), "start"], env=env, capture_output=True, text=True, check=True
    )
    exported = dict(
        line.removeprefix("export ").split("=", 1) for line in started.stdout.splitlines()
    )
    cluster = Postgres(
        exported["SELLERSTAR_TEST_POSTGRES_URL"], Path(exported["SELLERSTAR_TEST_PG_DIR"])
    )
    try:
        yield cluster
    finally:
        if keep:
            print(
                f"PostgreSQL kept running; reuse it with\n"
                f"  SELLERSTAR_BENCH_POSTGRES_URL={cluster.url}\n"
                f"stop it with\n  bash scripts/test-services.sh stop {cluster.data_dir}"
            )
        else:
            subprocess.run(["bash", str(SERVICES), "stop", str(cluster.data_dir)], check=True)


def postmaster_pid(url: str) -> int | None:
    """The PostgreSQL server process (its backends are its children), when it runs on
    this machine: the parent of this connection's backend."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    finally:
        engine.dispose()
    try:
        stat = Path(f"/proc/{backend}/stat").read_text()
    except OSError:
        return None  # another machine
    return int(stat.rsplit(")", 1)[1].split()[1])


def sellerstar(url: str, *arguments: str) -> float:
    """Run one `sellerstar` command on the store ``url``; returns its wall time."""
    started = time.perf_counter()
    env = {**os.environ, "SELLERSTAR_DATABASE_URL": url}
    done = subprocess.run([SELLERSTAR, *arguments], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"sellerstar {' '.join(arguments)} failed:\n{done.stdout}\n{done.stderr}")
    return time.perf_counter() - started


def marketplace(data_dir: Path, orders: int) -> Path:
    """The demo marketplace of ``orders`` orders (seed 0), generated once and kept."""
    folder = data_dir / f"market-{orders}"
    if (folder / ".complete").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    arguments = ["demo", "generate", "--out", str(folder), "--orders", str(orders)]
    seconds = sellerstar("sqlite://", *arguments, "--overwrite")
    (folder / ".complete").touch()
    print(f"generated {folder} in {seconds:.0f} s")
    return folder


def _parquet_rows(folder: Path, table: str) -> int:
    files = [folder / f"{table}.parquet", *sorted((folder / table).glob("part-*.parquet"))]
    return sum(pq.ParquetFile(f).metadata.num_rows for f in files if f.exists())


def load(url: str, folder: Path, stat_dates: tuple[dt.date, dt.date], recompute: bool) -> None:
    """Migrate, import the marketplace and run the daily job, unless the store has them."""
    sellerstar(url, "db", "upgrade")
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT count(*) FROM orders").scalar_one()
            last = merchant_metrics.c.stat_date == stat_dates[1]
            computed = connection.scalar(sa.select(sa.func.count()).where(last))
    finally:
        engine.dispose()
    if stored != _parquet_rows(folder, "orders"):
        print(f"importing {folder} ...", flush=True)
        print(f"imported in {sellerstar(url, 'import', str(folder)):.0f} s", flush=True)
        recompute = True
    if recompute or not computed:
        first, to = (d.isoformat() for d in stat_dates)
        print(f"computing stat dates {first} … {to} ...", flush=True)
        seconds = sellerstar(url, "compute", "--from", first, "--to", to)
        print(f"computed in {seconds:.0f} s", flush=True)


def bench_users(url: str) -> Merchant:
    """Users for the busiest merchant with order-owning sub-accounts (created once)."""
    engine = create_engine(url)
    try:
        with transaction(engine) as connection:
            merchant = Merchant(*pick_demo_merchant(connection))
            existing = set(connection.scalars(sa.select(users.c.login)))
            specs = (
                (MAIN_LOGIN, "merchant_main", merchant.main_account),
                (SUB_LOGIN, "merchant_sub", merchant.sub_account),
            )
            for login, role, account in specs:
                if login in existing:
                    continue
                accounts.create_user(
                    connection,
                    login=login,
                    display_name=login,
                    role=role,
                    password=PASSWORD,
                    merchant_id=merchant.merchant_id,
                    account_id=account,
                    now=dt.datetime.now(dt.UTC),
                    actor="benchmark",
                )
    finally:
        engine.dispose()
    return merchant


def merchant_size(url: str, merchant: Merchant) -> dict[str, int]:
    """How many orders each measured user sees (all of them; the sub-account's own)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            row = connection.execute(
                sa.text(
                    "SELECT count(*), count(*) FILTER (WHERE owner_account_id = :sub) "
                    "FROM orders WHERE merchant_id = :m"
                ),
                {"m": merchant.merchant_id, "sub": merchant.sub_account},
            ).one()
    finally:
        engine.dispose()
    return {"main": int(row[0]), "sub": int(row[1])}
