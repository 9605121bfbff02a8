"""Run a command as a fresh process and watch it: wall time, CPU seconds of it and its
children, and the peak resident memory of its whole process tree (sampled every 50 ms).
The benchmarks that compare runs side by side all measure through this."""

from __future__ import annotations

import os
import resource
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass

import psutil  # type: ignore[import-untyped]


@dataclass(frozen=True)
class Watched:
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    cpu_seconds: float  # the process and its children (a PostgreSQL server's not included)
    peak_rss: int  # bytes, the whole tree at its largest sample
    load_before: float


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def children_cpu() -> float:
    """User + system CPU seconds of every finished child (the JVM of Spark included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_watched(command: list[str], env: Mapping[str, str] | None = None) -> Watched:
    """Run ``command`` (with ``env`` added to this process's environment) to its end."""
    load = os.getloadavg()[0]
    cpu_before = children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=None if env is None else {**os.environ, **env},
    )
    watched = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    stdout, stderr = child.communicate()
    seconds = time.perf_counter() - started
    cpu = children_cpu() - cpu_before
    return Watched(child.returncode, stdout, stderr, seconds, cpu, peak, load)
