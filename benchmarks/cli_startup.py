"""Start-up time of the `sellerstar` command (a script, not a test; docs/cli.md, "Start-up").

    .venv/bin/python benchmarks/cli_startup.py                       # this tree, 7 runs
    .venv/bin/python benchmarks/cli_startup.py --src /other/src --runs 9 -- compute --help

Each run starts a fresh interpreter with ``-m sellerstar ARGS``. With several ``--src``
folders (two checkouts: before and after a change), the runs alternate between them, so
that a busy, shared machine slows both alike and their ratio stays comparable. Wall time
is the median; CPU time (user + system of the child) is the median too, and moves less
than wall time when other work competes for the cores.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"


def _one_run(src: str, args: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "sellerstar", *args],
        env={**os.environ, "PYTHONPATH": src},
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", action="append", help="a src folder (repeat to compare)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("args", nargs="*", default=["--help"])
    options = parser.parse_args()
    sources: list[str] = options.src or [str(HERE)]
    samples: dict[str, list[tuple[float, float]]] = {src: [] for src in sources}
    for _ in range(options.runs):
        for src in sources:
            samples[src].append(_one_run(src, options.args or ["--help"]))
    first = None
    for src, runs in samples.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        first = first or (wall, cpu)
        print(
            f"{src}: wall {wall:.2f} s (min {min(w for w, _ in runs):.2f}), cpu {cpu:.2f} s; "
            f"ratio to the first: wall {wall / first[0]:.2f}, cpu {cpu / first[1]:.2f}"
        )


if __name__ == "__main__":
    main()
