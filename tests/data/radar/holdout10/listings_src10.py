"""The hand-written listings of the tenth held-out corpus.

Every listing is written by hand. ``hg()`` and ``gk()`` only spell the named letters of a
word with Cyrillic or Greek look-alikes, ``fw()`` spells a text in full-width forms, ``ZW``
is a zero-width space. Borderline label calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = dict(zip("aceopxyisABCEHKMOPTXSI", "асеорхуіѕАВСЕНКМОРТХЅІ", strict=True))
_GREEK = dict(zip("ABEKMNOPTYXoiv", "ΑΒΕΚΜΝΟΡΤΥΧοιν", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with the named letters spelt in Cyrillic look-alikes."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in word)


def gk(word: str, letters: str) -> str:
    """``word`` with the named letters spelt in Greek look-alikes."""
    return "".join(_GREEK[c] if c in letters else c for c in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (spaces kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass(frozen=True)
class L:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None  # None: the group for positives, none otherwise
    without_compat: tuple[str, ...] | None = None  # None: as build10 derives it
    image: bool = False


def _ids(keys: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if keys is None else tuple(f"r10-{k}" for k in keys)


def _case(case: str):  # type: ignore[no-untyped-def]
    def make(
        key: str,
        title: str,
        description: str = "",
        brand: str = "",
        expected: tuple[str, ...] | None = None,
        without: tuple[str, ...] | None = None,
    ) -> L:
        return L(
            case,
            f"r10-{key}" if key else "",
            title,
            description,
            brand,
            _ids(expected),
            _ids(without),
            case == "image",
        )

    return make


exact = _case("exact")
alias = _case("alias")
chinese = _case("chinese")
case_width = _case("case_width")
accent = _case("accent")
homoglyph = _case("homoglyph")
leetspeak = _case("leetspeak")
spacing = _case("spacing")
misspelling = _case("misspelling")
brand_field = _case("brand_field")
image = _case("image")
mixed = _case("mixed")
compat = _case("compat")
inside = _case("inside_word")
generic = _case("generic_word")
common = _case("common_word")
clean = _case("clean")

# ---------------------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------------------

EXACT = [
    exact("clarks", "Clarks Desert Boot Men Suede Chukka Crepe Sole Wholesale"),
    exact("ecco", "ECCO Biom 2.0 Men Leather Running Shoes Lightweight"),
    exact("garfield", "Garfield Plush Toy 30cm Orange Cat Stuffed Doll Kids Gift"),
    exact("doraemon", "Doraemon Figure Set 6pcs PVC Cake Topper Anime Collection"),
    exact("la-mer", "La Mer The Moisturizing Soft Cream 60ml Sealed"),
    exact("victor", "VICTOR Thruster K 9900 Badminton Racket 4U Full Carbon"),
    exact("louis-ghost", "Louis Ghost Armchair Clear Polycarbonate Set of 2"),
    exact("revlon", "Revlon ColorStay Makeup Foundation Combination/Oily Skin 30ml"),
    exact("le-creuset", "Le Creuset Signature Cast Iron Round Dutch Oven 24cm Cerise"),
    # Merchandise bearing a character mark uses the mark.
    exact("cornetto", "Cornetto Classico Ice Cream Cone 90ml x 24 Wholesale"),
    # The emblem is the mark itself.
    exact("subaru", "Subaru Star Logo Rear Trunk Emblem Chrome Badge"),
    exact("yokohama", "Yokohama BluEarth ES32 205/55R16 91V Passenger Car Tyre"),
    exact("momo", "MOMO Prototipo 350mm Black Leather Steering Wheel 6-Bolt"),
    exact("tile", "Tile Mate Bluetooth Tracker 4-Pack Key Finder Phone Finder"),
    exact("trek", "Trek Marlin 7 29er Hardtail Mountain Bike Alloy Frame"),
    exact("molten", "Molten BG4500 Basketball Size 7 Composite Leather Indoor"),
    exact("spam", "SPAM Classic Luncheon Meat 340g Can Carton of 24"),
    exact("moet", "Moët & Chandon Impérial Brut Champagne 750ml Gift Box"),
    # 4711 in the trade of colognes is the mark, not a number.
    exact("4711", "4711 Original Eau de Cologne 100ml Splash Bottle"),
    # The mark in the description only.
    exact(
        "aesop",
        "Aromatique Hand Wash 500ml Amber Bottle Salon Supply",
        "Aesop Resurrection formula with mandarin rind, rosemary leaf and cedar atlas. "
        "Bulk pack for hotels and salons.",
    ),
    exact(
        "gregory",
        "75L Backpacking Pack Men Internal Frame Hiking Rucksack",
        "Gregory Baltoro 75 with adjustable harness and hip belt, rain cover included.",
    ),
    exact(
        "peloton",
        "Smart Indoor Cycling Bike with 22 inch Rotating Touchscreen",
        "Peloton Bike+ 2023 model, auto-follow resistance, freight delivery or local pickup.",
    ),
    exact(
        "origins",
        "Mushroom Soothing Treatment Lotion 200ml Toner Sensitive Skin",
        "Origins Mega-Mushroom relief and resilience soothing treatment lotion, sealed box.",
    ),
    exact(
        "swiffer",
        "Sweeper Mop Starter Kit 1 Mop + 7 Dry Cloths + 3 Wet Cloths",
        "Swiffer Sweeper starter kit, US version, in retail box. MOQ 24 sets.",
    ),
]

ALIAS = [
    alias("master-kong", "Master Kong Braised Beef Instant Noodles 24 Bags Carton"),
    alias("master-kong", "Master Kong Iced Black Tea 500ml x 15 Bottles Export"),
    alias("comix", "Comix A4 2-Ring Binder 25mm PP Office File Folder"),
    alias("edifier", "Edifier R1280T Powered Bookshelf Speakers Wooden 42W"),
    alias("dongcheng", "Dongcheng 20V Brushless Cordless Impact Drill 2 Batteries"),
    alias("wujiang", "Wujiang Fuling Zhacai Pickled Mustard Tuber 80g x 30 Bags"),
    alias("yanjing", "Yanjing Beer 500ml Cans 12-Pack Chinese Lager Export"),
    alias("fotile", "Fotile 36 inch Slim Side-Draft Range Hood 1000 CFM"),
    alias("daoxiangcun", "Daoxiangcun Mooncake Gift Box 8 Flavors Beijing Pastry"),
    alias("zhonghua", "Zhonghua Herbal Mint Toothpaste 200g Family Pack"),
    alias("mengniu", "Mengniu UHT Pure Milk 250ml x 16 Boxes Full Cream"),
    alias("akrapovic", "Akrapovic Slip-On Titanium Exhaust Muffler 51mm Motorcycle"),
    # A die-cast model car carries the maker's mark.
    alias("citroen", "Citroen 2CV Diecast Model Car 1:43 Vintage Collection"),
    alias("avene", "Avene Cicalfate+ Restorative Protective Cream 40ml"),
    alias("kit-kat", "KitKat Matcha Green Tea Mini Wafers Japan Import 12pcs"),
    alias("my-melody", "MyMelody Pink Hoodie Girls Bunny Ear Hood Sweatshirt"),
    alias("openrun", "Shokz Bone Conduction Open-Ear Sports Headphones IP67"),
    alias(
        "yili",
        "Adult High Calcium Milk Powder 800g Tin Low Fat",
        "Yili brand milk powder for middle-aged and elderly, export carton of 12 tins.",
    ),
    alias(
        "levis",
        "Vintage Red Tab Trucker Denim Jacket Men Classic Fit",
        "Authentic Levis trucker jacket type III, stonewash blue, sizes S-XXL.",
    ),
    alias(
        "urban-decay",
        "All Nighter Long-Lasting Makeup Setting Spray 118ml",
        "UrbanDecay setting spray, sealed, batch code printed on bottom.",
    ),
    alias(
        "moet",
        "Brut Champagne 750ml x 6 Wedding Party Wholesale",
        "Moet Imperial Brut, EU import, duty paid, mixed pallet possible.",
    ),
    alias(
        "le-creuset",
        "Enameled Cast Iron Skillet 26cm Volcanic Orange",
        "LeCreuset skillet, second-grade stock with minor enamel marks, no box.",
    ),
]

CHINESE = [
    chinese("zhonghua", "中华牙膏 草本清新 200g 家庭装 批发"),
    chinese("mengniu", "蒙牛纯牛奶 250ml*16盒 整箱 全脂"),
    chinese("yili", "伊利金典有机纯牛奶 250ml*12盒 礼盒装"),
    chinese("master-kong", "康师傅红烧牛肉面 经典袋装 整箱24袋"),
    chinese("comix", "齐心 A4 长押夹文件夹 办公用品 10个装"),
    chinese("edifier", "漫步者 真无线蓝牙耳机 主动降噪 入耳式"),
    chinese("dongcheng", "东成 锂电冲击钻 20V 无刷 充电手电钻 双电"),
    chinese("wujiang", "乌江涪陵榨菜 鲜脆 80g*30袋 下饭菜"),
    chinese("yanjing", "燕京啤酒 清爽 500ml 罐装 整箱12罐"),
    chinese("fotile", "方太 油烟机 侧吸式 家用 大吸力 抽油烟机"),
    chinese("daoxiangcun", "稻香村 京八件 糕点礼盒 传统点心 中秋送礼"),
    chinese("clarks", "其乐 男士沙漠靴 真皮 英伦 休闲鞋"),
    chinese("ecco", "爱步 女鞋 真皮 软底 舒适 健步鞋"),
    # 机器猫 and 叮当猫 are the old Chinese names of the character, here on its merchandise.
    chinese("doraemon", "机器猫 叮当猫 存钱罐 儿童 蓝色 储蓄罐"),
    chinese("corsair", "海盗船 K70 机械键盘 RGB 电竞 红轴"),
    # 胜利 names the racket maker here (brand position), not a victory.
    chinese("victor", "胜利羽毛球拍 全碳素 超轻 4U 进攻型 单拍"),
    chinese("maggi", "美极鲜味汁 调味汁 800ml 餐饮装"),
    chinese("cornetto", "可爱多 甜筒冰淇淋 香草巧克力味 整箱"),
    chinese("revlon", "露华浓 不脱色粉底液 控油 持久 30ml"),
    chinese("aux", "奥克斯 空调 大1.5匹 新一级能效 变频 冷暖 挂机"),
    chinese("barcelona-chair", "巴塞罗那椅 真皮 不锈钢 现代简约 休闲椅"),
    chinese("avene", "雅漾 舒护活泉水喷雾 300ml 补水 保湿"),
    chinese("la-mer", "海蓝之谜 精华面霜 60ml 修护"),
    chinese(
        "garfield",
        "橘猫毛绒公仔 胖猫抱枕 生日礼物",
        "正版加菲猫造型 45厘米 可机洗 送礼袋",
    ),
    chinese(
        "spam",
        "午餐肉罐头 340g 经典原味 火锅 三明治",
        "世棒 经典款 美国进口 整箱24罐",
    ),
    # Riders call Akrapovič "天蝎" after its scorpion logo.
    chinese(
        "akrapovic",
        "摩托车 改装 排气管 钛合金 尾段 51mm",
        "天蝎 原厂款 激光刻字 带消音塞",
    ),
    chinese(
        "trek",
        "公路车 碳纤维 车架 22速 整车",
        "崔克 同款 车架 尺码 52/54/56",
    ),
    chinese(
        "openrun",
        "骨传导耳机 运动 蓝牙 挂耳式 防水",
        "韶音 运动款 续航10小时 防汗",
    ),
]

CASE_WIDTH = [
    case_width("clarks", f"{fw('CLARKS')} Wallabee Moccasin Shoes Men Suede"),
    case_width("gregory", "gReGoRy Zulu 40 Hiking Daypack Ventilated Back"),
    case_width("molten", f"{fw('molten')} V5M5000 Volleyball Official Size 5"),
    case_width("spam", "sPaM Lite Luncheon Meat 12oz Can"),
    case_width("kit-kat", f"{fw('KIT')} {fw('KAT')} Chunky Peanut Butter Chocolate Bar 24ct"),
    case_width("sata", "sAtA Ratchet Screwdriver Bit Set 32pcs Chrome Vanadium"),
    case_width("subaru", f"{fw('SUBARU')} WRX STI Trunk Lid Letters Badge"),
    case_width("trek", "tReK Fuel EX 8 Full Suspension Trail Bike"),
    case_width("revlon", f"{fw('REVLON')} Super Lustrous Lipstick Matte 4.2g"),
    case_width("corsair", "cOrSaIr HS80 Wireless Gaming Headset"),
    case_width("tile", f"{fw('TILE')} Slim Credit Card Tracker Wallet Finder"),
    case_width(
        "peloton",
        "Spin Bike Water Bottle Holder and Weights Set",
        f"{fw('PELOTON')} branded accessory kit, matte black.",
    ),
    case_width(
        "snoopy",
        "Canvas Tote Bag Beagle Print Shopping Bag",
        "sNoOpY licensed print, 38x42cm, cotton canvas.",
    ),
    case_width(
        "yokohama",
        "All Season SUV Tyre 235/60R18 103H",
        f"{fw('yokohama')} Geolandar G015, DOT 2024.",
    ),
]

ACCENT = [
    accent("clarks", "Clärks Originals Desert Boot Beeswax Leather"),
    accent("ecco", "Ëcco Soft 7 White Leather Sneakers Women"),
    accent("garfield", "Gàrfield Ceramic Coffee Mug 350ml Lasagna Cat"),
    accent("corsair", "Cörsair iCUE RGB Case Fans 120mm Triple Pack"),
    accent("mitutoyo", "Mitutóyo Dial Indicator 0-10mm 0.01mm Graduation"),
    accent("revlon", "Rêvlon One-Step Volumizer Hair Dryer Brush"),
    accent("trek", "Trék Domane SL 5 Endurance Road Bike 56cm"),
    accent("molten", "Mòlten F5A3400 Football Size 5 Thermally Bonded"),
    accent("snoopy", "Snöopy Silk Sleep Eye Mask Cartoon Kids"),
    accent("levis", "Lévi's Wedgie Straight High Rise Women Jeans"),
    accent("spam", "Spàm Teriyaki Luncheon Meat 340g"),
    accent(
        "aesop",
        "Geranium Leaf Body Cleanser 500ml Pump",
        "Āesop body care, imported, 100% authentic.",
    ),
    accent(
        "urban-decay",
        "Eyeshadow Primer Potion Original 10ml",
        "Ürban Decay primer potion, full size.",
    ),
    accent(
        "origins",
        "Clear Improvement Active Charcoal Mask 75ml",
        "Orígins charcoal mask, sealed tube.",
    ),
]

HOMOGLYPH = [
    homoglyph("maggi", f"{hg('Maggi', 'a')} Chicken Bouillon Cubes 60 x 10g"),
    homoglyph("levis", f"{hg('Levi', 'e')}'s 511 Slim Fit Jeans Men Stretch"),
    homoglyph("tile", f"{hg('Tile', 'T')} Pro Bluetooth Tracker Loud Ring 2-Pack"),
    homoglyph("spam", f"{hg('SPAM', 'SPAM')} Musubi Luncheon Meat 340g"),
    homoglyph("revlon", f"{hg('Revlon', 'eo')} ColorBurst Lip Butter Balm"),
    homoglyph("aesop", f"{hg('Aesop', 'Aeop')} Parsley Seed Facial Cleanser 200ml"),
    homoglyph("trek", f"{hg('Trek', 'Te')} Checkpoint Gravel Bike 54cm"),
    homoglyph("ecco", f"{hg('ECCO', 'ECO')} Street 720 Golf Shoes Men Waterproof"),
    homoglyph("molten", f"{hg('Molten', 'Me')} Elite Volleyball V5M5500"),
    homoglyph("snoopy", f"{hg('Snoopy', 'Soy')} Phone Grip Stand Cartoon Beagle"),
    homoglyph("kit-kat", f"{gk('Kit Kat', 'K')} Dark Chocolate 70% 4 Finger Bars"),
    homoglyph(
        "gregory",
        "Hydration Pack 3L Bladder Trail Running Vest",
        f"{hg('Gregory', 'eoy')} Nano hydration pack, lightweight.",
    ),
    homoglyph(
        "yokohama",
        "Performance Summer Tyre 225/45R17 94W",
        f"{gk('Yokohama', 'Y')} Advan Sport V107, new 2024 production.",
    ),
    homoglyph(
        "doraemon",
        "Blue Robot Cat Plush Toy 30cm Kids Gift",
        f"{hg('Doraemon', 'oae')} plush with golden bell, official style.",
    ),
]

LEETSPEAK = [
    leetspeak("corsair", "C0rsair K65 Mini 60% Mechanical Keyboard"),
    leetspeak("snoopy", "Sn00py Plush Keychain Bag Charm"),
    leetspeak("molten", "M0lten GL7 Basketball Official Size 7"),
    leetspeak("trek", "Tr3k Madone SLR Carbon Aero Road Frame"),
    leetspeak("victor", "V1ctor Auraspeed 90K Badminton Racket 4U"),
    leetspeak("levis", "L3vi's 505 Regular Fit Jeans"),
    leetspeak("aesop", "Ae$op Reverence Aromatique Hand Balm 75ml"),
    leetspeak("spam", "$PAM Less Sodium Luncheon Meat 340g"),
    leetspeak("kit-kat", "K1t K@t Strawberry Cheesecake Japan Edition"),
    leetspeak("subaru", "Sub4ru WRX STI Racing Team Cap Embroidered"),
    leetspeak("garfield", "G@rfield Lunch Box Kids Bento Container"),
    leetspeak(
        "peloton",
        "Indoor Cycling Shoes Men Size 38-46 with Cleats",
        "P3loton branded shoes, delta cleats pre-installed.",
    ),
    leetspeak(
        "doraemon",
        "Cartoon Blue Cat Pencil Case Kids Stationery",
        "D0raemon design, 3 layers, magnetic flap.",
    ),
    leetspeak(
        "mitutoyo",
        "Digital Depth Gauge 0-200mm Precision",
        "M1tutoyo quality, Japan-made sensor.",
    ),
]

SPACING = [
    spacing("clarks", "C.l.a.r.k.s Desert Boots Men Sand Suede"),
    spacing("ecco", "E-C-C-O Golf Biom Hybrid 4 Shoes"),
    spacing("spam", "S P A M Classic 12oz Luncheon Meat Case"),
    spacing("trek", "T_r_e_k Rail 9.7 Electric Mountain Bike"),
    spacing("momo", "M O M O Model 78 Steering Wheel Suede 350mm"),
    spacing("tile", "T i l e Sticker Bluetooth Finder 2 Pack"),
    spacing("mitutoyo", "Mitu toyo Height Gauge 300mm Digital"),
    spacing("aux", "A.U.X Inverter Split Air Conditioner 12000 BTU"),
    spacing("sata", "S-A-T-A 1/2 inch Torque Wrench 40-200Nm"),
    spacing("4711", "47 11 Eau de Cologne 400ml Classic Bottle"),
    spacing("urban-decay", f"Urban{ZW}Decay 24/7 Glide-On Eye Pencil"),
    spacing("mengniu", "蒙 牛 纯牛奶 250ml*12 礼盒"),
    spacing(
        "my-melody",
        "Pink Bunny Plush Pillow 40cm Girls Room Decor",
        "My_Melody cushion, soft velboa.",
    ),
    # A door projector showing the maker's logo uses the mark.
    spacing(
        "subaru",
        "Car Door Projector Puddle Lights 2pcs",
        "S.u.b.a.r.u logo projection, plug and play.",
    ),
]

MISSPELLING = [
    misspelling("garfield", "Garfeild Plush Doll Fat Orange Cat 25cm"),
    misspelling("doraemon", "Doreamon Gadget Cat Plush Toy Blue 35cm"),
    misspelling("corsair", "Corsiar Vengeance RGB Pro DDR4 16GB"),
    misspelling("mitutoyo", "Mitutoya Digital Caliper 200mm Stainless"),
    # Magi is a word (the wise men), but on a seasoning sauce it is Maggi misspelt.
    misspelling("maggi", "Magi Seasoning Sauce 800ml Liquid Seasoning"),
    misspelling("revlon", "Revelon ColorStay Eyeliner Black Waterproof"),
    misspelling("snoopy", "Snoopie Beagle Plush Pillow Kids Room"),
    misspelling("yokohama", "Yokahama Tyres 195/65R15 Geolandar"),
    misspelling("peloton", "Pelaton Bike Home Spin Bike Touchscreen"),
    # Kit Cat on a chocolate wafer is the mark misspelt, not a kitten.
    misspelling("kit-kat", "Kit Cat Chocolate Wafer 4 Finger 45g x 24"),
    misspelling("citroen", "Citreon Logo Car Keychain Metal Chrome"),
    misspelling("master-kong", "康帅傅 红烧牛肉面 方便面 整箱"),
    misspelling("edifier", "慢步者 蓝牙音箱 书架音响 木质"),
    misspelling("akrapovic", "Akropovic Carbon End Cap Exhaust Slip On"),
    misspelling(
        "levis",
        "Women High Rise Skinny Jeans Stretch Denim",
        "Levy's 721 high rise skinny, factory stock.",
    ),
    misspelling(
        "gregory",
        "Daypack 30L Women Hiking Backpack",
        "Gregroy Jade 28 style ventilated back panel.",
    ),
    misspelling(
        "swiffer",
        "Dry Sweeping Cloths Refill 32 Count Unscented",
        "Swifer brand sweeper cloths, made in USA.",
    ),
    misspelling(
        "avene",
        "Thermal Spring Water Spray 150ml Sensitive Skin",
        "Avenne thermal water, French import.",
    ),
]

BRAND_FIELD = [
    brand_field("clarks", "Men's Suede Desert Boots Crepe Sole Sand Colour", brand="Clarks"),
    brand_field(
        "corsair",
        "RGB Mechanical Gaming Keyboard Linear Switches Full Size",
        brand="CORSAIR",
    ),
    brand_field(
        "mitutoyo",
        "Digital Outside Micrometer 0-25mm IP65 Coolant Proof",
        brand="Mitutoyo",
    ),
    brand_field(
        "revlon",
        "Liquid Foundation Long Wear SPF 15 Natural Beige 30ml",
        brand="Revlon",
    ),
    brand_field("mengniu", "纯牛奶 250ml*24盒 整箱批发 早餐奶", brand="蒙牛"),
    brand_field("yili", "高钙低脂奶粉 400g 袋装 中老年", brand="伊利"),
    brand_field("master-kong", "冰红茶 柠檬味 500ml*15瓶 饮料批发", brand="康师傅"),
    brand_field("edifier", "电脑音箱 2.0 有源 木质 书架音响", brand="漫步者"),
    brand_field("fotile", "嵌入式 洗碗机 10套 家用 全自动", brand="方太"),
    brand_field(
        "trek",
        "Hybrid Commuter Bike 700c Aluminium Frame Disc Brakes",
        brand="Trek",
    ),
    brand_field("yokohama", "Passenger Car Tire 205/55R16 Low Noise", brand="YOKOHAMA"),
    brand_field("aux", "Floor Standing Fan Remote Control Quiet 16 inch", brand="AUX"),
    brand_field(
        "sata",
        "Ratchet Combination Wrench Set Metric 8-19mm 12pcs",
        brand="SATA",
    ),
    brand_field("swiffer", "Duster Refills Unscented 10 Count Dust Trap", brand="Swiffer"),
]

IMAGE = [
    image("garfield", "Orange Tabby Cat Plush Toy 25cm Soft Stuffed Animal"),
    image("doraemon", "Blue Cartoon Cat Coin Bank Vinyl Kids Piggy Bank"),
    image("snoopy", "White Beagle Dog Figurine Desk Decor Resin"),
    image("my-melody", "Pink Hood Rabbit Keychain Pendant Bag Charm"),
    image("corsair", "Gaming Mouse 26000 DPI Wireless Lightweight RGB"),
    image("akrapovic", "Motorcycle Exhaust Muffler Carbon Sleeve 51mm Slip-on"),
    image("momo", "Racing Steering Wheel 350mm Suede Deep Dish"),
    image("tile", "Bluetooth Key Finder Smart Tracker Loud Alarm"),
    image("peloton", "Exercise Bike Magnetic Resistance with Tablet Holder"),
    image("levis", "Men Denim Jeans Straight Fit Classic Blue 28-40"),
    image("le-creuset", "Enamel Cast Iron Dutch Oven 24cm Round Casserole"),
    image("mengniu", "纯牛奶 利乐包 250ml*16 整箱"),
    image("yili", "酸奶 风味发酵乳 205g*12瓶"),
    image("master-kong", "方便面 红烧牛肉味 五连包"),
    image("barcelona-chair", "Leather Lounge Chair Stainless Steel X Frame Modern"),
    image("louis-ghost", "Clear Acrylic Armchair Transparent Dining Chair"),
]

MIXED = [
    mixed(
        "snoopy",
        "Snoopy and Garfield Plush Keychain Set 2pcs",
        expected=("snoopy", "garfield"),
    ),
    # A character sticker for a named tracker: the character always, the tracker only
    # with the compatibility switch off.
    mixed(
        "doraemon",
        "Doraemon Sticker Skin for Tile Mate Tracker 4pcs",
        expected=("doraemon",),
        without=("doraemon", "tile"),
    ),
    mixed(
        "my-melody",
        "My Melody Silicone Case for Edifier W240TN Earbuds",
        expected=("my-melody",),
        without=("my-melody", "edifier"),
    ),
    mixed(
        "garfield",
        "Garfield Silicone Ear Hook Covers for Shokz OpenRun",
        expected=("garfield",),
        without=("garfield", "openrun"),
    ),
    mixed(
        "momo",
        "MOMO Steering Wheel Hub Adapter for Subaru WRX STI",
        expected=("momo",),
        without=("momo", "subaru"),
    ),
    mixed(
        "yokohama",
        "Yokohama Geolandar Tyres for Subaru Forester 225/60R17",
        expected=("yokohama",),
        without=("yokohama", "subaru"),
    ),
    mixed(
        "akrapovic",
        "Akrapovič Evolution Titanium Exhaust for Subaru BRZ",
        expected=("akrapovic",),
        without=("akrapovic", "subaru"),
    ),
    mixed("master-kong", "康帅傅 Master K0ng 红烧牛肉面 大食袋"),
    mixed("citroen", "雪铁龙 Citr0en 车标 钥匙扣 金属"),
    mixed("mitutoyo", "Mitutoyo 三丰 数显千分尺 0-25mm 日本原装"),
    mixed("maggi", "Maggi 美极 鲜味酱油 调味汁 800ml"),
    mixed("trek", "Trek x Levi's Commuter Cycling Jeans Stretch", expected=("trek", "levis")),
    mixed(
        "revlon",
        "Revlon Lipstick + Urban Decay Palette Makeup Bundle",
        expected=("revlon", "urban-decay"),
    ),
    mixed(
        "kit-kat", "Kit Kat & SPAM Japanese Snack Box Assorted 20pcs", expected=("kit-kat", "spam")
    ),
    mixed(
        "corsair",
        "Mechanical Keyboard Keycaps PBT Double Shot 104 Keys",
        "C0rsair keycaps, 海盗船 原厂同款.",
    ),
    # The remote's own description claims the maker's brand: not a compatibility claim.
    mixed("aux", "空调遥控器 免设置 直接使用", "奥克斯 AUX 原装遥控器 正品"),
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

# ---------------------------------------------------------------------------------------
# Compatibility: an accessory naming the device it fits (the device's right is expected
# only with allow_compatibility_wording = false)
# ---------------------------------------------------------------------------------------

COMPAT = [
    compat("swiffer", "Replacement Pads for Swiffer Sweeper Reusable Microfiber Mop Pads 6pcs"),
    compat("swiffer", "Dry Sweeping Cloths Compatible with Swiffer Sweeper 100 Sheets"),
    compat(
        "swiffer",
        "Swiffer Compatible Wet Mopping Pads Washable 4 Pack",
        "Our own microfiber pads, machine washable, not made by the mop maker.",
        brand="CleanNest",
    ),
    compat("openrun", "Silicone Charging Port Cover Compatible for Shokz OpenRun"),
    compat("openrun", "Magnetic USB Charging Cable for OpenRun Pro Bone Conduction Headphones"),
    compat("tile", "Protective Silicone Case Designed to Fit Tile Mate Key Finder"),
    compat("tile", "Adhesive Wall Mount Works with Tile Pro Tracker 3pcs"),
    compat("peloton", "Clip Cleats Compatible with Peloton Bike Shoes Delta"),
    compat(
        "peloton",
        "Non-Slip Equipment Floor Mat for Peloton Tread 180x90cm",
        "6mm PVC, protects floor, generic product.",
    ),
    compat("corsair", "PBT Keycaps for Corsair K70 K95 Mechanical Keyboard"),
    compat("trek", "Derailleur Hanger for Trek Fuel EX Mountain Bike"),
    compat("trek", "Rear Pannier Rack Fits Trek FX Hybrid Bikes"),
    compat("le-creuset", "Silicone Handle Sleeve for Le Creuset Skillet Hot Grip"),
    compat("le-creuset", "Replacement Knob Compatible with Le Creuset Dutch Oven Lid Stainless"),
    compat(
        "barcelona-chair",
        "Replacement Cushion Set for Barcelona Chair Leather Straps Included",
    ),
    compat("louis-ghost", "Seat Pad Designed to Fit Louis Ghost Armchair"),
    compat("subaru", "All-Weather Floor Mats for Subaru Outback 2020-2024"),
    compat("citroen", "Key Fob Cover Compatible with Citroën C4 C5 Remote"),
    compat("momo", "Quick Release Hub Adapter for MOMO Steering Wheel 6-Bolt"),
    compat("mitutoyo", "Data Cable for Mitutoyo Digimatic Caliper USB Interface"),
    compat("victor", "Replacement Overgrip Tape for VICTOR Badminton Rackets 10pcs"),
    compat("gregory", "Backpack Rain Cover Fits Gregory Packs 45-60L"),
    compat("spam", "Musubi Mold for 12oz SPAM Can Rice Press Kit"),
    compat("moet", "Champagne Stopper Fits Moët Bottles Stainless Steel"),
    compat("edifier", "Silicone Ear Tips for Edifier TWS1 Earbuds 3 Sizes"),
    compat("molten", "Inflating Needles Works with Molten Volleyballs 10pcs"),
    compat("clarks", "Orthotic Arch Support Insoles for Clarks Shoes"),
    compat("ecco", "Replacement Laces for ECCO Sneakers Round 120cm"),
    compat("sata", "Replacement Sockets for SATA 1/4 inch Ratchet Set"),
    compat("aux", "Air Conditioner Filter Replacement Compatible for AUX Split Units"),
    compat("aux", "空调遥控器 适用于奥克斯空调 万能型 免设置"),
    compat("aux", "适用奥克斯挂机 遥控器 大屏 夜光"),
    compat("dongcheng", "兼容东成电动工具 20V锂电池 4.0Ah 大容量"),
    compat("fotile", "油烟机过滤网 适配方太 侧吸式 通用款"),
    compat("fotile", "替换方太油烟机 油杯 接油盒 加厚"),
    compat("edifier", "耳机保护套 适用于漫步者 LolliPods 硅胶 防摔"),
    compat("subaru", "适配斯巴鲁森林人 脚垫 全包围 皮革"),
    compat("trek", "替换崔克山地车 尾勾 铝合金 CNC"),
    compat("corsair", "兼容海盗船 K70 键帽 PBT 104键"),
    compat("mitutoyo", "适用三丰卡尺 数据线 USB 输出"),
]

# ---------------------------------------------------------------------------------------
# Near-misses
# ---------------------------------------------------------------------------------------

# The mark inside a longer Latin word, or across a Chinese word boundary.
INSIDE_WORD = [
    inside("tile", "Textile Wall Hanging Macrame Tapestry Boho Decor"),
    inside("tile", "Versatile 3-in-1 Crossbody Phone Bag Women"),
    inside("tile", "Tactile Sensory Floor Mat Toddlers Set of 10"),
    inside("trek", "Trekking Poles Carbon Fiber Collapsible Pair"),
    inside("clarks", "Clarksville Tennessee Souvenir Hoodie Unisex"),
    inside("aesop", "Aesopian Animal Tales Illustrated Hardcover Book"),
    inside("momo", "Momordica Charantia Extract Powder Bitter Melon 500g"),
    inside("ecco", "Prosecco Glass Flutes Set of 4 Crystal 200ml"),
    inside("sata", "Satay Peanut Dipping Sauce 250g Jar"),
    inside("aux", "Auxiliary Diesel Air Parking Heater 5KW 12V Truck"),
    inside("levis", "Levisticum Officinale Lovage Seeds 500pcs Herb Garden"),
    inside("maggi", "Maggie Name Necklace Personalized Gold Plated"),
    # "koaLA MERmaid": the two words of La Mer across a word boundary.
    inside("la-mer", "Koala Mermaid Plush Toy 35cm Soft Kids Gift"),
    inside("4711", "Item 84711 Brass Cabinet Knob 30mm Antique"),
    inside("spam", "Spamalot Musical Vintage Poster Broadway Print"),
    inside("mengniu", "内蒙牛肉干 手撕风干牛肉 500g 独立包装"),
    inside("mengniu", "正宗内蒙牛羊肉 冷冻批发 牛腱子"),
    inside("yili", "伊利诺伊州 芝加哥 纪念 冰箱贴 金属"),
    inside("yili", "伊利亚特 荷马史诗 精装 译本"),
    inside("dongcheng", "山东成品铝合金门窗 断桥铝 定制"),
    inside("dongcheng", "广东成都 物流专线 整车零担 货运"),
    inside("fotile", "地方太小也能放 折叠餐桌 小户型 伸缩"),
    inside("fotile", "大方太阳镜 偏光 男女 开车"),
    inside("clarks", "吉他 及其乐器配件 批发 变调夹 拨片"),
    inside("ecco", "热爱步行 计步手环 运动 防水"),
    inside("corsair", "海盗船长 儿童 角色扮演 服装 万圣节"),
    inside("victor", "决胜利器 电竞鼠标 有线 幻彩"),
    # 张三丰 is a Taoist master; 三丰 is his given name, not the gauge maker.
    inside("mitutoyo", "张三丰 太极 铜像 摆件 道家"),
    inside("cornetto", "可爱多肉植物 组合盆栽 室内 办公桌"),
    inside("cornetto", "萌萌可爱多肉盆栽 迷你 陶瓷花盆 带植物"),
    inside("akrapovic", "天蝎座 星座 项链 925银 女"),
    inside("gregory", "格里高利历 万年历 台历 2026"),
    inside("sata", "盛世达人 印花 短袖 男 纯棉"),
]

# A mark that is also an ordinary word, name or place, used as that word.
GENERIC_WORD = [
    generic("tile", "Ceramic Floor Tile 600x600mm Glazed Porcelain Matte Grey"),
    generic("tile", "Mosaic Tile Sheets Kitchen Backsplash Peel and Stick"),
    generic("tile", "Tile Leveling System Clips and Wedges 300pcs"),
    generic("trek", "Everest Base Camp Trek Map Poster Nepal Himalaya"),
    generic("peloton", "Tour Peloton Cycling Art Print Poster A3"),
    generic("molten", "Molten Lava Cake Mold Silicone 6 Cavity"),
    generic("spam", "Spam Call Blocker Landline Phone Caller ID Box"),
    generic("spam", "No Spam No Junk Mail Mailbox Sticker Vinyl Decal"),
    generic("origins", "Coffee Origins Sampler Set 6 Single Estate Beans"),
    generic("urban-decay", "Urban Decay Photography Print Abandoned Factory Canvas"),
    generic("la-mer", "La Mer Debussy Orchestral Score Sheet Music"),
    generic("la-mer", "Vue sur la Mer Seaside Canvas Wall Art 60x90"),
    # The buyer's own tune, not the Sanrio character.
    generic(
        "my-melody",
        "Custom Hand Crank Music Box Plays My Melody Engraved",
        "Send us your song and we punch the paper strip with your own melody.",
    ),
    generic("snoopy", "Funny Doormat Go Away snoopy neighbours Coir Mat"),
    generic("subaru", "Subaru Telescope Mauna Kea Observatory Postcard Set"),
    generic("yokohama", "Yokohama Chinatown Travel Guide Map Book"),
    generic("yokohama", "Yokohama Bay Bridge Night View Jigsaw Puzzle 1000pcs"),
    generic("momo", "Bamboo Momo Steamer 3 Tier Nepali Dumpling Basket"),
    generic("momo", "Frozen Chicken Momo Dumplings 1kg Restaurant Pack"),
    generic("gregory", "Personalised Name Keyring Gregory Engraved Steel"),
    generic("garfield", "President James Garfield Commemorative Coin Replica"),
    generic("corsair", "Vought F4U Corsair 1/48 Plastic Model Kit WWII Fighter"),
    generic("victor", "Victor Hugo Les Miserables Hardcover Classic Edition"),
    # An Italian cornetto is a croissant: the product itself, though a food.
    generic("cornetto", "Italian Cornetto Croissant Frozen Pastry 24pcs Apricot Filled"),
    generic("cornetto", "Cornetto Horn Charm Italian Lucky Amulet Gold Plated Pendant"),
    generic("aesop", "Aesop's Fables Picture Book Kids Bedtime Stories"),
    generic("4711", "Hotel Room Number Plate 4711 Acrylic Door Sign"),
    generic("aux", "3.5mm AUX Cable Male to Male Braided 1m Gold Plated"),
    generic("aux", "Bluetooth 5.0 AUX Receiver Car Kit Hands-Free"),
    generic("sata", "SATA III Data Cable 6Gb/s 45cm Straight Latch"),
    generic("sata", "2.5 inch SATA SSD 512GB Internal Solid State Drive"),
    generic("openrun", "Open Run Charity 5K Race Bib Numbers Tyvek 100pcs"),
    generic("barcelona-chair", "Barcelona Sagrada Familia 3D Metal Puzzle Model"),
    # "Ghost chair" describes any clear acrylic chair; the design is the Louis Ghost.
    generic("louis-ghost", "Clear Acrylic Ghost Chair Armless Dining Chair Stackable"),
    generic("louis-ghost", "Louis XV Style Carved Wood Armchair French Provincial"),
    # 伊犁 (Ili, also romanised Yili) is a prefecture in Xinjiang.
    generic("yili", "Xinjiang Yili Lavender Honey 500g Raw"),
    generic("dongcheng", "Beijing Dongcheng Hutong Watercolor Postcards 12pcs"),
    generic("zhonghua", "中华田园犬 狗粮 成犬 20斤装"),
    generic("zhonghua", "中华小当家 漫画 全集 珍藏版"),
    # 中华老字号 is the state's "time-honoured brand" title, not the toothpaste's name.
    generic(
        "zhonghua",
        "中华老字号 草本牙膏 清新口气 180g",
        "百草园 老配方 本品牌为商务部认定中华老字号企业",
        brand="百草园",
    ),
    generic("comix", "齐心协力 团队拓展 横幅 定制 红色"),
    generic("comix", "齐心协力 班级口号 贴纸 教室布置"),
    generic("edifier", "城市漫步者 印花 卫衣 男 纯棉"),
    generic("edifier", "月球漫步者 宇航员 摆件 树脂 桌面"),
    generic("dongcheng", "东成西就 电影海报 复古 装饰画"),
    generic("wujiang", "乌江鱼 调料 火锅底料 酸菜鱼 300g"),
    generic("wujiang", "乌江画廊 风景 明信片 贵州旅游"),
    generic("wujiang", "霸王别姬 乌江自刎 项羽 手办 摆件"),
    generic("yanjing", "燕京八景 国画 装饰画 客厅 挂画"),
    generic("yanjing", "老燕京 风味 冰糖葫芦 真空包装"),
    generic("clarks", "其乐融融 全家福 相框 定制"),
    generic("clarks", "其乐无穷 书法 字画 手写 真迹"),
    # 加菲猫 is also the everyday name of the Exotic Shorthair breed.
    generic("garfield", "加菲猫 幼猫 猫粮 1.5kg 短毛猫专用"),
    generic("garfield", "纯种加菲猫 猫窝 冬季保暖 封闭式"),
    # A realistic robot cat toy: the product itself, not the blue character.
    generic(
        "doraemon",
        "智能机器猫 电子宠物 触摸感应 会叫 儿童玩具",
        "仿真猫咪外形 白色短毛 尾巴会摇 适合3岁以上",
    ),
    generic("corsair", "海盗船 模型 木质 帆船 摆件 手工"),
    generic("corsair", "儿童 海盗船 积木 拼装 益智玩具"),
    generic("victor", "胜利日 纪念章 徽章 收藏"),
    generic("victor", "比赛胜利 奖杯 定制 金属 足球 篮球"),
    generic("maggi", "风景美极了 明信片 套装 30张"),
    generic("revlon", "春风拂槛露华浓 书法 字画 李白 清平调"),
    generic("revlon", "云想衣裳花想容 春风拂槛露华浓 古风 团扇"),
    generic("le-creuset", "酷彩 氛围灯带 幻彩 5米 遥控"),
    generic("aesop", "伊索寓言 儿童绘本 注音版 全4册"),
    generic("kit-kat", "奇巧玲珑 核雕 手串 橄榄核"),
]

# A common word one edit from a mark (or from a mark's misspelling), used normally.
COMMON_WORD = [
    common("clarks", "Lewis and Clark Expedition Trail Map Poster"),
    common("ecco", "Eco Friendly Bamboo Toothbrush 10 Pack"),
    common("maggi", "Three Magi Nativity Figurine Set Resin"),
    common("levis", "Primo Levi The Periodic Table Paperback"),
    common("spam", "Spa Headband Makeup Terry Towel Bow"),
    common("tile", "Tilt Sensor Module SW-520D Ball Switch"),
    common("molten", "Melton Wool Fabric Navy 500g Coat Material"),
    common("gregory", "Gregor Samsa Metamorphosis Kafka Paperback"),
    common("snoopy", "Anti Snoop Privacy Screen Protector 14 Inch Laptop"),
    common("momo", "Sticky Memo Pads 3x3 Neon 12 Pads"),
    common("origins", "Single Origin Ethiopia Yirgacheffe Coffee Beans 1kg"),
    common("victor", "Victory Medal Marathon Finisher Custom Zinc Alloy"),
    common("peloton", "Pelton Wheel Turbine Teaching Model Hydropower"),
    common("sata", "Santa Hat Red Velvet Plush Christmas Cap"),
    common("4711", "DIN 471 Circlip External Retaining Ring Assortment 300pcs"),
    # Avena (oat) in the mark's own trade is one letter from Avène: an ingredient.
    common("avene", "Avena Sativa Oat Kernel Extract Soothing Lotion 200ml"),
    common("moet", "Castle Moat Playset Knights Toy Figures"),
    common("citroen", "Korean Honey Citron Tea 1kg Jar"),
    common("swiffer", "Swifter Than Wind Running Tee Quick Dry"),
    common("my-melody", "Melody Wireless Doorbell 52 Chimes Waterproof"),
    common("mengniu", "牦牛肉干 西藏特产 250g"),
    common("yili", "伊犁薰衣草精油 10ml 新疆"),
    common("master-kong", "老师傅 手工锻打 菜刀 切片刀"),
    common("comix", "文具批发 品种齐全 笔 本子 文件袋"),
    common("dongcheng", "北京东城区 胡同 地图 手绘"),
    common("wujiang", "乌龙茶 铁观音 浓香型 500g"),
    common("yanjing", "燕窝 即食 孕妇 滋补 礼盒"),
    common("fotile", "方便面碗 带盖 不锈钢 泡面碗"),
    common("daoxiangcun", "五常稻香米 10斤 新米"),
    common("daoxiangcun", "稻香 歌词 帆布包 文艺 学生"),
    common("corsair", "海盗帽 儿童 骷髅 头巾"),
    common("victor", "锋利 菜刀 不锈钢 家用"),
    common("maggi", "美甲贴片 穿戴甲 可拆卸"),
    common("aux", "奥克兰 旅游纪念 冰箱贴 新西兰"),
    common("sata", "世界地图 2026新版 挂图 高清"),
    common("moet", "愉悦 香薰蜡烛 大豆蜡"),
    common("akrapovic", "天鹅 水晶摆件 婚庆 礼品"),
    common("swiffer", "易洁 不粘锅 炒锅 麦饭石"),
]

CLEAN = [
    clean("", "Wholesale Anti-Slip Basketball Shoes Custom Logo Men"),
    clean("", "Stainless Steel Vacuum Insulated Water Bottle 750ml Custom Logo"),
    clean("", "USB-C Fast Charger 65W GaN Wall Adapter"),
    clean("", "Silicone Baking Mat Non-Stick 40x30cm Set of 2"),
    clean("", "Women Knit Cardigan Button Front Long Sleeve"),
    clean("", "LED Desk Lamp Dimmable Eye-Caring Touch Control"),
    clean("", "Bamboo Cutting Board Set 3 Pieces Kitchen"),
    clean("", "Yoga Mat 6mm TPE Non-Slip Double Layer"),
    clean("", "Kids Magnetic Drawing Board Erasable Doodle Pad"),
    clean("", "Portable Camping Lantern Rechargeable 3 Modes"),
    clean("", "Cordless Hot Glue Gun Mini 20W"),
    clean("", "Pet Grooming Glove Deshedding Brush"),
    clean("", "Car Phone Holder Air Vent Magnetic Mount"),
    clean("", "Wooden Toy Train Set 40 Pieces Kids"),
    clean("", "Glass Food Storage Containers with Lids 5 Pack"),
    clean("", "Waterproof Dry Bag 20L Kayaking Floating"),
    clean("", "Hydrating Sheet Face Masks Hyaluronic Acid 10pcs"),
    clean("", "Resistance Bands Set 5 Levels Latex Loop"),
    clean("", "Ceramic Planter Pot 6 inch Drainage Hole"),
    clean("", "Microfiber Cleaning Cloth 12 Pack 30x30cm"),
    clean("", "Baby Silicone Bib Waterproof Food Catcher"),
    clean("", "Solar Garden Lights Outdoor Pathway 8 Pack"),
    clean("", "Aluminium Laptop Stand Adjustable Ergonomic"),
    clean(
        "",
        "Cotton Bath Towel Set Hotel Quality 6 Pieces",
        "600gsm combed cotton, white, logo embroidery on request.",
        brand="OEM",
    ),
    clean("", "批发 防滑篮球鞋 可定制 男款"),
    clean("", "儿童积木 大颗粒 益智玩具 100块"),
    clean("", "厨房置物架 多层 落地 免打孔"),
    clean("", "女士针织开衫 春秋款 宽松 外搭"),
    clean("", "硅胶烘焙垫 不粘 耐高温 两件套"),
    clean("", "家用小型电饭煲 3L 智能预约"),
    clean("", "宠物梳子 除浮毛 猫狗通用"),
    clean("", "车载手机支架 出风口 磁吸"),
    clean("", "竹制砧板 菜板 实木 加厚"),
    clean("", "瑜伽垫 加厚 防滑 健身垫 初学者"),
    clean("", "收纳箱 塑料 带盖 大号 衣服整理箱", brand="无品牌"),
    clean("", "一次性手套 加厚 食品级 100只"),
    clean("", "LED台灯 护眼 学生 宿舍 充电"),
    clean("", "纯棉毛巾 洗脸 家用 吸水 不掉毛"),
    clean("", "户外折叠椅 便携 钓鱼凳 野餐"),
    clean("", "手工香皂 精油皂 洁面 控油"),
    clean("", "儿童雨衣 卡通 书包位 防水"),
    clean("", "数据线 快充 Type-C 1米 编织"),
]
