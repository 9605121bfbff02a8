"""`sellerstar rules diff --from --to [--lang] [--format]`: every change between the
shipped rule-sets, in the changelog page's words."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

import sellerstar
from sellerstar.config import get_settings
from sellerstar.rules import load_rulebook
from sellerstar.rules.announcements import announcements
from sellerstar.rules.diff import diff
from sellerstar.web.rule_change_text import described

BOOK = load_rulebook()
FIRST, LAST = BOOK.rule_sets[0].effective, BOOK.rule_sets[-1].effective


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    # Only the rules group (as tests/unit/test_rules_cli.py does).
    path = Path(sellerstar.__file__).parent / "cli" / "rules.py"
    spec = importlib.util.spec_from_file_location("sellerstar_cli_rules_diff_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rules_app: typer.Typer = module.app
    return rules_app


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("SELLERSTAR_RULES_DIR", raising=False)
    monkeypatch.setenv("SELLERSTAR_CLOCK_DATE", "2022-10-28")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _run(app: typer.Typer, *args: str) -> Result:
    return CliRunner().invoke(app, ["diff", *args])


def _flat(output: str) -> str:
    return " ".join(output.replace("│", " ").split())


def test_json_holds_every_change_between_the_shipped_rule_sets(app: typer.Typer) -> None:
    result = _run(app, "--from", FIRST.isoformat(), "--to", LAST.isoformat(), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [item["rule_set"] for item in data] == [rs.id for rs in BOOK.rule_sets[1:]]
    for item, (before, after) in zip(data, itertools.pairwise(BOOK.rule_sets), strict=True):
        keys = sorted(change["key"] for area in item["areas"] for change in area["changes"])
        assert keys == sorted(change.key for change in diff(before, after))
    # The page's and the API's words, on the same platform date.
    assert data == described(announcements(BOOK)[: len(data)], dt.date(2022, 10, 28), "zh")


def test_english_text_says_tracking_visibility_counts_in_the_assurance_capability(
    app: typer.Typer,
) -> None:
    result = _run(app, "--from", "2022-11-10", "--to", "2022-11-11", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "2022-11 (Effective 2022-11-11; Announced on 2022-10-28)"
    assert "  Star level" in lines
    assert (
        "    - From 2022-11-11, the Tracking visibility rate counts in the assurance capability "
        "(保障力) of the Custom track, with weight 0.2."
    ) in lines
    assert "    - From 2022-11-11, the tracking visibility rate comes into force." in lines


def test_chinese_is_the_default(app: typer.Typer) -> None:
    result = _run(app, "--from", "2022-11-10", "--to", "2022-11-11")
    assert result.exit_code == 0, result.output
    assert "轨迹可视率" in result.output  # the metric's name from the catalogue
    assert "2022-11-11" in result.output


def test_from_is_excluded_and_to_included(app: typer.Typer) -> None:
    on_from = _run(app, "--from", "2022-11-11", "--to", "2022-12-31", "--lang", "en")
    assert on_from.exit_code == 0
    assert on_from.output == "No rule-set takes effect after 2022-11-11 up to 2022-12-31.\n"
    on_to = _run(app, "--from", "2022-11-04", "--to", "2022-11-11", "--format", "json")
    assert [item["rule_set"] for item in json.loads(on_to.output)] == ["2022-11"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--from", "2022-11-12", "--to", "2022-11-11"),
            "--from 2022-11-12 is after --to 2022-11-11",
        ),
        (("--from", "2022-13-01", "--to", "2022-11-11"), "'2022-13-01' is not a date"),
        (("--from", "2022-11-01", "--to", "11/11/2022"), "Invalid value for --to"),
        (("--from", "2022-11-01", "--to", "2022-11-11", "--lang", "fr"), "--lang"),
    ],
)
def test_bad_input_is_a_usage_error(app: typer.Typer, args: tuple[str, ...], message: str) -> None:
    result = _run(app, *args)
    assert result.exit_code == 2
    assert message in _flat(result.output)
