"""Hand-written listings of the seventy-fifth held-out corpus (office furniture and office
supplies): positives by evasion, compatibility rows, near-misses and clean rows. Every title
is written by hand; hg() and fw() only spell look-alike and full-width letters."""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"  # zero-width space
_CYRILLIC = dict(
    zip(
        "aeocpxiysjABCEHKMOPTXISJ",
        "аеосрхіуѕјАВСЕНКМОРТХІЅЈ",
        strict=True,
    )
)


def hg(text: str, letters: str) -> str:
    """``text`` with each of ``letters`` spelt as its Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in text)


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
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


def _r(key: str) -> str:
    return f"r75-{key}" if key else ""


def _rows(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    """(group, title[, description[, brand]]) rows of one case."""
    out = []
    for row in rows:
        group, title, description, brand = (*row, "", "")[:4]
        out.append(Entry(case, _r(group), title, description, brand, image=case == "image"))
    return out


def _two(case: str, rows: list[tuple[str, str, str, str]]) -> list[Entry]:
    """(group, other right, title, description) rows expecting both rights."""
    return [
        Entry(case, _r(g), t, d, expected=(_r(g), _r(o)), without_compat=(_r(g), _r(o)))
        for g, o, t, d in rows
    ]


def _acc(rows: list[tuple[str, str, str, str]]) -> list[Entry]:
    """(group, device right, title, description): a mark on an accessory that names a
    device; the device's right joins only with compatibility wording not allowed."""
    return [
        Entry("mixed", _r(g), t, d, expected=(_r(g),), without_compat=(_r(g), _r(o)))
        for g, o, t, d in rows
    ]


EXACT = [
    *_rows(
        "exact",
        [
            ("kensington", "Kensington Slim NanoSaver Keyed Laptop Lock Cable 1.8m"),
            ("kensington", "Kensington Pro Fit Ergonomic Wireless Vertical Mouse Wholesale"),
            ("bisley", "Bisley 3 Drawer Steel Filing Cabinet A4 Lockable Grey"),
            ("leitz", "Leitz 180 Lever Arch File A4 80mm Bulk Pack of 10"),
            ("rexel", "Rexel Momentum X312 Cross Cut Paper Shredder 23L"),
            ("swingline", "Swingline Optima 40 Full Strip Desk Stapler Silver"),
            ("sharpie", "Sharpie Fine Point Permanent Markers 12 Pack Black"),
            ("edding", "edding 3000 Permanent Marker Round Tip 1.5-3mm Red"),
            ("posca", "POSCA PC-5M Paint Marker Set 8 Colours Water Based"),
            ("vitra", "Vitra ID Chair Mesh Office Swivel Chair Replica Quality"),
            ("hon", "HON Ignition 2.0 Mid Back Task Chair Black Mesh"),
            # "Fully Loaded" is the adverb (all options), not the Fully mark.
            ("allsteel", "Allsteel Acuity Task Chair Fully Loaded Graphite"),
            ("secretlab", "Secretlab Titan Evo 2022 Gaming Chair Stealth Leatherette"),
            ("autonomous", "Autonomous SmartDesk Core Electric Standing Desk Dual Motor"),
            ("waterman", "Waterman Hemisphere Fountain Pen Matte Black Fine Nib"),
            ("intimus", "intimus 14.90 CC3 Cross Cut Office Shredder"),
            ("jinhao", "金豪 X450 钢笔 铱金笔 办公书法练字 0.5mm"),
            ("sunwood", "三木 订书机 重型 省力 加厚 可订50页 办公用"),
            ("yongyi", "永艺 人体工学椅 电脑椅 家用 久坐舒适 办公椅"),
            ("cello", "Cello Butterflow Ball Pen Blue 0.7mm Box of 50"),
            ("branch", "Branch Ergonomic Chair Office Task Chair Lumbar Support", "", ""),
            ("liquid-paper", "Liquid Paper Correction Fluid Bottle 22ml White"),
        ],
    ),
    Entry(
        "exact",
        "r75-leap-chair",
        "Ergonomic Task Chair Flexible Back Refurbished",
        "Leap Chair by the original maker, grade A refurbished, 12 month warranty.",
    ),
    Entry(
        "exact",
        "r75-posturefit",
        "Ergonomic Mesh Chair Adjustable Sacral Support Size B",
        "Original PostureFit back support, graphite frame.",
    ),
    Entry(
        "exact",
        "r75-safesense",
        "Cross Cut Shredder 12 Sheet Auto Stop Touch Sensor",
        "With SafeSense, stops when hands touch the paper opening.",
    ),
    Entry(
        "exact",
        "r75-branch",
        "Mesh Task Chair 8 Way Adjustable Lumbar Grey",
        "Branch Ergonomic Chair, direct from the importer, 7 year warranty.",
    ),
    Entry(
        "exact",
        "r75-paper-mate",
        "Felt Tip Pens Medium Point Assorted 24 Count",
        "Paper Mate felt tip, water based ink, no bleed.",
    ),
    Entry(
        "exact",
        "r75-hon",
        "Vertical File Cabinet 4 Drawer Letter Putty",
        "HON 310 series, full suspension drawers, core removable lock.",
    ),
    Entry(
        "exact",
        "r75-novus",
        "Heavy Duty Stapler 140 Sheets Long Arm",
        "Novus B 54, made in Germany, metal construction.",
    ),
    Entry(
        "exact",
        "r75-liquid-paper",
        "Correction Pen 7ml Metal Tip Quick Dry 12pcs",
        "Liquid Paper correction pen, precise tip.",
    ),
    Entry(
        "exact",
        "r75-kimball",
        "Executive Walnut Conference Table 8 Seat with Cable Box",
        "Original Kimball office furniture, Priority series conference table, pallet shipping.",
    ),
    Entry(
        "exact",
        "r75-luxor",
        "Mobile Laptop Cart with Charging Station Rolling Workstation",
        "Luxor mobile workstation, locking casters, for offices and classrooms.",
    ),
    Entry(
        "exact",
        "r75-dahle",
        "A4 Rotary Paper Trimmer Self Sharpening Blade 10 Sheets",
        "Genuine Dahle 507 rolling trimmer, German engineering, office and photo studio.",
    ),
    Entry(
        "exact",
        "r75-henglin",
        "高背 网布 办公椅 腰托 可躺 老板椅",
        "恒林 出品 工厂直供 支持定制 批量采购 量大从优",
    ),
]

