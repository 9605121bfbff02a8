"""A module's refusals in words: each code a request can be refused with, its sentence,
and whether the answer is a form to correct (422) or what the rules or the state refuse
(409). The radar, reviews and sample-venue words each hold one; a new module adds its own.

>>> from sellerstar.web.i18n import N_
>>> refusals = Refusals({"note_missing": N_("Note"), "closed": N_("Closed")}, {"note_missing"})
>>> refusals.status("note_missing"), refusals.status("closed")
(422, 409)
>>> refusals.text("nope", {}).msgid
'nope'
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sellerstar.web.words.logistics import Text


class Refusals:
    """The sentences of a module's refusal codes and the codes that are input errors."""

    def __init__(self, messages: Mapping[str, str], input_codes: Collection[str]) -> None:
        unknown = set(input_codes) - set(messages)
        if unknown:
            raise ValueError(f"input codes without a sentence: {sorted(unknown)}")
        self._messages = dict(messages)
        self.input_codes = frozenset(input_codes)
        self.codes = frozenset(messages)

    def text(self, code: str, params: Mapping[str, object]) -> Text:
        """Why the request was refused, in words (the code itself when unknown)."""
        message = self._messages.get(code)
        return Text(message, dict(params)) if message else Text(code)

    def status(self, code: str) -> int:
        """422 for a form to correct, 409 for what the rules or the state refuse."""
        return 422 if code in self.input_codes else 409
