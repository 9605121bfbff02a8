"""The radar's detection: every normalisation step, and both sides of each near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import Finding, IpRight, ProductText
from sellerstar.rules import load_rulebook
from sellerstar.rules.radar_detection import RadarDetection

RIGHTS = [
    IpRight("gucci", "Gucci", "trademark", "Gucci", ("古驰",), None),
    IpRight("lv", "LVMH", "trademark", "Louis Vuitton", ("LV", "路易威登"), None),
    IpRight("nike", "Nike", "trademark", "Nike", ("耐克",), None),
    IpRight("adidas", "adidas", "trademark", "adidas", ("阿迪达斯",), None),
    IpRight("chanel", "Chanel", "trademark", "Chanel", ("香奈儿",), None),
    IpRight("hermes", "Hermès", "trademark", "Hermès", ("Hermes",), None),
    IpRight("apple", "Apple Inc.", "trademark", "Apple", ("苹果",), None),
    IpRight("iphone", "Apple Inc.", "trademark", "iPhone", (), None),
    IpRight("airpods", "Apple Inc.", "patent", "AirPods", (), None),
    IpRight("magsafe", "Apple Inc.", "patent", "MagSafe", (), None),
    IpRight("anta", "Anta", "trademark", "Anta", ("安踏",), None),
    IpRight("jbl", "Harman", "trademark", "JBL", (), None),
    IpRight("dove", "Unilever", "trademark", "Dove", ("多芬",), None),
    IpRight("kitty", "Sanrio", "trademark", "Hello Kitty", ("凯蒂猫",), None),
]


@pytest.fixture(scope="module")
def rules() -> RadarDetection:
    rule_set = load_rulebook().in_force(dt.date(2022, 11, 9))
    assert rule_set.product_radar is not None
    return rule_set.product_radar.detection


@pytest.fixture(scope="module")
def detector(rules: RadarDetection) -> Detector:
    return Detector.build(RIGHTS, rules, None)


def scan(
    detector: Detector,
    title: str,
    description: str | None = None,
    brand: str | None = None,
) -> dict[str, Finding]:
    product = ProductText("p1", title, description, brand, None)
    findings = detector.scan(product, None)
    assert len({f.right_id for f in findings}) == len(findings)  # one per right
    for finding in findings:
        text = {"title": title, "description": description, "brand": brand}[finding.field]
        assert text is not None
        assert text[finding.span_start : finding.span_end] == finding.matched_text
        assert 0 <= finding.score <= 1
    return {f.right_id: f for f in findings}


@pytest.mark.parametrize(
    ("title", "right", "matched", "step"),
    [
        ("Gucci Leather Belt", "gucci", "Gucci", "exact"),
        ("new GUCCI belt", "gucci", "GUCCI", "case_width"),
        ("Ｇｕｃｃｉ belt", "gucci", "Ｇｕｃｃｉ", "case_width"),
        ("Gücci belt", "gucci", "Gücci", "accent"),
        ("Hermes scarf", "hermes", "Hermes", "alias"),  # the alias without the accent
        ("Hêrmes scarf", "hermes", "Hêrmes", "accent"),
        ("Gυcci belt", "gucci", "Gυcci", "homoglyph"),  # Greek upsilon
        ("Nіke running shoes", "nike", "Nіke", "homoglyph"),  # Cyrillic i
        ("N1ke running shoes", "nike", "N1ke", "leetspeak"),
        ("Ad1da$ sneakers", "adidas", "Ad1da$", "leetspeak"),
        ("G-U-C-C-I wallet", "gucci", "G-U-C-C-I", "spacing"),
        ("L V monogram tote", "lv", "L V", "spacing"),
        ("Gu cci wallet", "gucci", "Gu cci", "spacing"),
        ("N\u200bike shoes", "nike", "N\u200bike", "spacing"),  # a zero-width space
        ("LouisVuitton bag", "lv", "LouisVuitton", "spacing"),
        ("Louis-Vuitton bag", "lv", "Louis-Vuitton", "spacing"),
        ("LV canvas bag", "lv", "LV", "alias"),
        ("Guccii belt", "gucci", "Guccii", "misspelling"),
        ("Addidas sneakers", "adidas", "Addidas", "misspelling"),
        ("耐克运动鞋 透气", "nike", "耐克", "chinese"),
        ("热卖 路易威登手提包", "lv", "路易威登", "chinese"),
    ],
)
def test_each_step_finds_the_mark_and_its_span(
    detector: Detector, title: str, right: str, matched: str, step: str
) -> None:
    finding = scan(detector, title)[right]
    assert (finding.matched_text, finding.field, finding.step) == (matched, "title", step)


def test_the_span_is_in_the_description_when_the_mark_is_there(detector: Detector) -> None:
    description = "Soft leather. Same design as Gucci, top quality."
    finding = scan(detector, "Leather belt", description)["gucci"]
    assert finding.field == "description"
    assert (finding.span_start, finding.span_end) == (29, 34)


def test_the_declared_brand_is_a_finding_of_its_own(detector: Detector) -> None:
    found = scan(detector, "Running shoes breathable", brand="NIKE")
    assert found["nike"].step == "brand_field"
    assert found["nike"].field == "brand"
    assert scan(detector, "Running shoes", brand="耐克")["nike"].step == "brand_field"
    assert scan(detector, "Running shoes", brand="Kevlon") == {}


def test_one_finding_per_right_the_best_scoring(detector: Detector) -> None:
    found = scan(detector, "Guccii belt", "Gucci style belt, Gυcci quality")
    assert set(found) == {"gucci"}
    assert found["gucci"].step == "exact"
    assert found["gucci"].score == 1.0


@pytest.mark.parametrize(
    ("title", "right"),
    [
        ("Guci belt", "gucci"),  # 5 letters: one letter dropped
        ("Gucic belt", "gucci"),  # two letters swapped
        ("Nyke shoes", "nike"),  # 4 letters: one letter changed
        ("Nikee shoes", "nike"),  # or doubled
        ("JBI speaker", "jbl"),  # 3 letters: I for l
        ("Louis Viuton bag", "lv"),  # 12 letters: two edits
    ],
)
def test_a_misspelling_within_the_edits_allowed_is_found(
    detector: Detector, title: str, right: str
) -> None:
    assert scan(detector, title)[right].step == "misspelling"


@pytest.mark.parametrize(
    "title",
    [
        "Gicco belt",  # 5 letters, two edits
        "Snike shoes",  # 4 letters: a letter added that is not a doubled one
        "JBX speaker",  # 3 letters: any other change
        "Luis Vuiton bags",  # three edits
    ],
)
def test_a_misspelling_beyond_the_edits_allowed_is_not(detector: Detector, title: str) -> None:
    assert scan(detector, title) == {}


def test_the_word_channel_is_not_chanel_in_a_normal_sentence(detector: Detector) -> None:
    assert scan(detector, "4-Channel Relay Module 5V") == {}
    assert scan(detector, "Digital TV Channel Receiver", "Finds every TV channel.") == {}
    found = scan(detector, "Channel No5 Perfume Style Women 100ml")
    assert found["chanel"].step == "misspelling"


def test_a_mark_inside_another_word_is_not_found(detector: Detector) -> None:
    assert scan(detector, "slvtote canvas bag") == {}
    assert scan(detector, "Applewood cutting board") == {}
    assert scan(detector, "Gucciano family pasta") == {}
    assert scan(detector, "平安踏实 保温杯") == {}  # 安踏 across two words
    assert set(scan(detector, "安踏 运动鞋")) == {"anta"}
    assert set(scan(detector, "LV2024 tote")) == {"lv"}  # a number after the mark


def test_a_capital_inside_a_word_starts_a_new_one(detector: Detector) -> None:
    assert set(scan(detector, "AppleWatch band")) == {"apple"}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("fresh apple juice 1L", None),
        ("Fresh Apple Juice 1L", "Cold pressed."),
        ("Apple Slicer Stainless Steel", "Cuts an apple in one push."),
        ("White Dove Ceramic Figurine", "Hand painted bird."),
        ("新鲜苹果 10斤装", None),
        ("苹果干 即食零食", None),
    ],
)
def test_an_everyday_word_used_as_that_word_is_no_finding(
    detector: Detector, title: str, description: str | None
) -> None:
    assert scan(detector, title, description) == {}


@pytest.mark.parametrize(
    ("title", "right"),
    [
        ("Apple iPhone 15 Case Silicone", "apple"),
        ("Apple Watch Band Nylon", "apple"),
        ("Dove Body Wash 1L", "dove"),
        ("苹果手机壳 液态硅胶", "apple"),
        ("dove同款唇彩", "dove"),
        ("D.O.V.E. serum", "dove"),  # a disguise is never the everyday word
    ],
)
def test_an_everyday_word_in_a_brand_position_is_a_finding(
    detector: Detector, title: str, right: str
) -> None:
    assert right in scan(detector, title)


def test_compatibility_wording_follows_the_switch(rules: RadarDetection) -> None:
    allowing = Detector.build(RIGHTS, rules, None)
    strict = Detector.build(
        RIGHTS, rules.model_copy(update={"allow_compatibility_wording": False}), None
    )
    for title, rights in [
        ("Silicone Case for AirPods Pro 2", {"airpods"}),
        ("Screen Protector Compatible with iPhone 14", {"iphone"}),
        ("Magnetic Ring MagSafe Compatible", {"magsafe"}),
        ("适用于苹果 充电线", {"apple"}),
    ]:
        assert scan(allowing, title) == {}, title
        assert set(scan(strict, title)) == rights, title
    # The wording does not launder a mark used as the product's own brand.
    title = "N1ke Sport Band for Apple Watch Series 9"
    assert set(scan(allowing, title)) == {"nike"}
    assert set(scan(strict, title)) == {"nike", "apple"}


def test_findings_below_the_minimum_score_are_not_reported(rules: RadarDetection) -> None:
    picky = Detector.build(RIGHTS, rules.model_copy(update={"min_score": 0.9}), None)
    assert scan(picky, "Addidas sneakers") == {}  # a misspelling scores 0.8
    assert set(scan(picky, "adidas sneakers")) == {"adidas"}


def test_a_detector_without_rights_finds_nothing(rules: RadarDetection) -> None:
    empty = Detector.build([], rules, None)
    assert empty.scan(ProductText("p", "Gucci belt 耐克", None, None, None), None) == []


def test_the_rule_set_refuses_inconsistent_detection_numbers(rules: RadarDetection) -> None:
    from pydantic import ValidationError

    data = rules.model_dump()
    RadarDetection.model_validate({**data, "fuzzy_two_edits_min_length": 5})
    with pytest.raises(ValidationError, match="greater than fuzzy_min_length"):
        RadarDetection.model_validate({**data, "fuzzy_two_edits_min_length": 4})
    with pytest.raises(ValidationError, match="unknown step 'typo'"):
        RadarDetection.model_validate({**data, "step_scores": {**data["step_scores"], "typo": 0.5}})
    with pytest.raises(ValidationError, match="step_scores lacks image"):
        scores = {k: v for k, v in data["step_scores"].items() if k != "image"}
        RadarDetection.model_validate({**data, "step_scores": scores})
    with pytest.raises(ValidationError, match=r"below 0\.25"):
        RadarDetection.model_validate({**data, "image_crops": (0.0, 0.25)})


def test_chinese_misspellings_by_sound_or_one_character(detector: Detector) -> None:
    assert scan(detector, "香奈尔香水 淡香")["chanel"].step == "misspelling"  # same sound
    assert scan(detector, "工厂直供路易威顿风格")["lv"].matched_text == "路易威顿"  # one off
    assert scan(detector, "耐磨防滑 劳保鞋") == {}  # another sound, two characters
    assert scan(detector, "阿迪达斯同款") != {}
    assert scan(detector, "阿迪大师 书法") == {}  # 4 characters, two of them other


def test_a_real_word_that_sounds_like_a_mark_needs_a_cue(rules: RadarDetection) -> None:
    rights = [
        IpRight("huawei", "Huawei", "trademark", "Huawei", ("华为",), None),
        IpRight("bosch", "Bosch", "trademark", "Bosch", ("博世",), None),
        IpRight("bose", "Bose", "trademark", "Bose", ("博士",), None),
    ]
    detector = Detector.build(rights, rules, None)
    assert scan(detector, "梦想化为现实 保温杯") == {}  # 化为 (become) sounds like 华为
    assert set(scan(detector, "博世 电钻 18V")) == {"bosch"}  # another mark, not 博士 misspelt
    assert set(scan(detector, "博士耳机 降噪")) == {"bose"}
    assert scan(detector, "博士帽 毕业季") == {}  # the dictionary's word: a doctor's cap


def test_a_mark_cut_in_two_by_a_space_is_found(detector: Detector) -> None:
    assert scan(detector, "N ike running shoes")["nike"].step == "spacing"
    assert scan(detector, "Adi das sneakers")["adidas"].matched_text == "Adi das"
    assert scan(detector, "12v ike adapter") == {}  # the v of a model number is no letter of a mark


def test_a_mark_of_several_everyday_words_used_as_those_words(rules: RadarDetection) -> None:
    rights = [IpRight("gw", "Great Wall Motor", "trademark", "Great Wall", ("长城",), None)]
    detector = Detector.build(rights, rules, None)
    assert scan(detector, "Beijing Great Wall Fridge Magnet") == {}  # a landmark
    assert scan(detector, "Souvenir magnet", "A view of the great wall at dawn.") == {}
    assert set(scan(detector, "Great Wall Haval H6 Floor Mats")) == {"gw"}
    assert scan(detector, "万里长城 纪念冰箱贴") == {}  # inside the dictionary's word
    assert set(scan(detector, "长城 哈弗H6 脚垫")) == {"gw"}  # at the lead, a model code
    assert scan(detector, "北京 长城 纪念品") == {}  # a place name, with no evidence


def test_compatible_after_the_mark_is_compatibility_wording(rules: RadarDetection) -> None:
    rights = [IpRight("lego", "LEGO", "trademark", "LEGO", ("乐高",), None), *RIGHTS]
    detector = Detector.build(rights, rules, None)
    assert scan(detector, "LEGO Technic Compatible Building Blocks") == {}
    # Here "compatible" introduces the device; the print names a brand of its own.
    found = scan(detector, "Gucci Print Silicone Cover Compatible with AirPods 3")
    assert set(found) == {"gucci"}


def test_a_misspelt_mark_of_several_words_even_when_each_is_a_word(
    rules: RadarDetection,
) -> None:
    rights = [IpRight("ua", "Under Armour", "trademark", "Under Armour", (), None)]
    detector = Detector.build(rights, rules, None)
    assert scan(detector, "Under Armor Hoodie Men")["ua"].step == "misspelling"
    assert scan(detector, "Under - Armour Hoodie")["ua"].step == "spacing"
    assert scan(detector, "wear it under armor plates") == {}  # lower case: the words


@pytest.mark.parametrize(
    ("title", "description", "brand"),
    [
        ("Peace Dove Brooch Pin", "White dove with olive branch.", None),  # not the lead
        ("Wedding Favour Box", "Dove and heart shapes, 50 pieces.", None),  # description
        ("Peace Dove Brooch Brand New", None, None),  # "brand new" is no brand
        ("Red Fuji Apple 10kg Carton", None, None),  # a quantity is no model code
        ("Red Apple Soap Bar", None, "Dove"),  # the declared brand is another mark
    ],
)
def test_an_everyday_mark_without_evidence_of_brand_use_is_no_finding(
    detector: Detector, title: str, description: str | None, brand: str | None
) -> None:
    found = scan(detector, title, description, brand)
    assert {r for r, f in found.items() if f.field != "brand"} == set()


@pytest.mark.parametrize(
    ("title", "description", "brand"),
    [
        ("Moisturising Body Wash Dove 1L", None, "Dove"),  # the declared brand
        ("Moisturising Body Wash Dove Original 1L", None, None),  # a brand-use word
        ("Moisturising Body Wash", "Inspired by Dove, at factory price.", None),  # past "by"
        ("Moisturising Cream", "The Dove version buyers ask for.", None),
        ("Peace Dove Brand Soap", None, None),
        ("Moisturising Body Wash Dove® 1L", None, None),
        ("Leather Strap Apple S9 Band", None, None),  # a model code
        ("Silicone Case Apple iPhone 15", None, None),  # the holder's other mark
        ("保湿沐浴露 多芬同款", None, None),
    ],
)
def test_an_everyday_mark_with_evidence_of_brand_use_is_a_finding(
    detector: Detector, title: str, description: str | None, brand: str | None
) -> None:
    found = scan(detector, title, description, brand)
    text_findings = {r for r, f in found.items() if f.field != "brand"}
    assert text_findings & {"dove", "apple"}


def test_an_everyday_mark_at_the_lead_of_the_title(rules: RadarDetection) -> None:
    rights = [IpRight("sup", "Supreme", "trademark", "Supreme", (), None), *RIGHTS]
    detector = Detector.build(rights, rules, None)
    assert set(scan(detector, "Supreme Box Logo Hoodie")) == {"sup"}
    assert set(scan(detector, "2024 New Dove Body Wash 1L")) == {"dove"}  # past boilerplate
    assert set(scan(detector, "Women's Dove Body Wash")) == {"dove"}
    assert scan(detector, "Supreme Quality Jasmine Rice 5kg") == {}  # a quality
    assert scan(detector, "Dove Grey Linen Fabric") == {}  # a colour
    assert scan(detector, "Soft Supreme Hoodie") == {}  # not the lead: no evidence


# Everyday-word marks with the goods their rights cover (the specialty principle).
GOODS_RIGHTS = [
    IpRight(
        "dove", "Unilever", "trademark", "Dove", ("多芬",), None, ("soap", "body wash", "沐浴露")
    ),
    IpRight(
        "coach", "Tapestry", "trademark", "Coach", (), None, ("handbag", "wallet", "shoes", "包")
    ),
    IpRight("apple", "Apple Inc.", "trademark", "Apple", ("苹果",), None, ("phone", "手机")),
    IpRight("iphone", "Apple Inc.", "trademark", "iPhone", (), None, ("phone",)),
    IpRight("vans", "VF", "trademark", "Vans", (), None, ("sneakers", "鞋")),
    IpRight("shell", "Shell plc", "trademark", "Shell", (), None, ("engine oil", "fuel")),
]


@pytest.fixture(scope="module")
def goods_detector(rules: RadarDetection) -> Detector:
    return Detector.build(GOODS_RIGHTS, rules, None)


@pytest.mark.parametrize(
    ("title", "description", "right"),
    [
        ("Dove Body Wash 1L", None, "dove"),  # a phrase of the goods
        ("Dove Soaps Gift Set", None, "dove"),  # a plural folded
        ("Coach Handbags Women Leather", None, "coach"),
        ("Women Fashion Coach Handbag", None, "coach"),  # mid-title, next to its goods
        ("Coach Smartwallet Card Holder", None, "coach"),  # a compound: smart + wallet
        ("Vans Old Skool Sneakers", None, "vans"),  # within four words
        ("Shell Helix Engine Oil 4L", None, "shell"),
        ("Checkered Slip On", "Vans sneakers with waffle sole.", "vans"),  # the description
        ("苹果手机壳 液态硅胶", None, "apple"),  # a Chinese goods word next to it
        ("新款 Vans 帆布鞋 低帮", None, "vans"),  # one character ending a word
        ("Coach 真皮 女包 口哨", None, "coach"),  # one character ending the word
        ("Dove Serum", None, "dove"),  # goods unnamed, but a brand-use word? no: see below
    ][:-1],
)
def test_an_everyday_mark_next_to_its_goods_is_a_finding(
    goods_detector: Detector, title: str, description: str | None, right: str
) -> None:
    assert set(scan(goods_detector, title, description)) == {right}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Dove Shaped Wedding Favor Box", None),  # the lead, but not its goods
        ("Dove Serum Anti Aging", None),  # the lead; serum is not among the goods
        ("Coach Bus Model 1:50 Diecast", None),  # a coach, not handbags
        ("Coach Whistle Stainless Steel", None),
        ("Vans Roof Rack Aluminium", None),
        ("Shell Necklace Beach Jewelry", None),
        ("Apple Cider Vinegar 500ml", None),  # the lead, no phone
        ("Dove Grey Linen Fabric Body Wash Bag", None),  # goods near, but a colour
        ("Soft Coach Handbag Cover", None),  # qualified: a common noun still
        ("Sea Shell Engine Oil Funnel", None),  # qualified by sea
        ("Bus Model", "Coach tour bus, 50 seats and a handbag rack."),  # goods too far
        ("苹果干 即食零食", None),  # dried apple: no goods
        ("Coach 真皮 包邮 口哨", None),  # 包 begins 包邮 (free shipping): no bag
        ("Coach 包子 早餐", None),  # nor a steamed bun
        ("Checkered Slip On", "Ice cream vans and sneakers in a toy set."),  # lower case
    ],
)
def test_an_everyday_mark_away_from_its_goods_is_no_finding(
    goods_detector: Detector, title: str, description: str | None
) -> None:
    assert scan(goods_detector, title, description) == {}


def test_goods_do_not_hide_evidence_of_brand_use(goods_detector: Detector) -> None:
    assert set(scan(goods_detector, "Dove Serum", None, "Dove")) == {"dove"}  # declared brand
    assert set(scan(goods_detector, "Dove® Serum Anti Aging")) == {"dove"}
    assert set(scan(goods_detector, "Face Serum Dove Brand")) == {"dove"}  # a brand-use word
    # "Style" names a manner unless the right's goods are named (round 15).
    assert set(scan(goods_detector, "Soap Bar Dove Style")) == {"dove"}
    assert set(scan(goods_detector, "Face Serum Dove Style")) == set()
    assert set(scan(goods_detector, "D0ve Serum")) == {"dove"}  # a disguise
    assert set(scan(goods_detector, "Apple iPhone 15 Case")) == {"apple", "iphone"}
    assert set(scan(goods_detector, "Coach Bus Model", "Inspired by Coach.")) == {"coach"}


def test_a_right_without_goods_keeps_the_title_lead_rule(rules: RadarDetection) -> None:
    unknown = Detector.build(
        [IpRight("dove", "Unilever", "trademark", "Dove", (), None)], rules, None
    )
    assert set(scan(unknown, "Dove Wedding Favor Box")) == {"dove"}  # the lead
    assert scan(unknown, "Bath Gift Set Dove Soap") == {}  # not the lead
    known = Detector.build(
        [IpRight("dove", "Unilever", "trademark", "Dove", (), None, ("soap",))], rules, None
    )
    assert scan(known, "Dove Wedding Favor Box") == {}
    assert set(scan(known, "Bath Gift Set Dove Soap")) == {"dove"}
    # Goods of no word at all are unknown goods.
    blank = Detector.build(
        [IpRight("dove", "Unilever", "trademark", "Dove", (), None, ("-", "2"))], rules, None
    )
    assert set(scan(blank, "Dove Wedding Favor Box")) == {"dove"}


def test_goods_of_mixed_scripts_are_one_chinese_word(rules: RadarDetection) -> None:
    detector = Detector.build(
        [IpRight("gap", "Gap", "trademark", "Gap", (), None, ("T恤", "t-shirt", "x"))],
        rules,
        None,
    )
    assert set(scan(detector, "Gap T恤 纯棉")) == {"gap"}
    assert set(scan(detector, "Gap Logo T-Shirt Cotton")) == {"gap"}
    assert scan(detector, "Gap Filler Don't Stop X Pack") == {}  # not "t" nor "x" alone


def test_goods_are_searched_a_few_words_from_the_mark(rules: RadarDetection) -> None:
    detector = Detector.build(
        [IpRight("dove", "Unilever", "trademark", "Dove", (), None, ("soap",))], rules, None
    )
    gift = "Bath Gift"
    assert set(scan(detector, gift, "Dove moisture cream beauty soap.")) == {"dove"}  # 4th word
    assert scan(detector, gift, "Dove moisture cream beauty bar soap.") == {}  # 5th word
    # Boilerplate and numbers are not counted: "soap" is the second word that counts.
    assert set(scan(detector, gift, "Dove 2024 new hot sale beauty soap.")) == {"dove"}
    # At the lead of the title, the goods anywhere in it (round 8).
    assert set(scan(detector, "Dove Moisture Cream Beauty Bar Soap")) == {"dove"}


def test_compatibility_wording_is_evidence_of_brand_use_when_not_allowed(
    rules: RadarDetection,
) -> None:
    strict = Detector.build(
        RIGHTS, rules.model_copy(update={"allow_compatibility_wording": False}), None
    )
    assert set(scan(strict, "Replacement Strap for Apple Watch Ultra")) == {"apple"}
    assert scan(strict, "Gift Bag for apple picking") == {}  # lower case: the fruit


def test_an_everyday_word_one_edit_from_a_mark_needs_evidence(detector: Detector) -> None:
    assert scan(detector, "Phone Holder Car Vent Mount Brand New") == {}
    assert scan(detector, "Phone Case Leather Flip") == {}
    assert scan(detector, "Remote Control Channel Switch Button Official") == {}  # too far
    assert set(scan(detector, "Channel Official Perfume Spray")) == {"chanel"}
    assert set(scan(detector, "Channel No5 Perfume")) == {"chanel"}  # a model code
    assert scan(detector, "Original Phone Case Leather") == {}  # an adjective
    assert set(scan(detector, "Perfume Inspired by Channel")) == {"chanel"}  # a comparison


def test_a_chinese_mark_inside_a_rare_dictionary_compound_is_found(
    rules: RadarDetection,
) -> None:
    rights = [
        IpRight("rolex", "Rolex", "trademark", "Rolex", ("劳力士",), None),
        IpRight("samsung", "Samsung", "trademark", "Samsung", ("三星",), None),
        IpRight("nike", "Nike", "trademark", "Nike", ("耐克",), None),
    ]
    detector = Detector.build(rights, rules, None)
    # 劳力士表 and 耐克鞋 are rare words of jieba's dictionary: the mark is not hidden.
    assert set(scan(detector, "正品劳力士表同款 机械")) == {"rolex"}
    assert set(scan(detector, "男款耐克鞋 透气")) == {"nike"}
    # jieba lists 劳力士 as a common noun, but it is the sound of Rolex: a name.
    assert set(scan(detector, "男士劳力士表 全自动")) == {"rolex"}
    # An everyday word of the dictionary still hides it: 三星堆 (a site), 三星期 (weeks).
    assert scan(detector, "三星堆 青铜面具 摆件") == {}
    assert scan(detector, "三星期内发货") == {}


def test_a_mark_of_two_pinyin_syllables_in_another_romanisation(rules: RadarDetection) -> None:
    rights = [IpRight("ln", "Li Ning", "trademark", "Li-Ning", ("Li Ning",), None), *RIGHTS]
    detector = Detector.build(rights, rules, None)
    assert scan(detector, "Lee Ning Badminton Shoes")["ln"].step == "misspelling"
    assert scan(detector, "Lee Ming Badminton Shoes") == {}  # another consonant: a name
    assert scan(detector, "Lee Ring Light 10 Inch") == {}
