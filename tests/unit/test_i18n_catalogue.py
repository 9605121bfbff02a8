"""Every message the app shows is in both catalogues and translated into Chinese.

Babel's own ``pybabel extract`` and ``pybabel update`` (as ``make catalogue`` runs them,
with the mapping of babel.cfg) must leave the committed catalogues exactly as they are:
a text added to the code and not to the catalogues, or one left in them after the code
dropped it, fails here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from sellerstar.web.i18n import DEFAULT_LOCALE, DOMAIN, LOCALE_DIR, LOCALES, translations

ROOT = Path(__file__).resolve().parents[2]
# The options of `make catalogue` (Makefile).
FORMAT = ["--omit-header", "-w", "100"]


def _pybabel(*argv: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *argv])


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as `make catalogue` would leave them (made in a copy)."""
    work = tmp_path_factory.mktemp("catalogue")
    template = work / "messages.pot"
    _pybabel(
        "extract",
        "-F",
        str(ROOT / "babel.cfg"),
        "-k",
        "N_",
        "--no-location",
        "--sort-output",
        *FORMAT,
        "-o",
        str(template),
        str(ROOT / "src" / "sellerstar"),
    )
    copy = work / "locale"
    shutil.copytree(LOCALE_DIR, copy)
    _pybabel(
        "update",
        "-i",
        str(template),
        "-d",
        str(copy),
        "-D",
        DOMAIN,
        "--ignore-obsolete",
        "--no-fuzzy-matching",
        *FORMAT,
    )
    return copy


@pytest.mark.parametrize("locale", LOCALES)
def test_the_catalogue_holds_exactly_the_texts_of_the_code(updated: Path, locale: str) -> None:
    committed = LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    current = updated / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    have = {message.id for message in _read(committed) if message.id}
    wanted = {message.id for message in _read(current) if message.id}
    assert sorted(wanted - have, key=str) == [], "missing: run `make catalogue` and translate"
    assert sorted(have - wanted, key=str) == [], "stale: run `make catalogue`"
    assert current.read_bytes() == committed.read_bytes(), "run `make catalogue`"


def test_every_text_is_translated_into_chinese() -> None:
    catalogue = _read(LOCALE_DIR / DEFAULT_LOCALE / "LC_MESSAGES" / f"{DOMAIN}.po")
    untranslated = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []


def test_chinese_is_the_default_and_english_shows_the_source() -> None:
    assert translations("zh").gettext("Logistics performance") == "物流表现"
    assert translations("en").gettext("Logistics performance") == "Logistics performance"
