"""docs/rules.md is the generated rule-set reference, complete and up to date."""

from __future__ import annotations

import typing
from pathlib import Path

from pydantic import BaseModel

from sellerstar.rules import RuleSet, load_rulebook
from sellerstar.rules.reference import reference_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_docs_rules_md_is_what_the_generator_writes() -> None:
    expected = reference_markdown(load_rulebook())
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is out of date: run `sellerstar rules reference --output docs/rules.md`"
    )


def _dotted_sections(model: type[BaseModel], prefix: str = "") -> list[str]:
    paths = []
    for name, info in model.model_fields.items():
        for candidate in (info.annotation, *typing.get_args(info.annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                if typing.get_origin(info.annotation) is tuple:
                    continue
                paths.append(f"{prefix}{name}")
                paths += _dotted_sections(candidate, f"{prefix}{name}.")
    return paths


def test_the_reference_has_a_heading_for_every_section() -> None:
    text = reference_markdown(load_rulebook())
    sections = _dotted_sections(RuleSet)
    assert "star_level.assurance.fast_trade.guaranteed_delivery_coverage" in sections
    for path in sections:
        assert f"### `{path}`\n" in text, path


def test_the_reference_documents_every_field_with_every_sets_values() -> None:
    text = reference_markdown(load_rulebook())
    header = (
        "| key | type | description | baseline | 2022-10-25 | 2022-10-28 | 2022-10-31 | 2022-11-04 "
        "| 2022-11 |"
    )
    assert header in text
    assert (
        "| `window_start_days` | int ≥ 0 | Oldest ship date counted: S - this. "
        "| — | — | — | — | — | 74 |" in text
    )
    assert "| `growth_score_must_exceed` | int ≥ 0, ≤ 100 |" in text
    assert "Not in force under: `baseline`." in text
    assert "| Security | industrial | 1 | 0.5 |" in text
