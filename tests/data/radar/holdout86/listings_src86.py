"""The hand-written listings of the eighty-sixth held-out corpus (baby and maternity:
strollers and prams, car seats, bottles and teats, breast pumps, nappies and wipes, baby
monitors, carriers, nursery furniture), in English and Chinese only.

Every row is written by hand. ``hg()`` and ``fw()`` only spell the letters named as
Cyrillic look-alikes or full-width forms, ``ZW`` is a zero-width space. Borderline label
calls are commented where they are written; the rules are ../README.md's.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = {
    **{"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у"},
    **{"s": "ѕ", "j": "ј", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К"},
    **{"M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "S": "Ѕ", "I": "І"},
}


def hg(text: str, letters: str) -> str:
    """``text`` with each of ``letters`` spelt as its Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters and c in _CYRILLIC else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (an ideographic space for a space)."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
    )


@dataclass(frozen=True)
class Entry:
    case: str
    group: str  # right id, or "" for clean
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None  # None: the group for positives, none otherwise
    without_compat: tuple[str, ...] | None = None  # None: the builder's default


def _id(slug: str) -> str:
    return f"r86-{slug}" if slug else ""


def P(case: str, slug: str, title: str, description: str = "", brand: str = "") -> Entry:
    return Entry(case, _id(slug), title, description, brand)


def two(slug: str, other: str, title: str, device: bool = False) -> Entry:
    """A ``mixed`` row: ``slug`` as the product's brand, and ``other`` either a second
    right used as a mark or (``device``) the device named by compatibility wording."""
    if other == slug:
        return Entry("mixed", _id(slug), title)
    if device:
        return Entry(
            "mixed", _id(slug), title, expected=(_id(slug),), without_compat=(_id(slug), _id(other))
        )
    return Entry("mixed", _id(slug), title, expected=(_id(slug), _id(other)))


def image(slug: str, title: str, description: str = "") -> Entry:
    return Entry("image", _id(slug), title, description, image=True)


# ----------------------------------------------------------------------------------------
# Positives
# ----------------------------------------------------------------------------------------

EXACT = [
    P("exact", "snow-bear", "小白熊 奶瓶消毒器带烘干 婴儿奶瓶消毒柜 家用 六瓶位"),
    P("exact", "chiaus", "雀氏 纸尿裤 L码 婴儿尿不湿 超薄透气 整箱批发"),
    P("exact", "anerle", "安儿乐 小轻芯 纸尿裤 新生儿尿不湿 透气干爽"),
    P("exact", "rikang", "日康 宽口径玻璃奶瓶 240ml 新生儿防胀气"),
    P("exact", "goon", "大王 天使系列 纸尿裤 日本进口 一箱4包"),
    P("exact", "frog-prince", "青蛙王子 婴儿湿巾 80抽 手口专用 加厚款"),
    P("exact", "ganen", "感恩 儿童安全座椅 0-12岁 ISOFIX接口 汽车用"),
    P("exact", "silver-cross", "Silver Cross Wave Pushchair Tandem Ready Stroller Glacier"),
    P("exact", "icandy", "iCandy Peach 7 Pram Complete Bundle Phantom Black"),
    P("exact", "maclaren", "Maclaren Quest Buggy Lightweight Umbrella Stroller 4-Position"),
    P("exact", "inglesina", "Inglesina Aptica XT Travel System with Infant Car Seat"),
    P("exact", "evenflo", "Evenflo Gold Revolve360 Rotating Convertible Car Seat"),
    P(
        "exact",
        "emmaljunga",
        "Outdoor Pram with Carrycot Lounge Grey Air Tyres",
        "Emmaljunga NXT90 chassis, Swedish design, 5-year frame warranty.",
    ),
    P("exact", "elvie", "Elvie Stride Hands-Free Wearable Breast Pump Double Set"),
    P("exact", "haakaa", "Haakaa Silicone Manual Breast Pump Gen 3 with Suction Base 150ml"),
    P("exact", "luvs", "Luvs Triple Leakguards Disposable Diapers Size 3 Mega Pack"),
    P("exact", "moony", "Moony Natural Organic Cotton Tape Diapers Size M 46 pcs"),
    P(
        "exact",
        "seraphine",
        "Maternity and Nursing Wrap Dress Navy UK 10",
        "Seraphine wrap dress, easy nursing access, jersey stretch.",
    ),
    P("exact", "mamypoko", "MamyPoko Pants Extra Absorb Diaper Pants XL 42 pcs"),
    # Hatch is an everyday word; naming the maker of a sound machine it is the brand.
    P("exact", "hatch", "Hatch Rest 2nd Gen Baby Sound Machine and Night Light"),
    P("exact", "boppy-pillow", "Boppy Pillow Original Feeding and Infant Support Pillow"),
    # The mark in the description only.
    P(
        "exact",
        "libero",
        "Baby Diapers Size 4 Comfort 7-11kg 52 pcs EU Stock",
        "Libero Comfort nappies, original Essity packs, shipped from our EU warehouse.",
    ),
    P(
        "exact",
        "coterie",
        "Premium Plant-Based Diapers Size 2, 186 Count Monthly Box",
        "Coterie The Diaper, ultra absorbent, fragrance free.",
    ),
    P(
        "exact",
        "nuby",
        "Non-Drip Sippy Cup 300ml with Soft Spout, 2 Pack",
        "Nuby No-Spill Super Spout cup, BPA free, dishwasher safe.",
    ),
    P(
        "exact",
        "xinbei",
        "电动吸奶器 双边 静音 可充电 孕产妇用",
        "新贝 XB-8617 吸奶器，按摩挤奶两种模式，原厂质保一年。",
    ),
]

ALIAS = [
    # Snow Bear is also a plain phrase; naming the maker of a sterilizer it is the brand.
    P("alias", "snow-bear", "Snow Bear Bottle Sterilizer and Dryer 6 Bottles UV"),
    P("alias", "shiyue-jiejing", "Shiyuejiejing Maternity Hospital Bag Set 28 pcs Postpartum"),
    P("alias", "chiaus", "Chiaus Baby Diapers Ultra Thin Size L 62 pcs Wholesale"),
    P(
        "alias",
        "anerle",
        "Baby Pull-Up Pants XL Breathable Dry Night",
        "Anerle pants made by Hengan, sealed factory bags.",
    ),
    P("alias", "rikang", "Rikang PPSU Wide Neck Feeding Bottle 300ml with Handles"),
    P("alias", "xinbei", "Xinbei Electric Double Breast Pump 3 Modes 9 Levels"),
    P("alias", "kangaroo-mommy", "Kangaroo Mommy Pregnancy Stretch Mark Cream 150g"),
    P(
        "alias",
        "manxi",
        "Maternity Nursing Pajamas Set Cotton Postpartum",
        "Manxi brand, soft modal cotton, side nursing openings.",
    ),
    P("alias", "goon", "GOO.N Premium Tape Diapers Size S 84 pcs Made in Japan"),
    P("alias", "frog-prince", "Frog Prince Baby Moisturising Cream 60g Gentle Formula"),
    P("alias", "baobaohao", "Baobaohao V3 Foldable Lightweight Stroller Two-Way Seat"),
    P("alias", "ganen", "Ganen ISOFIX 360 Rotating Car Seat 0-4 Years"),
    P("alias", "mamas-papas", "Mamas and Papas Strada Pushchair with Carrycot Bundle"),
    P("alias", "tula", "Baby Tula Explore Baby Carrier Coast Mesh"),
    P("alias", "lillebaby", "LÍLLÉbaby Complete All Seasons 6-in-1 Baby Carrier"),
    P("alias", "hatch", "Hatch Baby Rest+ Portable Night Light and Sound Machine"),
    P("alias", "safety-1st", "Safety First Grow and Go All-in-One Convertible Car Seat"),
    P("alias", "beaba", "BÉABA Babycook Neo Baby Food Maker Steamer Blender"),
    # Sellers use "pack n play" loosely for any travel cot: any use of the mark is a finding.
    P("alias", "pack-n-play", "Pack n Play Portable Playard with Bassinet and Changer"),
    P("alias", "snuzpod", "Snuz Pod 4 Bedside Crib 3-in-1 Natural Wood"),
    P("alias", "next2me", "Next 2 Me Magic Bedside Sleeping Crib Dark Grey"),
    P(
        "alias",
        "boppy-pillow",
        "Nursing Pillow Slipcover Organic Cotton Grey Stars",
        "Boppy Nursing Pillow cover, fits the original pillow shape.",
    ),
    P(
        "alias",
        "kangaroo-mommy",
        "Postpartum Belly Firming Cream 200g",
        "Kangaroo Mommy official formula, sealed tube, for new mums.",
    ),
    P(
        "alias",
        "goon",
        "Japanese Baby Pull-Up Pants Size L 44 pcs",
        "GOO.N pants, imported from Japan, soft cotton touch.",
    ),
]

