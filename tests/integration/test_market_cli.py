"""`sellerstar market catalogue` imports the seed's catalogue (or a JSON file) with the
rule-set's launch stock; a re-run keeps the coupons claimed; `coupons` lists the stock and
who claimed; bad input is named, nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from market_world import BOOK, LAUNCH, TOOL, main, seed
from typer.testing import CliRunner

from sellerstar.cli import build_app
from sellerstar.config import get_settings
from sellerstar.services import market_coupons
from sellerstar.store.db import transaction

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def cli(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def _run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(build_app(), ["market", *args])
    # A SellerstarError ends `sellerstar` with its message (cli.main); here it is raised.
    error = f"{result.exception}" if result.exception else ""
    return result.exit_code, result.output + error


def test_the_seed_catalogue_with_the_rule_sets_stock(
    cli: CliRunner, store_engine: sa.Engine
) -> None:
    code, out = _run(cli, "catalogue")
    assert code == 0, out
    assert "15 tools (5 providers); 7 launch tools with 50 coupons each" in out
    seed(store_engine, {"M1": "CN"})  # the same catalogue again, and a merchant
    with transaction(store_engine) as connection:
        market_coupons.claim(connection, book=BOOK, claimant=main("M1"), tool_id=TOOL, now=LAUNCH)
    assert _run(cli, "catalogue")[0] == 0  # a re-run keeps the claim
    code, out = _run(cli, "coupons")
    assert f"{TOOL}\t50\t49\t1" in out.splitlines()
    code, out = _run(cli, "coupons", "--tool", TOOL)
    assert "\tM1\tM1-MAIN\tm1-main" in out
    code, out = _run(cli, "coupons", "--tool", "T-NOPE")
    assert code == 1 and "no tool T-NOPE" in out


def test_a_json_catalogue_and_bad_files(cli: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "catalogue.json"
    good.write_text(json.dumps({
        "providers": [{"provider_id": "P1", "name": "服务商", "name_en": "Provider"}],
        "tools": [{"tool_id": "T1", "provider_id": "P1", "category": "app_tool",
                   "sub_category": "商品管理", "name": "工具", "name_en": "Tool",
                   "description": "d", "description_en": "d", "price_cny": "99",
                   "price_unit": "month", "launch_price_cny": 1}],
    }), encoding="utf-8")  # fmt: skip
    code, out = _run(cli, "catalogue", "--file", str(good))
    assert code == 0 and "1 tools (1 providers); 1 launch tools" in out, out
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"tools": [{"tool_id": "T2", "category": "nope"}]}))
    code, out = _run(cli, "catalogue", "--file", str(bad))
    assert code == 1 and "not a catalogue" in out
    bad.write_text("[1, 2]")
    assert _run(cli, "catalogue", "--file", str(bad))[0] == 1
    assert _run(cli, "catalogue", "--file", str(tmp_path / "missing.json"))[0] == 1
