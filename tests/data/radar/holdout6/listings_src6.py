"""The hand-written listings of the sixth held-out corpus.

Every listing is written out by hand. ``hg()``, ``gk()`` and ``fw()`` only spell the
look-alike letters a seller types (Cyrillic, Greek, full-width) for the letters named;
``ZW`` is a zero-width space. Groups are given without the ``r6-`` prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "s": "ѕ", "x": "х",
    "y": "у", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К",
    "M": "М", "O": "О", "P": "Р", "S": "Ѕ", "T": "Т", "X": "Х",
}  # fmt: skip
_GREEK = {
    "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν",
    "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with the named Latin letters spelled in Cyrillic look-alikes."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in text)


def gk(text: str, letters: str) -> str:
    """``text`` with the named Latin letters spelled in Greek look-alikes."""
    return "".join(_GREEK[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (the space becomes an ideographic space)."""
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) for c in text)


@dataclass(frozen=True)
class L:
    title: str
    description: str
    brand: str
    case: str
    group: str  # a right id, or "" for clean listings
    expected: tuple[str, ...] | None = None  # None: the group for positives, () for negatives
    without_compat: tuple[str, ...] | None = None  # None: derived (see build6.py)
    image: bool = False  # an `image` listing: a copy of the group's reference picture


def _ids(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"r6-{key}" for key in keys)


def P(
    case: str,
    group: str,
    title: str,
    description: str = "",
    brand: str = "",
    also: tuple[str, ...] = (),
    devices: tuple[str, ...] = (),
) -> L:
    """A positive: the group's right, plus ``also``; ``devices`` are named by compatibility
    wording and expected only with the switch off."""
    expected = _ids((group, *also))
    without = _ids((group, *also, *devices)) if devices else None
    return L(title, description, brand, case, f"r6-{group}", expected if also else None, without)


def IMG(group: str, title: str) -> L:
    return L(title, "", "", "image", f"r6-{group}", image=True)


def C(group: str, title: str, description: str = "", devices: tuple[str, ...] = ()) -> L:
    """A compatibility listing naming the group's device (and ``devices``)."""
    without = _ids((group, *devices)) if devices else None
    return L(title, description, "", "compat", f"r6-{group}", without_compat=without)


def N(case: str, group: str, title: str, description: str = "") -> L:
    return L(title, description, "", case, f"r6-{group}")


def CL(title: str, description: str = "", brand: str = "") -> L:
    return L(title, description, brand, "clean", "")


# --------------------------------------------------------------------------- positives

EXACT = [
    P("exact", "red-bull", "Red Bull Energy Drink 250ml x 24 Cans Wholesale"),
    P("exact", "harley-davidson", "Harley-Davidson Men's Leather Riding Jacket Black L"),
    P("exact", "fender", "Fender Player Stratocaster Electric Guitar 3-Color Sunburst"),
    P("exact", "oral-b", "Oral-B Pro 3 3500 Electric Toothbrush Pressure Sensor"),
    P("exact", "gillette", "Gillette Mach3 Razor Blade Refills 8 Count"),
    P("exact", "braun", "Braun Series 7 Electric Shaver Wet and Dry 360 Flex"),
    P("exact", "oneplus", "OnePlus 12 5G Smartphone 16GB 512GB Global Version"),
    P("exact", "kiehls", "Kiehl's Ultra Facial Cream 125ml Jar"),
    P("exact", "black-decker", "BLACK+DECKER 20V MAX Cordless Drill Driver Kit"),
    P("exact", "3m", "3M VHB Double Sided Mounting Tape 19mm x 33m"),
    P(
        "exact",
        "monopoly",
        "Property Trading Board Game Classic English Edition Family",
        "Monopoly classic edition, Hasbro box, sealed.",
    ),
    P(
        "exact",
        "magna-tiles",
        "Clear Magnetic Building Tiles 100 Piece Deluxe Set",
        "Magna-Tiles Clear Colors, original Valtech packaging.",
    ),
    P("exact", "fjallraven", "Fjällräven Kånken Classic Backpack 16L Navy"),
    P("exact", "chloe", "Chloé Nomade Eau de Parfum 75ml Women"),
    P("exact", "polar", "Polar H10 Heart Rate Sensor Chest Strap Bluetooth ANT+"),
    # An accessory named after the car, without a compatibility phrase
    P("exact", "seat", "SEAT Ibiza FR Front Grille Emblem Chrome"),
    # The mark in the description only
    P(
        "exact",
        "lush",
        "Handmade Bath Bomb Gift Box 6 Fizzers",
        "Lush bath bombs in Intergalactic and Honey I Washed the Kids scents, UK import.",
    ),
    P(
        "exact",
        "barbour",
        "Waxed Cotton Field Jacket Men Olive Corduroy Collar",
        "Barbour Beaufort, classic fit, sizes 36-48.",
    ),
    P(
        "exact",
        "orient",
        "Automatic Dress Watch Men Blue Dial Domed Crystal 40mm",
        "Orient Bambino Version 2, Japanese automatic movement, box and papers.",
    ),
    P(
        "exact",
        "nothing",
        "Transparent Back Smartphone Glyph Lights 12GB 256GB",
        "Nothing Phone (2), unlocked, dual SIM, EU plug.",
    ),
    P(
        "exact",
        "ember",
        "Temperature Control Smart Mug 10oz App Connected",
        "Ember Mug 2 in black, 80 minute battery, charging coaster included.",
    ),
    P(
        "exact",
        "hunter",
        "Original Tall Rain Boots Women Gloss Rubber Wellies",
        "Hunter Original Tall, gloss finish, export surplus stock.",
    ),
]

