"""The carriers the tracking aggregators can track, beyond our registry (rulebook §1.2,
seed FAQ 3; issue 18 item 2d): a carrier 17TRACK or Kuaidi100 tracks is not a "wrong
carrier", whether or not :mod:`sellerstar.domain.carriers` has a row for it.

The lists are the aggregators' own public carrier lists reduced to the facts a proof form
needs (code and names; docs/carriers.md gives the sources and why nothing more is kept),
in ``carrier_lists/*.tsv`` (rebuilt by ``scripts/carrier_lists.py``). Such a carrier's code
in a proof is the aggregator's name and its code: ``17track:191092``, ``kuaidi100:yuantong``.

>>> listed("17track:190094").name
'4PX'
>>> listed("kuaidi100:yuantong").name
'圆通速递'
>>> listed("17track:0") is None, listed("ups") is None
(True, True)
>>> [c.code for c in find("ACS WORLDWIDE EXPRESS")]
['17track:191092']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

SEVENTEEN_TRACK = "17track"
KUAIDI100 = "kuaidi100"
_FOLDER = "carrier_lists"
_MAX_FOUND = 8


@dataclass(frozen=True)
class ListedCarrier:
    """A carrier as an aggregator lists it: ``source`` and its ``key`` there."""

    source: str
    key: str
    name: str
    name_zh: str

    @property
    def code(self) -> str:
        """Its code in a logistics proof: ``<source>:<key>``."""
        return f"{self.source}:{self.key}"


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(_FOLDER, name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line]


@cache
def seventeen_track() -> dict[str, ListedCarrier]:
    """17TRACK's carriers by key (its numeric carrier code, as text)."""
    return {
        key: ListedCarrier(SEVENTEEN_TRACK, key, name, zh or name)
        for key, name, zh in _rows("seventeen_track.tsv")
    }


@cache
def kuaidi100() -> dict[str, ListedCarrier]:
    """Kuaidi100's companies by company code."""
    return {
        code: ListedCarrier(KUAIDI100, code, name, name) for code, name in _rows("kuaidi100.tsv")
    }


def listed(code: str) -> ListedCarrier | None:
    """The aggregator's carrier a proof's ``<source>:<key>`` code names, if it lists it."""
    source, _, key = code.strip().lower().partition(":")
    if source == SEVENTEEN_TRACK:
        return seventeen_track().get(key)
    if source == KUAIDI100:
        return kuaidi100().get(key)
    return None


def _plain(text: str) -> str:
    return re.sub(r"[\s\-_.()（）]+", "", text).casefold()


@cache
def _by_name() -> dict[str, list[ListedCarrier]]:
    index: dict[str, list[ListedCarrier]] = {}
    for carrier in (*seventeen_track().values(), *kuaidi100().values()):
        for name in {carrier.name, carrier.name_zh, carrier.key}:
            index.setdefault(_plain(name), []).append(carrier)
    return index


def find_exact(text: str) -> list[ListedCarrier]:
    """The listed carriers whose code, key or a name is ``text`` (spaces, case and
    punctuation ignored), 17TRACK's first."""
    found = listed(text)
    if found is not None:
        return [found]
    return list(_by_name().get(_plain(text), ()))[:_MAX_FOUND]


def find(text: str) -> list[ListedCarrier]:
    """The listed carriers ``text`` names: a code (``17track:…``), or a name or key
    equal to it (spaces, case and punctuation ignored); else those whose names contain it
    (at most 8), for the form to offer.

    >>> [c.code for c in find("yuantong")]
    ['kuaidi100:yuantong']
    >>> find("")
    []
    """
    found = listed(text)
    if found is not None:
        return [found]
    wanted = _plain(text)
    if not wanted:
        return []
    exact = _by_name().get(wanted)
    if exact:
        return exact[:_MAX_FOUND]
    near = [
        carrier for plain, carriers in _by_name().items() if wanted in plain for carrier in carriers
    ]
    return list(dict.fromkeys(near))[:_MAX_FOUND]