CHINESE = [
    P("chinese", "merries", "妙而舒 纸尿裤 M码 64片 日本原装"),
    P("chinese", "merries", "妙而舒 婴儿拉拉裤 XL码 透气 日本进口"),
    P("chinese", "mamypoko", "妈咪宝贝 拉拉裤 XL码 超薄透气 夏季"),
    P("chinese", "mamypoko", "妈咪宝贝 纸尿裤 L码 瞬吸干爽 整箱"),
    P("chinese", "lansinoh", "兰思诺 羊脂膏 乳头霜 40g 哺乳期"),
    P("chinese", "lansinoh", "兰思诺 储奶袋 180ml 50片 双层密封"),
    P("chinese", "spectra", "贝瑞克 电动双边吸奶器 S1 医院级"),
    P("chinese", "spectra", "韩国贝瑞克 吸奶器 9Plus 便携式"),
    P("chinese", "libero", "丽贝乐 纸尿裤 4号 瑞典进口"),
    P("chinese", "libero", "丽贝乐 拉拉裤 5号 22片 超薄"),
    P("chinese", "merries", "Merries 妙而舒 纸尿裤 NB码 90片"),
    # Chinese marks in the description only.
    P("chinese", "snow-bear", "婴儿奶瓶消毒器 带烘干 六瓶位", "小白熊品牌 原厂正品 质保一年"),
    P("chinese", "shiyue-jiejing", "孕妇待产包 全套 23件 入院", "十月结晶 待产包 产后必备"),
    P("chinese", "chiaus", "纸尿裤 L码 超薄 夜用 干爽", "雀氏官方 品质保证 整箱发货"),
    P("chinese", "rikang", "宽口径 PPSU 奶瓶 300ml 带吸管", "日康 奶瓶 汕头工厂直发"),
    P("chinese", "kangaroo-mommy", "孕妇 橄榄油 妊娠纹 预防 按摩油", "袋鼠妈妈 孕妇护肤 专柜同款"),
    P("chinese", "manxi", "哺乳睡衣 春秋 纯棉 月子服 套装", "嫚熙 月子服 正品 支持验货"),
    P("chinese", "baobaohao", "婴儿推车 轻便 可坐可躺 一键收车", "宝宝好 V5 推车 原厂配件齐全"),
    P("chinese", "ganen", "汽车儿童安全座椅 360度旋转 0-12岁", "感恩 旅行者 安全座椅 厂家直供"),
    P("chinese", "anerle", "婴儿拉拉裤 加大码 52片 干爽", "安儿乐 拉拉裤 恒安出品"),
    P("chinese", "frog-prince", "婴儿护臀膏 50g 温和 无香", "青蛙王子 婴童系列 护臀膏"),
    P("chinese", "lansinoh", "羊脂膏 哺乳期 乳头修护 孕妇可用", "兰思诺 官方授权 美国产"),
    P("chinese", "goon", "日本进口 纸尿裤 84片 柔软", "大王 光羽系列 纸尿裤"),
]

CASE_WIDTH = [
    P("case_width", "silver-cross", f"{fw('SILVER CROSS')} Coast Pushchair Pram Bundle"),
    P("case_width", "joolz", "JOOLZ Day+ Complete Stroller Awesome Anthracite"),
    P("case_width", "icandy", "ICANDY Orange 4 Pushchair and Carrycot Bundle"),
    P("case_width", "maclaren", "mAcLaReN Techno XLR Stroller with Rain Cover"),
    P("case_width", "inglesina", "INGLESINA Quid 2 Compact Travel Stroller"),
    P("case_width", "evenflo", "EVENFLO Pivot Xpand Modular Travel System"),
    P("case_width", "tula", "tULA Free-to-Grow Baby Carrier Ombre Grey"),
    P("case_width", "willow", "WILLOW Go Wearable Breast Pump 21mm Flanges"),
    P("case_width", "elvie", f"{fw('elvie')} Pump Double Electric Wearable Breast Pump"),
    P("case_width", "haakaa", "HAAKAA Ladybug Milk Collector 2 Pack 75ml"),
    # "bibs" lower-cased on a pacifier: the BIBS brand, not the garment.
    P("case_width", "bibs", "bibs Colour Pacifier Size 1 Natural Rubber 2 Pack"),
    P("case_width", "coterie", "COTERIE Diapers Size 5 Bulk Box 124 Count"),
    P("case_width", "safety-1st", "sAfEtY 1sT OnBoard 35 LT Infant Car Seat"),
    P(
        "case_width",
        "regalo",
        "Extra Tall Walk Thru Baby Gate Easy Step",
        "REGALO gate, pressure mounted, no tools.",
    ),
    P("case_width", "leander", "LEANDER Classic Baby Cot Whitewash Beech"),
    P(
        "case_width",
        "oeuf",
        "Sparrow Crib Birch and White Solid Wood",
        "OEUF original design, converts to a toddler bed.",
    ),
    P("case_width", "miku", f"{fw('Miku')} Pro Smart Baby Monitor Breathing Tracking"),
    P("case_width", "teutonia", "TEUTONIA BeYou V5 Pram Carrycot and Seat"),
    P("case_width", "merries", f"{fw('MERRIES')} 纸尿裤 NB码 日本花王"),
    P(
        "case_width",
        "moony",
        "Airfit Diaper Pants Size L 44 pcs Japan",
        "MOONY airfit pants, Unicharm original, soft waistband.",
    ),
    P(
        "case_width",
        "zazu",
        "Sleep Aid Soother Lamb with Cry Sensor",
        "zAZU Sam the Lamb, heartbeat and white noise sounds.",
    ),
    P(
        "case_width",
        "nuby",
        "Wide Neck Anti-Colic Bottle 270ml 3 Pack",
        "NUBY Comfort bottles with natural feel teat.",
    ),
]

