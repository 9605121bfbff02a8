"""The posts and China-origin postal lines of the demo and the texts of their tracking
events; postal stages abroad as the destination post reports them."""

from __future__ import annotations

from sellerstar.demo.carrier_model import Carrier, known, scans, tail

# Postal stages as the destination post reports them (UPU wording, e.g. via 17TRACK).
POSTAL_TAIL = tail(
    scans("Arrival at Destination", "Arrived at destination country"),
    scans("Held by Customs", "Customs clearance completed", "Item processed at sorting center"),
    ("Out for delivery",),
    ("Delivered", "Item delivered"),
)

CHINA_POST_ORIGIN = (
    scans("收寄局收寄", "已收寄"),  # acceptance: a physical scan, not pre-advice
    scans("出口总包互封开拆", "到达处理中心"),
    scans("出口总包直封封发", "交航"),
)

POSTAL: tuple[Carrier, ...] = (
    Carrier(
        "usps",
        "USPS",
        ("postal",),
        "usps",
        "en",
        *known("usps"),
        (
            scans("Accepted at USPS Origin Facility", "USPS in possession of item"),
            scans("Arrived at USPS Regional Facility"),
            scans("Departed USPS Regional Facility", "In Transit to Next Facility"),
            *tail(
                scans("Arrived at USPS Regional Destination Facility"),
                scans("Arrived at Post Office"),
                ("Out for Delivery",),
                ("Delivered, In/At Mailbox", "Delivered, Front Door/Porch"),
            ),
        ),
    ),
    Carrier(
        "4px",
        "4PX",
        ("express", "postal"),
        "4px",
        "en",
        *known("4px"),
        (
            scans("Inbound scan at 4PX sorting center"),
            scans("Outbound from 4PX sorting center"),
            scans("Departed from origin airport", "Handed over to airline"),
            *tail(
                scans("Arrived at destination airport"),
                scans("Customs clearance completed", "Handed over to last mile carrier"),
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
        *known("yunexpress"),
        (
            scans("Shipment picked up", "Arrived at YunExpress facility"),
            scans("Departed from YunExpress facility"),
            scans("Departed from airport of origin"),
            *tail(
                scans("Arrived at airport of destination"),
                scans("Customs clearance completed", "Handed over to last mile carrier"),
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
        *known("yanwen"),
        (
            scans("Picked up by Yanwen", "Received by Yanwen sorting center"),
            scans("Departed Yanwen sorting center"),
            scans("Handed over to airline"),
            *POSTAL_TAIL,
        ),
    ),
    Carrier(
        "cainiao",
        "Cainiao",
        ("postal", "express", "land"),
        "cainiao",
        "en",
        *known("cainiao"),
        (
            scans("Accepted by carrier", "Received by sorting center"),
            scans("Outbound in sorting center"),
            scans(
                "Departed from departure country/region", "Leaving from departure country/region"
            ),
            *POSTAL_TAIL,
        ),
    ),
    Carrier(
        "chinapost",
        "China Post",
        ("postal",),
        "s10:chinapost",
        "zh",
        *known("chinapost"),
        (*CHINA_POST_ORIGIN, *POSTAL_TAIL),
    ),
    Carrier(
        "ems",
        "China EMS",
        ("postal", "express"),
        "s10:ems",
        "zh",
        *known("ems"),
        (*CHINA_POST_ORIGIN, *POSTAL_TAIL),
    ),
    Carrier(
        "royalmail",
        "Royal Mail",
        ("postal",),
        "s10:royalmail",
        "en",
        *known("royalmail"),
        (
            scans("We've got it", "Item received"),
            scans("Item received at Mail Centre"),
            scans("Item has left Mail Centre"),
            *tail(
                scans("Item arrived at delivery office"),
                scans("Item received at delivery office"),
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
        *known("canadapost"),
        (
            scans("Item accepted at the Post Office"),
            scans("Item processed"),
            scans("Item in transit"),
            *tail(
                scans("Item processed at postal facility"),
                scans("Item arrived at the delivery office"),
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
        *known("auspost"),
        (
            scans("Received by Australia Post"),
            scans("Processed through facility"),
            scans("In transit"),
            *tail(
                scans("Processed through facility"),
                scans("Arrived at delivery facility"),
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
        *known("postnl"),
        (
            scans("The item has been received by PostNL"),
            scans("The item is at the sorting center"),
            scans("The item is in transit"),
            *tail(
                scans("The item has arrived in the destination country"),
                scans("The item is at the delivery depot"),
                ("The item is out for delivery",),
                ("The item has been delivered",),
            ),
        ),
    ),
)
