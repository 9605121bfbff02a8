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


def _known(code: str) -> tuple[tuple[str, ...], str]:
    """A carrier's pre-advice texts and their source, from the domain table."""
    known = PRE_ADVICE_TEXTS[code]
    return known.texts, known.source


def _s(*texts: str, status: str = IN_TRANSIT) -> tuple[Scan, ...]:
    return tuple(Scan(text, status) for text in texts)


def _tail(
    arrived: tuple[Scan, ...],
    cleared: tuple[Scan, ...],
    out: tuple[str, ...],
    delivered: tuple[str, ...],
) -> tuple[tuple[Scan, ...], ...]:
    return (
        arrived,
        cleared,
        _s(*out, status="out_for_delivery"),
        tuple(Scan(text, "delivered") for text in delivered),
    )


# Postal stages as the destination post reports them (UPU wording, e.g. via 17TRACK).
_POSTAL_TAIL = _tail(
    _s("Arrival at Destination", "Arrived at destination country"),
    _s("Held by Customs", "Customs clearance completed", "Item processed at sorting center"),
    ("Out for delivery",),
    ("Delivered", "Item delivered"),
)

_CHINA_POST_ORIGIN = (
    _s("收寄局收寄", "已收寄"),  # acceptance: a physical scan, not pre-advice
    _s("出口总包互封开拆", "到达处理中心"),
    _s("出口总包直封封发", "交航"),
)