ACCENT = [
    P("accent", "silver-cross", "Sïlver Cross Dune Pram First Bed Folding Carrycot"),
    P("accent", "joolz", "Jöolz Hub+ Urban Stroller Refined Black"),
    P("accent", "maclaren", "Mäclaren Atom Style Set Ultra Compact Buggy"),
    P("accent", "inglesina", "Inglésina Electa Quattro Travel System"),
    P("accent", "evenflo", "Évenflo EveryStage DLX All-in-One Car Seat"),
    P("accent", "emmaljunga", "Emmaljüngä Kite Pram Eco Outdoor Navy"),
    P("accent", "teutonia", "Teutónia Cosmo Stroller with Carrycot"),
    P("accent", "tula", "Túla Toddler Carrier Blossom Print"),
    P(
        "accent",
        "boba",
        "Stretchy Baby Wrap Carrier Grey Newborn",
        "Bóba Wrap, one size fits all parents.",
    ),
    P("accent", "willow", "Wíllow 3.0 Wearable Breast Pump In-Bra"),
    P("accent", "elvie", "Elvíe Curve Manual Silicone Breast Pump"),
    P("accent", "haakaa", "Häakaa Silicone Breast Pump 100ml with Lid"),
    P("accent", "bibs", "BÏBS Colour Pacifier Ivory Size 2 Round Nipple"),
    P("accent", "coterie", "Cotérie Fragrance Free Baby Wipes 4 Packs"),
    P("accent", "regalo", "Régalo Hide Away Bed Rail Extra Long"),
    P(
        "accent",
        "leander",
        "Luna Baby Cradle with Mattress Beech",
        "Léander Luna cradle, rocks gently, Danish design.",
    ),
    P("accent", "oeuf", "Öeuf Perch Bunk Bed Toddler Natural"),
    P("accent", "luvs", "Lûvs Pro Level Leak Protection Diapers Size 1"),
    P("accent", "seraphine", "Séraphine Maternity Jeans Skinny Overbump Indigo"),
    P(
        "accent",
        "miku",
        "Smart Baby Monitor 2 with Sleep Tracking",
        "Mìku 2 monitor, HD night vision, no wearables needed.",
    ),
    P(
        "accent",
        "merries",
        "Japanese Tape Diapers Size L 54 pcs",
        "Merrïes first premium, soft and breathable.",
    ),
]

HOMOGLYPH = [
    P("homoglyph", "silver-cross", f"{hg('Silver Cross', 'SC')} Reflex Stroller Compact Fold"),
    P("homoglyph", "joolz", f"{hg('Joolz', 'o')} Geo3 Mono Stroller Earth Grey"),
    P("homoglyph", "icandy", f"{hg('iCandy', 'a')} Core Pram Complete Bundle"),
    P("homoglyph", "maclaren", f"{hg('Maclaren', 'a')} Triumph Stroller Lightweight"),
    P("homoglyph", "evenflo", f"{hg('Evenflo', 'eo')} LiteMax 35 Infant Car Seat"),
    P("homoglyph", "elvie", f"{hg('Elvie', 'e')} Stride 2 Hospital Grade Pump"),
    P("homoglyph", "haakaa", f"{hg('Haakaa', 'a')} Silicone Breast Pads Reusable"),
    P("homoglyph", "spectra", f"{hg('Spectra', 'Sepa')} S2 Plus Hospital Grade Breast Pump"),
    P("homoglyph", "lansinoh", f"{hg('Lansinoh', 'ao')} HPA Lanolin Nipple Cream 40g"),
    P("homoglyph", "nuby", f"{hg('Nuby', 'y')} Ice Bite Soothing Teether Ring"),
    P("homoglyph", "coterie", f"{hg('Coterie', 'oe')} Pull-Up Pants Size 4T-5T"),
    P(
        "homoglyph",
        "libero",
        "Up and Go Pants Size 6 Wholesale 13-20kg",
        f"{hg('Libero', 'o')} Up&Go pants, EU stock.",
    ),
    P("homoglyph", "merries", f"{hg('Merries', 'e')} Pants Size XL 38 pcs Japan"),
    P("homoglyph", "mamypoko", f"{hg('MamyPoko', 'ao')} Pants Standard Size M 62"),
    P("homoglyph", "leander", f"{hg('Leander', 'ea')} Linea Baby Cot Oak"),
    P(
        "homoglyph",
        "moony",
        "Man Pants Boy Size L 44 pcs Japan",
        f"{hg('Moony', 'oy')} Man pants, Unicharm original.",
    ),
    P("homoglyph", "chiaus", f"{hg('Chiaus', 'Ca')} Baby Diapers Size XL Cotton Soft"),
    P("homoglyph", "beaba", f"{hg('Beaba', 'ea')} Babycook Solo Baby Food Processor"),
    P(
        "homoglyph",
        "seraphine",
        "Maternity Nursing Hoodie Two-Layer Grey Marl",
        f"{hg('Seraphine', 'eap')} nursing hoodie, discreet zip access.",
    ),
    P(
        "homoglyph",
        "inglesina",
        "Foldable Travel Stroller 5.8kg Cabin Size",
        f"{hg('Inglesina', 'e')} Quid style frame, one-hand fold.",
    ),
    P(
        "homoglyph",
        "boba",
        "Soft Structured Baby Carrier 4G Organic",
        f"{hg('Boba', 'oa')} X carrier, adjustable seat.",
    ),
]

LEETSPEAK = [
    P("leetspeak", "silver-cross", "Si1ver Cr0ss Balmoral Pram Classic Carriage"),
    P("leetspeak", "joolz", "J00lz Aer Compact Stroller Cabin Approved"),
    P("leetspeak", "icandy", "iC4ndy Raspberry 2 Pushchair Blackberry"),
    P("leetspeak", "maclaren", "M4claren Globetrotter Stroller Navy"),
    P("leetspeak", "evenflo", "3venflo Sure Ride DLX Convertible Car Seat"),
    P("leetspeak", "inglesina", "Ingl3sina Maxi Stroller Sideral Grey"),
    P(
        "leetspeak",
        "teutonia",
        "Mistral S Pram 2-in-1 Carrycot and Seat",
        "T3uton1a Mistral S, German engineering.",
    ),
    P("leetspeak", "tula", "Tu1a Free To Grow Baby Carrier Coast"),
    P("leetspeak", "boba", "B0ba Classic Baby Carrier Organic Sand"),
    P("leetspeak", "willow", "Wi11ow Go Hands-Free Breast Pump 24mm"),
    P("leetspeak", "elvie", "3lvie Catch Breast Milk Collector Cups"),
    P("leetspeak", "haakaa", "H@akaa Gen 3 Silicone Bottle 250ml"),
    P("leetspeak", "bibs", "B1BS Colour Pacifier Latex Size 2 Sage"),
    P("leetspeak", "coterie", "C0ter1e Diapers Newborn 198 Count"),
    P("leetspeak", "safety-1st", "$afety 1st Grow and Go Sprint Car Seat"),
    P("leetspeak", "regalo", "R3galo Super Wide Baby Gate 192 Inch"),
    P(
        "leetspeak",
        "miku",
        "Smart Baby Monitor Pro with Floor Stand HD",
        "M1ku Pro, sleep and breathing tracking without wearables.",
    ),
    P("leetspeak", "luvs", "Luv$ Diapers Size 4 Jumbo Pack 112"),
    P(
        "leetspeak",
        "spectra",
        "Hospital Grade Electric Breast Pump Double",
        "Sp3ctra S1 Plus, rechargeable, night light.",
    ),
    P(
        "leetspeak",
        "lansinoh",
        "Breastmilk Storage Bags 100 Count 180ml",
        "L4nsinoh style double zip, pre-sterilised.",
    ),
    P(
        "leetspeak",
        "zazu",
        "Kids Night Light Projector Bear with Cry Sensor",
        "Z@zu Max the Bear projector light.",
    ),
]

