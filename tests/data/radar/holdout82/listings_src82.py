"""The listings of the eighty-second held-out corpus (pet supplies), written by hand.

``hg`` spells the named letters as Cyrillic look-alikes, ``fw`` as full-width forms, ``ZW`` is
a zero-width space. Each row is (group, title, description, brand); ``r82-`` is added to the
group. Borderline labels are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = dict(zip("aeocpxiysjABCEHIKMOPTXYS", "аеосрхіуѕјАВСЕНІКМОРТХУЅ", strict=True))


def hg(text: str, letters: str) -> str:
    """``text`` with the named letters spelt as Cyrillic look-alikes."""
    return "".join(_CYRILLIC[c] if c in letters and c in _CYRILLIC else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (an ideographic space for a space)."""
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


def _ids(slugs: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if slugs is None else tuple(f"r82-{s}" for s in slugs)


def _make(case: str, rows: list[tuple[str, ...]], image: bool = False) -> list[Entry]:
    out = []
    for group, title, *rest in rows:
        description = rest[0] if rest else ""
        brand = rest[1] if len(rest) > 1 else ""
        out.append(Entry(case, f"r82-{group}" if group else "", title, description, brand, image))
    return out


def _mixed(
    rows: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...] | None]],
) -> list[Entry]:
    return [Entry("mixed", f"r82-{g}", t, d, "", False, _ids(e), _ids(w)) for g, t, d, e, w in rows]


# Chinese marks as registered are `exact`; their Latin names are `alias`; Latin marks' Chinese
# names are `chinese`, as are Chinese marks named in the description only.
EXACT = _make(
    "exact",
    [
        ("wanpy", "顽皮 鸡肉干 狗零食 500g 宠物训练奖励"),
        ("nature-bridge", "比瑞吉 全价猫粮 成猫 2kg 天然粮"),
        ("sobo", "松宝 鱼缸过滤器 三合一 静音 增氧泵 外置"),
        ("yiyi", "依依 宠物尿垫 加厚 吸水 狗狗尿片 100片"),
        ("revolution", "Revolution Topical Solution Cats 5.1-15 lbs 3 Doses"),
        ("nexgard", "NexGard Chewables Dogs 10.1-24 lbs 6 Pack"),
        ("cesar", "Cesar Classic Loaf in Sauce Wet Dog Food Variety Pack 24 Trays"),
        ("sherpa", "Sherpa Original Deluxe Pet Carrier Medium Airline Approved"),
        ("whistle", "Whistle Go Explore GPS Pet Tracker and Activity Monitor"),
        ("seachem", "Seachem Prime Fresh and Saltwater Conditioner 500ml"),
        ("ruffwear", "Ruffwear Front Range Dog Harness Reflective Padded"),
        ("furbo", "Furbo 360 Dog Camera Treat Tossing Full HD"),
        ("felix", "Felix As Good As It Looks Cat Food Pouches 12x100g"),
        ("chuckit", "Chuckit! Ultra Ball Medium 2 Pack Dog Fetch Toy"),
        ("kurgo", "Kurgo Wander Dog Car Hammock Waterproof Back Seat Cover"),
        ("advantage", "Advantage II Flea Prevention Small Dogs 3-10 lbs 4 Doses"),
        ("hepper-pod", "Hepper Pod Bed Space Capsule Cat Bed Washable Cushion"),
        ("scoopfree", "ScoopFree Original Self-Cleaning Litter Box Taupe"),
        ("sleepypod-air", "Sleepypod Air In-Cabin Pet Carrier Expandable Charcoal"),
        ("fresh-step", "Fresh Step Clean Paws Multi-Cat Clumping Litter 22.5 lb"),
        ("meow-mix", "Meow Mix Tender Centers Salmon & Chicken Dry Cat Food"),
        ("chris-christensen", "Chris Christensen Ice on Ice Detangling Spray 16oz"),
        # the mark in the description only
        ("gambol", "宠物冻干 鸡胸肉 猫零食 批发 厂家直供", "乖宝 出品 冻干系列, 单一肉源"),
        (
            "canidae",
            "All Life Stages Dry Dog Food Chicken Meal & Rice 30 lb",
            "Canidae All Life Stages formula, multi-protein recipe.",
        ),
        (
            "marina",
            "Aquarium Air Pump 200 Quiet Output up to 10 Gallon Tanks",
            "Marina 200 air pump, original packaging, airline tubing included.",
        ),
        (
            "merrick",
            "Grain Free Texas Beef & Sweet Potato Dry Dog Food 22 lb",
            "Merrick grain free recipe, real deboned beef first.",
        ),
        (
            "easy-walk",
            "No Pull Front Clip Dog Harness Medium Black",
            "Easy Walk Harness, front chest-ring leash attachment, quick snap buckles.",
        ),
        (
            "karlie",
            "Double Sided Dog Brush Soft Pins and Bristles Pet Grooming",
            "Karlie grooming range, made for long coats.",
        ),
    ],
)

ALIAS = _make(
    "alias",
    [
        ("wanpy", "Wanpy Chicken Jerky Dog Treats 1kg Bulk"),
        ("nature-bridge", "Nature Bridge Adult Cat Food 1.5kg Chicken Formula"),
        ("nourse", "NOURSE Cat Multivitamin Tablets 200pcs Pet Supplement"),
        # `Luscious` is an everyday word: here it names the maker of the treats.
        ("luscious", "Luscious Brand Duck Jerky Dog Treats Factory Direct"),
        ("hoopet", "HOOPET Dog Carrier Backpack Breathable Pet Travel Bag"),
        ("sobo", "SOBO WP-3880F Aquarium Filter Pump 3 in 1"),
        ("gambol", "Gambol Freeze Dried Chicken Cat Treats Factory Supply"),
        ("petpal", "Petpal Rawhide Dog Chews Knotted Bones 6 inch"),
        ("yiyi", "Yiyi Disposable Pet Training Pads 60x60cm 50pcs"),
        ("haozhuren", "Haozhuren Adult Cat Food 2.5kg Salmon Flavour"),
        ("iris", "IRIS Ohyama Cat Litter Box with Hood and Scoop"),
        ("ada", "Aqua Design Amano Power Sand Special S 2L"),
        ("nexgard", "NexGard Spectra Chewables Large Dogs 15-30kg"),
        ("julius-k9", "Julius K9 IDC Powerharness Size 1 Black"),
        ("chuckit", "Chuckit Ball Launcher Classic 26 inch"),
        ("sleepypod-air", "Sleepypod Mobile Pet Bed Carrier Car Seat Crash Tested"),
        # the alias in the description only
        (
            "scoopfree",
            "Self-Cleaning Cat Litter Box with Crystal Tray",
            "Scoop Free style rake system, disposable trays.",
        ),
        (
            "easy-walk",
            "Front Clip No Pull Harness Martingale Loop Size S",
            "Original Easy Walk, martingale loop stops twisting.",
        ),
        ("ada", "Nature Aquarium Aqua Soil Amazonia 9L", "Aqua Design Amano, made in Japan."),
        (
            "luscious",
            "Chicken Wrapped Sweet Potato Dog Treats 400g",
            "Luscious pet snacks factory, OEM welcome.",
        ),
        ("nourse", "Pet Lecithin Granules Shiny Coat 300g", "NOURSE formula, beauty hair."),
    ],
)

