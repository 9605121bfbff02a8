"""Measuring and reporting for the web load benchmark: CPU by process tree, the machine,
the rows of one run and the Markdown table."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from web_load_wrk import LoadResult

TARGET_P99_MS = 200.0
_TICK = os.sysconf("SC_CLK_TCK")


def row(
    role: str, name: str, users: int, result: LoadResult, cpu: dict[str, float], load: float
) -> dict[str, object]:
    per = max(result.requests, 1)
    # Whatever else ran meanwhile: the machine's busy time minus this benchmark's processes
    # (server, wrk, this script) and PostgreSQL's.
    other = cpu["machine"] - cpu["self"] - cpu["db"]
    return {
        "role": role,
        "page": name,
        "users": users,
        **{k: round(v, 1) if isinstance(v, float) else v for k, v in asdict(result).items()},
        "per_second": round(result.per_second, 1),
        "failures": result.failures,
        "meets_target": result.requests > 0
        and result.failures == 0
        and result.p99_ms <= TARGET_P99_MS,
        "server_cpu_ms_per_request": round(cpu["server"] * 1000 / per, 1),
        "db_cpu_ms_per_request": round(cpu["db"] * 1000 / per, 1),
        "other_work_cores": round(max(other, 0.0) / result.seconds, 2),
        "load_1min_before": round(load, 2),
    }


def cpu_seconds(roots: dict[str, int | None]) -> dict[str, float]:
    """CPU seconds used so far by each root process with its descendants, and by the
    whole machine ("machine": all cores, busy time)."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        parents[int(entry.name)] = int(fields[1])
        # utime + stime, and cutime + cstime: what its ended children used (PostgreSQL
        # backends come and go), so the sum over a tree never goes down.
        used[int(entry.name)] = sum(int(f) for f in fields[11:15]) / _TICK
    totals = {}
    for name, root in roots.items():
        tree = set() if root is None else {root}
        frontier = list(tree)
        while frontier:
            frontier = [pid for pid, parent in parents.items() if parent in frontier]
            tree.update(frontier)
        totals[name] = sum(used.get(pid, 0.0) for pid in tree)
    busy = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    idle = int(busy[3]) + int(busy[4])
    totals["machine"] = (sum(int(f) for f in busy) - idle) / _TICK
    return totals


def machine() -> dict[str, object]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "python": sys.version.split()[0],
        "load_at_end": [round(x, 2) for x in os.getloadavg()],
        "wrk": subprocess.run(["wrk", "--version"], capture_output=True, text=True)
        .stdout.split("[")[0]
        .strip(),
    }


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| pause | user | page | users | req/s | p50 ms | p90 ms | p99 ms | max ms | not 200 | "
        "p99 ≤ 200 ms | server CPU ms/req | PG CPU ms/req | other work (cores) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ok = "yes" if r["meets_target"] else "**no**"
        lines.append(
            f"| {r['think_ms']} ms | {r['role']} | {r['page']} | {r['users']} | "
            f"{r['per_second']} | {r['p50_ms']} | "
            f"{r['p90_ms']} | {r['p99_ms']} | {r['max_ms']} | {r['failures']} | {ok} | "
            f"{r['server_cpu_ms_per_request']} | {r['db_cpu_ms_per_request']} | "
            f"{r['other_work_cores']} |"
        )
    return "\n".join(lines)