ALIAS = [
    P("alias", "wahaha", "Wahaha AD Calcium Milk Drink 220g x 24 Bottles"),
    P("alias", "double-happiness", "DHS Hurricane 3 Neo Table Tennis Rubber Black 2.15mm"),
    P("alias", "perfect-diary", "Perfect Diary Animal Eyeshadow Palette 12 Colors Kitten"),
    P("alias", "subor", "Subor Retro TV Game Console 8 Bit with 400 Games"),
    P("alias", "361", "361 Degrees Men's Running Shoes Breathable Mesh"),
    P("alias", "axe", "Lynx Africa Body Spray Deodorant 150ml 6 Pack"),
    P("alias", "harley-davidson", "Harley Softail Chrome Engine Guard Highway Bar"),
    P(
        "alias",
        "7up",
        "Lemon Lime Soda 330ml Cans Export Pallet",
        "Seven Up original, Arabic label cans.",
    ),
    P("alias", "fjallraven", "Kanken Mini Backpack 7L Kids School Bag Frost Green"),
    P("alias", "game-boy", "GameBoy Color Handheld Console Atomic Purple Refurbished"),
    P("alias", "birkin", "Birkin Bag 30 Togo Leather Gold Hardware Etoupe"),
    P(
        "alias",
        "golden-monkey",
        "Milk Candy 500g Bulk Wedding Sweets Individually Wrapped",
        "Golden Monkey milk candy, Shanghai factory stock.",
    ),
    P("alias", "snow-beer", "Snow Beer Brave the World Lager 500ml Case of 12"),
    P("alias", "nanjiren", "Nanjiren Thermal Underwear Set Men Fleece Lined"),
    P("alias", "paradise", "Paradise Three-Fold Umbrella UV Protection Auto Open Close"),
    P("alias", "bestore", "Bestore Dried Pork Jerky Snack Gift Box 500g"),
    P(
        "alias",
        "lifestraw",
        "Travel Water Filter Straw 4000L Hollow Fiber Membrane",
        "Works like the Life Straw, same 0.2 micron membrane, bulk export packing.",
    ),
    P(
        "alias",
        "bbk",
        "Kids Learning Tablet Point Reading Pen English Phonics",
        "BBK factory OEM, same board as the BBK learning machine.",
    ),
    P(
        "alias",
        "ember",
        "Self Heating Coffee Mug App Control 14oz Ceramic",
        "Ember style heated mug, ceramic coated inside, 80 min battery.",
    ),
    P(
        "alias",
        "hunter",
        "Kids Rain Boots Glossy Rubber Wellington First Classic",
        "Hunter Boots kids first classic, sizes 7-12.",
    ),
]

CHINESE = [
    P("chinese", "wahaha", "娃哈哈 纯净水 596ml 24瓶 整箱 批发"),
    P("chinese", "six-walnuts", "六个核桃 核桃乳 240ml 20罐 礼盒装"),
    P("chinese", "bestore", "良品铺子 高蛋白 肉脯 200g 零食 大礼包"),
    P("chinese", "golden-monkey", "金丝猴 奶糖 500g 散装 喜糖 结婚"),
    P("chinese", "nanjiren", "南极人 保暖内衣 男 加绒加厚 套装 冬季"),
    P("chinese", "double-happiness", "红双喜 狂飙 乒乓球拍 底板 专业级 五层纯木"),
    P("chinese", "bbk", "步步高 点读机 学习机 小学 同步 教材"),
    P("chinese", "paradise", "天堂伞 晴雨两用 三折 黑胶 防晒 遮阳伞"),
    P("chinese", "snow-beer", "雪花啤酒 勇闯天涯 500ml 12罐 整箱"),
    P("chinese", "perfect-diary", "完美日记 小细跟 口红 哑光 丝绒 正品"),
    P("chinese", "subor", "小霸王 游戏机 家用 电视 插卡 红白机 怀旧"),
    P("chinese", "361", "361度 男鞋 跑步鞋 夏季 透气 网面 运动鞋"),
    P("chinese", "red-bull", "红牛 维生素 功能饮料 250ml 24罐 整箱"),
    P("chinese", "playboy", "花花公子 男士 皮带 自动扣 真皮 商务"),
    P("chinese", "harley-davidson", "哈雷 摩托车 皮衣 男 复古 机车 夹克"),
    P("chinese", "oneplus", "一加 12 手机 5G 全网通 骁龙 16G"),
    P("chinese", "7up", "柠檬味 汽水 碳酸饮料 330ml 24罐 整箱", "七喜 原厂 正品 批发。"),
    P("chinese", "monopoly", "桌游 经典版 家庭 聚会 游戏 买地 收租", "地产大亨 正版 中文版。"),
    P("chinese", "fjallraven", "北极狐 双肩包 书包 经典款 16L 男女"),
    P("chinese", "skittles", "彩虹糖 原果味 45g 36包 整盒"),
    P(
        "chinese",
        "double-happiness",
        "比赛用 乒乓球 40+ 新材料 训练 10只装",
        "红双喜 原装 正品，省队训练同款。",
    ),
    P(
        "chinese",
        "red-bull",
        "功能饮料 维生素 牛磺酸 250ml 24罐 整箱 批发",
        "红牛 原厂 正品 保质期 到明年。",
    ),
    P("chinese", "bestore", "零食 大礼包 坚果 肉脯 一整箱 送女友", "良品铺子 同款 工厂 直供。"),
    P("chinese", "nanjiren", "男士 保暖内衣 套装 德绒 发热 秋冬", "南极人 官方 授权 同款 面料。"),
    P("chinese", "wahaha", "儿童 酸奶 饮品 220g 24瓶 整箱", "娃哈哈 AD钙奶 原厂 批次。"),
    P("chinese", "subor", "学习机 键盘 电脑 儿童 插卡 游戏", "小霸王 原装 正品 老款 怀旧。"),
]