ALIAS = [
    *_rows(
        "alias",
        [
            ("jinhao", "Jinhao 82 Fountain Pen Acrylic Transparent Fine Nib"),
            ("jinhao", "Jinhao X159 Heavy Metal Fountain Pen Gift Box Set"),
            ("wingsung", "Wing Sung 698 Piston Fountain Pen Demonstrator"),
            ("wingsung", "Wing Sung 3008 Vacuum Filler Fountain Pen EF Nib"),
            ("baoke", "Baoke Gel Pen 0.5mm Black Ink Office School 12pcs"),
            ("beifa", "Beifa Retractable Ballpoint Pens Bulk Office Supply"),
            ("sunwood", "Sunwood Heavy Duty Long Reach Stapler 20 Sheets"),
            ("hutong", "Hutong Kids Study Desk Height Adjustable Ergonomic"),
            ("yongyi", "Yongyi Ergonomic Mesh Office Chair OEM Factory Supply"),
            ("henglin", "Henglin Executive Chair PU Leather High Back Recliner"),
            ("vari", "Varidesk Pro Plus 36 Standing Desk Converter"),
            ("paper-mate", "Papermate InkJoy 100 Ballpoint Pens Medium 1.0mm 50 Pack"),
            ("tipp-ex", "Tippex Mini Pocket Mouse Correction Tape 5mm x 6m"),
            ("sayl-chair", "Sayl Ergonomic Office Chair Suspension Back Red"),
            ("leap-chair", "Leap V2 Ergonomic Task Chair Refurbished Grade A"),
            ("posturefit", "PostureFit SL Lumbar Pad Upgrade Kit Ergonomic Chair"),
            ("safesense", "SafeSense Technology Strip Cut Shredder Home Office"),
        ],
    ),
    Entry(
        "alias",
        "r75-hutong",
        "Children Study Table and Chair Set Tilting Top Pink",
        "Hutong kids desk, grows with your child, eye protection bookstand included.",
    ),
    Entry(
        "alias",
        "r75-beifa",
        "Gel Ink Pens 0.5mm Quick Dry Office 24pcs Box",
        "Made by Beifa Group, Ningbo, ISO factory, OEM logo printing available.",
    ),
    Entry(
        "alias",
        "r75-sayl-chair",
        "Ergonomic Office Chair Y Tower Back Mesh White",
        "Sayl design, same frame and suspension back, shipped by sea.",
    ),
    Entry(
        "alias",
        "r75-vari",
        "Electric Sit Stand Desk 60x30 Butcher Block Top",
        "Varidesk style frame, same as the office model, memory presets.",
    ),
]

CHINESE = [
    *_rows(
        "chinese",
        [
            ("kensington", "肯辛通 笔记本电脑锁 防盗锁 钥匙款 办公室"),
            ("kensington", "肯辛通 轨迹球 鼠标 有线 专业设计 办公"),
            ("waterman", "威迪文 权威 钢笔 礼盒装 商务送礼 F尖"),
            ("waterman", "威迪文 墨水 50ml 蓝黑 钢笔 专用"),
            ("sheaffer", "犀飞利 钢笔 商务 礼品 刻字 铱金尖"),
            ("sheaffer", "犀飞利 宝珠笔 签字笔 金属笔杆 送礼"),
            ("monami", "慕娜美 153 圆珠笔 0.7mm 办公 学生 12支"),
            ("monami", "慕娜美 Plus Pen 3000 水彩笔 纤维笔 套装"),
            ("kensington", "Kensington同款 肯辛通 腕托 记忆棉 鼠标垫"),
        ],
    ),
    Entry(
        "chinese",
        "r75-waterman",
        "Fountain Pen Gift Set with Ink Cartridges Blue",
        "威迪文 正品 专柜同款 附赠墨囊",
    ),
    Entry("chinese", "r75-sheaffer", "金属 钢笔 礼盒 商务 刻字", "犀飞利 原装 正品 支持开票"),
    Entry("chinese", "r75-monami", "中性笔 0.5mm 黑色 按动式 办公 12支装", "慕娜美 韩国 原装进口"),
    Entry(
        "chinese", "r75-kensington", "笔记本 防盗锁 密码款 2米 钢缆", "肯辛通 原装 办公室 电脑防盗"
    ),
    # Chinese marks named in the description only
    Entry("chinese", "r75-baoke", "中性笔 按动 0.5mm 速干 考试 办公 黑色", "宝克 正品 整盒12支"),
    Entry("chinese", "r75-beifa", "圆珠笔 0.7mm 蓝色 批发 可印广告", "贝发 工厂 直销 支持定制"),
    Entry("chinese", "r75-wingsung", "活塞 钢笔 透明 练字 学生 EF尖", "永生 经典 老牌 国货"),
    Entry("chinese", "r75-hutong", "儿童 学习桌椅 套装 可升降 矫姿", "护童 同款 护眼 书架"),
    Entry("chinese", "r75-yongyi", "网布 电脑椅 腰托 家用 久坐", "永艺 工厂 原单 尾货"),
    Entry("chinese", "r75-henglin", "电竞椅 游戏椅 可躺 搁脚", "恒林 代工厂 同款 出口品质"),
    Entry("chinese", "r75-jinhao", "复古 钢笔 金属 笔杆 礼盒", "金豪 原装 铱金笔尖"),
    Entry("chinese", "r75-sunwood", "长臂 订书机 骑马钉 中缝 装订", "三木 正品 办公 文具"),
]

CASE_WIDTH = [
    *_rows(
        "case_width",
        [
            ("sharpie", "SHARPIE ULTRA FINE MARKERS ASSORTED 24 COUNT"),
            ("sharpie", "sHaRpIe Highlighter Chisel Tip Yellow 12pcs"),
            ("swingline", fw("Swingline") + " 747 Classic Stapler Rio Red"),
            ("bostitch", "BOSTITCH B8 PowerCrown Desktop Stapler 40 Sheet"),
            ("bostitch", "bostitch heavy duty electric stapler 20 sheet"),
            ("rexel", "rEXEL Optima 45 Metal Stapler Full Strip"),
            ("leitz", fw("LEITZ") + " WOW Hole Punch 2 Hole 30 Sheets Metallic"),
            ("kaweco", "KAWECO SPORT CLASSIC FOUNTAIN PEN NAVY"),
            ("artline", "ARTLINE 500A Whiteboard Marker 2mm Bullet Black"),
            ("posca", "posca pc-3m fine bullet paint pen white"),
            ("knoll", fw("Knoll") + " Generation Task Chair Flexible Back"),
            ("sidiz", "sidiz T50 Ergonomic Mesh Office Chair Headrest"),
            ("pendaflex", "PENDAFLEX Hanging File Folders Letter Size 25 per Box"),
            ("jinhao", fw("JINHAO") + " 钢笔 X750 金属 商务"),
            ("hsm", "hsm Securio C16 Shredder Cross Cut P-4"),
        ],
    ),
    Entry(
        "case_width",
        "r75-sharpie",
        "Permanent Marker Twin Tip Fine and Ultra Fine 36pcs",
        "sharpie TWIN TIP, quick drying, fade resistant.",
    ),
    Entry(
        "case_width",
        "r75-reynolds",
        "Ball Pen 0.7mm Blue Ink Smooth Writing 20 Pack",
        "REYNOLDS 045 Fine Carbure, classic office pen.",
    ),
    Entry(
        "case_width",
        "r75-swingline",
        "Electric Stapler AC Powered 20 Sheet Capacity Office",
        fw("SWINGLINE") + " Cordless high capacity, jam free.",
    ),
    Entry(
        "case_width",
        "r75-kaweco",
        "Pocket Fountain Pen Octagonal Cap Brass Gift",
        "kaWeCo Liliput brass, German made, M nib.",
    ),
]

