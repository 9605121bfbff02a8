"""Product words of each trade, B2B listing phrases, and the evasions sellers apply to marks.

Hand-written for the radar corpus; ``build_corpus.py`` draws from these with a fixed seed.
"""

from __future__ import annotations

import random
import unicodedata

# domain -> (English product nouns, Chinese product nouns, English adjectives, Chinese adjectives)
PRODUCTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "shoes": (
        (
            "Running Shoes",
            "Sneakers",
            "Basketball Shoes",
            "Casual Shoes",
            "Slides Sandals",
            "Walking Shoes",
            "Skate Shoes",
            "Trainers",
            "High Top Shoes",
            "Tennis Shoes",
        ),
        ("运动鞋", "跑步鞋", "篮球鞋", "休闲鞋", "板鞋", "拖鞋", "老爹鞋", "帆布鞋"),
        (
            "Breathable",
            "Lightweight",
            "Cushioned",
            "Non-Slip",
            "Mesh",
            "Leather",
            "Retro",
            "Unisex",
        ),
        ("透气", "轻便", "减震", "防滑", "复古", "男女同款"),
    ),
    "clogs": (
        ("Clogs", "Garden Clogs", "Beach Sandals", "Slippers", "Kids Clogs", "Platform Clogs"),
        ("洞洞鞋", "沙滩鞋", "凉拖", "包头拖鞋", "儿童洞洞鞋"),
        ("EVA", "Waterproof", "Soft", "Non-Slip", "Colourful"),
        ("防水", "软底", "防滑", "厚底"),
    ),
    "apparel": (
        (
            "T-Shirt",
            "Hoodie",
            "Tracksuit",
            "Jogger Pants",
            "Windbreaker Jacket",
            "Sweatshirt",
            "Shorts",
            "Down Jacket",
            "Trench Coat",
            "Scarf",
            "Baseball Cap",
        ),
        ("T恤", "卫衣", "运动套装", "运动裤", "冲锋衣", "羽绒服", "风衣", "围巾", "棒球帽"),
        ("Cotton", "Oversized", "Slim Fit", "Quick Dry", "Embroidered", "Printed", "Classic"),
        ("纯棉", "宽松", "修身", "速干", "刺绣", "印花", "经典"),
    ),
    "bags": (
        (
            "Handbag",
            "Tote Bag",
            "Shoulder Bag",
            "Crossbody Bag",
            "Wallet",
            "Backpack",
            "Belt",
            "Card Holder",
            "Travel Duffel Bag",
            "Clutch",
        ),
        ("手提包", "托特包", "单肩包", "斜挎包", "钱包", "双肩包", "皮带", "卡包", "旅行袋"),
        ("Leather", "Monogram", "Luxury", "Vintage", "Quilted", "Designer", "PU"),
        ("真皮", "老花", "奢华", "复古", "菱格", "大容量"),
    ),
    "watch": (
        ("Watch", "Automatic Watch", "Diver Watch", "Chronograph Watch", "Watch Strap"),
        ("手表", "机械表", "潜水表", "计时表", "表带"),
        ("Stainless Steel", "Luminous", "Waterproof", "Sapphire", "Gold"),
        ("不锈钢", "夜光", "防水", "蓝宝石", "金色"),
    ),
    "perfume": (
        ("Perfume", "Eau de Parfum", "Lipstick", "Body Mist", "Perfume Gift Set", "Compact Powder"),
        ("香水", "口红", "香水礼盒", "身体喷雾", "粉饼"),
        ("Long Lasting", "Floral Scent", "Luxury", "Travel Size", "Matte"),
        ("持久留香", "淡香", "奢华", "小样", "哑光"),
    ),
    "cosmetics": (
        (
            "Body Wash",
            "Beauty Bar Soap",
            "Shampoo",
            "Face Cream",
            "Serum",
            "Mascara",
            "Foundation",
            "Lip Gloss",
            "Night Repair Essence",
        ),
        ("沐浴露", "香皂", "洗发水", "面霜", "精华液", "睫毛膏", "粉底液", "唇彩"),
        ("Moisturizing", "Hydrating", "Gentle", "Waterproof", "Anti-Aging", "Organic"),
        ("保湿", "补水", "温和", "防水", "抗衰", "滋润"),
    ),
    "tech": (
        (
            "Watch Band",
            "Wireless Charger",
            "USB-C Power Adapter 20W",
            "Stylus Pencil",
            "Wireless Mouse",
            "Keyboard",
            "Charging Cable",
        ),
        ("表带", "无线充电器", "充电头", "触控笔", "鼠标", "键盘", "数据线"),
        ("Original", "Fast Charging", "Magnetic", "Slim", "Premium"),
        ("原装", "快充", "磁吸", "轻薄", "高品质"),
    ),
    "phone": (
        (
            "Smartphone",
            "Phone Case",
            "Screen Protector",
            "Power Bank",
            "Smart Watch",
            "Earbuds",
            "Charger",
            "Tablet",
        ),
        ("手机", "手机壳", "钢化膜", "充电宝", "智能手表", "耳机", "充电器", "平板"),
        ("5G", "Unlocked", "Refurbished", "Shockproof", "Fast Charge", "Original"),
        ("全网通", "二手", "防摔", "快充", "原装", "正品"),
    ),
    "audio": (
        (
            "Wireless Earbuds",
            "Headphones",
            "Bluetooth Speaker",
            "Noise Cancelling Headset",
            "Earphones",
            "Soundbar",
        ),
        ("蓝牙耳机", "头戴式耳机", "蓝牙音箱", "降噪耳机", "音响"),
        ("Noise Cancelling", "Bass Boost", "TWS", "Waterproof", "Hi-Fi"),
        ("降噪", "重低音", "真无线", "防水", "高保真"),
    ),
    "tracker": (
        ("Item Tracker", "Key Finder", "Smart Tag", "Pet Locator", "Luggage Tracker"),
        ("防丢器", "定位器", "智能标签", "宠物定位"),
        ("Bluetooth", "Mini", "Waterproof", "Long Battery"),
        ("蓝牙", "迷你", "防水", "长续航"),
    ),
    "charger": (
        ("Magnetic Wireless Charger", "Power Bank", "Charging Stand", "Car Mount Charger"),
        ("磁吸无线充", "磁吸充电宝", "充电支架", "车载磁吸支架"),
        ("15W", "Magnetic", "Foldable", "Fast"),
        ("15W", "磁吸", "折叠", "快充"),
    ),
    "drone": (
        ("Drone", "Gimbal Stabilizer", "Action Camera", "FPV Drone", "Drone Battery"),
        ("无人机", "云台稳定器", "运动相机", "穿越机", "无人机电池"),
        ("4K", "GPS", "Foldable", "Long Range", "3-Axis"),
        ("4K高清", "GPS定位", "折叠", "长续航", "三轴"),
    ),
    "camera": (
        ("Action Camera", "Helmet Camera", "Waterproof Camera", "Sports Cam"),
        ("运动相机", "头盔相机", "防水相机", "骑行记录仪"),
        ("4K 60fps", "Waterproof", "Anti-Shake", "Wide Angle"),
        ("4K", "防水", "防抖", "广角"),
    ),
    "game": (
        ("Game Console", "Controller", "Handheld Console", "Game Card", "Joy Pad"),
        ("游戏机", "手柄", "掌机", "游戏卡"),
        ("Wireless", "Portable", "Retro", "Dual Vibration"),
        ("无线", "便携", "复古", "双震动"),
    ),
    "hair": (
        ("Hair Dryer", "Hair Styler", "Hair Straightener", "Curling Wand", "Vacuum Cleaner"),
        ("吹风机", "卷发棒", "直板夹", "美发造型器", "吸尘器"),
        ("High Speed", "Negative Ion", "Multi-Styler", "Cordless", "Ceramic"),
        ("高速", "负离子", "多功能", "无线", "陶瓷"),
    ),
    "toys": (
        (
            "Building Blocks Set",
            "Doll",
            "Plush Toy",
            "Action Figure",
            "Keychain",
            "Kids Backpack",
            "Sticker Pack",
            "Blind Box Figures",
        ),
        ("积木", "娃娃", "毛绒玩具", "手办", "钥匙扣", "儿童书包", "贴纸", "盲盒"),
        ("Cute", "Educational", "Collectible", "Cartoon", "Gift"),
        ("可爱", "益智", "收藏", "卡通", "礼物"),
    ),
    "puzzle": (
        ("Speed Cube 3x3", "Magic Cube", "Puzzle Cube", "Cube Keychain"),
        ("魔方", "三阶魔方", "速拧魔方", "魔方钥匙扣"),
        ("Smooth", "Stickerless", "Magnetic", "Educational"),
        ("顺滑", "无贴纸", "磁力", "益智"),
    ),
    "tools": (
        (
            "Cordless Drill",
            "Impact Driver",
            "Angle Grinder",
            "Circular Saw",
            "Tool Battery",
            "Drill Bit Set",
            "Rotary Hammer",
        ),
        ("电钻", "冲击起子", "角磨机", "电圆锯", "锂电池", "钻头套装", "电锤"),
        ("Brushless", "18V", "Heavy Duty", "Professional", "Cordless"),
        ("无刷", "18V", "重型", "专业级", "充电式"),
    ),
    "auto": (
        (
            "Car Key Fob Cover",
            "Steering Wheel Cover",
            "Car Floor Mats",
            "Hood Emblem",
            "Front Grille",
            "Seat Covers",
        ),
        ("钥匙套", "方向盘套", "脚垫", "车标", "中网", "座套"),
        ("Leather", "Chrome", "Custom Fit", "All Weather"),
        ("真皮", "镀铬", "专车专用", "全包围"),
    ),
    "oil": (
        ("Engine Oil 5W-30", "Motor Oil 4L", "Gear Oil", "Grease Cartridge", "Coolant"),
        ("机油", "全合成机油", "齿轮油", "润滑脂", "防冻液"),
        ("Fully Synthetic", "Semi Synthetic", "Diesel", "High Mileage"),
        ("全合成", "半合成", "柴机油", "高里程"),
    ),
    "drinkware": (
        ("Tumbler", "Coffee Mug", "Cold Cup with Straw", "Thermos Bottle", "Reusable Cup"),
        ("随行杯", "咖啡杯", "吸管杯", "保温杯", "马克杯"),
        ("Stainless Steel", "Double Wall", "Ceramic", "Leak Proof", "Glitter"),
        ("不锈钢", "双层", "陶瓷", "防漏", "闪粉"),
    ),
}

