"""A module's refusals in words: each code a request can be refused with, its sentence,
and whether the answer is a form to correct (422) or what the rules or the state refuse
(409), or, where a module says so, another status for some codes (404 for what does not
exist, 403 for the wrong role). Each module's words hold one; a new module adds its own.

>>> from sellerstar.web.i18n import N_
>>> refusals = Refusals({"note_missing": N_("Note"), "closed": N_("Closed")}, {"note_missing"})
>>> refusals.status("note_missing"), refusals.status("closed")
(422, 409)
>>> Refusals({"gone": N_("Gone")}, (), {"gone": 404}).status("gone")
404
>>> refusals.text("nope", {}).msgid
'nope'
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sellerstar.web.words.logistics import Text


class Refusals:
    """The sentences of a module's refusal codes and the codes that are input errors."""

    def __init__(
        self,
        messages: Mapping[str, str],
        input_codes: Collection[str],
        other_statuses: Mapping[str, int] | None = None,
    ) -> None:
        others = dict(other_statuses or {})
        unknown = (set(input_codes) | set(others)) - set(messages)
        if unknown:
            raise ValueError(f"codes without a sentence: {sorted(unknown)}")
        self._messages = dict(messages)
        self.input_codes = frozenset(input_codes)
        self._others = others
        self.codes = frozenset(messages)

    def text(self, code: str, params: Mapping[str, object]) -> Text:
        """Why the request was refused, in words (the code itself when unknown)."""
        message = self._messages.get(code)
        return Text(message, dict(params)) if message else Text(code)

    def status(self, code: str) -> int:
        """422 for a form to correct, the module's own status where it names one, else 409
        for what the rules or the state refuse."""
        if code in self.input_codes:
            return 422
        return self._others.get(code, 409)
