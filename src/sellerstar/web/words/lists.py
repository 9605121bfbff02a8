"""The words of the order list, made once per language and rule-set, not once per row.

A list page prints a country, two labels, a yes/no, a reason and maybe why no appeal is
possible for each of its rows; through Jinja each of them is a translation call. Here each
code is translated the first time it is shown and then looked up.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from markupsafe import Markup, escape

from sellerstar.queries.order_state import LiveBlock
from sellerstar.rules.model import TrackingVisibility
from sellerstar.web.i18n import template_gettext
from sellerstar.web.words import logistics as words


class Words(dict[Hashable, Markup]):
    """Codes and their words, made on first use; an unknown code shows as itself."""

    def __init__(self, say: Callable[[Hashable], Markup]) -> None:
        super().__init__()
        self._say = say

    def __missing__(self, code: Hashable) -> Markup:
        word = self[code] = self._say(code)
        return word


@dataclass(frozen=True)
class ListWords:
    """Everything a row of the order list says, in one language."""

    countries: Words
    export_modes: Words
    transports: Words
    yes_no: Words
    reasons: Words  # judgement reason -> why (not) trackable
    blocks: Words  # appeal block -> why the appeal button is greyed out


@lru_cache(maxsize=64)
def list_words(
    locale: str, rules: TrackingVisibility, appeal_rules: TrackingVisibility | None
) -> ListWords:
    """The words of ``locale`` under the rule-set of the listed stat date (``rules``) and
    of the newest one, which the appeal buttons follow (``appeal_rules``).

    >>> from sellerstar.rules import load_rulebook
    >>> rules = load_rulebook().get("2022-11").tracking_visibility
    >>> said = list_words("en", rules, rules)
    >>> said.countries["US"], said.yes_no[False], said.transports["<x>"]
    (Markup('United States'), Markup('No'), Markup('&lt;x&gt;'))
    """
    gettext = template_gettext(locale)

    def label(table: dict[str, str]) -> Callable[[Hashable], Markup]:
        return lambda code: gettext(table[code]) if code in table else escape(code)

    def say(text: words.Text) -> Markup:
        return gettext(text.msgid, **text.params)

    return ListWords(
        countries=Words(lambda code: escape(words.country_name(str(code), locale))),
        export_modes=Words(label(words.EXPORT_MODES)),
        transports=Words(label(words.TRANSPORTS)),
        yes_no=Words(lambda value: gettext(words.YES_NO[bool(value)])),
        reasons=Words(lambda reason: say(words.reason_text(str(reason), rules))),
        blocks=Words(
            lambda block: say(words.appeal_block_text(cast(LiveBlock, block), appeal_rules))
        ),
    )
