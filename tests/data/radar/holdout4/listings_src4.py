"""Hand-written listings of the fourth held-out corpus (see README.md; labels follow
../README.md). ``hg()`` and ``gk()`` only spell Cyrillic/Greek look-alike letters, ``fw()``
full-width forms, and ``ZW`` is a zero-width space: every listing is written by hand."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class L:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    # None: the case decides (positives expect their group, negatives nothing; compat
    # rows expect their group only with the switch off)
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


_CYRILLIC = dict(zip("aeocpxiysABEKMHOPCTX", "аеосрхіуѕАВЕКМНОРСТХ", strict=True))
_GREEK = dict(zip("ABEKMNOPTXZo", "ΑΒΕΚΜΝΟΡΤΧΖο", strict=True))
ZW = "\u200b"


def hg(text: str, letters: str) -> str:
    """``text`` with every one of ``letters`` spelled as its Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in text)


def gk(text: str, letters: str) -> str:
    """``text`` with every one of ``letters`` spelled as its Greek look-alike."""
    return "".join(_GREEK[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (ideographic space for spaces)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


def _case(case: str):
    def make(group: str, title: str, description: str = "", brand: str = "", **kw) -> L:
        return L(case, group, title, description, brand, **kw)

    return make


exact, alias, chinese, case_width = (_case(c) for c in ("exact", "alias", "chinese", "case_width"))
accent, homoglyph, leetspeak, spacing = (
    _case(c) for c in ("accent", "homoglyph", "leetspeak", "spacing")
)
misspelling, brand_field, image, mixed = (
    _case(c) for c in ("misspelling", "brand_field", "image", "mixed")
)
compat, inside, generic, common = (
    _case(c) for c in ("compat", "inside_word", "generic_word", "common_word")
)


def clean(title: str, description: str = "", brand: str = "") -> L:
    return L("clean", "", title, description, brand)


# ---------------------------------------------------------------------------------------
# Positives. A text positive has a description only when the mark is in the description
# alone (the title is clean).

EXACT = [
    exact("r4-pelican", "Pelican 1510 Carry-On Protector Case with Foam Insert", brand="Pelican"),
    exact(
        "r4-malibu",
        "Coconut Rum Liqueur 700ml Case of 6",
        "Malibu Original, Caribbean rum with natural coconut flavour, duty paid stock in "
        "Rotterdam.",
    ),
    exact("r4-olympus", "Olympus Tough TG-7 Waterproof Digital Camera Red"),
    exact(
        "r4-mars",
        "Chocolate Caramel Nougat Bars 51g Box of 24",
        "Mars bars, UK version, best before 2027, mixed pallets possible.",
    ),
    exact("r4-proton", "Proton Saga 1.3 Standard MT Sedan for Export, Left Hand Drive"),
    exact("r4-ivory", "Ivory Original Bar Soap 10 Count Family Pack"),
    exact("r4-sigma", "Sigma 18-35mm F1.8 DC HSM Art Lens"),
    exact(
        "r4-delta",
        "Single-Handle Pull-Down Kitchen Faucet Chrome",
        "Delta Leland model with magnetic docking spray head, sold as is, no dealer warranty.",
    ),
    exact("r4-anchor", "Anchor Salted Butter Block 227g x 40 Carton"),
    exact("r4-kappa", "Kappa 男款 运动裤 侧开扣 黑白"),
    exact("r4-marshall", "Marshall Emberton II Portable Bluetooth Speaker"),
    exact("r4-sprite", "Sprite Lemon Lime Soda 330ml x 24 Cans"),
    exact("r4-tabasco", "Tabasco Original Red Pepper Sauce 60ml Bottles 12 Pack"),
    exact("r4-ninja", "Ninja Foodi 6-in-1 Dual Basket Air Fryer 8 Qt"),
    exact("r4-bic", "BIC Cristal Original Ballpoint Pens Blue 50 Pack"),
    exact(
        "r4-opi",
        "Nail Lacquer Classic Red 15ml Salon Pack",
        "Genuine OPI, shade Malaga Wine, salon pack of 12 bottles.",
    ),
    exact("r4-versace", "Versace Eros Eau de Toilette 100ml for Men"),
    exact("r4-tiffany", "Tiffany Style Heart Tag Charm Bracelet 925 Silver"),
    exact("r4-fitbit", "Fitbit Charge 6 Fitness Tracker with Heart Rate", brand="OEM"),
    exact(
        "r4-tide",
        "Liquid Laundry Detergent 5L Wholesale Pallet Price",
        "Same formula as Tide Original with the fresh scent your customers know. We ship full "
        "pallets from Guangzhou, MOQ 200 bottles, private label on request.",
    ),
    exact(
        "r4-craftsman",
        "230 Piece Mechanics Tool Set with 3 Drawer Case",
        "Craftsman set, sockets 1/4 3/8 1/2 inch drive, SAE and metric, chrome vanadium. "
        "Bulk order discount for hardware stores.",
    ),
    exact(
        "r4-benefit",
        "Matte Bronzer Powder Natural Tan 8g",
        "Our bestseller: Benefit Hoola bronzer, boxed, batch codes intact. Ships from Hong "
        "Kong within 3 days.",
    ),
    exact(
        "r4-xbox",
        "Series X 1TB Game Console Bundle with Two Controllers",
        "Xbox Series X, international version, sealed. Includes HDMI cable and power lead.",
    ),
]

ALIAS = [
    alias("r4-robam", "Robam 36 inch Wall Mount Range Hood 1000 CFM Stainless"),
    alias("r4-bull", "Bull 6 Outlet Surge Protector Power Strip with USB-C"),
    alias("r4-deli", "Deli Heavy Duty Stapler 100 Sheets Office"),
    alias("r4-mg", "M&G Gel Pens 0.5mm Black 12 Pack Quick Dry"),
    alias("r4-uni-president", "Uni-President Instant Noodles Braised Beef Flavor 24 Bowls"),
    alias(
        "r4-changhong",
        "43 inch Full HD Smart LED Hotel Model",
        "Changhong factory stock. Android 11, 2 HDMI, 1 USB, DVB-T2 tuner, bezel-less design, "
        "hotel mode, 3 year warranty, wall bracket included, shipped in export cartons of "
        "one TV each.",
    ),
    alias("r4-little-swan", "Little Swan 10kg Front Load Inverter Washing Machine"),
    alias("r4-white-cat", "White Cat Dishwashing Liquid Lemon 1.5kg Refill"),
    alias("r4-liushen", "Liushen Floral Water Classic Mosquito Repellent 195ml"),
    alias("r4-haday", "Haday Premium Light Soy Sauce 1.9L Restaurant Size"),
    alias("r4-joyoung", "Joyoung Filter-Free Soymilk Maker 1.2L"),
    alias("r4-tiffany", "Tiffany & Co. Return to Heart Tag Pendant Necklace"),
    alias("r4-amd", "Ryzen 5 5600X 6-Core Desktop Processor Tray"),
    alias("r4-rambler", "YETI Rambler 20 oz Stainless Tumbler with Lid"),
    alias("r4-bearbrick", "Bearbrick 400% Chrome Silver Collectible Figure"),
    alias(
        "r4-haday",
        "Oyster Sauce 700g Glass Bottle Restaurant Grade",
        "Haitian oyster flavoured sauce from Foshan, rich and thick, carton of 12 bottles.",
    ),
    alias(
        "r4-sonicare",
        "Sonic Electric Toothbrush 2 Minute Timer Rechargeable",
        "Philips Sonicare ProtectiveClean 4100 handle with one brush head, EU plug.",
    ),
    alias(
        "r4-deli",
        "Desktop Electronic Calculator 12 Digit Solar",
        "Made by Deli for the office, big keys, dual power. 60 pieces per carton.",
    ),
]

CHINESE = [
    chinese("r4-robam", "老板 油烟机 侧吸式 家用 大吸力"),
    chinese("r4-bull", "公牛 插线板 五孔 3米 USB 排插"),
    chinese("r4-deli", "得力 订书机 重型 加厚 办公用"),
    chinese("r4-mg", "晨光 中性笔 0.5mm 黑色 按动 12支"),
    chinese("r4-uni-president", "统一 老坛酸菜 牛肉面 整箱 24桶"),
    chinese("r4-changhong", "长虹 55英寸 4K 智能 液晶电视"),
    chinese("r4-little-swan", "小天鹅 滚筒洗衣机 10公斤 变频 家用"),
    chinese("r4-white-cat", "白猫 洗洁精 柠檬 1.5kg 家庭装"),
    chinese("r4-liushen", "花露水 驱蚊 止痒 195ml 经典", "六神 经典 玻璃瓶，夏季 必备。"),
    chinese("r4-haday", "海天 金标生抽 酱油 1.9L"),
    chinese("r4-joyoung", "九阳 破壁机 家用 静音 豆浆机"),
    chinese("r4-anchor", "无盐黄油 454g 烘焙 原料 新西兰", "安佳 黄油，冷链 发货，烘焙店 批发价。"),
    chinese("r4-tide", "汰渍 洗衣液 3kg 持久留香 袋装"),
    chinese("r4-sprite", "雪碧 柠檬味 汽水 330ml 24罐 整箱"),
    chinese("r4-kappa", "卡帕 运动裤 男 串标 休闲裤"),
    chinese("r4-marshall", "马歇尔 复古 蓝牙音箱 重低音"),
    chinese("r4-versace", "范思哲 男士 香水 100ml 礼盒"),
    chinese("r4-balenciaga", "巴黎世家 老爹鞋 厚底 增高 女鞋"),
    chinese("r4-razer", "雷蛇 游戏鼠标 有线 电竞"),
    chinese("r4-olay", "玉兰油 大红瓶 面霜 50g 保湿"),
    chinese("r4-play-doh", "培乐多 彩泥 套装 儿童 无毒 橡皮泥"),
    chinese(
        "r4-decathlon",
        "户外 登山包 40L 防泼水 轻量",
        "迪卡侬 同款 背负系统，透气背板，多色可选，支持 一件代发。",
    ),
    chinese(
        "r4-tiffany",
        "925银 心形 吊牌 项链 女",
        "蒂芙尼 原单 品质，细节 一比一，送 礼盒 手提袋。",
    ),
    chinese(
        "r4-kia",
        "原厂 前刹车片 一套 四片",
        "起亚 狮跑 智跑 原厂件，低噪音 陶瓷 配方，包安装 指导。",
    ),
]

CASE_WIDTH = [
    case_width("r4-tcl", "ＴＣＬ 65寸 4K 量子点 智能 电视"),
    case_width("r4-tcl", "tcl 55 inch 4k uhd smart tv hdr10"),
    case_width("r4-marshall", "mArShAlL Stanmore III Bluetooth Home Speaker"),
    case_width("r4-kappa", "Logo Tape Retro Tracksuit Set", "kappa banda line, unisex, S-XXL."),
    case_width("r4-versace", "ｖｅｒｓａｃｅ 巴洛克 真丝 衬衫 男"),
    case_width("r4-sigma", "sigma 24-70mm f2.8 dg dn art lens l-mount"),
    case_width("r4-razer", "Ｒａｚｅｒ Kraken V3 Gaming Headset"),
    case_width("r4-olay", "olay regenerist micro sculpting cream 50g"),
    case_width("r4-amd", "ＡＭＤ Radeon RX 7600 8GB Graphics Card"),
    case_width("r4-fitbit", "FITBIT Inspire 3 Health Tracker Black"),
    case_width("r4-kia", "KIA Genuine Cabin Air Filter 97133"),
    case_width(
        "r4-anchor",
        "Imported Butter Wholesale 25kg Block Foodservice",
        "Brands in stock this month: anchor, plus our own label. New Zealand origin, grass "
        "fed, for bakeries; cartons of 25kg, salted and unsalted butter both available.",
    ),
    case_width(
        "r4-sonicare",
        "Rechargeable Sonic Toothbrush 5 Modes IPX7",
        "works like the sonicare diamondclean, same handle shape and magnetic charger.",
    ),
    case_width(
        "r4-cricut",
        "Smart Vinyl Cutting Machine for Crafts Starter Kit",
        "Machine is a CRICUT Joy Xtra, comes with mat, pen and 10 sheets of vinyl.",
    ),
]

ACCENT = [
    accent("r4-versace", "Versàce 美杜莎 飞行员 太阳镜"),
    accent("r4-balenciaga", "Balénciaga Speed Trainer Sock Sneakers"),
    accent("r4-tiffany", "Tiffàny T Smile Pendant Necklace Rose Gold"),
    accent("r4-olympus", "Olympüs OM-D E-M10 Mark IV Mirrorless Camera"),
    accent("r4-kappa", "Kappà Authentic Track Jacket Navy"),
    accent("r4-razer", "Rázer Viper Mini Lightweight Gaming Mouse"),
    accent("r4-fitbit", "Fítbit Charge 6 Smart Band Obsidian"),
    accent(
        "r4-cricut",
        "Smart Cutting Machine for Vinyl and Cardstock",
        "This is the Crìcut Maker 3 with rotary blade.",
    ),
    accent("r4-keurig", "Keurìg K-Mini Single Serve Coffee Maker"),
    accent("r4-malibu", "Mälibu Coconut Rum Liqueur 1L"),
    accent("r4-sonicare", "Sönicare DiamondClean 9000 Electric Toothbrush"),
    accent(
        "r4-marshall",
        "Over-Ear Wireless Headphones 80h Playtime",
        "These are Marshäll Major IV, black, foldable, with wireless charging.",
    ),
    accent(
        "r4-benefit",
        "Volumizing Mascara Jet Black 8.5g",
        "Bénéfit They're Real mascara, full size, sealed, sold by the dozen.",
    ),
]

HOMOGLYPH = [
    homoglyph("r4-versace", hg("Versace", "e") + " Eros Flame Perfume 100ml"),
    homoglyph("r4-balenciaga", hg("Balenciaga", "a") + " Triple S Chunky Sneakers"),
    homoglyph("r4-ninja", hg("Ninja", "a") + " Air Fryer Max XL 5.5 Qt"),
    homoglyph("r4-cricut", hg("Cricut", "C") + " Explore 3 Cutting Machine"),
    homoglyph("r4-xbox", hg("Xbox", "X") + " Series S 512GB Console White"),
    homoglyph("r4-marshall", hg("Marshall", "Ma") + " Acton III Bluetooth Speaker"),
    homoglyph("r4-olympus", hg("Olympus", "O") + " TG-7 Tough Camera"),
    homoglyph(
        "r4-tide",
        "Laundry Detergent Pods 81 Count Original Scent",
        hg("Tide", "e") + " Pods, 3-in-1, for HE machines.",
    ),
    homoglyph("r4-kappa", hg("Kappa", "K") + " 足球服 球衣 定制 印号"),
    homoglyph("r4-sprite", hg("Sprite", "p") + " Zero Sugar 500ml x 12"),
    homoglyph("r4-keurig", gk("Keurig", "K") + " K-Supreme Plus Coffee Maker"),
    homoglyph("r4-tcl", hg("TCL", "TC") + " 4K QLED Smart TV 50 inch"),
    homoglyph(
        "r4-play-doh",
        "Modeling Compound Party Pack 24 Cans",
        hg("Play-Doh", "P") + " party pack, assorted colours, 28g cans, non-toxic.",
    ),
]

LEETSPEAK = [
    leetspeak("r4-versace", "V3rsace Medusa Leather Belt Gold Buckle"),
    leetspeak("r4-balenciaga", "B@lenciaga Hourglass Small Handbag"),
    leetspeak("r4-tiffany", "T1ffany Knot Double Row Ring"),
    leetspeak("r4-razer", "Raz3r 炼狱蝰蛇 游戏鼠标 有线"),
    leetspeak(
        "r4-fitbit",
        "Smartwatch with GPS and Heart Rate",
        "F1tbit Versa 4, new in box, global version.",
    ),
    leetspeak("r4-cricut", "Cr1cut Maker Smart Cutting Machine"),
    leetspeak("r4-marshall", "M@rshall Major IV Headphones"),
    leetspeak("r4-olympus", "0lympus PEN E-P7 Camera Kit"),
    leetspeak("r4-kappa", "K@ppa Track Jacket Logo Tape"),
    leetspeak("r4-bearbrick", "Be@rbr1ck 1000% Art Figure Medicom"),
    leetspeak("r4-sprite", "$prite Lemon Soda 2L Bottles"),
    leetspeak("r4-bic", "B1C Maxi Pocket Lighters 50 Tray"),
    leetspeak(
        "r4-opi",
        "Gel Nail Polish Set 12 Colours Long Lasting",
        "Salon quality like 0PI GelColor, soak off under LED lamp.",
    ),
]

SPACING = [
    spacing("r4-versace", "V e r s a c e Barocco Silk Scarf"),
    spacing("r4-balenciaga", "B-a-l-e-n-c-i-a-g-a Le Cagole Shoulder Bag"),
    spacing("r4-tiffany", "T.i.f.f.a.n.y Lock Bangle 18K"),
    spacing("r4-razer", "R_a_z_e_r BlackShark V2 Headset"),
    spacing(
        "r4-fitbit",
        "Activity Tracker Slim Band Black",
        "Fit bit Charge 6, sealed box, 1 year warranty.",
    ),
    spacing("r4-xbox", "X-box Series X Wireless Controller Robot White"),
    spacing("r4-marshall", f"Mar{ZW}shall Woburn III Home Speaker"),
    spacing("r4-bull", "公 牛 插座 墙壁 开关 五孔 86型"),
    spacing("r4-robam", "老-板 燃气灶 双灶 嵌入式 天然气"),
    spacing("r4-opi", "O.P.I 指甲油 36色 套装 美甲店"),
    spacing("r4-k-cup", "K Cup Pods Variety Pack 96 Count"),
    spacing("r4-play-doh", "P l a y - D o h Kitchen Creations Playset"),
    spacing(
        "r4-sonicare",
        "Sonic Toothbrush Travel Case Kit",
        "Brush is a Soni.care ExpertClean 7500 with travel case and two heads.",
    ),
]

MISSPELLING = [
    misspelling("r4-versace", "Versacce Medusa Palazzo Slides"),
    misspelling("r4-balenciaga", "Balenciga 老爹鞋 Track 同款"),
    misspelling("r4-tiffany", "Tiffiny & Co Style Heart Necklace"),
    misspelling("r4-razer", "Razor Gaming Mouse RGB 16000 DPI Chroma"),
    misspelling("r4-fitbit", "Fitbti Charge 6 Fitness Tracker"),
    misspelling("r4-keurig", "Keruig K-Elite Single Serve Coffee Brewer"),
    misspelling("r4-cricut", "Cricutt Maker 3 Cutting Machine Bundle"),
    misspelling("r4-marshall", "Marshal Stanmore II Bluetooth Speaker Amp"),
    misspelling(
        "r4-olympus",
        "Waterproof Tough Camera 12MP 4K",
        "Olympos TG-6 body, orange, with battery and strap.",
    ),
    misspelling("r4-sonicare", "Sonicair DiamondClean Electric Toothbrush"),
    misspelling("r4-decathlon", "Decatlon Kids Balance Bike 12 inch"),
    misspelling("r4-play-doh", "Play Doe Modeling Compound 24 Cans"),
    misspelling("r4-kappa", "Kapa Banda Sportswear Track Jacket"),
    misspelling("r4-changhong", "长红 液晶电视 55寸 4K 智能"),
    misspelling("r4-versace", "范思喆 男士 香水 淡香 100ml"),
    misspelling("r4-decathlon", "迪卡农 自动 帐篷 3-4人 户外"),
    misspelling(
        "r4-joyoung", "豆浆机 家用 全自动 免滤 1.2L", "九羊 厂家 直供，多功能，可做 米糊。"
    ),
    misspelling(
        "r4-olay",
        "Anti Aging Day Cream 50g Vitamin B3",
        "Formula close to Olai Regenerist, firming and lifting, private label possible.",
    ),
    misspelling(
        "r4-little-swan",
        "滚筒 洗衣机 8公斤 一级能效",
        "小天娥 代工厂 同 生产线，保修 一年，全国 联保。",
    ),
]

BRAND_FIELD = [
    brand_field("r4-tide", "Laundry Detergent Pods Spring Meadow 81 Count", brand="Tide"),
    brand_field("r4-bull", "新国标 插线板 3米 USB 快充 排插", brand="公牛"),
    brand_field("r4-uni-president", "老坛酸菜 牛肉面 整箱 24桶", brand="统一"),
    brand_field("r4-marshall", "Portable Bluetooth Speaker Vintage Amp Look", brand="Marshall"),
    brand_field("r4-kia", "Original Front Brake Pads Set Ceramic", brand="KIA"),
    brand_field("r4-deli", "电动 订书机 办公 20页 省力", brand="得力"),
    brand_field("r4-kappa", "Men's Track Jacket Logo Tape Sleeve", brand="Kappa"),
    brand_field("r4-anchor", "Unsalted Butter Block 454g Baking Grade", brand="Anchor"),
    brand_field("r4-ninja", "双篮 空气炸锅 8升 家用 多功能", brand="Ninja"),
    brand_field("r4-joyoung", "家用 豆浆机 免过滤 1.2L 预约", brand="九阳"),
    brand_field("r4-versace", "Men's Silk Baroque Print Shirt", brand="Versace"),
    brand_field("r4-changhong", "43英寸 全高清 液晶电视 壁挂", brand="长虹"),
    brand_field("r4-sigma", "24-70mm F2.8 DG DN Art Lens L-Mount", brand="Sigma"),
    brand_field("r4-malibu", "椰子 朗姆酒 700ml 整箱 6瓶", brand="Malibu"),
]

IMAGE = [
    image("r4-robam", "侧吸式 抽油烟机 家用 大吸力 爆款"),
    image("r4-bull", "Wall Socket Extension 6 Outlet with USB Ports"),
    image("r4-little-swan", "全自动 滚筒 洗衣机 10公斤 家用"),
    image("r4-white-cat", "柠檬 洗洁精 家庭装 1.5kg 不伤手"),
    image("r4-haday", "金标 生抽 酱油 1.9L 批发"),
    image("r4-pelican", "Hard Equipment Case Waterproof with Pick Foam"),
    image("r4-olympus", "Waterproof Rugged Digital Camera 12MP Orange"),
    image("r4-kappa", "Retro Track Jacket Side Tape Unisex"),
    image("r4-marshall", "Vintage Style Bluetooth Speaker Brass Knobs"),
    image("r4-tiffany", "Sterling Silver Heart Tag Chain Bracelet"),
    image("r4-versace", "Gold Baroque Print Silk Shirt Men"),
    image("r4-razer", "RGB Gaming Mouse 26000 DPI Ergonomic"),
    image("r4-bearbrick", "400% Bear Figure Collectible Vinyl Art Toy"),
    image("r4-xbox", "Wireless Game Controller Gamepad Black"),
    image("r4-play-doh", "Modeling Compound 10 Cans Non-Toxic Kids"),
]

MIXED = [
    mixed("r4-kappa", "卡帕 K@ppa 同款 运动外套 串标"),
    mixed(
        "r4-versace",
        "V3rsace Baroque Skin Sticker for Xbox Series X Console",
        expected=("r4-versace",),
        without_compat=("r4-versace", "r4-xbox"),
    ),
    mixed(
        "r4-tiffany",
        "T1ffany Heart Charm Band for Fitbit Versa 4",
        expected=("r4-tiffany",),
        without_compat=("r4-tiffany", "r4-fitbit"),
    ),
    mixed(
        "r4-razer",
        "Razer Chroma RGB Cooling Fan Compatible with Xbox Series S",
        expected=("r4-razer",),
        without_compat=("r4-razer", "r4-xbox"),
    ),
    mixed(
        "r4-balenciaga",
        "Balenciaga Logo Leather Strap compatible with Fitbit Sense 2",
        expected=("r4-balenciaga",),
        without_compat=("r4-balenciaga", "r4-fitbit"),
    ),
    mixed(
        "r4-sigma",
        "Sigma 30mm F1.4 DC DN Lens for Olympus Micro Four Thirds",
        expected=("r4-sigma",),
        without_compat=("r4-sigma", "r4-olympus"),
    ),
    mixed("r4-bull", "公牛 插线板 + 得力 订书机 办公 开学 套装", expected=("r4-bull", "r4-deli")),
    mixed(
        "r4-haday",
        "海天 生抽 搭配 统一 方便面 超市 组合装",
        expected=("r4-haday", "r4-uni-president"),
    ),
    mixed(
        "r4-marshall",
        "Marshall Speaker and Razer Headset Gaming Room Bundle",
        expected=("r4-marshall", "r4-razer"),
    ),
    mixed(
        "r4-tide",
        "Tide Pods and Ivory Bar Soap Laundry Day Bundle",
        expected=("r4-tide", "r4-ivory"),
    ),
    mixed("r4-olay", "玉兰油 Olay 大红瓶 面霜 新生塑颜"),
    mixed(
        "r4-play-doh",
        "Pl@y-Doh Modeling Kit with Bearbrick Mini Figure",
        expected=("r4-play-doh", "r4-bearbrick"),
    ),
    mixed(
        "r4-malibu",
        "Coconut Rum and Lemon Soda Cocktail Gift Pack",
        "Contains one Malibu 700ml and four Sprite cans, gift box with two glasses.",
        expected=("r4-malibu", "r4-sprite"),
    ),
    mixed(
        "r4-amd",
        "Gaming PC AMD Ryzen 7 7800X3D with Razer Keyboard and Mouse",
        expected=("r4-amd", "r4-razer"),
    ),
    mixed(
        "r4-keurig",
        "Keurig K-Mini Brewer with 24 K-Cup Pods Starter Bundle",
        expected=("r4-keurig", "r4-k-cup"),
    ),
    mixed("r4-razer", "雷蛇 Razer 机械键盘 绿轴 游戏"),
]

POSITIVES = [
    *EXACT, *ALIAS, *CHINESE, *CASE_WIDTH, *ACCENT, *HOMOGLYPH, *LEETSPEAK, *SPACING,
    *MISSPELLING, *BRAND_FIELD, *IMAGE, *MIXED,
]  # fmt: skip

# ---------------------------------------------------------------------------------------
# Compatibility: the device's rights are expected only with allow_compatibility_wording off.

COMPAT = [
    compat("r4-pelican", "Replacement Foam Insert for Pelican 1510 Case"),
    compat("r4-olympus", "Battery for Olympus BLS-50 Camera 2-Pack with Charger"),
    compat("r4-sigma", "Lens Hood Compatible with Sigma 18-35mm F1.8"),
    compat("r4-delta", "Replacement Cartridge for Delta Single Handle Faucets RP46074"),
    compat("r4-proton", "Car Floor Mats fits Proton X70 2020-2024"),
    compat("r4-kia", "All-Weather Floor Liners Designed to Fit Kia Sportage 2023"),
    compat("r4-tcl", "Voice Remote Control Works with TCL Smart TV"),
    compat("r4-amd", "Tower CPU Cooler Compatible with AMD AM5 and AM4"),
    compat("r4-keurig", "Reusable Coffee Filter Pods for Keurig K-Supreme"),
    compat("r4-k-cup", "Compostable Coffee Capsules Compatible for K-Cup Brewers 100 Pack"),
    compat("r4-fitbit", "Silicone Sport Bands Compatible with Fitbit Charge 6"),
    compat("r4-xbox", "Dual Charging Stand for Xbox Series X Controller"),
    compat("r4-xbox", "Xbox Compatible Wired Gaming Headset with Mic"),
    compat("r4-cricut", "Permanent Adhesive Vinyl Rolls for Cricut Maker and Explore"),
    compat("r4-sonicare", "Replacement Brush Heads for Sonicare 8 Pack"),
    compat("r4-sonicare", "Sonicare Compatible Toothbrush Heads Whitening 4 Pack"),
    compat("r4-ninja", "Silicone Air Fryer Liners Compatible with Ninja Foodi Dual"),
    compat("r4-ninja", "Replacement 6 Blade Assembly for Ninja Blender 72 oz"),
    compat("r4-bic", "Leather Lighter Sleeve Case for BIC J6 Lighters"),
    compat("r4-marshall", "Replacement Ear Pads for Marshall Major IV Headphones"),
    compat("r4-rambler", "Straw Lid Compatible with YETI Rambler 20 oz Tumbler"),
    compat("r4-rambler", "Handle fits Rambler 30 oz Tumbler, No Spill"),
    compat("r4-play-doh", "Extruder Molds Set for Play-Doh Modeling Compound"),
    compat("r4-bearbrick", "Acrylic Display Case for Bearbrick 400% Figures"),
    compat("r4-opi", "Wall Mounted Nail Polish Rack fits OPI Bottles 60 Slots"),
    compat("r4-razer", "Keyboard Wrist Rest for Razer BlackWidow Full Size"),
    compat(
        "r4-tcl",
        "TV Wall Mount for TCL and Changhong 32-65 inch TVs",
        without_compat=("r4-tcl", "r4-changhong"),
    ),
    compat("r4-robam", "油烟机 油网 过滤网 适用于老板 侧吸 油烟机"),
    compat("r4-robam", "老板油烟机适用 油杯 接油盒 替换件"),
    compat("r4-bull", "插座 防尘盖 儿童 安全 适配公牛 86型"),
    compat("r4-changhong", "长虹 电视 适用 遥控器 免设置 直接用"),
    compat("r4-little-swan", "洗衣机 进水管 延长管 适用于小天鹅 滚筒"),
    compat("r4-joyoung", "豆浆机 刀头 配件 兼容九阳 多型号"),
    compat("r4-joyoung", "九阳破壁机适配 密封圈 硅胶垫"),
    compat("r4-kia", "起亚K5 适用 全包围 脚垫 皮革"),
    compat("r4-sigma", "适用于适马 18-35 镜头 遮光罩 卡口"),
    compat("r4-olympus", "奥林巴斯 相机 电池 适用 BLS-50 充电器"),
    compat("r4-fitbit", "硅胶 表带 兼容 Fitbit Charge 6 运动"),
    compat("r4-marshall", "替换 马歇尔 耳机 耳罩 海绵套 一对"),
    compat("r4-tcl", "TCL 电视 挂架 适用 32-65寸 壁挂"),
    compat("r4-keurig", "适用于 Keurig 咖啡机 滤杯 可重复 使用"),
]

# ---------------------------------------------------------------------------------------
# The mark inside another word (Latin) or across a word boundary (Chinese).

INSIDE_WORD = [
    inside("r4-mars", "Marshmallow Fluff Creme Jar 213g"),
    inside("r4-mars", "Marsala Cooking Wine 750ml Restaurant"),
    inside("r4-mars", "Marsupial Plush Kangaroo with Joey"),
    inside("r4-bull", "Bulldog Clips Assorted Sizes 48 Pack"),
    inside("r4-bull", "Bullet Journal Dotted Notebook A5 Hardcover"),
    inside("r4-bull", "Gold Bullion Bar Display Case Acrylic"),
    inside("r4-deli", "Delivery Scooter Storage Box 62L Insulated"),
    inside("r4-deli", "Delicate Wash Mesh Laundry Bags Set of 5"),
    inside("r4-bic", "Cubic Zirconia Stud Earrings 925 Silver"),
    inside("r4-bic", "Bicycle Bell Aluminium Loud Ring"),
    inside("r4-bic", "Food Grade Bicarbonate of Soda 1kg"),
    inside("r4-opi", "Tropical Nail Art Stickers Summer Palm"),
    inside("r4-opi", "Copier Paper A4 80gsm 500 Sheets"),
    inside("r4-opi", "Topiary Artificial Boxwood Ball 40cm"),
    inside("r4-kia", "Kiaat Wood Serving Board Handmade"),
    inside("r4-delta", "Deltamethrin 2.5% EC Insecticide 1L"),
    inside("r4-delta", "Deltoid Muscle Anatomy Model Shoulder"),
    inside("r4-anchor", "Anchorage Alaska Souvenir Fridge Magnet"),
    inside("r4-tide", "Yuletide Christmas Table Runner Red Plaid"),
    inside("r4-tide", "Riptide Wave Print Beach Towel Oversized"),
    inside("r4-marshall", "Aircraft Marshalling Wands LED Pair"),
    inside(
        "r4-craftsman",
        "Walnut End Grain Cutting Board 40x30cm",
        "Superior craftsmanship, food safe oil finish, juice groove.",
    ),
    inside("r4-bull", "办公牛皮纸 档案袋 A4 加厚 100个"),
    inside("r4-deli", "值得力荐 按动 中性笔 顺滑 速干"),
    inside("r4-mg", "清晨光线 柔和 落地 纱帘 客厅"),
    inside("r4-uni-president", "收银系统一体机 触摸屏 双屏 超市"),
    inside("r4-changhong", "加长虹吸管 鱼缸 换水器 手动"),
    inside("r4-little-swan", "大小天鹅绒 发圈 套装 10个"),
    inside("r4-white-cat", "黑白猫咪 印花 马克杯 陶瓷"),
    inside("r4-haday", "上海天然 手工皂 礼盒 冷制"),
    inside("r4-anchor", "平安佳节 新年 贺卡 烫金 50张"),
    inside("r4-robam", "老板材 旧木板 复古 装饰 墙板"),
    inside("r4-olay", "白玉兰油画 客厅 装饰画 手绘"),
]

# ---------------------------------------------------------------------------------------
# A mark that is also an ordinary word, used as that word.

GENERIC_WORD = [
    generic("r4-pelican", "Pelican Bird Garden Statue Resin 60cm"),
    generic("r4-pelican", "Stainless Steel Pelican Hook Quick Release 1/2 inch"),
    generic(
        "r4-pelican",
        "Insulated Picnic Cooler Bag with Pelican Print",
        "Seaside birds pattern, 20L, leakproof lining.",
    ),
    generic("r4-malibu", "Malibu Beach Sunset Canvas Wall Art 60x90"),
    generic("r4-olympus", "Mount Olympus Zeus Statue Greek Gods Decor"),
    generic("r4-olympus", "Olympus Mons Mars Landscape Poster"),
    generic("r4-mars", "Mars Rover Remote Control Toy Car Kids"),
    generic(
        "r4-mars",
        "Mars Planet Chocolate Mould Silicone 6 Cavity",
        "Make planet-shaped chocolates and cake toppers, space party theme.",
    ),
    generic("r4-proton", "Proton Exchange Membrane Fuel Cell Teaching Kit"),
    generic("r4-ivory", "Ivory Lace Wedding Dress A-Line Long Train"),
    generic(
        "r4-ivory",
        "Ivory Ceramic Soap Dispenser Bathroom 350ml",
        "Matte ivory glaze, stainless pump, fits any liquid soap.",
    ),
    generic("r4-sigma", "Sigma Male Grindset Graphic Hoodie"),
    generic("r4-sigma", "Six Sigma Green Belt Training Manual"),
    generic("r4-delta", "Delta Wing Kite with 100m String"),
    generic("r4-anchor", "Galvanized Boat Anchor 10kg Folding"),
    generic("r4-anchor", "Nautical Anchor Pendant Necklace Stainless"),
    generic("r4-anchor", "Anchor Print Ceramic Butter Dish with Lid"),
    generic("r4-tide", "Tide Pool Explorer Kit for Kids Net Bucket"),
    generic("r4-kappa", "Kappa Kappa Gamma Sorority Crewneck Sweatshirt"),
    generic("r4-kappa", "Kappa Delta Greek Letter Tee Custom"),
    generic("r4-marshall", "Marshall Islands Flag 3x5 ft Polyester"),
    generic("r4-craftsman", "Craftsman Bungalow Interior Door 3 Panel Shaker"),
    generic("r4-craftsman", "Leather Woodworking Apron Gift for a Master Craftsman"),
    generic(
        "r4-benefit",
        "Multi Benefit Hydrating Face Serum 30ml",
        "Niacinamide and hyaluronic acid, one serum with many benefits for dry skin.",
    ),
    generic("r4-sprite", "Water Sprite Aquarium Live Plant Fern"),
    generic("r4-sprite", "Forest Sprite Fairy Costume Girls Wings"),
    generic("r4-tabasco", "Tabasco Pepper Seeds 50 Pcs Heirloom"),
    generic("r4-ninja", "Ninja Costume Kids Halloween Black"),
    generic("r4-ninja", "Funny Kitchen Ninja Apron Chef Gift"),
    generic("r4-decathlon", "Olympic Decathlon Medal Display Frame"),
    generic("r4-tiffany", "Tiffany Stained Glass Table Lamp Dragonfly"),
    generic("r4-tiffany", "White Tiffany Chairs for Wedding Events Resin"),
    generic("r4-rambler", "Rambler Rose Climbing Plant Bare Root"),
    generic("r4-bull", "Bull Terrier Plush Toy 30cm"),
    generic("r4-deli", "Deli Containers with Lids 32 oz 24 Pack"),
    generic("r4-deli", "Deli Scale Price Labels 50x30mm 10 Rolls"),
    generic("r4-haday", "Haitian Creole Phrasebook for Travellers"),
    generic("r4-haday", "Haitian Arabica Coffee Beans 1kg Medium Roast"),
    generic("r4-little-swan", "Little Swan Ballet Costume Tutu Girls"),
    generic("r4-white-cat", "White Cat Figurine Ceramic Lucky Decor"),
    generic("r4-robam", "老板椅 真皮 办公椅 大班椅 可躺"),
    generic("r4-robam", "老板娘 定制 围裙 餐厅 防水"),
    generic("r4-robam", "餐馆老板都在用 重油污 清洗剂 油烟机 灶台"),
    generic("r4-bull", "公牛 摆件 铜 招财牛 办公室"),
    generic("r4-bull", "公牛 造型 小夜灯 插电 卧室"),
    generic("r4-deli", "得力助手 智能 机器人 玩具 儿童"),
    generic("r4-mg", "晨光 熹微 风景 装饰画 卧室"),
    generic("r4-mg", "晨光 日出 唤醒灯 闹钟 床头"),
    generic("r4-uni-president", "统一 尺码 均码 纯棉 T恤 宽松"),
    generic("r4-uni-president", "方便面 整箱 批发 规格统一 多口味 混装"),
    generic("r4-changhong", "气贯长虹 书法 字画 手写 真迹"),
    generic("r4-little-swan", "四小天鹅 芭蕾 舞裙 演出服"),
    generic("r4-little-swan", "可爱 小天鹅 卡通 图案 洗衣机 防尘罩 通用"),
    generic("r4-white-cat", "宠物 沐浴露 白猫 专用 亮白 去黄"),
    generic("r4-liushen", "六神无主 搞笑 文字 T恤"),
    generic("r4-haday", "海天一色 风景 油画 客厅"),
    generic("r4-haday", "海天一色 青花瓷 酱油碟 蘸料碟"),
    generic("r4-joyoung", "九阳神功 武侠 小说 典藏版"),
    generic("r4-malibu", "Malibu Beach 冲浪 复古 铁皮画", brand="无品牌"),
]

# ---------------------------------------------------------------------------------------
# A common word one edit (or so) from a mark or a mark's misspelling, used normally.

COMMON_WORD = [
    common("r4-bull", "E27 LED Bulb 9W Warm White 10 Pack"),
    common("r4-deli", "Dali Melting Clock Wall Decor Surreal"),
    common("r4-bic", "Waterproof Silicone Baby Bib with Pocket"),
    common("r4-opi", "OPP Self Seal Bags 10x15cm 1000 Pcs"),
    common("r4-kia", "Car Emergency Kit 24 Pcs Jumper Cables"),
    common("r4-tcl", "TCP IP Ethernet Module Serial to LAN"),
    common("r4-tcl", "Get Well Soon TLC Gift Box Tea Socks"),
    common("r4-amd", "SMD 5050 LED Strip 5m Warm White"),
    common("r4-mars", "Protein Bars Variety Pack 12 Count"),
    common("r4-proton", "Photon Light Therapy Face Mask 7 Colours"),
    common("r4-anchor", "Dried Ancho Chili Powder 500g"),
    common("r4-tide", "Tile Grout Cleaner Brush Stiff Bristle"),
    common("r4-tide", "Tidy Laundry Hamper Organizer 3 Section"),
    common("r4-kappa", "Velvet Kippa Yarmulke Embroidered"),
    common("r4-marshall", "US Marshal Badge Replica Costume"),
    common("r4-craftsman", "Draftsman Drawing Table Adjustable Tilt"),
    common("r4-razer", "Safety Razor Double Edge Chrome"),
    common("r4-olay", "Bentonite Clay Face Mask 450g"),
    common("r4-play-doh", "Homemade Play Dough Kit Flour Based 8 Colours"),
    common("r4-cricut", "Cricket Bat English Willow Size 5"),
    common("r4-cricut", "Miniature Circuit Breaker 2P 63A"),
    common("r4-sprite", "Spritz Cookie Press Gun 13 Discs"),
    common("r4-bull", "5公斤 装 东北 大米 真空"),
    common("r4-robam", "老伴 生日 礼物 保温杯"),
    common("r4-deli", "努力 励志 文字 书签 金属"),
    common("r4-mg", "晨跑 运动 腰包 防水"),
    common("r4-uni-president", "统计 报表 打印纸 三联"),
    common("r4-changhong", "彩虹 条纹 毛衣 宽松"),
    common("r4-changhong", "一路长红 春联 大礼包 烫金"),
    common("r4-little-swan", "小天使 翅膀 演出 道具"),
    common("r4-white-cat", "白描 线稿 临摹 本 国画"),
    common("r4-liushen", "女神节 礼盒 鲜花 香皂"),
    common("r4-haday", "海滩 拖鞋 人字拖 男"),
    common("r4-joyoung", "重阳节 老人 礼品 护膝"),
    common("r4-tide", "衣物 污渍 去除笔 便携"),
    common("r4-sprite", "雪白 加厚 浴巾 纯棉"),
    common("r4-razer", "雷射 镭射 贴纸 全息"),
    common("r4-kappa", "卡片 收纳册 大容量"),
]

# ---------------------------------------------------------------------------------------
# Ordinary listings, no mark anywhere.

CLEAN = [
    clean("Women's Running Shoes Breathable Mesh Lightweight"),
    clean("Stainless Steel Insulated Water Bottle 750ml"),
    clean("Wireless Earbuds Bluetooth 5.3 Charging Case"),
    clean("Cotton Crew Neck T-Shirt Blank 180gsm Wholesale"),
    clean("Kids Wooden Puzzle Animals 24 Pieces"),
    clean("Cordless Drill 20V with 2 Batteries"),
    clean("Silicone Baking Mat Non-Stick 2 Pack"),
    clean("LED Desk Lamp Dimmable Eye Care"),
    clean("Yoga Mat 6mm TPE Non-Slip Purple"),
    clean("Ceramic Coffee Mug 350ml Custom Logo Printing"),
    clean("Men's Leather Wallet RFID Blocking"),
    clean("Garden Hose 30m Expandable with Nozzle"),
    clean("Phone Tripod Stand with Remote 1.6m"),
    clean("Bamboo Cutting Board Set of 3"),
    clean("Reusable Shopping Bags Foldable 10 Pack"),
    clean("Hair Dryer Ionic 1800W Foldable"),
    clean("Electric Kettle 1.7L Glass Blue LED"),
    clean("Solar Garden Lights Outdoor 8 Pack"),
    clean("Baby Stroller Lightweight Foldable Travel"),
    clean("Dog Leash Reflective Nylon 1.5m"),
    clean("Portable Power Bank 20000mAh Fast Charge"),
    clean("Notebook A5 Lined 200 Pages Kraft Cover"),
    clean(
        "Hand Cream Shea Butter 50ml Gift Set",
        "Six scents, travel size, suitable for dry skin, custom packaging accepted.",
    ),
    clean(
        "Men's Sports Shorts Quick Dry with Pockets",
        "Polyester spandex, sizes S to 3XL, MOQ 100 per colour.",
    ),
    clean(
        "Kitchen Knife Set 8 Pieces with Block",
        "German steel blades, ergonomic handles, gift box.",
        brand="Haoyun",
    ),
    clean("Mechanical Keyboard 87 Keys Hot Swap", brand="OEM"),
    clean("Car Phone Holder Vent Mount Magnetic", brand="OEM"),
    clean("Ergonomic Office Chair Mesh Back Lumbar Support", brand="Qiyue"),
    clean("Instant Camera Film Photo Album 64 Pockets"),
    clean("Scented Candles Gift Set Soy Wax 4 Pcs"),
    clean("女式 运动鞋 透气 网面 轻便"),
    clean("不锈钢 保温杯 500ml 男女"),
    clean("儿童 积木 拼装 玩具 大颗粒"),
    clean("纯棉 短袖 T恤 定制 印字"),
    clean("家用 电热水壶 1.7L 不锈钢"),
    clean("无线 蓝牙 耳机 降噪 运动"),
    clean("批发 防滑 篮球鞋 可定制"),
    clean("收纳箱 塑料 大号 带盖 整理箱"),
    clean("厨房 刀具 套装 菜刀 七件套"),
    clean("瑜伽垫 加厚 防滑 初学者"),
    clean("手机支架 桌面 懒人 可调节"),
    clean("婴儿 湿巾 80抽 10包 整箱"),
    clean("户外 折叠椅 便携 钓鱼椅", brand="无品牌"),
    clean("电动 牙刷 软毛 充电式 成人", brand="无品牌"),
    clean(
        "真丝 围巾 女 春秋 百搭",
        "桑蚕丝 面料，多种 花色，支持 定制 包装。",
    ),
    clean(
        "蓝牙 音箱 便携 户外 防水",
        "续航 12小时，支持 TF卡，工厂 直销。",
    ),
    clean("LED 吸顶灯 客厅 卧室 圆形 24W"),
    clean("USB 充电线 快充 1米 3条装"),
    clean("Wholesale 纯棉 毛巾 酒店 白色 Custom Logo"),
    clean("Mini Projector 便携 投影仪 1080P 家用"),
    clean("Kids Raincoat 儿童 雨衣 卡通 Waterproof"),
    clean("Phone Case 手机壳 透明 防摔 TPU"),
]
