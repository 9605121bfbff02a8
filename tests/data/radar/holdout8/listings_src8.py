"""The hand-written listings of the eighth held-out corpus.

Every listing is written here by hand. ``hg()`` and ``gk()`` only spell the named letters
of a word with Cyrillic or Greek look-alikes, ``fw()`` spells a word in full-width forms,
and ``ZW`` is a zero-width space. Borderline label calls are commented where they are made.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = dict(zip("aceopxiysABEHKMOPCTXIS", "асеорхіуѕАВЕНКМОРСТХІЅ", strict=True))
_GREEK = dict(zip("ABEHIKMNOPTXYZov", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖον", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with every letter named in ``letters`` spelled by a Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in word)


def gk(word: str, letters: str) -> str:
    """``word`` with every letter named in ``letters`` spelled by a Greek look-alike."""
    return "".join(_GREEK[c] if c in letters else c for c in word)


def fw(word: str) -> str:
    """``word`` in full-width forms (ASCII letters, digits and signs; space as U+3000)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word
    )


@dataclass(frozen=True)
class L:
    """One listing: its case, the right it is about, its text, and labels when not the
    default (a positive expects its group; a compat row expects its group with the switch
    off; every other negative expects nothing)."""

    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


# --- positives --------------------------------------------------------------------------

EXACT = [
    L("exact", "r8-tudor", "Tudor Black Bay 58 Automatic Mens Watch 39mm Navy Bezel"),
    L("exact", "r8-swatch", "Swatch Big Bold Chrono Silicone Strap Watch Unisex 47mm"),
    L("exact", "r8-bulgari", "BVLGARI Serpenti Viper Style Gold Plated Bracelet Women"),
    L("exact", "r8-vca", "Van Cleef & Arpels Frivole Flower Stud Earrings 18K Plated"),
    L("exact", "r8-motorola", "Motorola Edge 40 Neo 5G 256GB Global Version Wholesale Lot"),
    L("exact", "r8-insta360", "Insta360 X4 8K 360 Action Camera Bundle Invisible Selfie Stick"),
    L("exact", "r8-rode", "RØDE Wireless GO II Dual Channel Lavalier Microphone Kit"),
    L("exact", "r8-ugreen", "UGREEN 100W USB C Charger GaN 4 Port Fast Charging Block"),
    L("exact", "r8-crucial", "Crucial P3 Plus 1TB NVMe M.2 SSD PCIe Gen4 Bulk Pack"),
    L("exact", "r8-dremel", "Dremel 4000 Rotary Tool Kit with 50 Accessories and Case"),
    L("exact", "r8-ridgid", "RIDGID 18V Brushless Cordless Impact Driver Bare Tool"),
    L("exact", "r8-whirlpool", "Whirlpool 8kg Front Load Washing Machine Inverter 1400rpm"),
    L("exact", "r8-the-ordinary", "The Ordinary Niacinamide 10% + Zinc 1% Serum 30ml Wholesale"),
    L("exact", "r8-kong", "KONG Classic Dog Chew Toy Red Large Treat Dispenser"),
    L("exact", "r8-fisher-price", "Fisher-Price Laugh & Learn Puppy Plush Toy Musical"),
    L("exact", "r8-keen", "KEEN Newport H2 Mens Hiking Sandals Waterproof Toe Guard"),
    L("exact", "r8-tripp-trapp", "Tripp Trapp High Chair Natural Beech with Baby Set"),
    # The mark in the description only.
    L(
        "exact",
        "r8-pigeon",
        "Wide Neck PPSU Baby Feeding Bottle 240ml with Soft Nipple",
        "Pigeon original, made in Japan, SofTouch peristaltic nipple, BPA free. MOQ 24.",
    ),
    L(
        "exact",
        "r8-stitch",
        "Blue Alien Plush Doll 30cm Soft Stuffed Toy Kids Gift",
        "Stitch plush with big ears, PP cotton filling, embroidered eyes.",
    ),
    L(
        "exact",
        "r8-parrot",
        "Foldable 4K HDR Camera Drone 21MP 180 Degree Tilt Gimbal",
        "Parrot ANAFI, 25 min flight, USB-C charging, hard case included.",
    ),
    L(
        "exact",
        "r8-meta-quest",
        "All-in-One VR Headset 128GB Mixed Reality Glasses",
        "Meta Quest 3 128GB, sealed box, EU plug, two controllers.",
    ),
    L(
        "exact",
        "r8-xerox",
        "A3 Colour Laser Multifunction Printer Office Copier Duplex",
        "Xerox VersaLink C7020, refurbished, 20 ppm, toner 80% left.",
    ),
    L(
        "exact",
        "r8-dolce-gusto",
        "Cappuccino Coffee Capsules 16 Pods Box Best Before 2027",
        "Dolce Gusto cappuccino pods, original Nestle, EU stock.",
    ),
    L(
        "exact",
        "r8-bluey",
        "Kids Cartoon Dog Backpack Preschool Blue Heeler Bag",
        "Bluey and Bingo print, padded straps, 30x25cm.",
    ),
]

ALIAS = [
    L("alias", "r8-roborock", "Roborock Q7 Max Robot Vacuum Mop 4200Pa LiDAR Navigation"),
    L("alias", "r8-realme", "realme C55 Phone 8GB+256GB 64MP Camera Global ROM"),
    L("alias", "r8-peacebird", "PEACEBIRD Mens Wool Blend Overcoat Winter Long Coat"),
    # An accessory named after the car, without a compatibility phrase: the car's mark.
    L("alias", "r8-li-auto", "Li Auto L9 Floor Mats All Weather TPE 3 Rows"),
    L("alias", "r8-tank", "TANK 300 Off Road Front Bumper Steel Guard"),
    L("alias", "r8-nio", "NIO ES6 Door Sill Plate Illuminated Stainless"),
    L("alias", "r8-motorola", "Moto G84 5G 12GB 256GB Viva Magenta Unlocked"),
    L("alias", "r8-meta-quest", "Oculus Quest 2 VR Headset 256GB Refurbished Grade A"),
    L("alias", "r8-rode", "RODE VideoMic Go II Camera Microphone Lightweight Shotgun"),
    L("alias", "r8-smart", "smart fortwo 451 Key Fob Shell Carbon Look"),
    L("alias", "r8-absolut", "Absolut Vodka Raspberri 700ml Duty Free Carton"),
    L("alias", "r8-mms", "M&Ms Peanut Chocolate Candy 45g x 24 Bags"),
    L("alias", "r8-dr-browns", "Dr Browns Options+ Anti Colic Bottle 270ml 2 Pack"),
    L("alias", "r8-bulgari", "Bulgari Omnia Crystalline Eau de Toilette 65ml Tester"),
    L("alias", "r8-vca", "VCA Perlee Gold Beads Bangle Bracelet Women"),
    L("alias", "r8-chacha", "ChaCha Roasted Sunflower Seeds Caramel Flavour 108g Export Pack"),
    L("alias", "r8-red-star", "Red Star Erguotou Chinese Baijiu 56% 500ml Export"),
    # "Style" does not launder the design's name.
    L("alias", "r8-tripp-trapp", "TrippTrapp Style Beech High Chair Adjustable Footrest"),
    # The mark in the description only.
    L(
        "alias",
        "r8-fisher-price",
        "Baby Activity Gym Play Mat with Piano Kick Toy",
        "Fisher Price deluxe kick and play piano gym, open box, complete.",
    ),
    L(
        "alias",
        "r8-stitch",
        "Cute Alien Hoodie Kids Zip Up Jacket Blue Ears",
        "Lilo & Stitch print hoodie, cotton blend, sizes 100-150.",
    ),
    L(
        "alias",
        "r8-alhambra",
        "Four Leaf Clover Pendant Necklace Mother of Pearl 18K",
        "Vintage Alhambra design, 15mm motif, adjustable chain 42cm.",
    ),
    L(
        "alias",
        "r8-supersonic",
        "High Speed Hair Dryer 110000rpm Negative Ion Salon",
        "Dyson Supersonic HD08 type, 5 magnetic nozzles, 3 heat settings.",
    ),
    L(
        "alias",
        "r8-popsockets",
        "Expanding Phone Grip Stand Marble Design 10 Pack",
        "PopSocket swappable top, strong adhesive, fits most cases.",
    ),
]

