"""Hand-written listings of the twelfth held-out corpus (see README.md).

Every listing is written by hand. ``hg()`` and ``gk()`` only spell the named letters of a
word with Cyrillic or Greek look-alikes, ``fw()`` spells a text in full-width forms, ``ZW``
is a zero-width space. Borderline labels are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = dict(zip("aeocpxiysAEOCPXBKMHT", "аеосрхіуѕАЕОСРХВКМНТ", strict=True))
_GREEK = dict(zip("AEOBKMNTXIZHPY", "ΑΕΟΒΚΜΝΤΧΙΖΗΡΥ", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` replaced by its Cyrillic look-alike."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in word)


def gk(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` replaced by its Greek look-alike."""
    return "".join(_GREEK[c] if c in letters else c for c in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (an ideographic space for a space)."""
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
    expected: tuple[str, ...] | None = None  # None: the group for positives, nothing else
    without_compat: tuple[str, ...] | None = None  # None: the builder's default
    image: bool = False


def L(case: str, group: str, title: str, description: str = "", brand: str = "", **kw) -> Listing:
    group = f"r12-{group}" if group else ""
    for key in ("expected", "without_compat"):
        if key in kw:
            kw[key] = tuple(f"r12-{g}" for g in kw[key])
    return Listing(case, group, title, description, brand, **kw)


POSITIVES: list[Listing] = [
    # ---- exact: the mark as registered, in a brand position -------------------------------
    L("exact", "titoni", "Titoni Airmaster Automatic Men's Watch 40mm Steel Bracelet"),
    L(
        "exact",
        "titoni",
        "Swiss Automatic Ladies Watch 28mm Mother of Pearl Dial",
        "Original Titoni Miss Lovely, two year warranty card, gift box included.",
    ),
    L(
        "exact",
        "denon",
        "Fully Automatic Belt Drive Turntable Black DP-300F",
        "Denon original with built-in phono preamp, 220V version.",
    ),
    # Merchandise bearing the mark is a positive.
    L(
        "exact",
        "transcend",
        "128GB microSDXC Card UHS-I U3 High Endurance Dashcam",
        "Transcend TS128GUSD350V, original retail blister, 5 year warranty.",
    ),
    L("exact", "bandai", "Bandai Spirits 1/100 Mecha Model Kit Wholesale Lot"),
    L("exact", "lincoln", "Lincoln Star Logo Car Door Welcome Projector Lights 2pcs"),
    L(
        "exact",
        "zojirushi",
        "Stainless Vacuum Insulated Mug 480ml One-Touch Open Lid",
        "Genuine Zojirushi SM-SA48, made in Thailand, export carton of 24 pcs.",
    ),
    L(
        "exact",
        "michelin",
        "Car Tyre 225/45R17 Summer Performance DOT 2025",
        "Michelin Pilot Sport 4, made in Spain, full container orders welcome.",
    ),
    L("exact", "goodyear", "Goodyear Eagle F1 Asymmetric 5 Summer Tyre 245/40R18"),
    L("exact", "ariel", "Ariel Washing Powder 5kg Original Scent Bulk Export Carton"),
    L("exact", "tempo", "Tempo Pocket Tissues 4-Ply Neutral 18 Packs"),
    L(
        "exact",
        "lodge",
        "Pre-Seasoned Cast Iron Dutch Oven 5 Quart with Loop Handles",
        "Made by Lodge in South Pittsburg, Tennessee; distributor stock, pallet price on request.",
    ),
    L("exact", "be-quiet", "be quiet! Pure Base 500DX ATX Mid Tower PC Case Black"),
    L("exact", "surefire", "SureFire G2X Pro Tactical LED Flashlight 600 Lumens"),
    L("exact", "genesis", "Genesis Wing Emblem Steering Wheel Badge Black Chrome"),
    # RAM in capitals on a pickup accessory names the truck maker, not memory.
    L("exact", "ram", "RAM Head Logo Trailer Hitch Cover Chrome 2 Inch Receiver"),
    L("exact", "mikasa", "Mikasa V200W Official Match Volleyball Size 5"),
    L("exact", "twister", "Twister Party Game Classic Mat and Spinner Family Night"),
    # Police names the maker of the sunglasses (brand position), not a police officer's kit.
    L(
        "exact",
        "police",
        "Men's Polarized Aviator Sunglasses Gunmetal Frame",
        "Police eyewear, original case and cleaning cloth, Italian design.",
    ),
    # Clear as the maker of a shampoo is the mark (compare the clear bottles below).
    L("exact", "clear", "Clear Men Anti-Dandruff Shampoo Cool Sport Menthol 400ml"),
    L(
        "exact",
        "crest",
        "Teeth Whitening Strips 20 Treatments Professional Effects",
        "Crest 3D White original from our US warehouse, expiry 2027, mixed cartons ok.",
    ),
    L("exact", "lock-lock", "Lock & Lock Glass Food Storage Container Set 10pcs"),
    L("exact", "cote-dor", "Côte d'Or Noir de Noir Dark Chocolate Bar 200g"),
    L(
        "exact",
        "loccitane",
        "Shea Butter Hand Cream 150ml Dry Hands Travel Size",
        "Authentic L'Occitane from the Provence factory outlet, batch code on the tube.",
    ),
    L("exact", "squatty-potty", "Squatty Potty The Original Bathroom Toilet Stool 7 Inch"),
    L("exact", "owlet", "Owlet Smart Sock 3 Baby Monitor Heart Rate and Oxygen"),
    # The design named by its name: a replica is a positive, however it is framed.
    L("exact", "egg-chair", "Egg Chair Replica Cashmere Wool Swivel Lounge Chair"),
    # Split-toe heeled ankle boots are the design's own product; jika-tabi work boots and
    # tabi socks (generic_word below) are not.
    L(
        "exact",
        "goyard",
        "Chevron Canvas Tote Bag PM Size with Pouch Unisex",
        "Goyard Saint Louis PM in grey, full set with dust bag.",
    ),
    # ---- alias: a Latin alias ----------------------------------------------------------------
    L("alias", "yangwang", "Yangwang U8 1:18 Diecast Off-Road SUV Model Collectible"),
    L("alias", "ora", "ORA Good Cat Front Grille Emblem Chrome"),
    L("alias", "baixue", "Baixue Liquid Ink Rollerball Pen 0.5mm Black 12pcs Office"),
    L(
        "alias",
        "baixue",
        "Quick Dry Gel Pen 0.38mm Student Exam Pen Box of 12",
        "Snowhite brand gel pen, smooth writing, blue black red available.",
    ),
    L("alias", "baiyunshan", "Baiyunshan Herbal Granules Isatis Root 10g x 20 Sachets"),
    L(
        "alias",
        "haidilao",
        "Self-Heating Hot Pot Instant Meal Box Spicy Beef",
        "Haidilao self-heating hotpot, 15 minutes ready, camping and office lunch.",
    ),
    L("alias", "mercury", "Mercury 300Mbps Wireless Router 4 Antennas Home Office"),
    L("alias", "coca-cola", "Coke Zero Sugar Can Design Insulated Tumbler 20oz"),
    L(
        "alias",
        "ram",
        "Rebel Mud Flaps Splash Guards Set of 4 Molded",
        "Ram Trucks Rebel logo in relief, OE style, hardware included.",
    ),
    L(
        "alias",
        "bang-olufsen",
        "Premium Aluminium Bluetooth Soundbar Living Room 2024",
        "Bang and Olufsen Beosound Stage, Dolby Atmos, boxed, EU stock.",
    ),
    L("alias", "bowers-wilkins", "B&W Zeppelin Wireless Smart Speaker Midnight Grey"),
    L(
        "alias",
        "lock-lock",
        "Airtight Kitchen Storage Box Set BPA Free Stackable",
        "Lock&Lock classic 4-side locking lids, Korea design, wholesale only.",
    ),
    L("alias", "cote-dor", "Cote d'Or Bouchee Milk Chocolate Pralines 24 Pieces"),
    L("alias", "loccitane", "Loccitane Verbena Eau de Toilette 100ml Unisex"),
    L("alias", "squatty-potty", "SquattyPotty Bamboo Toilet Stool Natural Finish 9 Inch"),
    L("alias", "owlet", "Owlet Dream Sock Smart Baby Monitor FDA Cleared"),
    L("alias", "tabi", "Margiela Tabi Mary Jane Flats Black Leather"),
    L("alias", "egg-chair", "Arne Jacobsen Egg Chair with Ottoman Aniline Leather"),
    L(
        "alias",
        "be-quiet",
        "Dark Rock Pro 5 CPU Air Cooler 270W TDP Dual Tower",
        "Be Quiet brand, German engineering, boxed retail with mounting kit.",
    ),
    L(
        "alias",
        "be-quiet",
        "Silent PC Case Fans 140mm PWM 3 Pack Black",
        "bequiet Silent Wings 4 fans, quietest in class, boxed retail.",
    ),
    # ---- chinese: a Chinese mark or Chinese alias ----------------------------------------------
    L("chinese", "neta", "哪吒汽车 车标 钥匙扣 金属 挂件 车友会 礼品"),
    L("chinese", "ora", "欧拉好猫 原厂 前格栅 装饰条 镀铬"),
    L("chinese", "baiyunshan", "白云山 板蓝根颗粒 10g*20袋 家庭常备"),
    L("chinese", "yanghe", "洋河 海之蓝 52度 480ml 浓香型白酒 礼盒装"),
    L("chinese", "goubuli", "狗不理 天津特产 猪肉包子 速冻 早餐 8个装"),
    # 梅花 naming the maker of a watch is Titoni's Chinese name (brand position).
    L("chinese", "titoni", "梅花表 空中霸王系列 男士机械表 瑞士 自动机芯"),
    L("chinese", "denon", "天龙 AVR-X2800H 功放 7.2声道 家庭影院"),
    L("chinese", "triumph", "凯旋 摩托车 头盔 复古 半盔 男女 机车"),
    L("chinese", "transcend", "创见 固态硬盘 1TB 2.5寸 SATA3 台式机 笔记本"),
    L("chinese", "bandai", "万代 拼装模型 机甲 1/144 手办 正品"),
    L(
        "chinese",
        "laneige",
        "夜间修护 睡眠面膜 70ml 补水保湿 免洗",
        "兰芝 韩国免税店 正品，保质期到2027年。",
    ),
    L("chinese", "goyard", "戈雅 托特包 帆布 购物袋 大容量 男女同款"),
    L(
        "chinese",
        "lincoln",
        "领航员 原厂 车标 后尾标 改装 镀铬",
        "林肯 原厂件，正品保证，顺丰包邮。",
    ),
    L("chinese", "ariel", "碧浪 洗衣液 自然清香 3kg 深层洁净 机洗"),
    L("chinese", "tempo", "得宝 手帕纸 4层加厚 无香 18包 便携"),
    L("chinese", "genesis", "捷尼赛思 GV80 车标 方向盘 标志 贴"),
    L("chinese", "mikasa", "米卡萨 排球 5号 中考 学生 比赛训练"),
    L("chinese", "twister", "扭扭乐 体感游戏毯 家庭聚会 亲子桌游 2-6人"),
    L("chinese", "stone-island", "石头岛 指南针 臂章 卫衣 男 潮牌"),
    L("chinese", "clear", "清扬 男士 去屑洗发水 活力运动薄荷 500g"),
    L("chinese", "cote-dor", "克特多金象 黑巧克力 比利时进口 200g"),
    L("chinese", "egg-chair", "雅各布森 蛋椅 复刻 单人沙发 旋转 休闲椅"),
    L("chinese", "ram", "公羊 皮卡 1500 车标 中网标 改装 镀铬"),
    L(
        "chinese",
        "haidilao",
        "火锅底料 麻辣 家庭装 四川 正品",
        "海底捞 清油麻辣火锅底料，牛油替代清油，一包3-5人份，整箱发货。",
    ),
    L(
        "chinese",
        "jinluo",
        "火腿肠 王中王 特级 整箱 40支",
        "金锣 王中王 特级火腿肠，冷链直发，经销商价格私聊。",
    ),
    L(
        "chinese",
        "mizone",
        "运动饮料 电解质水 整箱 24瓶 夏季",
        "脉动 桃子口味 600ml，超市同款，量大从优。",
    ),
    L(
        "chinese",
        "michelin",
        "汽车轮胎 225/50R18 静音 舒适 缺气保用",
        "米其林 浩悦四代 原厂配套，2025年产，包安装。",
    ),
    L(
        "chinese",
        "thermos",
        "不锈钢 保温杯 500ml 日本 进口 一键开",
        "膳魔师 JNL-502，原装正品，假一赔十。",
    ),
    # ---- case_width: case changes or full-width forms ----------------------------------------
    L("case_width", "michelin", fw("MICHELIN") + " Man Air Compressor Mascot Keychain"),
    L(
        "case_width",
        "goyard",
        "Chevron Print Card Holder Slim Wallet Unisex",
        "GOYARD Saint Sulpice, comes with box and receipt.",
    ),
    L("case_width", "wilson", "wilson pro staff tennis racket 97 v14 strung"),
    L("case_width", "msi", fw("msi") + " Gaming Mouse Pad XXL RGB Dragon Logo"),
    L("case_width", "toto", "Toto Neorest Smart Toilet One Piece Tankless"),
    L("case_width", "bandai", fw("BANDAI") + " Capsule Toy Gashapon Machine Figures Set"),
    L("case_width", "stone-island", "sTONE iSLAND Ghost Piece Overshirt Black"),
    L("case_width", "coca-cola", fw("Coca-Cola") + " Polar Bear Plush Christmas Gift"),
    L("case_width", "triumph", "TRIUMPH Bonneville Motorcycle Jacket Waxed Cotton"),
    L("case_width", "laneige", "LANEIGE Lip Sleeping Mask Berry 20g"),
    L("case_width", "zojirushi", "zojirushi rice cooker 5.5 cup induction heating"),
    # Genericized in the US, but in the flask trade the word is Thermos's mark.
    L("case_width", "thermos", "thermos stainless steel vacuum flask 1L for hot coffee"),
    L(
        "case_width",
        "surefire",
        "Tactical Weapon Light Pressure Pad Remote Tape Switch",
        "SUREFIRE original tape switch, 7 inch cord, bulk packed.",
    ),
    L(
        "case_width",
        "transcend",
        "Industrial CFast 2.0 Card 64GB Wide Temperature",
        "ＴＲＡＮＳＣＥＮＤ CFX600, for CNC machines and medical devices.",
    ),
    # ---- accent: accented letters ---------------------------------------------------------
    L("accent", "triumph", "Trïumph Speed Twin Motorbike Cover Waterproof Outdoor"),
    L("accent", "goyard", "Gōyard Style Chevron Dog Collar and Leash Set"),
    L("accent", "lincoln", "Lincöln Navigator Chrome Door Handle Emblem Sticker"),
    L("accent", "michelin", "Michélin Bibendum Vintage Enamel Sign Garage Decor"),
    L(
        "accent",
        "denon",
        "DL-103 Moving Coil Phono Cartridge Low Output",
        "Dénon original, made in Japan, sealed box.",
    ),
    L("accent", "titoni", "Tìtoni Seascoper 600 Diver Watch Ceramic Bezel"),
    L("accent", "wilson", "Wïlson Clash 100 v2 Tennis Racquet Unstrung"),
    L("accent", "bang-olufsen", "Bång & Olufsen Beoplay H95 Headphones Gold Tone"),
    L("accent", "stone-island", "Stöne Island Nylon Metal Overshirt Garment Dyed"),
    L("accent", "crest", "Crëst Pro-Health Fluoride Toothpaste 130g x 12"),
    L("accent", "loccitane", "L'Öccitane Immortelle Divine Cream 50ml"),
    L(
        "accent",
        "zojirushi",
        "Portable Lunch Jar Stainless Bento 2 Bowls",
        "Zōjirushi Mr. Bento SL-JAE14, keeps warm 6 hours.",
    ),
    L(
        "accent",
        "mikasa",
        "Beach Volleyball Soft Touch Official Size",
        "Mikàsa VLS300 beach champ replica, ships in 3 days.",
    ),
    L(
        "accent",
        "thermos",
        "Kids Straw Water Bottle 355ml Leak Proof Dinosaur",
        "Thérmos Funtainer, dishwasher safe lid, cartoon prints assorted.",
    ),
    # ---- homoglyph: Cyrillic or Greek look-alike letters --------------------------------------
    L("homoglyph", "kawasaki", hg("Kawasaki", "a") + " KX250 Dirt Bike Graphics Kit Decals"),
    L("homoglyph", "triumph", gk("TRIUMPH", "TIM") + " Rocket 3 Motorcycle Keyring Metal"),
    L("homoglyph", "goyard", hg("Goyard", "oy") + " Anjou Mini Reversible Tote Bag"),
    L("homoglyph", "michelin", hg("Michelin", "ce") + " Agilis Light Truck Tyre 215/70R15C"),
    L("homoglyph", "lodge", hg("Lodge", "oe") + " Cast Iron Grill Pan Square 10.5 Inch"),
    L("homoglyph", "toto", gk("TOTO", "TO") + " Toilet Fill Valve Original Spare Part"),
    L("homoglyph", "coca-cola", hg("Coca-Cola", "oca") + " Retro Mini Fridge 10L Red"),
    L("homoglyph", "laneige", hg("Laneige", "ae") + " Neo Cushion Foundation Matte 21N"),
    L("homoglyph", "wilson", hg("Wilson", "io") + " NFL Duke Replica American Football"),
    L("homoglyph", "msi", gk("MSI", "MI") + " Claw Handheld Gaming Console 16GB"),
    L("homoglyph", "stone-island", hg("Stone Island", "oea") + " Beanie Ribbed Wool Badge"),
    L("homoglyph", "police", hg("Police", "oc") + " Chronograph Men's Watch Stainless Steel"),
    L(
        "homoglyph",
        "genesis",
        "Car Floor Mats Luxury Leather Full Set",
        gk("GENESIS", "EI") + " GV70 logo embroidered, custom fit.",
    ),
    L(
        "homoglyph",
        "bang-olufsen",
        "Aluminium Home Speaker Cone Design Wireless",
        hg("Bang", "a") + " & " + hg("Olufsen", "o") + " Beosound Balance, oak edition.",
    ),
    # ---- leetspeak: digits and signs for letters ------------------------------------------------
    L("leetspeak", "triumph", "Tr1umph Thruxton Cafe Racer Seat Cowl"),
    L("leetspeak", "goyard", "G0yard Chevron Phone Case Leather Card Slot"),
    L("leetspeak", "michelin", "M1chelin Tyre Man Figure Dashboard Ornament"),
    L("leetspeak", "goodyear", "G00dyear Wingfoot Racing Cap Embroidered"),
    L("leetspeak", "coca-cola", "C0ca-C0la Enjoy Neon Sign LED Bar Decor"),
    L("leetspeak", "lodge", "L0dge Cast Iron Pizza Pan 14 Inch Seasoned"),
    L("leetspeak", "toto", "T0T0 Washlet Remote Control Bidet Seat"),
    L("leetspeak", "thermos", "Th3rmos King Food Jar 470ml Stainless"),
    L("leetspeak", "wilson", "Wil$on NBA Authentic Series Outdoor Basketball"),
    L("leetspeak", "stone-island", "St0ne 1sland Cargo Pants Badge Pocket"),
    L(
        "leetspeak",
        "crest",
        "Gum Detoxify Toothpaste Deep Clean 116g",
        "Cr3st gum detox formula, imported, long expiry.",
    ),
    L("leetspeak", "msi", "M$I Katana Gaming Laptop RTX 4060"),
    L(
        "leetspeak",
        "laneige",
        "Lip Care Night Balm Berry Scent 20g",
        "L@neige lip sleeping mask, Korean duty-free stock, 100% real.",
    ),
    L(
        "leetspeak",
        "tabi",
        "Split Toe Leather Boots Block Heel Black",
        "T4bi boots, runway look, sizes 35-41.",
    ),
    # ---- spacing: spaces, dots, dashes, underscores, a zero-width space inside the mark ------
    L("spacing", "triumph", "T-R-I-U-M-P-H Motorcycle Badge Fuel Tank Emblem"),
    L("spacing", "goyard", "G.o.y.a.r.d Style Saint Louis Tote Chevron Canvas"),
    L("spacing", "michelin", "Mich_elin Pilot Road 6 Motorcycle Tyre 180/55ZR17"),
    # "Good Year" in the tyre trade is the mark spaced, not a wish for the new year.
    L("spacing", "goodyear", "Good Year Wrangler Duratrac 265/70R17 All Terrain"),
    L("spacing", "coca-cola", "Coca" + ZW + "-Cola Classic Logo Enamel Pin"),
    L("spacing", "lodge", "L-o-d-g-e Carbon Steel Wok 14 Inch Pre-Seasoned"),
    L("spacing", "stone-island", "Stoneisland Soft Shell Jacket Hooded"),
    L("spacing", "bowers-wilkins", "Bowers&Wilkins 607 S3 Bookshelf Speakers Pair"),
    L("spacing", "lock-lock", "Lock n Lock Easy Match Containers 24 Piece Set"),
    L("spacing", "laneige", "Lan eige Water Bank Blue Hyaluronic Cream"),
    L("spacing", "haidilao", "海 底 捞 麻辣香锅调料 220g 家庭装"),
    L("spacing", "neta", "哪" + ZW + "吒 汽车 原厂 脚垫 全包围"),
    L(
        "spacing",
        "zojirushi",
        "Insulated Stainless Steel Tumbler 600ml",
        "Z.o.j.i.r.u.s.h.i SM-KHE60, original packing, Japan domestic.",
    ),
    L(
        "spacing",
        "msi",
        "Gaming Monitor 27 Inch 170Hz QHD Rapid IPS",
        "M S I Optix series, free shipping to EU warehouse.",
    ),
    # ---- misspelling: a seller's misspelling in the mark's own trade -------------------------
    L(
        "misspelling",
        "triumph",
        "Street Triple Tail Tidy Fender Eliminator CNC",
        "Triumf motorcycle original look, black anodised aluminium.",
    ),
    L("misspelling", "goyard", "Goyad Chevron Crossbody Bag Men Canvas"),
    L("misspelling", "lincoln", "Lincon Aviator Rear Trunk Letters Emblem Black"),
    L("misspelling", "thermos", "Thermose Vacuum Food Flask 710ml Soup Jar"),
    L("misspelling", "stone-island", "Stone Iland Badge Cargo Shorts Men Summer"),
    L("misspelling", "bowers-wilkins", "Bowers Wilkens Zeppelin Pro Speaker Pearl Blue"),
    L("misspelling", "wilson", "Willson Ultra 100 Tennis Racket Blue"),
    L("misspelling", "squatty-potty", "Squaty Potty Foldable Toilet Footstool Plastic"),
    L("misspelling", "loccitane", "L'Occitaine Cherry Blossom Hand Cream Set"),
    L("misspelling", "coca-cola", "Coka Cola Glass Bottle 330ml Vintage Collector"),
    L("misspelling", "titoni", "Titonni Cosmo King Automatic Watch Gold Dial"),
    L(
        "misspelling",
        "michelin",
        "汽车轮胎 205/60R16 静音耐磨 厂家直销",
        "米奇林 同款花纹，浩悦系列，质保三年。",
    ),
    L("misspelling", "haidilao", "嗨底捞 牛油火锅底料 500g 重庆麻辣"),
    L("misspelling", "goubuli", "狗不离 天津包子 猪肉大葱 手工 速冻"),
    L("misspelling", "jinluo", "金罗 火腿肠 脆皮肠 烤肠 整箱"),
    L("misspelling", "crest", "佳洁仕 美白牙膏 120g 薄荷 清新口气"),
    L("misspelling", "zojirushi", "像印 保温饭盒 不锈钢 便当盒 三层"),
    # 囗 (the enclosure radical) for 口 in the mark's own trade.
    L("misspelling", "coca-cola", "可囗可乐 玻璃瓶 汽水 复古 收藏"),
    # ---- brand_field: only in the brand field ----------------------------------------------
    L("brand_field", "michelin", "All Season Tyre 215/60R16 95V", brand="MICHELIN"),
    L("brand_field", "laneige", "Hydrating Cream Skin Toner Milk 150ml", brand="Laneige"),
    L("brand_field", "toto", "Wall Hung Toilet Rimless Ceramic White", brand="TOTO"),
    L("brand_field", "thermos", "Vacuum Insulated Food Jar 470ml Stainless", brand="Thermos"),
    L("brand_field", "lodge", "Cast Iron Skillet 12 Inch with Helper Handle", brand="Lodge"),
    L("brand_field", "stone-island", "Garment Dyed Crinkle Reps Jacket", brand="Stone Island"),
    L("brand_field", "msi", "Gaming Keyboard Mechanical RGB Full Size", brand="MSI"),
    L("brand_field", "crest", "Whitening Toothpaste 3D White Mint 116g", brand="Crest"),
    L("brand_field", "haidilao", "麻辣火锅底料 150g 一人份 宿舍 小火锅", brand="海底捞"),
    L("brand_field", "jinluo", "鸡肉肠 即食 香肠 40g*30支 休闲零食", brand="金锣"),
    L("brand_field", "zojirushi", "电饭煲 IH 5.5合 家用 智能 预约", brand="象印"),
    L("brand_field", "mercury", "千兆 交换机 8口 以太网 分线器 企业级", brand="水星"),
    L("brand_field", "yanghe", "浓香型 白酒 52度 500ml 商务 宴请", brand="洋河"),
    L("brand_field", "ariel", "洗衣凝珠 三合一 52颗 持久留香", brand="碧浪"),
    # ---- image: only in the image (a copy of the reference picture); the text is clean ----------
    L("image", "neta", "新能源汽车 方向盘套 真皮 四季通用 防滑", image=True),
    L("image", "mizone", "Vitamin Sports Drink 600ml Lime Flavour Pallet Price", image=True),
    L("image", "haidilao", "Hot Pot Soup Base Spicy Beef Tallow 300g", image=True),
    L("image", "titoni", "Men's Automatic Watch Day Date Steel 41mm", image=True),
    L("image", "kawasaki", "Motocross Helmet Off Road Adult DOT Green", image=True),
    L("image", "triumph", "Retro Motorcycle Fuel Tank Badge Pair Chrome", image=True),
    L("image", "goyard", "Chevron Pattern Canvas Shopping Tote Large", image=True),
    L("image", "michelin", "Passenger Car Tyre 195/55R16 Eco Touring", image=True),
    L("image", "coca-cola", "Vintage Soda Glass Bottle 290ml Contour Shape", image=True),
    L("image", "lodge", "Pre-Seasoned Cast Iron Skillet 8 Inch", image=True),
    L("image", "toto", "Smart Bidet Seat Heated Warm Air Dryer", image=True),
    L("image", "wilson", "Tennis Balls Extra Duty 4-Ball Can", image=True),
    L("image", "stone-island", "Men's Garment Dyed Sweatshirt Badge Sleeve", image=True),
    L("image", "bang-olufsen", "Wireless Earbuds Aluminium Case Premium Sound", image=True),
    L("image", "egg-chair", "Swivel Lounge Chair High Back Wool Upholstery", image=True),
    L("image", "tabi", "Split Toe Calf Leather Ankle Boots Cylinder Heel", image=True),
    # ---- mixed: two rights, two evasions, or a mark on an accessory for a named device ------
    L("mixed", "haidilao", "海底捞 Haidilao 同款 火锅蘸料 香辣味 120g"),
    L("mixed", "coca-cola", "可口可乐 C0ke 联名 冰箱贴 复古 磁铁"),
    L("mixed", "wilson", "威尔胜 Wilson NCAA 比赛篮球 7号 PU 室外"),
    L("mixed", "toto", "T0T0 东陶 智能马桶 一体式 自动翻盖"),
    L(
        "mixed",
        "clear",
        "Crest 3D White + Clear Men Shampoo Travel Kit Hotel Amenities",
        expected=("clear", "crest"),
    ),
    L(
        "mixed",
        "ariel",
        "Household Bundle Ariel Detergent Pods + Tempo Tissues",
        expected=("ariel", "tempo"),
    ),
    L(
        "mixed",
        "denon",
        "Denon PMA-900HNE Amplifier with Bowers & Wilkins 606 S3 Speakers",
        expected=("denon", "bowers-wilkins"),
    ),
    L(
        "mixed",
        "stone-island",
        "St0ne Island x G0yard Collab Badge Tote Bag",
        expected=("stone-island", "goyard"),
    ),
    L(
        "mixed",
        "michelin",
        "Mich3lin Tyre Valve Caps 4pcs for Kawasaki Motorcycles",
        without_compat=("michelin", "kawasaki"),
    ),
    L("mixed", "lodge", "Lodge Silicone Pan Handle Sleeve + L0dge Scraper Set"),
    L(
        "mixed",
        "goyard",
        "Goyard Chevron Leather Strap for Titoni Watch 20mm",
        without_compat=("goyard", "titoni"),
    ),
    L(
        "mixed",
        "thermos",
        "Thermos Insulated Sleeve Bag Designed to Fit Zojirushi Mugs",
        without_compat=("thermos", "zojirushi"),
    ),
    L(
        "mixed",
        "bang-olufsen",
        "B&O Leather Headphone Case Fits Bowers & Wilkins Px8",
        without_compat=("bang-olufsen", "bowers-wilkins"),
    ),
    L(
        "mixed",
        "coca-cola",
        "Coca-Cola Red Silicone Sleeve Fits Thermos Food Jar 470ml",
        without_compat=("coca-cola", "thermos"),
    ),
    L("mixed", "msi", "微星 MSI 电竞 显示器 27寸 2K 180Hz"),
    L("mixed", "kawasaki", "川崎 Kawasaki 绿色 头盔 全盔 机车 赛车"),
]

# Compatibility wording naming a device: legitimate under the default rule-set; the device's
# right is expected only with allow_compatibility_wording = false.
COMPAT: list[Listing] = [
    L("compat", "lodge", "Silicone Hot Handle Holder for Lodge Cast Iron Skillets 2pcs"),
    L("compat", "lodge", "Glass Lid 10.25 Inch, Lodge Compatible Tempered Glass Cover"),
    L("compat", "zojirushi", "Replacement Lid Gasket Compatible with Zojirushi SM-SA48"),
    L("compat", "zojirushi", "象印保温杯 替换杯盖 密封圈 硅胶 2个装"),
    L("compat", "thermos", "Replacement Stopper for Thermos Stainless King Food Jar"),
    L("compat", "toto", "Soft Close Toilet Seat Fits TOTO Drake Elongated Bowl"),
    L("compat", "toto", "Fill Valve and Flapper Kit Designed to Fit TOTO Toilets"),
    L("compat", "toto", "适用于东陶 马桶 水箱配件 进水阀 排水阀"),
    L("compat", "bang-olufsen", "Ear Pads Replacement for B&O Beoplay H9 H9i Headphones"),
    L(
        "compat",
        "bowers-wilkins",
        "Protein Leather Ear Cushions Compatible with Bowers & Wilkins PX7",
    ),
    L("compat", "denon", "Universal Remote Control Works with Denon AV Receivers"),
    L("compat", "msi", "180W Laptop Charger Compatible for MSI GF65 Thin Katana"),
    L("compat", "msi", "笔记本散热器 适配微星 15.6寸 静音 风扇底座"),
    L("compat", "be-quiet", "Fan Clips Mounting Kit for be quiet! Dark Rock Pro 4"),
    L("compat", "goyard", "Felt Purse Organizer Insert for Goyard Saint Louis PM"),
    L("compat", "titoni", "Replacement Rubber Strap 20mm Fits Titoni Seascoper"),
    L("compat", "bandai", "Action Base Display Stand Compatible with Bandai HG 1/144 Kits"),
    L("compat", "bandai", "兼容万代 1/144 模型 支架 底座 透明"),
    L("compat", "kawasaki", "Chain Guard Cover Compatible with Kawasaki Z900 2020-2024"),
    L("compat", "kawasaki", "适用川崎 摩托车 尾箱支架 货架 Z650"),
    L("compat", "triumph", "Tank Pad Protector for Triumph Bonneville T120"),
    L("compat", "lincoln", "All Weather Floor Mats for Lincoln Navigator 2018-2024"),
    L("compat", "genesis", "Key Fob Cover Compatible with Genesis GV80 G80 Smart Key"),
    L("compat", "ram", "Tri-Fold Tonneau Cover Fits RAM 1500 5.7 ft Bed"),
    L("compat", "owlet", "Replacement Sock Fabric for Owlet Smart Sock 3 Size 2"),
    L("compat", "owlet", "Charging Base Stand, Owlet Compatible Sock Dock"),
    L("compat", "egg-chair", "Replacement Seat Cushion Compatible with Egg Chair Arne Jacobsen"),
    L("compat", "squatty-potty", "Non-Slip Foam Pads for Squatty Potty Toilet Stool"),
    L("compat", "lock-lock", "Replacement Lids Compatible with Lock & Lock Containers 4pcs"),
    L("compat", "lock-lock", "兼容乐扣乐扣 保鲜盒 替换盖 硅胶圈"),
    L("compat", "surefire", "Replacement Pressure Switch for SureFire M600 Scout Light"),
    L("compat", "transcend", "Shockproof Silicone Case for Transcend ESD310 Portable SSD"),
    L("compat", "wilson", "Vibration Dampeners for Wilson Clash Tennis Racquets 6pcs"),
    L("compat", "tabi", "Heel Tips Replacement for Tabi Boots 6cm Cylinder Heel"),
    L("compat", "ora", "适用于欧拉好猫 汽车脚垫 全包围 TPE"),
    L("compat", "neta", "适用哪吒V 方向盘套 真皮 手缝"),
    L("compat", "yangwang", "适用于仰望U8 车衣 防晒 防雨 加厚"),
    L("compat", "mercury", "适配水星路由器 电源适配器 9V 0.6A"),
    L("compat", "mikasa", "排球打气筒 带气针 兼容米卡萨 V200W 比赛球"),
    L("compat", "michelin", "替换 气门芯 适用米其林 轮胎 工具套装"),
]

# The mark inside another word (Latin) or across a word boundary (Chinese).
INSIDE_WORD: list[Listing] = [
    L("inside_word", "tempo", "Temporary Tattoo Stickers Waterproof 30 Sheets Kids"),
    L("inside_word", "tempo", "Contemporary Abstract Canvas Wall Art 3 Panels"),
    L("inside_word", "tempo", "Infrared Temporal Artery Thermometer Non-Contact"),
    L("inside_word", "clear", "Clearance Sale Kids Rain Boots Mixed Sizes Lot"),
    L("inside_word", "clear", "Nuclear Radiation Detector Geiger Counter Handheld"),
    L("inside_word", "toto", "Totoro Plush Toy 30cm Soft Stuffed Grey Forest Spirit"),
    L("inside_word", "lincoln", "Lincolnshire Sausage Seasoning Mix 1kg Butcher Supply"),
    L("inside_word", "tabi", "3-Axis Gimbal Stabilizer for Smartphone Foldable"),
    L("inside_word", "tabi", "Anti-Burst Stability Ball 65cm with Pump Yoga"),
    L("inside_word", "thermos", "Digital Thermostat Controller for Aquarium Heater"),
    L("inside_word", "thermos", "Thermostatic Shower Mixer Valve Brass Concealed"),
    L("inside_word", "ram", "Ceramic Ramen Bowl Set with Chopsticks 4pcs"),
    L("inside_word", "ram", "Programmable Digital Timer Socket 7 Day Weekly"),
    L("inside_word", "ora", "Aurora Borealis Night Light Projector Bedroom"),
    L("inside_word", "ora", "Decorative Floral Garland Artificial Eucalyptus 2m"),
    L("inside_word", "lodge", "Lodgepole Pine Seeds 100pcs Evergreen Tree"),
    L("inside_word", "transcend", "Transcendental Meditation Cushion Buckwheat Zafu"),
    L("inside_word", "triumph", "Triumphant Angel Christmas Tree Topper Gold"),
    L("inside_word", "bandai", "Waterproof Bandaids Assorted Sizes 100 Count"),
    L("inside_word", "police", "Toy Policeman Figures Set with Patrol Car 12pcs"),
    L("inside_word", "genesis", "Pathogenesis of Infectious Disease Textbook 3rd Edition"),
    L("inside_word", "ora", "北欧拉手 抽屉把手 黄铜 衣柜 橱柜 单孔"),
    L("inside_word", "baixue", "白雪纺连衣裙 夏季 仙女裙 小清新 长款"),
    L("inside_word", "baiyunshan", "蓝天白云山水画 客厅 装饰画 新中式 挂画"),
    L("inside_word", "yanghe", "海洋河流 主题 墙贴 儿童房 地理 认知"),
    L("inside_word", "goubuli", "训狗绳 小狗不理睬主人 训练 牵引绳 伸缩"),
    L("inside_word", "haidilao", "海底捞针 强力磁铁 打捞器 吸铁石 户外"),
    L("inside_word", "haidilao", "麻将 海底捞月 手搓 家用 大号 42mm"),
    L("inside_word", "mercury", "防水星空投影灯 户外 庭院 草坪 满天星"),
    L("inside_word", "zojirushi", "大象印花 儿童 睡衣 纯棉 春秋 套装"),
    L("inside_word", "toto", "山东陶瓷 餐具 骨瓷 碗碟 套装 家用"),
    L("inside_word", "titoni", "腊梅花 干花 香薰 花束 家居摆件"),
    L("inside_word", "ram", "老公羊毛衫 男士 中年 圆领 加厚 毛衣"),
    L("inside_word", "bandai", "千秋万代 书法 字画 客厅 真迹 手写"),
]

# A mark that is also an ordinary word (or name, place, title), used as that word.
GENERIC_WORD: list[Listing] = [
    L("generic_word", "yangwang", "仰望星空 星空投影灯 卧室 氛围灯 生日礼物"),
    L("generic_word", "yangwang", "仰望星空 励志 书法 挂画 书房 装饰"),
    # The myth figure and the film character, not the car maker.
    L("generic_word", "neta", "哪吒 手办 魔童 摆件 Q版 树脂 公仔"),
    L("generic_word", "neta", "儿童 哪吒 演出服 乾坤圈 混天绫 道具 套装"),
    L("generic_word", "ora", "欧拉公式 数学 T恤 极客 短袖 纯棉"),
    L("generic_word", "ora", "Ora et Labora Benedictine Wall Plaque Wood"),
    L("generic_word", "mizone", "脉动真空灭菌器 实验室 高压 消毒锅 立式"),
    L("generic_word", "baixue", "白雪公主 儿童 连衣裙 cosplay 演出服"),
    L("generic_word", "baixue", "Snow White Costume for Girls Princess Dress Cape"),
    L("generic_word", "jinluo", "金锣 铜锣 舞狮 锣鼓 演出 乐器 30cm"),
    L("generic_word", "baiyunshan", "广州 白云山 风景 明信片 旅游 纪念品 10张"),
    L("generic_word", "yanghe", "洋河 湿地公园 门票 旅游 纪念 冰箱贴"),
    L("generic_word", "goubuli", "狗不理人怎么办 宠物 训练 响片 训狗 教程"),
    L("generic_word", "mercury", "太阳系 八大行星 模型 水星 金星 地球 儿童 科教"),
    L("generic_word", "mercury", "Mercury-Free Digital Thermometer Clinical Baby"),
    L("generic_word", "mercury", "Freddie Mercury Poster Vintage Concert Print A3"),
    L("generic_word", "titoni", "梅花扳手 双头 12件套 汽修 工具"),
    L("generic_word", "titoni", "梅花鹿 玩偶 毛绒 公仔 儿童 礼物"),
    L("generic_word", "denon", "天龙八部 全套 金庸 武侠 小说 典藏版"),
    L("generic_word", "kawasaki", "Kawasaki Disease Awareness Ribbon Pin Red"),
    L("generic_word", "kawasaki", "日本 川崎市 旅行 明信片 城市 风景"),
    L("generic_word", "triumph", "凯旋门 巴黎 模型 金属 摆件 旅游 纪念品"),
    L("generic_word", "triumph", "Arc de Triomphe Triumph of Paris Canvas Print"),
    L("generic_word", "transcend", "Transcend Your Limits Motivational Gym Poster"),
    L("generic_word", "laneige", "孔雀东南飞 刘兰芝 焦仲卿 连环画 收藏"),
    L("generic_word", "goyard", "戈雅 油画 复制品 名画 装饰画 西班牙"),
    L("generic_word", "goyard", "西班牙 画家 戈雅 画册 艺术 书籍 精装"),
    L("generic_word", "lincoln", "Abraham Lincoln Bust Statue Resin Office Decor"),
    L("generic_word", "lincoln", "林肯 总统 名言 励志 海报 英语 教室"),
    # The guide's star describing a restaurant, not the maker of a knife.
    L("generic_word", "michelin", "Chef Knife 8 Inch Damascus, Michelin-Star Restaurant Grade"),
    L("generic_word", "goodyear", "Goodyear Welted Leather Work Boots Men Moc Toe"),
    L("generic_word", "goodyear", "Handmade Oxford Shoes Goodyear Welt Construction"),
    L("generic_word", "ariel", "Ariel Little Mermaid Costume for Girls Sequin Tail"),
    L("generic_word", "ariel", "碧浪 蓝天 海景 装饰画 客厅 地中海"),
    L("generic_word", "tempo", "Digital Metronome Tempo Tuner for Guitar Violin"),
    L("generic_word", "coca-cola", "Metallurgical Coke 30-80mm Low Ash Foundry Coke"),
    L("generic_word", "lodge", "Ski Lodge Wooden Sign Rustic Cabin Decor"),
    L("generic_word", "toto", "Wizard of Oz Dorothy Costume with Toto Dog Basket"),
    L("generic_word", "be-quiet", "Please Be Quiet Baby Sleeping Door Hanger Wood"),
    L("generic_word", "be-quiet", "Be Quiet Meeting in Progress Office Sign Acrylic"),
    L("generic_word", "surefire", "Fishing Lure Kit 100pcs, a Surefire Way to Catch Bass"),
    L("generic_word", "genesis", "Genesis 1:1 Bible Verse Wall Art Calligraphy"),
    L("generic_word", "ram", "DDR4 RAM 16GB 3200MHz Desktop Memory Module"),
    L("generic_word", "ram", "Laptop RAM Upgrade 8GB DDR5 SODIMM 4800"),
    L("generic_word", "ram", "Ram Horns Decor Real Sheep Skull Wall Mount"),
    L("generic_word", "ram", "公羊 角 工艺品 装饰 摆件 藏式"),
    L("generic_word", "wilson", "Personalized Family Name Sign The Wilsons Est. 2020"),
    # The anime character, not the sports maker.
    L("generic_word", "mikasa", "Mikasa Ackerman Cosplay Costume Survey Corps Jacket"),
    L("generic_word", "twister", "Twister Tornado in a Bottle Science Kit Kids"),
    L("generic_word", "twister", "Tongue Twister Flash Cards English Pronunciation"),
    L("generic_word", "police", "Police Officer Costume Kids with Badge and Hat"),
    L("generic_word", "police", "Tactical Police Flashlight Rechargeable 2000lm"),
    L("generic_word", "clear", "Clear Phone Case Shockproof Transparent Slim"),
    # The shampoo's own trade, but "clear" describes the bottle.
    L("generic_word", "clear", "Clear Empty Shampoo Bottles 500ml Pump 12pcs"),
    L("generic_word", "clear", "清扬婉兮 古风 书签 诗经 文创 金属"),
    L("generic_word", "crest", "Family Crest Signet Ring Custom Engraved Silver"),
    L("generic_word", "bowers-wilkins", "B&W Photo Print Custom Black and White Canvas"),
    L("generic_word", "bang-olufsen", "B&O Railroad Locomotive Model HO Scale"),
    L("generic_word", "msi", "Software Deployment Guide MSI Installer Packaging eBook"),
    L("generic_word", "cote-dor", "Burgundy Wine Map Poster Côte d'Or Vineyards"),
    L("generic_word", "cote-dor", "Cote d'Or Pinot Noir Red Wine 750ml Bourgogne"),
    L("generic_word", "owlet", "Owlet Plush Toy Baby Owl Soft Cuddly 20cm"),
    L("generic_word", "owlet", "Cute Owlet Nursery Wall Decals Woodland"),
    L("generic_word", "egg-chair", "Hanging Egg Chair Rattan Swing with Stand Outdoor"),
    L("generic_word", "egg-chair", "吊篮 蛋椅 藤编 阳台 摇椅 户外 秋千"),
    L("generic_word", "tabi", "Tabi Socks Split Toe Cotton 5 Pairs Japanese"),
    L("generic_word", "tabi", "Jika Tabi Work Boots Rubber Sole Construction"),
    L("generic_word", "squatty-potty", "Squatty Ceramic Bud Vase Short Round Matte"),
    # A basking rock for turtles described as a stone island: no maker named.
    L("generic_word", "stone-island", "Aquarium Stone Island Rock Decor for Turtles"),
    L("generic_word", "lodge", "Masonic Lodge Square and Compass Ring Silver"),
]

# A common word one edit from a mark (or from a mark's misspelling), used normally.
COMMON_WORD: list[Listing] = [
    L("common_word", "clear", "Football Cleats Men Firm Ground Soccer Shoes"),
    L("common_word", "crest", "Chest Strap Heart Rate Monitor Bluetooth ANT+"),
    L("common_word", "tempo", "Temp Gun Infrared Thermometer Industrial -50 to 550C"),
    L("common_word", "lodge", "Floating Ledge Shelf Picture Rail Oak 60cm"),
    L("common_word", "toto", "Canvas Tote Bag with Zipper Inner Pocket Natural"),
    L("common_word", "police", "Polite Notice Reflective Car Sticker Funny"),
    L("common_word", "twister", "Twisted Cotton Rope 10mm Macrame Cord 100m"),
    L("common_word", "ram", "Foldable Dog Ramp for Car SUV Non-Slip"),
    L("common_word", "ora", "Vintage Era Style Bakelite Radio Decor"),
    L("common_word", "denon", "Demon Slayer Anime Figure Tanjiro 18cm"),
    L("common_word", "ariel", "TV Aerial Indoor Antenna HD Digital Freeview"),
    L("common_word", "coca-cola", "Cake Topper Happy Birthday Gold Glitter Acrylic"),
    L("common_word", "coca-cola", "Raw Cocoa Powder Unsweetened 1kg Baking"),
    # "thermo" is the generic German-English word for insulated drinkware, not Thermos
    # misspelt: the trade writes Thermobecher, thermo mug for any maker's cup.
    L("common_word", "thermos", "Thermo Mug Double Wall Stainless 450ml Car Cup"),
    L("common_word", "wilson", "Wilton Weave Wool Carpet Runner 70x240cm"),
    # Not one edit away, but the nearest everyday wording in the bathroom trade: a squat
    # toilet is a product of its own, not a misspelt Squatty Potty stool.
    L("common_word", "squatty-potty", "Squat Toilet Pan Ceramic White Floor Mounted"),
    L("common_word", "bandai", "80年代 复古 搪瓷杯 怀旧 大红花 口杯"),
    L("common_word", "laneige", "兰花 盆栽 蝴蝶兰 室内 绿植 年宵花"),
    L("common_word", "goyard", "优雅 法式 连衣裙 收腰 气质 中长款"),
    L("common_word", "zojirushi", "中国象棋 实木 大号 折叠棋盘 套装"),
    L("common_word", "kawasaki", "川菜调料 鱼香肉丝 调味包 家庭装"),
    L("common_word", "transcend", "创意 礼品 桌面 摆件 办公室 小玩意"),
    L("common_word", "mercury", "水晶 摆件 白水晶 簇 消磁 净化"),
    L("common_word", "yangwang", "仰卧起坐 辅助器 吸盘式 家用 健身"),
    L("common_word", "ora", "欧式 水晶吊灯 客厅 奢华 复式楼"),
    L("common_word", "mizone", "脉冲 按摩仪 颈椎 肩颈 热敷"),
    L("common_word", "baixue", "雪白 纯棉 床单 单件 酒店 宿舍"),
    L("common_word", "jinluo", "金箔 贴纸 手工 DIY 装饰 烫金"),
    L("common_word", "baiyunshan", "白云石 粉 饲料 添加剂 钙镁 25kg"),
    L("common_word", "yanghe", "洋葱 切丝器 多功能 切菜器 厨房"),
    L("common_word", "haidilao", "海底椰 雪梨膏 润喉 糖浆 瓶装"),
    L("common_word", "titoni", "棉花 被芯 新疆 长绒棉 冬被 加厚"),
    L("common_word", "ariel", "碧螺春 绿茶 明前 特级 250g 罐装"),
    L("common_word", "ram", "公主 裙 女童 生日 蓬蓬裙 演出"),
    L("common_word", "twister", "扭扭车 儿童 静音轮 防侧翻 溜溜车"),
    L("common_word", "clear", "清凉 贴 降温 儿童 退热 冰贴"),
    L("common_word", "lock-lock", "纽扣 DIY 木质 彩色 儿童 手工"),
    L("common_word", "msi", "卫星 天线 锅 高频头 套装"),
    L("common_word", "egg-chair", "蛋挞 模具 铝箔 烘焙 家用 100个"),
]

# Ordinary listings: no mark anywhere.
CLEAN: list[Listing] = [
    L("clean", "", "Stainless Steel Garlic Press Rocker Kitchen Gadget"),
    L("clean", "", "Men's Cotton Chino Shorts Summer Casual 6 Colours"),
    L("clean", "", "Bamboo Cutting Board Set 3pcs with Juice Groove"),
    L(
        "clean",
        "",
        "USB C Fast Charger 65W GaN Foldable Plug",
        "Supports PD 3.0 and QC 4.0, UK EU US plugs, CE FCC RoHS.",
    ),
    L("clean", "", "Wholesale Silicone Baby Bibs Waterproof Adjustable"),
    L("clean", "", "LED Desk Lamp Eye Protection Dimmable Touch"),
    L("clean", "", "Yoga Mat 6mm TPE Non-Slip with Carry Strap"),
    L("clean", "", "Custom Printed Paper Shopping Bags with Logo MOQ 500"),
    L("clean", "", "Kids Rain Jacket Hooded Lightweight Packable"),
    L("clean", "", "Car Phone Holder Air Vent Magnetic 360 Rotation"),
    L("clean", "", "Cast Aluminium Garden Bench Antique Bronze"),
    L("clean", "", "Electric Milk Frother Handheld Rechargeable"),
    L("clean", "", "Waterproof Dry Bag 20L Roll Top Kayak Beach"),
    L("clean", "", "Nitrile Gloves Powder Free Blue 100pcs Box"),
    L("clean", "", "Acrylic Display Case for Collectibles Dustproof 30cm"),
    L("clean", "", "Women's Knit Cardigan Oversized Button Front"),
    L("clean", "", "Solar Garden Lights Outdoor Pathway 8 Pack"),
    L("clean", "", "Hair Claw Clips Large Matte 4pcs Neutral Colours"),
    L("clean", "", "Wooden Jigsaw Puzzle 1000 Pieces Landscape"),
    L("clean", "", "Pet Grooming Brush Self Cleaning Slicker"),
    L(
        "clean",
        "",
        "Adjustable Dumbbells 24kg Pair Quick Change",
        "Factory direct, OEM welcome, sample in 7 days.",
    ),
    L("clean", "", "Insulated Lunch Bag Leakproof Thermal Cooler Tote"),
    L("clean", "", "Stainless Steel Whisk Set 3 Sizes Balloon"),
    L("clean", "", "Kraft Paper Gift Boxes with Lid 20pcs"),
    L("clean", "", "不锈钢 保温 饭盒 多层 学生 上班族 便当盒"),
    L("clean", "", "家用 电热水壶 1.8L 304不锈钢 自动断电"),
    L("clean", "", "儿童 积木 桌 多功能 学习桌 收纳"),
    L("clean", "", "纯棉 四件套 床上用品 简约 北欧风"),
    L("clean", "", "加厚 浴室 防滑垫 吸水 地垫 门垫"),
    L("clean", "", "户外 折叠椅 便携 钓鱼椅 靠背 露营"),
    L("clean", "", "女士 真丝 围巾 春秋 百搭 长款"),
    L("clean", "", "手机支架 桌面 懒人 直播 可调节 铝合金"),
    L("clean", "", "厂家直销 一次性 纸杯 加厚 1000只 可定制"),
    L("clean", "", "汽车 座椅 靠枕 腰靠 记忆棉 护腰"),
    L("clean", "", "宠物 自动 喂食器 定时 定量 猫粮 狗粮"),
    L("clean", "", "硅胶 厨房 铲子 耐高温 不粘锅 专用"),
    L("clean", "", "手工 香薰 蜡烛 大豆蜡 伴手礼 礼盒", "支持来图定制，量大优惠，七天发货。"),
    L("clean", "", "男士 休闲 运动裤 束脚 宽松 加绒"),
    L("clean", "", "LED 灯带 5米 USB 氛围灯 卧室 装饰"),
    L("clean", "", "Wireless Doorbell Waterproof 300m Range 52 Chimes"),
]
