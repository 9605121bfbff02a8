"""The listings of the fifteenth held-out corpus, every one written by hand.

``hg()`` and ``fw()`` only spell the letters named with Cyrillic look-alikes and in full
width; ``ZW`` is a zero-width space. Borderline labels are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK_ALIKE = dict(zip("aeopcxiysABEHKMOPCTX", "аеорсхіуѕАВЕНКМОРСТХ", strict=True))


def hg(text: str, letters: str) -> str:
    """``text`` with each of ``letters`` spelled as its Cyrillic look-alike."""
    return "".join(_LOOK_ALIKE[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width letters and digits (spaces become ideographic spaces)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Listing:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None


def _id(group: str) -> str:
    return f"r15-{group}" if group else ""


def _rows(case: str, items: list[tuple[str, ...]]) -> list[Listing]:
    """(group, title[, description]) rows of one case."""
    return [Listing(case, _id(item[0]), item[1], *item[2:]) for item in items]


# --------------------------------------------------------------------------- positives

EXACT = _rows(
    "exact",
    [
        ("grey-goose", "Grey Goose Vodka 750ml Gift Box Duty Free Stock"),
        ("asahi", "Asahi Super Dry Beer 330ml Cans 24 Pack Export Carton"),
        ("kirin", "Kirin Ichiban Lager 500ml Can Case Bulk Order"),
        ("victorinox", "Victorinox Fibrox Boning Knife 15cm Butcher Supply"),
        ("illy", "illy Classico Whole Bean Coffee 250g Tin Horeca"),
        ("costa", "Costa Signature Blend Coffee Beans 1kg Cafe Supply"),
        ("weber", "Weber Spirit II E-310 Gas Grill 3 Burner Propane"),
        ("burton", "Burton Custom Camber Snowboard 158 Wholesale Lot"),
        ("tyr", "TYR Hurricane Category 1 Triathlon Wetsuit Full Sleeve"),
        ("taylormade", "TaylorMade Stealth Driver 10.5 Degree Stiff Shaft"),
        ("essence", "essence Lash Princess False Lash Effect Mascara Bulk 48pcs"),
        ("melissa", "Melissa Jelly Ballet Flats Women Scented PVC Shoes"),
        ("duck-tape", "Duck Tape Original Silver Duct Tape 48mm x 55m"),
        ("tonka", "Tonka Steel Classic Dump Truck Toy Kids"),
        ("sodastream", "SodaStream Terra Sparkling Water Maker with CO2 Cylinder"),
        # An emblem bearing the mark is the mark on goods, not a compatibility part.
        ("corolla", "Corolla Chrome Trunk Lid Emblem Letters Badge"),
        ("sram", "SRAM GX Eagle 12 Speed Rear Derailleur MTB"),
        ("umbra", "Umbra Trigg Hanging Planter Wall Vase White"),
        ("surface", "Microsoft Surface Laptop 5 13.5 Inch Refurbished Grade A"),
        ("wassily-chair", "Wassily Chair Chrome Tube Black Leather Lounge Armchair"),
        ("ant-chair", "Ant Chair Moulded Plywood Three Leg Dining Chair"),
        (
            "tyr",
            "Women Racerback Swimsuit Durafast Chlorine Resistant",
            "TYR competitive swimwear, size run 28-40, carton of 50.",
        ),
        (
            "raid",
            "Flying Insect Killer Aerosol 300ml Pack of 6",
            "Raid Max formula, multi-insect, labels in English and Arabic.",
        ),
        (
            "downy",
            "In-Wash Scent Booster Beads 750g Fresh",
            "Downy Unstopables Fresh, US version, 6 jars per case.",
        ),
        (
            "bird-buddy",
            "Smart Camera Bird Feeder WiFi Solar Roof",
            "Bird Buddy Pro with solar roof, sealed box.",
        ),
        (
            "cheerios",
            "Toasted Whole Grain Oat Cereal Bulk 1kg Bag",
            "Cheerios original, foodservice pack, 4 bags per case.",
        ),
        (
            "roku",
            "Smart TV Streaming Box 4K Dolby Vision Ethernet",
            "Roku Ultra 2024, US plug, retail box, bulk price for 100 units.",
        ),
        # Description only: the title names no name of the right.
        (
            "sapporo",
            "Japanese Premium Lager 650ml Tall Can Import Stock",
            "Sapporo Premium Beer brewed in Japan, best before 2027, 24 cans per carton.",
        ),
        (
            "meiji",
            "Japanese Milk Chocolate Mushroom Biscuit Snack 74g",
            "Meiji Kinoko no Yama in original packing, carton of 10 boxes.",
        ),
        (
            "dole",
            "Canned Pineapple Chunks 567g Tropical Fruit in Juice",
            "Dole pineapple chunks, export labels, 24 cans per case.",
        ),
        (
            "sunkist",
            "Orange Soda 355ml Cans 24 Count Carton",
            "Sunkist orange soda, US version, caffeine free, pallet price available.",
        ),
        (
            "band-aid",
            "Fabric Adhesive Bandages Assorted Sizes 100 Count",
            "Band-Aid brand Flexible Fabric, sealed retail boxes, 48 boxes per carton.",
        ),
        (
            "wahoo",
            "Indoor Smart Bike Trainer Direct Drive Power Meter",
            "Genuine Wahoo unit with cassette pre-installed, EU plug.",
        ),
        (
            "umbra",
            "Modern Wall Hooks Set of 3 Matte Black Entryway",
            "Original Umbra Flip hooks in retail box, sold by carton of 20.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("shede", "Shede Baijiu 52% 500ml Gift Set Chinese Liquor"),
        ("daohuaxiang", "Daohuaxiang Strong Aroma Baijiu 500ml Hubei Export"),
        ("baijiahei", "Baijiahei Day and Night Cold Tablets Export Pack"),
        ("oishi", "Oishi Prawn Crackers 60g Spicy Snack Carton"),
        ("huangshan", "Huangshan Cigarette Brand Metal Windproof Lighter Gift"),
        ("dayao", "Dayao Orange Soda 520ml Glass Bottle Inner Mongolia Soft Drink"),
        ("bingfeng", "Bingfeng Orange Soda 330ml Can Xi'an Classic"),
        ("jinshiyuan", "Jinshiyuan Wedding Baijiu 500ml Red Box"),
        ("wuliangye", "Wuliangye 52 Degree 500ml Baijiu Gift Box"),
        ("wusu", "Wusu Beer 620ml Red Can Xinjiang Lager"),
        # `Swiss Army` in its own trade (pocket knives) is Victorinox's alias.
        ("victorinox", "Swiss Army Knife Huntsman 15 Functions Red Scales"),
        ("wahoo", "Wahoo ELEMNT Bolt GPS Bike Computer V2"),
        ("essence", "essence cosmetics Lip Liner Set 8 Colors"),
        ("duck-tape", "Duck Brand Packing Tape 6 Rolls Clear Heavy Duty"),
        ("taylormade", "Taylor Made TP5 Golf Balls Dozen Pack"),
        ("sodastream", "Soda Stream Carbonating Bottle 1L Original"),
        ("surface", "Surface Pro Signature Type Cover Keyboard Alcantara"),
        ("wassily-chair", "B3 Chair Bauhaus Tubular Steel Armchair Leather Straps"),
        ("ant-chair", "Myren Three Legged Stacking Chair Walnut Veneer"),
        (
            "surface",
            "2-in-1 Tablet 13 Inch Intel i7 16GB Business",
            "Microsoft Surface Pro 9, open box, 90 days warranty.",
        ),
        (
            "corolla",
            "Rear Tail Light Assembly Left Side 2020 Sedan",
            "Genuine Toyota Corolla lamp, part number on request.",
        ),
        (
            "sapporo",
            "Japanese Lager 500ml Can Silver Star 24 Pack",
            "Sapporo Premium, Japan import, long shelf life.",
        ),
        (
            "asahi",
            "Japanese Dry Draft Beer Mini Keg 2L",
            "Asahi Super Dry mini keg, Japan edition, 6 kegs per carton.",
        ),
        (
            "kirin",
            "Japanese First Press Lager 350ml x 24",
            "Kirin Ichiban Shibori, canned in Japan, shelf life 12 months.",
        ),
        (
            "costa",
            "Medium Roast Ground Coffee 200g Bag Office Pantry",
            "Costa Coffee Signature Blend, UK stock, 12 bags per case.",
        ),
        (
            "illy",
            "Italian Espresso Cups Set of 6 Porcelain Saucers",
            "illycaffè art collection cups, boxed, ideal for coffee shops.",
        ),
        (
            "wanglaoji",
            "Chinese Herbal Tea Drink 250ml Carton 16 Packs",
            "Wanglaoji herbal tea in paper packs, Halal certified.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        # 黄山 naming the maker of cigarettes (merchandise of its trade), not the mountain.
        ("huangshan", "黄山 红方印 香烟 烟盒 收藏 礼品"),
        ("bingfeng", "冰峰 橙味汽水 330ml 易拉罐 西安老字号"),
        ("wuliangye", "五粮液 第八代 52度 500ml 浓香型"),
        ("wanglaoji", "王老吉 凉茶 310ml 红罐 24罐 整箱"),
        ("grey-goose", "灰雁伏特加 750ml 原装进口 洋酒"),
        ("asahi", "朝日啤酒 超爽 330ml 罐装 日本进口"),
        ("sapporo", "札幌啤酒 黑标 350ml 罐装 进口"),
        ("meiji", "明治 雪吻巧克力 冬季限定 盒装"),
        ("lotte", "乐天 木糖醇 口香糖 瓶装 130g"),
        ("hersheys", "好时 牛奶巧克力 排块 43g 整盒 批发"),
        ("chupa-chups", "珍宝珠 棒棒糖 混合口味 120支 桶装"),
        ("band-aid", "邦迪 创可贴 防水透气 100片 家用"),
        ("innisfree", "悦诗风吟 绿茶精粹 保湿面霜 50ml"),
        # 瑞士军刀 alone is the generic word for a pocket multi-tool; 维氏 is the mark.
        ("victorinox", "维氏 瑞士军刀 91mm 多功能折叠刀"),
        ("sunkist", "新奇士 橙子 美国进口 脐橙 10斤装"),
        ("dole", "都乐 香蕉 菲律宾进口 整箱 13kg"),
        ("downy", "当妮 柔顺剂 花萃云柔 2.6L 留香"),
        ("weber", "威焙 水壶型 炭烤炉 57cm 户外烧烤"),
        ("sram", "速联 12速 后拨 山地车 变速器"),
        ("corolla", "卡罗拉 前格栅 车标 改装 原厂件"),
        ("wassily-chair", "瓦西里椅 包豪斯 不锈钢 皮革 休闲椅"),
        ("ant-chair", "蚂蚁椅 北欧 曲木 餐椅 三脚 家用"),
        ("huangshan", "香烟 打火机 金属 防风 礼品 定制", "黄山 烟标 图案 金属外壳"),
        ("daohuaxiang", "浓香型 白酒 42度 500ml 宴席 用酒", "稻花香 清样 原箱 6瓶 可开票"),
        ("jinshiyuan", "婚宴 喜酒 白酒 42度 礼盒 整箱", "今世缘 典藏 正品 婚宴 专用"),
        ("dayao", "橙味 汽水 玻璃瓶 520ml 烧烤店 专供", "大窑 嘉宾 原厂 直供 24瓶"),
        ("oishi", "膨化 零食 虾条 大礼包 儿童", "上好佳 田园薯片 组合 20包"),
        ("baijiahei", "感冒片 日用 夜用 家庭 常备", "白加黑 正品 药店 同款"),
        ("wusu", "新疆 啤酒 620ml 红罐 整箱 12罐", "乌苏啤酒 大红乌苏 夜宵 必备"),
        ("wuliangye", "浓香型白酒 52度 500ml 送礼 整箱", "五粮液 普五 正品 可查验"),
        ("shede", "白酒 沱牌 52度 品味系列 500ml", "舍得 品味舍得 原箱 6瓶"),
        ("kirin", "日本进口 啤酒 一番榨 350ml 24罐", "麒麟 原装 保质期 12个月"),
        ("zwilling", "德国 不锈钢 刀具 五件套 家用", "双立人 红点 系列 原厂 盒装"),
        ("twinings", "英式 伯爵红茶 茶包 50袋 办公室", "川宁 豪门伯爵 正品 整箱"),
        ("bingfeng", "橙味汽水 330ml 24罐 餐饮 渠道", "冰峰 西安 老字号 整箱发货"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("grey-goose", "GREY GOOSE Vodka Miniature 50ml x 12 Bar Stock"),
        ("weber", fw("WEBER") + " Kettle Charcoal Grill 57cm"),
        ("roku", "rOkU Streaming Stick 4K HDR Voice Remote"),
        ("illy", "ILLY iperEspresso Capsules 21pcs Intenso"),
        ("melissa", fw("Melissa") + " Jelly Sandals Women Summer"),
        ("taylormade", "taylormade sim2 max driver head only"),
        ("burton", "BURTON Step On Snowboard Bindings Men"),
        ("tyr", "tYr Swim Goggles Mirrored Adult Racing"),
        ("band-aid", fw("BAND-AID") + " Waterproof Bandages Box 40"),
        ("zwilling", "ZWILLING Four Star Santoku Knife 18cm"),
        ("downy", "DOWNY Unstopables Scent Booster Beads 26.5oz"),
        ("sodastream", fw("sodastream") + " Quick Connect CO2 Cylinder 60L"),
        ("marmite", "MARMITE Squeezy Yeast Extract 200g"),
        ("lotte", "LOTTE Choco Pie 336g Box of 12"),
        ("cheerios", "CHEERIOS Multigrain Breakfast Cereal 510g"),
        (
            "sunkist",
            "Fresh Navel Oranges 15kg Carton Export",
            "SUNKIST navel oranges from California, grade 1.",
        ),
        (
            "essence",
            "Volume Mascara Black Lengthening 12pcs Display",
            "Brand: ESSENCE, Lash Princess, sealed with cellophane.",
        ),
        (
            "victorinox",
            "Classic SD Keychain Pocket Knife Red 58mm",
            fw("VICTORINOX") + " original, Swiss made, gift tin.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("roku", "Rökü Ultra Streaming Player 2024 Dolby Vision"),
        ("weber", "Wébér Genesis Gas Grill Side Burner Cover"),
        ("burton", "Burtón Freestyle Snowboard Bindings Black"),
        ("melissa", "Mélissa Possession Jelly Sandals Kids"),
        ("cheerios", "Chéériös Protein Oats Cereal 400g"),
        ("dole", "Dolé Banana Chips 200g Snack Pack"),
        ("lotte", "Lötte Pepero Chocolate Sticks 12 Boxes"),
        ("zwilling", "Zwílling Twin Signature Knife Block Set 7pcs"),
        ("twinings", "Twiníngs Earl Grey Loose Tea 500g Tin"),
        ("asahi", "Ásahi Super Dry Draught Beer Keg 10L"),
        ("hersheys", "Hërshey's Cookies n Creme Bar 43g x 36"),
        ("chupa-chups", "Chupa Chüps Mini Lollipops Jar 100pcs"),
        ("victorinox", "Victorinöx Spartan Pocket Knife Red"),
        ("kirin", "Kirín Ichiban Shibori Lager 350ml x 24"),
        (
            "sodastream",
            "Home Sparkling Water Machine White",
            "SodaStréam Terra, CO2 cylinder included.",
        ),
        (
            "marmite",
            "Yeast Extract Spread 500g Catering Tub",
            "Màrmite original recipe, UK factory, 6 tubs per case.",
        ),
        (
            "tonka",
            "Classic Steel Crane Truck Toy Yellow",
            "Tönka licensed steel toy, retail window box.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("weber", hg("Weber", "e") + " Master-Touch Charcoal Grill 57cm"),
        ("roku", hg("Roku", "o") + " Premiere 4K Streaming Player"),
        ("burton", hg("Burton", "B") + " Moto Snowboard Boots Men"),
        ("illy", hg("illy", "i") + " Espresso Machine Y3.3 Capsule"),
        ("melissa", hg("Melissa", "Me") + " Campana Jelly Shoes"),
        ("cheerios", hg("Cheerios", "C") + " Cereal Single Serve Cups 12pk"),
        ("taylormade", hg("TaylorMade", "T") + " P790 Iron Set 4-PW"),
        ("zwilling", hg("Zwilling", "i") + " Gourmet Knife Set 7pcs"),
        ("grey-goose", hg("Grey Goose", "eo") + " Vodka 1L Travel Retail"),
        ("asahi", hg("Asahi", "A") + " Super Dry 500ml Can Case"),
        ("downy", hg("Downy", "o") + " Infusions Fabric Softener Lavender"),
        ("duck-tape", hg("Duck Tape", "c") + " Colored Duct Tape 6 Pack"),
        ("sodastream", hg("SodaStream", "o") + " Art Sparkling Water Maker"),
        ("tonka", hg("Tonka", "T") + " Mighty Dump Truck Ride On"),
        (
            "roku",
            "Streaming Stick 4K Voice Remote Pro",
            hg("Roku", "o") + " original, US version, 50 units per carton.",
        ),
        (
            "hersheys",
            "Milk Chocolate Syrup 680g Squeeze Bottle",
            hg("Hershey's", "e") + " syrup, US import, 24 bottles per case.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("weber", "W3ber Smokey Mountain Cooker 47cm"),
        ("roku", "R0ku Streaming Stick Plus HD"),
        ("burton", "Burt0n Snowboard Jacket Waterproof"),
        ("melissa", "M3lissa Jelly Mules Women"),
        ("cheerios", "Ch33rios Cereal Bulk Cups Breakfast"),
        ("taylormade", "T@ylorMade Stealth 2 Fairway Wood"),
        ("zwilling", "Zw1lling Professional S Chef Knife 20cm"),
        ("grey-goose", "Gr3y G00se Vodka Gift Set with Glasses"),
        ("hersheys", "H3rshey's Cookies n Creme Bar King Size"),
        ("chupa-chups", "Chup@ Chups Lollipop Tree Display 200pcs"),
        ("victorinox", "V1ctorinox Classic SD Keychain Knife"),
        ("essence", "3ssence Lash Princess Mascara Black"),
        ("sram", "5RAM NX Eagle Chain 12 Speed 126L"),
        ("lotte", "L0tte Choco Pie 12ct Box"),
        ("tonka", "T0nka Classic Crane Toy Steel"),
        (
            "innisfree",
            "Korean Green Tea Seed Serum 160ml Jumbo",
            "1nn1sfree original formula, Jeju green tea, expiry 2028.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("weber", "W-e-b-e-r Performer Charcoal Grill"),
        ("roku", "R.o.k.u Ultra Media Player 4K"),
        ("burton", "Bur_ton Cartel Snowboard Bindings"),
        ("chupa-chups", "ChupaChups Lollipops 50pcs Party Pack"),
        ("taylormade", "Taylor-Made Qi10 Driver Head Only"),
        ("grey-goose", "Grey-Goose Vodka La Poire 700ml"),
        ("duck-tape", "Duck-Tape Printed Rolls Camo 3 Pack"),
        ("sodastream", "Soda.Stream Gas Cylinder Exchange 60L"),
        ("sram", "S R A M Rival AXS Groupset Road"),
        ("lotte", "L.O.T.T.E Xylitol Gum 100g Bottle"),
        ("wanglaoji", "王 老 吉 凉茶 红罐 310ml 批发"),
        ("wuliangye", "五 粮 液 52度 浓香白酒 500ml"),
        ("zwilling", f"Zwil{ZW}ling Knife Set 5 Pieces Block"),
        ("melissa", f"Melis{ZW}sa Jelly Sandals Flat Summer"),
        (
            "corolla",
            "Front Grille Emblem Badge Chrome 2021",
            "C o r o l l a letters, OEM size, 3M tape on the back.",
        ),
        (
            "marmite",
            "Yeast Extract Spread Squeeze Bottle 400g",
            "M a r m i t e love it or hate it, export carton of 8.",
        ),
        (
            "band-aid",
            "Waterproof Clear Bandages 50 Count",
            "Band_Aid tough strips, retail boxes, 24 boxes per carton.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("weber", "Webber Kettle Grill 57cm Charcoal BBQ"),
        ("burton", "Burtan Custom X Snowboard 162W"),
        ("melissa", "Melisa Jelly Shoes Women Ballet Flat"),
        ("cheerios", "Cherios Honey Nut Cereal Family Size"),
        ("taylormade", "Taylormaid Driver Headcover Leather"),
        ("zwilling", "Zwiling Knife Set 5 Pieces German"),
        ("grey-goose", "Grey Goos Vodka 750ml Original"),
        ("hersheys", "Hershy's Kisses Milk Chocolate 1kg Bag"),
        ("chupa-chups", "Chuppa Chups Lollipops 100pcs Jar"),
        ("victorinox", "Victronix Climber Pocket Knife 14 Tools"),
        ("twinings", "Twinnings English Breakfast Tea 80 Bags"),
        ("innisfree", "Innisfee Green Tea Serum 80ml Korea"),
        ("innisfree", "悦诗凤吟 绿茶 保湿 精华 80ml"),
        ("zwilling", "双力人 刀具 套装 不锈钢 菜刀"),
        ("chupa-chups", "珍宝株 棒棒糖 水果味 50支"),
        ("wanglaoji", "王老级 凉茶 红罐 310ml 整箱"),
        (
            "dole",
            "Fresh Cavendish Bananas Export Grade 13kg Carton",
            "Dolle premium bananas from the Philippines, 13kg box.",
        ),
        (
            "tonka",
            "Steel Bulldozer Toy Kids Sandpit",
            "Tonker classic steel series, ages 3 and up.",
        ),
        (
            "sodastream",
            "Sparkling Water Maker Machine Home",
            "Sodastreem type, comes with 60L gas cylinder.",
        ),
    ],
)

BRAND_FIELD = [
    Listing("brand_field", _id(group), title, brand=brand)
    for group, title, brand in [
        ("weber", "Round Charcoal Grill 57cm Porcelain Enamel Lid", "Weber"),
        ("roku", "4K HDR Streaming Media Stick Voice Remote 2024", "Roku"),
        ("illy", "Espresso Coffee Capsules 21pcs Medium Roast", "illy"),
        ("melissa", "Women Jelly Ballet Flats Scented PVC", "Melissa"),
        ("wanglaoji", "凉茶植物饮料 310ml 红罐 年货装", "王老吉"),
        ("wuliangye", "浓香型白酒 52度 500ml 礼盒 年会", "五粮液"),
        ("kirin", "Japanese Lager Beer 350ml Cans 24 Pack", "KIRIN"),
        ("duck-tape", "Heavy Duty Silver Duct Tape 48mm x 55m", "Duck Tape"),
        ("burton", "Mens Snowboard Jacket Waterproof 20K", "Burton"),
        ("essence", "Volume Mascara Black Lengthening Waterproof", "essence"),
        ("tyr", "Mirrored Racing Swim Goggles Anti-Fog", "TYR"),
        ("cheerios", "Whole Grain Oat Cereal 340g Breakfast", "Cheerios"),
        ("shede", "浓香型白酒 52度 500ml 品味系列", "舍得"),
        ("asahi", "日本进口 啤酒 330ml 罐装 整箱", "朝日"),
        ("tonka", "Steel Dump Truck Toy Sandbox 2 Years Up", "Tonka"),
    ]
]

IMAGE = [
    Listing("image", _id(group), title, image=True)
    for group, title in [
        ("grey-goose", "Premium French Vodka 750ml Frosted Bottle"),
        ("asahi", "Japanese Dry Lager 500ml Can Carton of 24"),
        ("lotte", "Chocolate Covered Biscuit Sticks 12 Boxes"),
        ("hersheys", "Milk Chocolate Drops Foil Wrapped 1kg Bag"),
        ("chupa-chups", "Assorted Fruit Lollipops 50pcs Display Box"),
        ("zwilling", "German Stainless Steel Chef Knife 20cm Forged"),
        ("innisfree", "Green Tea Hydrating Serum 80ml Korean Skincare"),
        ("victorinox", "Red Multi-Tool Pocket Knife 91mm 15 Functions"),
        ("illy", "Espresso Ground Coffee 250g Tin Medium Roast"),
        ("weber", "Black Kettle Charcoal Grill 57cm with Ash Catcher"),
        ("wahoo", "Smart Indoor Bike Trainer Wheel Off"),
        ("wanglaoji", "凉茶 植物饮料 310ml 红罐 24罐 餐饮"),
        ("burton", "All Mountain Snowboard Camber 156cm"),
        ("roku", "4K Streaming Stick HDR Voice Remote Bundle"),
        ("melissa", "Scented Jelly Sandals Women Flat Summer"),
        ("duck-tape", "Camo Pattern Duct Tape 48mm Roll"),
    ]
]


def _mixed(
    group: str, title: str, expected: tuple[str, ...], without: tuple[str, ...] = ()
) -> Listing:
    ids = tuple(_id(g) for g in expected)
    return Listing(
        "mixed",
        _id(group),
        title,
        expected=ids,
        without_compat=(*ids, *(_id(g) for g in without)) if without else None,
    )


MIXED = [
    _mixed("weber", hg("Weber", "e") + " W3ber Style Grill Brush Stainless", ("weber",)),
    _mixed(
        "illy",
        fw("illy") + " Espresso Cups with Twinings Tea Sampler Gift Set",
        ("illy", "twinings"),
    ),
    _mixed("hersheys", "好时 Hershey's 牛奶巧克力 排块 43g 批发", ("hersheys",)),
    _mixed("chupa-chups", "珍宝珠 Chupa-Chups 棒棒糖 混装 100支", ("chupa-chups",)),
    # A mark used as the accessory's own brand stays expected; the device only without compat.
    _mixed("burton", "Burton Logo Padded Sleeve for Surface Pro 9", ("burton",), ("surface",)),
    _mixed("sram", "SRAM Eagle Chain Compatible with Wahoo KICKR Trainer", ("sram",), ("wahoo",)),
    _mixed("duck-tape", "Duck Tape Camo Leg Wrap Kit for Weber Kettle", ("duck-tape",), ("weber",)),
    _mixed(
        "zwilling",
        "Zwilling Sharpening Steel with Victorinox Fibrox Knife Set",
        ("zwilling", "victorinox"),
    ),
    _mixed("asahi", "Asahi Super Dry and Kirin Ichiban Beer Mix Pack 12 Cans", ("asahi", "kirin")),
    _mixed("wanglaoji", "王老吉 Wong Lo Kat 凉茶 礼盒 8罐", ("wanglaoji",)),
    _mixed(
        "tonka", "Tonka Truck Birthday Party Favors with Hershey's Minis", ("tonka", "hersheys")
    ),
    _mixed("taylormade", "T@ylorMade TaylorMade Logo Ball Marker Set", ("taylormade",)),
    _mixed("wuliangye", "五粮液 Wuliangye 52度 浓香型 500ml 出口版", ("wuliangye",)),
    _mixed("costa", "C0sta Coffee Paper Cups with illy Espresso Sampler", ("costa", "illy")),
    _mixed(
        "melissa", "M3lissa x Chupa Chups Jelly Sandals Candy Scent", ("melissa", "chupa-chups")
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

# Compatibility wording naming a device: clean under the default rule-set; the group's right
# is expected with allow_compatibility_wording = false.
COMPAT = _rows(
    "compat",
    [
        ("roku", "Replacement Voice Remote for Roku TV and Streaming Stick"),
        ("roku", "Wall Mount Bracket Compatible with Roku Ultra 2024"),
        ("roku", "Roku compatible HDMI Extender Cable 4K 30cm"),
        ("surface", "Tempered Glass Screen Protector for Surface Pro 9"),
        ("surface", "Bluetooth Keyboard Compatible for Surface Go 3"),
        ("surface", "适用于 Surface Pro 9 磁吸键盘 保护套"),
        ("wahoo", "Out Front Bike Computer Mount Fits Wahoo ELEMNT Bolt"),
        ("wahoo", "Thru Axle Adapter Kit Designed to Fit Wahoo KICKR"),
        ("sodastream", "60L CO2 Cylinder Refill Compatible with SodaStream Quick Connect"),
        ("sodastream", "1L Carbonating Bottles BPA Free for SodaStream Terra 3 Pack"),
        ("sodastream", "气泡水机 二氧化碳气瓶 兼容 SodaStream 快扣接口"),
        ("bird-buddy", "Suction Window Mount Works with Bird Buddy Smart Feeder"),
        ("bird-buddy", "Solar Roof Charger for Bird Buddy Feeder Camera"),
        ("weber", "Cast Iron Cooking Grates Replacement for Weber Spirit 300"),
        ("weber", "Heavy Duty Grill Cover Fits Weber Genesis II 3 Burner"),
        ("weber", "烧烤炉 替换 炭网 适用 威焙 57cm 水壶炉"),
        ("corolla", "All Weather Floor Mats for Toyota Corolla 2020-2024"),
        ("corolla", "适用于卡罗拉 2021款 中控导航 钢化膜"),
        ("corolla", "Cabin Air Filter Replacement for Corolla 2019 OEM Quality"),
        ("zwilling", "Universal Knife Block Designed to Fit Zwilling Pro Knives"),
        ("zwilling", "刀具收纳架 兼容双立人 刀具 可放8把"),
        ("victorinox", "Aluminium Replacement Scales for Victorinox 91mm Swiss Army Knife"),
        ("taylormade", "Adjustable Sleeve Adapter Compatible with TaylorMade Stealth Drivers"),
        ("ant-chair", "Round Seat Cushion Pad for Ant Chair Dining Seat"),
        ("wassily-chair", "Replacement Leather Straps for Wassily Chair Set of 5"),
        ("sram", "12 Speed Chain 126 Links SRAM compatible Eagle MTB"),
        ("sram", "山地车 链条 12速 适配速联 飞轮"),
        ("illy", "Refillable Capsules Compatible with illy Iperespresso Machines"),
        ("raid", "Mosquito Repellent Mat Refills for Raid Plug-in Diffuser"),
        ("burton", "Replacement Ratchet Straps Fits Burton Cartel Bindings"),
        ("roku", "适用 Roku 遥控器 保护套 硅胶 防摔"),
        ("surface", "Replacement Pen Tips for Surface Pen HB 2H"),
        ("wahoo", "Heart Rate Strap Replacement Works with Wahoo TICKR"),
    ],
)

INSIDE_WORD = _rows(
    "inside_word",
    [
        ("illy", "Silly Putty Stress Toy 12 Pack Assorted"),
        ("illy", "Chilly Night Fleece Throw Blanket 150x200"),
        ("illy", "Philly Cheesesteak Seasoning 200g Shaker"),
        ("lotte", "Charlotte Russe Cake Mold Aluminium 20cm"),
        ("lotte", "Lottery Ticket Holder Wallet PU Leather"),
        ("umbra", "Penumbra Eclipse Lamp Moon Night Light"),
        ("raid", "Braided Nylon USB-C Cable 2m Fast Charge"),
        ("raid", "Afraid of the Dark Kids Night Light Projector"),
        ("dole", "Condolence Cards Sympathy Pack 24 Envelopes"),
        ("costa", "Intercostal Muscle Anatomy Model Teaching"),
        ("essence", "Quintessence Tarot Deck 78 Cards Guidebook"),
        ("surface", "Subsurface Drip Irrigation Tape 100m"),
        ("surface", "Floor Resurfacing Sanding Pad 17 Inch"),
        # "elegant chair" and "restaurant chair" run across the design's name.
        ("ant-chair", "Elegant Chair Covers Spandex Wedding Banquet"),
        ("ant-chair", "Restaurant Chair Cushions Tie On 40x40"),
        ("tyr", "Tyrolean Felt Hat Alpine Feather"),
        ("corolla", "Corollary Logic Puzzle Book Adults"),
        ("zwilling", "Zwillinge Sternzeichen Halskette Silber"),
        ("shede", "宿舍得有的神器 床上书桌 可折叠"),
        ("huangshan", "蛋黄山药糕 传统糕点 散装 500g"),
        ("wusu", "乌苏里江 大马哈鱼籽 罐装 250g"),
        ("dayao", "加大窑变釉 主人杯 茶杯 手工"),
        ("dole", "全家都乐享 坚果礼盒 家庭装"),
        ("hersheys", "好时光 木质相框 7寸 摆台"),
        ("hersheys", "好时辰 黄历 择日 台历 2027"),
        ("lotte", "快乐天天 儿童 棉袜 五双装"),
        ("meiji", "透明治具 亚克力 定位夹具 定制"),
        ("asahi", "古风王朝日历 2027 台历 国潮"),
        ("sunkist", "新奇士多啤梨味 软糖 散装 1kg"),
        ("twinings", "四川宁南 桑蚕丝被 春秋被"),
        ("chupa-chups", "珍宝珠宝 收纳盒 丝绒 首饰盒"),
        ("oishi", "紫檀 上好佳品 手串 108颗"),
        ("baijiahei", "米白加黑边 丝巾 方巾 70cm"),
        ("sram", "4G 高速联网 无线路由器 插卡"),
        ("umbra", "Antumbra Eclipse Solar Filter Photography"),
        ("raid", "Braid Hair Extensions 24 Inch Pre Stretched"),
        ("illy", "Frilly Lace Ankle Socks Girls 5 Pairs"),
        ("dole", "Dolerite Stone Specimen Geology Kit"),
        ("lotte", "Charlotte Name Keychain Personalised"),
    ],
)

GENERIC_WORD = _rows(
    "generic_word",
    [
        ("grey-goose", "Grey Goose Decoy Full Body Hunting 6pcs"),
        ("grey-goose", "Grey Goose Feather Pillow Insert 50x75"),
        ("grey-goose", "灰雁 野生 鸟类 摄影 画册"),
        ("kirin", "麒麟 摆件 黄铜 招财 风水 一对"),
        ("kirin", "Kirin Qilin Statue Feng Shui Brass Pair"),
        ("sapporo", "Sapporo Snow Festival Travel Poster Print A3"),
        ("sapporo", "札幌 雪祭 旅游 明信片 一套"),
        ("meiji", "Meiji Era Antique Imari Porcelain Plate"),
        ("meiji", "明治时期 古董 伊万里 瓷盘"),
        ("meiji", "Meiji Shrine Omamori Charm Good Luck"),
        ("asahi", "朝日 朝霞 山水 风景 油画 装饰画"),
        ("lotte", "Lotte Reiniger Silhouette Film Poster Vintage"),
        ("lotte", "乐天派 励志 卫衣 宽松 男女"),
        ("lotte", "乐天知命 书法 挂画 书房"),
        ("band-aid", "Band Aid Do They Know It's Christmas 1984 Vinyl Single"),
        ("band-aid", "邦迪海滩 冲浪 旅游 明信片"),
        ("innisfree", "The Lake Isle of Innisfree Yeats Poem Print"),
        ("victorinox", "Swiss Army Surplus Wool Blanket Vintage Grey"),
        # 维氏 here is Vickers, the hardness scale, not the knife maker.
        ("victorinox", "维氏硬度计 HV-1000 数显 显微"),
        ("dole", "Portion Scoop to Dole Out Rice Evenly Stainless"),
        # Costa Rica names the coffee's origin, in the coffee trade itself: a place.
        ("costa", "Costa Rica Tarrazu Green Coffee Beans 60kg Sack"),
        ("costa", "Costa del Sol Beach Towel Microfibre"),
        ("costa", "Costa Brava Travel Poster Retro"),
        # French `marmite`: the cooking pot the spread is named after.
        ("marmite", "Petite Marmite Soup Bowls with Lid Set of 4"),
        ("marmite", "Marmite Pot Cast Iron French Stockpot 6L"),
        ("raid", "RAID 1 NAS Enclosure 2 Bay USB 3.0"),
        ("raid", "Raid Boss Gaming Mousepad XXL"),
        ("downy", "Downy Woodpecker Bird Feeder Window Decal"),
        ("downy", "Downy Mildew Fungicide Spray for Grapes 1L"),
        ("downy", "Soft Downy Duck Feather Duvet 200x230"),
        ("weber", "Max Weber Protestant Ethic Quote Poster"),
        ("umbra", "Umbra and Penumbra Solar Eclipse Diagram Chart"),
        ("sram", "SRAM Memory Chip 64Kb Static RAM IC DIP-28"),
        ("wahoo", "Wahoo Fish Trolling Lure Offshore 9 Inch"),
        ("wahoo", "Wahoo Fillet Knife Saltwater Fishing"),
        ("burton", "Tim Burton Movie Poster Gothic Art Print"),
        ("tyr", "Tyr Norse God Rune Pendant Stainless"),
        ("corolla", "Corolla Flower Petal Botany Teaching Model"),
        ("surface", "Surface Mount LED Panel Light 24W Square"),
        ("surface", "Surface Cleaner Pressure Washer 15 Inch"),
        ("surface", "SMD Surface Mount Resistor Kit 0805"),
        ("essence", "Vanilla Essence Baking Flavour 500ml"),
        # Essence as a kind of skincare product, in the right's own trade: not the maker.
        ("essence", "Hyaluronic Acid Facial Essence 100ml OEM"),
        ("essence", "Snail Mucin Essence Toner Private Label"),
        ("melissa", "Melissa Officinalis Lemon Balm Seeds 500pcs"),
        ("melissa", "Custom Name Necklace Melissa Gold Plated"),
        ("tonka", "Tonka Bean Whole Madagascar 100g"),
        ("tonka", "Tonka Bean Perfume Oil Roll On 10ml"),
        # Bird Buddy is a camera feeder; a perch toy that is "a bird's buddy" is the phrase.
        ("bird-buddy", "Parrot Toy Bird Buddy Hanging Mirror Bell"),
        ("wassily-chair", "Wassily Kandinsky Composition VIII Canvas Print"),
        ("roku", "Japanese Roku Dan Karate Black Belt Embroidery"),
        ("tyr", "Tyr Rune Tiwaz Carved Wooden Rune Set"),
        ("weber", "Weber Unit Magnetic Flux Conversion Chart"),
        # A tape measure shaped like a rubber duck: "duck tape measure" is no duct tape.
        ("duck-tape", "Rubber Duck Tape Measure Retractable Keychain"),
        ("essence", "Chicken Essence Gift Box 12 Bottles"),
        ("bingfeng", "冰峰 冰川 航拍 风光 挂历"),
        ("jinshiyuan", "今世缘 来世情 言情小说 合集"),
        ("daohuaxiang", "稻花香 大米 东北 长粒香 5kg"),
        ("dayao", "大窑 柴烧 手工 陶罐 茶叶罐"),
        ("shede", "舍得 书法 挂画 办公室 字画"),
        ("shede", "人生舍得 禅意 茶席 摆件"),
        ("daohuaxiang", "五常稻花香 大米 10kg 新米"),
        ("daohuaxiang", "稻花香里说丰年 书法 横幅"),
        ("baijiahei", "白加黑 配色 板鞋 男 低帮"),
        ("baijiahei", "白加黑 五加二 奋斗 马克杯"),
        ("huangshan", "黄山 毛峰 绿茶 250g 明前"),
        ("huangshan", "黄山 迎客松 装饰画 客厅"),
        ("huangshan", "Huangshan Mountain Travel Poster Pine"),
        ("dayao", "龙泉 大窑 青瓷 茶杯 手工"),
        ("bingfeng", "冰峰 雪山 登山 风景 海报"),
        ("jinshiyuan", "前世今生 今世缘 情侣 手链"),
        ("wusu", "乌苏 市 旅游 地图 折页"),
        ("wusu", "新疆 乌苏 长绒棉 被子 6斤"),
        # 王老吉 is also a person; a biography of him is a work about the person.
        ("wanglaoji", "Hong Kong Herbalist History Book Wong Lo Kat Founder Biography"),
    ],
)

COMMON_WORD = _rows(
    "common_word",
    [
        ("twinings", "Twinning Outfits Mother Daughter Matching Set"),
        ("cheerios", "Cheerio Farewell Card Colleague Leaving Gift"),
        ("raid", "Rain Gauge Plastic 150mm Garden"),
        ("dole", "Reborn Baby Doll 55cm Silicone"),
        ("burton", "Sewing Button Assortment 500pcs Resin"),
        ("tonka", "Tonga National Flag 3x5ft Polyester"),
        ("tyr", "Tyre Pressure Gauge Digital Backlit"),
        ("sram", "DDR4 RAM 16GB 3200MHz Desktop"),
        ("sram", "Tram Model Railway HO Scale"),
        ("lotte", "Latte Art Pitcher 600ml Stainless"),
        ("corolla", "Corella Cockatoo Bird Cage Toy"),
        ("illy", "Lily Flower Bulbs 10pcs Oriental"),
        ("duck-tape", "Duct Tape Heavy Duty Silver 50m Roll"),
        ("downy", "Down Alternative Comforter Queen White"),
        ("taylormade", "Tailor Made Suit Fabric Wool Blend 3m"),
        ("weber", "Webbed Hammock Camping Nylon"),
        ("lotte", "乐园 滑梯 室内 儿童 游乐"),
        ("hersheys", "好事成双 喜字 贴纸 婚庆"),
        ("meiji", "淡泊明志 书法 挂画 书房"),
        ("asahi", "向日葵 朝阳 花束 仿真花"),
        ("huangshan", "黄衫 古装 女侠 cos服"),
        ("bingfeng", "冰风 空调扇 家用 静音"),
        ("dayao", "大姚 核桃 云南 薄壳 2kg"),
        ("wusu", "乌梅 干 酸梅汤 原料 500g"),
        ("wuliangye", "五粮 杂粮 米 粗粮 组合"),
        ("wanglaoji", "钻石王老五 T恤 搞笑 男"),
        ("daohuaxiang", "桂花香 香薰 蜡烛 玻璃杯"),
        ("jinshiyuan", "今生缘 情侣 对戒 银"),
        ("dole", "都市丽人 连衣裙 夏季"),
        ("sunkist", "新奇 玩具 解压 捏捏乐"),
        ("zwilling", "双人 帐篷 户外 防雨"),
        ("chupa-chups", "淡水 珍珠 项链 8mm"),
    ],
)

CLEAN = _rows(
    "clean",
    [
        ("", "Stainless Steel Vacuum Flask 500ml Custom Logo"),
        ("", "Kids Rain Boots PVC Cartoon Print"),
        ("", "Bamboo Cutting Board Set 3 Pieces"),
        ("", "Wireless Earbuds Bluetooth 5.3 Charging Case"),
        ("", "LED Strip Lights 5m RGB Remote Control"),
        ("", "Mens Cotton Polo Collar T-Shirt Plain 20 Colors"),
        ("", "Yoga Mat TPE 6mm Non Slip Double Layer"),
        ("", "Silicone Baking Mat Half Sheet Pair"),
        ("", "Ceramic Coffee Mug 350ml Sublimation Blank"),
        ("", "Car Phone Holder Air Vent Magnetic"),
        ("", "Womens Canvas Tote Bag Large Zipper"),
        ("", "Electric Kettle 1.7L Glass Blue LED"),
        ("", "Dog Harness No Pull Reflective Medium"),
        ("", "Kitchen Scale Digital 5kg Stainless"),
        ("", "Solar Garden Lights Pathway 8 Pack"),
        ("", "Hair Clips Claw Matte Acrylic 6pcs"),
        ("", "Portable Blender USB Rechargeable 380ml"),
        ("", "Mens Running Shorts 2 in 1 Quick Dry"),
        ("", "Wooden Puzzle Toy Animals Toddlers"),
        ("", "Waterproof Phone Pouch IPX8 Lanyard"),
        ("", "Insulated Lunch Bag Adults Leakproof"),
        ("", "Cotton Bath Towel Set 6 Pieces Hotel"),
        ("", "Gel Pens Assorted Colours 48 Set"),
        ("", "Adjustable Dumbbells 20kg Pair Home Gym"),
        ("", "Camping Lantern Rechargeable 4 Modes"),
        ("", "Glass Food Storage Containers Lids 10 Pack"),
        ("", "Ladies Sunglasses Polarized Cat Eye"),
        ("", "Bicycle Helmet Adult Adjustable Vents"),
        ("", "Pet Hair Remover Roller Reusable"),
        ("", "Plastic Hangers Non Slip 50 Pack"),
        ("", "Microfiber Cleaning Cloths 24 Pack"),
        ("", "Smart Plug WiFi Timer App Control"),
        ("", "Kids Backpack Dinosaur Print Nursery"),
        ("", "Wall Clock Silent Sweep 30cm Modern"),
        ("", "Nail Clipper Set Stainless 7 Pieces"),
        ("", "Tea Infuser Mesh Ball Fine 2 Pack"),
        ("", "Reusable Silicone Food Bags 4 Pack"),
        ("", "Ergonomic Office Chair Mesh Back Lumbar"),
        ("", "Stainless Steel Straws 8 Pack Brush"),
        ("", "Baby Bibs Waterproof Silicone 3 Pack"),
        ("", "Cordless Drill 20V Two Batteries Case"),
        ("", "Ceramic Plant Pots Drainage 3 Set"),
        ("", "Mens Leather Wallet RFID Blocking"),
        ("", "Magnetic Whiteboard 60x90 Aluminium Frame"),
        ("", "Foldable Laundry Basket Collapsible"),
        ("", "Beach Parasol Windproof 2m Tilt"),
        ("", "Wholesale Blank Hoodies Heavyweight 400gsm"),
        ("", "Kraft Paper Bags with Handles 100pcs"),
        ("", "保温杯 316不锈钢 500ml 定制 刻字"),
        ("", "儿童 雨靴 卡通 防滑 软底"),
        ("", "竹制 砧板 三件套 厨房"),
        ("", "无线 蓝牙耳机 入耳式 长续航"),
        ("", "瑜伽垫 加厚 防滑 初学者"),
        ("", "陶瓷 马克杯 350ml 可定制"),
        ("", "车载 手机支架 出风口 磁吸"),
        ("", "帆布包 女 大容量 通勤"),
        ("", "电热水壶 1.7L 玻璃 家用"),
        ("", "宠物 牵引绳 胸背带 中型犬"),
        ("", "厨房秤 电子秤 5kg 烘焙"),
        ("", "太阳能 草坪灯 户外 庭院 8个装"),
        ("", "抓夹 发夹 磨砂 6个装"),
        ("", "便携 榨汁杯 无线 充电"),
        ("", "男士 速干 运动短裤 两件套"),
        ("", "木质 拼图 动物 早教 玩具"),
        ("", "防水 手机袋 潜水 挂绳"),
        ("", "保温 饭盒袋 手提 大号"),
        ("", "纯棉 浴巾 六件套 酒店"),
        ("", "中性笔 彩色 48支 套装"),
        ("", "露营灯 充电 挂灯 帐篷灯"),
        ("", "玻璃 保鲜盒 带盖 10件套"),
        ("", "偏光 太阳镜 女 猫眼"),
        ("", "自行车 头盔 成人 透气"),
        ("", "衣架 防滑 无痕 50个装"),
        ("", "超细纤维 抹布 24条 装"),
        ("", "智能插座 WiFi 定时 远程"),
        ("", "挂钟 静音 客厅 30cm 简约"),
        ("", "指甲刀 套装 7件 不锈钢"),
        ("", "茶漏 不锈钢 泡茶器 两个装"),
        ("", "硅胶 保鲜袋 可重复 4个装"),
        ("", "人体工学椅 网布 办公椅 腰托"),
        ("", "不锈钢 吸管 8支 带刷"),
        ("", "婴儿 围兜 硅胶 防水"),
        ("", "充电 电钻 20V 双电池"),
        ("", "陶瓷 花盆 带托盘 三件套"),
        ("", "男士 钱包 真皮 防盗刷"),
        ("", "磁性 白板 60x90 铝框"),
        ("", "折叠 脏衣篮 收纳筐"),
        ("", "沙滩 遮阳伞 防风 2米"),
        ("", "环保 牛皮纸袋 手提 100个"),
        ("", "重磅 纯色 卫衣 400克 空白"),
        (
            "",
            "Wholesale Cotton Socks Crew 12 Pairs",
            "Factory direct, OEM accepted, MOQ 500 pairs.",
        ),
        ("", "批发 纯棉 袜子 中筒 12双", "工厂直供 可定制 起订量 500双"),
    ],
)