# Accessories that accessory sellers say fit a branded device.
ACCESSORIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "phone": (
        (
            "Phone Case",
            "Screen Protector",
            "Camera Lens Protector",
            "Charging Cable",
            "Car Holder",
            "Leather Wallet Case",
        ),
        ("手机壳", "钢化膜", "镜头膜", "数据线", "车载支架"),
    ),
    "tech": (
        ("Watch Band", "Nylon Strap", "Screen Protector Case", "Charging Dock", "Pencil Tips"),
        ("表带", "保护壳", "充电底座", "笔尖"),
    ),
    "audio": (
        (
            "Silicone Case",
            "Ear Tips",
            "Replacement Ear Pads",
            "Charging Case Cover",
            "Carrying Case",
        ),
        ("保护套", "耳塞套", "耳罩", "收纳包"),
    ),
    "tracker": (
        ("Leather Holder Keychain", "Silicone Cover", "Pet Collar Holder"),
        ("保护套", "钥匙扣", "宠物项圈套"),
    ),
    "charger": (
        ("Magnetic Ring", "Wallet Card Holder", "Car Mount"),
        ("引磁贴", "磁吸卡包", "车载支架"),
    ),
    "drone": (
        ("Propellers", "Propeller Guard", "Battery Charging Hub", "ND Filter Set", "Carrying Case"),
        ("螺旋桨", "桨叶保护罩", "充电管家", "滤镜", "收纳包"),
    ),
    "camera": (
        ("Mounts Kit", "Waterproof Housing", "Battery 2 Pack", "Chest Strap"),
        ("配件套装", "防水壳", "电池", "胸带"),
    ),
    "game": (
        ("Carrying Case", "Tempered Glass Screen Protector", "Joystick Caps", "Charging Dock"),
        ("收纳包", "钢化膜", "摇杆帽", "充电底座"),
    ),
    "hair": (
        ("HEPA Filter", "Replacement Battery", "Wall Mount Bracket", "Brush Head"),
        ("滤芯", "电池", "挂架", "地刷"),
    ),
    "tools": (("Battery 5.0Ah", "Battery Adapter", "Charger"), ("电池", "电池转换器", "充电器")),
    "toys": (
        ("Building Bricks 1000 Pieces", "Minifigure Display Case", "Baseplate 32x32"),
        ("积木颗粒 1000片", "人仔展示盒", "积木底板"),
    ),
    "clogs": (("Shoe Charms 20pcs", "Shoe Decoration Pins"), ("鞋花 20个", "鞋扣配饰")),
    "auto": (
        ("Key Fob Cover", "Floor Mats", "Oil Filter", "Wiper Blades"),
        ("钥匙套", "脚垫", "机油滤芯", "雨刮器"),
    ),
    "shoes": (("Shoe Charms 20pcs",), ("鞋花",)),
}