ACCENT = [
    *_rows(
        "accent",
        [
            ("sharpie", "Shárpie Permanent Marker Fine Point Black 12 Pack"),
            ("kensington", "Kënsington Laptop Docking Station USB-C Dual 4K"),
            ("edding", "èdding 751 Paint Marker Gold Silver 1-2mm"),
            ("waterman", "Watermàn Expert Ballpoint Pen Black Chrome Trim"),
            ("sheaffer", "Shéaffer Prelude Rollerball Pen Matte Black"),
            ("vitra", "Vîtra Physix Chair Alu Office Chair Replica"),
            ("knoll", "Knöll ReGeneration Task Chair Recycled Plastic"),
            ("rexel", "Rèxel Auto+ 100X Auto Feed Shredder Office"),
            ("leitz", "Léitz Icon Label Printer Office Labels"),
            ("novus", "Nóvus B 56 Heavy Duty Stapler 200 Sheets"),
            ("dahle", "Dählé 533 Paper Trimmer A4 Professional"),
            ("intimus", "intimüs 20.90 SC Strip Cut Paper Shredder"),
            ("artline", "Ârtline Supreme Permanent Marker 1mm"),
            ("secretlab", "Sécretlab Titan Evo Office Gaming Chair Pink"),
            ("autonomous", "Autonómous ErgoChair Pro Adjustable Lumbar Black"),
        ],
    ),
    Entry(
        "accent",
        "r75-kimball",
        "Lateral Filing Cabinet 4 Drawer Laminate Office",
        "By Kïmball, commercial grade, freight delivery.",
    ),
    Entry(
        "accent",
        "r75-bisley",
        "Steel Multidrawer Cabinet 10 Drawer Desktop",
        "Bïsley original MultiDrawer, powder coated steel.",
    ),
    Entry(
        "accent",
        "r75-pendaflex",
        "Hanging File Folders with Tabs Assorted Colors",
        "Pendaflèx SureHook, reinforced, 25 per box.",
    ),
]

HOMOGLYPH = [
    *_rows(
        "homoglyph",
        [
            ("sharpie", hg("Sharpie", "ae") + " Paint Marker Oil Based Medium 5 Colors"),
            ("swingline", hg("Swingline", "ie") + " 545 Heavy Duty Stapler 160 Sheet"),
            ("bostitch", hg("Bostitch", "o") + " Antimicrobial Desk Stapler Full Strip"),
            ("kensington", hg("Kensington", "e") + " Ergonomic Keyboard Wrist Rest Gel"),
            ("posca", hg("POSCA", "OCA") + " PC-17K Extra Broad Marker 15mm"),
            ("kaweco", hg("Kaweco", "aeo") + " Sport Skyline Fountain Pen Mint"),
            ("vitra", hg("Vitra", "a") + " Aluminium Group Office Chair Replica"),
            ("hon", hg("HON", "HO") + " Brigade 4 Drawer Vertical File Cabinet"),
            ("allsteel", hg("Allsteel", "e") + " Sum Task Chair Mesh Back"),
            ("sidiz", hg("SIDIZ", "I") + " T80 Mesh Ergonomic Chair Full Function"),
            ("secretlab", hg("Secretlab", "ec") + " Magnetic Memory Foam Head Pillow"),
            ("la-z-boy", hg("La-Z-Boy", "ao") + " Executive Office Chair Bonded Leather"),
            ("paper-mate", hg("Paper Mate", "ae") + " Felt Tip Pens Medium 12 Colors"),
            ("edding", hg("edding", "e") + " 8055 Outdoor Marker Black Waterproof"),
            ("luxor", hg("Luxor", "o") + " Adjustable Height Standing Desk Mobile"),
        ],
    ),
    Entry(
        "homoglyph",
        "r75-rexel",
        "Cross Cut Shredder 10 Sheet CD Card Bin 20L",
        hg("Rexel", "e") + " Secure, P-4 security, office use.",
    ),
    Entry(
        "homoglyph",
        "r75-fully",
        "Bamboo Standing Desk Top Dual Motor Frame",
        hg("Fully", "y") + " Remi desk, same quality, fast shipping.",
    ),
    Entry(
        "homoglyph",
        "r75-cello",
        "Gel Pens Smooth Ink 0.5mm 10 Colors Assorted",
        hg("Cello", "eo") + " Gripper, classic Indian pen.",
    ),
]

LEETSPEAK = [
    *_rows(
        "leetspeak",
        [
            ("sharpie", "Sh@rpie Oil Based Paint Marker Medium Point White"),
            ("sharpie", "$harpie S-Gel Pens 0.7mm Black 12 Count"),
            ("swingline", "Sw1ngl1ne Commercial Desk Stapler 25 Sheets"),
            ("bostitch", "B0stitch EZ Squeeze 3 Hole Punch 20 Sheet"),
            ("kensington", "K3nsington Orbit Trackball Scroll Ring"),
            ("rexel", "R3xel Optimum AutoFeed+ 150X Shredder"),
            ("edding", "3dding 361 Whiteboard Marker 1mm Black"),
            ("posca", "P0SCA Acrylic Paint Pens for Rock Painting 16 Colors"),
            ("secretlab", "S3cretl@b Titan Gaming Chair Black XL"),
            ("autonomous", "Aut0n0mous ErgoChair Plus Mesh Office Chair"),
            ("allsteel", "A11steel Relate Side Chair Stackable"),
            ("knoll", "Kn0ll Life Chair Executive Task Chair"),
            ("vitra", "V1tra Tip Ton Chair Stacking Office Chair"),
            ("la-z-boy", "L@-Z-B0y Big and Tall Executive Chair 400lb"),
            ("wite-out", "W1te-Out EZ Correct Correction Tape 10 Pack"),
        ],
    ),
    Entry(
        "leetspeak",
        "r75-bisley",
        "Tambour Door Cupboard Steel Lockable Office",
        "B1sley quality, 5 year warranty, British design.",
    ),
    Entry(
        "leetspeak",
        "r75-tipp-ex",
        "Correction Pen Metal Tip Fast Dry 8ml",
        "T1pp-3x Shake n Squeeze, school and office.",
    ),
    Entry(
        "leetspeak",
        "r75-hsm",
        "Document Shredder Micro Cut Level P-5 Office",
        "H$M Securio series, quiet operation.",
    ),
]

