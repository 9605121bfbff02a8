"""The express, road and sea carriers of the demo and the texts of their tracking events
(origin-side texts in English)."""

from __future__ import annotations

from sellerstar.demo.carrier_model import Carrier, known, scans, tail

EXPRESS: tuple[Carrier, ...] = (
    Carrier(
        "ups",
        "UPS",
        ("express", "air"),
        "ups",
        "en",
        *known("ups"),
        (
            scans("Pickup Scan", "Origin Scan"),
            scans("Arrived at Facility", "Processing at UPS Facility"),
            scans("Departed from Facility"),
            *tail(
                scans("Import Scan", "Arrived at Facility"),
                scans("Your package was released by the clearing agency.", "Import Scan"),
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
        *known("fedex"),
        (
            scans("Picked up", "Picked up, Package received after FedEx cutoff"),
            scans("Left FedEx origin facility", "Arrived at FedEx location"),
            scans("In transit", "Departed FedEx location"),
            *tail(
                scans("Arrived at FedEx location", "International shipment release - Import"),
                scans("At local FedEx facility"),
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
        *known("dhl"),
        (
            scans("Shipment picked up"),
            scans(
                "Processed at HONG KONG - HONG KONG",
                "Arrived at Sort Facility HONG KONG - HONG KONG",
            ),
            scans("Departed Facility in HONG KONG - HONG KONG"),
            *tail(
                scans("Arrived at Sort Facility", "Customs status updated"),
                scans("Clearance processing complete", "Processed for clearance"),
                ("With delivery courier",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "aramex",
        "Aramex",
        ("express",),
        "aramex",
        "en",
        *known("aramex"),
        (
            scans("Shipment picked up"),
            scans("Received at Origin Facility"),
            scans("Departed Origin Facility"),
            *tail(
                scans("Arrived at Destination Facility"),
                scans("Cleared from Customs"),
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
        *known("tnt"),
        (
            scans("Collected from shipper"),
            scans("Received at origin depot"),
            scans("Departed from origin hub"),
            *tail(
                scans("Arrived at destination hub"),
                scans("Import customs clearance completed"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "sfexpress",
        "SF Express",
        ("express", "land"),
        "sfexpress",
        "zh",
        *known("sfexpress"),
        (
            scans("顺丰速运 已收取快件"),
            scans("快件到达集散中心", "快件在集散中心完成分拣"),
            scans("快件已发出，离开始发地"),
            *tail(
                scans("Shipment arrived at destination country"),
                scans("Customs clearance completed"),
                ("Out for delivery",),
                ("Delivered",),
            ),
        ),
    ),
    Carrier(
        "dpd",
        "DPD",
        ("express", "land"),
        "dpd",
        "en",
        *known("dpd"),
        (
            scans("Parcel has been handed over to DPD"),
            scans("At parcel delivery centre"),
            scans("In transit"),
            *tail(
                scans("At parcel delivery centre"),
                scans("Parcel is in the terminal"),
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
        *known("gls"),
        (
            scans("The parcel was handed over to GLS."),
            scans("The parcel has reached the parcel center."),
            scans("The parcel has left the parcel center."),
            *tail(
                scans("The parcel has reached the parcel center."),
                scans("The parcel has reached the final parcel center."),
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
        *known("maersk"),
        (
            scans("Gate in"),
            scans("Load"),
            scans("Vessel departure"),
            *tail(
                scans("Vessel arrival"),
                scans("Discharge", "Import customs cleared"),
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
        *known("cosco"),
        (
            scans("Gate in at origin terminal"),
            scans("Loaded on vessel"),
            scans("Vessel departed"),
            *tail(
                scans("Vessel arrived"),
                scans("Discharged", "Import customs cleared"),
                ("Gate out for delivery",),
                ("Delivered to consignee",),
            ),
        ),
    ),
)
