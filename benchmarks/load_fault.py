"""Load and fault suite: signed-in users, webhook pushes, an import and the daily job at once.

    .venv/bin/python benchmarks/load_fault.py                   # 2 min, 50 users, both stores
    .venv/bin/python benchmarks/load_fault.py --duration 20 --users 20 --database sqlite
    .venv/bin/python benchmarks/load_fault.py --database-url postgresql+psycopg://u@host/db

For each store: a fresh database (PostgreSQL: created on SELLERSTAR_BENCH_POSTGRES_URL or
SELLERSTAR_TEST_POSTGRES_URL, dropped after) built by the demo pipeline, with a main-account
and a sub-account user for each of the busiest merchants, an operator, and an API token per
main account; `sellerstar serve` on it (a real uvicorn process; its log is kept). Then, for
--duration seconds, all at once:

- --users users, each with its own session (every fifth an API client with a token), click
  through the merchant pages and the JSON API, now and then signing out and in again; the
  first is the operator, who browses the console and starts the daily job every few seconds;
- signed 17TRACK, AfterShip and Kuaidi100 pushes arrive, each with events found nowhere
  else (a fifth are redeliveries of an earlier push, as the sources do);
- `sellerstar import` re-imports the generated marketplace, in a loop.

Afterwards every acknowledged event must be in tracking_events exactly once. Prints the
latency per request kind and exits 1 on any server error (5xx), failed connection, lost or
duplicated event, failed daily job run or failed import; the server log's errors are
listed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import json
import math
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx
import sqlalchemy as sa
from rich.console import Console
from web_load_pages import Client, scope_orders, wait_ready
from web_load_setup import SELLERSTAR, free_port
from webhook_ingest import scratch_database

from sellerstar.demo.options import DEFAULT_AS_OF
from sellerstar.demo.pipeline import run_demo
from sellerstar.ingest.aftership import parse as aftership
from sellerstar.ingest.kuaidi100 import parse as kuaidi100
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.jobs.metrics import JOB_NAME
from sellerstar.rules import load_rulebook
from sellerstar.services import accounts, tokens
from sellerstar.store.db import create_engine, transaction
from sellerstar.store.schema import contract_tables, job_runs, order_tracking

PASSWORD = "load-fault-password"
SECRETS = {
    "SELLERSTAR_17TRACK_KEY": "lf-17track-key",
    "SELLERSTAR_AFTERSHIP_SECRET": "lf-aftership-secret",
    "SELLERSTAR_KUAIDI100_SALT": "lf-kuaidi100-salt",
}
MERCHANTS = 4  # each with a main-account and a sub-account user
TIMEOUT_S = 60.0  # no answer within this: a failed request
RESIGN = 1 / 40  # chance per click that a user signs out and in again
PUSH_PAUSE_S = 0.2  # between one source's pushes
EVENTS_PER_PUSH = 3
REDELIVERED = 0.2
JOB_EVERY_S = 5.0
# Every run does each of these at least once (see Traffic.over).
REQUIRED_KINDS = (
    "GET /m/logistics",
    "POST /login",
    "POST /api/v1/ops/jobs/compute",
    *(f"POST /webhooks/{source}" for source in ("17track", "aftership", "kuaidi100")),
)
EVENT_TIME = dt.datetime(2022, 12, 1, 2, 0, tzinfo=dt.UTC)

MERCHANT_PAGES = (
    "/m/stars",
    "/m/logistics",
    "/m/logistics?untrackable=1",
    "/m/logistics?q={number}",
    "/m/logistics?page=2",
    "/m/logistics/orders/{order}",
    "/m/logistics/orders.csv",
    "/m/guaranteed-delivery",
    "/m/guarantee-service",
    "/m/appeals",
    "/api/v1/me",
    "/api/v1/stars",
    "/api/v1/logistics/summary",
    "/api/v1/logistics/orders",
    "/api/v1/logistics/orders/{order}",
    "/api/v1/appeals",
)
OPERATOR_PAGES = (
    "/ops",
    "/ops?q=M",
    "/ops/jobs",
    "/ops/merchants/{merchant}",
    "/ops/merchants/{merchant}/stars",
    "/ops/merchants/{merchant}/logistics",
    "/ops/appeals",
    "/api/v1/ops/merchants",
    "/api/v1/ops/jobs",
)


@dataclass(frozen=True)
class Profile:
    """How hard and how long; ``workers`` None: 1 on SQLite (one writer), 2 on PostgreSQL."""

    seconds: float = 120.0
    users: int = 50
    think_s: float = 1.0
    orders: int = 20_000
    workers: int | None = None


@dataclass(frozen=True)
class Visitor:
    """Who clicks: a login (signs in through the form) or an API token, and what it opens."""

    login: str | None
    token: str | None
    pages: tuple[str, ...]
    values: dict[str, list[str]]
    operator: bool = False

    def click(self, rng: random.Random) -> tuple[str, str]:
        """A page to open: (its kind, for the figures; its path)."""
        template = rng.choice(self.pages)
        chosen = {name: quote(rng.choice(values), safe="") for name, values in self.values.items()}
        kind = template + (" (token)" if self.token else "")
        return kind, template.format(**chosen)


@dataclass(frozen=True)
class Cast:
    """The prepared store: its visitors (the operator first), parcels and marketplace."""

    visitors: list[Visitor]
    parcels: list[str]
    marketplace: Path


@dataclass
class Outcome:
    """What one run measured and found."""

    database: str
    kinds: list[dict[str, object]]
    events: dict[str, int]
    imports: list[str]
    jobs: Counter[str]
    job_errors: list[str]
    log_errors: Counter[str]
    server_answers: dict[str, str] = field(default_factory=dict)
    workers_replaced: int = 0

    def failures(self) -> list[str]:
        """Every broken bar, one line each (empty: the run passed)."""
        found = [
            f"{k['kind']}: {k['5xx']} server errors, {k['failed']} failed {k['failures']}"
            for k in self.kinds
            if k["5xx"] or k["failed"]
        ]
        if self.workers_replaced:
            found.append(f"{self.workers_replaced} server worker(s) killed and replaced")
        if self.events["lost"] or self.events["duplicated"]:
            found.append(f"events: {self.events['lost']} lost, {self.events['duplicated']} twice")
        failed_imports = [i for i in self.imports if not i.startswith("ok")]
        if failed_imports:
            found.append(f"imports: {len(failed_imports)} failed: {failed_imports[:3]}")
        if self.jobs["failed"] or self.jobs["running"]:
            found.append(f"daily job runs: {dict(self.jobs)}: {self.job_errors[:3]}")
        return found

    def longest_import(self) -> str:
        """The longest successful import: how long it held SQLite's write lock at most."""
        seconds = [float(r.split()[1]) for r in self.imports if r.startswith("ok")]
        return f"{max(seconds):.1f} s" if seconds else "none"

    def report(self) -> str:
        lines = [
            f"## {self.database}",
            "",
            "| kind | requests | 5xx | failed | other not 2xx/3xx | p50 ms | p95 ms | p99 ms "
            "| max ms |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for k in self.kinds:
            lines.append(
                f"| {k['kind']} | {k['requests']} | {k['5xx']} | {k['failed']} | {k['other']} "
                f"| {k['p50']} | {k['p95']} | {k['p99']} | {k['max']} |"
            )
        lines += [
            "",
            f"events: {json.dumps(self.events)}",
            f"imports: {len(self.imports)}: {Counter(r.split(':')[0] for r in self.imports)}"
            f", longest {self.longest_import()}",
            f"daily job runs: {dict(self.jobs)}",
            f"server workers killed and replaced: {self.workers_replaced}",
        ]
        lines += [f"  job error: {e}" for e in self.job_errors[:5]]
        lines += [f"  import: {r}" for r in self.imports if not r.startswith("ok")][:5]
        lines += [f"server answer to {k}: {v}" for k, v in self.server_answers.items()]
        lines += [f"server log, {n} x: {e}" for e, n in self.log_errors.most_common(10)]
        verdict = self.failures()
        lines.append("FAILED:\n  " + "\n  ".join(verdict) if verdict else "passed")
        return "\n".join(lines)


def prepare(url: str, work: Path, orders: int) -> Cast:
    """The demo store with the suite's users, tokens and parcels."""
    folder = work / "marketplace"
    run = run_demo(url, folder, orders, load_rulebook(), console=Console(file=io.StringIO()))
    now = dt.datetime.now(dt.UTC)
    engine = create_engine(url)
    try:
        with transaction(engine) as connection:
            picked = _busiest_merchants(connection, run.last_stat_date)

            def user(login: str, role: str, merchant: str | None, account: str | None) -> str:
                accounts.create_user(
                    connection,
                    login=login,
                    display_name=login,
                    role=role,
                    password=PASSWORD,
                    merchant_id=merchant,
                    account_id=account,
                    now=now,
                    actor="load-fault",
                )
                return login

            ops = Visitor(
                user("lf-ops", "operator", None, None),
                None,
                OPERATOR_PAGES,
                {"merchant": [m for m, _main, _sub in picked]},
                operator=True,
            )
            people, clients = [], []
            for merchant, main, sub in picked:
                for role, account in (("main", main), ("sub", sub)):
                    login = user(f"lf-{merchant}-{role}", f"merchant_{role}", merchant, account)
                    seen = scope_orders(
                        url, merchant, None if role == "main" else account, run.last_stat_date
                    )
                    values = {"order": seen, "number": [o[-8:] for o in seen]}
                    people.append(Visitor(login, None, MERCHANT_PAGES, values))
                    if role == "main":
                        token = tokens.create_api_token(connection, login, "lf", now, "lf")
                        api = tuple(p for p in MERCHANT_PAGES if p.startswith("/api/"))
                        clients.append(Visitor(None, token, api, values))
            parcels = _tracking_numbers(connection, [m for m, _main, _sub in picked])
    finally:
        engine.dispose()
    # Every fifth visitor an API client; the operator first.
    visitors = [ops]
    for n in range(1, 1000):
        pool = clients if n % 5 == 0 else people
        visitors.append(pool[n % len(pool)])
    return Cast(visitors, parcels, folder)


def _busiest_merchants(connection: sa.Connection, day: dt.date) -> list[tuple[str, str, str]]:
    """(merchant, main account, the sub-account owning most listed orders) of the merchants
    with the most orders on ``day``'s order list among those whose sub-accounts own some."""
    listed, accounts_table = order_tracking, contract_tables["accounts"]
    owned = (
        sa.select(listed.c.merchant_id, listed.c.owner_account_id, sa.func.count().label("n"))
        .join(accounts_table, accounts_table.c.account_id == listed.c.owner_account_id)
        .where(accounts_table.c.role == "sub", listed.c.stat_date == day)
        .group_by(listed.c.merchant_id, listed.c.owner_account_id)
        .order_by(sa.desc("n"), listed.c.owner_account_id)
    )
    subs: dict[str, str] = {}
    for row in connection.execute(owned):
        subs.setdefault(row.merchant_id, row.owner_account_id)
    picked = []
    for merchant, sub in list(subs.items())[:MERCHANTS]:
        main = connection.scalar(
            sa.select(sa.func.min(accounts_table.c.account_id)).where(
                accounts_table.c.merchant_id == merchant, accounts_table.c.role == "main"
            )
        )
        picked.append((merchant, str(main), sub))
    return picked


def _tracking_numbers(connection: sa.Connection, merchants: list[str]) -> list[str]:
    """Tracking numbers of the merchants' shipments, and a few nobody uploaded (yet)."""
    orders, shipments = contract_tables["orders"], contract_tables["shipments"]
    known = connection.scalars(
        sa.select(shipments.c.tracking_number)
        .join(orders, orders.c.order_id == shipments.c.order_id)
        .where(orders.c.merchant_id.in_(merchants))
        .order_by(shipments.c.tracking_number)
        .limit(60)
    ).all()
    return [*known, *(f"1ZLOADFAULT{n:07d}" for n in range(6))]


# Pushes: each builds (body, headers) carrying ``texts`` as the event descriptions.


def _seventeen_track(
    number: str, texts: list[str], when: dt.datetime
) -> tuple[bytes, dict[str, str]]:
    events = [
        {
            "time_iso": (when + dt.timedelta(seconds=i)).isoformat(),
            "time_utc": (when + dt.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "description": text,
            "location": "Ontario, CA, US",
            "stage": None,
            "sub_status": "InTransit_Other",
            "address": {"country": "US", "state": "CA", "city": "Ontario"},
        }
        for i, text in enumerate(texts)
    ]
    provider = {"provider": {"key": 100002, "name": "UPS"}, "events": events[::-1]}
    data = {
        "number": number,
        "carrier": 100002,
        "track_info": {
            "latest_status": {"status": "InTransit", "sub_status": "InTransit_Other"},
            "tracking": {"providers": [provider]},
        },
    }
    body = json.dumps({"event": "TRACKING_UPDATED", "data": data}).encode()
    key = SECRETS["SELLERSTAR_17TRACK_KEY"]
    return body, {"content-type": "application/json", "sign": seventeen_track.sign(body, key)}


def _aftership(number: str, texts: list[str], when: dt.datetime) -> tuple[bytes, dict[str, str]]:
    checkpoints = [
        {
            "checkpoint_time": (when + dt.timedelta(seconds=i)).isoformat(),
            "message": text,
            "location": "Ontario, CA, US",
            "tag": "InTransit",
        }
        for i, text in enumerate(texts)
    ]
    msg = {"tracking_number": number, "slug": "ups", "checkpoints": checkpoints}
    body = json.dumps({"event": "tracking_update", "msg": msg}).encode()
    signature = aftership.signature(body, SECRETS["SELLERSTAR_AFTERSHIP_SECRET"])
    return body, {"content-type": "application/json", aftership.SIGNATURE_HEADER: signature}


def _kuaidi100(number: str, texts: list[str], when: dt.datetime) -> tuple[bytes, dict[str, str]]:
    shanghai = dt.timezone(dt.timedelta(hours=8))
    data = [
        {
            "context": text,
            "ftime": (when + dt.timedelta(seconds=i))
            .astimezone(shanghai)
            .strftime("%Y-%m-%d %H:%M:%S"),
            "areaName": "上海市",
        }
        for i, text in enumerate(texts)
    ][::-1]
    result = {
        "message": "ok",
        "state": "0",
        "status": "200",
        "com": "ups",
        "nu": number,
        "data": data,
    }
    param = json.dumps({"status": "polling", "lastResult": result}, ensure_ascii=False)
    form = urlencode(
        {"sign": kuaidi100.sign(param, SECRETS["SELLERSTAR_KUAIDI100_SALT"]), "param": param}
    )
    return form.encode(), {"content-type": "application/x-www-form-urlencoded"}


PUSHES: dict[str, Callable[[str, list[str], dt.datetime], tuple[bytes, dict[str, str]]]] = {
    "17track": _seventeen_track,
    "aftership": _aftership,
    "kuaidi100": _kuaidi100,
}


class Traffic:
    """Everything that happens at once, and what it saw."""

    def __init__(self, base: str, url: str, cast: Cast, profile: Profile, run: str) -> None:
        self.base, self.url, self.cast, self.profile, self.run = base, url, cast, profile, run
        self.rng = random.Random(run)
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter[int]] = defaultdict(Counter)
        self.broken: dict[str, Counter[str]] = defaultdict(Counter)
        self.answers: dict[str, str] = {}  # kind -> the first 5xx answer
        self.acked: set[str] = set()
        self.imports: list[str] = []
        self.deadline = 0.0

    async def drive(self) -> None:
        self.deadline = time.monotonic() + self.profile.seconds
        ramp = min(5.0, self.profile.seconds / 4)
        visitors = self.cast.visitors[: self.profile.users]
        await asyncio.gather(
            *(self.browse(v, ramp * n / len(visitors)) for n, v in enumerate(visitors)),
            *(self.push(source) for source in PUSHES),
            self.import_loop(),
        )

    def over(self) -> bool:
        """Past the deadline once every kind of traffic has happened at least once (a
        saturated machine may need longer for that), and at the latest at 4 × the duration."""
        now = time.monotonic()
        if now >= self.deadline + 3 * self.profile.seconds:
            return True
        return now >= self.deadline and self.covered()

    def covered(self) -> bool:
        """Pages, a sign-in, the job's start, every webhook and an import have happened."""
        return bool(self.imports) and all(self.statuses.get(kind) for kind in REQUIRED_KINDS)

    async def pause(self, mean: float) -> None:
        await asyncio.sleep(mean * self.rng.uniform(0.5, 1.5))

    async def call(
        self, client: httpx.AsyncClient, kind: str, method: str, path: str, **sent: object
    ) -> httpx.Response | None:
        began = time.perf_counter()
        try:
            answer = await client.request(method, path, **sent)  # type: ignore[arg-type]
        except httpx.TransportError as exc:
            self.broken[kind][type(exc).__name__] += 1
            return None
        self.samples[kind].append((time.perf_counter() - began) * 1000)
        self.statuses[kind][answer.status_code] += 1
        if answer.status_code >= 500:
            self.answers.setdefault(kind, f"{answer.status_code} {answer.text[:200]!r}")
        return answer

    async def browse(self, visitor: Visitor, delay: float) -> None:
        await asyncio.sleep(delay)
        headers = {"Authorization": f"Bearer {visitor.token}"} if visitor.token else {}
        async with httpx.AsyncClient(
            base_url=self.base, timeout=TIMEOUT_S, headers=headers
        ) as client:
            csrf: str | None = None
            next_job = time.monotonic()
            while not self.over():
                if visitor.login and (csrf is None or self.rng.random() < RESIGN):
                    if csrf is not None:
                        sent = {"X-CSRF-Token": csrf}
                        await self.call(client, "POST /logout", "POST", "/logout", headers=sent)
                    csrf = await self.sign_in(client, visitor.login)
                elif visitor.operator and csrf and time.monotonic() >= next_job:
                    next_job = time.monotonic() + JOB_EVERY_S
                    path, sent = "/api/v1/ops/jobs/compute", {"X-CSRF-Token": csrf}
                    await self.call(client, f"POST {path}", "POST", path, headers=sent)
                else:
                    kind, path = visitor.click(self.rng)
                    await self.call(client, f"GET {kind}", "GET", path)
                await self.pause(self.profile.think_s)

    async def sign_in(self, client: httpx.AsyncClient, login: str) -> str | None:
        """Sign in through the form, as a browser does; the session's CSRF token."""
        client.cookies.clear()
        form = await self.call(client, "GET /login", "GET", "/login")
        token = client.cookies.get("sellerstar_login_csrf")
        if form is None or form.status_code != 200 or not token:
            return None
        fields = {"login": login, "password": PASSWORD, "csrf_token": token, "next_url": "/"}
        answer = await self.call(client, "POST /login", "POST", "/login", data=fields)
        if answer is None or answer.status_code != 303:
            return None
        me = await self.call(client, "GET /api/v1/me", "GET", "/api/v1/me")
        return str(me.json()["csrf_token"]) if me is not None and me.status_code == 200 else None

    async def push(self, source: str) -> None:
        """One source's pushes, each with new events; some delivered again."""
        delivered: list[tuple[bytes, dict[str, str], list[str]]] = []
        async with httpx.AsyncClient(base_url=self.base, timeout=TIMEOUT_S) as client:
            for n in range(1, sys.maxsize):
                if self.over():
                    return
                kind = f"POST /webhooks/{source}"
                if delivered and self.rng.random() < REDELIVERED:
                    body, headers, texts = self.rng.choice(delivered)
                    kind += " (again)"
                else:
                    texts = [f"lf {self.run} {source} {n}.{i}" for i in range(EVENTS_PER_PUSH)]
                    when = EVENT_TIME + dt.timedelta(minutes=n)
                    number = self.rng.choice(self.cast.parcels)
                    body, headers = PUSHES[source](number, texts, when)
                answer = await self.call(
                    client, kind, "POST", f"/webhooks/{source}", content=body, headers=headers
                )
                if answer is not None and answer.is_success:
                    self.acked.update(texts)
                    delivered.append((body, headers, texts))
                await self.pause(PUSH_PAUSE_S)

    async def import_loop(self) -> None:
        """`sellerstar import` of the marketplace, again and again until the end."""
        env = os.environ | {"SELLERSTAR_DATABASE_URL": self.url}
        while not self.over():
            began = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                SELLERSTAR,
                "import",
                str(self.cast.marketplace),
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            out, _ = await process.communicate()
            seconds = time.perf_counter() - began
            if process.returncode == 0:
                self.imports.append(f"ok: {seconds:.1f} s")
            else:
                tail = out.decode(errors="replace").strip().splitlines()[-3:]
                self.imports.append(f"exit {process.returncode}: {' / '.join(tail)}")

    def kinds(self) -> list[dict[str, object]]:
        rows = []
        for kind in sorted(set(self.statuses) | set(self.broken)):
            statuses, times = self.statuses[kind], sorted(self.samples[kind])
            other = {s: n for s, n in statuses.items() if s >= 400 and s < 500}
            rows.append(
                {
                    "kind": kind,
                    "requests": sum(statuses.values()) + sum(self.broken[kind].values()),
                    "5xx": sum(n for s, n in statuses.items() if s >= 500),
                    "failed": sum(self.broken[kind].values()),
                    "failures": dict(self.broken[kind]),
                    "other": ", ".join(f"{s}: {n}" for s, n in sorted(other.items())) or "",
                    **{f"p{q}": _percentile(times, q) for q in (50, 95, 99)},
                    "max": round(times[-1]) if times else None,
                }
            )
        return rows


def _percentile(ordered: list[float], q: int) -> int | None:
    """Nearest-rank percentile of sorted values, in whole milliseconds."""
    if not ordered:
        return None
    return round(ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)])


