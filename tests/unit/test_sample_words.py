"""Every sample-venue code is worded in every language (issue 16: every rule's reason in
words with its numbers, "库存 8 < 10", "折扣 0.65 > 0.6"), and every refusal code the
registration services raise has its sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sellerstar.domain.samples import Failure, RegistrationState, SampleRule
from sellerstar.services import (
    sample_errors,
    sample_registrations,
    sample_rights,
    sample_suspensions,
)
from sellerstar.web.i18n import LOCALES
from sellerstar.web.words import samples as words


def test_every_rule_and_state_has_words() -> None:
    assert set(words.RULE_TEXTS) == set(SampleRule)
    assert set(words.STATE_LABELS) == set(RegistrationState)


@pytest.mark.parametrize("rule", list(SampleRule))
def test_every_rule_is_a_sentence_in_every_language(rule: SampleRule) -> None:
    text = words.rule_text(Failure(rule, "8", "10"))
    shown = {locale: text.render(locale) for locale in LOCALES}
    assert all(value and rule.value not in value for value in shown.values()), shown
    assert shown["zh"] != shown["en"], shown


@pytest.mark.parametrize(
    ("failure", "zh", "en"),
    [
        (Failure(SampleRule.STOCK_LOW, "8", "10"), "库存 8 < 10", "Stock 8 < 10"),
        (Failure(SampleRule.DISCOUNT_TOO_SMALL, "0.65", "0.6"), "折扣 0.65 > 0.6",
         "Discount 0.65 > 0.6"),
        (Failure(SampleRule.NOT_MAIN_INDUSTRY, "Toys", ""), "行业 Toys：商家未设置主营行业",
         "Industry Toys: the merchant has no main industry set"),
    ],
)  # fmt: skip
def test_the_numbers_are_in_the_sentence(failure: Failure, zh: str, en: str) -> None:
    text = words.rule_text(failure)
    assert (words.plain_text(text, "zh"), words.plain_text(text, "en")) == (zh, en)


def _raised() -> set[str]:
    codes: set[str] = set()
    for module in (sample_registrations, sample_suspensions, sample_rights, sample_errors):
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        codes |= set(re.findall(r'SampleRefused\(\s*"(\w+)"', source))
        for what in re.findall(r'checked_reason\(\w+, "(\w+)"\)', source):
            codes |= {f"{what}_missing", f"{what}_too_long"}
    routes = Path(words.__file__).parents[1] / "routes" / "samples_ops.py"
    for what in re.findall(r'checked_reason\(\w+, "(\w+)"\)', routes.read_text("utf-8")):
        codes |= {f"{what}_missing", f"{what}_too_long"}
    return codes | {"reason_missing", "reason_too_long"}


def test_every_refusal_is_worded_in_every_language() -> None:
    raised = _raised()
    assert {"cap_exceeded", "already_registered", "no_loss", "note_missing"} <= raised
    assert raised <= words.REFUSAL_CODES, sorted(raised - words.REFUSAL_CODES)
    params = {"limit": 1, "cap": 200, "left": 1, "asked": 2, "product_id": "P1"}
    for code in sorted(words.REFUSAL_CODES):
        shown = {loc: words.refusal_text(code, params).render(loc) for loc in LOCALES}
        assert all(text and text != code for text in shown.values()), (code, shown)
        assert shown["zh"] != shown["en"], code


@pytest.mark.parametrize("failure", [*words.RIGHT_LOST, "other"])
def test_the_lost_right_names_the_order(failure: str) -> None:
    text = words.right_lost_text("2022-12-06", "O-1", failure)
    for locale in LOCALES:
        assert "O-1" in text.render(locale) and "2022-12-06" in text.render(locale)
    assert text.render("zh") != text.render("en")
