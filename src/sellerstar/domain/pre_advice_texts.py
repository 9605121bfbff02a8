"""Known pre-advice texts per carrier: the first event of a parcel the carrier does not have.

Pre-advice ("label created, no parcel yet") is the electronic notice a shipper sends
before handing the parcel over; from the second event on, tracking reflects the physical
parcel (rulebook §1.2, §1.4). :mod:`sellerstar.domain.pre_advice` treats every text here
as pre-advice whatever a feed's status says, and the demo generator writes them as the
first event of its parcels.

``source`` says where each text comes from: ``seed`` (the launch briefing's own list),
``public`` (carriers' help pages and tracking guides), ``assumed`` (plausible wording we
could not confirm; an example, not the carrier's exact text).

>>> PRE_ADVICE_TEXTS["ups"].texts
('Shipper created a label, UPS has not received the package yet.',)
>>> PRE_ADVICE_TEXTS["4px"].source
'seed'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class KnownTexts(NamedTuple):
    texts: tuple[str, ...]
    source: str  # seed | public | assumed


_TABLE: dict[str, KnownTexts] = {
    "ups": KnownTexts(("Shipper created a label, UPS has not received the package yet.",), "seed"),
    "fedex": KnownTexts(("Shipment information sent to FedEx",), "seed"),
    "dhl": KnownTexts(("Shipment information received",), "public"),
    "usps": KnownTexts(
        (
            "Pre-Shipment Info Sent to USPS, USPS Awaiting Item",
            "Picked Up by Shipping Partner, USPS Awaiting Item",
            "Shipping Label Created, USPS Awaiting Item",
        ),
        "seed",
    ),
    # The seed spells Aramex "Aramax".
    "aramex": KnownTexts(("Record created.",), "seed"),
    "tnt": KnownTexts(("Shipment information received",), "public"),
    "4px": KnownTexts(("Parcel information received",), "seed"),
    "yunexpress": KnownTexts(("Shipment information received",), "assumed"),
    "yanwen": KnownTexts(("Information received",), "assumed"),
    "cainiao": KnownTexts(("Order information received by carrier",), "assumed"),
    "chinapost": KnownTexts(("邮件信息已录入", "Electronic information received"), "assumed"),
    "ems": KnownTexts(("快件信息已录入", "已下单"), "assumed"),
    "sfexpress": KnownTexts(("已下单",), "assumed"),
    "royalmail": KnownTexts(("Sender despatching item", "Sender preparing item"), "public"),
    "canadapost": KnownTexts(("Electronic information submitted by shipper",), "public"),
    "auspost": KnownTexts(
        (
            "Shipping information received by Australia Post",
            "Shipping information approved by Australia Post",
        ),
        "public",
    ),
    "postnl": KnownTexts(
        ("The item is pre-advised", "Shipment expected, not yet at PostNL"), "public"
    ),
    "dpd": KnownTexts(("Order information has been transmitted to DPD.",), "public"),
    "gls": KnownTexts(
        (
            "The parcel data was entered into the GLS IT system; "
            "the parcel was not yet handed over to GLS.",
        ),
        "public",
    ),
    "maersk": KnownTexts(("Booking confirmed",), "assumed"),
    "cosco": KnownTexts(("Booking confirmed",), "assumed"),
}

PRE_ADVICE_TEXTS: Mapping[str, KnownTexts] = MappingProxyType(_TABLE)
