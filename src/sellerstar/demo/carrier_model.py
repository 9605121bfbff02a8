"""What a demo carrier is: its stage texts (:class:`Scan`) and its data (:class:`Carrier`),
and the small builders the carrier tables in :mod:`sellerstar.demo.carriers_express` and
:mod:`sellerstar.demo.carriers_postal` are written with."""

from __future__ import annotations

from dataclasses import dataclass

from sellerstar.domain.pre_advice_texts import PRE_ADVICE_TEXTS

IN_TRANSIT = "in_transit"
STAGES = 8  # 0 = pre-advice, 1..7 physical


@dataclass(frozen=True)
class Scan:
    """One wording of a stage, with the normalised status a feed reports for it."""

    text: str
    status: str


@dataclass(frozen=True)
class Carrier:
    """A carrier: code, transports it serves, number format, language and stage texts."""

    code: str
    name: str
    transports: tuple[str, ...]
    number_format: str
    language: str  # "en" or "zh": the language of its origin-side texts
    pre_advice: tuple[str, ...]
    pre_advice_source: str  # seed | public | assumed
    scans: tuple[tuple[Scan, ...], ...]  # stages 1..7, one or more wordings each

    def stage_texts(self, stage: int) -> tuple[Scan, ...]:
        """Wordings of a stage (0 = pre-advice)."""
        if stage == 0:
            return tuple(Scan(text, "info_received") for text in self.pre_advice)
        return self.scans[stage - 1]


def known(code: str) -> tuple[tuple[str, ...], str]:
    """A carrier's pre-advice texts and their source, from the domain table."""
    known = PRE_ADVICE_TEXTS[code]
    return known.texts, known.source


def scans(*texts: str, status: str = IN_TRANSIT) -> tuple[Scan, ...]:
    return tuple(Scan(text, status) for text in texts)


def tail(
    arrived: tuple[Scan, ...],
    cleared: tuple[Scan, ...],
    out: tuple[str, ...],
    delivered: tuple[str, ...],
) -> tuple[tuple[Scan, ...], ...]:
    return (
        arrived,
        cleared,
        scans(*out, status="out_for_delivery"),
        tuple(Scan(text, "delivered") for text in delivered),
    )
