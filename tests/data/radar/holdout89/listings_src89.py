"""Hand-written listings of the eighty-ninth held-out corpus (motorcycle gear and
powersports): positives by evasion, then near-misses, compatibility rows and clean rows.

Every listing is written by hand. ``hg`` spells the named letters as Cyrillic look-alikes,
``fw`` writes full-width forms, ``ZW`` is a zero-width space. Borderline labels are
commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK = {
    **{"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у"},
    **{"s": "ѕ", "j": "ј", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К"},
    **{"M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "I": "І", "S": "Ѕ", "Y": "У"},
}


def hg(text: str, letters: str) -> str:
    """``text`` with each of the named Latin ``letters`` as its Cyrillic look-alike."""
    return "".join(_LOOK[ch] if ch in letters else ch for ch in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (a space becomes an ideographic space)."""
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
    )


@dataclass(frozen=True)
class Entry:
    case: str
    group: str  # right id without the "r89-" prefix is expanded below
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None


def _id(slug: str) -> str:
    return f"r89-{slug}" if slug else ""


def rows(case: str, *items: tuple[str, ...]) -> list[Entry]:
    """Entries of one case from (group slug, title[, description[, brand]]) tuples."""
    out = []
    for item in items:
        group, title, description, brand = (*item, "", "")[:4]
        out.append(Entry(case, _id(group), title, description, brand))
    return out


def mix(group: str, title: str, expected: str, without: str = "", description: str = "") -> Entry:
    """A `mixed` entry: ``expected`` and ``without`` are space-separated slugs."""
    exp = tuple(_id(s) for s in expected.split())
    wo = tuple(_id(s) for s in without.split()) if without else None
    return Entry("mixed", _id(group), title, description, "", False, exp, wo)


def image(group: str, title: str, description: str = "") -> Entry:
    return Entry("image", _id(group), title, description, "", True)


def compat(group: str, title: str, description: str = "", without: str = "") -> Entry:
    wo = tuple(_id(s) for s in without.split()) if without else None
    return Entry("compat", _id(group), title, description, "", False, None, wo)


EXACT = rows(
    "exact",
    ("honda", "Honda Genuine Oil Filter CBR500R 2019-2023 OEM Part"),
    ("ducati", "Ducati Corse Racing Cap Red Embroidered Baseball Hat"),
    ("icon", "Icon Airflite Full Face Motorcycle Helmet Matte Black DOT"),
    ("nolan", "Nolan N87 Plus Full Face Motorcycle Helmet ECE 22.06"),
    ("held", "Held Evo-Thrux Sport Gloves Kangaroo Leather Black"),
    ("thor", "Thor Pulse Motocross Jersey and Pants Set Youth Size"),
    ("regina", "Regina 520 ZRP O-Ring Motorcycle Chain 120 Links Gold"),
    ("talaria", "Talaria Sting R MX4 Electric Dirt Bike 60V 45Ah"),
    (
        "heidenau",
        "Dual Sport Tire 130/80-17 Rear Knobby Adventure",
        "Heidenau K60 Scout, made in Germany, 2025 date code.",
    ),
    (
        "oneal",
        "Motocross Gloves Black Adult XL Lightweight",
        "O'Neal Element gloves, printed palm, hook-and-loop cuff.",
    ),
    (
        "taiga",
        "Electric Personal Watercraft Carbon Hull 2025",
        "Taiga Orca Carbon, dealer demo unit, 10 hours.",
    ),
    ("did", "D.I.D 520VX3 X-Ring Chain Gold 120L Rivet Link"),
    ("shad", "Shad SH58X Expandable Top Case 58L Carbon Look"),
    ("benelli", "Benelli TRK 502X Adventure Motorcycle 500cc Brand New"),
    ("cfmoto", "春风 CL-C 450 复古巡航摩托车 整车 全新"),
    ("haojue", "豪爵 UHR150 踏板摩托车 国四电喷 整车"),
    ("qingqi", "轻骑 125cc 燃油摩托车 男士跨骑 整车出售"),
    ("zontes", "升仕 310X 踏板摩托车 整车 全新 现车"),
    # description only: the title names no mark
    (
        "simpson",
        "Carbon Fiber Bandit Style Full Face Helmet Flat Black",
        "Simpson Ghost Bandit shell, DOT approved, anti-fog shield, size L.",
    ),
    (
        "stark",
        "Electric Motocross Bike Battery Pack 6kWh Original",
        "Original Stark battery module, fully tested, ships with BMS, no cracks.",
    ),
    (
        "rotax",
        "Kart Engine Piston Kit 125cc Genuine Sealed Box",
        "Rotax Max Evo piston kit, grade B, factory sealed.",
    ),
    ("sundiro", "锂电电动摩托车 48V 成人代步 长续航", "新大洲 原厂正品 锂电版 续航80公里 全国联保"),
    ("dayang", "巧客 110cc 弯梁踏板车 国四 整车", "大阳 官方授权经销 发票齐全 可上牌"),
    (
        "galfer",
        "Wave Brake Rotor Front Fixed Disc 320mm Stainless",
        "Galfer wave rotor, original packaging, fits most sport bikes with 320mm discs.",
    ),
)