SPACING = [
    *_rows(
        "spacing",
        [
            ("sharpie", "S-h-a-r-p-i-e Chisel Tip Permanent Markers 12pc"),
            ("swingline", "Swing.line Heavy Duty Stapler 210 Sheet Capacity"),
            ("bostitch", "Bos titch Inspire 20 Spring Powered Stapler"),
            ("kensington", "Kensing" + ZW + "ton Universal Combination Laptop Lock"),
            ("leitz", "L.e.i.t.z 5138 Heavy Duty Hole Punch 63 Sheets"),
            ("waterman", "Water-man Carene Fountain Pen Deluxe Black"),
            ("edding", "e d d i n g 4500 T-shirt Marker 10 Colours"),
            ("posca", "P_O_S_C_A PC-1MR Ultra Fine Pin Tip Marker"),
            ("secretlab", "Secret Lab Titan Evo Lite Gaming Chair"),
            ("sidiz", "S.I.D.I.Z T20 Mesh Ergonomic Office Chair"),
            ("pendaflex", "Penda-flex Expanding File 13 Pocket Accordion"),
            ("wite-out", "Wite Out Correction Fluid Quick Dry 3 Pack"),
            ("liquid-paper", "Liquid_Paper DryLine Grip Correction Tape"),
            ("henglin", "恒 林 人体工学椅 电竞椅 家用"),
            ("sunwood", "三" + ZW + "木 打孔器 双孔 可打40页 加厚"),
            ("rexel", "R-e-x-e-l Mercury Shredder RDS2250 Strip Cut"),
        ],
    ),
    Entry(
        "spacing",
        "r75-kaweco",
        "Mini Fountain Pen Aluminium 8 Colors Pocket",
        "K a w e c o AL Sport, German quality nib.",
    ),
    Entry(
        "spacing",
        "r75-autonomous",
        "Electric Height Adjustable Desk 2 Motor 160cm",
        "Auto nomous SmartDesk Pro compatible top, premium frame.",
    ),
    Entry(
        "spacing",
        "r75-la-z-boy",
        "Big and Tall Recliner Office Chair Footrest",
        "La Z Boy executive series, comfort core cushions.",
    ),
]

MISSPELLING = [
    *_rows(
        "misspelling",
        [
            ("sharpie", "Sharpy Permanent Markers Fine Point Assorted 24pcs"),
            ("sharpie", "Sharpee Metallic Markers Silver Gold Bronze"),
            ("swingline", "Swingliner Stapler Heavy Duty 100 Sheets Black"),
            ("bostitch", "Bostich B8 Staples 1/4 inch 5000 Count"),
            ("kensington", "Kensingten Laptop Lock Combination Cable"),
            ("sheaffer", "Shaeffer Sagaris Fountain Pen Gunmetal"),
            ("waterman", "Watermann Perspective Ballpoint Pen Blue"),
            ("la-z-boy", "Lazy Boy Office Chair Executive High Back Bonded Leather"),
            ("la-z-boy", "Lazboy Big and Tall Manager Chair Brown"),
            # "White Out" on correction tape: a misspelling in the mark's own trade.
            ("wite-out", "White Out Correction Tape Dryline 6 Pack"),
            ("tipp-ex", "Tip-Ex Correction Fluid Rapid 20ml"),
            ("pendaflex", "Pendeflex Hanging Folders Legal Size Green"),
            ("posca", "Posaca Paint Markers Medium Tip 12 Colors"),
            ("secretlab", "Secretlabs Titan Evo Chair Frost White"),
            ("kimball", "Kimbal Office Desk Laminate L Shape Return"),
            ("jinhao", "金毫 钢笔 X450 铱金笔 书法 商务 送礼"),
            ("sheaffer", "犀飞力 钢笔 礼盒 商务 原装 刻字"),
            ("waterman", "威迪闻 钢笔墨水 蓝色 50ml"),
        ],
    ),
    Entry(
        "misspelling",
        "r75-kensington",
        "Docking Station Triple Display USB-C 100W PD",
        "Kensinton SD5700T equivalent, plug and play.",
    ),
    Entry(
        "misspelling",
        "r75-artline",
        "Whiteboard Markers Bullet Tip 4 Colors Box",
        "Artlin 500A quality, low odour ink.",
    ),
    Entry(
        "misspelling",
        "r75-reynolds",
        "Ballpoint Pen Blue Ink Office 50 Pieces Bulk",
        "Renolds 045 trimax style, smooth writing.",
    ),
]

BRAND_FIELD = _rows(
    "brand_field",
    [
        ("kensington", "Laptop Security Cable Lock Keyed 1.8m Steel", "", "Kensington"),
        ("bisley", "Steel 4 Drawer Filing Cabinet Foolscap Lockable", "", "Bisley"),
        ("hon", "Mesh Task Chair Synchro Tilt Adjustable Arms", "", "HON"),
        ("knoll", "Executive Work Chair Pivot Arms Graphite", "", "Knoll"),
        ("branch", "Ergonomic Office Chair Mesh Back Adjustable Lumbar", "", "Branch"),
        ("fully", "Electric Standing Desk Bamboo Top 2 Leg", "", "Fully"),
        ("vari", "Standing Desk Converter 36 inch Two Tier", "", "Vari"),
        ("novus", "Heavy Duty Stapler Long Arm 250 Sheets", "", "Novus"),
        ("leitz", "Lever Arch File A4 80mm Blue Polypropylene", "", "Leitz"),
        ("dahle", "Guillotine Paper Cutter A3 Steel Base", "", "Dahle"),
        ("intimus", "Office Shredder Cross Cut 34L Bin", "", "intimus"),
        ("luxor", "Mobile Presentation Cart Steel Shelves", "", "Luxor"),
        ("reynolds", "Ballpoint Pen Trimax 0.5mm Blue Box of 10", "", "Reynolds"),
        ("allsteel", "Task Chair Flexible Back Armless", "", "Allsteel"),
        ("yongyi", "人体工学椅 网布 电脑椅 可躺", "", "永艺"),
        ("hutong", "儿童学习桌 可升降 写字桌 书桌", "", "护童"),
        ("baoke", "中性笔 0.5mm 黑色 办公 签字笔 12支", "", "宝克"),
        ("wingsung", "钢笔 活塞上墨 透明 示范笔 EF尖", "", "永生"),
        ("beifa", "圆珠笔 按动 蓝色 办公 批发", "", "Beifa"),
    ],
)