SPACING = [
    P("spacing", "silver-cross", "S.i.l.v.e.r Cross Tide Pram Travel System"),
    P("spacing", "joolz", "J-O-O-L-Z Day 5 Stroller Complete Set"),
    P("spacing", "icandy", "i Candy Peach All Terrain Pushchair"),
    P("spacing", "maclaren", "Mac laren Quest Arc Stroller Black"),
    P("spacing", "evenflo", "Even-flo Gold Sensorsafe Infant Car Seat"),
    P("spacing", "tula", "T.u.l.a Baby Carrier Standard Cotton"),
    P("spacing", "boba", "B_o_b_a 4G Baby Carrier Dusk"),
    P("spacing", "willow", f"Wil{ZW}low Go Wearable Double Pump"),
    P("spacing", "elvie", "E l v i e Pump Single Wearable Pump"),
    P("spacing", "haakaa", "Haa-kaa Silicone Breast Pump 150ml Flower Stopper"),
    P("spacing", "bibs", "B I B S Couture Pacifier Size 1 Dusky Lilac"),
    P(
        "spacing",
        "coterie",
        "The Wipe Pack 56 ct Plant-Based",
        "Co.terie wipes, 99% water.",
    ),
    P("spacing", "luvs", "Lu_vs Ultra Leakguards Size 6"),
    P("spacing", "merries", "Mer ries Tape Diapers Size NB 90 pcs"),
    P("spacing", "miku", "M.i.k.u Smart Baby Monitor Sleep Tracker"),
    P(
        "spacing",
        "regalo",
        "My Play Portable Play Yard 8 Panel",
        "R-e-g-a-l-o My Play, indoor and outdoor.",
    ),
    P("spacing", "chiaus", "雀 氏 纸尿裤 L码 超薄透气 尿不湿"),
    P("spacing", "snow-bear", "小 白 熊 暖奶器 恒温 双瓶 婴儿"),
    P("spacing", "snuzpod", f"Snuz{ZW}Pod 4 Bedside Crib Dusk Grey"),
    P(
        "spacing",
        "zazu",
        "Baby Sleep Soother Star Projector 2 Colours",
        "Z-a-z-u Suzy the Sheep soother, timer 15 min.",
    ),
    P(
        "spacing",
        "beaba",
        "Baby Food Steamer Blender 4-in-1 1.1L",
        "B.E.A.B.A Babycook, steam and blend in one bowl.",
    ),
]

MISSPELLING = [
    P("misspelling", "silver-cross", "Silver Corss Wayfarer Pram Chrome Chassis"),
    P("misspelling", "joolz", "Jooolz Day 3 Stroller Studio Graphite"),
    P("misspelling", "icandy", "iCandi Peach 7 Double Pram Cookie"),
    # "McLaren" on a buggy: a misspelling of Maclaren in its own trade (the car maker's
    # name on a model car is common_word).
    P("misspelling", "maclaren", "McLaren Quest Buggy Umbrella Stroller Lightweight"),
    P(
        "misspelling",
        "inglesina",
        "Trilogy Stroller City Version Compact",
        "Inglesna Trilogy, reversible seat.",
    ),
    # "Evenflow" on a car seat, in its own trade: the mark misspelt.
    P("misspelling", "evenflo", "Evenflow SafeMax Infant Car Seat with Base"),
    P(
        "misspelling",
        "emmaljunga",
        "NXT Flat Pram Outdoor Air Wheels",
        "Emmaljunka NXT Flat, all-terrain.",
    ),
    P("misspelling", "teutonia", "Tuetonia Cosmo Pram Set Black"),
    P("misspelling", "tula", "Tulla Free to Grow Carrier Baby Wrap"),
    P("misspelling", "boba", "Bobba Baby Carrier Soft Structured"),
    P("misspelling", "willow", "Wilow 3.0 Breast Pump Wearable Cordless"),
    P("misspelling", "haakaa", "Hakaa Silicone Breast Pump Manual Milk Saver"),
    P("misspelling", "lansinoh", "Lansinho Lanolin Nipple Cream 40ml"),
    # "Spectre" on a breast pump, in its own trade: Spectra misspelt.
    P("misspelling", "spectra", "Spectre S1 Breast Pump Rechargeable Hospital Strength"),
    P("misspelling", "merries", "Merris Diapers Size M Japan Import"),
    P("misspelling", "mamypoko", "Mamipoko Pants Size L Diaper Pants"),
    P("misspelling", "chiaus", "雀士 纸尿裤 L码 超薄 尿不湿 厂家直销"),
    P("misspelling", "manxi", "曼熙 月子服 哺乳睡衣 纯棉 春秋"),
    P("misspelling", "lansinoh", "兰斯诺 羊脂膏 乳头霜 哺乳期"),
    P("misspelling", "spectra", "贝瑞可 吸奶器 电动 双边 医院级"),
    P("misspelling", "merries", "妙儿舒 纸尿裤 NB码 日本"),
    P(
        "misspelling",
        "libero",
        "Baby Pull-Up Pants Size 5 10-14kg",
        "Libbero Up&Go, soft waist, Swedish design.",
    ),
    P(
        "misspelling",
        "rikang",
        "奶瓶 宽口径 玻璃 新生儿 160ml",
        "日慷 奶瓶 同款 防呛奶",
    ),
    P(
        "misspelling",
        "oeuf",
        "Sparrow Crib Modern Walnut Convertible",
        "Oef Sparrow style crib, converts to toddler bed.",
    ),
]

BRAND_FIELD = [
    P(
        "brand_field",
        "silver-cross",
        "Luxury Carriage Pram with Chrome Chassis and Sprung Wheels",
        brand="Silver Cross",
    ),
    P("brand_field", "joolz", "Urban Stroller with Extra Large Basket and Sun Hood", brand="Joolz"),
    P("brand_field", "icandy", "Convertible Single to Double Pram with Carrycot", brand="iCandy"),
    P("brand_field", "maclaren", "Umbrella Fold Buggy with Full Recline 15kg", brand="Maclaren"),
    P("brand_field", "inglesina", "Compact Travel Stroller with Carry Strap", brand="Inglesina"),
    P("brand_field", "evenflo", "Rear and Forward Facing Convertible Car Seat", brand="Evenflo"),
    P("brand_field", "emmaljunga", "Air Tyre Outdoor Pram for Gravel and Snow", brand="Emmaljunga"),
    P("brand_field", "tula", "Ergonomic Baby Carrier with Hip Seat", brand="Tula"),
    P("brand_field", "boba", "Stretchy Wrap Carrier for Newborns Cotton", brand="Boba"),
    P("brand_field", "willow", "In-Bra Wearable Breast Pump Leak Proof", brand="Willow"),
    P("brand_field", "elvie", "Silent Wearable Electric Breast Pump App Control", brand="Elvie"),
    # The brand field names the sound machine's maker.
    P("brand_field", "hatch", "Sound Machine Night Light Time-to-Rise", brand="Hatch"),
    P("brand_field", "bibs", "Natural Rubber Pacifier Round Nipple 0-6m", brand="BIBS"),
    P("brand_field", "regalo", "Extra Wide Walk Through Baby Gate Metal", brand="Regalo"),
    P("brand_field", "leander", "Oval Baby Cot Beech Wood Convertible", brand="Leander"),
    P("brand_field", "oeuf", "Modern Crib Solid Birch Low Profile", brand="Oeuf"),
    P("brand_field", "moony", "婴儿纸尿裤 日本进口 柔软 透气", brand="Moony"),
    P("brand_field", "chiaus", "婴儿纸尿裤 超薄透气 整箱", brand="雀氏"),
    P("brand_field", "goon", "婴儿拉拉裤 柔软贴身 日本原装", brand="大王"),
    P("brand_field", "shiyue-jiejing", "待产包 全套 春夏 母婴用品", brand="十月结晶"),
    P("brand_field", "ganen", "儿童安全座椅 汽车用 可坐可躺", brand="感恩"),
    P("brand_field", "xinbei", "电动吸奶器 单边 按摩 静音", brand="新贝"),
]

