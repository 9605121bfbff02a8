"""The pre-advice classifier's fast paths give what the plain definitions give.

The scorer runs its long regex alternations (carriers' names, multi-word and CJK cues,
text rules) only when a substring test says they can match, and sums a text's features
from its words' cached parts: each is checked here against the slow, obvious form.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from sellerstar.domain import pre_advice_cues, pre_advice_model
from sellerstar.domain.pre_advice import TEXT_RULES, _normalise, classify, classify_many
from sellerstar.domain.pre_advice_model import features, normalise, shipped

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "benchmarks"))

from pre_advice_training import read_corpus  # noqa: E402

TEXTS = [row["text"] for row in read_corpus()]


def _samples(count: int = 3000, seed: int = 7) -> list[str]:
    # Corpus texts, and texts spliced from their words (new neighbours, new phrases).
    chance = random.Random(seed)
    words = " ".join(TEXTS).split()
    spliced = [" ".join(chance.choices(words, k=chance.randint(1, 8))) for _ in range(count)]
    return TEXTS + spliced


def test_the_regexes_run_only_when_they_can_match() -> None:
    # mask_carriers and stem_cues skip their regex when a cheap test says it cannot
    # match: on texts and names spliced every way, skipping changes nothing.
    names = [*pre_advice_cues._CARRIER_NAMES, *pre_advice_cues._CARRIER_NAMES_CJK]
    phrases = list(pre_advice_cues._PHRASE_LIST)
    texts = [pre_advice_model.fold(t) for t in _samples()]
    texts += [
        f"{a}{name}{b}"
        for name in names + phrases
        for a in ("", "x", "a ")
        for b in ("", "x", " y")
    ]
    # Phrases side by side and overlapping: which alternative wins a place must not change.
    chance = random.Random(11)
    for _ in range(3000):
        first, second = chance.sample(phrases, 2)
        texts += [f"{first} {second}", f"{first}{second}", f"{first[: len(first) // 2]}{second}"]
    for text in texts:
        expected = pre_advice_cues._CARRIERS.sub("carrier", text)
        assert pre_advice_cues.mask_carriers(text) == expected, text
        by_regex = {str(m.lastgroup) for m in pre_advice_cues._PHRASES.finditer(text)}
        by_regex |= {str(m.lastgroup) for m in pre_advice_cues._CJK_WORDS.finditer(text)}
        assert pre_advice_cues.stem_cues(text) == by_regex, text


def test_a_text_s_phrases_keep_the_table_s_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where two concepts' phrases start at one place, the first concept of the table wins,
    # in the regex of the phrases a text holds as in the regex of all of them.
    table = {"first": ("not yet",), "second": ("not yet received", "received")}
    monkeypatch.setattr(pre_advice_cues, "_PHRASE_TABLE", table)
    monkeypatch.setattr(pre_advice_cues, "_phrases_by_set", {})
    every = pre_advice_cues._alternation(table, r"(?<!\w)")
    for text in ("not yet received", "received, not yet", "xnot yet received"):
        present = frozenset(p for stems in table.values() for p in stems if p in text)
        found = pre_advice_cues._phrases_of(present).finditer(text)
        assert {m.lastgroup for m in found} == {m.lastgroup for m in every.finditer(text)}


def test_every_text_rule_holds_one_of_its_literals_when_it_matches() -> None:
    checked = 0
    for text in [_normalise(t) for t in _samples()]:
        for rule in TEXT_RULES:
            if rule.pattern.search(text):
                checked += 1
                assert any(literal in text for literal in rule.needs), (rule.name, text)
    assert checked > 50


def test_the_cached_score_is_the_sum_over_the_features() -> None:
    model = shipped()
    for text in _samples(600):
        parts = model.contributions(text)
        score = model.score(text)
        expected = model.intercept + sum(parts.values())
        assert score.margin == pytest.approx(expected, abs=1e-9), text
        # The named n-grams are the strongest toward the verdict (by weight times idf,
        # however often they occur), in order.
        sign = 1 if score.pre_advice else -1
        ranked = sorted((-sign * model._table[gram][0], gram) for gram in parts)
        strongest = [gram for value, gram in ranked if value < 0][:3]
        assert list(score.evidence) == strongest, text
        assert set(parts) <= set(features(text))


def test_a_batch_gives_what_one_by_one_gives() -> None:
    events = [(None, text, None) for text in _samples(400)]
    events += [("ups", text.upper() + " 123", "InfoReceived") for text in TEXTS[:200]]
    assert classify_many(events) == [classify(*event) for event in events]


def test_normalise_is_fold_then_form() -> None:
    for text in _samples(200):
        assert normalise(text) == pre_advice_model.form(pre_advice_model.fold(text))


def test_the_benchmark_scores_an_external_set_with_the_shipped_model(tmp_path: Path) -> None:
    import pre_advice_accuracy

    blind = tmp_path / "blind.csv"
    blind.write_text(
        "carrier,language,text,label,status_code,source_url,licence\n"
        "acme,en,Shipping label created,pre_advice,,https://example.invalid,CC0-1.0\n"
        "acme,en,Arrived at sort facility,real_scan,,https://example.invalid,CC0-1.0\n"
        "acme,en,Delivered,delivered,InTransit_Other,https://example.invalid,CC0-1.0\n",
        encoding="utf-8",
    )
    report = pre_advice_accuracy.external_report(pre_advice_accuracy.read_labelled(blind))
    assert "shipped model, no refit" in report
    assert "rows 3, carriers 1, languages 1" in report
    assert "rows with a feed status the status rule knows (1)" in report
    bad = tmp_path / "bad.csv"
    bad.write_text("carrier,text,label\nacme,x,pre_advice\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="missing column"):
        pre_advice_accuracy.read_labelled(bad)
    bad.write_text("carrier,language,text,label\nacme,en,x,maybe\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown label"):
        pre_advice_accuracy.read_labelled(bad)
