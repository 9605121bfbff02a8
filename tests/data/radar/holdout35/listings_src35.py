"""Hand-written listings of the thirty-fifth held-out corpus (beauty devices, hair tools and
hair care, nail supplies, wigs, perfume and deodorant, oral care and shaving).

Every listing is written by hand; ``hg()`` and ``fw()`` only spell the named letters as
Cyrillic look-alikes and a text as full-width forms, ``ZW`` is a zero-width space.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYR = {
    "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у", "s": "ѕ",
    "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "H": "Н", "K": "К", "M": "М", "T": "Т",
    "B": "В", "X": "Х", "S": "Ѕ", "I": "І",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with every one of ``letters`` spelled as its Cyrillic look-alike."""
    return "".join(_CYR[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (a space becomes an ideographic space)."""
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


def _e(case: str, rows: list[tuple]) -> list[Entry]:
    out = []
    for row in rows:
        group, title, *rest = row
        description = rest[0] if rest else ""
        brand = rest[1] if len(rest) > 1 else ""
        out.append(Entry(case, f"r35-{group}" if group else "", title, description, brand))
    return out


def _two(case: str, group: str, other: str, title: str, description: str = "") -> Entry:
    return Entry(
        case, f"r35-{group}", title, description, expected=(f"r35-{group}", f"r35-{other}")
    )


def _dev(group: str, device: str, title: str, description: str = "") -> Entry:
    """A mark used as the accessory's own brand, for a named device (mixed)."""
    g, d = f"r35-{group}", f"r35-{device}"
    return Entry("mixed", g, title, description, expected=(g,), without_compat=(g, d))


def _img(group: str, title: str, description: str = "") -> Entry:
    return Entry("image", f"r35-{group}", title, description, image=True)


EXACT = _e(
    "exact",
    [
        ("colgate", "Colgate Optic White Whitening Toothpaste 120g Wholesale"),
        ("nice", "纳爱斯 透明皂 洗衣皂 整箱批发 232g×32块"),
        ("rebecca", "瑞贝卡 假发女 长直发 全头套 自然逼真 仿真发丝"),
        ("maxam", "美加净 护手霜 80g 老国货 保湿滋润 批发"),
        ("povos", "奔腾 电吹风 家用大功率 负离子 护发 PH9006"),
        ("usmile", "笑容加 电动牙刷 成人 声波 充电式 Y10 礼盒装"),
        ("scent-library", "气味图书馆 凉白开 香水 50ml 淡香 中性"),
        ("laifen", "Laifen Swift High Speed Hair Dryer 110000 RPM Ionic"),
        ("kiss", "Kiss Gel Fantasy Press On Nails Medium Coffin 28pcs"),
        ("essie", "Essie Nail Polish Ballet Slippers 13.5ml Original Formula"),
        ("t3", "T3 Featherweight StyleMax Hair Dryer Professional"),
        ("drybar", "Drybar Double Shot Blow-Dryer Brush Oval Round"),
        ("secret", "Secret Clinical Strength Antiperspirant Deodorant Women 45g"),
        ("shalimar", "Shalimar Eau de Parfum 90ml Oriental Vanilla Women"),
        ("amiro", "Amiro RF Radio Frequency Facial Beauty Device Skin Tightening"),
        ("lion", "Lion Clinica Advantage Toothpaste Japan Import 130g"),
        ("feather", "Feather Hi-Stainless Double Edge Razor Blades 10 Pack Japan"),
        ("gum", "GUM Soft-Picks Advanced Interdental Brushes 60pcs"),
        ("harrys", "Harry's Men's Razor Set with 5 Blade Cartridges"),
        ("fenghua", "蜂花 护发素 1L 大瓶装 经典老牌 柔顺修护"),
        ("lengsuanling", "冷酸灵 抗敏感 牙膏 170g 家庭装 正品"),
        ("daisy", "Daisy Eau So Fresh Eau de Toilette 75ml Women Gift Set"),
        ("le-male-bottle", "Le Male Bottle Torso Shape Glass Perfume Bottle 125ml Empty"),
        (
            "mp-popular",
            "Boar Bristle Cushion Hair Brush Large Dark Ruby",
            "Mason Pearson Popular style pneumatic rubber cushion, mixed bristle and nylon tufts",
        ),
        (
            "suave",
            "Bath Body Lotion Daily Moisture 18oz Bulk Case",
            "Suave Essentials formula, 12 bottles per carton for hotels and wholesalers",
        ),
        (
            "denman",
            "9-Row Styling Brush Classic Shaping Detangling",
            "Original Denman D3 pattern brush with nylon pins and anti-static rubber pad",
        ),
        (
            "sensationnel",
            "Synthetic Lace Front Wig Body Wave 24 Inch",
            "Sensationnel Empress lace wig, heat resistant fiber, natural hairline",
        ),
        (
            "chi",
            "Titanium Flat Iron 1 Inch Ceramic Hair Straightener",
            "Genuine CHI Original ceramic plates, 180-230C, dual voltage",
        ),
    ],
)

ALIAS = _e(
    "alias",
    [
        ("caile", "Nizoral Anti-Dandruff Shampoo Ketoconazole 2% 200ml"),
        ("fenghua", "Bee & Flower Sandalwood Soap 125g Classic Chinese Bath Bar"),
        ("rebecca", "Rebecca Hair Human Hair Topper for Women Thinning Crown"),
        ("nice", "Nice Laundry Soap Bar Transparent 232g Export Pack"),
        ("darlie", "Darlie Double Action Toothpaste Mint 225g"),
        ("lengsuanling", "Lengsuanling Sensitive Relief Toothpaste 120g"),
        ("maxam", "MAXAM Hand Cream Glycerin Classic 80g Shanghai"),
        ("povos", "POVOS Hair Clipper Cordless Rechargeable Men Trimmer"),
        ("saky", "Saky Whitening Toothpaste Probiotic 120g Export"),
        ("usmile", "usmile Sonic Electric Toothbrush P10 Pro Rechargeable"),
        ("lafang", "Lafang Silky Shampoo 750ml Ginseng Hair Care"),
        ("scent-library", "Scent Library Cold Boiled Water Eau de Toilette 50ml"),
        ("ya-man", "YAMAN Photo Plus EX RF Facial Device Japan"),
        ("shellac", "CND Shellac Gel Polish UV Soak Off 7.3ml Romantique"),
        ("dnd", "DND Gel Duo Gel Polish Matching Nail Lacquer Set"),
        ("hot-tools", "Hot Tools Professional 24K Gold Curling Iron 1 Inch"),
        ("t3", "T3 Micro SinglePass Flat Iron 1 Inch Straightener"),
        ("kiss", "imPRESS Press-On Manicure Short Square 30 Nails"),
        ("gum", "Sunstar GUM Orthodontic Travel Toothbrush Kit"),
        ("cool-water", "Davidoff Cool Water Eau de Toilette for Men 125ml"),
        (
            "flowbee",
            "Hair Cutting Vacuum Attachment Kit with 8 Spacers",
            "Original Flowbee Haircutting System, clips to any household vacuum hose",
        ),
        (
            "shalimar",
            "Oriental Perfume for Women 50ml Iris Vanilla",
            "Guerlain Shalimar EDP, the classic blue-stopper bottle, sealed box",
        ),
        (
            "le-male-bottle",
            "Men's Perfume Gift 125ml Mint Lavender Fougere",
            "Le Male eau de toilette in the sailor torso tin and bottle",
        ),
        (
            "mp-popular",
            "Pure Bristle Pocket Hair Brush Gift Boxed",
            "Mason Pearson pocket brush, handmade in England, dark ruby handle",
        ),
    ],
)

CHINESE = _e(
    "chinese",
    [
        ("laifen", "徕芬 高速吹风机 家用 负离子 护发 静音 SE"),
        ("soocas", "素士 电动剃须刀 男士 全身水洗 往复式"),
        ("soocas", "素士 电动牙刷 X3U 声波 软毛 成人"),
        ("kemei", "科美 理发器 电推剪 家用 专业 推子 充电"),
        ("kemei", "科美 油头电推子 雕刻 渐变 发廊专用"),
        ("amiro", "觅光 射频美容仪 家用 脸部 提拉紧致"),
        ("ya-man", "雅萌 美容仪 射频 家用 MAX 导入仪"),
        ("colgate", "高露洁 牙膏 全面防蛀 清新薄荷 140g×3支"),
        ("schick", "舒适 剃须刀 手动 男士 三层刀片 刀架+刀头"),
        ("lion", "狮王 牙膏 日本进口 酵素 美白 130g"),
        ("pantene", "潘婷 洗发水 乳液修护 750ml 大瓶装"),
        ("pantene", "潘婷 3分钟奇迹 护发素 发膜 70ml"),
        ("tsubaki", "丝蓓绮 洗发水 奢耀 红色 日本 490ml"),
        ("wahl", "华尔 理发器 电推剪 专业 美国 8148 油头"),
        ("wahl", "华尔 剃须 推子 光头 电推 5星系列"),
        ("tsubaki", "丝蓓绮 护发素 金色 修护 日本进口 490ml"),
        ("povos", "电吹风 家用 大功率 冷热风 静音 恒温护发", "奔腾品牌 正品行货 全国联保"),
        ("rebecca", "真人发 假发片 一片式 增发量 隐形无痕", "瑞贝卡 官方授权 河南许昌 工厂直发"),
        ("caile", "去屑洗发露 酮康唑 止痒控油 50g", "采乐 同款配方 药店同款 正品保证"),
        ("saky", "益生菌牙膏 口腔清新 家庭装 3支", "舒客 官方旗舰 清新口气 防蛀"),
        ("nice", "洗衣粉 家用 大袋 2.25kg 机洗手洗", "纳爱斯 超能同厂 实惠装 工厂批发"),
    ],
)

CASE_WIDTH = _e(
    "case_width",
    [
        ("colgate", "cOLGATE Max Fresh Cooling Crystals Toothpaste 150g"),
        ("amiro", "aMIRO S1 Pro LED Mask Facial Light Therapy"),
        ("kiss", fw("KISS") + " Falscara Lash Extension Kit Wisps"),
        ("essie", "ESSIE Gel Couture Top Coat 13.5ml Long Wear"),
        ("orly", "oRLY Breathable Nail Treatment Color 18ml"),
        ("sally-hansen", "SALLY HANSEN Miracle Gel Nail Polish Red Eye"),
        ("hot-tools", "HOT TOOLS Pro Signature Blowout Volumizer Brush"),
        ("drybar", "dRYBAR Buttercup Blow Dryer 1875W Yellow"),
        ("aussie", "AUSSIE Miracle Moist Shampoo Avocado Jojoba 778ml"),
        ("suave", "sUAVE Professionals Keratin Infusion Conditioner"),
        ("secret", fw("Secret") + " Invisible Solid Deodorant Cotton 73g"),
        ("feather", "FEATHER Artist Club SS Japanese Straight Razor"),
        ("harrys", "HARRY'S Shave Gel with Eucalyptus 198g"),
        ("cool-water", "cool WATER Intense Men EDP 125ml Spray"),
        ("ulike", "ULIKE Air 10 IPL Hair Removal Sapphire Ice Cooling"),
        ("flexstyle", fw("FlexStyle") + " 5-in-1 Air Styler and Hair Dryer"),
        ("cloud-nine", "CLOUD NINE Original Iron Wide Plate Straightener"),
        ("maxam", fw("MAXAM") + " Vitamin E Cream 80g Moisturizing"),
        (
            "denman",
            "Classic Styling Brush D4 Large 9 Row",
            "Made by DENMAN in Northern Ireland, original pins and pad",
        ),
        (
            "wahl",
            "Professional Cordless Clipper Gold 2 Speed",
            "wahl magic clip style fade clipper, zero gap stagger tooth blade",
        ),
        (
            "pantene",
            "Pro-V Daily Moisture Renewal Conditioner 1L",
            "PANTENE formula imported, pump bottle, case of 6",
        ),
    ],
)

ACCENT = _e(
    "accent",
    [
        ("colgate", "Cölgate Total Toothpaste Professional Clean 125g"),
        ("kiss", "Kïss Salon Acrylic French Press On Nails 28 pcs"),
        ("essie", "Éssie Expressie Quick Dry Nail Polish 10ml"),
        ("orly", "Örly Bonder Rubberized Basecoat 18ml"),
        ("shellac", "Shellàc Gel Base Coat Top Coat Duo 7.3ml"),
        ("sally-hansen", "Sally Hänsen Hard As Nails Strengthener Clear"),
        ("drybar", "Drybär The Half Pint Small Round Blow-Dryer Brush"),
        ("aussie", "Aüssie 3 Minute Miracle Deep Conditioner 236ml"),
        ("secret", "Sécret Outlast Clear Gel Antiperspirant Unscented"),
        ("harrys", "Hàrry's Truman Razor Handle with 2 Cartridges"),
        ("shalimar", "Shalimär Souffle de Parfum 50ml Women"),
        ("daisy", "Daísy Love Eau So Sweet Perfume 100ml Women"),
        ("tsubaki", "Tsubakí Premium Moist Shampoo 490ml Japan"),
        ("schick", "Schíck Hydro 5 Sense Razor Refill Cartridges 8ct"),
        ("lion", "Liön Systema Toothbrush Ultra Fine Bristle 3pcs"),
        ("soocas", "Sóocas X5 Sonic Electric Toothbrush Rose Gold"),
        ("cloud-nine", "Clöud Nine Waving Wand Large Barrel", ""),
        (
            "ya-man",
            "Professional RF Lifting Facial Device Home",
            "Yä-Man Bloom WR model, Japanese radio frequency, original box",
        ),
        (
            "sensationnel",
            "Glueless HD Lace Wig Straight 28 Inch",
            "Sensatiönnel Butta lace unit, pre-plucked, bleached knots",
        ),
        (
            "feather",
            "Professional Barber Straight Razor Folding",
            "Féather SS style handle takes Pro Super blades",
        ),
    ],
)

HOMOGLYPH = _e(
    "homoglyph",
    [
        ("colgate", hg("Colgate", "oa") + " Sensitive Pro-Relief Toothpaste 110g"),
        ("laifen", hg("Laifen", "ae") + " Swift Premium Hair Dryer Magnetic Nozzle"),
        ("kiss", hg("KISS", "KS") + " Glue-On Nails Everlasting French 28pcs"),
        ("essie", hg("essie", "es") + " Treat Love Color Nail Polish 13.5ml"),
        ("orly", hg("Orly", "Oy") + " Gel FX Nail Lacquer Soak Off"),
        ("dnd", "D\u039dD Gel Polish 15ml Soak Off Spring Colors"),  # Greek capital Nu
        ("t3", hg("T3", "T") + " Lucea ID Smart Straightener 1 Inch"),
        ("chi", hg("CHI", "CHI") + " G2 Ceramic Titanium Flat Iron 1.25 Inch"),
        ("drybar", hg("Drybar", "ya") + " The Bond Shaper Hair Dryer"),
        ("secret", hg("Secret", "ec") + " Aluminum Free Deodorant Coconut"),
        ("gum", hg("GUM", "M") + " Soft-Picks Comfort Flex Mint 40ct"),
        ("feather", hg("Feather", "ea") + " Pro Super Blades for Artist Club 20pcs"),
        ("cool-water", hg("Cool Water", "oae") + " Woman EDT 100ml Aquatic"),
        ("shalimar", hg("Shalimar", "a") + " Parfum Initial L'Eau 60ml"),
        ("ulike", hg("Ulike", "ie") + " Air 3 IPL Hair Removal Device"),
        ("pantene", hg("Pantene", "ae") + " Gold Series Leave-On Detangling Milk"),
        ("schick", hg("Schick", "Sc") + " Intuition Women Razor Refills"),
        ("maxam", hg("MAXAM", "MAX") + " Shanghai Classic Hand Cream Tube"),
        (
            "usmile",
            "Sonic Electric Toothbrush Y1S Whitening",
            hg("usmile", "se") + " official model, 180 day battery, two brush heads",
        ),
        (
            "povos",
            "Cordless Hair Clipper Men Beard Trimmer",
            hg("POVOS", "PO") + " brand motor, ceramic blade, USB-C charging",
        ),
        (
            "laifen",
            "High Speed Dryer 1600W Negative Ion",
            hg("Laifen", "ae") + " Swift motor, 110000 rpm, includes two nozzles",
        ),
    ],
)

LEETSPEAK = _e(
    "leetspeak",
    [
        ("colgate", "C0lgate Optic White Pro Series Toothpaste 85g"),
        ("laifen", "L4ifen Swift Hair Dryer 110000rpm Silver"),
        ("essie", "E$$ie Gel Setter Top Coat High Shine"),
        ("orly", "0rly Sec n Dry Fast Drying Top Coat"),
        ("shellac", "She11ac Xpress5 Top Coat 7.3ml Gel"),
        ("sally-hansen", "$ally Hansen Insta-Dri Nail Color 9.17ml"),
        ("hot-tools", "H0t T00ls 24K Gold One-Step Blowout"),
        ("drybar", "Dryb4r Detox Dry Shampoo 93g"),
        ("aussie", "Au$$ie Mega Hold Hairspray 400ml"),
        ("suave", "$uave Kids 3 in 1 Shampoo Strawberry"),
        ("secret", "$ecret Outlast Invisible Solid Protecting Powder"),
        ("feather", "F3ather Hi-Stainless Platinum DE Blades 100pcs"),
        ("harrys", "H4rry's Body Wash Stone Scent 473ml"),
        ("cool-water", "C00l Wat3r Men Deodorant Stick 75g"),
        ("ulike", "U1ike Sapphire Air+ IPL Laser Hair Remover"),
        ("amiro", "Am1ro Facial RF Device Eye Care Lifting"),
        ("flowbee", "Fl0wbee Vacuum Hair Cutter Home Kit"),
        ("cloud-nine", "Cl0ud N1ne Touch Hair Straightener", ""),
        (
            "sensationnel",
            "Braiding Hair Pre-Stretched 3X Ombre",
            "5ensationnel Ruwa pre-stretched braid, 24 inch, hot water set",
        ),
        (
            "tsubaki",
            "Premium Repair Hair Mask Japanese Camellia 180g",
            "T$ubaki Premium Repair mask, Shiseido heritage formula",
        ),
    ],
)

SPACING = _e(
    "spacing",
    [
        ("colgate", "C-o-l-g-a-t-e Herbal White Toothpaste 200g"),
        ("laifen", "L a i f e n Swift Mini Travel Hair Dryer"),
        ("kiss", "K.I.S.S Powerflex Nail Glue 3g 2 Pack"),
        ("essie", "E_s_s_i_e Nail Color Mademoiselle Pink"),
        ("orly", "O R L Y Builder Rubber Base Coat 18ml"),
        ("dnd", "D.N.D Soak Off Gel Polish Nude Collection 36 Colors"),
        ("t3", "T-3 Cura Luxe Professional Hair Dryer"),
        ("chi", "C.H.I Original Ceramic Hair Straightening Iron"),
        ("drybar", "Dry" + ZW + "bar 3-Day Bender Digital Curling Iron"),
        ("secret", "S e c r e t Clinical Strength Invisible Solid"),
        ("gum", "G.U.M Floss Picks Mint 150ct"),
        ("shalimar", "S-h-a-l-i-m-a-r Eau de Toilette 90ml Vintage"),
        ("daisy", "D a i s y Wild Eau de Parfum 50ml"),
        ("ulike", "U-like Air 10 IPL Permanent Hair Removal"),
        ("flexstyle", "Flex Style 5-in-1 Air Styler Multi Hair Dryer"),
        ("nice", "纳·爱·斯 香皂 125g×6块 家庭装", ""),
        ("wahl", "W.A.H.L Senior Cordless Metal Edition Clipper"),
        (
            "harrys",
            "Men's Shave Cream 5 Blade Razor Kit",
            "H_a_r_r_y_s Truman set, includes travel blade cover",
        ),
        (
            "mp-popular",
            "Mixed Bristle Cushion Brush Large Ivory",
            "M a s o n  P e a r s o n Popular mixture brush, boxed with cleaner",
        ),
        (
            "colgate",
            "Charcoal Deep Clean Toothpaste 120g",
            "Col" + ZW + "gate charcoal formula, sealed tube",
        ),
    ],
)

MISSPELLING = _e(
    "misspelling",
    [
        ("colgate", "Colgat Max White Toothpaste One Optic 100ml"),
        ("laifen", "Laifan Swift Hair Dryer 110000RPM Ionic"),
        ("pantene", "Panteen Pro-V Shampoo Smooth Sleek 400ml"),
        ("tsubaki", "Tsubaky Premium Moist Conditioner 490ml"),
        ("wahl", "Wahll Magic Clip Cordless Fade Clipper"),
        ("essie", "Essy Nail Polish Set 6 Colors Gift Box"),
        ("sally-hansen", "Sally Hanson Miracle Gel Top Coat"),
        ("shellac", "Shelac Gel Nail Polish UV LED 7.3ml"),
        ("drybar", "Drybarr Double Shot Oval Blow Dryer Brush"),
        ("sensationnel", "Sensational Empress Lace Front Wig Kinky Straight"),
        ("ulike", "Ulyke Air 10 IPL Sapphire Hair Removal"),
        ("amiro", "Amyro RF Beauty Device Home Face Lift"),
        ("shalimar", "Shalimaar Eau de Parfum Women 90ml"),
        ("harrys", "Harrie's Men's Razor 5 Blade Truman"),
        ("povos", "奔藤 电吹风 负离子 大功率 家用"),
        ("soocas", "素仕 电动牙刷 声波 成人 X3"),
        ("caile", "采勒 去屑洗发水 酮康唑 止痒"),
        ("flowbee", "Flobee Vacuum Haircut Attachment", ""),
        (
            "cool-water",
            "Mens Aquatic Perfume 125ml Blue",
            "Cool Watter by Davidof type scent, long lasting",
        ),
        (
            "schick",
            "Women Razor 4 Blade Refillable",
            "Shick Intuition women razor with aloe strip, sensitive skin",
        ),
    ],
)

BRAND_FIELD = _e(
    "brand_field",
    [
        ("colgate", "Whitening Toothpaste Mint 120g Hotel Amenity", "", "Colgate"),
        ("laifen", "High Speed Hair Dryer 110000 RPM Negative Ion", "", "Laifen"),
        ("kiss", "Press On Nails Medium Almond Glossy 30pcs", "", "KISS"),
        ("essie", "Quick Dry Nail Polish 13.5ml Pastel Pink", "", "essie"),
        ("orly", "Breathable Nail Lacquer 18ml Vegan", "", "ORLY"),
        ("dnd", "Gel Polish Soak Off LED 15ml Duo Set", "", "DND"),
        ("t3", "Ionic Hair Dryer 1800W Lightweight", "", "T3"),
        ("drybar", "Round Blow-Dryer Brush Volumizing", "", "Drybar"),
        ("secret", "Antiperspirant Deodorant Women Powder Fresh", "", "Secret"),
        ("feather", "Double Edge Safety Razor Blades 10pcs", "", "Feather"),
        ("harrys", "Men's Razor Handle with 2 Cartridges", "", "Harry's"),
        ("shalimar", "Oriental Eau de Parfum Women 50ml", "", "Shalimar"),
        ("nice", "透明皂 洗衣皂 232g 整箱", "", "纳爱斯"),
        ("rebecca", "真人发 假发 女 短卷发 全头套", "", "瑞贝卡"),
        ("povos", "电吹风 家用 负离子 2000W", "", "奔腾"),
        ("lion", "酵素牙膏 美白 130g 日本进口", "", "狮王"),
        ("wahl", "油头电推剪 专业 理发器 发廊", "", "华尔"),
        ("amiro", "射频美容仪 家用 提拉紧致 脸部", "", "觅光"),
        ("aussie", "Moisture Shampoo Avocado 778ml Pump", "", "Aussie"),
        ("suave", "Coconut Body Wash 532ml Family Size", "", "Suave"),
    ],
)

IMAGE = [
    _img("nice", "透明皂 洗衣皂 老牌国货 232g 批发"),
    _img("rebecca", "真人发 假发片 女 长发 增发量"),
    _img("maxam", "经典护手霜 80g 甘油 保湿"),
    _img("povos", "电吹风 家用 大功率 负离子 折叠"),
    _img("usmile", "声波电动牙刷 成人 充电 软毛"),
    _img("scent-library", "淡香水 50ml 清新 中性 小众"),
    _img("laifen", "High Speed Hair Dryer Ionic 1600W Compact"),
    _img("amiro", "RF Facial Beauty Device Anti-Aging Home"),
    _img("colgate", "Whitening Toothpaste 120g Fresh Mint"),
    _img("kiss", "Press-On Nails Coffin Long French 28pcs"),
    _img("essie", "Nail Polish 13.5ml Classic Red Glossy"),
    _img("t3", "Professional Ionic Hair Dryer Lightweight White"),
    _img("drybar", "Oval Blow Dryer Brush Hot Air Styler Yellow"),
    _img("secret", "Women's Antiperspirant Solid 73g Lavender"),
    _img("shalimar", "Women's Oriental Perfume 90ml Vanilla Iris"),
    _img("le-male-bottle", "Men's Eau de Toilette 125ml Fresh Fougere"),
    _img("kiss", "False Eyelashes Wispy Natural 5 Pairs"),
    _img("laifen", "Negative Ion Hair Dryer Silent Travel Mint"),
]

MIXED = [
    _two("mixed", "colgate", "lion", "Colgate + L1on Toothpaste Value Bundle 6 Tubes"),
    _two("mixed", "kiss", "dnd", "K1ss Nails with DND Gel Top Coat Salon Kit"),
    _two("mixed", "essie", "orly", "Éssie & Orly Nail Polish Mixed Lot 20 Bottles"),
    _two("mixed", "drybar", "t3", "Drybär Brush and T-3 Dryer Salon Bundle"),
    _two("mixed", "secret", "cool-water", "$ecret Deodorant + Cool Water Body Spray Gift Set"),
    _two("mixed", "pantene", "aussie", "潘婷 + Aussie 洗护套装 进口 洗发水护发素"),
    _two("mixed", "laifen", "povos", "徕芬 L4ifen 同款 高速吹风机 对比 奔腾"),
    _two("mixed", "shellac", "sally-hansen", "CND Shellac + Sally Hansen Miracle Gel Kit"),
    Entry("mixed", "r35-colgate", "高露洁 C0lgate 美白牙膏 小苏打 家庭装"),
    Entry("mixed", "r35-wahl", "华尔 W4hl 电推剪 油头 渐变 发廊"),
    Entry("mixed", "r35-shalimar", "Shalimär by Guerl@in Eau de Parfum 90ml"),
    _dev("kemei", "wahl", "Kemei Guide Combs Set for Wahl Magic Clip 8pcs"),
    _dev("soocas", "usmile", "Soocas Replacement Brush Heads for usmile Y1 4pcs"),
    _dev("feather", "schick", "Feather Blade Adapter fits Schick Injector Razor"),
    _dev("povos", "laifen", "奔腾 吹风机 扩散风嘴 适用于徕芬 SE"),
    _dev("gum", "usmile", "GUM Sensitive Brush Heads compatible with usmile P10"),
    _dev("denman", "flexstyle", "Denman Paddle Brush Attachment for FlexStyle"),
    Entry(
        "mixed",
        "r35-lion",
        "Oral Care Gift Set 3 Toothbrushes",
        "L1on Systema x2 and 狮王 Clinica x1, Japan import",
    ),
    Entry(
        "mixed",
        "r35-ulike",
        "IPL Hair Removal 999999 Flashes",
        "Ulíke Air 10 U-like same model, sapphire cooling",
    ),
]

COMPAT = _e(
    "compat",
    [
        ("laifen", "Diffuser Attachment for Laifen Swift Hair Dryer"),
        ("laifen", "Magnetic Concentrator Nozzle compatible with Laifen SE"),
        ("laifen", "Wall Mount Holder Laifen compatible Hair Dryer Stand"),
        ("laifen", "适用于徕芬吹风机 收纳支架 免打孔 壁挂"),
        ("laifen", "Replacement Filter Cover for Laifen Swift 2pcs"),
        ("povos", "适用奔腾电吹风 集风嘴 风罩 通用款"),
        ("povos", "Replacement Blade for POVOS Hair Clipper PW220"),
        ("soocas", "Brush Heads compatible for Soocas X3 X3U X5 8pcs"),
        ("soocas", "兼容素士电动牙刷 刷头 软毛 4支"),
        ("soocas", "Travel Case designed to fit Soocas Electric Toothbrush"),
        ("usmile", "Replacement Brush Heads for usmile P1 Y1 6 Pack"),
        ("usmile", "替换 笑容加 电动牙刷头 美白款 3支装"),
        ("usmile", "Toothbrush Holder works with usmile Charger Base"),
        ("kemei", "Guide Combs fits Kemei KM-1971 Clipper 8 Sizes"),
        ("kemei", "适配科美推子 刀头 替换陶瓷刀片"),
        ("kemei", "Replacement Blade Set for Kemei 2299 Trimmer"),
        ("wahl", "Premium Cutting Guides for Wahl Clippers 3mm-25mm"),
        ("wahl", "Clipper Blade Oil works with Wahl Senior Detailer"),
        ("wahl", "适用于华尔 8148 推剪 刀头 替换"),
        ("wahl", "Magnetic Guards designed to fit Wahl Magic Clip"),
        ("colgate", "Toothpaste Dispenser compatible with Colgate Tubes"),
        ("colgate", "Brush Heads for Colgate Hum Smart Toothbrush 4pcs"),
        ("schick", "Razor Blade Refills fits Schick Hydro 5 Handle 12pcs"),
        ("schick", "Replacement Cartridges compatible with Schick Intuition"),
        ("harrys", "Razor Blade Refills for Harry's Handle 8 Count"),
        ("harrys", "Magnetic Razor Stand fits Harry's Truman Razor"),
        ("feather", "Replacement Blades for Feather Artist Club SS 20pcs"),
        ("gum", "Interdental Brushes compatible for GUM Soft-Picks Holder"),
        ("amiro", "Conductive Gel for Amiro RF Beauty Device 150ml"),
        ("amiro", "适用于觅光美容仪 导入凝胶 补水"),
        ("ya-man", "Charging Cable works with Ya-Man Photo Plus"),
        ("ya-man", "适配雅萌美容仪 充电底座 替换"),
        ("ulike", "Replacement Goggles for Ulike Air 10 IPL"),
        ("ulike", "Protective Storage Bag designed to fit Ulike Sapphire"),
        ("t3", "Heat Resistant Travel Pouch for T3 Flat Iron"),
        ("t3", "Diffuser Attachment compatible with T3 Featherweight"),
        ("drybar", "Cleaning Brush for Drybar Double Shot Round Head"),
        ("drybar", "Dryer Holder works with Drybar Buttercup"),
        ("hot-tools", "Replacement Clip Spring for Hot Tools Curling Iron"),
        ("chi", "Heat Mat designed to fit CHI Original Flat Iron"),
        ("cloud-nine", "Replacement Case for Cloud Nine Wide Iron"),
        ("flexstyle", "Curling Barrels compatible with FlexStyle Air Styler"),
        ("flexstyle", "Storage Organizer for FlexStyle Attachments"),
        ("flowbee", "Replacement Spacers fits Flowbee Haircutting System"),
        ("flowbee", "Vacuum Hose Adapter for Flowbee 32mm 35mm"),
        ("mp-popular", "Cleaning Brush for Mason Pearson Popular Hair Brush"),
        ("le-male-bottle", "Refill Atomizer Pump for Le Male Bottle 125ml"),
        ("dnd", "UV LED Nail Lamp works with DND Gel Polish 48W"),
        ("shellac", "Remover Wraps compatible with CND Shellac 100pcs"),
        ("kiss", "Nail Glue for Kiss Press On Nails Extra Strong"),
        ("denman", "Replacement Rubber Pad for Denman D3 Brush"),
        ("lion", "兼容狮王电动牙刷 刷头 日本款"),
    ],
)

INSIDE_WORD = _e(
    "inside_word",
    [
        ("lion", "Dandelion Root Hair Growth Oil 30ml Scalp Serum"),
        ("lion", "Vermilion Red Matte Lipstick Long Lasting"),
        ("lion", "Pavilion Wedding Makeup Station Mirror Tent"),
        ("nice", "Venice Gold Glitter Nail Polish 15ml"),
        ("kiss", "Sunkissed Bronzer Highlighter Palette 6 Colors"),
        ("kiss", "Kissable Tinted Lip Balm Cherry 4.5g"),
        ("essie", "Jessie Girls Hair Bow Clips Set 12pcs"),
        ("orly", "Hourly Motivational Water Bottle 2L Time Marker"),
        ("secret", "Secretary Bird Print Silk Hair Scarf 70cm"),
        ("feather", "Featherweight Travel Hair Dryer 1200W Folding"),
        ("feather", "Featherlight Bobby Pins Gold 100pcs"),
        ("gum", "Gummy Hair Vitamins Biotin 60 Count"),
        ("chi", "Chignon Hair Piece Messy Bun Scrunchie Synthetic"),
        ("chi", "Professional Hair Cutting Machine Barber 9000RPM"),
        ("t3", "Vintage T-Blade Outliner Trimmer Model T30"),
        ("daisy", "Daisychain Crochet Hair Clips Handmade"),
        ("suave", "Suavecito Style Firme Hold Pomade Tin 113g"),
        ("aussie", "Aussiedoodle Dog Grooming Shampoo 500ml"),
        ("wahl", "Wahlberg Fan Club Barber Cape"),
        ("saky", "Sakya Thangka Print Meditation Incense Holder"),
        ("caile", "风采乐园 儿童 发饰 发夹 套装 20件"),
        ("caile", "文采乐章 复古 钢笔 礼盒"),
        ("wahl", "华尔兹 舞蹈裙 拉丁舞 练功服 女"),
        ("wahl", "华尔街 金融 主题 马克杯 陶瓷"),
        ("kemei", "牙科美白 冷光仪 家用 牙齿美白灯"),
        ("kemei", "皮肤科美容 院线 修复面膜 10片"),
        ("maxam", "美加净水器 滤芯 进口 RO膜 通用"),
        ("usmile", "笑容加倍 奖励贴纸 儿童 卡通 100张"),
        ("fenghua", "蜂花粉 破壁 油菜花粉 500g 罐装"),
        ("darlie", "做好来访登记本 A4 访客 登记 表格"),
        ("lion", "雄狮王国 拼图 1000片 成人 风景"),
        ("pantene", "潘婷婷 个人定制 签名 印章"),
        ("amiro", "寻觅光影 摄影 画册 精装"),
        ("lafang", "十克拉芳香石 香薰 扩香石 车载"),
        ("ya-man", "文雅萌宠 猫咪 发箍 可爱 头饰"),
    ],
)

GENERIC_WORD = _e(
    "generic_word",
    [
        ("lion", "Lion Plush Toy 30cm Soft Stuffed Animal"),
        ("lion", "Lion Head Brass Door Knocker Vintage"),
        ("lion", "Lion Mane Wig for Dog Halloween Costume"),
        ("lion", "舞狮 狮王 狮头 南狮 表演道具 成人"),
        ("nice", "Have a Nice Day Smiley Hair Claw Clip"),
        ("nice", "Nice France Promenade Souvenir Fridge Magnet"),
        ("nice", "Nice Gift for Mom Scented Soy Candle 200g"),
        ("kiss", "Lip Kiss Print Satin Pillowcase for Hair Care"),
        ("kiss", "Kiss Me Red Lip Shape Ceramic Mug"),
        ("essie", "Personalized Name Necklace Essie Gold Plated"),
        ("orly", "Paris Orly Airport Leather Luggage Tag"),
        ("shellac", "Shellac Flakes Blonde Wood Finishing 500g"),
        ("shellac", "Clear Shellac Spray Wood Sealer 340g"),
        ("dnd", "DND Dice Set Polyhedral 7pcs Resin Galaxy"),
        ("dnd", "DND Do Not Disturb Door Hanger Hotel 50pcs"),
        ("t3", "Slow Blow Glass Fuse T3.15A 250V 5x20mm 100pcs"),
        ("chi", "Tai Chi Uniform Cotton Linen Martial Arts Suit"),
        ("chi", "Tai Chi Kung Fu Fan Bamboo Red"),
        # "hot tools" as the trade's own word for heated stylers, not the brand
        ("hot-tools", "Heat Resistant Silicone Mat Pouch for Curling Irons and Other Hot Tools"),
        ("cloud-nine", "On Cloud Nine Slogan Oversized T-Shirt"),
        ("denman", "Denman Island Map Poster British Columbia"),
        ("aussie", "Aussie Flag Bucket Hat Green Gold"),
        ("aussie", "Aussie Slang Funny Coffee Mug 11oz"),
        ("suave", "Suave Gentleman Bow Tie and Pocket Square Set"),
        ("secret", "Secret Santa Gift Exchange Box Kraft"),
        ("secret", "Secret Hair Extensions Invisible Wire Halo 20 Inch"),
        ("secret", "Secret Compartment Jewelry Box Wooden"),
        ("gum", "Sugar Free Chewing Gum Mint 12 Packs"),
        ("gum", "Gum Arabic Powder Food Grade 500g"),
        ("gum", "Bubble Gum Pink Nail Polish 15ml Jelly"),
        ("feather", "Feather Boa Pink 2m Party Dress Up"),
        ("feather", "Feather Hair Extensions Real Rooster Mixed 10pcs"),
        ("harrys", "Harry's Birthday Banner Personalized Gold"),
        ("cool-water", "Cool Water Face Mist Cucumber Toner 100ml"),
        ("cool-water", "Cool Water Dispenser Bottle 5 Gallon Pump"),
        ("shalimar", "Shalimar Gardens Lahore Print Wall Art"),
        ("daisy", "Daisy Flower Hair Clips 10pcs Girls"),
        ("daisy", "Daisy Nail Art Stickers 3D Water Transfer"),
        ("daisy", "Daisy Print Waterproof Shower Cap"),
        ("mp-popular", "Most Popular Paddle Hair Brush 2026 Detangling"),
        ("mp-popular", "Mason Jar Soap Dispenser Bathroom Set"),
        ("rebecca", "Rebecca Novel Daphne du Maurier Paperback"),
        ("rebecca", "蝴蝶梦 瑞贝卡 小说 中文版 平装"),
        ("povos", "万马奔腾 装饰画 客厅 挂画 巨幅"),
        ("povos", "奔腾 G6405 处理器 CPU 散片 台式机"),
        ("schick", "舒适 透气 棉拖鞋 家居 男女款"),
        ("schick", "舒适 乳胶枕头 护颈 单人"),
        ("amiro", "觅光而行 励志 书签 金属 镂空"),
        ("fenghua", "Bee & Flower Embroidered Patch Iron On 5pcs"),
        ("scent-library", "Essential Oil Scent Library Storage Box 24 Slots"),
        ("colgate", "Colgate University Alumni Hoodie Maroon"),
    ],
)

COMMON_WORD = _e(
    "common_word",
    [
        ("nice", "Niche Perfume Sample Set 2ml x 10 Vials"),
        ("laifen", "Laufen Ceramic Washbasin Countertop 60cm"),
        ("amiro", "Amino Acid Facial Cleanser 120ml Gentle"),
        ("amiro", "Amigo Plush Donkey Toy Mexican"),
        ("ya-man", "Yemen Mocha Coffee Beans 500g"),
        ("schick", "Chick Plush Toy Yellow Easter 15cm"),
        ("lion", "Lino Cutting Tools Set Carving 5 Blades"),
        ("lion", "Lyon City Map Poster Vintage"),
        ("pantene", "Pantone Color Guide Formula Coated"),
        ("wahl", "Wall Mounted Hair Dryer Holder Bathroom"),
        ("wahl", "Whale Shaped Bath Toy Water Spray"),
        ("kiss", "Miss Universe Pageant Sash Satin"),
        ("essie", "Bessie Cow Plush Toy 25cm"),
        ("orly", "Early Riser Enamel Mug Camping"),
        ("orly", "Only Natural Argan Hair Oil 100ml"),
        ("dnd", "DNA Double Helix Pendant Necklace"),
        ("hot-tools", "Hot Towels Warmer Cabinet Barber 23L"),
        ("t3", "T5 LED Tube Light 1200mm Integrated"),
        ("t3", "T8 Fluorescent Tube Replacement LED 18W"),
        ("chi", "Chai Tea Latte Powder 1kg Cafe"),
        ("chi", "Chic Silk Hair Scarf Square 53cm"),
        ("drybar", "Dry Bag Waterproof 10L Kayak"),
        ("aussie", "Lassie Collie Dog Figurine Resin"),
        ("suave", "Suede Brush Cleaner Rubber Crepe"),
        ("gum", "Gun Metal Hair Claw Clips Large 4pcs"),
        ("gum", "Gem Stone Nail Art Rhinestones 3000pcs"),
        ("feather", "Leather Barber Strop Razor Sharpening"),
        ("feather", "Heather Grey Zip Hoodie Unisex"),
        ("harrys", "Hairy Legs Funny Novelty Socks"),
        ("cool-water", "Cold Water Wash Laundry Pods 60ct"),
        ("daisy", "Dairy Free Vegan Lip Balm 4 Pack"),
        ("daisy", "Daily Moisturizer SPF 30 Face Cream 50ml"),
        ("ulike", "Unlike Anything Else Motivational Poster"),
        ("flexstyle", "Freestyle Hair Cutting Scissors Barber 6 Inch"),
        ("flowbee", "Flower Hair Clip Tropical Hibiscus"),
        ("le-male-bottle", "Le Mans Racing Vintage Poster A3"),
        ("sensationnel", "Sensational Birthday Banner Rose Gold"),
        ("fenghua", "蜂蜜 护手霜 滋润 30g 便携"),
        ("darlie", "好莱坞 化妆镜 带灯 梳妆台 大号"),
        ("maxam", "美加 进口 维生素C 泡腾片"),
        ("usmile", "笑容 徽章 胸针 黄色 笑脸"),
        ("scent-library", "图书馆 书立 书挡 金属 办公"),
        ("lengsuanling", "冷酸汤 调料 火锅底料 贵州"),
        ("soocas", "素食 饼干 全麦 无糖 代餐"),
        ("povos", "奔跑吧 儿童 运动鞋 网面 透气"),
        ("lion", "狮子 毛绒 玩具 公仔 大号"),
    ],
)

CLEAN = _e(
    "clean",
    [
        ("", "Wholesale Ionic Hair Dryer 2200W Salon Professional OEM"),
        ("", "Ceramic Tourmaline Flat Iron 1 Inch Dual Voltage Custom Logo"),
        ("", "Automatic Rotating Curling Iron 28mm LCD Display"),
        ("", "Hot Air Brush One Step Volumizer Negative Ion"),
        ("", "Cordless Hair Straightener Mini USB Rechargeable"),
        ("", "Professional Hair Clipper Set 12 Guards Barber Kit"),
        ("", "T-Blade Beard Trimmer Zero Gap Cordless Men"),
        ("", "Electric Foil Shaver Men Rechargeable Travel Lock"),
        ("", "Double Edge Safety Razor Brass Handle Butterfly Open"),
        ("", "Badger Hair Shaving Brush with Stand Gift Set"),
        ("", "Shaving Soap Sandalwood 100g Rich Lather Bowl"),
        ("", "Aftershave Balm Alcohol Free 100ml Soothing"),
        ("", "Sonic Electric Toothbrush IPX7 5 Modes Travel Case"),
        ("", "Water Flosser Cordless 300ml Portable Dental"),
        ("", "Bamboo Toothbrush Charcoal Bristle Biodegradable 10 Pack"),
        ("", "Teeth Whitening Strips 28pcs Enamel Safe"),
        ("", "Mint Dental Floss Picks 300ct Hotel Amenity"),
        ("", "Hydroxyapatite Toothpaste Fluoride Free 100g Private Label"),
        ("", "Mouthwash Alcohol Free 500ml Mint OEM"),
        ("", "Gel Nail Polish Set 24 Colors UV LED Soak Off"),
        ("", "UV LED Nail Lamp 72W Auto Sensor Quick Dry"),
        ("", "Acrylic Powder Kit Professional Nail Extension"),
        ("", "Electric Nail Drill 35000RPM Manicure Pedicure"),
        ("", "Press On Nails Short Square Nude 24pcs with Glue"),
        ("", "Nail Art Brushes Set 15pcs Liner Dotting"),
        ("", "Cuticle Oil Pen Vitamin E 12pcs Mixed Scents"),
        ("", "Polygel Nail Kit with Dual Forms Slip Solution"),
        ("", "Chrome Powder Mirror Effect Nail Pigment 6 Jars"),
        ("", "Human Hair Lace Front Wig Body Wave 13x4 180% Density"),
        ("", "Brazilian Straight Hair Bundles 3pcs 10A Grade"),
        ("", "Clip In Hair Extensions 7pcs 120g Remy"),
        ("", "Tape In Hair Extensions Blonde 20 Inch 40pcs"),
        ("", "Bob Wig Short Straight Glueless Wear and Go"),
        ("", "Synthetic Cosplay Wig Silver Long Heat Resistant"),
        ("", "Headband Wig Kinky Curly No Glue Beginner Friendly"),
        ("", "Wig Stand Mannequin Head Canvas Block 22 Inch"),
        ("", "Ponytail Extension Drawstring Wavy 22 Inch"),
        ("", "Men Toupee Hair System Swiss Lace Base"),
        ("", "Eau de Parfum Women 100ml Floral Fruity Private Label"),
        ("", "Men Cologne 100ml Woody Spicy Long Lasting"),
        ("", "Perfume Atomizer Refillable 5ml Travel Mini"),
        ("", "Empty Glass Perfume Bottle 30ml Spray Square"),
        ("", "Roll On Perfume Oil 10ml Arabic Oud"),
        ("", "Natural Deodorant Aluminum Free Stick 75g"),
        ("", "Crystal Alum Deodorant Stone 120g"),
        ("", "Body Mist Spray 236ml Vanilla Coconut"),
        ("", "Antiperspirant Roll On 50ml Unscented Sensitive"),
        ("", "Argan Oil Shampoo 500ml Sulfate Free OEM"),
        ("", "Keratin Hair Mask 500ml Repair Damaged Hair"),
        ("", "Biotin Thickening Conditioner 400ml"),
        ("", "Rosemary Hair Growth Oil 60ml Scalp Treatment"),
        ("", "Leave In Conditioner Spray Heat Protectant 250ml"),
        ("", "Matte Clay Pomade Strong Hold Men 100g"),
        ("", "Silk Scrunchies 6pcs Mulberry Mixed Colors"),
        ("", "Detangling Brush Flexible Bristles Wet Dry"),
        ("", "Boar Bristle Round Brush 53mm Ceramic Barrel"),
        ("", "Wide Tooth Comb Sandalwood Anti Static"),
        ("", "Microfiber Hair Towel Wrap Quick Dry"),
        ("", "LED Face Mask 7 Colors Light Therapy Home"),
        ("", "Microcurrent Facial Toning Device Lifting"),
        ("", "Ultrasonic Skin Scrubber Blackhead Remover"),
        ("", "Gua Sha Jade Roller Set Rose Quartz"),
        ("", "IPL Hair Removal Device 999900 Flashes Home Use"),
        ("", "Eyelash Curler Heated USB Rechargeable"),
        ("", "吹风机 家用 大功率 负离子 护发 静音 冷热风"),
        ("", "卷发棒 自动 32mm 大卷 陶瓷 不伤发"),
        ("", "直发夹板 两用 迷你 便携 宿舍 学生"),
        ("", "理发器 电推剪 成人 家用 充电 静音"),
        ("", "电动剃须刀 男士 刮胡刀 充电式 三刀头"),
        ("", "手动剃须刀 双面刀片 老式 铜柄"),
        ("", "鼻毛修剪器 男士 电动 可水洗"),
        ("", "电动牙刷 成人 声波 软毛 情侣款 礼盒"),
        ("", "冲牙器 便携式 家用 洗牙器 正畸 水牙线"),
        ("", "牙线棒 家庭装 300支 超细 剔牙线"),
        ("", "儿童牙膏 防蛀 含氟 草莓味 60g"),
        ("", "漱口水 便携装 清新口气 500ml"),
        ("", "美白牙贴 28片 温和 不敏感"),
        ("", "美甲 光疗胶 甲油胶 套装 24色 持久"),
        ("", "美甲灯 光疗机 感应 速干 48W"),
        ("", "穿戴甲 成品 短款 可拆卸 24片 附胶"),
        ("", "指甲油 水性 可撕拉 免烤 儿童"),
        ("", "美甲 打磨机 电动 卸甲 抛光"),
        ("", "甲片 透明 全贴 500片 盒装"),
        ("", "真人发 假发 女 长直发 全头套 蕾丝"),
        ("", "假发片 一片式 无痕 增发量 接发"),
        ("", "男士 假发 短发 真发 头顶补发块"),
        ("", "马尾 假发 抓夹 高马尾 自然 卷发"),
        ("", "假发网 发网 隐形 透气 20个装"),
        ("", "Cosplay 假发 动漫 银白色 长直"),
        ("", "刘海 假发 空气刘海 头顶 补发片"),
        ("", "香水 女士 持久 淡香 花果香 50ml"),
        ("", "男士 古龙水 木质香 100ml 清新"),
        ("", "香水 分装瓶 按压 便携 5ml 玻璃"),
        ("", "香薰 精油 薰衣草 10ml 助眠"),
        ("", "止汗露 走珠 腋下 持久 男女通用"),
        ("", "香体喷雾 身体 淡香 清新 150ml"),
        ("", "洗发水 去油 控油 蓬松 无硅油 500ml"),
        ("", "护发素 顺滑 修护 干枯 毛躁 400ml"),
        ("", "发膜 免蒸 修护 烫染 受损 500g"),
        ("", "生姜 洗发水 防脱 固发 大瓶装"),
        ("", "发蜡 男士 定型 哑光 自然 100g"),
        ("", "按摩梳 气囊梳 顺发 防静电"),
        ("", "发圈 真丝 大肠发圈 6个装"),
        ("", "干发帽 超强吸水 速干 包头巾"),
        ("", "射频 美容仪 家用 脸部 提拉 导入"),
        ("", "LED 面罩 光子嫩肤 彩光 家用"),
        ("", "脱毛仪 冰点 家用 全身 激光"),
        ("", "洁面仪 硅胶 声波 洗脸刷 充电"),
        ("", "刮痧板 玉石 滚轮 脸部 按摩"),
    ],
)

# Text positives whose mark is only in the description (the title names none of the group's
# names), spread over the text cases.
DESCRIBED = [
    *_e(
        "exact",
        [
            ("lafang", "人参 洗发露 750ml 柔顺 去屑 家庭装", "拉芳 正品 老牌国货 厂家直供"),
            ("saky", "美白牙膏 益生菌 清新口气 120g×2", "舒客 出品 防蛀 护龈"),
            ("darlie", "双重薄荷 牙膏 225g 清新 防蛀", "好来 原厂 正品 多支装 更优惠"),
            ("lengsuanling", "抗敏感牙膏 冷热酸甜 170g", "冷酸灵 经典款 重庆 老国货"),
            (
                "sally-hansen",
                "Nail Strengthener Clear 13.3ml Hard Finish",
                "Sally Hansen Hard as Nails formula, quick dry",
            ),
            (
                "cloud-nine",
                "Wide Plate Hair Straightener Titanium Mineral",
                "Cloud Nine Original Iron, sleep mode, free heat mat",
            ),
        ],
    ),
    *_e(
        "alias",
        [
            ("lafang", "Ginseng Anti-Hair-Loss Shampoo 400ml", "Lafang herbal series, China made"),
            ("darlie", "Whitening Toothpaste Bamboo Charcoal 140g", "Darlie all shiny white line"),
            ("caile", "Ketoconazole Shampoo 2% Scalp Care 100ml", "Nizoral same strength, sealed"),
        ],
    ),
    *_e(
        "chinese",
        [
            ("tsubaki", "山茶花 洗发水 奢耀 修护 日本 490ml", "丝蓓绮 同款 金色 修护款"),
            ("lion", "日本 酵素 美白 牙膏 薄荷 130g", "狮王 原装进口 美白款"),
        ],
    ),
    *_e(
        "case_width",
        [
            (
                "flexstyle",
                "5-in-1 Air Styler Hair Dryer Curling Barrels",
                "FLEXSTYLE Air Styling and Drying System, full attachments",
            ),
            (
                "tsubaki",
                "Premium Moist Shampoo Camellia 490ml Japan",
                "tSUBAKI Premium Moist, pump bottle",
            ),
        ],
    ),
    *_e(
        "accent",
        [
            ("suave", "Daily Clarifying Shampoo 1.18L Value Size", "Suavé Professionals formula"),
            ("gum", "Orthodontic Brush Heads Soft 2 Pack", "GÜM Ortho series, soft bristles"),
        ],
    ),
    *_e(
        "homoglyph",
        [
            (
                "drybar",
                "Blow-Dryer Brush Oval Ionic Blue",
                hg("Drybar", "ya") + " Double Shot style",
            ),
            (
                "essie",
                "Gel Couture Nail Polish Pink 13.5ml",
                hg("essie", "es") + " gel couture line",
            ),
        ],
    ),
    *_e(
        "leetspeak",
        [
            (
                "sensationnel",
                "Human Hair Blend Lace Wig Deep Wave 26 Inch",
                "S3nsationnel What Lace unit, swiss lace front, 13x6 parting",
            ),
            (
                "lion",
                "Systema Toothbrush Ultra Soft Compact Head 4pcs",
                "L!on Systema Japan import",
            ),
        ],
    ),
    *_e(
        "spacing",
        [
            (
                "cool-water",
                "Men Eau de Toilette 200ml Aquatic Fresh",
                "C o o l W a t e r classic men",
            ),
            (
                "shellac",
                "Gel Top Coat UV Soak Off 7.3ml",
                "S.h.e.l.l.a.c Xpress5 top coat, CND style",
            ),
        ],
    ),
    *_e(
        "misspelling",
        [
            (
                "aussie",
                "Miracle Moist Shampoo Avocado 778ml",
                "Ausie Miracle Moist, Australian formula",
            ),
            ("saky", "Probiotic Toothpaste Whitening 120g", "Sakky brand probiotic line"),
        ],
    ),
]

POSITIVES = [
    *DESCRIBED,
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