CHINESE = [
    L("chinese", "r8-realme", "真我GT6 5G手机 16+512G 全网通"),
    L("chinese", "r8-coconut-palm", "椰树牌椰汁 245ml*24罐 整箱 海南特产"),
    L("chinese", "r8-beibingyang", "北冰洋汽水 桔汁 玻璃瓶 248ml*12瓶 老北京"),
    L("chinese", "r8-haoxiangni", "好想你 若羌灰枣 一级 500g 袋装"),
    L("chinese", "r8-chacha", "洽洽瓜子 焦糖味 108g*10袋 休闲零食"),
    # A badge named after the car: the car's mark (no compatibility phrase).
    L("chinese", "r8-li-auto", "理想L7 车标 原厂 尾标 字母贴"),
    L("chinese", "r8-tank", "坦克300 前格栅 改装 原厂款 中网"),
    L("chinese", "r8-nio", "蔚来ET5 迎宾踏板 不锈钢 带灯"),
    # 黑莓 is the fruit too; here it names the maker of a phone.
    L("chinese", "r8-blackberry", "黑莓 Key2 全键盘 手机 二手 95新"),
    L("chinese", "r8-motorola", "摩托罗拉 edge s30 手机 骁龙 全网通"),
    L("chinese", "r8-insta360", "影石 X4 全景运动相机 8K 防抖"),
    # 凡士林 is also the Chinese word for petrolatum; a body lotion is not petrolatum, so
    # here it names the maker.
    L("chinese", "r8-vaseline", "凡士林 身体乳 烟酰胺 焕亮 400ml"),
    L("chinese", "r8-dr-jart", "蒂佳婷 绿丸 面霜 老虎草 修护 50ml"),
    L("chinese", "r8-pigeon", "贝亲 宽口径 玻璃奶瓶 240ml 自然实感"),
    L("chinese", "r8-dr-browns", "布朗博士 防胀气奶瓶 PP 270ml 两只装"),
    L("chinese", "r8-bluey", "布鲁伊 毛绒公仔 30cm 儿童礼物"),
    L("chinese", "r8-stitch", "史迪奇 毛绒玩具 抱枕 大号 女生礼物"),
    L("chinese", "r8-popsockets", "泡泡骚 手机支架 气囊 指环扣 卡通"),
    # The mark in the description only.
    L(
        "chinese",
        "r8-roborock",
        "扫拖一体机器人 自动集尘 基站款",
        "石头 G20 全能版, 国行正品, 全国联保.",
    ),
    L(
        "chinese",
        "r8-red-star",
        "北京 二锅头 白酒 清香型 52度 小瓶",
        "红星 蓝瓶 二锅头, 150ml*24瓶.",
    ),
    L(
        "chinese",
        "r8-peacebird",
        "男士 羊毛大衣 中长款 冬季 双面呢",
        "太平鸟男装 专柜同款, 吊牌齐全.",
    ),
    L(
        "chinese",
        "r8-synear",
        "速冻汤圆 黑芝麻馅 500g 早餐",
        "思念 黑芝麻汤圆, 冷链发货.",
    ),
    L(
        "chinese",
        "r8-swatch",
        "硅胶表带 彩色 运动手表 男女同款",
        "斯沃琪 Big Bold 系列, 原装正品, 专柜同款.",
    ),
    L(
        "chinese",
        "r8-bulgari",
        "蛇形手镯 女 18K 镀金 满钻 轻奢",
        "宝格丽 Serpenti 同款, 钛钢不掉色.",
    ),
    L(
        "chinese",
        "r8-vca",
        "三花 耳钉 女 镶钻 925银 轻奢",
        "梵克雅宝 Frivole 同款, 专柜版型.",
    ),
]

CASE_WIDTH = [
    L("case_width", "r8-tudor", f"{fw('TUDOR')} Pelagos 42mm Titanium Dive Watch"),
    L("case_width", "r8-swatch", "sWaTcH Sistem51 Automatic Watch Transparent Back"),
    L("case_width", "r8-blackberry", "BLACKBERRY Passport Silver Edition Unlocked Phone"),
    L("case_width", "r8-xerox", "XEROX 006R01697 Black Toner Cartridge Original"),
    L("case_width", "r8-rode", "rode nt-usb mini studio microphone usb"),
    L("case_width", "r8-ugreen", "ugreen usb c hub 7 in 1 hdmi 4k 100w pd"),
    L("case_width", "r8-kong", f"{fw('Kong')} Extreme Black Dog Toy Power Chewer"),
    L("case_width", "r8-the-ordinary", "THE ORDINARY Hyaluronic Acid 2% + B5 Serum 30ml"),
    L("case_width", "r8-dremel", "DREMEL 3000 Variable Speed Rotary Tool 25 Pcs"),
    L("case_width", "r8-whirlpool", "WhIrLpOoL Microwave Oven 25L Grill Stainless"),
    L("case_width", "r8-parrot", f"{fw('PARROT')} Bebop 2 FPV Drone Kit"),
    # The mark in the description only.
    L(
        "case_width",
        "r8-keen",
        "Mens Waterproof Hiking Boots Mid Leather",
        "kEEN Targhee III mid WP, original box, EU 40-46.",
    ),
    L(
        "case_width",
        "r8-crucial",
        "DDR5 32GB 4800MHz Laptop Memory SODIMM",
        "CRUCIAL CT32G48C40S5, bulk pull, tested.",
    ),
    L(
        "case_width",
        "r8-buff",
        "Multifunctional Neck Gaiter Tube Bandana Cycling",
        f"{fw('BUFF')} original coolnet UV, unisex, one size.",
    ),
]