CHINESE = _make(
    "chinese",
    [
        ("revolution", "大宠爱 猫用体外驱虫滴剂 2.6-7.5kg 3支装"),
        ("nexgard", "尼可信 狗狗体内外驱虫 咀嚼片 4-10kg"),
        ("pro-plan", "冠能 成犬粮 中大型犬 12kg 鸡肉配方"),
        ("cesar", "西莎 狗罐头 餐盒 牛肉味 100g 24盒"),
        ("farmina", "法米娜 全价猫粮 南瓜无谷 1.5kg"),
        ("homerun", "霍曼 宠物饮水机 自动循环 猫咪喝水器 2L"),
        ("sheba", "希宝 猫罐头 金枪鱼 85g 整箱"),
        ("iris", "爱丽思 猫砂盆 全封闭 防外溅 大号"),
        ("eukanuba", "优卡 成犬粮 小型犬 3kg 正品"),
        ("hoopet", "华元宠具 狗狗牵引绳 胸背带 中型犬"),
        ("revolution", "大宠爱 Selamectin 猫用 滴剂 7.5kg以下"),
        ("nexgard", "进口 尼可信 狗驱虫药 大型犬 3粒装"),
        ("pro-plan", "冠能 幼猫粮 7kg 鸡肉 增强免疫"),
        ("cesar", "西莎 狗狗零食 鲜封包 鸡肉味 12袋"),
        ("sheba", "希宝 猫湿粮 鲜封包 金枪鱼 35g 12袋"),
        ("homerun", "霍曼 智能喂食器 定时定量 猫狗通用 4L"),
        ("iris", "爱丽思 宠物塑料航空箱 中型 带透气窗"),
        ("farmina", "法米娜 天然狗粮 羊肉蓝莓 2.5kg"),
        # Chinese marks in the description only
        ("wanpy", "鸭肉干 宠物零食 磨牙 狗狗训练奖励 400g", "顽皮 出品 原厂直发"),
        ("haozhuren", "成猫粮 海洋鱼味 10kg 室内猫", "好主人 猫粮 正品授权"),
        ("petpal", "牛皮骨 狗咬胶 洁齿 耐咬 大号", "佩蒂 厂家直供 出口品质"),
        ("yiyi", "猫砂垫 宠物尿垫 吸水 不侧漏 S号 100片", "依依 品牌 尿垫 工厂店"),
        ("eukanuba", "幼犬粮 大型犬 3kg 关节配方", "优卡 幼犬 大型犬配方 代购"),
    ],
)

CASE_WIDTH = _make(
    "case_width",
    [
        ("sherpa", fw("SHERPA") + " Travel Pet Carrier Black Medium"),
        ("cesar", "cEsAr Wet Dog Food Filet Mignon Flavor 3.5oz"),
        ("furbo", fw("Furbo") + " Dog Camera with Treat Tosser 1080p"),
        ("seachem", "SEACHEM STABILITY 250ML BIOLOGICAL AQUARIUM CONDITIONER"),
        ("ruffwear", "rUFFWEAR Web Master Harness Red Currant L"),
        ("petlibro", "pEtLiBrO Automatic Cat Feeder 5L Dual Bowl"),
        ("dennerle", fw("DENNERLE") + " CO2 Bio System Refill"),
        ("aqueon", "aQUEON QuietFlow 20 Power Filter"),
        ("kurgo", "KURGO Tru-Fit Dog Seat Belt Harness Crash Tested"),
        ("merrick", "MeRRiCk Backcountry Raw Infused Dog Food 20 lb"),
        ("meow-mix", "MEOW MIX Original Choice Dry Cat Food 16 lb"),
        ("gentle-leader", "gentle leader Headcollar Medium Black No Pull"),
        ("dreamies", "DREAMIES Cat Treats Mega Pack Chicken 350g"),
        ("nexgard", fw("nexgard") + " 狗驱虫 咀嚼片 10-25kg"),
        ("whistle", "wHiStLe Go Explore Collar Tracker Device"),
        ("chris-christensen", "CHRIS CHRISTENSEN Big G Slicker Brush Small"),
        # the mark in the description only
        (
            "farmina",
            "Grain Free Chicken & Pomegranate Cat Food 1.5kg",
            fw("FARMINA") + " natural recipe, Italy made.",
        ),
        (
            "instinct",
            "Raw Boost Kibble Freeze Dried Chicken Dog Food 4 lb",
            "INSTINCT Raw Boost original recipe.",
        ),
        (
            "burns",
            "Hypoallergenic Adult Dog Food Chicken & Brown Rice 12kg",
            "bUrNs Original, UK made.",
        ),
        (
            "felix",
            "Wet Cat Food Pouches Mixed Selection in Jelly 40x85g",
            "fElIx pouches, original multipack.",
        ),
    ],
)

ACCENT = _make(
    "accent",
    [
        ("sheba", "Shéba Cat Food Pate Salmon 24 Twin Packs"),
        ("cesar", "Césár Home Delights Dog Food Beef Stew"),
        ("canidae", "Cänidae Pure Grain Free Salmon Dog Food 24 lb"),
        ("marina", "Marîna Floating Fish Breeder Box Aquarium"),
        ("felix", "Félix Crispies Cat Treats Beef & Chicken 45g"),
        ("furbo", "Fürbo Dog Nanny Smart Camera"),
        ("whistle", "Whîstle Health Smart Collar Tag Dogs"),
        ("seachem", "Seachém Purigen 100ml Filtration Resin"),
        ("petmate", "Pétmate Vari Kennel Ultra 28 inch Dog Crate"),
        ("karlie", "Kärlie Cat Scratcher Post Sisal 60cm"),
        ("merrick", "Mérrick Purrfect Bistro Cat Food Grain Free"),
        ("eukanuba", "Eukanûba Adult Medium Breed Dog Food 15kg"),
        ("dennerle", "Dennérle Nano Cleaner Aquarium Filter"),
        ("kurgo", "Kürgo Loft Jacket Reversible Dog Coat"),
        ("aqueon", "Aquéon LED Aquarium Kit 10 Gallon"),
        # the mark in the description only
        (
            "instinct",
            "Limited Ingredient Diet Rabbit Cat Food 4.5 lb",
            "Instïnct limited ingredient recipe.",
        ),
        (
            "sherpa",
            "Soft Sided Pet Carrier Under-Seat Airline Travel Bag Medium",
            "Shérpa original deluxe, faux sheepskin base.",
        ),
        (
            "nexgard",
            "Chewable Flea and Tick Tablets Dogs 4-10kg 3pcs",
            "NéxGard chewables, beef flavour.",
        ),
        (
            "ruffwear",
            "Reflective Dog Jacket Waterproof Rain Coat Large",
            "Rüffwear Sun Shower jacket, same as the shop.",
        ),
    ],
)

