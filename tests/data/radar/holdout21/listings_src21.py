"""Hand-written listings of the twenty-first held-out corpus (English and Chinese), as sellers
on B2B cross-border marketplaces word them. ``hg()`` and ``fw()`` only spell Cyrillic/Greek
look-alike and full-width letters for the letters named; ``ZW`` is a zero-width space."""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK = {
    *(("a", "а"), ("e", "е"), ("o", "о"), ("c", "с"), ("p", "р"), ("x", "х")),
    *(("i", "і"), ("y", "у"), ("s", "ѕ"), ("A", "Α"), ("O", "Ο"), ("X", "Χ")),
    *(("E", "Е"), ("H", "Н"), ("K", "К"), ("T", "Т"), ("C", "С"), ("B", "В")),
}
LOOK = dict(_LOOK)


def hg(text: str, letters: str) -> str:
    """``text`` with each of ``letters`` spelled by its Cyrillic/Greek look-alike."""
    return "".join(LOOK[ch] if ch in letters and ch in LOOK else ch for ch in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (letters, digits, space)."""
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
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


def _e(case: str, rows: list[tuple]) -> list[Entry]:
    """Rows of one case: (group, title[, description[, brand]])."""
    return [Entry(case, *row) for row in rows]


EXACT = _e(
    "exact",
    [
        ("r21-staedtler", "Staedtler Mars Lumograph Drawing Pencils 12 Grades Tin Set"),
        ("r21-ibanez", "Ibanez RG Series Electric Guitar 24 Frets HSH Pickups"),
        # Away names the maker of a suitcase: brand position.
        ("r21-away", "Away The Carry-On Hardside Spinner Luggage 21 inch Navy"),
        # Cross names the maker of a pen: brand position.
        ("r21-cross", "Cross Century II Ballpoint Pen Chrome Gift Box"),
        ("r21-halo", "HALO Swaddle Wearable Blanket Micro-Fleece Baby 3-6M"),
        ("r21-joie", "Joie i-Spin 360 Rotating Car Seat Isofix Baby 0-4Y"),
        ("r21-elixir", "Elixir Nanoweb Acoustic Guitar Strings Light 12-53 Phosphor Bronze"),
        ("r21-vox", "VOX AC15 Guitar Tube Amp Combo 15W Wholesale"),
        (
            "r21-roland",
            "Electronic Drum Kit Mesh Heads 5-Piece Bluetooth",
            "Roland TD-07 module, export version.",
        ),
        ("r21-ludwig", "Ludwig Supraphonic Snare Drum 14x6.5 Chrome"),
        ("r21-skippy", "Skippy Creamy Peanut Butter 340g Jar Case of 12"),
        ("r21-boon", "Boon Grass Countertop Drying Rack for Baby Bottles Green"),
        ("r21-stan-smith", "Stan Smith Sneakers White Green Heel Tab Unisex Leather"),
        ("r21-cordoba", "Córdoba C7 Classical Guitar Solid Cedar Top Rosewood"),
        ("r21-field-notes", "Field Notes Kraft Memo Books 3-Pack Graph Paper"),
        ("r21-pearl-river", "珠江立式钢琴 家用考级 118型 厂家直发"),
        # 敦煌 names the maker of a guzheng here (brand position), not the place.
        ("r21-dunhuang", "敦煌古筝 初学者考级 21弦 楠木 送全套配件"),
        ("r21-sanquan", "三全 速冻水饺 猪肉白菜 1kg 批发"),
        ("r21-myfoodie", "麦富迪 狗粮 成犬通用 10kg 牛肉双拼"),
        (
            "r21-glossier",
            "Balm Lip Moisturizer Tinted Tube 15ml Wholesale",
            "Glossier Balm Dotcom same formula, 6 flavours in stock.",
        ),
        (
            "r21-schleich",
            "Hand Painted Farm Animal Figures Set 12pcs Kids Toy",
            "Schleich Farm World horse and cow figures, original boxes, mixed lot.",
        ),
        (
            "r21-nylabone",
            "Dog Chew Bone Nylon Durable Power Chew Chicken Flavor Large",
            "Nylabone DuraChew, retail packed, US warehouse stock.",
        ),
        ("r21-qiaodan", "男子运动跑鞋 透气网面 缓震 跑步鞋", "乔丹官方旗舰同款 正品 2024新款"),
        (
            "r21-delsey",
            "Hardside Expandable Spinner Luggage 3-Piece Set Double Wheels",
            "Delsey Chatelet style, TSA lock, 20/24/28 inch.",
        ),
    ],
)

ALIAS = _e(
    "alias",
    [
        ("r21-qiaodan", "Qiaodan Men's Basketball Shoes High Top Cushion Wholesale"),
        ("r21-proya", "Proya Ruby Anti-Wrinkle Serum 30ml Private Stock"),
        ("r21-pearl-river", "Pearl River Upright Piano 121cm Polished Ebony"),
        ("r21-dunhuang", "Dunhuang Guzheng 21 Strings Professional Concert Grade"),
        ("r21-myfoodie", "Myfoodie Cat Treats Freeze Dried Chicken 100g"),
        (
            "r21-hsufuchi",
            "Chinese New Year Assorted Candy 500g Gift Bag",
            "Hsu Fu Chi mixed candy, factory sealed.",
        ),
        # Daphne on women's pumps names the shoe maker (brand position), not a given name.
        ("r21-daphne", "Daphne Women Pointed Toe Pumps Mid Heel Office Shoes"),
        ("r21-beingmate", "Beingmate Infant Formula Milk Powder Stage 1 900g"),
        ("r21-ferrero-rocher", "Ferrero Chocolate Hazelnut Pralines T24 Gift Box"),
        ("r21-biore", "Biore UV Aqua Rich Watery Essence SPF50 50g"),
        ("r21-vtech", "V-Tech Kids Learning Laptop Toy English Alphabet"),
        ("r21-avent", "Philips Avent Natural Baby Bottles 260ml Twin Pack"),
        ("r21-cross", "A.T. Cross Townsend Rollerball Pen Black Lacquer"),
        ("r21-sailor", "Sailor Pen Pro Gear Fountain Pen 21K Gold Nib"),
        ("r21-cordoba", "Cordoba C5 Classical Guitar Cedar Top Nylon String"),
        ("r21-thundershirt", "Thunder Shirt Dog Anxiety Jacket Calming Wrap Size M"),
        ("r21-bao-bao", "BAO BAO ISSEY MIYAKE Prism Geometric Tote Bag Matte"),
        ("r21-halo", "HALO SleepSack Wearable Blanket 100% Cotton 0-6M"),
        (
            "r21-sanquan",
            "速冻汤圆 黑芝麻馅 500g 超市同款",
            "Sanquan brand frozen tangyuan, export carton.",
        ),
        (
            "r21-away",
            "Aluminum Carry-On Suitcase with Ejectable Battery 21 inch",
            "Away Travel The Bigger Carry-On look, polycarbonate shell.",
        ),
        (
            "r21-ludwig",
            "Acrylic Drum Kit 5-Piece Vistalite Look Amber",
            "Ludwig Drums Vistalite reissue replica shells, hardware included.",
        ),
        (
            "r21-boogie-board",
            "LCD Writing Tablet 8.5 inch Reusable Memo Pad Kids",
            "Boogie Board eWriter Jot same screen, one-touch erase.",
        ),
    ],
)

CHINESE = _e(
    "chinese",
    [
        ("r21-kokuyo", "国誉 活页本 笔记本 学生文具 批发"),
        # 渴望 ("longing") on cat food names the maker: brand position.
        ("r21-orijen", "渴望 全价猫粮 六种鱼 5.4kg 原装进口"),
        ("r21-acana", "爱肯拿 狗粮 农场盛宴 11.4kg"),
        ("r21-calbee", "水果麦片 700g 日本进口 早餐", "卡乐比 富果乐 正品"),
        ("r21-ferrero-rocher", "费列罗 榛果威化巧克力 30粒 婚庆喜糖"),
        ("r21-biore", "碧柔 水感防晒霜 50g 清爽不油腻"),
        ("r21-vtech", "伟易达 儿童学习机 早教 英语点读"),
        ("r21-avent", "新安怡 宽口径奶瓶 260ml 防胀气"),
        ("r21-tory-burch", "汤丽柏琦 女士托特包 真皮 大容量"),
        ("r21-furla", "芙拉 女包 巴士包 迷你 斜挎"),
        ("r21-delsey", "戴乐世 拉杆箱 20寸 登机箱 万向轮"),
        ("r21-mustela", "妙思乐 婴儿润肤乳 300ml 法国进口"),
        ("r21-sanrio", "三丽鸥 卡通文具套装 儿童礼盒"),
        ("r21-tommee-tippee", "汤美天地 吸管杯 婴儿学饮杯 防漏"),
        ("r21-sailor", "写乐 钢笔 14K金尖 长刀研"),
        ("r21-joie", "巧儿宜 安全座椅 0-12岁 ISOFIX"),
        ("r21-skippy", "四季宝 花生酱 柔滑型 340g 早餐"),
        ("r21-stan-smith", "斯坦史密斯 小白鞋 男女同款 板鞋"),
        ("r21-hsufuchi", "喜糖 散装 混合口味 酥心糖 5斤装", "徐福记 正品 年货 批发"),
        ("r21-proya", "红宝石精华 抗皱紧致 30ml", "珀莱雅 同款 专柜正品"),
        ("r21-florasis", "雕花口红 东方彩妆 哑光 送礼盒", "花西子同款 浮雕唇膏"),
        ("r21-daphne", "女鞋 尖头 高跟鞋 单鞋 通勤", "达芙妮 正品 尾单 断码清仓"),
    ],
)

CASE_WIDTH = _e(
    "case_width",
    [
        ("r21-tory-burch", "TORY BURCH Miller Sandals Women Flat Leather"),
        ("r21-sanrio", "sanrio Kawaii Stationery Sticker Pack 100pcs"),
        ("r21-away", fw("AWAY") + " Luggage Aluminum Carry-On Suitcase Silver"),
        ("r21-halo", fw("HALO") + " Sleepsack Baby Sleeping Bag Cotton"),
        ("r21-orijen", "oRiJeN Original Dog Food Grain Free 11.4kg"),
        ("r21-furla", fw("FURLA") + " Metropolis Mini Chain Shoulder Bag"),
        ("r21-kokuyo", "KOKUYO Campus Notebook B5 Dot Ruled 5 Pack"),
        ("r21-calbee", fw("CALBEE") + " Potato Chips Hot Chili 55g x 20"),
        (
            "r21-mustela",
            "Baby Cleansing Water No Rinse 300ml",
            "mustela micellar water, pharmacy stock.",
        ),
        ("r21-vox", fw("VOX") + " amPlug 2 Headphone Guitar Amplifier"),
        ("r21-roland", "ROLAND Digital Piano FP-30X 88 Keys"),
        ("r21-zildjian", "zildjian Drumsticks 5A Hickory Wood Tip Pair"),
        ("r21-skippy", fw("SKIPPY") + " Super Chunk Peanut Butter 462g"),
        ("r21-glossier", "GLOSSIER You Solid Perfume 5ml Travel"),
        ("r21-acana", "acana Dog Treats Freeze Dried Beef Liver"),
        ("r21-vtech", "vtech Baby Walker 2-in-1 Sit to Stand Learning"),
        (
            "r21-delsey",
            "Luggage Set 3 Pieces Hard Shell 55/66/76cm",
            fw("DELSEY") + " Paris style with double zips.",
        ),
        (
            "r21-nylabone",
            "Puppy Teething Ring Chew Toy Bacon Flavor",
            "nylabone puppy starter kit, retail blister pack.",
        ),
        (
            "r21-ferrero-rocher",
            "Hazelnut Chocolate Balls Gold Foil 16pcs Gift",
            "FERRERO ROCHER same taste, Italian recipe.",
        ),
        ("r21-cordoba", "古典吉他 39寸 单板 云杉", fw("CORDOBA") + " 同款 琴型"),
    ],
)

ACCENT = _e(
    "accent",
    [
        ("r21-tory-burch", "Törý Burch Kira Chevron Quilted Shoulder Bag"),
        ("r21-sanrio", "Sanrió Pastel Memo Pads Set Kawaii Office"),
        ("r21-faber-castell", "Fàber-Castell Pitt Artist Pens Brush Set 12"),
        ("r21-orijen", "Orijèn Cat & Kitten Dry Food 5.4kg"),
        ("r21-ferrero-rocher", "Ferrèro Rocher Chocolates 48pcs Diamond Box"),
        ("r21-biore", "Biorè UV Sunscreen Milk SPF50 Travel Size"),
        ("r21-avent", "Àvent Anti-Colic Baby Bottle 330ml"),
        ("r21-delsey", "Delséy Hardside Spinner Carry On 55cm"),
        ("r21-mustela", "Mustéla Stelatopia Emollient Cream Baby 200ml"),
        (
            "r21-joie",
            "Baby Stroller Lightweight Foldable Travel System",
            "Jöie Litetrax frame, EU stock.",
        ),
        ("r21-elixir", "Élixir Optiweb Electric Guitar Strings 09-42"),
        ("r21-cordoba", "Cördoba Concert Ukulele Mahogany 23 inch"),
        ("r21-roland", "Rolánd Electronic Keyboard 61 Keys Arranger"),
        ("r21-ludwig", "Ludwíg Black Beauty Snare Drum 14 inch"),
        ("r21-glossier", "Glossíer Boy Brow Grooming Pomade"),
        ("r21-calbee", "Calbée Jagarico Potato Sticks Salad 12 Cups"),
        (
            "r21-schleich",
            "Dinosaur Figures Realistic Hand Painted T-Rex Toy",
            "Schléich dinosaurs series, mixed assortment 24 pcs.",
        ),
        (
            "r21-kokuyo",
            "Soft Ring Binder Notebook A5 Pastel Student",
            "Kokuyö soft ring series, Japan design.",
        ),
        (
            "r21-temptations",
            "Crunchy Cat Treats Tasty Chicken Flavor 85g Pouch",
            "Temptatiöns cat treats, bulk 24 pouches.",
        ),
        (
            "r21-sailor",
            "Fountain Pen 14K Gold Nib Black Resin Medium",
            "Saílor Pro Gear Slim, with box and converter.",
        ),
    ],
)

HOMOGLYPH = _e(
    "homoglyph",
    [
        ("r21-tory-burch", hg("Tory Burch", "o") + " Ella Nylon Tote Bag Large"),
        ("r21-sanrio", hg("Sanrio", "ao") + " Kawaii Pencil Case Multi Layer"),
        ("r21-away", hg("Away", "a") + " Luggage Medium Checked Suitcase 24 inch"),
        ("r21-cross", hg("Cross", "o") + " Classic Century Fountain Pen Medium Nib"),
        ("r21-halo", hg("HALO", "AO") + " Swaddle Newborn Wearable Blanket"),
        ("r21-orijen", hg("Orijen", "oe") + " Six Fish Dog Food 11.4kg"),
        ("r21-acana", hg("Acana", "ac") + " Wild Prairie Cat Food 4.5kg"),
        ("r21-furla", hg("Furla", "a") + " 1927 Top Handle Bag Mini Leather"),
        ("r21-mustela", hg("Mustela", "ea") + " Baby Shampoo Foam Newborn 150ml"),
        ("r21-joie", hg("Joie", "oe") + " i-Traver Booster Car Seat Group 2/3"),
        ("r21-elixir", hg("Elixir", "ei") + " Phosphor Bronze Acoustic Strings 11-52"),
        (
            "r21-roland",
            "Portable Synthesizer 49 Keys Battery Powered",
            hg("Roland", "oa") + " JD-Xi engine.",
        ),
        ("r21-skippy", hg("Skippy", "p") + " Natural Creamy Peanut Butter Spread 1.1kg"),
        ("r21-glossier", hg("Glossier", "oe") + " Futuredew Oil Serum 30ml"),
        ("r21-zildjian", hg("Zildjian", "a") + " Planet Z Cymbal Pack 14/16/20"),
        ("r21-vox", hg("VOX", "OX") + " Mini Amp Portable Guitar Amplifier 3W"),
        ("r21-qiaodan", "篮球鞋 高帮 男款 防滑耐磨", hg("Qiaodan", "ao") + " 正品 清仓"),
        (
            "r21-ferrero-rocher",
            "Chocolate Pralines Hazelnut Crispy Gift Box 30pcs",
            hg("Ferrero Rocher", "eo") + " recipe, wedding favors.",
        ),
        (
            "r21-tommee-tippee",
            "Baby Bottle Closer to Nature 260ml 2 Pack",
            hg("Tommee Tippee", "oe") + " anti-colic teat included.",
        ),
        (
            "r21-field-notes",
            "Pocket Memo Books 3-Pack Kraft Cover Graph Paper 48 Pages",
            hg("Field Notes", "eo") + " original edition look, 3.5 x 5.5 inch.",
        ),
    ],
)

LEETSPEAK = _e(
    "leetspeak",
    [
        ("r21-tory-burch", "T0ry Burch Robinson Saffiano Tote Bag"),
        ("r21-away", "Aw@y Luggage The Carry-On Polycarbonate Shell"),
        ("r21-cross", "Cr0ss Century Classic Pen Set Gift Box Chrome"),
        ("r21-halo", "H4LO Sleepsack Cotton Wearable Blanket 6-12M"),
        ("r21-orijen", "0rijen Regional Red Dog Food Grain Free 6kg"),
        ("r21-acana", "Ac@na Classic Red Meat Dog Food 14.5kg"),
        ("r21-furla", "Furl4 Metropolis Shoulder Bag Women Chain"),
        ("r21-mustela", "Mu$tela Hydra Bebe Body Lotion 500ml"),
        ("r21-joie", "Jo1e Signature Stroller Aire Twin"),
        ("r21-elixir", "El1x1r Nanoweb Bass Strings Medium 45-105"),
        ("r21-roland", "R0land Electronic V-Drums Kit Mesh Pad"),
        (
            "r21-skippy",
            "Peanut Butter Creamy Squeeze Pack 6 x 32g",
            "Sk1ppy squeeze packs, US made.",
        ),
        ("r21-glossier", "Gl0ssier Cloud Paint Gel Cream Blush"),
        ("r21-zildjian", "Z1ldjian K Custom Dark Ride Cymbal 20 inch"),
        ("r21-vox", "V0X Valvetronix Modeling Amp 20W"),
        ("r21-thundershirt", "Thund3rShirt Classic Dog Anxiety Vest Heather Gray"),
        ("r21-calbee", "C4lbee Hot Chili Potato Chips Snack 12 Bags"),
        (
            "r21-kokuyo",
            "Campus Notebooks A5 Lined 40 Sheets 10 Pack",
            "K0kuyo Campus series, 5mm rule.",
        ),
        (
            "r21-nylabone",
            "Durable Dog Chew Wishbone Shape Bacon Flavor XL",
            "Nyl@bone power chew, wolf size.",
        ),
        (
            "r21-delsey",
            "Polypropylene Spinner Suitcase 68cm Anti-Theft Zip",
            "D3lsey Paris Helium Aero look.",
        ),
        ("r21-biore", "Pore Strips Nose Deep Cleansing 14 Strips", "B1ore pore strips, Japan."),
    ],
)

SPACING = _e(
    "spacing",
    [
        ("r21-tory-burch", "T o r y B u r c h Lee Radziwill Petite Bag"),
        ("r21-sanrio", "San rio Character Eraser Set 30pcs Kids"),
        ("r21-away", "A.W.A.Y Carry-On Luggage Charcoal Lightweight"),
        ("r21-cross", "C-R-O-S-S Bailey Ballpoint Pen Blue Lacquer"),
        ("r21-halo", "H A L O Sleepsack Wearable Blanket Organic Cotton"),
        ("r21-orijen", "O r i j e n Fit & Trim Dog Food 11.4kg"),
        ("r21-acana", "A_C_A_N_A Grasslands Cat Food Freeze Dried Coated"),
        (
            "r21-furla",
            "Women Leather Wallet Zip Around Card Slots",
            "F.U.R.L.A Babylon wallet, dust bag.",
        ),
        ("r21-mustela", "Mus-tela Baby Bath Gel 500ml"),
        ("r21-joie", "J o i e Travel System Stroller with Car Seat"),
        ("r21-elixir", "E.L.I.X.I.R Polyweb Acoustic Strings 12-53"),
        ("r21-roland", "R-o-l-a-n-d Digital Piano 88 Weighted Keys"),
        ("r21-skippy", "S_k_i_p_p_y Peanut Butter Bites Snack"),
        ("r21-glossier", f"Glos{ZW}sier Milky Jelly Cleanser 180ml"),
        ("r21-zildjian", "Z i l d j i a n Cymbal Cleaner Polish 8oz"),
        ("r21-vox", "V O X Amplug Guitar Headphone Amp Clean"),
        ("r21-yakult", "养 乐 多 乳酸菌饮料 100ml 整箱 50瓶"),
        ("r21-pearl-river", "珠 江 钢琴 立式 家用 88键"),
        ("r21-kokuyo", "Me Style Gel Pen 0.5mm 10 Colors", "K-o-k-u-y-o gel pen series."),
        (
            "r21-calbee",
            "Fruit Granola Cereal 750g Breakfast Bag",
            "C a l b e e Frugra recipe, Japan import.",
        ),
        (
            "r21-schleich",
            "Horse Club Figures Stable Playset 40 Pieces",
            "S.c.h.l.e.i.c.h horse club set, boxed.",
        ),
    ],
)

MISSPELLING = _e(
    "misspelling",
    [
        ("r21-tory-burch", "Tori Burch Flat Ballet Shoes Women Leather"),
        ("r21-faber-castell", "Faber Castel Colored Pencils 48 Tin Artist"),
        # "Origen" is also a name, but on dog food it is Orijen misspelt: a positive.
        ("r21-orijen", "Origen Dog Food Puppy Large Breed 11.4kg"),
        ("r21-ferrero-rocher", "Ferero Rocher Chocolate Hazelnut 16 Pieces"),
        ("r21-tommee-tippee", "Tomee Tipee Sippy Cup Baby 300ml"),
        ("r21-delsey", "Delsy Paris Suitcase 20 Inch Carry On"),
        ("r21-mustela", "Mustella Baby Diaper Cream 100ml"),
        ("r21-glossier", "Glosier Balm Lip Tint Berry"),
        (
            "r21-zildjian",
            "Brass Cymbals Set 14 16 20 inch Drum Kit",
            "Zildjan ZBT pack, B8 bronze.",
        ),
        ("r21-ludwig", "Ludvig Snare Drum Acrolite 14x5"),
        ("r21-calbee", "Kalbee Potato Chips Seaweed Flavor 60g"),
        ("r21-skippy", "Skippi Peanut Butter Creamy 1kg"),
        ("r21-nylabone", "Nyllabone Dog Chew Toy Extreme Durable"),
        ("r21-elixir", "Elixer Guitar Strings Nanoweb Coated"),
        ("r21-yakult", "养乐哆 乳酸菌 100ml 瓶装"),
        ("r21-ferrero-rocher", "费雷罗 金球巧克力 婚庆喜糖 30粒"),
        ("r21-qiaodan", "乔单 运动鞋 男鞋 跑步"),
        ("r21-hsufuchi", "徐福纪 酥心糖 散装 喜糖 500g"),
        ("r21-daphne", "达芙尼 女鞋 单鞋 粗跟 春季"),
        (
            "r21-acana",
            "Grain Free Dog Food Free-Run Poultry 11.4kg",
            "Accana recipe, imported from Canada.",
        ),
        ("r21-proya", "Double Anti Essence Serum 50ml Wholesale", "Porya skincare same formula."),
    ],
)

BRAND_FIELD = _e(
    "brand_field",
    [
        ("r21-sanrio", "Kawaii Cartoon Gel Pen Set 12pcs", "", "三丽鸥"),
        ("r21-away", "Polycarbonate Carry-On Spinner Suitcase 21 inch", "", "Away"),
        ("r21-cross", "Ballpoint Pen Chrome Gift Boxed Refillable", "", "Cross"),
        ("r21-halo", "Baby Wearable Blanket Sleeping Bag Cotton", "", "HALO"),
        ("r21-orijen", "全价犬粮 无谷 11.4kg 加拿大进口", "", "渴望"),
        ("r21-roland", "Electronic Drum Set 5 Drums 3 Cymbals Mesh", "", "Roland"),
        ("r21-zildjian", "Cymbal Pack 14 Hi-Hat 16 Crash 20 Ride", "", "Zildjian"),
        ("r21-elixir", "Acoustic Guitar Strings Coated Light Gauge", "", "Elixir"),
        ("r21-joie", "Baby Car Seat 360 Rotation 0-36kg", "", "Joie"),
        ("r21-qiaodan", "男子篮球鞋 实战 缓震 高帮", "", "乔丹"),
        ("r21-pearl-river", "立式钢琴 88键 家用考级 黑色", "", "珠江"),
        ("r21-dunhuang", "古筝 初学 21弦 桐木面板", "", "敦煌"),
        ("r21-myfoodie", "猫粮 冻干双拼 成猫 1.5kg", "", "麦富迪"),
        ("r21-florasis", "Carved Lipstick Matte Oriental Design Gift", "", "Florasis"),
        ("r21-beingmate", "婴儿配方奶粉 1段 800g", "", "贝因美"),
        ("r21-skippy", "Peanut Butter Creamy 340g Jar", "", "Skippy"),
        ("r21-ludwig", "Snare Drum 14x5.5 Steel Shell", "", "Ludwig"),
        ("r21-bao-bao", "Geometric Prism Tote Bag Triangle Panels", "", "Bao Bao"),
        ("r21-glossier", "Skin Tint Dewy Foundation 30ml", "", "Glossier"),
    ],
)

IMAGE = [
    Entry("image", group, title, image=True)
    for group, title in [
        ("r21-qiaodan", "男子跑步鞋 轻便透气 缓震 运动鞋 批发"),
        ("r21-florasis", "Oriental Carved Lipstick Phoenix Engraving Matte"),
        ("r21-florasis", "花雕口红 东方美妆 浮雕 礼盒装"),
        ("r21-pearl-river", "Upright Piano 123cm Home Practice Black Polish"),
        ("r21-hsufuchi", "酥心糖 混合口味 喜糖 散装 2.5kg"),
        ("r21-staedtler", "Blue Graphite Pencils HB 12 Pack Office"),
        ("r21-faber-castell", "Green Hexagonal Graphite Pencils Artist Sketch Set"),
        ("r21-ibanez", "Electric Guitar Superstrat Floyd Rose Tremolo"),
        ("r21-ibanez", "Acoustic Electric Guitar Cutaway Natural Finish"),
        ("r21-orijen", "Grain Free Dog Food High Protein 11.4kg Bag"),
        ("r21-yakult", "Probiotic Milk Drink Red Cap Mini Bottles 5 Pack"),
        ("r21-ferrero-rocher", "Gold Foil Hazelnut Chocolate Balls 24pcs Box"),
        ("r21-tory-burch", "Women Leather Tote Bag Medallion Logo Gold"),
        ("r21-sanrio", "Kawaii Cartoon Character Plush Keychain Pink"),
        ("r21-away", "Hardshell Carry-On Suitcase Spinner 4 Wheels Navy"),
        ("r21-halo", "Baby Sleeping Bag Zip Wearable Blanket 0-6M"),
        ("r21-cordoba", "Classical Guitar Solid Cedar Top 39 inch"),
        ("r21-bao-bao", "Geometric Triangle Panel Tote Bag Foldable Matte"),
    ]
]


def _m(group, title, description="", expected=None, without=None):
    return Entry("mixed", group, title, description, "", False, expected, without)


MIXED = [
    _m("r21-yakult", "养乐多 Yakult 乳酸菌饮品 100ml 50瓶"),
    _m(
        "r21-tory-burch",
        "Tory Burch & Furla Style Mini Bags Bundle Lot",
        expected=("r21-tory-burch", "r21-furla"),
    ),
    _m(
        "r21-orijen",
        "Orijen Acana Dog Food Sample Pack Mixed 2kg",
        expected=("r21-orijen", "r21-acana"),
    ),
    # A bag maker's mark on a luggage tag for a named suitcase: Away joins only with the switch off.
    _m(
        "r21-tory-burch",
        "T0ry Burch Leather Luggage Tag for Away Suitcase",
        without=("r21-tory-burch", "r21-away"),
    ),
    _m(
        "r21-elixir",
        "Elixir Strings for Ibanez RG Guitar 09-42 Nanoweb",
        without=("r21-elixir", "r21-ibanez"),
    ),
    _m(
        "r21-ludwig",
        "Ludwig Drum Throne Cushion for Roland V-Drums Kit",
        without=("r21-ludwig", "r21-roland"),
    ),
    _m(
        "r21-mustela",
        "Mustela Diaper Cream + Avent Bottle Newborn Gift Set",
        expected=("r21-mustela", "r21-avent"),
    ),
    _m("r21-sanrio", "三丽鸥 Sanrio 文具礼盒 儿童 开学"),
    _m(
        "r21-cross",
        "Cross Fountain Pen with Sailor Ink Cartridges Gift Set",
        expected=("r21-cross", "r21-sailor"),
    ),
    _m(
        "r21-glossier",
        "Glossier Boy Brow + Bioré Pore Strips Beauty Bundle",
        expected=("r21-glossier", "r21-biore"),
    ),
    _m(
        "r21-avent",
        "Philips Avent Bottle Warmer compatible with Tommee Tippee Bottles",
        without=("r21-avent", "r21-tommee-tippee"),
    ),
    _m(
        "r21-vox",
        "VOX amPlug for Ibanez Electric Guitar Headphone Amp",
        without=("r21-vox", "r21-ibanez"),
    ),
    _m(
        "r21-delsey",
        "Delsey Paris Luggage Cover fits Away Bigger Carry-On",
        without=("r21-delsey", "r21-away"),
    ),
    _m("r21-qiaodan", "乔丹 Qiaodan 篮球鞋 男 实战"),
    _m(
        "r21-calbee",
        "Chips and Peanut Butter Snack Bundle Office Pantry",
        "Calbee chips with Skippy peanut butter cups.",
        expected=("r21-calbee", "r21-skippy"),
    ),
    _m(
        "r21-nylabone",
        "Nylabone Chew Toy + Temptations Treats Pet Bundle",
        expected=("r21-nylabone", "r21-temptations"),
    ),
    _m(
        "r21-roland",
        "Roland & Zildjian Electronic Drum Bundle Cymbal Upgrade",
        expected=("r21-roland", "r21-zildjian"),
    ),
    _m("r21-myfoodie", "狗零食 鸡肉干 训练奖励 500g", "麦富迪 Myfoodie 正品 同款"),
    _m(
        "r21-cordoba",
        "Ukulele Soprano Mahogany with Gig Bag",
        "Córdoba 15CM style, C0rdoba headstock logo.",
    ),
    _m(
        "r21-thundershirt",
        "Dog Calming Vest Anxiety Relief Wrap Gray",
        "ThunderShirt classic; Thund3rShirt sizing chart.",
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

COMPAT = _e(
    "compat",
    [
        ("r21-away", "Replacement Spinner Wheels for Away Carry-On Suitcase 4pcs"),
        ("r21-away", "Clear Luggage Cover Protector fits Away The Bigger Carry-On"),
        ("r21-delsey", "Replacement Telescopic Handle for Delsey Luggage"),
        ("r21-delsey", "Delsey compatible TSA Lock Replacement Zipper Lock"),
        ("r21-joie", "Rain Cover for Joie Stroller Universal Clear"),
        ("r21-joie", "Cup Holder compatible with Joie Pushchair Clip-On"),
        ("r21-joie", "Sunshade Canopy for Joie Infant Car Seat"),
        ("r21-avent", "Wide Neck Nipples compatible with Philips Avent Natural Bottles 2pcs"),
        ("r21-avent", "Replacement Duckbill Valves for Avent Breast Pump"),
        ("r21-tommee-tippee", "Silicone Teats works with Tommee Tippee Closer to Nature Bottles"),
        ("r21-tommee-tippee", "Bottle Brush designed to fit Tommee Tippee Anti-Colic Bottles"),
        ("r21-boon", "Replacement Stems compatible for Boon Grass Drying Rack"),
        ("r21-vtech", "Power Adapter 9V for VTech Baby Monitor"),
        ("r21-boogie-board", "Replacement Stylus Pen for Boogie Board Jot LCD Writer"),
        ("r21-boogie-board", "Protective Sleeve fits Boogie Board 10.5 inch"),
        ("r21-stan-smith", "Replacement Laces for Stan Smith Sneakers White Flat 120cm"),
        ("r21-tory-burch", "Shoulder Strap Replacement for Tory Burch Bag 120cm"),
        ("r21-furla", "Bag Organizer Insert for Furla Metropolis Shoulder Bag"),
        ("r21-bao-bao", "Purse Organizer fits Bao Bao Prism Tote Felt Insert"),
        ("r21-bao-bao", "Shoulder Strap Replacement for Bao Bao Tote Leather"),
        ("r21-ibanez", "Tremolo Arm Replacement for Ibanez Edge Bridge"),
        ("r21-ibanez", "Pickguard compatible with Ibanez RG Series HSH"),
        ("r21-roland", "Mesh Drum Head 10 inch for Roland TD-1 Kit"),
        ("r21-roland", "Roland compatible Sustain Pedal for Digital Piano"),
        ("r21-roland", "Compatible with Roland TD-07 Rubber Kick Pad Beater"),
        ("r21-ludwig", "Snare Wires 20 Strand for Ludwig Supraphonic"),
        ("r21-ludwig", "Drum Key for Ludwig Drums Chrome Tuning"),
        ("r21-zildjian", "Cymbal Sleeves Felt Washers works with Zildjian Cymbals"),
        ("r21-vox", "Dual Footswitch for VOX Valvetronix Amp"),
        ("r21-cordoba", "Gig Bag designed to fit Cordoba C5 Classical Guitar"),
        ("r21-cordoba", "Guitar Strap Lock works with Cordoba Ukulele"),
        ("r21-pearl-river", "Piano Cover Dustproof for Pearl River Upright 121"),
        ("r21-cross", "Gel Ink Refills for Cross Ballpoint Pens Black 6 Pack"),
        ("r21-sailor", "Converter compatible with Sailor Fountain Pens Piston"),
        ("r21-sailor", "Nib Replacement for Sailor Pro Gear Fine Steel"),
        ("r21-staedtler", "Lead Refills 2mm fits Staedtler Mars Technico Holder"),
        ("r21-faber-castell", "Eraser Refills for Faber-Castell Grip Pencils 10pcs"),
        ("r21-kokuyo", "Refill Paper B5 26 Holes for Kokuyo Binder Notebook"),
        ("r21-field-notes", "Leather Cover fits Field Notes Memo Books Handmade"),
        ("r21-thundershirt", "Velcro Replacement Straps for ThunderShirt Dog Vest"),
        ("r21-halo", "Replacement Zipper Pull for HALO SleepSack 2pcs"),
        ("r21-dunhuang", "古筝琴码 适用于敦煌古筝 21个装"),
        ("r21-tommee-tippee", "适用汤美天地奶瓶 奶嘴 宽口径 2只装"),
        ("r21-avent", "新安怡奶瓶 适配 吸管配件 替换装"),
        ("r21-vtech", "兼容伟易达 学习机 电源适配器 6V"),
        ("r21-joie", "替换 巧儿宜 推车 轮子 前轮 一对"),
        ("r21-delsey", "适用于戴乐世拉杆箱 万向轮 替换轮"),
        ("r21-pearl-river", "适用珠江钢琴 防尘罩 全罩 加厚"),
        ("r21-sailor", "适配写乐钢笔 吸墨器 旋转上墨"),
        ("r21-ibanez", "兼容依班娜 电吉他 摇把 镀铬"),
        ("r21-avent", "Avent compatible Bottle Storage Caps 10 Pack"),
    ],
)

INSIDE_WORD = _e(
    "inside_word",
    [
        ("r21-cross", "Women Crossbody Bag PU Leather Small Phone Purse"),
        ("r21-cross", "Lacrosse Stick Youth Aluminum Shaft with Pocket"),
        ("r21-cross", "Crossword Puzzle Book Large Print 200 Puzzles"),
        ("r21-cross", "Crossover Dog Harness No Pull Reflective"),
        ("r21-away", "Takeaway Food Containers Kraft Paper 500pcs"),
        ("r21-away", "Giveaway Party Favor Bags Kids 50pcs"),
        ("r21-away", "Stowaway Bag Organizer Insert Felt Tote"),
        ("r21-away", "Weekend Getaway Duffel Bag Canvas Leather Trim"),
        ("r21-away", "Castaway Island Treasure Chest Toy Pirate"),
        ("r21-halo", "Halogen Desk Lamp Bulb G9 40W Office"),
        ("r21-boon", "Baboon Plush Toy Stuffed Animal 30cm"),
        ("r21-boon", "Boonie Hat Bucket Hat Wide Brim Fishing"),
        ("r21-vox", "Voxel 3D Puzzle Blocks Pixel Art Kids"),
        ("r21-acana", "Maracana Stadium Football Keychain Metal"),
        ("r21-avent", "Aventurine Crystal Bracelet Natural Green Stone"),
        ("r21-avent", "Green Aventurine Beads 8mm Jewelry Making 45pcs"),
        ("r21-ludwig", "Ludwigsburg Porcelain Tea Cup Floral Vintage"),
        ("r21-sailor", "Sailorette Costume Halloween Women Navy"),
        ("r21-elixir", "Elixirium Skincare Gift Set Travel Minis"),
        ("r21-qiaodan", "大小乔丹青画卷 国画 装饰挂画"),
        ("r21-sanquan", "一年级 语数英 三全套 练习册"),
        ("r21-pearl-river", "东方明珠江景 冰箱贴 上海纪念品"),
        ("r21-pearl-river", "珍珠江南风 发夹 复古 女"),
        ("r21-sailor", "练字帖 书写乐趣 成人楷书"),
        ("r21-sailor", "儿童读写乐园 识字卡片 早教"),
        ("r21-skippy", "四季宝宝睡袋 纯棉 防踢被 婴儿"),
        ("r21-skippy", "四季宝宝袜 地板袜 防滑 10双装"),
        ("r21-qiaodan", "小乔丹凤眼 古风发簪 汉服配饰"),
        ("r21-roland", "Rolandia Coffee Beans Brazil 1kg Medium Roast"),
    ],
)

GENERIC_WORD = _e(
    "generic_word",
    [
        ("r21-away", "Home Away From Home Doormat Coir 60x40cm"),
        ("r21-away", "Fly Away Rainbow Delta Kite Children Beach"),
        ("r21-away", "Take Away Coffee Cups with Lids 500pcs"),
        ("r21-cross", "Cross Pendant Necklace Stainless Steel Men"),
        # "cross training" and "cross strap" describe shoes, "cross body" a bag: words of
        # the shoe and bag trades, not the pen maker's mark.
        ("r21-cross", "Cross Training Shoes Women Gym Lightweight"),
        ("r21-cross", "Cross Strap Sandals Women Summer Flat"),
        ("r21-cross", "Cross Body Bag Nylon Waterproof Unisex"),
        ("r21-cross", "Cross Stitch Kit Sunflower Beginner 11CT"),
        ("r21-sailor", "Sailor Collar School Uniform Dress Girls"),
        ("r21-sailor", "Sailor Suit Baby Boy Navy Costume"),
        ("r21-sailor", "Sailor Knot Rope Bracelet Nautical Men"),
        ("r21-halo", "Angel Halo Headband Costume Gold Glitter"),
        ("r21-halo", "Halo Engagement Ring Cubic Zirconia Silver"),
        # "halo" hair extensions are a product type (a wire crown), not the baby brand.
        ("r21-halo", "Halo Hair Extensions Invisible Wire 20 inch"),
        # Borderline: bibs are the baby brand's own trade, but "a real boon" is the
        # ordinary noun in a sentence, not the maker's name (not a brand position).
        ("r21-boon", "A Real Boon for Busy Parents Silicone Bib Set 3pcs"),
        ("r21-joie", "Joie de Vivre Wall Art Print French Quote"),
        ("r21-temptations", "Summer Temptations Fruit Scented Candle Set"),
        ("r21-elixir", "Rose Elixir Face Oil Natural 30ml"),
        ("r21-elixir", "Herbal Elixir Tea Blend 100g Tin"),
        ("r21-vox", "Vox Populi Poster Latin Quote Print"),
        ("r21-cordoba", "Cordoba Spain Travel Souvenir Fridge Magnet"),
        # The mark as registered, with its accent, but the city's mosque on a jigsaw.
        ("r21-cordoba", "Mezquita de Córdoba Jigsaw Puzzle 1000 pcs"),
        ("r21-roland", "The Song of Roland Hardcover Book Classic"),
        # Beethoven's first name on music decor, not the drum maker.
        ("r21-ludwig", "Ludwig van Beethoven Bust Statue Resin Music Decor"),
        ("r21-ludwig", "Beethoven Ludwig Sonatas Sheet Music Book Piano"),
        # Skippy the bush kangaroo, a character name, not the peanut butter.
        ("r21-skippy", "Skippy Kangaroo Plush Toy Australia Souvenir"),
        ("r21-daphne", "Daphne Odora Plant Seeds Winter Daphne"),
        ("r21-daphne", "Daphne du Maurier Rebecca Paperback Novel"),
        ("r21-daphne", "阿波罗与达芙妮 雕塑 摆件 树脂"),
        # "field notes" describing what a surveyor's notebook is for (commented borderline:
        # stationery is the mark's own trade, but the words name the use, not a maker).
        ("r21-field-notes", "Waterproof Notebook for Geology Field Notes All Weather"),
        ("r21-field-notes", "Botany Field Notes Guide Book Wildflowers"),
        ("r21-boogie-board", "Boogie Board for Surfing Kids 33 inch EPS Bodyboard"),
        ("r21-boogie-board", "Foam Boogie Board Beach Toy with Leash"),
        # Bao Bao the giant panda born at the National Zoo.
        ("r21-bao-bao", "Bao Bao Panda Plush Toy Baby Gift 25cm"),
        # Borderline: "glossier" is the comparative of "glossy", describing the finish of a
        # nail top coat (beauty, the mark's trade); used as an adjective, not as a maker.
        ("r21-glossier", "Nail Top Coat for a Glossier Finish Quick Dry"),
        # 渴望 as the ordinary word "to long for", on a motto sticker.
        ("r21-orijen", "励志贴纸 渴望成功 学生文具 桌面标语"),
        ("r21-pearl-river", "珠江夜游 纪念品 冰箱贴 广州"),
        ("r21-pearl-river", "Pearl River Delta Map Poster Wall Art"),
        # Dunhuang mural motifs on a silk scarf: the place and its art, not the guzheng maker.
        ("r21-dunhuang", "敦煌壁画 飞天 丝巾 真丝"),
        ("r21-dunhuang", "敦煌 莫高窟 明信片 30张"),
        ("r21-dunhuang", "Dunhuang Mogao Caves Art Book Hardcover"),
        # The basketball player on a poster, not the shoe maker.
        ("r21-qiaodan", "篮球明星 乔丹 海报 23号 卧室装饰"),
        # Toshusai Sharaku the ukiyo-e artist (写乐), not the pen maker.
        ("r21-sailor", "东洲斋写乐 浮世绘 装饰画"),
    ],
)

COMMON_WORD = _e(
    "common_word",
    [
        ("r21-sailor", "Tailor Chalk Fabric Marker 10pcs Sewing"),
        ("r21-boon", "Moon Lamp 3D Print Kids Night Light"),
        ("r21-boon", "Baby Cloth Book Soft Crinkle Animals"),
        ("r21-boon", "Ankle Boot Women Chelsea Suede Block Heel"),
        ("r21-vox", "Guitar Pedal Box Enclosure Aluminum 1590B"),
        ("r21-vox", "Fox Ear Headband Costume Furry Orange"),
        ("r21-roland", "Polish Pottery Mug Handmade in Poland"),
        # Daphnia (water flea) fish food: two letters from Daphne, a common word of the trade.
        ("r21-daphne", "Dried Daphnia Fish Food Water Flea 100g"),
        ("r21-acana", "Arcana Tarot Cards Deck 78 with Guidebook"),
        ("r21-avent", "Advent Calendar Kids Toy 24 Days Countdown"),
        ("r21-avent", "Event Planner Notebook Weekly A5 Hardcover"),
        # "origin" is one letter from "Origen", the misspelling of Orijen used above.
        ("r21-orijen", "Country of Origin Labels Stickers 1000pcs"),
        ("r21-temptations", "Chocolate Temptation Cake Mould Silicone"),
        ("r21-biore", "Skin Biome Serum Probiotic 30ml"),
        ("r21-cross", "Garden Cress Seeds Microgreens 100g"),
        ("r21-joie", "Joke Book Kids Riddles 300 Jokes"),
        ("r21-qiaodan", "牡丹花 丝巾 真丝 印花 女"),
        ("r21-sanquan", "安全剪刀 儿童手工 圆头 10把"),
        ("r21-pearl-river", "珠宝首饰盒 多层 收纳 皮质"),
        ("r21-dunhuang", "辉煌岁月 钢琴谱 简易版"),
        ("r21-sailor", "快乐星球 儿童贴纸 奖励 100张"),
        ("r21-orijen", "希望之星 笔记本 软抄本 学生"),
        ("r21-kokuyo", "荣誉证书 外壳 A4 烫金 10个"),
        ("r21-biore", "温柔 针织开衫 女 春秋"),
        ("r21-furla", "芙蓉花 发夹 抓夹 大号"),
        ("r21-skippy", "四季豆 种子 高产 蔬菜 阳台"),
        ("r21-halo", "Hallo Welcome Doormat German Style 40x60"),
        ("r21-delsey", "Kelsey Name Necklace Gold Plated Custom"),
    ],
)

CLEAN = _e(
    "clean",
    [
        ("", "Women Canvas Tote Bag Large Capacity Shopping"),
        ("", "Men Running Shoes Breathable Mesh Lightweight Wholesale"),
        ("", "Kids Rain Boots Rubber Waterproof Cartoon Print"),
        ("", "Leather Belt Men Automatic Buckle Black 120cm"),
        ("", "Silk Scarf Women Square 70cm Floral Print"),
        ("", "Baseball Cap Embroidered Custom Logo Cotton"),
        ("", "Ladies Ballet Flats Soft Sole Foldable Travel"),
        ("", "Wool Beanie Winter Knit Hat Unisex Ribbed"),
        ("", "Women High Waist Yoga Leggings Squat Proof"),
        ("", "Men Leather Loafers Slip On Driving Shoes Brown"),
        ("", "Hard Shell Suitcase 24 inch Spinner Wheels ABS"),
        ("", "Packing Cubes Set 6pcs Travel Organizer"),
        ("", "Laptop Backpack 15.6 inch USB Charging Port Anti-Theft"),
        ("", "Foldable Duffel Bag Gym Sports Shoe Compartment"),
        ("", "Luggage Scale Digital 50kg Portable Hook"),
        ("", "Passport Holder Wallet RFID Blocking PU Leather"),
        ("", "Kids Trolley School Bag Wheels Primary"),
        ("", "Vitamin C Serum Face Brightening 30ml OEM"),
        ("", "Hyaluronic Acid Moisturizer Cream 50g Private Label"),
        ("", "Matte Liquid Lipstick Long Lasting 12 Shades"),
        ("", "Makeup Brush Set 14pcs Synthetic Hair Rose Gold"),
        ("", "Sheet Mask Aloe Hydrating 25ml x 10"),
        ("", "Natural Bristle Hair Brush Paddle Detangling"),
        ("", "Sunscreen Lotion SPF50 PA++++ 60ml OEM"),
        ("", "Eyelash Curler Stainless Steel with Refill Pads"),
        ("", "Bath Bombs Gift Set 12pcs Essential Oil"),
        ("", "Electric Toothbrush Sonic Rechargeable IPX7"),
        ("", "Wooden Building Blocks 100pcs Kids Educational"),
        ("", "Plush Teddy Bear 40cm Soft Stuffed Toy"),
        ("", "Magnetic Tiles 60pcs STEM Construction Set"),
        ("", "Remote Control Car 1:16 Off Road 2.4GHz"),
        ("", "Baby Rattle Teether Silicone BPA Free"),
        ("", "Kids Play Kitchen Set Pretend Cooking Toys"),
        ("", "Bubble Machine Automatic Outdoor Kids Party"),
        ("", "Jigsaw Puzzle 1000 Pieces Landscape Adults"),
        ("", "Baby Stroller Lightweight Foldable One Hand"),
        ("", "Silicone Baby Bib Waterproof Food Catcher"),
        ("", "Baby Monitor Video 1080P Night Vision"),
        ("", "Diaper Bag Backpack Large Changing Pad"),
        ("", "Dark Chocolate 70% Cocoa Bars 100g x 12"),
        ("", "Roasted Almonds Salted 500g Resealable Bag"),
        ("", "Green Tea Bags 100pcs Sencha Export"),
        ("", "Dried Mango Slices No Sugar Added 1kg"),
        ("", "Instant Coffee Powder 200g Jar Arabica"),
        ("", "Honey Raw Wildflower 500g Glass Jar"),
        ("", "Gummy Candy Fruit Flavors 1kg Bulk"),
        ("", "Sparkling Water Lemon 330ml x 24 Cans"),
        ("", "Gel Pens 0.5mm Black 12 Pack Office"),
        ("", "Spiral Notebook A5 Lined 80 Sheets 5 Pack"),
        ("", "Sticky Notes 3x3 inch Pastel 12 Pads"),
        ("", "Highlighter Markers Chisel Tip 6 Colors"),
        ("", "Stapler Heavy Duty 50 Sheets Metal Office"),
        ("", "Watercolor Paint Set 36 Colors Travel Brush"),
        ("", "Desk Organizer Mesh Metal 5 Compartments"),
        ("", "Washi Tape Set 30 Rolls Decorative"),
        ("", "Fineliner Pens 0.4mm 24 Colors Drawing"),
        ("", "Dog Leash Nylon Reflective 1.5m Padded Handle"),
        ("", "Cat Scratching Post Sisal 60cm Plush Base"),
        ("", "Pet Grooming Glove Deshedding Brush"),
        ("", "Dog Bed Orthopedic Memory Foam Large Washable"),
        ("", "Automatic Pet Feeder Timer 4L"),
        ("", "Cat Litter Clumping Bentonite 10kg Unscented"),
        ("", "Aquarium Filter Internal 800L/H Quiet"),
        ("", "Bird Cage Stainless Steel Parrot Large"),
        ("", "Acoustic Guitar 41 inch Spruce Top Beginner Kit"),
        ("", "Guitar Capo Zinc Alloy Quick Change"),
        ("", "Digital Tuner Clip-On Chromatic Guitar Bass Violin"),
        ("", "Drumsticks 7A Maple Wood Pair"),
        ("", "Ukulele Strings Nylon Soprano Concert Tenor"),
        ("", "Violin 4/4 Solid Wood Beginner Case Bow Rosin"),
        ("", "Harmonica 10 Holes Key of C Blues"),
        ("", "Music Stand Foldable Metal Sheet Holder"),
        ("", "Electronic Keyboard 61 Keys Beginner Mic"),
        ("", "Kalimba 17 Keys Thumb Piano Mahogany"),
        ("", "女士单肩包 大容量 通勤 托特包 批发"),
        ("", "男士商务皮鞋 真皮 系带 正装"),
        ("", "儿童运动鞋 魔术贴 透气 防滑"),
        ("", "真丝围巾 女 春秋 印花 长款"),
        ("", "拉杆箱 24寸 万向轮 密码锁 男女"),
        ("", "旅行收纳袋 六件套 衣物整理 防水"),
        ("", "双肩包 大学生 书包 轻便 防泼水"),
        ("", "保湿面霜 补水 锁水 50g 贴牌"),
        ("", "口红 哑光 持久 不掉色 小众"),
        ("", "洗面奶 氨基酸 温和 清洁 120g"),
        ("", "化妆刷 套装 12支 初学者 便携"),
        ("", "护手霜 滋润 保湿 30g 十支装"),
        ("", "儿童积木 大颗粒 拼装 益智 玩具"),
        ("", "毛绒玩具 兔子 公仔 抱枕 女孩"),
        ("", "婴儿推车 轻便 折叠 可坐可躺"),
        ("", "婴儿奶瓶 玻璃 宽口径 防胀气 240ml"),
        ("", "儿童遥控车 越野 充电 男孩"),
        ("", "宝宝口水巾 纯棉 双层 10条装"),
        ("", "坚果礼盒 每日坚果 混合 30包"),
        ("", "手工牛轧糖 花生 散装 500g"),
        ("", "云南普洱茶 熟茶 357g 茶饼"),
        ("", "冻干草莓 零食 即食 100g"),
        ("", "挂耳咖啡 中度烘焙 10g x 50包"),
        ("", "中性笔 黑色 0.5mm 办公 12支装"),
        ("", "笔记本 A5 加厚 横线 学生"),
        ("", "便利贴 彩色 办公 留言贴 10本"),
        ("", "文件夹 A4 多层 插袋 办公用品"),
        ("", "水彩颜料 36色 固体 学生 美术"),
        ("", "订书机 办公 省力 大号"),
        ("", "狗绳 牵引绳 反光 中大型犬"),
        ("", "猫抓板 瓦楞纸 耐磨 大号"),
        ("", "宠物自动喂食器 定时 4L"),
        ("", "猫砂 豆腐猫砂 除臭 6L"),
        ("", "狗窝 四季通用 可拆洗 中型犬"),
        ("", "尤克里里 23寸 初学者 桃花心木"),
        ("", "电子节拍器 通用 钢琴 吉他"),
        ("", "吉他变调夹 金属 通用"),
        ("", "口琴 24孔 复音 初学者"),
        ("", "架子鼓 鼓棒 5A 枫木 一对"),
        ("", "Hand Drum Djembe 10 inch Mahogany Goatskin"),
        ("", "Pet Water Fountain 2.5L Filter Quiet Pump"),
        ("", "Women Ankle Socks Cotton No Show 10 Pairs"),
        ("", "Men Slides Sandals EVA Soft Bathroom Slippers"),
        ("", "Wooden Train Set 50pcs Tracks Bridge"),
        ("", "Rolling Garment Bag Suit Carrier 45 inch"),
        ("", "Nail Polish Quick Dry 15ml 24 Colors Set"),
        ("", "Baby Swaddle Muslin Blanket 4 Pack 120x120cm"),
        ("", "Kids Art Easel Double Sided Chalkboard Whiteboard"),
        ("", "Peanut Brittle Crunchy Snack 300g Tin"),
        ("", "Fountain Pen Ink Bottle 50ml Blue Black"),
        ("", "Cat Teaser Wand Feather Toy 5 Refills"),
        ("", "Guitar Picks Celluloid Medium 100 Pack"),
        ("", "女童 连衣裙 纯棉 夏季 碎花"),
        ("", "保温杯 儿童 吸管 316不锈钢 500ml"),
        ("", "彩色铅笔 72色 油性 学生 绘画"),
        ("", "宠物零食 鸡肉条 训练 500g"),
        ("", "钢琴凳 单人 可调节 实木"),
    ],
)
