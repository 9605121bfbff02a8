"""Hand-written listings of the fifty-seventh held-out corpus (toys and nursery), by case.

``hg()`` spells the named letters as Cyrillic look-alikes, ``fw()`` as full-width forms,
``ZW`` is a zero-width space; everything else is written out by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_HG = dict(zip("aeocpxiysAEOCPXBHKMT", "аеосрхіуѕАЕОСРХВНКМТ", strict=True))


def hg(text: str, letters: str) -> str:
    """``text`` with the named letters spelt as Cyrillic look-alikes."""
    return "".join(_HG[c] if c in letters and c in _HG else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (a full-width space for a space)."""
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


def _e(case: str, group: str, title: str, description: str = "", brand: str = "", **kw) -> Entry:
    group = f"r57-{group}" if group else ""
    for key in ("expected", "without_compat"):
        if kw.get(key) is not None:
            kw[key] = tuple(f"r57-{g}" for g in kw[key])
    return Entry(case, group, title, description, brand, **kw)


def _rows(case: str, rows: list[tuple]) -> list[Entry]:
    """Rows of (group, title[, description[, brand[, options]]])."""
    entries = []
    for row in rows:
        options = row[-1] if isinstance(row[-1], dict) else {}
        fields = row[:-1] if options or isinstance(row[-1], dict) else row
        entries.append(_e(case, *fields, **options))
    return entries


