"""Carrier registry: our carrier codes, the tracking sources' codes for them, number checks.

Every carrier a merchant can upload a logistics proof with has a lower-case code of ours
(``ups``, ``4px``, ``chinapost``...) mapped to the 17TRACK carrier key, the Kuaidi100
company code and the AfterShip slug, so a feed's event can be tied back to our carrier and
a new tracking number registered with the right carrier at each source. Tracking numbers
are checked against the formats carriers publish (with their check digits), so a wrong
carrier or a mistyped number is flagged when the proof is uploaded - the main cause of
untracked orders the seed names.

>>> carrier("ups").seventeen_track
100002
>>> by_kuaidi100("disifang").code
'4px'
>>> check_tracking_number("ups", "1z 999 aa1 0123456784")
NumberCheck(ok=True, reason='ok', likely_carriers=())
>>> check_tracking_number("ups", "LX123456785CN").likely_carriers
('yanwen', 'chinapost')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sellerstar.domain.carrier_catalogue import KUAIDI100, SEVENTEEN_TRACK, find, find_exact, listed
from sellerstar.domain.carrier_data import ROWS

OK = "ok"
UNKNOWN_CARRIER = "unknown_carrier"
BAD_FORMAT = "bad_format"
EMPTY = "empty"


@dataclass(frozen=True)
class Carrier:
    """A carrier and its codes at the tracking sources (``None`` = not confirmed there)."""

    code: str
    name: str
    seventeen_track: int | None
    kuaidi100: str | None
    aftership: str | None
    number_patterns: tuple[str, ...]  # regexes of valid numbers; empty = not checked
    transport: str  # "express", "postal" (or "sea" for ocean carriers)
    trackable: bool = True  # False: known untrackable (the seed's 物流不可追踪)
    listed_by: str | None = None  # "17track" / "kuaidi100": known from their lists only


@dataclass(frozen=True)
class NumberCheck:
    """Outcome of :func:`check_tracking_number`.

    ``likely_carriers`` names the carriers whose formats the number does match when it does
    not match the uploaded carrier's (or the carrier is unknown).
    """

    ok: bool
    reason: str  # ok | unknown_carrier | bad_format | empty
    likely_carriers: tuple[str, ...]


def _s10_ok(number: str) -> bool:
    # UPU S10: weights 8 6 4 2 3 5 9 7 over the 8 serial digits; 10 -> 0, 11 -> 5.
    serial = number[2:10]
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    return int(number[10]) == {10: 0, 11: 5}.get(check, check)


def _ups_ok(number: str) -> bool:
    # Letters count as (ord - 63) % 10; odd positions once, even positions twice.
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in number[2:17]]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return int(number[17]) == (10 - total % 10) % 10


def _mod10_ok(number: str) -> bool:
    # GS1 mod 10 (USPS IMpb, Canada Post): weights 3, 1, 3... from the rightmost body digit.
    body = [int(d) for d in reversed(number[:-1])]
    total = 3 * sum(body[0::2]) + sum(body[1::2])
    return int(number[-1]) == (10 - total % 10) % 10


def _mod7_ok(number: str) -> bool:
    # DHL Express waybill: the last digit is the rest of the others modulo 7.
    return int(number[:-1]) % 7 == int(number[-1])


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    doubled = [d * 2 - 9 if d * 2 > 9 else d * 2 for d in digits[1::2]]
    return (sum(digits[0::2]) + sum(doubled)) % 10 == 0


_CHECKS: dict[str, Callable[[str], bool]] = {
    "": lambda number: True,
    "s10": _s10_ok,
    "ups": _ups_ok,
    "mod10": _mod10_ok,
    "mod7": _mod7_ok,
    "luhn": _luhn_ok,
}

_FORMATS: dict[str, tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...]] = {
    row.code: tuple((re.compile(regex), _CHECKS[check]) for regex, check in row.formats)
    for row in ROWS
}

CARRIERS: Mapping[str, Carrier] = MappingProxyType(
    {
        row.code: Carrier(
            row.code,
            row.name,
            row.seventeen_track,
            row.kuaidi100,
            row.aftership,
            tuple(regex for regex, _ in row.formats),
            row.transport,
            row.trackable,
        )
        for row in ROWS
    }
)
UNTRACKABLE: frozenset[str] = frozenset(c.code for c in CARRIERS.values() if not c.trackable)
"""Codes of the carriers known to be untrackable (flagged in the proof form)."""


def _reverse(key: Callable[[Carrier], object]) -> dict[object, Carrier]:
    return {key(c): c for c in CARRIERS.values() if key(c) is not None}


_BY_17TRACK = _reverse(lambda c: c.seventeen_track)
_BY_AFTERSHIP = _reverse(lambda c: c.aftership)
_BY_KUAIDI100 = _reverse(lambda c: c.kuaidi100)


def carrier(code: str) -> Carrier:
    """The carrier with our code ``code`` (case and surrounding spaces ignored).

    >>> carrier(" DHL ").name
    'DHL Express'
    """
    found = CARRIERS.get(code.strip().lower())
    if found is None:
        raise ValueError(f"unknown carrier code {code!r}; known codes: {', '.join(CARRIERS)}")
    return found


def known(code: str) -> Carrier | None:
    """The carrier a proof's carrier code names: a registry carrier, or one 17TRACK or
    Kuaidi100 lists (``17track:<key>``, ``kuaidi100:<code>``; no number formats known).

    >>> known("17track:191092").seventeen_track, known("kuaidi100:yuantong").kuaidi100
    (191092, 'yuantong')
    >>> known("UPS").code, known("no-such") is None
    ('ups', True)
    """
    found = CARRIERS.get(code.strip().lower())
    if found is not None:
        return found
    entry = listed(code)
    if entry is None:
        return None
    return Carrier(
        code=entry.code,
        name=entry.name,
        seventeen_track=int(entry.key) if entry.source == SEVENTEEN_TRACK else None,
        kuaidi100=entry.key if entry.source == KUAIDI100 else None,
        aftership=None,
        number_patterns=(),
        transport="express",
        listed_by=entry.source,
    )


def by_seventeen_track(code: int) -> Carrier | None:
    """The carrier 17TRACK calls ``code``, if we know it.

    >>> by_seventeen_track(190008).code
    'yunexpress'
    """
    return _BY_17TRACK.get(code)


def by_aftership(slug: str) -> Carrier | None:
    """The carrier AfterShip calls ``slug``, if we know it.

    >>> by_aftership("china-post").code
    'chinapost'
    """
    return _BY_AFTERSHIP.get(slug.strip().lower())


def by_kuaidi100(company: str) -> Carrier | None:
    """The carrier Kuaidi100 calls ``company``, if we know it.

    >>> by_kuaidi100("shunfeng").code
    'sfexpress'
    """
    return _BY_KUAIDI100.get(company.strip().lower())


def normalise_tracking_number(number: str) -> str:
    """Upper case without any whitespace, as carriers print and scan their numbers.

    >>> normalise_tracking_number(" lx 1234 5678 5cn ")
    'LX123456785CN'
    """
    return "".join(number.split()).upper()


def _matches(code: str, number: str) -> bool:
    return any(pattern.fullmatch(number) and check(number) for pattern, check in _FORMATS[code])


def carriers_matching(number: str) -> tuple[str, ...]:
    """Codes of the carriers whose published formats ``number`` matches (check digits too).

    >>> carriers_matching("1Z999AA10123456784")
    ('ups',)
    """
    normalised = normalise_tracking_number(number)
    return tuple(code for code in CARRIERS if _matches(code, normalised))


def detect(number: str) -> str | None:
    """The carrier a number's own format names (auto-detection), when exactly one
    registry carrier's published format (check digit included) fits it; else None
    (several fit, e.g. a China Post S10 number Yanwen also uses, or none does).

    >>> detect("1Z999AA10123456784"), detect("LX123456785CN"), detect("12345")
    ('ups', None, None)
    """
    found = carriers_matching(number)
    return found[0] if len(found) == 1 else None


def check_tracking_number(carrier_code: str, number: str) -> NumberCheck:
    """Does ``number`` fit ``carrier_code``'s published formats? If not, who does it fit?

    A carrier without published formats accepts any non-empty number.

    >>> check_tracking_number("dhl", "")
    NumberCheck(ok=False, reason='empty', likely_carriers=())
    >>> check_tracking_number("dhl", "1Z999AA10123456784")
    NumberCheck(ok=False, reason='bad_format', likely_carriers=('ups',))
    """
    normalised = normalise_tracking_number(number)
    if not normalised:
        return NumberCheck(False, EMPTY, ())
    code = carrier_code.strip().lower()
    if code not in CARRIERS:
        if listed(code) is not None:
            # 17TRACK or Kuaidi100 tracks it: not a wrong carrier (seed FAQ 3); they publish
            # no number formats, so any non-empty number is taken.
            return NumberCheck(True, OK, ())
        return NumberCheck(False, UNKNOWN_CARRIER, carriers_matching(normalised))
    if not _FORMATS[code] or _matches(code, normalised):
        return NumberCheck(True, OK, ())
    others = tuple(c for c in carriers_matching(normalised) if c != code)
    return NumberCheck(False, BAD_FORMAT, others)


AUTO = "auto"
"""The proof form's "detect from the number" choice."""
OTHER = "other"
"""The proof form's "another carrier" choice: named in words, looked up in the lists."""


