"""Versioned rule-sets: every number of the rulebook, per effective date.

>>> book = load_rulebook()
>>> book.for_official_evaluation("2022-12").tracking_visibility is not None
True
"""

from __future__ import annotations

from sellerstar.rules.book import RuleBook, load_rulebook
from sellerstar.rules.model import RuleSet

__all__ = ["RuleBook", "RuleSet", "load_rulebook"]