IMAGE = _rows(
    "image",
    [
        ("jinhao", "Heavy Metal Fountain Pen Gift Box Medium Nib"),
        ("sunwood", "办公 订书机 加厚 省力 可订25页"),
        ("kensington", "Laptop Lock Cable Combination 4 Digit"),
        ("waterman", "Luxury Fountain Pen Lacquer Gold Trim Gift"),
        ("bisley", "Steel Filing Cabinet 2 Drawer Grey A4"),
        ("swingline", "Classic Desk Stapler Full Strip Metal Red"),
        ("sharpie", "Permanent Marker Fine Tip Black 12 Pack"),
        ("posca", "Water Based Paint Marker Set 8 Colours Medium"),
        ("vitra", "Designer Office Swivel Chair Mesh Aluminium Base"),
        ("knoll", "Modern Task Chair Flexible Back Black"),
        ("sidiz", "Ergonomic Mesh Chair Headrest Adjustable"),
        ("autonomous", "Electric Standing Desk Dual Motor Walnut Top"),
        ("secretlab", "Racing Style Gaming Chair Leatherette Black"),
        ("cello", "Ball Pens 0.7mm Blue Smooth Writing Box of 50"),
        ("sayl-chair", "Ergonomic Office Chair Suspension Backrest Red"),
        ("jinhao", "钢笔 金属 商务 礼盒 铱金尖"),
        ("sharpie", "Ultra Fine Point Markers Assorted 24 Colors"),
        ("secretlab", "Memory Foam Lumbar Pillow Gaming Chair"),
    ],
)

MIXED = [
    *_two(
        "mixed",
        [
            (
                "sharpie",
                "paper-mate",
                "Sh@rpie and Paper Mate Office Pen Bundle 36pcs",
                "",
            ),
            ("swingline", "rexel", "Swingline Stapler + R3xel Hole Punch Office Set", ""),
            ("kensington", "leitz", "Kensington Lock and Leitz Binders Office Starter Kit", ""),
            ("waterman", "sheaffer", "Waterman vs Sheaffer 钢笔 犀飞利 两支装 礼盒", ""),
            ("jinhao", "wingsung", "金豪 永生 钢笔 两支套装 练字", ""),
            ("wite-out", "tipp-ex", "Wite-Out and Tippex Correction Tape Mix 20 Pack", ""),
            (
                "hsm",
                "dahle",
                "Office Shredder and Paper Trimmer Bundle",
                "HSM shredder with Dahle trimmer, one shipment.",
            ),
            ("secretlab", "autonomous", "Secretlab Chair + Aut0nomous Desk Combo", ""),
        ],
    ),
    Entry("mixed", "r75-sharpie", "Sharpie SHARPY Marker 12 Colours Set"),
    Entry("mixed", "r75-kensington", "肯辛通 K3nsington 笔记本锁 办公"),
    Entry("mixed", "r75-posca", "P0SCA Pòsca Paint Markers 24 Pack"),
    Entry("mixed", "r75-sunwood", "三木 Sunw00d 订书机 重型"),
    Entry("mixed", "r75-monami", "慕娜美 Mon@mi 153 圆珠笔 套装"),
    *_acc(
        [
            (
                "sharpie",
                "secretlab",
                "Sh4rpie Chair Armrest Labels for Secretlab Titan",
                "",
            ),
            (
                "kensington",
                "autonomous",
                "Kensington Monitor Arm for Autonomous SmartDesk",
                "",
            ),
            ("leitz", "bisley", "Leitz Suspension Files for Bisley Cabinet A4", ""),
            ("edding", "vari", "edding Whiteboard Marker Holder fits Varidesk", ""),
            ("cello", "sidiz", "Cello Pen Holder Clip compatible with SIDIZ T50 Arm", ""),
        ]
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


COMPAT = _rows(
    "compat",
    [
        ("kensington", "Laptop Cable Lock compatible with Kensington Slot 2m"),
        ("kensington", "Nano Security Lock for Kensington Nano Slot Laptops"),
        ("kensington", "Replacement Keys for Kensington ClickSafe Lock"),
        ("kensington", "适用于肯辛通锁孔 笔记本防盗锁 钢缆"),
        ("swingline", "Standard Staples 26/6 compatible with Swingline 747"),
        ("swingline", "Replacement Spring for Swingline Stapler Repair Part"),
        ("swingline", "Heavy Duty Staples fits Swingline 90 Stapler 1000pcs"),
        ("bostitch", "Staples Bostitch compatible B8 Chisel Point 5000"),
        ("bostitch", "Electric Stapler Cartridge works with Bostitch 02210"),
        ("rexel", "Shredder Bags designed to fit Rexel Auto+ 300X"),
        ("rexel", "No.56 Staples for Rexel Gazelle Stapler 5000pcs"),
        ("leitz", "Spare Chads Tray for Leitz 5008 Hole Punch"),
        ("leitz", "Label Cartridge compatible for Leitz Icon Printer"),
        ("hsm", "Shredder Lubricant Oil for HSM Shredders 250ml"),
        ("hsm", "Waste Bags 100L fits HSM Securio B32"),
        ("intimus", "Shredder Oil Sheets compatible with intimus 20 Pack"),
        ("dahle", "Replacement Blade for Dahle 507 Rolling Trimmer"),
        ("dahle", "Cutting Strip for Dahle 561 Guillotine 2 Pack"),
        ("novus", "Staples 23/13 for Novus B 8FC Heavy Duty Stapler"),
        ("sharpie", "Marker Holder Organizer for Sharpie 36 Slots"),
        ("posca", "Replacement Tips for POSCA PC-5M Bullet 10pcs"),
        ("posca", "Display Stand designed to fit POSCA Pens 48 Holes"),
        ("edding", "Refill Ink for edding 3000 Markers 30ml Black"),
        ("artline", "Whiteboard Marker Refill compatible with Artline 500A"),
        ("waterman", "Ink Cartridges for Waterman Fountain Pens Blue 20pcs"),
        ("waterman", "适用威迪文钢笔 墨囊 国际标准 蓝色"),
        ("sheaffer", "Ink Converter fits Sheaffer Cartridge Pens"),
        ("kaweco", "Pocket Clip for Kaweco Sport Chrome Replacement"),
        ("kaweco", "Mini Converter works with Kaweco Liliput and Sport"),
        ("monami", "Refills compatible with Monami 153 Ballpoint 0.7"),
        ("jinhao", "适配金豪钢笔 吸墨器 上墨器 通用"),
        ("wingsung", "永生钢笔 适用 墨囊 替换装 黑色"),
        ("baoke", "替换芯 宝克中性笔 通用 0.5mm 20支"),
        ("beifa", "兼容贝发圆珠笔 笔芯 蓝色 100支"),
        ("sunwood", "适用于三木订书机 订书钉 24/6 统一钉"),
        ("wite-out", "Refill Tape for Wite-Out Exact Liner 6 Pack"),
        ("tipp-ex", "Refill Cassette compatible with Tipp-Ex Easy Refill"),
        ("paper-mate", "Gel Refills for Paper Mate InkJoy Gel 0.7mm"),
        ("pendaflex", "Label Tabs compatible with Pendaflex Hanging Folders"),
        ("bisley", "Replacement Lock and Keys for Bisley Filing Cabinet"),
        ("bisley", "Drawer Dividers designed to fit Bisley MultiDrawer 29"),
        ("secretlab", "Armrest Pads for Secretlab Titan Evo Memory Foam"),
        ("secretlab", "PU Replacement Casters compatible with Secretlab Chair"),
        ("sidiz", "Headrest Attachment for SIDIZ T50 Chair"),
        ("autonomous", "Cable Tray fits Autonomous SmartDesk Under Desk"),
        ("vari", "Anti Fatigue Mat for Varidesk Standing Desk"),
        ("fully", "Replacement Control Keypad for Fully Remi Desk"),
        ("hon", "Gas Cylinder Replacement for HON Ignition Chair"),
        ("knoll", "Floor Glides for Knoll Generation Chair Set of 5"),
        ("allsteel", "Arm Pad Covers fits Allsteel Acuity Chair"),
        ("la-z-boy", "Seat Cushion Cover for La-Z-Boy Office Chair"),
        ("branch", "Hard Floor Casters for Branch Ergonomic Chair"),
        ("sayl-chair", "Armrest Pads Replacement for Sayl Chair Pair"),
        ("leap-chair", "Arm Caps compatible with Leap V2 Chair 2pcs"),
        ("posturefit", "Replacement Back Pad for PostureFit SL Chair Size B"),
        ("safesense", "Shredder Oil for SafeSense Technology Shredders"),
        ("yongyi", "永艺椅子 适配 扶手垫 替换 记忆棉"),
        ("hutong", "护童学习桌 兼容 桌面 防护垫"),
        ("henglin", "替换 五星脚 恒林办公椅 通用 铝合金"),
        ("cello", "Refills for Cello Butterflow Pens Blue 20 Pack"),
    ],
)

# The mark inside a longer word (Latin) or across a word boundary (Chinese).
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("edding", "Wedding Guest Book Pen Set with Holder Gold"),
        ("edding", "Wedding Seating Chart Acrylic Sign Blank"),
        ("edding", "Bedding Storage Bag Under Bed Organizer 3 Pack"),
        ("edding", "De-Shedding Brush for Dogs and Cats Stainless"),
        ("vari", "Variable Speed Electric Pencil Sharpener"),
        ("vari", "Various Sizes Binder Clips Assorted 120pcs"),
        ("vari", "Variety Pack Sticky Tabs Neon 10 Colors"),
        ("vari", "Varifocal Reading Glasses Blue Light Office"),
        ("cello", "Cellophane Tape 18mm x 33m Clear 8 Rolls"),
        ("cello", "Cellophane Gift Bags Clear with Twist Ties 100pcs"),
        ("hon", "Honeycomb Desk Organizer Bamboo Hexagon"),
        ("hon", "Phone Stand for Desk Adjustable Aluminium"),
        ("knoll", "Knolling Tool Mat Workshop Organizing Grid"),
        ("knoll", "Knolling Desk Pad Grid Leather 80x40cm"),
        ("fully", "Carefully Packed Glass Desk Top 120x60cm"),
        ("fully", "Beautifully Crafted Walnut Pen Box Gift"),
        ("fully", "Gracefully Curved Reception Desk White Gloss"),
        ("fully", "Skillfully Bound Leather Journal A5 Handmade"),
        ("branch", "Branched Cable Organizer Y Split Sleeve"),
        ("branch", "Branching Tree Wall Decal Office Decor"),
        ("vitra", "Vitrage Curtain Panel Sheer Office Window"),
        ("reynolds", "Reynoldsburg Ohio Souvenir Mug 11oz"),
        ("autonomous", "Semiautonomous Robot Arm Kit Classroom"),
        ("sayl-chair", "Saylor Family Name Desk Plate Engraved"),
        ("wingsung", "永生花 玻璃罩 办公桌 摆件 礼盒"),
        ("wingsung", "永生花 相框 母亲节 礼物"),
        ("baoke", "珠宝克拉秤 电子秤 0.001g 精准"),
        ("beifa", "宝贝发夹 儿童 发饰 可爱 10个装"),
        ("beifa", "小宝贝发箍 女童 公主 头饰"),
        ("hutong", "守护童年 儿童 绘本 套装 睡前故事"),
        ("hutong", "守护童心 公益 徽章 定制"),
        ("jinhao", "鎏金豪华 台灯 欧式 书房 办公"),
        ("jinhao", "烫金豪华 贺卡 商务 新年 定制"),
        ("sunwood", "一二三木头人 亲子 游戏 道具 套装"),
    ],
)