CASE_WIDTH = [
    P("case_width", "red-bull", f"{fw('RED BULL')} Energy Drink 250ml Tray of 24"),
    P("case_width", "vivo", f"{fw('vivo')} X100 Pro 5G Phone 16GB 512GB"),
    P("case_width", "gillette", "gILLETTE Fusion5 Razor Handle with 4 Cartridges"),
    P("case_width", "braun", "bRaUn Series 9 Pro Shaver with Cleaning Centre"),
    P("case_width", "uno", f"{fw('UNO')} Flip Double Sided Card Game"),
    P("case_width", "harley-davidson", "harley-davidson Bar and Shield Belt Buckle Pewter"),
    P(
        "case_width",
        "oneplus",
        "Wireless Earbuds Pro 2 ANC Obsidian Black",
        "oNePlUs Buds Pro 2, sealed, global version.",
    ),
    P("case_width", "skittles", "sKiTtLeS Sour Candy 1.8oz 24 Count"),
    P("case_width", "black-decker", "black+decker 18V Lithium Hedge Trimmer 22 Inch"),
    P("case_width", "fender", f"{fw('Fender')} Jazz Bass 4 String Olympic White"),
    P("case_width", "chloe", "CHLOÉ Woody Canvas Tote Bag Large"),
    P(
        "case_width",
        "lush",
        "Handmade Bath Bomb Gift Set 6pcs Shea Butter",
        "lUsH style fizzers, vegan, gift wrapped.",
    ),
    P(
        "case_width",
        "double-happiness",
        "Table Tennis Blade 7 Ply Offensive Carbon",
        f"{fw('dhs')} Hurricane Long 5 blade, sealed box.",
    ),
    P(
        "case_width",
        "polar",
        "Heart Rate Monitor Armband Optical Rechargeable",
        "pOLAR Verity Sense, original box, worldwide shipping.",
    ),
]

ACCENT = [
    P("accent", "fender", "Fendér Telecaster Electric Guitar Butterscotch Blonde"),
    P("accent", "gillette", "Gillétte Venus Women's Razor 5 Blades Pink"),
    P("accent", "braun", "Bräun Silk-épil 9 Epilator Women Wet Dry"),
    P("accent", "harley-davidson", "Hárley-Dávidson Eagle Patch Embroidered Iron On"),
    # An accessory named after the scooter; `Seat` is the saddle, not the car maker
    P("accent", "vespa", "Vëspa Sprint 150 Scooter Seat Cover Leather Brown"),
    P("accent", "kiehls", "Kîehl's Creamy Eye Treatment Avocado 14ml"),
    P("accent", "polar", "Pólar Vantage V3 GPS Multisport Watch"),
    P("accent", "birkin", "Bírkin 25 Epsom Leather Handbag Etoupe"),
    P("accent", "nothing", "Nöthing Ear (a) Wireless Earbuds Yellow"),
    P("accent", "shark", "Şhark FlexStyle Air Styler 5 in 1 Hair Dryer"),
    P("accent", "fjallraven", "Fjãllräven 经典 双肩包 16L 学生 书包"),
    P(
        "accent",
        "ember",
        "Heated Smart Travel Mug 12oz Stainless",
        "Émber technology inside, app temperature control.",
    ),
    P(
        "accent",
        "barbour",
        "Waxed Jacket Men Quilted Lining Olive Classic",
        "Barboür Bedale, size 40, tartan lining.",
    ),
    P(
        "accent",
        "uno",
        "Family Card Game 108 Cards Colours and Numbers",
        "Úno original rules, wild draw four included.",
    ),
]

HOMOGLYPH = [
    P("homoglyph", "red-bull", f"{hg('Red Bull', 'eB')} Energy Drink 473ml Can"),
    P("homoglyph", "gillette", f"{hg('Gillette', 'i')} Mach3 Turbo Blades 12 Pack"),
    P("homoglyph", "fender", f"{hg('Fender', 'e')} Precision Bass Sunburst 4 String"),
    P("homoglyph", "oral-b", f"{hg('Oral-B', 'OaB')} Genius X Electric Toothbrush"),
    P("homoglyph", "oneplus", f"{hg('OnePlus', 'OeP')} 12R 5G Smartphone 256GB"),
    P("homoglyph", "nothing", f"{gk('NOTHING', 'NOTHI')} Phone (2a) 12GB 256GB Black"),
    P("homoglyph", "skittles", f"{hg('Skittles', 'S')} Tropical Candy 61.5g Box of 36"),
    P("homoglyph", "braun", f"{hg('Braun', 'Ba')} Series 5 Foil Shaver Wet Dry"),
    P("homoglyph", "mini", f"{gk('MINI', 'MIN')} Cooper Union Jack Roof Decal"),
    P(
        "homoglyph",
        "vespa",
        "Electric Scooter Side Mirror Set Chrome Retro",
        f"{hg('Vespa', 'ep')} Elettrica original mirrors.",
    ),
    P("homoglyph", "chloe", f"{hg('Chloé', 'Co')} Love Story Eau de Parfum 50ml"),
    P("homoglyph", "shark", f"{hg('Shark', 'Sa')} 无线 吸尘器 家用 大吸力"),
    P(
        "homoglyph",
        "snap-on",
        "Mechanic Tool Set 3/8 Ratchet Sockets 94pc",
        f"{hg('Snap-on', 'Sao')} quality, flank drive sockets.",
    ),
    P(
        "homoglyph",
        "magna-tiles",
        "Magnetic Building Tiles 100pcs Clear 3D",
        f"{hg('Magna-Tiles', 'MaTie')} quality at factory price.",
    ),
]

LEETSPEAK = [
    P("leetspeak", "red-bull", "R3d Bu11 Energy Drink Sugar Free 250ml"),
    P("leetspeak", "gillette", "G1llette Fusion 5 ProGlide Blades 8ct"),
    P("leetspeak", "fender", "F3nder Blues Junior IV Tube Amp 15W"),
    P("leetspeak", "oral-b", "0ral-B Pro 1000 Electric Toothbrush White"),
    P("leetspeak", "nothing", "N0th1ng Ear 2 Wireless Earbuds Clear"),
    P(
        "leetspeak",
        "skittles",
        "Fruit Chewy Candy Bulk Bag 1kg Rainbow Colours",
        "Sk1ttl3s original, repacked in plain bags.",
    ),
    P("leetspeak", "braun", "Br@un IPL Silk Expert Pro 5 Hair Removal"),
    P("leetspeak", "mini", "M1N1 Cooper JCW Steering Wheel Emblem"),
    P("leetspeak", "chloe", "Ch1oé Tess Day Bag Blue Calfskin"),
    P("leetspeak", "harley-davidson", "H@rley Davidson Fat Boy Motorcycle Mirrors Pair"),
    P("leetspeak", "fjallraven", "Fj@llr@ven 经典款 双肩包 防泼水 16L"),
    P(
        "leetspeak",
        "game-boy",
        "Handheld Retro Console Green Screen 4 Buttons",
        "G@meB0y DMG clone, plays original cartridges.",
    ),
    P(
        "leetspeak",
        "uno",
        "Colour Card Game 112 Cards Family Night",
        "Same rules as UN0, wild draw four included.",
    ),
    P(
        "leetspeak",
        "black-decker",
        "Cordless Leaf Blower 20V Sweeper Lightweight",
        "Bl@ck+D3cker design, battery sold separately.",
    ),
]