EXACT = _rows(
    "exact",
    [
        ("cada", "双鹰积木 C61052 遥控跑车 1:8 拼装模型"),
        ("rastar", "星辉 1:24 合金车模 儿童遥控车 充电款"),
        ("sluban", "Sluban Building Blocks Army Tank Set 1200 pcs Bricks for Kids"),
        ("knex", "K'NEX Education STEM Building Set 522 Pieces Roller Coaster"),
        ("meccano", "Meccano Erector Super Construction 25-in-1 Motorized Set"),
        ("cobi", "COBI Historical Collection WWII Tiger Tank Brick Model 1:35"),
        ("marklin", "Märklin H0 Digital Starter Set Freight Train 230V"),
        ("lionel", "Lionel Polar Express O Gauge Ready-to-Run Train Set"),
        ("pandemic", "Pandemic Board Game Cooperative Strategy for 2-4 Players"),
        ("ticket-to-ride", "Ticket to Ride Europe Board Game Family Edition"),
        ("bratz", "Fashion Doll Cloe 10 Inch with Two Outfits", "Bratz original doll, boxed."),
        ("britax", "Britax B-Free Jogging Stroller All Terrain Tyres"),
        (
            "nuna",
            "Infant Car Seat with Base Lightweight 2.9kg",
            "Nuna PIPA Lite, rear facing from birth.",
        ),
        ("peg-perego", "Peg Perego Siesta Baby High Chair 9 Height Positions"),
        ("pockit", "GB Pockit+ All-City Ultra Compact Stroller 6kg"),
        ("welldon", "惠尔顿 儿童安全座椅 0-12岁 360度旋转 汽车用"),
        ("babyfirst", "宝贝第一 灵犀 儿童安全座椅 汽车用 0-4岁 正品"),
        ("combi", "Combi Umbretta Lightweight Stroller One-Hand Fold"),
        # The mark in the description only.
        (
            "faller",
            "HO Scale Half-Timbered House Kit 1:87 Model Railway Building",
            "Faller kit, injection-moulded plastic parts, unpainted, glue not included.",
        ),
        (
            "mattel",
            "Classic Card Game Family Pack 112 Cards Ages 7+",
            "Mattel Games, original sealed box, fast shipping from our warehouse.",
        ),
        (
            "hauck",
            "Wooden Baby High Chair Grows with Child Beech Natural",
            "Hauck Alpha+ style seat, adjustable footrest and seat height.",
        ),
        (
            "dixit",
            "Storytelling Party Card Game 84 Illustrated Cards",
            "This is Dixit, the family classic, English rules included.",
        ),
        (
            "geomag",
            "Magnetic Construction Set 68 Pieces Rods and Balls",
            "Geomag Classic, made in Switzerland, recycled plastic.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("cada", "CaDA Master Technic RC Excavator C61082 Building Blocks"),
        ("cada", "Double Eagle C51070W Race Car Brick Kit Remote Control"),
        ("rastar", "Rastar 1:16 RC Car Licensed Sports Car Remote Control"),
        ("babyfirst", "Babyfirst Car Seat ISOFIX 360 Rotation 0-12 Years"),
        ("babyfirst", "Baby First Convertible Car Seat Group 0+/1/2/3 Safety Seat"),
        ("welldon", "Welldon Baby Car Seat Lightweight Travel ISOFIX Group 1/2/3"),
        ("britax", "Britax Römer Dualfix i-Size Rotating Car Seat"),
        ("maxi-cosi", "Maxi Cosi Pebble 360 Infant Carrier Essential Black"),
        (
            "peg-perego",
            "Modular Travel System Stroller with Carrycot",
            "Peg-Perego Book frame, made in Italy.",
        ),
        ("lionel", "Lionel Trains Christmas Express Battery Powered Train Set"),
        ("bachmann", "Bachmann Trains Thoroughbred HO Scale Electric Train Set"),
        ("marklin", "Marklin Z Gauge Mini Club Locomotive BR 218"),
        ("knex", "KNEX Thrill Rides Roller Coaster Building Set 400 Pieces"),
        (
            "blythe",
            "Factory Doll 12 Inch Joint Body Big Eyes",
            "Neo Blythe type face plate, sleep eyes.",
        ),
        ("mega-bloks", "Megabloks First Builders Big Building Bag 80 Pieces"),
        ("mamaroo", "4moms mamaRoo Multi-Motion Baby Swing Bluetooth"),
        ("nomi", "Evomove Nomi Wooden High Chair Oak with Baby Set"),
        ("pockit", "GB Pockit Lightweight Travel Stroller Cabin Size"),
        # The alias in the description only.
        (
            "bachmann",
            "HO Scale Steam Locomotive 2-8-0 DCC Ready Metal Wheels",
            "Bachmann Trains Spectrum series, boxed, runs on code 100 track.",
        ),
        (
            "cada",
            "Technic RC Off-Road Truck Bricks 1:12 App Control 2000 pcs",
            "CaDA genuine set with motors and battery box.",
        ),
        (
            "rastar",
            "1:12 Remote Control Licensed Supercar Opening Doors",
            "Made by Rastar, official licensed product, gift box.",
        ),
        (
            "babyfirst",
            "Rotating Child Car Seat Newborn to 12 Years ISOFIX Anchors",
            "Baby First flagship model, side impact protection.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("sluban", "小鲁班 积木 军事坦克 拼装玩具 男孩 益智"),
        ("sluban", "小鲁班积木 城市警察局 小颗粒 拼插 6岁以上"),
        ("magformers", "麦格弗 磁力片 儿童 益智 62片 套装"),
        ("magformers", "麦格弗同款 磁力片 百变提拉 建构片 早教"),
        ("bachmann", "百万城 HO比例 火车模型 东风4 内燃机车"),
        ("bachmann", "百万城 N比例 高铁模型 动车组 八节编组"),
        ("hasbro", "孩之宝 变形金刚 擎天柱 经典 可动人偶"),
        ("hasbro", "孩之宝 桌游 家庭聚会 经典游戏 正品"),
        ("mattel", "美泰 儿童玩具 益智 早教 正品 礼盒装"),
        ("graco", "葛莱 婴儿推车 轻便折叠 可坐可躺"),
        ("graco", "葛莱 儿童安全座椅 汽车用 9个月-12岁"),
        ("britax", "宝得适 儿童安全座椅 双面骑士 360旋转"),
        ("britax", "宝得适 百变骑士 安全座椅 3-12岁 硬接口"),
        ("combi", "康贝 婴儿推车 高景观 可坐可躺 轻便"),
        ("aprica", "阿普丽佳 婴儿推车 超轻 可登机 双向"),
        ("aprica", "安全座椅 新生儿 旋转 正品", "阿普丽佳 日本品牌 原装"),
        ("pouch", "帛琦 遛娃神器 一键收车 轻便推车"),
        ("pouch", "帛琦 婴儿推车 可坐可躺 双向 高景观"),
        # A Chinese mark in the description only.
        ("cada", "科技积木 遥控挖掘机 拼装 男孩礼物 1:17", "双鹰正品授权，带手机控制"),
        ("rastar", "1:14 遥控车 合金 车门可开 儿童礼物", "星辉 原厂 正品 授权 车模"),
        ("welldon", "儿童安全座椅 0-12岁 360度旋转 硬接口", "惠尔顿 酷睿宝 同款 正品"),
        ("babyfirst", "汽车用 儿童安全座椅 9个月-12岁 便携", "宝贝第一 官方 正品 质保"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("sluban", "SLUBAN Bricks Fire Station 512 pcs City Series"),
        ("cada", f"{fw('CaDA')} RC Technic Race Car 1:10 Building Kit"),
        ("rastar", "rastar RC Car 1:24 Licensed Remote Control Toy"),
        ("knex", "kNeX Building Set 35 Models Rods and Connectors"),
        ("cobi", "cobi Brick Tank Sherman M4A1 1:35 Model"),
        ("brio", f"{fw('BRIO')} Wooden Train Track Expansion Pack"),
        ("marklin", "MÄRKLIN H0 Diesel Locomotive Digital Sound"),
        ("lionel", f"{fw('LIONEL')} Ready-to-Play Battery Train Set"),
        ("piko", "piko HO Expert Electric Locomotive BR 147"),
        ("scalextric", "SCALEXTRIC Digital Slot Car 1:32 Touring Car"),
        ("pandemic", "pAnDeMiC Legacy Season 1 Board Game"),
        ("ticket-to-ride", "TICKET TO RIDE Rails and Sails Board Game"),
        (
            "bratz",
            "Rock Angel Fashion Doll Jade 20th Anniversary",
            "bRaTz reissue, with guitar accessory.",
        ),
        ("graco", "GRACO 4Ever DLX 4-in-1 Convertible Car Seat"),
        ("mamaroo", f"{fw('mamaroo')} Baby Swing Infant Seat Grey"),
        ("baby-born", f"{fw('BABY BORN')} 娃娃 43厘米 仿真 婴儿"),
        (
            "nuna",
            "Compact Travel Stroller One-Hand Fold Newborn Ready",
            "NUNA TRVL model, with rain cover and carry strap.",
        ),
        (
            "geomag",
            "Magnetic Building Panels 52 pcs Kids STEM",
            "GEOMAG Pro-L panels, safe for ages 3 and up.",
        ),
        (
            "rummikub",
            "Number Tile Rummy Game 106 Tiles Travel Case",
            "rummikub classic rules, tiles in durable melamine.",
        ),
        (
            "blythe",
            "12 Inch Big Eye Fashion Doll Colour Changing Eyes",
            "BLYTHE factory doll, nude body, includes stand.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("sluban", "Slubán Building Blocks Police Station 530 pcs"),
        ("cada", "ÇaDA Technic Excavator Remote Control Bricks"),
        ("rastar", "Rastàr 1:12 RC Car Remote Control Licensed"),
        ("meccano", "Méccano Gear Set Engineering and Robotics Kit"),
        ("cobi", "Cobí Historical Brick Plane Spitfire 1:32"),
        ("lionel", "Lïonel O Scale Diesel Engine Freight Set"),
        ("piko", "Pikó HO Hobby Passenger Coach 2 pcs"),
        ("scalextric", "Scalèxtric Le Mans Slot Car Set 1:32"),
        ("pandemic", "Pandémic Board Game Hot Zone Edition"),
        ("dixit", "Díxit Odyssey Card Game Expansion"),
        ("splendor", "Spléndor Card Game Gem Trading Strategy"),
        ("rummikub", "Rummikúb Classic Tile Game 106 Tiles"),
        ("clementoni", "Clementöni Puzzle 1000 Pieces Venice"),
        (
            "corolle",
            "Baby Doll 36cm Vanilla Scent Soft Body",
            "Corollé Mon Grand Poupon, French design.",
        ),
        ("bumbo", "Búmbo Baby Floor Seat with Play Tray"),
        ("hauck", "Häuck Alpha+ Wooden High Chair Natural"),
        (
            "kidkraft",
            "Wooden Dollhouse Mansion 3 Floors with Furniture",
            "KidKräft Majestic style, elevator and 33 accessories.",
        ),
        (
            "lundby",
            "Dollhouse 1:18 Scale Modern Villa with Lights",
            "Lündby Stockholm, wall-mounted, LED lighting set.",
        ),
        (
            "graco",
            "Slim 3-in-1 Convertible Car Seat Rear Facing",
            "Gracò Slimfit, saves 10% space in the back seat.",
        ),
        (
            "marklin",
            "Z Gauge Starter Set Oval Track Transformer",
            "Märklïn mini-club type, metal chassis.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("sluban", f"{hg('Sluban', 'a')} Building Bricks Fighter Jet 300 pcs"),
        ("lionel", f"{hg('Lionel', 'oe')} Polar Express Train Set Remote Control"),
        ("cobi", f"{hg('COBI', 'CO')} Brick Submarine U-Boat Model"),
        ("piko", f"{hg('PIKO', 'KO')} G Scale Garden Railway Starter Set"),
        ("dixit", f"{hg('Dixit', 'i')} Card Game Storytelling 3-8 Players"),
        ("azul", f"{hg('Azul', 'A')} Summer Pavilion Board Game"),
        ("pandemic", f"{hg('Pandemic', 'ae')} Rising Tide Board Game"),
        ("splendor", f"{hg('Splendor', 'eo')} Duel Card Game for Two"),
        (
            "bratz",
            "Fashion Doll Yasmin Pack with Accessories",
            f"{hg('Bratz', 'a')} Yasmin, 10 inch.",
        ),
        ("corolle", f"{hg('Corolle', 'oe')} Mon Grand Poupon Baby Doll 36cm"),
        ("blythe", f"{hg('Blythe', 'ye')} Doll Custom Ooak 12 Inch"),
        ("kidkraft", f"{hg('KidKraft', 'a')} Wooden Play Kitchen with Ice Maker"),
        ("nuna", f"{hg('Nuna', 'a')} MIXX Next Stroller Riveted"),
        ("combi", f"{hg('Combi', 'o')} Umbrella Stroller Featherweight"),
        ("aprica", f"{hg('Aprica', 'ap')} Luxuna Stroller Newborn"),
        ("welldon", f"{hg('Welldon', 'eo')} Car Seat Group 0+1 ISOFIX"),
        ("baby-born", f"{hg('BABY born', 'BAo')} 43cm Interactive Doll"),
        (
            "clementoni",
            "Jigsaw Puzzle 1500 Pieces Landscape Italy",
            f"By {hg('Clementoni', 'eo')}, high quality blue-backed board.",
        ),
        (
            "hauck",
            "Travel Cot with Changing Table Foldable",
            f"{hg('Hauck', 'a')} Sleep N Play Center, 120x60 cm.",
        ),
        (
            "meccano",
            "Metal Construction Set Motorized Robot 400 Parts",
            f"{hg('Meccano', 'eao')} Meccanoid style programmable robot.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("meccano", "M3ccano Erector Set 10 Model Builds"),
        ("cobi", "C0BI Brick Military Truck 1:35"),
        ("geomag", "Ge0mag Glitter Magnetic Building Set 44 pcs"),
        ("brio", "BR10 Wooden Railway Smart Engine Set"),
        ("lionel", "L10nel LionChief Remote Train Set"),
        ("piko", "P1KO HO Diesel Shunter Locomotive"),
        ("faller", "F@ller HO Farmhouse Model Kit 1:87"),
        ("pandemic", "P4ndemic In the Lab Expansion"),
        ("ticket-to-ride", "T1cket to R1de First Journey Kids Game"),
        ("rummikub", "Rumm1kub Travel Edition Tile Game"),
        ("bratz", "Br@tz Pretty N Punk Doll Sasha"),
        ("graco", "Gr@co SnugRide Infant Car Seat"),
        (
            "britax",
            "One4Life Convertible Car Seat Clicktight",
            "Br1tax original, 10 year lifespan.",
        ),
        ("combi", "C0mbi Baby Stroller Lightweight 4kg"),
        ("aprica", "Apr1ca Baby Stroller Reversible Handle"),
        ("pockit", "P0ckit Air Folding Stroller 4.5kg"),
        ("mamaroo", "m@maRoo Baby Swing Five Motions"),
        (
            "clementoni",
            "1000 Piece Jigsaw Puzzle Famous Paintings",
            "Cl3mentoni museum collection, 69x50 cm finished size.",
        ),
        (
            "kidkraft",
            "Wooden Toy Kitchen Pretend Play Large",
            "K1dKraft Uptown Espresso style with lights and sounds.",
        ),
        (
            "azul",
            "Tile Drafting Board Game Mosaic Strategy",
            "4zul classic edition, resin tiles, 30-45 minutes.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("sluban", "S L U B A N Building Blocks Aircraft Carrier"),
        ("cobi", "C-O-B-I Brick Tank Panther 1:28"),
        ("geomag", "G.e.o.m.a.g Magnetic Rods Starter Kit"),
        ("marklin", "Mär-klin H0 Passenger Coach Set 3 pcs"),
        ("lionel", "L_i_o_n_e_l O Gauge Steam Locomotive"),
        ("piko", "P I K O N Scale Starter Set"),
        ("ticket-to-ride", "Ticket-to-Ride Nordic Countries Board Game"),
        ("dixit", "D.i.x.i.t Card Game Disney Edition Style"),
        ("rummikub", "Rummi-kub Large Numbers Tile Game"),
        ("bratz", "B.R.A.T.Z Fashion Doll Meygan"),
        ("kidkraft", "Wooden Dollhouse So Chic 3 Storey", "Kid Kraft design with 45 accessories."),
        ("graco", f"Grac{ZW}o Modes Travel System Stroller"),
        ("britax", "B-R-I-T-A-X Advocate Clicktight Car Seat"),
        ("nuna", "Nu_na RAVA Convertible Car Seat"),
        ("combi", f"Com{ZW}bi Baby Stroller Egg Shock"),
        ("mega-bloks", "M e g a B l o k s Building Bag 60 pcs"),
        ("cada", "双 鹰 科技积木 遥控坦克 拼装"),
        (
            "hornby",
            "OO Gauge Steam Locomotive Class A4 Mallard",
            "H o r n b y R3 series, DCC ready, blue livery.",
        ),
        (
            "scalextric",
            "1:32 Slot Car Racing Track Set Dual Lane",
            "Scale-xtric style set with 2 cars and lap counter.",
        ),
        (
            "pockit",
            "Ultra Compact Folding Stroller Fits in Backpack",
            "Pock it+ All Terrain, folds in two steps.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("sluban", "Sluben Building Blocks Military Base 800 pcs"),
        ("cada", "Cadda Technic RC Truck Brick Kit"),
        ("meccano", "Mecano Metal Construction Set 150 Parts"),
        ("geomag", "Geomeg Magnetic Construction Set 86 pcs"),
        ("marklin", "Merklin HO Electric Locomotive Digital"),
        ("bachmann", "Bachman HO Scale Train Set Ringling Bros"),
        ("scalextric", "Scalectrix Slot Car Set 1:32 Twin Lane"),
        ("ticket-to-ride", "Tickets to Ride USA Board Game Trains"),
        ("rummikub", "Rumikub Tile Game Original Family"),
        ("corolle", "Corole Baby Doll Soft Body 30cm"),
        ("kidkraft", "Kidcraft Wooden Play Kitchen with Accessories"),
        ("britax", "Brittax Car Seat Convertible Rear Facing"),
        ("maxi-cosi", "Infant Car Seat Newborn with Canopy", "Maxi-Cozi Cabriofix type, 0-13kg."),
        ("peg-perego", "Peg Perago Baby Stroller Book"),
        ("aprica", "Aprika Baby Stroller Lightweight"),
        ("graco", "葛来 婴儿推车 双向 轻便"),
        ("britax", "宝德适 儿童安全座椅 9个月-12岁"),
        ("combi", "康倍 婴儿推车 高景观 避震"),
        ("bachmann", "百万成 火车模型 HO比例 蒸汽机车"),
        (
            "clementoni",
            "Jigsaw Puzzle 2000 Pieces Panorama City",
            "Clementony high quality collection, made in Italy.",
        ),
        (
            "blythe",
            "Fashion Doll 30cm Big Head Colour Eyes Joint",
            "Blyth doll style factory body, 4 colour eye chips.",
        ),
        (
            "pockit",
            "Folding Travel Stroller Cabin Approved 4.8kg",
            "Pokit stroller same fold, fits overhead bins.",
        ),
    ],
)

BRAND_FIELD = _rows(
    "brand_field",
    [
        ("sluban", "Building Blocks Space Station 690 pcs Bricks", "", "Sluban"),
        ("cada", "遥控 科技积木 越野车 拼装 益智", "", "双鹰"),
        ("rastar", "1:18 RC Sports Car Remote Control 2.4G", "", "Rastar"),
        ("meccano", "Metal Construction Kit Crane 250 Parts", "", "Meccano"),
        ("cobi", "Brick Model Armoured Vehicle 1:35 600 pcs", "", "COBI"),
        ("hornby", "OO Gauge Diesel Locomotive Class 66", "", "Hornby"),
        ("faller", "HO Scale Petrol Station Building Kit", "", "Faller"),
        ("piko", "HO Scale Freight Wagon Set 3 pcs", "", "PIKO"),
        ("pandemic", "Cooperative Board Game Cure Diseases 2-4 Players", "", "Pandemic"),
        ("splendor", "Gem Trading Card Game Chips and Cards", "", "Splendor"),
        ("bratz", "Fashion Doll 10 Inch with Outfit and Shoes", "", "Bratz"),
        ("american-girl", "18 Inch Doll with Book and Outfit", "", "American Girl"),
        ("lundby", "Dollhouse Furniture Kitchen Set 1:18", "", "Lundby"),
        ("graco", "婴儿推车 可坐可躺 折叠 避震", "", "葛莱"),
        ("nuna", "Infant Car Seat with Base Rear Facing", "", "Nuna"),
        ("welldon", "儿童安全座椅 汽车用 360度旋转", "", "惠尔顿"),
        ("hasbro", "Family Board Game Classic Edition", "", "Hasbro"),
        ("baby-jogger", "All-Terrain Jogging Stroller Quick Fold", "", "Baby Jogger"),
        ("magformers", "磁力片 积木 儿童 益智 40片", "", "麦格弗"),
        ("mamaroo", "Baby Swing Multi-Motion Infant Seat", "", "mamaRoo"),
    ],
)

_IMAGE_GROUPS = [
    ("cada", "遥控 科技积木 跑车 拼装 男孩礼物"),
    ("rastar", "1:14 RC Car Licensed Supercar Remote Control"),
    ("sluban", "Building Blocks Fire Rescue Set 450 pcs"),
    ("graco", "Travel System Stroller with Infant Car Seat"),
    ("britax", "Convertible Car Seat Rear and Forward Facing"),
    ("combi", "Lightweight Baby Stroller Reversible Handle"),
    ("knex", "Rods and Connectors Building Set 70 Models"),
    ("brio", "Wooden Railway Figure Eight Set 22 pcs"),
    ("marklin", "H0 Scale Electric Locomotive Digital Sound"),
    ("lionel", "O Gauge Ready-to-Run Christmas Train Set"),
    ("ticket-to-ride", "Railway Route Building Board Game 2-5 Players"),
    ("clementoni", "Jigsaw Puzzle 1000 Pieces Landscape"),
    ("bratz", "Fashion Doll 10 Inch Big Lips Outfit"),
    ("blythe", "12 Inch Big Eye Doll Joint Body Nude"),
    ("pockit", "Ultra Compact Stroller Folds Small 4.5kg"),
    ("sluban", "小颗粒 积木 航空母舰 拼装 益智玩具"),
    ("graco", "Portable Playard with Changing Table"),
    ("brio", "Wooden Train Tracks 50 pcs Set"),
    ("lionel", "Battery Train Set Remote Control Kids"),
    ("combi", "婴儿推车 轻便 折叠 高景观"),
]
IMAGE = [_e("image", group, title, image=True) for group, title in _IMAGE_GROUPS]

MIXED = _rows(
    "mixed",
    [
        (
            "battleship",
            "Hasbro Battleship Classic Naval Combat Game",
            "",
            "",
            {"expected": ("battleship", "hasbro")},
        ),
        (
            "battleship",
            "孩之宝 Battleship 海战棋 桌游 亲子",
            "",
            "",
            {"expected": ("battleship", "hasbro")},
        ),
        (
            "american-girl",
            "Mattel American Girl Doll 18 Inch Truly Me",
            "",
            "",
            {"expected": ("american-girl", "mattel")},
        ),
        (
            "mega-bloks",
            "Mattel Mega Bloks Building Bag 80 pcs",
            "",
            "",
            {"expected": ("mega-bloks", "mattel")},
        ),
        (
            "pandemic",
            "Pandemic and Azul Board Game Bundle Family Night",
            "",
            "",
            {"expected": ("pandemic", "azul")},
        ),
        (
            "dixit",
            "Dixit and Splendor Party Game Pack",
            "",
            "",
            {"expected": ("dixit", "splendor")},
        ),
        ("britax", "宝得适 Br1tax 儿童安全座椅 双面骑士", "", "", {}),
        ("rastar", "星辉 Ra$tar 遥控车 1:14 充电", "", "", {}),
        ("sluban", "小鲁班 S1uban 积木 坦克 拼装", "", "", {}),
        ("combi", "康贝 C-o-m-b-i 婴儿推车 双向", "", "", {}),
        (
            "welldon",
            "W3lldon ISOFIX Base for Maxi-Cosi Car Seats",
            "",
            "",
            {"without_compat": ("welldon", "maxi-cosi")},
        ),
        (
            "graco",
            "Gr@co Rain Cover for Baby Jogger City Mini",
            "",
            "",
            {"without_compat": ("graco", "baby-jogger")},
        ),
        (
            "knex",
            "K'NEX Motor Pack compatible with Meccano Sets",
            "",
            "",
            {"without_compat": ("knex", "meccano")},
        ),
        (
            "hornby",
            "Hornby Track Cleaning Rubber for Scalextric Sport Track",
            "",
            "",
            {"without_compat": ("hornby", "scalextric")},
        ),
        (
            "britax",
            "Britax Click and Go Adapter for Pockit Stroller",
            "",
            "",
            {"without_compat": ("britax", "pockit")},
        ),
        (
            "bratz",
            "Bratz Doll Outfit fits American Girl 18 Inch",
            "",
            "",
            {"without_compat": ("bratz", "american-girl")},
        ),
        (
            "kidkraft",
            "KidKraft Dollhouse Furniture fits Lundby 1:18",
            "",
            "",
            {"without_compat": ("kidkraft", "lundby")},
        ),
        (
            "corolle",
            "Corolle Doll Clothes fits BABY born 43cm",
            "",
            "",
            {"without_compat": ("corolle", "baby-born")},
        ),
        (
            "peg-perego",
            "Peg Perego Adapter for Nuna PIPA Car Seat",
            "",
            "",
            {"without_compat": ("peg-perego", "nuna")},
        ),
        (
            "hasbro",
            "Naval Strategy Board Game Classic Grid Ships",
            "Hasbro Battleship, original, ages 7 and up.",
            "",
            {"expected": ("hasbro", "battleship")},
        ),
        (
            "marklin",
            "H0 Electric Locomotive Digital Sound Metal",
            "Märklin M4rklin genuine 3-rail AC, boxed.",
            "",
            {},
        ),
    ],
)

# Accessories and spare parts that name the device they fit (the device's right is
# expected only with allow_compatibility_wording = false).
COMPAT = _rows(
    "compat",
    [
        ("maxi-cosi", "Car Seat Adapter for Maxi-Cosi Infant Carrier on Jogging Strollers"),
        ("maxi-cosi", "Maxi-Cosi compatible Stroller Adapters Pair Black"),
        ("graco", "Rain Cover compatible with Graco Modes Stroller"),
        ("graco", "Replacement Bassinet Sheet fits Graco Pack n Play"),
        ("graco", "适用于葛莱 婴儿推车 雨罩 防风 透气"),
        ("britax", "Seat Protector Mat for Britax Car Seats Non-Slip"),
        ("britax", "宝得适 安全座椅 适配 凉席 夏季 透气"),
        ("nuna", "Cup Holder compatible for Nuna MIXX Stroller"),
        ("nuna", "Car Seat Adapter works with Nuna PIPA on Travel Strollers"),
        ("peg-perego", "Replacement Front Wheels for Peg Perego Book Stroller"),
        ("combi", "康贝 推车 替换 前轮 配件"),
        ("combi", "Sun Canopy Extension fits Combi Umbrella Stroller"),
        ("aprica", "兼容阿普丽佳 推车 凉席 冰丝 透气"),
        ("pouch", "适用帛琦 婴儿推车 杯架 手机架"),
        ("pouch", "Replacement Canopy compatible with Pouch Baby Stroller"),
        ("baby-jogger", "Rain Cover for Baby Jogger City Mini GT2"),
        ("baby-jogger", "Snack Tray designed to fit Baby Jogger City Select"),
        ("welldon", "适用于惠尔顿 安全座椅 ISOFIX 导向槽 2个"),
        ("babyfirst", "夏季凉席 替换座套 适用于宝贝第一 安全座椅"),
        ("hauck", "Mattress for Hauck Travel Cot 120 x 60 cm"),
        ("pockit", "Cup Holder Stroller Accessory fits GB Pockit"),
        ("pockit", "Travel Bag for Pockit Compact Stroller Airplane Gate Check"),
        ("mamaroo", "Replacement Infant Insert compatible with mamaRoo Swing"),
        ("mamaroo", "Power Adapter 12V replacement for 4moms mamaRoo"),
        ("nomi", "Seat Cushion for Nomi Highchair Waterproof Grey"),
        ("nomi", "Tray Table designed to fit Nomi High Chair Beech"),
        ("bumbo", "Play Tray for Bumbo Floor Seat Replacement Part"),
        ("bumbo", "Cotton Seat Cover compatible with Bumbo Baby Seat"),
        ("brio", "Wooden Train Tracks 52 pcs compatible with BRIO"),
        ("brio", "Magnetic Train Cars 8 pcs works with BRIO Railway"),
        ("marklin", "Track Cleaning Car compatible with Märklin H0"),
        ("lionel", "O Gauge Track Power Supply for Lionel Trains"),
        ("lionel", "Replacement Smoke Fluid fits Lionel Locomotives 30ml"),
        ("bachmann", "适配百万城 HO 火车 轨道 直轨 10根"),
        ("hornby", "OO Gauge Coupling Hooks replacement for Hornby"),
        ("faller", "Street Lamps 1:87 10 pcs for Faller Layouts"),
        ("scalextric", "Guide Blades Braid Plates for Scalextric Cars 10 pairs"),
        ("scalextric", "Slot Car Controller compatible with Scalextric Track"),
        ("knex", "Replacement Rods and Connectors for K'NEX Sets 300 pcs"),
        ("mega-bloks", "Large Building Blocks 100 pcs compatible with Mega Bloks"),
        ("sluban", "兼容小鲁班 积木 人仔 配件 50个"),
        ("cobi", "LED Light Kit for COBI Tank Models"),
        ("magformers", "磁力片 100片 兼容麦格弗 益智"),
        ("geomag", "Magnetic Rods Refill 60 pcs compatible with Geomag"),
        ("cada", "锂电池 遥控积木 适用于双鹰 科技系列"),
        ("rastar", "RC Car Battery 7.4V for Rastar 1:14 Cars"),
        ("ticket-to-ride", "Card Sleeves 110 pcs for Ticket to Ride Train Cards"),
        ("pandemic", "Insert Organizer for Pandemic Board Game Storage"),
        ("azul", "Tile Organizer Tray fits Azul Board Game"),
        ("dixit", "Card Sleeves 80x120 for Dixit Cards 100 pcs"),
        ("splendor", "Poker Chip Token Upgrade for Splendor 40 pcs"),
        ("rummikub", "Replacement Tiles Set for Rummikub 4 Racks"),
        ("american-girl", "18 Inch Doll Clothes fits American Girl Dolls 10 Sets"),
        ("baby-born", "Doll Clothes compatible with BABY born 43cm Dolls"),
        ("blythe", "Eye Chips for Blythe Dolls 4 Colours Replacement"),
        ("bratz", "Doll Shoes 10 pairs for Bratz Dolls"),
        ("corolle", "Dress Set fits Corolle 36cm Baby Doll"),
        ("lundby", "Dollhouse Lighting Kit for Lundby 1:18 Houses"),
        ("kidkraft", "Replacement Knobs for KidKraft Play Kitchen 6 pcs"),
        ("clementoni", "Puzzle Frame 69x50 for Clementoni 1000 Piece Puzzles"),
    ],
)

# The mark inside a longer word (Latin), or across a word boundary (Chinese).
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("brio", "Brioche Burger Buns Frozen 12 pcs Bakery"),
        ("brio", "Silicone Brioche Mould Fluted 6 Cups"),
        ("combi", "Combination Lock 4 Digit for Luggage TSA"),
        ("combi", "Combination Wrench Set 12 pcs Metric Chrome"),
        ("combi", "Solar PV Combiner Box 4 String IP65"),
        ("cobi", "Frozen Cobia Fillet Skinless 10kg Carton"),
        ("cobi", "Mexican Cobija Blanket Plush Queen Size"),
        ("cada", "Cicada Wind Chime Brass Garden Decor"),
        ("cada", "Dried Cicada Shell Herbal 250g"),
        ("cada", "一双鹰爪 造型 金属 胸针 复古"),  # 一双|鹰爪
        ("azul", "Azulejo Style Ceramic Wall Tiles Portuguese Blue"),
        ("azul", "Azulejo Pattern Cotton Tablecloth 140x200"),
        ("azul", "Azulene Soothing Cream 50ml Sensitive Skin"),
        ("nuna", "Nunavut Flag 3x5 ft Polyester Brass Grommets"),
        ("pouch", "Pouchong Oolong Tea Taiwan 150g Tin"),
        ("pouch", "Mini Pouchette Crossbody Bag Vegan Leather"),
        ("geomag", "Geomagnetic Field Sensor Module 3-Axis I2C"),
        ("geomag", "Geomagnetic Storm Alert Weather Radio"),
        ("splendor", "Splendorous Gold Sequin Evening Gown"),
        ("blythe", "Blythewood Farms Raw Honey 500g Jar"),
        ("baby-jogger", "Baby Joggers Cotton Pants 3-Pack 6-12M"),
        ("american-girl", "American Girlfriend Gift Mug Funny 11oz"),
        ("babyfirst", "Baby Firsts Milestone Cards 30 pcs Photo Props"),
        ("babyfirst", "宝贝第一次 成长纪念册 手印 脚印 相册"),  # 宝贝|第一次
        ("sluban", "大小鲁班锁 套装 孔明锁 9件 木制"),  # 大小|鲁班锁
        ("rastar", "明星辉煌时刻 相框 复古 墙饰"),  # 明星|辉煌
        ("mattel", "甜美泰式 刺绣 连衣裙 度假 女"),  # 甜美|泰式
        ("combi", "健康贝壳粉 天然 钙 宠物 500g"),  # 健康|贝壳粉
        ("bachmann", "百万城市人口 统计图 海报 地理教学"),  # 百万|城市
        ("lundby", "Lundbye Danish Landscape Painting Print A3"),
        ("ticket-to-ride", "Ticket to Rideau Canal Boat Cruise Gift Voucher"),
    ],
)

# The mark as the ordinary word it also is, a place, a person, another holder's name.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("pouch", "Zipper Pouch Pencil Case Canvas 20 pcs"),
        ("pouch", "Reusable Baby Food Squeeze Pouch 10 pcs BPA Free"),
        ("pouch", "Kangaroo Plush Toy with Joey in Pouch 30cm"),
        ("pouch", "Drawstring Pouch for Puzzle Pieces Storage 5 pcs"),
        ("combi", "Combi Steam Oven Built-in 50L Stainless"),
        ("combi", "Combi Boiler Pressure Gauge 0-4 Bar"),
        ("combi", "Vintage Combi Van Diecast Model 1:32 Pull Back"),
        ("cada", "Double Eagle Gold Coin Replica 1907 Collectible"),
        ("cada", "Double Eagle Heraldic Flag Byzantine 90x150"),
        ("cada", "双鹰 徽章 复古 拜占庭 旗帜 挂毯"),
        ("rastar", "满天星辉 星空 油画 装饰画 卧室"),
        ("rastar", "星辉闪烁 夜空 墙纸 儿童房"),
        # A car-window slogan ("baby first, safety first"), not the car-seat maker.
        ("babyfirst", "宝贝第一 安全第一 车贴 反光 警示"),
        ("babyfirst", "Baby First Aid Kit 30 pcs Nursery Essentials"),
        ("babyfirst", "Baby First Year Memory Book Hardcover"),
        ("pandemic", "Pandemic Preparedness Kit Face Masks Gloves"),
        ("pandemic", "Post-Pandemic Travel Planner Notebook A5"),
        ("pandemic", "Pandemic Pantry Cookbook Paperback"),
        # The warship as a plastic model kit: the product itself, not the board game.
        ("battleship", "Battleship Model Kit 1:700 USS Missouri Plastic"),
        ("battleship", "Battleship Grey Spray Paint 400ml"),
        ("battleship", "Battleship Bismarck Poster WWII Wall Art"),
        ("splendor", "Hero Splendor Plus Motorcycle Clutch Plate"),
        ("splendor", "Splendor of the Seas Cruise Ship Poster"),
        ("ticket-to-ride", "Ticket to Ride Song Lyrics Wall Art Print"),
        ("azul", "Azul Brazilian Airlines A320 Model Plane 1:200"),
        ("dixit", "Ipse Dixit Latin Quote T-Shirt Cotton"),
        ("dixit", "Dixit Dominus Handel Choral Vocal Score"),
        ("lionel", "Lionel Messi Poster Football Wall Art"),
        ("lionel", "Lionel Richie Greatest Hits Vinyl LP"),
        ("hornby", "Nick Hornby High Fidelity Paperback Novel"),
        ("hornby", "Hornby Island Canada Postcard Set 10 pcs"),
        ("faller", "Timber Faller Helmet with Mesh Visor Forestry"),
        ("nuna", "Custom Name Necklace Nuna Gold Plated"),
        ("blythe", "Blythe California Map Print Vintage Desert"),
        ("lundby", "Lundby Gothenburg Sweden Postcard Pack"),
        ("brio", "Con Brio Piano Sheet Music Book Grade 3"),
        ("cobi", "Cobi Barcelona 92 Olympic Mascot Pin Vintage"),
        ("american-girl", "Vintage All American Girl Pin-up Poster"),
        ("baby-born", "Baby Born Announcement Wooden Sign Photo Prop"),
        ("baby-born", "It's a Girl Baby Born Balloon Set Pink"),
        ("aprica", "Aprica Italy Ski Resort Travel Poster"),
        ("bumbo", "Bumbo Rum Punch Spice Mix Caribbean"),
        ("sluban", "小鲁班 儿童木工课 体验券 周末"),
        ("bachmann", "Ingeborg Bachmann Collected Poems Paperback"),
    ],
)

# A common word one or two letters from a mark, used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("brio", "French Brie Cheese Wheel 1kg"),
        ("combi", "Combo Meal Box Kraft Paper 50 pcs"),
        ("combi", "Toy Cars Combo Pack 20 Die-cast Vehicles"),
        ("cobi", "Corn Cob Holders Stainless Steel 16 pcs"),
        ("piko", "Pico Projector Mini Portable 1080P"),
        ("piko", "Pico de Gallo Seasoning 200g"),
        ("nuna", "Luna Moth Night Light for Kids Room"),
        ("faller", "Taller Bar Stool Set of 2 Counter Height"),
        ("faller", "Fallen Leaves Canvas Wall Art Autumn"),
        ("bratz", "Beer Brats Sausages Grilling Kit"),
        ("blythe", "Blithe Spirit Play Script Paperback"),
        ("corolle", "Corolla Sedan Diecast Model 1:32 Pull Back Toy"),
        ("corolle", "Flower Corolla Anatomy Model Botany Classroom"),
        ("dixit", "4 Digit 7-Segment LED Display Module"),
        ("kidkraft", "Kids Craft Kit Pom Poms Pipe Cleaners Googly Eyes"),
        ("graco", "Greco Roman Wrestling Shoes Youth"),
        ("aprica", "Dried Apricot Halves 1kg Natural"),
        ("aprica", "Africa Map Wooden Jigsaw Puzzle 60 pcs"),
        ("pouch", "Kids Couch Foam Play Sofa Modular"),
        ("pouch", "Porch Swing Cushion Waterproof"),
        # A "pocket" stroller is the everyday name of the folding kind.
        ("pockit", "Pocket Fold Travel Stroller Compact Lightweight"),
        ("pockit", "Pocket Knife Multi Tool Stainless"),
        ("rastar", "Rasta Knitted Hat Dreadlock Tam"),
        ("sluban", "鲁班锁 木制 益智玩具 孔明锁 六件套"),
        ("knex", "Knee Pads for Kids Skating Set 6 pcs"),
        ("geomag", "Geomat Erosion Control Mat 3D"),
        ("hauck", "Life Hack Kitchen Gadget Set 5 pcs"),
        ("lundby", "Lundy Island Puffin Art Print"),
        ("mattel", "Fireplace Mantel Shelf Rustic Oak 150cm"),
        ("clementoni", "Fresh Clementine Mandarins 5kg Box"),
        ("marklin", "Marlin Fishing Lure Trolling 9 inch"),
        ("rastar", "星光 投影灯 儿童房 夜灯 旋转"),
        ("cada", "雄鹰 展翅 装饰画 客厅 挂画"),
        ("babyfirst", "宝宝第一口辅食 米粉 高铁 6个月"),
        ("welldon", "惠灵顿牛排 半成品 家用 2份"),
        ("graco", "葛根粉 500g 农家 纯"),
        ("mattel", "美景 风景画 挂画 客厅"),
        ("combi", "康乐球 桌游 克朗棋 家庭 大号"),
    ],
)

# Ordinary listings of the same trades, naming no right.
_CLEAN_TITLES = [
    "Wooden Building Blocks 100 pcs Natural Colour Toddler",
    "Magnetic Tiles 60 pcs Clear Colour STEM Toy",
    "Small Particle Building Bricks City Street 1200 pcs",
    "Classic Bricks Bulk 1000 pcs Mixed Colours Baseplate Included",
    "Building Block Baseplate 32x32 Studs Green 4 pcs",
    "Large Size Building Blocks Toddler 120 pcs Storage Box",
    "Wooden Train Set 60 pcs Figure Eight Track Bridge",
    "HO Scale Model Trees 50 pcs Railway Scenery",
    "N Scale Passenger Car 4 pcs Model Railroad",
    "HO Scale Figures Painted 100 pcs Mixed Poses",
    "Model Railway Grass Flock Static 30g 6 Colours",
    "Battery Operated Train Around the Christmas Tree",
    "Slot Car Racing Track 1:43 Dual Lane Loop",
    "RC Car 1:16 Off-Road 4WD 2.4GHz 40km/h",
    "Die-cast Fire Truck 1:50 Alloy Pull Back",
    "Jigsaw Puzzle 1000 Pieces Starry Night Adult",
    "Wooden Jigsaw Puzzle Animals 3D Kids 4 pcs",
    "Floor Puzzle 48 Pieces Farm Large Pieces",
    "Chess Set Wooden Folding Board 39cm",
    "Chinese Checkers Wooden Marble Board Game",
    "Dice Set 7 pcs Polyhedral Resin RPG",
    "Playing Cards Plastic Waterproof 2 Decks",
    "Mahjong Set 144 Tiles Travel Case",
    "Snakes and Ladders Ludo Two-in-One Board",
    "Memory Matching Card Game Animals Kids",
    "Dominoes Double Six Set in Tin",
    "Board Game Card Sleeves Clear 100 pcs Standard",
    "Fashion Doll 11.5 Inch Joint Body with Clothes",
    "Reborn Baby Doll 55cm Soft Vinyl Newborn",
    "Doll Clothes 18 Inch 12 Sets Dresses",
    "Wooden Dollhouse 3 Storey with 15 Furniture Pieces",
    "Dollhouse Miniature Kitchen Set 1:12",
    "Doll Stroller for Kids Foldable Pink",
    "Baby Stroller Lightweight Foldable One-Hand Fold",
    "Travel Stroller Compact Cabin Size 5.8kg",
    "Double Stroller Side by Side Twins",
    "Jogging Stroller Air Tyres Hand Brake",
    "Stroller Organizer Bag with Cup Holders",
    "Universal Stroller Rain Cover Clear PVC",
    "Infant Car Seat Rear Facing 0-13kg",
    "Convertible Car Seat ISOFIX 0-36kg Rotating",
    "Booster Seat Backless Ages 4-12",
    "Car Seat Mirror for Rear Facing Baby",
    "Baby High Chair Foldable with Tray Wheels",
    "Wooden High Chair Adjustable Beech",
    "Portable Booster Seat for Dining Table",
    "Baby Bouncer Rocker Vibration Music",
    "Baby Walker with Activity Tray",
    "Play Gym Activity Mat Newborn",
    "Travel Cot Portable Crib with Mattress",
    "Baby Carrier Ergonomic Hip Seat",
    "Kids Ride-On Car 12V Remote Control",
    "Balance Bike Toddler No Pedals",
    "Toy Kitchen Wooden Pretend Play",
    "Stacking Rings Rainbow Wooden Toy",
    "Shape Sorter Cube Montessori",
    "Marble Run Construction Set 150 pcs",
    "Robot Building Kit Programmable STEM",
    "Metal Model Kit 3D Puzzle Tower",
    "Rubber Duck Bath Toy Set 10 pcs",
    "Teether Silicone Food Grade BPA Free",
    "Crib Mobile Musical Rotating Stars",
    "Card Game Party Edition Adults 300 Cards",
    "Strategy Board Game Castles Tiles 2-5 Players",
]
_CLEAN_ZH = [
    "木制积木 100粒 儿童 益智 早教",
    "磁力片 儿童 益智 拼装 100片",
    "小颗粒 拼装积木 城市街景 批发",
    "大颗粒积木 幼儿园 桶装 120粒",
    "积木底板 32x32 绿色 4片",
    "木质火车轨道 套装 儿童 益智",
    "电动小火车 轨道 儿童 灯光 音乐",
    "HO比例 火车模型 沙盘 树木 50棵",
    "仿真 合金 工程车 1:50 回力",
    "遥控车 四驱 越野 高速 充电",
    "轨道赛车 双人 对战 儿童",
    "拼图 1000片 成人 减压 风景",
    "儿童 木质拼图 动物 早教",
    "国际象棋 木质 折叠 棋盘",
    "中国象棋 实木 大号 家用",
    "飞行棋 跳棋 二合一 儿童",
    "麻将 家用 手搓 中号",
    "桌游卡牌 聚会 多人 休闲",
    "换装娃娃 公主 礼盒 关节 可动",
    "仿真 婴儿 娃娃 软胶 55厘米",
    "娃娃衣服 18寸 连衣裙 12套",
    "木质 娃娃屋 三层 带家具",
    "过家家 厨房 玩具 女孩",
    "婴儿推车 轻便 折叠 可坐可躺",
    "婴儿推车 双向 高景观 避震",
    "遛娃神器 一键收车 轻便",
    "双胞胎 婴儿推车 并排",
    "推车 通用 雨罩 防风 透明",
    "儿童安全座椅 汽车用 0-12岁",
    "儿童 增高垫 汽车 3-12岁",
    "安全座椅 通用 凉席 夏季",
    "宝宝 餐椅 可折叠 家用",
    "儿童 实木 餐椅 成长椅",
    "婴儿 摇椅 安抚 电动",
    "学步车 防侧翻 多功能",
    "婴儿床 拼接 大床 实木",
    "游戏围栏 室内 宝宝 爬行",
    "婴儿 背带 腰凳 四季",
    "儿童 电动车 四轮 遥控",
    "儿童 平衡车 无脚踏",
    "滑梯 秋千 组合 室内",
    "早教 形状 配对 盒",
    "婴儿 牙胶 硅胶 安抚",
    "床铃 旋转 音乐 新生儿",
    "爬行垫 加厚 折叠 宝宝",
    "儿童 帐篷 室内 游戏屋",
]
CLEAN = [_e("clean", "", title) for title in _CLEAN_TITLES + _CLEAN_ZH]

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
