"""The words package: plain data and gettext that the pages and the CLI both use."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from stars_support import STAT, m1_custom
from typer.testing import CliRunner

from sellerstar.cli.stars import app as stars_app
from sellerstar.config import get_settings
from sellerstar.queries import star_levels as queries
from sellerstar.queries.star_levels import PredictedStars, TrackStars
from sellerstar.stars.explanation import Explanation
from sellerstar.web import words
from sellerstar.web.i18n import translations
from sellerstar.web.words.stars import MISSING_INPUTS

MODULES = sorted(
    path.stem for path in Path(words.__file__).parent.glob("*.py") if path.stem != "__init__"
)


@pytest.mark.parametrize("module", MODULES)
def test_a_words_module_loads_no_web_framework(module: str) -> None:
    """The CLI imports these modules: they must not pull in FastAPI, Starlette or Jinja."""
    code = (
        f"import sys, sellerstar.web.words.{module}; "
        "print(sorted({'fastapi', 'starlette', 'jinja2'} & set(sys.modules)))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


@pytest.mark.parametrize("missing", sorted(MISSING_INPUTS))
def test_the_cli_says_what_the_star_page_says_of_a_missing_input(
    missing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    explained = Explanation.model_validate(m1_custom(STAT)["explanation"])
    track = TrackStars("custom", True, 0, {}, False, missing, explained, "2022-11")
    predicted = PredictedStars(
        "M1", dt.date(2022, 12, 4), {"custom": track}, {}, dt.datetime(2022, 12, 5, tzinfo=dt.UTC)
    )
    monkeypatch.setattr(queries, "latest", lambda *_args: predicted)
    monkeypatch.setattr(queries, "official", lambda *_args: None)
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    get_settings.cache_clear()
    cli = typer.Typer()
    cli.add_typer(stars_app, name="stars")
    try:
        shown = CliRunner().invoke(cli, ["stars", "show", "--merchant", "M1"])
    finally:
        get_settings.cache_clear()
    assert shown.exit_code == 0, shown.output
    sentence = translations("en").gettext(MISSING_INPUTS[missing])
    assert sentence.endswith("so the track earns no star.")
    assert f"0★  {sentence}" in shown.output
