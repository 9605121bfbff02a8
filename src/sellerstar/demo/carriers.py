"""Carriers, their tracking-number formats and the texts of their tracking events.

Pure data (standard library only), so the pre-advice table can be reused by whatever
classifies events. A parcel's track runs through stage 0 (pre-advice: the carrier has the
electronic data only) and stages 1-7 (physical scans):

1 accepted, 2 processed at origin, 3 left origin, 4 arrived in the destination country,
5 cleared / in the destination network, 6 out for delivery, 7 delivered.

The pre-advice texts come from the domain's table
(:mod:`sellerstar.domain.pre_advice_texts`), which the classifier uses too; ``PRE_ADVICE``
names where each comes from: ``seed`` (the launch briefing's own list), ``public``
(carriers' help pages and tracking guides), ``assumed`` (plausible wording we could not
confirm; treat it as an example, not as the carrier's exact text).

>>> CARRIERS["ups"].pre_advice
('Shipper created a label, UPS has not received the package yet.',)
>>> is_pre_advice("fedex", "Shipment information sent to FedEx")
True
"""

from __future__ import annotations

from sellerstar.demo.carrier_model import IN_TRANSIT, STAGES, Carrier, Scan
from sellerstar.demo.carriers_express import EXPRESS
from sellerstar.demo.carriers_postal import POSTAL

_BY_CODE = {carrier.code: carrier for carrier in (*EXPRESS, *POSTAL)}
# The demo draws carriers in this order: changing it changes every generated marketplace.
_ORDER = (
    "ups",
    "fedex",
    "dhl",
    "usps",
    "aramex",
    "tnt",
    "4px",
    "yunexpress",
    "yanwen",
    "cainiao",
    "chinapost",
    "ems",
    "sfexpress",
    "royalmail",
    "canadapost",
    "auspost",
    "postnl",
    "dpd",
    "gls",
    "maersk",
    "cosco",
)
_CARRIER_LIST: tuple[Carrier, ...] = tuple(_BY_CODE[code] for code in _ORDER)

CARRIERS: dict[str, Carrier] = {carrier.code: carrier for carrier in _CARRIER_LIST}
CARRIER_CODES: tuple[str, ...] = tuple(CARRIERS)

# carrier code -> (pre-advice texts, where they come from)
PRE_ADVICE: dict[str, tuple[tuple[str, ...], str]] = {
    carrier.code: (carrier.pre_advice, carrier.pre_advice_source) for carrier in _CARRIER_LIST
}


def is_pre_advice(carrier: str, text: str) -> bool:
    """Whether ``text`` is one of ``carrier``'s known pre-advice texts (exact match)."""
    known = CARRIERS.get(carrier)
    return known is not None and text in known.pre_advice


def carriers_for(transport: str) -> tuple[Carrier, ...]:
    """Carriers that serve a transport."""
    return tuple(carrier for carrier in _CARRIER_LIST if transport in carrier.transports)


__all__ = [
    "CARRIERS",
    "CARRIER_CODES",
    "IN_TRANSIT",
    "PRE_ADVICE",
    "STAGES",
    "Carrier",
    "Scan",
    "carriers_for",
    "is_pre_advice",
]
