"""`sellerstar appeals sweep-evidence` removes what crashed filings left, past the grace."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sellerstar.cli import build_app
from sellerstar.config import get_settings

RUNNER = CliRunner()


@pytest.fixture
def folder(
    sqlite_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    evidence = tmp_path / "evidence"
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", sqlite_engine.url.render_as_string(False))
    monkeypatch.setenv("SELLERSTAR_EVIDENCE_DIR", str(evidence))
    get_settings.cache_clear()
    yield evidence
    get_settings.cache_clear()


def test_sweep_evidence_removes_old_leftovers_and_keeps_young_ones(folder: Path) -> None:
    (folder / "ab").mkdir(parents=True)
    old_part, old_orphan, young = (
        folder / "ab" / name for name in ("x.part", "ab1.png", "ab2.png")
    )
    for path in (old_part, old_orphan, young):
        path.write_bytes(b"bytes")
    two_hours_ago = time.time() - 2 * 3600
    for path in (old_part, old_orphan):
        os.utime(path, (two_hours_ago, two_hours_ago))

    result = RUNNER.invoke(
        build_app("appeals"), ["appeals", "sweep-evidence", "--grace-hours", "1"]
    )

    assert result.exit_code == 0, result.output
    assert "removed 1 unreferenced file(s) and 1 .part file(s); kept 1" in result.output
    assert [p.name for p in folder.rglob("*") if p.is_file()] == ["ab2.png"]
