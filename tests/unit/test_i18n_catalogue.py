"""Every message the app shows is in both catalogues and translated into Chinese."""

from __future__ import annotations

from sellerstar.web import catalogue
from sellerstar.web.i18n import translations


def test_the_catalogues_are_complete_and_current() -> None:
    assert catalogue.problems() == []


def test_chinese_is_the_default_and_english_shows_the_source() -> None:
    assert translations("zh").gettext("Logistics performance") == "物流表现"
    assert translations("en").gettext("Logistics performance") == "Logistics performance"