IMAGE = [
    image("snow-bear", "Baby Bottle Sterilizer with Dryer 6 Bottles"),
    image("snow-bear", "奶瓶消毒器 带烘干 紫外线 家用"),
    image("chiaus", "婴儿纸尿裤 L码 超薄 整箱 批发"),
    image("kangaroo-mommy", "Pregnancy Belly Oil for Stretch Marks 100ml"),
    image("goon", "Japanese Tape Diapers Newborn Size 90 pcs"),
    image("goon", "日本进口 婴儿纸尿裤 NB码"),
    image("baobaohao", "Lightweight Foldable Baby Stroller One-Hand Fold"),
    image("merries", "Premium Baby Diapers Size M Breathable"),
    image("spectra", "Double Electric Breast Pump Hospital Grade"),
    image("spectra", "Breast Pump Rechargeable with Night Light"),
    image("silver-cross", "Classic Pram with Carrycot Carriage Style"),
    image("joolz", "Urban Stroller Grey Frame Large Basket"),
    image("tula", "Baby Carrier Ergonomic Print Fabric"),
    image("willow", "Wearable Breast Pump Hands-Free"),
    image("bibs", "Natural Rubber Pacifier 2 Pack 0-6 Months"),
    image("safety-1st", "Convertible Car Seat All-in-One 4-120 lb"),
    image("safety-1st", "Infant Car Seat with Base"),
    image("miku", "Smart Baby Monitor WiFi Breathing Monitor"),
    image("snuzpod", "Bedside Crib 3-in-1 Wood"),
    image("snuzpod", "Next-to-Bed Bassinet with Mattress"),
]

MIXED = [
    two("silver-cross", "safety-1st", "Silver Cross Pram + Safety 1st Car Seat Travel Bundle"),
    two("haakaa", "lansinoh", "Hakaa Pump + L4nsinoh Nipple Cream Breastfeeding Starter Kit"),
    two("bibs", "tula", "B1BS Pacifier Clip for Tula Baby Carrier", device=True),
    two("zazu", "maclaren", "Zazu Soother Strap for Maclaren Quest Stroller", device=True),
    two("chiaus", "chiaus", "雀氏 Ch1aus 纸尿裤 L码 整箱"),
    two("merries", "merries", "妙而舒 Merr1es 纸尿裤 NB码"),
    two("spectra", "spectra", "Sp3ctra 贝瑞克 S1 吸奶器 医院级"),
    two("regalo", "leander", "R3galo Bed Rail fits Leander Classic Cot", device=True),
    two("silver-cross", "icandy", "Silv3r Cross Footmuff for iCandy Peach 7", device=True),
    two("mamas-papas", "joolz", "Mamas & Papas Footmuff for Joolz Day+", device=True),
    two("lansinoh", "elvie", "Lansinoh Milk Storage Bags works with Elvie Pump", device=True),
    two(
        "nuby", "rikang", "Nuby Silicone Teats Replacement for Rikang Wide Neck Bottle", device=True
    ),
    two("luvs", "coterie", "Luvs Diapers Size 3 and Coterie Wipes Bundle"),
    two("manxi", "shiyue-jiejing", "嫚熙 哺乳文胸 + 十月结晶 待产包 组合"),
    two("snow-bear", "rikang", "小白熊 暖奶器 兼容 日康 奶瓶", device=True),
    two("ganen", "baobaohao", "感恩 安全座椅 + 宝宝好 推车 套装"),
    two("moony", "mamypoko", "Moony + MamyPoko 拉拉裤 试用装 组合"),
    two("inglesina", "maclaren", "Inglesina Cup Holder works with Maclaren Techno", device=True),
    two("tula", "boba", "Baby Tula Carrier + B0ba Wrap Newborn Set"),
    two("willow", "willow", "Ｗｉｌｌｏｗ Wi11ow Go Pump Double"),
]

POSITIVES = [
    *EXACT,
    *ALIAS,
    *CHINESE,
    *CASE_WIDTH,
    *ACCENT,
    *HOMOGLYPH,
    *LEETSPEAK,
    *SPACING,
    *MISSPELLING,
    *BRAND_FIELD,
    *IMAGE,
    *MIXED,
]

# ----------------------------------------------------------------------------------------
# Negatives
# ----------------------------------------------------------------------------------------

# An accessory naming the device it fits; the device's right is expected only with
# allow_compatibility_wording = false.
COMPAT = [
    P("compat", "silver-cross", "Universal Footmuff for Silver Cross Wave Pushchair"),
    P("compat", "silver-cross", "Cup Holder compatible with Silver Cross Coast and Reef"),
    P("compat", "joolz", "Rain Cover compatible with Joolz Day+ Stroller"),
    P("compat", "joolz", "Joolz compatible Parasol Clamp UV 50+"),
    P("compat", "icandy", "Cup Holder compatible for iCandy Peach Pushchair"),
    P("compat", "icandy", "Carrycot Mattress iCandy Orange compatible Replacement"),
    P("compat", "maclaren", "Stroller Organizer fits Maclaren Quest and Techno"),
    P("compat", "inglesina", "Car Seat Adapters designed to fit Inglesina Quid 2"),
    P("compat", "inglesina", "Canopy Extension fits Inglesina Aptica Seat"),
    P("compat", "emmaljunga", "Sunshade works with Emmaljunga NXT Carrycot"),
    P("compat", "teutonia", "Replacement Front Wheel for Teutonia BeYou Pram"),
    P("compat", "mamas-papas", "Mosquito Net Mamas and Papas Strada compatible Carrycot"),
    P("compat", "mamas-papas", "Seat Liner designed to fit Mamas & Papas Ocarro"),
    P("compat", "baobaohao", "适用于宝宝好推车 雨罩 防风 防雨"),
    P("compat", "baobaohao", "宝宝好 V3 推车 适配 前轮 替换件"),
    P("compat", "evenflo", "Summer Cover for Evenflo Gold Revolve360 Car Seat"),
    P("compat", "evenflo", "Car Seat Base Latch Strap designed to fit Evenflo LiteMax"),
    P("compat", "safety-1st", "Head Insert fits Safety 1st Grow and Go Car Seat"),
    P("compat", "safety-1st", "Replacement Chest Clip for Safety 1st OnBoard 35"),
    P("compat", "ganen", "适用 感恩 安全座椅 ISOFIX 导向槽 2只"),
    P("compat", "ganen", "感恩安全座椅 替换 坐垫 夏季 凉席"),
    P("compat", "spectra", "Duckbill Valves for Spectra S1 S2 Breast Pump, 6 pcs"),
    P("compat", "spectra", "贝瑞克吸奶器 适配 喇叭罩 24mm 2只装"),
    P("compat", "spectra", "兼容 贝瑞克 S2 吸奶器 导管 2根"),
    P("compat", "willow", "Flange Inserts 17mm compatible with Willow Go"),
    P("compat", "willow", "Replacement Containers for Willow 3.0 Pump, 4 Pack"),
    P("compat", "elvie", "Replacement Tubing for Elvie Stride Breast Pump"),
    P("compat", "elvie", "Silicone Diaphragm compatible for Elvie Pump"),
    P("compat", "lansinoh", "Breast Pump Adapter works with Lansinoh Storage Bags"),
    P("compat", "xinbei", "新贝吸奶器 替换 硅胶膜 配件 原装尺寸"),
    P("compat", "xinbei", "适用于新贝8615吸奶器 鸭嘴阀 3个"),
    P("compat", "haakaa", "Stopper for Haakaa Silicone Breast Pump Flower Shape"),
    P("compat", "haakaa", "Replacement Silicone Nipple fits Haakaa Gen 3 Bottle"),
    P("compat", "nuby", "Wide Neck Teats for Nuby Natural Touch Bottles 4 Pack"),
    P("compat", "rikang", "日康奶瓶 兼容 宽口径 奶嘴 2只装"),
    P("compat", "rikang", "适配 日康 奶瓶 吸管杯 手柄 重力球"),
    P("compat", "beaba", "Replacement Blade Gasket for Beaba Babycook"),
    P("compat", "beaba", "Steamer Basket works with BÉABA Babycook Neo"),
    P("compat", "miku", "Wall Mount for Miku Pro Baby Monitor No Drill"),
    P("compat", "miku", "Floor Stand compatible with Miku Smart Monitor"),
    # The device is the Hatch sound machine, named by compatibility wording.
    P("compat", "hatch", "Silicone Cover for Hatch Rest 2nd Gen Travel Case"),
    P("compat", "leander", "Fitted Sheets for Leander Classic Cot 2 Pack Organic"),
    P("compat", "oeuf", "Mattress designed to fit Oeuf Sparrow Crib 4 Inch"),
    P("compat", "snuzpod", "Fitted Sheet for SnuzPod 4 Bedside Crib Muslin"),
    P("compat", "snuzpod", "Snuz Pod compatible Mattress Protector Waterproof"),
    P("compat", "next2me", "Replacement Mattress for Next2Me Magic Crib"),
    P("compat", "next2me", "Mattress Protector fits Next 2 Me Bedside Crib"),
    P("compat", "pack-n-play", "Fitted Sheets for Pack 'n Play Playard 2 Pack"),
    P("compat", "pack-n-play", "Hanging Diaper Caddy compatible with Pack n Play"),
    P("compat", "boppy-pillow", "Slipcover fits Boppy Pillow Original Minky Grey"),
    P("compat", "boppy-pillow", "Cover for Boppy Nursing Pillow Muslin Floral"),
    P("compat", "tula", "Teething Pads for Tula Baby Carrier, Drool Pads 2 pcs"),
    P("compat", "boba", "Infant Insert compatible with Boba 4G Carrier"),
    P("compat", "lillebaby", "Bib Drool Pads works with LILLEbaby Complete"),
    P("compat", "snow-bear", "小白熊暖奶器 适用 奶瓶 转换头 宽口"),
    P("compat", "snow-bear", "替换 小白熊 消毒器 加热盘 原装规格"),
    P("compat", "regalo", "Wall Mount Kit for Regalo Easy Step Gate"),
    P(
        "compat",
        "zazu",
        "Battery Cover Replacement for Zazu Sam Soother",
        "Screw-on cover, 2 pcs.",
    ),
]