HOMOGLYPH = _make(
    "homoglyph",
    [
        ("sherpa", hg("Sherpa", "ea") + " Guaranteed On Board Carrier Large"),
        ("seachem", hg("Seachem", "eac") + " Flourish Plant Fertilizer 250ml"),
        ("cesar", hg("Cesar", "Cea") + " Simply Crafted Dog Food Topper"),
        ("revolution", hg("Revolution", "eo") + " Plus Topical Cats 2.8-5.5 lbs"),
        ("nexgard", hg("NexGard", "ea") + " Chewables Medium Dogs 3 Count"),
        ("furbo", hg("Furbo", "o") + " Mini Dog Camera Full HD"),
        ("whistle", hg("Whistle", "ie") + " Switch GPS Tracker Smart Collar"),
        ("ruffwear", hg("Ruffwear", "ea") + " Approach Dog Backpack Pack"),
        ("petlibro", hg("Petlibro", "eo") + " Dockstream Water Fountain 2.5L"),
        ("canidae", hg("Canidae", "ae") + " Under the Sun Dog Food Lamb"),
        ("homerun", hg("Homerun", "oe") + " Pet Water Fountain 2.5L"),
        ("farmina", hg("Farmina", "a") + " Vet Life Gastrointestinal Dog Food"),
        ("sheba", hg("Sheba", "e") + " Perfect Portions Cuts in Gravy"),
        ("julius-k9", hg("Julius-K9", "K") + " Belt Harness Size 0"),
        ("dreamies", hg("Dreamies", "ea") + " Catnip Treats 60g Bag"),
        # the mark in the description only
        (
            "chuckit",
            "Rubber Fetch Ball High Bounce Dog Toy Medium",
            hg("Chuckit!", "C") + " Ultra Ball",
        ),
        (
            "sobo",
            "Aquarium Wave Maker Pump 6000L/H Submersible",
            hg("SOBO", "SO") + " WP-300M wave pump.",
        ),
        (
            "petmate",
            "Plastic Dog Crate Airline Kennel Medium",
            hg("Petmate", "ea") + " Sky Kennel.",
        ),
        ("aqueon", "Aquarium Water Heater Adjustable 100W", hg("Aqueon", "eo") + " Pro heater."),
    ],
)

LEETSPEAK = _make(
    "leetspeak",
    [
        ("sherpa", "Sh3rpa Pet Carrier Deluxe Soft Bag"),
        ("cesar", "C3sar Wet Dog Food Grilled Chicken 24x100g"),
        ("furbo", "Furb0 Treat Tossing Dog Camera 360"),
        ("whistle", "Wh1stle GPS Dog Tracker Waterproof"),
        ("seachem", "Se@chem Prime Water Conditioner 250ml"),
        ("ruffwear", "Ruffw3ar Knot-a-Leash Climbing Rope Leash"),
        ("nexgard", "N3xGard Spectra Flea Tick Worm Chews"),
        ("revolution", "Rev0luti0n Flea Drops Cats 3 Pipettes"),
        ("felix", "F3lix Kitten Pouches in Jelly 12 Pack"),
        ("canidae", "Can1dae Grain Free PURE Dog Food Lamb"),
        ("chuckit", "Chuck1t! Ultra Ball Large 2pk"),
        ("kurgo", "Kurg0 Dog Car Seat Cover Hammock"),
        ("petlibro", "P3tlibro Smart Feeder WiFi 4L"),
        ("sheba", "$heba Cat Food Pate Chicken 24 Trays"),
        ("dreamies", "Dream1es Cat Treats Salmon 60g"),
        # the mark in the description only
        ("merrick", "Lil Plates Small Breed Dog Food Chicken 4lb", "M3rrick Lil Plates genuine."),
        ("eukanuba", "Large Breed Puppy Dry Dog Food Lamb 15kg", "Euk@nuba puppy large breed."),
        ("julius-k9", "Powerharness Dog Vest Reflective Size 2", "Jul1us-K9 IDC original."),
        ("gambol", "Freeze Dried Beef Cubes Pet Treats 500g Bulk OEM", "G@mbol factory batch."),
    ],
)

SPACING = _make(
    "spacing",
    [
        ("sherpa", "S h e r p a Pet Carrier Airline Approved"),
        ("cesar", "C.E.S.A.R Dog Food Trays Lamb"),
        ("furbo", "Fur-bo Dog Camera 1080P Treat Toss"),
        ("whistle", "Whis_tle Go Explore GPS Tracker"),
        ("seachem", "Sea Chem Prime Conditioner 100ml"),
        ("ruffwear", "Ruff Wear Front Range Harness Blue"),
        ("nexgard", "Nex Gard Chewables XL Dogs 25-50kg"),
        ("revolution", "Revo" + ZW + "lution Plus Cat 5.6-11lb"),
        ("felix", "F-e-l-i-x Cat Food Pouches Multipack"),
        ("petlibro", "Pet Libro Automatic Water Fountain 2.1L"),
        ("chuckit", "Chuck It! Launcher Sport 25M"),
        ("kurgo", "K U R G O Backseat Bridge Dog Barrier"),
        ("aqueon", "Aque.on QuietFlow Filter Cartridge Medium"),
        ("iris", "爱 丽 思 猫砂盆 半封闭 大号"),
        ("sobo", "S.O.B.O Aquarium Canister Filter 1000L/H"),
        # the mark in the description only
        ("dennerle", "Aquarium Shrimp Food Pellets 40g", "Den-nerle shrimp king formula."),
        (
            "meow-mix",
            "Seafood Medley Dry Cat Food 6.3 lb",
            "Meow_Mix seafood medley, factory sealed.",
        ),
        (
            "homerun",
            "Cat Water Fountain Stainless Steel Top 3L",
            "Home-run fountain, UV sterilization.",
        ),
        (
            "luscious",
            "Dental Chew Sticks Dogs Chicken Flavor 30pcs",
            "L u s c i o u s brand dental sticks.",
        ),
    ],
)