SPACING = [
    P("spacing", "red-bull", "R E D B U L L Energy Drink Blue Edition 250ml"),
    P("spacing", "gillette", "G-i-l-l-e-t-t-e SkinGuard Sensitive Razor"),
    P("spacing", "oral-b", "O.r.a.l-B Kids Electric Toothbrush Timer Blue"),
    P("spacing", "oneplus", "One Plus 11 5G Phone 16GB 256GB Eternal Green"),
    P("spacing", "nothing", "N o t h i n g Phone 2a Plus Dual SIM Grey"),
    P("spacing", "mini", "M I N I Cooper Door Projector Logo Light 2pcs"),
    P("spacing", "kiehls", f"Kiehl{ZW}'s Powerful Vitamin C Serum 30ml"),
    P("spacing", "harley-davidson", "H-A-R-L-E-Y Skull Bandana Face Mask Biker"),
    P("spacing", "double-happiness", "红 双 喜 乒乓球拍 横拍 成品拍 双面反胶"),
    P("spacing", "bbk", "步.步.高 点读机 英语 同步 学习机"),
    P("spacing", "perfect-diary", "完美_日记 眼影盘 动物盘 十二色"),
    P(
        "spacing",
        "hunter",
        "Women's Tall Matte Rain Boots Waterproof Wellies",
        "H u n t e r original tall matte, export surplus.",
    ),
    P("spacing", "paradise", "儿童 雨伞 自动 折叠 8骨 防风", "天 堂 伞 原单 尾货。"),
    P(
        "spacing",
        "chloe",
        "Saddle Shoulder Bag Women Suede Leather",
        "C-h-l-o-e Marcie style, tan suede.",
    ),
]

MISSPELLING = [
    P("misspelling", "red-bull", "Red Bul Energy Drink 250ml Slim Can x 24"),
    P("misspelling", "gillette", "Gilette Mach3 Blades 16 Pack Value"),
    P("misspelling", "fender", "Fendar Stratocaster Style Electric Guitar Kit"),
    P(
        "misspelling",
        "oral-b",
        "Electric Toothbrush Pro 2 2000 Round Head Pink",
        "Orel-B Pro 2, 2 minute timer.",
    ),
    # `brawn` is a word, but on a shaver it is the shaver maker misspelt
    P("misspelling", "braun", "Brawn Series 9 Electric Shaver Men Wet Dry"),
    P("misspelling", "harley-davidson", "Harly Davidson Bar and Shield T-Shirt Black"),
    P("misspelling", "chloe", "Cloe Paddington Bag Vintage Leather Padlock"),
    P("misspelling", "magna-tiles", "Magnatile 100pcs Magnetic Tiles Set Kids STEM"),
    P("misspelling", "birkin", "Birken Bag 30 Crocodile Pattern Leather"),
    P("misspelling", "lifestraw", "Lyfestraw Personal Water Filter for Camping"),
    P("misspelling", "gillette", "吉烈 锋速3 剃须刀 刀片 8片装"),
    P("misspelling", "kiehls", "科颜式 高保湿霜 125ml 补水 保湿"),
    P("misspelling", "wahaha", "哇哈哈 纯净水 550ml 24瓶 整箱"),
    P("misspelling", "perfect-diary", "完美曰记 口红 丝绒 哑光 唇釉"),
    P(
        "misspelling",
        "361",
        "Men's Sport Shoes Running Breathable Cushion",
        "361 Degress original factory, export surplus.",
    ),
    P(
        "misspelling",
        "polar",
        "Heart Rate Monitor Chest Strap BLE ANT+ Dual",
        "Polor H9 replica, same electrodes.",
    ),
    P(
        "misspelling",
        "lush",
        "Vegan Bath Bomb Set Handmade Fizzies 12pcs",
        "Lussh bath bombs, same recipe as the shop.",
    ),
    P(
        "misspelling",
        "vespa",
        "Retro Scooter Windscreen Clear Tinted 50cc",
        "Wespa Primavera windscreen, OEM quality.",
    ),
]

BRAND_FIELD = [
    P("brand_field", "red-bull", "Energy Drink Taurine Vitamin B 250ml Can x 24", brand="Red Bull"),
    P(
        "brand_field",
        "oral-b",
        "Electric Toothbrush Rechargeable 3 Modes Pressure Sensor",
        brand="Oral-B",
    ),
    P(
        "brand_field",
        "black-decker",
        "Cordless Drill 20V Lithium 2 Batteries Case",
        brand="BLACK+DECKER",
    ),
    P("brand_field", "braun", "Men's Rotary Shaver Waterproof USB Charge", brand="博朗"),
    P("brand_field", "nanjiren", "保暖内衣 女 德绒 无痕 秋衣秋裤", brand="南极人"),
    P("brand_field", "double-happiness", "乒乓球 40+ 新材料 训练球 100只装", brand="红双喜"),
    P("brand_field", "bbk", "学习机 点读笔 幼儿 早教 英语 启蒙", brand="步步高"),
    P(
        "brand_field",
        "nothing",
        "Wireless Earbuds Transparent Design ANC 11mm Driver",
        brand="Nothing",
    ),
    P("brand_field", "chloe", "Leather Shoulder Bag Women Horse Saddle Shape", brand="Chloé"),
    P("brand_field", "magna-tiles", "Magnetic Tiles Building Set 60 Pcs Kids", brand="Magna-Tiles"),
    P(
        "brand_field",
        "fjallraven",
        "Classic Backpack Vinyl Fabric Square Daypack 16L",
        brand="Fjällräven",
    ),
    P("brand_field", "gillette", "手动 剃须刀 三层 刀片 男士 10刀头", brand="吉列"),
    P("brand_field", "vespa", "Electric Scooter 125cc Retro Italian Design", brand="Vespa"),
    P("brand_field", "snow-beer", "啤酒 清爽型 330ml 24罐 整箱 批发", brand="雪花"),
]

