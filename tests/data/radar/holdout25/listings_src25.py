"""Hand-written listings of the twenty-fifth held-out corpus (see README.md).

Every row is written by hand. ``hg()`` and ``fw()`` only spell Cyrillic look-alike and
full-width letters for the letters named; ``ZW`` is a zero-width space.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_HG = dict(zip("aeocpxiysABEHKMOPTXC", "аеосрхіуѕАВЕНКМОРТХС", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with the ``letters`` named spelt in Cyrillic look-alikes."""
    return "".join(_HG[c] if c in letters else c for c in word)


def fw(text: str) -> str:
    """``text`` in full-width forms."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
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


L = Listing

POSITIVES: list[Listing] = [
    # exact
    L("exact", "r25-berghaus", "Berghaus Mens Hillwalker Gore Waterproof Jacket Wholesale"),
    L("exact", "r25-persol", "Persol PO3019S Acetate Sunglasses Havana Polarized"),
    L("exact", "r25-olaplex", "Olaplex No.3 Hair Perfector 100ml Salon Bond Repair"),
    L("exact", "r25-kubota", "Kubota B2301 Compact Tractor 4WD 23hp Used Good Condition"),
    L("exact", "r25-herman-miller", "Herman Miller Sayl Task Chair Black Office Ergonomic"),
    L("exact", "r25-tajima", "Tajima G-Lock 7.5m Tape Measure Japan Quality"),
    L("exact", "r25-iams", "IAMS Proactive Health Adult Dry Dog Food 15kg Bulk"),
    L("exact", "r25-irwin", "Irwin Quick-Grip One Handed Bar Clamp 12 inch"),
    L("exact", "r25-stabila", "Stabila 80AS Spirit Level 120cm Aluminium Box Section"),
    L("exact", "r25-toro", "Toro Recycler 22 inch Self Propelled Lawn Mower"),
    L("exact", "r25-wellness", "Wellness CORE Grain Free Original Dry Dog Food 12kg"),
    L("exact", "r25-steelcase", "Steelcase Leap V2 Office Chair Refurbished Lot of 10"),
    L("exact", "r25-molsion", "陌森 2025新款 偏光太阳镜 女 大框 防紫外线"),
    L("exact", "r25-bolon", "暴龙 BL3036 偏光墨镜 男 开车专用 正品"),
    L("exact", "r25-greatstar", "巨星 工具 46件套 套筒扳手 汽修组合 家用"),
    L("exact", "r25-winona", "薇诺娜 舒敏保湿特护霜 50g 敏感肌 修护"),
    L("exact", "r25-montane", "Montane Mens Featherlite Down Jacket Lightweight Packable"),
    L("exact", "r25-gedore", "Gedore 19 Piece Socket Set 1/2 Drive Chrome Vanadium"),
    L("exact", "r25-spax", "SPAX 5x60 Wood Screws Yellox 200pcs Box Torx Drive"),
    L("exact", "r25-aeron", "Aeron Chair Size B Graphite Fully Loaded Posture Fit"),
    # exact, the mark in the description only
    L(
        "exact",
        "r25-claas",
        "Combine Harvester Lexion 760 2015 Year 5200 Hours",
        "Well kept CLAAS Lexion, 9m cutter table included, ship from Rotterdam port.",
    ),
    L(
        "exact",
        "r25-sihoo",
        "Ergonomic Mesh Office Chair M57 Adjustable Lumbar",
        "Genuine Sihoo M57, 3D armrest, 5 years warranty, OEM carton 2pcs per box.",
    ),
    L(
        "exact",
        "r25-navarch",
        "全价成猫粮 鸡肉味 10kg 室内猫 营养配方",
        "耐威克 厂家直供 量大从优 支持一件代发",
    ),
    # alias
    L("alias", "r25-molsion", "Molsion Polarized Sunglasses Women Oversized Cat Eye MS3055"),
    L("alias", "r25-bolon", "BOLON Aviator Sunglasses Men Titanium Frame Polarized"),
    L("alias", "r25-helen-keller", "Helen Keller Blue Light Blocking Glasses Frame H9301"),
    L("alias", "r25-winona", "Winona Soothing Repair Serum 30ml Sensitive Skin"),
    L("alias", "r25-herborist", "Herborist Herbal Essence Face Mask 25ml x 10 Sheets"),
    L("alias", "r25-kans", "KANS Red Bottle Anti Aging Face Cream 50g Korean Formula"),
    L("alias", "r25-seeyoung", "Seeyoung Ginger Anti Hair Loss Shampoo 400ml"),
    L("alias", "r25-adolph", "Adolph Fragrance Shampoo Long Lasting 800ml Family Size"),
    L("alias", "r25-greatstar", "Greatstar 12V Cordless Drill Driver Kit 2 Batteries"),
    L("alias", "r25-navarch", "Navarch Freeze Dried Chicken Cat Treats 200g"),
    L("alias", "r25-haglofs", "Haglofs Mens LIM Proof Jacket Waterproof Hiking Shell"),
    L("alias", "r25-helly-hansen", "HellyHansen Crew Midlayer Sailing Jacket Navy"),
    L("alias", "r25-bolle", "Bolle Chronoshield Ski Goggles Anti Fog Double Lens"),
    L("alias", "r25-maui-jim", "MauiJim Peahi Polarized Wrap Sunglasses Blue Hawaii"),
    L("alias", "r25-irwin", "Irwin Tools Vise-Grip Locking Pliers Set 3 pcs"),
    L("alias", "r25-cub-cadet", "CubCadet XT1 Riding Lawn Tractor 42 inch Deck"),
    L("alias", "r25-boa", "BOA Lacing Snowboard Boots Mens Size 42-46"),
    L("alias", "r25-herman-miller", "HermanMiller Mirra 2 Office Chair Butterfly Back"),
    # alias, in the description only
    L(
        "alias",
        "r25-aeron",
        "Mesh Executive Chair Size B Remastered Used Grade A",
        "Aeron remastered, fully adjustable arms, tilt limiter, pickup or freight.",
    ),
    L(
        "alias",
        "r25-wellness",
        "Grain Free Dry Dog Food Deboned Chicken 11kg",
        "Wellness CORE recipe, high protein, export carton, MOQ 50 bags.",
    ),
    L(
        "alias",
        "r25-boa",
        "Cycling Shoes Road Carbon Sole Dial Closure",
        "Boa Fit dial, micro adjust, 3-bolt cleat compatible, sizes 39-46.",
    ),
    # chinese
    L("chinese", "r25-berghaus", "伯格豪斯 男款 冲锋衣 防水透气 户外登山外套"),
    L("chinese", "r25-haglofs", "火柴棍 户外 男士 软壳衣 防风 登山徒步"),
    L("chinese", "r25-helly-hansen", "海丽汉森 航海 冲锋衣 男 防水 帆船服"),
    L("chinese", "r25-persol", "帕索 偏光太阳镜 复古 板材 男女 同款"),
    L("chinese", "r25-carrera", "卡雷拉 飞行员 墨镜 男 金属框 偏光"),
    L("chinese", "r25-wella", "威娜 染发膏 植物 遮白发 60ml 理发店专用"),
    L("chinese", "r25-redken", "列德肯 强韧洗发水 300ml 烫染修护"),
    L("chinese", "r25-tajima", "田岛 美工刀 18mm 重型 自动锁定 日本"),
    L("chinese", "r25-gedore", "吉多瑞 扭力扳手 1/2 汽修 德国工艺"),
    L("chinese", "r25-sheffield", "钢盾 活动扳手 10寸 大开口 工业级"),
    L("chinese", "r25-endura", "力易得 棘轮扳手 套装 72齿 快速"),
    L("chinese", "r25-kubota", "久保田 收割机 PRO988 履带式 二手 九成新"),
    L("chinese", "r25-yanmar", "洋马 插秧机 6行 乘坐式 水稻 种植"),
    L("chinese", "r25-lovol", "雷沃 拖拉机 1204 四驱 大马力 农用"),
    L("chinese", "r25-claas", "克拉斯 打捆机 方捆 牧草 进口 农机"),
    L("chinese", "r25-iams", "爱慕思 成猫粮 海洋鱼味 3kg 天然粮"),
    L("chinese", "r25-petkit", "小佩 智能猫砂盆 全自动 除臭 大号"),
    L("chinese", "r25-ziwi", "滋益巅峰 风干狗粮 牛肉味 1kg 新西兰"),
    L("chinese", "r25-herman-miller", "赫曼米勒 人体工学椅 电脑椅 办公椅 正品"),
    L("chinese", "r25-steelcase", "世楷 Leap 办公椅 人体工学 老板椅"),
    L("chinese", "r25-sihoo", "西昊 M18 人体工学椅 电脑椅 家用 护腰"),
    L("chinese", "r25-okamura", "冈村 Contessa 办公椅 高端 人体工学"),
    # chinese, in the description only
    L(
        "chinese",
        "r25-molsion",
        "偏光太阳镜 女 2025新款 韩版 大脸显瘦",
        "原厂陌森同款，镜片防紫外线，支持定制",
    ),
    L(
        "chinese",
        "r25-herborist",
        "中草药 面膜 补水 保湿 25ml 10片",
        "佰草集 新七白 经典款 批发价 一箱起",
    ),
    L("chinese", "r25-kans", "红胖子 精华水 抗皱 紧致 120ml", "韩束 同厂代工 量大从优 包邮"),
    L(
        "exact",
        "r25-olaplex",
        "Bond Repair Hair Treatment 3 Step Kit 100ml",
        "欧美爆款，Olaplex 3号 同款配方，染烫受损修护",
    ),
    # case_width
    L("case_width", "r25-berghaus", "BERGHAUS Extrem 7000 Pro Down Jacket Mens"),
    L("case_width", "r25-olaplex", "oLaPlEx No.4 Bond Maintenance Shampoo 250ml"),
    L("case_width", "r25-persol", "PERSOL 714 Steve McQueen Folding Sunglasses"),
    L("case_width", "r25-kubota", "ｋｕｂｏｔａ Diesel Engine D1105 Complete Assembly"),
    L("case_width", "r25-tajima", "tajima Carpenter Marking Chalk Line Reel"),
    L("case_width", "r25-iams", "iams kitten chicken dry cat food 1.5kg"),
    L("case_width", "r25-odlo", "ODLO Active Warm Eco Base Layer Top Mens"),
    L("case_width", "r25-rab", "RAB Microlight Alpine Down Jacket Womens Packable"),
    L("case_width", "r25-vaude", "vAuDe Brenta 30L Hiking Backpack Rain Cover"),
    L("case_width", "r25-moroccanoil", "MOROCCANOIL Treatment Original 100ml Argan"),
    L("case_width", "r25-claas", "ｃｌａａｓ Arion 650 Tractor Cab Door Glass"),
    L("case_width", "r25-estwing", "ESTWING 16oz Claw Hammer Leather Grip"),
    L("case_width", "r25-toro", "TORO TimeCutter Zero Turn Mower 50 inch Deck"),
    L("case_width", "r25-yanmar", "YANMAR 3TNV88 Diesel Engine Excavator Complete"),
    L("case_width", "r25-sihoo", "ＳＩＨＯＯ Doro C300 Ergonomic Chair Black"),
    L("case_width", "r25-redken", "redken All Soft Conditioner 300ml Dry Hair"),
    L("case_width", "r25-carrera", "CARRERA Champion Sport Sunglasses Mirrored"),
    # case_width, in the description only
    L(
        "case_width",
        "r25-lovol",
        "4WD Farm Tractor 90HP Cab A/C Front Loader Option",
        "ＬＯＶＯＬ factory parts, CKD or SKD shipment to Africa and Asia.",
    ),
    L(
        "case_width",
        "r25-gedore",
        "Professional Torque Wrench 40-200Nm Click Type",
        "gedore dremometer type, calibration certificate included.",
    ),
    L(
        "case_width",
        "r25-spax",
        "Wood Construction Screws 6x80 Countersunk 100pcs",
        "spax quality 4CUT tip, WIROX coating, no predrilling.",
    ),
    # accent
    L("accent", "r25-berghaus", "Bérghaus Paclite Waterproof Jacket Womens Packaway"),
    L("accent", "r25-persol", "Persól 3092SM Sunglasses Tortoise Unisex"),
    L("accent", "r25-olaplex", "Olaplèx No.7 Bonding Oil 30ml Heat Protect"),
    L("accent", "r25-kubota", "Kübota Mini Excavator KX040 Rubber Tracks"),
    L("accent", "r25-carrera", "Carrèra 1001/S Polarized Sunglasses Matte Black"),
    L("accent", "r25-odlo", "Ödlo Performance Light Running Shirt Short Sleeve"),
    L("accent", "r25-montane", "Montané Spine Waterproof Running Jacket"),
    L("accent", "r25-vaude", "Vaudé Mark L 3P Tent Three Person Dome"),
    L("accent", "r25-irwin", "Irwîn Marples Wood Chisel Set 4 Piece"),
    L("accent", "r25-estwing", "Estwîng Rock Pick Geology Hammer 22oz"),
    L("accent", "r25-claas", "Cläas Jaguar Forage Harvester Knives Set"),
    L("accent", "r25-toro", "Torö Power Clear Snow Blower 21 inch"),
    L("accent", "r25-wella", "Wellà Koleston Perfect Hair Color 60ml Salon"),
    L("accent", "r25-stabila", "Stabilá Type 196 Digital Level Aluminium"),
    L("accent", "r25-redken", "Rédken Extreme Strength Builder Plus Mask"),
    # accent, in the description only
    L(
        "accent",
        "r25-haglofs",
        "Mens Softshell Hiking Pants Stretch Quick Dry",
        "Hâglöfs cut, Rugged Flex fabric, knee reinforcement.",
    ),
    L(
        "accent",
        "r25-steelcase",
        "Ergonomic Task Chair Gesture Style Grey Fabric",
        "Stéelcase Gesture refurbished, 360 arms, 12 months warranty.",
    ),
    L(
        "accent",
        "r25-yanmar",
        "Marine Diesel Engine 3 Cylinder 29hp Sailboat",
        "Yânmar 3YM30 complete with gearbox KM2P, low hours.",
    ),
    # homoglyph
    L("homoglyph", "r25-berghaus", hg("Berghaus", "ea") + " Mens Fleece Jacket Prism Polartec"),
    L("homoglyph", "r25-persol", hg("Persol", "eo") + " PO0649 Sunglasses Crystal Brown"),
    L("homoglyph", "r25-olaplex", hg("Olaplex", "Oa") + " No.5 Bond Maintenance Conditioner"),
    L("homoglyph", "r25-kubota", hg("Kubota", "Ko") + " Tractor Front Loader Bucket LA525"),
    L("homoglyph", "r25-tajima", hg("Tajima", "a") + " Aluminum Level 60cm Magnetic"),
    L("homoglyph", "r25-iams", hg("IAMS", "A") + " Adult Lamb and Rice Dog Food 12kg"),
    L("homoglyph", "r25-herman-miller", hg("Herman Miller", "e") + " Embody Gaming Chair Black"),
    L("homoglyph", "r25-carrera", hg("Carrera", "Cae") + " Grand Prix 2 Sunglasses Gold"),
    L("homoglyph", "r25-moroccanoil", hg("Moroccanoil", "Moc") + " Dry Texture Spray 205ml"),
    L("homoglyph", "r25-wella", hg("Wella", "e") + " Professionals Invigo Nutri Shampoo 1L"),
    L("homoglyph", "r25-sihoo", hg("Sihoo", "io") + " M102C Mesh Office Chair Lumbar"),
    L("homoglyph", "r25-toro", hg("Toro", "To") + " Lawn Mower Spark Plug Kit Set"),
    L("homoglyph", "r25-spax", hg("SPAX", "P") + " Decking Screws Stainless 4.5x50"),
    L("homoglyph", "r25-helly-hansen", hg("Helly Hansen", "e") + " Womens Ski Jacket Insulated"),
    L("homoglyph", "r25-cub-cadet", hg("Cub Cadet", "Cae") + " Snow Thrower 2X 26 inch"),
    # homoglyph, in the description only
    L(
        "homoglyph",
        "r25-montane",
        "Ultralight Windproof Running Jacket 60g Packable",
        hg("Montane", "oae") + " Featherlite style, DWR coated, hood with peak.",
    ),
    L(
        "homoglyph",
        "r25-odlo",
        "Merino Base Layer Leggings Mens Thermal",
        hg("Odlo", "O") + " Natural 100 merino wool, seamless, flat seams.",
    ),
    L(
        "homoglyph",
        "r25-gedore",
        "Combination Spanner Set 12pcs 8-22mm Metric",
        hg("Gedore", "eo") + " red series, satin finish, roll pouch.",
    ),
    # leetspeak
    L("leetspeak", "r25-berghaus", "B3rgh4us Trango Hiking Backpack 40L"),
    L("leetspeak", "r25-persol", "P3rs0l Folding Sunglasses Blue Polar Lens"),
    L("leetspeak", "r25-olaplex", "0lapl3x No.6 Bond Smoother Leave In Cream"),
    L("leetspeak", "r25-kubota", "Kub0ta Water Pump for Tractor Engine V2203"),
    L("leetspeak", "r25-tajima", "T@jima Snap Off Blade Cutter 25mm"),
    L("leetspeak", "r25-iams", "1AMS Indoor Weight Cat Food 7kg"),
    L("leetspeak", "r25-claas", "CL@@S Disco Mower Conditioner Blades"),
    L("leetspeak", "r25-odlo", "0dlo Zeroweight Running Tights Reflective"),
    L("leetspeak", "r25-stabila", "$tabila Laser Level LAX 300 Green Beam"),
    L("leetspeak", "r25-estwing", "E$twing Framing Hammer 22oz Milled Face"),
    L("leetspeak", "r25-wellness", "We11ness Complete Health Puppy Food 6kg"),
    L("leetspeak", "r25-vaude", "V@ude Cycling Saddle Bag Waterproof 1.5L"),
    L("leetspeak", "r25-redken", "R3dken Acidic Bonding Concentrate Shampoo"),
    L("leetspeak", "r25-carrera", "C@rrera Hyperfit Sunglasses Mens Sport"),
    L("leetspeak", "r25-steelcase", "Ste3lcase Series 1 Office Chair Bulk Lot"),
    # leetspeak, in the description only
    L(
        "leetspeak",
        "r25-herman-miller",
        "Ergonomic Chair Mirra Style Mesh Back Grey",
        "H3rman M1ller original parts, disassembled for shipping.",
    ),
    L(
        "leetspeak",
        "r25-toro",
        "Zero Turn Riding Mower 42 inch Hydrostatic",
        "T0r0 TimeCutter series, 2 years warranty, container loading.",
    ),
    L(
        "leetspeak",
        "r25-irwin",
        "Speed Clamp One Handed 300mm Heavy Duty",
        "1rwin Quick-Grip copy quality, 24 pcs carton.",
    ),
    # spacing
    L("spacing", "r25-berghaus", "B e r g h a u s Softshell Jacket Mens Black"),
    L("spacing", "r25-olaplex", "O-L-A-P-L-E-X No.0 Intensive Bond Building Treatment"),
    L("spacing", "r25-kubota", "K.U.B.O.T.A Air Filter for Mini Digger"),
    L("spacing", "r25-tajima", "Taj_ima Quick Release Tool Holster Belt"),
    L("spacing", "r25-iams", "I A M S Senior Dog Food Chicken 12kg"),
    L("spacing", "r25-persol", "Per" + ZW + "sol Sunglasses Vintage Celebration Gold"),
    L("spacing", "r25-herman-miller", "Herman-Mil ler Cosm Chair High Back Studio White"),
    L("spacing", "r25-steelcase", "Steel-case Think Office Chair Black Mesh"),
    L("spacing", "r25-sihoo", "S i h o o V1 Gaming Ergonomic Chair Footrest"),
    L("spacing", "r25-moroccanoil", "Morocca noil Intense Hydrating Mask 250ml"),
    L("spacing", "r25-montane", "M.o.n.t.a.n.e Terra Trekking Pants Mens"),
    L("spacing", "r25-gedore", "G E D O R E Screwdriver Set 2150 Slotted Phillips"),
    L("spacing", "r25-cub-cadet", "Cub-Cadet Lawn Tractor Mulching Kit 42 inch"),
    L("spacing", "r25-wellness", "Well ness CORE Wet Cat Food Pate 24 Cans"),
    L("spacing", "r25-greatstar", "巨 星 电动工具 锂电 冲击钻 12V 套装"),
    # spacing, in the description only
    L(
        "spacing",
        "r25-carrera",
        "Flat Top Shield Sunglasses Mens Oversized",
        "C.A.R.R.E.R.A Ducati design, polarized lens, with box and cloth.",
    ),
    L(
        "spacing",
        "r25-estwing",
        "Solid Steel Camp Axe 26 inch Leather Grip",
        "E s t w i n g forged one piece, sheath included.",
    ),
    L(
        "spacing",
        "r25-claas",
        "Tractor Seat Air Suspension Universal 12V",
        "C-L-A-A-S Axion type seat, grammer style compressor.",
    ),
    # misspelling
    L("misspelling", "r25-berghaus", "Berghouse Mens Waterproof Hiking Jacket Gore"),
    L("misspelling", "r25-persol", "Persoll Mens Sunglasses Steve McQueen Folding"),
    L("misspelling", "r25-olaplex", "Olaplax No.3 Hair Perfector Bond Repair 100ml"),
    L("misspelling", "r25-kubota", "Kobuta Tractor Parts Hydraulic Pump L3400"),
    L("misspelling", "r25-tajima", "Tajma Tape Measure 5.5m Yellow Lock"),
    L("misspelling", "r25-iams", "Iamms Kitten Dry Food Chicken Formula 3kg"),
    L(
        "misspelling", "r25-herman-miller", "Hermann Miller Aeron Style Office Chair Replica"
    ),  # names the Aeron design too: see expected
    L("misspelling", "r25-moroccanoil", "Moroccan0il Treatment Light 100ml"),
    L("misspelling", "r25-carrera", "Carerra Aviator Sunglasses Mens Metal Frame"),
    L("misspelling", "r25-helly-hansen", "Helly Hanson Sailing Jacket Crew Hooded"),
    L("misspelling", "r25-stabila", "Stabilla Aluminium Spirit Level 80cm"),
    L("misspelling", "r25-yanmar", "Yammar Diesel Engine Parts Injector Nozzle Set"),
    L("misspelling", "r25-steelcase", "Steelcace Leap Chair Armrest Height Adjustable"),
    L("misspelling", "r25-molsion", "默森 偏光太阳镜 女 防紫外线 大框"),
    L("misspelling", "r25-winona", "微诺娜 舒敏保湿 精华 30ml 敏感肌"),
    L("misspelling", "r25-adolph", "阿道福 洗发水 持久留香 800ml"),
    L("misspelling", "r25-herman-miller", "赫曼米乐 人体工学椅 办公椅 高端"),
    L("misspelling", "r25-navarch", "耐维克 狗粮 成犬 全价 10kg"),
    # misspelling, in the description only
    L(
        "misspelling",
        "r25-cub-cadet",
        "Riding Lawn Mower 46 inch Deck Hydrostatic",
        "Cub Cadett XT2 style, Kohler engine, ships in crate.",
    ),
    L(
        "misspelling",
        "r25-wella",
        "Permanent Hair Color Cream 60ml Salon Pro",
        "Wela Koleston shade chart, 116 colours available.",
    ),
    L(
        "misspelling",
        "r25-berghaus",
        "Mens Down Insulated Jacket Hooded 650 Fill",
        "Burghaus style quality, RDS down, free logo.",
    ),
    # brand_field
    L(
        "brand_field",
        "r25-berghaus",
        "Mens Waterproof Hiking Jacket Breathable Hooded",
        brand="Berghaus",
    ),
    L(
        "brand_field",
        "r25-persol",
        "Acetate Folding Sunglasses Polarized Crystal Lens",
        brand="PERSOL",
    ),
    L(
        "brand_field",
        "r25-olaplex",
        "Bond Building Hair Treatment 100ml Salon Repair",
        brand="Olaplex",
    ),
    L("brand_field", "r25-kubota", "Compact Diesel Tractor 25hp 4WD with Loader", brand="KUBOTA"),
    L("brand_field", "r25-tajima", "Tape Measure 7.5m Auto Lock Metric Imperial", brand="TAJIMA"),
    L("brand_field", "r25-iams", "Adult Dry Cat Food Chicken 10kg Bag", brand="Iams"),
    L(
        "brand_field",
        "r25-herman-miller",
        "Ergonomic Office Chair Mesh Back Adjustable Arms",
        brand="Herman Miller",
    ),
    L(
        "brand_field",
        "r25-moroccanoil",
        "Argan Hair Oil Treatment 100ml Glass Bottle",
        brand="Moroccanoil",
    ),
    L("brand_field", "r25-wellness", "Grain Free Puppy Dry Food Chicken 5kg", brand="Wellness"),
    L("brand_field", "r25-toro", "Self Propelled Lawn Mower 53cm Rear Bag", brand="Toro"),
    L("brand_field", "r25-stabila", "Aluminium Box Spirit Level 100cm 3 Vials", brand="Stabila"),
    L("brand_field", "r25-montane", "Ultralight Down Jacket Womens Packable Hood", brand="Montane"),
    L("brand_field", "r25-molsion", "偏光太阳镜 女 大框 防紫外线 2025新款", brand="陌森"),
    L("brand_field", "r25-winona", "敏感肌 修护面霜 50g 舒缓 保湿", brand="薇诺娜"),
    L("brand_field", "r25-lovol", "四驱拖拉机 90马力 带驾驶室 农用", brand="雷沃"),
    L("brand_field", "r25-greatstar", "锂电冲击钻 12V 家用 电钻 套装", brand="巨星"),
    L("brand_field", "r25-sihoo", "人体工学椅 电脑椅 家用 护腰 可躺", brand="西昊"),
    L("brand_field", "r25-kans", "抗皱紧致 精华水 120ml 补水", brand="KANS"),
    # image: a copy of the reference picture, clean text
    L("image", "r25-molsion", "Polarized Sunglasses Women Cat Eye UV400 Wholesale", image=True),
    L("image", "r25-berghaus", "Mens Waterproof Hiking Jacket Outdoor Hooded Shell", image=True),
    L("image", "r25-haglofs", "Outdoor Softshell Jacket Mens Windproof Hiking", image=True),
    L("image", "r25-persol", "Vintage Acetate Sunglasses Folding Havana Brown", image=True),
    L("image", "r25-carrera", "Sport Shield Sunglasses Mirrored Lens Unisex", image=True),
    L("image", "r25-olaplex", "Hair Bond Repair Treatment 100ml Bottle", image=True),
    L("image", "r25-redken", "Strength Repair Shampoo 300ml Salon Professional", image=True),
    L("image", "r25-tajima", "Heavy Duty Utility Knife Snap Blade 18mm", image=True),
    L("image", "r25-gedore", "Socket Wrench Set 1/2 Drive 24 Pieces Case", image=True),
    L("image", "r25-kubota", "Compact Tractor 4WD Diesel Farm Garden Use", image=True),
    L("image", "r25-claas", "Combine Harvester Grain Header Used Good Condition", image=True),
    L("image", "r25-iams", "Dry Dog Food Adult Chicken Formula 12kg", image=True),
    L("image", "r25-herman-miller", "Ergonomic Office Chair Mesh High Back Black", image=True),
    L("image", "r25-odlo", "Thermal Base Layer Set Merino Mens Top Bottom", image=True),
    L("image", "r25-moroccanoil", "Argan Oil Hair Serum 100ml Frizz Control", image=True),
    L("image", "r25-aeron", "Mesh Office Chair Pellicle Seat Graphite Frame", image=True),
    L("image", "r25-kubota", "小型拖拉机 四驱 柴油 农用 果园 大棚", image=True),
    L("image", "r25-molsion", "女士 偏光太阳镜 猫眼 防紫外线 批发", image=True),
    # mixed: two rights, two evasions, or a mark on an accessory for a named device
    L(
        "mixed",
        "r25-berghaus",
        "B3rghaus x Rab Collab Down Jacket Limited",
        expected=("r25-berghaus", "r25-rab"),
    ),
    L(
        "mixed",
        "r25-persol",
        "P3rsol and Carr3ra Sunglasses Bundle 2 Pairs",
        expected=("r25-persol", "r25-carrera"),
    ),
    L(
        "mixed",
        "r25-olaplex",
        "0laplex No.3 + Redk3n Acidic Shampoo Salon Kit",
        expected=("r25-olaplex", "r25-redken"),
    ),
    L("mixed", "r25-kubota", "久保田 K.U.B.O.T.A 拖拉机 前置装载机 铲斗"),
    L(
        "mixed",
        "r25-tajima",
        "T@jima Blade Holster for Stabila Level Belt Clip",
        expected=("r25-tajima",),
        without_compat=("r25-tajima", "r25-stabila"),
    ),
    L(
        "mixed",
        "r25-herman-miller",
        "Herm@n Miller Lumbar Pad for Aeron Chair Size B",
        expected=("r25-herman-miller",),
        without_compat=("r25-herman-miller", "r25-aeron"),
    ),
    L("mixed", "r25-iams", "1AMS 爱慕思 猫粮 成猫 海洋鱼 10kg"),
    L(
        "mixed",
        "r25-moroccanoil",
        "Moroccan0il Treatment with We11a Brush Gift Set",
        expected=("r25-moroccanoil", "r25-wella"),
    ),
    L(
        "mixed",
        "r25-claas",
        "CL@AS Seat Cushion fits Kubota M7 Tractor Cab",
        expected=("r25-claas",),
        without_compat=("r25-claas", "r25-kubota"),
    ),
    L("mixed", "r25-sihoo", "西昊 SIH0O 人体工学椅 M57 护腰 电脑椅"),
    L(
        "mixed",
        "r25-molsion",
        "陌森 BOLON 墨镜 两副装 偏光 男女",
        expected=("r25-molsion", "r25-bolon"),
    ),
    L(
        "mixed",
        "r25-greatstar",
        "巨星 钢盾 工具套装 扳手 螺丝刀 家用",
        expected=("r25-greatstar", "r25-sheffield"),
    ),
    L(
        "mixed",
        "r25-toro",
        "T0R0 Mower Blade Kit for Cub Cadet 42 inch Deck",
        expected=("r25-toro",),
        without_compat=("r25-toro", "r25-cub-cadet"),
    ),
    L("mixed", "r25-haglofs", "Haglöfs Hagl0fs Hiking Shell Jacket Womens"),
    L("mixed", "r25-winona", "薇诺娜 Win0na 舒敏 面霜 50g 修护"),
    L(
        "mixed",
        "r25-steelcase",
        "Stee1case Seat Pad for Herman Miller Sayl Chair",
        expected=("r25-steelcase",),
        without_compat=("r25-steelcase", "r25-herman-miller"),
    ),
    # mixed, the group's mark in the description only
    L(
        "mixed",
        "r25-odlo",
        "Merino Base Layer Bundle Top and Leggings",
        "0dlo top with M.o.n.t.a.n.e running tights, gift box.",
        expected=("r25-odlo", "r25-montane"),
    ),
    L(
        "mixed",
        "r25-carrera",
        "Polarized Sunglasses Mens Aviator Metal 2 Colours",
        "C@rrera 1007 copy, also Carrera Champion style, hard case.",
    ),
]

# More text positives with the mark in the description only (the title is clean).
POSITIVES += [
    L(
        "exact",
        "r25-liveback",
        "Ergonomic Task Chair Flexible Backrest Lumbar",
        "LiveBack technology backrest, same mould, 10 years OEM for US buyers.",
    ),
    L("exact", "r25-liveback", "LiveBack Flexing Backrest Office Chair Grey"),
    L(
        "exact",
        "r25-wayfarer",
        "Classic Acetate Sunglasses 50mm Black G15 Lens",
        "Wayfarer shape 2140, original mould, logo on request.",
    ),
    L("exact", "r25-wayfarer", "Wayfarer Sunglasses Polarized Classic Black Frame Unisex"),
    L(
        "alias",
        "r25-bolon",
        "Polarized Driving Sunglasses Men Square Metal",
        "BOLON BL7088 factory, with box and certificate.",
    ),
    L(
        "alias",
        "r25-helen-keller",
        "Blue Light Glasses Frame Womens TR90 Light",
        "Helen Keller H26017 same factory, 2 colours.",
    ),
    L(
        "alias",
        "r25-endura",
        "Ratchet Wrench Set 72 Teeth Quick Release 12pcs",
        "Endura E1102 series copy, chrome vanadium, blow case.",
    ),
    L(
        "alias",
        "r25-petkit",
        "Smart Cat Water Fountain Wireless Pump 2L",
        "Petkit Eversweet Solo style, UV sterilize, app control.",
    ),
    L("chinese", "r25-yanmar", "乘坐式 插秧机 8行 高速 水稻 二手", "洋马 VP8 原装 发动机 保养好"),
    L("chinese", "r25-wella", "专业 染发膏 遮白 植物 60ml 发廊", "威娜 同厂 色卡 全色号 可混批"),
    L("chinese", "r25-ziwi", "风干 猫粮 鸡肉 400g 新西兰 进口", "滋益巅峰 正品 保质期 两年"),
    L(
        "chinese",
        "r25-seeyoung",
        "生姜 防脱 洗发水 控油 蓬松 500ml",
        "滋源 无硅油 同款配方 工厂货源",
    ),
    L(
        "case_width",
        "r25-rab",
        "Alpine Down Sleeping Bag Minus 10 Mummy",
        "ＲＡＢ Neutrino type, 800 fill, compression sack.",
    ),
    L(
        "case_width",
        "r25-maui-jim",
        "Polarized Wrap Sunglasses Island Blue Mirror",
        "MAUI JIM Peahi model, glass lens, shipping 3 days.",
    ),
    L(
        "misspelling",
        "r25-bolle",
        "Ski Goggles Cylindrical Lens Anti Fog OTG",
        "Bole Mojo copy, helmet compatible strap.",
    ),
    L(
        "misspelling",
        "r25-okamura",
        "Premium Ergonomic Chair Japan Design Mesh",
        "Okamora Contessa II style, aluminium base, headrest.",
    ),
    L(
        "homoglyph",
        "r25-wellness",
        "Grain Free Cat Food Chicken Turkey 5kg",
        hg("Wellness", "e") + " CORE indoor recipe, Made in USA style bag.",
    ),
    L(
        "leetspeak",
        "r25-kubota",
        "Mini Excavator 1.7 Ton Rubber Tracks Canopy",
        "KUB0TA U17 engine and hydraulics, Euro 5.",
    ),
]

# The Hermann Miller Aeron replica names the design as well as the maker.
POSITIVES = [
    L(p.case, p.group, p.title, p.description, p.brand, p.image, ("r25-herman-miller", "r25-aeron"))
    if p.title.startswith("Hermann Miller Aeron")
    else p
    for p in POSITIVES
]

COMPAT: list[Listing] = [
    L("compat", "r25-kubota", "Fuel Filter for Kubota Tractor L3901 L4701 Replacement"),
    L("compat", "r25-kubota", "Water Pump compatible with Kubota D1105 V1505 Engine"),
    L("compat", "r25-kubota", "适用于久保田 收割机 履带 PRO688 橡胶履带"),
    L("compat", "r25-yanmar", "Starter Motor fits Yanmar 3TNV88 4TNV94 Excavator"),
    L("compat", "r25-yanmar", "Impeller Kit for Yanmar Marine Engine 3YM30 Sea Water Pump"),
    L("compat", "r25-lovol", "适用于雷沃拖拉机 座椅 减震 通用款"),
    L("compat", "r25-lovol", "割刀 刀片 适配雷沃收割机 50片装"),
    L("compat", "r25-claas", "Knife Section compatible for CLAAS Combine Header"),
    L("compat", "r25-claas", "Baler Twine Knotter Hook designed to fit CLAAS Markant"),
    L("compat", "r25-toro", "Mower Blade Replacement for Toro Recycler 22 inch"),
    L("compat", "r25-toro", "Air Filter fits Toro Personal Pace 20 Mower"),
    L("compat", "r25-cub-cadet", "Deck Belt for Cub Cadet XT1 42 inch Lawn Tractor"),
    L("compat", "r25-cub-cadet", "Front Wheel Assembly designed to fit Cub Cadet Mowers"),
    L(
        "compat",
        "r25-aeron",
        "Armrest Pads for Herman Miller Aeron Chair Pair",
        without_compat=("r25-aeron", "r25-herman-miller"),
    ),
    L("compat", "r25-aeron", "Lumbar Support Pad Aeron compatible Adjustable"),
    L("compat", "r25-aeron", "替换 Aeron 椅 扶手垫 PU 一对装"),
    L("compat", "r25-herman-miller", "Rollerblade Casters for Herman Miller Office Chairs 5pcs"),
    L("compat", "r25-herman-miller", "Headrest works with Herman Miller Embody Chair"),
    L("compat", "r25-steelcase", "Armrest Pad Replacement for Steelcase Leap V2"),
    L("compat", "r25-steelcase", "Seat Cushion compatible with Steelcase Gesture Chair"),
    L("compat", "r25-liveback", "Lumbar Cushion designed to fit LiveBack Backrest Chairs"),
    L("compat", "r25-sihoo", "Headrest for Sihoo M18 Office Chair Adjustable"),
    L("compat", "r25-sihoo", "适用于西昊M57 头枕 可调节 加装"),
    L("compat", "r25-okamura", "Seat Cushion for Okamura Contessa Chair Replacement Foam"),
    L("compat", "r25-petkit", "Replacement Filters for Petkit Eversweet Water Fountain 5pcs"),
    L("compat", "r25-petkit", "适用小佩饮水机 滤芯 替换装 6片"),
    L("compat", "r25-petkit", "Litter Box Liner Bags fits Petkit Pura Max"),
    L("compat", "r25-persol", "Replacement Lenses for Persol PO3019S Polarized"),
    L("compat", "r25-carrera", "Replacement Nose Pads for Carrera Sunglasses Silicone"),
    L("compat", "r25-maui-jim", "Polarized Replacement Lenses compatible with Maui Jim Peahi"),
    L("compat", "r25-maui-jim", "Hard Case for Maui Jim Sunglasses Zipper"),
    L("compat", "r25-bolle", "Replacement Lenses for Bolle Cobra Safety Glasses"),
    L("compat", "r25-wayfarer", "Replacement Lenses for Wayfarer 2140 Sunglasses 50mm"),
    L("compat", "r25-wayfarer", "Prescription Clip fits Wayfarer Frames"),
    L("compat", "r25-boa", "Replacement Lace Kit for BOA Fit System Dial"),
    L("compat", "r25-boa", "Steel Lace Cable BOA compatible Snowboard Boots"),
    L("compat", "r25-tajima", "Snap Off Blades fits Tajima Cutter 18mm 50pcs"),
    L("compat", "r25-tajima", "适用于田岛美工刀 刀片 18mm 10片装"),
    L("compat", "r25-irwin", "Replacement Jaw Pads for Irwin Quick-Grip Clamps"),
    L("compat", "r25-stabila", "Padded Carry Bag for Stabila Spirit Levels 120cm"),
    L("compat", "r25-gedore", "Socket Rail compatible with Gedore 1/2 Sockets"),
    L("compat", "r25-estwing", "Replacement Leather Grip for Estwing Hammer"),
    L("compat", "r25-spax", "T-Star Drive Bits for SPAX Screws T20 T25 10pcs"),
    L("compat", "r25-sheffield", "扳手收纳架 适配钢盾扳手 挂板 壁挂"),
    L("compat", "r25-greatstar", "12V 锂电池 兼容巨星电钻 替换电池"),
    L("compat", "r25-moroccanoil", "Pump Dispenser for Moroccanoil Treatment 100ml Bottle"),
    L("compat", "r25-olaplex", "Pump Top compatible for Olaplex 1L Salon Bottles"),
    L("compat", "r25-vaude", "Footprint Groundsheet for Vaude Mark L 3P Tent"),
    L("compat", "r25-berghaus", "Replacement Zip Pullers for Berghaus Jackets 10pcs"),
    L("compat", "r25-bolon", "适用于暴龙 眼镜 鼻托 硅胶 5对"),
    L("compat", "r25-iams", "Airtight Food Storage Container fits IAMS 7kg Bag"),
    L("compat", "r25-ziwi", "Silicone Can Lids for ZIWI 390g Cans 3pcs"),
]

INSIDE_WORD: list[Listing] = [
    L("inside_word", "r25-rab", "Crab Claw Cracker Set Stainless Seafood Tools"),
    L("inside_word", "r25-rab", "Rabbit Fur Trapper Hat Winter Ear Flaps"),
    L("inside_word", "r25-rab", "Durable Canvas Tool Bag 16 inch Wide Mouth"),
    L("inside_word", "r25-rab", "Arabian Horse Fly Mask with Ears"),
    L("inside_word", "r25-toro", "Toronto Maple Leafs Style Knit Beanie Blank"),
    L("inside_word", "r25-iams", "Williams Style Flat Cap Tweed Mens"),
    L("inside_word", "r25-iams", "Williamsburg Bridge Poster Framed A3"),
    L("inside_word", "r25-endura", "Endurance Running Vest Hydration 5L"),
    L("inside_word", "r25-endura", "Endurance Training Resistance Bands Set 5"),
    L("inside_word", "r25-aeron", "Aeronautical Aluminium Folding Chair Camping"),
    L("inside_word", "r25-aeron", "Aeronaut Pilot Sunglasses Metal Frame Green Lens"),
    L("inside_word", "r25-kans", "Kansas City Souvenir Baseball Cap Embroidered"),
    L("inside_word", "r25-kans", "Arkansas State Map Vintage Print Canvas"),
    L("inside_word", "r25-vaude", "Vaudeville Costume Straw Boater Hat Party"),
    L("inside_word", "r25-montane", "Tramontane Wind Chime Bamboo Garden Decor"),
    L("inside_word", "r25-irwin", "Irwindale Speedway Racing T-Shirt Vintage"),
    L("inside_word", "r25-boa", "Boat Cover Waterproof 600D Trailerable 16-18ft"),
    L("inside_word", "r25-boa", "Boating Gloves Fingerless Sailing Grip"),
    L("inside_word", "r25-yanmar", "Myanmar Jade Bangle Natural Green Certificate"),
    L("inside_word", "r25-yanmar", "Myanmar Teak Wood Garden Bench 150cm"),
    L("inside_word", "r25-odlo", "Woodlot Management Handbook Forestry Paperback"),
    L("inside_word", "r25-wella", "Dwellable Tiny House Plans Book Paperback"),
    L("inside_word", "r25-stabila", "Stabilator Trim Tab Model Airplane RC Parts"),
    L("inside_word", "r25-petkit", "体积小佩戴舒适 挂脖风扇 静音 USB"),
    L("inside_word", "r25-yanmar", "海洋马赛克瓷砖 泳池 蓝色 30x30cm"),
    L("inside_word", "r25-kans", "正韩束腰带 女 宽腰带 配大衣"),
    L("inside_word", "r25-sihoo", "江西昊瑞五金厂 直供 合页 不锈钢"),
    L("inside_word", "r25-steelcase", "一世楷模 书法 卷轴 挂画 客厅"),
    L("inside_word", "r25-sheffield", "不锈钢盾牌 装饰 墙挂 中世纪 道具"),
    L("inside_word", "r25-molsion", "阡陌森林 主题 拼图 1000片 成人"),
    L("inside_word", "r25-claas", "5克拉斯里兰卡蓝宝石 戒指 银镶"),
]

GENERIC_WORD: list[Listing] = [
    # Wellness: the everyday word, describing the product, never the maker (even on pet goods)
    L("generic_word", "r25-wellness", "Wellness Retreat Journal Planner A5 Linen Cover"),
    L("generic_word", "r25-wellness", "Herbal Wellness Tea Bags Chamomile 100 Count"),
    L("generic_word", "r25-wellness", "Workplace Wellness Desk Stretch Band Kit"),
    L(
        "generic_word", "r25-wellness", "Dog Wellness Check Record Book Vaccination Log"
    ),  # describes the record, not the food maker
    L("generic_word", "r25-wellness", "Spa Wellness Gift Box Bath Salt Candle Set"),
    # Borderline: pet trade, but "wellness" describes the supplement's purpose; no brand position.
    L("generic_word", "r25-wellness", "Senior Cat Wellness Supplement Chews Joint Support"),
    # Toro: bull (Spanish), tuna belly
    L("generic_word", "r25-toro", "Spanish Toro Bull Metal Wall Art 60cm"),
    L("generic_word", "r25-toro", "Toro Tuna Belly Sashimi Frozen Grade A 500g"),
    L("generic_word", "r25-toro", "El Toro Bull Fighting Poster Vintage Print"),
    L("generic_word", "r25-toro", "Toro Bull Horn Keychain Brass"),
    # BOA: the snake, the scarf
    L("generic_word", "r25-boa", "Feather Boa 2m Pink Party Costume Accessory"),
    L("generic_word", "r25-boa", "Boa Constrictor Plush Toy 150cm Realistic"),
    L("generic_word", "r25-boa", "Boa Snake Print Faux Leather Fabric by Meter"),
    L("generic_word", "r25-boa", "Reptile Terrarium Heat Mat for Boa and Python"),
    # Montane: the ecology word
    L("generic_word", "r25-montane", "Montane Forest Wildflower Seed Mix 50g"),
    L("generic_word", "r25-montane", "Montane Grassland Landscape Canvas Painting"),
    # Sheffield: the city, and its steel as a place of origin
    L("generic_word", "r25-sheffield", "Sheffield City Skyline Poster Print A2"),
    L(
        "generic_word", "r25-sheffield", "Vintage Sheffield Steel Butter Knife Set of 6"
    ),  # borderline: place of origin of cutlery, not a tool maker
    L("generic_word", "r25-sheffield", "Sheffield England Travel Fridge Magnet"),
    # Tajima: the region (Tajima beef) and an unrelated embroidery-machine maker
    L("generic_word", "r25-tajima", "Tajima Wagyu Beef Striploin A5 Frozen 2kg"),
    L(
        "generic_word", "r25-tajima", "Embroidery Hoop Frame for Tajima Embroidery Machine 15cm"
    ),  # borderline: another firm's embroidery machines, not hand tools; not this right's device
    # Kubota: the sake of another holder, the surname
    L(
        "generic_word", "r25-kubota", "Kubota Manju Junmai Daiginjo Sake Glass Set Gift"
    ),  # borderline: the sake brewery's name, another trade
    L("generic_word", "r25-kubota", "久保田 清酒 酒杯 日式 玻璃 套装"),  # same call in Chinese
    # Irwin, Helen Keller, Winona, Adolph: names and places
    L("generic_word", "r25-irwin", "Steve Irwin Crocodile Hunter Tribute T-Shirt Khaki"),
    L("generic_word", "r25-helen-keller", "Helen Keller Biography Book The Story of My Life"),
    L("generic_word", "r25-helen-keller", "海伦凯勒 自传 假如给我三天光明 中英双语 书"),
    L("generic_word", "r25-helen-keller", "Helen Keller Quote Wall Decal Optimism Vinyl"),
    L("generic_word", "r25-winona", "Winona Minnesota Souvenir Coffee Mug"),
    L("generic_word", "r25-winona", "Winona Lake Indiana Vintage Postcard Set"),
    # Chinese words: T. rex, superstar, matchsticks
    L("generic_word", "r25-bolon", "暴龙 恐龙玩具 霸王龙 模型 儿童 仿真"),
    L("generic_word", "r25-bolon", "暴龙 恐龙 充气服 成人 搞笑 表演"),
    L("generic_word", "r25-bolon", "儿童 暴龙 图案 T恤 纯棉 夏季"),
    L("generic_word", "r25-greatstar", "摇滚巨星 复古 海报 装饰画 酒吧"),
    L("generic_word", "r25-greatstar", "篮球巨星 手办 摆件 生日礼物"),
    L("generic_word", "r25-greatstar", "Hollywood Superstar 巨星 Costume Gold Sequin Jacket"),
    L("generic_word", "r25-haglofs", "火柴棍 手工 DIY 木棒 1000根 模型材料"),
    L("generic_word", "r25-haglofs", "火柴棍 小人 益智 摆件 创意"),
    # KANS grass, Wayfarer, Carrera, Berghaus, herborist, Rab island
    L("generic_word", "r25-kans", "Kans Grass Broom Handmade Natural Fibre"),
    L("generic_word", "r25-kans", "Dried Kans Grass Bundle Boho Decor"),
    L("generic_word", "r25-wayfarer", "The Wayfarer Poetry Collection Hardcover Book"),
    L(
        "generic_word", "r25-wayfarer", "Wayfarer Leather Travel Journal Refillable"
    ),  # "wayfarer" = traveller; a journal, not eyewear
    L("generic_word", "r25-carrera", "Carrera Panamericana Road Race 1954 Vintage Poster"),
    L(
        "generic_word", "r25-berghaus", "Alpine Berghaus Guesthouse Wooden Sign Rustic"
    ),  # German "mountain inn", a sign, not clothing
    L("generic_word", "r25-herborist", "The Herborist Guide to Medicinal Plants Book"),
    L("generic_word", "r25-rab", "Rab Island Croatia Souvenir Magnet Ceramic"),
    L("generic_word", "r25-steelcase", "Stainless Steel Case Automatic Watch 40mm"),
]

COMMON_WORD: list[Listing] = [
    L("common_word", "r25-claas", "Business Class Neck Pillow Memory Foam Travel"),
    L("common_word", "r25-claas", "First Class Stamp Holder Leather Wallet"),
    L("common_word", "r25-claas", "Class Attendance Sticker Chart Classroom"),
    L("common_word", "r25-toro", "Taro Milk Tea Powder 1kg Bubble Tea Shop"),
    L("common_word", "r25-rab", "Rag Rug Handwoven Cotton 60x90cm"),
    L("common_word", "r25-rab", "Tab Dividers A4 Plastic 12 Part Colour"),
    L("common_word", "r25-odlo", "Oslo Norway City Map Print Scandinavian"),
    L("common_word", "r25-iams", "Strawberry Jams Gift Set Mini Jars 6x40g"),
    L("common_word", "r25-iams", "Purple Yams Powder Ube 500g Baking"),
    L("common_word", "r25-wella", "Artesian Wells Pump Cover Decorative Garden"),
    L("common_word", "r25-spax", "Span Adjustable Wrench Wide Jaw 250mm"),
    L("common_word", "r25-endura", "Built to Endure Work Gloves Cut Level 5"),
    L("common_word", "r25-aeron", "Aero Bottle Cage Carbon Road Bike"),
    L("common_word", "r25-aeron", "Aaron Name Keychain Personalised Wood"),
    L("common_word", "r25-kans", "Storage Cans with Lids Set of 3 Kitchen"),
    L("common_word", "r25-kans", "Desk Fans USB Quiet 6 inch Clip On"),
    L("common_word", "r25-bolle", "Boule Petanque Set 8 Balls Carry Case"),
    L("common_word", "r25-vaude", "Vague Wave Print Scarf Silk Blend"),
    L("common_word", "r25-ziwi", "Kiwi Fruit Peeler Slicer 2 in 1"),
    L("common_word", "r25-ziwi", "Kiwi Bird Plush Toy New Zealand Souvenir"),
    L("common_word", "r25-montane", "Montana State Flag Patch Iron On"),
    L("common_word", "r25-montane", "Photo Montage Frame 10 Openings Wall"),
    L("common_word", "r25-carrera", "Carrara Marble Tile 30x60 Polished"),
    L("common_word", "r25-carrera", "Carrara Marble Effect Contact Paper Roll"),
    L("common_word", "r25-greatstar", "巨型 充气 城堡 户外 儿童 游乐"),
    L("common_word", "r25-greatstar", "巨型 花盆 庭院 种植箱 大号"),
    L("common_word", "r25-kans", "韩式 烤肉盘 不粘 家用 户外"),
    L("common_word", "r25-kans", "韩式 发夹 女 抓夹 大号 鲨鱼夹"),
    L("common_word", "r25-seeyoung", "资源 回收 分类 垃圾桶 户外 四分类"),  # 资源 sounds like 滋源
    L(
        "common_word", "r25-claas", "克拉 钻戒 女 一克拉 莫桑石"
    ),  # 克拉 (carat) is one character short of 克拉斯
    L(
        "common_word", "r25-haglofs", "火柴 防风 户外 长杆 100根"
    ),  # 火柴 is one character short of 火柴棍
    L("common_word", "r25-sihoo", "西湖龙井 绿茶 250g 明前 春茶"),
    L("common_word", "r25-lovol", "雷达 测速仪 手持 车速 测量"),
    L("common_word", "r25-sheffield", "钢筋 绑扎钩 自动 扎丝钩 工地"),
    L(
        "common_word", "r25-persol", "探索 科学 实验 套装 儿童 STEM"
    ),  # 探索: 帕索 shares only its second character
    L("common_word", "r25-yanmar", "洋葱 切丝器 厨房 手动 不锈钢"),
]

CLEAN: list[Listing] = [
    # sportswear and outdoor clothing
    L("clean", "", "Mens Waterproof Hiking Jacket Breathable Taped Seams OEM"),
    L("clean", "", "Womens Fleece Half Zip Pullover Anti Pill 280gsm"),
    L("clean", "", "Custom Logo Softshell Jacket Windproof Team Wear", brand="OEM"),
    L("clean", "", "Merino Wool Hiking Socks Cushioned 3 Pairs"),
    L("clean", "", "Packable Down Vest 90/10 Duck Down Lightweight"),
    L("clean", "", "Quick Dry Trekking Pants Zip Off Convertible"),
    L("clean", "", "Running Tights Reflective Side Pocket Mens"),
    L("clean", "", "Insulated Ski Bib Pants Womens Snowproof"),
    L("clean", "", "Gaiters Waterproof Hiking Leg Covers Adjustable"),
    L("clean", "", "Thermal Base Layer Set Kids Fleece Lined"),
    L("clean", "", "Sun Protection Hoodie UPF50 Fishing Shirt"),
    L("clean", "", "Rain Poncho Reusable with Hood Adults 5 Colours"),
    L("clean", "", "Yoga Leggings High Waist Squat Proof Private Label"),
    L("clean", "", "Sports Bra Medium Support Racerback Wholesale"),
    L("clean", "", "Trail Running Shoes Mens Lugged Sole Size 39-46"),
    L("clean", "", "冲锋衣 男女 三合一 可拆卸 抓绒内胆 防水"),
    L("clean", "", "户外 速干裤 男 夏季 薄款 弹力 登山裤"),
    L("clean", "", "羽绒服 女 短款 白鸭绒 轻薄 连帽"),
    L("clean", "", "运动T恤 男 速干 短袖 跑步 健身 定制"),
    L("clean", "", "登山鞋 防滑 耐磨 防水 徒步鞋 男"),
    L("clean", "", "滑雪服 儿童 加厚 保暖 连体 防风"),
    # eyewear
    L("clean", "", "Polarized Sunglasses Mens Square UV400 Wholesale"),
    L("clean", "", "Blue Light Blocking Glasses Clear Lens Round"),
    L("clean", "", "Kids Sunglasses Flexible Silicone Frame Unbreakable"),
    L("clean", "", "Reading Glasses +1.5 Spring Hinge 5 Pack"),
    L("clean", "", "Safety Glasses Anti Fog ANSI Z87 Clear 12pcs"),
    L("clean", "", "Ski Goggles OTG Magnetic Lens Double Layer"),
    L("clean", "", "Acetate Optical Frame Womens Cat Eye Tortoise"),
    L("clean", "", "Titanium Rimless Eyeglasses Frame Lightweight"),
    L("clean", "", "Microfiber Lens Cleaning Cloth 15x15cm Custom Print"),
    L("clean", "", "Hard Shell Glasses Case Zipper EVA Black"),
    L("clean", "", "偏光太阳镜 男 开车 钓鱼 防眩光"),
    L("clean", "", "防蓝光眼镜 平光 电脑 护目 男女"),
    L("clean", "", "老花镜 高清 便携 折叠 中老年"),
    L("clean", "", "眼镜盒 皮质 便携 手工 定制 LOGO"),
    L("clean", "", "近视眼镜框 钛架 超轻 商务 男"),
    # skincare and hair care
    L("clean", "", "Vitamin C Serum 30ml Brightening Private Label"),
    L("clean", "", "Hyaluronic Acid Moisturizer 50g Fragrance Free"),
    L("clean", "", "Argan Hair Mask Deep Conditioning 500ml Salon"),
    L("clean", "", "Sulfate Free Shampoo 1L Colour Safe Salon Size"),
    L("clean", "", "Hair Dye Cream Permanent 100ml Natural Black"),
    L("clean", "", "Sunscreen SPF50 PA++++ Water Resistant 60ml"),
    L("clean", "", "Rosemary Hair Growth Oil 60ml Dropper Bottle"),
    L("clean", "", "Sheet Mask Aloe Hydrating 25ml 20 Pack"),
    L("clean", "", "Keratin Hair Treatment Smoothing 1000ml"),
    L("clean", "", "Curl Defining Cream 250ml Anti Frizz"),
    L("clean", "", "Lip Balm Tinted SPF15 Custom Logo 4g"),
    L("clean", "", "Retinol Night Cream 50g Anti Wrinkle OEM"),
    L("clean", "", "洗发水 控油 去屑 500ml 无硅油 批发"),
    L("clean", "", "护发素 柔顺 修护 干枯 400ml"),
    L("clean", "", "面霜 保湿 补水 50g 敏感肌 代工"),
    L("clean", "", "防晒霜 SPF50 清爽 不油腻 60ml"),
    L("clean", "", "生姜 防脱 洗发水 固发 500ml 工厂"),
    L("clean", "", "面膜 补水 玻尿酸 10片 一盒"),
    L("clean", "", "护手霜 滋润 便携 30g 小支"),
    # hand tools and fasteners
    L("clean", "", "Claw Hammer 16oz Fibreglass Handle Anti Vibration"),
    L("clean", "", "Tape Measure 5m Metric Nylon Coated Blade"),
    L("clean", "", "Socket Set 1/4 Drive 46 Pieces Chrome Vanadium"),
    L("clean", "", "Torx Wood Screws 4x40 Zinc Plated 500pcs"),
    L("clean", "", "Hex Bolts M10x50 Grade 8.8 Galvanized DIN 933"),
    L("clean", "", "Spirit Level 60cm Aluminium 3 Vials Magnetic"),
    L("clean", "", "Adjustable Wrench 10 inch Wide Jaw Chrome"),
    L("clean", "", "Utility Knife Retractable with 10 Spare Blades"),
    L("clean", "", "Wood Chisel Set 4pcs 6-25mm Hardened"),
    L("clean", "", "Pliers Set Combination Long Nose Diagonal 3pcs"),
    L("clean", "", "Expansion Anchors Nylon 8mm 100pcs Wall Plugs"),
    L("clean", "", "Self Drilling Screws Hex Head Roofing with EPDM Washer"),
    L("clean", "", "Stainless Steel Nuts M8 A2-70 Hexagon 1000pcs"),
    L("clean", "", "Bar Clamp Quick Release 300mm Woodworking"),
    L("clean", "", "内六角扳手 套装 9件 加长 球头"),
    L("clean", "", "自攻螺丝 十字 沉头 M4x25 1000颗"),
    L("clean", "", "羊角锤 一体 钢柄 防震 木工"),
    L("clean", "", "卷尺 5米 加厚 自锁 钢卷尺"),
    L("clean", "", "膨胀螺丝 M8 外六角 镀锌 50套"),
    L("clean", "", "螺丝刀 套装 磁性 精密 维修 工具"),
    L("clean", "", "美工刀 大号 加厚 壁纸刀 工业"),
    # agricultural and garden machinery
    L("clean", "", "Walk Behind Lawn Mower 46cm Petrol 4 Stroke"),
    L("clean", "", "Garden Tiller Cultivator 7hp Gasoline Rotary"),
    L("clean", "", "Cordless Hedge Trimmer 20V 50cm Blade"),
    L("clean", "", "Brush Cutter 52cc 2 Stroke Shoulder Strap"),
    L("clean", "", "Compact Farm Tractor 25hp 4WD with Front Loader OEM"),
    L("clean", "", "Rotary Tiller for Tractor 1.5m Working Width PTO"),
    L("clean", "", "Knapsack Sprayer 16L Manual Pressure Garden"),
    L("clean", "", "Leaf Blower Vacuum Electric 3000W Mulcher"),
    L("clean", "", "Chainsaw Chain 16 inch 3/8 LP 56 Links"),
    L("clean", "", "Riding Lawn Mower Seat Universal High Back"),
    L("clean", "", "Combine Harvester Rubber Track 500x90x51"),
    L("clean", "", "微耕机 柴油 旋耕机 小型 农用 开沟"),
    L("clean", "", "割草机 汽油 手推式 家用 草坪"),
    L("clean", "", "喷雾器 电动 农用 16L 锂电池 背负式"),
    L("clean", "", "拖拉机 配件 旋耕刀 一套 加厚"),
    L("clean", "", "绿篱机 充电式 修枝 园林 电动"),
    L("clean", "", "收割机 履带 橡胶 耐磨 厂家"),
    # pet food and pet care
    L("clean", "", "Grain Free Dry Dog Food Salmon 12kg OEM Private Label"),
    L("clean", "", "Freeze Dried Chicken Breast Cat Treats 100g"),
    L("clean", "", "Automatic Pet Water Fountain 2.5L Quiet Pump"),
    L("clean", "", "Self Cleaning Cat Litter Box App Control"),
    L("clean", "", "Deshedding Brush for Dogs Stainless Comb"),
    L("clean", "", "Tofu Cat Litter 6L Flushable Dust Free"),
    L("clean", "", "Dog Poop Bags Biodegradable 16 Rolls"),
    L("clean", "", "Wet Cat Food Tuna Pate 85g x 24 Cans"),
    L("clean", "", "Puppy Training Pads 60x60cm 100pcs Leakproof"),
    L("clean", "", "Pet Nail Clipper with Safety Guard Large Breed"),
    L("clean", "", "猫粮 成猫 全价 鸡肉味 10kg 包邮"),
    L("clean", "", "狗粮 幼犬 通用型 小型犬 5kg"),
    L("clean", "", "猫砂 豆腐猫砂 除臭 无尘 6L"),
    L("clean", "", "宠物 饮水机 自动循环 静音 猫咪"),
    L("clean", "", "冻干 鸡胸肉 猫零食 500g 罐装"),
    L("clean", "", "宠物 梳子 去浮毛 不锈钢 针梳"),
    # office furniture
    L("clean", "", "Ergonomic Mesh Office Chair Lumbar Support Headrest"),
    L("clean", "", "Electric Standing Desk Dual Motor 140x70cm"),
    L("clean", "", "Executive Leather Chair High Back Swivel"),
    L("clean", "", "Steel Filing Cabinet 3 Drawer Lockable A4"),
    L("clean", "", "Office Partition Acoustic Panel Desk Divider"),
    L("clean", "", "Conference Table 2.4m Oak Veneer Cable Box"),
    L("clean", "", "Stackable Visitor Chair Chrome Frame Pack of 4"),
    L("clean", "", "Monitor Arm Dual Gas Spring Desk Clamp"),
    L("clean", "", "Chair Casters 60mm PU Soft Floor Set of 5"),
    L("clean", "", "Mobile Pedestal 3 Drawer Under Desk Lock"),
    L("clean", "", "人体工学椅 电脑椅 家用 久坐 护腰 工厂直销"),
    L("clean", "", "升降桌 电动 办公桌 站立 双电机"),
    L("clean", "", "文件柜 钢制 带锁 办公室 四门"),
    L("clean", "", "会议桌 长条 简约 现代 办公家具"),
    L("clean", "", "办公椅 网布 转椅 职员椅 批发"),
    L("clean", "", "老板椅 真皮 可躺 大班椅 高端"),
]