PREFIXES_EN = (
    "Wholesale",
    "Hot Sale",
    "Factory Direct",
    "New Arrival",
    "OEM",
    "Dropshipping",
    "Ready to Ship",
    "Top Quality",
    "Best Selling",
    "Trendy",
    "Bulk Order",
    "Free Sample",
    "Cheap",
    "Premium",
    "In Stock",
)
SUFFIXES_EN = (
    "for Men and Women",
    "MOQ 2 Pieces",
    "in Stock",
    "Fast Delivery",
    "with Gift Box",
    "Low MOQ",
    "Mixed Batch",
    "Free Shipping",
    "Factory Price",
    "2024 Model",
    "Hot Item",
    "Accept OEM Packaging",
    "Dropship Supported",
)
PREFIXES_ZH = (
    "厂家直销",
    "批发",
    "跨境爆款",
    "一件代发",
    "工厂货源",
    "外贸",
    "现货",
    "新款",
    "热卖",
    "2024新款",
    "源头工厂",
)
SUFFIXES_ZH = (
    "一件代发",
    "支持混批",
    "现货速发",
    "量大从优",
    "跨境专供",
    "包邮",
    "工厂直供",
    "可定制",
)

# Where the mark sits in an infringing English title: {m} mark, {p} product, {a} adjective,
# {x} prefix, {s} suffix, {y} year.
MARK_TITLES_EN = (
    "{x} {y} New {m} {a} {p}",
    "{m} {p} {a} {s}",
    "{x} {a} {p} {m} Style {s}",
    "High Quality {m} Inspired {a} {p}",
    "{a} {p} with {m} Logo {s}",
    "{x} Original {m} {p} {s}",
    "{y} Hot Sale {m} {p} for Men and Women",
    "Brand {m} {a} {p} Wholesale Price",
    "{x} {p} {m} Same Style {a}",
    "Top Grade {m} {p} 1:1 Quality {s}",
    "{m} {a} {p} AAA Mirror Quality",
    "Luxury Designer {m} {p} {s}",
    "{a} {p} - {m} Series {s}",
    "Authentic {m} {p} {a} {x}",
    "{x} {m} Official {p} {s}",
    "{m} Replica {p} {a}",
)
MARK_TITLES_ZH = (
    "{x} {m}同款{p} {a}",
    "{y}新款 {m}{p} {s}",
    "{m}{p} {a} {s}",
    "{x} {m}风格{p}",
    "{a}{p} {m}联名款 现货",
    "工厂货源 {m}原单{p}",
    "{m} 正品{p} 外贸出口",
    "外贸{p} {m}款 {s}",
    "热卖{m}{p} {a} 包邮",
    "{m}官方{p} {a}",
    "高仿{m}{p} 1:1",
    "{x} {a}{p} 同{m}一样 {s}",
)
# A mark in the description, the title clean.
MARK_SENTENCES_EN = (
    "Same design as {m}, top factory quality.",
    "Inspired by the classic {m} {p}.",
    "Looks like the original {m} but at factory price.",
    "{m} logo on the side, comes with dust bag and tags.",
    "Compare with {m}: same materials, half the price.",
    "Made in the {m} factory line, export surplus.",
    "Our best seller, the {m} version buyers ask for.",
    "Genuine {m} quality, contact us for the catalogue.",
)
MARK_SENTENCES_ZH = (
    "{m}同款设计，做工精细，支持混批。",
    "原厂品质，与{m}专柜一致。",
    "工厂直供{m}风格，量大从优。",
    "{m}原单尾货，数量有限。",
    "对标{m}，品质保证，欢迎比价。",
    "专柜{m}同版型，带包装盒。",
)