IMAGE = [
    IMG("snow-beer", "啤酒 500ml 12罐 清爽 拉格 整箱"),
    IMG("perfect-diary", "眼影盘 十二色 大地色 珠光 哑光 新手"),
    IMG("361", "Men's Running Shoes Cushioned Lightweight Knit Upper"),
    IMG("red-bull", "Vitamin Energy Beverage 250ml Slim Can Tray of 24"),
    IMG("axe", "Men's Body Spray Deodorant 150ml Fresh Scent"),
    IMG("fender", "Electric Guitar Solid Body Single Coil Sunburst Finish"),
    IMG("mini", "Car Hood Bonnet Stripes Vinyl Decal Racing Set"),
    IMG("harley-davidson", "Biker Leather Vest Embroidered Back Patch Men"),
    IMG("nothing", "See-Through Design Android Phone 8+128 Dual SIM"),
    IMG("oral-b", "Rotating Electric Toothbrush Round Head 2 Modes"),
    IMG("chloe", "Designer Style Leather Saddle Bag Women Tan"),
    IMG("uno", "Colour Matching Card Game 108 Cards Family Fun"),
    IMG("fjallraven", "Square Backpack Water Resistant Vinyl 16L Kids"),
    IMG("game-boy", "Retro Handheld Game Console 2.6 Inch Screen"),
    IMG("birkin", "Togo Leather Top Handle Bag Gold Lock 30cm"),
]

MIXED = [
    # A mark on an accessory for a named device: the device only with the switch off
    P("mixed", "red-bull", "R3d Bull Racing Team Sticker for MINI Cooper", devices=("mini",)),
    P(
        "mixed",
        "harley-davidson",
        "Harley-Davidson Skull Seat Cover for Vespa GTS",
        devices=("vespa",),
    ),
    P("mixed", "chloe", "Chloé Leather Strap compatible with Birkin 25", devices=("birkin",)),
    P("mixed", "fender", "Fender Guitar Skin Decal for Nothing Phone (2)", devices=("nothing",)),
    P(
        "mixed",
        "snap-on",
        "Snap-on Logo Decal for BLACK+DECKER Cordless Drill",
        devices=("black-decker",),
    ),
    P(
        "mixed",
        "3m",
        "3M Reflective Tape Kit for Harley-Davidson Fairing",
        devices=("harley-davidson",),
    ),
    # Two rights
    P("mixed", "skittles", "Skittles and 7UP Party Bundle Rainbow Candy Soda", also=("7up",)),
    P("mixed", "gillette", "Gillette Fusion Blades + Braun Series 3 Shaver Combo", also=("braun",)),
    P("mixed", "kiehls", "Kiehl's and Chloé Travel Gift Set Cream and Perfume", also=("chloe",)),
    P("mixed", "uno", "UNO Flip + Monopoly Deal Game Night Bundle", also=("monopoly",)),
    P("mixed", "perfect-diary", "完美日记 x 天堂伞 联名 晴雨伞 口红 礼盒", also=("paradise",)),
    P("mixed", "wahaha", "娃哈哈 六个核桃 饮料 组合装 年货 礼盒", also=("six-walnuts",)),
    # One right under two evasions
    P("mixed", "red-bull", "红牛 R3d Bull 同款 能量饮料 整箱 24罐"),
    P("mixed", "oral-b", f"{hg('Oral', 'Oa')}-B 欧乐B 电动牙刷 原装 刷头 4支"),
]

POSITIVES = [
    *EXACT, *ALIAS, *CHINESE, *CASE_WIDTH, *ACCENT, *HOMOGLYPH, *LEETSPEAK, *SPACING,
    *MISSPELLING, *BRAND_FIELD, *IMAGE, *MIXED,
]  # fmt: skip

# --------------------------------------------------------------------------- negatives