# Misspellings in the mark's own trade are positives.
MISSPELLING = _make(
    "misspelling",
    [
        ("sherpa", "Sherpah Pet Carrier Travel Bag"),
        ("cesar", "Ceasar Dog Food Trays Beef Flavor"),
        ("furbo", "Furbbo Dog Camera Treat Dispenser"),
        ("whistle", "Whistel GPS Pet Tracker Collar"),
        ("seachem", "Seachen Prime Water Conditioner 500ml"),
        ("ruffwear", "Ruffware Dog Boots Grip Trex Set of 4"),
        ("nexgard", "Nexguard Chewables Dogs Flea Tick"),
        ("revolution", "Revoluton Cat Flea Drops 3 Pipettes"),
        ("canidae", "Canadae Grain Free Dog Food Salmon"),
        ("eukanuba", "Eukanuva Adult Dog Food 12kg"),
        ("merrick", "Merick Grain Free Dog Food Beef"),
        ("chuckit", "Chuckitt Ball Launcher Large"),
        ("petlibro", "Petlibero Automatic Pet Feeder 6L"),
        ("kurgo", "Kurgoo Dog Seat Belt Tether"),
        ("sheba", "希堡 猫罐头 鲜封包 金枪鱼"),
        ("nexgard", "尼可新 狗驱虫药 咀嚼片 中型犬"),
        # the misspelling in the description only
        (
            "dreamies",
            "Crunchy Cat Treats Cheese Flavour 60g x 8",
            "Dreamys cat treats, same as the original.",
        ),
        ("felix", "Cat Pouches Farmhouse Selection in Gravy", "Felics pouches multipack."),
        ("nature-bridge", "天然猫粮 成猫 海洋鱼 1.5kg", "比瑞机 猫粮 正品"),
        ("aqueon", "Aquarium Power Filter 30 Gallon Quiet", "Aquion quietflow filter."),
        ("dennerle", "Nano Aquarium Cube 30L Scaper Line", "Denerle Scaper's Tank style cube."),
    ],
)

# Only in the brand field (a brand field is a brand position, ordinary word or not).
BRAND_FIELD = _make(
    "brand_field",
    [
        ("sherpa", "Expandable Pet Carrier Airline Approved Medium", "", "Sherpa"),
        ("cesar", "Wet Dog Food Classic Loaf Beef 100g x 24", "", "Cesar"),
        ("marina", "Aquarium Fish Net Fine Mesh 4 inch", "", "Marina"),
        ("instinct", "Freeze Dried Raw Meals Chicken Cat Food 9.5oz", "", "Instinct"),
        ("advantage", "Flea Treatment Topical Small Cats 5-9 lbs 6 Doses", "", "Advantage II"),
        ("burns", "Adult & Senior Dog Food Lamb & Rice 12kg", "", "Burns"),
        ("fresh-step", "Clumping Cat Litter Unscented 25 lb", "", "Fresh Step"),
        ("perfect-fit", "Indoor Adult Dry Cat Food Chicken 1.4kg", "", "Perfect Fit"),
        ("gentle-leader", "No Pull Dog Headcollar Medium Red", "", "Gentle Leader"),
        ("iris", "Stackable Pet Food Storage Container Airtight 25 lb", "", "IRIS"),
        ("ada", "Aquarium Glass Cleaner Sponge Nano", "", "ADA"),
        ("chris-christensen", "Buttercomb Pet Grooming Comb 7.5 inch", "", "Chris Christensen"),
        ("haozhuren", "猫粮 成猫 鸡肉味 2kg 包邮", "", "好主人"),
        ("luscious", "鸡肉干 狗狗零食 训练奖励 500g", "", "路斯"),
        ("petpal", "宠物咬胶 洁齿骨 中型犬 10支", "", "佩蒂"),
        ("hoopet", "狗狗外出包 宠物背包 透气 便携", "", "华元"),
        ("nourse", "猫咪营养膏 120g 增肥 发腮", "", "卫仕"),
        ("yiyi", "Pet Diapers Female Dog Disposable Medium 12pcs", "", "Yiyi"),
        ("karlie", "Cat Tunnel Collapsible 3 Way Crinkle Play", "", "Karlie"),
        ("sleepypod-air", "Airline Compliant Pet Carrier Expandable Sides", "", "Sleepypod"),
    ],
)

# Only in the image: a copy of the right's reference picture; the text is clean.
IMAGE = _make(
    "image",
    [
        ("wanpy", "鸡胸肉干 宠物零食 磨牙 1kg 批发"),
        ("wanpy", "Chicken Jerky Dog Treats 500g Wholesale"),
        ("nature-bridge", "全价成猫粮 2kg 深海鱼 批发"),
        ("luscious", "Duck Jerky Dog Treats 200g OEM"),
        ("sobo", "3 in 1 Aquarium Internal Filter Pump 800L/H"),
        ("gambol", "冻干鸡肉粒 猫零食 100g"),
        ("revolution", "Topical Flea Drops Cats 3 Pipettes"),
        ("nexgard", "Beef Flavored Chewable Tablets Dogs 3 Count"),
        ("cesar", "Wet Dog Food Trays Variety 12 Pack"),
        ("cesar", "小型犬 湿粮 餐盒 100g 整箱"),
        ("sherpa", "Soft Pet Carrier Airline Approved Black"),
        ("sherpa", "Pet Travel Bag Mesh Sides Medium Size"),
        ("whistle", "GPS Dog Tracker Activity Monitor Waterproof"),
        ("seachem", "Aquarium Water Conditioner Dechlorinator 250ml"),
        ("ruffwear", "Padded Dog Harness Five Points Adjustable"),
        ("furbo", "Wifi Pet Camera Treat Tossing Two Way Audio"),
        ("furbo", "Dog Camera 360 Rotating Night Vision Treat Dispenser"),
        ("scoopfree", "Self Cleaning Litter Box Automatic Rake"),
        ("hepper-pod", "Round Cat Pod Bed Ball Shaped Plastic Shell"),
        ("hepper-pod", "Modern Cat Bed Dome Washable Cushion"),
    ],
    image=True,
)

