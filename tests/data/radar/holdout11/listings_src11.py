"""The hand-written listings of the eleventh held-out corpus.

Every listing is written by hand. ``hg()``, ``gk()`` and ``fw()`` only spell Cyrillic look-alike,
Greek look-alike and full-width letters for the letters named; ``ZW`` is a zero-width space.
Groups and expected rights are given without the ``r11-`` prefix. Borderline label calls are
commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "r11-"
ZW = "\u200b"
_CYRILLIC = dict(zip("aceopxyisjABCEHKMOPTXSI", "асеорхуіѕјАВСЕНКМОРТХЅІ", strict=True))
_GREEK = dict(zip("ABEZHIKMNOPTXYoiv", "ΑΒΕΖΗΙΚΜΝΟΡΤΧΥοιν", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` spelt by its Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in word)


def gk(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` spelt by its Greek look-alike."""
    return "".join(_GREEK[c] if c in letters else c for c in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (ASCII letters, digits and signs; space as U+3000)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Listing:
    case: str
    group: str  # full right id, "" for clean
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None


def L(
    case: str,
    group: str,
    title: str,
    description: str = "",
    brand: str = "",
    *,
    image: bool = False,
    expected: tuple[str, ...] | None = None,
    without: tuple[str, ...] | None = None,
) -> Listing:
    def full(ids: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return None if ids is None else tuple(PREFIX + i for i in ids)

    return Listing(
        case,
        PREFIX + group if group else "",
        title,
        description,
        brand,
        image,
        full(expected),
        full(without),
    )


# --------------------------------------------------------------------------- positives

EXACT = [
    L("exact", "nestle", "Nestlé Nido Fortified Full Cream Milk Powder 2500g Tin Wholesale"),
    L("exact", "lux", "Lux Soft Rose Perfumed Beauty Soap Bar 80g x 72 Pcs Carton"),
    L("exact", "omo", "OMO Active Auto Washing Powder 3kg Bag Export Carton of 4"),
    # Merchandise bearing the mark is a positive (a keychain, a cap, an emblem).
    L("exact", "peugeot", "Peugeot Lion Logo Metal Keychain Car Key Ring Gift Box"),
    L("exact", "renault", "Renault Sport Team Baseball Cap Embroidered Adjustable Yellow"),
    L("exact", "acura", "Acura Chrome 3D Logo Emblem Badge Sticker 140mm Silver", brand="OEM"),
    L("exact", "noctua", "Noctua NF-A12x25 PWM 120mm Premium Quiet Case Fan 4-Pin"),
    L("exact", "ezviz", "EZVIZ C6N 1080P Pan Tilt Indoor WiFi Security Camera Night Vision"),
    L("exact", "kao", "Kao Merries Baby Tape Diapers Size L 54pcs Made in Japan"),
    L("exact", "superdry", "Superdry Vintage Logo Embroidered Hoodie Men Navy Marl"),
    L("exact", "bissell", "Bissell CrossWave Cordless Max Wet Dry Floor Cleaner 2554"),
    L("exact", "parker", "Parker Jotter Stainless Steel Ballpoint Pen Medium Blue Gift Box"),
    L("exact", "tenda", "Tenda AC10 AC1200 Smart Dual Band Gigabit WiFi Router"),
    L("exact", "mulberry", "Mulberry Bayswater Oak Natural Grain Leather Tote Bag"),
    L("exact", "lotto", "Lotto Stadio Pro FG Firm Ground Football Boots Soccer Cleats"),
    L("exact", "hamilton", "Hamilton Khaki Field Mechanical 38mm Hand-Wound Watch"),
    L("exact", "zenith", "Zenith Chronomaster Sport Automatic Chronograph 41mm"),
    L("exact", "merida", "Merida Scultura 4000 Carbon Road Bike Shimano 105 2024"),
    L("exact", "kingston", "Kingston FURY Beast 16GB DDR4 3200MHz Desktop RAM Kit"),
    # The mark in the description only.
    L(
        "exact",
        "banana-republic",
        "Men's Slim Fit Stretch Chino Pants Khaki Export Surplus",
        "Overrun stock from a Banana Republic factory order, original hang tags, sizes 30-38, "
        "mixed colours per carton.",
    ),
    L(
        "exact",
        "la-roche-posay",
        "Oil Control Anti-Blemish Cream 40ml Dual Action Face Care",
        "La Roche-Posay Effaclar Duo+ from French pharmacy stock, batch code on the box, ships "
        "from bonded warehouse.",
    ),
    L(
        "exact",
        "waterpik",
        "Cordless Oral Irrigator Rechargeable Dental Flosser 4 Tips",
        "Waterpik Cordless Plus WP-450, US plug, retail box sealed.",
    ),
    L(
        "exact",
        "magic-bullet",
        "Personal Blender 11-Piece Set with Cups and Party Mugs",
        "Genuine Magic Bullet MBR-1101 base, 250W, cross blade and flat blade in the box.",
    ),
    L(
        "exact",
        "thule",
        "Aluminium Roof Rack Cross Bars 127cm Lockable Pair",
        "Thule WingBar Evo bars, ordered for a fleet project that was cancelled, unopened.",
    ),
]

ALIAS = [
    # Accent-free spelling of an accented mark: an alias.
    L("alias", "nestle", "Nestle Coffee-Mate Original Non-Dairy Creamer 400g Jar"),
    L("alias", "xiuzheng", "Xiuzheng Wormwood Foot Patch Detox Pads 50pcs Per Box"),
    L("alias", "fulinmen", "Fulinmen First Grade Soybean Oil 5L PET Bottle 4 per Carton"),
    L("alias", "juewei", "Juewei Spicy Braised Duck Neck Vacuum Packed Chinese Snack 200g"),
    L("alias", "xtep", "Xtep 160X 5.0 Carbon Plate Marathon Racing Running Shoes"),
    L("alias", "pelliot", "Pelliot 3 in 1 Waterproof Hardshell Jacket Unisex Fleece Liner"),
    L("alias", "changan", "Changan Logo Leather Key Fob Keychain Car Accessories"),
    L("alias", "zhang-xiaoquan", "Zhang Xiaoquan Stainless Kitchen Scissors Heavy Duty Shears"),
    L("alias", "aigo", "aigo 20000mAh Power Bank PD 22.5W Fast Charging Dual USB"),
    L("alias", "liangmianzhen", "Liangmianzhen Chinese Herbal Toothpaste 140g Family Pack"),
    L("alias", "skoda", "Skoda Octavia RS Front Grille Emblem Badge Gloss Black"),
    L("alias", "jack-jones", "JACK&JONES Men's Crew Neck Sweatshirt Loose Fit Cotton"),
    L("alias", "lynk-co", "Lynk&Co Metal Keychain Car Logo Key Ring Zinc Alloy"),
    L("alias", "tp-link", "TPLink Deco M4 AC1200 Whole Home Mesh WiFi System 3-Pack"),
    L("alias", "delonghi", "Delonghi Magnifica S ECAM22.110 Bean to Cup Coffee Machine"),
    L("alias", "waterpik", "Water Pik Ultra Countertop Water Flosser WP-100 White"),
    L("alias", "magic-bullet", "MagicBullet Mini Personal Blender Travel Cup Set"),
    L("alias", "puzzle-bag", "Loewe Puzzle Small Calfskin Shoulder Bag Tan"),
    # The mark in the description only.
    L(
        "alias",
        "jiangzhong",
        "Monkey Head Mushroom Biscuits 720g Stomach Friendly Breakfast",
        "Jiangzhong Hougu original 15-day box, Chinese label, best before 2026.",
    ),
    L(
        "alias",
        "golden-throat",
        "Herbal Throat Lozenges Sugar Free 12 Boxes Wholesale",
        "Golden Throat brand pills, 20 per box, the classic Guangxi formula.",
    ),
    # "replica" framing does not launder the design's name.
    L(
        "alias",
        "ph-artichoke",
        "Copper Leaf Pendant Light 60cm Designer Chandelier",
        "Artichoke Lamp 1:1 replica, 72 copper leaves, E27 holder, ships flat packed.",
    ),
]

CHINESE = [
    L("chinese", "xiuzheng", "修正 艾草足贴 祛湿 老北京足贴 50贴/盒 厂家批发"),
    L("chinese", "jiangzhong", "江中 猴姑饼干 15天装 720g 养胃 早餐代餐"),
    L("chinese", "golden-throat", "金嗓子喉宝 润喉糖 原味 20粒 x 10盒 整箱"),
    L("chinese", "liangmianzhen", "两面针 中药牙膏 140g 清新口气 家庭装 3支"),
    L("chinese", "fulinmen", "福临门 一级大豆油 5L x 4桶 整箱批发 粮油"),
    L("chinese", "juewei", "绝味鸭脖 麻辣 真空小包装 办公室零食 500g"),
    L("chinese", "xtep", "特步 男鞋 跑步鞋 2024秋季新款 减震 透气 网面"),
    L("chinese", "pelliot", "伯希和 三合一 冲锋衣 男女同款 防水 可拆卸内胆"),
    L("chinese", "changan", "长安汽车 1:18 合金车模 原厂 收藏 礼品"),
    L("chinese", "zhang-xiaoquan", "张小泉 家用剪刀 不锈钢 厨房剪 强力鸡骨剪"),
    L("chinese", "aigo", "爱国者 移动电源 20000毫安 22.5W 快充 超薄"),
    L("chinese", "nestle", "雀巢咖啡 1+2 原味 速溶 100条 盒装 整箱"),
    L("chinese", "lux", "力士 沐浴露 恒久嫩肤 1L 大瓶装 家庭装"),
    L("chinese", "omo", "奥妙 洗衣液 除菌除螨 3kg 薰衣草香 批发"),
    # 猫头鹰 ("owl") naming the maker of a CPU cooler is Noctua's Chinese name.
    L("chinese", "noctua", "猫头鹰 NH-D15 双塔 CPU散热器 静音 风冷 电脑"),
    # 萤石 ("fluorite") naming the maker of a camera.
    L("chinese", "ezviz", "萤石 C6CN 监控摄像头 家用 无线 手机远程"),
    L("chinese", "kao", "花王 蒸汽眼罩 热敷 缓解眼疲劳 12片 无香"),
    # 极度干燥 ("extremely dry") as the maker of a garment.
    L("chinese", "superdry", "极度干燥 男士 纯棉 短袖 日系 潮牌 夏季"),
    L("chinese", "bissell", "必胜 家用洗地机 吸拖一体 无线 自清洁"),
    L("chinese", "parker", "派克 钢笔 商务 礼盒装 可刻字 0.5mm"),
    L("chinese", "gigabyte", "技嘉 B760M 主板 电竞小雕 DDR5"),
    L("chinese", "merida", "美利达 勇士 山地自行车 27速 铝合金 油碟"),
    # 腾达 naming the maker of a router (see generic_word for the idiom 飞黄腾达).
    L("chinese", "tenda", "腾达 千兆路由器 双频 家用 穿墙王"),
    L("chinese", "lynk-co", "领克 车标 金属 尾标 改装 黑武士"),
    # The mark in the description only.
    L(
        "chinese",
        "renault",
        "F1 赛车 合金模型 1:43 收藏 摆件",
        "雷诺车队 2005年 冠军涂装，原厂授权，带亚克力展示盒。",
    ),
    L(
        "chinese",
        "fulinmen",
        "东北大米 长粒香 10kg 新米 真空包装",
        "中粮福临门出品，产地直发，支持一件代发。",
    ),
    L(
        "chinese",
        "la-roche-posay",
        "B5 修复霜 40ml 舒缓 保湿 敏感肌",
        "理肤泉 法国药房版，保质期到2026年。",
    ),
    # "同款机芯" (the same movement as ...): framing does not launder.
    L(
        "chinese",
        "delonghi",
        "全自动咖啡机 家用 意式 研磨一体 小型",
        "德龙同款机芯，商用级 15Bar 泵压，一键奶咖。",
    ),
    L(
        "chinese",
        "hush-puppies",
        "男士 休闲皮鞋 真皮 软底 中年 爸爸鞋",
        "暇步士 正品尾单，断码清仓，不退不换。",
    ),
    L(
        "chinese",
        "thule",
        "车顶行李箱 大容量 SUV 通用 加厚",
        "拓乐同款外形，ABS材质，双侧开启，带锁。",
    ),
]

CASE_WIDTH = [
    L("case_width", "ezviz", fw("EZVIZ") + " C8C Outdoor PTZ Camera 4MP Colour Night Vision"),
    L("case_width", "xtep", "xTEP Men's Lightweight Running Shoes Breathable Mesh"),
    L("case_width", "kingston", fw("Kingston") + " 128GB USB 3.2 Flash Drive Metal"),
    # The mark is registered in capitals; the usual mixed-case spelling is a case change.
    L("case_width", "gigabyte", "Gigabyte RTX 4060 Eagle OC 8GB GDDR6 Graphics Card"),
    L("case_width", "omo", "omo Hand Wash Detergent Powder 500g Sachet Bulk"),
    L("case_width", "aigo", "AIGO Portable SSD 1TB Type-C Rugged Metal Shell"),
    L("case_width", "scotch", "SCOTCH Heavy Duty Shipping Packaging Tape 48mm x 50m"),
    L("case_width", "thule", "THULE Crossover 2 Laptop Backpack 30L Black"),
    L("case_width", "bissell", "BiSSELL Little Green Portable Carpet Spot Cleaner"),
    L("case_width", "mulberry", fw("mulberry") + " Leather Crossbody Bag Small Oak"),
    L("case_width", "zenith", fw("ZENITH") + " Defy Skyline 41mm Automatic Blue Dial"),
    # The mark in the description only.
    L(
        "case_width",
        "tp-link",
        "WiFi 6 Router AX1800 Dual Band Gigabit Ports",
        "Archer AX21 by " + fw("TP-LINK") + ", EU plug, bulk white box.",
    ),
    L(
        "case_width",
        "lotto",
        "Retro Track Jacket Men Italy 90s Style Zip Front",
        "lOtTo Italia heritage line, sizes S-XXL.",
    ),
    L(
        "case_width",
        "camper",
        "Leather Sneakers Men Retro Low Top Rubber Sole",
        "cAMPER Pelotas shape, sole stamped, EU 39-45.",
    ),
]

ACCENT = [
    L("accent", "nestle", "Nèstlé Cerelac Infant Cereal Wheat Milk 400g"),
    L("accent", "renault", "Rénault Sport Metal Keychain Yellow Diamond Logo"),
    L("accent", "peugeot", "Pëugeot Lion Car Door Welcome Logo Projector Light 2pcs"),
    # The town is spelt Mérida (see generic_word); naming the maker of a bike it is the mark.
    L("accent", "merida", "Mérida Big Nine 29er Hardtail Mountain Bike Frame"),
    L("accent", "skoda", "Skôda Octavia Chrome Emblem Rear Boot Badge"),
    L("accent", "zenith", "Zénith Pilot Type 20 Aviator Watch Bronze Case"),
    L("accent", "lotto", "Lottò Vintage Tennis Shoes White Leather"),
    L("accent", "hamilton", "Hamiltön Jazzmaster Automatic Watch 40mm"),
    L("accent", "kingston", "Kïngston DDR5 32GB 5600MHz Laptop Memory SODIMM"),
    L("accent", "camper", "Cämper Runner K21 Sneakers Women Knit"),
    L("accent", "noctua", "Noctüa NH-U12S Redux CPU Cooler 120mm"),
    # The mark in the description only.
    L(
        "accent",
        "delonghi",
        "Espresso Machine 15 Bar Milk Frother Stainless Steel",
        "Dé'Lónghi Dedica original, 220V, boxed with tamper.",
    ),
    L(
        "accent",
        "la-roche-posay",
        "Sunscreen Fluid SPF50+ Invisible Finish 50ml",
        "La Rôche-Posay Anthelios UVMune 400, new batch.",
    ),
    # "style" does not launder.
    L(
        "accent",
        "infiniti",
        "Chrome Car Emblem Badge Oval Logo 3D Rear",
        "Infinitì Q50 Q60 QX50 style badge, foam adhesive back.",
    ),
]

HOMOGLYPH = [
    L("homoglyph", "xtep", hg("Xtep", "X") + " Men's Running Shoes Cushion Sports Sneakers"),
    L("homoglyph", "ezviz", hg("EZVIZ", "E") + " H8c 2K Outdoor Pan Tilt WiFi Camera"),
    L("homoglyph", "nokia", hg("Nokia", "o") + " 3310 Classic Feature Phone Dual SIM 2G"),
    L("homoglyph", "scotch", hg("Scotch", "c") + " Magic Invisible Tape 19mm x 33m 12 Rolls"),
    L("homoglyph", "thule", hg("Thule", "T") + " Chasm Duffel Bag 70L Waterproof"),
    L("homoglyph", "parker", gk("Parker", "P") + " IM Rollerball Pen Black Gold Trim"),
    L("homoglyph", "kingston", gk("Kingston", "K") + " A400 480GB 2.5 Inch Internal SSD"),
    L("homoglyph", "zenith", gk("Zenith", "Z") + " Elite Classic Automatic 40mm Steel"),
    L("homoglyph", "acura", hg("Acura", "A") + " Steering Wheel Logo Emblem Sticker Chrome"),
    L(
        "homoglyph",
        "moleskine",
        hg("Moleskine", "Mo") + " Pocket Notebook Soft Cover Plain 192 Pages",
    ),
    L("homoglyph", "superdry", hg("Superdry", "S") + " Windcheater Jacket Hooded Zip Men"),
    # The mark in the description only.
    L(
        "homoglyph",
        "renault",
        "Metal Diamond Logo Keychain Car Key Ring",
        hg("Renault", "e") + " official style logo, zinc alloy, gift bag included.",
    ),
    L(
        "homoglyph",
        "tenda",
        "Mesh WiFi System 3 Pack Whole Home Coverage",
        hg("Tenda", "T") + " Nova MW6, three nodes, Chinese plug with adapter.",
    ),
    L(
        "homoglyph",
        "jack-jones",
        "Men's Denim Jacket Washed Blue Classic Fit",
        hg("Jack & Jones", "ao") + " original label, stock lot 600 pcs.",
    ),
]

LEETSPEAK = [
    L("leetspeak", "nokia", "N0kia 105 4G Dual SIM Feature Phone Long Battery"),
    L("leetspeak", "superdry", "Sup3rdry Men's Vintage Logo Crew Tee Cotton"),
    L("leetspeak", "mulberry", "Mu1berry Lily Top Handle Leather Bag"),
    L("leetspeak", "lotto", "L0tt0 Tacto Futsal Indoor Football Shoes"),
    L("leetspeak", "kingston", "K1ngst0n 32GB microSD Card Class 10 U1"),
    L("leetspeak", "noctua", "N0ctua NF-P12 Redux 1700 PWM Fan"),
    L("leetspeak", "fiat", "F1at 500 Logo Keychain Red Enamel"),
    L("leetspeak", "zenith", "Z3nith Defy Classic Skeleton Watch"),
    L("leetspeak", "parker", "P@rker Sonnet Fountain Pen Gold Nib"),
    L("leetspeak", "bissell", "B1ssell Pet Hair Eraser Handheld Vacuum"),
    L("leetspeak", "xtep", "XT3P 260X Racing Flats Marathon Shoes"),
    # The mark in the description only.
    L(
        "leetspeak",
        "hamilton",
        "Automatic Pilot Watch 42mm Men Leather Strap",
        "H4milton Khaki Aviation dial, 80h power reserve movement.",
    ),
    L(
        "leetspeak",
        "infiniti",
        "Car Door Logo Projector LED 2pcs Wireless",
        "1nf1n1t1 logo slide, fits all doors, easy install.",
    ),
    L(
        "leetspeak",
        "scotch",
        "Clear Packing Tape 48mm x 100m 36 Rolls",
        "$cotch box sealing tape, strong acrylic adhesive.",
    ),
]

SPACING = [
    L("spacing", "ezviz", "E Z V I Z C3TN Outdoor Camera 1080P Weatherproof"),
    L("spacing", "nokia", "N.o.k.i.a 6310 Classic Phone Big Buttons"),
    L("spacing", "thule", "T-h-u-l-e Subterra Carry-On Luggage 55cm"),
    L("spacing", "zenith", "Z.E.N.I.T.H Defy Extreme Chronograph"),
    L("spacing", "moleskine", "Mole skine Large Weekly Planner 2025 Hard Cover"),
    L("spacing", "superdry", "S_u_p_e_r_d_r_y Everest Parka Jacket Men"),
    L("spacing", "parker", "P a r k e r Vector Roller Ball Pen Blue"),
    L("spacing", "lynk-co", "L y n k & C o 01 Car Logo Keychain Metal"),
    L("spacing", "bissell", "Bis" + ZW + "sell SpotClean Pro Carpet Upholstery Cleaner"),
    L("spacing", "xtep", "特 步 男子 运动鞋 透气 轻便 跑鞋"),
    L("spacing", "juewei", "绝 味 鸭脖 鸭锁骨 麻辣 卤味 零食"),
    # The mark in the description only.
    L(
        "spacing",
        "hush-puppies",
        "Men's Suede Loafers Slip On Casual Shoes",
        "H u s h  P u p p i e s factory surplus, sizes 40-46.",
    ),
    L(
        "spacing",
        "magic-bullet",
        "High Speed Blender 11 Pcs Kitchen Set",
        "M-a-g-i-c B-u-l-l-e-t original design, 250W motor.",
    ),
    L(
        "spacing",
        "kao",
        "Baby Diapers Size M 64pcs Breathable Tape",
        "K.A.O Merries original Japan version.",
    ),
]

MISSPELLING = [
    L("misspelling", "peugeot", "Peugot Lion Logo LED Car Door Projector Lights 2pcs"),
    L("misspelling", "bissell", "Bisell ProHeat 2X Revolution Carpet Cleaner Pet"),
    # "moleskin" is a fabric and a plaster (see common_word); in the notebook trade it is the
    # mark misspelt.
    L("misspelling", "moleskine", "Moleskin Style Hardcover Notebook A5 Dotted 240 Pages"),
    # "infinity" is an everyday word (see common_word); naming the maker of a car emblem it is
    # the mark misspelt.
    L("misspelling", "infiniti", "Infinity Car Logo Chrome Keychain Q50 Q60 QX50"),
    L("misspelling", "hamilton", "Hamliton Khaki Aviation Pilot Day Date Watch"),
    L("misspelling", "kingston", "Kingstone DDR4 8GB 2666MHz Laptop RAM Memory"),
    L("misspelling", "delonghi", "Delongi Dedica EC685 Pump Espresso Maker Silver"),
    L("misspelling", "waterpik", "Waterpick Cordless Advanced Water Flosser Travel"),
    L("misspelling", "superdry", "Superdy Mountain Windcheater Jacket Men Orange Label"),
    L("misspelling", "noctua", "Noctura NF-A14 140mm PWM Quiet Fan Brown"),
    L("misspelling", "xtep", "Xstep 160X Pro Carbon Running Shoes Marathon"),
    L("misspelling", "fulinmen", "福林门 一级大豆油 5L 桶装 食用油"),
    L("misspelling", "liangmianzhen", "俩面针 中药牙膏 去渍 140g"),
    L("misspelling", "zhang-xiaoquan", "张小全 剪刀 家用 不锈钢 办公剪"),
    # 标志 is the everyday word for "sign" (see common_word); naming the maker of a car emblem
    # it is 标致 misspelt, as car owners often write it.
    L("misspelling", "peugeot", "标志 狮子车标 金属 改装 后备箱标"),
    # The mark in the description only.
    L(
        "misspelling",
        "la-roche-posay",
        "Cica Repair Balm B5 100ml Sensitive Skin",
        "La Roche Posey Cicaplast formula, French version.",
    ),
    L(
        "misspelling",
        "banana-republic",
        "Women's Linen Blend Button Shirt Relaxed",
        "Banana Replublic export overrun, labels intact.",
    ),
    L("misspelling", "juewei", "麻辣鸭脖 卤味 零食 独立包装 250g", "决味鸭脖 老卤配方，开袋即食。"),
]

# The mark only in the brand field; title and description are clean.
BRAND_FIELD = [
    L("brand_field", "omo", "Laundry Washing Powder 5kg Bulk Bag Low Foam", brand="OMO"),
    L("brand_field", "nestle", "速溶咖啡 1+2 原味 30条装 盒装", brand="雀巢"),
    L("brand_field", "pelliot", "户外冲锋衣 男女 三合一 防风防水 登山服", brand="伯希和"),
    L("brand_field", "zhang-xiaoquan", "不锈钢 多功能 厨房剪刀 家用 强力", brand="张小泉"),
    L("brand_field", "camper", "Leather Low-Top Sneakers Men Casual Rubber Sole", brand="Camper"),
    L(
        "brand_field",
        "moleskine",
        "Hardcover Dotted Notebook A5 240 Pages Elastic Band",
        brand="Moleskine",
    ),
    L("brand_field", "kingston", "DDR5 32GB 5600MHz Desktop Memory Module", brand="Kingston"),
    L(
        "brand_field",
        "tp-link",
        "WiFi 6 Dual Band Gigabit Router AX1800 4 Antennas",
        brand="TP-LINK",
    ),
    L("brand_field", "jack-jones", "Men's Regular Fit Denim Jacket Washed", brand="Jack & Jones"),
    L("brand_field", "hamilton", "Automatic Pilot Watch 42mm Men Brown Leather", brand="Hamilton"),
    L("brand_field", "liangmianzhen", "中药草本牙膏 140g 清新口气 家庭装", brand="两面针"),
    L("brand_field", "juewei", "麻辣鸭脖 鸭翅 卤味 零食 小包装", brand="绝味"),
    L("brand_field", "parker", "Fountain Pen Fine Nib Gift Set with Converter", brand="Parker"),
    L(
        "brand_field",
        "banana-republic",
        "Women's Linen Blend Shirt Relaxed Fit",
        brand="Banana Republic",
    ),
]

# The mark only in the picture: a copy of the right's reference image; the text is clean.
IMAGE = [
    L("image", "nestle", "Full Cream Milk Powder 900g Tin Instant", image=True),
    L("image", "peugeot", "Car Emblem Badge Chrome Front Grille Lion", image=True),
    L("image", "renault", "Metal Car Logo Keychain Diamond Shape", image=True),
    L("image", "noctua", "120mm PWM Case Fan Quiet Beige Brown", image=True),
    L("image", "superdry", "Men's Casual Hoodie Cotton Fleece Pullover Japan Style", image=True),
    L("image", "mulberry", "Women's Leather Satchel Bag Top Handle Tree Logo", image=True),
    L("image", "lotto", "Retro Football Jersey Short Sleeve Team Kit", image=True),
    L("image", "zenith", "Men's Automatic Chronograph Watch Star Logo Dial", image=True),
    L("image", "fiat", "Car Logo Keychain Red Enamel Round", image=True),
    L("image", "thule", "Rooftop Cargo Box 420L Aerodynamic Black", image=True),
    L("image", "skoda", "Winged Arrow Car Emblem Chrome Sticker", image=True),
    L("image", "nokia", "Classic Feature Phone Keypad 2.4 Inch Dual SIM", image=True),
    L("image", "xtep", "运动跑鞋 男款 减震 回弹 马拉松", image=True),
    L("image", "changan", "汽车 方向盘 车标贴 金属 装饰", image=True),
    L("image", "puzzle-bag", "Geometric Leather Shoulder Bag Patchwork Tan", image=True),
    L("image", "ph-artichoke", "北欧 铜叶吊灯 客厅 餐厅 设计师灯具", image=True),
]

MIXED = [
    # A seller's set of car-logo keychains: four rights.
    L(
        "mixed",
        "fiat",
        "Car Logo Keychain Set Fiat Peugeot Renault Skoda 4pcs Metal",
        expected=("fiat", "peugeot", "renault", "skoda"),
    ),
    # One right under two evasions (Chinese name and leetspeak), "同款" framing.
    L("mixed", "xtep", "特步 Xt3p 同款 跑步鞋 男 缓震 透气"),
    L(
        "mixed",
        "parker",
        "Parker Pen Gift Set with Moleskine Notebook A5 Business",
        expected=("parker", "moleskine"),
    ),
    L("mixed", "lux", "Lüx 力士 香皂 柔肤 115g x 3块"),
    # The mark is the strap's own brand; the watch is named by compatibility wording.
    L(
        "mixed",
        "camper",
        "Camper Leather Watch Strap 20mm for Hamilton Khaki Field",
        expected=("camper",),
        without=("camper", "hamilton"),
    ),
    L(
        "mixed",
        "thule",
        "Thule Bike Carrier for Škoda Octavia Tow Bar Mount",
        expected=("thule",),
        without=("thule", "skoda"),
    ),
    L(
        "mixed",
        "mulberry",
        "Mulberry Leather Phone Pouch for Nokia 3310",
        expected=("mulberry",),
        without=("mulberry", "nokia"),
    ),
    # Scotch is the tape's own brand (its own trade); the camera is named by compatibility
    # wording.
    L(
        "mixed",
        "scotch",
        "Scotch Outdoor Mounting Tape for EZVIZ C3TN Camera Installation",
        expected=("scotch",),
        without=("scotch", "ezviz"),
    ),
    L("mixed", "zenith", "Zén1th 真力时 Defy 自动机械 男表 镂空"),
    L(
        "mixed",
        "kingston",
        "金士顿 + 技嘉 装机套装 DDR5 内存 B650 主板",
        expected=("kingston", "gigabyte"),
    ),
    # A misspelling (l for i) next to the Chinese name.
    L("mixed", "tp-link", "TP-Llnk 普联 WiFi6 路由器 AX3000 千兆"),
    L(
        "mixed",
        "acura",
        "Infiniti & Acura Emblem Set Chrome Badges Front Rear",
        expected=("acura", "infiniti"),
    ),
    L(
        "mixed",
        "jack-jones",
        "杰克琼斯 Superdry 外贸尾单 男装 卫衣 混批",
        expected=("jack-jones", "superdry"),
    ),
    # The marks in the description only.
    L(
        "mixed",
        "delonghi",
        "Espresso Machine Bundle with Milk Powder Sample Pack",
        "De'Longhi Dedica base plus a Nestlé milk powder tin, launch bundle.",
        expected=("delonghi", "nestle"),
    ),
    L(
        "mixed",
        "la-roche-posay",
        "Skincare Travel Kit Sunscreen Cleanser 4pcs",
        "La Roche-Posay minis with a Kao Biore cleanser, duty free set.",
        expected=("la-roche-posay", "kao"),
    ),
    L(
        "mixed",
        "renault",
        "Racing Team Softshell Jacket Men Yellow Black",
        "Rénault Sport F1 2006 款，雷诺车队 冠军纪念版。",
    ),
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

# --------------------------------------------------------------------------- negatives

# An accessory naming the device it fits: legitimate by default; the device's right is
# expected with allow_compatibility_wording = false.
COMPAT = [
    L(
        "compat",
        "waterpik",
        "Replacement Brush Heads for Waterpik Sonic-Fusion Flossing Toothbrush 4pcs",
        brand="OEM",
    ),
    L("compat", "waterpik", "Orthodontic Tips Compatible for Waterpik WP-100 WP-660 6pcs"),
    L("compat", "waterpik", "适用洁碧冲牙器 喷头 替换 标准喷嘴 4支装", brand="无品牌"),
    L("compat", "magic-bullet", "Cross Blade Replacement for Magic Bullet 250W Blender"),
    L(
        "compat",
        "magic-bullet",
        "Magic Bullet Compatible Cups 24oz with To-Go Lids 4pcs",
        "BPA free, fits the 250W base, not for hot liquids.",
    ),
    L("compat", "parker", "Ballpoint Refills Compatible with Parker Jotter 0.7mm Blue 10pcs"),
    L("compat", "parker", "适用派克 宝珠笔芯 0.5mm 黑色 替芯 10支"),
    L("compat", "noctua", "Anti-Vibration Fan Mounts for Noctua NF-A12x25 16pcs"),
    L("compat", "noctua", "Mounting Clips Designed to Fit Noctua NH-U12S Coolers"),
    L("compat", "ezviz", "Wall Mount Bracket for EZVIZ C6N C6CN Indoor Camera"),
    L("compat", "ezviz", "适用萤石C6CN 摄像头支架 免打孔 壁挂 吸顶"),
    L("compat", "bissell", "HEPA Filter Replacement for Bissell CleanView 1008 2pcs"),
    L("compat", "bissell", "兼容必胜 吸尘器 滤网 海帕 2个装"),
    L("compat", "tp-link", "12V 1A Power Adapter works with TP-Link Deco M4"),
    L("compat", "tp-link", "Replacement Antennas for TP-Link Archer C7 Router 3pcs"),
    L("compat", "tenda", "Wall Bracket for Tenda Nova MW6 Mesh Nodes 3-Pack"),
    L(
        "compat",
        "delonghi",
        "51mm Bottomless Portafilter Compatible with De'Longhi Dedica",
        "Walnut handle, 304 stainless basket, two ears.",
    ),
    L("compat", "delonghi", "适用于德龙咖啡机 除垢剂 清洁液 200ml"),
    L("compat", "peugeot", "All Weather Floor Mats for Peugeot 3008 2017-2023"),
    L("compat", "peugeot", "适配标致408 脚垫 全包围 TPE 专车专用"),
    L("compat", "renault", "Key Fob Cover for Renault Clio Captur Megane 3 Buttons"),
    L("compat", "acura", "Window Visors Fits Acura MDX 2022-2024 4pcs"),
    L("compat", "fiat", "Fiat 500 Compatible Windshield Sun Shade Foldable"),
    L("compat", "skoda", "Mud Flaps for Skoda Kodiaq 2017-2024 Set of 4"),
    L("compat", "infiniti", "Cargo Liner Fits Infiniti QX60 2022 Waterproof"),
    L("compat", "lynk-co", "适用于领克03 座椅套 四季通用 全包"),
    L("compat", "lynk-co", "Lynk & Co 01 Compatible Sunshade Windshield Cover"),
    L("compat", "changan", "适用于长安CS75PLUS 脚垫 全包围 丝圈"),
    L("compat", "changan", "兼容长安UNI-T 中控导航 钢化膜 高清"),
    L("compat", "nokia", "BL-5C Battery for Nokia 3310 105 1020mAh"),
    L("compat", "nokia", "替换诺基亚 BL-4C 电池 老人机 通用"),
    L("compat", "merida", "Derailleur Hanger for Merida Big Nine Big Seven Alloy"),
    L("compat", "thule", "T-Track Adapter Kit Fits Thule Motion XT Roof Box"),
    L("compat", "moleskine", "Elastic Pen Loop for Moleskine Notebooks Large 4pcs"),
    L("compat", "gigabyte", "GPU Cooling Fan Replacement for GIGABYTE RTX 3060 Eagle"),
    L("compat", "hamilton", "20mm Rubber Strap for Hamilton Khaki Field Quick Release"),
    L("compat", "scotch", "Tape Refill Rolls for Scotch C38 Desktop Dispenser 6pcs"),
    L("compat", "puzzle-bag", "Replacement Shoulder Strap Designed to Fit Loewe Puzzle Bag"),
    L("compat", "zenith", "Rubber Strap Zenith Defy Compatible 22mm Black"),
    L("compat", "camper", "Insoles Designed to Fit Camper Pelotas Sneakers"),
]

# The mark inside another word (Latin), or across a word boundary (Chinese).
INSIDE_WORD = [
    L("inside_word", "tenda", "Fingerprint Time Attendance Machine USB Report 3000 Users"),
    L("inside_word", "lux", "Luxury Velvet Jewelry Box Ring Earring Display Case"),
    L("inside_word", "lux", "Soldering Flux Paste 50g No Clean Rosin for Electronics"),
    L("inside_word", "lux", "Deluxe Wooden Chess Set Folding Board Magnetic"),
    L("inside_word", "omo", "Promo Gift Ballpoint Pens with Custom Logo 500pcs"),
    L("inside_word", "omo", "Lab Homogenizer High Shear Mixer 220V"),
    L("inside_word", "omo", "Lake Como Italy Vintage Travel Poster A2"),
    # Kaolin clay in a face mask: the cosmetics trade, but only inside a word.
    L("inside_word", "kao", "Kaolin Clay Face Mask Deep Pore Cleansing 120g"),
    L("inside_word", "nestle", "Ceramic Trinket Dish Bird Nestled in Leaves Ring Holder"),
    L("inside_word", "camper", "Campervan Blackout Curtains Magnetic Window Set"),
    L("inside_word", "aigo", "Saigon Vietnam Robusta Coffee Beans Dark Roast 1kg"),
    # Nokian is another maker's tyre brand: Nokia only inside a word.
    L("inside_word", "nokia", "Nokian Hakkapeliitta R5 Winter Tyres 205/55R16"),
    L("inside_word", "scotch", "Butterscotch Hard Candy Individually Wrapped 1kg"),
    L("inside_word", "scotch", "Hopscotch Play Mat Foam Kids Numbers Outdoor"),
    L("inside_word", "parker", "Piezo Igniter Sparker Button for Gas Grill BBQ"),
    L("inside_word", "infiniti", "English Grammar Infinitive Flash Cards 120pcs ESL"),
    L("inside_word", "hamilton", "Hamiltonian Mechanics Textbook Used Paperback"),
    L("inside_word", "jiangzhong", "长江中下游 优质粳米 新米 5kg 真空包装"),
    L("inside_word", "jiangzhong", "浙江中部 特产 金华酥饼 梅干菜 礼盒"),
    L("inside_word", "xiuzheng", "全屋装修正品 开关插座 86型 五孔 批发"),
    L("inside_word", "juewei", "拒绝味精 零添加 头道生抽 酱油 1L"),
    L("inside_word", "juewei", "鞋柜除臭 活性炭包 杜绝味道反复 10包"),
    # 独特|步行 in the shoe trade.
    L("inside_word", "xtep", "宝宝学步鞋 软底防滑 独特步行引导设计"),
    # 加长|安全扣 in the car-accessory trade.
    L("inside_word", "changan", "安全带延长器 加长安全扣 通用 汽车"),
    L("inside_word", "changan", "电视挂架 可伸缩 延长安装 32-65寸 通用"),
    L("inside_word", "fulinmen", "五福临门 客厅装饰画 新中式 玄关 挂画"),
    L("inside_word", "liangmianzhen", "两面针织开衫 女 双面穿 春秋 外套"),
    L("inside_word", "golden-throat", "黄金嗓子 声乐练习 教材 附音频"),
    L("inside_word", "kao", "鲜花王国 仿真花 批发 婚庆 装饰"),
    L("inside_word", "bissell", "拔河绳 比赛专用 加粗 团队势必胜出"),
    L("inside_word", "camper", "智能手环 计步 看步数 心率 血氧 防水"),
    L(
        "inside_word",
        "lotto",
        "儿童 车载 旅行玩具 磁力画板",
        "让快乐途中不再无聊，适合3岁以上宝宝。",
    ),
    L("inside_word", "gigabyte", "特技嘉年华 遥控车 翻滚 儿童 玩具"),
    L("inside_word", "waterpik", "翡翠 手镯 光洁碧绿 冰种 送证书"),
    L("inside_word", "peugeot", "办公室 励志标语 墙贴 团队", "我们的目标致力于为客户创造价值。"),
]

# A mark that is also an ordinary word, used as that word.
GENERIC_WORD = [
    L(
        "generic_word",
        "nestle",
        "Baby Nest Lounger Cotton Portable Bassinet Let Newborns Nestle Safely",
    ),
    L("generic_word", "lux", "Digital Lux Meter Light Tester 0-200000 Lux Illuminance"),
    # "Fiat lux" (let there be light): both Fiat and Lux as Latin words.
    L("generic_word", "fiat", "Fiat Lux Latin Quote Wall Art Canvas Print 40x60"),
    L("generic_word", "fiat", "Fiat Money and the Gold Standard Economics Paperback"),
    L("generic_word", "parker", "Parker Solar Probe Spacecraft Model Kit 1:20 Science Gift"),
    # "tenda" is Portuguese for tent.
    L("generic_word", "tenda", "Tenda de Camping Iglu 4 Pessoas Impermeável Dupla Camada"),
    L("generic_word", "mulberry", "100% Mulberry Silk Pillowcase 22 Momme Queen Size"),
    L("generic_word", "mulberry", "Dried Mulberry Leaf Tea Bags 100pcs Caffeine Free"),
    # A colour name on a leather card holder: the right's own trade, but the word describes
    # the product's colour, not its maker.
    L("generic_word", "mulberry", "Slim Leather Card Holder in Mulberry Red Colour", brand="OEM"),
    L("generic_word", "camper", "Pop-Up Camper Trailer Side Awning 2.5m Waterproof"),
    L("generic_word", "camper", "Happy Camper Enamel Mug 350ml Outdoor Campfire Cup"),
    L("generic_word", "lotto", "Lotto Ball Drawing Machine Bingo Cage Set 75 Balls"),
    L("generic_word", "hamilton", "Alexander Hamilton Bust Resin Statue 20cm Founding Father"),
    L("generic_word", "hamilton", "Hamilton Island Souvenir Fridge Magnet Whitsundays"),
    L("generic_word", "zenith", "Zenith and Nadir Astronomy Poster Celestial Sphere Chart"),
    # The town, accented as the bike-frame listing in `accent` is.
    L("generic_word", "merida", "Mérida Yucatán Hand-Woven Cotton Hammock Double Size"),
    L("generic_word", "kingston", "Kingston Jamaica Rasta Souvenir Keychain Wood"),
    # A unit of memory in the memory trade: describes the product, names no maker.
    L(
        "generic_word",
        "gigabyte",
        "USB Flash Drive 32 Gigabyte Metal Swivel Custom Logo",
        brand="OEM",
    ),
    L("generic_word", "gigabyte", "Europe Travel Data SIM Card 20 Gigabyte 30 Days"),
    L(
        "generic_word",
        "banana-republic",
        "Banana Republic: Politics and Power in Central America Used Book",
    ),
    L("generic_word", "hush-puppies", "Hush Puppies Batter Dropper Stainless Steel Scoop Kitchen"),
    L("generic_word", "thule", "Ultima Thule Norse Myth Poster Print Vintage Map"),
    L("generic_word", "thule", "Thule Air Base Greenland Embroidered Morale Patch"),
    L("generic_word", "scotch", "Scotch Whisky Tasting Glasses Crystal Set of 4"),
    L("generic_word", "scotch", "Scotch Egg Mould Stainless Steel Press"),
    L(
        "generic_word",
        "magic-bullet",
        "No Magic Bullet: A Realistic Guide to Weight Loss Paperback",
    ),
    # A bag for jigsaw puzzles, not the Puzzle bag design.
    L("generic_word", "puzzle-bag", "Puzzle Bag for 1000 Pieces Jigsaw Storage Drawstring Canvas"),
    L("generic_word", "puzzle-bag", "Zip Puzzle Bag Set 10pcs Clear Jigsaw Piece Sorting"),
    L("generic_word", "ph-artichoke", "Marinated Artichoke Hearts in Sunflower Oil 280g Jar"),
    L("generic_word", "noctua", "Noctua pronuba Large Yellow Underwing Moth Specimen Framed"),
    L("generic_word", "pelliot", "Paul Pelliot Dunhuang Cave Manuscripts Facsimile Print"),
    # "super dry" as two words describing a towel (a textile, not the garment trade's maker).
    L("generic_word", "superdry", "Super Dry Microfiber Hair Towel Wrap Quick Drying"),
    # The spa town, on a poster.
    L(
        "generic_word",
        "la-roche-posay",
        "Vintage Travel Poster La Roche-Posay Thermal Spa 1930s Reprint",
    ),
    # "škoda" is the Czech word for "pity": the polka "Škoda lásky" (Beer Barrel Polka).
    L("generic_word", "skoda", "Škoda lásky Czech Polka Brass Band Vinyl Record LP"),
    L("generic_word", "xiuzheng", "修正带 学生用 大容量 6米 可替换芯 12个装"),
    L(
        "generic_word",
        "jiangzhong",
        "矶钓竿 碳素 超轻超硬 2.7米 手竿",
        "适合江中、湖中、水库垂钓，附赠竿包。",
    ),
    L("generic_word", "golden-throat", "金嗓子奖 奖杯 水晶 定制 刻字 歌唱比赛"),
    # A microphone, not lozenges: "a golden voice" as praise.
    L(
        "generic_word",
        "golden-throat",
        "无线K歌麦克风 家用 蓝牙 一体",
        "一键美声，人人都有一副金嗓子。",
    ),
    L("generic_word", "liangmianzhen", "两面针 中药材 根 切片 500g 产地直发"),
    # Another maker's toothpaste listing the herb among its ingredients: the right's own trade,
    # but the word names the ingredient, not the maker (a reviewer would pass it).
    L(
        "generic_word",
        "liangmianzhen",
        "草本牙膏 含两面针 金银花 提取物 120g 清火",
        brand="本草之源",
    ),
    L("generic_word", "fulinmen", "福临门 春联 门贴 2025 新年 对联 大礼包"),
    # Food trade, but "人间绝味" praises the taste; the maker is not named.
    L(
        "generic_word",
        "juewei",
        "重庆火锅底料 麻辣 牛油 500g",
        "一口入魂，堪称人间绝味。",
        brand="渝味坊",
    ),
    L("generic_word", "juewei", "舌尖绝味 家常菜谱大全 精装 彩图版"),
    L("generic_word", "pelliot", "伯希和 敦煌石窟笔记 影印本 全六册"),
    L("generic_word", "changan", "西安 长安古城墙 冰箱贴 旅游纪念品"),
    # The drama's title as a costume reference; "同款" does not make it the car maker's mark.
    L("generic_word", "changan", "长安十二时辰 同款 汉服 唐制 齐胸襦裙"),
    L("generic_word", "changan", "长安街 夜景 拼图 1000片 成人"),
    L("generic_word", "aigo", "爱国者导弹 模型 1:35 合金 军事摆件"),
    L("generic_word", "nestle", "仿真鸟窝 雀巢 花园装饰 藤编 挂件"),
    L("generic_word", "lux", "金刚力士 佛像 摆件 铜 护法 神像"),
    L("generic_word", "lux", "大力士 搬家神器 搬运带 背带 加厚"),
    L("generic_word", "omo", "宇宙的奥妙 儿童科普绘本 全8册"),
    L("generic_word", "peugeot", "仿真人头模特 五官标致 假发支架 化妆练习"),
    L("generic_word", "renault", "雷诺实验装置 雷诺数 流体力学 教学仪器"),
    L("generic_word", "renault", "让·雷诺 经典电影 海报 复古 牛皮纸"),
    L("generic_word", "acura", "讴歌新时代 书法作品 手写 真迹 定制"),
    L("generic_word", "noctua", "猫头鹰 毛绒玩具 公仔 抱枕 儿童"),
    L("generic_word", "noctua", "仿真猫头鹰 驱鸟器 果园 防鸟 塑料"),
    L("generic_word", "ezviz", "萤石原石 紫色 八面体 矿物标本 摆件"),
    L("generic_word", "ezviz", "萤石粉 97% 冶金 助熔剂 25kg 袋装"),
    # 花王, "king of flowers", is the peony.
    L("generic_word", "kao", "牡丹 花王 种苗 盆栽 洛阳 三年苗"),
    # Describes the skin the cream is for (cosmetics, not the garment maker).
    L("generic_word", "superdry", "极度干燥肌 修护霜 保湿 深层滋润 50g"),
    L("generic_word", "bissell", "必胜 头巾 高考 加油 应援 红色"),
    # 派克服 is the Chinese word for a parka: a garment style.
    L("generic_word", "parker", "派克服 男 冬季 加厚 中长款 毛领 外套"),
    L("generic_word", "parker", "女士 派克大衣 可拆卸内胆 工装风"),
    L("generic_word", "tenda", "飞黄腾达 书法字画 办公室 装饰 手写"),
    # 金士顿 is also the Chinese name of Kingston, Jamaica.
    L("generic_word", "kingston", "牙买加 金士顿 旅游纪念 冰箱贴"),
    # Pine-cone shaped fairy lights, not the Artichoke pendant.
    L("generic_word", "ph-artichoke", "松果灯串 圣诞 LED 暖白 电池款 3米"),
]

# A common word one edit (or two) from a mark, used normally.
COMMON_WORD = [
    L("common_word", "moleskine", "Moleskin Work Trousers Men Heavy Cotton Brushed"),
    L("common_word", "moleskine", "Moleskin Blister Plasters Foot Padding Roll 10cm x 1m"),
    L("common_word", "parker", "Men's Winter Parka Jacket Faux Fur Hood Long"),
    L("common_word", "camper", "Soft Close Door Damper Hinge Buffer 20pcs"),
    L("common_word", "camper", "Front Camber Bolt Kit Alignment Adjustment 14mm"),
    L("common_word", "lotto", "Family Motto Wall Decal Vinyl Sticker Living Room"),
    L("common_word", "infiniti", "Infinity Scarf Knitted Loop Women Winter"),
    L("common_word", "infiniti", "Infinity Mirror LED Tunnel Lamp USB"),
    L("common_word", "lynk-co", "Galvanised Chain Link Fence Roll 1.2m x 10m"),
    L("common_word", "acura", "Aura Quartz Crystal Cluster Rainbow Titanium Coated"),
    L("common_word", "kao", "Solid Koa Wood Tenor Ukulele 26 Inch"),
    # Two letters from Merida, in the cycling trade.
    L("common_word", "merida", "Merino Wool Cycling Jersey Long Sleeve Men"),
    L("common_word", "gigabyte", "Gigabit Ethernet Switch 8 Port Desktop Metal"),
    L("common_word", "gigabyte", "Gigabit PoE Injector 48V 30W Single Port"),
    L("common_word", "thule", "Tulle Fabric Roll 15cm x 100 Yards Ivory Wedding"),
    L("common_word", "tenda", "Bartender Kit Cocktail Shaker Set 12 Pieces"),
    L("common_word", "nestle", "Organic Nettle Leaf Tea 100g Loose"),
    # Not one edit away, but the same "Jack &" opening: a nursery rhyme, used normally.
    L("common_word", "jack-jones", "Jack & Jill Nursery Rhyme Board Book"),
    L("common_word", "xiuzheng", "砂轮修整笔 金刚石 修整器 磨床用"),
    L("common_word", "fulinmen", "福满门 春联 新年 对联 烫金 批发"),
    L("common_word", "juewei", "手工挂面 口感绝佳 2kg 家庭装"),
    # A throat tea that "clears the throat": the lozenges' neighbourhood, an everyday phrase.
    L("common_word", "golden-throat", "胖大海 菊花 清嗓子 润喉 组合茶包 30袋"),
    L("common_word", "xtep", "家用踏步机 静音 小型 多功能 健身器材"),
    L("common_word", "liangmianzhen", "两面胶 强力 双面胶带 10卷 办公"),
    # 平安 in the car-accessory trade: one character from 长安.
    L("common_word", "changan", "平安符 挂件 汽车 吊饰 出入平安"),
    L("common_word", "aigo", "爱国主义教育 挂图 全套 学校"),
    L("common_word", "nestle", "鸠占鹊巢 小说 实体书 正版"),
    L("common_word", "lux", "护士表 挂表 胸表 硅胶 夜光"),
    L("common_word", "omo", "美妙 八音盒 旋转木马 生日礼物"),
    L("common_word", "peugeot", "标志牌 安全警示 PVC 消防 标识"),
    L("common_word", "noctua", "手工 猫头鞋 宝宝 满月 布鞋 老式"),
    L("common_word", "ezviz", "萤火虫 夜灯 星空 投影 儿童房"),
    L("common_word", "parker", "派对 气球 生日 装饰 套装 场景布置"),
    L("common_word", "lotto", "旅途 收纳包 洗漱包 防水 大容量"),
    L("common_word", "scotch", "思考者 雕塑 摆件 树脂 书房"),
    L("common_word", "delonghi", "恐龙 玩具 仿真 侏罗纪 套装 儿童"),
    L("common_word", "lynk-co", "领夹 男士 商务 领带夹 简约"),
    L("common_word", "thule", "拓展坞 Type-C 多接口 笔记本 转换器"),
]

# Ordinary listings, no mark anywhere.
CLEAN = [
    L("clean", "", "Silicone Baking Mat Non-Stick Reusable 40x30cm"),
    L("clean", "", "Stainless Steel Vacuum Insulated Water Bottle 750ml Matte", brand="OEM"),
    L("clean", "", "Women's High Waist Yoga Leggings Squat Proof"),
    L("clean", "", "LED Strip Lights 5m RGB Remote Control 12V"),
    L("clean", "", "Bamboo Cutting Board Set of 3 with Juice Groove"),
    L("clean", "", "Heavy Duty Cargo Ratchet Straps 4pcs 5m 800kg"),
    L("clean", "", "Kids Wooden Stacking Blocks Rainbow 24pcs"),
    L("clean", "", "Men's Cotton Crew Socks Breathable 10 Pairs"),
    L("clean", "", "Portable Mini Sewing Machine Handheld Cordless"),
    L("clean", "", "Ceramic Plant Pot with Drainage Hole 15cm White"),
    L("clean", "", "Wireless Charging Pad 15W Qi Fast Charger", brand="Generic"),
    L("clean", "", "Dog Harness No Pull Reflective Adjustable Vest"),
    L("clean", "", "Acrylic Paint Set 24 Colors 12ml Tubes"),
    L("clean", "", "Resistance Bands Set 5 Levels Latex Exercise"),
    L("clean", "", "Car Phone Holder Dashboard Suction Cup Rotating"),
    L("clean", "", "Cotton Canvas Tote Bag Blank 10oz Natural"),
    L("clean", "", "Electric Kettle 1.7L Glass Blue LED Auto Shut-Off"),
    L("clean", "", "Bathroom Shower Caddy Corner Shelf Rustproof"),
    L("clean", "", "Unisex Beanie Knit Hat Winter Plain Colours"),
    L("clean", "", "Solar Garden Lights Outdoor Pathway 8 Pack"),
    L("clean", "", "Microfiber Cleaning Cloths 50pcs Multi-Colour"),
    L("clean", "", "Glass Meal Prep Containers with Lids 5 Pack"),
    L("clean", "", "Kids Scooter 3 Wheels Light Up Foldable"),
    L("clean", "", "Mechanical Keyboard 87 Keys Blue Switch RGB Backlit"),
    L("clean", "", "批发 防滑 篮球鞋 男 高帮 可定制 LOGO"),
    L("clean", "", "不锈钢 保温杯 大容量 316 学生 便携"),
    L("clean", "", "儿童 积木 拼装 益智 玩具 大颗粒"),
    L("clean", "", "纯棉 四件套 床上用品 简约 北欧风"),
    L("clean", "", "家用 电热水壶 1.5L 304不锈钢 自动断电"),
    L("clean", "", "女士 真丝 围巾 春秋 百搭 印花"),
    L("clean", "", "宠物 豆腐猫砂 除臭 低尘 6L"),
    L("clean", "", "汽车 遮阳挡 前挡 防晒 隔热 折叠"),
    L("clean", "", "陶瓷 餐具套装 家用 碗碟 北欧"),
    L("clean", "", "手机支架 桌面 懒人 折叠 铝合金"),
    L("clean", "", "原创设计 帆布包 单肩 大容量 文艺"),
    L("clean", "", "厂家直销 一次性 三层 口罩 50只装"),
    L("clean", "", "实木 儿童 书桌 可升降 学习桌"),
    L("clean", "", "防水 登山包 40L 户外 双肩包"),
    L("clean", "", "手工 红糖 云南 古法 500g"),
    L("clean", "", "LED 台灯 护眼 学生 宿舍 充电"),
]