ALIAS = rows(
    "alias",
    (
        "cfmoto",
        "Touring Adventure Motorcycle Side Case Set 800cc",
        "Original CFMOTO 800MT aluminium panniers with mounts.",
    ),
    ("haojue", "Haojue DR160 Street Motorcycle Original Headlight Assembly"),
    ("voge", "VOGE 525DSX Adventure Motorcycle 2025 Model Export"),
    ("sundiro", "Sundiro Electric Scooter 60V Lithium 2000W Adult"),
    ("qingqi", "Qingqi QM200GY Dirt Bike 200cc Air Cooled Enduro"),
    ("kymco", "KYMCO AK550 Premium Maxi Scooter Gloss Black"),
    ("sym", "SYM Jet 14 125 Scooter Original Front Fairing"),
    ("vimoto", "Vimoto V9S Motorcycle Helmet Bluetooth Headset 2 Riders"),
    ("cyclone", "Cyclone RX3S Adventure Motorcycle 380cc EFI Export Version"),
    ("zeeho", "Zeeho AE8 Electric Scooter Smart Lithium 100km Range"),
    (
        "ohlins",
        "Steering Damper Kit Gold Anodized Universal Mount",
        "Ohlins damper, 75mm stroke, with mounting kit.",
    ),
    ("icon", "Icon Motosports Airform Helmet Manik'RR Graphic"),
    ("scorpion", "Scorpion EXO-R1 Air Full Face Helmet Carbon Weave"),
    ("thor", "Thor MX Sector Off-Road Jersey Boys Blue"),
    ("beta", "Betamotor RR 300 Enduro Factory Radiator Guard Set"),
    ("stark", "Stark Varg EX Electric Enduro Bike Kickstand Original"),
    ("moose", "Off-Road Boots Black Size 10 Replaceable Sole", "Moose Agroid boots, dealer stock."),
    ("kabuto", "OGK Kabuto Kamui-3 Full Face Helmet Flat Black"),
    ("two-brothers", "Two Brothers S1R Slip-On Muffler Carbon Fiber End Cap"),
    ("cardo", "Cardo Packtalk Edge Intercom Single Pack JBL Sound"),
    ("sea-doo", "Seadoo Mooring Cover Black Spark 3up Trixx"),
    (
        "ski-doo",
        "Snowmobile Racing Suit One Piece Insulated",
        "Skidoo X-Team one-piece suit, size M.",
    ),
    ("did", "DID 428 Heavy Duty Chain 130 Links Pit Bike Gold"),
    ("sur-ron", "Surron Light Bee X Electric Off-Road Bike 60V 2024"),
    ("mips", "MIPS Brain Protection System Open Face Helmet Gloss"),
    (
        "leatt-brace",
        "Neck Brace DBX 3.5 Adult Junior Adjustable",
        "Leatt Brace DBX 3.5, size L/XXL.",
    ),
    ("super-cub", "Supercub 110 Retro Moped Chrome Rear Carrier Original"),
    (
        "gringo-helmet",
        "Retro Full Face Helmet Gloss Sky Blue DOT",
        "Biltwell Gringo shell, as sold in the US.",
    ),
    # description only
    (
        "haojue",
        "150cc Street Motorcycle EFI Euro 5 Wholesale Export",
        "Brand Haojue, factory crate, CKD or SKD available, MOQ 30 units.",
    ),
    (
        "kymco",
        "Maxi Scooter 550cc Premium Touring Brand New",
        "KYMCO dealer stock, full warranty, ships from Taiwan.",
    ),
    (
        "voge",
        "Adventure Motorcycle 900cc Twin Cylinder ABS Euro 5",
        "VOGE 900DSX export version, TFT dash, cornering lights.",
    ),
    (
        "sym",
        "Maxi Scooter 400cc ABS Keyless Start Grey",
        "SYM Maxsym TL 508 style touring scooter, dealer stock.",
    ),
    (
        "zontes",
        "Adventure Motorcycle 350cc Electric Windshield",
        "ZONTES 350T ADV, keyless ignition, TFT screen, export crate.",
    ),
)

CHINESE = rows(
    "chinese",
    ("honda", "本田 CB400 原厂 链条链轮套装"),
    ("honda", "本田同款 摩托车头盔 男女四季通用"),
    ("ducati", "杜卡迪 怪兽 821 原装 后视镜 一对"),
    ("ducati", "杜卡迪同款 机车皮衣 男 防摔 骑行服"),
    ("benelli", "贝纳利 幼狮 500 原厂 护杠 加厚"),
    ("benelli", "贝纳利 TRK502 摩托车 全新 现车 可分期"),
    ("aprilia", "阿普利亚 RS660 原厂 碳纤维 挡泥板"),
    ("aprilia", "阿普利亚 GPR250R 跑车 摩托车 国四"),
    ("ohlins", "欧林斯 后减震 可调 金色 弹簧 原装进口"),
    ("ohlins", "欧林斯 同款 前叉 改装 倒置 减震器"),
    ("schuberth", "舒伯特 C5 揭面盔 摩托车头盔 亮白"),
    ("schuberth", "舒伯特 E2 拉力盔 双镜片 正品 行货"),
    ("super-cub", "超级幼兽 C125 复古弯梁 摩托车 整车"),
    ("super-cub", "超级幼兽同款 后货架 镀铬 加厚"),
    # Chinese marks in the description only
    ("cfmoto", "450 运动跑车 摩托车 原厂排气 全新", "春风 原厂 正品配件 官方渠道 全国联保"),
    ("voge", "525 拉力摩托车 原厂 边箱 铝合金", "无极 原厂 配件 正品 三箱套装"),
    ("kymco", "踏板摩托车 300cc 进口 整车 现车", "台湾光阳 原装进口 手续齐全"),
    ("sym", "巡弋 150 踏板车 原厂 前挡风", "三阳 原厂 正品 配件 包邮"),
    ("vimoto", "摩托车头盔 蓝牙耳机 对讲 防水 两人", "维迈通 官方正品 V8S 升级版 一年质保"),
    ("cyclone", "380 拉力摩托车 水冷 国四 整车", "赛科龙 RX3S 官方授权店 可上牌"),
    ("zeeho", "智能电动摩托车 锂电 长续航 通勤", "极核 AE6 官方正品 门店同价"),
    ("qingqi", "复古摩托车 150cc 太子车 整车 包上牌", "轻骑 正品 厂家直供 三包"),
    ("honda", "125cc 踏板车 节油 通勤 整车 现车", "本田 正品 新大陆代理 全国联保"),
)

CASE_WIDTH = rows(
    "case_width",
    ("honda", "hONDA CRF250L Genuine Air Filter Element"),
    ("ducati", fw("DUCATI") + " Scrambler Leather Riding Gloves Brown"),
    ("icon", "ICON Hooligan Mesh Riding Jacket Men Black"),
    ("scorpion", "sCoRpIoN Covert FX Open Face Helmet Matte"),
    ("nolan", fw("Nolan") + " N70-2 GT Crossover Helmet Flat Black"),
    ("klim", "KLIM Dakar Off-Road Riding Pants Size 34"),
    ("beta", "BETA RR 2T 300 Race Edition Enduro Graphics Kit"),
    ("talaria", "TALARIA XXX Electric Dirt Bike Kids Edition"),
    ("tusk", "tusk Impact Wheel Set Front Rear 21 18 Enduro"),
    ("kabuto", fw("KABUTO") + " Aeroblade-6 Helmet Flat Black"),
    (
        "yoshimura",
        "Slip-On Exhaust Stainless Carbon Alpha T Style",
        "YOSHIMURA Alpha T, made in Japan.",
    ),
    ("cardo", "CARDO Freecom 4X Motorcycle Bluetooth Communication System"),
    (
        "sea-doo",
        "Men's Motion Life Jacket PFD Black Watersports",
        "SEA-DOO Motion PFD, USCG type III.",
    ),
    ("rotax", fw("ROTAX") + " 912 Aircraft Engine Oil Filter Genuine"),
    ("galfer", "gALFER Sintered Brake Pads FD287 Front Pair"),
    ("gringo-helmet", "GRINGO HELMET Replica Retro Full Face Helmet Gloss Black"),
    ("kymco", fw("kymco") + " Like 150i Scooter Original Seat Cover"),
    # description only
    (
        "heidenau",
        "Dual Sport Adventure Tire 140/80-17 Block Tread",
        "HEIDENAU K60 Scout rear tyre, 2025 DOT date.",
    ),
    (
        "interphone",
        "Motorcycle Bluetooth Intercom Twin Pack 1km",
        "iNTERPHONE Tour twin pack, 6 riders, music sharing.",
    ),
    (
        "oneal",
        "Motocross Jersey Pants Combo Adult Red Black",
        "o'neal Element combo, breathable mesh, size 32 pants, L jersey.",
    ),
)

