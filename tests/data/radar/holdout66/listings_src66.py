"""Hand-written listings of the sixty-sixth held-out corpus (bathroom and kitchen fittings).

Every listing is written by hand. ``hg(text, letters)`` only spells the named letters as
Cyrillic look-alikes, ``fw(text)`` spells full-width forms, ``ZW`` is a zero-width space.
Borderline label calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK_ALIKE = {
    "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у",
    "s": "ѕ", "j": "ј", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К",
    "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with the named letters spelled as Cyrillic look-alikes."""
    return "".join(_LOOK_ALIKE[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Entry:
    title: str
    description: str = ""
    brand: str = ""
    case: str = ""
    group: str = ""
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


def _r(slug: str) -> str:
    return f"r66-{slug}" if slug else ""


def _pos(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    return [Entry(title=t, description=d, case=case, group=_r(g)) for g, t, d in rows]


def _neg(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    return [Entry(title=t, description=d, case=case, group=_r(g)) for g, t, d in rows]


EXACT = _pos(
    "exact",
    [
        ("roca", "Roca Inspira Round Wall-Hung Toilet Rimless White", ""),
        ("blanco", "Blanco Silgranit Double Bowl Kitchen Sink Anthracite", ""),
        ("kraus", "Kraus Bolden Commercial Pull-Down Kitchen Faucet Spot-Free Stainless", ""),
        ("viking", "Viking 36 Inch Professional Gas Range 6 Burners", ""),
        ("wolf", "Wolf 30 Inch Induction Cooktop Black Glass Wholesale", ""),
        ("zephyr", "Zephyr Core Collection Wall Mount Range Hood 600 CFM", ""),
        ("gaggenau", "Gaggenau 400 Series Vario Gas Wok Hob Stainless", ""),
        ("elica", "Elica Island Chimney Hood 90cm Quiet Motor", ""),
        ("mira", "Mira Sport Electric Shower 9.8kW White Chrome", ""),
        ("triton", "Triton T80 Easi-Fit Electric Shower 8.5kW", ""),
        ("sacon", "帅康 顶吸式油烟机 大吸力 家用 厨房", ""),
        ("faenza", "法恩莎 一体式智能马桶 即热 自动翻盖", ""),
        ("marssenger", "火星人集成灶 蒸烤一体 下排风 家用", ""),
        # 金牌 names the maker of kitchen cabinets here (金牌厨柜), not a gold medal.
        ("goldenhome", "金牌厨柜 整体橱柜定制 石英石台面", ""),
        ("sloan", "Sloan Royal 111 Flushometer Exposed Toilet Valve 1.6 GPF", ""),
        ("dornbracht", "Dornbracht MEM Single-Lever Basin Mixer Platinum Matt", ""),
        (
            "neff",
            "Slide and Hide Built-in Oven 60cm Pyrolytic",
            "Genuine Neff B57CR22N0 oven with retractable door, EU stock, pallet pricing.",
        ),
        (
            "laufen",
            "Wall-Hung Rimless Toilet Compact Projection 49cm",
            "Laufen Pro model, Swiss design, supplied with soft-close seat.",
        ),
        (
            "rangemaster",
            "110cm Dual Fuel Range Cooker Cream 5 Burners",
            "Rangemaster Classic Deluxe 110, two ovens plus grill, UK plug.",
        ),
        (
            "pfister",
            "Single Handle Pull-Down Kitchen Faucet Spot Defense",
            "Pfister Stellen series, lifetime warranty card included in the box.",
        ),
        (
            "speakman",
            "Anystream Exhilaration Shower Head 2.5 GPM Polished Chrome",
            "Speakman S-2252 head, commercial grade brass body.",
        ),
    ],
)

ALIAS = _pos(
    "alias",
    [
        ("sacon", "Sacon Range Hood Side Suction 900mm Touch Control", ""),
        ("faenza", "Faenza Smart Toilet Tankless Heated Seat", ""),
        ("bolina", "Bolina Acrylic Freestanding Bathtub 1.7m", ""),
        ("joyou", "JOYOU Thermostatic Shower Column with Rain Head", ""),
        ("huihuang", "Huihuang Brass Basin Faucet Hot and Cold", ""),
        ("goldenhome", "Goldenhome Custom Kitchen Cabinets Lacquer Finish", ""),
        ("oppein", "Oppein Modular Kitchen Cabinet Project Supply", ""),
        ("marssenger", "Marssenger Integrated Stove with Steam Oven", ""),
        ("sengo", "Sengo Integrated Cooktop Range Hood Combo", ""),
        ("entive", "Entive Integrated Hob with Downdraft Extraction", ""),
        # The alias is the everyday word, but here it names the maker of floor drains.
        ("submarine", "Submarine Anti-Odor Floor Drain Stainless 10cm", ""),
        ("mira", "Mira Showers Agile EV Thermostatic Mixer", ""),
        ("triton", "Triton Showers Amala Electric Shower 9.5kW", ""),
        ("viking", "Viking Range 5 Series Double Wall Oven", ""),
        ("touch2o", "Touch2O Technology Kitchen Faucet Touch Activated", ""),
        ("aquablade", "Aqua Blade Rimless Wall Hung WC Pan", ""),
        ("tara-tap", "Tara Mixer Two Handle Basin Set Brushed Chrome", ""),
        ("rettangolo", "Gessi Rettangolo Basin Mixer Finox", ""),
        (
            "annwa",
            "Ceramic Pedestal Basin Classic White for Hotel Projects",
            "Annwa sanitary ware, factory direct, OEM carton.",
        ),
        (
            "huihuang",
            "Wall Mounted Mop Sink Faucet Long Spout Brass",
            "Made by Huihuang, Nan'an Fujian, 5-year cartridge warranty.",
        ),
        (
            "joyou",
            "Concealed Thermostatic Shower Valve Two Outlets",
            "JOYOU factory original, fits 1/2 inch pipe.",
        ),
        (
            "submarine",
            "Washing Machine Floor Drain with Tee Connector",
            "Submarine brand anti-backflow core, sealed against odour.",
        ),
    ],
)

CHINESE = _pos(
    "chinese",
    [
        ("roca", "乐家卫浴 壁挂式马桶 隐藏水箱", ""),
        ("roca", "乐家 浴室柜 组合 实木 简约", ""),
        ("american-standard", "美标卫浴 单把 面盆龙头 全铜", ""),
        ("american-standard", "美标 坐便器 节水 超漩冲", ""),
        # 当代 names the Dornbracht brand here (当代卫浴, German import), not "contemporary".
        ("dornbracht", "当代卫浴 德国进口 厨房龙头 抽拉式", ""),
        ("gaggenau", "嘉格纳 嵌入式 燃气灶 德国原装", ""),
        ("gaggenau", "嘉格纳同款 蒸烤箱 嵌入式", ""),
        ("kaldewei", "卡德维 钢瓷浴缸 1.7米 嵌入式", ""),
        ("laufen", "劳芬 壁挂马桶 瑞士 无边缘", ""),
        ("german-pool", "德国宝 即热式电热水器 小厨宝", ""),
        ("german-pool", "德国宝 嵌入式 蒸焗炉", ""),
        ("beko", "倍科 嵌入式 洗碗机 13套", ""),
        ("gorenje", "古洛尼 复古 嵌入式烤箱", ""),
        ("dornbracht", "Single Lever Basin Mixer Brushed Brass", "当代 原装正品, 德国制造"),
        ("kaldewei", "Steel Enamel Bathtub 170x75 Built-in", "卡德维 正品 钢板搪瓷"),
        # Chinese marks named in the description only are `chinese`, as in holdout19.
        ("annwa", "台上盆 洗手盆 陶瓷 方形", "安华卫浴 正品 厂家直发"),
        ("bolina", "亚克力 独立式浴缸 1.5米 小户型", "浪鲸卫浴 原厂 全国联保"),
        ("sengo", "集成灶 一体灶 侧吸下排", "森歌 正品 厂家授权"),
        ("entive", "集成灶 蒸烤一体机 家用", "亿田 官方正品 上门安装"),
        ("beko", "Freestanding Dishwasher 60cm 14 Place Settings", "倍科 正品 土耳其原装"),
        ("gorenje", "Retro Fridge Freezer 254L Cream", "古洛尼 正品 欧洲进口"),
        ("laufen", "智能马桶盖 即热 遥控", "劳芬 瑞士品牌 授权经销"),
    ],
)

CASE_WIDTH = _pos(
    "case_width",
    [
        ("blanco", f"{fw('BLANCO')} Granite Composite Sink Single Bowl", ""),
        ("kraus", "kRaUs Pull Down Kitchen Faucet Matte Black", ""),
        ("viking", "vIKING Gas Cooktop 5 Burner 36 inch", ""),
        ("zephyr", f"{fw('Zephyr')} Under Cabinet Range Hood 30 Inch", ""),
        ("wolf", "WoLf Steam Oven Built In 24 inch", ""),
        ("bora", "bOrA Professional Surface Extractor Hob", ""),
        ("elica", "eLiCa Wall Mounted Cooker Hood Glass", ""),
        ("teka", f"{fw('TEKA')} Stainless Steel Inset Sink 1.5 Bowl", ""),
        ("cata", "cAtA Telescopic Cooker Hood 60cm", ""),
        ("methven", "mEtHvEn Satinjet Shower Rail Kit", ""),
        ("aqualisa", "AQUAlisa Quartz Smart Digital Shower", ""),
        ("brizo", "bRIZO Litze Pull-Down Faucet Luxe Gold", ""),
        ("hansa", f"{fw('Hansa')} Thermostatic Bath Mixer", ""),
        ("roca", "rOcA Meridian Close Coupled Toilet", ""),
        ("sengo", f"{fw('SENGO')} 集成灶 蒸箱款", ""),
        (
            "symmons",
            "Pressure Balancing Shower Valve Trim Kit",
            "Original sYmMoNs Temptrol trim, chrome finish.",
        ),
        (
            "caple",
            "Undermount Stainless Sink 1.5 Bowl Left Drainer",
            "CAPLE Form 150 sink, brand new in box.",
        ),
        (
            "belling",
            "Freestanding Electric Cooker 60cm Double Oven",
            "bElLiNg Cookcentre, white, fast delivery.",
        ),
        (
            "pfister",
            "Bathroom Sink Faucet Two Handle 4 inch Centerset",
            "pFiStEr Pasadena, brushed nickel.",
        ),
    ],
)

ACCENT = _pos(
    "accent",
    [
        ("blanco", "Blancó Silgranit Kitchen Sink Café Colour", ""),
        ("kraus", "Kräus Kore Workstation Sink 33 inch", ""),
        ("viking", "Vïking Pro Range Hood 48 Inch", ""),
        ("zephyr", "Zéphyr Lux Island Hood Stainless", ""),
        ("gaggenau", "Gäggenau Combi Steam Oven 60cm", ""),
        ("elica", "Elicà NikolaTesla Induction Hob with Integrated Extractor", ""),
        ("mira", "Mirá Vie Electric Shower 8.5kW", ""),
        ("triton", "Trítón Martinique Electric Shower", ""),
        ("laufen", "Laüfen Val Washbasin 60cm", ""),
        ("dornbracht", "Dörnbracht MEM Basin Mixer Chrome", ""),
        ("kaldewei", "Kaldéwei Conoduo Steel Bath 170x75", ""),
        ("rangemaster", "Rangemastér Nexus 110 Range Cooker", ""),
        ("gorenje", "Gorénje Retro Collection Fridge Cream", ""),
        ("beko", "Békó Freestanding Cooker 50cm", ""),
        ("neff", "Nëff Slide&Hide Oven Stainless", ""),
        (
            "bristan",
            "Thermostatic Exposed Shower Valve Round Head",
            "Brístan Artisan, WRAS approved.",
        ),
        (
            "speakman",
            "Emergency Eyewash Station Pedestal Mounted",
            "Spëakman Gravity eyewash, ANSI Z358.1.",
        ),
        ("sloan", "Touchless Sensor Urinal Flush Valve", "Slóan Optima, battery powered."),
        ("hansa", "Single Lever Kitchen Mixer Swivel Spout", "Hänsa Pinta, made in Germany."),
    ],
)

HOMOGLYPH = _pos(
    "homoglyph",
    [
        ("blanco", f"{hg('Blanco', 'o')} Undermount Granite Sink", ""),
        ("kraus", f"{hg('Kraus', 'a')} Stainless Steel Kitchen Sink 16 Gauge", ""),
        ("viking", f"{hg('Viking', 'i')} Dual Fuel Range 48 Inch", ""),
        ("wolf", f"{hg('Wolf', 'o')} Gas Rangetop 36 inch", ""),
        ("zephyr", f"{hg('Zephyr', 'ep')} Wall Hood Stainless 36", ""),
        ("bora", f"{hg('Bora', 'Bo')} Pure Cooktop Extractor Induction", ""),
        ("roca", f"{hg('Roca', 'oca')} Wall Hung Toilet Compact", ""),
        ("gaggenau", f"{hg('Gaggenau', 'ae')} Vario Cooktop Induction", ""),
        ("mira", f"{hg('Mira', 'a')} Event XS Thermostatic Power Shower", ""),
        ("elica", f"{hg('Elica', 'Eca')} Downdraft Hood Ceiling Mounted", ""),
        ("teka", f"{hg('Teka', 'ea')} Built-in Oven Multifunction", ""),
        ("cata", f"{hg('Cata', 'Ca')} Decorative Chimney Hood 90cm", ""),
        ("vola", f"{hg('Vola', 'o')} Wall-Mounted Basin Mixer Arne Jacobsen Style", ""),
        ("aqualisa", f"{hg('Aqualisa', 'a')} Unity Q Smart Shower", ""),
        ("oppein", f"{hg('Oppein', 'Oe')} Kitchen Cabinets Flat Pack", ""),
        (
            "kaldewei",
            "Enamelled Steel Shower Tray 90x90 Flush",
            f"{hg('Kaldewei', 'ae')} Superplan, anti-slip finish.",
        ),
        ("brizo", "Widespread Lavatory Faucet Luxe Nickel", f"{hg('Brizo', 'o')} Odin collection."),
        (
            "methven",
            "Low Pressure Shower Head Satinjet Technology",
            f"{hg('Methven', 'e')} Kiri, fits a standard hose.",
        ),
        (
            "rangemaster",
            "Induction Range Cooker 100cm Black",
            f"{hg('Rangemaster', 'ae')} Professional Plus.",
        ),
    ],
)

LEETSPEAK = _pos(
    "leetspeak",
    [
        ("blanco", "Bl4nc0 Quartz Composite Sink Black", ""),
        ("kraus", "Kr@us Workstation Ledge Sink 30 inch", ""),
        ("viking", "V1k1ng 30 Inch Gas Range Stainless", ""),
        ("wolf", "W0lf Convection Steam Oven Built In", ""),
        ("zephyr", "Z3phyr Range Hood Insert 30", ""),
        ("bora", "B0r4 Classic 2.0 Hob Extractor", ""),
        ("elica", "3lica Cooker Hood Chimney 60cm", ""),
        ("teka", "T3ka Inset Sink Stainless 1 Bowl", ""),
        ("sloan", "$loan Regal Flushometer Urinal Valve", ""),
        ("gaggenau", "G@ggenau Gas Hob 5 Burner", ""),
        ("neff", "N3ff Induction Hob FlexInduction 80cm", ""),
        ("triton", "Tr1ton Electric Shower 9.5kW Easi-fit", ""),
        ("mira", "M1ra Azora Thermostatic Shower", ""),
        ("roca", "R0ca Wall Hung Basin 60cm Rimless Toilet Set", ""),
        ("beko", "B3ko Built-In Dishwasher 60cm", ""),
        ("vola", "V0la Wall Spout Basin Mixer Brushed Steel", ""),
        (
            "pfister",
            "Tub and Shower Trim Kit Single Handle",
            "Pf1$ter Ashfield trim, tumbled bronze.",
        ),
        ("caple", "Sit-On Stainless Sink 1000mm", "C@ple Vesta range, UK stock."),
        ("hansa", "Thermostatic Concealed Shower Set Brushed", "H@nsa Vantis, German engineering."),
        ("symmons", "Shower System Temptrol Trim Chrome", "Symm0ns Dia series, lead free."),
    ],
)

SPACING = _pos(
    "spacing",
    [
        ("blanco", "B L A N C O Granite Sink Double Bowl", ""),
        ("kraus", "K-R-A-U-S Kitchen Faucet Commercial Style", ""),
        ("viking", "V.i.k.i.n.g Range Hood 36 Inch", ""),
        ("wolf", "W_O_L_F Induction Cooktop 36 Inch", ""),
        ("zephyr", f"Zeph{ZW}yr Island Range Hood Glass Canopy", ""),
        ("bora", "B o r a Pure Extractor Hob", ""),
        ("elica", "E-lica Hood Suspended Island", ""),
        ("gaggenau", "Gag-genau Combi Steam Oven 400 Series", ""),
        ("roca", "R.O.C.A Close Coupled Toilet Dual Flush", ""),
        ("mira", "M i r a Sport Max Electric Shower", ""),
        ("teka", "T.E.K.A Stainless Sink with Drainer", ""),
        ("laufen", f"Lau{ZW}fen Rimless Toilet Wall Hung", ""),
        ("marssenger", "火 星 人 集成灶 蒸烤一体", ""),
        ("sacon", "帅-康 油烟机 侧吸 自动清洗", ""),
        ("sloan", "S L O A N Sensor Faucet Battery", ""),
        (
            "triton",
            "Electric Shower 10.5kW White Easy Fit",
            "T r i t o n Seville model, UK fitting.",
        ),
        ("kaldewei", "Steel Enamel Shower Tray Flat 100x80", "K_a_l_d_e_w_e_i Cayonoplan."),
        ("aqualisa", "Smart Digital Shower Ceiling Head", "Aqua-lisa Optic Q, pumped version."),
        ("brizo", "Single Handle Kitchen Faucet SmartTouch", "B.r.i.z.o Solna, matte black."),
    ],
)

MISSPELLING = _pos(
    "misspelling",
    [
        ("blanco", "Blanko Silgranit Kitchen Sink Single Bowl", ""),
        ("kraus", "Krauss Undermount Kitchen Sink 32 Inch", ""),
        ("viking", "Vikking Professional Gas Range 36", ""),
        ("zephyr", "Zephir Range Hood Wall Mount 30 Inch", ""),
        ("gaggenau", "Gagenau Induction Cooktop Frameless", ""),
        ("dornbracht", "Dornbrach Basin Mixer MEM Style", ""),
        # Sloane is a misspelling here, in the mark's own trade (Sloane Ranger is not).
        ("sloan", "Sloane Royal Flushometer 1.28 GPF Exposed", ""),
        ("rangemaster", "Rangmaster Classic Range Cooker 90cm", ""),
        ("elica", "Elika Chimney Cooker Hood 90cm", ""),
        ("methven", "Methvin Aurajet Shower Head", ""),
        ("aqualisa", "Aqualissa Midas Bath Shower Mixer", ""),
        ("kaldewei", "Kaldevei Steel Bath Puro", ""),
        ("sacon", "帅慷 油烟机 大吸力 顶吸", ""),
        ("faenza", "法恩纱 智能马桶 一体机", ""),
        ("submarine", "潜水挺 地漏 防臭 不锈钢", ""),
        ("gorenje", "古罗尼 复古冰箱 奶油色", ""),
        ("bristan", "Thermostatic Bar Shower Mixer Cool Touch", "Bristen Frenzy, same as shown."),
        ("speakman", "Anystream Shower Head Icon Series", "Speekman commercial brass showerhead."),
        ("laufen", "Ceramic Washbasin Wall-Hung 60cm", "Lauffen Pro S basin, Swiss brand."),
        (
            "symmons",
            "Temptrol Shower Valve Cartridge Assembly",
            "Symons original assembly for commercial bathrooms.",
        ),
        ("oppein", "整体橱柜 定制 开放式厨房", "欧湃 全屋定制 同款"),
    ],
)

_BRAND_FIELD = [
    ("blanco", "Granite Composite Kitchen Sink Single Bowl Black", "BLANCO"),
    ("kraus", "Pull-Down Kitchen Faucet Commercial Spring", "KRAUS"),
    ("viking", "48 Inch Professional Gas Range 6 Burners Griddle", "Viking"),
    ("wolf", "36 Inch Dual Fuel Range Red Knobs", "Wolf"),
    ("zephyr", "Under Cabinet Range Hood 36 inch 650 CFM", "Zephyr"),
    ("bora", "Induction Hob with Integrated Downdraft Extractor", "BORA"),
    ("teka", "Stainless Steel Kitchen Sink with Drainer", "Teka"),
    ("mira", "Electric Shower 9.5kW Eco Mode", "Mira"),
    ("triton", "Thermostatic Power Shower Pumped", "Triton"),
    ("neff", "Built-in Oven Slide and Hide 60cm", "NEFF"),
    ("cata", "Glass Chimney Cooker Hood 60cm LED", "CATA"),
    ("roca", "Rimless Wall-Hung Toilet with Soft Close Seat", "Roca"),
    ("american-standard", "单把 面盆龙头 冷热 全铜", "美标"),
    ("goldenhome", "整体橱柜 定制 石英石 台面", "金牌"),
    ("huihuang", "全铜 厨房龙头 冷热 可旋转", "辉煌"),
    ("sengo", "集成灶 侧吸下排 蒸烤一体", "森歌"),
    ("entive", "集成灶 下排风 家用 一体灶 消毒柜款", "亿田"),
    # 当代 in the brand field of a faucet is the Dornbracht mark, not "contemporary".
    ("dornbracht", "厨房龙头 抽拉式 德国 设计", "当代"),
    ("laufen", "Wall Hung Basin Compact 45cm", "Laufen"),
]
BRAND_FIELD = [Entry(title=t, brand=b, case="brand_field", group=_r(g)) for g, t, b in _BRAND_FIELD]

_IMAGE = [
    ("sacon", "顶吸式 油烟机 大吸力 家用 900mm"),
    ("joyou", "Thermostatic Shower Set Rain Head Chrome"),
    ("oppein", "Modern Kitchen Cabinets Lacquer Island"),
    ("marssenger", "集成灶 一体式 蒸烤 家用 厨房"),
    ("submarine", "防臭地漏 不锈钢 卫生间 10cm"),
    ("roca", "Wall Hung Toilet Rimless Soft Close"),
    ("american-standard", "Elongated Toilet 1.28 GPF White"),
    ("gaggenau", "Built-In Combi Steam Oven Stainless 60cm"),
    ("mira", "Electric Shower 8.5kW White Chrome"),
    ("vola", "Wall Mounted Basin Mixer Minimalist Brass"),
    ("blanco", "Granite Kitchen Sink Double Bowl Anthracite"),
    ("viking", "Professional Gas Range 36 Inch Stainless"),
    ("bora", "Cooktop Extractor Induction 83cm"),
    ("kraus", "Workstation Kitchen Sink 33 Inch Ledge"),
    ("elica", "Island Cooker Hood Glass 90cm"),
    ("rettangolo", "Rectangular Basin Mixer Brushed Nickel"),
    ("blanco", "Undermount Quartz Sink Single Bowl White"),
    ("kraus", "Pull-Down Kitchen Faucet Spot Free Stainless"),
    ("viking", "Range Hood 48 Inch Ventilator Stainless"),
    ("roca", "壁挂式 马桶 无边缘 缓降盖板"),
]
IMAGE = [Entry(title=t, case="image", group=_r(g), image=True) for g, t in _IMAGE]


def _mixed(
    group: str,
    title: str,
    description: str = "",
    also: tuple[str, ...] = (),
    device: tuple[str, ...] = (),
) -> Entry:
    expected = (_r(group), *map(_r, also))
    return Entry(
        title=title,
        description=description,
        case="mixed",
        group=_r(group),
        expected=expected,
        without_compat=(*expected, *map(_r, device)) if device else None,
    )


MIXED = [
    _mixed("blanco", "Blanco Sink and Kraus Faucet Bundle Kitchen Set", also=("kraus",)),
    _mixed("viking", "Viking Range with Zephyr Hood Package Deal", also=("zephyr",)),
    _mixed("roca", "乐家 Roca 同款 壁挂马桶 隐藏水箱"),
    _mixed("sacon", "帅康 Sacon 油烟机 燃气灶 套装"),
    _mixed("marssenger", "火星人 M@rssenger 集成灶 蒸烤款"),
    _mixed("gaggenau", "嘉格纳 G4ggenau 嵌入式蒸箱"),
    # Kraus is the faucet's own brand (both settings); the Blanco sink is the device.
    _mixed("kraus", "Kraus Pull-Down Faucet for Blanco Silgranit Sink", device=("blanco",)),
    _mixed("mira", "M1ra Shower Head for Triton Electric Shower", device=("triton",)),
    _mixed("elica", "Elica Hood with Neff Hob Kitchen Package", also=("neff",)),
    _mixed("wolf", "W0lf Oven Knob Set for Viking Range", device=("viking",)),
    _mixed("dornbracht", "Dornbracht Tara Mixer Chrome Two Handle", also=("tara-tap",)),
    _mixed("rettangolo", "Gessi Rettangolo Mixer Set with Roca Basin", also=("roca",)),
    _mixed("touch2o", "Brizo Faucet with Touch2O Technology Gold", also=("brizo",)),
    _mixed("american-standard", "美标 American Standard 坐便器 超漩冲"),
    _mixed("oppein", "欧派 0ppein 整体橱柜 定制"),
    _mixed("bora", "B0ra Extractor Hob with Gaggenau Oven Set", also=("gaggenau",)),
    _mixed("hansa", "Hansa Mixer Tap for Blanco Sink Chrome", device=("blanco",)),
    _mixed(
        "laufen",
        "Wall-Hung WC and Steel Bath Bundle Rimless",
        "Laufen Pro toilet with Kaldewei steel bath option.",
        also=("kaldewei",),
    ),
    _mixed(
        "aquablade",
        "Rimless WC Pan Wall Hung Short Projection",
        "Aqua-Blade flushing with the AquaBl4de rim design.",
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

COMPAT = _neg(
    "compat",
    [
        ("elica", "Charcoal Filter Replacement for Elica Cooker Hoods", ""),
        ("elica", "Aluminium Grease Filter compatible with Elica Hood 60cm", ""),
        ("zephyr", "Range Hood Baffle Filter fits Zephyr 30 inch Models", ""),
        ("zephyr", "Zephyr compatible Recirculating Kit Charcoal Filters", ""),
        ("viking", "Burner Caps for Viking Range Set of 4 Black", ""),
        ("viking", "Oven Igniter designed to fit Viking Professional Ranges", ""),
        ("wolf", "Red Knob Replacement for Wolf Range Set of 6", ""),
        ("wolf", "Griddle Plate compatible for Wolf Rangetop 36", ""),
        ("sloan", "Diaphragm Repair Kit for Sloan Royal Flushometer", ""),
        ("sloan", "Flush Valve Handle Assembly compatible with Sloan Regal", ""),
        ("mira", "Shower Head Replacement for Mira Electric Showers", ""),
        ("mira", "Pressure Relief Device fits Mira Sport Showers", ""),
        ("triton", "Solenoid Valve for Triton Electric Shower Spare", ""),
        ("triton", "Shower Hose 1.5m works with Triton Showers", ""),
        ("pfister", "Faucet Cartridge Replacement for Pfister 0X8 Valves", ""),
        ("pfister", "Aerator compatible with Pfister Kitchen Faucets", ""),
        ("symmons", "Temptrol Cartridge designed to fit Symmons Shower Valves", ""),
        ("symmons", "Shower Valve Handle for Symmons Temptrol Brass", ""),
        ("kraus", "Sink Grid for Kraus 32 Inch Undermount Sink", ""),
        ("kraus", "Soap Dispenser Replacement Pump fits Kraus Faucets", ""),
        ("blanco", "Strainer Basket for Blanco Silgranit Sinks", ""),
        ("blanco", "Sink Bottom Grid designed to fit Blanco Precis 27", ""),
        ("bristan", "Thermostatic Cartridge Replacement for Bristan Bar Valves", ""),
        ("methven", "Shower Hose works with Methven Satinjet Heads", ""),
        ("aqualisa", "Pump Service Kit for Aqualisa Quartz Digital Shower", ""),
        ("gaggenau", "Wok Ring for Gaggenau Gas Cooktop Cast Iron", ""),
        ("neff", "Oven Door Seal Gasket compatible with Neff Ovens", ""),
        ("rangemaster", "Oven Door Hinge for Rangemaster 110 Cookers", ""),
        ("belling", "Hob Knob Set fits Belling Cookers Black", ""),
        ("caple", "Waste Kit for Caple Undermount Sinks", ""),
        ("roca", "Soft Close Toilet Seat compatible with Roca Meridian", ""),
        ("laufen", "Toilet Seat Replacement Laufen Pro compatible Quick Release", ""),
        ("touch2o", "Solenoid Assembly Replacement for Touch2O Faucets", ""),
        ("touch2o", "Battery Pack compatible with Touch2O Technology Faucets", ""),
        ("aquablade", "Soft Close Seat for AquaBlade Wall Hung Pan", ""),
        ("tara-tap", "Aerator Insert fits Tara Tap Basin Mixers", ""),
        ("rettangolo", "Cartridge Replacement for Gessi Rettangolo Mixers", ""),
        ("bora", "Grease Filter for Bora Classic Extractor", ""),
        ("hansa", "Cartridge 40mm compatible with Hansa Mixers", ""),
        ("teka", "Charcoal Filter designed to fit Teka DM Hoods", ""),
        ("cata", "Carbon Filter for Cata Cooker Hoods Pack of 2", ""),
        ("brizo", "Spray Head Replacement works with Brizo Kitchen Faucets", ""),
        ("kaldewei", "Bath Waste and Overflow for Kaldewei Steel Baths", ""),
        ("gorenje", "Fridge Door Shelf Replacement for Gorenje Retro Fridges", ""),
        ("beko", "Dishwasher Basket Wheels compatible with Beko Models", ""),
        ("sacon", "适用于帅康油烟机 滤网 油杯 配件", ""),
        ("sacon", "帅康油烟机 适配 止回阀 烟管", ""),
        ("marssenger", "适用火星人集成灶 清洗 滤网", ""),
        ("marssenger", "兼容火星人集成灶 油盒 配件", ""),
        ("sengo", "替换 森歌集成灶 旋钮 开关", ""),
        ("entive", "亿田集成灶 适配 蒸箱 密封圈", ""),
        ("submarine", "适用于潜水艇地漏 防臭芯 替换芯", ""),
        ("joyou", "中宇龙头 适配 阀芯 陶瓷 替换", ""),
        ("american-standard", "美标马桶 适用 缓降盖板 加厚", ""),
        ("faenza", "兼容法恩莎智能马桶 遥控器", ""),
        ("german-pool", "德国宝热水器 适用 镁棒 配件", ""),
    ],
)

INSIDE_WORD = _neg(
    "inside_word",
    [
        ("teka", "Lake Tekapo Night Sky Canvas Print", ""),
        ("wolf", "Wolfberry Dried Goji Berries 500g", ""),
        ("wolf", "Tungsten Wolfram Welding Electrode 2.4mm", ""),
        ("wolf", "Werewolf Halloween Mask Latex", ""),
        ("bora", "Borax Powder Cleaning Laundry Booster 1kg", ""),
        ("bora", "Laboratory Glass Beaker Set 5 Sizes", ""),
        ("bora", "Elaborate Lace Wedding Veil Cathedral Length", ""),
        ("vola", "VOC Volatile Organic Compound Air Tester", ""),
        ("vola", "Volant Ruffle Sleeve Chiffon Blouse", ""),
        ("mira", "Admiral Navy Costume Hat with Badge", ""),
        ("mira", "Miracle Healing Ointment Tattoo Aftercare", ""),
        ("mira", "Mirage Desert Landscape Jigsaw Puzzle 1000 pcs", ""),
        ("cata", "Catamaran Sailing Model Wooden Kit", ""),
        ("cata", "Cataract Surgery Eye Shield Protector", ""),
        ("elica", "Helical Gear Set Steel Module 1", ""),
        ("elica", "Angelica Root Dried Herb Slices", ""),
        ("caple", "Caplet Pill Organizer Weekly 7 Day", ""),
        ("kraus", "Alison Krauss Bluegrass Vinyl Record", ""),
        ("sloan", "Sloane Ranger Quilted Jacket Womens", ""),
        ("hansa", "Hansaplast Blister Plasters Pack of 8", ""),
        ("triton", "Tritone Substitution Jazz Guitar Method Book", ""),
        ("roca", "Rocaille Gilded Wall Frame Baroque Style", ""),
        ("neff", "Ineffable Quotes Wall Art Print", ""),
        ("zephyr", "Zephyranthes Rain Lily Bulbs Pink", ""),
        ("laufen", "Laufenburg Rhine Bridge Postcard Set", ""),
        # Submariner (a dive watch) only contains the alias Submarine.
        ("submarine", "Submariner Style Dive Watch Ceramic Bezel", ""),
        ("roca", "快乐家庭 亲子T恤 一家三口", ""),
        ("german-pool", "德国宝宝 磨牙棒 进口 辅食", ""),
        ("joyou", "太空中宇航员 摆件 树脂", ""),
        ("bolina", "冲浪鲸鱼 儿童洗澡玩具 喷水", ""),
        ("beko", "加倍科学 少儿实验套装", ""),
        ("annwa", "平安华夏 书法 横幅 手写", ""),
        ("goldenhome", "黄金牌匾 木质 开业 定制", ""),
    ],
)

GENERIC_WORD = _neg(
    "generic_word",
    [
        ("wolf", "Howling Wolf Wall Decal Vinyl Sticker", ""),
        ("wolf", "Wolf Plush Toy Grey 30cm Stuffed Animal", ""),
        ("wolf", "Wolf Head Silver Pendant Necklace Mens", ""),
        ("wolf", "Wolf Print Bath Mat Non-Slip Memory Foam", ""),
        # Wolf-Garten: another holder sharing the name, in garden tools.
        ("wolf", "Wolf-Garten Rake Head Multi-Star System", ""),
        ("viking", "Viking Helmet with Horns Costume Adult", ""),
        ("viking", "Viking Longship Wooden Model Kit", ""),
        ("viking", "Viking Rune Bracelet Stainless Steel", ""),
        ("viking", "Viking Ship Pattern Shower Curtain 180x180", ""),
        ("zephyr", "Zephyr Cotton Shirting Fabric Lightweight", ""),
        ("zephyr", "Zephyr West Wind Mythology Canvas Art", ""),
        ("bora", "Bora Bora Overwater Bungalow Beach Poster", ""),
        ("bora", "Bora Bora Sunset Sarong Beach Wrap", ""),
        ("bora", "Bora Bora Beach Shower Curtain Waterproof", ""),
        # Blanco is the tequila style here, not the sink maker.
        ("blanco", "Blanco Tequila Shot Glasses Set of 6", ""),
        ("blanco", "Tequila Blanco Bottle Pourer Spout Stainless", ""),
        ("mira", "Mira Name Necklace Gold Plated Personalized", ""),
        ("mira", "Mira Variable Star Constellation Map Print", ""),
        ("triton", "Triton Sea God Bronze Fountain Statue Garden", ""),
        # Triton is also a pickup truck of another holder; not a shower here.
        ("triton", "Mitsubishi Triton L200 Mud Flaps Front Rear", ""),
        ("triton", "Triton Neptune Moon Science Poster", ""),
        ("sloan", "Sloan Personalized Name Tumbler 20oz", ""),
        ("hansa", "Hansa Rostock Football Scarf Fan", ""),
        ("neff", "Neff Skate Beanie Knit Winter Hat", ""),
        ("american-standard", "American Standard Version Bible Large Print", ""),
        # The thread standard of a tap and die, not the sanitary maker.
        ("american-standard", "NPT American Standard Pipe Thread Tap 1/2 inch", ""),
        ("american-standard", "美标插头 转换器 旅行 多功能", ""),
        ("american-standard", "美标螺纹 不锈钢 管接头 NPT", ""),
        ("american-standard", "美标 英制 内六角扳手 套装", ""),
        ("dornbracht", "当代艺术 画册 精装", ""),
        ("dornbracht", "当代文学 小说 合集", ""),
        ("goldenhome", "运动会 金牌 奖牌 定制 金属", ""),
        ("goldenhome", "金牌 奖杯 比赛 冠军 水晶", ""),
        ("huihuang", "再创辉煌 锦旗 定制 公司", ""),
        ("huihuang", "辉煌中华 书法 字画 客厅", ""),
        ("annwa", "安华传 马来西亚总理 中文 传记", ""),
        ("marssenger", "火星人 外星人 毛绒玩具 公仔", ""),
        ("marssenger", "火星人入侵 科幻 小说 平装", ""),
        ("submarine", "潜水艇 模型 儿童 洗澡 玩具", ""),
        ("submarine", "Yellow Submarine Tea Infuser Silicone", ""),
        ("submarine", "Submarine Sandwich Bread Pan Perforated", ""),
        # Faenza as the pottery town (majolica), not the sanitary ware maker: commented call.
        ("faenza", "Faenza Majolica Decorative Plate Hand Painted", ""),
        ("laufen", "Laufen Castle Rhine Falls Souvenir Magnet", ""),
        # "Range Master" is the shooting-range officer's title here.
        ("rangemaster", "Range Master Certified Instructor Patch Embroidered", ""),
        ("pfister", "Marcus Pfister Rainbow Fish Board Book", ""),
        ("belling", "Belling the Cat Fable Picture Book", ""),
        ("methven", "Methven New Zealand Ski Map Poster", ""),
        ("kraus", "Kraus Family Name Wooden Sign Personalized", ""),
        ("brizo", "Brizo Greek Goddess of Sailors Art Print", ""),
        ("tara-tap", "Tara Name Bracelet Silver Personalized", ""),
        ("tara-tap", "Hill of Tara Ireland Travel Poster", ""),
    ],
)

COMMON_WORD = _neg(
    "common_word",
    [
        ("teka", "Teak Shower Bench Folding Wall Mounted", ""),
        ("teka", "Teak Bath Mat Spa Duckboard", ""),
        ("teka", "Teak Oil Furniture Finish 500ml", ""),
        ("caple", "Maple Cutting Board End Grain", ""),
        ("caple", "Maple Syrup Glass Bottle 250ml", ""),
        ("blanco", "Bianco Carrara Marble Vanity Top 60cm", ""),
        ("blanco", "Bianco Dolomite Marble Mosaic Tile", ""),
        ("elica", "Erica Heather Potted Plant Winter", ""),
        ("sloan", "Custom Slogan Car Sticker Vinyl", ""),
        ("cata", "USB-C Data Cable 2m Braided", ""),
        ("cata", "Data Logger Temperature Humidity", ""),
        ("symmons", "Simmons Beautyrest Mattress Protector Queen", ""),
        ("kraus", "Sauerkraut Fermentation Crock 5L", ""),
        ("wolf", "Golf Ball Retriever Telescopic", ""),
        ("wolf", "Wool Felt Coaster Set of 8", ""),
        ("viking", "Biking Gloves Half Finger Gel", ""),
        ("viking", "Hiking Backpack 40L Waterproof", ""),
        ("bora", "Boba Tea Wide Straws 200pcs", ""),
        ("bora", "Bore Gauge Dial Indicator 50-160mm", ""),
        ("mira", "Mica Powder Epoxy Resin Pigment 24 Colors", ""),
        ("vola", "Viola Shoulder Rest Adjustable", ""),
        ("vola", "Cola Bottle Gummy Candy 1kg", ""),
        ("neff", "Nerf Style Foam Dart Blaster Toy", ""),
        ("belling", "Belting Conveyor Rubber 10m Roll", ""),
        ("belling", "Bellini Cocktail Glass Set of 4", ""),
        ("hansa", "Hamsa Hand Wall Hanging Brass", ""),
        ("hansa", "Hansel and Gretel Gingerbread House Kit", ""),
        ("roca", "Roma Tomato Seeds Heirloom Packet", ""),
        ("brizo", "Brio Wooden Train Track Set 50 Pieces", ""),
        ("triton", "Proud Briton Union Jack Mug", ""),
        ("rangemaster", "Ringmaster Circus Costume Red Tailcoat", ""),
        ("annwa", "安化黑茶 千两茶 湖南", ""),
        ("marssenger", "火星探测器 模型 合金", ""),
        ("submarine", "潜水服 3mm 连体 男女", ""),
        ("bolina", "风平浪静 书法 客厅挂画", ""),
        ("goldenhome", "运动会 银牌 奖牌 纪念", ""),
        ("dornbracht", "现代简约 浴室柜 落地 实木", ""),
        ("roca", "居家 浴室 防滑垫 吸水", ""),
        ("american-standard", "国标 PPR 水管 20mm 热水", ""),
        ("sacon", "健康 不锈钢 菜板 双面", ""),
        ("oppein", "欧式 浴室柜 落地 实木 镜柜", ""),
    ],
)

CLEAN = _neg(
    "clean",
    [
        ("", "Pull-Down Kitchen Faucet Brushed Nickel Single Handle", ""),
        ("", "Thermostatic Shower System Rain Head 10 Inch", ""),
        ("", "Rainfall Shower Head Square 12 Inch Stainless", ""),
        ("", "Handheld Shower Head 5 Spray Settings with Hose", ""),
        ("", "Wall Mounted Bathroom Cabinet with Mirror 60cm", ""),
        ("", "Floating Vanity Unit with Ceramic Basin 80cm", ""),
        ("", "Undermount Stainless Steel Kitchen Sink 30 Inch", ""),
        ("", "Granite Composite Sink Double Bowl Black", ""),
        ("", "Two-Piece Toilet Elongated Dual Flush White", ""),
        ("", "Wall Hung Toilet with Concealed Cistern Frame", ""),
        ("", "Bidet Toilet Seat Attachment Non-Electric", ""),
        ("", "Smart Toilet Seat Heated with Dryer", ""),
        ("", "Freestanding Bathtub Acrylic Oval 1500mm", ""),
        ("", "Glass Shower Enclosure Sliding Door 8mm", ""),
        ("", "Shower Tray Low Profile 900x900 White", ""),
        ("", "Linear Shower Drain 600mm Tile Insert", ""),
        ("", "Square Floor Drain Anti Odor Brass 10cm", ""),
        ("", "Basin Mixer Tap Waterfall Spout Chrome", ""),
        ("", "Bath Filler Wall Mounted Three Hole", ""),
        ("", "Kitchen Mixer Tap Swivel Spout Matte Black", ""),
        ("", "Boiling Water Tap Three in One Chrome", ""),
        ("", "Water Filter Faucet Drinking Tap Stainless", ""),
        ("", "Range Hood Under Cabinet 30 Inch Stainless 600 CFM", ""),
        ("", "Island Cooker Hood Glass Canopy 90cm", ""),
        ("", "Induction Hob 4 Zones Touch Control 60cm", ""),
        ("", "Gas Hob 5 Burners Cast Iron Supports", ""),
        ("", "Domino Induction Cooktop 2 Zone 30cm", ""),
        ("", "Ceramic Hob Built-in Black Glass", ""),
        ("", "Downdraft Extractor Pop Up 90cm", ""),
        ("", "Built-in Electric Oven 60cm Convection", ""),
        ("", "Towel Warmer Heated Rail Chrome Ladder", ""),
        ("", "Bathroom Mirror LED Anti Fog Touch Switch", ""),
        ("", "Medicine Cabinet Recessed Aluminium", ""),
        ("", "Toilet Paper Holder Brushed Gold Wall Mount", ""),
        ("", "Towel Bar Set 4 Piece Stainless Steel", ""),
        ("", "Soap Dispenser Wall Mounted 500ml", ""),
        ("", "Shower Caddy Corner Rust Proof", ""),
        ("", "Bath Mat Diatomite Quick Dry", ""),
        ("", "Pop-Up Basin Waste Click Clack Chrome", ""),
        ("", "Angle Stop Valve 1/2 Inch Brass", ""),
        ("", "Braided Flexible Hose 60cm for Faucet", ""),
        ("", "Toilet Fill Valve Universal Adjustable", ""),
        ("", "Dual Flush Button Chrome Round", ""),
        ("", "Soft Close Toilet Seat D Shape", ""),
        ("", "Toilet Brush and Holder Set Ceramic", ""),
        ("", "Kitchen Sink Strainer Basket Stainless", ""),
        ("", "Garbage Disposal 3/4 HP Continuous Feed", ""),
        ("", "Pot Filler Faucet Wall Mount Folding Arm", ""),
        ("", "Bar Sink Faucet Single Hole Brass", ""),
        ("", "Commercial Pre-Rinse Faucet Spring Spout", ""),
        ("", "Touchless Sensor Faucet Battery Operated", ""),
        ("", "Mop Sink Ceramic Floor Standing", ""),
        ("", "Vessel Sink Round Tempered Glass", ""),
        ("", "Countertop Basin Rectangular Ceramic White", ""),
        ("", "Bathroom Vanity Cabinet Oak 100cm Double", ""),
        ("", "Tall Storage Cabinet Bathroom Slim", ""),
        ("", "Over Toilet Shelf Bamboo 3 Tier", ""),
        ("", "Shower Niche Stainless Recessed 30x60", ""),
        ("", "Shower Arm 40cm Wall Mounted Brass", ""),
        ("", "Slide Rail Shower Kit Adjustable Height", ""),
        ("", "Concealed Shower Valve Pressure Balance", ""),
        ("", "Body Jets Shower Massage Set of 6", ""),
        ("", "Steam Shower Generator 9kW", ""),
        ("", "Cooker Hood Carbon Filter Universal Cut to Size", ""),
        ("", "Stainless Steel Splashback 90x75cm", ""),
        ("", "Kitchen Cabinet Hinges Soft Close 35mm", ""),
        ("", "Pull Out Wire Basket Kitchen Cabinet", ""),
        (
            "",
            "Quartz Countertop Calacatta Slab 20mm",
            "Polished finish, cut to size, export crating.",
        ),
        ("", "Under Sink Water Purifier RO 5 Stage", ""),
        ("", "Instant Water Heater Under Sink 5.5kW", ""),
        ("", "Bathroom Exhaust Fan Quiet 100mm", ""),
        ("", "Wholesale Hotel Bathroom Accessories Set", "MOQ 50 sets, custom finish."),
        ("", "厨房水槽 单槽 304不锈钢 加厚", ""),
        ("", "抽拉式 厨房龙头 冷热 全铜", ""),
        ("", "恒温花洒套装 淋浴 顶喷 增压", ""),
        ("", "手持花洒 增压 五档 出水", ""),
        ("", "浴室柜 组合 挂墙式 陶瓷一体盆", ""),
        ("", "智能镜柜 除雾 LED 收纳", ""),
        ("", "连体马桶 虹吸式 静音 节水", ""),
        ("", "壁挂马桶 隐藏水箱 入墙式", ""),
        ("", "智能马桶盖 即热 冲洗 烘干", ""),
        ("", "妇洗器 冲洗器 免插电", ""),
        ("", "亚克力 浴缸 独立式 1.6米", ""),
        ("", "淋浴房 钢化玻璃 推拉门 一字型", ""),
        ("", "长条地漏 隐形 瓷砖 防臭", ""),
        ("", "地漏 防臭 全铜 洗衣机 两用", ""),
        ("", "面盆龙头 冷热 卫生间 台盆 全铜", ""),
        ("", "角阀 全铜 冷热 八字阀 加厚", ""),
        ("", "编织软管 进水管 40cm", ""),
        ("", "下水器 弹跳式 面盆 洗手盆", ""),
        ("", "马桶进水阀 通用 配件", ""),
        ("", "缓降盖板 马桶盖 加厚 通用", ""),
        ("", "油烟机 侧吸式 大吸力 自清洗", ""),
        ("", "顶吸式 抽油烟机 欧式 家用", ""),
        ("", "燃气灶 双灶 嵌入式 天然气", ""),
        ("", "电磁炉 嵌入式 双头 大功率", ""),
        ("", "集成灶 一体 蒸烤 侧吸", ""),
        ("", "嵌入式 蒸烤箱 家用 50L", ""),
        ("", "洗碗机 嵌入式 8套 热风烘干", ""),
        ("", "厨房挂件 太空铝 置物架", ""),
        ("", "毛巾架 免打孔 浴室 置物", ""),
        ("", "卫生间 置物架 三角 免打孔", ""),
        ("", "电热毛巾架 智能 恒温 烘干", ""),
        ("", "浴室镜 LED 智能 防雾 挂墙", ""),
        ("", "拖把池 陶瓷 阳台 小号", ""),
        ("", "洗手盆 台上盆 陶瓷 椭圆", ""),
        ("", "橱柜 整体 定制 开放式 小户型", ""),
        ("", "石英石 台面 定制 厨房", ""),
        ("", "净水器 家用 直饮 反渗透", ""),
        ("", "小厨宝 即热式 厨房 热水器", ""),
        ("", "排气扇 卫生间 静音 强力", ""),
        ("", "批发 卫浴五金 套装 酒店 工程", "厂家直销 可定制 LOGO"),
        ("", "淋浴 混水阀 明装 冷热 全铜", ""),
        ("", "恒温阀芯 淋浴 通用 配件", ""),
    ],
)