ACCENT = [
    L("accent", "r8-bulgari", "Bülgari B.zero1 Ring Rose Gold Plated Titanium"),
    L("accent", "r8-swatch", "Swätch Skin Ultra Thin Quartz Watch 40mm"),
    L("accent", "r8-tudor", "Tüdor Ranger 39mm Mens Automatic Steel Watch"),
    L("accent", "r8-dodge", "Dódge Charger Rear Spoiler Carbon Fibre 2015-2023"),
    L("accent", "r8-vaseline", "Vasélïne Lip Therapy Rosy Lips Balm 20g Tin"),
    L("accent", "r8-pigeon", "Pigéon Nipple Shield Silicone Breastfeeding M Size"),
    L("accent", "r8-absolut", "Åbsolut Citron Vodka 1L Glass Bottle"),
    L("accent", "r8-kong", "Kóng Wobbler Treat Dispensing Dog Toy Large"),
    L("accent", "r8-ridgid", "RÏDGID 12 Inch Pipe Wrench Heavy Duty Cast Iron"),
    L("accent", "r8-whirlpool", "Whírlpool Dishwasher 14 Place Settings Freestanding"),
    L("accent", "r8-dremel", "Drémel Multi-Max Oscillating Tool Kit 30 Pieces"),
    # The mark in the description only.
    L(
        "accent",
        "r8-fisher-price",
        "Baby Bouncer Seat with Vibration and Music Toy Bar",
        "Fishér-Price deluxe bouncer, open box, all parts included.",
    ),
    L(
        "accent",
        "r8-the-ordinary",
        "Peeling Solution 30ml AHA 30% BHA 2% Red Serum",
        "Thé Ordinary formula, EU stock, sealed.",
    ),
    L(
        "accent",
        "r8-insta360",
        "360 Action Camera 5.7K Waterproof Vlog Cam",
        "Înstä360 ONE X2, full kit with 2 batteries.",
    ),
]

HOMOGLYPH = [
    L("homoglyph", "r8-swatch", f"{hg('Swatch', 'Sa')} Bioceramic Chronograph Mission Moon 42mm"),
    L("homoglyph", "r8-bulgari", f"{gk('BVLGARI', 'BAI')} Divas Dream Necklace Fan Motif"),
    L("homoglyph", "r8-tudor", f"{hg('TUDOR', 'TO')} Black Bay Chrono Panda Dial"),
    L("homoglyph", "r8-rode", f"{hg('RODE', 'OE')} PodMic USB Broadcast Dynamic Microphone"),
    L("homoglyph", "r8-blackberry", f"{hg('BlackBerry', 'ae')} Classic Q20 Keyboard Phone"),
    L("homoglyph", "r8-parrot", f"{hg('Parrot', 'ao')} Disco FPV Fixed Wing Drone"),
    L("homoglyph", "r8-kong", f"{gk('KONG', 'KON')} Puppy Teething Toy Pink Small"),
    L("homoglyph", "r8-stitch", f"{hg('Stitch', 'Sic')} Plush Keychain Bag Charm 12cm"),
    L("homoglyph", "r8-whirlpool", f"{hg('Whirlpool', 'o')} Fridge Freezer 350L No Frost"),
    L("homoglyph", "r8-crucial", f"{hg('Crucial', 'Cca')} BX500 480GB SATA SSD 2.5 Inch"),
    # A speaker sold under the assistant's name (not "works with"): the mark.
    L("homoglyph", "r8-alexa", f"{hg('Alexa', 'Aea')} Smart Speaker Mini with Clock Display"),
    # The mark in the description only.
    L(
        "homoglyph",
        "r8-dodge",
        "Muscle Car Hood Emblem Chrome 3D Metal Badge",
        f"{hg('Dodge', 'oe')} SRT logo badge, strong adhesive back.",
    ),
    L(
        "homoglyph",
        "r8-dr-jart",
        "Cica Repair Cream Tiger Grass Green 50ml",
        f"Dr.J{hg('a', 'a')}rt+ Cicapair type, Korea made.",
    ),
    L(
        "homoglyph",
        "r8-peacebird",
        "Women Wool Coat Double Breasted Long Beige",
        f"{hg('PEACEBIRD', 'PEAC')} women collection, tags attached.",
    ),
]

LEETSPEAK = [
    L("leetspeak", "r8-tudor", "TUD0R Black Bay GMT Red Blue Bezel 41mm"),
    L("leetspeak", "r8-swatch", "5watch Irony Chrono Stainless Steel Watch"),
    L("leetspeak", "r8-bulgari", "BVLG@RI Octo Finissimo Style Mens Watch"),
    L("leetspeak", "r8-xerox", "X3R0X Phaser 3020 Black Toner 1500 Pages"),
    L("leetspeak", "r8-vaseline", "Vas3line Petroleum Jelly Original 250ml Tub"),
    L("leetspeak", "r8-absolut", "Ab$olut Vodka Mango 700ml Gift Box"),
    L("leetspeak", "r8-keen", "K33N Jasper Suede Sneakers Womens Rust"),
    L("leetspeak", "r8-mms", "M&M'$ Minis Milk Chocolate Tubes 24ct"),
    L("leetspeak", "r8-dolce-gusto", "D0lce Gust0 Latte Macchiato Pods 16 Capsules"),
    L("leetspeak", "r8-meta-quest", "Qu3st 3 VR Headset 512GB Bundle"),
    L("leetspeak", "r8-realme", "re@lme Narzo 60 5G Phone 8+128GB"),
    # The mark in the description only.
    L(
        "leetspeak",
        "r8-stitch",
        "Blue Koala Alien Slippers Kids Plush Home Shoes",
        "5t1tch design slippers, non-slip sole, EU 24-35.",
    ),
    L(
        "leetspeak",
        "r8-insta360",
        "Action Camera Invisible Selfie Stick 114cm Carbon",
        "1nst@360 original bullet time stick, carbon fibre.",
    ),
    L(
        "leetspeak",
        "r8-fisher-price",
        "Baby Musical Walker Push Toy Activity Centre",
        "F1sher-Pr1ce learning walker, English and Spanish songs.",
    ),
]