ACCENT = rows(
    "accent",
    ("honda", "Hondà Africa Twin Crash Bars Original Accessory"),
    ("ducati", "Dücati Multistrada Panniers Set Original Aluminium"),
    ("nolan", "Nolán N100-5 Modular Helmet Metal White"),
    ("simpson", "Símpson Venom Full Face Helmet Red Carbon"),
    ("held", "Hèld Phantom II Race Gloves Kangaroo Black White"),
    ("thor", "Thór Sector Offroad Boots Youth Size 5"),
    ("klim", "Klím Badlands Pro Adventure Riding Jacket Asphalt"),
    ("regina", "428 Chain Standard 136 Links Small Displacement", "Regína 428 standard chain."),
    ("beta", "Bëta Xtrainer 300 Enduro Motorcycle Plastics Kit"),
    ("stark", "Stärk Varg Electric Motocross Bike Original Seat"),
    ("talaria", "Talaría Sting Electric Dirt Bike Original Rear Shock"),
    ("yoshimura", "Yoshimüra R-77 Full Exhaust System Stainless"),
    ("taiga", "Electric Snowmobile Trail Edition 2025", "Taïga Nomad trail edition, 2 hour range."),
    ("benelli", "Benellì Leoncino 500 Scrambler Motorcycle Green"),
    ("aprilia", "Aprilìa Tuono V4 Factory Racing Seat Cowl"),
    ("schuberth", "Schübërth SC2 Bluetooth Communication System"),
    ("ohlins", "Óhlins Road & Track Fork Cartridge Kit"),
    # description only
    (
        "tusk",
        "Enduro Wheel Set Black Hubs Silver Rims 21 18",
        "Original Túsk Impact wheels, spokes pre-tensioned.",
    ),
    (
        "galfer",
        "Oversize Brake Rotor Kit 270mm Front Enduro",
        "Gälfer oversize rotor kit with caliper relocation bracket.",
    ),
    (
        "shad",
        "Motorcycle Top Case 48L Quick Release Plate",
        "Shäd SH48 top box with backrest, two keys included.",
    ),
)

HOMOGLYPH = rows(
    "homoglyph",
    ("honda", hg("Honda", "o") + " CB650R Original Tail Tidy Bracket"),
    ("ducati", hg("Ducati", "ca") + " Panigale V4 Carbon Heel Guards"),
    ("icon", hg("Icon", "Io") + " Overlord SB2 Textile Riding Jacket"),
    ("scorpion", hg("Scorpion", "Sco") + " EXO-AT960 Modular Adventure Helmet"),
    ("nolan", hg("Nolan", "o") + " N60-6 Sport Helmet Flat Black Size M"),
    ("simpson", hg("Simpson", "S") + " Outlaw Bandit Helmet Matte Grey"),
    ("held", hg("Held", "He") + " Tonale Touring Gloves Waterproof"),
    ("klim", hg("Klim", "K") + " Induction Mesh Riding Jacket Hi-Vis"),
    ("regina", hg("Regina", "ea") + " 520 ZRD Motorcycle Chain Gold 118 Links"),
    ("beta", hg("Beta", "Ba") + " RR 125 Enduro Original Kickstand"),
    ("talaria", hg("Talaria", "Ta") + " Sting Electric Dirt Bike Motor Controller"),
    (
        "tusk",
        "Dual Sport Lighting Kit Enduro Headlight 35W",
        hg("Tusk", "T") + " lighting kit with wiring harness.",
    ),
    ("yoshimura", hg("Yoshimura", "oa") + " RS-4 Slip-On Titanium Muffler"),
    ("cardo", hg("Cardo", "Cao") + " Spirit HD Duo Bluetooth Intercom"),
    ("sur-ron", hg("Sur-Ron", "S") + " Storm Bee Electric Motocross Rear Fender"),
    ("rotax", hg("Rotax", "ox") + " 900 ACE Oil Change Kit"),
    ("kymco", hg("KYMCO", "KYMCO") + " DT X360 Adventure Scooter Windscreen"),
    # description only
    (
        "shad",
        "Motorcycle Side Cases 36L Pair With Mounting Rails",
        hg("Shad", "S") + " Terra aluminium side cases, lockable, pair.",
    ),
    (
        "oneal",
        "Downhill Motocross Helmet Fiberglass Shell Adult",
        hg("O'Neal", "Oe") + " 3SRS helmet, ECE 22.06, vented.",
    ),
)

LEETSPEAK = rows(
    "leetspeak",
    ("honda", "H0nda Rebel 500 Solo Seat Original Black"),
    ("ducati", "Duc@ti Monster Carbon Fiber Front Fender"),
    ("icon", "1con Contra2 Textile Jacket Black Women"),
    ("scorpion", "5corpion EXO-GT3000 Modular Helmet Matte Black"),
    ("simpson", "S1mps0n Mod Bandit Helmet Carbon Replica"),
    ("held", "H3ld Air n Dry II Touring Gloves Black"),
    ("thor", "Th0r Pulse Motocross Gloves Red Youth"),
    ("klim", "K|im Latitude Jacket Grey Adventure Touring"),
    ("beta", "B3ta Evo 300 Trial Bike Original Front Fender"),
    ("stark", "$tark Varg MX 1.2 Electric Motocross Bike"),
    ("talaria", "T@l@ria Sting R MX4 Original Battery 60V"),
    ("kabuto", "Full Face Helmet RT-33 Pearl White", "K@but0 RT-33, JIS certified."),
    ("yoshimura", "Y0shimura AT2 Stainless Full Exhaust System"),
    ("cardo", "C@rdo Packtalk Neo Intercom Duo Pack"),
    ("taiga", "T@iga Orca Performance Electric Jet Ski"),
    ("galfer", "6alfer Braided Brake Line Kit Front Rear Stainless"),
    ("schuberth", "5chuberth R2 Carbon Full Face Helmet"),
    # description only
    (
        "moose",
        "Offroad Gloves Men Knuckle Protection Red",
        "M00se Racing Qualifier gloves, pre-curved fingers.",
    ),
    (
        "nolan",
        "Modular Helmet Flip Up Pinlock Ready Metal Black",
        "N0lan N90-3 06 Classic, pinlock lens included.",
    ),
    (
        "interphone",
        "Motorcycle Bluetooth Headset Single Helmet Unit",
        "1nterph0ne Avant single unit, 8 hours talk time.",
    ),
)