COMPAT = [
    C("oneplus", "Tempered Glass Screen Protector for OnePlus 12 2 Pack"),
    C("vivo", "Silicone Case Compatible with vivo X100 Pro Shockproof"),
    C("nothing", "Clear Case for Nothing Phone (2a) Slim TPU"),
    C("mini", "Floor Mats Compatible for MINI Cooper F56 2014-2023"),
    C("seat", "Seat Covers for SEAT Leon Mk3 Full Set Black"),
    C("oral-b", "Replacement Brush Heads for Oral-B Electric Toothbrush 8 Pack"),
    C("braun", "Replacement Foil Head for Braun Series 5 51S"),
    C("black-decker", "20V Battery Replacement for BLACK+DECKER LBXR20 2 Pack"),
    C("3m", "P100 Filter Cartridges Fits 3M 6000 7500 Respirator"),
    C("shark", "HEPA Filter for Shark Navigator NV350 NV352"),
    C("polar", "Soft Textile Strap Compatible with Polar H10 H9"),
    C("magna-tiles", "Magnetic Tiles 60pcs Magna-Tiles Compatible Building Set"),
    C("ember", "Charging Coaster Replacement for Ember Mug 2"),
    C("lifestraw", "Replacement Filter for LifeStraw Go Water Bottle"),
    C("fender", "Pickguard 11 Hole Designed to Fit Fender Stratocaster"),
    C("birkin", "Twilly Silk Scarf Bag Charm for Birkin 30 Handle"),
    C("fjallraven", "Rain Cover Works with Kanken Classic Backpack"),
    C("game-boy", "Protective Silicone Case for GameBoy Advance"),
    C("harley-davidson", "Brake Lever Set Fits Harley Sportster 883 2004-2013"),
    C("vespa", "Windscreen for Vespa Primavera 50 125 150"),
    C("monopoly", "Replacement Cards for Monopoly Classic Chance Community Chest"),
    C("uno", "Card Sleeves Fits UNO Cards 200 Pack"),
    C("snap-on", "14.4V Battery for Snap-on CTB4147 Cordless Tools"),
    C("hunter", "Fleece Boot Socks for Hunter Tall Wellington Boots"),
    C("seat", "Silicone Key Cover for SEAT Ibiza Leon Arona"),
    C(
        "vespa",
        "Universal Phone Mount for Vespa and Harley-Davidson Handlebars",
        devices=("harley-davidson",),
    ),
    C(
        "fjallraven",
        "Waterproof Cover compatible with Fjallraven Kanken 16L",
        "Fits the 16L classic; the backpack is not included.",
    ),
    C("oneplus", "适用于一加12 钢化膜 全屏 防窥 2片装"),
    C("vivo", "vivo X100 手机壳 适用 硅胶 防摔"),
    C("oral-b", "通用 替换 刷头 适用欧乐B 电动牙刷 4支装"),
    C("braun", "适配 博朗 剃须刀 网罩 刀头 5系"),
    C("magna-tiles", "兼容 Magna-Tiles 磁力片 积木 100片"),
    C("3m", "适用于3M 6200 防毒面具 滤毒盒 7093"),
    C("gillette", "兼容吉列锋速3刀架 剃须刀片 散装 20片"),
    C("subor", "游戏卡 适用小霸王 学习机 黄卡 500合1"),
    C("bbk", "点读笔 充电线 适配步步高 点读机"),
    C("harley-davidson", "哈雷 摩托车 后视镜 适配 戴纳 软尾"),
    C("game-boy", "替换 高亮 IPS 屏幕 套件 适用 Game Boy Color"),
    C("paradise", "替换 伞骨 配件 适用 天堂伞 三折"),
    C("double-happiness", "发球机 防尘罩 适用于 红双喜"),
    C("shark", "Shark 吸尘器 滤网 配件 适用 IZ300"),
]

INSIDE_WORD = [
    N("inside_word", "mini", "Minimalist Wall Clock Silent Nordic 12 Inch"),
    N("inside_word", "mini", "Aluminium Camping Table Folding Roll Up"),
    N("inside_word", "seat", "Seatbelt Cutter Window Breaker Keychain 2 Pack"),
    N("inside_word", "seat", "Loveseat Slipcover Stretch Spandex 2 Seater"),
    N("inside_word", "polar", "Polarized Sunglasses Men Sports UV400"),
    N("inside_word", "polar", "Voltage Polarity Tester Pen Non Contact"),
    N("inside_word", "orient", "Oriental Rug Persian Style 160x230cm"),
    N("inside_word", "orient", "Orienteering Compass Map Kit Kids"),
    N("inside_word", "shark", "Sharkskin Fabric Suit Men Slim Fit Grey"),
    N("inside_word", "fender", "Car Door Edge Guard Bumper Defender Strip"),
    N("inside_word", "uno", "Unopened Vintage Board Game Lot 1980s"),
    N("inside_word", "axe", "Relaxed Fit Jeans Men Stretch Denim"),
    N("inside_word", "axe", "Waxed Canvas Tote Bag Leather Handles"),
    N("inside_word", "lush", "Blush Palette 6 Colors Matte Shimmer"),
    N("inside_word", "lush", "Plush Teddy Bear 40cm Brown Soft Toy"),
    N("inside_word", "ember", "December Birthstone Necklace Blue Topaz"),
    N("inside_word", "ember", "Remembrance Poppy Enamel Pin Badge"),
    N("inside_word", "red-bull", "Red Bulldog Enamel Pin Cute Dog Badge"),
    N("inside_word", "3m", "3MP WiFi Security Camera Outdoor Night Vision"),
    N("inside_word", "vespa", "Vespasian Roman Coin Replica Silver Denarius"),
    N("inside_word", "braun", "Braunschweig City Souvenir Fridge Magnet"),
    N("inside_word", "oneplus", "一加仑 塑料 水桶 带盖 食品级"),
    N("inside_word", "oneplus", "一加一 等于二 数学 教具 幼儿园"),
    N("inside_word", "snow-beer", "雪花酥 手工 牛轧 网红 零食 500g"),
    N("inside_word", "snow-beer", "雪花膏 老牌 国货 面霜 80g"),
    N("inside_word", "paradise", "天堂鸟 鲜切花 盆栽 绿植"),
    N("inside_word", "subor", "小霸王龙 恐龙 玩具 仿真 儿童"),
    N("inside_word", "perfect-diary", "完美日记本 A5 手账 本子 加厚"),
    N("inside_word", "bbk", "步步高升 春联 对联 福字 套装"),
    N("inside_word", "red-bull", "大红牛仔裤 女 高腰 直筒"),
    N("inside_word", "six-walnuts", "十六个核桃 木雕 手串 文玩"),
    N("inside_word", "skittles", "彩虹糖果 罐 玻璃 收纳 摆件"),
]

