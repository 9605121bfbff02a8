"""The load and fault suite's short profile (benchmarks/load_fault.py runs the full one):
signed-in users, signed webhook pushes, an import and the daily job at once on a real
server, on SQLite and PostgreSQL. The bars: no server error, no failed connection, every
acknowledged event stored exactly once, every daily job run finished well."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# A benchmark script, importable from its folder.
sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))
import load_fault

SHORT = load_fault.Profile(seconds=15, users=20, orders=3000)


@pytest.mark.slow
def test_the_short_profile_meets_the_bars(database_url: str, tmp_path: Path) -> None:
    outcome = load_fault.run_profile(database_url, SHORT, tmp_path)
    print(outcome.report())
    kinds = {str(k["kind"]).split(" (")[0] for k in outcome.kinds}
    # It did what it says: pages, the API, sign-ins, all three webhooks, the job, an import.
    assert set(load_fault.REQUIRED_KINDS) <= kinds
    assert {f"POST /webhooks/{source}" for source in load_fault.PUSHES} <= kinds
    assert outcome.events["acknowledged"] > 0 and outcome.imports
    assert outcome.failures() == [], outcome.report()