PLAIN_TITLES_EN = (
    "{x} {a} {p} {s}",
    "{y} New {a} {p} {s}",
    "{a} {p} for Daily Use {s}",
    "OEM {a} {p} Custom Packaging",
    "{x} {p} {a} Style {s}",
    "{a} {a2} {p} {x}",
    "{p} {a} High Quality {s}",
    "Private Label {p} {a}",
)
PLAIN_TITLES_ZH = (
    "{x} {a}{p} {s}",
    "{y}新款{p} {a} {s}",
    "{a}{p} {s}",
    "{x} {p} {a2}{a}",
    "源头工厂 {a}{p} 可定制",
)
PLAIN_SENTENCES_EN = (
    "MOQ 50 pieces, samples available in 3 days.",
    "Custom packaging and labels accepted.",
    "We ship worldwide by air and sea.",
    "Quality checked before shipment, 12 month warranty.",
    "Mixed colours and sizes in one order.",
    "Factory with 15 years of export experience.",
    "Stock ready, ships within 48 hours.",
    "OEM and ODM orders welcome.",
)
PLAIN_SENTENCES_ZH = (
    "支持来样定制，三天出样。",
    "工厂直发，品质保证。",
    "现货充足，48小时内发货。",
    "支持混批，量大价优。",
    "出口品质，质检合格。",
    "可贴牌加工，欢迎洽谈。",
)

