"""The hand-written listings of the thirty-second held-out corpus (see README.md).

Every listing is written by hand. ``hg()`` and ``fw()`` only spell Cyrillic/Greek look-alike
and full-width letters for the letters named; ``ZW`` is a zero-width space. Borderline label
calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass


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


ZW = "\u200b"
_LOOK_ALIKE = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
    "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410", "B": "\u0412", "C": "\u0421",
    "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u039f", "P": "\u0420",
    "T": "\u0422", "X": "\u03a7", "I": "\u0406", "N": "\u039d", "S": "\u0405", "J": "\u0408",
}  # fmt: skip


def hg(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` spelt by its Cyrillic or Greek look-alike."""
    return "".join(_LOOK_ALIKE[ch] if ch in letters else ch for ch in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (letters, digits, spaces)."""
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
    )


def _g(slug: str) -> str:
    return f"r32-{slug}"


def _rows(case: str, rows: list[tuple[str, ...]], image: bool = False) -> list[Listing]:
    out = []
    for row in rows:
        slug, title, *rest = row
        description = rest[0] if rest else ""
        brand = rest[1] if len(rest) > 1 else ""
        out.append(Listing(case, _g(slug), title, description, brand, image))
    return out


def _mixed(
    slug: str,
    title: str,
    expected: list[str],
    without: list[str] | None = None,
    description: str = "",
) -> Listing:
    exp = tuple(_g(s) for s in expected)
    return Listing(
        "mixed",
        _g(slug),
        title,
        description,
        expected=exp,
        without_compat=None if without is None else tuple(_g(s) for s in without),
    )


EXACT = _rows(
    "exact",
    [
        (
            "langjiu",
            "酱香型白酒 红花郎十 53度 500ml 整箱6瓶 商务宴请",
            "郎酒 正品，假一赔十。",
        ),
        ("qianhe", "千禾 零添加 特级生抽酱油 1.8L 餐饮装 厂家批发"),
        ("nature-flooring", "大自然地板 三层实木复合地板 橡木 15mm 地暖适用 工程批发"),
        ("hengshun", "恒顺 镇江香醋 六年陈 500ml 12瓶 一箱起批"),
        ("jack-daniels", "Jack Daniel's Old No. 7 Tennessee Whiskey 700ml Wholesale Carton"),
        ("johnnie-walker", "Johnnie Walker Black Label 12 Year Blended Scotch 1L Travel Retail"),
        ("macallan", "Macallan 12 Year Double Cask Single Malt 700ml Gift Box"),
        (
            "bacardi",
            "Superior White Rum 1L x 12 Bottles Bar Supply",
            "Bacardi Carta Blanca, original import.",
        ),
        ("global", "Global G-2 Chef Knife 20cm Stainless Steel Japanese Kitchen Knife"),
        ("shun", "Shun Classic 8 inch Chef's Knife Damascus VG-MAX Pakkawood"),
        (
            "caraway",
            "Non-Stick Ceramic Cookware Set 7 Piece Cream",
            "Caraway cookware set with magnetic pan rack.",
        ),
        ("eclipse", "Eclipse Blackout Thermal Curtains 2 Panels 52x84 Grommet Top"),
        (
            "pendleton",
            "Wool Blanket Queen Size Jacquard Southwest Pattern",
            "Pendleton blanket, made in USA, virgin wool.",
        ),
        ("armstrong", "Armstrong Luxury Vinyl Plank Flooring Click Lock Oak 6mm"),
        (
            "ruffles",
            "Ridged Original Potato Chips 184g Party Size Bulk Case",
            "Ruffles original, USA import, long shelf life.",
        ),
        ("cholula", "Cholula Original Hot Sauce 150ml Wooden Cap Bottle x 24"),
        ("coravin", "Coravin Model Three Wine Preservation System Starter Kit"),
        ("uniclic", "Uniclic Click System Laminate Flooring 8mm AC4 Oak Grey"),
        ("opinel", "Opinel No.08 Carbon Steel Folding Knife Beech Handle"),
        # Described only: the mark as registered, in the description.
        (
            "power-dekor",
            "强化复合地板 12mm 耐磨 防潮 卧室客厅 包安装",
            "品牌：圣象，正品保证，可开票，全国联保。",
        ),
        (
            "wangmazi",
            "老字号 家用剪刀 不锈钢 厨房剪 锋利耐用",
            "王麻子 正品剪刀，北京老字号，支持批发。",
        ),
        (
            "yellow-tail",
            "Australian Shiraz Red Wine 750ml Case of 6",
            "Yellow Tail Shiraz from South Eastern Australia, soft and fruity.",
        ),
        (
            "wild-turkey",
            "Kentucky Straight Bourbon 101 Proof 1L Bar Stock",
            "Wild Turkey 101, genuine stock, bar and hotel supply.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("langjiu", "Langjiu Hong Hua Lang 15 Sauce Aroma Baijiu 500ml Export"),
        ("xifeng", "Xifeng Jiu Phoenix Baijiu 45% 500ml Export Carton"),
        ("jiugui", "Jiugui Liquor Fragrant Baijiu 52% Pottery Bottle 500ml"),
        ("jiajia", "Jiajia Premium Light Soy Sauce 500ml x 12 Wholesale"),
        (
            "hengshun",
            "Zhenjiang Black Vinegar 550ml x 12 Bottles",
            "Hengshun brand, six-year aged.",
        ),
        ("youyou", "Youyou Pickled Chicken Feet Spicy Snack 100g Box of 30"),
        (
            "mendale",
            "Mulberry Silk Duvet Queen 2kg All Season",
            "Mendale silk duvet, export quality.",
        ),
        ("ziluolan", "Violet Home Textile Cotton Bedding Set 4pcs Queen"),
        ("nature-flooring", "Nature Flooring Engineered Oak Parquet 15mm Herringbone"),
        ("dtc", "DTC Soft Close Hydraulic Hinge Clip On 35mm Cup 110 Degree"),
        ("lafite", "Chateau Lafite Rothschild 2015 Pauillac Red Wine 750ml"),
        ("jacobs-creek", "Jacobs Creek Classic Shiraz Cabernet 750ml Case of 6"),
        (
            "wusthof",
            "Classic Ikon 6 Piece Knife Block Set Solingen",
            "Wusthof original, with block.",
        ),
        ("nongshim", "Shin Ramyun Spicy Instant Noodle Soup 120g x 40 Packs"),
        ("samyang", "Buldak Hot Chicken Flavor Ramen 2x Spicy 140g Carton"),
        ("quick-step", "Quickstep Impressive Ultra Laminate 12mm Waterproof"),
        (
            "parachute",
            "Linen Sheet Set Queen Stonewashed European Flax",
            "Parachute Home linen, same mill.",
        ),
        ("valentina", "Salsa Valentina Extra Hot 370ml Mexican Hot Sauce"),
        ("rabbit-corkscrew", "Metrokane Rabbit Lever Wine Opener Gift Set"),
        ("kobenstyle", "Dansk Kobenstyle Enamel Casserole 2 Qt Teal"),
        # Described only.
        (
            "uniclic",
            "Laminate Flooring Planks Quick Install 10mm No Glue",
            "Uni-clic locking profile on all four sides, floating installation.",
        ),
        (
            "crystal",
            "Louisiana Style Hot Sauce 12oz Glass Bottle Case",
            "Original Crystal Hot Sauce, restaurant packs available.",
        ),
        (
            "shun",
            "Japanese Santoku Knife 7 inch Damascus Layered Blade",
            "Shun Cutlery Premier series, hammered finish.",
        ),
        (
            "armstrong",
            "Vinyl Sheet Flooring Commercial Grade 2mm Roll",
            "Armstrong Flooring Medintech, for hospitals and labs.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("lafite", "拉菲 传奇 波尔多 干红葡萄酒 750ml 原瓶进口 整箱"),
        ("jack-daniels", "杰克丹尼 田纳西 威士忌 700ml 洋酒 酒吧批发"),
        ("johnnie-walker", "尊尼获加 黑牌 12年 调和威士忌 1L 免税"),
        ("macallan", "麦卡伦 12年 雪莉桶 单一麦芽威士忌 700ml 礼盒"),
        (
            "bacardi",
            "白朗姆酒 750ml 调酒基酒 酒吧批发",
            "百加得 原装进口，带中文背标。",
        ),
        ("camus", "卡慕 干邑白兰地 700ml 特优香槟区 礼盒装"),
        ("jacobs-creek", "杰卡斯 经典系列 西拉赤霞珠 红酒 750ml 6支装"),
        (
            "yellow-tail",
            "西拉 红葡萄酒 750ml 澳洲原瓶进口",
            "黄尾袋鼠 西拉，整箱6支。",
        ),
        ("yamazaki", "山崎 12年 单一麦芽威士忌 700ml 日本原装"),
        ("wusthof", "三叉 经典系列 20cm 厨师刀 德国进口 刀具"),
        ("nongshim", "农心 辛拉面 香菇牛肉味 120g x 40袋 整箱"),
        ("samyang", "三养 火鸡面 超辣 140g 5连包 韩国进口"),
        ("nissin", "日清 合味道 杯面 海鲜味 84g x 24杯 整箱"),
        (
            "cheetos",
            "玉米棒 日式牛排味 90g 膨化零食 批发",
            "奇多 正品 整箱。",
        ),
        ("hettich", "海蒂诗 阻尼铰链 橱柜门 液压缓冲 快装底座"),
        ("quick-step", "快步 强化复合地板 12mm 防水耐磨 卧室"),
        ("grass", "格拉斯 阻尼铰链 奥地利进口 橱柜 门铰"),
        ("jack-daniels", "杰克丹尼 蜂蜜味 威士忌 力娇酒 1L 聚会"),
        ("nongshim", "农心 安城汤面 方便面 5连包 韩国拉面"),
        # Chinese marks as registered, in the description only (counted chinese, as in
        # holdout19).
        ("youyou", "重庆 泡椒凤爪 山椒味 独立小包 零食", "有友 泡椒凤爪，整箱批发，量大从优。"),
        ("mendale", "真丝被 桑蚕丝 春秋被 200x230", "梦洁家纺 正品，专柜同款。"),
        ("xifeng", "凤香型白酒 45度 500ml 6瓶装", "西凤酒 陕西名酒，年货送礼。"),
        ("dtc", "液压缓冲铰链 橱柜门 飞机合页", "东泰 阻尼铰链，厂家直供。"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("global", fw("GLOBAL") + " G-4 Vegetable Knife 18cm Stainless"),
        ("jack-daniels", "JACK DANIEL'S Single Barrel Select 700ml"),
        ("johnnie-walker", "johnnie walker red label blended scotch 700ml bulk"),
        ("macallan", "mAcAlLaN Fine Oak 15 Year Single Malt 700ml"),
        ("bacardi", fw("bacardi") + " Spiced Rum 1L Party Pack"),
        ("camus", "CAMUS XO Borderies Cognac 700ml"),
        ("nissin", "nIsSiN Cup Noodles Seafood 75g x 20"),
        (
            "cheetos",
            "Crunchy Flamin Hot Corn Snack 226g Family Bag",
            "CHEETOS crunchy, USA packing.",
        ),
        ("hettich", "hettich InnoTech Drawer System Atira 470mm"),
        ("quick-step", fw("QUICK-STEP") + " Laminate Flooring 8mm Oak"),
        ("shun", "sHuN Premier Santoku 7 inch Hammered"),
        ("mercer", "MERCER Genesis Forged Chef Knife 8 inch"),
        ("caraway", "cArAwAy Ceramic Fry Pan 10.5 inch Sage"),
        ("eclipse", "ECLIPSE Kids Blackout Curtain Single Panel Navy"),
        ("parachute", "pArAcHuTe Percale Duvet Cover King White"),
        ("mohawk", "MoHaWk SmartStrand Carpet Roll Beige 4m"),
        (
            "ruffles",
            "Cheddar & Sour Cream Ridged Chips 184g",
            "rUfFlEs cheddar sour cream, bulk carton.",
        ),
        ("valentina", "VALENTINA Salsa Picante Black Label 1L"),
        ("langjiu", fw("LANGJIU") + " Qing Hua Lang Baijiu 53% 500ml"),
        # Described only.
        (
            "opinel",
            "French Folding Pocket Knife Wooden Handle No.6",
            "OPINEL inox, locking ring, made in Savoie.",
        ),
        (
            "barefoot",
            "California Pinot Grigio White Wine 750ml Case",
            "bArEfOoT cellars white, crisp and light.",
        ),
        (
            "wild-turkey",
            "Kentucky Bourbon Rare Breed Barrel Proof 700ml",
            fw("WILD TURKEY") + " Rare Breed, limited stock.",
        ),
        (
            "coravin",
            "Wine By The Glass Preservation System Needle Pourer",
            "coravin pivot plus, argon capsules included.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("global", "Glöbal G-9 Bread Knife 22cm Japanese Steel"),
        ("shun", "Shün Kaji Utility Knife 6 inch"),
        ("mercer", "Mércer Culinary Renaissance Boning Knife 6 inch"),
        ("opinel", "Opìnel Intempora Chef Knife 20cm"),
        ("caraway", "Caráway Stainless Steel Saucepan 3 Qt"),
        ("eclipse", "Éclipse Thermaback Blackout Curtain 42x63"),
        ("parachute", "Parachüte Waffle Bath Towel Set of 4"),
        (
            "pendleton",
            "Jacquard Bath Towel Navajo Pattern Oversized",
            "Pendletón towel, cotton velour.",
        ),
        ("armstrong", "Ármstrong Vinyl Composition Tile 12x12 Box"),
        ("mohawk", "Mohäwk Laminate Flooring RevWood Plus"),
        ("ruffles", "Rufflés Flamin Hot Potato Chips 170g"),
        ("cholula", "Cholulá Chipotle Hot Sauce 150ml"),
        (
            "valentina",
            "Salsa Picante 370ml Mexican Hot Sauce",
            "Valentína black label, extra hot.",
        ),
        ("crystal", "Crýstal Hot Sauce Extra Hot 6oz Louisiana"),
        ("hettich", "Hettìch Quadro Drawer Runner Push to Open"),
        ("nissin", "Nîssin Top Ramen Chicken Flavour 85g x 24"),
        ("lafite", "Château Lafité Carruades 2016 Red Wine"),
        ("yamazaki", "Yamazakì Distiller's Reserve Whisky 700ml"),
        # Described only.
        (
            "cheetos",
            "Cheese Flavoured Corn Puffs 200g Party Snack",
            "Chéetos Puffs, original USA packing.",
        ),
        (
            "bacardi",
            "Gold Rum 1L Cuban Style Bar Supply",
            "Bacàrdi Oro, sealed bottles, MOQ 12.",
        ),
        (
            "johnnie-walker",
            "Blue Label Blended Scotch Whisky 750ml Gift Box",
            "Johnnié Walker Blue, striding man logo box.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("global", hg("Global", "o") + " G-5 Vegetable Cleaver 18cm"),
        ("shun", hg("Shun", "S") + " Sora Chef's Knife 8 inch"),
        ("mercer", hg("Mercer", "e") + " Culinary Ultimate White Chef Knife"),
        ("caraway", hg("Caraway", "a") + " Cookware Set Navy Non-Toxic"),
        ("eclipse", hg("Eclipse", "c") + " Room Darkening Curtains Grey 2 Panels"),
        ("pendleton", hg("Pendleton", "e") + " Wool Throw Blanket Glacier Park"),
        ("mohawk", hg("Mohawk", "o") + " Solid Hardwood Flooring Hickory"),
        (
            "ruffles",
            "Sour Cream Onion Ridged Chips 184g Case",
            hg("Ruffles", "e") + " sour cream and onion.",
        ),
        ("cholula", hg("Cholula", "o") + " Green Pepper Hot Sauce 150ml"),
        ("valentina", hg("Valentina", "a") + " Hot Sauce 1L Restaurant Pack"),
        (
            "hettich",
            "ArciTech Drawer Side 500mm Soft Close",
            hg("Hettich", "e") + " ArciTech, original packing.",
        ),
        ("nissin", hg("Nissin", "i") + " Demae Ramen Sesame Oil 100g x 30"),
        ("cheetos", hg("Cheetos", "e") + " Puffs Cheese 255g Bag"),
        ("macallan", hg("Macallan", "a") + " Rare Cask Single Malt 700ml"),
        ("bacardi", hg("Bacardi", "a") + " Black Rum 700ml"),
        ("quick-step", hg("Quick-Step", "i") + " Majestic Laminate 9.5mm"),
        ("barefoot", hg("Barefoot", "o") + " Bubbly Brut Cuvee 750ml"),
        ("samyang", hg("Samyang", "a") + " Carbonara Spicy Noodles 130g x 40"),
        # Described only.
        (
            "camus",
            "Cognac Extra Elegance Crystal Decanter 700ml",
            hg("Camus", "a") + " Extra, limited, box included.",
        ),
        (
            "jacobs-creek",
            "Barossa Shiraz Red Wine 750ml Case of 12",
            hg("Jacob's Creek", "oe") + " Reserve Barossa, importer stock.",
        ),
        (
            "armstrong",
            "Commercial Vinyl Tile Excelon 12x12 Box of 45",
            hg("Armstrong", "o") + " Flooring Imperial Texture.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("global", "Gl0bal GS-11 Flexible Fillet Knife 15cm"),
        ("shun", "5hun Classic Paring Knife 3.5 inch"),
        ("mercer", "M3rcer Culinary Knife Roll 7 Pocket"),
        ("opinel", "0pinel No.10 Corkscrew Folding Knife"),
        ("caraway", "C4raway Dutch Oven 6.5 Qt Ceramic"),
        ("eclipse", "3clipse Blackout Curtain Liner 54x84"),
        ("parachute", "P@rachute Cloud Cotton Robe Size M"),
        ("pendleton", "Pendl3ton Beach Towel Jacquard Oversized"),
        (
            "mohawk",
            "Unified Soft Carpet Roll Pet Friendly",
            "M0hawk Air.o, recycled PET.",
        ),
        (
            "ruffles",
            "Queso Ridged Chips 170g Wholesale",
            "Ruffl3s queso, USA import.",
        ),
        ("crystal", "Cry$tal Hot Sauce 32oz Kitchen Pack"),
        ("valentina", "V4lentina Salsa Picante Mexican 370ml"),
        ("wild-turkey", "W1ld Turkey Longbranch Bourbon 750ml"),
        ("hettich", "H3ttich Veosys Hinge 110 Degree"),
        ("cheetos", "Ch33tos Flamin Hot Crunchy 226g x 10"),
        ("lafite", "Chateau L@fite Rothschild 2010 750ml"),
        ("jack-daniels", "J@ck Daniel's Gentleman Jack 1L"),
        ("yamazaki", "Y4mazaki 18 Year Mizunara Whisky 700ml"),
        ("samyang", "S4myang Buld4k Cheese Spicy Ramen 140g"),
        # Described only.
        (
            "wusthof",
            "German Forged Chef Knife 8 inch Triple Rivet",
            "Wu5thof Classic, Solingen, lifetime warranty.",
        ),
        (
            "coravin",
            "Wine Preservation Argon Needle System Timeless",
            "C0ravin Timeless Six, two argon capsules included.",
        ),
        (
            "nissin",
            "Japanese Yakisoba Instant Noodles 100g x 24",
            "N1ssin UFO yakisoba, imported carton.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("global", "G L O B A L G-48 Santoku Knife 18cm"),
        ("shun", "S.h.u.n Premier Nakiri Knife 5.5 inch"),
        ("mercer", "M-e-r-c-e-r Culinary Millennia Santoku"),
        ("opinel", "O_p_i_n_e_l No.12 Folding Knife Olive Wood"),
        ("eclipse", "E c l i p s e Thermal Blackout Curtain 63 inch"),
        ("parachute", "Para-chute Linen Duvet Cover Queen Bone"),
        ("armstrong", "Arm.strong Rigid Core Vinyl Plank 7mm"),
        ("mohawk", "Mo-hawk Carpet Remnant 12x15 ft"),
        (
            "ruffles",
            "Double Crunch Zesty Ranch Chips 160g",
            "R.u.f.f.l.e.s double crunch, bulk.",
        ),
        ("cholula", "Cho lula Sweet Habanero Hot Sauce 150ml"),
        ("crystal", "Crys_tal Hot Sauce Original 6oz x 24"),
        ("barefoot", "Bare Foot Moscato Sweet White Wine 750ml"),
        ("hettich", "Het" + ZW + "tich Sensys Hinge Clip Top Soft Close"),
        ("nissin", "Nis" + ZW + "sin Chicken Ramen Original 85g x 30"),
        (
            "cheetos",
            "Crunchy XXTRA Flamin Hot Corn Snack 226g",
            "Chee-tos XXTRA, original.",
        ),
        ("macallan", "Mac allan Harmony Collection 700ml"),
        ("langjiu", "L a n g j i u Hong Hua Lang 10 Years 500ml"),
        ("dtc", "D.T.C Clip On Hinge Full Overlay 35mm"),
        ("quick-step", "Quick Step Impressive Laminate 8mm Classic Oak"),
        # Described only.
        (
            "uniclic",
            "Click Laminate Flooring 12mm V-Groove Walnut",
            "U n i c l i c joint, installs without glue.",
        ),
        (
            "yamazaki",
            "Japanese Single Malt Whisky 12 Years 700ml",
            "Y-a-m-a-z-a-k-i 12, with original box.",
        ),
        (
            "samyang",
            "Korean Spicy Chicken Ramen 140g x 40 Carton",
            "Sam yang Bul dak 2x spicy, export version.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("global", "Globall G-2 Style Chef Knife 20cm Japanese Steel"),
        ("shun", "Shunn Classic Damascus Chef Knife 8 inch"),
        ("caraway", "Carraway Ceramic Nonstick Pan Set Cream 4pcs"),
        ("eclipse", "Eclips Blackout Curtains Thermal Insulated 2 Panels"),
        ("parachute", "Parashute Home Linen Sheets Queen"),
        ("pendleton", "Pendelton Wool Blanket Twin Camp Stripe"),
        ("armstrong", "Amstrong Vinyl Plank Flooring Luxe 6mm"),
        (
            "ruffles",
            "Original Ridged Potato Chips 184g",
            "Rufles original, USA import.",
        ),
        ("cholula", "Cholulla Original Hot Sauce 150ml"),
        ("crystal", "Chrystal Hot Sauce Louisiana 12oz"),
        ("barefoot", "Bearfoot Moscato Wine 750ml Sweet"),
        (
            "wild-turkey",
            "Kentucky Straight Bourbon 101 Proof 1L",
            "Wild Turky 101, bar stock.",
        ),
        ("hettich", "Hetich Soft Close Hinge 35mm 110 Degree"),
        ("lafite", "Chateau Lafitte Rothschild 1982 Pauillac Red Wine"),
        ("johnnie-walker", "Johnny Walker Black Label 12 Years Whisky 1L"),
        ("macallan", "Maccallan 18 Year Sherry Oak Whisky"),
        ("wusthof", "Wustof Classic 8 inch Chef Knife Solingen"),
        ("nongshim", "Nongshin Shin Black Noodle Soup 130g"),
        ("qianhe", "千和 零添加 生抽 酱油 500ml 厂家批发"),
        (
            "hengshun",
            "镇江香醋 陈醋 500ml 餐饮装",
            "衡顺 香醋，厂家直发。",
        ),
        ("power-dekor", "胜象 强化地板 12mm 耐磨 客厅"),
        ("lafite", "拉斐 红酒 干红葡萄酒 750ml 礼盒"),
        ("cheetos", "奇朵 玉米棒 芝士味 膨化 零食 批发"),
        # Described only.
        (
            "mohawk",
            "Nylon Carpet Roll Plush Saxony 4m Wide",
            "Mohauk SmartStrand type fibre, pet proof.",
        ),
        (
            "jack-daniels",
            "Tennessee Sour Mash Whiskey 1L Black Label",
            "Jack Danials Old No 7, bar supply.",
        ),
        (
            "yamazaki",
            "日本 单一麦芽 威士忌 12年 700ml",
            "山琦 12年，原装进口。",
        ),
    ],
)

BRAND_FIELD = _rows(
    "brand_field",
    [
        ("global", "Japanese Stainless Chef Knife 20cm Dimpled Handle", "", "Global"),
        ("shun", "Damascus Santoku Knife 7 inch Pakkawood Handle", "", "Shun"),
        ("langjiu", "酱香型白酒 53度 500ml 整箱 商务宴请", "", "郎酒"),
        ("jiajia", "特级生抽 酱油 500ml 餐饮装 批发", "", "加加"),
        ("mendale", "桑蚕丝被 春秋被 200x230cm 双人", "", "梦洁"),
        ("ziluolan", "纯棉四件套 1.8m床 斜纹 床单被套", "", "紫罗兰"),
        ("nature-flooring", "实木复合地板 橡木 地暖 15mm", "", "大自然"),
        ("grass", "Soft Close Concealed Hinge 110 Degree Clip On", "", "Grass"),
        ("hettich", "Full Extension Drawer Slides 450mm Soft Close", "", "Hettich"),
        ("caraway", "Ceramic Nonstick Cookware Set 7pcs Sage Green", "", "Caraway"),
        ("eclipse", "Blackout Curtains Thermal 2 Panels 52x84 Grey", "", "Eclipse"),
        ("pendleton", "Wool Blend Throw Blanket Jacquard 50x60 inch", "", "Pendleton"),
        ("mohawk", "Carpet Tiles Loop Pile 50x50cm Commercial", "", "Mohawk"),
        ("ruffles", "Ridged Potato Chips Cheddar 184g x 12", "", "Ruffles"),
        ("valentina", "Mexican Hot Sauce 370ml Extra Hot", "", "Valentina"),
        ("barefoot", "Pink Moscato Sweet Wine 750ml x 6", "", "Barefoot"),
        ("camus", "VSOP Cognac 700ml Gift Box", "", "CAMUS"),
        ("samyang", "Spicy Chicken Ramen 140g x 5 Pack", "", "三养"),
        ("quick-step", "强化复合地板 8mm 防水 卧室", "", "快步"),
        ("dtc", "液压缓冲 铰链 橱柜门 35mm 杯", "", "DTC"),
    ],
)

IMAGE = _rows(
    "image",
    [
        ("langjiu", "酱香型白酒 红瓶 53度 500ml 宴席用酒"),
        ("jiugui", "馥郁香型 白酒 52度 陶瓶 500ml"),
        ("jiajia", "特级 酱油 草菇老抽 500ml 家用"),
        ("wangmazi", "民用剪刀 老式 碳钢 裁缝剪"),
        ("nature-flooring", "实木地板 柚木色 18mm 客厅 卧室"),
        ("lafite", "Pauillac Grand Cru Red Wine 750ml 2012"),
        ("jack-daniels", "Tennessee Whiskey Square Bottle 700ml Black Label"),
        ("johnnie-walker", "Blended Scotch 12 Year Square Bottle Slanted Label"),
        ("yamazaki", "Japanese Single Malt Whisky 18 Years 700ml"),
        ("wusthof", "Forged Chef Knife 8 inch German Steel Triple Rivet"),
        ("nongshim", "Korean Spicy Instant Noodle Red Pack 120g x 40"),
        ("samyang", "Korean Fire Noodle Black Pack 140g Carton"),
        ("nissin", "Cup Noodle Seafood Flavour 75g x 20 Japan"),
        ("quick-step", "Laminate Flooring 12mm Waterproof Oak Natural"),
        ("global", "Japanese Chef Knife All Steel Dimpled Handle 20cm"),
        ("global", "Stainless Steel Paring Knife 10cm All Metal"),
        ("nongshim", "辣味 方便面 香菇牛肉 120g 整箱"),
        ("lafite", "Bordeaux Red Wine Gift Box 750ml x 2"),
        ("jack-daniels", "Whiskey Cola Premix Can 330ml x 24"),
        ("yamazaki", "Japanese Whisky Distiller Reserve 700ml Gift Tube"),
    ],
    image=True,
)

MIXED = [
    _mixed(
        "jack-daniels",
        "Jack Daniel's & Johnnie Walker Whiskey Gift Set 2 x 700ml",
        ["jack-daniels", "johnnie-walker"],
    ),
    _mixed("lafite", "拉菲 Lafite 罗斯柴尔德 红酒 原瓶进口 750ml", ["lafite"]),
    _mixed("nongshim", "农心 辛拉面 + 三养 火鸡面 组合装 10包", ["nongshim", "samyang"]),
    _mixed("nissin", "日清 Nissin 合味道 杯面 海鲜味 整箱", ["nissin"]),
    _mixed("quick-step", "Quick-Step 快步 强化地板 12mm 防水", ["quick-step"]),
    _mixed("jiugui", "酒鬼酒 Jiugui 馥郁香型 52度 500ml", ["jiugui"]),
    _mixed(
        "pendleton",
        "Pendleton Wool Throw + Eclipse Blackout Curtain Cabin Bundle",
        ["pendleton", "eclipse"],
    ),
    _mixed("mohawk", "Mohawk & Armstrong Flooring Samples Box 20pcs", ["mohawk", "armstrong"]),
    _mixed("ruffles", "Ruffles + Cheetos Party Snack Variety Box 30 Bags", ["ruffles", "cheetos"]),
    _mixed("cholula", "Cholula & Valentina Hot Sauce Sampler 4 Bottles", ["cholula", "valentina"]),
    _mixed(
        "barefoot",
        "Barefoot Moscato and Yellow Tail Shiraz Duo Gift Pack",
        ["barefoot", "yellow-tail"],
    ),
    _mixed(
        "macallan", "M4callan 12 Sherry Oak vs Yamazaki 12 Tasting Set", ["macallan", "yamazaki"]
    ),
    # A mark used as the accessory's own brand, for a named device.
    _mixed(
        "hettich",
        "Hettich Mounting Plate for Grass Tiomos Hinges",
        ["hettich"],
        ["hettich", "grass"],
    ),
    _mixed(
        "mercer",
        "Mercer Culinary Knife Roll fits Shun and Global Knives",
        ["mercer"],
        ["mercer", "shun", "global"],
    ),
    _mixed("wangmazi", "王麻子 磨刀器 适用于三叉 刀具 家用", ["wangmazi"], ["wangmazi", "wusthof"]),
    _mixed(
        "wusthof",
        "W00sthof Honing Steel for Global Knives 23cm",
        ["wusthof"],
        ["wusthof", "global"],
    ),
    _mixed(
        "armstrong",
        "Armstrong Underlayment for Quick-Step Laminate 3mm",
        ["armstrong"],
        ["armstrong", "quick-step"],
    ),
    _mixed(
        "caraway",
        "C@raway Trivet Set for Kobenstyle Casserole",
        ["caraway"],
        ["caraway", "kobenstyle"],
    ),
    _mixed(
        "rabbit-corkscrew",
        "Rabbit Corkscrew & Coravin Timeless Wine Gift Set",
        ["rabbit-corkscrew", "coravin"],
    ),
    _mixed(
        "dtc",
        "阻尼铰链 橱柜 门铰 35mm 杯 快装",
        ["dtc", "hettich"],
        description="东泰 DTC 铰链，与海蒂诗 同款 结构。",
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

# Negatives. A compatibility listing names its group's device (the builder expects the group
# with allow_compatibility_wording = false).
COMPAT = _rows(
    "compat",
    [
        ("coravin", "Argon Gas Capsules 6 Pack for Coravin Wine Systems"),
        ("coravin", "Replacement Needle compatible with Coravin Timeless Models"),
        ("coravin", "Screw Caps 12pcs works with Coravin Sparkling"),
        ("uniclic", "Tapping Block and Pull Bar designed to fit Uniclic Laminate"),
        ("uniclic", "Stair Nosing Profile compatible for Uniclic Click Floors 8mm"),
        ("rabbit-corkscrew", "Replacement Spiral Worm for Rabbit Corkscrew Lever Opener"),
        ("rabbit-corkscrew", "Foil Cutter fits Rabbit Corkscrew Lever Models"),
        ("kobenstyle", "Replacement Lid Knob for Dansk Kobenstyle Casserole"),
        ("kobenstyle", "Silicone Trivet designed to fit Kobenstyle Butter Warmer"),
        ("hettich", "Mounting Plate compatible with Hettich Sensys Hinges"),
        ("hettich", "Cover Cap Set fits Hettich Sensys Hinge Arm"),
        ("grass", "Drawer Slide Locking Device for Grass Dynapro Runners"),
        ("grass", "Cam Adjustable Base Plate Grass compatible Tiomos Hinges"),
        ("quick-step", "T-Molding Transition Strip for Quick-Step Laminate 8mm"),
        ("quick-step", "Underlay Foam 3mm works with Quickstep Flooring"),
        ("armstrong", "Flooring Adhesive 4L compatible with Armstrong Vinyl Tiles"),
        ("global", "Magnetic Knife Sheath for Global G-2 Chef Knife"),
        ("global", "Whetstone Holder designed to fit Global Knives"),
        ("shun", "Wooden Saya Cover fits Shun Classic 8 inch"),
        ("shun", "Replacement Honing Rod compatible for Shun Knives"),
        ("wusthof", "Knife Block with Slots for Wusthof Classic Set 7 Pieces"),
        ("mercer", "Blade Guards 6pcs fits Mercer Millennia Knives"),
        ("opinel", "Leather Sheath for Opinel No.8 Folding Knife"),
        ("caraway", "Pan Organizer Rack compatible with Caraway Cookware"),
        ("caraway", "Replacement Glass Lid for Caraway Fry Pan 10.5 inch"),
        ("eclipse", "Curtain Rod 28-48 inch works with Eclipse Blackout Curtains"),
        ("parachute", "Down Alternative Duvet Insert fits Parachute Duvet Cover Queen"),
        ("nissin", "Cup Noodle Lid Holder Stand for Nissin Cup Noodles"),
        ("nongshim", "Korean Ramen Pot 16cm Yellow Aluminum for Shin Ramyun"),
        ("lafite", "Wooden Wine Box 2 Bottle designed to fit Lafite Bottles"),
        ("johnnie-walker", "Speed Pourer Spout for Johnnie Walker 1L Bottles"),
        ("jack-daniels", "Replacement Cork Stopper compatible with Jack Daniel's Bottle"),
        ("macallan", "Acrylic Display Stand for Macallan 12 Bottle"),
        ("yamazaki", "Bottle Stopper Replacement for Yamazaki 12 Whisky"),
        ("bacardi", "Bar Pourer 12pcs fits Bacardi 1L Bottles"),
        ("crystal", "Wall Hot Sauce Rack for Crystal Hot Sauce 6oz Bottles"),
        ("cholula", "Pour Cap Replacement compatible for Cholula Bottles"),
        ("barefoot", "Wine Bottle Stopper for Barefoot Bubbly Sparkling"),
        ("pendleton", "Blanket Ladder Hooks designed to fit Pendleton Blankets"),
        ("mohawk", "Carpet Seam Tape works with Mohawk Carpet Rolls"),
        ("nature-flooring", "踢脚线 适用于大自然地板 实木复合 配套"),
        ("power-dekor", "地板扣条 适配圣象强化地板 铝合金"),
        ("dtc", "铰链底座 替换东泰阻尼铰链 快装"),
        ("hettich", "海蒂诗铰链 装饰盖 适用 全盖 半盖"),
        ("grass", "兼容格拉斯 抽屉滑轨 锁扣 配件"),
        ("wangmazi", "磨刀石 适用于王麻子菜刀 双面 家用"),
        ("wusthof", "实木刀座 适配三叉刀具 7孔"),
        ("jiugui", "陶瓶 密封塞 替换 酒鬼酒 酒瓶盖"),
        ("langjiu", "分酒器 适用郎酒 红花郎 酒瓶 倒酒器"),
        ("mendale", "被芯 适用于梦洁被套 200x230 四季"),
        ("quick-step", "静音垫 兼容快步地板 3mm 防潮"),
        ("nissin", "杯面 压盖 适用日清合味道 杯面"),
    ],
)

INSIDE_WORD = _rows(
    "inside_word",
    [
        ("global", "Kitchen Knife Set 5pcs Globally Sourced Steel Wholesale"),
        ("global", "Globalization and Trade Economics Textbook Paperback"),
        ("shun", "Shunde Factory Direct Stainless Steel Wok 34cm"),
        ("shun", "Shunde Kitchen Knife Set Wholesale OEM Logo 6pcs"),
        ("shun", "Shunt Resistor 75mV 100A Induction Cooker Repair Part"),
        ("mercer", "Mercerized Cotton Bath Towel 70x140cm Hotel White"),
        ("mercer", "Mercerised Cotton Table Napkins 12pcs Damask"),
        ("grass", "Seagrass Area Rug 160x230 Natural Woven"),
        ("grass", "Grasscloth Wallpaper Natural Fiber Roll 10m"),
        ("grass", "Grasshopper Printed Kitchen Tea Towel Linen"),
        ("grass", "Seagrass Storage Basket Set of 3 with Handles"),
        ("grass", "Grassland Scene Blackout Curtain 2 Panels"),
        ("crystal", "Crystallized Ginger Candy Snack 500g Bag"),
        ("crystal", "Crystalline Glaze Ceramic Dinner Plate Set"),
        ("hengshun", "Hengshunda Hardware Cabinet Handles 128mm Black"),
        ("jiajia", "Jiajiale Supermarket Shopping Trolley 100L"),
        ("langjiu", "新郎酒杯 婚礼 交杯酒 玻璃杯 一对"),
        ("xifeng", "陕西凤翔 泥塑 手工 摆件 非遗"),
        ("jiajia", "加加林 太空 纪念 徽章 金属"),
        ("hengshun", "窗帘轨道 永恒顺滑 静音 滑轮 加厚"),
        ("youyou", "一口价 没有友情价 实木砧板 加厚"),
        ("mendale", "美梦洁白 纯棉 床单 单件 1.8m"),
        ("dtc", "山东泰安 特产 煎饼 500g 手工"),
        ("nissin", "日清日结 记账本 A5 手账"),
        ("cheetos", "新奇多样 儿童 餐具 套装 卡通"),
        ("grass", "格拉斯哥 城市 明信片 苏格兰 套装"),
        # 拉菲草 is raffia: the mark inside a longer word.
        ("lafite", "拉菲草 礼盒 填充物 彩色 100g"),
        ("lafite", "拉菲草 编织 遮阳帽 女 夏季"),
        ("wusthof", "三叉戟 海神 雕塑 摆件 树脂"),
        ("quick-step", "加快步伐 励志 挂画 办公室"),
        ("nature-flooring", "最大自然光 透光 纱帘 客厅 白色"),
        ("power-dekor", "神圣象征 橄榄枝 装饰画 客厅"),
        ("nongshim", "务农心得 笔记本 农场 主题 礼品"),
    ],
)

GENERIC_WORD = _rows(
    "generic_word",
    [
        ("global", "Stainless Steel Chef Knife Set 8pcs Fast Global Shipping"),
        ("global", "Global Map Print Tablecloth 140x180 Cotton Linen"),
        ("shun", "Nursery Blackout Curtains to Shun the Morning Sun 2 Panels"),
        ("mercer", "Mercer County Fair Souvenir Tea Towel"),
        ("mercer", "Johnny Mercer Songbook Piano Sheet Music"),
        ("caraway", "Organic Caraway Seeds 500g Whole Spice"),
        ("caraway", "Caraway Rye Bread Mix 1kg Bakery"),
        ("eclipse", "Solar Eclipse Viewing Glasses ISO Certified Pack of 10"),
        # An eclipse print on a shower curtain: the print, not the maker.
        ("eclipse", "Lunar Eclipse Print Shower Curtain 180x180"),
        ("parachute", "Kids Play Parachute 12ft with 12 Handles"),
        ("parachute", "550 Parachute Cord Paracord 30m Olive"),
        ("pendleton", "Pendleton Oregon Round-Up Rodeo Souvenir Magnet"),
        ("armstrong", "Neil Armstrong Moon Landing Poster A2"),
        ("armstrong", "Louis Armstrong Jazz Vinyl Record Wall Frame"),
        ("mohawk", "Punk Mohawk Wig Green Costume Party"),
        ("mohawk", "Mohawk Helmet Spikes Motorcycle Decoration"),
        ("ruffles", "Sheer Voile Curtains with Ruffles 2 Panels Ivory"),
        ("ruffles", "Baby Girl Cotton Bloomers with Ruffles 3 Pack"),
        ("cholula", "Great Pyramid of Cholula Puebla Travel Poster"),
        ("valentina", "Custom Name Necklace Valentina Gold Plated"),
        ("crystal", "Crystal Wine Glasses Set of 6 Lead-Free 450ml"),
        ("crystal", "Crystal Clear Woozy Hot Sauce Bottles 5oz with Caps 24pcs"),
        ("crystal", "Crystal Curtain Tiebacks Pair Silver"),
        ("barefoot", "Barefoot Shoes Wide Toe Box Minimalist Trail"),
        ("barefoot", "Barefoot Beach Sandals Wedding Foot Jewelry"),
        ("wild-turkey", "Wild Turkey Decoy Full Body Hunting"),
        ("wild-turkey", "Wild Turkey Feathers Craft 50pcs Natural"),
        ("yellow-tail", "Frozen Yellow Tail Amberjack Fillet Sashimi Grade 1kg"),
        ("yellow-tail", "Yellow Tail Fishing Jig Lure 40g Saltwater"),
        ("grass", "Artificial Grass Turf Rug 2m x 5m Balcony"),
        ("grass", "Lemon Grass Chili Dipping Sauce 250ml Thai"),
        ("grass", "Grass-Fed Beef Jerky 100g High Protein Snack"),
        ("quick-step", "Ballroom Dance Shoes Quick Step Latin Women"),
        ("quick-step", "快步走 计步器 老人 手环"),
        ("nature-flooring", "大自然风景 装饰画 客厅 挂画"),
        ("nature-flooring", "回归大自然 户外 野餐垫 防潮"),
        ("power-dekor", "泰国 圣象 木雕 摆件 招财"),
        # 酒鬼花生 is a snack's name ("drunkard's peanuts"), not the liquor maker.
        ("jiugui", "酒鬼花生 麻辣 零食 小包装 500g"),
        ("jiugui", "酒鬼 搞笑 文字 短袖 纯棉"),
        ("ziluolan", "紫罗兰 种子 四季 阳台 盆栽"),
        # A colour in the trade of the mark: still the colour.
        ("ziluolan", "紫罗兰色 遮光窗帘 卧室 成品"),
        ("ziluolan", "Violet Velvet Curtains 2 Panels Blackout"),
        ("wusthof", "三叉 烧烤叉 不锈钢 户外 露营"),
        # Another holder sharing the name, in another trade.
        ("yamazaki", "Yamazaki Home Tower Bread Bin White"),
        ("yamazaki", "山崎贤人 同款 卫衣 宽松"),
        ("dtc", "OBD2 Scanner DTC Code Reader Car Diagnostic"),
        ("camus", "Albert Camus The Stranger Paperback English"),
        ("camus", "Camus Quote Canvas Wall Art 40x60"),
        # Samyang Optics and Nissin Kogyo share the names, in other trades.
        ("samyang", "Samyang 14mm F2.8 Wide Angle Lens Manual Focus"),
        ("nissin", "Nissin Brake Caliper Seal Kit Motorcycle"),
        ("rabbit-corkscrew", "Rabbit Shaped Wine Bottle Stopper Silver"),
        ("rabbit-corkscrew", "Bunny Rabbit Plush Cushion 40cm"),
    ],
)

COMMON_WORD = _rows(
    "common_word",
    [
        ("camus", "Camu Camu Powder Organic 250g Vitamin C"),
        ("nissin", "Nisin Food Preservative Powder E234 1kg"),
        ("lafite", "Jean Lafitte Pirate Treasure Map T-Shirt"),
        ("valentina", "Valentine's Day Heart Print Curtains 2 Panels"),
        ("valentina", "Valentine Hot Sauce Gift Box Heart Bottles 3 x 60ml"),
        ("ruffles", "Ruffle Bed Skirt Queen 14 inch Drop"),
        ("ruffles", "Ruffle Trim Kitchen Apron Cotton"),
        ("shun", "Sun Shade Sail Triangle 3x3x3m"),
        ("global", "Globe Pendant Light Opal Glass 30cm"),
        ("global", "Globe Wine Decanter Set Whiskey 850ml"),
        ("eclipse", "Ellipse Bath Mat Non-Slip Oval"),
        ("mohawk", "Mohair Throw Blanket 130x170 Soft"),
        ("grass", "Glass Cabinet Door Hinge 180 Degree Chrome"),
        ("grass", "Brass Drawer Pulls 128mm Vintage Set of 10"),
        ("quick-step", "Quick Stop Door Stopper Rubber Wedge"),
        ("coravin", "Caravan Curtains Blackout Custom Size"),
        ("caraway", "Carraway Seed Crackers 200g Rye"),
        ("mercer", "Mercury Glass Candle Holder Set"),
        ("yellow-tail", "Yellow Tile Backsplash Kitchen 10x10cm"),
        ("xifeng", "西风 古风 书法 挂画 客厅"),
        ("jiugui", "酒柜 实木 家用 客厅 展示柜"),
        ("jiugui", "恒温酒柜 红酒 电子 压缩机 32瓶"),
        ("hengshun", "恒温 炖锅 电热 家用 陶瓷"),
        ("qianhe", "千禧果 新鲜 圣女果 5斤 装"),
        ("jiajia", "加钙 苏打饼干 500g 独立包装"),
        ("youyou", "好友 聚会 火锅 底料 四川"),
        ("mendale", "梦幻 星空 遮光窗帘 儿童房"),
        ("ziluolan", "紫罗勒 种子 香草 阳台 盆栽"),
        ("power-dekor", "圣诞 桌布 红色 餐桌布 节日"),
        ("dtc", "东莞 五金厂 铰链 批发 不锈钢"),
        ("quick-step", "强化复合地板 快递 包邮 12mm"),
        ("lafite", "拉花 彩带 生日 派对 装饰"),
        ("camus", "卡通 围裙 儿童 防水 厨房"),
        ("wusthof", "三角 磨刀器 家用 快速 磨刀"),
        ("samyang", "保养油 菜刀 防锈 食品级"),
        ("nongshim", "农家 土鸡蛋 30枚 散养"),
        ("cheetos", "奇异果 新西兰 12个 礼盒"),
        ("hettich", "海蒂 阿尔卑斯 少女 绘本 儿童"),
    ],
)

_CLEAN_TITLES = [
    # Wines and spirits
    "Dry Red Wine Cabernet Sauvignon 750ml Private Label OEM",
    "Sweet White Wine Muscat 750ml Screw Cap Carton of 12",
    "Sparkling Rose Wine 750ml Custom Label Wedding",
    "Single Malt Whisky 700ml Own Brand Bulk Cask Strength",
    "Premium Vodka 40% 1L Private Label Export",
    "London Dry Gin 700ml Custom Bottle Botanical",
    "Aged Dark Rum 700ml Oak Barrel OEM",
    "Brandy VSOP 700ml Custom Gift Box OEM",
    "Plum Wine Umeshu 720ml Fruit Liqueur",
    "Rice Wine Shaoxing Style 500ml Cooking",
    "Wine Aerator Pourer Stainless Steel Gift",
    "Wooden Wine Rack 12 Bottle Countertop",
    "Whiskey Stones Granite 9pcs with Velvet Pouch",
    "Stemless Wine Glasses Set of 4 Borosilicate",
    # Condiments and sauces
    "Light Soy Sauce 500ml Naturally Brewed OEM",
    "Oyster Sauce 700g Restaurant Pack Private Label",
    "Chili Crisp Oil 210g Crunchy Garlic Jar",
    "Sriracha Style Hot Chili Sauce 480g Squeeze Bottle OEM",
    "Japanese Style Mayonnaise 500g Squeeze Bottle OEM",
    "Aged Black Vinegar 500ml Glass Bottle",
    "Sesame Paste Tahini 300g Jar",
    "BBQ Sauce Hickory Smoked 510g Private Label",
    "Mexican Style Hot Sauce 150ml Habanero OEM",
    "Sweet Chili Dipping Sauce 700ml Thai Style",
    "Sichuan Peppercorn Powder 100g Spice",
    "Hot Pot Soup Base Spicy Beef Tallow 400g",
    "Fish Sauce 700ml Premium Grade",
    "Hot Sauce Woozy Bottles 150ml with Shrink Bands",
    # Snacks and instant foods
    "Potato Chips Sea Salt 150g Private Label Snack",
    "Instant Ramen Noodles Spicy Beef 120g x 30 OEM",
    "Instant Rice Noodles Snail Flavour 330g",
    "Self Heating Hot Pot Instant Meal 400g",
    "Roasted Sunflower Seeds 500g Caramel Flavour",
    "Dried Mango Slices 500g No Sugar Added",
    "Seaweed Snack Crispy Roasted 4g x 24",
    "Corn Puffs Cheese Flavour 60g x 50 Bulk",
    "Beef Jerky Spicy 100g Resealable Bag",
    "Instant Udon Noodles Bowl 200g",
    "Spicy Gluten Strip Snack 106g",
    # Kitchen knives and cookware
    "Damascus Chef Knife 8 inch VG10 Core G10 Handle",
    "Nakiri Knife 7 inch High Carbon Steel OEM Logo",
    "Kitchen Knife Set 6pcs with Acrylic Stand",
    "Bread Knife Serrated 10 inch Wholesale",
    "Whetstone 1000/6000 Grit Sharpening Stone",
    "Cast Iron Skillet 12 inch Pre-Seasoned",
    "Enameled Cast Iron Dutch Oven 5.5 Qt Red",
    "Tri-Ply Stainless Steel Saucepan 2 Qt with Lid",
    "Carbon Steel Wok 34cm Flat Bottom",
    "Nonstick Frying Pan 28cm Induction Ready",
    "Ceramic Coated Cookware Set 10pcs Cream",
    "Stock Pot 20L Stainless Steel Commercial",
    "Bamboo Cutting Board Set of 3",
    "Lever Wine Opener Set with Foil Cutter",
    "Stovetop Espresso Maker 6 Cup Aluminum",
    # Home textiles and curtains
    "Blackout Curtains 2 Panels 140x260 Thermal Grommet",
    "Linen Look Sheer Curtains Pinch Pleat White",
    "Roller Blinds Blackout Custom Size Chain Control",
    "Velvet Curtains Emerald Green Rod Pocket",
    "Cotton Bedding Set 4pcs Queen Stripe",
    "Washed Linen Duvet Cover King Natural",
    "Microfiber Sheet Set Deep Pocket Queen",
    "Wool Throw Blanket Tartan 130x170",
    "Hotel Bath Towel 600gsm Cotton 70x140",
    "Down Alternative Comforter Queen All Season",
    "Cotton Kitchen Tea Towels Set of 6 Waffle",
    # Flooring and furniture hardware
    "SPC Vinyl Plank Flooring 5mm Click Waterproof",
    "Laminate Flooring 12mm AC4 HDF Wholesale",
    "Engineered Oak Flooring 14mm Brushed Oiled",
    "Carpet Tiles 50x50 Nylon Loop Office",
    "Flooring Underlayment 2mm IXPE Roll",
    "Soft Close Cabinet Hinge 35mm Full Overlay 10 Pairs",
    "Ball Bearing Drawer Slides 18 inch Full Extension",
    "Push to Open Latch Magnetic Cabinet Catch",
    "Stainless Steel Cabinet Handles 160mm Brushed",
    "Gas Strut Lift Support 100N Cabinet Door",
    "Furniture Legs Metal 15cm Set of 4 Gold",
    "Skirting Board PVC 80mm White",
]

_CLEAN_ZH = [
    "酱香型白酒 53度 500ml 贴牌定制 OEM",
    "浓香型白酒 52度 整箱 6瓶 婚宴用酒",
    "干红葡萄酒 750ml 进口原酒 国内灌装",
    "黄酒 绍兴 花雕 五年陈 500ml",
    "威士忌 酒杯 水晶玻璃 6只装",
    "红酒 开瓶器 海马刀 不锈钢",
    "生抽酱油 500ml 酿造 厂家 代工",
    "老抽 红烧 上色 1.9L 餐饮",
    "陈醋 山西 老陈醋 420ml",
    "香菇酱 拌饭 下饭菜 210g",
    "火锅底料 牛油 麻辣 500g 批发",
    "郫县豆瓣酱 红油 1kg 川菜",
    "蚝油 餐饮装 2.27kg 整箱",
    "辣椒酱 香辣 下饭 280g",
    "方便面 红烧牛肉 五连包 整箱",
    "螺蛳粉 柳州 速食 330g",
    "自热米饭 速食 懒人 户外",
    "薯片 原味 零食 大礼包",
    "泡椒 鸡爪 零食 独立包装 500g",
    "卤味 鸭脖 麻辣 真空 小包",
    "坚果 每日 混合 30包",
    "牛肉干 风干 内蒙古 500g",
    "菜刀 家用 切片刀 不锈钢 锋利",
    "斩骨刀 加厚 厨房 剁骨",
    "厨房剪刀 多功能 不锈钢",
    "铸铁锅 炖锅 24cm 珐琅",
    "不粘锅 炒锅 32cm 电磁炉 通用",
    "砧板 实木 乌檀木 家用",
    "磨刀石 双面 1000/3000目",
    "遮光窗帘 卧室 成品 免打孔",
    "纱帘 白色 客厅 阳台 透光",
    "四件套 纯棉 1.8m 床单 被套",
    "蚕丝被 春秋被 200x230",
    "毛巾 纯棉 洗脸 家用 5条装",
    "强化复合地板 12mm 家用 耐磨",
    "SPC 石塑地板 锁扣 防水 5mm",
    "实木地板 橡木 18mm 地暖",
    "阻尼铰链 橱柜门 缓冲 10只装",
    "三节 抽屉滑轨 静音 45cm",
    "柜门拉手 黑色 现代 简约",
    "气撑 支撑杆 上翻门 100N",
    "家具脚 金属 桌腿 4只装",
    "踢脚线 铝合金 客厅 8cm",
]

CLEAN = [Listing("clean", "", title) for title in (*_CLEAN_TITLES, *_CLEAN_ZH)]