@dataclass(frozen=True)
class CarrierChoice:
    """The carrier a proof form's choice comes to: ``code``, or why not (``problem``:
    ``cannot_detect``, ``unknown_carrier``, ``ambiguous_carrier``) and the codes to offer."""

    code: str | None
    problem: str | None
    suggestions: tuple[str, ...]


def choose(choice: str, named: str, number: str) -> CarrierChoice:
    """The carrier of a proof: a code as chosen, the one the number's format names
    (:data:`AUTO`), or the listed carrier named in words (:data:`OTHER`).

    >>> choose("auto", "", "1Z999AA10123456784").code
    'ups'
    >>> choose("auto", "", "LX123456785CN").suggestions
    ('yanwen', 'chinapost')
    >>> choose("other", "acs worldwide express", "X1").code
    '17track:191092'
    >>> choose("other", "zzzz-no-such-carrier", "X1").problem
    'unknown_carrier'
    """
    picked = choice.strip().lower()
    if picked == AUTO:
        found = carriers_matching(number)
        if len(found) == 1:
            return CarrierChoice(found[0], None, ())
        return CarrierChoice(None, "cannot_detect", found)
    if picked != OTHER:
        return CarrierChoice(picked, None, ())
    in_registry = CARRIERS.get(named.strip().lower())
    if in_registry is not None:
        return CarrierChoice(in_registry.code, None, ())
    exact = find_exact(named)
    if exact:
        return CarrierChoice(exact[0].code, None, ())
    near = find(named)
    if len(near) == 1:
        return CarrierChoice(near[0].code, None, ())
    problem = "ambiguous_carrier" if near else "unknown_carrier"
    return CarrierChoice(None, problem, tuple(carrier.code for carrier in near))
