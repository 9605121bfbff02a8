"""Lake mode equals store mode: the radar corpus imported into the store (`sellerstar
import`) and scanned by the store job gives the findings `sellerstar radar scan` writes for
the same folder."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sellerstar.cli import app
from sellerstar.config import get_settings
from sellerstar.jobs.radar import run_radar_job
from sellerstar.rules import load_rulebook
from sellerstar.store.schema import contract_tables, radar_findings

CORPUS = Path(__file__).resolve().parents[1] / "data" / "radar"
MERCHANTS = ("LM1", "LM2", "LM3")
_tasks = contract_tables["radar_tasks"]

Pair = tuple[str, str, str, str, str]


def _corpus_images() -> ModuleType:
    spec = importlib.util.spec_from_file_location("radar_corpus_images", CORPUS / "images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus as a contract folder: merchants, accounts, products (every 9th one
    delisted), ip_rights and the images."""
    root = tmp_path_factory.mktemp("radar-lake")
    with (CORPUS / "listings.csv").open(encoding="utf-8", newline="") as handle:
        listings = list(csv.DictReader(handle))
    _write(
        root / "merchants.csv",
        [
            {"merchant_id": m, "name": m, "membership": "none", "ta_status": "active"}
            for m in MERCHANTS
        ],
    )
    _write(
        root / "accounts.csv",
        [
            {"account_id": f"{m}-sub", "merchant_id": m, "role": "sub", "name": "staff"}
            for m in MERCHANTS
        ],
    )
    products: list[dict[str, object]] = []
    for number, row in enumerate(listings):
        merchant = MERCHANTS[number % len(MERCHANTS)]
        products.append(
            {
                "product_id": row["product_id"],
                "merchant_id": merchant,
                "owner_account_id": f"{merchant}-sub" if number % 2 else "",
                "title": row["title"],
                "description": row["description"],
                "leaf_category": "general",
                "industry": "consumer goods",
                "is_rts": "true",
                "ships_within_days": "3",
                "stock": "100",
                "growth_score": "50",
                "samples_supported": "false",
                "sample_price_usd": "",
                "status": "delisted" if number % 9 == 0 else "listed",
                "brand": row["brand"],
                "tier": "",
                "image_path": row["image_path"],
            }
        )
    _write(root / "products.csv", products)
    (root / "ip_rights.csv").write_bytes((CORPUS / "ip_rights.csv").read_bytes())
    _corpus_images().write_images(root, CORPUS)
    return root


@pytest.fixture(scope="module")
def lake_findings(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> set[Pair]:
    out = tmp_path_factory.mktemp("radar-lake-out")
    result = CliRunner().invoke(
        app, ["radar", "scan", "--input", str(folder), "--output", str(out), "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    lines = (out / "radar_findings.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return {
        (r["product_id"], r["right_id"], r["field"], r["matched_text"], r["step"]) for r in rows
    }


@pytest.fixture
def imported(database_url: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["import", str(folder)])
        assert result.exit_code == 0, result.output
        yield database_url
    finally:
        get_settings.cache_clear()


def test_the_store_job_finds_what_the_lake_scan_finds(
    imported: str, store_engine: sa.Engine, folder: Path, lake_findings: set[Pair]
) -> None:
    # The lake scan's rules are today's; the store job runs under the set in force now.
    summary = run_radar_job(
        store_engine, load_rulebook(), dt.datetime.now(dt.UTC), image_root=folder
    )
    assert summary is not None
    with store_engine.connect() as connection:
        rows = connection.execute(
            sa.select(
                radar_findings.c.product_id,
                radar_findings.c.right_id,
                radar_findings.c.field,
                radar_findings.c.matched_text,
                radar_findings.c.step,
            )
            .join(_tasks, _tasks.c.task_id == radar_findings.c.task_id)
            .where(_tasks.c.status == "open")
        ).all()
    store = {tuple(row) for row in rows}
    assert len(rows) == len(store)  # one finding per task, one task per product and right
    assert store == lake_findings
    assert summary["tasks_opened"] == len(lake_findings) > 200
    assert summary["products_listed"] == summary["products_scanned"]
    # Delisted products are scanned by neither.
    with (folder / "products.csv").open(encoding="utf-8", newline="") as handle:
        delisted = {
            row["product_id"] for row in csv.DictReader(handle) if row["status"] != "listed"
        }
    assert delisted and not {pair[0] for pair in store} & delisted