@contextmanager
def serving(url: str, workers: int, log: Path) -> Iterator[tuple[str, int]]:
    """`sellerstar serve` on ``url`` as on the demo's view date, with the webhook secrets;
    its output goes to ``log``; stopped (its whole process group) at the end."""
    port = free_port()
    env = (
        os.environ
        | SECRETS
        | {
            "SELLERSTAR_DATABASE_URL": url,
            "SELLERSTAR_CLOCK_DATE": DEFAULT_AS_OF.isoformat(),
        }
    )
    command = [SELLERSTAR, "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        server = subprocess.Popen(
            [*command, "--workers", str(workers)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_ready(Client("127.0.0.1", port), 60)
            yield f"http://127.0.0.1:{port}", server.pid
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def run_profile(url: str, profile: Profile, work: Path) -> Outcome:
    """Prepare the store at ``url`` (empty), run the traffic on it, check what it stored."""
    work.mkdir(parents=True, exist_ok=True)
    cast = prepare(url, work, profile.orders)
    sqlite = url.startswith("sqlite")
    workers = profile.workers or (1 if sqlite else 2)
    run = uuid.uuid4().hex[:8]
    log = work / "server.log"
    first_job = _last_job_id(url)
    with serving(url, workers, log) as (base, server):
        before = _children(server)
        traffic = Traffic(base, url, cast, profile, run)
        # A loop of its own in a thread of its own: the caller may run inside one already
        # (pytest after Playwright's browser tests).
        with ThreadPoolExecutor(1) as driver:
            driver.submit(asyncio.run, traffic.drive()).result()
        jobs, job_errors = _settled_jobs(url, first_job)
        # uvicorn kills a worker that misses its health check (5 s) and starts another.
        replaced = len(before - _children(server))
    stored = _stored_events(url, run)
    events = {
        "acknowledged": len(traffic.acked),
        "stored": len(stored),
        "lost": len(traffic.acked - stored.keys()),
        "duplicated": sum(1 for n in stored.values() if n > 1),
        "stored_unacknowledged": len(stored.keys() - traffic.acked),
    }
    store = "SQLite" if sqlite else "PostgreSQL"
    name = f"{store}, {workers} worker(s), {profile.users} users, {profile.seconds:.0f} s"
    return Outcome(
        name,
        traffic.kinds(),
        events,
        traffic.imports,
        jobs,
        job_errors,
        _log_errors(log),
        traffic.answers,
        replaced,
    )


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started (uvicorn's workers), from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[
                1
            ] == str(pid):
                found.add(int(entry.name))
        except OSError:
            continue  # ended meanwhile
    return found


def _last_job_id(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(sa.select(sa.func.max(job_runs.c.id))) or 0)
    finally:
        engine.dispose()


def _settled_jobs(url: str, after: int, wait_s: float = 60) -> tuple[Counter[str], list[str]]:
    """Statuses of the daily job runs after run ``after``, once none is running (or
    ``wait_s`` is over), and the errors of the failed ones."""
    engine = create_engine(url)
    deadline = time.monotonic() + wait_s
    try:
        time.sleep(1)  # a job started by the last request records itself first
        while True:
            with engine.connect() as connection:
                rows = connection.execute(
                    sa.select(job_runs.c.status, job_runs.c.error).where(
                        job_runs.c.job == JOB_NAME, job_runs.c.id > after
                    )
                ).all()
            statuses = Counter(str(r.status) for r in rows)
            if not statuses["running"] or time.monotonic() > deadline:
                return statuses, [str(r.error)[:300] for r in rows if r.status == "failed"]
            time.sleep(1)
    finally:
        engine.dispose()


def _stored_events(url: str, run: str) -> dict[str, int]:
    """How often each of this run's events (by its unique description) is stored."""
    events = contract_tables["tracking_events"]
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.select(events.c.description, sa.func.count())
                .where(events.c.description.like(f"lf {run} %"))
                .group_by(events.c.description)
            ).all()
    finally:
        engine.dispose()
    return {str(description): int(n) for description, n in rows}


# An exception's last line, and the app's line naming the request that raised it.
_EXCEPTION = re.compile(r"^[\w.]+(Error|Exception|Exit)\b|unexpected error on ")


def _log_errors(log: Path) -> Counter[str]:
    """The errors the server logged (shortened), with their counts."""
    lines = log.read_text(errors="replace").splitlines()
    return Counter(line[:240] for line in lines if _EXCEPTION.search(line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=120, help="seconds of traffic")
    parser.add_argument("--users", type=int, default=50, help="concurrent signed-in users")
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between clicks, s")
    parser.add_argument("--orders", type=int, default=20_000, help="orders of the demo store")
    parser.add_argument("--workers", type=int, default=None, help="server worker processes")
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument(
        "--database-url", help="an empty, migrated store to use instead (kept afterwards)"
    )
    args = parser.parse_args()
    profile = Profile(args.duration, args.users, args.think, args.orders, args.workers)
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="load-fault-") as folder:
        work = Path(folder)
        if args.database_url:
            outcomes.append(run_profile(args.database_url, profile, work / "given"))
        else:
            for backend in ("sqlite", "postgres") if args.database == "both" else (args.database,):
                with scratch_database(backend) as url:
                    outcomes.append(run_profile(url, profile, work / backend))
                print(outcomes[-1].report(), flush=True)
    if args.database_url:
        print(outcomes[-1].report())
    sys.exit(1 if any(o.failures() for o in outcomes) else 0)


if __name__ == "__main__":
    main()