SPACING = rows(
    "spacing",
    ("honda", "H-O-N-D-A Grom 125 Original Exhaust Heat Shield"),
    ("ducati", "D u c a t i Streetfighter V2 Tank Pad Carbon"),
    ("icon", "I.C.O.N Airflite Inky Helmet Gloss Black"),
    ("nolan", "N_o_l_a_n N40-5 Open Face Helmet Flat Black"),
    ("simpson", "S.i.m.p.s.o.n Speed Bandit Helmet Matte White"),
    ("held", "H E L D Sambia Gloves Brown Vintage Leather"),
    ("thor", "T-H-O-R Prime Motocross Pants Black Size 32"),
    ("regina", "Reg" + ZW + "ina 520 RX3 Racing Chain 120 Links"),
    ("tusk", "T.U.S.K Offroad Handguards Aluminium Black"),
    ("kabuto", "Ka-bu-to Ryuki Modular Helmet Black"),
    ("cardo", "C a r d o Freecom 2X Intercom Motorcycle"),
    ("sea-doo", "GTI SE 170 Original Sponsons Pair", "Sea Doo OEM sponsons, pair."),
    ("ski-doo", "Ski Doo Summit X Snowmobile Tunnel Bag"),
    ("sur-ron", "Sur Ron Ultra Bee Electric Dirt Bike 74V"),
    ("oneal", "O Neal Sierra Pro Motocross Goggles Clear Lens"),
    ("shad", "S-H-A-D SH39 Top Case Black Base Plate"),
    ("did", "530 X-Ring Chain Gold 120 Links Heavy Duty", "D I D 530 ZVM-X chain."),
    ("two-brothers", "Two-Brothers-Racing Black Series Slip-On Exhaust"),
    # description only
    (
        "klim",
        "Snowmobile Insulated Bib Pants Black Size L",
        "K l i m Klimate bib, waterproof, insulated.",
    ),
    (
        "talaria",
        "Electric Dirt Bike Swingarm Original 2024",
        "T-a-l-a-r-i-a Sting swingarm, OE part.",
    ),
)

MISSPELLING = rows(
    "misspelling",
    ("honda", "Hounda CG125 Cylinder Kit Original Quality"),
    ("ducati", "Ducatti Monster 937 Rear Sets Adjustable"),
    ("nolan", "Nollan N80-8 Full Face Helmet Grey"),
    ("simpson", "Simpsons Ghost Bandit Helmet Gloss White"),  # the brand with an s, on a helmet
    ("schuberth", "Schubert C4 Pro Flip Up Helmet White"),  # the composer's spelling, on a helmet
    ("scorpion", "Scorpian EXO-R420 Full Face Helmet Black"),
    ("yoshimura", "Yoshimora R-77 Slip-On Exhaust Stainless"),
    ("talaria", "Tallaria Sting Electric Dirt Bike Original Motor"),
    ("heidenau", "K60 Scout Tyre 120/70-19 Front Adventure", "Heidenou K60 Scout, german made."),
    ("kabuto", "Kabutto Aeroblade-5 Full Face Helmet Matte"),
    ("ohlins", "Olins Rear Shock Gold Spring Adjustable Preload"),
    ("benelli", "Benneli TRK 502 Crash Bars Original Silver"),
    ("aprilia", "Aprillia RSV4 Racing Exhaust Titanium"),
    (
        "interphone",
        "Bluetooth Motorcycle Intercom Twin Tour Kit",
        "Interfone Tour twin kit, 2 riders.",
    ),
    ("galfer", "Galpher Wave Rotor Rear 240mm Stainless"),
    ("cardo", "Kardo Packtalk Edge Bluetooth Intercom"),
    ("haojue", "毫爵 125 摩托车 发动机总成 原厂"),
    ("voge", "无级 525DSX 原厂 拉力 摩托 边箱"),  # 无级 for 无极, on the brand's own model
    ("ducati", "杜卡帝 怪兽 机车 皮衣 骑行服"),
    ("vimoto", "维迈同 V9 头盔 蓝牙耳机 对讲"),
    ("cyclone", "赛克龙 RX3S 原厂 后尾箱"),
    # description only
    (
        "thor",
        "Motocross Jersey Pants Set Adult Blue",
        "Thorr MX Sector jersey and pants set, all sizes.",
    ),
    ("sea-doo", "Personal Watercraft Life Vest Men Black", "See-Doo Motion PFD, USCG approved."),
)

BRAND_FIELD = [
    Entry("brand_field", _id(g), t, d, b)
    for g, t, d, b in (
        ("held", "Leather Touring Gloves Waterproof Men Winter", "", "Held"),
        ("thor", "Motocross Jersey Pants Combo Youth Off-Road", "", "Thor"),
        ("stark", "Electric Motocross Bike Front Number Plate", "", "Stark"),
        ("beta", "Enduro Bike Air Filter Foam Two Stage", "", "Beta"),
        ("tusk", "Offroad Tire Changing Stand Steel Red", "", "Tusk"),
        ("moose", "Offroad Riding Boots Men Buckle Black", "", "Moose Racing"),
        ("regina", "Motorcycle Chain 525 O-Ring 120 Links Gold", "", "Regina"),
        ("taiga", "Electric Snowmobile Trail Cover Waterproof", "", "Taiga"),
        ("nolan", "Open Face Jet Helmet Sun Visor Flat Black", "", "Nolan"),
        ("simpson", "Full Face Helmet Bandit Style Matte Black", "", "Simpson"),
        ("rotax", "Kart Engine Spark Plug Cap Genuine", "", "Rotax"),
        ("did", "Motorcycle Chain Master Link Rivet Type 520", "", "D.I.D"),
        ("galfer", "Brake Pads Sintered Front Pair Road", "", "Galfer"),
        ("leatt-brace", "Neck Brace Motocross Adult Carbon", "", "Leatt-Brace"),
        ("interphone", "Motorcycle Helmet Intercom Bluetooth Single", "", "Interphone"),
        ("qingqi", "复古太子摩托车 150cc 整车", "", "轻骑"),
        ("sundiro", "锂电电动车 成人 两轮 代步", "", "新大洲"),
        ("dayang", "弯梁摩托车 110cc 省油 整车", "", "大阳"),
        ("zeeho", "智能电动踏板车 锂电 通勤", "", "极核"),
        ("haojue", "125cc 男士摩托车 国四 整车", "", "Haojue"),
    )
]

IMAGE = [
    image("cfmoto", "450cc Sport Motorcycle Original Rear Sprocket 43T"),
    image("voge", "Adventure Motorcycle Aluminium Top Case 45L"),
    image("kymco", "Maxi Scooter Windscreen Tall Touring Clear"),
    image("vimoto", "Helmet Bluetooth Headset Motorcycle Intercom 2 Riders"),
    image("honda", "Motorcycle Engine Oil Filter OEM Quality 10 Pack"),
    image("honda", "踏板车 空气滤芯 原厂品质 批发"),
    image("ducati", "Racing Cap Embroidered Red Motorcycle Fan Hat"),
    image("ducati", "Leather Motorcycle Jacket Racing Stripes Red"),
    image("ohlins", "Adjustable Rear Shock Absorber Gold Spring 330mm"),
    image("schuberth", "Flip Up Modular Motorcycle Helmet Gloss White"),
    image("icon", "Mesh Riding Jacket Men Summer Armour Black"),
    image("scorpion", "Full Face Motorcycle Helmet Dual Visor Matte Black"),
    image("klim", "Adventure Touring Riding Jacket Waterproof Grey"),
    image("talaria", "Electric Dirt Bike 60V Off-Road Youth Adult"),
    image("yoshimura", "Slip-On Exhaust Muffler Stainless Carbon End Cap"),
    image("cardo", "Motorcycle Intercom Mesh Bluetooth Group Riding"),
    image("sea-doo", "Personal Watercraft Life Jacket PFD Men Black"),
    image("super-cub", "Retro Moped 110cc Step-Through Chrome Carrier"),
    image("super-cub", "复古弯梁摩托车 110cc 整车 镀铬"),
    image("cfmoto", "摩托车 原厂 后视镜 一对"),
    image("vimoto", "摩托车头盔 蓝牙耳机 防水 对讲 两人"),
]

