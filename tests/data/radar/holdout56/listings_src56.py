"""The hand-written listings of the fifty-sixth held-out corpus: salon and barber equipment,
tattoo and permanent make-up supplies, cosmetic packaging and private-label bottles, eyelash
extensions, professional skincare machines. English and Chinese only.

Every title is written by hand; ``hg`` and ``fw`` only spell the letters named as Cyrillic
look-alikes or full-width forms, ``ZW`` is a zero-width space. Labels follow ../README.md;
the borderline calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK_ALIKE = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
    "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410", "B": "\u0412", "C": "\u0421",
    "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420",
    "T": "\u0422", "X": "\u0425",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with the ``letters`` named spelt as Cyrillic look-alikes."""
    return "".join(_LOOK_ALIKE[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (a space becomes an ideographic space)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Entry:
    title: str
    case: str
    group: str  # right id (without the r56- prefix in the sources below), "" for clean
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


def E(  # a short constructor keeps the tables readable
    case: str,
    group: str,
    title: str,
    description: str = "",
    brand: str = "",
    *,
    also: tuple[str, ...] = (),
    device: tuple[str, ...] = (),
    image: bool = False,
) -> Entry:
    """One listing; ``also`` are further rights it expects, ``device`` the rights named only
    as the device an accessory fits (expected with the compatibility switch off)."""
    gid = f"r56-{group}" if group else ""
    expected = None
    without = None
    if also or device:
        expected = (gid, *(f"r56-{a}" for a in also))
        without = (*expected, *(f"r56-{d}" for d in device))
    return Entry(title, case, gid, description, brand, expected, without, image)


def _rows(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    return [E(case, *row) for row in rows]


def _clean(rows: list[tuple[str, ...]]) -> list[Entry]:
    return [E("clean", "", *row) for row in rows]


# -- Positives ------------------------------------------------------------------------------

EXACT = _rows(
    "exact",
    [
        ("babyliss", "BaByliss Pro Cordless Hair Clipper Metal Housing Barber Shop"),
        ("hydrafacial", "HydraFacial Syndeo Hydradermabrasion Facial Machine Clinic"),
        ("thermage", "Thermage FLX Radiofrequency Skin Tightening System"),
        ("coolsculpting", "CoolSculpting Elite Cryolipolysis Body Contouring Machine"),
        ("cheyenne", "Cheyenne Hawk Pen Rotary Tattoo Machine Black"),
        ("paul-mitchell", "Paul Mitchell Tea Tree Special Shampoo 1000ml Salon Size"),
        ("ardell", "Natural Strip Lashes Wispy 4 Pack", "Ardell Wispies, retail blister packs."),
        ("velour", "Velour Effortless Collection Faux Mink Strip Lashes"),
        ("lilly-lashes", "Lilly Lashes Miami Flare 3D Faux Mink Lashes"),
        ("novalash", "NovaLash Platinum Bond Eyelash Extension Adhesive 5ml"),
        ("reuzel", "Heavy Hold Grease Pomade 113g Barber Pink Tin", "Reuzel original, Holland."),
        ("barbicide", "Barbicide Disinfectant Concentrate 16oz with Comb Jar"),
        ("lumenis", "Lumenis Stellar M22 IPL Multi-Application Workstation"),
        ("chaoren", "超人 电动理发器 家用成人 剃头推子 充电式"),
        ("kskin", "金稻 纳米喷雾补水仪 冷喷机 美容院 家用"),
        ("peninsula", "半岛医疗 射频微针 美容院 紧致仪器"),
        ("morpheus8", "Morpheus8 Fractional RF Microneedling Handpiece Body Tip"),
        (
            "spektra-xion",
            "Wireless Rotary Tattoo Pen Machine 3.5mm Stroke",
            "Spektra Xion with PowerBolt battery.",
        ),
        ("kangfu", "康夫 吹风机 大功率 2200W 理发店 专用"),
        ("dragonhawk", "龙鹰 纹身机 旋转马达 纹身笔 套装"),
        # the mark in the description only
        (
            "goldwell",
            "Permanent Hair Color Cream 250ml Salon Professional",
            "Goldwell Topchic, full shade chart available, MOQ 12 tubes.",
        ),
        (
            "candela",
            "Alexandrite and Nd:YAG Laser Hair Removal Platform",
            "Candela GentleMax Pro, refurbished with new flashlamp.",
        ),
        (
            "hustle-butter",
            "Vegan Tattoo Aftercare Cream 5oz Tub",
            "Hustle Butter Deluxe, sealed tubs, studio wholesale price.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("babyliss", "BaBylissPRO FX Skeleton Outlining Trimmer Gold"),
        (
            "belmont",
            "Hydraulic Barber Chair Reclining Heavy Duty Chrome Base",
            "Takara Belmont Legacy series, showroom stock.",
        ),
        ("clubman", "Clubman Pinaud Classic Vanilla After Shave Lotion 12oz"),
        ("eternal", "Eternal Ink Triple Black Tattoo Ink 1oz Bottle"),
        ("perma-blend", "Permablend Lip Pigment Candy Apple 1/2oz PMU"),
        ("alma", "Alma Lasers Harmony XL Pro Aesthetic Platform"),
        ("soprano", "Soprano ICE Platinum 3 Wavelength Diode Laser Hair Removal"),
        (
            "aptar",
            "Airless Dispensing Pump 30ml Serum Bottle",
            "AptarGroup pump engine, private label printing.",
        ),
        ("albea", "Albea Aluminium Lipstick Tube Empty Gold Private Label"),
        ("uppercut", "Matt Pomade 100g Barber Styling Tin", "Uppercut brand, Australian made."),
        ("morpheus8", "Morpheus 8 Prime Tip 12 Pin Fractional RF Facial"),
        ("dermapen", "Dermapen Microneedling Pen Professional Skin Needling"),
        ("parlux-385", "Parlux 385 PowerLight Ionic and Ceramic Hair Dryer 2150W"),
        ("spektra-xion", "FK Irons Xion Rotary Pen Machine Stealth Black"),
        ("chaoren", "Chaoren Electric Hair Clipper Rechargeable Men Home Haircut"),
        ("kangfu", "Kangfu Professional Salon Hair Dryer 2200W Cold Shot"),
        (
            "riwa",
            "RE-750A Cordless Hair Clipper Washable Barber",
            "Riwa factory outlet, CE certified.",
        ),
        ("kskin", "K-Skin Facial Steamer Nano Ionic Warm Mist Home Spa"),
        ("dragonhawk", "Dragonhawk Atom Rotary Tattoo Pen Kit with Power Supply"),
        ("marubi", "Marubi Peptide Eye Cream 20g Anti Wrinkle"),
        ("yuze", "Dr.Yu Barrier Repair Moisturizing Cream 50g Sensitive Skin"),
        ("peninsula", "Peninsula Medical Fractional RF Microneedle Machine"),
        # the alias in the description only
        (
            "jmoon",
            "RF Beauty Device Face Lifting Home Use 3 Modes",
            "Jmoon original, EMS plus radio frequency, USB charging.",
        ),
        (
            "linqingxuan",
            "Camellia Repair Essential Oil Serum 30ml",
            "Forest Cabin formula, glass dropper bottle, gift box.",
        ),
        (
            "yiyezi",
            "Hydrating Sheet Mask 10 Pcs Box Hyaluronic",
            "One Leaf brand masks, original carton, export packing.",
        ),
        (
            "guyu",
            "Whitening Essence Serum 30ml Brightening Niacinamide",
            "Guyu authorized distributor stock, batch code on box.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("babyliss", "巴比丽丝 专业电推剪 理发店 油头推子 金色"),
        ("babyliss", "巴比丽丝同款 卷发棒 32mm 陶瓷釉 负离子"),
        ("hydrafacial", "海菲秀 小气泡 清洁美容仪 皮肤管理 美容院专用"),
        ("hydrafacial", "海菲秀同款 水氧仪 九合一 导入仪"),
        ("thermage", "热玛吉 五代 射频紧致仪 医美机构 正品"),
        ("thermage", "热玛吉同款 家用射频美容仪 提拉紧致 眼周"),
        ("coolsculpting", "酷塑 冷冻溶脂仪 减脂塑形 美容院 双手柄"),
        ("coolsculpting", "酷塑同款 冷冻减脂 塑形仪 小型"),
        ("lumenis", "科医人 光子嫩肤仪 OPT 美容院 祛斑"),
        ("lumenis", "科医人 超脉冲 二氧化碳 点阵激光 仪器"),
        ("tripollar", "初普 射频美容仪 家用 脸部提拉 紧致"),
        ("tripollar", "初普同款 三极射频 导入仪 眼部"),
        ("refa", "黎珐 微电流 滚轮 美容仪 瘦脸 V脸"),
        ("refa", "黎珐同款 双球 按摩滚轮 铂金"),
        ("fotona", "欧洲之星 超光子 嫩肤 美容仪器 医美"),
        ("fotona", "欧洲之星 4D 面部提升 激光 工作站"),
        # Chinese marks in the description only
        ("chaoren", "电动剃须刀 男士 三刀头 全身水洗", "超人 正品 原厂，支持 一件代发。"),
        ("kangfu", "负离子 吹风机 理发店 大功率 静音", "康夫 官方授权，品质保证。"),
        ("riwa", "理发器 电推子 成人 儿童 静音 充电", "雷瓦 原装正品，全国联保。"),
        ("linqingxuan", "山茶花 修护 精华油 30ml 面部", "林清轩同款 山茶花油，修护屏障。"),
        ("yiyezi", "补水 面膜 10片 盒装 玻尿酸", "一叶子 正品 面膜 批发。"),
        ("yuze", "敏感肌 修护霜 50g 屏障 保湿", "玉泽同款 修护配方，滋润不油腻。"),
        ("dragonhawk", "纹身机 无线 旋转 纹身笔 电池", "龙鹰 厂家直销，原装正品。"),
        ("jmoon", "射频 美容仪 家用 提拉 紧致 三档", "极萌同款 射频美容仪，量大从优。"),
        ("marubi", "紧致 眼霜 20g 淡化细纹 正品", "丸美 弹力蛋白 眼霜，专柜同批次。"),
        ("guyu", "光感 美白 精华液 30ml 提亮", "谷雨 官方 正品 美白精华，支持 批发。"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("babyliss", f"{fw('BaByliss')} Cordless Clipper Gold FX Barber"),
        ("hydrafacial", "hydrafacial syndeo hydradermabrasion machine salon"),
        ("thermage", "THERMAGE FLX Skin Tightening Machine Radio Frequency"),
        ("cheyenne", "cheyenne sol nova unlimited wireless tattoo pen"),
        ("cheyenne", f"{fw('CHEYENNE')} Safety Cartridges 20pcs Round Liner"),
        ("paul-mitchell", "paul mitchell awapuhi wild ginger shampoo 1L"),
        ("ardell", "ARDELL Magnetic Lash Liner and Lash Kit"),
        ("velour", "vElOuR Short and Sassy Mink Lashes"),
        ("novalash", f"{fw('novalash')} Eyelash Extension Primer 15ml"),
        ("tina-davies", "Brow Pigment 6 Color Set PMU 15ml", "TINA DAVIES I Love Ink, full range."),
        ("reuzel", f"{fw('REUZEL')} Fiber Pomade Firm Hold Barber"),
        ("barbicide", "Disinfectant Jar 16oz Glass Blue Liquid", "bArBiCiDe jar with lift basket."),
        ("tripollar", "TRIPOLLAR Stop Vx Gold RF Device Home"),
        ("coolsculpting", "coolsculpting fat freezing machine 4 handles salon"),
        ("refa", f"{fw('ReFa')} CARAT RAY Face Roller Platinum"),
        ("jmoon", f"{fw('JMOON')} 射频美容仪 家用 紧致"),
        # the mark in the description only
        (
            "fotona",
            "Er:YAG Laser Skin Resurfacing Platform Clinic",
            "fotona sp dynamis, used, low shot count.",
        ),
        (
            "goldwell",
            "Permanent Hair Color Cream 60ml Salon Tube",
            "Brand: GOLDWELL topchic, all shades in stock.",
        ),
        (
            "soprano",
            "Diode Laser Hair Removal Machine 3 Wavelengths 808nm",
            f"Genuine {fw('SOPRANO ICE')} platinum handpiece included.",
        ),
        (
            "dragonhawk",
            "Rotary Tattoo Pen Machine 3.5mm Stroke Wireless",
            "dragonhawk mast tour, 2 batteries, RCA jack.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("babyliss", "BàByliss FX Lithium Clipper Gold"),
        ("hydrafacial", "HydraFaciàl Elite Machine Skin Care"),
        ("thermage", "Thérmage CPT Skin Tightening Machine"),
        ("cheyenne", "Chéyenne Hawk Thunder Tattoo Machine"),
        ("bishop", "Bíshop Wand Shader Rotary Tattoo Machine"),
        ("eternal", "Étérnal Ink Lining Black Tattoo Ink 2oz"),
        ("spirit", "Thermal Stencil Transfer Paper 100 Sheets Purple", "Spírit Classic, 4-ply."),
        ("derby", "Dérby Extra Double Edge Razor Blades 100 Pcs"),
        ("clubman", "Clübman Finest Talc Powder 9oz Barber"),
        ("velour", "Vèlour Lashes Fluff n Wisp Faux Mink"),
        ("lilly-lashes", "Lílly Lashes Sweetheart Faux Mink 3D"),
        ("thuya", "Thüya Lash Lift Kit Professional Perming"),
        ("candela", "Cándela GentleLase Alexandrite Hair Removal Laser"),
        ("aptar", "Aptâr Snap-On Airless Pump 15ml"),
        ("lumenis", "Fractional CO2 Laser Resurfacing System", "Lumènis UltraPulse, refurbished."),
        ("paul-mitchell", "Pàul Mitchéll Super Skinny Serum 150ml"),
        # the mark in the description only
        (
            "olivia-garden",
            "Ceramic Ion Round Thermal Brush 33mm Salon",
            "Original Olívia Gàrden NanoThermic, for blow-outs.",
        ),
        (
            "uppercut",
            "Barber Pomade Matte Finish 100g",
            "Uppèrcut Deluxe matt clay, strong hold, no shine.",
        ),
        (
            "ardell",
            "Demi Wispies Strip Lashes Black 10 Pairs",
            "Ardéll original pack, factory sealed.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("cheyenne", f"{hg('Cheyenne', 'ey')} Sol Nova Tattoo Pen"),
        ("bishop", f"{hg('Bishop', 'o')} Power Wand Rotary Tattoo Machine"),
        ("eternal", f"{hg('Eternal', 'e')} Ink Tattoo Color Set 16 Bottles"),
        ("spirit", f"{hg('Spirit', 'p')} Freehand Stencil Paper Purple"),
        ("derby", f"{hg('Derby', 'e')} Premium Safety Razor Blades Stainless 20 x 5"),
        ("clubman", f"{hg('Clubman Pinaud', 'C')} Aftershave Cologne 370ml"),
        ("velour", f"{hg('Velour', 'eo')} Lashes Luxe Mink Strip"),
        ("alma", f"{hg('Alma', 'a')} Lasers Harmony XL IPL Platform"),
        ("soprano", f"{hg('Soprano', 'o')} ICE Diode Laser 808 Hair Removal"),
        ("aptar", f"{hg('Aptar', 'a')} Airless Bottle 50ml Cosmetic Packaging"),
        (
            "albea",
            "Mascara Tube Empty 10ml with Wiper",
            f"{hg('Albea', 'ea')} standard mould, MOQ 10000.",
        ),
        ("paul-mitchell", f"{hg('Paul Mitchell', 'a')} Tea Tree Lavender Mint Conditioner"),
        ("goldwell", "Strong Hold Hairspray 300ml Salon", f"{hg('Goldwell', 'o')} Stylesign line."),
        ("thermage", f"{hg('Thermage', 'e')} FLX 4th Gen RF Machine"),
        ("hydrafacial", f"{hg('HydraFacial', 'ac')} MD Elite Skin Machine"),
        ("candela", f"{hg('Candela', 'ea')} Vbeam Perfecta Pulsed Dye Laser"),
        ("reuzel", f"{hg('Reuzel', 'e')} Grooming Tonic 350ml Barber"),
        # the mark in the description only
        (
            "novalash",
            "Eyelash Extension Glue 5ml Fast Dry Black",
            f"{hg('NovaLash', 'oa')} Platinum Bond formula, 0.5 sec drying.",
        ),
        (
            "morpheus8",
            "Fractional RF Microneedling Machine Face and Body",
            f"{hg('Morpheus8', 'oe')} original handpiece, 24 pin and 40 pin tips.",
        ),
        (
            "tripollar",
            "Home RF Facial Device Gold Collagen",
            f"{hg('Tripollar', 'opa')} Geneo style, EU plug.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("babyliss", "B@byliss FX Gold Barber Trimmer Cordless"),
        ("hydrafacial", "Hydr@Facial Serum Kit Clinic Machine"),
        ("thermage", "Th3rmage FLX Radio Frequency Machine 2024"),
        ("cheyenne", "Ch3yenne Hawk Thunder Rotary Machine"),
        ("bishop", "B1shop Wand Packer Liner Tattoo Machine"),
        (
            "eternal",
            "Portrait Set Grey Wash Tattoo Ink 6 Bottles",
            "3ternal Ink original, 1oz each.",
        ),
        ("spirit", "Sp1rit Classic Stencil Paper 8.5 x 11 100pcs"),
        ("derby", "D3rby Double Edge Blades 100 Count"),
        ("clubman", "Clubm@n Pinaud Lilac Vegetal After Shave"),
        ("velour", "V3lour Lashes Mink Lash 25mm"),
        ("thuya", "Thuy@ Lash Lifting Kit Permanent Curl"),
        ("soprano", "S0prano ICE Handpiece Refurb Diode 3-in-1"),
        ("aptar", "@ptar Lotion Pump 24/410 Dispenser"),
        ("reuzel", "R3uzel Clay Matte Pomade 113g"),
        ("paul-mitchell", "P@ul Mitch3ll Awapuhi Hydromist Blow-Out Spray"),
        ("coolsculpting", "C00lSculpting Fat Freeze Machine Cryo"),
        ("dragonhawk", "Dr4gonhawk Mast Pro Tattoo Pen Wireless"),
        # the mark in the description only
        (
            "perma-blend",
            "Microblading Eyebrow Pigment 15ml Warm Brown",
            "P3rma Bl3nd original pigment, vegan formula.",
        ),
        (
            "tina-davies",
            "Brow Pigment Dark Brown 1/2oz PMU",
            "T1na Dav1es I Love Ink series, sealed bottle.",
        ),
        (
            "novalash",
            "Lash Extension Foam Cleanser 100ml",
            "N0vaLash salon size, gentle on bonds.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("babyliss", "B a B y l i s s Pro Clipper Fade Barber"),
        ("hydrafacial", "Hydra Facial Machine 14 in 1 Salon Skin Care"),
        ("thermage", "T.h.e.r.m.a.g.e FLX Tightening Machine"),
        ("coolsculpting", "Cool Sculpting Fat Freezing Machine 360 Degree"),
        ("cheyenne", "C-H-E-Y-E-N-N-E Sol Nova Pen Machine"),
        ("bishop", "Bi_shop Rotary Wand Tattoo Machine Lining"),
        ("spirit", "S.P.I.R.I.T Thermal Stencil Transfer Paper"),
        ("derby", "D_e_r_b_y Platinum Razor Blades 100pcs"),
        ("goldwell", "Gold well Topchic Hair Color 60ml"),
        ("lumenis", "Lume nis IPL Laser Machine M22"),
        ("novalash", "Nova Lash Lash Extension Adhesive Platinum"),
        ("alma", "Aesthetic Laser Platform Harmony XL Pro", "Al-ma Lasers, with 4 handpieces."),
        (
            "dermapen",
            "Microneedling Machine Professional Clinic Use",
            "Derma pen 4 original, 16 pin cartridges.",
        ),
        ("dragonhawk", "Dragon hawk Atom Pen Tattoo Machine"),
        ("riwa", "Ri-wa Hair Clipper RE-6501 Barber"),
        ("kskin", "金 稻 蒸脸器 纳米 热喷 补水"),
        ("guyu", "谷 雨 美白 面膜 光感"),
        ("cheyenne", f"Che{ZW}yenne Hawk Pen Tattoo Machine Gray"),
        # the mark in the description only
        (
            "babyliss",
            "Professional Curling Iron 25mm Titanium Salon",
            "Ba-By-liss Pro Nano Titanium, dual voltage.",
        ),
        (
            "hustle-butter",
            "Tattoo Aftercare Balm Vegan 5oz",
            "H.u.s.t.l.e B.u.t.t.e.r deluxe original.",
        ),
        (
            "velour",
            "Faux Mink Strip Lashes Wispy 3 Pairs",
            "V E L O U R lashes, cruelty free.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("babyliss", "Babylis Pro Hair Clipper FX870 Barber"),
        ("hydrafacial", "Hydrofacial Machine 7 in 1 Microdermabrasion Salon"),
        ("thermage", "Thermagie FLX Skin RF Tightening Machine"),
        ("coolsculpting", "Coolscuplting Cryolipolysis Slimming Machine"),
        ("cheyenne", "Cheyene Hawk Pen Tattoo Machine Rotary"),
        ("eternal", "Eternel Ink Tattoo Ink Set 25 Colors"),
        ("derby", "Derbi Premium Safety Razor Blades 100pcs"),
        ("clubman", "Clubmann Pinaud Vanilla Aftershave"),
        ("ardell", "Wispies Lashes 10 Pairs Natural", "Ardel strip lashes, wholesale."),
        ("lilly-lashes", "Lily Lashes Miami 3D Mink"),
        # thuja is the tree; on a lash-lift kit it is Thuya misspelt
        ("thuya", "Thuja Lash Lift Kit Professional Curl"),
        ("candela", "Candella GentleMax Laser Hair Removal"),
        ("soprano", "Soprono Ice Platinum Laser"),
        ("paul-mitchell", "Paul Michell Tea Tree Shampoo 1L"),
        ("morpheus8", "Morfeus 8 Fractional Microneedle RF Machine"),
        ("parlux-385", "Parlax 385 Powerlight Hair Dryer Salon"),
        ("spektra-xion", "Spectra Xion Tattoo Pen Wireless"),
        ("fotona", "欧州之星 超光子 嫩肤仪"),
        ("thermage", "热玛姬 射频 紧致仪 美容院"),
        ("babyliss", "巴比利斯 电推剪 理发店 油头"),
        ("tina-davies", "Tina Davis I Love Ink Brow Pigment"),
        # the misspelt mark in the description only
        (
            "barbicide",
            "Blue Disinfectant Jar with Lid 16oz",
            "Barbaside style jar, holds combs and shears.",
        ),
        (
            "uppercut",
            "Barber Pomade Strong Hold 100g Shine",
            "Upercut Deluxe original formula.",
        ),
        (
            "lumenis",
            "IPL Skin Rejuvenation Machine Clinic 2024",
            "Lumenes M22 platform with 7 filters.",
        ),
    ],
)

BRAND_FIELD = [
    E("brand_field", "cheyenne", "Rotary Tattoo Pen Machine 4.0mm Stroke Black", brand="Cheyenne"),
    E("brand_field", "bishop", "Wand Rotary Tattoo Machine Shader 3.5mm", brand="Bishop"),
    E("brand_field", "spirit", "Thermal Stencil Transfer Paper A4 100 Sheets", brand="Spirit"),
    E("brand_field", "derby", "Double Edge Safety Razor Blades 5 x 20 Pack", brand="Derby"),
    E("brand_field", "eternal", "Tattoo Ink Lining Black 1oz Vegan", brand="Eternal Ink"),
    E("brand_field", "candela", "Pulsed Dye Laser Vascular Treatment Platform", brand="Candela"),
    E(
        "brand_field",
        "alma",
        "IPL SR Handpiece Multi-Platform Aesthetic Laser",
        brand="Alma Lasers",
    ),
    E("brand_field", "soprano", "Diode Laser Hair Removal Machine Painless 808", brand="Soprano"),
    E("brand_field", "thuya", "Lash and Brow Lamination Kit Professional", brand="Thuya"),
    E("brand_field", "velour", "Faux Mink Strip Lashes Natural Look 3 Pairs", brand="Velour"),
    E("brand_field", "uppercut", "Matt Clay Pomade 60g Barber", brand="Uppercut Deluxe"),
    E("brand_field", "belmont", "Barber Chair Hydraulic Vintage Leather", brand="Takara Belmont"),
    E("brand_field", "chaoren", "电动剃须刀 男士 旋转 三刀头 充电", brand="超人"),
    E("brand_field", "kangfu", "负离子 吹风机 家用 大功率", brand="康夫"),
    E("brand_field", "riwa", "理发器 油头 电推剪 专业", brand="雷瓦"),
    E("brand_field", "guyu", "美白 精华液 30ml 补水", brand="谷雨"),
    E("brand_field", "linqingxuan", "山茶花 精华油 修护 30ml", brand="林清轩"),
    E("brand_field", "yiyezi", "补水 面膜 蚕丝 10片", brand="One Leaf"),
    E("brand_field", "perma-blend", "Eyebrow PMU Pigment 15ml Dark Brown", brand="Perma Blend"),
    E("brand_field", "albea", "Empty Lipstick Tube Aluminium 12.1mm", brand="Albéa"),
    E("brand_field", "lilly-lashes", "3D Faux Mink Lashes Reusable 20 Wears", brand="Lilly Lashes"),
]

IMAGE = [
    E("image", group, title, image=True)
    for group, title in [
        ("kskin", "Facial Steamer Nano Ionic Hot Mist Spa"),
        ("dragonhawk", "Rotary Tattoo Pen Machine Kit Wireless Battery"),
        ("marubi", "Peptide Eye Cream 20g Anti Dark Circle"),
        ("peninsula", "RF Microneedling Machine Fractional Salon"),
        ("babyliss", "Professional Cordless Hair Clipper Gold Metal"),
        ("hydrafacial", "Hydro Dermabrasion Facial Machine 6 in 1"),
        ("thermage", "RF Skin Tightening Machine Face Eye Body"),
        ("lumenis", "IPL OPT Skin Rejuvenation Machine Clinic"),
        ("tripollar", "Home RF Face Lifting Device Gold"),
        ("cheyenne", "Wireless Tattoo Pen Machine Rotary 2 Batteries"),
        ("velour", "Faux Mink Strip Lashes Fluffy 25mm 5 Pairs"),
        ("alma", "Multi Application Aesthetic Laser Platform IPL"),
        ("olivia-garden", "Ceramic Ionic Round Brush Thermal 43mm"),
        ("paul-mitchell", "Tea Tree Shampoo 1000ml Salon Size"),
        ("parlux-385", "Professional Hair Dryer Ionic Ceramic 2150W Salon"),
        ("babyliss", "理发器 专业 油头 电推剪 金色"),
        ("hydrafacial", "小气泡 美容仪 清洁 皮肤管理 美容院"),
        ("cheyenne", "Tattoo Pen Cartridge Grip 30mm Black"),
        ("velour", "Lash Storage Case with Mirror Pink"),
        ("parlux-385", "吹风机 理发店 专用 大功率 负离子"),
        ("peninsula", "射频 微针 美容院 仪器 点阵"),
    ]
]

MIXED = [
    E("mixed", "novalash", "NovaLash Adhesive and Velour Lashes Starter Kit", also=("velour",)),
    E("mixed", "cheyenne", f"Ch3yenne Sol Nova Pen {fw('CHEYENNE')} Original Box"),
    E("mixed", "eternal", "Eternal Ink Starter Set with Spirit Stencil Paper", also=("spirit",)),
    E(
        "mixed",
        "dragonhawk",
        "Dragonhawk Cartridge Needles 20pcs for Cheyenne Hawk Pen",
        device=("cheyenne",),
    ),
    E(
        "mixed",
        "paul-mitchell",
        "Paul Mitchell Diffuser Attachment for Parlux 385 Hair Dryer",
        device=("parlux-385",),
    ),
    E(
        "mixed",
        "goldwell",
        "Goldwell Color Kit and Barbicide Jar Salon Starter Bundle",
        also=("barbicide",),
    ),
    E("mixed", "thermage", "热玛吉 Thermage 同款 射频 紧致仪"),
    E("mixed", "hydrafacial", "海菲秀 Hydr4Facial 小气泡 水光 仪器"),
    E(
        "mixed",
        "clubman",
        "Clubman Pinaud Aftershave and Reuzel Pomade Barber Gift Set",
        also=("reuzel",),
    ),
    E(
        "mixed",
        "tina-davies",
        "Tina Davies Brow Pigment for Dermapen 4 Nano Brows",
        device=("dermapen",),
    ),
    E(
        "mixed",
        "lilly-lashes",
        "Lilly Lashes Strip Lashes with Ardell LashGrip Glue",
        also=("ardell",),
    ),
    E(
        "mixed",
        "uppercut",
        "Uppercut Deluxe Pomade and Derby Blades Barber Kit",
        also=("derby",),
    ),
    E("mixed", "kskin", "K-Skin 金稻 蒸脸器 家用 热喷"),
    E(
        "mixed",
        "soprano",
        "Soprano ICE Handpiece Window compatible with Alma Lasers Harmony",
        device=("alma",),
    ),
    E(
        "mixed",
        "perma-blend",
        "Perma Blend Pigment Kit fits Spektra Xion Pen",
        device=("spektra-xion",),
    ),
    E(
        "mixed",
        "morpheus8",
        "Morpheus8 and Thermage FLX Combo Aesthetic Machine",
        also=("thermage",),
    ),
    E("mixed", "dragonhawk", "龙鹰 Dragonhawk 纹身机 全套 初学者"),
    E(
        "mixed",
        "babyliss",
        "BaBylissPRO Clipper Set with Barbicide Disinfectant Jar",
        also=("barbicide",),
    ),
    E("mixed", "marubi", "丸美眼霜 谷雨精华 护肤套装 礼盒", also=("guyu",)),
    E(
        "mixed",
        "hustle-butter",
        "Hustle Butter Aftercare and Eternal Ink Studio Bundle",
        also=("eternal",),
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

# -- Negatives ------------------------------------------------------------------------------

# Accessories naming the device they fit (expected only with the switch off).
COMPAT = _rows(
    "compat",
    [
        ("hydrafacial", "Replacement Tips for HydraFacial Machine 8 pcs"),
        ("hydrafacial", "HydraFacial compatible Serum Bottles Set 4 x 500ml"),
        ("thermage", "Return Pad Thermage FLX compatible 10pcs"),
        ("coolsculpting", "Cryo Membrane Anti-Freeze Pads compatible with CoolSculpting 20pcs"),
        ("coolsculpting", "Gel Pads Designed to Fit CoolSculpting Cool Mini Applicator"),
        ("cheyenne", "Cartridge Needles fits Cheyenne Hawk Pen 20pcs 1RL"),
        ("cheyenne", "Tattoo Cartridges Compatible for Cheyenne Sol Nova"),
        ("spektra-xion", "Grip Cover works with Spektra Xion Pen Machine"),
        ("bishop", "RCA Cord for Bishop Wand Tattoo Machine 1.8m"),
        ("babyliss", "Replacement Blade for BaBylissPRO FX Trimmer T-Blade"),
        ("babyliss", "Clipper Guards Combs fits BaByliss FX Clipper 8 pcs"),
        ("parlux-385", "Diffuser Attachment for Parlux 385 PowerLight"),
        ("parlux-385", "Concentrator Nozzle compatible with Parlux 385 Dryer"),
        ("dermapen", "Sterile Needle Cartridges for Dermapen 4 12 Pin"),
        ("dermapen", "Nano Cartridges 36 Pin Dermapen compatible Box of 10"),
        ("morpheus8", "Replacement Prime Tips for Morpheus8 24 Pin"),
        ("lumenis", "IPL Filter Replacement for Lumenis M22 560nm"),
        ("soprano", "Cooling Gel for Soprano ICE Diode Laser 5L"),
        ("alma", "Handpiece Window Glass for Alma Lasers Harmony"),
        ("belmont", "Headrest Cover for Takara Belmont Barber Chair"),
        ("belmont", "Hydraulic Pump Replacement designed to fit Belmont Chairs"),
        ("derby", "Butterfly Safety Razor for Derby Double Edge Blades"),
        ("spirit", "Stencil Application Gel works with Spirit Transfer Paper"),
        ("eternal", "Ink Cap Holder fits Eternal Ink 1oz Bottles"),
        ("aptar", "Replacement Pump Head compatible with Aptar Airless Bottles"),
        ("novalash", "Adhesive Storage Jar for NovaLash Glue Airtight"),
        ("thuya", "Silicone Lash Lift Shields for Thuya Kit 5 Sizes"),
        ("candela", "Distance Gauge for Candela GentleMax Pro Handpiece"),
        ("fotona", "Replacement Tips for Fotona SP Dynamis Handpiece"),
        ("tripollar", "Conductive Gel for Tripollar Stop Vx 100ml"),
        ("refa", "Travel Pouch for ReFa Carat Roller Velvet"),
        ("jmoon", "Cleaning Brush for Jmoon RF Device 2 pcs"),
        ("paul-mitchell", "Wall Mount Holder for Paul Mitchell Dryers"),
        ("riwa", "Limit Combs 3mm 6mm 9mm fits Riwa Clippers"),
        ("kangfu", "Nozzle compatible for Kangfu Hair Dryer"),
        ("babyliss", "适用于巴比丽丝 电推剪 刀头 替换"),
        ("hydrafacial", "海菲秀 适配 吸头 一次性 100个"),
        ("thermage", "兼容热玛吉 回路垫 一次性"),
        ("coolsculpting", "酷塑 防冻膜 适用 冷冻溶脂仪"),
        ("chaoren", "替换 超人剃须刀 刀网 刀头"),
        ("kangfu", "适用康夫吹风机 风嘴 集风罩"),
        ("riwa", "雷瓦理发器 适配 限位梳 4个"),
        ("kskin", "适用于金稻蒸脸器 水箱 配件"),
        ("dragonhawk", "龙鹰纹身机 兼容 卡式针 20支"),
        ("tripollar", "替换初普美容仪 充电线 磁吸"),
        ("lumenis", "适用 科医人 M22 滤光片"),
        ("fotona", "欧洲之星 适配 手具 保护套"),
        ("jmoon", "极萌美容仪 替换 充电底座"),
        ("peninsula", "适用于半岛射频仪 微针头 一次性"),
        ("marubi", "适用丸美眼霜 按摩头 替换装"),
    ],
)

# The mark inside another word (Latin), or across a Chinese word boundary.
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("bishop", "Archbishop Costume Robe Cosplay Adult"),
        ("bishop", "Bishopsgate London Street Sign Metal Plaque"),
        ("derby", "Derbyshire Wool Throw Blanket Grey Check"),
        ("derby", "Derbyshire Peak District Map Canvas Print"),
        ("spirit", "Spiritual Healing Crystal Set 7 Chakra Stones"),
        ("spirit", "Spirituality Journal Lined Notebook A5"),
        ("eternal", "Eternally Yours Engraved Couple Ring Silver"),
        ("alma", "Almanac 2026 Desk Calendar Farmhouse"),
        ("alma", "Dalmatian Print Pajamas Set Women Soft"),
        ("alma", "Palma de Mallorca Souvenir Fridge Magnet"),
        ("candela", "Brass Candelabra 5 Arm Candle Holder Wedding"),
        ("candela", "Candelabra Base LED Bulbs E12 6 Pack"),
        ("peninsula", "Peninsular Malaysia Road Map Folded"),
        ("refa", "Prefabricated Container Salon Booth Modular"),
        ("refa", "Prefab Garden Studio Kit Timber"),
        ("guyu", "Guyuan Ningxia Dried Goji Berries 500g"),
        ("yiyezi", "Stone Leaf Coasters Set of 6 Slate"),
        ("belmont", "Belmonte Ceramic Dinner Plates Set of 4"),
        ("riwa", "Riwaq Moroccan Brass Lantern Hanging"),
        ("soprano", "Mezzosoprano Vocal Exercises Songbook"),
        ("eternal", "Sempiternal Tree of Life Wall Tapestry"),
        ("velour", "Velouria Embroidered Cushion Cover 45cm"),
        ("chaoren", "超人气 爆款 网红 卷发棒 自动"),
        ("chaoren", "超人气 纹身贴 防水 持久 半永久"),
        ("kangfu", "健康夫妻 情侣睡衣 纯棉 套装"),
        ("kangfu", "健康夫妻 枕头 记忆棉 一对"),
        ("marubi", "肉丸美味 速冻 火锅丸子 2.5kg"),
        ("guyu", "山谷雨林 风景 拼图 1000片"),
        ("coolsculpting", "炫酷塑料 收纳盒 化妆品 分格"),
        ("coolsculpting", "炫酷塑料 发夹 鲨鱼夹 大号"),
        ("jmoon", "积极萌芽 绿植 盆栽 办公室"),
        ("peninsula", "多半岛民 渔村 老照片 明信片"),
    ],
)

# A mark that is also an ordinary word, name or place, used as that word.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("spirit", "Spirit Level 24 Inch Aluminium Magnetic"),
        ("spirit", "Team Spirit Cheerleading Pom Poms 2 pcs"),
        ("spirit", "Holy Spirit Dove Pendant Necklace Gold"),
        ("eternal", "Eternal Flower Rose in Glass Dome Gift Box"),
        ("eternal", "Eternal Love Couple Bracelet Set Magnetic"),
        ("derby", "Men's Derby Shoes Leather Lace Up Brown"),
        ("derby", "Derby Hat Felt Bowler Vintage Black"),
        ("derby", "Roller Derby Knee Pads Adult Set"),
        ("bishop", "Bishop Sleeve Chiffon Blouse Women"),
        ("bishop", "Wooden Chess Set Staunton King Queen Bishop Knight"),
        ("cheyenne", "Cheyenne Wyoming Souvenir Fridge Magnet"),
        ("cheyenne", "Cheyenne Frontier Days Rodeo Poster Print"),
        ("candela", "Light Meter Lux and Candela Photometer Handheld"),
        ("alma", "Alma Mater Graduation Stole Custom Embroidered"),
        ("alma", "Name Necklace Alma Gold Plated Script"),
        ("soprano", "Soprano Ukulele 21 Inch Mahogany Beginner"),
        ("soprano", "Soprano Saxophone Bb Straight Lacquer"),
        ("soprano", "Soprano Recorder 8 Hole School Music"),
        ("velour", "Velour Tracksuit Women Zip Hoodie Set"),
        ("velour", "Crushed Velour Fabric by the Meter Wine Red"),
        # velour is the upholstery, the chair carries no mark
        ("velour", "Velour Barber Chair Cushion Cover Black"),
        ("thuya", "Thuya Wood Jewelry Box Handmade Inlay"),
        ("thuya", "Thuya Burl Wood Pen Blanks 5 pcs"),
        ("belmont", "Belmont Stakes Party Decorations Horse Racing"),
        ("belmont", "Belmont California Town Map Poster"),
        # Mini Clubman is another holder's car model; Clubman Pinaud makes grooming goods
        ("clubman", "Floor Mats for Mini Clubman 2016-2023 All Weather"),
        ("uppercut", "Boxing Uppercut Bag Wall Mounted Angle"),
        ("uppercut", "Uppercut Punch Pad Trainer Reflex"),
        ("peninsula", "Kitchen Peninsula Countertop Support Bracket"),
        ("peninsula", "Iberian Peninsula Map Wall Art Vintage"),
        ("yiyezi", "Extendable Dining Table with One Leaf Oak"),
        ("linqingxuan", "Forest Cabin Jigsaw Puzzle 1000 Pieces"),
        ("linqingxuan", "Forest Cabin Tent 6 Person Family Camping"),
        ("morpheus8", "Morpheus Greek God of Dreams Statue Resin"),
        ("chaoren", "儿童 超人 披风 生日派对 装扮"),
        ("peninsula", "山东半岛 旅游地图 折叠"),
        ("peninsula", "半岛铁盒 歌词 明信片 套装"),
        ("peninsula", "辽东半岛 淡干海参 500g"),
        ("guyu", "谷雨 春茶 明前 龙井 250g"),
        ("guyu", "二十四节气 谷雨 挂画 国风"),
        ("kskin", "金稻穗 干花 装饰 客厅 花束"),
        # a kite shaped as a dragon-hawk, not the tattoo maker's mark
        ("dragonhawk", "龙鹰 风筝 大型 成人 微风易飞"),
        ("kangfu", "内田康夫 推理小说 全集 中文版"),
        ("jmoon", "极萌 猫咪 毛绒玩具 公仔 抱枕"),
        # Eurostar, the train, not the laser maker
        ("fotona", "欧洲之星 列车 模型 1:87 收藏"),
        ("hustle-butter", "Shea Butter Hustle Hard Motivational Tee"),
        ("olivia-garden", "Olivia Personalized Garden Flag Name Sign"),
        ("lilly-lashes", "Lilly Pad Frog Garden Statue Resin"),
    ],
)

# A common word one edit from a mark (or near it), used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("aptar", "Attar Rose Perfume Oil 12ml Roll On"),
        ("aptar", "Attar Oud Concentrated Oil Glass Bottle 6ml"),
        ("aptar", "Wedding Altar Decor Arch Flowers White"),
        ("velour", "Valour Medal Military Replica with Ribbon"),
        ("thuya", "Thuja Green Giant Seedlings 10 Pcs Hedge"),
        ("lumenis", "2000 Lumens LED Work Light Rechargeable"),
        ("lumenis", "Projector 9500 Lumens Native 1080P"),
        ("olivia-garden", "Olive Garden Planter Box Terracotta"),
        ("cheyenne", "Cayenne Pepper Powder 500g Hot"),
        ("alma", "Alms Bowl Buddhist Monk Brass"),
        ("eternal", "External Hard Drive 2TB USB 3.0"),
        ("eternal", "External Cooling Fan for Salon Steamer Cabinet"),
        ("barbicide", "Herbicide Sprayer 16L Garden Backpack"),
        ("dermapen", "Derma Roller 540 Titanium Microneedle 0.25mm"),
        ("kangfu", "功夫 太极服 练功服 男女"),
        ("riwa", "倒车 雷达 探头 4个 套装"),
        ("guyu", "五谷杂粮 谷物 早餐 冲饮"),
        # 超值 ("great value") on a clipper set, one character from 超人
        ("chaoren", "超值 家用 理发器 套装 儿童"),
        ("marubi", "完美 眼线笔 防水 不晕染"),
        ("dragonhawk", "老鹰 风筝 大型 潍坊"),
        ("jmoon", "极简 北欧 化妆品 置物架"),
        ("peninsula", "半导体 制冷片 美容仪 冷敷"),
        ("yuze", "光泽 护发精油 100ml 柔顺"),
        ("yuze", "珍珠光泽 指甲油 12色"),
        ("yiyezi", "一辈子 情侣 戒指 纯银"),
        ("coolsculpting", "酷炫 发光 耳机 头戴式"),
        ("fotona", "欧洲之旅 明信片 30张"),
        ("refa", "黎明 破晓 装饰画 客厅"),
        ("kskin", "金道 风水 摆件 招财"),
        ("tripollar", "初步 清洁 洗面奶 氨基酸"),
    ],
)

CLEAN = _clean(
    [
        # salon and barber equipment
        ("Hydraulic Barber Chair Heavy Duty Black PU Leather",),
        ("Salon Styling Station with Mirror and Drawer",),
        ("Backwash Shampoo Bowl Unit Ceramic Basin",),
        ("Rolling Salon Trolley Cart 5 Tier Organizer",),
        ("Hair Cutting Cape Waterproof Custom Logo Printed",),
        ("Professional Hair Scissors 6 Inch Japanese Steel",),
        ("Thinning Shears 30 Teeth Barber Texturizing",),
        ("Straight Razor Shavette Stainless Steel Folding",),
        ("Cordless Hair Clipper LCD Display 10W Motor",),
        ("T-Blade Outliner Trimmer Zero Gap Barber",),
        ("Foil Shaver Bald Head Rechargeable",),
        ("Neck Duster Brush Soft Bristle Wooden Handle",),
        ("Salon Hood Dryer Standing 1300W Adjustable",),
        ("Ionic Hair Dryer 2000W Salon Professional AC Motor",),
        ("Flat Iron Titanium Plates 1 Inch Dual Voltage",),
        ("Hot Air Brush Volumizer One Step Round",),
        ("Barber Pole Light Rotating LED Outdoor",),
        ("Tint Bowl and Brush Set Hair Color Mixing",),
        ("Disposable Neck Strips 5 Rolls Barber",),
        ("Sectioning Clips Crocodile 12 pcs Matte",),
        ("Spray Bottle Ultra Fine Mist 300ml Salon",),
        ("Hair Steamer Ozone Treatment Hood",),
        ("Pedicure Spa Chair Massage Foot Tub",),
        ("Manicure Table Nail Desk with Dust Collector",),
        ("Beard Shaping Tool Template Comb",),
        ("Hot Towel Cabinet UV Sterilizer 23L",),
        ("理发店 椅子 液压 升降 可放倒",),
        ("美发 镜台 单面 带抽屉 理发店",),
        ("冲水床 洗头床 陶瓷盆 半躺式",),
        ("理发剪刀 平剪 牙剪 套装 6寸",),
        ("剃须刀架 老式 手动 双面刀片",),
        ("电推剪 充电 油头 雕刻 推子",),
        ("吹风机 大功率 负离子 理发店 3000W",),
        ("直发夹板 陶瓷 卷直两用 恒温",),
        ("焗油机 蒸汽 护理 发廊 落地",),
        ("理发围布 防水 防静电 定制 LOGO",),
        ("热毛巾 消毒柜 理发店 美容院",),
        ("染发碗 刷子 套装 调色",),
        ("发廊 工具车 五层 推车",),
        ("碎发扫 软毛 清洁刷 理发店",),
        # tattoo and permanent make-up supplies
        ("Rotary Tattoo Pen Machine Wireless 2400mAh Battery",),
        ("Tattoo Power Supply LCD Digital Foot Pedal",),
        ("Disposable Tattoo Cartridge Needles 3RL 20 pcs",),
        ("Tattoo Ink Cups Small Size 1000 pcs",),
        ("Thermal Stencil Printer Tattoo Transfer Machine",),
        ("Tattoo Practice Skin Silicone 20x15cm",),
        ("Nitrile Gloves Black Powder Free 100 pcs",),
        ("Second Skin Tattoo Film Roll Transparent 10m",),
        ("Tattoo Aftercare Balm Vegan 50g",),
        ("Green Soap Concentrate Tattoo Cleaning 500ml",),
        ("Machine Bags Clip Cord Sleeves 500 pcs",),
        ("Microblading Pen Manual Tebori Holder",),
        ("Microblading Blades 18U Nano 50 pcs",),
        ("PMU Machine Permanent Makeup Pen Eyebrow Lips",),
        ("Eyebrow Mapping String Pre Inked",),
        ("Brow Pigment Set 6 Colors 10ml",),
        ("Numbing Cream Holder Plastic Wrap Roll",),
        ("Tattoo Arm Rest Adjustable Height",),
        ("纹身机 无线 旋转 纹身笔 套装",),
        ("纹身 卡式针 一次性 3RL 20支",),
        ("纹身 色料 黑色 勾线 30ml",),
        ("纹身 转印机 热敏 打印机",),
        ("纹身 练习皮 硅胶 初学者",),
        ("半永久 眉笔 手工 雾眉 笔杆",),
        ("纹绣 色乳 眉毛 咖啡色 10ml",),
        ("纹身 修复膏 护理 50g",),
        ("纹身 保鲜膜 透明 一次性",),
        ("纹身 电源 数显 脚踏 套装",),
        # cosmetic packaging and private-label bottles
        ("Airless Pump Bottle 30ml Frosted Private Label",),
        ("Amber Glass Dropper Bottle 30ml Serum",),
        ("Cosmetic Jar 50g Acrylic Double Wall Cream",),
        ("Empty Lipstick Tube Magnetic Square Gold",),
        ("Lip Gloss Tube 5ml with Wand Clear",),
        ("Mascara Tube Empty 10ml with Brush",),
        ("Foaming Pump Bottle 150ml PET Clear",),
        ("Lotion Pump 24/410 White 100 pcs",),
        ("Fine Mist Sprayer Bottle 100ml Amber",),
        ("Roll On Bottle 10ml Glass Steel Ball",),
        ("Compact Powder Case Empty with Mirror",),
        ("Private Label Face Serum OEM Vitamin C",),
        ("Custom Printed Cosmetic Box Paper Folding",),
        ("Refillable Perfume Atomizer 5ml Travel",),
        ("Sample Vials 2ml Glass with Stopper 100 pcs",),
        ("真空瓶 乳液瓶 30ml 磨砂 分装",),
        ("精华 滴管瓶 茶色 玻璃 30ml",),
        ("面霜瓶 亚克力 双层 50g",),
        ("口红管 空管 磁吸 方形 金色",),
        ("唇釉管 空管 5ml 透明",),
        ("睫毛膏 空管 带刷头 10ml",),
        ("按压泵 乳液泵 24牙 白色",),
        ("喷雾瓶 细雾 100ml 分装",),
        ("化妆品 包装盒 定制 印刷",),
        ("护肤品 代加工 贴牌 OEM 精华液",),
        ("小样瓶 2ml 玻璃 分装 100个",),
        # eyelash extensions
        ("Volume Lash Extensions 0.07 C Curl Mixed Tray",),
        ("Premade Fans 5D 1000 Fans Pointy Base",),
        ("Easy Fan Lashes Self Fanning 0.05 D Curl",),
        ("Classic Lash Extensions Matte Black 0.15",),
        ("Lash Extension Glue Black 1-2 Sec Dry 5ml",),
        ("Lash Glue Remover Gel 15g",),
        ("Eyelash Extension Tweezers Volume Curved",),
        ("Lash Bed Memory Foam with Pillow",),
        ("Under Eye Gel Patches 50 Pairs Lint Free",),
        ("Lash Lift Kit Perm Lotion Keratin",),
        ("Jade Stone Glue Holder Lash Tile",),
        ("Nano Mister Lash Extension Spray USB",),
        ("Lash Shampoo Foam Cleanser 50ml",),
        ("Magnetic Eyelashes with Liner Kit 5 Pairs",),
        ("嫁接睫毛 单根 0.07 C翘 混装",),
        ("开花睫毛 自动开花 0.05 D翘",),
        ("睫毛胶水 快干 持久 黑色 5ml",),
        ("睫毛镊子 弯头 精准 不锈钢",),
        ("美睫床 记忆棉 睫毛床 带枕",),
        ("眼贴 睫毛嫁接 隔离贴 50对",),
        ("烫睫毛 套装 角蛋白 卷翘",),
        ("假睫毛 自然 浓密 5对 装",),
        # professional skincare machines
        ("Hydrodermabrasion Machine 6 in 1 Oxygen Jet Peel",),
        ("Microcurrent Face Lift Device EMS Home",),
        ("Ultrasonic Skin Scrubber Spatula Blackhead",),
        ("LED Light Therapy Mask 7 Colors Face",),
        ("808nm Diode Laser Hair Removal Machine Clinic",),
        ("Cryolipolysis Fat Freezing Machine 360 Double Chin",),
        ("Radio Frequency Skin Tightening Machine Face Eye",),
        ("Microneedling Pen Wireless Adjustable 0.25-2.5mm",),
        ("HIFU Machine 7D Face Lifting Cartridges",),
        ("Q-Switched Nd YAG Laser Tattoo Removal Machine",),
        ("Facial Steamer Nano Ionic Hot and Cold",),
        ("Oxygen Facial Machine Dome Mask Jet Peel",),
        ("小气泡 美容仪 清洁 毛孔 家用",),
        ("射频 美容仪 紧致 提拉 家用",),
        ("冷冻 溶脂仪 双下巴 减脂",),
        ("冰点 脱毛仪 808 半导体 激光",),
        ("光子 嫩肤仪 美容院 专用",),
        ("微针 电动 美容笔 导入 可调",),
        ("洗脸仪 硅胶 声波 电动",),
        ("超声波 铲皮机 去黑头 导入",),
        ("热喷 蒸脸器 纳米 补水 家用",),
        ("红蓝光 面罩 美容仪 七色",),
    ],
)
