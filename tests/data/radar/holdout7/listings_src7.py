"""The hand-written listings of the seventh held-out corpus.

Every listing is written by hand. ``hg()``, ``gk()`` and ``fw()`` only spell the letters
named in their second argument with Cyrillic or Greek look-alikes, or a whole string in
full-width forms; ``ZW`` is a zero-width space. Labels follow ../README.md.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = dict(zip("aeocpxiysjABCEHKMOPTXIS", "аеосрхіуѕјАВСЕНКМОРТХІЅ", strict=True))
_GREEK = dict(zip("ABEHIKMNOPTXYZov", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖον", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with every letter in ``letters`` spelt by its Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in word)


def gk(word: str, letters: str) -> str:
    """``word`` with every letter in ``letters`` spelt by its Greek look-alike."""
    return "".join(_GREEK[c] if c in letters else c for c in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (an ideographic space for a space)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class L:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None  # None: the group for positives, none otherwise
    without_compat: tuple[str, ...] | None = None  # None: see build7._without
    image: bool = False


def _rows(case: str, rows: list[tuple]) -> list[L]:
    out = []
    for row in rows:
        group, title, *rest = row
        description = rest[0] if rest else ""
        brand = rest[1] if len(rest) > 1 else ""
        out.append(L(case, group, title, description, brand))
    return out


# --------------------------------------------------------------------------- positives

EXACT = _rows(
    "exact",
    [
        ("r7-arcteryx", "Arc'teryx Beta AR Gore-Tex Hardshell Jacket Men Waterproof"),
        ("r7-golden-goose", "Golden Goose Super-Star Distressed Leather Sneakers Gold Star"),
        ("r7-dr-martens", "Dr. Martens 1460 Smooth Leather 8-Eye Lace Up Boots Black"),
        ("r7-valentino", "Valentino Rockstud Patent Leather Pumps 100mm Wholesale"),
        ("r7-hoover", "Hoover Bagless Upright Vacuum Cleaner 800W Pet Hair Turbo Brush"),
        ("r7-fluke", "Fluke 117 True RMS Digital Multimeter with Non-Contact Voltage"),
        ("r7-ring", "Ring Video Doorbell 4 Battery 1080p HD Two-Way Talk"),
        ("r7-pixel", "Pixel 8 Pro 256GB Unlocked 5G Smartphone Obsidian"),
        ("r7-galaxy", "Galaxy S24 Ultra 512GB Dual SIM Titanium Gray Global Version"),
        ("r7-mercedes-benz", "Mercedes-Benz AMG Carbon Steering Wheel Emblem Badge"),
        ("r7-fujifilm", "Fujifilm Instax Mini 12 Instant Camera Pastel Blue Bundle"),
        ("r7-haagen-dazs", "Häagen-Dazs Ice Cream Mooncake Gift Box 8pcs Mid-Autumn"),
        ("r7-switch", "Switch OLED Console 64GB White Edition Bundle"),
        ("r7-tangle-teezer", "Tangle Teezer The Original Detangling Hairbrush Pink Fizz"),
        ("r7-eames", "Eames Lounge Chair and Ottoman Replica Walnut Black Leather"),
        ("r7-hm", "H&M Basic Cotton T-Shirts Stock Lot 500pcs Mixed Sizes"),
        # the mark in the description only
        (
            "r7-seiko",
            "Men's Automatic Dive Watch 42mm Sapphire Crystal 200m",
            "Seiko Prospex SPB143, calibre 6R35, original box and papers. Lot of 5 pcs.",
        ),
        (
            "r7-aeropress",
            "Portable Coffee Maker for Camping 350ml Travel Kit",
            "Genuine AeroPress Go with 350 micro-filters and mug, sealed retail box.",
        ),
        (
            "r7-osprey",
            "Hiking Backpack 65L Ventilated Trekking Pack Men",
            "Osprey Atmos AG 65, anti-gravity suspension, authorized stock clearance.",
        ),
        (
            "r7-nest",
            "Smart Learning Thermostat 3rd Gen Stainless Steel",
            "Nest Learning Thermostat by Google, brand new sealed, US version.",
        ),
        (
            "r7-kinder",
            "Chocolate Surprise Eggs with Toy Inside 20g x 72",
            "Kinder Surprise eggs by Ferrero, EU version, best before 2027.",
        ),
        (
            "r7-baguette",
            "Sequin Shoulder Bag FF Buckle Women Mini Flap",
            "Fendi Baguette 1997 reissue, mirror quality, dust bag included.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("r7-volkswagen", "VW Golf 8 GTI Red Sport Floor Mats Custom Logo"),
        ("r7-mercedes-benz", "Benz S-Class W223 Ambient Light Kit 64 Colors"),
        ("r7-fujifilm", "Fuji X-T5 Mirrorless Camera Body Silver 40MP"),
        ("r7-saint-laurent", "YSL Rouge Pur Couture Lipstick Set 3pcs Gift Box"),
        ("r7-dr-martens", "Doc Martens Jadon Platform Boots Women Chunky Sole"),
        ("r7-arcteryx", "Arcteryx Atom LT Hoody Insulated Jacket Men"),
        ("r7-golden-goose", "GGDB Superstar Sneakers Dirty Style Silver Tab"),
        ("r7-haagen-dazs", "Haagen Dazs Vanilla Pint 473ml Frozen Dessert Wholesale"),
        ("r7-lays", "Lays Classic Salted Potato Chips 184g Party Size"),
        ("r7-elf", "ELF Cosmetics Camo CC Cream Full Coverage SPF 30"),
        ("r7-camel", "CAMEL Outdoor Hiking Shoes Men Waterproof Anti-Slip"),
        ("r7-seagull", "Seagull 1963 Chronograph Mechanical Watch Men Reissue"),
        ("r7-colorful", "Colorful iGame RTX 4070 Ultra W OC 12GB Graphics Card"),
        ("r7-zte", "ZTE Blade A75 4G Smartphone 6.6 inch Wholesale"),
        ("r7-peak", "PEAK Taichi Basketball Shoes Men Cushioning Sneakers"),
        # the mark in the description only
        (
            "r7-hasee",
            "Gaming Laptop 15.6 inch i7 RTX 4060 16GB 1TB",
            "Hasee Z8 series, original warranty, bulk order discount.",
        ),
        (
            "r7-toread",
            "Waterproof Outdoor Shell Jacket 3-in-1 Fleece Liner",
            "Toread 2024 model, detachable liner, sizes M-4XL.",
        ),
        (
            "r7-panasonic",
            "Mirrorless Camera 4K 60p Body Only Black",
            "Lumix G9 II, full kit, warranty card included.",
        ),
        (
            "r7-geely",
            "Compact SUV Front Grille Chrome Trim 2022-2024",
            "Geely Coolray original grille, OEM part number on request.",
        ),
        (
            "r7-double-star",
            "Canvas Training Shoes Men Rubber Sole Classic",
            "Double Star classic canvas shoes, factory stock from Qingdao.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("r7-dongfeng", "东风天锦 货车 前大灯 总成 原厂"),
        ("r7-geely", "吉利 星越L 原厂 脚垫 全包围"),
        ("r7-camel", "骆驼 登山鞋 男 防水 防滑 户外 徒步鞋"),
        ("r7-seagull", "海鸥 自动 机械表 男 商务 钢带 手表"),
        ("r7-yaya", "鸭鸭 羽绒服 女 中长款 加厚 新款"),
        ("r7-colorful", "七彩虹 战斧 RTX 4060 显卡 8G 台式机"),
        ("r7-hasee", "神舟 战神 游戏本 笔记本电脑 15.6寸"),
        ("r7-zte", "中兴 5G 随身 WiFi 便携 路由器"),
        ("r7-toread", "探路者 冲锋衣 男 三合一 防水 外套"),
        ("r7-double-star", "双星 帆布鞋 男 劳保 工作鞋 耐磨"),
        ("r7-peak", "匹克 态极 跑步鞋 男 缓震 运动鞋"),
        ("r7-999", "三九 感冒灵 颗粒 10袋 家庭 常备"),
        ("r7-arcteryx", "始祖鸟 冲锋衣 硬壳 户外 防风 外套"),
        ("r7-marmot", "土拨鼠 羽绒 睡袋 户外 露营 零下"),
        ("r7-volkswagen", "大众 朗逸 原厂 车标 后尾标"),
        ("r7-fujifilm", "富士 拍立得 相纸 mini 10张"),
        ("r7-rado", "雷达表 真我系列 陶瓷 女表"),
        ("r7-seiko", "精工 5号 机械表 男 夜光 防水"),
        ("r7-saint-laurent", "圣罗兰 小金条 口红 1966 正品"),
        # the mark in the description only
        ("r7-dr-martens", "复古 马丁靴 女 8孔 黄线 厚底", "马汀博士 1460 原单 尾货"),
        ("r7-butterfly", "乒乓球 底板 纯木 5层 专业 比赛用", "蝴蝶王 原装 正品 日本产"),
        ("r7-finish", "洗碗机 专用 洗涤块 多效 60粒", "亮碟 全效 洗碗块 代理 批发"),
        ("r7-haagen-dazs", "香草 冰淇淋 月饼 礼盒 中秋 送礼", "哈根达斯 冰淇淋月饼 券 提货"),
        ("r7-lays", "原味 薯片 大包装 休闲 零食 批发", "乐事 经典 原味 135克 整箱"),
        ("r7-redmi", "智能手机 6.67寸 2亿像素 全网通", "红米 Note13 Pro 国行 全新 未拆封"),
        ("r7-fluke", "万用表 数字 高精度 真有效值", "福禄克 F17B+ 原装 正品 带票"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("r7-galaxy", fw("GALAXY") + " Buds FE Wireless Earbuds ANC Graphite"),
        ("r7-pixel", "pIxEl Watch 2 LTE 41mm Polished Silver"),
        ("r7-fluke", "fLUKE 376 FC True-RMS Clamp Meter"),
        ("r7-saint-laurent", fw("YSL") + " Libre Eau de Parfum 90ml Tester"),
        ("r7-volkswagen", "vOLKSWAGEN Tiguan LED Door Projector Logo Lights 2pcs"),
        ("r7-valentino", fw("valentino") + " Roman Stud Chain Bag Quilted Nappa"),
        ("r7-redmi", "rEDMI Buds 5 Pro Wireless Earphones Black"),
        ("r7-hoover", "hOOVER H-Free 300 Cordless Stick Vacuum"),
        ("r7-martini", "mARTINI Asti Sparkling Wine 750ml Wholesale"),
        ("r7-worx", "wOrX WG163 20V Cordless Grass Trimmer"),
        # the mark in the description only
        (
            "r7-fujifilm",
            "Mini Instant Camera Film 20 Sheets Rainbow",
            fw("FUJIFILM INSTAX") + " mini film, twin pack, expiry 2026.",
        ),
        (
            "r7-mercedes-benz",
            "Car Floor Mats All Weather 3D TPE Front and Rear",
            "mErCeDeS-bEnZ GLC X254 exact fit, star logo embossed.",
        ),
        (
            "r7-yaya",
            "Women Quilted Puffer Down Jacket Long Hooded",
            "yAyA official factory outlet, 90% duck down, 5 colours.",
        ),
        (
            "r7-butterfly",
            "Table Tennis Rubber Tacky Offensive 2.1mm",
            "bUTTERFLY Dignics 09C, red/black, sealed.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("r7-valentino", "Vålentino Rockstud Spike Leather Sandals Flat"),
        ("r7-seiko", "Séiko Presage Cocktail Time Automatic Watch"),
        ("r7-rado", "Rädo Centrix Ceramic Automatic Ladies Watch"),
        ("r7-galaxy", "Gàlaxy Tab S9 FE 10.9 inch WiFi Tablet"),
        ("r7-nissan", "Nïssan GT-R Nismo Carbon Key Fob Cover"),
        ("r7-mercedes-benz", "Mërcedes-Bénz G-Class Spare Tire Cover 17 inch"),
        ("r7-fujifilm", "Fújifilm X100VI Digital Camera Silver"),
        ("r7-off-white", "Òff-White Industrial Belt Yellow 200cm"),
        ("r7-kinder", "Kïnder Bueno White Chocolate Bars 39g x 30"),
        ("r7-martini", "Märtini Rosso Vermouth 750ml"),
        # the mark in the description only
        (
            "r7-marmot",
            "Down Sleeping Bag -10C Mummy Camping",
            "Märmot Trestles Elite Eco 20, unused stock.",
        ),
        (
            "r7-colorful",
            "Graphics Card 16GB GDDR6 Triple Fan RGB",
            "Cólorful iGame RTX 4070 Ti Super Vulcan OC.",
        ),
        (
            "r7-osprey",
            "Ultralight Hiking Backpack 38L Women Ventilated",
            "Ósprey Tempest 38, all colours in stock.",
        ),
        (
            "r7-dr-martens",
            "Platform Chelsea Boots Women Leather",
            "Dr. Märtens 2976 Quad, UK sizes 3-8.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("r7-seiko", hg("Seiko", "Seio") + " 5 Sports Automatic Green Dial"),
        ("r7-rado", hg("Rado", "ao") + " HyperChrome Ceramic Watch Men"),
        ("r7-nissan", gk("NISSAN", "NIA") + " Patrol Y62 Chrome Grille Badge"),
        ("r7-pixel", hg("Pixel", "P") + " Buds Pro 2 Wireless Earbuds Porcelain"),
        ("r7-galaxy", hg("Galaxy", "ay") + " Watch 6 Classic 47mm LTE"),
        ("r7-fluke", hg("Fluke", "e") + " 1587 FC Insulation Multimeter"),
        ("r7-hoover", hg("Hoover", "H") + " HF9 Cordless Stick Vacuum Cleaner"),
        ("r7-kinder", hg("Kinder", "K") + " Joy Chocolate Egg with Toy 20g x 72"),
        ("r7-martini", hg("Martini", "Ma") + " Extra Dry Vermouth 1L"),
        ("r7-valentino", hg("Valentino", "ao") + " One Stud Nappa Handbag"),
        # the mark in the description only
        (
            "r7-arcteryx",
            "Insulated Down Jacket Men Hooded 850 Fill",
            hg("Arc'teryx", "ae") + " Cerium hoody, tags attached.",
        ),
        (
            "r7-peak",
            "Basketball Shoes Men High Top Cushion",
            hg("PEAK", "PEAK") + " Andrew Wiggins signature, factory stock.",
        ),
        (
            "r7-ring",
            "Smart Video Doorbell Camera 1080p Wireless",
            hg("Ring", "i") + " Battery Doorbell Plus, head-to-toe view.",
        ),
        (
            "r7-worx",
            "Cordless Leaf Blower 40V Brushless",
            hg("WORX", "OX") + " WG584 Power Share, 2 batteries.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("r7-pixel", "P1xel 8a 128GB Unlocked Aloe"),
        ("r7-galaxy", "G@laxy Z Flip5 512GB Mint"),
        ("r7-fluke", "Fluk3 T6-1000 Electrical Tester"),
        ("r7-hoover", "H00ver Carpet Washer Power Scrub"),
        ("r7-valentino", "V@lentino VLogo Signature Shoulder Bag"),
        ("r7-seiko", "S31ko 5 SNK809 Automatic Military Watch"),
        ("r7-nissan", "N1ssan Skyline R34 Tail Light Assembly"),
        ("r7-mercedes-benz", "M3rcedes AMG Door Sill Plates Illuminated"),
        ("r7-kinder", "K1nder Chocolate Maxi 21g x 36"),
        ("r7-off-white", "0ff-Wh1te Zip Tie Tag Crossbody Bag"),
        # the mark in the description only
        (
            "r7-golden-goose",
            "Distressed Leather Sneakers Women Star Patch",
            "G0lden G00se Super-Star, dirty finish, all sizes.",
        ),
        (
            "r7-lays",
            "Spicy Masala Potato Chips 52g x 24",
            "L@y's Magic Masala, India import.",
        ),
        (
            "r7-saint-laurent",
            "Leather Envelope Chain Bag Women Gold Hardware",
            "$aint L@urent Kate medium, grain de poudre.",
        ),
        (
            "r7-zte",
            "4G Smartphone 6.6 Inch 128GB Dual SIM",
            "Z7E Blade V50, global ROM.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("r7-hm", "H & M Basic Crew Neck T-Shirts Stock Lot 300pcs"),
        ("r7-saint-laurent", "Y S L Rouge Volupte Shine Lipstick"),
        ("r7-off-white", "O.f.f-W.h.i.t.e Arrows Hoodie Oversized"),
        ("r7-arcteryx", "ARC TERYX Gamma Softshell Pants Men"),
        ("r7-peak", "P E A K Flash 4 Running Shoes Men"),
        ("r7-zte", "Z.T.E nubia Neo 5G Gaming Phone"),
        ("r7-volkswagen", "V W Passat B8 Rear Badge Chrome"),
        ("r7-pixel", "Pix" + ZW + "el Tablet 11 inch with Charging Dock"),
        ("r7-kinder", "K_i_n_d_e_r Country Chocolate Bars 23.5g x 40"),
        ("r7-seiko", "精 工 Presage 鸡尾酒 系列 机械表"),
        ("r7-mercedes-benz", "奔 驰 E300L 原厂 轮毂 盖 标"),
        # the mark in the description only
        (
            "r7-butterfly",
            "Table Tennis Blade Carbon 7 Ply Offensive",
            "B u t t e r f l y Timo Boll ALC, FL handle.",
        ),
        (
            "r7-fujifilm",
            "Instant Film Photo Printer Bluetooth Pocket",
            "F U J I F I L M  I N S T A X mini Link 3, box sealed.",
        ),
        (
            "r7-worx",
            "Cordless Drill Driver 20V Brushless 2 Batteries",
            "W.O.R.X WX352 with 2x2Ah battery pack.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("r7-volkswagen", "Volkswagon Jetta MK7 Rear Spoiler ABS Gloss Black"),
        ("r7-mercedes-benz", "Mercedez C-Class W205 Side Mirror Cover Carbon"),
        ("r7-fujifilm", "Fujiflim Superia 400 35mm Film 36 Exp"),
        ("r7-saint-laurent", "Saint Lauren Loulou Puffer Bag Medium"),
        ("r7-arcteryx", "Arcterix Alpha SV Jacket Gore-Tex"),
        ("r7-tangle-teezer", "Tangle Teaser Wet Detangler Brush Wholesale"),
        ("r7-dr-martens", "Dr Martins 1461 Oxford Shoes Smooth Leather"),
        ("r7-haagen-dazs", "Häagen-Daz Macadamia Nut Ice Cream Pint"),
        ("r7-redmi", "Redmy Note 13 Pro Plus 5G 12+512GB"),
        ("r7-osprey", "Ospray Farpoint 40 Travel Backpack"),
        ("r7-colorful", "七采虹 RTX4060Ti 显卡 8G 白色"),
        ("r7-haagen-dazs", "哈根达思 冰淇淋 月饼 礼券 中秋"),
        ("r7-arcteryx", "始祖乌 冲锋衣 男 硬壳 同款"),
        # the mark in the description only
        (
            "r7-seiko",
            "Automatic Aviator Watch 40mm Sapphire Luminous",
            "Seyko SRPH recraft, NH35A movement.",
        ),
        (
            "r7-hoover",
            "Upright Vacuum Cleaner Bagged 1000W",
            "Hooveer Elite series, UK plug.",
        ),
        (
            "r7-aeropress",
            "Portable Coffee Maker Plunger Espresso Style",
            "Areopress clear edition, 100 paper filters included.",
        ),
        (
            "r7-rado",
            "Ceramic Ladies Watch Black Rose Gold",
            "Raddo True Thinline ceramic, Swiss made.",
        ),
        ("r7-toread", "户外 冲锋衣 男 三合一 可拆卸", "探路着 官方 工厂店 尾货"),
    ],
)

BRAND_FIELD = [
    L(
        "brand_field",
        "r7-arcteryx",
        "Men's Hardshell Jacket Waterproof Breathable Hooded",
        brand="Arc'teryx",
    ),
    L("brand_field", "r7-seiko", "机械表 男 鸡尾酒 蓝色 表盘 自动", brand="精工"),
    L("brand_field", "r7-camel", "徒步鞋 男 防水 透气 户外 登山鞋", brand="骆驼"),
    L("brand_field", "r7-seagull", "手动 机械表 男 飞行 计时 1963 复刻", brand="海鸥"),
    L("brand_field", "r7-yaya", "羽绒服 男 短款 连帽 加厚 白鸭绒", brand="鸭鸭"),
    L("brand_field", "r7-colorful", "RTX 4060 显卡 8G 台式机 游戏 独立显卡", brand="七彩虹"),
    L("brand_field", "r7-hasee", "游戏本 i7 RTX4060 16G 512G 笔记本电脑", brand="神舟"),
    L("brand_field", "r7-peak", "篮球鞋 男 高帮 缓震 实战 运动鞋", brand="匹克"),
    L("brand_field", "r7-fluke", "Digital Clamp Meter AC/DC True RMS 1000A", brand="Fluke"),
    L("brand_field", "r7-finish", "Dishwasher Tablets All in One 100 Count Lemon", brand="Finish"),
    L("brand_field", "r7-marmot", "Women's Waterproof Rain Jacket Packable", brand="Marmot"),
    L("brand_field", "r7-999", "感冒 颗粒 10袋 缓解 头痛 发热 鼻塞", brand="999"),
    L("brand_field", "r7-worx", "20V Cordless Hedge Trimmer 56cm Blade", brand="WORX"),
    L("brand_field", "r7-panasonic", "Nanoe Hair Dryer Ionic 1600W Fast Drying", brand="Panasonic"),
]

IMAGE = [
    L("image", group, title, image=True)
    for group, title in [
        ("r7-camel", "Outdoor Hiking Shoes Men Waterproof Anti-Slip Trekking"),
        ("r7-seagull", "Mechanical Chronograph Watch Men 1963 Aviator Style"),
        ("r7-colorful", "RTX 4070 Graphics Card 12GB White Edition Gaming"),
        ("r7-peak", "Basketball Shoes Men Cushion Sneakers Breathable Mesh"),
        ("r7-kinder", "Milk Chocolate Bars Kids Snack 12.5g x 8"),
        ("r7-lays", "Potato Chips Classic Salted 70g Party Snack"),
        ("r7-arcteryx", "Softshell Jacket Men Windproof Climbing Hooded"),
        ("r7-golden-goose", "Women Distressed Leather Sneakers Star Low Top"),
        ("r7-off-white", "Diagonal Stripe Arrow Print Hoodie Oversized Streetwear"),
        ("r7-valentino", "Studded Leather Pumps Pointed Toe 100mm"),
        ("r7-butterfly", "Table Tennis Racket Professional Carbon Paddle"),
        ("r7-mercedes-benz", "Car Steering Wheel Emblem Star Badge 52mm"),
        ("r7-haagen-dazs", "Premium Vanilla Ice Cream Pint 473ml Frozen Dessert"),
        ("r7-baguette", "Women Mini Shoulder Bag Sequin Flap Handbag"),
        ("r7-eames", "Mid Century Lounge Chair with Ottoman Leather Plywood"),
    ]
]

MIXED = [
    # a mark on an accessory for a named device: the device only with the switch off
    L(
        "mixed",
        "r7-arcteryx",
        "Arc'teryx Bird Logo Case for Galaxy S24 Ultra",
        expected=("r7-arcteryx",),
        without_compat=("r7-arcteryx", "r7-galaxy"),
    ),
    L(
        "mixed",
        "r7-off-white",
        "Off-White Arrow Strap Compatible with Pixel Watch 2",
        expected=("r7-off-white",),
        without_compat=("r7-off-white", "r7-pixel"),
    ),
    L(
        "mixed",
        "r7-saint-laurent",
        "YSL Monogram Glitter Case for Redmi Note 13",
        expected=("r7-saint-laurent",),
        without_compat=("r7-saint-laurent", "r7-redmi"),
    ),
    L(
        "mixed",
        "r7-golden-goose",
        "Golden Goose Star Decal Skin for Switch OLED",
        expected=("r7-golden-goose",),
        without_compat=("r7-golden-goose", "r7-switch"),
    ),
    L(
        "mixed",
        "r7-valentino",
        "Valentino Rockstud Leather Band for Galaxy Watch 6",
        expected=("r7-valentino",),
        without_compat=("r7-valentino", "r7-galaxy"),
    ),
    L(
        "mixed",
        "r7-mercedes-benz",
        "Mercedes AMG Logo Floor Mats for Volkswagen Golf",
        expected=("r7-mercedes-benz",),
        without_compat=("r7-mercedes-benz", "r7-volkswagen"),
    ),
    # one right under two evasions
    L("mixed", "r7-marmot", "Marmot 土拨鼠 羽绒服 男 连帽 加厚"),
    L("mixed", "r7-osprey", "Osprey 小鹰 Kestrel 38L 登山包 户外"),
    # two rights
    L(
        "mixed",
        "r7-lays",
        "乐事 x 哈根达斯 联名 冰淇淋 口味 薯片",
        expected=("r7-lays", "r7-haagen-dazs"),
    ),
    L(
        "mixed",
        "r7-dr-martens",
        "Dr. Martens 1460 with Off-White Zip Tie Laces",
        expected=("r7-dr-martens", "r7-off-white"),
    ),
    L(
        "mixed",
        "r7-kinder",
        "Kinder Bueno and Lay's Party Snack Box Mix 20pcs",
        expected=("r7-kinder", "r7-lays"),
    ),
    L(
        "mixed",
        "r7-seiko",
        "Seiko 5 Mod with Rado Style Ceramic Bezel Insert",
        expected=("r7-seiko", "r7-rado"),
    ),
    # the marks in the description only
    L(
        "mixed",
        "r7-mercedes-benz",
        "Vintage Rally Racing Jacket Men Embroidered Patches",
        "Mercedes-Benz star patches and Martini Racing stripes, sizes S-3XL.",
        expected=("r7-mercedes-benz", "r7-martini"),
    ),
    L(
        "mixed",
        "r7-worx",
        "Cordless Tool Combo Kit 20V Drill Impact Driver",
        "WORX Power Share batteries, Fluke voltage tester included as gift.",
        expected=("r7-worx", "r7-fluke"),
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

COMPAT = _rows(
    "compat",
    [
        ("r7-pixel", "Tempered Glass Screen Protector for Pixel 8 Pro 2-Pack"),
        ("r7-pixel", "Pixel 8 Compatible Wireless Charging Stand 15W", "", "UGOOD"),
        ("r7-pixel", "Magnetic Charging Cable Works with Pixel Watch 2"),
        ("r7-galaxy", "Silicone Case Compatible with Galaxy S24 Ultra Shockproof"),
        ("r7-redmi", "适用于红米Note13 Pro 手机壳 防摔 全包"),
        ("r7-redmi", "适配 Redmi Buds 5 耳机套 硅胶 防丢"),
        ("r7-switch", "Dock Stand for Switch OLED with 4K HDMI Output"),
        ("r7-switch", "Pro Controller Compatible for Switch Lite Wireless Turbo"),
        ("r7-switch", "兼容 Switch 手柄 无线 蓝牙 连发 体感"),
        ("r7-nest", "Wall Plate Cover for Nest Thermostat E White"),
        ("r7-nest", "Adjustable Wall Mount Compatible with Nest Cam Outdoor"),
        ("r7-ring", "Solar Panel Charger Fits Ring Stick Up Cam Battery"),
        ("r7-ring", "Anti-Theft Doorbell Mount Designed to Fit Ring Video Doorbell 4"),
        ("r7-hoover", "Replacement HEPA Filter for Hoover WindTunnel Vacuums"),
        ("r7-hoover", "Vacuum Bags Type Y Works with Hoover Upright 10 Pack"),
        ("r7-fluke", "Silicone Test Leads Compatible for Fluke 117 Multimeter"),
        ("r7-worx", "20V 4.0Ah Battery Replacement for WORX WA3578"),
        ("r7-worx", "割草机 刀片 适用于 威克士 WG779 替换 刀片"),
        ("r7-volkswagen", "All Weather Floor Mats for Volkswagen Tiguan 2018-2024"),
        ("r7-volkswagen", "适用于大众朗逸 脚垫 全包围 专用"),
        ("r7-nissan", "H11 LED Headlight Bulbs Fits Nissan Qashqai J11"),
        ("r7-nissan", "适用日产轩逸 雨刮器 无骨 一对"),
        ("r7-mercedes-benz", "Key Fob Cover Compatible with Mercedes-Benz C E S Class"),
        ("r7-mercedes-benz", "奔驰 E级 氛围灯 64色 适配"),
        ("r7-dongfeng", "适用于东风天锦 刹车片 前轮 一套"),
        ("r7-geely", "吉利 博越 座套 四季 通用 适用"),
        ("r7-fujifilm", "Instant Film Album Compatible with Instax Mini 12 64 Pockets"),
        ("r7-panasonic", "Replacement Foil and Cutter for Panasonic ES-LV9 Shaver"),
        ("r7-panasonic", "适用松下 剃须刀 刀网 刀头 替换"),
        ("r7-aeropress", "Paper Micro Filters for AeroPress Coffee Maker 350pcs"),
        ("r7-tangle-teezer", "Hard Travel Case for Tangle Teezer Compact Styler"),
        ("r7-eames", "Replacement Leather Cushions for Eames Lounge Chair Black"),
        ("r7-baguette", "Chain Crossbody Strap for Fendi Baguette Bag Gold"),
        ("r7-dr-martens", "Round Replacement Laces for Dr. Martens 1460 8 Eye Boots"),
        ("r7-osprey", "Rain Cover Compatible with Osprey Atmos 65 Backpack"),
        ("r7-seiko", "Seiko SKX007 Compatible Sapphire Crystal Double Domed"),
        ("r7-rado", "Rubber Strap for Rado Captain Cook 42mm Black"),
        ("r7-seagull", "适配海鸥 手表 表带 真皮 18mm"),
        ("r7-hasee", "适用神舟 战神 笔记本 电源适配器 19V"),
        ("r7-colorful", "兼容七彩虹 显卡 支架 防下垂"),
        ("r7-butterfly", "Edge Protection Tape for Butterfly Table Tennis Blades"),
        ("r7-zte", "中兴 F650 光猫 替换 电源 12V"),
    ],
)

# Latin marks inside longer words; Chinese marks across a word boundary (每日|产量, 粉红|米色,
# 保健|达人, 放松|下来, 音乐|事业, 初中|兴趣, 酒精|工业, 广东|风味) or inside a longer word
# (吉利丁, 奥林匹克, 蝴蝶结); 9999 holds 999 inside a longer number.
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("r7-camel", "Camellia Seed Oil Cold Pressed 500ml Hair Care"),
        ("r7-peak", "Portable Bluetooth Speaker Waterproof 20W Bass"),
        ("r7-kinder", "Kindergarten Name Tags Iron-On Labels 100pcs"),
        ("r7-lays", "4-Channel 5V Relays Module Low Level Trigger"),
        ("r7-lays", "Acrylic Sign Holder Displays A4 Countertop 10pcs"),
        ("r7-finish", "Pneumatic Finishing Nailer 16 Gauge Straight"),
        ("r7-finish", "Unfinished Wooden Slices for Crafts 50pcs"),
        ("r7-rado", "Tornado Lamp Liquid Motion Night Light"),
        ("r7-rado", "Colorado State Map Canvas Print Framed"),
        ("r7-nest", "Nesting Tables Set of 3 Walnut Round"),
        ("r7-ring", "Sterling Silver Hoop Earrings 20mm Women"),
        ("r7-ring", "Ball Bearing 608ZZ Skateboard Wheels 10pcs"),
        ("r7-switch", "HDMI Switcher 4 In 1 Out 4K Remote Control"),
        ("r7-fujifilm", "Fujian Tieguanyin Oolong Tea 500g Vacuum Pack"),
        ("r7-martini", "Martinique Beach Travel Poster Vintage A3"),
        ("r7-elf", "Floating Wall Shelf Oak 60cm Set of 2"),
        ("r7-elf", "Self-Adhesive Wall Hooks Heavy Duty 20pcs"),
        ("r7-mercedes-benz", "Benzoyl Peroxide Acne Gel 5% 30g"),
        ("r7-toread", "Toreador Costume Halloween Adult Matador"),
        ("r7-pixel", "Pixelated Sunglasses Party Meme Glasses 8-Bit"),
        ("r7-geely", "吉利丁片 烘焙 原料 50片 装"),
        ("r7-dongfeng", "广东风味 腊肠 500克 真空 包装"),
        ("r7-peak", "奥林匹克 纪念 徽章 套装 收藏"),
        ("r7-999", "足金9999 小金条 1克 投资 收藏"),
        ("r7-butterfly", "蝴蝶结 发夹 女 韩版 大号 缎面"),
        ("r7-nissan", "每日产量 5000件 源头 工厂 T恤 定制"),
        ("r7-redmi", "粉红米色 针织 开衫 女 宽松"),
        ("r7-kinder", "保健达人 推荐 按摩 颈枕 U型"),
        ("r7-panasonic", "让你放松下来 香薰 蜡烛 助眠 礼盒"),
        ("r7-lays", "音乐事业 规划 入门 书籍"),
        ("r7-zte", "初中兴趣 阅读 课外书 全套 10册"),
        ("r7-seiko", "无水酒精工业用 清洗剂 500ml"),
    ],
)

# The hardest calls are a mark's word used in its ordinary sense on goods of the mark's own
# trade or next to it: a colour on a coat or a wedding dress, a print on a bat cover, an
# adjective on a gaming mouse pad, keyboard and wall switches, a cocktail's name on barware,
# a star projector, metal purity on jewellery, 精工 for fine workmanship on a pan, 日产 for
# daily output. A careful reviewer reads them as the word, so they expect nothing; the same
# words naming the maker (a brand position) are positives above.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("r7-camel", "Camel Plush Toy Desert Animal Stuffed 30cm"),
        ("r7-camel", "Camel Color Wool Blend Long Coat Women Belted"),
        ("r7-seagull", "Seagull Metal Wall Art Coastal Decor Set of 3"),
        ("r7-colorful", "Colorful Building Blocks 1000 Pieces Kids Classic"),
        ("r7-colorful", "Colorful RGB Gaming Mouse Pad XXL 900x400"),
        ("r7-peak", "Mountain Peak Wall Decal Vinyl Sticker Bedroom"),
        ("r7-peak", "Peak Flow Meter Asthma Adult Child"),
        ("r7-kinder", "Be Kinder Than Necessary Slogan T-Shirt Cotton"),
        ("r7-lays", "Lays Flat Hardcover Notebook A5 Dotted 160 Pages"),
        ("r7-finish", "Matte Finish Wall Paint Interior 5L White"),
        ("r7-finish", "Satin Finish Gel Top Coat Nail Polish 15ml"),
        ("r7-nest", "Baby Nest Sleeping Pod Portable Cotton Lounger"),
        ("r7-nest", "Bird Nest Box Wooden Hanging Outdoor"),
        ("r7-ring", "10 inch Ring Light with Tripod Stand Live Stream"),
        ("r7-ring", "Ring Binder A4 2-Ring 25mm Blue"),
        ("r7-ring", "Cubic Zirconia Engagement Ring 925 Silver Women"),
        ("r7-pixel", "Pixel Art Fuse Beads Kit 5mm 24 Colors"),
        ("r7-pixel", "LED Pixel Matrix Display Panel 64x32 P4"),
        ("r7-galaxy", "Galaxy Star Projector Night Light Bluetooth Music"),
        ("r7-galaxy", "Galaxy Print Yoga Leggings High Waist"),
        ("r7-switch", "Light Switch Cover Plate Single Toggle Brushed"),
        ("r7-switch", "Mechanical Keyboard Switches Linear 70pcs Hot-Swap"),
        ("r7-fujifilm", "Fuji Apple Fresh Fruit 10kg Carton Export Grade"),
        ("r7-fujifilm", "Mount Fuji Canvas Painting Japanese Wall Art"),
        ("r7-martini", "Martini Glasses Set of 4 Crystal 240ml"),
        ("r7-martini", "Espresso Martini Cocktail Shaker Set Bar Tools"),
        ("r7-elf", "Christmas Elf Doll Plush Shelf Sitter"),
        ("r7-butterfly", "Butterfly Hair Clips Claw Set 12pcs"),
        ("r7-butterfly", "Butterfly Valve DN50 Stainless Steel Wafer Type"),
        ("r7-butterfly", "Butterfly Pattern Table Tennis Bat Cover Case"),
        ("r7-hoover", "Hoover Dam Souvenir Fridge Magnet Nevada"),
        ("r7-fluke", "Fluke Fishing Rig Bucktail Jig 3oz Flounder"),
        ("r7-baguette", "French Baguette Bread Pan Perforated 4 Loaves"),
        ("r7-baguette", "Baguette Cut Diamond Tennis Bracelet 14K"),
        ("r7-golden-goose", "Golden Goose Fairy Tale Picture Book Kids"),
        ("r7-off-white", "Off-White Linen Tablecloth Rectangle 150x250"),
        ("r7-off-white", "Off-White Lace Wedding Dress A-Line Plus Size"),
        ("r7-osprey", "Osprey Bird Wall Art Print Nautical Decor"),
        ("r7-marmot", "Marmot Plush Toy Groundhog Stuffed Animal 25cm"),
        ("r7-double-star", "Double Star Pendant Necklace Gold Plated"),
        ("r7-999", "Pure Silver 999 Bracelet Women Lotus Charm"),
        ("r7-seagull", "海鸥 风筝 大型 成人 微风 易飞"),
        ("r7-yaya", "宝宝 洗澡 玩具 小鸭鸭 捏捏叫"),
        ("r7-colorful", "七彩虹 棒棒糖 手工 儿童 糖果"),
        ("r7-hasee", "神舟十八号 飞船 模型 1:30 合金 航天 摆件"),
        ("r7-toread", "探路者号 火星车 模型 科普 拼装"),
        ("r7-999", "足金999 转运珠 手链 女"),
        ("r7-999", "三九天 保暖 加绒 秋裤 男"),
        ("r7-rado", "倒车雷达 4探头 12V 蜂鸣 报警"),
        ("r7-seiko", "精工 制作 不锈钢 炒锅 无涂层"),
        ("r7-fujifilm", "红富士 苹果 新鲜 水果 5斤 装"),
        ("r7-redmi", "东北 红米 杂粮 五常 5斤"),
        ("r7-mercedes-benz", "骏马 奔驰 十字绣 客厅 大幅"),
        ("r7-marmot", "土拨鼠 尖叫 解压 玩具 捏捏"),
        ("r7-arcteryx", "始祖鸟 化石 标本 科普 摆件"),
        ("r7-geely", "开业 吉利 红包 定制 100个"),
        ("r7-volkswagen", "网红 大众 款 帆布 托特包 批发"),
        ("r7-lays", "人生 乐事 书法 挂画 客厅"),
        ("r7-dongfeng", "东风 夜放花千树 书法 横幅 手写"),
        ("r7-nissan", "日产 5000件 大货 工厂 直销 卫衣"),
    ],
)

# A common word one edit (or one character) from a mark or its alias, used normally.
# "Books to Read" holds Toread with a space, as an ordinary phrase.
COMMON_WORD = _rows(
    "common_word",
    [
        ("r7-camel", "Vintage Cameo Brooch Pin Victorian Lady"),
        ("r7-peak", "Peek a Boo Baby Plush Toy Elephant"),
        ("r7-kinder", "Stud Finder Wall Scanner Electronic"),
        ("r7-finish", "Finnish Sauna Stones 20kg Olivine"),
        ("r7-rado", "Portable FM AM Radio Rechargeable Emergency"),
        ("r7-rado", "Radon Detector Home Digital Monitor"),
        ("r7-nest", "Hi Vis Safety Vest Reflective Yellow"),
        ("r7-ring", "King Size Bamboo Bed Sheet Set 4pcs"),
        ("r7-pixel", "Pixie Cut Wig Short Human Hair Blonde"),
        ("r7-hoover", "Hover Soccer Ball LED Indoor Kids"),
        ("r7-fluke", "Bamboo Flute Chinese Dizi Beginner Key of D"),
        ("r7-worx", "LED Work Light Rechargeable Magnetic 20W"),
        ("r7-worx", "Heavy Duty Work Gloves Leather Cowhide"),
        ("r7-valentino", "Valentine's Day Gift Box Preserved Rose"),
        ("r7-valentino", "Valentine Card Pop Up 3D Handmade"),
        ("r7-eames", "Custom Names Keychain Acrylic Personalized"),
        ("r7-eames", "Party Games for Adults Card Game 500 Cards"),
        ("r7-elf", "Elk Antler Dog Chew Natural Large"),
        ("r7-colorful", "Colourful Beach Towel Microfiber Oversized"),
        ("r7-toread", "Non Slip Stair Tread Mats Carpet 15pcs"),
        ("r7-toread", "Books to Read Journal Reading Log Gift"),
        ("r7-martini", "Purple Martin Bird House 12 Room Aluminum"),
        ("r7-dongfeng", "东方 美学 茶具 套装 礼盒"),
        ("r7-geely", "锋利 菜刀 家用 不锈钢 切片刀"),
        ("r7-colorful", "彩虹 雨伞 自动 折叠 晴雨伞"),
        ("r7-hasee", "神州 大地 中国 地图 挂图"),
        ("r7-zte", "购物中心 导视 标识 牌 亚克力"),
        ("r7-toread", "探险者 儿童 望远镜 高清 双筒"),
        ("r7-double-star", "双层 不锈钢 保温 饭盒 便当盒"),
        ("r7-peak", "手机壳 精准 匹配 开孔 透明 防摔"),
        ("r7-rado", "12V 直流 马达 减速 电机"),
        ("r7-seiko", "来图 加工 定制 激光 雕刻 木牌"),
        ("r7-nissan", "日常 通勤 托特包 女 大容量"),
        ("r7-fujifilm", "护士 鞋 白色 软底 防滑"),
        ("r7-mercedes-benz", "奔跑吧 儿童 运动 T恤 速干"),
        ("r7-panasonic", "东北 松子 开口 手剥 500克"),
        ("r7-redmi", "红木 茶盘 实木 整块 家用"),
        ("r7-lays", "乐器 收纳 架 吉他 支架 落地"),
        ("r7-yaya", "鸭货 卤味 鸭脖 真空 小包装"),
        ("r7-seagull", "海鸟 摆件 树脂 地中海 风格"),
    ],
)

CLEAN = [
    L("clean", "", title, description, brand)
    for title, description, brand in [
        ("Wholesale Anti-Slip Basketball Shoes Custom Logo OEM", "", "OEM"),
        ("Men's Cotton Crew Neck T-Shirt Blank 180gsm Bulk", "", ""),
        ("Stainless Steel Vacuum Insulated Tumbler 30oz with Lid", "", "KEEPWARM"),
        ("Kids Wooden Puzzle Animals 6 in 1 Educational Toy", "", ""),
        ("USB C Cable 2m Fast Charge 60W Braided", "", "Generic"),
        ("Silicone Baking Mat Non-Stick Set of 3", "", ""),
        ("Women Yoga Pants High Waist Pocket Squat Proof", "", "FITLUX"),
        ("Portable Power Bank 20000mAh PD 22.5W", "", ""),
        ("LED Desk Lamp Dimmable Eye-Care Touch Control", "", ""),
        ("Waterproof Dry Bag 20L Kayaking Beach", "", ""),
        ("Ceramic Coffee Mug 350ml Custom Print", "", ""),
        ("Bamboo Cutting Board Large with Juice Groove", "", "HOMEWOOD"),
        ("Wireless Earbuds Bluetooth 5.3 Touch Control Case", "", ""),
        ("Electric Kettle 1.7L Glass Blue LED 1500W", "", ""),
        ("Men Leather Wallet Slim Bifold RFID Blocking", "", ""),
        ("Microfiber Cleaning Cloths 50 Pack Car Detailing", "", ""),
        ("Hand Cream Shea Butter 50ml Gift Set 6pcs", "", ""),
        ("Laptop Backpack 15.6 inch Anti-Theft USB Port", "", ""),
        ("Garden Hose Nozzle 8 Patterns Metal", "", ""),
        ("Dog Leash Nylon Reflective 1.5m", "", "PAWPAL"),
        ("Aluminium Camping Table Folding Lightweight", "", ""),
        ("Heated Eye Mask USB Sleep Lavender", "", ""),
        ("Cordless Hair Clipper Men Rechargeable", "", ""),
        ("Soy Wax Candle Jar 200g Vanilla Scent", "", ""),
        ("Phone Holder Car Dashboard Magnetic Universal", "", ""),
        ("Children Raincoat Dinosaur Print Hooded", "", ""),
        ("Mesh Laundry Bags Set of 5 Travel", "", ""),
        ("Resistance Bands Set 5 Levels Latex Exercise", "", ""),
        ("Plastic Storage Box with Lid 30L Clear Stackable", "", ""),
        (
            "Men Running Shoes Lightweight Breathable Mesh",
            "Factory direct, MOQ 200 pairs, custom colours and packaging.",
            "",
        ),
        (
            "Women Down Vest Lightweight Packable",
            "White duck down 90/10, sizes S-XXL, OEM welcome.",
            "",
        ),
        ("Rechargeable Hand Warmer 10000mAh Double Sided", "", ""),
        ("批发 防滑 篮球鞋 可定制 运动鞋 男", "", "无品牌"),
        ("纯棉 短袖 T恤 男 宽松 百搭 白色", "", ""),
        ("不锈钢 保温杯 大容量 户外 运动 水杯", "", ""),
        ("儿童 木质 拼图 动物 早教 玩具", "", ""),
        ("硅胶 厨房 铲子 耐高温 不粘锅 专用", "", ""),
        ("女士 瑜伽裤 高腰 提臀 弹力 健身裤", "", "无品牌"),
        ("充电宝 20000毫安 快充 大容量 便携", "", ""),
        ("护眼 台灯 学生 宿舍 书桌 阅读 灯", "", ""),
        ("陶瓷 马克杯 定制 印字 广告 杯", "", ""),
        ("竹 砧板 家用 切菜板 加厚", "", ""),
        ("男士 真皮 钱包 短款 超薄 卡包", "", ""),
        ("宠物 牵引绳 狗 反光 尼龙", "", ""),
        ("折叠 露营 桌椅 铝合金 户外 便携", "", ""),
        ("香薰 蜡烛 大豆蜡 玻璃罐 薰衣草", "", ""),
        ("收纳箱 塑料 带盖 家用 衣物 整理箱", "", ""),
        ("加厚 羽绒背心 男 冬季 保暖 内胆", "", ""),
        ("跨境 专供 LED 灯带 5米 遥控 RGB", "", ""),
        ("手机 支架 车载 磁吸 出风口", "", ""),
        ("工厂 直销 一件代发 雨衣 儿童 卡通", "", "OEM"),
        ("厨房 置物架 落地 多层 微波炉 架", "", ""),
    ]
]