# A mark that is also an ordinary word, name or place, used as that.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("kensington", "Kensington Palace London Souvenir Fridge Magnet"),
        ("kensington", "South Kensington Tube Map Poster A3 Office Wall"),
        ("kensington", "Kensington Gardens Watercolour Print Framed"),
        ("kensington", "Kensington Market Toronto Postcard Set 10pcs"),
        ("bisley", "Bisley Village Cotswolds Landscape Canvas Print"),
        ("knoll", "Grassy Knoll Diorama Model Railway Scenery"),
        ("knoll", "Hilltop Knoll Oil Painting Landscape Office Art"),
        ("hon", "Thanks Hon Funny Coffee Mug 11oz Gift"),
        ("kimball", "Data Warehouse Toolkit by Ralph Kimball Paperback"),
        # "all steel" describes the material; Allsteel is one word.
        ("allsteel", "All Steel Frame Standing Desk Heavy Duty 150kg"),
        ("allsteel", "All Steel Construction Filing Cabinet 4 Drawer"),
        ("allsteel", "Heavy Duty Stapler All Steel Body 100 Sheets"),
        ("autonomous", "Autonomous Driving Robot Car Kit STEM Education"),
        ("autonomous", "Autonomous Mobile Robot Chassis ROS Lidar"),
        ("autonomous", "Autonomous Underwater Vehicle Model Desk Display"),
        # "fully" as an adverb describing the product, not naming its maker.
        ("fully", "Fully Adjustable Dual Monitor Arm Gas Spring"),
        ("fully", "Fully Assembled Mobile Pedestal 3 Drawer Lockable"),
        ("fully", "Fully Automatic Electric Stapler 20 Sheets"),
        ("fully", "Fully Ergonomic Mesh Chair with Footrest"),
        ("fully", "Fully Enclosed Cable Management Tray Under Desk"),
        ("branch", "Tree Branch Coat Rack Wall Mounted Wood"),
        ("branch", "Artificial Cherry Blossom Branch Office Decor"),
        ("branch", "Bank Branch Queue Sign Stand Stainless"),
        ("cello", "Cello Strings Set 4/4 Steel Core"),
        ("cello", "Cello Bow Carbon Fibre 4/4 Horsehair"),
        ("cello", "Cello Hard Case Lightweight with Wheels"),
        ("luxor", "Luxor Temple Egypt Papyrus Painting Handmade"),
        ("luxor", "Luxor Egypt Travel Bookmark Metal Gold"),
        ("reynolds", "Sir Joshua Reynolds Portrait Art Print Canvas"),
        ("reynolds", "Reynolds Number Fluid Mechanics Poster Classroom"),
        ("novus", "Novus Ordo Seclorum Pyramid Paperweight Brass"),
        ("secretlab", "Secret Lab Escape Room Game Kit Party"),
        ("leap-chair", "Leap Year Desk Calendar 2028 Tear Off"),
        ("monami", "Mon Ami Friendship Necklace Silver Heart"),
        ("hsm", "HSM USB Key Hardware Security Module FIPS"),
        ("hsm", "Network HSM Appliance Rack Mount for Banks"),
        ("posca", "Posca Ancient Roman Drink History Book"),
        ("hutong", "Beijing Hutong Street Photo Print Black White"),
        ("hutong", "Hutong Rickshaw Tour Souvenir Keychain"),
        ("hutong", "Old Hutong Courtyard Model Wooden Puzzle"),
        ("sunwood", "三木市 旅游 纪念 明信片 日本 兵库"),
        ("sunwood", "三木清 人生论笔记 哲学 书籍"),
        ("wingsung", "永生不灭 书法 字画 办公室 挂画"),
        ("wingsung", "永生之酒 小说 精装 典藏版"),
    ],
)