# Two rights, one right under two evasions, or a mark on an accessory for a named device
# (the device's right joins only with the compatibility switch off).
MIXED = _mixed(
    [
        ("cesar", "Cesar Sheba Wet Food Mixed Bundle Cats and Dogs", "", ("cesar", "sheba"), None),
        (
            "felix",
            "Felix Pouches and Dreamies Treats Cat Gift Set",
            "",
            ("felix", "dreamies"),
            None,
        ),
        (
            "nexgard",
            "NexGard & Revolution Flea Tick Combo Pack",
            "",
            ("nexgard", "revolution"),
            None,
        ),
        (
            "ruffwear",
            "Ruffwear Harness + Kurgo Seat Belt Tether Travel Set",
            "",
            ("ruffwear", "kurgo"),
            None,
        ),
        (
            "seachem",
            "Seachem Flourish and Dennerle Plant Fertilizer Set",
            "",
            ("seachem", "dennerle"),
            None,
        ),
        (
            "ruffwear",
            "Ruffwear Dog Light fits Julius-K9 IDC Harness",
            "",
            ("ruffwear",),
            ("ruffwear", "julius-k9"),
        ),
        (
            "petlibro",
            "Petlibro Replacement Filters for Homerun Fountain",
            "",
            ("petlibro",),
            ("petlibro", "homerun"),
        ),
        (
            "seachem",
            "Seachem Matrix Bio Media for Aqueon QuietFlow Filter",
            "",
            ("seachem",),
            ("seachem", "aqueon"),
        ),
        (
            "sobo",
            "SOBO Air Pump works with Marina Breeder Box",
            "",
            ("sobo",),
            ("sobo", "marina"),
        ),
        ("cesar", "C3sar 西莎 狗罐头 牛肉 100g", "", ("cesar",), None),
        ("nexgard", "N3xGard 尼可信 驱虫 咀嚼片 大型犬", "", ("nexgard",), None),
        ("wanpy", "顽皮 W@npy 鸭肉干 狗零食 1kg", "", ("wanpy",), None),
        ("furbo", "Fürbo F-u-r-b-o Dog Camera Treat Toss 1080p", "", ("furbo",), None),
        ("gambol", "乖宝 顽皮 同款 冻干 猫零食 组合装", "", ("gambol", "wanpy"), None),
        ("sheba", "希宝 西莎 猫狗湿粮 组合装 24袋", "", ("sheba", "cesar"), None),
        ("pro-plan", "冠能 优卡 狗粮 试吃装 6包", "", ("pro-plan", "eukanuba"), None),
        ("iris", "爱丽思 猫砂盆 + Fresh Step 猫砂 套装", "", ("iris", "fresh-step"), None),
        (
            "perfect-fit",
            "Perfect Fit Indoor Dry Food + Felix Pouches Value Bundle",
            "",
            ("perfect-fit", "felix"),
            None,
        ),
        # the group's mark in the description only
        (
            "canidae",
            "Merrick Grain Free Sample Pack Dog Food 6 Flavours",
            "Bundle also has Canidae Pure samples.",
            ("canidae", "merrick"),
            None,
        ),
        (
            "sherpa",
            "Kurgo Zippered Seat Cover and Travel Carrier Set",
            "Carrier is a Sherpa Original Deluxe.",
            ("sherpa", "kurgo"),
            None,
        ),
    ]
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

# Compatibility wording naming a device: legitimate by default; the device's right is expected
# only with the switch off.
COMPAT = _make(
    "compat",
    [
        ("furbo", "Wall Mount Bracket for Furbo Dog Camera"),
        ("furbo", "Silicone Protective Cover compatible with Furbo 360 Camera"),
        ("furbo", "Treat Refill Bag Small Kibble fits Furbo Dog Camera"),
        ("furbo", "替换 Furbo 摄像头 零食仓 盖子 2个"),
        ("petlibro", "Replacement Filters for Petlibro Water Fountain 8 Pack"),
        ("petlibro", "Desiccant Bags compatible for Petlibro Automatic Feeder"),
        ("petlibro", "适用于 Petlibro 宠物饮水机 滤芯 6片装"),
        ("homerun", "Carbon Filter Replacement for Homerun Pet Fountain PH01"),
        ("homerun", "霍曼饮水机 适用 替换滤芯 4片"),
        ("homerun", "Homerun compatible Foam Pre-Filter Sponges 10pcs"),
        ("scoopfree", "Disposable Crystal Litter Trays compatible with ScoopFree Box 3 Pack"),
        ("scoopfree", "Replacement Rake Motor for ScoopFree Self-Cleaning Box"),
        ("scoopfree", "Privacy Hood designed to fit ScoopFree Litter Box"),
        ("sleepypod-air", "Waterproof Pad Insert designed to fit Sleepypod Air Carrier"),
        ("sleepypod-air", "Shoulder Strap Replacement for Sleepypod Air"),
        ("hepper-pod", "Replacement Cushion for Hepper Pod Bed Grey"),
        ("hepper-pod", "Plush Fleece Liner fits Hepper Pod Cat Bed"),
        ("easy-walk", "Padded Strap Covers for Easy Walk Harness 4pcs"),
        ("easy-walk", "Replacement Buckle works with Easy Walk Harness Medium"),
        ("easy-walk", "适用 Easy Walk 胸背带 替换扣 2个"),
        ("gentle-leader", "Nose Loop Padding for Gentle Leader Headcollar"),
        ("gentle-leader", "Replacement Neck Strap compatible with Gentle Leader Size L"),
        ("julius-k9", "Custom Name Patches for Julius-K9 Harness Hook and Loop 2pcs"),
        ("julius-k9", "Reflective Side Labels fits Julius K9 IDC Powerharness"),
        ("julius-k9", "兼容 Julius-K9 胸背带 定制名字贴 魔术贴"),
        ("ruffwear", "Replacement Leash Clip for Ruffwear Front Range Harness"),
        ("ruffwear", "Dog Boot Liners designed to fit Ruffwear Grip Trex"),
        ("kurgo", "Replacement Carabiner for Kurgo Seat Belt Tether"),
        ("kurgo", "Seat Anchor Hooks compatible with Kurgo Loft Cover"),
        ("chuckit", "Tennis Balls for Chuckit Launcher 12 Pack"),
        ("chuckit", "Rubber Balls compatible with Chuckit! Ball Launcher Medium"),
        ("chuckit", "Chuckit compatible Glow Balls 2.5 inch 6pcs"),
        ("chuckit", "适配 Chuckit 抛球器 的 发光球 3个装"),
        ("sherpa", "Replacement Mat fits Sherpa Original Deluxe Carrier Medium"),
        ("sherpa", "Carrier Shoulder Pad for Sherpa Pet Carrier"),
        ("whistle", "Silicone Collar Holder for Whistle Go Explore Tracker"),
        ("whistle", "Charging Cable Replacement for Whistle GPS Tracker"),
        ("whistle", "Whistle 3 compatible Collar Attachment Clip 2 Pack"),
        ("aqueon", "Filter Cartridges for Aqueon QuietFlow 10 Medium 12 Pack"),
        ("aqueon", "Replacement Impeller compatible for Aqueon QuietFlow 20"),
        ("marina", "Filter Cartridge for Marina Slim S15 Filter 3pcs"),
        ("marina", "Replacement Air Stones works with Marina 200 Air Pump"),
        ("sobo", "适用于松宝 鱼缸过滤器 叶轮 替换配件"),
        ("sobo", "适配松宝过滤桶 生化棉 6片"),
        ("sobo", "Impeller Shaft Replacement for SOBO WP-3880F Pump"),
        ("dennerle", "CO2 Disposable Cylinder compatible with Dennerle Bio System"),
        ("dennerle", "Spare Suction Cups for Dennerle Nano Corner Filter"),
        ("ada", "Glass Lily Pipe Set designed to fit ADA 60P Tank"),
        ("ada", "Leveling Mat fits ADA Cube Garden 45P"),
        ("iris", "适用于爱丽思 猫砂盆 除臭 过滤网 3片"),
        ("iris", "Replacement Liner for IRIS Top Entry Litter Box"),
        ("petmate", "Replacement Door for Petmate Vari Kennel 36 inch"),
        ("petmate", "Bolts and Wing Nuts Set compatible with Petmate Sky Kennel"),
        ("hoopet", "兼容华元宠具 背包 替换 肩带"),
    ],
)

# The mark inside a longer Latin word, or across a Chinese word boundary.
INSIDE_WORD = _make(
    "inside_word",
    [
        ("advantage", "Disadvantaged Youth Charity Wristband Silicone"),
        ("instinct", "Instinctive Archery Recurve Bow Beginner"),
        # "revolutionary" is a word of its own, even in the pet trade.
        ("revolution", "Revolutionary Self-Cleaning Slicker Brush Dogs"),
        ("iris", "Irish Setter Dog Figurine Porcelain"),
        ("iris", "Irish Wolfhound Engraved Dog Tag Stainless"),
        ("marina", "Marinara Sauce Jar 680g Italian Style"),
        ("marina", "Marinade Injector Stainless Steel BBQ"),
        ("whistle", "Whistler Mountain Souvenir Keychain"),
        ("felix", "Felixstowe Port Container Model Truck 1:50"),
        ("burns", "Sideburns Trimmer Guide Comb Set"),
        ("sheba", "The Whole Shebang Party Banner Gold"),
        ("cesar", "Cesarean Recovery Belt Postpartum Support"),
        ("gambol", "Gamboling Lambs Wall Art Print Nursery"),
        ("ada", "Canada Day Dog Bandana Red Maple Leaf"),
        ("ada", "USB-C Travel Adapter 65W Universal"),
        ("ada", "Adagio Music Box Ballerina Wind Up"),
        ("perfect-fit", "Perfect Fitness Push Up Bars Non Slip"),
        ("easy-walk", "Easy Walker Pram Rain Cover Universal"),
        ("pro-plan", "Pro Planner Notebook 2027 Weekly A5"),
        ("gentle-leader", "Gentle Leadership Workbook for Managers"),
        ("merrick", "Merrickville Ontario Canal Postcard Set"),
        ("furbo", "Furbolg Warrior Miniature Tabletop 32mm"),
        ("homerun", "Homerunner Baseball Card Binder 360 Pockets"),
        ("revolution", "Revolutionist Vintage Poster Print A3"),
        ("gambol", "乖宝宝 婴儿口水巾 纯棉 5条装"),
        ("gambol", "乖宝贝 宠物项圈 刻字 名字牌"),
        ("sobo", "轻松宝典 新手养鱼 入门书"),
        ("sobo", "放松宝贝 猫咪安抚玩具 毛绒"),
        ("hoopet", "中华元宵节 灯笼 手工 DIY 材料包"),
        ("hoopet", "繁华元素 复古 宠物餐垫 防滑"),
        ("haozhuren", "当好主人翁 宣传海报 定制"),
    ],
)

# A mark that is also an ordinary word (or a name, a place, another holder's name), used as
# that: not a brand position.
GENERIC_WORD = _make(
    "generic_word",
    [
        # sherpa fleece is the fabric, not the maker of the bed
        ("sherpa", "Sherpa Lined Dog Bed Calming Round Plush"),
        ("sherpa", "Sherpa Fleece Throw Blanket Dogs 50x60 inch"),
        ("sherpa", "Nepal Sherpa Guide Everest Base Camp Photo Book"),
        ("sherpa", "猫窝 冬季 Sherpa 羊羔绒 保暖 垫子"),
        ("marina", "Marina Bay Singapore Skyline Fridge Magnet"),
        ("marina", "Boat Marina Dock Bumper Fender White"),
        ("marina", "Marina Name Necklace Gold Plated Personalized"),
        # a dog whistle is the product itself
        ("whistle", "Dog Training Whistle Ultrasonic Adjustable Pitch"),
        ("whistle", "Referee Whistle Stainless Steel with Lanyard"),
        ("whistle", "Tin Whistle D Key Penny Whistle Beginner"),
        ("felix", "Felix Name Keychain Engraved Wooden Boy Gift"),
        ("felix", "Felix the Cat Vintage Cartoon T-Shirt"),
        ("canidae", "Canidae Family Wolves Foxes Educational Poster"),
        ("canidae", "Wild Canidae Skull Replica Fox Museum Quality"),
        ("instinct", "Survival Instinct Novel Paperback"),
        # the cat's hunting instinct, not the pet-food maker
        ("instinct", "Hunting Instinct Cat Teaser Wand Feather Toy"),
        ("advantage", "Competitive Advantage Business Strategy Book"),
        ("advantage", "Home Advantage Football Supporter Scarf"),
        ("burns", "Robert Burns Poems Collected Edition Hardcover"),
        ("burns", "First Aid Gel Minor Burns and Scrapes 50g"),
        ("merrick", "Joseph Merrick Elephant Man Biography"),
        ("karlie", "Karlie Name Bracelet Sterling Silver Girl"),
        ("gentle-leader", "Be a Gentle Leader Parenting Book for Dads"),
        ("fresh-step", "Take a Fresh Step Motivational Wall Poster"),
        # fit of the harness, not the cat-food mark
        ("perfect-fit", "Adjustable Dog Harness Perfect Fit Soft Mesh Vest"),
        ("perfect-fit", "Perfect Fit Fitted Bed Sheet Queen Deep Pocket"),
        ("ada", "ADA Compliant Grab Bar Stainless 24 inch"),
        ("ada", "Ada Lovelace Portrait Poster Women in Science"),
        ("ada", "ADA Accepted Toothbrush Soft Bristle Adult"),
        ("iris", "Iris Flower Bulbs Bearded Mixed Colors 10pcs"),
        ("iris", "Camera Iris Diaphragm Adjustable Aperture 1.5-24mm"),
        ("iris", "Blue Iris Embroidered Dog Bandana Cotton"),
        ("homerun", "Hit a Homerun Baseball Kids T-Shirt"),
        ("sheba", "Queen of Sheba Ethiopian Art Canvas Print"),
        ("cesar", "Cesar Chavez Biography Paperback"),
        # a dog trainer sharing the name, not the dog-food mark
        ("cesar", "Cesar Millan Dog Training Book Pack Leader"),
        ("gambol", "Lambs Gambol in Spring Nursery Rhyme Picture Book"),
        ("luscious", "Lipstick Matte Luscious Red Shade Long Lasting"),
        ("luscious", "Dark Chocolate Truffles Gift Box Rich and Luscious"),
        ("nature-bridge", "Aquarium Ornament Nature Bridge Arch Resin Rock"),
        ("revolution", "Industrial Revolution History Poster Classroom"),
        ("revolution", "French Revolution Strategy Board Game"),
        ("easy-walk", "Easy Walk Trails Guidebook Lake District"),
        ("yiyi", "Yi Yi 2000 Taiwan Film Poster Vintage"),
        ("yiyi", "依依不舍 毕业纪念册 手绘"),
        ("yiyi", "杨柳依依 山水画 装饰画 客厅"),
        ("yiyi", "宝宝名字 依依 定制 银手镯"),
        # 顽皮豹 is the Pink Panther; 顽皮 as the adjective "naughty"
        ("wanpy", "顽皮豹 粉红豹 卡通 T恤"),
        ("wanpy", "顽皮小猫 卡通 抱枕 可爱"),
        ("wanpy", "顽皮狗狗 表情包 贴纸 50张"),
        ("haozhuren", "做个好主人 新手养猫指南 书籍"),
        ("gambol", "我家乖宝 宠物照片 定制 抱枕"),
    ],
)

# A common word one edit from a mark (or a mark's misspelling), used normally.
COMMON_WORD = _make(
    "common_word",
    [
        ("sheba", "Shiba Inu Plush Toy Soft Stuffed Dog 30cm"),
        ("sheba", "Shiba Inu Harness Small Dog Adjustable"),
        ("cesar", "Caesar Salad Dressing Creamy 350ml"),
        ("cesar", "Julius Caesar Bust Statue Resin"),
        ("farmina", "Farming Simulator Toy Tractor Set"),
        ("farmina", "Vertical Farming Hydroponic Tower 30 Pots"),
        ("kurgo", "Cargo Liner SUV Dog Hair Waterproof"),
        ("kurgo", "Cargo Pants Men Tactical Cotton"),
        ("nourse", "Nurse Scrubs Set Women V-Neck"),
        ("nourse", "Nurse Watch Silicone Fob Clip"),
        ("furbo", "Turbo Blower Dryer Dogs 2800W"),
        ("whistle", "Whittle Wood Carving Knife Kit"),
        ("whistle", "Thistle Seed Bird Feeder Hanging Finch"),
        ("felix", "Felis Silvestris Wildcat Figurine"),
        ("revolution", "Evolution of Dogs Educational Chart"),
        ("burns", "Burnt Orange Dog Collar Leather"),
        ("burns", "Hot Dog Buns Squeaky Toy Plush"),
        ("merrick", "Oil Derrick Model Desk Ornament"),
        ("marina", "Marine Aquarium Salt 25kg Reef"),
        ("marina", "Marine Rope Dog Leash Braided"),
        ("marina", "Ave Maria Music Box Wooden"),
        ("ada", "Aida Cloth Cross Stitch 14 Count"),
        ("sobo", "Soho Loft Dog Bed Rectangular"),
        ("petpal", "Pen Pal Letter Writing Set Kids"),
        ("petpal", "Pet Pad Heated Mat 45x45cm"),
        ("petmate", "Pet Mat Waterproof Feeding Placemat Silicone"),
        ("nourse", "护齿卫士 宠物牙刷 指套"),
        ("nourse", "宠物 卫生 清洁湿巾 80抽"),
        ("haozhuren", "好主意 创意 礼物盒 生日"),
        ("wanpy", "调皮猫 逗猫棒 羽毛 铃铛"),
        ("gambol", "乖巧 小狗 摆件 树脂"),
        ("sobo", "松果造型 猫抓板 瓦楞纸"),
        ("pro-plan", "冠军 犬 奖杯 宠物比赛"),
        ("cesar", "西沙群岛 风景 明信片"),
        ("sheba", "希望之星 宠物领养 公益 T恤"),
        ("iris", "爱丽丝梦游仙境 猫 摆件"),
        ("revolution", "Evolution Cat Tree Tower Modular"),
    ],
)

# Ordinary listings: no mark anywhere.
CLEAN = _make(
    "clean",
    [
        ("", "Wholesale Nylon Dog Leash 1.5m Reflective Stitching Custom Logo"),
        ("", "Retractable Dog Leash 5m Tape One Button Brake"),
        ("", "Adjustable Cat Harness and Leash Set Escape Proof Vest"),
        ("", "Padded Dog Collar Genuine Leather Brass Buckle"),
        ("", "Martingale Collar Greyhound Wide Nylon"),
        ("", "Hands Free Running Leash Bungee Waist Belt"),
        ("", "Double Dog Leash Coupler Tangle Free Swivel"),
        ("", "Tactical Dog Harness Molle Vest Large Breed"),
        ("", "Personalized Dog Tag Stainless Steel Laser Engraved"),
        ("", "LED Light Up Dog Collar USB Rechargeable"),
        ("", "Orthopedic Memory Foam Dog Bed Removable Cover XL"),
        ("", "Elevated Cooling Dog Cot Breathable Mesh"),
        ("", "Donut Calming Cat Bed Faux Fur 50cm"),
        ("", "Cave Cat Bed Felt Handmade Wool"),
        ("", "Window Perch Cat Hammock Suction Cups"),
        ("", "Heated Pet Pad Waterproof Chew Resistant Cord"),
        ("", "Waterproof Dog Bed Liner Zipper 90x60cm"),
        ("", "Foldable Pet Playpen 8 Panel Metal 80cm"),
        ("", "Rolling Pet Stroller Three Wheels Cup Holder"),
        ("", "Expandable Cat Backpack Bubble Window"),
        ("", "Hard Shell Pet Crate Plastic Two Door"),
        ("", "Collapsible Soft Dog Crate Travel Indoor"),
        ("", "Dog Car Booster Seat Console Small Breeds"),
        ("", "Aquarium Canister Filter 5 Stage 1200L/H Quiet"),
        ("", "Hang On Back Filter Slim 60 Gallon Adjustable Flow"),
        ("", "Sponge Filter Double Head Shrimp Fry Tank"),
        ("", "Submersible Aquarium Heater 300W Auto Thermostat"),
        ("", "Full Spectrum LED Aquarium Light 90cm Planted Tank"),
        ("", "Ceramic Rings Bio Media 500g Filter Bag"),
        ("", "Aquarium Gravel Vacuum Siphon Cleaner Hand Pump"),
        ("", "Magnetic Glass Algae Scraper Floating"),
        ("", "Rimless Low Iron Glass Tank 45x30x30"),
        ("", "Aquarium Air Pump Dual Outlet Silent 4W"),
        ("", "Driftwood Spider Wood Natural Aquascape"),
        ("", "Dragon Stone Aquascape Rock 5kg Mixed Sizes"),
        ("", "Automatic Fish Feeder Timer Battery Vacation"),
        ("", "Aquarium Test Strips 7 in 1 Ammonia Nitrite pH"),
        ("", "Tofu Cat Litter Flushable Green Tea 6L"),
        ("", "Bentonite Clumping Cat Litter Lavender 10kg"),
        ("", "Silica Crystal Cat Litter Odor Control 3.8L"),
        ("", "Pine Pellet Cat Litter Natural 20 lb"),
        ("", "Top Entry Litter Box with Grid Lid"),
        ("", "Litter Mat Double Layer Honeycomb Trapping"),
        ("", "Metal Litter Scoop Deep Shovel Long Handle"),
        ("", "Self Cleaning Slicker Brush Push Button"),
        ("", "Deshedding Tool Stainless Blade Short Hair"),
        ("", "Pet Nail Grinder Quiet 2 Speed LED Light"),
        ("", "Dog Nail Clippers Safety Guard Large Breed"),
        ("", "Professional Grooming Table Foldable Arm"),
        ("", "Pet Grooming Vacuum Kit 5 Tools Low Noise"),
        ("", "Oatmeal Dog Shampoo Sensitive Skin 500ml"),
        ("", "Waterless Cat Shampoo Foam Rinse Free"),
        ("", "Dog Toothbrush Finger Kit Enzymatic Paste"),
        ("", "Grooming Gloves Silicone Pet Hair Remover Pair"),
        ("", "Grain Free Salmon Dry Cat Food 2kg OEM Private Label"),
        ("", "Freeze Dried Chicken Hearts Cat Treats 100g"),
        ("", "Beef Tendon Dog Chews Natural Air Dried"),
        ("", "Yak Cheese Dog Chews Himalayan Hard Large"),
        ("", "Puppy Milk Replacer Powder Goat Milk 400g"),
        ("", "Lickable Cat Treats Tuna Puree 15g x 20"),
        ("", "Stainless Steel Dog Bowl Non Slip Base Set of 2"),
        ("", "Slow Feeder Dog Bowl Maze Anti Gulping"),
        ("", "Ceramic Raised Cat Bowl Tilted Whisker Friendly"),
        ("", "Automatic Pet Feeder 4L Timed Portion Control"),
        ("", "Cat Water Fountain 2.5L Ultra Quiet Pump"),
        ("", "Squeaky Plush Dog Toy Duck No Stuffing"),
        ("", "Interactive Puzzle Feeder Dog Toy Level 2"),
        ("", "Tug Rope Toy Cotton Knots Heavy Chewer"),
        ("", "Cat Scratching Post Tall Sisal 80cm"),
        ("", "Multi Level Cat Tree Condo Hammock 150cm"),
        ("", "Catnip Toys Mice Set of 6 Organic"),
        ("", "Feather Teaser Wand Replacement Heads Bell"),
        ("", "Dog Raincoat Hooded Reflective Waterproof"),
        ("", "Knitted Dog Sweater Winter Turtleneck"),
        ("", "Dog Cooling Vest Summer Evaporative"),
        ("", "Dog Boots Anti Slip Rubber Sole Set of 4"),
        ("", "Poop Bag Dispenser Leash Clip 15 Rolls"),
        ("", "Pet Hair Lint Roller Reusable Washable"),
        ("", "Hamster Cage Two Storey Wheel Included"),
        ("", "Bird Cage Stand Large Flight Parrot"),
        ("", "Rabbit Hay Feeder Wall Mounted Metal"),
        ("", "Reptile Heat Lamp Ceramic 100W Holder"),
        # Chinese
        ("", "狗狗牵引绳 反光 尼龙 1.5米 可定制"),
        ("", "伸缩牵引绳 5米 一键刹车 中小型犬"),
        ("", "猫咪胸背带 防挣脱 工字型 遛猫绳"),
        ("", "真皮狗项圈 铜扣 大型犬 复古"),
        ("", "宠物狗窝 四季通用 可拆洗 大号"),
        ("", "猫窝 冬季保暖 半封闭 毛绒 猫屋"),
        ("", "行军床 宠物 离地 透气 网布"),
        ("", "猫咪吊床 窗户 吸盘 承重 20斤"),
        ("", "宠物航空箱 托运 中号 双门"),
        ("", "猫包 外出 便携 太空舱 双肩背"),
        ("", "狗狗推车 三轮 可折叠 轻便"),
        ("", "宠物围栏 8片 金属 可折叠"),
        ("", "鱼缸过滤器 外置 过滤桶 静音 1200L"),
        ("", "鱼缸加热棒 防爆 自动恒温 300W"),
        ("", "水草灯 全光谱 LED 鱼缸灯 60cm"),
        ("", "增氧泵 双孔 静音 养鱼 打氧机"),
        ("", "生化球 细菌屋 陶瓷环 过滤材料 500g"),
        ("", "鱼缸 超白玻璃 缸 45cm 造景"),
        ("", "换水器 鱼缸 吸便器 手动 洗沙"),
        ("", "沉木 杜鹃根 水草造景 天然"),
        ("", "豆腐猫砂 绿茶味 6L 可冲厕所"),
        ("", "膨润土猫砂 结团 除臭 10kg"),
        ("", "水晶猫砂 硅胶 吸附 3.8L"),
        ("", "猫砂盆 顶入式 防外溅 特大号"),
        ("", "猫砂铲 金属 加深 长柄"),
        ("", "宠物梳子 针梳 一键去毛 猫狗通用"),
        ("", "宠物磨甲器 静音 电动 指甲剪"),
        ("", "宠物吹水机 大功率 双电机 美容店"),
        ("", "狗狗沐浴露 燕麦 低敏 500ml"),
        ("", "宠物牙刷 牙膏 套装 指套"),
        ("", "冻干鸡心 猫零食 100g 工厂 OEM"),
        ("", "牛筋骨 狗咬胶 风干 磨牙"),
        ("", "猫条 金枪鱼 15g 20支 营养"),
        ("", "无谷 三文鱼 猫粮 2kg 贴牌代工"),
        ("", "不锈钢 狗碗 防滑 双碗"),
        ("", "慢食碗 防噎 迷宫 狗碗"),
        ("", "自动喂食器 定时 4L 猫狗通用"),
        ("", "猫咪饮水机 循环 静音 2.5L"),
        ("", "猫爬架 大型 实木 剑麻柱 150cm"),
        ("", "逗猫棒 羽毛 替换头 铃铛"),
        ("", "狗狗雨衣 连帽 反光 防水"),
        ("", "狗狗鞋子 防滑 软底 4只装"),
        ("", "捡便袋 可降解 15卷 带挂扣"),
        ("", "仓鼠笼 双层 跑轮 别墅"),
        ("", "Pet Grooming Scissors Set Thinning 6 inch", "宠物美容剪 平剪 牙剪 套装"),
        ("", "Dog Training Clicker with Wrist Strap 3 Pack", "训练响片 3个装"),
    ],
)
