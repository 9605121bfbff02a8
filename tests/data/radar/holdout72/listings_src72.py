"""The hand-written listings of the seventy-second held-out corpus (elderly care and
mobility): positives by case, then the near-misses, compatibility rows and clean rows.

``hg()`` and ``fw()`` only spell the named letters as Cyrillic look-alikes or full-width
forms; ``ZW`` is a zero-width space. Group names are right-id slugs (``tena`` is
``r72-tena``).
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK = {
    "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у",
    "s": "ѕ", "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "H": "Н", "K": "К",
    "M": "М", "T": "Т", "B": "В", "X": "Х",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with the named Latin letters spelled as Cyrillic look-alikes."""
    return "".join(_LOOK[ch] if ch in letters and ch in _LOOK else ch for ch in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (a space becomes an ideographic space)."""
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
    )


@dataclass(frozen=True)
class Entry:
    title: str
    case: str
    group: str
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


def _ids(slugs: str | None) -> tuple[str, ...] | None:
    return tuple(f"r72-{s}" for s in slugs.split()) if slugs else None


def _rows(case: str, rows: list[tuple]) -> list[Entry]:
    """Rows: (group slug, title[, description[, brand[, expected[, without]]]]);
    ``expected`` and ``without`` are space-separated slugs."""
    out = []
    for row in rows:
        group, title, description, brand, expected, without = (
            *row,
            *("", "", None, None)[len(row) - 2 :],
        )
        out.append(
            Entry(
                title=title,
                case=case,
                group=f"r72-{group}" if group else "",
                description=description,
                brand=brand,
                expected=_ids(expected),
                without_compat=_ids(without),
                image=case == "image",
            )
        )
    return out


EXACT = _rows(
    "exact",
    [
        ("tena", "TENA Lady Discreet Maxi Pads 12 Pack Wholesale"),
        ("depend", "Depend Fit-Flex Incontinence Underwear for Men Large 56 Count"),
        ("invacare", "Invacare Tracer SX5 Manual Wheelchair 18 inch Seat"),
        ("drive", "Drive Medical Nitro Euro Style Rollator Walker Lightweight"),
        ("pride", "Pride Go-Go Elite Traveller 4-Wheel Mobility Scooter"),
        ("jazzy", "Jazzy Select 6 Power Wheelchair Captain Seat"),
        ("karma", "Karma Ergo 115 Lightweight Transport Wheelchair"),
        ("accu-chek", "Accu-Chek Guide Blood Glucose Meter Kit with 50 Strips"),
        ("onetouch", "OneTouch Ultra Plus Flex Glucose Meter mg/dL"),
        ("contour", "Contour Next One Blood Glucose Monitoring System"),
        ("poise", "Poise Ultra Thin Bladder Leakage Pads Long Length"),
        ("prevail", "Prevail Air Overnight Adult Briefs Size Large Case of 72"),
        ("bauerfeind", "Bauerfeind GenuTrain Knee Support Sleeve Titanium Size 4"),
        ("mueller", "Mueller Hg80 Hinged Knee Brace One Size"),
        ("hoveround", "Hoveround MPV5 Power Chair with Swivel Seat"),
        ("kekao", "可靠 成人纸尿裤 L码 老年人尿不湿 整箱批发"),
        ("contec", "康泰 CMS50D 指夹式血氧仪 家用老人"),
        ("hubang", "互邦 手动轮椅 折叠轻便 老人代步 HBL35"),
        ("lifesense", "乐心 电子血压计 上臂式 家用语音播报"),
        ("etac", "Etac Swift Mobil Shower Commode Chair"),
        ("nova", "Nova Zoom Rollator Walker with 22 inch Seat Height"),
        ("rollz-motion", "Rollz Motion Rollator and Wheelchair in One Cobalt Blue"),
        ("panthera-x", "Panthera X Ultralight Rigid Wheelchair 4.9 kg"),
        (
            "breo",
            "Rechargeable Knee Massager with Heat for Arthritis Seniors",
            "Genuine 倍轻松 iKnee 3 air pressure knee warmer, gift box.",
        ),
        (
            "attends",
            "Breathable Adult Briefs Heavy Absorbency Medium 96 ct",
            "Attends Breathable Briefs with Advanced DermaDry, case pack from US distributor.",
        ),
        (
            "stander",
            "Bed Assist Rail Adjustable Height with Storage Pocket",
            "Stander Bed Cane, original box, for getting in and out of bed safely.",
        ),
        (
            "yicheng",
            "家用血糖仪 免调码 送试纸50片",
            "怡成 5D-1 型血糖仪，原装正品，支持医保。",
        ),
        (
            "aircast",
            "Pneumatic Walking Boot Tall Fracture Boot Medium",
            "Aircast AirSelect Elite walker, inflatable air cells, sealed box.",
        ),
        (
            "ottobock",
            "Below Knee Prosthetic Silicone Liner Size 26",
            "Ottobock Skeo liner, unused, fits standard pin lock systems.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("lifesense", "Lifesense Upper Arm Blood Pressure Monitor Bluetooth"),
        ("jiuan", "Andon Digital Blood Pressure Monitor KD-558 Wrist Type"),
        ("jiuan", "iHealth Track Smart Upper Arm Blood Pressure Monitor"),
        ("kekao", "Kekao Adult Diapers Pull Up Style XL 10pcs"),
        ("contec", "Contec CMS50D Fingertip Pulse Oximeter OEM Carton"),
        ("hubang", "Hubang Steel Folding Wheelchair for Elderly Export"),
        ("yicheng", "Yicheng Glucometer 5D-8 with Test Strips and Lancets"),
        ("bioland", "Bioland G-423S Blood Glucose Meter Set"),
        ("breo", "Breo iNeck Neck Massager for Elderly Cordless"),
        ("drive", "Drive DeVilbiss Bariatric Drop Arm Commode 1000 lbs"),
        ("pride", "Pride Mobility Victory 10 Scooter Red"),
        ("nova", "Nova Medical Vibe 6 Rollator Walker Red"),
        ("carex", "Carex Health Raised Toilet Seat with Handles"),
        ("contour", "Contour Next Test Strips 100 Count Sealed"),
        ("onetouch", "One Touch Verio Flex Glucose Meter with Lancing Device"),
        ("freestyle-libre", "FreeStyle Lite Test Strips 50 Count Exp 2028"),
        ("vive", "Vive Health Shower Chair with Back and Arms"),
        ("a-and-d", "A&D Medical UA-651 Blood Pressure Monitor Upper Arm"),
        ("ottobock", "Otto Bock Knee Joint 3R80 Rotary Hydraulic"),
        ("ossur", "Ossur Rebound Air Walker Boot Tall"),
        ("mueller", "Mueller Sports Medicine Adjustable Ankle Brace"),
        (
            "hoyer",
            "Full Body Patient Lift Sling Mesh with Commode Opening",
            "Hoyer Lift sling, Advance range, mesh with commode cut-out.",
        ),
        (
            "veloped",
            "All Terrain Rollator for Outdoor Hiking Big Wheels",
            "Trionic Veloped Sport 14er, climbs kerbs with its climbing wheels.",
        ),
        (
            "byacre-ultralight",
            "Carbon Fibre Rollator 5 kg Foldable Scandinavian",
            "byACRE Ultralight in black, carbon frame, folds flat.",
        ),
        (
            "rollz-motion",
            "2 in 1 Walker Wheelchair Convertible for Parkinsons",
            "Rollz rollator with footrests: walk with it, then sit and be pushed.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("tena", "添宁 成人拉拉裤 L码 老年人纸尿裤 护理"),
        ("tena", "添宁 女士 轻失禁 护垫 超薄 24片"),
        ("depend", "得伴 成人纸尿裤 男士 内裤式 M码"),
        ("karma", "康扬 轻便折叠轮椅 铝合金 KM-1500"),
        ("accu-chek", "罗康全 活力型 血糖试纸 50片 罗氏原装"),
        ("onetouch", "稳豪 倍易型 血糖仪 家用 送试纸"),
        ("freestyle-libre", "辅理善 瞬感 动态血糖仪 传感器 14天"),
        ("bauerfeind", "保而防 护膝 半月板 运动 专业款"),
        ("ottobock", "奥托博克 假肢 硅胶套 小腿 膝下"),
        ("mcdavid", "迈克达威 护踝 篮球 运动防崴脚"),
        ("invacare", "英维康 电动护理床 老人 家用 多功能"),
        ("rossmax", "优盛 上臂式血压计 家用 全自动"),
        ("rossmax", "优盛 耳温枪 婴儿老人 红外测温"),
        ("invacare", "英维康 制氧机 5L 家用 老人吸氧"),
        (
            "tena",
            "成人护理垫 60x90 一次性隔尿垫 老人用 床垫",
            "瑞典品牌添宁，柔软透气，医院同款。",
        ),
        (
            "depend",
            "成人纸尿裤 女士 内裤式 轻薄透气 L码",
            "得伴同款，夜用加强防漏。",
        ),
        (
            "karma",
            "电动轮椅 老人 可折叠 锂电池 智能",
            "台湾康扬出品，一键折叠，可上飞机。",
        ),
        (
            "accu-chek",
            "血糖仪 家用 免调码 送采血针",
            "正品罗康全智航型，医院同款，精准。",
        ),
        (
            "onetouch",
            "血糖试纸 50片 独立包装",
            "稳豪倍易型专用，原装进口。",
        ),
        (
            "bauerfeind",
            "护腰 腰椎间盘 腰围 固定带",
            "德国保而防 LumboTrain 腰托，正品。",
        ),
        (
            "lifesense",
            "Bluetooth Upper Arm Blood Pressure Monitor App Sync",
            "Made by 乐心 in Zhongshan, same factory as the WeChat model.",
        ),
        (
            "jiuan",
            "腕式 血压计 家用 全自动 语音",
            "九安医疗 出品，天津工厂直发。",
        ),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("tena", fw("TENA") + " Men Active Fit Absorbent Protector Level 2"),
        ("invacare", "INVACARE Platinum Mobile Oxygen Concentrator Battery"),
        ("accu-chek", "accu-chek performa test strips 100 pcs"),
        ("permobil", "PERMOBIL M3 Corpus Power Wheelchair Seat Elevation"),
        ("ottobock", "oTToBoCk Genium Knee Prosthesis Demo Unit"),
        ("depend", fw("Depend") + " Silhouette Briefs for Women Maximum"),
        ("drive", "DRIVE Deluxe Folding Walker Two Button with 5 inch Wheels"),
        ("zamst", "zamst A2-DX Ankle Brace Strong Support"),
        ("thuasne", "THUASNE Actistrap Knee Strap Patella"),
        ("eargo", "EARGO 7 Hearing Aids Rechargeable Invisible"),
        ("quickie", "qUiCkIe Nitrum Active Wheelchair Rigid Frame"),
        ("hoveround", fw("Hoveround") + " Teknique XHD Power Chair"),
        ("unitron", "UNITRON Moxi Blu Hearing Aid Receiver In Canal"),
        ("topro", "topro Olympos ATR Rollator Outdoor"),
        ("karma", fw("KARMA") + "　康扬　KM-8520 轮椅"),
        ("jazzy", "JAZZY Air 2 Elevating Power Chair"),
        (
            "bauerfeind",
            "Ankle Support Sleeve with Gel Pads Medical Grade",
            "BAUERFEIND MalleoTrain ankle brace, colour titanium, size 3.",
        ),
        (
            "mcdavid",
            "Knee Compression Sleeve with Hex Pads Basketball",
            "mcdavid hex knee pads, pair, youth and adult sizes.",
        ),
        (
            "futuro",
            "Wrist Brace Night Sleep Support Adjustable",
            fw("FUTURO") + " sleep wrist support, one size fits most.",
        ),
        (
            "ossur",
            "Knee Brace Ligament Hinged Post Surgery",
            "ÖSSUR CTi custom-fit style frame, carbon, left knee.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("invacare", "Invacaré Solara Tilt in Space Wheelchair"),
        ("tena", "TÉNA Slip Maxi Adult Brief Size M"),
        ("depend", "Dépend Night Defense Underwear Women XL"),
        ("karma", "Kármá S-Ergo 305 Wheelchair Ultra Light"),
        ("bauerfeind", "Bäuerfeind SacroLoc Back Support"),
        ("ottobock", "Öttobock C-Leg 4 Microprocessor Knee"),
        ("permobil", "Përmobil F5 Corpus VS Standing Wheelchair"),
        ("rossmax", "Róssmax X5 Upper Arm Blood Pressure Monitor"),
        ("zamst", "Zámst ZK-7 Knee Brace for Ligament Support"),
        ("thuasne", "Thuasné Ligaflex Post-Op Knee Brace"),
        ("unitron", "Unitrón Insera Custom In-Ear Hearing Aid"),
        ("mcdavid", "McDävid Ankle Brace with Straps Black"),
        ("hoveround", "Hoveröund MPV5 Swivel Seat Power Chair"),
        ("eargo", "Eärgo 6 Nearly Invisible Hearing Aids"),
        ("topro", "Tópro Troja Classic Rollator M"),
        (
            "contour",
            "Blood Glucose Test Strips 50 Count Sealed Box",
            "Cöntour Next strips, exp 2027, works with Next One and Next EZ.",
        ),
        (
            "accu-chek",
            "Lancets 200 Count Drum Type",
            "Accu-Chék FastClix lancet drums, 34 drums, sealed.",
        ),
        (
            "onetouch",
            "Glucose Meter Kit Colour Range Indicator",
            "OnéTouch Verio Reflect meter, mmol/L, complete kit.",
        ),
        (
            "prevail",
            "Adult Incontinence Briefs Maximum Absorbency XL",
            "Prévail Per-Fit briefs, 4 bags of 18.",
        ),
        (
            "aircast",
            "Ankle Stirrup Brace Gel Pads Left or Right",
            "Aírcast Air-Stirrup ankle training brace, universal.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("invacare", hg("Invacare", "ae") + " Reliant 450 Patient Lift Electric"),
        ("tena", hg("TENA", "TEA") + " ProSkin Pants Super Medium"),
        ("depend", hg("Depend", "ep") + " Real Fit Briefs for Men Grey"),
        ("karma", hg("Karma", "Ka") + " Flexx Self Propelled Wheelchair"),
        ("accu-chek", hg("Accu-Chek", "Ace") + " Instant Meter Bluetooth"),
        ("onetouch", hg("OneTouch", "Oe") + " Delica Plus Lancets 100"),
        ("bauerfeind", hg("Bauerfeind", "Bae") + " GenuTrain S Knee Brace"),
        ("ottobock", hg("Ottobock", "Oc") + " Harmony Vacuum Socket Pump"),
        ("permobil", hg("Permobil", "Peo") + " M1 Front Wheel Power Chair"),
        ("drive", hg("Drive", "e") + " Medical Steel Bedside Commode 3 in 1"),
        ("hoveround", hg("Hoveround", "Hoe") + " MPV4 Power Wheelchair Blue"),
        ("quickie", hg("Quickie", "ice") + " Q700 M Mid Wheel Power Chair"),
        ("carex", hg("Carex", "Cae") + " E-Z Lock Raised Toilet Seat"),
        ("contour", hg("Contour", "Co") + " Plus Elite Glucose Meter"),
        ("eargo", hg("Eargo", "Eao") + " Neo HiFi Hearing Aid Set"),
        ("thuasne", hg("Thuasne", "Tae") + " Malleo Dynastab Ankle Brace"),
        (
            "rossmax",
            "Wrist Blood Pressure Monitor Large Display",
            hg("Rossmax", "os") + " S150 wrist monitor, two users, 60 memories.",
        ),
        (
            "mueller",
            "Back Brace Adjustable Lumbar Support Belt",
            hg("Mueller", "Mue") + " adjustable back brace with removable pad.",
        ),
        (
            "pride",
            "Lift Chair Recliner Power Three Position Beige",
            hg("Pride", "Pie") + " VivaLift lift chair, genuine, local delivery.",
        ),
        (
            "jazzy",
            "Mid Wheel Power Chair 300 lb Capacity Compact Base",
            hg("Jazzy", "ay") + " 600 ES power chair, refurbished, new batteries.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("invacare", "Inv@care Aquatec Orca Bath Lift Seat"),
        ("tena", "T3NA Comfort Pads Super Shaped Insert"),
        ("depend", "Dep3nd Guards for Men Maximum Absorbency"),
        ("karma", "K@rma Soma Agile Reclining Wheelchair"),
        ("accu-chek", "Accu-Ch3k Softclix Lancing Device Kit"),
        ("onetouch", "0neTouch Verio Test Strips 100ct"),
        ("ottobock", "0ttobock Walk-On Flex AFO Drop Foot Brace"),
        ("permobil", "Perm0bil Explorer Mini Toddler Power Chair"),
        ("poise", "P0ise Overnight Incontinence Pads 32 ct"),
        ("prevail", "Pr3vail Protective Underwear Extra Absorbency L"),
        ("attends", "@ttends Stretch Briefs Super Plus Care"),
        ("futuro", "Fu7uro Energizing Knee Support Sleeve"),
        ("vive", "V1ve Knee Scooter Steerable Foldable"),
        ("aircast", "A1rcast Cryo Cuff Knee Cold Therapy"),
        ("donjoy", "D0nJoy Playmaker II Knee Brace"),
        ("zamst", "Z@mst EK-3 Knee Support Medium"),
        (
            "stander",
            "Transfer Pole with Curved Grab Bar Floor to Ceiling",
            "St@nder Security Pole, tension mounted, no drilling.",
        ),
        (
            "hoyer",
            "Electric Patient Lift 180 kg Folding Mast",
            "H0yer Presence lift, portable, with charger.",
        ),
        (
            "rollz-motion",
            "Rollator That Turns Into a Transport Chair",
            "R0llz M0tion in Cobalt Blue, with soft footrests.",
        ),
        (
            "veloped",
            "Outdoor Walker with Climbing Wheels Forest Trails",
            "Vel0ped Trek 12er, for gravel and snow.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("tena", "T E N A Flex Maxi Belted Brief Size L"),
        ("invacare", "Inva-care Perfecto2 Oxygen Concentrator 5 LPM"),
        ("depend", "D.e.p.e.n.d Night Defense Underwear Men M"),
        ("karma", "Kar" + ZW + "ma Blazer Electric Wheelchair Joystick"),
        ("accu-chek", "Accu Chek Aviva Glucose Meter mmol/L"),
        ("onetouch", "One-Touch Select Plus Test Strips 50"),
        ("bauerfeind", "Bauer feind ManuTrain Wrist Support"),
        ("ottobock", "Otto-bock Triton Prosthetic Foot"),
        ("permobil", "Perm obil M5 Corpus Power Wheelchair"),
        ("hoveround", "Hove round Zoome Auto-Flex Scooter"),
        ("aircast", "Air-cast SP Walker Short Pneumatic Boot"),
        ("donjoy", "Don Joy OA Nano Knee Brace Osteoarthritis"),
        ("etac", "E.T.A.C Hi-Loo Raised Toilet Seat 10 cm"),
        ("rossmax", "Ross max CF155f Upper Arm Blood Pressure Monitor"),
        ("lifesense", "L I F E S E N S E i5 Body Fat Scale"),
        ("kekao", "可" + ZW + "靠 成人护理垫 60x90 老年隔尿垫"),
        (
            "mcdavid",
            "Thumb Brace Wrist Stabiliser for Arthritis",
            "M c D a v i d wrist and thumb support, one size.",
        ),
        (
            "eargo",
            "Rechargeable Hearing Aids Pair Nearly Invisible",
            "E_a_r_g_o 5, with charging case and tips.",
        ),
        (
            "contour",
            "Glucose Meter Bluetooth App Sync mg/dL",
            "C-o-n-t-o-u-r Next One meter, kit with lancing device.",
        ),
        (
            "thuasne",
            "Lumbar Support Belt Breathable for Lower Back",
            "Thu asne LombaStab lumbar belt, size 3.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("accu-chek", "Accu-Check Guide Test Strips 50 Pcs"),
        ("accu-chek", "Acu Chek Active Blood Glucose Meter"),
        ("ottobock", "Otobock Prosthetic Knee Joint Polycentric"),
        ("bauerfeind", "Bauerfiend Knee Brace GenuTrain Black"),
        ("invacare", "Invercare Rollator Walker 4 Wheel Seat"),
        ("rossmax", "Rosmax Automatic Blood Pressure Monitor"),
        ("permobil", "Permobel M3 Power Wheelchair Used"),
        ("mcdavid", "MacDavid Knee Brace with Side Hinges"),
        ("hoveround", "Hoveroud Power Chair Joystick Controller"),
        ("zamst", "Zamts Ankle Brace A1 Short"),
        ("thuasne", "Thausne Knee Brace Genu Ligaflex"),
        ("onetouch", "One Tuch Ultra Test Strips 100"),
        ("quickie", "Quicky Wheelchair Titanium Folding Frame"),
        ("hoyer", "Hoyar Lift Sling Full Body Large"),
        ("karma", "Carma Ergo Lite Transport Wheelchair"),
        ("tena", "添柠 成人纸尿裤 老人 M码"),
        ("rossmax", "优胜 血压计 上臂式 全自动 语音播报"),
        ("invacare", "英威康 电动轮椅 折叠"),
        (
            "unitron",
            "BTE Hearing Aid Digital 16 Channel Rechargeable",
            "Unitran Discover Next style, programmed to your audiogram.",
        ),
        (
            "mueller",
            "Patella Strap Knee Band Runners",
            "Mueler Jumper's knee strap, adjustable.",
        ),
        (
            "veloped",
            "Offroad Rollator Walker Pneumatic Tyres",
            "Velopped style all-terrain walker with climbing wheels.",
        ),
        (
            "jazzy",
            "Power Wheelchair Mid Wheel Compact",
            "Jazy Select Elite, gently used, charger included.",
        ),
    ],
)

BRAND_FIELD = _rows(
    "brand_field",
    [
        ("drive", "Aluminium Rollator Walker with Seat and Basket", "", "Drive"),
        ("nova", "Four Wheel Walker with Padded Seat and Backrest", "", "Nova"),
        ("vive", "Knee Walker Scooter Steerable for Foot Injury", "", "Vive"),
        ("carex", "Shower Bench with Back Aluminium Adjustable", "", "Carex"),
        ("pride", "Three Wheel Mobility Scooter Foldable Travel", "", "Pride"),
        ("poise", "Bladder Leakage Liners Very Light 26 ct", "", "Poise"),
        ("prevail", "Adult Underpads Disposable 30 x 36 inch", "", "Prevail"),
        ("attends", "Adult Briefs Tab Closure Overnight Medium", "", "Attends"),
        ("stander", "Couch Cane Standing Aid Handle for Sofa", "", "Stander"),
        ("futuro", "Elbow Support Compression Tennis Elbow", "", "Futuro"),
        ("mueller", "Ankle Brace Lace Up Volleyball Support", "", "Mueller"),
        ("a-and-d", "Upper Arm Blood Pressure Monitor Large Cuff", "", "A&D"),
        ("contour", "Glucose Meter Strips Lancets Starter Kit", "", "Contour"),
        ("freestyle-libre", "CGM Sensor 14 Day Continuous Glucose", "", "FreeStyle Libre"),
        ("jiuan", "Wrist Blood Pressure Monitor Voice Broadcast", "", "iHealth"),
        ("kekao", "成人纸尿裤 老年人 尿不湿 L码 10片", "", "可靠"),
        ("contec", "指夹式 血氧仪 心率 家用", "", "康泰"),
        ("hubang", "铝合金 轮椅 折叠 轻便 老人", "", "互邦"),
        ("bioland", "血糖仪 家用 全套 送试纸", "", "爱奥乐"),
        ("depend", "成人拉拉裤 男士 内裤式 大码", "", "得伴"),
        ("breo", "颈部按摩仪 热敷 老人", "", "Breo"),
    ],
)

IMAGE = _rows(
    "image",
    [
        ("lifesense", "Upper Arm Blood Pressure Monitor Voice Broadcast"),
        ("kekao", "成人纸尿裤 老人 一次性 尿片 M码"),
        ("tena", "Incontinence Pads Women Moderate Absorbency"),
        ("tena", "成人护理拉拉裤 XL码 夜用"),
        ("depend", "Men Protective Underwear Maximum Absorbency L/XL"),
        ("karma", "Lightweight Transport Wheelchair 9 kg Folding"),
        ("accu-chek", "Blood Glucose Test Strips 50 pcs Sealed"),
        ("onetouch", "Glucometer Kit with Lancets mmol/L"),
        ("bauerfeind", "Knee Support Sleeve Silicone Ring Pad"),
        ("ottobock", "Prosthetic Foot Carbon Fibre Energy Return"),
        ("invacare", "Hospital Bed Semi Electric Home Care"),
        ("invacare", "Oxygen Concentrator Portable 5 Litre"),
        ("drive", "Rollator Walker Foldable with Seat Red"),
        ("aircast", "Walking Boot Air Pump Fracture Brace"),
        ("hoveround", "Power Chair Swivel Seat Indoor Outdoor"),
        ("permobil", "Power Wheelchair Seat Elevation Tilt"),
        ("panthera-x", "Ultralight Rigid Wheelchair Carbon Backrest"),
        ("panthera-x", "超轻 活动型 轮椅 碳纤维"),
        ("karma", "轻便 折叠 轮椅 铝合金 可上飞机"),
        ("bauerfeind", "Lumbar Back Brace Medical Compression"),
    ],
)

MIXED = _rows(
    "mixed",
    [
        ("tena", "添宁 T3NA 成人拉拉裤 L码 夜用"),
        (
            "accu-chek",
            "Accu-Ch3k Guide Strips plus 0neTouch Lancets Bundle",
            "",
            "",
            "accu-chek onetouch",
        ),
        ("drive", "Drive Medical Rollator with Vive Health Seat Cushion", "", "", "drive vive"),
        ("depend", "Depend and Poise Pads Trial Combo Pack", "", "", "depend poise"),
        ("tena", "TENA vs Prevail Adult Brief Sample Kit", "", "", "tena prevail"),
        (
            "hoveround",
            "Hoveround Zoome Scooter with Pride Lithium Battery",
            "",
            "",
            "hoveround pride",
        ),
        ("permobil", "Permobil M3 Power Chair with Invacare Headrest", "", "", "permobil invacare"),
        ("zamst", "Zamst Ankle Brace with McDavid Hex Pads Set", "", "", "zamst mcdavid"),
        ("kekao", "可靠 Kekao 成人纸尿裤 整箱 老人"),
        ("karma", "Kármá 康扬 轻便轮椅 铝合金"),
        ("vive", "Vive Wheelchair Cushion for Invacare Tracer", "", "", "vive", "vive invacare"),
        ("carex", "Carex Cane Holder Clip for Drive Rollator", "", "", "carex", "carex drive"),
        (
            "contour",
            "Contour Microlet Lancets Compatible with Accu-Chek Softclix",
            "",
            "",
            "contour",
            "contour accu-chek",
        ),
        (
            "pride",
            "Pride Mobility Battery Charger for Jazzy Select",
            "",
            "",
            "pride",
            "pride jazzy",
        ),
        ("lifesense", "乐心 血压计袖带 适用于九安血压计", "", "", "lifesense", "lifesense jiuan"),
        (
            "rossmax",
            "Rossmax Cuff Replacement for A&D UA-767",
            "",
            "",
            "rossmax",
            "rossmax a-and-d",
        ),
        (
            "ottobock",
            "0ttobock Lock Pin fits Össur Iceross Liner",
            "",
            "",
            "ottobock",
            "ottobock ossur",
        ),
        (
            "bauerfeind",
            "Knee Brace Premium Compression Two Styles",
            "Choose Bauerfe1nd GenuTrain look or the McD@vid hinged one.",
            "",
            "bauerfeind mcdavid",
        ),
        (
            "eargo",
            "Invisible Hearing Aids Starter Set with Domes",
            "E@rgo style shells with Unitron domes and wax guards.",
            "",
            "eargo unitron",
        ),
        (
            "onetouch",
            "Glucose Strips and Lancets 100 Count Each",
            "稳豪 OneT0uch Select Plus strips with Delica lancets.",
        ),
        (
            "donjoy",
            "Cold Therapy Pad for Knee Cooler Units",
            "DonJoy cold pack, fits the Aircast Cryo Cuff cooler.",
            "",
            "donjoy",
            "donjoy aircast",
        ),
    ],
)

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

# Compatibility: an accessory or spare part naming the device it fits (its group's right
# joins only with allow_compatibility_wording = false).
COMPAT = _rows(
    "compat",
    [
        ("invacare", "Wheelchair Cushion for Invacare Tracer EX2 18 inch"),
        ("invacare", "Replacement Armrest Pads for Invacare Wheelchairs Pair"),
        ("invacare", "Nasal Cannula Tubing Compatible with Invacare Perfecto2"),
        ("karma", "Anti-Tip Wheels Pair fits Karma Ergo 115"),
        ("karma", "Seat Belt Buckle Strap Designed to Fit Karma Wheelchairs"),
        ("permobil", "Joystick Knob Soft Ball for Permobil M3 Corpus"),
        ("permobil", "Replacement Caster Wheel 8 inch for Permobil F3"),
        ("quickie", "Push Rim Covers Silicone Compatible for Quickie 2"),
        ("quickie", "Side Guards Carbon Look fits Quickie Nitrum"),
        ("hoveround", "Battery Pack 12V 40Ah Replacement for Hoveround MPV5"),
        ("hoveround", "Oxygen Tank Holder Works with Hoveround Power Chairs"),
        ("pride", "Scooter Basket Front Mount for Pride Go-Go"),
        ("pride", "Rain Cover Canopy fits Pride Victory Scooter"),
        ("jazzy", "Cup Holder Clamp Compatible with Jazzy Select Elite"),
        ("jazzy", "Joystick Controller Replacement for Jazzy 600"),
        ("drive", "Tennis Ball Glides for Drive Medical Walkers 4 Pack"),
        ("drive", "Rollator Seat Cover Drive Medical compatible Nitro"),
        ("nova", "Replacement Hand Brake Cable for Nova Rollators"),
        ("topro", "Walking Stick Holder fits Topro Troja Rollator"),
        ("vive", "Replacement Wheels for Vive Knee Scooter 2 Pack"),
        ("rollz-motion", "Replacement Footrest Set for Rollz Motion"),
        ("veloped", "Inner Tube 12 inch Works with Trionic Veloped"),
        ("byacre-ultralight", "Shopping Bag Designed to Fit byACRE Ultralight"),
        ("panthera-x", "Carbon Side Guards for Panthera X Wheelchair"),
        ("accu-chek", "Blood Glucose Test Strips Compatible with Accu-Chek Active"),
        ("accu-chek", "Carry Case for Accu-Chek Guide Meter"),
        ("onetouch", "Lancets 30G 200 pcs fits OneTouch Delica"),
        ("onetouch", "Meter Case Designed to Fit OneTouch Verio Flex"),
        ("contour", "Control Solution Compatible with Contour Next Meters"),
        ("freestyle-libre", "Sensor Patch Covers for FreeStyle Libre 2 20 Pack"),
        ("freestyle-libre", "Waterproof Adhesive Overlay fits FreeStyle Libre 3"),
        ("a-and-d", "Large Adult Cuff 32-45 cm Compatible with A&D UA-651"),
        ("rossmax", "AC Adapter 6V for Rossmax Blood Pressure Monitors"),
        ("unitron", "Hearing Aid Domes Open 8 mm Compatible for Unitron Moxi"),
        ("eargo", "Replacement Petal Tips for Eargo 6 Medium"),
        ("ossur", "Replacement Liner Set for Ossur Rebound Air Walker"),
        ("aircast", "Replacement Air Pump Bulb for Aircast Walkers"),
        ("aircast", "Boot Sock Liner fits Aircast AirSelect"),
        ("donjoy", "Replacement Strap Set for DonJoy Playmaker"),
        ("etac", "Replacement Seat for Etac Swift Commode"),
        ("hoyer", "Lifting Sling Compatible with Hoyer Lift Medium"),
        ("stander", "Organizer Pouch fits Stander Bed Rail"),
        ("tena", "Washable Mesh Pants Designed to Fit TENA Pads"),
        ("depend", "Booster Pads Works with Depend Underwear 30 Count"),
        ("tena", "成人护理 固定裤 适用于添宁 尿片 网裤"),
        ("lifesense", "血压计袖带 适用 乐心 上臂式 22-32cm"),
        ("jiuan", "血压计 电源适配器 适配九安 电子血压计"),
        ("yicheng", "采血针 兼容怡成血糖仪 100支"),
        ("accu-chek", "替换 罗康全 采血笔 针头 200支"),
        ("hubang", "轮椅 坐垫 适用于互邦轮椅 透气"),
        ("karma", "轮椅 刹车 配件 适配康扬 KM-1500"),
        ("freestyle-libre", "动态血糖 传感器 保护贴 适用于辅理善瞬感"),
        ("contec", "血氧仪 挂绳 保护套 兼容康泰 CMS50D"),
        ("breo", "Charging Cable Replacement for Breo iNeck Massager"),
        ("bauerfeind", "Washing Bag for Compression Braces fits Bauerfeind Supports"),
    ],
)

# The mark inside a longer word, or across a Chinese word boundary.
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("tena", "Maintenance Free Solid Wheelchair Tyres 24 inch Pair"),
        ("tena", "Indoor TV Antenna Amplified Easy Setup for Seniors"),
        ("tena", "Tenacious Grip Non Slip Hospital Socks 3 Pairs"),
        ("depend", "Independent Living Aids Reacher Grabber 32 inch"),
        ("depend", "Dependable Stainless Steel Grab Bar 18 inch"),
        ("nova", "Innovative Weekly Pill Organizer AM PM Large"),
        ("nova", "Supernova Star Projector Night Light for Bedroom"),
        ("nova", "Bathroom Renovation Safety Kit Grab Bars and Mat"),
        ("nova", "Casanova Masquerade Mask Venetian Gold"),
        ("vive", "Survive the Storm Emergency Kit for Seniors 72 Hours"),
        ("etac", "Detachable Armrest Transport Chair Lightweight"),
        ("etac", "Handheld Shower Head with Detachable Hose 2 m"),
        ("veloped", "Newly Developed Anti Slip Bath Mat with Suction Cups"),
        ("veloped", "Enveloped in Warmth Heated Throw Blanket Auto Off"),
        ("contour", "Contoured Memory Foam Seat Cushion Coccyx Relief"),
        ("contour", "Contoured Knee Pillow for Side Sleepers"),
        ("poise", "Porpoise Plush Toy 30 cm Soft Grey"),
        ("poise", "Counterpoise Wire 10 m for Ham Radio Ground"),
        ("stander", "Bystander CPR Training Manikin Adult Torso"),
        ("jiuan", "Abandoned Railway Jigsaw Puzzle 1000 Pieces"),
        ("jiuan", "Personalised Walking Cane Engraved Name Brandon"),
        ("drive", "Driveway Reflector Markers 12 Pack Orange"),
        ("drive", "Precision Screwdriver Set 24 in 1 Repair Kit"),
        ("lifesense", "快乐心情 老年人 棋牌桌 折叠"),
        ("lifesense", "欢乐心愿 生日 蜡烛 数字"),
        ("kekao", "浴室 置物架 免打孔 可靠墙放置"),
        ("kekao", "坐便椅 可靠背 调节 老人 洗澡"),
        ("contec", "老人 健康泰式按摩 靠垫 电动"),
        ("jiuan", "电动轮椅 锂电池 24V 十九安时"),
        ("tena", "香薰机 为卧室增添宁静氛围 静音"),
        ("depend", "实木 拐杖 值得伴您一生 老人"),
        ("breo", "Breonna Name Necklace Gold Plated"),
    ],
)

# A mark that is also an ordinary word (or a place, person or another holder's name),
# used as that word, not as the maker of goods of the right's trade.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("drive", "USB Flash Drive 64GB Large Print Label Keyring"),
        ("drive", "External Hard Drive 1TB Portable Slim"),
        # A wheelchair's drive motor: the part, not the maker.
        ("drive", "Power Wheelchair Rear Wheel Drive Motor 24V 320W"),
        ("drive", "Drive Safe Grandpa Engraved Keychain Gift"),
        ("pride", "Pride Flag Rainbow 3x5 ft Polyester"),
        ("pride", "Pride and Prejudice Large Print Edition Hardcover"),
        ("jazzy", "Jazzy Sequin Party Dress Women Gold"),
        ("jazzy", "Jazzy Crew Socks Colourful Pattern for Men 5 Pairs"),
        ("nova", "Bossa Nova Classics Vinyl Record LP"),
        ("nova", "Nova Scotia Lighthouse Souvenir Fridge Magnet"),
        ("karma", "Karma Bracelet Tiger Eye Beads Men"),
        ("karma", "Good Karma Wall Decal Vinyl Lettering"),
        ("carex", "Carex Pendula Weeping Sedge Seeds 200 pcs"),
        ("carex", "Carex Evergold Ornamental Grass Plug Plants 6 Pack"),
        # A contour pillow is shaped, not made by the glucose-meter maker.
        ("contour", "Contour Pillow Cervical Neck Support Memory Foam"),
        ("contour", "Cream Contour Stick Makeup Dual Ended"),
        ("poise", "Balance and Poise Yoga DVD for Beginners"),
        ("prevail", "Love Will Prevail Wooden Wall Sign"),
        ("prevail", "Truth Shall Prevail Bible Verse Canvas Print"),
        ("attends", "Prayer Journal for Anyone Who Attends Church Weekly"),
        ("depend", "You Can Depend on Me Keychain Father's Day"),
        ("vive", "Vive la France Canvas Tote Bag Blue"),
        # Mueller Industries: another holder's copper fittings.
        ("mueller", "Mueller Copper Pipe Fittings 1/2 inch Elbow 10 pcs"),
        # The Futuro House, the 1968 plastic house design.
        ("futuro", "Futuro House Scale Model Kit 1:100 UFO Shaped"),
        # Quickie Manufacturing: another holder's cleaning tools.
        ("quickie", "Quickie Microfiber Mop Refill Head"),
        # A&D diaper-rash ointment: another holder.
        ("a-and-d", "A&D Diaper Rash Ointment 4 oz Tube"),
        # A prone stander is a therapy product; the word names the product itself.
        ("stander", "Pediatric Prone Stander Standing Frame Adjustable"),
        ("tena", "Tena Ecuador Rainforest Travel Map Poster"),
        ("jiuan", "Andon Light Tower 3 Colour for Production Line 24V"),
        ("jiuan", "Andon Cord Pull Switch Lean Manufacturing Station"),
        # Bioland e.V., the German organic farming association.
        ("bioland", "Bioland Certified Organic Spelt Flour 1 kg"),
        ("yicheng", "Yicheng Hubei Travel Guide and City Map"),
        # Contec, Inc.: another holder's cleanroom wipes.
        ("contec", "Contec Cleanroom Wipes 9 x 9 inch Polyester 150 pcs"),
        # Unitron telescopes of the 1960s: another holder's old name.
        ("unitron", "Vintage Unitron Refractor Telescope Eyepiece 0.965"),
        ("onetouch", "One Touch Start Electric Kettle 1.7 L Auto Shut Off"),
        ("onetouch", "One Touch Open Umbrella Windproof Large"),
        ("freestyle-libre", "Freestyle Swimming Kickboard EVA for Adults"),
        ("freestyle-libre", "Freestyle Stunt Scooter Pro Aluminium Deck"),
        # Carbon and ultralight describe the poles.
        ("byacre-ultralight", "Carbon Ultralight Trekking Poles Pair Cork Grip"),
        # Connor McDavid, the hockey player: a person, not the brace maker.
        ("mcdavid", "Connor McDavid Rookie Hockey Card Graded"),
        ("panthera-x", "Panthera Leo Lion Figurine Resin Hand Painted"),
        # 可靠 describing the quality of the goods, not naming their maker (commented).
        ("kekao", "质量可靠 成人纸尿裤 工厂直销 批发"),
        ("kekao", "安全可靠 浴室扶手 不锈钢 老人"),
        ("kekao", "性能可靠 电动轮椅 锂电池 折叠"),
        ("contec", "身体康泰 寿字 贺寿 挂画 装裱"),
        ("contec", "福寿康泰 十字绣 客厅 新款"),
        # 倍轻松 as a phrase ("twice as easy") on a shopping trolley.
        ("breo", "搬运倍轻松 折叠 手推车 老人 买菜车"),
        ("breo", "上下楼倍轻松 爬楼 购物车 六轮"),
        ("lifesense", "知足乐心 书法 横幅 宣纸 手写"),
        ("hoyer", "Hoyer Family Crest Coffee Mug Personalised Surname"),
        ("vive", "HTC Vive Style VR Game Room Sign"),
    ],
)

# A common word one edit from a mark (or from a misspelling of one), used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("tena", "Beach Tent Pop Up Sun Shelter for 3 People"),
        ("depend", "Defend Your Home Door Stop Alarm Wedge"),
        ("drive", "Dive Mask Snorkel Set Adult Anti Fog"),
        ("drive", "Dried Mango Slices No Sugar Added 500 g"),
        ("pride", "Bride to Be Sash and Tiara Set"),
        ("pride", "Price Tag Gun with 5000 Labels"),
        ("karma", "Parma Ham Slicer Stainless Steel"),
        ("carex", "Someone Who Cares Sympathy Card"),
        ("carex", "Carer Emergency ID Card Holder Lanyard"),
        ("poise", "Noise Cancelling Earmuffs for Sleep and Study"),
        ("poise", "Yoga Pose Cards Deck for Seniors 50 Cards"),
        ("attends", "Attendance Register Book A4 Hardback"),
        ("futuro", "Future Planner 2027 Weekly Undated"),
        ("vive", "Artificial Ivy Vine Garland 2 m"),
        ("vive", "Good Vibe Only Neon Sign USB"),
        ("vive", "Bench Vice Clamp Cast Iron 4 inch"),
        ("eargo", "Cargo Pants Elastic Waist Men Side Pockets"),
        ("topro", "Topo Map Poster Custom Hiking Trail"),
        ("stander", "Cardboard Standee Life Size Cutout Custom"),
        ("hoyer", "Foyer Bench with Shoe Storage Oak"),
        ("rollz-motion", "Toilet Paper Rolls 24 Pack 3 Ply"),
        # One-touch (hyphenated) folding, the ordinary phrase.
        ("onetouch", "One-Touch Folding Walking Cane with LED Light"),
        ("jazzy", "Jazz Piano Sheet Music Book Easy Arrangements"),
        ("nova", "Large Print Novel Mystery Paperback Set of 3"),
        ("kekao", "床边扶手 起身依靠 助力架 老人"),
        ("lifesense", "老年乐器 口琴 入门 24孔"),
        ("jiuan", "平安扣 玉 吊坠 老人 礼物"),
        ("contec", "康复训练器 手指 偏瘫 老人"),
        ("hubang", "老人 互动 陪伴 玩具 智能"),
        ("hubang", "邻里互帮互助 宣传海报 社区"),
        ("yicheng", "怡然自得 茶具 套装 功夫茶"),
        ("breo", "超轻松 折叠 购物车 爬楼"),
        ("tena", "无添加 手工皂 老人 敏感肌"),
        ("depend", "陪伴 机器人 老人 语音聊天"),
        ("karma", "康养中心 护理床 多功能 电动"),
        ("onetouch", "稳固 防滑 四脚拐杖 老人"),
        # 优胜 (winner) used normally; the same word on a blood pressure monitor is a
        # misspelling of 优盛 (see MISSPELLING).
        ("rossmax", "优胜奖 奖杯 水晶 定制 刻字"),
    ],
)

CLEAN = [
    Entry(title=t, case="clean", group="", description=d)
    for t, d in [
        ("Folding Walking Cane Adjustable Height Aluminium", ""),
        ("Quad Cane Four Point Base Non Slip Tips", ""),
        ("Forearm Crutches Pair Ergonomic Handles", ""),
        ("Underarm Crutches Adjustable Adult Padded", ""),
        ("Standard Folding Walker Without Wheels", ""),
        ("Two Wheel Front Walker with Glide Caps", ""),
        (
            "Lightweight Rollator 4 Wheels Padded Seat Basket",
            "Folds in one step, loop brakes, 136 kg capacity.",
        ),
        ("Upright Walker Tall Stand Up Rollator Armrest", ""),
        ("Manual Self Propelled Wheelchair 20 inch Seat", ""),
        ("Transport Chair Attendant Brakes 12 inch Rear Wheels", ""),
        ("Bariatric Wheelchair Heavy Duty 24 inch Seat", ""),
        ("Reclining High Back Wheelchair Elevating Legrests", ""),
        (
            "Electric Wheelchair Folding Lithium 20 km Range",
            "Joystick control, airline friendly battery, weighs 23 kg.",
        ),
        ("Four Wheel Mobility Scooter 500 W Basket Mirror", ""),
        ("Three Wheel Folding Scooter for Seniors Travel", ""),
        ("Mobility Scooter Weather Cover Waterproof Universal", ""),
        ("Wheelchair Gel Seat Cushion Pressure Relief 18 x 16", ""),
        ("Wheelchair Side Bag Armrest Pouch Waterproof", ""),
        ("Wheelchair Ramp Threshold Aluminium 3 inch Rise", ""),
        ("Portable Folding Ramp 6 ft Non Skid Surface", ""),
        ("Stair Lift Chair Straight Rail Home Use", ""),
        ("Patient Transfer Board Wood Smooth Finish", ""),
        ("Gait Belt with Handles Quick Release Buckle", ""),
        ("Swivel Seat Cushion Car Transfer Aid", ""),
        ("Bed Rail for Elderly Adults Safety Handle", ""),
        ("Overbed Table Adjustable Height Tilting Top", ""),
        ("Hospital Bed Mattress Alternating Pressure Pad", ""),
        ("Bed Wedge Pillow Foam 12 inch Incline", ""),
        ("Pressure Ulcer Heel Protector Boots Pair", ""),
        ("Reacher Grabber Tool 32 inch Rotating Jaw", ""),
        ("Sock Aid Device Easy On and Off", ""),
        ("Long Handled Shoe Horn 30 inch Stainless", ""),
        ("Button Hook and Zipper Puller Dressing Aid", ""),
        ("Weighted Utensils Tremor Spoon Fork Set", ""),
        ("Two Handled Sippy Cup Adult Spill Proof", ""),
        ("Pill Crusher and Splitter Combo", ""),
        ("Large Print Day Clock Dementia Calendar", ""),
        (
            "Medical Alert Pendant Fall Detection SOS Button",
            "Two way voice, GPS, works indoors and outdoors.",
        ),
        ("Caregiver Pager Wireless Call Button 2 Receivers", ""),
        ("Bed Exit Alarm Pressure Pad Sensor", ""),
        ("Shower Chair with Back Aluminium Non Slip Feet", ""),
        ("Bath Transfer Bench Sliding Seat", ""),
        ("Tub Grab Bar Clamp On Adjustable", ""),
        ("Suction Cup Grab Bar 12 inch Shower Handle", ""),
        ("Stainless Steel Grab Bar 24 inch Brushed", ""),
        ("Raised Toilet Seat 4 inch with Lid and Arms", ""),
        ("Toilet Safety Frame Adjustable Width Rails", ""),
        ("Bedside Commode Chair 3 in 1 Steel", ""),
        ("Non Slip Bath Mat Extra Long 100 x 40 cm", ""),
        ("Handheld Shower Head Long Hose Pause Switch", ""),
        ("Bath Lift Seat Battery Powered Reclining", ""),
        ("Long Handled Bath Sponge Back Scrubber", ""),
        ("Adult Incontinence Briefs Tab Style Large 10 pcs", ""),
        ("Pull Up Protective Underwear Overnight XL", ""),
        ("Disposable Underpads 60 x 90 cm 30 Sheets", ""),
        ("Washable Bed Pad Waterproof Reusable 4 Layer", ""),
        ("Male Urinal Bottle 1000 ml with Lid", ""),
        ("Bladder Control Pads Women Light 40 ct", ""),
        ("Adult Wet Wipes Large Thick 64 Sheets", ""),
        ("Barrier Cream Zinc Skin Protectant 100 g", ""),
        ("Knee Brace Hinged Adjustable Open Patella", ""),
        ("Back Support Belt Lumbar Brace Breathable", ""),
        ("Wrist Splint Carpal Tunnel Night Support", ""),
        ("Ankle Brace Lace Up with Stabiliser Straps", ""),
        ("Posture Corrector Upper Back Clavicle Support", ""),
        ("Cervical Collar Soft Foam Neck Brace", ""),
        ("Shoulder Immobiliser Sling Arm Support", ""),
        ("Plantar Fasciitis Night Splint Boot", ""),
        ("Hip Protector Briefs Fall Padding", ""),
        ("Compression Stockings 20-30 mmHg Knee High", ""),
        (
            "Upper Arm Blood Pressure Monitor Large Cuff Talking",
            "Reads out results, stores 120 readings for two users.",
        ),
        ("Wrist Blood Pressure Monitor Irregular Heartbeat", ""),
        ("Blood Glucose Meter Kit 50 Strips 50 Lancets", ""),
        ("Lancing Device Adjustable Depth with 100 Lancets", ""),
        ("Fingertip Pulse Oximeter OLED Display", ""),
        ("Digital Thermometer Flexible Tip Fast Read", ""),
        ("Hearing Amplifier Rechargeable Behind the Ear Pair", ""),
        ("Hearing Aid Batteries Size 312 60 pcs", ""),
        ("Hearing Aid Drying Box UV Dehumidifier", ""),
        ("TV Listening Headphones Wireless for Hard of Hearing", ""),
        ("Amplified Big Button Phone Photo Dial", ""),
        ("Magnifying Glass with Light 3X Handheld", ""),
        ("Heated Knee Wrap Massager Red Light", ""),
        ("Electric Foot Massager Shiatsu Heat", ""),
        ("Heating Pad for Back Pain Auto Shut Off", ""),
        ("Anti Slip Grip Socks Hospital Unisex", ""),
        ("Orthopedic Slippers Wide Fit Diabetic", ""),
        ("轻便折叠拐杖 铝合金 可调节 老人", ""),
        ("四脚拐杖 防滑 老年人 助行器", ""),
        ("助行器 带轮 带座 老人 学步车", "可折叠，手刹，带购物篮。"),
        ("手动轮椅 折叠 轻便 老人 代步车", ""),
        ("电动轮椅 全自动 智能 锂电池 折叠", ""),
        ("老年代步车 四轮 电动 残疾人", ""),
        ("轮椅坐垫 防褥疮 凝胶 透气", ""),
        ("护理床 家用 多功能 瘫痪病人 翻身", ""),
        ("防褥疮气垫床 波动 充气 床垫", ""),
        ("床边护栏 老人起身 扶手 防摔", ""),
        ("移位带 护理 搬运 病人 转移", ""),
        ("洗澡椅 老人 防滑 浴室 坐凳", ""),
        ("坐便椅 老人 可折叠 移动马桶", ""),
        ("马桶增高器 加高垫 老人 带扶手", ""),
        ("浴室扶手 不锈钢 防滑 卫生间 栏杆", ""),
        ("吸盘扶手 免打孔 浴缸 老人", ""),
        ("防滑地垫 浴室 卫生间 吸水", ""),
        ("成人纸尿裤 老年人 尿不湿 加大码 腰贴式", ""),
        ("成人拉拉裤 男女通用 XL码", ""),
        ("一次性护理垫 60x90 隔尿垫 30片", ""),
        ("可洗 隔尿垫 防水 透气 老人", ""),
        ("男用 尿壶 1000ml 老人 卧床", ""),
        ("护膝 保暖 老寒腿 自发热", ""),
        ("护腰 腰托 钢板 腰肌劳损", ""),
        ("颈托 颈椎 固定 家用", ""),
        ("手腕 护具 腱鞘 固定 夹板", ""),
        ("驼背矫正带 背部 矫姿", ""),
        ("电子血压计 上臂式 家用 语音", ""),
        ("腕式血压计 全自动 老人", ""),
        ("血糖仪 家用 全套 送试纸 采血针", ""),
        ("指夹式血氧仪 心率 监测", ""),
        ("助听器 老人 充电式 隐形", "耳背式，降噪，左右耳通用。"),
        ("助听器电池 A13 60粒", ""),
        ("老人手机 大字 大声 超长待机", ""),
        ("放大镜 带灯 老人 阅读 手持", ""),
        ("足浴盆 全自动 加热 按摩", ""),
        ("防滑袜 老人 居家 地板袜", ""),
        ("老人鞋 防滑 软底 宽松", ""),
    ]
]