INSIDE_WORD = [
    P("inside_word", "tula", "Silicone Spatula Set for Baby Food 3 pcs Heat Resistant"),
    P("inside_word", "tula", "Mini Spatula and Bowl Scraper for Puree Jars"),
    P("inside_word", "tula", "Tarantula Plush Toy Realistic 25cm Halloween"),
    P("inside_word", "boba", "Bobath Therapy Ball 65cm for Physiotherapy and Pregnancy"),
    P("inside_word", "hatch", "Hatchback Car Sunshade for Baby Rear Window 2 pcs"),
    P("inside_word", "hatch", "Camping Hatchet with Sheath Forged Steel"),
    P("inside_word", "hatch", "Hatchling Turtle Plush Toy for Nursery Shelf"),
    P("inside_word", "hatch", "Crosshatch Sketching Pencils Set 12 Grades"),
    P("inside_word", "leander", "Oleander Seeds Pink Flowering Shrub 20 pcs"),
    P("inside_word", "oeuf", "Boeuf Bourguignon Seasoning Mix 40g"),
    P("inside_word", "spectra", "Spectral Sensor Module AS7341 11-Channel"),
    P("inside_word", "spectra", "Spectral Lines Poster Physics Classroom Chart"),
    P("inside_word", "willow", "Willowherb Tea Loose Leaf 100g"),
    P("inside_word", "willow", "Willowy Chiffon Maxi Dress Summer Beach"),
    P("inside_word", "frog-prince", "Frog Princess Costume Girls Green Dress Tiara"),
    P("inside_word", "silver-cross", "Silver Crossbody Chain Bag Mini Evening Purse"),
    P("inside_word", "silver-cross", "Silver Crossover Hoop Earrings Sterling"),
    P("inside_word", "miku", "Mikuni VM22 Carburetor for 110cc Pit Bike"),
    P("inside_word", "libero", "Liberon Black Bison Wax Polish Clear 500ml"),
    P("inside_word", "goon", "超大王冠 生日帽 儿童 派对 装饰"),
    P("inside_word", "goon", "巨大王八 毛绒玩具 搞怪 礼物"),
    P("inside_word", "rikang", "产后每日康复训练 弹力带 盆底肌"),
    P("inside_word", "rikang", "母亲节 今日康乃馨 花束 鲜花速递"),
    P("inside_word", "xinbei", "全新贝壳 手工 DIY 材料包 儿童"),
    P("inside_word", "xinbei", "全新贝雷帽 儿童 秋冬 针织"),
    P("inside_word", "baobaohao", "宝宝好睡神器 婴儿 襁褓 睡袋 防惊跳"),
    P("inside_word", "baobaohao", "宝宝好棒 奖励贴纸 幼儿园 卡通 100张"),
    P("inside_word", "merries", "美妙而舒适的 婴儿床品 四件套 纯棉"),
    P("inside_word", "snow-bear", "小白熊猫 抱枕 毛绒 公仔 40cm"),
]

GENERIC_WORD = [
    P("generic_word", "silver-cross", "925 Silver Cross Pendant Necklace Minimalist"),
    P("generic_word", "silver-cross", "Baptism Keepsake Box with Silver Cross Emblem"),
    P("generic_word", "silver-cross", "Small Silver Cross Stud Earrings Unisex"),
    # A willow Moses basket: willow is the material.
    P("generic_word", "willow", "Willow Moses Basket Handwoven with Mattress"),
    P("generic_word", "willow", "Weeping Willow Sapling Live Plant 60cm"),
    P("generic_word", "willow", "Blue Willow Pattern Dinner Plates Set of 4"),
    P("generic_word", "willow", "Dried Pussy Willow Branches Decor 10 Stems"),
    P("generic_word", "hatch", "Boat Deck Hatch Cover Round 150mm White"),
    P("generic_word", "hatch", "Loft Hatch Insulation Kit Draught Excluder"),
    P("generic_word", "hatch", "Pet Door Hatch for Cat Lockable 4-Way"),
    # Bibs as the product itself, in the baby trade: the garment, not the BIBS brand.
    P("generic_word", "bibs", "Waterproof Silicone Baby Bibs 3 Pack with Food Catcher"),
    P("generic_word", "bibs", "Bandana Drool Bibs for Boys 10 Pack Organic Cotton"),
    P("generic_word", "bibs", "Ski Bibs Men Insulated Snow Overalls"),
    P("generic_word", "bibs", "Running Race Bibs Numbers 1-100 Tyvek"),
    P("generic_word", "boba", "Boba Tea Cup Plush Toy Kawaii 30cm"),
    P("generic_word", "boba", "Tapioca Boba Pearls Black Sugar 1kg"),
    P("generic_word", "boba", "Wide Boba Straws 12mm Reusable Stainless 4 pcs"),
    P("generic_word", "tula", "Tula Gingerbread Russian Pryanik with Jam Filling"),
    P("generic_word", "tula", "Brass Samovar Tula Style Electric 3L"),
    P("generic_word", "leander", "Hero and Leander Marlowe Classic Poem Paperback"),
    P("generic_word", "oeuf", "Oeuf Cocotte Ramekins Set of 4 Ceramic"),
    # Hatsune Miku is another holder's character sharing the name.
    P("generic_word", "miku", "Hatsune Miku Figure 20cm PVC Anime"),
    P("generic_word", "miku", "Hatsune Miku Cosplay Wig Twin Tails 120cm"),
    P("generic_word", "zazu", "Lion King Zazu Hornbill Plush 25cm"),
    P("generic_word", "moony", "Moony Padfoot Wormtail Prongs Mug Marauders"),
    # A given name on a nursery sign or a necklace.
    P("generic_word", "elvie", "Elvie Personalised Name Sign Nursery Wall Wooden"),
    P("generic_word", "seraphine", "Seraphine Name Necklace Gold Plated"),
    # Another holder sharing the name.
    P("generic_word", "spectra", "Spectra Precision LL300N Laser Level Kit"),
    P("generic_word", "snow-bear", "Snow Bear Plush Toy White Polar Bear 30cm"),
    P("generic_word", "snow-bear", "小白熊 毛绒玩具 北极熊 公仔 生日礼物"),
    P("generic_word", "frog-prince", "The Frog Prince Fairy Tale Picture Book Hardcover"),
    P("generic_word", "frog-prince", "青蛙王子 童话绘本 3-6岁 睡前故事"),
    P("generic_word", "kangaroo-mommy", "Kangaroo Mommy and Joey Plush Set with Pouch"),
    P("generic_word", "kangaroo-mommy", "袋鼠妈妈 毛绒玩偶 带宝宝 口袋"),
    P("generic_word", "goon", "大王椰 盆栽 室内 大型 绿植"),
    P("generic_word", "goon", "大王乌贼 模型 海洋生物 科普"),
    P("generic_word", "ganen", "感恩节 装饰 火鸡 挂件 秋季"),
    P("generic_word", "ganen", "感恩卡片 教师节 贺卡 10张"),
    P("generic_word", "mamypoko", "妈咪宝贝 亲子装 母女 T恤 夏季"),
    P("generic_word", "safety-1st", "Safety First Sign Workshop Metal Plaque"),
    P("generic_word", "safety-1st", "Safety First Embroidered Patch Iron On"),
    P("generic_word", "mamas-papas", "The Mamas and the Papas Greatest Hits Vinyl LP"),
    # A Scottish clan name.
    P("generic_word", "maclaren", "Maclaren Clan Tartan Scarf Lambswool"),
    P("generic_word", "maclaren", "MacLaren Modern Tartan Kilt Pin Crest"),
    P("generic_word", "teutonia", "Teutonia Germania Historical Map Print A3"),
    P("generic_word", "coterie", "Coterie Word Art Print Friends Definition"),
]