SPACING = [
    L("spacing", "r8-swatch", "S W A T C H Gent Originals Quartz Watch 34mm"),
    L("spacing", "r8-tudor", "T.U.D.O.R Heritage Chrono Blue Dial Watch"),
    L("spacing", "r8-kong", "K-O-N-G Goodie Bone Treat Dog Toy Medium"),
    L("spacing", "r8-ugreen", "U GREEN Nexode 65W GaN Charger 3 Ports"),
    L("spacing", "r8-vaseline", "Vase line Aloe Fresh Body Lotion 400ml"),
    L("spacing", "r8-stitch", "Sti_tch Pajamas Onesie Adult Kigurumi Blue"),
    L("spacing", "r8-dr-jart", "Dr. J a r t+ Ceramidin Cream 50ml"),
    L("spacing", "r8-the-ordinary", "The Ordi-nary Retinol 1% in Squalane 30ml"),
    L("spacing", "r8-popsockets", f"Pop{ZW}Sockets Phone Grip Holographic Gold"),
    L("spacing", "r8-insta360", "Insta 360 Ace Pro 2 Action Cam 8K"),
    L("spacing", "r8-tank", "坦 克 500 车标 前脸 标志 改装"),
    L("spacing", "r8-beibingyang", "北.冰.洋 桔子汽水 老北京 玻璃瓶 24瓶"),
    # The mark in the description only.
    L(
        "spacing",
        "r8-whirlpool",
        "Fridge Water Filter Cartridge Genuine OEM",
        "W h i r l p o o l EDR1RXD1 genuine filter, sealed.",
    ),
    L(
        "spacing",
        "r8-bulgari",
        "Snake Chain Necklace Rose Gold Enamel Scales",
        "B V L G A R I Serpenti inspired, titanium steel.",
    ),
]

MISSPELLING = [
    L("misspelling", "r8-tudor", "Tuder Black Bay Bronze Automatic 43mm"),
    L("misspelling", "r8-swatch", "Swach Originals Big Bold Colour Watch"),
    L("misspelling", "r8-bulgari", "Bvlgary Serpenti Tubogas Bracelet Watch"),
    L("misspelling", "r8-vca", "Van Cliff & Arpels Perlee Gold Ring Women"),
    L("misspelling", "r8-blackberry", "Blackbery KEY2 LE Dual SIM Keyboard Phone"),
    L("misspelling", "r8-motorola", "Motorolla Razr 40 Ultra Foldable 5G"),
    # "Rigid" is a common word, but on an 18V Octane drill it is the tool maker misspelt.
    L("misspelling", "r8-ridgid", "Rigid 18V Octane Brushless Hammer Drill"),
    L("misspelling", "r8-dremel", "Dremmel 8220 Cordless Rotary Tool 12V"),
    L("misspelling", "r8-vaseline", "Vasline Intensive Care Aloe Soothe Lotion"),
    # One letter off the mark, in the mark's own trade (vodka; Elyx is its line).
    L("misspelling", "r8-absolut", "Absolute Vodka Elyx 1L Copper Bottle"),
    L("misspelling", "r8-whirlpool", "Whirpool Built-in Oven 71L Pyrolytic"),
    L("misspelling", "r8-parrot", "Parot Bebop Drone 14MP Fisheye Camera"),
    L("misspelling", "r8-pigeon", "贝清 奶嘴 宽口径 新生儿 SS号"),
    L("misspelling", "r8-beibingyang", "北冰羊 汽水 橘子味 330ml*24罐"),
    L("misspelling", "r8-synear", "恩念 水饺 三鲜馅 速冻 1kg"),
    # The mark in the description only.
    L(
        "misspelling",
        "r8-dodge",
        "Widebody Fender Flares Kit ABS Unpainted 4pcs",
        "Dodg Challenger SRT Hellcat body kit style.",
    ),
    L(
        "misspelling",
        "r8-kong",
        "Rubber Dog Toy Snowman Shape Chew Treat",
        "Kongg classic style, natural rubber, bounces.",
    ),
    L(
        "misspelling",
        "r8-the-ordinary",
        "Caffeine Solution 5% + EGCG Eye Serum 30ml",
        "The Ordinery formula, sealed box.",
    ),
    L(
        "misspelling",
        "r8-red-star",
        "北京 二锅头 清香型 56度 大瓶 2L",
        "红兴 二锅头 老北京 口粮酒.",
    ),
]

BRAND_FIELD = [
    L("brand_field", "r8-tudor", "Mens Automatic Dive Watch 41mm Snowflake Hands", brand="TUDOR"),
    L(
        "brand_field",
        "r8-swatch",
        "Plastic Quartz Watch Transparent Strap Colourful",
        brand="Swatch",
    ),
    L("brand_field", "r8-crucial", "DDR4 16GB 3200MHz Desktop RAM UDIMM", brand="Crucial"),
    L("brand_field", "r8-ugreen", "USB C Cable 100W 2m Braided Fast Charge", brand="绿联"),
    L("brand_field", "r8-realme", "5G 智能手机 8+256G 大电池 全网通", brand="真我"),
    L(
        "brand_field",
        "r8-roborock",
        "Robot Vacuum Cleaner LiDAR Auto Empty Station",
        brand="Roborock",
    ),
    L("brand_field", "r8-peacebird", "女士 连帽卫衣 加绒 宽松 秋冬", brand="太平鸟"),
    L("brand_field", "r8-haoxiangni", "新疆 和田大枣 特级 1kg 礼盒", brand="好想你"),
    L("brand_field", "r8-chacha", "每日坚果 混合果仁 750g 30袋", brand="洽洽"),
    L("brand_field", "r8-li-auto", "汽车 遮阳帘 磁吸 前挡 防晒", brand="理想"),
    L("brand_field", "r8-absolut", "Vodka 40% 700ml Original Swedish", brand="Absolut"),
    L("brand_field", "r8-pigeon", "Baby Nail Clipper Set Safety Scissors Newborn", brand="Pigeon"),
    L("brand_field", "r8-kong", "Dog Ball Squeaky Tennis Toy 3 Pack", brand="KONG"),
    L("brand_field", "r8-dr-browns", "婴儿 奶瓶刷 海绵 360度 旋转 清洁刷", brand="布朗博士"),
]

# The mark only in the image: a copy of the right's reference picture; the text is clean.
IMAGE = [
    L("image", "r8-coconut-palm", "Coconut Juice Drink 245ml x 24 Cans Hainan Style"),
    L("image", "r8-peacebird", "Womens Knit Cardigan V Neck Button Up Autumn"),
    L("image", "r8-beibingyang", "老北京 橘子味 汽水 玻璃瓶 怀旧 12瓶"),
    L("image", "r8-red-star", "清香型 白酒 56度 500ml 光瓶"),
    L("image", "r8-blackberry", "QWERTY Keyboard Android Phone Dual SIM 4G"),
    L("image", "r8-insta360", "360 Degree Panoramic Action Camera 5.7K Stabilisation"),
    L("image", "r8-rode", "Studio Condenser Microphone USB Cardioid Podcast"),
    L("image", "r8-mms", "Colourful Candy Coated Chocolate Buttons 1kg Bulk"),
    L("image", "r8-kong", "Natural Rubber Dog Chew Toy Snowman Red Medium"),
    L("image", "r8-bluey", "Cartoon Puppy Kids Backpack Blue Preschool Bag"),
    L("image", "r8-bluey", "Cartoon Dog Family Figures Playset 4 Pack"),
    L("image", "r8-stitch", "Blue Alien Koala Phone Stand Figurine Resin"),
    L("image", "r8-bulgari", "Snake Shaped Gold Bracelet Bangle Crystal Eyes"),
    L("image", "r8-alhambra", "Clover Motif Bracelet Five Flowers Gold Plated"),
    L("image", "r8-tripp-trapp", "Adjustable Wooden High Chair Grows with Child Beech"),
    L("image", "r8-swatch", "Colourful Plastic Quartz Watch Unisex Gift Box"),
]