OWN_BRANDS = (
    "",
    "",
    "",
    "OEM",
    "Generic",
    "No Brand",
    "Customized",
    "无品牌",
    "定制",
    "Kevlon",
    "Yiwu Sunrise",
    "ZEROTEC",
    "Huixin",
    "Mingda",
    "BAOYUN",
    "Qiaoxin",
    "Fenghua",
    "LUMORA",
    "Teknest",
    "Hengtai",
    "Jinhao",
    "RUIZE",
    "Sanfeng",
    "Wanjia",
    "OUTFINE",
)

# --- evasions -------------------------------------------------------------------------

ACCENTED = {
    "a": "àáâäãå",
    "e": "èéêë",
    "i": "ìíîï",
    "o": "òóôöõ",
    "u": "ùúûü",
    "n": "ñ",
    "c": "ç",
    "y": "ýÿ",
    "A": "ÀÁÂÄÃ",
    "E": "ÈÉÊË",
    "I": "ÌÍÎÏ",
    "O": "ÒÓÔÖ",
    "U": "ÙÚÛÜ",
    "N": "Ñ",
    "C": "Ç",
}
HOMOGLYPHS = {
    "a": "а",
    "e": "е",
    "o": "о",
    "c": "с",
    "p": "р",
    "x": "х",
    "i": "і",
    "y": "у",
    "s": "ѕ",
    "j": "ј",
    "A": "АΑ",
    "B": "ВΒ",
    "C": "С",
    "E": "ЕΕ",
    "H": "НΗ",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "T": "ТΤ",
    "X": "ХΧ",
    "I": "ІΙ",
    "S": "Ѕ",
    "J": "Ј",
}
LEET = {
    "i": "1!",
    "o": "0",
    "e": "3",
    "a": "@4",
    "s": "$5",
    "l": "1",
    "t": "7",
    "I": "1!",
    "O": "0",
    "E": "3",
    "A": "@4",
    "S": "$5",
    "L": "1",
    "T": "7",
    "B": "8",
}


def _substitute(mark: str, table: dict[str, str], rng: random.Random, most: int) -> str:
    spots = [i for i, ch in enumerate(mark) if ch in table]
    if not spots:
        raise ValueError(f"no letter of {mark!r} can be substituted")
    chosen = rng.sample(spots, k=min(len(spots), rng.randint(1, most)))
    letters = list(mark)
    for i in chosen:
        letters[i] = rng.choice(table[letters[i]])
    return "".join(letters)


def accent(mark: str, rng: random.Random) -> str:
    return _substitute(mark, ACCENTED, rng, 2)


def homoglyph(mark: str, rng: random.Random) -> str:
    return _substitute(mark, HOMOGLYPHS, rng, 2)


def leetspeak(mark: str, rng: random.Random) -> str:
    return _substitute(mark, LEET, rng, 2)


def full_width(text: str) -> str:
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
    )


def case_width(mark: str, rng: random.Random) -> str:
    style = rng.choice(("full", "full", "full_upper", "alternate", "random", "lower", "upper_fw"))
    if style == "full":
        return full_width(mark)
    if style in ("full_upper", "upper_fw"):
        return full_width(mark.upper())
    if style == "alternate":
        out = "".join(ch.lower() if i % 2 == 0 else ch.upper() for i, ch in enumerate(mark))
    elif style == "random":
        out = "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in mark)
    else:
        out = mark.lower()
    if out in (mark, mark.upper(), mark.title()):
        out = mark[0].lower() + mark[1:].upper()
    return out


def spacing(mark: str, rng: random.Random) -> str:
    letters = [ch for ch in mark if ch.isalnum()]
    style = rng.choice(
        (
            "spaces",
            "dashes",
            "dots",
            "one_space",
            "underscore",
            "zero_width",
            "spaces_upper",
            "dots_upper",
        )
    )
    if style == "spaces":
        return " ".join(letters)
    if style == "spaces_upper":
        return " ".join(letters).upper()
    if style == "dashes":
        return "-".join(letters).upper()
    if style == "dots":
        return ".".join(letters)
    if style == "dots_upper":
        return ".".join(letters).upper() + "."
    if style == "underscore":
        return "_".join(letters)
    joined = "".join(letters)
    cut = rng.randint(1, len(joined) - 1)
    glue = "\u200b" if style == "zero_width" else " "
    return joined[:cut] + glue + joined[cut:]


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def fold(text: str) -> str:
    """NFKC and case-fold: how the corpus checks a text for accidental plain mark uses."""
    return unicodedata.normalize("NFKC", text).casefold()
