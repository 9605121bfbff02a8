"""The hand-written listings of the twenty-ninth held-out corpus (see README.md).

Each tuple is (group without the ``r29-`` prefix, title, description, brand); ``hg()`` and
``fw()`` only spell Cyrillic look-alike and full-width letters, ``ZW`` is a zero-width space.
A positive with a description names its mark in the description only.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_HG = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
    "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410", "B": "\u0412", "E": "\u0415",
    "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e", "P": "\u0420", "C": "\u0421",
    "T": "\u0422", "X": "\u0425",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with the first occurrence of each of ``letters`` spelled in Cyrillic."""
    for letter in letters:
        text = text.replace(letter, _HG[letter], 1)
    return text


def fw(text: str) -> str:
    """``text`` in full-width letters (spaces as ideographic spaces)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Entry:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None


def _rows(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    out = []
    for row in rows:
        group, title, description, brand = (*row, "", "")[:4]
        out.append(Entry(case, f"r29-{group}" if group else "", title, description, brand))
    return out


EXACT = _rows(
    "exact",
    [
        ("dahua", "大华 4MP PoE 半球网络摄像机 原装正品 工程批发"),
        ("tenfu", "天福茗茶 安溪铁观音 礼盒装 500g"),
        ("zhangyiyuan", "张一元 茉莉花茶 特级 罐装 批发"),
        ("reolink", "Reolink 4K PoE Security Camera Outdoor Night Vision"),
        ("schlage", "Schlage Keypad Deadbolt Satin Nickel Wholesale Lot"),
        ("legrand", "Legrand Wall Socket 16A White Frame Original"),
        ("hansgrohe", "Hansgrohe Thermostatic Shower Mixer Set Chrome"),
        ("rapala", "Rapala Original Floating Minnow Lure 9cm"),
        ("bushnell", "Bushnell Trail Camera 24MP No Glow Hunting"),
        ("alpinestars", "Alpinestars Motorcycle Racing Gloves Leather"),
        ("shoei", "Shoei Full Face Motorcycle Helmet DOT ECE"),
        ("janome", "Janome Computerized Sewing Machine 60 Stitches"),
        ("olfa", "OLFA 18mm Snap-Off Utility Knife Heavy Duty"),
        ("lavazza", "Lavazza Espresso Whole Bean Coffee 1kg Bag"),
        ("penn", "Penn Spinning Reel Saltwater 4000 Size"),
        ("browning", "Browning Hunting Backpack Camo 40L"),
        ("singer", "Singer Heavy Duty Sewing Machine 23 Stitches"),
        ("lutron", "Lutron Dimmer Switch Single Pole LED 150W"),
        ("comandante", "Comandante C40 Hand Coffee Grinder Nitro Blade"),
        ("rifeng", "日丰 PPR 热水管 20mm 家装水管 整捆"),
        ("wago", "WAGO 221-413 Lever Wire Connector 50pcs Box"),
        ("eaton", "Eaton Miniature Circuit Breaker 1P 20A"),
        ("chemex", "Chemex Six Cup Glass Pour Over Coffee Maker"),
        (
            "desman",
            "德施曼 智能门锁 指纹锁 家用防盗门 电子锁",
            "",
            "",
        ),
        ("gamakatsu", "Gamakatsu Octopus Circle Hooks 25 Pack"),
        ("ratchet-strap-x", "Keeper Ratchet Tie Down Straps 4 Pack 1500 lbs"),
        ("lorex", "Lorex Smart Video Doorbell 2K Wired"),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("dahua", "Dahua 8CH NVR 4K Network Video Recorder PoE"),
        ("tenfu", "Tenfu Oolong Tea Gift Box Tieguanyin 250g"),
        ("zhangyiyuan", "Zhang Yi Yuan Jasmine Green Tea Tin 100g"),
        ("bama", "Bama Tea Da Hong Pao Rock Oolong Gift Set"),
        ("taetea", "Taetea 7542 Raw Puer Cake 357g 2019"),
        ("zhuyeqing", "Zhuyeqing Emei Green Tea Premium Spring Harvest"),
        ("kaadas", "Kaadas Smart Door Lock Face Recognition WiFi"),
        ("lesso", "Lesso PVC Drainage Pipe Fittings Elbow 110mm"),
        ("rifeng", "Rifeng PEX-AL-PEX Multilayer Pipe 16mm Roll"),
        ("lingdu", "Lingdu Dash Cam 4K Front and Rear WiFi"),
        ("guangwei", "Guangwei Carbon Telescopic Fishing Rod 5.4m"),
        ("schneider", "Schneider Contactor LC1D 3 Pole 220V Coil"),
        ("hario", "V60 Ceramic Coffee Dripper 02 White Pour Over"),
        ("august", "August Smart Lock Pro WiFi Retrofit Deadbolt"),
        ("penn", "Penn Reels Battle III Spinning Reel 3000"),
        ("kalita-wave", "Kalita 185 Stainless Dripper Flat Bottom"),
        ("sharkbite", "Shark Bite 1/2 inch Push Fit Coupling Brass"),
        ("chemex", "Chemex Coffeemaker 8 Cup Classic Wood Collar"),
        ("gutermann", "Gutermann Sew All Polyester Thread 100m Set"),
        ("schneider", "施耐德 空气开关 Schneider 断路器 小型 2P 32A 家用"),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("reolink", "睿联 400万 无线监控摄像头 室外 太阳能"),
        ("schlage", "西勒奇 美式 机械门锁 执手锁 卧室门"),
        ("legrand", "罗格朗 开关插座 86型 五孔 面板 白色"),
        ("schneider", "施耐德 漏电保护器 2P 63A 总闸 家用"),
        ("hansgrohe", "汉斯格雅 花洒套装 恒温 淋浴 全铜"),
        ("rapala", "乐伯乐 米诺 路亚 假饵 淡水 海钓"),
        ("gamakatsu", "伽马卡兹 伊势尼 鱼钩 有倒刺 散装"),
        ("alpinestars", "A星 摩托车 骑行服 防摔 夏季 网眼"),
        ("dainese", "丹尼斯 摩托车 护膝 骑行 护具 赛道"),
        ("janome", "车乐美 缝纫机 家用 电动 多功能 锁边"),
        ("lavazza", "乐维萨 意式 浓缩 咖啡豆 1kg 商用"),
        ("timemore", "泰摩 栗子 手摇磨豆机 家用 咖啡研磨器"),
        ("wago", "万可 接线端子 快速 电线连接器 221 型"),
        ("lutron", "路创 调光开关 智能 灯光 控制 面板"),
        ("singer", "胜家 缝纫机 家用 台式 吃厚 小型"),
        ("pfaff", "百福 缝纫机 电脑 绗缝 家用 进口"),
        ("eaton", "伊顿 UPS 不间断电源 1KVA 在线式"),
        ("clever-dripper", "聪明杯 咖啡 浸泡式 滤杯 手冲 家用"),
        ("kalita-wave", "蛋糕杯 波浪 手冲滤杯 不锈钢 155 日式"),
        ("bama", "八马茶业 赛珍珠 铁观音 浓香型 礼盒"),
        ("taetea", "大益 普洱茶 熟茶 7572 饼茶 357g"),
        ("zhuyeqing", "竹叶青 峨眉 绿茶 明前 特级 静心"),
        ("kaadas", "凯迪仕 指纹锁 智能 猫眼 可视 K20"),
        ("lesso", "联塑 PPR 水管 管件 弯头 三通 25"),
        ("lingdu", "凌度 行车记录仪 高清 夜视 免安装"),
        ("guangwei", "光威 鱼竿 台钓竿 碳素 超轻 超硬"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("reolink", "REOLINK Argus Battery WiFi Camera Outdoor"),
        ("schlage", "sChLaGe Lever Door Handle Passage Set"),
        ("legrand", fw("Legrand") + " USB Wall Outlet 20A Tamper Resistant"),
        ("hansgrohe", "HANSGROHE Kitchen Faucet Pull Down Sprayer"),
        ("rapala", "rapala Shad Rap Crankbait Deep Runner"),
        ("gamakatsu", fw("GAMAKATSU") + " Worm Hooks Offset Shank"),
        ("bushnell", "BUSHNELL Laser Rangefinder 600 Yards Golf Hunting"),
        ("alpinestars", "ALPINESTARS SMX Motocross Boots Size 43"),
        ("dainese", "dAiNeSe Leather Motorcycle Jacket Perforated"),
        ("shoei", fw("SHOEI") + "　Pinlock Ready Helmet Visor Tinted"),
        ("janome", "JANOME Overlocker 4 Thread Serger Machine"),
        ("olfa", "olfa Rotary Cutter 45mm Quilting"),
        ("gutermann", "GÜTERMANN Mara Thread 120 Colour Set"),
        ("lavazza", "LAVAZZA Qualita Rossa Ground Coffee 250g"),
        ("timemore", "TIMEMORE Black Mirror Coffee Scale Timer"),
        ("wago", "wago Push-In Connector 2273 Series 100 Pcs"),
        ("berkley", "BERKLEY PowerBait Trout Dough Chartreuse"),
        ("prym", "PRYM Snap Fastener Pliers Vario Kit"),
        ("lorex", "LOREX 4K Fusion NVR 8 Channel"),
        ("leviton", "LEVITON Decora GFCI Outlet 15A White"),
        ("berkey", "BERKEY Gravity Water Filter System Stainless"),
        ("comandante", fw("Comandante") + " Red Clix Burr Grinder Upgrade"),
        ("dahua", "ｄａｈｕａ 星光 全彩 摄像头 PoE 400万"),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("reolink", "Réolink Floodlight Camera 2K Siren Outdoor"),
        ("schlage", "Schlâge Encode WiFi Deadbolt Camelot"),
        ("legrand", "Légrand Modular Switch 2 Gang Two Way"),
        ("schneider", "Schnëider Electric Acti9 MCB 3P 40A"),
        ("hansgrohe", "Hansgröhe Raindance Overhead Shower 240"),
        ("rapala", "Rapalá X-Rap Saltwater Jerkbait Lure"),
        ("bushnell", "Büshnell Binoculars 10x42 Waterproof Hunting"),
        ("alpinestars", "Alpinëstars GP Pro Racing Suit One Piece"),
        ("dainese", "Dainèse Back Protector Level 2 Motorbike"),
        ("janome", "Janomé Walking Foot Quilting Machine"),
        ("lavazza", "Lavàzza Super Crema Espresso Beans 1kg"),
        ("timemore", "Timemöre C2 Manual Grinder Stainless Burr"),
        ("penn", "Pénn Slammer Spinning Reel Sealed"),
        ("browning", "Bröwning Tree Stand Safety Harness"),
        ("clover", "Clóver Seam Ripper and Thread Snips Set"),
        ("arai", "Aräi Motorcycle Helmet Pinlock Visor Clear"),
        ("lorex", "Lorèx 1080p Bullet Camera Weatherproof"),
        ("leviton", "Levitón Smart Dimmer Z-Wave Plus"),
        ("pfaff", "Pfäff Quilt Expression Sewing Machine Extension Table Set"),
        ("singer", "Sïnger Quantum Stylist Sewing Machine 600 Stitches"),
        ("eaton", "Eatón Pressure Switch 3-Way Surge Protector Strip"),
        ("sharkbite", "SharkBîte Push To Connect Tee 3/4 Inch"),
        ("chemex", "Chémex Bonded Filters Square 100 Count"),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("reolink", hg("Reolink", "eo") + " Duo 2 Panoramic WiFi Camera"),
        ("schlage", hg("Schlage", "ca") + " Commercial Grade Lever Lock"),
        ("legrand", hg("Legrand", "ea") + " Arteor Socket Outlet Gold"),
        ("schneider", hg("Schneider", "ci") + " Electric Relay 24V DIN"),
        ("hansgrohe", hg("Hansgrohe", "ao") + " Basin Mixer Tap Talis"),
        ("rapala", hg("Rapala", "Pa") + " Fishing Lure Kit 10 Pcs"),
        ("bushnell", hg("Bushnell", "B") + " Rifle Scope 3-9x40 Illuminated"),
        ("alpinestars", hg("Alpinestars", "Ap") + " Riding Jacket Armor CE"),
        ("dainese", hg("Dainese", "ae") + " Motorcycle Boots Torque"),
        ("shoei", hg("Shoei", "o") + " GT-Air Helmet Matte Black"),
        ("olfa", hg("OLFA", "O") + " Cutting Mat A2 Self Healing"),
        ("gutermann", hg("Gutermann", "ea") + " Upholstery Thread Extra Strong"),
        ("lavazza", hg("Lavazza", "a") + " Crema e Gusto Ground Coffee"),
        ("hario", hg("Hario", "Hao") + " Buono Gooseneck Kettle 1.2L"),
        ("berkley", hg("Berkley", "ey") + " Trilene Fishing Line 12lb"),
        ("browning", hg("Browning", "Bo") + " Trail Cam Strike Force"),
        ("arai", hg("Arai", "A") + " Corsair X Helmet Replica"),
        ("prym", hg("Prym", "P") + " Eyelet Kit 11mm Brass"),
        ("lorex", hg("Lorex", "oe") + " Wire-Free Security Camera"),
        ("leviton", hg("Leviton", "eo") + " Outdoor Timer Switch"),
        ("berkey", hg("Berkey", "ey") + " Black Filter Elements Pair"),
        ("lutron", hg("Lutron", "o") + " Caseta Smart Switch Kit"),
        ("eaton", hg("Eaton", "Ea") + " Transfer Switch 30A Generator"),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("reolink", "Re0l1nk 5MP Bullet PoE Camera IR 30m"),
        ("schlage", "$chlage Smart Lever Touchscreen Lock"),
        ("legrand", "L3grand Floor Box Socket Brass"),
        ("schneider", "Schn3ider Electric Contactor Coil 24VDC"),
        ("hansgrohe", "Hansgr0he Croma Hand Shower Set"),
        ("rapala", "R@pala Countdown Sinking Minnow"),
        ("gamakatsu", "G4makatsu Treble Hooks Round Bend"),
        ("bushnell", "Bu$hnell Red Dot Sight TRS-25"),
        ("alpinestars", "Alp1nestars Tech 3 Motocross Boots"),
        ("dainese", "Dain3se Motorbike Knee Sliders"),
        ("shoei", "Sh0ei Neotec Modular Helmet"),
        ("janome", "Jan0me Embroidery Machine 200x200"),
        ("gutermann", "Guterm@nn Quilting Cotton Thread Set 20"),
        ("lavazza", "L4vazza Espresso Point Capsules 100"),
        ("timemore", "Tim3more Nano Grinder Foldable"),
        ("penn", "P3nn Spinfisher Reel Waterproof"),
        ("browning", "Br0wning Hunting Knife Folding"),
        ("clover", "Cl0ver Wonder Clips 50 Pack"),
        ("singer", "S1nger Bobbin Class 15 Pack of 25"),
        ("pfaff", "Pf@ff Walking Foot IDT Machine Quilter"),
        ("lorex", "L0rex 8 Camera Security System 4K"),
        ("sharkbite", "$harkBite Max Coupling 1 inch"),
        ("comandante", "C0mandante C40 MK4 Grinder Polymer Jar"),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("reolink", "R-e-o-l-i-n-k PTZ Camera 4K 5X Zoom"),
        ("schlage", "S.c.h.l.a.g.e Deadbolt Single Cylinder"),
        ("legrand", "Le grand Socket 3 Pin UK Outlet Brushed"),
        ("schneider", "Schnei der Electric Push Button 22mm"),
        ("hansgrohe", "Hans grohe Thermostat Cartridge Replacement Part Chrome Body"),
        ("rapala", "Ra_pa_la Skitter Walk Topwater Lure"),
        ("bushnell", "B u s h n e l l Trophy Cam HD Aggressor"),
        ("alpinestars", "Alpine Stars Motorcycle Riding Pants"),
        ("dainese", "D.A.I.N.E.S.E Leather Racing Gloves"),
        ("janome", "Ja" + ZW + "nome Presser Foot Set 32 Pcs"),
        ("olfa", "O-L-F-A Snap Blade Cutter 9mm"),
        ("lavazza", "La vazza Gold Selection Whole Beans"),
        ("hario", "H a r i o Skerton Ceramic Burr Grinder"),
        ("timemore", "Time More Chestnut Grinder Wood Handle"),
        ("wago", "W.A.G.O Terminal Block DIN Rail 2002"),
        ("berkley", "Berk-ley Gulp Alive Minnow Bait"),
        ("browning", "Brown ing Hunting Cap Blaze Orange"),
        ("singer", "Sin_ger Tradition 2250 Sewing Machine"),
        ("lorex", "L.o.r.e.x Doorbell Camera 2K"),
        ("leviton", "Levi ton Combination Switch Outlet"),
        ("berkey", "Ber key Big Water Filter 2.25 Gal"),
        ("sharkbite", "Shark-Bite Slip Repair Coupling 1/2"),
        ("kaadas", "K a a d a s 智能锁 指纹 密码 防盗门"),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("reolink", "Reolnik Argus PT Solar Camera"),
        ("schlage", "Schlagge Camelot Door Knob Privacy"),
        ("legrand", "Legrende Dimmer Switch Rotary"),
        ("schneider", "Schnieder Electric Breaker 1P 16A"),
        ("hansgrohe", "Hansgrhoe Rainfinity Shower Head"),
        ("rapala", "Rappala Jigging Rap Ice Fishing"),
        ("gamakatsu", "Gamakatzu Live Bait Hooks Size 2"),
        ("bushnell", "Bushnel Trail Camera Core DS 4K"),
        ("alpinestars", "Alpinstars Tech Air Race Vest"),
        ("dainese", "Dainesse Motorcycle Jeans Kevlar"),
        ("shoei", "Shoie RF-1400 Helmet Pinlock"),
        ("janome", "Janone Memory Craft Bobbin Case"),
        ("gutermann", "Guttermann Topstitch Thread 30m"),
        ("lavazza", "Lavaza Espresso Italiano Classico Beans"),
        ("timemore", "Timemoore Electric Grinder Sculptor"),
        ("comandante", "Commandante C40 Burr Grinder Walnut"),
        ("lutron", "Lutrone Maestro Occupancy Sensor"),
        ("leviton", "Levitron GFCI Receptacle 20A"),
        ("berkley", "Berkly Vanish Fluorocarbon Line"),
        ("tenfu", "天富茗茶 铁观音 清香 浓香 礼盒"),  # 天富 for 天福 on the brand's own tea
        ("reolink", "睿连 监控 摄像头 无线 家用 高清"),  # 睿连 for 睿联 on a camera
        ("lesso", "联朔 PVC 排水管 110 国标"),
        ("janome", "车乐每 缝纫机 家用 多功能"),
        ("ratchet-strap-x", "Keepr Ratchet Strap Heavy Duty 2 inch 27ft"),
        ("desman", "德施慢 智能锁 指纹 密码 家用"),  # 德施慢 for 德施曼 on a lock
        ("zhuyeqing", "竹叶清 峨眉 高山 绿茶 礼盒"),  # 竹叶清 for 竹叶青 on green tea
    ],
)

BRAND_FIELD = _rows(
    "brand_field",
    [
        ("reolink", "4K PoE Security Camera Outdoor Person Detection", "", "Reolink"),
        ("schlage", "Keyless Entry Deadbolt Touchscreen Satin Nickel", "", "Schlage"),
        ("legrand", "Modular Wall Switch 1 Gang Two Way White", "", "LEGRAND"),
        ("hansgrohe", "Thermostatic Shower Column Overhead Rain Head", "", "hansgrohe"),
        ("rapala", "Floating Minnow Hard Bait Balsa 11cm", "", "Rapala"),
        ("bushnell", "Hunting Trail Camera 30MP Low Glow", "", "Bushnell"),
        ("alpinestars", "Motorcycle Riding Jacket CE Armour Mesh", "", "Alpinestars"),
        ("shoei", "Full Face Helmet Double Visor Gloss White", "", "SHOEI"),
        ("janome", "Computerized Sewing and Quilting Machine", "", "Janome"),
        ("lavazza", "Italian Espresso Beans Medium Roast 1kg", "", "Lavazza"),
        ("timemore", "Hand Coffee Grinder Stainless Burr 25g", "", "TIMEMORE"),
        ("penn", "Saltwater Spinning Reel Full Metal Body", "", "PENN"),
        ("browning", "Camo Hunting Jacket Waterproof Fleece Lined", "", "Browning"),
        ("clover", "Quilting Clips and Bias Tape Maker Set", "", "Clover"),
        ("singer", "Portable Sewing Machine 32 Built-in Stitches", "", "SINGER"),
        ("arai", "Touring Helmet Snell Approved Pearl White", "", "Arai"),
        ("august", "WiFi Smart Lock Retrofit Keep Existing Key", "", "August"),
        ("dahua", "4MP 星光 夜视 网络摄像机 POE供电", "", "大华"),
        ("tenfu", "安溪 铁观音 浓香型 散装 500克", "", "天福"),
        ("bama", "武夷岩茶 大红袍 礼盒装 2罐", "", "八马"),
        ("kaadas", "全自动 智能门锁 指纹 人脸识别", "", "凯迪仕"),
        ("rifeng", "PPR 冷热水管 4分 家装 环保", "", "日丰"),
        ("pfaff", "电脑缝纫机 家用 绗缝 刺绣", "", "百福"),
        ("guangwei", "碳素 手竿 3.6米 溪流竿 超轻", "", "光威"),
    ],
)

# The image copy of each right with a reference picture; the text is clean.
IMAGE = [
    Entry("image", f"r29-{g}", t, d, "", True)
    for g, t, d in [
        ("dahua", "Dome IP Camera 4MP PoE Indoor", ""),
        ("dahua", "网络摄像机 半球 室内 4MP", "工程专用 支持POE"),
        ("bama", "Oolong Tea Gift Box 2 Tins Premium", ""),
        ("kaadas", "Smart Fingerprint Door Lock Black Aluminium", ""),
        ("rifeng", "PPR Pipe 20mm Hot and Cold Water 4m", ""),
        ("reolink", "Wireless Battery Camera Outdoor 2K", ""),
        ("reolink", "Solar Panel Security Cam Bundle", "ships from Shenzhen"),
        ("legrand", "Decorative Wall Switch Plate Gold", ""),
        ("schneider", "Miniature Circuit Breaker DIN Rail 1P", ""),
        ("bushnell", "Compact Rangefinder Hunting 800m", ""),
        ("alpinestars", "Motocross Jersey Pants Combo Youth", ""),
        ("alpinestars", "Racing Leather Gloves Carbon Knuckle", ""),
        ("gutermann", "Polyester Sewing Thread Spools 30 Colours", ""),
        ("lavazza", "Espresso Coffee Beans 1kg Dark Roast", ""),
        ("timemore", "Digital Coffee Scale with Timer", ""),
        ("singer", "Household Sewing Machine Portable", ""),
        ("august", "Retrofit Smart Deadbolt Silver", ""),
        ("pfaff", "Quilting Sewing Machine Wide Table", ""),
        ("chemex", "Glass Pour Over Carafe Wood Collar 6 Cup", ""),
        ("chemex", "手冲 咖啡壶 玻璃 木领 6杯", ""),
    ]
]

# Text positives whose mark is in the description only (the title is generic).
DESCRIBED = [
    Entry(
        "exact",
        "r29-bama",
        "Anxi Oolong Tea Loose Leaf 250g",
        "Original Bama Tea factory sealed, wholesale to tea shops",
    ),
    Entry("exact", "r29-taetea", "普洱 生茶 饼 357克 2020年", "大益 正品 勐海茶厂 出品 整提 7饼"),
    Entry("exact", "r29-lingdu", "行车记录仪 4K 前后双录 停车监控", "凌度 官方 品质 一年质保"),
    Entry(
        "exact",
        "r29-berkey",
        "Gravity Water Filter Countertop 2.25 Gallon",
        "Big Berkey system with two black filters",
    ),
    Entry(
        "exact",
        "r29-leviton",
        "Tamper Resistant Duplex Receptacle 15A Bulk 10",
        "Leviton receptacles, same as big-box stores",
    ),
    Entry(
        "alias",
        "r29-august",
        "WiFi Bridge for Door Lock Remote Access",
        "August Smart Lock accessory kit, original packaging",
    ),
    Entry("alias", "r29-eaton", "在线式 UPS 电源 3KVA 机房", "伊顿 原厂 正品 机架式"),
    Entry(
        "alias",
        "r29-dainese",
        "Motorcycle Back Protector CE Level 2",
        "丹尼斯 同款 护甲, fits most jackets",
    ),
    Entry(
        "alias",
        "r29-clever-dripper",
        "Immersion Coffee Dripper with Valve 500ml",
        "聪明杯 style, same shut-off valve design",
    ),
    Entry(
        "alias",
        "r29-guangwei",
        "Telescopic Carbon Fishing Pole 4.5m",
        "Guangwei factory outlet, light and stiff",
    ),
    Entry("chinese", "r29-hario", "手冲咖啡 滤杯 陶瓷 02号", "日本 Hario 同款 V型 螺旋纹"),
    Entry("chinese", "r29-dahua", "400万 星光 夜视 枪机 摄像头", "大华 原装 工程 渠道 货"),
    Entry("chinese", "r29-zhangyiyuan", "茉莉花茶 浓香 特级 散装 500克", "老字号 张一元 茶庄 出品"),
    Entry("chinese", "r29-desman", "智能锁 全自动 猫眼 可视 大屏", "德施曼 同款 工厂 直发 包安装"),
    Entry(
        "case_width",
        "r29-wago",
        "Lever Nut Connector Assortment 60 Pcs",
        "genuine ＷＡＧＯ 221 series, 32A 450V",
    ),
    Entry(
        "case_width",
        "r29-alpinestars",
        "Motorcycle Boots Racing Waterproof",
        "aLpInEsTaRs SMX-6 style sole",
    ),
    Entry(
        "accent",
        "r29-gutermann",
        "All Purpose Sewing Thread 100 Spools",
        "Gütérmann quality polyester, 100m each",
    ),
    Entry(
        "accent",
        "r29-shoei",
        "Modular Helmet Flip Up Sun Visor",
        "Shöei Neotec 3 shell shape, ECE 22.06",
    ),
    Entry(
        "homoglyph",
        "r29-janome",
        "Overlock Serger 3/4 Thread Differential Feed",
        hg("Janome", "ao") + " 8002D mechanism",
    ),
    Entry(
        "homoglyph",
        "r29-timemore",
        "Pour Over Kettle Gooseneck 600ml",
        hg("Timemore", "eo") + " Fish Youth kettle",
    ),
    Entry(
        "leetspeak",
        "r29-olfa",
        "Rotary Blade 45mm Refill 10 Pack",
        "0LFA RB45 original blades, made on the 0LFA line",
    ),
    Entry(
        "leetspeak",
        "r29-berkley",
        "Soft Plastic Worms 7 inch 50 Pack",
        "B3rkley PowerBait scent, trusted by pros",
    ),
    Entry(
        "spacing",
        "r29-gamakatsu",
        "Circle Hooks Saltwater 100 Pcs",
        "G-a-m-a-k-a-t-s-u octopus pattern, chemically sharpened",
    ),
    Entry(
        "spacing",
        "r29-prym",
        "Sewing Notions Kit Snaps and Eyelets",
        "P r y m vario pliers included",
    ),
    Entry(
        "misspelling",
        "r29-bushnell",
        "Hunting Binoculars 10x42 Roof Prism",
        "Bushnel Legend optics, same as original",
    ),
    Entry(
        "misspelling",
        "r29-sharkbite",
        "Push Fit Elbow Brass 1/2 inch",
        "Sharkbyte style fittings, no soldering",
    ),
    Entry(
        "misspelling", "r29-rifeng", "PPR 热水管 20 全新料 家装", "日锋 管业 同厂 出品"
    ),  # 日锋 for 日丰 on pipes
    Entry(
        "mixed",
        "r29-lavazza",
        "Espresso Capsules Intense Roast 100 Pcs",
        "L@vazza 乐维萨 Espresso Point",
    ),
]

MIXED = [
    Entry("mixed", "r29-reolink", "Reolink 睿联 4K PoE 摄像头 套装 8路"),
    Entry("mixed", "r29-dahua", "大华 D@hua 全彩 摄像机 批发", expected=("r29-dahua",)),
    Entry("mixed", "r29-schneider", "Schnieder 施耐德 交流接触器 LC1", expected=("r29-schneider",)),
    Entry(
        "mixed",
        "r29-legrand",
        "Legrand Socket Panel with Schneider Electric Breaker Box Kit",
        expected=("r29-legrand", "r29-schneider"),
    ),
    Entry(
        "mixed",
        "r29-hansgrohe",
        "Hansgröhe Shower Set with WAGO Connectors Plumbing Kit",
        expected=("r29-hansgrohe", "r29-wago"),
    ),
    Entry("mixed", "r29-alpinestars", "A星 Alpin3stars 骑行手套 夏季"),
    Entry(
        "mixed",
        "r29-dainese",
        "Dainese Jacket and Shoei Helmet Combo Track Day",
        expected=("r29-dainese", "r29-shoei"),
    ),
    Entry(
        "mixed",
        "r29-rapala",
        "Rapala Lure Kit with Gamakatsu Hooks 30 Pcs",
        expected=("r29-rapala", "r29-gamakatsu"),
    ),
    Entry(
        "mixed",
        "r29-penn",
        "P3nn Reel Combo with Berkley Line Spooled",
        expected=("r29-penn", "r29-berkley"),
    ),
    Entry(
        "mixed",
        "r29-singer",
        "Singer Machine Bundle with Gütermann Thread",
        expected=("r29-singer", "r29-gutermann"),
    ),
    Entry(
        "mixed",
        "r29-janome",
        "Janome Machine Starter Kit with Clover Clips",
        expected=("r29-janome", "r29-clover"),
    ),
    Entry(
        "mixed",
        "r29-olfa",
        "OLFA Cutter and Prym Seam Ripper Set",
        expected=("r29-olfa", "r29-prym"),
    ),
    Entry(
        "mixed",
        "r29-timemore",
        "Timemore Scale for Hario V60 Pour Over Set",
        expected=("r29-timemore",),
        without_compat=("r29-timemore", "r29-hario"),
    ),
    Entry(
        "mixed",
        "r29-gutermann",
        "Gutermann Thread Spool Pack for Janome Machines",
        expected=("r29-gutermann",),
        without_compat=("r29-gutermann", "r29-janome"),
    ),
    Entry(
        "mixed",
        "r29-lutron",
        "Lutron Style Dimmer Compatible with Leviton Wallplates",
        expected=("r29-lutron",),
        without_compat=("r29-lutron", "r29-leviton"),
    ),
    Entry("mixed", "r29-bama", "八马 Bama Tea 铁观音 礼盒 双罐"),
    Entry("mixed", "r29-taetea", "大益 Taet3a 熟普 7572 整提"),
    Entry(
        "mixed",
        "r29-tenfu",
        "天福 Tenfu 张一元 茶叶 组合 礼盒",
        expected=("r29-tenfu", "r29-zhangyiyuan"),
    ),
    Entry(
        "mixed",
        "r29-kaadas",
        "凯迪仕 K@adas 指纹锁 配 德施曼 锁体",
        expected=("r29-kaadas", "r29-desman"),
    ),
    Entry(
        "mixed",
        "r29-lesso",
        "联塑 Lesso 日丰 水管 组合 装修 套餐",
        expected=("r29-lesso", "r29-rifeng"),
    ),
    Entry(
        "mixed",
        "r29-comandante",
        "Comandante Grinder with Chemex Carafe Bundle",
        expected=("r29-comandante", "r29-chemex"),
    ),
]
MIXED = [
    e if e.expected is not None else Entry(e.case, e.group, e.title, expected=(e.group,))
    for e in MIXED
]

DESCRIBED += [
    Entry(
        "exact",
        "r29-hansgrohe",
        "Wall Mounted Basin Faucet Brushed Gold",
        "Hansgrohe cartridge inside, German design",
    ),
    Entry(
        "exact",
        "r29-comandante",
        "Burr Coffee Grinder Hand Crank Walnut",
        "Comandante C40 MK4 copy burr set",
    ),
    Entry("alias", "r29-schneider", "漏电断路器 DZ47 小型 2P 40A", "Schneider 原装 进口 正品"),
    Entry(
        "alias",
        "r29-kalita-wave",
        "Flat Bottom Dripper 185 Stainless Steel",
        "Kalita style, uses wave filters",
    ),
    Entry("chinese", "r29-legrand", "86型 开关面板 五孔插座 10只装", "罗格朗 逸景 系列 同款"),
    Entry("chinese", "r29-pfaff", "家用 缝纫机 吃厚 多功能 电动", "德国 百福 机芯 出口 品质"),
    Entry(
        "case_width",
        "r29-hario",
        "Glass Coffee Server 600ml Range",
        "ｈａｒｉｏ drip server, heat resistant",
    ),
    Entry(
        "accent",
        "r29-comandante",
        "Premium Hand Grinder High Nitrogen Steel",
        "Cömandante C40 burr geometry",
    ),
    Entry(
        "homoglyph",
        "r29-bushnell",
        "Trail Camera 4K Cellular LTE",
        hg("Bushnell", "s") + " Core S-4K housing",
    ),
    Entry(
        "leetspeak",
        "r29-kaadas",
        "Smart Door Lock Fingerprint Face ID",
        "K@@das original factory, one year warranty",
    ),
    Entry(
        "spacing",
        "r29-lavazza",
        "Italian Espresso Ground Coffee 4 Pack",
        "L a v a z z a Qualita Oro, vacuum sealed",
    ),
    Entry(
        "misspelling",
        "r29-singer",
        "Sewing Machine Needles Assorted 50 Pcs",
        "Singger 2020 universal needles",
    ),
    Entry(
        "misspelling",
        "r29-dainese",
        "Leather Racing Suit Two Piece",
        "Daneise replica, cow leather 1.3mm",
    ),
]

# Only the first rows of the title-only lists are used (with the two last exact rows), to
# keep 40-50% positives and about a fifth of the text positives with a description; the
# rows after each cut were written first and are not in the corpus.
POSITIVES = [
    *EXACT[:18], *EXACT[-2:], *ALIAS[:16], *CHINESE[:18], *CASE_WIDTH[:16], *ACCENT[:16],
    *HOMOGLYPH[:16],
    *LEETSPEAK[:16], *SPACING[:16], *MISSPELLING, *BRAND_FIELD, *IMAGE, *DESCRIBED, *MIXED,
]  # fmt: skip

# Compatibility: an accessory naming the device it fits (``expected_without_compat`` holds
# the device's right).
COMPAT = _rows(
    "compat",
    [
        ("reolink", "Wall Mount Bracket for Reolink Argus 3 Camera"),
        ("reolink", "Solar Panel Compatible with Reolink Battery Cameras"),
        ("reolink", "Silicone Skin Cover Designed to Fit Reolink Argus 2"),
        ("reolink", "适用于 睿联 摄像头 支架 壁挂 万向"),
        ("dahua", "Junction Box for Dahua Bullet Camera Waterproof"),
        ("dahua", "适配 大华 球机 吊装 支架 铝合金"),
        ("dahua", "PoE Switch 8 Port Works with Dahua NVR"),
        ("kaadas", "Replacement Battery Pack for Kaadas Smart Lock"),
        ("kaadas", "兼容 凯迪仕 指纹锁 锂电池 可充电"),
        ("desman", "适用 德施曼 智能锁 电池 锂电池 大容量"),
        ("august", "Door Sensor Compatible for August Smart Lock"),
        ("august", "Adapter Plate Fits August Lock on Euro Cylinder"),
        ("schlage", "Replacement Keypad Cover for Schlage Encode"),
        ("schlage", "Key Blanks SC1 Compatible with Schlage Locks 50 Pcs"),
        ("lorex", "Power Adapter 12V for Lorex Cameras 4 Pack"),
        ("lingdu", "适用于 凌度 行车记录仪 电源线 降压线"),
        ("hansgrohe", "Replacement Cartridge for Hansgrohe Thermostat"),
        ("hansgrohe", "Shower Hose 1.6m Fits Hansgrohe Hand Showers"),
        ("legrand", "Wall Plate Cover Designed to Fit Legrand Sockets"),
        ("schneider", "替换 施耐德 接触器 线圈 220V"),
        ("wago", "Mounting Carrier for WAGO 221 Connectors"),
        ("lutron", "Wallplate Compatible with Lutron Claro Switches"),
        ("eaton", "Replacement Battery for Eaton 5E UPS 12V 9Ah"),
        ("leviton", "Screwless Wallplate for Leviton Decora Devices"),
        ("sharkbite", "Disconnect Clip Tool for SharkBite Fittings"),
        ("sharkbite", "PEX Pipe Stiffener Works with SharkBite Couplings"),
        ("rifeng", "适配 日丰 PPR管 热熔器 模头 20 25 32"),
        ("lesso", "兼容 联塑 管件 胶水 PVC 专用"),
        ("shoei", "Pinlock Insert for Shoei CWR-1 Visor"),
        ("shoei", "Tinted Visor Replacement for Shoei GT-Air"),
        ("arai", "Dark Smoke Visor Compatible for Arai VAS-V Helmets"),
        ("arai", "Helmet Cheek Pads Designed to Fit Arai RX-7V"),
        ("alpinestars", "Replacement Buckles for Alpinestars Tech 7 Boots"),
        ("dainese", "Spare Knee Sliders Fits Dainese Racing Suits"),
        ("penn", "Spare Spool for Penn Battle 4000 Reel"),
        ("penn", "Reel Handle Knob Compatible with Penn Spinfisher"),
        ("rapala", "Split Rings Replacement for Rapala Lures 100 Pcs"),
        ("bushnell", "SD Card Reader for Bushnell Trail Cameras"),
        ("bushnell", "Mounting Strap Fits Bushnell Trophy Cam"),
        ("berkley", "Line Spooler Works with Berkley Spools"),
        ("janome", "Walking Foot for Janome 5mm Machines"),
        ("janome", "适用于 车乐美 缝纫机 压脚 套装"),
        ("singer", "Bobbins Class 15 Compatible with Singer Machines"),
        ("singer", "Foot Pedal Replacement for Singer 4423"),
        ("singer", "适用 胜家 缝纫机 梭芯 梭壳"),
        ("pfaff", "Presser Feet Set for Pfaff IDT Machines"),
        ("pfaff", "兼容 百福 缝纫机 针板"),
        ("olfa", "Replacement Blades for OLFA 45mm Rotary Cutter"),
        ("hario", "Paper Filters for Hario V60 02 Dripper 100 Pcs"),
        ("hario", "适配 Hario V60 滤纸 锥形 1-4人份"),
        ("chemex", "Square Filters Compatible with Chemex 6 Cup"),
        ("chemex", "Replacement Wood Collar and Tie for Chemex"),
        ("kalita-wave", "Wave Filters 185 Designed to Fit Kalita Wave"),
        ("clever-dripper", "Paper Filters Size 4 for Clever Dripper"),
        ("timemore", "Replacement Burr for Timemore C2 Grinder"),
        ("timemore", "适用于 泰摩 磨豆机 粉碗 配件"),
        ("comandante", "Red Clix Adjuster Compatible with Comandante C40"),
        ("lavazza", "Refillable Capsules for Lavazza Espresso Point"),
        ("lavazza", "Capsule Holder Drawer Fits Lavazza Blue Pods"),
        ("berkey", "Replacement Filters Compatible for Berkey Systems 2 Pack"),
        ("berkey", "Water View Spigot for Berkey Dispenser"),
        ("ratchet-strap-x", "Replacement Hooks for Keeper Ratchet Straps"),
        ("gutermann", "Thread Stand Holder for Gutermann Spools"),
        ("reolink", "Reolink Compatible Junction Box Weatherproof"),
    ],
)

# The mark inside another word (Latin) or across a word boundary (Chinese).
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("wago", "Kids Red Wagon Folding Garden Cart"),
        ("august", "Augusta Golf Towel Green Embroidered"),  # the Georgia town, not the lock
        ("august", "Augustus Caesar Bust Resin Statue"),
        ("wago", "Station Wagon Roof Rack Cross Bars"),
        ("hario", "Roman Chariot Model Kit Wooden 1:24"),
        ("hario", "Chariot Racing Poster Vintage Print"),
        ("schlage", "Schlager Party Decoration Set German Music"),
        ("olfa", "Olfactory Training Kit Essential Oils 4"),
        ("olfa", "Olfactometer Test Strips Perfume Blotters"),
        ("shoei", "Horse Shoeing Tools Farrier Kit Rasp"),
        ("penn", "Pennant Flags String 10m Outdoor Party"),
        ("penn", "Pennsylvania Souvenir Keychain Keystone"),
        ("penn", "Pennyroyal Dried Herb 100g"),
        ("august", "Augustine Confessions Hardcover Book"),
        ("clover", "Cloverleaf Interchange Model Road Layout"),
        ("eaton", "Eatonton Georgia Vintage Postcard"),
        ("pfaff", "Pfaffenhofen Beer Stein Ceramic Souvenir"),
        ("arai", "Sarai Embroidered Cushion Cover 45cm"),
        ("prym", "Prymnesium Algae Culture Lab Sample"),
        ("dahua", "伟大华夏 书法 字画 客厅 装饰"),
        ("dahua", "大华夏 地图 挂图 教学 用"),
        ("tenfu", "今天福利 清仓 纯棉 毛巾 批发"),
        ("bama", "十八马力 柴油机 配件 水箱"),
        ("taetea", "运动 带来 很大益处 健身 海报"),
        ("rifeng", "节日丰收 剪纸 窗花 春节"),
        ("lesso", "串联塑料 管道 示意 教具"),
        ("zhangyiyuan", "一张一元 纸币 收藏 老版"),
        ("wago", "千万可以 搞笑 贴纸 车贴"),
        ("lutron", "一路创业 励志 书籍 正版"),
        ("guangwei", "阳光威海 旅游 纪念 冰箱贴"),
        ("singer", "必胜家园 标语 横幅 定制"),
    ],
)

# A mark that is also an ordinary word, used as that word.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("clover", "Four Leaf Clover Pendant Necklace Silver"),
        ("clover", "White Clover Seeds for Lawn 1kg"),
        ("clover", "Red Clover Tea Loose Herbal 200g"),
        ("clover", "Clover Honey Raw Unfiltered 500g"),
        ("clover", "Clover Shaped Cookie Cutter Set"),
        ("singer", "Karaoke Microphone for Singer Wireless Bluetooth"),
        ("singer", "Singer Figurine Resin Opera Diva"),
        ("singer", "Pop Singer Costume Sequin Jacket"),
        ("august", "August Birth Flower Necklace Poppy"),
        ("august", "August 2027 Wall Calendar Planner"),
        ("august", "Birthstone Ring August Peridot Green"),
        ("browning", "Browning Sauce Gravy Colouring 300ml"),
        ("browning", "Browning Dish Microwave Ceramic Crisper"),
        ("browning", "Elizabeth Barrett Browning Poems Book"),
        ("penn", "Penn Station New York Subway Sign Replica"),
        ("berkley", "Berkley Michigan City Map Poster"),
        ("eaton", "Eaton Square London Street Sign Decor"),
        ("legrand", "Michel Legrand Jazz Vinyl Record"),
        ("schneider", "Schneider Family Name Wooden Sign Custom"),
        ("comandante", "Comandante Che Portrait T-Shirt Cotton"),
        ("comandante", "Comandante Costume Military Hat Cosplay"),
        ("arai", "Japanese Family Crest Arai Name Stamp Hanko"),
        ("sharkbite", "Shark Bite Gummy Candy 1kg Bag"),
        ("sharkbite", "Shark Bite Fossil Tooth Necklace"),
        ("sharkbite", "Shark Bite Surfboard Wall Decor Wood"),
        ("hario", "V60 Gear Motor 12V DC Shaft 6mm"),  # V60 here is a motor size code, no coffee
        ("dainese", "丹尼斯 罗德曼 球星 海报 复古"),  # 丹尼斯 as a person's name (Dennis Rodman)
        ("dahua", "上海 大华 新村 老照片 明信片"),  # 大华 as a Shanghai neighbourhood
        ("bama", "八马图 装饰画 客厅 骏马 奔腾"),  # the "eight horses" painting
        ("bama", "八马 铜雕 摆件 马到成功"),
        ("zhuyeqing", "竹叶青蛇 仿真 模型 整蛊 玩具"),  # the bamboo viper
        ("zhuyeqing", "竹叶青 翠绿色 丝巾 真丝 围巾"),  # the colour
        ("pfaff", "百福图 书法 中堂 字画 手写"),  # 百福 "a hundred blessings" calligraphy
        ("pfaff", "百福 春联 对联 福字 新年"),
        ("kalita-wave", "蛋糕杯 纸杯 烘焙 马芬 100只"),  # cupcake cups
        ("kalita-wave", "硅胶 蛋糕杯 可重复 烘焙 模具"),
        ("tenfu", "天福 洪福齐天 挂件 车挂 平安"),  # 天福 "heavenly blessing" on a charm
        ("eaton", "伊顿 男孩 名字 刺绣 定制 口水巾"),  # 伊顿 as a child's name
        ("singer", "胜家 家谱 族谱 定制 线装"),  # a family name
        ("august", "August Moon Festival Lanterns 10 Pcs"),
        ("penn", "Sean Penn Movie Poster Framed"),
        ("browning", "Browning Fruit Prevent Lemon Spray Kitchen"),
        ("clover", "Clover Club Cocktail Recipe Print"),
        ("schneider", "Schneider Trophy Air Race Model Plane"),
        ("prym", "Prym Family Reunion Banner Custom"),  # a surname
        ("berkley", "Berkley Square Jigsaw Puzzle 1000"),
        ("legrand", "Legrand Surname Keyring Engraved"),
        ("sharkbite", "Shark Bite Plush Toy Big Mouth"),
        (
            "ratchet-strap-x",
            "Goal Keeper Gloves Ratchet Wrist Strap Youth",
        ),  # a goalkeeper's gloves
        ("dahua", "大华 小华 姓名贴 幼儿园 防水"),  # children's names
        ("eaton", "伊顿公学 纪念 徽章 复古"),  # 伊顿 as Eton, the school's name
        ("browning", "Browning Pan Cast Iron Searing Skillet"),  # hmm: a pan for browning meat
    ],
)

# A common word one edit from a mark (or a mark's misspelling), used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("shoei", "Mens Leather Shoes Oxford Brown"),
        ("shoei", "Shoe Rack 5 Tier Metal Entryway"),
        ("singer", "Ginger Tea Instant Honey 20 Sachets"),
        ("singer", "Fresh Ginger Root Organic 1kg"),
        ("browning", "Crowning Glory Hair Tiara Bridal"),
        ("clover", "Clever Kids Puzzle Box 100 Pieces"),
        ("clover", "Glover Needle Leather Sewing Triangle Point"),
        ("eaton", "Easton Baseball Bat Alloy 32 inch"),
        ("eaton", "Half Eaten Apple Plush Pillow"),
        ("lorex", "Lorem Ipsum Notebook Dotted Grid"),
        ("prym", "Pry Bar Set 4 Pcs Flat Bar"),
        ("prym", "Prim Country Farmhouse Sign Rustic"),
        ("wago", "Wage Calculator Desk Pad Planner"),
        ("hario", "Lake Lario Como Travel Poster Vintage"),  # Lario, one letter from Hario
        ("berkley", "Berkeley Campus Hoodie Navy Fleece"),
        ("penn", "Ballpoint Pens Blue 50 Pack Office"),
        ("reolink", "Relink Chain Tool Bicycle Master Link"),
        ("sharkbite", "Shark Bait Fishing Rig Wire Leader"),
        ("comandante", "Commandant Model Figure 1:35 WWII"),
        ("arai", "Aria Music Box Wooden Hand Crank"),
        ("lutron", "Lutein Eye Supplement 60 Capsules"),
        ("leviton", "Levitation Magic Trick Floating Card"),
        ("olfa", "Olga Embroidered Name Patch Iron On"),
        ("berkey", "Turkey Baster Silicone Bulb 30ml"),
        ("tenfu", "天府 成都 熊猫 纪念品 冰箱贴"),  # 天府 one character from 天福
        ("tenfu", "天府之国 地图 挂画 装饰"),
        ("lingdu", "角度尺 不锈钢 木工 量角器"),  # 角度 one character from 凌度
        ("lingdu", "温度计 室内 电子 温湿度"),
        ("reolink", "互联 网络 插座 定时 远程"),  # 互联 one character from 睿联
        ("singer", "农家乐 招牌 定制 发光字"),  # 农家 one character from 胜家
        ("wago", "万能 胶 强力 粘 金属 木头"),  # 万能 one character from 万可
        ("eaton", "停顿 标点 符号 教具 卡片"),  # 停顿 one character from 伊顿
        ("pfaff", "百货 超市 货架 双面 展示架"),  # 百货 one character from 百福
        ("timemore", "泰国 香米 5kg 真空 包装"),  # 泰国 one character from 泰摩
        ("kalita-wave", "蛋糕盒 6寸 透明 手提 包装"),  # 蛋糕盒 one character from 蛋糕杯
        ("zhangyiyuan", "张一张 纸巾 抽纸 便携 装"),
        ("dahua", "大学 宿舍 床帘 遮光 全封闭"),  # 大学 one character from 大华
        ("rifeng", "日本 进口 缝纫 剪刀 裁缝"),  # hmm: 日本 one character from 日丰
        ("guangwei", "光伏 支架 屋顶 铝合金 配件"),  # 光伏 one character from 光威
        ("lesso", "联通 手机卡 流量卡 全国"),  # 联通 one character from 联塑
        ("bama", "八角 大料 干货 500克"),  # 八角 one character from 八马
        ("taetea", "大盖 帽 保安 制服 帽子"),
        ("gutermann", "Gutter Guard Mesh Aluminium 6m"),
        (
            "ratchet-strap-x",
            "Ratchet Wrench Keeps Torque Hand Tool Set",
        ),  # hmm: ratchet and keep, not the mark
        ("lorex", "Borax Powder Cleaning 500g"),
    ],
)

CLEAN = _rows(
    "clean",
    [
        ("", "PVC Electrical Conduit Pipe 20mm 3m Grey"),
        ("", "Copper Pipe Fittings Elbow 15mm 10 Pcs"),
        ("", "Stainless Steel Kitchen Sink Single Bowl 60cm"),
        ("", "Teflon Thread Seal Tape 12mm 10 Rolls"),
        ("", "Adjustable Pipe Wrench 14 inch Heavy Duty"),
        ("", "Floor Drain Square Anti-Odour 10cm Brass"),
        ("", "Toilet Fill Valve Universal Adjustable"),
        ("", "Angle Stop Valve 1/2 x 3/8 Chrome"),
        ("", "Ceramic Floor Tiles 600x600 Matte Grey"),
        ("", "Gypsum Board Screws Drywall 1000 Pcs"),
        ("", "Waterproof Membrane Coating 20kg Bucket"),
        ("", "Cement Tile Adhesive 25kg Bag Outdoor"),
        ("", "Twin Core Electrical Cable 2.5mm 100m"),
        ("", "Junction Box IP65 Waterproof ABS 100x100"),
        ("", "LED Panel Light 600x600 48W Ceiling"),
        ("", "Digital Multimeter Auto Ranging Pocket"),
        ("", "Heat Shrink Tubing Assortment 530 Pcs"),
        ("", "DIN Rail Terminal Blocks 2.5mm 100 Pcs"),
        ("", "Motion Sensor Light Switch PIR Wall"),
        ("", "Doorbell Wireless Waterproof 300m Range"),
        ("", "Security Camera Dummy Fake with LED"),
        ("", "CCTV BNC Connectors Coaxial 20 Pack"),
        ("", "Padlock Brass 40mm Keyed Alike Set of 4"),
        ("", "Door Hinge Stainless 4 inch Ball Bearing"),
        ("", "Digital Safe Box Electronic Keypad Small"),
        ("", "Window Alarm Sensor Magnetic 6 Pack"),
        ("", "Car Phone Holder Dashboard Suction"),
        ("", "Seat Covers Full Set Leather Beige 5 Seats"),
        ("", "Tyre Inflator Portable 12V Digital"),
        ("", "Car Floor Mats Universal Rubber 4 Pcs"),
        ("", "Steering Wheel Cover Microfiber 38cm"),
        ("", "Motorcycle Chain Lube Spray 400ml"),
        ("", "Motorcycle Phone Mount Handlebar Aluminium"),
        ("", "Riding Gloves Touchscreen Knuckle Guard"),
        ("", "Motorcycle Cover Waterproof XXL Outdoor"),
        ("", "Jump Starter Power Bank 20000mAh"),
        ("", "Fishing Line Braided 8 Strands 300m"),
        ("", "Soft Plastic Grubs 100 Pcs Mixed Colours"),
        ("", "Tackle Box Double Sided 3 Layers"),
        ("", "Fishing Float Set Balsa 20 Pcs"),
        ("", "Landing Net Folding Aluminium Handle"),
        ("", "Hunting Decoy Duck Floating Plastic"),
        ("", "Camo Netting Hunting Blind 3x5m"),
        ("", "Tactical Flashlight Rechargeable Zoom"),
        ("", "Sewing Pins Glass Head 250 Pcs"),
        ("", "Tailor Measuring Tape 150cm Soft"),
        ("", "Embroidery Hoop Bamboo Set 5 Sizes"),
        ("", "Cotton Fabric Fat Quarters 20 Pcs Floral"),
        ("", "Knitting Needles Bamboo Circular Set"),
        ("", "Hot Glue Gun 20W with 30 Sticks"),
        ("", "Acrylic Paint Set 24 Colours 12ml"),
        ("", "Crochet Hooks Ergonomic 9 Sizes"),
        ("", "Loose Leaf Green Tea Longjing 250g"),
        ("", "Glass Teapot with Infuser 1000ml"),
        ("", "French Press Coffee Maker 1L Borosilicate"),
        ("", "Moka Pot Aluminium 6 Cup Stovetop"),
        ("", "Milk Frother Handheld Battery"),
        ("", "Cold Brew Coffee Bottle 1.5L"),
        ("", "Bamboo Tea Tray Drainage Gongfu"),
        ("", "Coffee Tamper 58mm Stainless Flat"),
        ("", "PPR 水管 热熔器 家用 20-32"),
        ("", "不锈钢 角阀 冷热 家用 八只装"),
        ("", "防水 涂料 卫生间 厨房 20公斤"),
        ("", "瓷砖 背胶 强力 粘合剂 5kg"),
        ("", "电线 国标 铜芯 2.5平方 100米"),
        ("", "空气开关 配电箱 明装 12回路"),
        ("", "LED 吸顶灯 客厅 卧室 简约 圆形"),
        ("", "监控 支架 室外 壁装 加厚"),
        ("", "网线 超五类 室外 防水 300米"),
        ("", "挂锁 防盗 小锁头 柜门 迷你"),
        ("", "防盗门 猫眼 广角 可视 高清"),
        ("", "汽车 坐垫 四季 通用 亚麻"),
        ("", "车载 手机支架 出风口 磁吸"),
        ("", "摩托车 头盔 冬季 保暖 围脖"),
        ("", "骑行 护膝 夏季 透气 防摔"),
        ("", "鱼线 主线 尼龙 超强 拉力 500米"),
        ("", "路亚 假饵 软虫 套装 50只"),
        ("", "钓鱼 浮漂 纳米 高灵敏 醒目"),
        ("", "户外 迷彩服 套装 耐磨 透气"),
        ("", "缝纫 线 涤纶 402 彩色 套装"),
        ("", "手工 布料 纯棉 碎花 拼布"),
        ("", "十字绣 套件 客厅 风景 大幅"),
        ("", "毛线 牛奶棉 手工 编织 围巾 线"),
        ("", "绿茶 龙井 明前 散装 250克"),
        ("", "白茶 寿眉 饼茶 350克 老白茶"),
        ("", "红茶 正山小种 罐装 新茶 浓香"),
        ("", "挂耳咖啡 手冲 滤袋 100片 便携"),
        ("", "咖啡豆 中度烘焙 云南 小粒 1kg"),
        ("", "玻璃 分享壶 手冲 咖啡 600ml"),
        ("", "陶瓷 茶具 套装 功夫 茶杯 6只"),
        ("", "Wholesale Brass Ball Valve Full Port DN20", "MOQ 200 pcs, OEM logo available"),
        ("", "Zinc Alloy Cabinet Knobs Matte Black 10 Pack", "factory direct from Guangdong"),
    ],
)
