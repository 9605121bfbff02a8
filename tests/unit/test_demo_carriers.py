"""The demo's carrier table: pre-advice texts and stage texts are usable for classification."""

from __future__ import annotations

from sellerstar.contract import EVENT_STATUSES
from sellerstar.demo.carriers import CARRIERS, PRE_ADVICE, STAGES, is_pre_advice

# The launch briefing's own examples (rulebook §1.4); the seed spells Aramex "Aramax".
SEED_PRE_ADVICE = {
    "ups": "Shipper created a label, UPS has not received the package yet.",
    "fedex": "Shipment information sent to FedEx",
    "aramex": "Record created.",
    "4px": "Parcel information received",
}
SEED_USPS = (
    "Pre-Shipment Info Sent to USPS, USPS Awaiting Item",
    "Picked Up by Shipping Partner, USPS Awaiting Item",
)
REQUIRED_CARRIERS = {
    "ups", "fedex", "dhl", "usps", "aramex", "tnt", "4px", "yunexpress", "yanwen", "cainiao",
    "chinapost", "ems", "sfexpress", "royalmail", "canadapost", "auspost", "postnl", "dpd", "gls",
}  # fmt: skip


def test_the_seed_pre_advice_texts_are_in_the_table() -> None:
    for carrier, text in SEED_PRE_ADVICE.items():
        assert is_pre_advice(carrier, text)
        assert PRE_ADVICE[carrier][1] == "seed"
    assert all(is_pre_advice("usps", text) for text in SEED_USPS)


def test_every_required_carrier_has_pre_advice_and_seven_physical_stages() -> None:
    assert set(CARRIERS) >= REQUIRED_CARRIERS
    for carrier in CARRIERS.values():
        assert carrier.pre_advice, carrier.code
        assert carrier.pre_advice_source in {"seed", "public", "assumed"}
        assert len(carrier.scans) == STAGES - 1, carrier.code
        assert all(carrier.scans), carrier.code


def test_no_physical_scan_reads_as_pre_advice() -> None:
    # Otherwise a parcel with one real scan would look like pre-advice only.
    for carrier in CARRIERS.values():
        for stage in range(1, STAGES):
            for scan in carrier.stage_texts(stage):
                assert not is_pre_advice(carrier.code, scan.text), (carrier.code, scan.text)
    # China Post's acceptance (收寄) is a physical scan, not pre-advice.
    assert not is_pre_advice("chinapost", "收寄局收寄")


def test_statuses_are_contract_codes_and_follow_the_stage() -> None:
    for carrier in CARRIERS.values():
        assert {s.status for s in carrier.stage_texts(0)} == {"info_received"}
        for stage in range(1, STAGES):
            assert {s.status for s in carrier.stage_texts(stage)} <= EVENT_STATUSES
        assert {s.status for s in carrier.stage_texts(7)} == {"delivered"}


def test_unknown_carrier_has_no_pre_advice() -> None:
    assert not is_pre_advice("pigeon", "Shipment information received")
