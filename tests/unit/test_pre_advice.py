"""The pre-advice classifier: seed examples, status precedence, text rules, the model."""

from __future__ import annotations

import pytest

from sellerstar.demo import carriers as demo_carriers
from sellerstar.domain import pre_advice
from sellerstar.domain.pre_advice import Verdict, classify, is_pre_advice
from sellerstar.domain.pre_advice_texts import PRE_ADVICE_TEXTS

# Rulebook §1.4, "Known pre-advice texts (examples, not exhaustive)".
RULEBOOK_EXAMPLES = [
    ("ups", "Shipper created a label, UPS has not received the package yet"),
    ("fedex", "Shipment information sent to FedEx"),
    ("aramex", "Record created"),
    ("4px", "Parcel information received"),
    ("usps", "Pre-Shipment Info Sent to USPS, USPS Awaiting Item"),
    ("usps", "Picked Up by Shipping Partner, USPS Awaiting Item"),
]


@pytest.mark.parametrize(("carrier", "text"), RULEBOOK_EXAMPLES)
def test_rulebook_examples_are_pre_advice(carrier: str, text: str) -> None:
    assert classify(carrier, text) == Verdict(True, "known_text")
    # The seed names the carrier loosely ("Aramax"): the text alone still decides.
    assert is_pre_advice(None, text)
    assert is_pre_advice("some-other-carrier", text.upper() + " ")


def test_a_known_text_beats_a_physical_status() -> None:
    # USPS's "Picked Up by Shipping Partner" is filed as in transit by some feeds.
    text = "Picked Up by Shipping Partner, USPS Awaiting Item"
    assert classify("usps", text, status="in_transit") == Verdict(True, "known_text")


@pytest.mark.parametrize(
    "status", ["info_received", "InfoReceived", "InfoReceived_001", "INFO-RECEIVED", "101", "102"]
)
def test_info_received_status_makes_any_text_pre_advice(status: str) -> None:
    assert classify("fedex", "Picked up", status=status) == Verdict(True, "status")


@pytest.mark.parametrize(
    "status",
    [
        "in_transit",
        "InTransit_PickedUp",
        "out_for_delivery",
        "available_for_pickup",
        "delivered",
        "attempt_fail",
        "DeliveryFailure",
        "103",
    ],
)
def test_a_physical_status_beats_the_text_rules(status: str) -> None:
    # "Label created" alone would be pre-advice by the text rules.
    assert classify("ups", "Label created", status=status) == Verdict(False, "status")


@pytest.mark.parametrize("status", [None, "", "exception", "expired", "not_found", "whatever"])
def test_other_statuses_leave_it_to_the_text(status: str | None) -> None:
    label = "Label created, awaiting item"  # a hand rule's wording the corpus does not hold
    assert classify("ups", label, status=status) == Verdict(True, "text:label_created")
    # A text of the labelled corpus keeps its label; an unseen one goes to the model.
    assert classify("ups", "Departure Scan", status=status) == Verdict(False, "labelled_text")
    unseen = classify("ups", "Departure scan at the Leipzig hub", status=status)
    assert not unseen.pre_advice and unseen.rule.startswith("model:")


def test_an_empty_text_without_a_deciding_status_is_a_real_scan() -> None:
    assert classify("ups", "  ") == Verdict(False, "no_text")
    assert classify("ups", "", status="InfoReceived") == Verdict(True, "status")


def test_a_batch_gives_the_verdicts_of_one_by_one() -> None:
    events = [
        ("ups", "Origin Scan", None),
        ("usps", "Shipping Label Created, USPS Awaiting Item", None),
        ("fedex", "Picked up", "info_received"),
        ("ups", "Origin Scan", None),
        ("postnl", "Zending voorgemeld", None),
        ("zto", "", None),
    ]
    assert pre_advice.classify_many(events) == [classify(*event) for event in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已下单", True),
        ("商品已下单", True),
        ("包裹正在等待揽收", True),
        ("待揽收", True),
        ("快递员未去取件", True),
        ("商家正通知快递公司揽件", True),
        ("电子信息已收到", True),
        ("揽收前", True),
        ("【广州市】 【广州嘉禾】 的 唐晖2（13392115165） 已揽收", False),
        ("收寄局收寄", False),
        ("【天津转运中心公司】 已收入", False),
        ("快件已签收，签收人：快递代收点", False),
        ("【苏州市】 快件离开 【昆常转运中心】 已发往 【常熟天下淘宝四】", False),
    ],
)
def test_chinese_texts(text: str, expected: bool) -> None:
    assert is_pre_advice(None, text) is expected
    assert is_pre_advice("chinapost", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Picked Up", False),
        ("Origin Scan", False),
        ("Accepted at USPS Origin Facility", False),
        ("USPS in possession of item", False),
        (
            "Carrier has accepted or picked up shipment from shipper. The shipment is on the way.",
            False,
        ),
        ("Package picked up by the customer", False),
        ("Customs Clearance / Awaiting Customs Clearance", False),
        ("Label Created Not Yet in System", True),
        ("We’re expecting it", True),  # typographic apostrophe
        ("Electronic Shipping Info Received", True),
    ],
)
def test_hard_cases_in_english(text: str, expected: bool) -> None:
    assert is_pre_advice(None, text) is expected