MIXED = [
    mix(
        "yoshimura",
        "Yoshimura Slip-On Exhaust for Honda CBR650R 2021",
        "yoshimura",
        "yoshimura honda",
    ),
    mix("ohlins", "Öhlins TTX Rear Shock for Ducati Panigale V4", "ohlins", "ohlins ducati"),
    mix("galfer", "Galfer Sintered Brake Pads fits KYMCO AK550", "galfer", "galfer kymco"),
    mix("did", "D.I.D Chain Kit compatible with Talaria Sting", "did", "did talaria"),
    mix("cardo", "Cardo Packtalk Helmet Clamp for Schuberth C5", "cardo", "cardo schuberth"),
    mix("vimoto", "维迈通 V9S 蓝牙耳机 适用于舒伯特C5 头盔", "vimoto", "vimoto schuberth"),
    mix("regina", "Regina Chain Kit for 春风 450SR Sport", "regina", "regina cfmoto"),
    mix("honda", "H0nda x Yoshimura Racing Team T-Shirt", "honda yoshimura"),
    mix("ducati", fw("Ducati") + " 杜卡迪 原装 钥匙扣 金属", "ducati"),
    mix("thor", "Thor MX and Moose Racing Offroad Gloves Bundle 2 Pairs", "thor moose"),
    mix("icon", "ICON Airform Helmet with MIPS Liner Gloss", "icon mips"),
    mix("scorpion", "5corpion EXO-T520 Helmet MIPS Equipped", "scorpion mips"),
    mix("klim", "Kl1m Klím Adventure Jacket Grey XL", "klim"),
    mix("talaria", "Talaria T@laria Sting R 电动越野车 原装", "talaria"),
    mix("sea-doo", "Sea-Doo Seadoo Spark 原装 护舷 一对", "sea-doo"),
    mix("beta", "Betamotor x Two Brothers Enduro Exhaust Collab", "beta two-brothers"),
    mix("heidenau", "Heidenau K60 Tires for Benelli TRK 502X Pair", "heidenau", "heidenau benelli"),
    mix("shad", "Shad Top Case Mounting Plate works with Honda NC750X", "shad", "shad honda"),
    mix(
        "two-brothers",
        "Two Brothers Racing Exhaust fits Sur-Ron Light Bee",
        "two-brothers",
        "two-brothers sur-ron",
    ),
    mix("zontes", "升仕 ZONTES 350T 原厂 风挡 加高", "zontes"),
    mix("aprilia", "Aprilia 阿普利亚 RS 457 Racing Livery Stickers", "aprilia"),
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

# The device's right is expected only with allow_compatibility_wording = false.
COMPAT = [
    compat("honda", "Brake Pads for Honda CBR600RR Front Sintered"),
    compat("honda", "Chain Sprocket Kit compatible with Honda CRF450R"),
    compat("honda", "适用于本田 CB190R 摩托车 链条 链轮 套装"),
    compat("ducati", "Frame Sliders for Ducati Monster 937 Carbon"),
    compat("ducati", "Clutch Lever designed to fit Ducati Panigale V2"),
    compat("ducati", "适配 杜卡迪 怪兽 821 改装 折叠 手柄"),
    compat("benelli", "Crash Bars Benelli compatible TRK 502 2018-2024"),
    compat("benelli", "兼容贝纳利 幼狮500 边箱支架"),
    compat("aprilia", "Quickshifter Sensor fits Aprilia RS 660"),
    compat("aprilia", "Windscreen Double Bubble for Aprilia Tuono 660 Smoke"),
    compat("cfmoto", "Skid Plate for CFMOTO CForce 600 ATV Aluminium"),
    compat("cfmoto", "适用春风 450SR 改装 尾翼 碳纤维"),
    compat("voge", "Crash Bars for VOGE 525DSX Upper Lower Black"),
    compat("voge", "适用于无极 300AC 后视镜 改装"),
    compat("kymco", "Drive Belt replacement for KYMCO Xciting 400i"),
    compat("kymco", "替换光阳 赛艇300 传动皮带"),
    compat("sym", "Rear Rack compatible for SYM Cruisym 300"),
    compat("haojue", "适用豪爵 UHR150 前挡风 加高"),
    compat("haojue", "CDI Unit for Haojue 150 Street Bikes"),
    compat("zontes", "Top Box Bracket fits ZONTES 350E Scooter"),
    compat("zeeho", "适配极核 AE8 电动车 座套 防水"),
    compat("cyclone", "Engine Guard for Cyclone RX3S 2023"),
    compat("sundiro", "兼容新大洲 电动车 锂电 充电器 48V"),
    compat("qingqi", "替换 轻骑 150 化油器 原厂规格"),
    compat("sur-ron", "72V Battery Pack for Sur-Ron Light Bee X Upgrade"),
    compat("sur-ron", "Rear Sprocket 58T compatible with Surron Ultra Bee"),
    compat("talaria", "Handlebar Riser works with Talaria Sting MX4"),
    compat("stark", "Graphics Kit designed to fit Stark Varg MX"),
    compat("beta", "Radiator Louvers for Beta RR 2T 250 300"),
    compat("sea-doo", "Impeller replacement for Sea-Doo Spark 90hp"),
    compat("sea-doo", "Boarding Ladder fits Seadoo GTX Limited"),
    compat("ski-doo", "Skid Plate for Ski-Doo Summit Gen 5"),
    compat("rotax", "Carburetor Rebuild Kit for Rotax 582 Engine"),
    compat("taiga", "Charging Cable Adapter works with Taiga Orca"),
    compat("cardo", "Helmet Mount Clip for Cardo Packtalk Edge"),
    compat("cardo", "Speaker Kit compatible with Cardo Freecom 4X"),
    compat("interphone", "Microphone Boom replacement for Interphone Tour"),
    compat("vimoto", "适用于维迈通 V8 底座 卡扣 配件"),
    compat("vimoto", "维迈通 V9 兼容 耳机 麦克风 替换件"),
    compat("schuberth", "Pinlock Lens for Schuberth C5 Clear"),
    compat("scorpion", "Replacement Shield for Scorpion EXO-R420 Dark Smoke"),
    compat("icon", "Face Shield fits Icon Airflite Iridium Gold"),
    compat("nolan", "Anti-Fog Insert for Nolan N87 Pinlock 70"),
    compat("simpson", "Tinted Visor designed to fit Simpson Bandit"),
    compat("kabuto", "Shield for Kabuto Aeroblade-6 Light Smoke"),
    compat("ohlins", "Fork Springs compatible with Öhlins NIX30 0.95"),
    compat("did", "Chain Riveting Tool for DID Chains 520 530"),
    compat("regina", "Clip Master Link compatible with Regina 520 ZRP"),
    compat("galfer", "Rotor Bolts for Galfer Wave Discs Titanium"),
    compat("yoshimura", "Exhaust Gasket fits Yoshimura Slip-On 2.0 Inch"),
    compat("two-brothers", "Muffler Repack Kit for Two Brothers S1R"),
    compat("leatt-brace", "Replacement Pads for Leatt-Brace GPX 5.5"),
    compat("super-cub", "Seat Cover for Super Cub C125 Brown Leather"),
    compat("gringo-helmet", "Bubble Visor fits Biltwell Gringo Smoke"),
    compat("tusk", "Wheel Spacer Kit for Tusk Impact Wheels"),
    compat("honda", "Honda compatible Spark Plug Wrench Tool Kit"),
    compat("heidenau", "Heavy Duty Inner Tube for Heidenau K60 18 Inch"),
]

INSIDE_WORD = rows(
    "inside_word",
    ("icon", "Silicone Grip Covers Motorcycle Handlebar Anti-Slip"),
    ("icon", "Silicone Helmet Visor Seal Strip 2 Meters"),
    ("thor", "Authorized Dealer Sign Metal Plate Garage Decor"),
    ("thor", "Rose Thorn Decal Sticker Motorcycle Tank Vinyl"),
    ("held", "Handheld Tire Pressure Gauge Digital Motorcycle"),
    ("held", "Handlebar Phone Holder Upheld by Dual Clamps Aluminium"),
    ("shad", "Motorcycle Sun Shade Umbrella Scooter Rain Canopy"),
    ("shad", "Shadow Black Matte Vinyl Wrap Film Motorcycle Tank"),
    ("stark", "Starker Grip Tape Anti-Slip Tank Pads Pair"),
    ("tusk", "Tuskegee Airmen Patch Embroidered Iron On"),
    ("klim", "Klimt The Kiss Art Print Canvas Wall Decor"),
    ("regina", "Reginald Leather Motorcycle Wallet Chain Vintage"),
    ("cardo", "Ricardo Personalized Name Keychain Motorcycle Gift"),
    ("cardo", "Cardoon Seeds Heirloom Vegetable Garden 50 pcs"),
    ("beta", "Betaine Anhydrous Powder Supplement 500g"),
    ("beta", "Betaglucan Oat Fiber Powder 1kg Food Grade"),
    ("simpson", "Simpsonville Motorcycle Rally T-Shirt Souvenir"),
    ("honda", "Hondarribia Basque Coast Travel Poster Print"),
    ("did", "Didgeridoo Eucalyptus Wood Hand Painted 120cm"),
    ("sym", "Symmetric Motorcycle Mirror Pair Bar End Round"),
    ("sym", "Symbol Patch Set Embroidered Biker Vest Badges"),
    ("moose", "Mooseheart Vintage Pin Badge Enamel"),
    ("rotax", "Rotaxane Molecular Model Kit Chemistry Education"),
    ("nolan", "Nolana Paradoxa Seeds Chilean Bellflower 200 pcs"),
    ("kabuto", "Kabutomushi Rhinoceros Beetle Figure Resin Model"),
    ("mips", "Mipsy Cartoon Plush Toy Kids 30cm"),
    ("cfmoto", "青春风采 励志标语 挂画 办公室"),
    ("voge", "虚无极简风 黑白 装饰画 客厅"),
    ("sym", "三阳台 护栏 防盗网 不锈钢"),
    ("dayang", "大阳台 晾衣架 折叠 落地"),
    ("kymco", "阳光阳台 花架 多层 铁艺"),
    ("qingqi", "年轻骑行服 男女 夏季 透气 速干"),
    ("honda", "日本田园风 碎花 窗帘 遮光"),
    ("haojue", "富豪爵士 唱片 黑胶 复古 收藏"),
    ("zeeho", "积极核心 素养 课堂 教辅 书籍"),
)

# The mark's ordinary meaning: the word describes the product, or another holder shares it.
GENERIC_WORD = rows(
    "generic_word",
    ("icon", "Religious Icon Painting Byzantine Saint Wood Panel"),
    ("icon", "Motorcycle Dashboard Warning Icon Decal Set"),
    ("scorpion", "Real Scorpion in Resin Paperweight Specimen"),
    ("scorpion", "Scorpion Tail Keychain Stainless Steel Biker Gift"),
    ("nolan", "Christopher Nolan Film Poster Set Minimalist Print"),
    ("simpson", "The Simpsons Family Figures Collectible Set of 5"),  # another holder's show
    ("held", "Phone Held Securely Bike Mount Silicone Strap"),  # "held", the verb
    ("held", "Hand Held Fan Portable USB Rechargeable"),
    ("thor", "Thor Hammer Mjolnir Replica Cosplay Prop 1:1"),  # the god
    ("thor", "Norse God Thor Statue Resin Viking Decor"),
    ("klim", "Klim Instant Full Cream Milk Powder 900g Tin"),  # another holder's milk powder
    ("regina", "Regina Saskatchewan Souvenir Fridge Magnet"),
    ("regina", "Regina Name Necklace Gold Plated Personalized"),
    ("beta", "Beta Carotene 25000 IU Softgels 100 Count"),
    ("beta", "Beta Fish Tank Betta Aquarium 5 Gallon Kit"),
    ("stark", "Stark White Ceramic Vase Minimalist Nordic"),
    ("stark", "Tony Stark Iron Helmet Cosplay Mask LED"),
    ("talaria", "Hermes Winged Sandals Talaria Costume Prop Gold"),  # the myth's sandals
    ("tusk", "Elephant Tusk Replica Resin Carving Decor Pair"),
    ("tusk", "Walrus Tusk Pendant Bone Carved Necklace"),
    ("moose", "Moose Plush Toy Stuffed Animal Brown 40cm"),
    ("interphone", "Video Door Interphone Apartment Intercom 7 Inch"),  # the building intercom
    ("interphone", "Wired Interphone Handset Door Entry System Villa"),
    ("heidenau", "Heidenau Saxony Town Map Vintage Print 1920"),
    ("kabuto", "Samurai Kabuto Helmet Replica Armor Display"),  # the samurai helmet itself
    ("kabuto", "Kabuto Beetle Origami Paper Kit Kids"),
    ("yoshimura", "Japanese Surname Hanko Stamp Yoshimura Custom Seal"),
    ("two-brothers", "Two Brothers Figurine Ceramic Boys Hugging"),
    ("two-brothers", "Two Brothers Matching T-Shirts Big Brother Little Brother"),
    ("oneal", "Shaquille O'Neal Basketball Card 1993 Rookie"),  # the player
    ("taiga", "Taiga Forest Landscape Canvas Wall Art Siberia"),
    ("taiga", "Siberian Taiga Tea Herbal Blend 100g"),
    ("did", "Did You Wash Your Hands Sign Bathroom Metal"),
    ("shad", "American Shad Fish Mount Taxidermy Replica"),
    ("shad", "Shad Dart Fishing Lure Jig Head 20 pcs"),
    ("cyclone", "Cyclone Dust Separator Shop Vacuum Bucket Kit"),
    ("cyclone", "Cyclone Fence Chain Link Mesh Galvanized Roll"),
    ("aprilia", "Aprilia Lazio Italy City Map Poster"),
    ("super-cub", "Piper Super Cub Airplane RC Model Foam 1.2m"),  # the aircraft
    ("mips", "MIPS Assembly Language Programming Textbook"),  # the processor
    ("cfmoto", "春风十里 诗词 书法 装饰画 客厅"),
    ("voge", "无极调光 LED 吸顶灯 客厅 卧室"),  # 无极: stepless
    ("voge", "无极县 特产 小吃 礼盒"),
    ("sym", "三阳开泰 摆件 招财 羊 工艺品"),
    ("qingqi", "轻骑兵 兵人 模型 历史 收藏"),
    ("schuberth", "舒伯特 小夜曲 钢琴谱 原版 乐谱"),  # the composer
    ("honda", "本田圭佑 签名 足球 球衣 收藏"),  # the footballer
)

# One edit from a mark (or its misspelling), used as an everyday word.
COMMON_WORD = rows(
    "common_word",
    ("held", "Bar Clamp Hold Tight Motorcycle Phone Mount"),
    ("held", "Full Face Helm Liner Washable Cotton Cap"),
    ("shad", "Garden Shed Storage Cabinet Plastic Lockable"),
    ("shad", "Shard Glass Art Mosaic Tiles Mixed Colours"),
    ("klim", "Slim Fit Motorcycle Riding Jeans Stretch Armour"),
    ("regina", "Retina Display Screen Protector Tempered Glass"),
    ("beta", "Feta Cheese Greek Barrel Aged 400g"),
    ("beta", "Beat Maker Drum Pad MIDI Controller 16 Pads"),
    ("stark", "Stack Storage Crates Plastic Garage Shelving"),
    ("stark", "Spark Plug Gap Tool Motorcycle Feeler Gauge"),
    ("talaria", "Malaria Test Kit Rapid Diagnostic Cassette"),
    ("tusk", "Dusk to Dawn LED Sensor Light Outdoor Wall"),
    ("tusk", "Task Lamp Clip On Workbench Magnifier Light"),
    ("moose", "Computer Mouse Wireless Silent Click Ergonomic"),
    ("moose", "Loose Leaf Binder Refill Paper A5 100 Sheets"),
    ("cardo", "Cardio Fitness Jump Rope Weighted Handles"),
    ("cardo", "Cargo Net Motorcycle Helmet Luggage Bungee 6 Hooks"),
    ("taiga", "Taiko Drum Japanese Festival Drum Sticks Pair"),
    ("galfer", "Golfer Gloves Men Left Hand Cabretta Leather"),
    ("galfer", "Gaffer Tape Matte Black 2 Inch 55 Yards"),
    ("kabuto", "Kabuki Mask Japanese Theatre Wall Decor"),
    ("ducati", "Ducat Gold Coin Replica Venice Medieval"),
    ("schuberth", "Schubert Impromptus Piano Sheet Music Urtext"),
    ("sym", "Gym Duffel Bag Shoe Compartment Waterproof"),
    ("did", "DIY Chain Breaker Tool Kit Bicycle Motorcycle"),
    ("voge", "Vogue Style Wall Mirror Gold Frame Round"),
    ("zontes", "Time Zones World Clock Wall Set Office 5 Cities"),
    ("super-cub", "Super Cup Football Trophy Replica Resin"),
    ("nolan", "Notan Design Paper Cutting Art Kit Kids"),
    ("honda", "Hondo Knife Fixed Blade Camping Bushcraft"),
    ("cfmoto", "春分 节气 海报 二十四节气 挂图"),
    ("voge", "无级变速 皮带 工业 传动带 耐磨"),  # 无级: stepless, as the trade calls it
    ("haojue", "英雄豪杰 水浒 人物 摆件 树脂"),
    ("qingqi", "轻奢 皮质 钥匙包 男士 腰挂"),
    ("dayang", "太阳能 庭院灯 户外 防水 感应"),
    ("sym", "三羊 剪纸 窗花 新年 装饰"),
    ("sundiro", "新大陆 地球仪 学生 儿童 发光"),
    ("zontes", "绅士 领结 男士 婚礼 黑色"),
    ("zeeho", "极客 机械键盘 青轴 游戏 电竞"),
    ("kymco", "光阴似箭 书法 挂画 办公室 励志"),
)

CLEAN = rows(
    "clean",
    ("", "Full Face Motorcycle Helmet DOT Approved Dual Visor Matte Black"),
    ("", "Open Face Jet Helmet Retro Vintage Gloss Cream"),
    ("", "Modular Flip Up Helmet Bluetooth Ready Size L"),
    ("", "Kids Motocross Helmet Youth Off-Road ATV Red"),
    ("", "Half Helmet Cruiser Low Profile Brain Cap Style"),
    ("", "Helmet Visor Anti-Fog Film Universal Clear 2 pcs"),
    ("", "Summer Mesh Motorcycle Jacket CE Level 2 Armour Men"),
    ("", "Women Leather Riding Jacket Slim Fit Black Armour"),
    ("", "Waterproof Rain Suit Motorcycle Two Piece Reflective"),
    ("", "Heated Jacket Liner 12V Motorcycle Winter Battery"),
    ("", "Knee Guards Motocross Hinged Adult Pair"),
    ("", "Chest Protector Roost Guard Offroad Youth"),
    ("", "Touchscreen Riding Gloves Summer Perforated Leather"),
    ("", "Winter Motorcycle Gloves Waterproof Thermal Gauntlet"),
    ("", "Motocross Gloves Lightweight Breathable Kids"),
    ("", "Motorcycle Boots Short Ankle Waterproof Touring"),
    ("", "Offroad Motocross Boots Buckle Steel Shank Men"),
    ("", "Riding Jeans Aramid Lined Knee Pockets Blue"),
    ("", "Neck Warmer Fleece Tube Winter Riding Face Cover"),
    ("", "Balaclava Breathable Summer Under Helmet Liner"),
    ("", "Motocross Goggles Tear Off Posts Clear Lens"),
    ("", "Motorcycle Chain 520 O-Ring 120 Links Gold"),
    ("", "Chain Lube Spray Motorcycle 400ml All Weather"),
    ("", "Chain Cleaning Brush Three Sided Motorcycle Tool"),
    ("", "Front Sprocket 15T 520 Steel Dirt Bike"),
    ("", "Rear Sprocket 48T Aluminium Anodized Orange"),
    ("", "Sintered Brake Pads Front Pair Street Motorcycle"),
    ("", "Floating Brake Disc 300mm Front Stainless Wave"),
    ("", "Braided Stainless Brake Line 1000mm Universal"),
    ("", "Radial Brake Master Cylinder 19x18 Adjustable Lever"),
    ("", "Universal Slip-On Exhaust 51mm Stainless Muffler"),
    ("", "Exhaust Wrap Heat Insulation Tape 10m Titanium"),
    ("", "Motorcycle Tire 120/70-17 Sport Radial Tubeless"),
    ("", "Dual Sport Tire 90/90-21 Front Knobby"),
    ("", "Tire Repair Kit Tubeless Plugs CO2 Inflator"),
    ("", "Tire Pressure Monitor Motorcycle Wireless Sensors"),
    ("", "ATV Tire 25x8-12 Mud Terrain Six Ply"),
    ("", "ATV Winch 3500lb Synthetic Rope Wireless Remote"),
    ("", "ATV Rear Cargo Box Storage Trunk 90L"),
    ("", "Dirt Bike Stand Lift Steel Adjustable Height"),
    ("", "Pit Bike 125cc Four Stroke Kick Start Offroad"),
    ("", "Electric Balance Bike Kids 24V Pedal-less"),
    ("", "Handguards Offroad Aluminium Backbone Universal 22mm"),
    ("", "Motorcycle Handlebar 28mm Tapered Fat Bar Black"),
    ("", "Bar End Mirrors Round Aluminium Pair"),
    ("", "LED Headlight Bulb H4 Motorcycle 6000K"),
    ("", "Turn Signal Indicators Sequential LED Pair Amber"),
    ("", "Motorcycle Cover Outdoor Waterproof UV XXL"),
    ("", "Tank Bag Magnetic Waterproof Phone Window 10L"),
    ("", "Tail Bag Expandable Motorcycle Seat Bag 40L"),
    ("", "Saddlebags Leather Cruiser Pair Throw Over"),
    ("", "Phone Mount Motorcycle Vibration Dampener Aluminium"),
    ("", "USB Charger Motorcycle Handlebar Waterproof QC3.0"),
    ("", "Battery Charger Maintainer 12V Motorcycle Smart"),
    ("", "Lithium Motorcycle Battery 12V LiFePO4 Starter"),
    ("", "Spark Plug Socket 16mm Magnetic Thin Wall"),
    ("", "Torque Wrench 3/8 Inch Click Type Garage"),
    ("", "Motorcycle Bluetooth Headset Helmet 2 Riders 800m"),
    ("", "Helmet Intercom Mesh 6 Riders Noise Cancelling"),
    ("", "Jet Ski Dock Line Bungee Rope 2 pcs"),
    ("", "Personal Watercraft Fender Inflatable Pair"),
    ("", "Life Vest Neoprene Adult Watersports Impact"),
    ("", "Snowmobile Goggles Heated Lens Anti-Fog"),
    ("", "Snowmobile Ice Scratchers Retractable Pair"),
    ("", "Snowmobile Cover Trailerable Heavy Duty"),
    ("", "Snow Bibs Insulated Waterproof Men Winter"),
    ("", "Trailer Tie Down Straps Ratchet 4 pcs 1500lb"),
    ("", "Loading Ramp Aluminium Folding ATV 7.5ft"),
    ("", "Scooter Seat Cover Mesh Breathable Universal"),
    ("", "Scooter Drive Belt 743 20 30 GY6 150cc"),
    ("", "Carburetor PZ27 Dirt Bike ATV Universal"),
    ("", "Air Filter Pod 38mm Chrome Motorcycle"),
    ("", "CDI Ignition Coil Kit GY6 Scooter"),
    # Chinese
    ("", "全盔 摩托车头盔 男女 四季 双镜片 3C认证"),
    ("", "半盔 夏季 电动车头盔 轻便 透气"),
    ("", "揭面盔 蓝牙预留 摩托车 全盔 哑黑"),
    ("", "头盔 防雾贴 通用 镜片 防雨膜"),
    ("", "骑行服 男 夏季 网眼 透气 防摔 护具"),
    ("", "摩托车 雨衣 雨裤 分体 套装 反光"),
    ("", "骑行手套 夏季 触屏 防摔 透气"),
    ("", "冬季 摩托车手套 防水 保暖 加绒"),
    ("", "越野靴 长筒 防摔 摩托车 骑行鞋"),
    ("", "护膝 护肘 四件套 骑行 防摔"),
    ("", "摩托车 链条 520 油封 加强 金色"),
    ("", "前后 链轮 套装 越野车 钢制"),
    ("", "刹车片 前 后 摩托车 通用 陶瓷"),
    ("", "刹车盘 浮动碟 300mm 不锈钢"),
    ("", "排气管 改装 通用 51mm 不锈钢 消音"),
    ("", "真空胎 摩托车 120/70-17 半热熔"),
    ("", "越野胎 前胎 21寸 齿轮胎"),
    ("", "补胎工具 真空胎 摩托车 应急 套装"),
    ("", "沙滩车 四轮 越野 150cc 成人 山地"),
    ("", "沙滩车 绞盘 3500磅 无线遥控"),
    ("", "越野摩托车 125cc 小越野 脚启动"),
    ("", "电动平衡车 儿童 24V 滑步车"),
    ("", "护手 越野车 铝合金 通用 22mm"),
    ("", "加热握把 摩托车 12V 可调温"),
    ("", "后视镜 摩托车 改装 圆形 一对"),
    ("", "摩托车 LED 大灯 H4 远近光"),
    ("", "车罩 摩托车 防晒 防雨 加厚"),
    ("", "油箱包 磁吸 防水 手机 导航"),
    ("", "手机支架 摩托车 减震 铝合金"),
    ("", "摩托车 USB 充电器 防水 快充"),
    ("", "锂电池 摩托车 12V 启动 电瓶"),
    ("", "头盔 蓝牙耳机 摩托车 对讲 两人 800米"),
    ("", "摩托艇 系泊绳 弹力 两根装"),
    ("", "水上摩托 充气 防撞球 一对"),
    ("", "救生衣 成人 氯丁橡胶 冲浪 浮力"),
    ("", "雪地摩托 护目镜 加热 防雾"),
    ("", "雪地摩托车 车罩 牵引 加厚"),
    ("", "绑带 拖车 棘轮 紧固带 4条装"),
    ("", "铝合金 折叠 上车板 沙滩车 7.5尺"),
    ("", "踏板车 坐垫套 网状 透气 通用"),
    ("", "化油器 PZ27 越野车 沙滩车 通用"),
    ("", "空滤 蘑菇头 38mm 摩托车 改装"),
    ("", "扭力扳手 3/8 棘轮 维修工具"),
)
