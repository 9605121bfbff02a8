"""Hand-written listings of the fortieth held-out corpus (English and Chinese only).

Every listing below is written by hand; ``hg()`` and ``fw()`` only spell the named letters as
Cyrillic look-alikes or the text as full-width forms, ``ZW`` is a zero-width space.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK = dict(zip("aeocpxiysjABEHKMOPCTX", "аеосрхіуѕјАВЕНКМОРСТХ", strict=True))


def hg(text: str, letters: str) -> str:
    """``text`` with every letter named in ``letters`` spelled as its Cyrillic look-alike."""
    return "".join(_LOOK[ch] if ch in letters else ch for ch in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (a space becomes an ideographic space)."""
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


POSITIVES: list[Entry] = []
COMPAT: list[Entry] = []
INSIDE_WORD: list[Entry] = []
GENERIC_WORD: list[Entry] = []
COMMON_WORD: list[Entry] = []
CLEAN: list[Entry] = []


def _ids(groups: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if groups is None else tuple(f"r40-{g}" for g in groups)


def p(case: str, g: str, title: str, desc: str = "", brand: str = "", exp=None, wo=None) -> None:
    """A positive about right ``g``; ``exp`` lists the other rights it names, ``wo`` the
    devices that join them with ``allow_compatibility_wording = false`` (short ids)."""
    expected = (g, *exp) if exp else None
    without = (g, *(exp or ()), *wo) if wo else None
    POSITIVES.append(
        Entry(case, f"r40-{g}", title, desc, brand, False, _ids(expected), _ids(without))
    )


def im(g: str, title: str, desc: str = "") -> None:
    """An ``image`` positive: the text is clean, the picture copies the reference."""
    POSITIVES.append(Entry("image", f"r40-{g}", title, desc, "", True))


def neg(
    bucket: list[Entry], case: str, g: str, title: str, desc: str = "", brand: str = "", wo=None
):
    bucket.append(Entry(case, f"r40-{g}", title, desc, brand, False, None, _ids(wo)))


def c(g: str, title: str, desc: str = "", brand: str = "", wo=None) -> None:
    neg(COMPAT, "compat", g, title, desc, brand, wo)


def iw(g: str, title: str, desc: str = "", brand: str = "") -> None:
    neg(INSIDE_WORD, "inside_word", g, title, desc, brand)


def gw(g: str, title: str, desc: str = "", brand: str = "") -> None:
    neg(GENERIC_WORD, "generic_word", g, title, desc, brand)


def cw(g: str, title: str, desc: str = "", brand: str = "") -> None:
    neg(COMMON_WORD, "common_word", g, title, desc, brand)


def cl(title: str, desc: str = "", brand: str = "") -> None:
    CLEAN.append(Entry("clean", "", title, desc, brand))


# ---- exact: the mark as registered
p("exact", "taiji", "太极 藿香正气口服液 10ml*10支 整箱批发")
p("exact", "buchang", "步长 脑心通胶囊 0.4g*48粒 药店同款")
p("exact", "renhe", "仁和 可立克 复方氨酚烷胺胶囊 感冒药 批发")
p("exact", "kuihua", "葵花 小儿肺热咳喘口服液 10ml*6支")
p("exact", "mayinglong", "马应龙 麝香痔疮膏 20g 原厂直供")
p("exact", "pientzehuang", "片仔癀 锭剂 3g 正品 收藏级")
p("exact", "dong-e", "东阿阿胶 阿胶块 250g 铁盒 送礼")
p("exact", "acuvue", "Acuvue Oasys 2-Week Contact Lenses 6 Pack -3.00")
p("exact", "voltaren", "Voltaren Arthritis Pain Gel 100g Wholesale Lot")
p("exact", "phonak", "Phonak Audeo Lumity 90 RIC Hearing Aid Pair")
p("exact", "halls", "Halls Mentho-Lyptus Cough Drops Cherry 30 ct Bulk")
p("exact", "refresh", "Refresh Optive Lubricant Eye Drops 15ml Twin Pack")
p("exact", "welly", "Welly Bravery Badges Flexible Fabric Bandages Tin of 48")
p("exact", "ace", "ACE Elastic Bandage with Hook Closure 3 inch Beige")
p("exact", "starkey", "Starkey Genesis AI 24 Rechargeable Hearing Aids")
p("exact", "epipen", "EpiPen 2-Pak Auto-Injector Trainer Set, Training Device Only")
p(
    "exact",
    "tylenol",
    "Extra Strength Pain Reliever Caplets 500mg 100 Count",
    "Tylenol Extra Strength caplets, US pharmacy stock, expiry 2028, export carton of 24 bottles.",
)
p(
    "exact",
    "compeed",
    "Blister Plasters Medium Size 10 Pieces Hydrocolloid",
    "Original Compeed blister plasters, heel and toe, retail boxes with EU leaflet.",
)
p(
    "exact",
    "zhenshiming",
    "缓解视疲劳 滴眼液 8ml*2支 学生护眼",
    "珍视明 四味珍层冰硼滴眼液，药店正品，一件代发。",
)
p(
    "exact",
    "beltone",
    "Behind-the-Ear Hearing Aid Rechargeable Pair, Gray",
    "Beltone Serene BTE units, refurbished, with charger and domes, ships from Shenzhen.",
)

# ---- alias: a Latin alias
p("alias", "taiji", "Taiji Huoxiang Zhengqi Oral Liquid 10 Vials Herbal Cold Remedy")
p("alias", "buchang", "Buchang Naoxintong Capsules 48 ct TCM Circulation Support")
p("alias", "renhe", "Renhe Kelike Cold Capsules Chinese Pharmacy Export")
p("alias", "kuihua", "Kuihua Children's Cough Syrup Herbal 120ml")
p("alias", "mayinglong", "Mayinglong Musk Hemorrhoids Ointment 20g Tube")
p("alias", "mayinglong", "Ma Ying Long Eye Cream Herbal Ointment Tube 8g")
p("alias", "pientzehuang", "Pien Tze Huang Pearl Cream Whitening 25g")
p("alias", "pientzehuang", "Pientzehuang Herbal Liver Tablets Gift Box")
p("alias", "dong-e", "Dong-E-E-Jiao Donkey Hide Gelatin Blocks 250g Tin")
p("alias", "ninjiom", "Nin Jiom Pei Pa Koa Herbal Cough Syrup 300ml")
p("alias", "wongtoyick", "Wong To Yick Wood Lock Medicated Balm Oil 50ml")
p("alias", "haichang", "Hydron Monthly Soft Contact Lenses 2 pcs Clear")
p("alias", "zhenshiming", "Zhenshiming Eye Drops for Tired Eyes 8ml x 2")
p("alias", "fenbid", "Fenbid Ibuprofen Sustained Release Capsules 300mg 20 ct")
p("alias", "refresh", "Refresh Tears Lubricant Eye Drops 15 mL Bulk Case")
p("alias", "blink", "Blink Tears Lubricating Eye Drops 10ml Travel Size")
p("alias", "dailies", "Dailies Total1 Daily Contact Lenses 30 Pack -2.50")
p("alias", "bausch-lomb", "Bausch & Lomb Biotrue Multi-Purpose Solution 300ml")
p("alias", "bausch-lomb", "Bausch and Lomb PureVision2 Monthly Lenses 6 pcs")
p(
    "alias",
    "sam-splint",
    "Moldable Aluminum Foam Splint 36 inch Rolled Orange/Blue",
    "Genuine SAM Medical splint, rolled, for EMS kits and hiking first aid.",
)
p(
    "alias",
    "nosefrida",
    "Baby Nasal Aspirator Hygienic Filters Included",
    "Frida Baby NoseFrida set with 4 filters, retail pack, US version.",
)
p(
    "alias",
    "ace",
    "Elastic Compression Wrap 4 inch Self-Closure",
    "ACE Brand elastic bandage, latex free, 12 rolls per carton.",
)
p(
    "alias",
    "neilmed-sinus-rinse",
    "Nasal Wash Kit Squeeze Bottle 240ml + 60 Packets",
    "NeilMed kit, original bottle and premixed sachets, pharmacy stock.",
)

# ---- chinese: a Chinese alias
p("chinese", "mentholatum", "曼秀雷敦 润唇膏 薄荷味 3.5g 批发")
p("chinese", "rohto", "乐敦 清凉眼药水 13ml 缓解眼疲劳")
p("chinese", "salonpas", "撒隆巴斯 镇痛膏贴 20片装 日本进口")
p("chinese", "acuvue", "安视优 欧舒适 双周抛 隐形眼镜 6片")
p("chinese", "systane", "思然 人工泪液 滴眼液 10ml 眼干")
p("chinese", "phonak", "峰力 助听器 耳背式 老人专用 充电款")
p("chinese", "oticon", "奥迪康 助听器 隐形 耳内式 降噪")
p("chinese", "widex", "唯听 助听器 MOMENT 系列 全新")
p("chinese", "starkey", "斯达克 助听器 耳道式 老年人 无线")
p("chinese", "resound", "瑞声达 助听器 充电 耳背式 正品")
p("chinese", "renu", "润明 隐形眼镜护理液 500ml 大瓶")
p("chinese", "voltaren", "扶他林 双氯芬酸二乙胺乳胶剂 20g")
p("chinese", "strepsils", "使立消 润喉糖 蜂蜜柠檬味 24粒")
p("chinese", "claritin", "开瑞坦 氯雷他定片 10mg*6片 过敏")
p("chinese", "bactroban", "百多邦 莫匹罗星软膏 5g 伤口")
p("chinese", "daktarin", "达克宁 硝酸咪康唑乳膏 20g 脚气")
p("chinese", "kobayashi", "小林制药 退热贴 儿童 16片")
p("chinese", "panadol", "必理痛 止痛片 港版 20粒")
p("chinese", "ninjiom", "京都念慈菴 蜜炼川贝枇杷膏 150ml")
p("chinese", "salonpas", "日本膏药 镇痛贴 Patch 140片", "原装撒隆巴斯 久光制药 清凉型，可开票。")
p(
    "chinese",
    "mentholatum",
    "男士洗面奶 控油 150g 批发",
    "曼秀雷敦 男士冰爽活炭洁面乳，药妆店货源。",
)
p("chinese", "acuvue", "日抛 隐形眼镜 30片 近视", "安视优 舒日 日抛型，支持验货。")

# ---- case_width: case or full width
p("case_width", "acuvue", "ACUVUE OASYS with Hydraclear Plus 12 Lenses")
p("case_width", "voltaren", "vOLTAREN Emulgel Joint Pain 150g")
p("case_width", "phonak", fw("PHONAK") + " Naida Power Hearing Aid BTE")
p("case_width", "oticon", "OTICON More 1 miniRITE Hearing Aid Single")
p("case_width", "strepsils", "sTrEpSiLs Honey Lemon Lozenges 36 ct")
p("case_width", "mentholatum", fw("Mentholatum") + " Lip Balm Original 3.5g")
p("case_width", "systane", "SYSTANE ULTRA Lubricant Eye Drops 10ml")
p("case_width", "tylenol", "tylenol extra strength rapid release gels 24")
p("case_width", "panadol", fw("Panadol") + " Extra Optizorb 24 Caplets")
p("case_width", "claritin", "CLARITIN 24 Hour Non-Drowsy Allergy Tablets")
p("case_width", "elastoplast", "ELASTOPLAST Sensitive Plasters 40 Strips")
p("case_width", "nexcare", "nexcare waterproof bandages clear assorted")
p("case_width", "compeed", fw("COMPEED") + " Cold Sore Patch 15 pcs")
p("case_width", "widex", "wIDEX Moment Sheer Rechargeable Hearing Aid")
p("case_width", "advil", "ADVIL Liqui-Gels 200mg 80 Capsules")
p(
    "case_width",
    "rohto",
    "防蓝光 眼药水 12ml",
    "新 " + fw("ROHTO") + " 蓝光眼药水，日本药妆店直采。",
)
p(
    "case_width",
    "signia",
    "Rechargeable RIC Hearing Aid Pure Charge&Go",
    "SIGNIA Pure Charge&Go AX pair, silver.",
)
p(
    "case_width",
    "bactroban",
    "Mupirocin Ointment 2% 15g Tube",
    "bactroban ointment, original UK packaging.",
)

# ---- accent: accented letters
p("accent", "voltaren", "Voltarén Gel 1% Diclofenac 100g")
p("accent", "acuvue", "Acuvüe Moist 1-Day Lenses 30 pcs")
p("accent", "phonak", "Phonák Slim Lumity Hearing Aid")
p("accent", "strepsils", "Strepsíls Original Sore Throat Lozenges 24")
p("accent", "salonpas", "Salonpàs Pain Relief Patches 140 ct")
p("accent", "mentholatum", "Mënthölatum Ointment Original 28g")
p("accent", "oticon", "Otícon Intent 1 miniRITE R Pair")
p("accent", "tylenol", "Tylénol 8 HR Arthritis Pain 290 Caplets")
p("accent", "panadol", "Panadól Cold & Flu Day 24 Caplets")
p("accent", "compeed", "Compéed Blister Plasters Mixed 10")
p("accent", "claritin", "Claritín-D 12 Hour Allergy & Congestion")
p("accent", "daktarin", "Daktarín Cream 2% Athlete's Foot 30g")
p("accent", "kobayashi", "Kobayashí Netsusama Cooling Sheets 16 pcs")
p("accent", "advil", "Advíl Dual Action Back Pain 72 Caplets")
p(
    "accent",
    "systane",
    "Eye Drops Preservative Free Vials 30",
    "Systàne Hydration PF unit doses, export stock.",
)
p(
    "accent",
    "elastoplast",
    "Fabric Plasters Extra Flexible 40",
    "Élastoplast fabric strips, German stock.",
)
p(
    "accent",
    "widex",
    "Hearing Aid Charger Pair With Aids",
    "Wídex SmartRIC with charger, demo units.",
)
p(
    "accent",
    "resound",
    "Rechargeable Hearing Aids Pair",
    "RéSound Nexia 9 pair, sealed, English manual.",
)

# ---- homoglyph: look-alike letters
p("homoglyph", "acuvue", hg("Acuvue", "A") + " Vita Monthly Contact Lenses 6 pcs")
p("homoglyph", "voltaren", "V" + hg("oltaren", "oe") + " Emulgel 120g Muscle Pain")
p("homoglyph", "phonak", hg("Phonak", "o") + " Audeo Paradise P90 Pair")
p("homoglyph", "strepsils", hg("Strepsils", "ep") + " Cool Lozenges 36")
p("homoglyph", "salonpas", hg("Salonpas", "ao") + " Gel Patch Hot 6 Sheets")
p("homoglyph", "tylenol", hg("Tylenol", "yeo") + " Cold + Flu Severe 24 Caplets")
p("homoglyph", "compeed", hg("Compeed", "Co") + " Heel Blister Plasters 5 pcs")
p("homoglyph", "halls", hg("Halls", "H") + " Honey Lemon Cough Drops 9 Sticks")
p("homoglyph", "oticon", hg("Oticon", "Oio") + " Zircon 1 Hearing Aid")
p("homoglyph", "panadol", hg("Panadol", "ao") + " Advance 500mg 48 Tablets")
p("homoglyph", "nexcare", hg("Nexcare", "xe") + " Tegaderm Style Clear Patches")
p("homoglyph", "mentholatum", hg("Mentholatum", "eo") + " Lip Ice SPF 20 Stick")
p("homoglyph", "advil", hg("Advil", "Ai") + " PM Caplets 120 Count")
p("homoglyph", "systane", hg("Systane", "ye") + " Complete PF Eye Drops")
p(
    "homoglyph",
    "epipen",
    "Auto-Injector Carry Pouch with Trainer",
    hg("EpiPen", "E") + " Jr trainer included, no drug.",
)
p(
    "homoglyph",
    "claritin",
    "Loratadine 10mg Allergy 30 Tablets",
    hg("Claritin", "Cai") + " non-drowsy, US stock.",
)
p(
    "homoglyph",
    "kobayashi",
    "Fever Cooling Gel Sheets Kids 12 pcs",
    hg("Kobayashi", "Koa") + " cooling sheets, Japan import.",
)
p(
    "homoglyph",
    "bausch-lomb",
    "Contact Lens Solution 355ml x2",
    hg("Bausch", "B") + " + Lomb multi-purpose solution, twin pack.",
)

# ---- leetspeak: digits and signs
p("leetspeak", "voltaren", "V0ltaren Joint Pain Gel 2% 180g")
p("leetspeak", "acuvue", "Acuvu3 Oasys 1-Day 90 Pack")
p("leetspeak", "tylenol", "Ty1en0l Regular Strength 325mg 100")
p("leetspeak", "panadol", "P4nadol Night Pain 20 Caplets")
p("leetspeak", "strepsils", "$trepsils Menthol Lozenges 24")
p("leetspeak", "advil", "Adv1l Migraine Liquid Filled 80")
p("leetspeak", "phonak", "Ph0nak Virto Custom ITE Hearing Aid")
p("leetspeak", "compeed", "C0mpeed Invisible Cold Sore Patches")
p("leetspeak", "salonpas", "Sal0npas Lidocaine Patch 10 Sheets")
p("leetspeak", "halls", "H@lls Sugar Free Black Cherry 25 ct")
p("leetspeak", "oticon", "0ticon Own ITC Hearing Aid Custom")
p("leetspeak", "claritin", "C1aritin Kids Grape Chewables 30")
p("leetspeak", "elastoplast", "3lastoplast Blister Plaster SOS 6 pcs")
p("leetspeak", "mentholatum", "Menth0latum Acnes Cream 18g")
p("leetspeak", "epipen", "Ep1Pen Trainer Pair Kit with Insulated Case")
p("leetspeak", "systane", "Eye Drops Gel Night Time 10g", "Sy5tane gel drops, night time formula.")
p(
    "leetspeak",
    "beltone",
    "Hearing Aid In-Ear Invisible",
    "B3ltone Imagine ITE hearing aid, left ear.",
)
p("leetspeak", "nexcare", "Waterproof Bandages Clear 36", "N3xcare waterproof clear, retail packs.")

# ---- spacing: spaces, dots, dashes, ZW
p("spacing", "voltaren", "V o l t a r e n Emulgel 150g Export")
p("spacing", "acuvue", "Acu-vue Oasys Max 1-Day 30 Lenses")
p("spacing", "phonak", "P.h.o.n.a.k Lumity L90 Hearing Aids")
p("spacing", "strepsils", "Strep_sils Extra Triple Action 24")
p("spacing", "tylenol", "Ty" + ZW + "lenol PM Extra Strength 100 Caplets")
p("spacing", "panadol", "Pana-dol Rapid 500mg 16 Tablets")
p("spacing", "salonpas", "Salon pas Pain Patch Large 6 pcs")
p("spacing", "halls", "H.A.L.L.S Vita-C Drops Orange")
p("spacing", "compeed", "Com peed Blister Plasters Sport 5")
p("spacing", "oticon", "O-T-I-C-O-N Real 1 miniRITE T")
p("spacing", "mentholatum", "Mentho" + ZW + "latum Medicated Lip Balm 3.5g")
p("spacing", "advil", "A d v i l Liqui-Gels Minis 160")
p("spacing", "claritin", "Clari tin Allergy Reditabs 30")
p("spacing", "daktarin", "Dak.tarin Oral Gel 40g")
p(
    "spacing",
    "acuvue",
    "Contact Lenses Astigmatism 6 pcs",
    "A c u v u e Oasys for Astigmatism, toric.",
)
p("spacing", "welly", "Kids Bandage Tin 39 Assorted", "W-e-l-l-y Bravery Badges, rainbow tin.")
p(
    "spacing",
    "sam-splint",
    "Finger Splint Aluminium Foam 2 pcs",
    "S.A.M Splint finger size, orange/blue.",
)
p("spacing", "fenbid", "布洛芬缓释胶囊 0.3g*20粒", "芬" + ZW + "必得 布洛芬缓释胶囊 止痛。")

# ---- misspelling
p("misspelling", "voltaren", "Voltarin Emulgel Pain Relief Gel 100g")
p("misspelling", "acuvue", "Accuvue Oasys Contact Lenses Bi-Weekly")
p("misspelling", "tylenol", "Tylenal Extra Strength 500mg 100")
p("misspelling", "panadol", "Panadool Extra Caplets 24")
p("misspelling", "strepsils", "Strepsil Honey Lemon Lozenges 36")
p("misspelling", "phonak", "Fonak Hearing Aid Rechargeable Pair")
p("misspelling", "oticon", "Otticon Hearing Aid miniRITE")
p("misspelling", "mentholatum", "Mentolatum Lip Balm Original")
p("misspelling", "salonpas", "Salonpass Pain Relieving Patches 140")
p("misspelling", "claritin", "Claratin Allergy 10mg 30 Tablets")
p("misspelling", "bausch-lomb", "Baush & Lomb Renu Solution 355ml", exp=("renu",))
p("misspelling", "compeed", "Compead Blister Plasters 10")
p("misspelling", "pientzehuang", "片仔黄 锭剂 3g 正品")
p("misspelling", "ninjiom", "念慈庵 川贝枇杷膏 300ml 润喉")
p("misspelling", "mayinglong", "马应隆 痔疮膏 20g")
p("misspelling", "mentholatum", "曼秀雷顿 润唇膏 薄荷")
p("misspelling", "voltaren", "扶他琳 双氯芬酸 乳胶剂")
p(
    "misspelling",
    "nexcare",
    "Waterproof Bandages Assorted 30",
    "Nexcair waterproof bandage, 3M style.",
)
p("misspelling", "elastoplast", "Plasters Fabric 20 Strips", "Elastoplasst fabric plasters.")
p("misspelling", "advil", "Ibuprofen 200mg Coated Tablets 100", "Advill coated tablets, US stock.")

# ---- brand_field: brand only
p("brand_field", "acuvue", "Daily Disposable Contact Lenses 30 pcs", brand="Acuvue")
p("brand_field", "voltaren", "Diclofenac Gel 1% Arthritis 100g", brand="Voltaren")
p("brand_field", "phonak", "RIC Hearing Aid Rechargeable Pair", brand="Phonak")
p("brand_field", "oticon", "Behind the Ear Hearing Aid Power", brand="Oticon")
p("brand_field", "tylenol", "Acetaminophen 500mg Caplets 225 ct", brand="Tylenol")
p("brand_field", "halls", "Menthol Cough Drops Cherry 80 ct", brand="Halls")
p("brand_field", "refresh", "Lubricant Eye Drops Single-Use Vials 30", brand="Refresh")
p("brand_field", "blink", "Lubricating Eye Drops 10ml", brand="Blink")
p("brand_field", "welly", "Kids Fabric Bandages Tin 48", brand="Welly")
p("brand_field", "ace", "Elastic Bandage Wrap 3 inch", brand="ACE")
p("brand_field", "dailies", "1-Day Contact Lenses 90 Pack", brand="Dailies")
p("brand_field", "starkey", "Custom In-Ear Hearing Aid", brand="Starkey")
p("brand_field", "taiji", "藿香正气口服液 10ml*10支", brand="太极")
p("brand_field", "renhe", "复方氨酚烷胺胶囊 感冒药 12粒", brand="仁和")
p("brand_field", "kuihua", "小儿肺热咳喘口服液 6支", brand="葵花")
p("brand_field", "buchang", "脑心通胶囊 48粒", brand="步长")
p("brand_field", "haichang", "月抛 隐形眼镜 2片装", brand="海昌")
p("brand_field", "resound", "充电式 助听器 耳背式", brand="ReSound")

# ---- image: only the picture
im("taiji", "藿香正气口服液 10ml*10支 整箱")
im("pientzehuang", "Traditional Herbal Tablet 3g Collectible Box")
im("dong-e", "Donkey Hide Gelatin Block 250g Gift Tin")
im("haichang", "Monthly Soft Contact Lenses 2 pcs")
im("mentholatum", "Medicated Lip Balm Mint 3.5g")
im("salonpas", "Pain Relief Patch 20 Sheets")
im("acuvue", "Bi-Weekly Contact Lenses 6 Pack")
im("phonak", "Rechargeable Hearing Aid Pair Silver")
im("voltaren", "Joint Pain Relief Gel 100g")
im("strepsils", "Sore Throat Lozenges 24 Pack")
im("compeed", "Hydrocolloid Blister Plasters 10")
im("halls", "Menthol Cough Drops 30 Pieces")
im("tylenol", "Pain Reliever Caplets 100 Count")
im("nosefrida", "Baby Nasal Aspirator Tube Set")
im("kobayashi", "退热贴 儿童 冷敷贴 12片")
im("acuvue", "隐形眼镜 日抛 30片")
im("phonak", "Behind the Ear Hearing Aid Beige")
im("salonpas", "Warming Patch Lower Back 6 pcs")

# ---- mixed: two rights, two evasions, accessory
p("mixed", "voltaren", "扶他林 Volt@ren 同款 关节止痛凝胶")
p("mixed", "acuvue", "安视优 ACUVUE 欧舒适 隐形眼镜")
p("mixed", "phonak", "峰力 Ph0nak 助听器 耳背式")
p("mixed", "tylenol", "Tylenol and Advil Alternating Pain Kit", exp=("advil",))
p("mixed", "halls", "Halls & Strepsils Cough Drop Variety Box", exp=("strepsils",))
p("mixed", "mentholatum", "Mentholatum Deep Heat Rub 67g", exp=("deep-heat",))
p("mixed", "systane", "Systane and Refresh Eye Drops Travel Duo", exp=("refresh",))
p("mixed", "nexcare", "Nexcare + Welly First Aid Bandage Bundle", exp=("welly",))
p("mixed", "elastoplast", "Elastoplast Blister Kit with Compeed Patches", exp=("compeed",))
p("mixed", "widex", "Widex Battery Charger for Signia Hearing Aids", wo=("signia",))
p("mixed", "starkey", "St@rkey Hearing Aid Drying Box for Phonak Aids", wo=("phonak",))
p("mixed", "welly", "Welly Bandage Travel Case for EpiPen 2-Pak", wo=("epipen",))
p("mixed", "nexcare", "N3xcare Skin Tape for Phonak Hearing Aid Retention", wo=("phonak",))
p("mixed", "renu", "ReNu Solution Lens Case for Acuvue Oasys", wo=("acuvue",))
p("mixed", "pientzehuang", "片仔癀 Pien Tze Huang 珍珠膏 25g")
p("mixed", "dong-e", "东阿阿胶 DEEJ 阿胶糕 500g 礼盒")
p("mixed", "kuihua", "葵花 Kuihua 小儿感冒颗粒 10袋")
p("mixed", "rohto", "乐敦 R0hto 眼药水 13ml", exp=None)

# ---- more positives, mark in the description only
p(
    "exact",
    "deep-heat",
    "Muscle Rub Cream Heat Therapy 100g",
    "Deep Heat rub, UK pharmacy stock, expiry 2027.",
)
p(
    "exact",
    "freshlook",
    "Colored Contact Lenses Monthly 2 pcs Gray",
    "FreshLook Colorblends, plano, sealed vials.",
)
p(
    "alias",
    "freshlook",
    "Color Contacts Hazel 2 Lenses 0.00",
    "Fresh Look colour lenses, original box.",
)
p(
    "case_width",
    "deep-heat",
    "Heat Rub Back Pain Cream 67g",
    "DEEP HEAT heat rub, original formula.",
)
p("exact", "wongtoyick", "活络油 跌打 50ml 香港", "黄道益活络油，港版正货。")
p("exact", "bactroban", "Antibiotic Ointment 2% Mupirocin 15g", "Bactroban tube, imported.")
p("exact", "fenbid", "布洛芬 缓释胶囊 止痛 24粒", "芬必得 布洛芬缓释胶囊，药店正品。")
p("chinese", "daktarin", "脚气 乳膏 止痒 20g", "达克宁乳膏，西安杨森出品。")
p("exact", "ninjiom", "川贝枇杷膏 润喉 150ml", "念慈菴 蜜炼川贝枇杷膏，港版。")
p(
    "exact",
    "sam-splint",
    "Aluminum Foam Splint Flat Fold 4.25 x 36 in",
    "SAM Splint flat-fold, EMS supply.",
)
p("leetspeak", "phonak", "Hearing Aid Receiver Set Pair", "Ph0nak receivers M size, original.")
p(
    "homoglyph",
    "acuvue",
    "Contact Lenses Daily 90 Pack -1.75",
    hg("Acuvue", "Ae") + " Moist 1-Day, sealed box.",
)
p("accent", "oticon", "Rechargeable miniRITE Hearing Aids Pair", "Otìcon Real 1 pair, demo stock.")
p(
    "misspelling",
    "strepsils",
    "Sore Throat Lozenges Strawberry 36",
    "Strepcils strawberry sugar free, UK stock.",
)
p("spacing", "halls", "Cough Drops Honey Lemon 9 Sticks", "H a l l s honey lemon, carton of 20.")
p("mixed", "taiji", "藿香正气 口服液 急支糖浆 套装", "太极 Taiji 藿香正气口服液 + 急支糖浆 组合。")

# ---- compat: an accessory naming the device
c("phonak", "Size 312 Hearing Aid Batteries 60 pcs for Phonak Audeo")
c("phonak", "Open Domes 8mm Replacement for Phonak Marvel 10 pcs")
c("phonak", "Wax Guards CeruShield Disk compatible with Phonak RIC")
c("phonak", "Phonak compatible Power Domes Double Vent 10 pcs")
c("phonak", "适用于峰力助听器 耳塞 开放式 10个装")
c("phonak", "Drying Jar Dehumidifier works with Phonak Lumity")
c("oticon", "Hearing Aid Domes Bass Double fits Oticon miniFit 10 pcs")
c("oticon", "ProWax miniFit Filters compatible for Oticon More")
c("oticon", "适配奥迪康助听器 防耵聍滤网 6片")
c("oticon", "Charger Cable Replacement for Oticon Intent Charger")
c("widex", "Clip-On Cord Hearing Aid Keeper for Widex Moment")
c("widex", "Nanocare Wax Guards designed to fit Widex RIC Receivers")
c("widex", "兼容唯听助听器 耳塞 硅胶 4个")
c("signia", "Click Domes Sleeve compatible with Signia Pure")
c("signia", "Size 10 Zinc Air Batteries for Signia Insio 60 pcs")
c("signia", "Signia compatible Charger Stand Travel Case")
c("starkey", "Hearing Aid Wax Guards Hear Clear for Starkey 8 pcs")
c("starkey", "适用于斯达克助听器 电池 A10 60粒")
c("starkey", "Remote Control Lanyard fits Starkey Genesis")
c("resound", "Replacement Tulip Domes for ReSound Omnia 10 pcs")
c("resound", "替换瑞声达助听器 导声管 3个")
c("resound", "Sport Clip Retention works with ReSound One")
c("beltone", "Hearing Aid Batteries Size 13 for Beltone BTE 60 pcs")
c("beltone", "Dome Tips compatible with Beltone Imagine RIE")
c("acuvue", "Contact Lens Case Travel Kit for Acuvue Daily Lenses")
c("acuvue", "适用于安视优 隐形眼镜 伴侣盒 吸棒")
c("acuvue", "Lens Remover Tweezers Soft Tip works with Acuvue Oasys")
c("dailies", "Contact Lens Applicator for Dailies Total1 Wearers")
c("dailies", "Blister Opener Tool compatible for Dailies AquaComfort")
c("haichang", "隐形眼镜盒 适用海昌 月抛 双联盒")
c("haichang", "Lens Case Mirror Kit for Hydron Monthly Lenses")
c("freshlook", "Color Lens Applicator Tweezer fits FreshLook Colorblends")
c("epipen", "Insulated Carry Case for EpiPen 2-Pak Dual Pocket")
c("epipen", "Medical Alert Pouch designed to fit EpiPen and Inhaler")
c("epipen", "EpiPen compatible Belt Holster Neoprene Black")
c("epipen", "适用于EpiPen 肾上腺素笔 收纳包 保温")
c("nosefrida", "Hygienic Filters 40 pcs Replacement for NoseFrida")
c("nosefrida", "Spare Tubes compatible with NoseFrida Nasal Aspirator")
c("nosefrida", "婴儿吸鼻器 过滤棉 替换 NoseFrida 20片")
c("neilmed-sinus-rinse", "Saline Packets 100 pcs for NeilMed Sinus Rinse Bottle")
c("neilmed-sinus-rinse", "Replacement Cap and Tube fits NeilMed Sinus Rinse 240ml")
c("neilmed-sinus-rinse", "洗鼻盐 适配 NeilMed Sinus Rinse 洗鼻壶 60包")
c("sam-splint", "Storage Sleeve for SAM Splint 36 inch Rolled")
c("sam-splint", "Cohesive Wrap Pack works with SAM Splint Kits")
c("systane", "Eyelid Wipe Dispenser compatible with Systane Lid Wipes Box")
c("renu", "Contact Lens Case Holder fits ReNu 355ml Bottle Travel")
c("bausch-lomb", "Hard Lens Case for Bausch + Lomb Boston Solution")
c("acuvue", "兼容安视优 隐形眼镜 摘戴器 硅胶")
c("oticon", "Oticon compatible Wax Filter Tool Kit 6 Pack")
c("widex", "适用唯听 助听器 充电座 收纳盒")

# ---- inside_word: the mark inside another word
iw("ace", "Acetaminophen 500mg Tablets 100 Count Generic")
iw("ace", "Acetone Nail Polish Remover 500ml Pharmacy Grade")
iw("ace", "Acetate Eyeglass Frames Tortoise Round")
iw("ace", "Surface Disinfectant Wipes 80 Sheets")
iw("signia", "Military Insignia Patches Embroidered Set of 10")
iw("signia", "Enamel Insignia Lapel Pin Custom Logo")
iw("renu", "Renumbering Label Stickers for Medicine Cabinets")
iw("haichang", "Hydronic Radiant Floor Heating Manifold 6 Loop")
iw("haichang", "Hydronic Baseboard Heater Valve Brass")
iw("dong-e", "Deejay Headphones Over Ear Folding DJ")
iw("resound", "Resounding Brass Singing Bowl Tibetan 12cm")
iw("blink", "Blinking LED Safety Light Clip-On Red")
iw("blink", "Car Blinker Relay 12V Flasher 3 Pin")
iw("refresh", "Refreshing Peppermint Foot Spray 100ml")
iw("refresh", "Refresher Towels Wet Wipes Individually Wrapped 200")
iw("halls", "Hallstatt Souvenir Fridge Magnet Austria")
iw("elastoplast", "Elastoplastic Analysis Textbook Engineering Mechanics")
iw("taiji", "Taijiquan Training DVD 24 Form Beginners")
iw("taiji", "颜值太极品了 陶瓷马克杯 北欧风")
iw("taiji", "不会太极端 温和去角质 磨砂膏")
iw("renhe", "杏仁和核桃 混合坚果 500g 每日坚果")
iw("renhe", "果仁和燕麦 酸奶碗 早餐 即食")
iw("kuihua", "秋葵花茶 干花 50g 养生花草茶")
iw("buchang", "跑步长裤 男 速干 运动裤 夏季")
iw("buchang", "散步长廊 园林 花架 防腐木")
iw("zhenshiming", "珍视明天 励志 书法挂画 办公室")
iw("renu", "滋润明亮 护手霜 50g 保湿")
iw("rohto", "音乐敦煌 飞天 丝巾 礼品")
iw("phonak", "登峰力量 健身 训练 拉力带")
iw("widex", "唯听风声 禅意 风铃 铜制")
iw("haichang", "北海昌盛 海鲜干货 鱿鱼丝 250g")
iw("ace", "Necklace Display Stand Velvet Jewelry")

# ---- generic_word: the mark as an ordinary word
gw("taiji", "太极拳服 男女 棉麻 晨练 表演服")
gw("taiji", "太极扇 功夫扇 双面 红色 健身")
gw("taiji", "太极剑 不锈钢 晨练 软剑")
gw("taiji", "Tai Chi Taiji Uniform Cotton Linen White")
gw("taiji", "Taiji Whale Town Japan Travel Postcard Set")
gw("renhe", "仁和区 攀枝花 特产 芒果 5斤")
gw("renhe", "仁和镇 古镇 文创 冰箱贴")
gw("kuihua", "葵花籽 原味 五香 500g 炒货")
gw("kuihua", "葵花 干花 花束 装饰 插花")
gw("kuihua", "葵花油 压榨 食用油 5L")
gw("kuihua", "Kuihua Sunflower Seeds Roasted 1kg Bulk")
gw("buchang", "计步器 步长可调 老人 走路 计数器")
gw("haichang", "海昌海洋公园 纪念品 海豚 毛绒玩具")
gw("haichang", "海昌路 门牌 定制 不锈钢")
gw("welly", "Kids Welly Boots Rubber Rain Boots Frog")
gw("welly", "Welly Boot Rack Wall Mounted 4 Pairs")
gw("ace", "Ace of Spades Poker Cards Plastic Waterproof")
gw("ace", "Ace Tennis Training Rebounder Net")
gw("halls", "Exhibition Halls Pipe and Drape Kit")
gw("halls", "Wedding Halls Chair Covers Spandex White 100 pcs")
gw("refresh", "144Hz Refresh Rate Gaming Monitor 27 inch")
gw("refresh", "Refresh Your Room Wall Stickers Botanical")
gw("blink", "Blink and You Miss It Funny Motivational Poster")
# Blink Outdoor is a security camera of another holder sharing the word: not the eye drops.
gw("blink", "Wall Mount for Blink Outdoor Camera Bracket 2 Pack")
gw("freshlook", "Give Your Cabinets a Fresh Look Chalk Paint 1L")
gw("freshlook", "Fresh Look Slipcover Sofa Stretch 3 Seater")
# A heating pad or sauna blanket described by the heat it gives, not named after the rub.
gw("deep-heat", "Deep Heat Penetration Heating Pad Electric King Size")
gw("deep-heat", "Infrared Sauna Blanket Deep Heat Detox")
gw("deep-heat", "Deep Heat Massage Gun Head Attachment")
gw("kobayashi", "Kobayashi Maru Star Trek Fan Art Poster")
gw("kobayashi", "Kobayashi Family Name Hanko Stamp Custom")
gw("starkey", "Starkey Family Crest Coffee Mug Personalized")
gw("bausch-lomb", "Pina Bausch Dance Poster Cafe Muller Print")
gw("dailies", "Film Dailies Production Log Book A4")
gw("dailies", "Newspaper Dailies Rack Wooden Stand Cafe")
gw("neilmed-sinus-rinse", "Sinus Rinse Bottle 240ml with 60 Salt Packets")
gw("neilmed-sinus-rinse", "Sinus Rinse Saline Mix 100 Sachets")
gw("resound", "Let Freedom Resound Patriotic Wall Art")
gw("haichang", "Hydron Polymer Model Kit Chemistry Molecular")
gw("taiji", "Taiji Yin Yang Pendant Necklace Sterling")
gw("renhe", "Renhe Town Guizhou Tea Gift Box")
gw("welly", "Welly Socks Wool Boot Liners Kids")
gw("ace", "Ace Pilot Patch Vintage Aviation Embroidered")
gw("kuihua", "向日葵花束 仿真花 客厅装饰")
gw("refresh", "Refresh Button Replacement Keycap Set F5")

# ---- common_word: one edit from a mark, used normally
cw("advil", "Blacksmith Anvil Cast Steel 55 lb")
cw("advil", "Jewelry Anvil Horn Bench Block Mini")
cw("halls", "Entryway Hall Tree Coat Rack Bench")
cw("halls", "Hall Pass Lanyard School Classroom 10 pcs")
cw("blink", "Bling Rhinestone Phone Charm Crystal")
cw("blink", "Brink Pocket Notebook Blank Pages")
cw("welly", "Jelly Beans Gummy Candy 1kg Bulk")
cw("welly", "Belly Band Maternity Support Belt")
cw("ace", "Instant Ice Pack First Aid Disposable 24")
cw("ace", "Age Spot Remover Cream 30g")
cw("dailies", "Artificial Daisies Bouquet White 10 Stems")
cw("renu", "Restaurant Menu Holder Acrylic Stand A5")
cw("renu", "Reno Nevada Souvenir Keychain")
cw("rohto", "Roto Molded Cooler Box 45L")
cw("haichang", "Hydro Massage Jet Nozzle Spa Tub")
cw("freshlook", "Fresh Lock Food Storage Bags Zipper 50")
cw("beltone", "Belton Texas Souvenir Mug Lake")
cw("starkey", "Sharkey Surname Keyring Engraved")
cw("salonpas", "Hair Salon Pass Card Holder Leather")
cw("renhe", "温和配方 洗面奶 敏感肌 100g")
cw("kuihua", "桂花糕 糯米 手工 传统糕点")
cw("buchang", "步行鞋 中老年 健步鞋 软底")
cw("haichang", "海南椰子 新鲜 椰青 9个")
cw("systane", "自然风 亚麻 桌布 北欧")
cw("phonak", "风力发电机 模型 小型 教学")
cw("widex", "唯美 婚纱照 相框 摆台")
cw("renu", "润喉糖 薄荷 罗汉果 独立包装")
cw("rohto", "乐园 儿童 滑梯 室内")
cw("starkey", "托尼斯塔克 钢铁侠 手办 摆件")
cw("wongtoyick", "黄道吉日 老黄历 2027 挂历")
cw("zhenshiming", "珍珠明目 眼罩 蒸汽 发热")
cw("mayinglong", "马龙 乒乓球 签名 海报")
cw("kobayashi", "小林 日式 拉面碗 陶瓷")
cw("nexcare", "Next Care Home Medical Alert Bracelet")

# ---- clean: no mark anywhere
cl("First Aid Kit 100 Pieces Waterproof Bag Home Car Travel")
cl("Emergency Trauma Kit Tactical IFAK Pouch Molle")
cl("Sterile Gauze Pads 4x4 inch 100 pcs Individually Wrapped")
cl("Hydrocolloid Acne Patches 72 Dots Invisible")
cl("Adhesive Wound Dressing 10x10cm Non-Woven 50 pcs")
cl("Medical Tape Paper Breathable 1 inch 12 Rolls")
cl("Self-Adhesive Cohesive Bandage 2 inch Assorted Colors 24 Rolls")
cl("Triangular Bandage Cotton Sling with Safety Pins")
cl("Burn Gel Dressing 10x10cm Sterile")
cl("Tourniquet One-Handed Windlass Black")
cl("CPR Face Shield Keychain Disposable 10 pcs")
cl("Emergency Mylar Thermal Blanket 10 Pack")
cl("Instant Cold Compress Bag 15x23cm 24 pcs")
cl("Digital Forehead Thermometer Infrared Fever Alarm")
cl("Pulse Oximeter Fingertip OLED Display")
cl("Blood Pressure Monitor Upper Arm Large Cuff")
cl("Pill Organizer 7 Day 4 Times a Day Large Compartments")
cl("Pill Cutter Splitter with Storage")
cl("Medicine Cabinet Organizer Box Lockable")
cl("Tongue Depressors Wooden Sterile 100 pcs")
cl("Disposable Nitrile Gloves Blue Medium 100 ct")
cl("Alcohol Prep Pads 70% Isopropyl 200 ct")
cl("Saline Wound Wash Spray 210ml")
cl("Elastic Knee Support Sleeve Compression Pair")
cl("Ankle Brace Lace Up Sports Support")
cl("Wrist Splint Carpal Tunnel Night Support Right Hand")
cl("Cervical Collar Foam Neck Brace Adjustable")
cl("Arm Sling Medical Breathable Mesh")
cl("Crutch Pads Underarm Memory Foam Pair")
cl("Hot Water Bottle 2L with Knitted Cover")
cl("Heating Patch Air Activated Warmers 40 pcs")
cl("Herbal Knee Plaster Wormwood 12 pcs")
cl("Menthol Camphor Balm Muscle Rub 50g Tin")
cl("Lozenges Honey Ginger Sugar Free 100 pcs Bulk")
cl("Vitamin C Effervescent Tablets Orange 20")
cl("Zinc Lozenges Elderberry 60 ct")
cl("Nasal Saline Spray Sea Water Isotonic 100ml")
cl("Nasal Strips Breathe Better Large 30")
cl("Ear Syringe Bulb Wax Removal Kit")
cl("Ear Wax Removal Spiral Soft Silicone Tool")
cl("Foam Ear Plugs 60 Pairs Sleeping NRR 33")
cl("Silicone Swimming Earplugs Moldable 6 Pairs")
cl("Personal Sound Amplifier Rechargeable Ear Hook")
cl("Hearing Aid Battery Tester Digital")
cl("Hearing Aid Drying Box UV Electronic")
cl("Size 312 Zinc Air Button Cell 60 pcs")
cl("Otoscope Pocket LED with Specula Tips")
cl("Contact Lens Case Cute Cartoon Travel Kit")
cl("Silicone Contact Lens Remover Tool Plunger")
cl("Multi-Purpose Lens Solution 360ml Generic")
cl("Saline Solution for Sensitive Eyes 355ml")
cl("Blue Light Blocking Glasses TR90 Frame")
cl("Reading Glasses +2.0 Spring Hinge 5 Pack")
cl("Eyeglass Cleaning Wipes Pre-Moistened 200 ct")
cl("Microfiber Lens Cloths 20 Pack Assorted")
cl("Eyeglass Repair Kit Screwdriver Tiny Screws")
cl("Warm Compress Eye Mask Microwave Flaxseed")
cl("Steam Eye Mask Lavender Disposable 10 pcs")
cl("Eye Wash Cup Glass Reusable 2 pcs")
cl("Eye Patch Adhesive Kids Amblyopia 50 pcs")
cl("Swim Goggles Prescription Myopia -3.0")
cl("Magnifying Glass 10X with LED Light Reading")
cl("Pediatric Nasal Aspirator Electric Quiet")
cl("Baby Medicine Dispenser Pacifier Style")
cl("Oral Syringe 10ml Dosing Reusable 5 pcs")
cl("Sinus Irrigation Pot Ceramic Blue")
cl("Humidifier Cool Mist 3L Bedroom")
cl("Foot Corn Pads Gel Cushion 24")
cl("Toe Separators Silicone Bunion Relief")
cl("Lip Balm Beeswax Unflavored 10 Tubes")
cl("Aloe Vera Gel After Sun 300ml")
cl("Calamine Lotion Itch Relief 200ml")
cl("Tweezers Splinter Removal Stainless Fine Point")
cl("Medical Scissors Bandage Shears 7.5 inch")
cl("Waterproof Cast Cover Adult Leg")
cl("Denture Cleaning Tablets 120 ct")
cl("急救包 家用 医药箱 全套 户外 车载")
cl("医用纱布块 无菌 10片装 伤口护理")
cl("一次性 医用外科口罩 50只 独立包装")
cl("创口贴 防水 透气 100片 卡通")
cl("弹力绷带 自粘 运动 护腕 5卷")
cl("碘伏 消毒液 100ml 伤口 清洗")
cl("医用酒精棉片 75% 100片 独立装")
cl("电子体温计 婴儿 腋下 软头")
cl("电子血压计 上臂式 家用 语音")
cl("指夹式 血氧仪 心率 监测")
cl("药盒 一周 便携 分装 七天")
cl("艾草 暖贴 膝盖 发热贴 10片")
cl("艾灸盒 随身灸 家用 木制")
cl("刮痧板 牛角 面部 经络")
cl("拔罐器 真空 家用 12罐")
cl("枸杞 宁夏 特级 500g 免洗")
cl("菊花茶 胎菊 杭白菊 罐装")
cl("金银花 干货 泡茶 100g")
cl("三七粉 文山 超细 250g")
cl("西洋参 切片 含片 礼盒")
cl("红枣 新疆 若羌 灰枣 2斤")
cl("陈皮 新会 十年 干货 250g")
cl("艾叶 泡脚 中药包 30包")
cl("薄荷 清凉油 驱蚊 止痒 3g")
cl("润喉 含片 胖大海 罗汉果")
cl("冰敷袋 冷热两用 扭伤 膝盖")
cl("医用冰袋 一次性 速冷 10个")
cl("护膝 半月板 运动 髌骨带")
cl("颈托 颈椎 支撑 固定器 成人")
cl("手腕 固定 夹板 腱鞘 护具")
cl("拐杖 老人 四脚 防滑 可调")
cl("隐形眼镜盒 双联盒 便携 可爱")
cl("隐形眼镜 护理液 伴侣盒 镊子 吸棒 套装")
cl("近视眼镜框 男 超轻 钛架 方框")
cl("防蓝光 眼镜 平光 电脑 护目")
cl("老花镜 高清 便携 折叠 男女")
cl("眼镜布 超细纤维 擦镜布 20片")
cl("蒸汽眼罩 发热 睡眠 遮光 10片")
cl("洗眼杯 玻璃 眼部清洗 2个")
cl("热敷眼罩 USB 加热 缓解疲劳")
cl("耳塞 降噪 睡眠 隔音 硅胶")
cl("挖耳勺 可视 发光 儿童 套装")
cl("扩音器 老人 耳挂式 充电 声音放大器", "非医疗器械 个人声音放大")
cl("助听器 电池 A312 锌空 6粒")
cl("助听器 干燥盒 防潮 电子")
cl("洗鼻器 成人 儿童 电动 鼻腔冲洗")
cl("婴儿 吸鼻器 口吸式 防逆流")
cl("喂药器 奶嘴式 婴儿 防呛")
cl("痱子粉 婴儿 爽身粉 140g")
cl("云南 三七 牙膏 草本 120g", "清新口气 天然草本")
cl("Cotton Swabs Medical Grade Pointed 500")
cl("Emergency Whistle Compass Survival Kit")
cl("Snake Bite Kit Venom Extractor Pump")
cl("Wound Closure Strips Butterfly 30 pcs")