_CARRIER_LIST: tuple[Carrier, ...] = (
    Carrier(
        "ups",
        "UPS",
        ("express", "air"),
        "ups",
        "en",
        *_known("ups"),
        (
            _s("Pickup Scan", "Origin Scan"),
            _s("Arrived at Facility", "Processing at UPS Facility"),
            _s("Departed from Facility"),
            *_tail(
                _s("Import Scan", "Arrived at Facility"),
                _s("Your package was released by the clearing agency.", "Import Scan"),
                ("Out For Delivery Today", "Loaded on Delivery Vehicle"),
                ("Delivered", "DELIVERED"),
            ),
        ),
    ),
    Carrier(
        "fedex",
        "FedEx",
        ("express", "air"),
        "fedex",
        "en",
        *_known("fedex"),
        (
            _s("Picked up", "Picked up, Package received after FedEx cutoff"),
            _s("Left FedEx origin facility", "Arrived at FedEx location"),
            _s("In transit", "Departed FedEx location"),
            *_tail(
                _s("Arrived at FedEx location", "International shipment release - Import"),
                _s("At local FedEx facility"),
                ("On FedEx vehicle for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "dhl",
        "DHL Express",
        ("express", "air"),
        "dhl",
        "en",
        *_known("dhl"),
        (
            _s("Shipment picked up"),
            _s(
                "Processed at HONG KONG - HONG KONG",
                "Arrived at Sort Facility HONG KONG - HONG KONG",
            ),
            _s("Departed Facility in HONG KONG - HONG KONG"),
            *_tail(
                _s("Arrived at Sort Facility", "Customs status updated"),
                _s("Clearance processing complete", "Processed for clearance"),
                ("With delivery courier",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "usps",
        "USPS",
        ("postal",),
        "usps",
        "en",
        *_known("usps"),
        (
            _s("Accepted at USPS Origin Facility", "USPS in possession of item"),
            _s("Arrived at USPS Regional Facility"),
            _s("Departed USPS Regional Facility", "In Transit to Next Facility"),
            *_tail(
                _s("Arrived at USPS Regional Destination Facility"),
                _s("Arrived at Post Office"),
                ("Out for Delivery",),
                ("Delivered, In/At Mailbox", "Delivered, Front Door/Porch"),
            ),
        ),
    ),
    Carrier(
        "aramex",
        "Aramex",
        ("express",),
        "aramex",
        "en",
        *_known("aramex"),
        (
            _s("Shipment picked up"),
            _s("Received at Origin Facility"),
            _s("Departed Origin Facility"),
            *_tail(
                _s("Arrived at Destination Facility"),
                _s("Cleared from Customs"),
                ("Out for Delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "tnt",
        "TNT",
        ("express",),
        "tnt",
        "en",
        *_known("tnt"),
        (
            _s("Collection from shipper"),
            _s("Received at origin depot"),
            _s("Departed from origin hub"),
            *_tail(
                _s("Arrived at destination hub"),
                _s("Import customs clearance completed"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "4px",
        "4PX",
        ("express", "postal"),
        "4px",
        "en",
        *_known("4px"),
        (
            _s("Inbound scan at 4PX sorting center"),
            _s("Outbound from 4PX sorting center"),
            _s("Departed from origin airport", "Handed over to airline"),
            *_tail(
                _s("Arrived at destination airport"),
                _s("Customs clearance completed", "Handed over to last mile carrier"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "yunexpress",
        "YunExpress",
        ("express", "postal"),
        "yunexpress",
        "en",
        *_known("yunexpress"),
        (
            _s("Shipment picked up", "Arrived at YunExpress facility"),
            _s("Departed from YunExpress facility"),
            _s("Departed from airport of origin"),
            *_tail(
                _s("Arrived at airport of destination"),
                _s("Customs clearance completed", "Handed over to last mile carrier"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "yanwen",
        "Yanwen",
        ("postal",),
        "s10:yanwen",
        "en",
        *_known("yanwen"),
        (
            _s("Picked up by Yanwen", "Received by Yanwen sorting center"),
            _s("Departed Yanwen sorting center"),
            _s("Handed over to airline"),
            *_POSTAL_TAIL,
        ),
    ),
    Carrier(
        "cainiao",
        "Cainiao",
        ("postal", "express", "land"),
        "cainiao",
        "en",
        *_known("cainiao"),
        (
            _s("Accepted by carrier", "Received by sorting center"),
            _s("Outbound in sorting center"),
            _s("Departed from departure country/region", "Leaving from departure country/region"),
            *_POSTAL_TAIL,
        ),
    ),
    Carrier(
        "chinapost",
        "China Post",
        ("postal",),
        "s10:chinapost",
        "zh",
        *_known("chinapost"),
        (*_CHINA_POST_ORIGIN, *_POSTAL_TAIL),
    ),
    Carrier(
        "ems",
        "China EMS",
        ("postal", "express"),
        "s10:ems",
        "zh",
        *_known("ems"),
        (*_CHINA_POST_ORIGIN, *_POSTAL_TAIL),
    ),
    Carrier(
        "sfexpress",
        "SF Express",
        ("express", "land"),
        "sfexpress",
        "zh",
        *_known("sfexpress"),
        (
            _s("顺丰速运 已收取快件"),
            _s("快件到达集散中心", "快件在集散中心完成分拣"),
            _s("快件已发出，离开始发地"),
            *_tail(
                _s("Shipment arrived at destination country"),
                _s("Customs clearance completed"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "royalmail",
        "Royal Mail",
        ("postal",),
        "s10:royalmail",
        "en",
        *_known("royalmail"),
        (
            _s("We've got it", "Item received"),
            _s("Item received at Mail Centre"),
            _s("Item has left Mail Centre"),
            *_tail(
                _s("Item arrived at delivery office"),
                _s("Item received at delivery office"),
                ("We've got it and it's out for delivery", "Out for delivery"),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "canadapost",
        "Canada Post",
        ("postal",),
        "canadapost",
        "en",
        *_known("canadapost"),
        (
            _s("Item accepted at the Post Office"),
            _s("Item processed"),
            _s("Item in transit"),
            *_tail(
                _s("Item processed at postal facility"),
                _s("Item arrived at the delivery office"),
                ("Item out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "auspost",
        "Australia Post",
        ("postal",),
        "s10:auspost",
        "en",
        *_known("auspost"),
        (
            _s("Received by Australia Post"),
            _s("Processed through facility"),
            _s("In transit"),
            *_tail(
                _s("Processed through facility"),
                _s("Arrived at delivery facility"),
                ("Onboard for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "postnl",
        "PostNL",
        ("postal",),
        "postnl",
        "en",
        *_known("postnl"),
        (
            _s("The item has been received by PostNL"),
            _s("The item is at the sorting center"),
            _s("The item is in transit"),
            *_tail(
                _s("The item has arrived in the destination country"),
                _s("The item is at the delivery depot"),
                ("The item is out for delivery",),
                ("The item has been delivered",),
            ),
        ),
    ),
    Carrier(
        "dpd",
        "DPD",
        ("express", "land"),
        "dpd",
        "en",
        *_known("dpd"),
        (
            _s("Parcel has been handed over to DPD"),
            _s("At parcel delivery centre"),
            _s("In transit"),
            *_tail(
                _s("At parcel delivery centre"),
                _s("Parcel is in the terminal"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "gls",
        "GLS",
        ("express", "land"),
        "gls",
        "en",
        *_known("gls"),
        (
            _s("The parcel was handed over to GLS."),
            _s("The parcel has reached the parcel center."),
            _s("The parcel has left the parcel center."),
            *_tail(
                _s("The parcel has reached the parcel center."),
                _s("The parcel has reached the final parcel center."),
                ("The parcel is expected to be delivered during the day.",),
                ("The parcel has been delivered.",),
            ),
        ),
    ),
    Carrier(
        "maersk",
        "Maersk",
        ("sea",),
        "maersk",
        "en",
        *_known("maersk"),
        (
            _s("Gate in"),
            _s("Load"),
            _s("Vessel departure"),
            *_tail(
                _s("Vessel arrival"),
                _s("Discharge", "Import customs cleared"),
                ("Gate out for delivery",),
                ("Delivered to consignee",),
            ),
        ),
    ),
    Carrier(
        "cosco",
        "COSCO Shipping",
        ("sea",),
        "cosco",
        "en",
        *_known("cosco"),
        (
            _s("Gate in at origin terminal"),
            _s("Loaded on vessel"),
            _s("Vessel departed"),
            *_tail(
                _s("Vessel arrived"),
                _s("Discharged", "Import customs cleared"),
                ("Gate out for delivery",),
                ("Delivered to consignee",),
            ),
        ),
    ),
)

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