# A common word one or two letters from a mark (or from a misspelling), used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("sayl-chair", "Sail Shade Triangle Waterproof Patio 3m"),
        ("sayl-chair", "Sail Boat Model Desk Ornament Wooden"),
        ("vitra", "Vita C Effervescent Tablets Office Snack 20pcs"),
        ("cello", "Hello Name Tag Stickers Red 100 Labels"),
        ("cello", "Celle Germany City Map Vintage Print"),
        ("dahle", "Roald Dahl Collection Box Set 16 Books"),
        ("dahle", "Red Lentil Dahl Instant Curry Pouch 250g"),
        ("sharpie", "Sharpe Ratio Investing Guide Hardcover"),
        ("paper-mate", "Paper Mat for Crafts Self Healing A2"),
        ("paper-mate", "Paper Mats Disposable Place Mats 500pcs"),
        ("edding", "Desk Edging Tape PVC Edge Banding White 22mm"),
        ("edding", "Lawn Edging Border Flexible Garden 10m"),
        ("bisley", "Paisley Print A5 Notebook Hardcover Lined"),
        ("autonomous", "Autonomy Book Self Management Paperback"),
        ("vari", "Colours May Vary Gel Pens Set 48"),
        ("fully", "Folly Garden Ornament Mini Castle Resin"),
        ("fully", "Full Size Keyboard Wired USB Quiet Keys"),
        ("la-z-boy", "Lazy Boy Club Funny T-Shirt Cotton"),
        ("branch", "Brunch Menu Chalkboard Sign A-Frame"),
        ("branch", "Ranch Style Wooden Fence Panel Garden"),
        ("wite-out", "Whiteout Blizzard Jigsaw Puzzle 1000 Pieces"),
        ("liquid-paper", "Liquid Pepper Extract Hot Sauce Kitchen 60ml"),
        ("waterman", "Watermark Paper A4 Security Printing 500 Sheets"),
        ("reynolds", "Reynold Name Keychain Personalised Steel"),
        ("jinhao", "自豪 中国 贴纸 办公 笔记本 装饰"),
        ("jinhao", "大富豪 桌游 家庭 聚会 游戏"),
        ("wingsung", "永远爱你 刻字 钢笔 情侣 礼物"),
        ("wingsung", "永恒 不锈钢 书签 刻字"),
        ("baoke", "宝石 镇纸 水晶 办公桌 摆件"),
        ("beifa", "贝壳 镇纸 海洋 风 摆件"),
        ("beifa", "头发 收纳 发圈 盒 桌面"),
        ("sunwood", "实木 办公桌 胡桃木 老板桌 1.8米"),
        ("sunwood", "实木 文件柜 书柜 带锁 办公室"),
        ("sunwood", "三角尺 套装 学生 绘图 不锈钢"),
        ("hutong", "儿童 学习桌 可升降 实惠 款"),
        ("hutong", "儿童 座椅 矫姿 学习椅 家用"),
        ("hutong", "护眼 台灯 学生 书桌 阅读 LED"),
        ("yongyi", "工艺品 摆件 办公室 开业 礼品"),
        ("yongyi", "园艺 剪刀 修枝剪 不锈钢"),
        ("henglin", "森林 主题 壁纸 办公室 装饰 自粘"),
        ("henglin", "恒温 杯垫 办公室 加热 保温 55度"),
        ("sheaffer", "犀利 美工刀 重型 办公 裁纸刀"),
    ],
)