COMMON_WORD = [
    P("common_word", "evenflo", "Evenflow Drip Irrigation Emitters 100 pcs"),
    P("common_word", "joolz", "Jools Holland Live Concert DVD"),
    P("common_word", "boba", "Rum Baba Cake Mold Aluminium 6 pcs"),
    P("common_word", "tula", "Tuba Mouthpiece Brass 24AW Silver Plated"),
    P("common_word", "tula", "Tuna Flakes in Olive Oil 185g Can"),
    P("common_word", "bibs", "Drill Bits Set 13 pcs Cobalt HSS"),
    P("common_word", "bibs", "Pork Ribs Seasoning Rub 200g BBQ"),
    P("common_word", "hatch", "Embroidered Patch Iron On Rainbow 5 pcs"),
    P("common_word", "hatch", "Baby Gate Latch Replacement Lock"),
    P("common_word", "hatch", "Rabbit Hutch Outdoor Two-Tier Wooden"),
    # Pillow is one letter from Willow, used as the product.
    P("common_word", "willow", "Pregnancy Pillow U Shape Full Body Maternity"),
    P("common_word", "willow", "Billow Curtain Sheer Voile White 2 Panels"),
    P("common_word", "elvie", "Elvis Presley Poster Vintage Concert Print"),
    P("common_word", "miku", "Mika Name Keychain Acrylic Personalised"),
    P("common_word", "luvs", "Luv U Mum Card Mother's Day Handmade"),
    P("common_word", "luvs", "Lugs Replacement Wheel Nut Set M12"),
    P("common_word", "moony", "Money Box Piggy Bank for Kids Ceramic"),
    P("common_word", "moony", "Moon Night Light Nursery Lamp 3D Print"),
    P("common_word", "merries", "Frozen Mixed Berries 1kg Smoothie Pack"),
    P("common_word", "nuby", "Nubby Sensory Balls Baby Textured 6 pcs"),
    P("common_word", "nuby", "Ruby Red Velvet Headband Girls"),
    P("common_word", "regalo", "Regal Velvet Blackout Curtains Nursery"),
    P("common_word", "seraphine", "Seraphim Angel Figurine Resin Nursery Decor"),
    P("common_word", "spectra", "Spectre Movie Poster Framed 007 Fan Art"),
    P("common_word", "icandy", "Candy Floss Machine Party Rental Pink"),
    P("common_word", "icandy", "Eye Candy Lip Gloss Set 6 Colours"),
    # The car maker's name, on a model car: another holder, one letter from Maclaren.
    P("common_word", "maclaren", "McLaren 720S 1:24 Diecast Model Car Orange"),
    P("common_word", "teutonia", "Teutonic Knight Helmet Replica Steel"),
    P("common_word", "lillebaby", "Lille France City Poster Minimalist Print"),
    P("common_word", "leander", "Lavender Sleep Spray for Baby Pillow 100ml"),
    P("common_word", "rikang", "婴儿健康 电子体温计 额温枪"),
    P("common_word", "xinbei", "宝贝 睡袋 纯棉 四季 防踢被"),
    P("common_word", "xinbei", "新款 婴儿连体衣 春秋 纯棉"),
    P("common_word", "ganen", "婴儿感冒 退热贴 6贴 物理降温"),
    P("common_word", "snow-bear", "小白兔 毛绒玩具 安抚 公仔"),
    P("common_word", "goon", "大号 婴儿浴盆 可折叠 带温度计"),
    P("common_word", "shiyue-jiejing", "十月怀胎 孕期 日记本 手账"),
    P("common_word", "frog-prince", "青蛙公主 儿童 雨衣 雨鞋 套装"),
    P("common_word", "kangaroo-mommy", "袋鼠宝宝 背带 前抱式 透气"),
    # 妈咪包 (a mummy bag) is two characters from 妈咪宝贝.
    P("common_word", "mamypoko", "妈咪包 大容量 双肩 外出 母婴包"),
    P("common_word", "libero", "丽贝卡 公主裙 女童 生日 礼服"),
    P("common_word", "chiaus", "祛雀斑 精华液 30ml 淡斑"),
    P("common_word", "pack-n-play", "Pick n Play Magnetic Fishing Game Wooden"),
    P("common_word", "next2me", "Next to Me Bedside Table Lamp Wooden"),
]

