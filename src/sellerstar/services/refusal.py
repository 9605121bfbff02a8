"""A refused request: the reason codes a page translates and the English message the CLI
prints. Raised before anything is written, so the caller's transaction has nothing to undo.

Each reason is a :class:`sellerstar.domain.guarantee.Refusal`: a code and the first date
the request becomes possible by waiting (None: waiting does not help).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sellerstar.domain.guarantee import Decision, Refusal
from sellerstar.errors import SellerstarError


class Refused(SellerstarError):
    """A request the rules or the actor's role refuse.

    ``code`` is the first reason's code, ``reasons`` every reason; ``str(error)`` is the
    English message naming what is refused and why.
    """

    def __init__(self, message: str, reasons: Sequence[Refusal]) -> None:
        if not reasons:
            raise ValueError("a refusal needs at least one reason")
        super().__init__(message)
        self.reasons: tuple[Refusal, ...] = tuple(reasons)

    @property
    def code(self) -> str:
        """The first reason's code."""
        return self.reasons[0].code

    @property
    def codes(self) -> tuple[str, ...]:
        """Every reason's code, in order."""
        return tuple(reason.code for reason in self.reasons)

    @property
    def possible_from(self) -> dt.date | None:
        """First date all reasons are lifted by waiting; None when one cannot be."""
        return Decision(self.reasons).possible_from


def refuse(
    what: str, reasons: Sequence[Refusal], messages: Mapping[str, str], **context: object
) -> Refused:
    """A Refused whose message is ``what`` followed by each reason's text.

    ``messages`` maps a code to a template; ``context`` fills it (``{possible_from}`` is
    always available).

    >>> error = refuse("cannot join", [Refusal("x", dt.date(2022, 12, 1))],
    ...                {"x": "blocked until {possible_from}"})
    >>> str(error), error.code
    ('cannot join: blocked until 2022-12-01', 'x')
    """
    texts = [
        messages.get(reason.code, reason.code).format(possible_from=reason.possible_from, **context)
        for reason in reasons
    ]
    return Refused(f"{what}: {'; '.join(texts)}", reasons)