GENERIC_WORD = [
    N("generic_word", "axe", "Lynx Plush Toy Realistic Wild Cat 30cm"),
    N("generic_word", "axe", "Camping Axe Forged Steel Hatchet with Sheath"),
    N("generic_word", "axe", "Splitting Axe 36 Inch Fiberglass Handle"),
    N("generic_word", "mini", "Mini Desk Fan USB Rechargeable 3 Speeds"),
    N("generic_word", "mini", "Mini Fridge 10L Skincare Cooler Portable"),
    N("generic_word", "seat", "Car Seat Cushion Memory Foam Driver Lumbar"),
    N("generic_word", "seat", "Toilet Seat Soft Close Oval White"),
    N("generic_word", "polar", "Polar Bear Plush Toy Giant 80cm", "Soft PP cotton filling."),
    N("generic_word", "polar", "Polar Fleece Running Jacket Women Quarter Zip"),
    N("generic_word", "fender", "Inflatable Boat Fender Marine Dock Bumper"),
    N("generic_word", "fender", "Bicycle Mudguard Front Rear Fender Set"),
    N("generic_word", "fender", "Car Fender Flares Universal Wheel Arch Trim"),
    N("generic_word", "shark", "Shark Plush Pillow 100cm Blue Hug Toy"),
    N("generic_word", "shark", "Shark Tooth Necklace Real Fossil Pendant"),
    N("generic_word", "hunter", "Hunter Green Velvet Curtains 2 Panels"),
    N("generic_word", "hunter", "Duck Hunter Camo Waders Neoprene Boots"),
    N("generic_word", "hunter", "Deer Hunter Trail Camera 4K Night Vision"),
    N("generic_word", "orient", "Orient Express Train Vintage Travel Poster"),
    N("generic_word", "orient", "Orient Express Pendulum Wall Clock Antique Brass"),
    N("generic_word", "nothing", "Nothing But Net Basketball Hoop Door Mini"),
    N("generic_word", "nothing", "I Need Nothing Just Coffee Funny Mug 11oz"),
    N("generic_word", "paradise", "Paradise Island Beach Towel Oversized Cotton"),
    N("generic_word", "paradise", "Birds of Paradise Print Beach Umbrella 2m"),
    N("generic_word", "monopoly", "Monopoly and Competition Economics Study Guide"),
    N("generic_word", "red-bull", "Red Bull Statue Resin Spanish Toro Figurine"),
    N("generic_word", "playboy", "Reformed Playboy Romance Novel Paperback"),
    N("generic_word", "vespa", "Vespa velutina Hornet Trap Garden Bait"),
    N("generic_word", "chloe", "Personalised Baby Bib Chloe Name Embroidered"),
    N("generic_word", "birkin", "Jane Birkin Portrait Photo Print 1969 Poster"),
    N("generic_word", "ember", "Campfire Ember Fire Starter Kit Survival"),
    N("generic_word", "ember", "Ember Glow LED Fireplace Log Set Electric"),
    N("generic_word", "snap-on", "Snap-on Lid Food Storage Containers 10 Pack"),
    N("generic_word", "snap-on", "Snap-on Hard Shell Phone Case Clear Slim"),
    N("generic_word", "double-happiness", "Double Happiness Wedding Sticker Red 囍 Window"),
    N("generic_word", "golden-monkey", "Golden Monkey Black Tea Loose Leaf 250g"),
    N("generic_word", "7up", "STEM Robot Kit for Ages 7 Up Coding Toy"),
    N("generic_word", "3m", "USB C Cable 3M Long Fast Charging Braided"),
    N("generic_word", "3m", "Garden Hose Extension 3m Green PVC"),
    N("generic_word", "uno", "Uno Dos Tres Spanish Number Flashcards Kids"),
    N("generic_word", "lush", "Lush Green Artificial Grass Mat 2x3m"),
    N("generic_word", "lush", "Lush Volume Mascara Black Waterproof"),
    N("generic_word", "skittles", "Wooden Garden Skittles Set 9 Pins Lawn Game"),
    N("generic_word", "game-boy", "Level 7 Unlocked Video Game Boy Birthday Shirt"),
    N("generic_word", "harley-davidson", "哈雷彗星 天文 科普 海报 儿童"),
    N("generic_word", "snow-beer", "雪花 窗贴 圣诞 装饰 静电贴"),
    N("generic_word", "snow-beer", "雪花 图案 啤酒杯 玻璃 500ml"),
    N("generic_word", "paradise", "通往天堂的阶梯 装饰画 客厅 油画"),
    N("generic_word", "paradise", "天堂 主题 婚礼 背景布 白色 羽毛"),
    N("generic_word", "double-happiness", "红双喜 剪纸 婚房 布置 套装"),
    N("generic_word", "double-happiness", "红双喜 喜字 门贴 结婚 大号 植绒"),
    N("generic_word", "golden-monkey", "金丝猴 毛绒 玩具 仿真 动物"),
    N("generic_word", "golden-monkey", "川金丝猴 保护 科普 书 儿童 绘本"),
    N("generic_word", "subor", "小霸王 孙策 三国 手办 摆件"),
    N("generic_word", "bbk", "楼梯贴 步步高 喜庆 装饰 墙贴"),
    N("generic_word", "red-bull", "红牛 摆件 招财 牛 树脂 牛年"),
    N("generic_word", "playboy", "民国 花花公子 话剧 剧本 书"),
    N("generic_word", "fjallraven", "北极狐 毛绒 玩具 白色 仿真"),
    N("generic_word", "fjallraven", "北极狐 摄影 装饰画 挂画 北欧"),
]