CLEAN = [
    P("clean", "", "Lightweight Baby Stroller Foldable Travel Pushchair 6.5kg"),
    P("clean", "", "3-in-1 Baby Pram with Carrycot and Car Seat Adapter"),
    P("clean", "", "Double Stroller Side by Side for Twins Grey"),
    P("clean", "", "Jogging Stroller with Air Tyres and Hand Brake"),
    P("clean", "", "Universal Stroller Rain Cover Clear PVC"),
    P("clean", "", "Stroller Fan Clip-On USB Rechargeable Bladeless"),
    P("clean", "", "Pram Organiser Bag with Insulated Cup Pockets"),
    P("clean", "", "Buggy Board with Seat Ride-On Step for Toddlers"),
    P("clean", "", "Convertible Car Seat Rear Facing 0-25kg ISOFIX"),
    P("clean", "", "Infant Car Seat Group 0+ with Canopy Wholesale"),
    P("clean", "", "High Back Booster Seat 15-36kg Adjustable Headrest"),
    P("clean", "", "Backseat Mirror for Rear Facing Infant Shatterproof"),
    P("clean", "", "Car Seat Protector Mat Waterproof Non-Slip"),
    P("clean", "", "Anti-Colic Baby Bottle 240ml Wide Neck PPSU"),
    P("clean", "", "Glass Feeding Bottle 120ml Newborn Slow Flow"),
    P("clean", "", "Silicone Teats Medium Flow 2 Pack BPA Free"),
    P("clean", "", "Baby Bottle Brush Set with Teat Cleaner"),
    P("clean", "", "Bottle Drying Rack Countertop Grass Style"),
    P("clean", "", "Portable Bottle Warmer Cordless for Travel"),
    P("clean", "", "Formula Milk Powder Dispenser 3 Compartments"),
    P("clean", "", "Electric Steam Sterilizer for Baby Bottles 6 Slots"),
    P("clean", "", "Wearable Breast Pump Hands-Free 24mm Flange"),
    P("clean", "", "Manual Breast Pump Silicone Milk Collector 100ml"),
    P("clean", "", "Double Electric Breast Pump Rechargeable 4 Modes"),
    P("clean", "", "Breast Milk Storage Bags 200ml 60 pcs"),
    P("clean", "", "Nursing Pads Disposable Ultra Thin 100 pcs"),
    P("clean", "", "Nipple Cream Lanolin-Free Organic 30ml"),
    P("clean", "", "Nursing Bra Seamless Wireless Maternity"),
    P("clean", "", "Maternity Leggings High Waist Over Bump"),
    P("clean", "", "Postpartum Belly Band Recovery Wrap"),
    P("clean", "", "Hospital Bag Checklist Set for Mum and Baby"),
    P("clean", "", "Disposable Baby Diapers Size 3 Wholesale OEM"),
    P("clean", "", "Pull-Up Training Pants Size XL Bulk"),
    P("clean", "", "Cloth Nappy Reusable with Bamboo Insert"),
    P("clean", "", "Swim Nappies Reusable Adjustable 2 Pack"),
    P("clean", "", "Water Based Baby Wipes 99% Pure 60 Sheets x 12"),
    P("clean", "", "Flushable Wipes Sensitive Fragrance Free"),
    P("clean", "", "Changing Mat Portable Waterproof Foldable"),
    P("clean", "", "Nappy Bin with Odour Lock Refills"),
    P("clean", "", "Diaper Rash Cream Zinc Oxide 100g"),
    P("clean", "", "Video Baby Monitor 5 Inch Screen Night Vision"),
    P("clean", "", "WiFi Baby Camera 2K Cry Detection App"),
    P("clean", "", "Audio Baby Monitor Long Range Two-Way Talk"),
    P("clean", "", "Breathing Movement Sensor Pad for Cot"),
    P("clean", "", "White Noise Machine 30 Sounds Night Light"),
    P("clean", "", "Room Thermometer Hygrometer for Nursery"),
    P("clean", "", "Ergonomic Baby Carrier 4 Positions Breathable Mesh"),
    P("clean", "", "Hip Seat Carrier with Storage Waist Belt"),
    P("clean", "", "Stretchy Baby Wrap Sling Newborn Cotton"),
    P("clean", "", "Ring Sling Linen Baby Carrier Natural"),
    P("clean", "", "Toddler Hiking Backpack Carrier with Sunshade"),
    P("clean", "", "Solid Wood Baby Cot Convertible to Toddler Bed"),
    P("clean", "", "Bedside Sleeper Bassinet Height Adjustable"),
    P("clean", "", "Baby Changing Table with Storage Drawers"),
    P("clean", "", "Nursery Rocking Chair Glider Upholstered"),
    P("clean", "", "Portable Travel Cot with Carry Bag"),
    P("clean", "", "Baby Playpen Large Foldable Safety Fence"),
    P("clean", "", "Wooden High Chair Adjustable Grows with Child"),
    P("clean", "", "Cot Mattress Breathable Foam 120x60"),
    P("clean", "", "Muslin Swaddle Blankets 3 Pack Bamboo"),
    P("clean", "", "Baby Sleeping Bag 2.5 Tog Winter"),
    P("clean", "", "Stair Gate Pressure Fit 75-82cm White"),
    P("clean", "", "Corner Protectors Clear Silicone 12 pcs"),
    P("clean", "", "Baby Bath Tub Foldable with Temperature Plug"),
    P("clean", "", "Hooded Baby Towel Organic Cotton Animal Ears"),
    P("clean", "", "Silicone Suction Bowl and Spoon Set"),
    P("clean", "", "Pacifier Clip Wooden Beads Personalised"),
    P("clean", "", "Orthodontic Pacifier 0-6 Months Silicone 2 Pack"),
    P("clean", "", "Teething Ring Water Filled Cooling"),
    P("clean", "", "Play Gym Activity Mat with Hanging Toys"),
    P("clean", "", "Baby Walker Wooden Push Toy Blocks"),
    P("clean", "", "Maternity Pillow C Shape Side Sleeper Cover"),
    P("clean", "", "Baby Nasal Aspirator Electric Gentle Suction"),
    P("clean", "", "Digital Baby Scale with Hold Function"),
    P("clean", "", "Nursing Cover Breathable Cotton Privacy Apron"),
    P("clean", "", "Baby Food Maker Steamer Blender Glass Jar"),
    P("clean", "", "Toddler Potty Training Seat with Step Stool"),
    P("clean", "", "婴儿推车 轻便 折叠 可坐可躺 伞车"),
    P("clean", "", "高景观 婴儿车 双向推行 避震 四轮"),
    P("clean", "", "双胞胎 婴儿推车 前后座 可拆分"),
    P("clean", "", "推车 雨罩 防风罩 通用款"),
    P("clean", "", "儿童安全座椅 汽车用 9个月-12岁 ISOFIX"),
    P("clean", "", "婴儿提篮 新生儿 车载 安全座椅"),
    P("clean", "", "增高垫 儿童 汽车 便携 3-12岁"),
    P("clean", "", "宽口径 玻璃奶瓶 新生儿 防胀气 240ml"),
    P("clean", "", "硅胶奶嘴 仿母乳 十字孔 2只装"),
    P("clean", "", "奶瓶刷 套装 海绵 旋转 清洁"),
    P("clean", "", "恒温调奶器 智能 冲奶机 1.2L"),
    P("clean", "", "暖奶器 双瓶 消毒 二合一"),
    P("clean", "", "电动吸奶器 双边 静音 产后 按摩"),
    P("clean", "", "手动吸奶器 硅胶 集乳器 防溢"),
    P("clean", "", "储奶袋 一次性 母乳 保鲜袋 200ml 30片"),
    P("clean", "", "防溢乳垫 一次性 超薄 100片"),
    P("clean", "", "哺乳文胸 孕妇 无钢圈 聚拢 防下垂"),
    P("clean", "", "孕妇裤 托腹 春秋 打底裤"),
    P("clean", "", "月子服 纯棉 哺乳 睡衣 套装"),
    P("clean", "", "产后 收腹带 顺产 剖腹产 通用"),
    P("clean", "", "待产包 入院 全套 孕妇 产后用品"),
    P("clean", "", "婴儿纸尿裤 L码 超薄 透气 整箱 贴牌"),
    P("clean", "", "拉拉裤 加大码 夜用 干爽 批发"),
    P("clean", "", "婴儿湿巾 手口 专用 80抽 带盖"),
    P("clean", "", "隔尿垫 防水 可洗 透气 纯棉"),
    P("clean", "", "护臀膏 婴儿 红屁屁 50g"),
    P("clean", "", "婴儿监视器 看护器 哭声提醒 夜视"),
    P("clean", "", "婴儿 摄像头 家用 无线 手机远程"),
    P("clean", "", "婴儿背带 腰凳 四季 通用 前抱式"),
    P("clean", "", "婴儿床 实木 无漆 多功能 可拼接大床"),
    P("clean", "", "床中床 便携 新生儿 仿生 防压"),
    P("clean", "", "尿布台 婴儿 护理台 可折叠 洗澡"),
    P("clean", "", "儿童餐椅 多功能 可折叠 宝宝吃饭"),
    P("clean", "", "游戏围栏 婴儿 室内 爬行垫 护栏"),
    P("clean", "", "防踢被 婴儿 睡袋 纯棉 秋冬"),
    P("clean", "", "安抚奶嘴 硅胶 新生儿 0-6个月"),
    P("clean", "", "牙胶 婴儿 磨牙棒 咬咬乐 可水煮"),
    P("clean", "", "婴儿 洗澡盆 可折叠 家用 大号浴盆"),
    P("clean", "", "辅食机 婴儿 蒸煮 搅拌 一体"),
    P("clean", "", "吸鼻器 婴儿 电动 通鼻 清洁"),
    P("clean", "", "婴儿 体重秤 精准 家用"),
]