MIXED = [
    # A mark on an accessory for a named device: the mark under both settings, the device
    # only with compatibility wording disallowed.
    L(
        "mixed",
        "r8-bluey",
        "Bluey Cartoon Case for Moto G Power 2024 Shockproof",
        expected=("r8-bluey",),
        without_compat=("r8-bluey", "r8-motorola"),
    ),
    L(
        "mixed",
        "r8-stitch",
        "Stitch Silicone Controller Grips for Meta Quest 3",
        expected=("r8-stitch",),
        without_compat=("r8-stitch", "r8-meta-quest"),
    ),
    L(
        "mixed",
        "r8-ugreen",
        "UGREEN USB C Cable for BlackBerry KEY2 Fast Charge",
        expected=("r8-ugreen",),
        without_compat=("r8-ugreen", "r8-blackberry"),
    ),
    L(
        "mixed",
        "r8-pigeon",
        "贝亲 Pigeon 奶嘴 适用于布朗博士宽口奶瓶",
        expected=("r8-pigeon",),
        without_compat=("r8-pigeon", "r8-dr-browns"),
    ),
    L(
        "mixed",
        "r8-swatch",
        "Swatch Style Rubber Strap for Tudor Pelagos 22mm",
        expected=("r8-swatch",),
        without_compat=("r8-swatch", "r8-tudor"),
    ),
    # Two rights.
    L(
        "mixed",
        "r8-vca",
        "Van Cleef Alhambra Clover Bracelet 5 Motifs Onyx",
        expected=("r8-vca", "r8-alhambra"),
    ),
    L(
        "mixed",
        "r8-fisher-price",
        "Fisher-Price Bluey Ride On Scooter Toddler",
        expected=("r8-fisher-price", "r8-bluey"),
    ),
    L(
        "mixed",
        "r8-absolut",
        "Ab$olut Vodka and M&M's Party Gift Hamper",
        expected=("r8-absolut", "r8-mms"),
    ),
    L(
        "mixed",
        "r8-the-ordinary",
        "The Ordinary & Dr.Jart+ Skincare Trial Kit 6 pcs",
        expected=("r8-the-ordinary", "r8-dr-jart"),
    ),
    # One right under two evasions.
    L("mixed", "r8-bulgari", "BVLGARI 宝格丽 Serpenti 同款 蛇头 手镯"),
    L("mixed", "r8-realme", "真我 realme Buds T300 无线耳机 降噪"),
    L("mixed", "r8-tank", "坦克 TANK 300 尾门 备胎罩 改装"),
    # The marks in the description only.
    L(
        "mixed",
        "r8-kong",
        "Dog Puzzle Toy Set Chew Ball and Treat Rope",
        "KONG tough toys plus Buff bandana for dogs.",
        expected=("r8-kong", "r8-buff"),
    ),
    L(
        "mixed",
        "r8-rode",
        "Podcast Starter Bundle Mic and Storage",
        "RØDE PodMic with Crucial X9 1TB portable SSD.",
        expected=("r8-rode", "r8-crucial"),
    ),
    L(
        "mixed",
        "r8-synear",
        "年货 礼盒 速冻水饺 红枣 组合装",
        "思念 水饺 + 好想你 红枣 组合, 冷链.",
        expected=("r8-synear", "r8-haoxiangni"),
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

# --- negatives --------------------------------------------------------------------------

# Compatibility wording naming a device: clean by default, the device's right with the
# switch off.
COMPAT = [
    L("compat", "r8-roborock", "Side Brush Replacement for Roborock S7 S8 Q7 6 Pack"),
    L("compat", "r8-roborock", "适用于石头扫地机 T7 S7 滤网 边刷 配件套装"),
    L("compat", "r8-realme", "Tempered Glass Screen Protector for realme 12 Pro+ 3 Pack"),
    L("compat", "r8-realme", "适配真我GT5 手机壳 磨砂 防摔"),
    L("compat", "r8-li-auto", "适用于理想L7 L8 L9 脚垫 全包围 TPE"),
    L("compat", "r8-tank", "适用坦克300 车顶行李架 铝合金 横杆"),
    L("compat", "r8-nio", "兼容蔚来ES6 ES8 车载 无线充电 支架"),
    L("compat", "r8-blackberry", "Replacement Battery for BlackBerry Bold 9900 9930 JM1"),
    L("compat", "r8-motorola", "Shockproof Case Compatible with Motorola Moto G Stylus 5G"),
    L("compat", "r8-motorola", "Motorola Razr 40 Ultra compatible Hinge Protector Film"),
    L("compat", "r8-alexa", "Smart Plug Mini WiFi Socket Works with Alexa No Hub Required"),
    L("compat", "r8-alexa", "Smart Light Bulb E27 RGB compatible with Alexa Voice Control"),
    L("compat", "r8-meta-quest", "Elite Head Strap for Meta Quest 3 with 8000mAh Battery"),
    L("compat", "r8-meta-quest", "Link Cable 5m USB C designed to fit Oculus Quest 2 Headsets"),
    L("compat", "r8-insta360", "Lens Guard Protector for Insta360 X4 Sticky Type"),
    L("compat", "r8-insta360", "Bike Handlebar Mount fits Insta360 X3 ONE RS"),
    L("compat", "r8-parrot", "Spare Battery for Parrot Bebop 2 Drone 2700mAh"),
    L("compat", "r8-parrot", "Replacement Propellers for Parrot Anafi Quick Release 8 pcs"),
    L("compat", "r8-rode", "Foam Windscreen Cover for RODE NT-USB Microphone"),
    L("compat", "r8-rode", "Deadcat Furry Windshield fits RØDE VideoMic Pro"),
    L(
        "compat",
        "r8-xerox",
        "Toner Cartridge Compatible with Xerox Phaser 6510 WorkCentre 6515 Cyan",
    ),
    L("compat", "r8-xerox", "兼容施乐 S2110 粉盒 碳粉 大容量"),
    L("compat", "r8-dremel", "Rotary Tool Accessories Kit 276 Pcs Compatible for Dremel"),
    L("compat", "r8-dremel", "Flex Shaft Attachment Works with Dremel Rotary Tools"),
    L("compat", "r8-ridgid", "Battery Wall Mount Holder for RIDGID 18V Batteries 5 Pack"),
    L("compat", "r8-whirlpool", "Refrigerator Water Filter Replacement for Whirlpool EDR1RXD1"),
    L("compat", "r8-whirlpool", "适用惠而浦 洗衣机 排水泵 配件"),
    L("compat", "r8-dodge", "All Weather Floor Mats for Dodge Charger 2015-2023"),
    L("compat", "r8-dodge", "Dodge Durango compatible Tow Hitch Receiver Class III"),
    L("compat", "r8-smart", "Phone Holder Air Vent Mount for smart fortwo 453"),
    L("compat", "r8-smart", "适用于斯玛特 453 钥匙壳 硅胶 保护套"),
    L(
        "compat",
        "r8-dolce-gusto",
        "Refillable Stainless Capsules Compatible with Dolce Gusto Machines",
    ),
    L("compat", "r8-dolce-gusto", "Dolce Gusto compatible Coffee Pods Espresso Intenso 30 pcs"),
    L("compat", "r8-dolce-gusto", "多趣酷思 替换 胶囊 可重复使用 不锈钢"),
    L("compat", "r8-pigeon", "Wide Neck Nipples Replacement for Pigeon Bottles SS S M L"),
    L("compat", "r8-dr-browns", "Baby Bottle Nipples Fits Dr. Brown's Narrow Level 1 6 Pack"),
    L("compat", "r8-supersonic", "Diffuser Attachment for Dyson Supersonic Hair Dryer"),
    L("compat", "r8-popsockets", "Car Vent Mount compatible with PopSockets Grips"),
    L("compat", "r8-swatch", "Replacement Silicone Strap for Swatch 17mm 19mm Originals"),
    L("compat", "r8-tudor", "Leather Strap 22mm for Tudor Black Bay Brown Vintage"),
    L("compat", "r8-kong", "Easy Treat Paste Refill for KONG Classic Toys Peanut"),
    L("compat", "r8-tripp-trapp", "Seat Cushion for Tripp Trapp High Chair Waterproof"),
]

# The mark inside a longer word (Latin), or across a word boundary (Chinese).
INSIDE_WORD = [
    L("inside_word", "r8-roborock", "宝石头饰 新娘 发箍 水钻 婚礼"),
    L("inside_word", "r8-roborock", "恐龙化石头骨 模型 教学 标本"),
    L("inside_word", "r8-realme", "天然和田玉手镯 保真我司提供证书"),
    L("inside_word", "r8-peacebird", "天下太平鸟语花香 书法字画 客厅 挂画"),
    L("inside_word", "r8-nio", "Onion Chopper Vegetable Dicer 12 Blades"),
    L("inside_word", "r8-nio", "Union Jack Flag Cushion Cover 45x45"),
    L("inside_word", "r8-red-star", "粉红星星 夜光贴纸 儿童房 墙贴"),
    L("inside_word", "r8-li-auto", "宠物护理想省心 自动猫砂盆 除臭"),
    L("inside_word", "r8-motorola", "Electric Motor 775 DC 12V High Torque"),
    L("inside_word", "r8-motorola", "Motocross Gloves Full Finger Dirt Bike"),
    L("inside_word", "r8-meta-quest", "Conquest Board Game Medieval Strategy"),
    L("inside_word", "r8-meta-quest", "Equestrian Riding Gloves Horse Leather"),
    L("inside_word", "r8-rode", "ECG Electrodes Disposable Foam 50 pcs"),
    L("inside_word", "r8-rode", "Anti Corrode Spray Battery Terminal Protector 400ml"),
    L("inside_word", "r8-rode", "罗德岛红 鸡苗 种鸡 散养"),
    L("inside_word", "r8-dodge", "Dodgeball Set 6 Foam Balls PE Playground"),
    L("inside_word", "r8-absolut", "Absolutely Gorgeous Sequin Party Dress Women"),
    L("inside_word", "r8-absolut", "Absolute Pressure Sensor 0-10 Bar 4-20mA"),
    L("inside_word", "r8-bulgari", "Bulgaria Rose Otto Essential Oil 10ml Pure"),
    L("inside_word", "r8-kong", "Kongming Lantern Sky Lantern Wishing 10 pcs"),
    L("inside_word", "r8-stitch", "Stitching Awl Leather Craft Tool Kit"),
    L("inside_word", "r8-buff", "Nail Buffer Block 4 Way Shine 10 pcs"),
    L("inside_word", "r8-buff", "Buffing Wheel Polishing Pad Drill Attachment 6 Inch"),
    L("inside_word", "r8-buff", "Buffalo Plaid Flannel Shirt Red Black"),
    L("inside_word", "r8-buff", "Buffet Server Warming Tray 3 Section"),
    L("inside_word", "r8-tank", "Tankard Beer Mug Pewter 500ml Engraved"),
    L("inside_word", "r8-tank", "Tankless Water Heater Electric 5500W"),
    L("inside_word", "r8-smart", "Smartphone Gimbal Stabilizer 3-Axis Foldable"),
    L("inside_word", "r8-smart", "Smartwatch Band Nylon Loop 22mm Universal"),
    L("inside_word", "r8-alexa", "Alexandrite Ring Colour Change Stone Sterling"),
    L("inside_word", "r8-pigeon", "Pigeonhole Mail Sorter Wooden 12 Slots"),
    L("inside_word", "r8-parrot", "Parrotlet Bird Cage Small Wire"),
]

# A mark that is also an ordinary word, used as that word (even on goods of its own trade).
GENERIC_WORD = [
    L("generic_word", "r8-roborock", "天然鹅卵石头 鱼缸 造景 园艺 铺面 5kg"),
    L("generic_word", "r8-roborock", "石头纹理 大理石 瓷砖 60x60 客厅"),
    L("generic_word", "r8-roborock", "石头剪刀布 猜拳 桌游 亲子 玩具"),
    L("generic_word", "r8-realme", "做真我 励志 标语 T恤 纯棉 定制"),
    # The waxwing, the bird the mark is named after, carved in wood.
    L("generic_word", "r8-peacebird", "太平鸟 木雕 摆件 手工 鸟类 收藏"),
    L("generic_word", "r8-coconut-palm", "仿真椰树 户外 装饰 3米 酒店 泳池"),
    L("generic_word", "r8-coconut-palm", "Artificial Coconut Palm Tree 180cm Indoor Decor"),
    L("generic_word", "r8-coconut-palm", "椰树图案 夏威夷衬衫 男 短袖 沙滩"),
    L("generic_word", "r8-beibingyang", "北冰洋 航线 地图 海报 地理 教学挂图"),
    L("generic_word", "r8-beibingyang", "北极熊 北冰洋 冰箱贴 树脂 旅游纪念"),
    L("generic_word", "r8-synear", "思念 情侣项链 刻字 925银 七夕礼物"),
    L("generic_word", "r8-synear", "思念成疾 书法 作品 手写 字画"),
    L("generic_word", "r8-haoxiangni", "好想你 抱枕 情侣礼物 毛绒 异地恋"),
    L("generic_word", "r8-haoxiangni", "好想你 明信片 手写 情书 信封套装"),
    L("generic_word", "r8-red-star", "红星 五角星 徽章 复古 胸针 金属"),
    L("generic_word", "r8-red-star", "Red Star Enamel Pin Vintage Soviet Style Badge"),
    L("generic_word", "r8-li-auto", "理想身材 高腰 瑜伽裤 提臀 女"),
    L("generic_word", "r8-li-auto", "实现理想 励志 墙贴 办公室 标语"),
    # A tank (the armoured vehicle) as a model or a toy, a tank top, a water tank.
    L("generic_word", "r8-tank", "1:35 虎式坦克 模型 拼装 军事"),
    L("generic_word", "r8-tank", "遥控坦克 儿童 玩具 可发射水弹 履带"),
    L("generic_word", "r8-tank", "Tank Top Women Ribbed Cotton Sleeveless"),
    L("generic_word", "r8-tank", "Fish Tank Filter 3 in 1 Aquarium Pump"),
    L("generic_word", "r8-tank", "Stainless Steel Water Tank 500L Rooftop"),
    L("generic_word", "r8-chacha", "Cha Cha Latin Dance Shoes Women Satin Heel 7cm"),
    L("generic_word", "r8-blackberry", "Fresh Frozen Blackberry IQF 10kg Carton"),
    L("generic_word", "r8-blackberry", "黑莓 果酱 无蔗糖 340g 烘焙"),
    L("generic_word", "r8-blackberry", "Thornless Blackberry Plant Seedlings 2 Year"),
    L("generic_word", "r8-motorola", "Moto Gloves Touchscreen Motorcycle Riding Summer"),
    L("generic_word", "r8-alexa", "Alexa Name Necklace Personalized Gold Plated Script"),
    L("generic_word", "r8-meta-quest", "Dungeon Quest Fantasy Dice Set 7 pcs Resin"),
    L("generic_word", "r8-meta-quest", "Oculus Skylight Round Window Dome Acrylic"),
    L("generic_word", "r8-parrot", "Large Parrot Cage Wrought Iron Rolling Stand"),
    L("generic_word", "r8-parrot", "Parrot Toys Bird Swing Chewing Wood Bells"),
    L("generic_word", "r8-whirlpool", "Whirlpool Bathtub 2 Person Massage Jets Acrylic"),
    L("generic_word", "r8-whirlpool", "Foot Spa Bath Massager with Heat Bubbles Whirlpool"),
    L("generic_word", "r8-dodge", "Dodge Ball Rubber Playground Ball 8.5 Inch"),
    L("generic_word", "r8-smart", "Smart Watch Fitness Tracker Heart Rate IP68"),
    L("generic_word", "r8-smart", "Smart Plug WiFi Timer Socket EU 16A"),
    L("generic_word", "r8-smart", "Smart Home 智能开关 墙壁 触摸 单火线"),
    L("generic_word", "r8-smart", "Smart Casual Mens Chino Trousers Slim"),
    # 凡士林 is the Chinese word for petrolatum: an industrial or pharmacopoeia grade of it.
    L("generic_word", "r8-vaseline", "工业凡士林 白色 润滑脂 25kg 桶装"),
    L("generic_word", "r8-vaseline", "医用白凡士林 药用辅料 500g"),
    # Collectors' name for uranium glass, not skin care.
    L("generic_word", "r8-vaseline", "Vaseline Glass Uranium Candy Dish Antique Green"),
    L("generic_word", "r8-the-ordinary", "Out of the Ordinary Wooden Gift Box Engraved"),
    L("generic_word", "r8-kong", "Hong Kong Style Milk Tea Cup Ceramic 300ml"),
    L("generic_word", "r8-kong", "Hong Kong Map Poster Vintage Print A3"),
    L("generic_word", "r8-pigeon", "Pigeon Spikes Bird Deterrent Stainless 5m"),
    L("generic_word", "r8-pigeon", "Pigeon Pea Seeds 1kg Organic Dal"),
    L("generic_word", "r8-stitch", "Cross Stitch Kit Landscape Printed Canvas 11CT"),
    L("generic_word", "r8-stitch", "Knitting Stitch Markers Locking 100 pcs"),
    L("generic_word", "r8-bluey", "Bluey Grey Linen Fabric by the Metre"),
    L("generic_word", "r8-tudor", "Tudor Rose Embroidered Iron On Patch"),
    L("generic_word", "r8-tudor", "Tudor Style Dollhouse Miniature Kit 1:24"),
    L("generic_word", "r8-swatch", "Fabric Swatch Book 200 Colours Sample Card"),
    L("generic_word", "r8-swatch", "Paint Colour Swatch Fan Deck Interior Walls"),
    L("generic_word", "r8-buff", "Buff Colour Leather Belt Mens Full Grain"),
    L("generic_word", "r8-keen", "Keen Edge Whetstone 1000/6000 Grit Kit"),
    L("generic_word", "r8-supersonic", "Supersonic Fighter Jet Model 1:72 Die Cast"),
    L("generic_word", "r8-alhambra", "Alhambra Palace Granada Travel Poster Print"),
    L("generic_word", "r8-vca", "VCA Module Eurorack Dual Voltage Controlled Amplifier"),
    L(
        "generic_word",
        "r8-crucial",
        "Collagen Peptides Powder Unflavoured 500g",
        "Crucial for healthy joints and skin, dissolves in hot or cold drinks.",
    ),
]

# A common word one edit (or one character) from a mark, used normally.
COMMON_WORD = [
    L("common_word", "r8-nio", "未来科技感 台灯 LED 护眼 书桌"),
    L("common_word", "r8-nio", "未来战士 机甲 拼装 模型"),
    L("common_word", "r8-chacha", "恰恰舞 拉丁舞鞋 女 成人 软底"),
    L("common_word", "r8-chacha", "恰恰好 小碗 陶瓷 日式 餐具"),
    L("common_word", "r8-synear", "思维导图 儿童 磁性 白板"),
    L("common_word", "r8-haoxiangni", "长得好像你 搞笑 文字 T恤 男"),
    L("common_word", "r8-red-star", "红心 猕猴桃 5斤 新鲜 水果"),
    L("common_word", "r8-li-auto", "理发 推子 电动 充电式"),
    L("common_word", "r8-beibingyang", "南冰洋 科考 纪录片 海报"),
    L("common_word", "r8-roborock", "乳胶枕头 泰国 护颈"),
    L("common_word", "r8-realme", "自我管理 时间 手账本"),
    L("common_word", "r8-peacebird", "太平洋 海鲜 冻虾 批发"),
    L("common_word", "r8-coconut-palm", "椰蓉 烘焙 原料 500g 面包"),
    L("common_word", "r8-pigeon", "天然贝壳 手链 海螺 装饰"),
    L("common_word", "r8-ridgid", "Rigid PVC Conduit Pipe 20mm Electrical"),
    L("common_word", "r8-ridgid", "Rigid Foam Insulation Board XPS 50mm"),
    L("common_word", "r8-rode", "Rhode Island Red Hen Ceramic Figurine"),
    L("common_word", "r8-rode", "Bath Robe Waffle Cotton Hotel"),
    L("common_word", "r8-keen", "Keep Calm and Carry On Mug Ceramic"),
    L("common_word", "r8-keen", "Teen Girls Crop Top Summer"),
    L("common_word", "r8-kong", "Gong Bath Instrument 60cm Chau Gong"),
    L("common_word", "r8-kong", "King Size Duvet Cover Set Cotton 4 pcs"),
    L("common_word", "r8-dodge", "Log Cabin Lodge Decor Bear Wall Art"),
    L("common_word", "r8-dodge", "Doge Meme Plush Shiba Dog"),
    L("common_word", "r8-buff", "Powder Puff Makeup Sponge 10 pcs"),
    L("common_word", "r8-swatch", "Watch Winder Automatic Single Rotor Leather"),
    L("common_word", "r8-parrot", "Carrot Cake Mix 500g Baking"),
    L("common_word", "r8-tudor", "Tutor Flash Cards English Learning Kids"),
    L("common_word", "r8-bluey", "Blue Denim Jacket Mens Classic"),
    L("common_word", "r8-smart", "Push Start Button Cover Car Ignition"),
    L("common_word", "r8-vaseline", "Tennis Court Baseline Tape Marking 50m"),
    L("common_word", "r8-vca", "VGA Cable 1.8m HD15 Male to Male"),
    L("common_word", "r8-meta-quest", "Guest Book Wedding Wooden Heart"),
    L("common_word", "r8-tripp-trapp", "Trip Trap Bridge Three Billy Goats Puppet Set"),
    L("common_word", "r8-dr-jart", "Dart Board Set 18 Inch Bristle"),
]

# Ordinary listings: no mark anywhere.
CLEAN = [
    L("clean", "", "Wholesale Anti-Slip Basketball Shoes Custom Logo Breathable"),
    L("clean", "", "Stainless Steel Vacuum Insulated Water Bottle 750ml"),
    L("clean", "", "Bamboo Cutting Board Set 3 Pieces with Juice Groove"),
    L("clean", "", "Silicone Baking Mat Non-Stick 40x30cm Food Grade"),
    L("clean", "", "Mens Cotton Crew Neck T-Shirt Plain Blank 180gsm"),
    L("clean", "", "LED Desk Lamp Dimmable Eye-Caring 3 Colour Modes"),
    L("clean", "", "Yoga Mat TPE 6mm Double Layer Non Slip"),
    L("clean", "", "Ceramic Coffee Mug 350ml Matte Glaze Custom Print"),
    L("clean", "", "Kids Wooden Puzzle Animals 9 Pieces Montessori"),
    L("clean", "", "Waterproof Hiking Backpack 40L Rain Cover Included"),
    L("clean", "", "Cordless Electric Screwdriver 3.6V USB Rechargeable"),
    L("clean", "", "Cat Scratching Post Sisal Rope 80cm Tower"),
    L("clean", "", "Baby Muslin Swaddle Blanket Organic Cotton 120x120"),
    L("clean", "", "Women Linen Wide Leg Trousers Elastic Waist"),
    L("clean", "", "Car Trunk Organizer Foldable Heavy Duty"),
    L("clean", "", "Solar Garden Lights Outdoor Pathway 8 Pack"),
    L("clean", "", "Aluminium Laptop Stand Adjustable Height Foldable"),
    L("clean", "", "Portable Blender USB Rechargeable 380ml"),
    L("clean", "", "Polarized Sunglasses Unisex UV400 Metal Frame"),
    L("clean", "", "Electric Kettle 1.7L Glass Blue LED"),
    L("clean", "", "Nylon Dog Leash 1.5m Reflective Padded Handle"),
    L("clean", "", "Resistance Bands Set 5 Levels Latex Workout"),
    L("clean", "", "Handmade Scented Soy Candle Lavender 200g"),
    L("clean", "", "Microfiber Cleaning Cloth 30x30cm 24 Pack"),
    L("clean", "", "Wireless Earbuds Bluetooth 5.3 Noise Cancelling"),
    L("clean", "", "Acrylic Paint Set 24 Colours 12ml Tubes Artist"),
    L("clean", "", "Stainless Steel Garlic Press Rocker Kitchen Tool"),
    L("clean", "", "Mens Leather Wallet Bifold RFID Blocking"),
    L("clean", "", "Insulated Lunch Bag Cooler Tote Reusable"),
    L("clean", "", "Plush Teddy Bear 40cm Brown Soft Toy"),
    L("clean", "", "Bicycle Pump Mini Portable 120PSI Dual Valve"),
    L("clean", "", "Phone Tripod Stand Bluetooth Remote 160cm"),
    L("clean", "", "批发 防滑篮球鞋 可定制 透气 男款"),
    L("clean", "", "不锈钢 保温杯 500ml 男女 学生 大容量"),
    L("clean", "", "纯棉 毛巾 加厚 吸水 家用 6条装"),
    L("clean", "", "儿童 积木 拼装 益智 玩具 大颗粒"),
    L("clean", "", "手工 陶瓷 茶杯 功夫茶 套装 6只"),
    L("clean", "", "女士 羊毛 围巾 秋冬 纯色 百搭"),
    L("clean", "", "家用 电动 榨汁机 便携式 USB充电"),
    L("clean", "", "宠物 猫砂 豆腐砂 除臭 无尘 6L"),
    L("clean", "", "婴儿 纯棉 口水巾 6条装 新生儿"),
    L("clean", "", "户外 折叠椅 便携 钓鱼 露营 靠背"),
    L("clean", "", "实木 砧板 家用 菜板 防霉 加厚"),
    L("clean", "", "新疆 哈密瓜干 500g 休闲零食"),
    L("clean", "", "不锈钢 厨房 置物架 壁挂 免打孔"),
    L("clean", "", "男士 休闲裤 直筒 宽松 春秋款"),
    L("clean", "", "LED 护眼 台灯 学习 宿舍 充电"),
    L("clean", "", "汽车 座椅 靠垫 腰靠 记忆棉 护腰"),
    L("clean", "", "手机 支架 桌面 懒人 可调节 铝合金"),
    L("clean", "", "云南 普洱茶 熟茶 357g 饼茶"),
    L("clean", "", "瑜伽垫 加厚 防滑 健身垫 初学者"),
    L("clean", "", "香薰蜡烛 大豆蜡 礼盒 卧室 助眠"),
    L("clean", "", "Type-C 数据线 快充 1米 编织"),
]
