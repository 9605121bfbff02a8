"""`sellerstar rules show | list | reference`, through Typer's test runner."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import typer
from typer.testing import CliRunner, Result

import sellerstar
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.rules import RuleSet, load_rulebook
from sellerstar.rules.reference import reference_markdown
from sellerstar.rules.render import to_toml


def _load_rules_cli() -> ModuleType:
    # `sellerstar.cli` imports every command group; this test needs the rules group only,
    # so it loads that module from its file and does not depend on the others.
    path = Path(sellerstar.__file__).parent / "cli" / "rules.py"
    spec = importlib.util.spec_from_file_location("sellerstar_cli_rules_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    rules_app: typer.Typer = _load_rules_cli().app
    return rules_app


@pytest.fixture(autouse=True)
def _fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("SELLERSTAR_RULES_DIR", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _run(app: typer.Typer, *args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def _flat(output: str) -> str:
    """The output without Rich's box drawing and line wrapping."""
    return " ".join(output.replace("│", " ").split())


def test_show_on_the_day_before_the_switch_prints_the_old_set(app: typer.Typer) -> None:
    result = _run(app, "show", "--date", "2022-11-10")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "# in force on 2022-11-10"
    assert lines[1] == "rule-set 2022-11-04, effective 2022-11-04"
    assert "tracking_visibility: not in force" in lines
    assert "guaranteed_delivery: not in force" in lines


def test_show_on_the_switch_day_prints_every_section_of_the_new_set(app: typer.Typer) -> None:
    result = _run(app, "show", "--date", "2022-11-11")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == "rule-set 2022-11, effective 2022-11-11"
    for line in (
        "tracking_visibility",
        "  window_start_days: 74",
        "  excluded_trade_terms: EXW, FCA",
        "    first_disclosure_after_ship_days: 22",
        "  covered_countries: 169",
        "  capability_thresholds: 60, 70, 80, 85, 90",
        "        curve: 0 → 0, 0.8 → 60, 0.9 → 80, 0.95 → 90, 1 → 100",
        "  growth_score_must_exceed: 65",
        "    - industry: Security; group: industrial; min_sample_price_usd: 1; "
        "max_discount_factor: 0.5",
        "    L3: Platinum",
        "  coupon_stock: 50",
    ):
        assert line in result.output.splitlines(), line
    assert "not in force" not in result.output


def test_show_toml_loads_back_into_the_same_rule_set(app: typer.Typer) -> None:
    for rule_set in load_rulebook().rule_sets:
        result = _run(app, "show", "--id", rule_set.id, "--format", "toml")
        assert result.exit_code == 0, result.output
        assert RuleSet.model_validate(tomllib.loads(result.output)) == rule_set


def test_show_json_of_the_december_evaluation_day(app: typer.Typer) -> None:
    result = _run(app, "show", "--date", "2022-12-05", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["id"] == "2022-11"
    assert document["tracking_visibility"]["window_end_days"] == 15


def test_show_without_a_date_uses_today(app: typer.Typer) -> None:
    result = _run(app, "show")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "# in force today"
    # Any day this test runs is after 2022-11-11.
    assert result.output.splitlines()[1].startswith("rule-set 2022-11,")


@pytest.mark.parametrize(
    ("value", "reason"),
    [("2022-13-01", "month must be in 1..12"), ("11/11/2022", "expected YYYY-MM-DD")],
)
def test_a_bad_date_is_a_usage_error_naming_the_option(
    app: typer.Typer, value: str, reason: str
) -> None:
    result = _run(app, "show", "--date", value)
    assert result.exit_code == 2
    assert f"Invalid value for --date: '{value}' is not a date ({reason})" in _flat(result.output)


def test_a_date_before_every_rule_set_says_so(app: typer.Typer) -> None:
    result = _run(app, "show", "--date", "2019-06-01")
    assert result.exit_code == 1
    assert "no rule-set is in force on 2019-06-01" in str(result.exception)


def test_date_and_id_together_are_refused(app: typer.Typer) -> None:
    result = _run(app, "show", "--date", "2022-11-11", "--id", "baseline")
    assert result.exit_code == 2
    assert "give --date or --id, not both" in _flat(result.output)


def test_an_unknown_id_is_an_input_error(app: typer.Typer) -> None:
    result = _run(app, "show", "--id", "2099")
    assert isinstance(result.exception, InputError)
    known = "(known: baseline, 2022-10-25, 2022-10-28, 2022-10-31, 2022-11-04, 2022-11)"
    assert f"no rule-set with id '2099' {known}" in str(result.exception)


def test_list_reads_the_rules_folder_of_the_settings(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = load_rulebook().get("2022-11")
    extra = shipped.model_copy(update={"id": "2023-07", "effective": dt.date(2023, 7, 1)})
    (tmp_path / "2023-07.toml").write_text(to_toml(extra), encoding="utf-8")
    monkeypatch.setenv("SELLERSTAR_RULES_DIR", str(tmp_path))
    get_settings.cache_clear()
    result = _run(app, "list")
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[:2] for line in result.output.splitlines()] == [
        ["baseline", "2020-01-01"],
        ["2022-10-25", "2022-10-25"],
        ["2022-10-28", "2022-10-28"],
        ["2022-10-31", "2022-10-31"],
        ["2022-11-04", "2022-11-04"],
        ["2022-11", "2022-11-11"],
        ["2023-07", "2023-07-01"],
    ]


def test_reference_writes_the_generated_page(app: typer.Typer, tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    result = _run(app, "reference", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == reference_markdown(load_rulebook())
