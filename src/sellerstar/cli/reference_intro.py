"""The hand-written part of docs/cli.md, above the generated reference of every command."""

from __future__ import annotations

INTRODUCTION = """\
Run `sellerstar` from the project's environment (`. .venv/bin/activate` after `make demo`
or `make install`, or `.venv/bin/sellerstar ...`). `sellerstar --help` lists the commands;
`sellerstar COMMAND --help` shows a command's options, as below.

## Start-up

`sellerstar --help` lists every command from one-line summaries kept next to the command
table (`sellerstar/cli/__init__.py`) and imports no command's module: the heavy libraries
(Ibis, DuckDB, PyArrow, pandas, SQLAlchemy, FastAPI, jieba, scikit-learn...) are imported
only by the command that runs (or shows its own help). A test
(`tests/unit/test_cli_startup.py`) renders the help in a fresh interpreter and fails if any
of them was imported, and checks that each summary is the command's own first line.

Measured with `benchmarks/cli_startup.py --src OLD/src --src NEW/src` (runs alternate
between the two trees, so a busy machine slows both alike; medians of 7 runs on the shared
2-core development machine; CPU = user + system time of the process):

| command | before (wall / CPU) | after (wall / CPU) | ratio |
|---|---|---|---|
| `sellerstar --help` (machine fairly idle, load 1.3) | 2.68 s / 2.77 s | 0.14 s / 0.13 s | 0.05 |
| `sellerstar --help` (machine busy, 5 runs) | 11.08 s / 3.04 s | 0.54 s / 0.14 s | 0.05 |
| `sellerstar scheduler --help` | 3.14 s / 2.55 s | 0.40 s / 0.30 s | 0.12 |
| `sellerstar compute --help` (the metric engine) | 1.93 s / 0.63 s | 1.70 s / 0.64 s | 1.0 |

The target, `sellerstar --help` ≤ 0.5 s, is met in CPU time (0.13–0.14 s) and in wall time
on a machine that is not saturated; on a saturated one wall time follows the queue for the
cores (both trees slowed alike: the ratio stays 0.05).

`python -X importtime -m sellerstar --help`: before, the command table imported every
group (1.09 s cumulative under `sellerstar.jobs.scheduler` alone: the daily job's steps,
scikit-learn, SciPy, jieba, Ibis); after, `sellerstar.cli` costs 67 ms cumulative, of which
Typer and its rich help renderer are 49 ms. A command's own `--help` still imports its
module (0.2–1.1 s: `radar` and `import` are the slowest, for PyArrow and the importer).

## Progress

The long commands show their progress on **stderr**, only when stderr is a terminal:
`sellerstar compute` (the daily job's steps, as `job_runs` names them, each with its time),
`sellerstar demo run` (the generation's bar, then each step of the demo),
`sellerstar demo generate` and `sellerstar import` (rows per table), and a spinner with the
elapsed time for the other batch commands (`metrics run`, `stars predict`, `stars
official`, `guarantee run`, `radar scan`, `radar run`, `reviews run`, `reviews brushing`,
`samples check`, `recruitment match`). stdout keeps only the results, so
`sellerstar compute > out.txt` or a pipe gets no control characters; `--quiet` (`-q`)
turns the progress off at a terminal too. The scheduler and the web console's runs never
draw any (they log).

## serve

`sellerstar serve` first says which store it serves (the URL without its password, the
number of merchants and orders, and whether it is the demo store). When the default store
(`sqlite:///var/sellerstar.db`) is not migrated it stops and says how to serve the demo
store instead (`SELLERSTAR_DATABASE_URL=sqlite:///var/demo.db
SELLERSTAR_CLOCK_DATE=2022-12-06 sellerstar serve`, or `make demo` when it was never
built); a migrated store without merchants is served with the same hint on stderr.

"""