def test_carrier_rules_fire_for_their_carrier_only() -> None:
    # A bare "Advised" or "Order processed" means pre-advice only in these carriers' feeds.
    assert pre_advice.text_rule("royalmail", "Advised") == "royalmail_advised"
    assert pre_advice.text_rule("ups", "Order Processed: Ready for UPS") == "ups_order_processed"
    assert pre_advice.text_rule("dhl", "Advised") is None
    assert pre_advice.text_rule("4px", "Order processed") is None
    assert pre_advice.text_rule(None, "Order processed") is None
    assert classify("royalmail", "Advised").pre_advice


def test_every_text_rule_has_a_unique_name_and_fires() -> None:
    names = [rule.name for rule in pre_advice.TEXT_RULES]
    assert len(names) == len(set(names))
    fired = {
        "label_created": "Label Created",
        "pre_shipment": "Pre-Shipment",
        "awaiting_item": "USPS Awaiting Item",
        "not_yet_received": "Carrier has not received the package",
        "information_received": "Billing Information Received",
        "electronic_information": "Electronic Notification",
        "pre_advised": "The item is pre-advised today",
        "about_to_pick_up": "The package is about to be picked up.",
        "record_created": "Order created",
        "preparing_shipment": "Origin Post is Preparing Shipment",
        "shipment_expected": "We're expecting it",
        "sender_preparing": "Sender despatching your item",
        "despatched_to_royal_mail": "Item despatched to Royal Mail",
        "royalmail_advised": "advised",
        "ups_order_processed": "Order Processed: Ready for UPS",
        "ups_in_transit_to_ups": "Package is in transit to a UPS facility",
        "de_announced": "Elektronische Benachrichtigung erhalten",
        "de_order_data": "Die Auftragsdaten wurden übermittelt",
        "de_pickup_pending": "Der Abholauftrag wurde an den Zusteller übermittelt.",
        "de_information_received": "Informationen empfangen",
        "fr_not_yet_with_carrier": "Il n'est pas encore pris en charge par La Poste",
        "zh_order_placed": "已下单",
        "zh_awaiting_pickup": "待揽件",
        "zh_notifying_courier": "商家正在通知快递公司揽件",
        "zh_electronic_information": "电子信息已收到",
    }
    assert set(fired) == set(names)
    carriers = {"royalmail_advised": "royalmail", "ups_order_processed": "ups"}
    for name, text in fired.items():
        assert pre_advice.text_rule(carriers.get(name), text) == name, name
        assert classify(carriers.get(name), text).pre_advice, name


def test_demo_stage_texts_are_classified_as_their_stage() -> None:
    # The demo writes its own table: stage 0 is pre-advice, stages 1..7 physical scans.
    for carrier in demo_carriers.CARRIERS.values():
        for scan in carrier.stage_texts(0):
            assert is_pre_advice(carrier.code, scan.text), (carrier.code, scan.text)
        for stage in range(1, demo_carriers.STAGES):
            for scan in carrier.stage_texts(stage):
                verdict = classify(carrier.code, scan.text, status=scan.status)
                assert not verdict.pre_advice, (carrier.code, scan.text)
                assert not is_pre_advice(carrier.code, scan.text), (carrier.code, scan.text)


def test_the_demo_uses_the_domain_table() -> None:
    for code, (texts, source) in demo_carriers.PRE_ADVICE.items():
        assert PRE_ADVICE_TEXTS[code] == (texts, source)