COMMON_WORD = [
    N("common_word", "vivo", "Viva Magenta Velvet Throw Pillow Cover"),
    N("common_word", "polar", "Solar Garden Lights Outdoor 12 Pack"),
    N("common_word", "polar", "Poplar Plywood Sheet 3mm Laser Cutting 10pcs"),
    N("common_word", "shark", "Spark Plug Iridium 4 Pack Long Life"),
    N("common_word", "seat", "Sweat Headband Sports Cotton 6 Pack"),
    N("common_word", "mini", "Mint Green Ceramic Vase Nordic"),
    N("common_word", "fender", "Gender Reveal Balloon Box Kit"),
    N("common_word", "fender", "Rebar Bender Manual Tool 16mm"),
    N("common_word", "fender", "Bird Feeder Hanging Window Clear"),
    N("common_word", "braun", "Brain Teaser Metal Puzzles 12pcs Set"),
    N("common_word", "braun", "Oat Bran 1kg Organic High Fibre"),
    N("common_word", "uno", "UFO LED High Bay Light 100W Warehouse"),
    N("common_word", "axe", "Rear Axle Bearing Kit Heavy Duty"),
    N("common_word", "axe", "Ace of Spades Playing Card Deck Plastic"),
    N("common_word", "lush", "Lash Glue Strong Hold 5ml Black"),
    N("common_word", "ember", "Amber Glass Dropper Bottles 30ml 12 Pack"),
    N("common_word", "chloe", "Chole Masala Spice Mix 100g Indian"),
    N("common_word", "harley-davidson", "Pearl Barley 1kg Organic Grain"),
    N("common_word", "hunter", "Shunter Locomotive Model OO Gauge Diesel"),
    N("common_word", "oral-b", "Oral Irrigator Water Flosser Cordless 300ml"),
    N("common_word", "oral-b", "Oral Care Travel Kit Toothbrush Toothpaste Cup"),
    N("common_word", "kiehls", "Kiel Week Sailing Regatta Flag 90x150"),
    N("common_word", "snap-on", "Snap-in Wall Anchors Plastic 100pcs"),
    N("common_word", "3m", "3D Printer Filament PLA 1.75mm 1kg"),
    N("common_word", "game-boy", "Gamer Boy Hoodie Kids Controller Print"),
    N("common_word", "snow-beer", "雪糕 模具 硅胶 家用 自制"),
    N("common_word", "snow-beer", "雪茄 保湿 盒 雪松木 20支"),
    N("common_word", "paradise", "食堂 餐盘 不锈钢 分格 学生"),
    N("common_word", "red-bull", "黄牛 肉干 内蒙 风干 500g"),
    N("common_word", "oneplus", "一家 三口 亲子装 夏季 T恤"),
    N("common_word", "7up", "七夕 礼物 女友 项链 情人节"),
    N("common_word", "bbk", "步步糕 年糕 宁波 特产 礼盒"),
    N("common_word", "golden-monkey", "金丝绒 窗帘 加厚 遮光 客厅"),
    N("common_word", "six-walnuts", "两个核桃 文玩 手把件 狮子头"),
    N("common_word", "wahaha", "笑哈哈 幽默 故事 绘本 儿童"),
    N("common_word", "361", "360度 旋转 手机 支架 车载"),
    N("common_word", "fjallraven", "北极熊 毛绒 抱枕 白色 大号"),
    N("common_word", "gillette", "系列 丛书 全套 儿童 绘本 注音"),
    N("common_word", "harley-davidson", "哈密瓜 新疆 5斤 装 脆甜"),
    N("common_word", "skittles", "彩虹伞 幼儿园 游戏 道具 直径3米"),
]

CLEAN = [
    CL("Stainless Steel Water Bottle 750ml Vacuum Insulated"),
    CL("Wholesale Cotton Crew Socks Men 10 Pairs"),
    CL("LED Desk Lamp Dimmable Eye Care Touch Control"),
    CL("Kids Wooden Puzzle Animals 6 Pieces"),
    CL("Silicone Baking Mat Non-Stick 40x60cm"),
    CL("Bamboo Cutting Board Set 3 Pieces"),
    CL("Yoga Mat 6mm TPE Non Slip with Strap"),
    CL("Ceramic Flower Pot with Drainage Tray"),
    CL("Men's Cotton Work Trousers Cargo Pockets"),
    CL("Waterproof Dry Bag 20L Kayak Roll Top"),
    CL("Electric Kettle 1.7L Glass Blue Light"),
    CL("Wireless Charging Pad 15W Fast Charge"),
    CL("Hair Claw Clips Large Matte 6 Pack"),
    CL("Reusable Shopping Bag Foldable Polyester"),
    CL("Stainless Steel Kitchen Tongs 12 Inch"),
    CL("Car Phone Holder Dashboard Suction Cup"),
    CL("Adhesive Wall Hooks Heavy Duty 10pcs"),
    CL("Baby Romper Cotton Short Sleeve 0-3 Months"),
    CL("Garden Pruning Shears Bypass Steel Blade"),
    CL("Notebook A5 Dotted Hardcover 160 Pages"),
    CL("Plastic Tool Box 16 Inch with Removable Tray"),
    CL("Resistance Bands Set 5 Levels Latex"),
    CL("Portable Speaker Waterproof IPX7 Outdoor"),
    CL("Pet Grooming Brush Self Cleaning Slicker"),
    CL("Women's Knit Cardigan Oversized Button Front"),
    CL("Essential Oil Diffuser 300ml Wood Grain", "Ultrasonic, 7 colour lights, auto off."),
    CL("Dish Drying Rack 2 Tier Stainless Steel"),
    CL("Ladies Canvas Sneakers Low Top White", "Rubber sole, sizes 35-40.", "OEM"),
    CL("Kids Rain Poncho Cartoon Hooded Reusable"),
    CL("Camping Lantern Rechargeable 3 Modes"),
    CL("不锈钢 保温杯 500ml 男女 大容量"),
    CL("纯棉 毛巾 加厚 吸水 家用 5条装"),
    CL("儿童 积木 拼装 益智 玩具 大颗粒"),
    CL("家用 厨房 刀具 套装 不锈钢 六件套"),
    CL("女士 连衣裙 夏季 碎花 长裙", "雪纺 面料，S-XL 可选。"),
    CL("手机 支架 桌面 折叠 懒人"),
    CL("LED 台灯 护眼 学生 宿舍 充电"),
    CL("硅胶 锅铲 耐高温 不粘锅 专用"),
    CL("加厚 垃圾袋 家用 一次性 100只"),
    CL("男士 休闲裤 直筒 宽松 工装", "", "无品牌"),
    CL("宠物 豆腐 猫砂 6L 除臭 结团"),
    CL("收纳箱 塑料 衣服 整理箱 大号"),
    CL("晾衣架 不锈钢 防滑 20个装"),
    CL("陶瓷 碗 套装 家用 日式 餐具"),
    CL("车载 充电器 快充 双USB 12V"),
    CL("防晒 冰袖 男女 夏季 防紫外线"),
    CL("手工 皂 天然 植物 精油 洁面"),
    CL("瑜伽垫 加厚 防滑 健身 初学者"),
    CL("批发 T恤 定制 LOGO 印字 纯棉"),
    CL("Type-C 数据线 快充 1米 编织"),
    CL("无线 蓝牙 耳机 TWS 降噪 长续航"),
    CL("OEM 代工 保温杯 定制 印字 工厂"),
    CL("Yoga Pants 女 高腰 提臀 瑜伽裤"),
]
