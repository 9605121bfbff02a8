"""Star levels (rulebook §2A): the codes the evaluation, the store and the pages share."""

from __future__ import annotations

from enum import StrEnum


class Track(StrEnum):
    """A star-level track; the value is the code stored in ``star_levels.track``."""

    CUSTOM = "custom"
    """Every merchant."""
    FAST_TRADE = "fast_trade"
    """Merchants enrolled in fast trade with enough ready-to-ship products."""