CLEAN = _rows(
    "clean",
    [
        ("", "Ergonomic Mesh Office Chair High Back Lumbar Support OEM"),
        ("", "Executive PU Leather Swivel Chair with Footrest Wholesale"),
        ("", "Electric Standing Desk Frame Dual Motor 3 Stage Legs"),
        ("", "Manual Crank Height Adjustable Desk 120x60cm White"),
        ("", "Single Monitor Arm Gas Spring 17-32 inch VESA 75/100"),
        ("", "Dual Monitor Stand Heavy Duty Clamp and Grommet Base"),
        ("", "Triple Monitor Mount Desk Clamp Black Steel"),
        ("", "Laptop Stand Aluminium Foldable Ventilated Portable"),
        ("", "Mobile Pedestal 3 Drawer Steel Lockable Under Desk"),
        ("", "Vertical Filing Cabinet 4 Drawer Legal Size Black"),
        ("", "Lateral File Cabinet 2 Drawer Wood Grain Finish"),
        ("", "Steel Locker 6 Door Staff Room Keyed Locks"),
        ("", "Desktop Stapler 24/6 Metal 25 Sheets Black"),
        ("", "Long Reach Saddle Stapler 300mm Throat Booklet"),
        ("", "Electric Stapler Automatic 20 Sheets AC Adapter"),
        ("", "Staple Remover Jaw Type Chrome Office 10pcs"),
        ("", "Two Hole Punch Heavy Duty 40 Sheets Paper Guide"),
        ("", "Three Hole Punch Adjustable 12 Sheets Lever"),
        ("", "Single Hole Punch Handheld Star Shape Craft"),
        ("", "Gel Ink Pens 0.5mm Black Retractable 12 Pack"),
        ("", "Rollerball Pens Needle Tip 0.5mm Blue Liquid Ink"),
        ("", "Ballpoint Pens Medium 1.0mm Blue Box of 50 Bulk"),
        ("", "Custom Logo Metal Pen Engraved Promotional Gift"),
        ("", "Fountain Pen Converter Piston Ink Filler Universal"),
        ("", "Bottled Fountain Pen Ink 50ml Blue Black"),
        ("", "Whiteboard Markers Dry Erase Low Odour 12 Colors"),
        ("", "Permanent Markers Twin Tip Fine and Chisel 24 Colors"),
        ("", "Highlighter Pens Pastel Chisel Tip 6 Pack"),
        ("", "Acrylic Paint Pens Extra Fine 0.7mm 24 Colors"),
        ("", "Fineliner Pens 0.4mm Water Based 20 Colors"),
        ("", "Brush Pens Calligraphy Refillable Black 4 Sizes"),
        ("", "Strip Cut Paper Shredder 8 Sheet 14L Basket"),
        ("", "Cross Cut Shredder 12 Sheet CD Credit Card 22L"),
        ("", "Micro Cut Shredder P-5 Auto Feed 150 Sheets"),
        ("", "A4 Laminator Hot and Cold 2 Roller Fast Warm Up"),
        ("", "A3 Laminating Pouches 125 Micron Glossy 100 Pack"),
        ("", "Thermal Laminator 4 Roller Jam Release Office"),
        ("", "Rotary Paper Trimmer 12 Inch Safety Guard"),
        ("", "Guillotine Paper Cutter A4 Heavy Duty 400 Sheets"),
        ("", "Ring Binder A4 2 Ring 25mm Polypropylene"),
        ("", "Box File Foolscap Lock Spring Clip Marbled"),
        ("", "Expanding File 13 Pockets Elastic Closure"),
        ("", "Clear Document Wallet Button Closure A4 12pcs"),
        ("", "Desk Organizer Mesh Metal 5 Compartments"),
        ("", "Magazine Holder Cardboard Kraft 4 Pack"),
        ("", "Desk Pad Leather Large Waterproof 90x43cm"),
        ("", "Under Desk Cable Management Tray Steel Mesh"),
        ("", "Footrest Under Desk Ergonomic Foam Adjustable"),
        ("", "Chair Mat Hard Floor Clear PVC 90x120cm"),
        ("", "Office Chair Casters Rubber Replacement Set of 5"),
        ("", "Gas Lift Cylinder Class 4 Universal Office Chair"),
        ("", "Lumbar Support Pillow Memory Foam Car and Chair"),
        ("", "Seat Cushion Coccyx Gel Orthopedic Office"),
        ("", "Corner Computer Desk L Shaped 140cm Rustic"),
        ("", "Conference Table Rectangular 240cm Meeting Room"),
        ("", "Reception Counter Modern White LED Front"),
        ("", "Office Partition Acoustic Panel Desk Divider"),
        ("", "Phone Booth Soundproof Office Pod 1 Person"),
        ("", "Bookshelf 5 Tier Metal Frame Industrial Style"),
        ("", "Rolling Whiteboard Double Sided Magnetic 120x90"),
        ("", "Cork Notice Board Aluminium Frame 60x90cm"),
        ("", "Binder Clips Black Assorted Sizes 100pcs"),
        ("", "Paper Clips Coloured 28mm 500pcs Box"),
        ("", "Rubber Bands Assorted Office 500g Bag"),
        ("", "Sticky Notes 3x3 inch Neon 12 Pads"),
        ("", "Index Tabs Flags Transparent Colors 300 Count"),
        ("", "Correction Tape 5mm x 8m Refillable 4 Pack"),
        ("", "Glue Sticks Washable 21g School Office 12pcs"),
        ("", "Scissors Stainless Steel 8 inch Soft Grip"),
        ("", "Letter Opener Metal Sharp Blade Gift"),
        ("", "Tape Dispenser Heavy Weighted Non Skid Base"),
        ("", "Name Badge Holder with Lanyard Vertical 50pcs"),
        ("", "Label Maker Tape 12mm Black on White"),
        ("", "Desk Lamp LED Dimmable Eye Care USB Charging"),
        ("", "Calculator 12 Digit Solar Desktop Large Display"),
        ("", "Wireless Keyboard and Mouse Combo Silent"),
        # Chinese
        ("", "人体工学椅 电脑椅 家用 办公椅 靠背 舒适 久坐"),
        ("", "老板椅 真皮 大班椅 可躺 办公室 座椅"),
        ("", "电动升降桌 站立办公桌 双电机 工作台"),
        ("", "显示器支架 单屏 机械臂 免打孔 桌面"),
        ("", "双屏 显示器 支架 气压 升降 旋转"),
        ("", "铁皮 文件柜 带锁 资料柜 四门 办公室"),
        ("", "活动柜 三抽 带锁 移动 矮柜 桌下"),
        ("", "密集架 档案柜 手摇 移动 钢制"),
        ("", "订书机 办公用 标准型 可订20页 学生"),
        ("", "重型 订书机 加厚 可订100页 装订"),
        ("", "订书钉 24/6 统一钉 1000枚 10盒"),
        ("", "打孔器 单孔 手工 圆孔 DIY"),
        ("", "双孔 打孔机 文件 装订 办公"),
        ("", "中性笔 0.5mm 黑色 子弹头 考试 100支"),
        ("", "按动 中性笔 速干 学生 刷题 24支"),
        ("", "圆珠笔 蓝色 0.7mm 办公 批发 可定制"),
        ("", "钢笔 学生 练字 墨囊 套装 EF尖"),
        ("", "白板笔 可擦 办公 会议 黑红蓝 10支"),
        ("", "记号笔 油性 大头 物流 快递 黑色"),
        ("", "荧光笔 标记笔 学生 划重点 6色"),
        ("", "碎纸机 办公 大型 5级保密 电动 静音"),
        ("", "碎纸机 家用 小型 迷你 碎卡 碎光盘"),
        ("", "塑封机 过塑机 A4 家用 照片 覆膜"),
        ("", "过塑膜 7C A4 护卡膜 100张"),
        ("", "裁纸刀 切纸机 A4 手动 大号"),
        ("", "文件夹 A4 多层 插页 资料册 办公"),
        ("", "档案盒 牛皮纸 加厚 5.5cm 10个"),
        ("", "桌面 收纳盒 多格 笔筒 办公室"),
        ("", "便利贴 便签纸 可粘 留言 学生 彩色"),
        ("", "长尾夹 票夹 黑色 大号 办公 48只"),
        ("", "回形针 彩色 曲别针 100枚 盒装"),
        ("", "修正带 学生 大容量 可替换芯"),
        ("", "胶水 固体胶 高粘度 办公 12支装"),
        ("", "办公桌 简约 现代 职员 工位 组合"),
        ("", "会议桌 长桌 简约 办公 培训桌"),
        ("", "屏风 工位 隔断 办公桌 四人位"),
        ("", "脚踏板 办公 桌下 搁脚凳 人体工学"),
        ("", "椅子 腰靠 靠垫 办公室 护腰"),
        ("", "办公椅 万向轮 配件 椅子 轮子 静音"),
        ("", "气压棒 升降 椅子 配件 通用 防爆"),
        ("", "笔记本 支架 铝合金 散热 折叠 便携"),
        ("", "键盘 托架 桌下 抽屉 滑轨"),
        ("", "台灯 护眼 学习 LED 充电 宿舍"),
        ("", "计算器 财务 会计 大按键 语音"),
        ("", "白板 磁性 支架式 移动 会议 教学"),
    ],
)
