"""Benchmark `sellerstar demo generate`: wall time, peak memory, output size, rows per table.

    .venv/bin/python benchmarks/generate.py                         # 1M orders, Parquet
    .venv/bin/python benchmarks/generate.py --orders 10000000
    .venv/bin/python benchmarks/generate.py --orders 10000000 --workers 2
    .venv/bin/python benchmarks/generate.py --orders 100000 --format csv

The generation runs in a child process. Besides wall time it reports CPU time (user +
system of the child and its workers), which other load on the machine does not inflate.
Peak memory is reported twice: the largest single process's peak resident set
(ru_maxrss, exact), and the peak of the whole process tree (child plus its worker
processes, summed), sampled every 50 ms with psutil. The output goes to
--out (default var/bench-generate/<orders>-<format>) and is removed unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = args.out or Path("var/bench-generate") / f"{args.orders}-{args.format}"
    if args.child:
        _child(args, out)
        return
    command = [sys.executable, __file__, "--child", "--out", str(out)]
    command += ["--orders", str(args.orders), "--format", args.format]
    command += ["--workers", str(args.workers), "--seed", str(args.seed)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    tree_peak = _watch(child)
    stdout, _ = child.communicate()
    wall = time.perf_counter() - started
    if child.returncode != 0:
        sys.exit(f"generation failed with exit code {child.returncode}")
    summary = json.loads(stdout.splitlines()[-1])
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_peak, cpu = usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime
    _report(args, out, wall, cpu, summary, child_peak, tree_peak)
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


def _child(args: argparse.Namespace, out: Path) -> None:
    from sellerstar.demo import GenerateOptions, generate

    options = GenerateOptions(
        out=out,
        orders=args.orders,
        seed=args.seed,
        format=args.format,
        workers=args.workers,
        overwrite=True,
    )
    summary = generate(options)
    print(json.dumps({"rows": summary.rows, "seconds": summary.seconds,
                      "bytes": summary.bytes_written}))  # fmt: skip


def _watch(child: subprocess.Popen[str]) -> int:
    """Highest summed resident memory of the child and its descendants while it runs."""
    peak = 0
    process = psutil.Process(child.pid)
    while child.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    return peak


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.NoSuchProcess:
        return 0


def _report(
    args: argparse.Namespace,
    out: Path,
    wall: float,
    cpu: float,
    summary: dict[str, object],
    child_peak: int,
    tree_peak: int,
) -> None:
    rows, size = summary["rows"], summary["bytes"]
    assert isinstance(rows, dict) and isinstance(size, int)
    cpus = os.cpu_count()
    print(f"orders {args.orders:,}  format {args.format}  workers {args.workers}  cpus {cpus}")
    print(f"wall time        {wall:8.1f} s   (generation itself {summary['seconds']:.1f} s)")
    print(f"CPU time         {cpu:8.1f} s   (user + system, all processes)")
    print(f"load average     {os.getloadavg()[0]:8.1f}     (other work skews wall time)")
    print(f"peak RSS, 1 proc {child_peak / 2**30:8.2f} GiB")
    print(f"peak RSS, tree   {tree_peak / 2**30:8.2f} GiB")
    print(f"output           {size / 1e9:8.2f} GB in {out}")
    print(f"throughput       {args.orders / wall:8,.0f} orders/s")
    for name, count in rows.items():
        print(f"  {name:<22}{count:>14,}")


if __name__ == "__main__":
    main()
