"""The hand-written listings of the sixteenth held-out corpus (see README.md).

Every row is written by hand. ``hg()`` only spells the named letters of a word with their
Cyrillic (or Greek) look-alikes, ``fw()`` spells a text in full-width forms, ``ZW`` is a
zero-width space. Borderline labels are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK_ALIKE = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "s": "ѕ", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "N": "Ν",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "Υ",
}  # fmt: skip


def hg(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` replaced by its Cyrillic/Greek look-alike."""
    return "".join(_LOOK_ALIKE[ch] if ch in letters else ch for ch in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (letters, digits, spaces)."""
    out = []
    for ch in text:
        if ch == " ":
            out.append("\u3000")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


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


def _g(key: str) -> str:
    return f"r16-{key}" if key else ""


def P(case: str, key: str, title: str, description: str = "") -> Listing:
    """A text positive about one right (description given = the mark is only there)."""
    return Listing(case, _g(key), title, description)


def BF(key: str, title: str, brand: str, description: str = "") -> Listing:
    return Listing("brand_field", _g(key), title, description, brand)


def IM(key: str, title: str, description: str = "") -> Listing:
    return Listing("image", _g(key), title, description, image=True)


def MX(
    key: str, title: str, description: str = "", also: tuple[str, ...] = (), device: str = ""
) -> Listing:
    expected = (_g(key), *(_g(k) for k in also))
    without = (*expected, _g(device)) if device else None
    return Listing("mixed", _g(key), title, description, expected=expected, without_compat=without)


def N(case: str, key: str, title: str, description: str = "", brand: str = "") -> Listing:
    return Listing(case, _g(key), title, description, brand)


def C(key: str, title: str, description: str = "") -> Listing:
    return Listing("compat", _g(key), title, description)


def CL(title: str, description: str = "", brand: str = "") -> Listing:
    return Listing("clean", "", title, description, brand)


POSITIVES: list[Listing] = [
    # ---- exact: the mark as registered, in a brand position ----
    P("exact", "baseus", "Baseus 65W GaN5 Pro USB C Fast Charger 3 Ports Wholesale"),
    P("exact", "sennheiser", "Sennheiser HD 599 Open Back Over Ear Headphones Original"),
    P("exact", "kodak", "Kodak Gold 200 35mm Color Negative Film 36 Exp 10 Rolls"),
    P("exact", "brembo", "Brembo GT 6 Piston Front Brake Caliper Kit 380mm Disc Red"),
    P("exact", "bridgestone", "Bridgestone Turanza T005 205/55R16 91V Passenger Car Tyre"),
    P("exact", "ryobi", "Ryobi ONE+ 18V Cordless Drill Driver Kit With 2.0Ah Battery"),
    P("exact", "hilti", "Hilti TE 30-A36 Cordless Rotary Hammer SDS Plus Used Good Condition"),
    P("exact", "yonex", "Yonex Astrox 88D Pro Badminton Racket 4U G5 Strung"),
    P("exact", "samsonite", "Samsonite Cosmolite Spinner 75cm Hard Shell Suitcase"),
    P("exact", "tissot", "Tissot PRX Powermatic 80 Men's Automatic Watch 40mm Blue Dial"),
    P("exact", "clinique", "Clinique Moisture Surge 100H Auto-Replenishing Hydrator 50ml"),
    P("exact", "schwarzkopf", "Schwarzkopf Igora Royal Permanent Hair Color 60ml Salon Pack"),
    P("exact", "cetaphil", "Cetaphil Gentle Skin Cleanser 473ml Sensitive Skin Bulk Order"),
    P("exact", "tefal", "Tefal Ingenio 10 Piece Non Stick Cookware Set Removable Handle"),
    P("exact", "heinz", "Heinz Tomato Ketchup 570g Squeeze Bottle Carton of 10"),
    P("exact", "haribo", "Haribo Goldbears Gummy Candy 200g Bag Export Wholesale"),
    P("exact", "medela", "Medela Swing Maxi Double Electric Breast Pump Hospital Grade"),
    P("exact", "tumi", "Tumi Alpha 3 Expandable Organizer Laptop Brief Ballistic Nylon"),
    P("exact", "tecno", "Tecno Spark 20 Pro 8GB 256GB Dual SIM Smartphone Global Version"),
    P("exact", "monroe", "Monroe OESpectrum Front Strut Assembly Pair Ride Control"),
    P("exact", "ngk", "NGK Iridium IX Spark Plug BKR6EIX 4 Pcs Set"),
    P("exact", "oakley", "Oakley Holbrook Polarized Sunglasses Matte Black Frame"),
    P("exact", "coleman", "Coleman Sundome 4 Person Camping Tent with Rainfly"),
    P("exact", "callaway", "Callaway Paradym Ai Smoke Driver 10.5 Degree Regular Flex"),
    # Matchbox as the maker of die-cast cars: the toy trade itself, so a mark.
    P("exact", "matchbox", "Matchbox 1:64 Die-cast Cars 5 Pack Gift Set Assorted"),
    P("exact", "tamiya", "Tamiya 1/10 TT-02 RC Car Chassis Kit 58600"),
    P("exact", "sylvanian", "Sylvanian Families Chocolate Rabbit Family Figure Set"),
    P("exact", "dickies", "Dickies 874 Original Fit Work Pants Men Khaki 32x32"),
    P("exact", "pyrex", "Pyrex Glass Measuring Cup 1 Litre Microwave Safe"),
    # Tiger naming the maker of a vacuum bottle: Tiger Corporation's own trade.
    P("exact", "tiger", "Tiger Stainless Steel Vacuum Insulated Bottle 480ml MMZ Series"),
    P("exact", "guinness", "Guinness Draught Stout 440ml Can x 24 Export Order"),
    P("exact", "budweiser", "Budweiser Lager Beer 330ml Bottle 24 Pack Export Price"),
    P("exact", "milo", "Milo Activ-Go Chocolate Malt Drink Powder 1kg Tin"),
    P("exact", "mam", "MAM Easy Start Anti-Colic Baby Bottle 260ml 2 Pack"),
    P("exact", "solo-stove", "Solo Stove Bonfire 2.0 Smokeless Fire Pit Stainless Steel"),
    P("exact", "blenderbottle", "BlenderBottle Classic V2 Shaker Bottle 28oz Gym"),
    # A pleated floor-level lounge chair sold under the design's name: a copy of the design.
    P("exact", "togo-sofa", "Togo Sofa Lounge Chair Fireside Velvet Pleated Floor Couch"),
    P("exact", "noguchi-table", "Noguchi Table Walnut Base Glass Top Coffee Table Mid Century"),
    # exact, the mark in the description only
    P(
        "exact",
        "ryobi",
        "18V Cordless Impact Driver Brushless Bare Tool 1/4 Hex",
        "Genuine Ryobi ONE+ impact driver, tool only, battery sold separately.",
    ),
    P(
        "exact",
        "kodak",
        "Disposable 35mm Film Camera with Flash 27 Exposures Party Favor",
        "Kodak single-use camera, pre-loaded with ISO 800 film, 10 pcs per carton.",
    ),
    P(
        "exact",
        "cetaphil",
        "Daily Moisturizing Lotion 591ml Fragrance Free Pump Bottle",
        "Cetaphil lotion for dry and sensitive skin, US version, batch code on the bottom.",
    ),
    P(
        "exact",
        "brembo",
        "Front Brake Pads Ceramic Low Dust Set of 4 Sport Sedan",
        "Brembo pads, original box with hologram, ECE R90 approved.",
    ),
    P(
        "exact",
        "guinness",
        "Irish Dry Stout Beer 500ml Can x 24 Pallet Price",
        "Guinness Draught with widget, best before 10 months, reefer container only.",
    ),
    P(
        "exact",
        "samsonite",
        "Business Rolling Laptop Case 17 Inch Two Wheels",
        "Samsonite Xenon 3.0 mobile office, TSA lock, 1 year warranty card inside.",
    ),
    P(
        "exact",
        "coleman",
        "Dual Fuel Camping Lantern 800 Lumens Outdoor",
        "Coleman lantern, runs on white gas or unleaded, 2 mantles included.",
    ),
    P(
        "exact",
        "heinz",
        "Baked Beans in Tomato Sauce 415g x 24 Tins",
        "Heinz Beanz, UK recipe, halal certificate available on request.",
    ),
    # ---- alias: a Latin alias ----
    P("alias", "xinxiangyin", "Hearttex 3 Ply Facial Tissue 120 Sheets x 24 Packs"),
    P("alias", "jierou", "C&S Face Series Soft Facial Tissue 3 Ply 100 Pulls"),
    P("alias", "niulanshan", "Niulanshan Erguotou 56% Chinese Baijiu 500ml Export"),
    P("alias", "laocunzhang", "Laocunzhang Chinese Liquor 42% Vol 450ml Case of 12"),
    P("alias", "jialing", "Jialing JH150 Motorcycle Complete Engine Assembly 150cc"),
    P("alias", "gujinggong", "Gujinggong Vintage Yuan Jiang No.5 Baijiu Gift Box 500ml"),
    P("alias", "luhua", "Luhua 5S Pressed First Grade Peanut Oil 5L Export Carton"),
    P("alias", "jiangxiaobai", "Jiangxiaobai Expression Bottle Light Sorghum Liquor 100ml"),
    P("alias", "erke", "ERKE Men's Running Shoes Lightweight Breathable Mesh Sneakers"),
    P("alias", "flyco", "FLYCO FS339 Electric Shaver 3 Floating Heads Rechargeable"),
    P("alias", "harbin", "Harbin Beer Ice Draft 330ml Can x 24 Carton"),
    P("alias", "bridgestone", "Potenza Sport 245/40R18 97Y XL Summer Performance Tyre"),
    P("alias", "tefal", "T-fal Ultimate Hard Anodized Fry Pan 12 Inch Nonstick"),
    P("alias", "sylvanian", "Calico Critters Hopscotch Rabbit Family Dolls Set of 4"),
    P("alias", "mam", "MAM Baby Perfect Night Glow Pacifier 6-16M 2 Pack"),
    P("alias", "kerastase", "Kerastase Elixir Ultime Original Hair Oil 100ml"),
    P("alias", "togo-sofa", "Ligne Roset Togo Style Three Seater Sofa Leather"),
    P("alias", "noguchi-table", "Noguchi Coffee Table Replica Solid Ash Base Triangle Glass"),
    P("alias", "solo-stove", "SoloStove Ranger Smokeless Firepit Kit with Shelter"),
    P("alias", "blenderbottle", "Blender Bottle Pro Series 24oz Protein Shaker Cup"),
    P("alias", "ngk", "NGK Spark Plugs Laser Platinum PFR6Q 4 Pcs Box"),
    P("alias", "monroe", "Monroe Shocks Gas-Magnum Rear Shock Absorber Pair"),
    # alias, in the description only
    P(
        "alias",
        "harbin",
        "Chinese Lager Beer 500ml Tall Can 12 Pack Import",
        "Harbin Beer, brewed in northeast China since 1900, 3.6% ABV.",
    ),
    P(
        "alias",
        "niulanshan",
        "Beijing Erguotou Chinese White Spirit 100ml Mini Bottle x 40",
        "Niulanshan classic 42%, green bottle, export label in English.",
    ),
    P(
        "alias",
        "erke",
        "Men Basketball Shoes High Top Cushioning Size 39-45",
        "ERKE official factory stock, box and tag included.",
    ),
    P(
        "alias",
        "sylvanian",
        "Miniature Bunny Figures Dollhouse Family Kids Toy",
        "Sylvanian baby series blind bag, 1 random figure per pack.",
    ),
    P(
        "alias",
        "jierou",
        "Pocket Handkerchief Tissue 4 Ply 10 Packs Cologne Scent",
        "Jierou pocket tissues, soft and strong when wet.",
    ),
    P(
        "alias",
        "kerastase",
        "Professional Repair Shampoo 250ml Damaged Hair Salon",
        "Kerastase Resistance Bain Force Architecte, France made.",
    ),
    # ---- chinese: a Chinese mark or Chinese alias ----
    P("chinese", "xinxiangyin", "心相印 抽纸 3层120抽 24包 整箱批发 家用面巾纸"),
    P("chinese", "jierou", "洁柔 古龙水香味 手帕纸 4层 10包装 便携"),
    P("chinese", "niulanshan", "牛栏山二锅头 陈酿 42度 500ml 整箱12瓶"),
    P("chinese", "laocunzhang", "老村长 白酒 42度 450ml×12瓶 整箱 婚宴用酒"),
    P("chinese", "jialing", "嘉陵70 摩托车 原厂 化油器 配件"),
    P("chinese", "gujinggong", "古井贡酒 年份原浆 古5 50度 500ml 礼盒装"),
    P("chinese", "luhua", "鲁花 5S压榨一级 花生油 5L 食用油 团购"),
    P("chinese", "jiangxiaobai", "江小白 表达瓶 40度 100ml 清香型高粱酒 小瓶"),
    P("chinese", "erke", "鸿星尔克 男鞋 跑步鞋 夏季 透气 网面 运动鞋"),
    P("chinese", "flyco", "飞科 剃须刀 电动 男士 充电式 三刀头 全身水洗"),
    P("chinese", "harbin", "哈尔滨啤酒 冰纯 330ml×24听 整箱"),
    P("chinese", "harbin", "哈啤 小麦王 500ml 12罐 东北 啤酒 批发"),
    P("chinese", "baseus", "倍思 充电宝 20000毫安 22.5W 快充 移动电源"),
    P("chinese", "sennheiser", "森海塞尔 头戴式耳机 有线 监听 高保真"),
    P("chinese", "kodak", "柯达 胶卷 135彩色负片 200度 36张 5卷装"),
    P("chinese", "brembo", "布雷博 刹车卡钳 前四活塞 改装 套装"),
    P("chinese", "bridgestone", "普利司通 轮胎 215/55R17 94V 静音 舒适型"),
    P("chinese", "ryobi", "利优比 18V 锂电 电钻 充电式 手电钻 套装"),
    P("chinese", "hilti", "喜利得 电锤 冲击钻 混凝土 打孔 工业级"),
    P("chinese", "yonex", "尤尼克斯 羽毛球拍 全碳素 超轻 进攻型 单拍"),
    P("chinese", "samsonite", "新秀丽 拉杆箱 20寸 登机箱 万向轮 硬箱"),
    P("chinese", "tissot", "天梭 男表 力洛克 自动机械表 钢带"),
    P("chinese", "clinique", "倩碧 黄油 无油 保湿 乳液 125ml"),
    P("chinese", "kerastase", "卡诗 双重菁纯 修护 洗发水 250ml"),
    P("chinese", "schwarzkopf", "施华蔻 染发膏 植物 遮白发 自己在家染"),
    P("chinese", "cetaphil", "丝塔芙 洗面奶 温和 敏感肌 473ml 大瓶"),
    P("chinese", "tefal", "特福 不粘锅 炒锅 28cm 红点 电磁炉通用"),
    P("chinese", "heinz", "亨氏 婴儿 米粉 高铁 1段 400g 罐装"),
    P("chinese", "haribo", "哈瑞宝 小熊软糖 水果味 200g 进口零食"),
    P("chinese", "medela", "美德乐 吸奶器 电动 双边 静音 产后"),
    P("chinese", "tumi", "途明 双肩包 男士 商务 电脑包 弹道尼龙"),
    P("chinese", "oakley", "欧克利 运动 太阳镜 骑行 偏光 防风镜"),
    P("chinese", "tamiya", "田宫 四驱车 拼装 模型 赛车 套件"),
    P("chinese", "sylvanian", "森贝儿家族 巧克力兔 家庭套装 过家家玩具"),
    P("chinese", "dickies", "迪凯斯 工装裤 男 直筒 宽松 耐磨"),
    # 虎牌 naming the maker of a thermos: the Chinese name of Tiger Corporation.
    P("chinese", "tiger", "虎牌 保温杯 不锈钢 真空 480毫升 一键开盖"),
    P("chinese", "guinness", "健力士 黑啤 生啤 440毫升 24罐 进口"),
    P("chinese", "budweiser", "百威 啤酒 500毫升 18听 整箱 聚会"),
    P("chinese", "milo", "美禄 可可麦芽 营养 饮品 冲剂 1公斤 罐装"),
    P("chinese", "noguchi-table", "野口茶几 实木 三角 玻璃茶几 客厅 北欧"),
    # chinese, in the description only
    P("chinese", "callaway", "高尔夫 一号木 发球木 男士 10.5度", "卡拉威 原装 正品 带杆头套"),
    P("chinese", "tumi", "商务 旅行 背包 防泼水 大容量", "途明 同款 弹道尼龙 面料 五金"),
    P("chinese", "xinxiangyin", "卷纸 卫生纸 四层 加厚 27卷 家庭装", "心相印 原厂 直发 一箱起批"),
    P("chinese", "gujinggong", "浓香型 白酒 52度 婚宴 送礼 整箱", "古井贡 酒厂 授权 经销商"),
    P("chinese", "jialing", "摩托车 发动机 气缸 活塞 总成 70cc", "嘉陵 原厂 配件 质保 三个月"),
    P("chinese", "luhua", "花生油 压榨 一级 食用油 1.8L 瓶装", "鲁花 正品 超市 同款"),
    P("chinese", "laocunzhang", "东北 白酒 浓香型 42度 光瓶酒 整箱", "老村长 香酒 厂家 直供"),
    P("chinese", "samsonite", "行李箱 女 24寸 拉杆箱 铝框 静音轮", "新秀丽 专柜 同款 原单"),
    P("chinese", "flyco", "电吹风 负离子 大功率 家用 恒温 护发", "飞科 电器 官方 出品"),
    P("chinese", "harbin", "东北 啤酒 清爽 拉格 小瓶 330毫升", "哈尔滨啤酒 厂家 一手 货源"),
]

POSITIVES += [
    # ---- case_width: case changes or full-width forms ----
    P("case_width", "sennheiser", "SENNHEISER Momentum 4 Wireless Headphones ANC 60H Battery"),
    P("case_width", "yonex", fw("YONEX") + " Power Cushion 65Z3 Badminton Shoes Unisex"),
    P("case_width", "baseus", "bAsEuS Magnetic Wireless Power Bank 10000mAh 20W"),
    P("case_width", "hilti", "HILTI Anchor Bolts HST3 M12x115 Stud Anchor Box of 20"),
    P("case_width", "tissot", fw("Tissot") + " Le Locle Powermatic 80 Automatic Men Watch"),
    P("case_width", "haribo", "haribo starmix gummy sweets 175g x 12 bags"),
    P("case_width", "guinness", "GUINNESS Extra Stout 330ml Bottle x 24 Case"),
    P("case_width", "kodak", fw("KODAK") + " Portra 400 120 Film 5 Pack Professional"),
    P("case_width", "pyrex", "PYREX Borosilicate Glass Food Storage Container 4 Pcs Set"),
    P("case_width", "clinique", "cLiNiQuE Dramatically Different Moisturizing Gel 125ml"),
    P("case_width", "coleman", "COLEMAN Classic Propane Camp Stove 2 Burner"),
    P("case_width", "samsonite", "samsonite proxis carry-on spinner 55cm ultralight"),
    # case_width, in the description only
    P(
        "case_width",
        "tefal",
        "Electric Air Fryer 4.2L Digital Display 1500W",
        fw("TEFAL") + " Easy Fry Precision, EU plug, 2 year warranty.",
    ),
    P(
        "case_width",
        "bridgestone",
        "Run Flat Tyre 225/45R17 91W Winter Car Tire",
        "BRIDGESTONE Blizzak LM005 RFT, DOT 2024.",
    ),
    P(
        "case_width",
        "schwarzkopf",
        "Salon Hair Bleach Powder 450g Dust Free Blue",
        "schwarzkopf blondme premium lift 9+, professional use only.",
    ),
    P(
        "case_width",
        "medela",
        "Breast Milk Storage Bags 180ml 50 Pcs BPA Free",
        "MEDELA Pump & Save bags, double zip seal.",
    ),
    # ---- accent: accented letters ----
    P("accent", "sennheiser", "Sénnheiser IE 600 In Ear Monitor Earphones Audiophile"),
    P("accent", "yonex", "Yönex Nanoflare 800 Badminton Racquet Speed 4U"),
    P("accent", "brembo", "Brëmbo Brake Discs Drilled Slotted 330mm Pair Front"),
    P("accent", "tissot", "Tissöt Seastar 1000 Diver Watch Quartz Chronograph"),
    P("accent", "hilti", "Hìlti SF 6H-22 Hammer Drill Driver Cordless Bare Tool"),
    P("accent", "tefal", "Téfal Actifry Genius XL Healthy Air Fryer 1.7kg"),
    P("accent", "haribo", "Häribo Tangfastics Sour Gummies 160g Party Pack"),
    P("accent", "medela", "Médela Harmony Manual Breast Pump 2-Phase Expression"),
    P("accent", "oakley", "Ôakley Radar EV Path Cycling Sunglasses Prizm Road"),
    P("accent", "callaway", "Callawáy Rogue ST Max Iron Set 5-PW Steel Shafts"),
    P("accent", "dickies", "Dickíes Eisenhower Jacket Lined Workwear Mens"),
    # A French mark spelled without its accent elsewhere; here an accent on the wrong letter.
    P("accent", "kerastase", "Kerastäse Nutritive Masquintense 200ml Hair Mask"),
    # accent, in the description only
    P(
        "accent",
        "cetaphil",
        "Moisturizing Cream 453g Tub Dry to Very Dry Skin",
        "Cétaphil cream, non comedogenic, dermatologist recommended.",
    ),
    P(
        "accent",
        "ryobi",
        "40V Brushless Lawn Mower 46cm Self Propelled",
        "Ryöbi MAX POWER series, battery and charger included.",
    ),
    P(
        "accent",
        "tamiya",
        "1/24 Scale Plastic Model Car Kit Sports Coupe",
        "Tamíya sports car series, paints not included.",
    ),
    P(
        "accent",
        "clinique",
        "Lipstick Long Wear Matte 3.5g 12 Shades",
        "Clïnique Even Better Pop lip colour, tester box.",
    ),
    # ---- homoglyph: Cyrillic/Greek look-alike letters ----
    P("homoglyph", "kodak", hg("Kodak", "Ko") + " Ultramax 400 35mm Film 24 Exp 3 Pack"),
    P("homoglyph", "baseus", hg("Baseus", "Bae") + " 100W USB C to USB C Cable 2m Braided"),
    P("homoglyph", "sennheiser", hg("Sennheiser", "ei") + " HD 660S2 Reference Headphones"),
    P("homoglyph", "samsonite", hg("Samsonite", "ao") + " Lite-Shock Spinner 69cm Curv Shell"),
    P("homoglyph", "oakley", hg("Oakley", "Oae") + " Frogskins Sunglasses Prizm Lens Retro"),
    P("homoglyph", "coleman", hg("Coleman", "Coe") + " Camping Chair Folding Quad with Cooler"),
    P("homoglyph", "tecno", hg("Tecno", "Teo") + " Camon 30 Pro 5G 12GB 512GB Mobile Phone"),
    P("homoglyph", "tefal", hg("Tefal", "Tea") + " Ultragliss Steam Iron 2800W Durilium"),
    P("homoglyph", "guinness", hg("Guinness", "is") + " Foreign Extra Stout 325ml x 24"),
    P("homoglyph", "tiger", hg("Tiger", "Tie") + " Rice Cooker JAX 1.8L Induction Heating"),
    P("homoglyph", "pyrex", hg("Pyrex", "Pyex") + " Glass Pie Plate 25cm Oven Safe Bakeware"),
    P("homoglyph", "matchbox", hg("Matchbox", "Macox") + " Cars Action Drivers Playset Car Wash"),
    # homoglyph, in the description only
    P(
        "homoglyph",
        "tissot",
        "Swiss Automatic Watch Men Sapphire 42mm Leather Strap",
        hg("Tissot", "Tio") + " Gentleman Powermatic 80, full set.",
    ),
    P(
        "homoglyph",
        "clinique",
        "Foundation SPF15 30ml Oil Free 20 Shades",
        hg("Clinique", "Cie") + " Even Better makeup, retail box.",
    ),
    P(
        "homoglyph",
        "budweiser",
        "American Lager Beer 355ml Can x 24 Export",
        hg("Budweiser", "Be") + " King of Beers, date 2025.",
    ),
    P(
        "homoglyph",
        "monroe",
        "Rear Shock Absorber Gas Twin Tube Pair SUV",
        hg("Monroe", "Moe") + " Reflex, original packing.",
    ),
    # ---- leetspeak: digits and signs for letters ----
    P("leetspeak", "yonex", "Y0nex Arcsaber 11 Pro Badminton Racket 3U"),
    P("leetspeak", "brembo", "Br3mb0 Brake Caliper Cover Set 4 Pcs Universal Red"),
    P("leetspeak", "hilti", "H1lt1 Diamond Core Drill Bit 52mm Wet Use"),
    P("leetspeak", "pyrex", "Pyr3x Glass Mixing Bowl Set 3 Pcs Nesting"),
    P("leetspeak", "haribo", "H@r1bo Happy Cola Gummies 1kg Bulk Bag"),
    P("leetspeak", "oakley", "0akley Jawbreaker Cycling Glasses Photochromic"),
    P("leetspeak", "coleman", "C0l3man Camping Cooler 48 Quart Wheeled"),
    P("leetspeak", "guinness", "Guinne$$ Pint Glass 20oz Gravity Embossed Set of 4"),
    P("leetspeak", "samsonite", "Sams0n1te Hardside Spinner Luggage 3 Piece Set"),
    P("leetspeak", "baseus", "B@seus 3-in-1 Magnetic Charging Station 15W"),
    P("leetspeak", "tissot", "T1ss0t Chemin des Tourelles Automatic Watch 39mm"),
    # leetspeak, in the description only
    P(
        "leetspeak",
        "clinique",
        "Facial Soap Mild Formula 100g with Dish",
        "Cl1n1que 3-step skin care, step 1 soap bar.",
    ),
    P(
        "leetspeak",
        "kodak",
        "Instant Print Camera 10MP with Zink Paper Kids",
        "K0dak Printomatic, yellow, 20 sheets free.",
    ),
    P(
        "leetspeak",
        "medela",
        "Breast Pump Spare Parts Valve Membrane Kit",
        "M3dela original spare kit, 2 valves 6 membranes.",
    ),
    P(
        "leetspeak",
        "schwarzkopf",
        "Hair Styling Wax 85ml Matte Strong Hold Men",
        "Schw@rzk0pf got2b, export stock.",
    ),
    # ---- spacing: spaces, dots, dashes, underscores or zero-width spaces in the mark ----
    P("spacing", "sennheiser", "S E N N H E I S E R CX Plus True Wireless Earbuds"),
    P("spacing", "brembo", "B-r-e-m-b-o Sport Brake Pads Front Axle Racing"),
    P("spacing", "ryobi", "Ry.obi 18V Lithium Battery 4.0Ah Pack ONE Plus"),
    P("spacing", "tamiya", "Ta_miya Mini 4WD Ray Spear Kit MS Chassis"),
    P("spacing", "clinique", f"Cli{ZW}nique Take The Day Off Cleansing Balm 125ml"),
    P("spacing", "samsonite", "Sam sonite Omni PC Hardside Expandable Luggage 24 Inch"),
    P("spacing", "tissot", "T i s s o t Visodate Automatic Watch Black Dial"),
    P("spacing", "yonex", "Y.O.N.E.X Badminton Shuttlecocks Aerosensa 30 Tube of 12"),
    P("spacing", "xinxiangyin", "心 相 印 茶语系列 抽纸 4层 90抽 整箱"),
    P("spacing", "jiangxiaobai", "江·小·白 果立方 白桃味 高粱酒 168毫升"),
    P("spacing", "heinz", f"Hei{ZW}nz Yellow Mustard 397g Squeeze Bottle"),
    P("spacing", "tefal", "T-e-f-a-l Jamie Oliver Frying Pan 28cm Cook's Classics"),
    # spacing, in the description only
    P(
        "spacing",
        "bridgestone",
        "All Terrain Tyre 265/65R17 112T SUV Pickup",
        "B r i d g e s t o n e Dueler A/T 002, fresh stock.",
    ),
    P(
        "spacing",
        "cetaphil",
        "Baby Wash and Shampoo 400ml Tear Free Calendula",
        f"Ceta{ZW}phil Baby daily wash, 2 in 1.",
    ),
    P(
        "spacing",
        "hilti",
        "Chemical Anchor Injection Mortar 500ml Cartridge",
        "H_I_L_T_I HIT-HY 200-A, best before 2026.",
    ),
    P(
        "spacing",
        "kodak",
        "Film Camera Half Frame 35mm Reusable Sand",
        "K.o.d.a.k Ektar H35, film not included.",
    ),
    # ---- misspelling: a seller's misspelling in the mark's own trade ----
    P("misspelling", "sennheiser", "Senheiser HD 450BT Wireless Noise Cancelling Headphones"),
    P("misspelling", "schwarzkopf", "Schwartzkopf Professional Bonacure Shampoo 1000ml"),
    P("misspelling", "guinness", "Guiness Draught Irish Stout 440ml 4 Pack"),
    P("misspelling", "budweiser", "Budwiser Beer 330ml Can 24 Pack Party"),
    P("misspelling", "samsonite", "Samsonight Carry On Luggage 20 Inch Spinner Lightweight"),
    P("misspelling", "oakley", "Oakly Flak 2.0 XL Sport Sunglasses Prizm"),
    P("misspelling", "callaway", "Calaway Big Bertha Fairway Wood 3 Wood 15 Degree"),
    P("misspelling", "cetaphil", "Cetaphill Daily Facial Cleanser 237ml Normal to Oily"),
    P("misspelling", "tefal", "Teffal Induction Frying Pan 24cm Thermo-Spot"),
    P("misspelling", "kerastase", "Kerastace Genesis Anti Hair Fall Serum 90ml"),
    P("misspelling", "haribo", "Hariboo Gold Bears Gummy 1kg Bulk Candy"),
    P("misspelling", "yonex", "Yonnex Badminton Bag 6 Racket Thermal Pro"),
    P("misspelling", "samsonite", "新秀莉 拉杆箱 24寸 女 万向轮 密码锁"),
    P("misspelling", "clinique", "倩璧 三部曲 洁面皂 保湿 套装"),
    P("misspelling", "erke", "鸿星尔可 女鞋 运动 休闲 跑步鞋"),
    P("misspelling", "jiangxiaobai", "江晓白 高粱酒 小瓶 100毫升 24瓶 整箱"),
    # misspelling, in the description only
    P(
        "misspelling",
        "tamiya",
        "Mini 4WD Racing Car Kit Motor and Gears Set",
        "Tamyia style chassis, for the kids' track.",
    ),
    P(
        "misspelling",
        "dickies",
        "Men's Double Knee Work Pants Duck Canvas",
        "Dickes 85283 double knee, made in factory of OEM.",
    ),
    P(
        "misspelling",
        "ryobi",
        "Cordless Hedge Trimmer 18V 50cm Blade",
        "Rioby one plus system compatible battery platform.",
    ),
    P(
        "misspelling",
        "flyco",
        "电动剃须刀 旋转式 三刀头 充电 礼盒",
        "飞柯 品牌 正品 保修 一年",
    ),
    # ---- brand_field: only in the brand field ----
    BF("ryobi", "18V Cordless Leaf Blower Jet Fan Bare Tool", "Ryobi"),
    BF("hilti", "SDS Max Chisel Flat 400mm Demolition", "HILTI"),
    BF("cetaphil", "Oil Control Foam Wash 236ml Acne Prone", "Cetaphil"),
    BF("schwarzkopf", "Hair Spray Extra Strong Hold 300ml", "Schwarzkopf"),
    BF("kerastase", "Thermal Protect Hair Serum 150ml Blow Dry", "Kérastase"),
    BF("medela", "Nursing Bra Seamless Maternity Size M", "Medela"),
    BF("tissot", "Quartz Women Watch Mother of Pearl Dial 28mm", "TISSOT"),
    BF("flyco", "电吹风 家用 大功率 负离子 静音", "飞科"),
    BF("xinxiangyin", "厨房 用纸 吸油 吸水 2卷装", "心相印"),
    BF("dickies", "Painter Pants White Cotton Relaxed Fit", "Dickies"),
    BF("ngk", "Ignition Coil Pack for 1.6L Engine OEM Quality", "NGK"),
    BF("monroe", "Front Strut Mount Kit with Bearing", "Monroe"),
    BF("mam", "Silicone Teether Ring Soft 3M+ BPA Free", "MAM"),
    BF("sylvanian", "森林 小动物 玩偶 家具 套装 女孩 过家家", "森贝儿家族"),
    BF("luhua", "葵花籽油 压榨 5L 家用 食用油", "鲁花"),
    # Tiger Corporation in the brand field of a vacuum flask: its own trade.
    BF("tiger", "Stainless Steel Vacuum Food Jar 380ml Kids Lunch", "TIGER"),
    # ---- image: only in the image (a copy of the reference picture) ----
    IM("baseus", "65W GaN Wall Charger 3 Ports Foldable Plug"),
    IM("sennheiser", "Wireless Headset Over Ear Noise Cancelling Black"),
    IM("kodak", "35mm Color Film Roll ISO 400 Retro Camera Film"),
    IM("brembo", "4 Piston Brake Caliper Red Painted Performance"),
    IM("yonex", "Carbon Badminton Racket Lightweight Offensive"),
    IM("samsonite", "Hardshell Carry On Suitcase 55cm Spinner Wheels"),
    IM("clinique", "Moisturizing Gel Cream 125ml Oil Free Yellow Bottle"),
    IM("tefal", "Nonstick Frying Pan 28cm Red Heat Indicator"),
    IM("haribo", "Gummy Bears Fruit Flavor 200g Party Bag"),
    IM("tumi", "Ballistic Nylon Business Backpack 15 Inch Laptop"),
    IM("oakley", "Sport Sunglasses Wrap Around Polarized Cycling"),
    IM("coleman", "Dome Camping Tent 4 Person Waterproof Green"),
    IM("tamiya", "1/10 RC Touring Car Chassis Kit Unassembled"),
    IM("guinness", "Irish Stout Beer 440ml Can 24 Pack"),
    IM("jiangxiaobai", "清香型 高粱酒 小瓶 100毫升 年轻人 白酒"),
    IM("erke", "Men's Running Shoes Breathable Lightweight White"),
    # ---- mixed: two rights, one right under two evasions, or a mark on an accessory ----
    MX("baseus", "Baseus 30W Fast Charger Compatible with Tecno Camon 30", device="tecno"),
    MX("brembo", "Brembo Sintered Brake Pads for Jialing JH150 Motorcycle", device="jialing"),
    MX("ngk", "NGK 火花塞 C7HSA 适用于嘉陵 JH70 摩托车", device="jialing"),
    MX("pyrex", "Pyrex Tempered Glass Lid Fits Tiger Rice Cooker 1.8L", device="tiger"),
    MX("mam", "MAM Silicone Teats Compatible with Medela Bottles 2 Pack", device="medela"),
    MX("erke", "鸿星尔克 ERKE 同款 跑步鞋 男 减震"),
    MX("oakley", "0akley " + hg("Oakley", "Oa") + " Sutro Sunglasses Cycling Prizm"),
    MX("jiangxiaobai", "江小白 J1angxiaobai 表达瓶 100ml 24瓶"),
    MX("haribo", "Party Snack Box Haribo Goldbears & Milo Cubes Mix 1kg", also=("milo",)),
    MX("heinz", "Heinz Ketchup + Guinness Stout BBQ Marinade Gift Set", also=("guinness",)),
    MX("samsonite", "Samsonite Suitcase + Tumi Packing Cubes Travel Bundle", also=("tumi",)),
    MX("ryobi", "Ryobi ONE+ Drill with H1lti Masonry Bit Set Bundle", also=("hilti",)),
    MX("tefal", "特福 T3fal 不粘锅 煎锅 24cm"),
    MX(
        "clinique",
        "Skincare Gift Set Moisturizer Cleanser Toner 3 Pcs",
        "Clinique 3-step with Cetaphil cleanser travel size.",
        also=("cetaphil",),
    ),
    MX(
        "budweiser",
        "Beer Bucket Party Pack 24 Bottles Mixed Lager Stout",
        "Budweiser 12 + Harbin Beer 12, iced bucket included.",
        also=("harbin",),
    ),
    MX(
        "kodak",
        "Film Camera Neck Strap Vintage Leather Retro",
        "K0dak logo strap, embossed " + fw("KODAK") + " on the pad.",
    ),
]

# ---- compat: compatibility wording naming a device (expected only with the switch off) ----
COMPAT: list[Listing] = [
    C("medela", "Replacement Valves and Membranes for Medela Pump in Style 6 Pack"),
    C("medela", "适配美德乐 吸奶器 配件 鸭嘴阀 硅胶膜 替换装"),
    C("tefal", "Replacement Sealing Ring Compatible with Tefal Clipso Pressure Cooker 6L"),
    C("tefal", "硅胶 密封圈 替换特福压力锅 原装圈 22cm"),
    C("ryobi", "Battery Adapter for Ryobi 18V Tools Convert 20V Lithium Battery"),
    C("ryobi", "4.0Ah Lithium Battery Replacement for Ryobi ONE+ P108 P107"),
    C("hilti", "SDS Plus Drill Bits Compatible for Hilti TE Rotary Hammers 5 Pcs"),
    C("brembo", "Brake Caliper Rebuild Kit Fits Brembo 4 Piston Front Calipers"),
    C("oakley", "Polarized Replacement Lenses for Oakley Holbrook OO9102"),
    C("oakley", "适配欧克利 Flak 2.0 镜片 偏光 替换 镜片"),
    C("samsonite", "Replacement Spinner Wheels for Samsonite Luggage Set of 4"),
    C("samsonite", "拉杆箱 万向轮 替换 配件 适用新秀丽 行李箱"),
    C("tumi", "Replacement Shoulder Strap Designed to Fit Tumi Alpha Bags"),
    C("tissot", "20mm Rubber Strap Compatible with Tissot PRX 40mm Quick Release"),
    C("tissot", "适用于天梭 力洛克 钢带 表带 19mm 蝴蝶扣"),
    C("solo-stove", "Stainless Steel Stand for Solo Stove Bonfire Fire Pit"),
    C("solo-stove", "Fire Pit Lid Works with Solo Stove Ranger and Bonfire"),
    C("blenderbottle", "Replacement Lids Compatible with BlenderBottle Classic 28oz 2 Pack"),
    C("togo-sofa", "Stretch Slipcover for Togo Sofa Fireside Chair Pleated"),
    C("noguchi-table", "Replacement Glass Top for Noguchi Table 19mm Tempered"),
    C("tecno", "Shockproof Phone Case for Tecno Spark 20 Pro Clear TPU"),
    C("tecno", "Tempered Glass Screen Protector Tecno Camon 20 Compatible 3 Pack"),
    C("sennheiser", "Replacement Ear Pads for Sennheiser HD 600 HD 650 Velour"),
    C("kodak", "Rechargeable Battery Compatible with Kodak PIXPRO FZ55 2 Pack"),
    C("coleman", "Propane Adapter Hose Fits Coleman Camp Stove 1.5m"),
    C("coleman", "Lantern Mantles for Coleman Lanterns Size 21 Pack of 12"),
    C("callaway", "Driver Headcover Compatible with Callaway Paradym Leather"),
    C("yonex", "Replacement Grommets for Yonex Rackets Set of 36"),
    C("tamiya", "Brushless Motor Compatible with Tamiya TT-02 1/10 RC"),
    C("matchbox", "Orange Track Set Works with Matchbox Cars Stunt Loop"),
    C("sylvanian", "兼容森贝儿家族 玩偶 迷你家具 卧室 套装"),
    C("pyrex", "Silicone Lids for Pyrex Glass Bowls 4 Sizes Stretch"),
    C("tiger", "Inner Pot Replacement for Tiger JBV-A10 Rice Cooker 5.5 Cup"),
    C("mam", "Bottle Teats Compatible for MAM Easy Start Bottles Fast Flow"),
    C("jialing", "适用于嘉陵 JH70 摩托车 离合器片 总成"),
    C("flyco", "适用飞科 剃须刀 刀头 FR8 替换 刀网"),
    C("blenderbottle", "BlenderBottle compatible Stainless Whisk Balls 4 Pack"),
]

# ---- inside_word: the mark inside another word, or across a Chinese word boundary ----
INSIDE_WORD: list[Listing] = [
    N("inside_word", "harbin", "Harbinger of Spring Botanical Canvas Print 40x60cm"),
    N("inside_word", "harbin", "Vintage Harbinger Poster Art Deco Reproduction"),
    N("inside_word", "tecno", "Cable de Red Tecnologia Cat6 UTP 305m Bobina"),
    N("inside_word", "tecno", "Politecnico Graduation Gown Cap Set Italian University"),
    N("inside_word", "tecno", "Rueda de Tecnopolimero 100mm para Carretilla"),
    N("inside_word", "milo", "Milos Island Greece Travel Poster Vintage Style"),
    N("inside_word", "milo", "Milonga Tango Dance Shoes Women Suede Sole 7cm Heel"),
    N("inside_word", "tumi", "Costumi di Carnevale per Bambini Pirata Taglia M"),
    N("inside_word", "tumi", "前途明亮 励志 书法 挂画 办公室 装饰画"),
    N("inside_word", "sylvanian", "Transylvanian Vampire Costume Adult Halloween Cape"),
    N("inside_word", "sylvanian", "Pennsylvanian Dutch Hex Sign Wooden Barn Star"),
    N("inside_word", "pyrex", "Pyrexia Cooling Gel Patch Kids Fever Relief 10 Sheets"),
    N("inside_word", "togo-sofa", "Togolese Wax Print Fabric 6 Yards African Cotton"),
    N("inside_word", "tiger", "Natural Tigereye Bead Bracelet 8mm Men Stretch"),
    N("inside_word", "tiger", "Tigerwood Hardwood Decking Boards Per Square Meter"),
    N("inside_word", "mam", "Mama Bear Embroidered Sweatshirt Crewneck Women"),
    N("inside_word", "mam", "Woolly Mammoth Plush Toy 30cm Stuffed Animal"),
    N("inside_word", "budweiser", "Budapest Chain Bridge Fridge Magnet Souvenir"),
    N("inside_word", "budweiser", "Resin Buddha Statue Meditating 30cm Garden Decor"),
    N("inside_word", "budweiser", "Rosebud Pattern Porcelain Tea Cup Set of 6"),
    N("inside_word", "coleman", "Colemanite Mineral Specimen Boron Crystal Cluster"),
    N("inside_word", "monroe", "Monroeville Souvenir Coffee Mug 11oz"),
    N("inside_word", "heinz", "Heinzelmännchen Garden Gnome Figurine Resin 25cm"),
    N("inside_word", "clinique", "Plaque Polyclinique Vétérinaire Acrylique Gravée"),
    # Turkish "erkek" (men's) contains the alias ERKE: the word, not the mark.
    N("inside_word", "erke", "Erkek Gömlek Uzun Kollu Slim Fit Pamuklu"),
    N("inside_word", "erke", "Merkel Biography Hardcover Political History Book"),
    N("inside_word", "tefal", "造型独特福字贴 春节 窗花 门贴 10张"),
    N("inside_word", "baseus", "加倍思念 情侣 刻字 手链 纪念日 礼物"),
    N("inside_word", "kerastase", "手写贺卡诗词 明信片 中国风 30张"),
    N("inside_word", "samsonite", "清新秀丽 山水 风景 装饰画 客厅"),
    N("inside_word", "flyco", "腾飞科技 定制 工牌 挂绳 员工证"),
    N("inside_word", "jierou", "清洁柔顺 二合一 洗衣液 2kg 薰衣草"),
    N("inside_word", "xinxiangyin", "心心相印 情侣 对戒 925银 可刻字"),
    N("inside_word", "niulanshan", "养殖 牛栏山羊 两用 围栏网 镀锌"),
    N("inside_word", "laocunzhang", "养老村长廊 防腐木 花架 定制 施工"),
    N("inside_word", "luhua", "齐鲁花饽饽 模具 面点 卡通 蒸馒头"),
    N("inside_word", "jiangxiaobai", "浙江小白菜种子 四季 阳台 盆栽 蔬菜种子"),
    N("inside_word", "harbin", "哈哈啤酒肚 搞笑 T恤 男 纯棉 短袖"),
]

# ---- generic_word: a mark that is also an ordinary word, used as that word ----
GENERIC_WORD: list[Listing] = [
    # Tiger: the animal, its stripes and prints; even on a bottle (Tiger Corporation's own
    # trade) a tiger print describes the pattern, not the maker.
    N("generic_word", "tiger", "Tiger Plush Toy 30cm Realistic Stuffed Animal Kids"),
    N("generic_word", "tiger", "Tiger Stripe Camo Cargo Pants Men Cotton Ripstop"),
    N("generic_word", "tiger", "Bengal Tiger Canvas Wall Art Framed 60x90cm"),
    N("generic_word", "tiger", "Tiger Print Stainless Steel Kids Water Bottle 500ml"),
    N(
        "generic_word",
        "tiger",
        "老虎 毛绒 玩具 公仔 东北虎 儿童 礼物",
        "仿真 老虎 tiger 玩偶 30厘米",
    ),
    N("generic_word", "tiger", "Tiger Head Embroidery Patch Iron On 10 Pcs"),
    # Matchbox: the box of matches.
    N("generic_word", "matchbox", "Custom Printed Matchbox Wedding Favor Safety Matches 100 Pcs"),
    N("generic_word", "matchbox", "Empty Kraft Paper Matchbox Drawer Boxes DIY 50 Pcs"),
    N("generic_word", "matchbox", "Vintage Matchbox Label Collection Album Lot 200"),
    N("generic_word", "matchbox", "Mini Matchbox Jewelry Gift Box Slide Drawer Ring"),
    # Milo: the sorghum grain, the statue, a boy's name.
    N("generic_word", "milo", "Red Milo Sorghum Bird Seed 10kg Pigeon Feed"),
    N("generic_word", "milo", "Venus de Milo Statue Resin Replica 40cm"),
    N("generic_word", "milo", "Personalized Name Necklace Milo Gold Plated Boy Gift"),
    # Bud (Budweiser's alias): flower buds, cotton buds, bud vases.
    N("generic_word", "budweiser", "Cotton Bud Swabs Wooden Stick 200 Pcs Eco"),
    N("generic_word", "budweiser", "Glass Bud Vase Set of 10 Mini Flower Vases"),
    N("generic_word", "budweiser", "Rose Bud Stud Earrings 925 Sterling Silver"),
    # MAM: the northern English and Irish word for mother.
    N("generic_word", "mam", "Best Mam Ever Ceramic Mug 11oz Mother's Day"),
    N("generic_word", "mam", "Mam and Me Matching T-Shirts Family Set"),
    # Togo: the country; "togo" for takeaway.
    N("generic_word", "togo-sofa", "Togo Flag 90x150cm Polyester Brass Grommets"),
    N("generic_word", "togo-sofa", "Kraft Paper Togo Boxes Food Takeaway Containers 200 Pcs"),
    N("generic_word", "togo-sofa", "Togo National Football Team Home Jersey 2024"),
    # Noguchi: the bacteriologist and the sculptor's name, not the table.
    N("generic_word", "noguchi-table", "Noguchi Hideyo Biography Children's Book Hardcover"),
    N("generic_word", "noguchi-table", "野口英世 传记 青少年 励志 读物 平装"),
    # A stove for one hiker and a bottle with a blender motor: the words, not the products
    # of the patent (borderline: both are in the rights' own trades).
    N("generic_word", "solo-stove", "Titanium Solo Stove Alcohol Burner Ultralight Backpacking"),
    N("generic_word", "blenderbottle", "Portable Blender Bottle USB Rechargeable 380ml Juicer"),
    # Tissot the painter, Samsonite the mineral, clinique the French word, Schwarzkopf the
    # general and the soprano, Monroe the actress and the piercing, Coleman the saxophonist,
    # Oakley the sharpshooter, Guinness the records book and the actor, Heinz the first name.
    N("generic_word", "tissot", "James Tissot The Ball on Shipboard Canvas Print"),
    N("generic_word", "tissot", "Tissot Painting Reproduction Hand Painted Oil Victorian Lady"),
    N("generic_word", "samsonite", "Samsonite Mineral Specimen Silver Manganese Ore Rare"),
    N("generic_word", "clinique", "Enseigne Clinique Vétérinaire LED Croix Verte Double Face"),
    N("generic_word", "clinique", "Blouse Médicale Clinique Dentaire Brodée Logo Personnalisé"),
    N("generic_word", "schwarzkopf", "Elisabeth Schwarzkopf Sings Mozart Arias Vinyl LP"),
    N("generic_word", "schwarzkopf", "General Schwarzkopf Desert Storm Biography Hardcover"),
    N("generic_word", "monroe", "Marilyn Monroe Pop Art Canvas Wall Art 50x70cm"),
    N("generic_word", "monroe", "Monroe Piercing Labret Stud 16G Titanium Crystal"),
    N("generic_word", "monroe", "Vintage Monroe County Map Print Framed"),
    N("generic_word", "coleman", "Ornette Coleman The Shape of Jazz to Come Vinyl LP"),
    N("generic_word", "oakley", "Annie Oakley Sharpshooter Wild West Tin Sign"),
    N("generic_word", "guinness", "Guinness World Records 2025 Hardcover Book Kids"),
    N("generic_word", "guinness", "Alec Guinness Classic Film Poster Reprint A2"),
    N("generic_word", "heinz", "Heinz Rühmann Filmklassiker DVD Box 5 Filme"),
    # Potenza (Bridgestone's alias): the Italian word for power, and the city.
    N("generic_word", "bridgestone", "Amplificatore di Potenza 2x300W Classe D Bluetooth"),
    N("generic_word", "bridgestone", "Potenza Basilicata Italy City Map Vintage Poster"),
    # Dickies: the plural of dickey, a detachable collar or shirt front.
    N("generic_word", "dickies", "Fake Collar Dickies Detachable Shirt Collar Women 3 Pcs"),
    # C&S (洁柔's alias): cut and sew, in garment making.
    N("generic_word", "jierou", "Custom C&S Hoodie Manufacturer Cut and Sew Heavyweight"),
    # Tumi: the Peruvian ceremonial knife.
    N("generic_word", "tumi", "Peruvian Tumi Ceremonial Knife Bronze Souvenir 20cm"),
    N("generic_word", "tumi", "Tumi Pendant Inca Symbol Sterling Silver Necklace"),
    # Harbin the city: its sausage, its ice festival, its bread; place of origin.
    N("generic_word", "harbin", "哈尔滨红肠 正宗 东北 特产 500g 真空包装"),
    N("generic_word", "harbin", "哈尔滨 大列巴 面包 俄式 全麦 2斤"),
    N("generic_word", "harbin", "Harbin Ice Festival Travel Poster Vintage Art Print"),
    N("generic_word", "harbin", "哈尔滨 冰雪大世界 纪念 冰箱贴 旅游 纪念品"),
    N("generic_word", "harbin", "哈尔滨 中央大街 明信片 套装 12张"),
    # 嘉陵 the river and the district.
    N("generic_word", "jialing", "嘉陵江 鹅卵石 原石 观赏石 鱼缸 造景"),
    N("generic_word", "jialing", "重庆 嘉陵江 索道 冰箱贴 文创 纪念品"),
    N("generic_word", "jialing", "南充 嘉陵区 特产 锅盔 真空装"),
    # 牛栏山 the town in Shunyi: eggs and chickens from there.
    N("generic_word", "niulanshan", "北京 顺义 牛栏山镇 农家 柴鸡蛋 30枚"),
    N("generic_word", "niulanshan", "牛栏山 散养 土鸡 现杀 冷链 到家"),
    # 老村长 a village head: a picture book, an award plaque, a figurine.
    N("generic_word", "laocunzhang", "儿童 绘本 老村长的菜园 精装 3-6岁"),
    N("generic_word", "laocunzhang", "退休 老村长 荣誉 奖牌 定制 木质 证书"),
    N("generic_word", "laocunzhang", "老村长 人偶 摆件 树脂 农家乐 装饰"),
    # 心相印 the idiom, as an engraving.
    N("generic_word", "xinxiangyin", "情侣 对戒 刻字 心相印 永结同心 银戒"),
    # 虎牌 as a carved tiger plaque (not a flask or a rice cooker); 田宫 the actor's surname.
    N("generic_word", "tiger", "虎牌 匾额 实木 雕刻 老虎 挂件 镇宅"),
    N("generic_word", "tamiya", "田宫二郎 经典 电影 海报 复古 装饰画"),
    N("generic_word", "callaway", "Callaway Gardens Georgia Vintage Travel Poster"),
    N("generic_word", "tecno", "Tecno Cumbia Party Flyer Printing A5 1000 Pcs"),
]

# ---- common_word: a common word one edit from a mark (or its misspelling), used normally ----
COMMON_WORD: list[Listing] = [
    N("common_word", "kodak", "Kodiak Bear Plush Toy 40cm Brown Stuffed Animal"),
    N("common_word", "kodak", "Kodiak Island Alaska Vintage Travel Poster"),
    N("common_word", "milo", "1 Kilo Coffee Beans Bag Medium Roast Arabica"),
    N("common_word", "milo", "Kilo Weight Plate Cast Iron Olympic 20 Kilo"),
    N("common_word", "tecno", "Techno DJ Party Lights Sound Activated RGB Strobe"),
    N("common_word", "tecno", "Techno Music Rave T-Shirt Black Oversized"),
    N("common_word", "callaway", "Cab Calloway Jazz Concert Poster Retro Print"),
    N("common_word", "tiger", "3 Tier Cake Stand Gold Metal Wedding Dessert"),
    N("common_word", "tiger", "Tiler Knee Pads Gel Heavy Duty Construction"),
    N("common_word", "togo-sofa", "Custom Logo Bean Bag Chair Cover Printed"),
    N("common_word", "mam", "New Mom Gift Basket Self Care Spa Set"),
    N("common_word", "budweiser", "Wireless Ear Buds Bluetooth 5.3 Sport Waterproof"),
    N("common_word", "baseus", "Round Wooden Lamp Bases DIY Table Lamp 4 Pcs"),
    N("common_word", "hilti", "Sword Hilt Wrap Cord Silk Katana Handle Ito 5m"),
    N("common_word", "gujinggong", "仿古 古井 石雕 井口 庭院 摆件 青石"),
    N("common_word", "baseus", "双倍速 充电线 数据线 1米 编织"),
    N("common_word", "tissot", "织布机 飞梭 配件 木质 传统 手工"),
    N("common_word", "tefal", "限时特惠 不锈钢 炒锅 32cm 家用"),
    N("common_word", "samsonite", "风景秀丽 山水画 客厅 挂画 大幅"),
    N("common_word", "tumi", "透明 收纳袋 旅行 洗漱包 防水 PVC"),
    N("common_word", "tiger", "虎年 红包 利是封 烫金 50个装"),
    N("common_word", "budweiser", "百味 零食 大礼包 年货 送礼"),
    N("common_word", "jierou", "洁面巾 一次性 洗脸巾 加厚 珍珠纹 100抽"),
    N("common_word", "xinxiangyin", "心相连 情侣 手链 磁铁 相吸 一对"),
    N("common_word", "niulanshan", "牛栏 围栏 镀锌管 养殖 牛羊 定制"),
    N("common_word", "gujinggong", "古井 水泵 手摇 压水井 农村 家用"),
    N("common_word", "laocunzhang", "村长 工作证 胸牌 定制 金属"),
    N("common_word", "jialing", "婚礼 嘉宾 胸花 仿真 玫瑰 10个装"),
    N("common_word", "luhua", "鲜花 批发 云南 玫瑰 50支 基地直发"),
    N("common_word", "jiangxiaobai", "小白鞋 女 百搭 板鞋 透气 帆布"),
    N("common_word", "flyco", "飞机 模型 合金 1:400 客机 摆件"),
    N("common_word", "kerastase", "卡通 发夹 儿童 一字夹 20个装"),
    N("common_word", "heinz", "亨利领 T恤 男 长袖 纯棉 华夫格"),
    N("common_word", "medela", "中华 传统美德 挂图 小学 教室 布置"),
    N("common_word", "tamiya", "田园风 窗帘 碎花 棉麻 成品 定制"),
]

# ---- clean: ordinary listings, no mark anywhere ----
CLEAN: list[Listing] = [
    CL("Borosilicate Glass Teapot 1L Heat Resistant Loose Leaf Infuser"),
    CL("Olympic Style Medal Gold Silver Bronze Custom Ribbon 50mm"),
    CL("Gentle Facial Cleanser 500ml Private Label OEM Sensitive Skin"),
    CL("2024 New Arrival Women Summer Floral Maxi Dress Chiffon S-3XL"),
    CL("Hot Sale 20000mAh Power Bank Dual USB LED Display Custom Logo"),
    CL("Wholesale Stainless Steel Vacuum Flask 500ml Double Wall Custom Color"),
    CL("PU Leather Crossbody Bag Women Small Phone Purse MOQ 50"),
    CL("Men Cargo Shorts Cotton Twill Multi Pocket Summer Casual"),
    CL("Kids Building Blocks Set 500 Pcs Creative Bricks Educational Toy"),
    CL("Electric Toothbrush Sonic Rechargeable IPX7 4 Brush Heads"),
    CL("Silicone Baby Feeding Set Suction Plate Bowl Spoon Bib BPA Free"),
    CL("Camping Hammock Double Parachute Nylon with Tree Straps"),
    CL("Car Phone Holder Air Vent Magnetic 360 Rotation"),
    CL("Yoga Mat TPE 6mm Non Slip Double Color with Carry Strap"),
    CL("LED Strip Lights 5m RGB Bluetooth App Control Music Sync"),
    CL("Cast Iron Skillet Pre-Seasoned 26cm with Helper Handle"),
    CL("Bamboo Cutting Board Set 3 Pcs with Juice Groove"),
    CL("Waterproof Hiking Boots Men Suede Mesh Non-Slip Outdoor"),
    CL("Cordless Angle Grinder 20V Brushless 125mm Bare Tool"),
    CL("Hex Key Allen Wrench Set 9 Pcs Chrome Vanadium Metric"),
    CL("Car Floor Mats Universal Fit All Weather Rubber 4 Pcs"),
    CL("LED Headlight Bulbs H7 12000LM 6500K Canbus Plug and Play"),
    CL("Wiper Blades Frameless Pair 24+18 Inch All Season"),
    CL("Engine Oil Filter Spin On High Efficiency Carton of 50"),
    CL("Badminton Shuttlecocks Goose Feather Tournament Grade Tube of 12"),
    CL("Table Tennis Racket Set 2 Paddles 3 Balls Carry Case"),
    CL("Adjustable Dumbbells 24kg Pair Quick Select Home Gym"),
    CL("Resistance Bands Set 5 Levels Latex Loop Exercise"),
    CL("Kids Scooter 3 Wheels LED Light Up Foldable Adjustable"),
    CL("Plush Unicorn Stuffed Toy 45cm Rainbow Mane Soft"),
    CL("RC Drift Car 1:16 4WD 2.4GHz Remote Control Rechargeable"),
    CL("Wooden Puzzle Jigsaw 1000 Pieces Landscape Adults"),
    CL("Women Tote Bag Canvas Large Capacity Zipper Inner Pocket"),
    CL("Unisex Baseball Cap Cotton Adjustable Plain Embroidery Custom"),
    CL("Men Leather Belt Automatic Buckle Genuine Cowhide 120cm"),
    CL("Silk Scarf Women Square 90cm Printed Satin Headscarf"),
    CL("Vitamin C Serum 30ml Brightening Hyaluronic Acid Face"),
    CL("Matte Liquid Lipstick Waterproof Long Lasting 12 Colors Set"),
    CL("Hair Straightener Ceramic Tourmaline Flat Iron 230C"),
    CL("Nail Polish Gel UV LED Soak Off 15ml 60 Colors"),
    CL("Non Stick Baking Mat Silicone Reusable Half Sheet 2 Pack"),
    CL("Electric Kettle 1.7L Glass Blue LED Auto Shut Off"),
    CL("Airtight Food Storage Containers Set 10 Pcs Plastic Lids"),
    CL("Stainless Steel Cutlery Set 24 Pcs Mirror Polish Gift Box"),
    CL("Dried Mango Slices 500g No Sugar Added Thailand Origin"),
    CL("Green Tea Loose Leaf 250g Spring Harvest Tin"),
    CL("Instant Coffee Powder 3 in 1 Sachets 100 Pcs"),
    CL("Organic Honey Raw Unfiltered 500g Glass Jar"),
    CL("Baby Stroller Lightweight Foldable One Hand Fold Canopy"),
    CL("Baby Diapers Size M Ultra Soft Breathable 64 Pcs"),
    CL("Bottle Sterilizer and Dryer UV 6 Bottles Capacity"),
    CL("Bluetooth Speaker Portable Waterproof 20W Bass Boost"),
    CL(
        "Mechanical Keyboard 87 Keys Hot Swappable RGB Blue Switch",
        "Private mould, OEM logo printing available, MOQ 100 pcs.",
    ),
    CL("USB C Hub 7 in 1 HDMI 4K SD Card Reader Aluminum"),
    CL("Smart Watch Fitness Tracker Heart Rate 1.8 Inch Screen IP68"),
    CL("Wireless Mouse 2.4G Silent Click Ergonomic Rechargeable"),
    CL(
        "Solar Garden Lights Outdoor Waterproof 8 Pack Pathway",
        "Factory direct, warm white, 8-10 hours lighting after full charge.",
    ),
    CL("Folding Camping Table Aluminum Roll Up Portable 90cm"),
    CL("Pet Dog Harness No Pull Reflective Adjustable Vest"),
    CL("Cat Scratching Post Sisal Tower 80cm Multi Level"),
    CL("2025 新款 女士 连衣裙 夏季 碎花 雪纺 长裙"),
    CL("批发 防滑 篮球鞋 男 高帮 减震 可定制"),
    CL("不锈钢 保温杯 500毫升 双层 真空 定制刻字"),
    CL("儿童 积木 拼装 玩具 大颗粒 益智 早教"),
    CL("厨房 置物架 多层 落地 微波炉 收纳架"),
    CL("家用 电饭煲 4升 智能 预约 不粘内胆"),
    CL("纯棉 四件套 床上用品 1.8米 简约 北欧"),
    CL("加厚 垃圾袋 家用 手提式 100只 厨房"),
    CL("汽车 脚垫 全包围 丝圈 专车专用"),
    CL("行车记录仪 高清 夜视 前后双录 停车监控"),
    CL("机油滤芯 机滤 汽车 保养 配件 厂家批发"),
    CL("电动 螺丝刀 充电式 小型 家用 多功能 套装"),
    CL("扳手 套装 汽修 工具 棘轮 套筒 46件"),
    CL("钓鱼竿 碳素 超轻 超硬 手竿 5.4米"),
    CL("跳绳 计数 成人 健身 燃脂 钢丝绳"),
    CL("羽毛球 鹅毛 耐打 12只装 训练 比赛"),
    CL("户外 帐篷 自动 速开 防雨 露营 3-4人"),
    CL("瑜伽垫 加厚 加宽 防滑 初学者 家用"),
    CL("女士 双肩包 帆布 大容量 学生 书包"),
    CL("男士 钱包 短款 真皮 头层牛皮 卡包"),
    CL("真丝 围巾 女 春秋 桑蚕丝 印花 丝巾"),
    CL("口红 哑光 不掉色 小众 平价 学生款"),
    CL("补水 面膜 玻尿酸 保湿 30片 装"),
    CL("洗发水 去屑 控油 蓬松 500毫升 家庭装"),
    CL("新疆 红枣 特级 骏枣 5斤 装 包邮"),
    CL("云南 普洱茶 熟茶 357克 茶饼 古树"),
    CL("东北 大米 新米 珍珠米 10kg 真空 包装"),
    CL("手工 红糖 老红糖 月子 500克 罐装"),
    CL("婴儿 奶瓶 宽口径 玻璃 防胀气 240毫升"),
    CL("婴儿 推车 轻便 折叠 可坐 可躺 高景观"),
    CL("儿童 安全座椅 汽车用 0-12岁 ISOFIX"),
    CL("蓝牙 耳机 真无线 降噪 超长 续航 运动"),
    CL("数据线 快充 编织 1米 三合一 充电线"),
    CL("手机壳 透明 防摔 气囊 硅胶 软壳"),
    CL("无线 鼠标 静音 充电 办公 便携"),
    CL("LED 台灯 护眼 学习 书桌 充电 触摸 调光"),
    CL("宠物 猫砂 豆腐猫砂 除臭 无尘 6L"),
    CL("狗粮 成犬 通用型 10kg 鸡肉味"),
    CL("木质 相框 7寸 桌面 摆台 简约 实木"),
    CL("陶瓷 花瓶 北欧 客厅 插花 摆件 白色"),
    CL("家用 拖把 旋转 免手洗 平板 拖把 桶"),
    CL("硅胶 烘焙 模具 蛋糕 6连 不粘"),
    CL("竹制 砧板 家用 加厚 切菜板 防霉"),
    CL(
        "Women Running Shoes Lightweight Knit Breathable Sneakers",
        "Own brand, OEM/ODM welcome, sizes 36-41, sample in 7 days.",
    ),
    CL(
        "Men Polo Collar T-Shirt Pique Cotton Embroidered Logo Custom",
        "Accept customized logo, 200 pcs per color.",
    ),
    CL(
        "Kitchen Knife Set 6 Pcs German Steel with Block",
        "Full tang, 56+ HRC, gift box packing.",
    ),
    CL("Ceramic Coffee Mug 350ml Matte Glaze Handmade Style"),
    CL("Mini Chopper Electric Garlic Crusher USB Rechargeable 250ml"),
    CL("Spark Plug Socket Wrench 16mm 21mm Magnetic Swivel"),
    CL("Brake Fluid DOT 4 1L Synthetic High Boiling Point"),
    CL("汽车 刹车片 前轮 陶瓷 低粉尘 静音 专用"),
    CL("摩托车 头盔 全盔 四季 通用 男女 3C认证"),
]
