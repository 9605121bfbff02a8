"""The hand-written listings of the ninth held-out corpus.

Every listing is written by hand; ``hg()``, ``gk()`` and ``fw()`` only spell the named
letters as Cyrillic or Greek look-alikes, or a text in full-width forms, and ``ZW`` is a
zero-width space. Groups and expected rights are written without their ``r9-`` prefix.
Borderline calls are commented where they are written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ZW = "\u200b"
_CYRILLIC = dict(zip("aeocpxiysjABCEHKMOPTXIS", "аеосрхіуѕјАВСЕНКМОРТХІЅ", strict=True))
_GREEK = dict(zip("ABEHIKMNOPTXYZov", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖον", strict=True))


def hg(word: str, letters: str) -> str:
    """``word`` with the named letters spelled as Cyrillic look-alikes."""
    return "".join(_CYRILLIC[c] if c in letters else c for c in word)


def gk(word: str, letters: str) -> str:
    """``word`` with the named letters spelled as Greek look-alikes."""
    return "".join(_GREEK[c] if c in letters else c for c in word)


def fw(text: str) -> str:
    """``text`` in full-width forms (a space becomes an ideographic space)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class L:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


def _ids(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(f"r9-{v}" for v in value.split(";") if v)


def _case(case: str) -> Callable[..., L]:
    def make(
        group: str,
        title: str,
        description: str = "",
        brand: str = "",
        expected: str | None = None,
        without: str | None = None,
    ) -> L:
        return L(
            case,
            f"r9-{group}" if group else "",
            title,
            description,
            brand,
            _ids(expected),
            _ids(without),
            case == "image",
        )

    return make


exact = _case("exact")
alias = _case("alias")
chinese = _case("chinese")
case_width = _case("case_width")
accent = _case("accent")
homoglyph = _case("homoglyph")
leetspeak = _case("leetspeak")
spacing = _case("spacing")
misspelling = _case("misspelling")
brand_field = _case("brand_field")
image = _case("image")
mixed = _case("mixed")
compat = _case("compat")
inside_word = _case("inside_word")
generic_word = _case("generic_word")
common_word = _case("common_word")


def clean(title: str, description: str = "", brand: str = "") -> L:
    return L("clean", "", title, description, brand)


POSITIVES: list[L] = [
    # exact: the mark as registered, in a brand position
    exact("royal-canin", "Royal Canin Indoor Adult Dry Cat Food 10kg Bag"),
    exact("pepsi", "Pepsi Cola 330ml Cans x 24 Export Pallet Pricing", brand="OEM"),
    # A badge named after the car, without a compatibility phrase, uses the mark.
    exact("hyundai", "Hyundai Tucson 2022 Front Grille Emblem Chrome"),
    exact("iwc", "IWC Portugieser Chronograph 41mm Blue Dial Men's Watch"),
    exact("mammut", "Mammut Ducan High GTX Hiking Boots Men"),
    exact("minecraft", "Minecraft Creeper Plush Toy 25cm Green"),
    exact("giant", "Giant TCR Advanced Carbon Road Bike Frame 2024"),
    exact("vichy", "Vichy Mineral 89 Hyaluronic Booster Serum 50ml"),
    exact("cherry", "Cherry KC 1000 Wired Office Keyboard USB"),
    exact("shure", "Shure SM58 Dynamic Vocal Microphone Cardioid"),
    exact("cartier", "Cartier Love Bracelet 18K Rose Gold Plated"),
    exact("bunch-o-balloons", "Bunch O Balloons Self-Sealing Water Balloons 3 Stems"),
    exact("creed", "Creed Aventus Eau de Parfum 100ml Men"),
    exact("bugaboo", "Bugaboo Fox 5 Stroller Complete Black Chassis"),
    exact("kobalt", "Kobalt 24V Max Brushless Drill Driver Kit"),
    exact("ego", "EGO 56V ARC Lithium 5.0Ah Battery Pack"),
    exact("sk-ii", "SK-II Facial Treatment Essence 230ml"),
    exact("chrome-hearts", "Chrome Hearts Cross Patch Trucker Hat"),
    exact(
        "raspberry-pi",
        "Single Board Computer 8GB RAM Quad Core Starter Kit",
        "Genuine Raspberry Pi 5 board with 27W supply, case and 64GB card.",
    ),
    exact(
        "kn",
        "High Flow Reusable Air Filter Drop-In Washable",
        "K&N 33-2304 high-flow filter, washable cotton gauze, lifetime use.",
    ),
    exact(
        "jellycat",
        "Bashful Bunny Plush Soft Toy Medium 31cm Beige",
        "Jellycat Bashful Bunny with original hang tag, wholesale lot of 12.",
    ),
    exact(
        "vivienne-westwood",
        "Saturn Orb Pearl Choker Necklace Silver",
        "Vivienne Westwood orb pearl necklace, comes with logo box and dust bag.",
    ),
    exact(
        "turtle-wax",
        "Hybrid Ceramic Spray Coating Car Wax 680ml",
        "Turtle Wax Hybrid Solutions ceramic spray, 12 bottles per carton.",
    ),
    exact(
        "audemars-piguet",
        "Royal Oak Selfwinding 41mm Steel Blue Dial",
        "Audemars Piguet Royal Oak, automatic movement, full set with box and papers.",
    ),
    # alias: a Latin alias (for Chinese marks, their Latin name)
    alias("godox", "Godox V1 Round Head Speedlite TTL Flash 2.4G"),
    alias("gundam", "Gundam RX-78-2 Master Grade 1/100 Model Kit"),
    alias("tsingtao", "Tsingtao Beer 330ml x 24 Cans Export Lager"),
    alias("niu", "NIU NQi GTS Electric Scooter 72V Lithium"),
    alias("muji", "MUJI Aroma Diffuser Ultrasonic Large Wood Grain"),
    alias("imoo", "imoo Z7 Kids 4G Smart Watch Video Call"),
    alias("feihe", "Firmus Stage 3 Toddler Milk Formula 800g"),
    alias("audio-technica", "Audio Technica ATH-M50x Studio Monitor Headphones"),
    # Merchandise bearing the mark is a use of it.
    alias("pepsi", "Pepsi-Cola Vintage Metal Tin Sign 30x40cm"),
    alias("iwc", "IWC Schaffhausen Pilot's Watch Mark XX Steel Bracelet"),
    alias("jack-wolfskin", "JackWolfskin Texapore Waterproof Jacket Men Outdoor"),
    alias("paw-patrol", "PawPatrol Chase Ride-On Toy Car Kids"),
    alias("cherry", "Cherry MX Red Linear Switches 5-Pin 90pcs"),
    alias("mobil", "Mobil 1 0W-40 Fully Synthetic Engine Oil 4L"),
    # "AP" names the maker of a watch: a brand position, "style" does not launder it.
    alias("audemars-piguet", "AP Royal Oak Offshore Style Chronograph Rubber Strap Watch"),
    alias("vivienne-westwood", "Westwood Saturn Orb Earrings Enamel Silver Plated"),
    alias("freesip", "Owala Insulated Bottle 24oz Stainless Sip Spout"),
    alias(
        "kn",
        "Cold Air Intake Kit Polished Aluminium Pipe Universal 3in",
        "K&N Filters style cone filter included, oiled cotton media.",
    ),
    alias(
        "chaoneng",
        "Natural Soap Laundry Powder 1.8kg Family Pack",
        "Chaoneng brand soap powder, low foam, 8 bags per carton.",
    ),
    alias(
        "truecolor",
        "Gel Ink Pens 0.5mm Black 12pcs Office",
        "Truecolor gel pen, smooth writing, school supply, MOQ 100 boxes.",
    ),
    alias(
        "sanyuan",
        "UHT Whole Milk 250ml x 24 Brick Pack",
        "Sanyuan pure milk from Beijing dairy farms, export carton.",
    ),
    alias(
        "wishbone-chair",
        "Y Back Dining Chair Solid Ash Natural Cord Seat",
        "Replica of the CH24, hand-woven paper cord seat, 1:1 size.",
    ),
    # chinese: a Chinese mark or a Chinese alias
    chinese("chaoneng", "超能 天然皂粉 洗衣粉 1.8kg 批发"),
    chinese("feihe", "飞鹤 星飞帆 3段 婴幼儿配方奶粉 700g"),
    # 小天才 naming the watch itself (not "fits"): the maker's mark.
    chinese("imoo", "小天才电话手表 儿童4G定位 防水 视频通话"),
    chinese("godox", "神牛 机顶闪光灯 高速同步 单反通用"),
    chinese("muji", "无印良品 超声波香薰机 大容量 木纹"),
    chinese("gundam", "高达 1/100 强袭自由 拼装模型 成品"),
    chinese("tsingtao", "青岛啤酒 经典 500ml*12罐 整箱"),
    chinese("niu", "小牛电动 锂电池 48V 原装 续航版"),
    chinese("sanyuan", "三元 纯牛奶 250ml*24盒 整箱批发"),
    chinese("huggies", "好奇 铂金装 纸尿裤 L码 76片"),
    # 皇家 on cat food is Royal Canin's Chinese mark in a brand position.
    chinese("royal-canin", "皇家 室内成猫粮 2kg 原装进口"),
    chinese("hyundai", "现代途胜 前格栅标 镀铬车标"),
    chinese("iwc", "万国 葡萄牙系列 自动机械 男士手表"),
    chinese("knorr", "家乐 鸡精 1kg 餐饮装"),
    # 闪电 naming the maker of a road bike is Specialized's Chinese mark.
    chinese("specialized", "闪电 公路车 碳纤维车架 竞赛级"),
    chinese("pedigree", "宝路 成犬粮 牛肉味 10kg"),
    chinese("cinnamoroll", "玉桂狗 毛绒挂件 书包挂饰"),
    chinese("kewpie", "丘比 沙拉酱 香甜味 1kg"),
    chinese("truecolor", "中性笔 0.5mm 黑色 办公 12支装", "真彩品牌 顺滑书写 学生考试用"),
    chinese(
        "continental", "轮胎 225/45R17 静音舒适型 乘用车", "马牌 舒适静音系列 原厂正品 四条包邮"
    ),
    chinese("cherry", "机械键盘 红轴 104键 有线 办公游戏", "樱桃原厂轴体 MX3.0S 德国产"),
    chinese("mobil", "全合成机油 0W-40 4L SN级", "美孚1号 金装 经销商直供"),
    chinese("vichy", "温泉矿物 保湿霜 50ml 补水 敏感肌", "薇姿 官方同款 法国产"),
    chinese("pepsi", "可乐 330ml*24罐 无糖 汽水 整箱", "百事可乐 无糖 原厂直发"),
    # case_width: case changes or full-width forms
    case_width("shure", fw("SHURE") + " MV7 USB Podcast Microphone"),
    case_width("sk-ii", "sK-iI Facial Treatment Essence 160ml"),
    case_width("godox", "GODOX AD200 Pro Pocket Flash 200Ws"),
    case_width("bugaboo", "bugaboo Donkey 5 Twin Stroller Side by Side"),
    case_width("mammut", fw("Mammut") + " Nordwand Pro HS Jacket"),
    case_width("minecraft", "mINECRAFT Diamond Sword Foam Toy 60cm"),
    case_width("kobalt", "kObAlT 1/2 in Impact Wrench 24V Bare Tool"),
    case_width("creed", fw("Creed") + " Silver Mountain Water EDP 100ml"),
    case_width("raspberry-pi", "rAsPbErRy pI 4 Model B 4GB Board"),
    case_width("jellycat", "jellYCAT Bartholomew Bear Plush Large"),
    case_width("giant", "gIaNt Defy Advanced 2 Disc Road Bike"),
    case_width(
        "pedigree",
        "Dentastix Dog Dental Chews Medium 28pcs",
        fw("PEDIGREE") + " dental sticks, bulk box, 6 boxes per carton.",
    ),
    case_width(
        "cinnamoroll",
        "Kawaii White Puppy Plush Keychain Blue Eyes",
        fw("cinnamoroll") + " plush keychain, 12cm, with ball chain.",
    ),
    case_width(
        "chicco", "Baby Walker Activity Center 3 in 1", "cHiCcO Echo walker, foldable frame."
    ),
    # accent: accented letters
    accent("vichy", "Vîchy Liftactiv Collagen Specialist Serum 30ml"),
    accent("cartier", "Cartièr Panthère Style Ladies Watch Gold Tone"),
    accent("hyundai", "Hyündai Elantra Rear Trunk Emblem Letters Chrome"),
    accent("knorr", "Knörr Beef Stock Pot 28g x 8"),
    accent("creed", "Créed Aventus for Her 75ml"),
    accent("giant", "Gîant Escape 3 City Bike 700c"),
    accent("pedigree", "Pédigree Jumbone Medium Dog Treats"),
    accent("chicco", "Chiccô Next2Me Bedside Crib Magic"),
    accent("mammut", "Mammüt Trion 35L Alpine Backpack"),
    accent("kobalt", "Kõbalt 80V Max Chainsaw 18in"),
    accent("bugaboo", "Bugabôo Dragonfly City Stroller Compact"),
    accent(
        "kewpie",
        "Japanese Mayonnaise 450g Squeeze Bottle Egg Yolk",
        "Kéwpie original recipe, made in Japan, 20 bottles per case.",
    ),
    accent(
        "continental",
        "All Season Car Tyre 205/55R16 91V",
        "Contïnental AllSeasonContact, DOT 2025.",
    ),
    accent(
        "shure",
        "Wireless Lavalier Mic System UHF Bodypack",
        "Shuré BLX14 set with receiver and clip-on mic.",
    ),
    # homoglyph: Cyrillic or Greek look-alike letters
    homoglyph("huggies", hg("Huggies", "es") + " Special Delivery Diapers Size 3"),
    homoglyph("kobalt", hg("Kobalt", "oa") + " 24V Oscillating Multi-Tool"),
    homoglyph("pepsi", hg("Pepsi", "Pe") + " Max 500ml Bottles x 24"),
    homoglyph("creed", gk("CREED", "E") + " Green Irish Tweed 100ml"),
    homoglyph("audio-technica", hg("Audio-Technica", "oea") + " AT2020 Condenser Microphone"),
    homoglyph("minecraft", hg("Minecraft", "ea") + " Steve Action Figure Set 6pcs"),
    homoglyph("cherry", hg("Cherry", "ey") + " MX Board 3.0S Keyboard Brown Switch"),
    homoglyph("jellycat", hg("Jellycat", "eya") + " Amuseable Avocado Plush 30cm"),
    homoglyph("iwc", gk("IWC", "I") + " Big Pilot 46mm Black Dial"),
    homoglyph("vivienne-westwood", hg("Vivienne Westwood", "eo") + " Mini Bas Relief Pendant"),
    homoglyph("gorilla", hg("Gorilla", "o") + " Heavy Duty Double-Sided Mounting Tape"),
    homoglyph(
        "mobil",
        "Synthetic Motor Oil 5W-30 1 Quart x 6",
        hg("Mobil", "o") + " 1 Extended Performance, case of 6.",
    ),
    homoglyph(
        "royal-canin",
        "Kitten Dry Food 2kg Growth Formula",
        hg("Royal Canin", "oa") + " Kitten, sealed bags, export documents ready.",
    ),
    homoglyph(
        "chrome-hearts",
        "Sterling Silver Cross Ring Gothic Men",
        hg("Chrome Hearts", "oe") + " 925 cross ring, engraved inside.",
    ),
    # leetspeak: digits and signs for letters
    leetspeak("kobalt", "K0balt 24V Brushless Circular Saw 6-1/2in"),
    leetspeak("huggies", "Hugg1es Natural Care Baby Wipes 56ct x 12"),
    leetspeak("pepsi", "P3psi Retro Glass Bottle 250ml Collectors"),
    leetspeak("shure", "$hure SM7B Vocal Microphone Broadcast"),
    leetspeak("jellycat", "J3llycat Bashful Bunny Tulip Pink"),
    leetspeak("minecraft", "M1necraft Enderman Figure Glow in the Dark"),
    leetspeak("cartier", "Cart1er Juste Un Clou Nail Ring Gold Plated"),
    leetspeak("cherry", "Ch3rry Viola Keyboard Switches 35pcs"),
    leetspeak("creed", "Cr33d Aventus Cologne 120ml"),
    leetspeak("giant", "Gi@nt Propel Aero Road Bike Carbon"),
    leetspeak("vichy", "V1chy Dercos Anti-Dandruff Shampoo 200ml"),
    leetspeak(
        "audemars-piguet",
        "Skeleton Automatic Men's Watch 42mm Blue Rubber",
        "Audem@rs Pigu3t Royal Oak Concept look, sapphire glass.",
    ),
    leetspeak(
        "bugaboo",
        "Compact Stroller One-Hand Fold Black",
        "Bug@b00 Dragonfly 2024 model, complete with bassinet.",
    ),
    leetspeak(
        "sk-ii",
        "Facial Treatment Essence 230ml Toner",
        "5K-II original, made in Japan, batch code on box.",
    ),
    # spacing: spaces, dots, dashes, underscores or a zero-width space inside the mark
    spacing("giant", "G i a n t Talon 2 Mountain Bike 29er"),
    spacing("knorr", "K.n.o.r.r Chicken Stock Powder 1kg"),
    spacing("royal-canin", "Ro yal Can in Medium Adult Dog Food 15kg"),
    spacing("pedigree", "Pedi-gree Puppy Food Chicken 3kg"),
    spacing("jellycat", "Jelly_cat Amuseable Pineapple Plush"),
    spacing("mammut", f"Mam{ZW}mut Lithium Crew Backpack 20L"),
    spacing("sk-ii", "S-K-I-I Facial Treatment Clear Lotion 160ml"),
    spacing("chicco", "Ch icco Trio Travel System Stroller Car Seat"),
    spacing("iwc", "I.W.C Aquatimer Diver Automatic 42mm"),
    spacing("shure", "Sh-ure Beta 58A Handheld Microphone"),
    spacing("gundam", "高 达 1/144 沙扎比 拼装模型 入门"),
    spacing(
        "kewpie",
        "Roasted Sesame Dressing 1L Restaurant",
        "K e w p i e deep roasted sesame dressing, Japan made.",
    ),
    spacing(
        "creed",
        "Niche Perfume 100ml Men Fresh Pineapple Birch",
        f"Cre{ZW}ed Aventus batch 2024, sprayer tested.",
    ),
    spacing(
        "minecraft",
        "Pixel Sword Pickaxe Foam Toy Set Kids",
        "Mine-craft diamond sword and pickaxe set, EVA foam.",
    ),
    # misspelling: a seller's misspelling in the mark's own trade
    misspelling("huggies", "Hugies Overnites Diapers Size 6 Bulk"),
    misspelling("kobalt", "Kobolt 24V Hammer Drill Kit 2 Batteries"),
    misspelling("jellycat", "Jellicat Bashful Lamb Plush 31cm"),
    misspelling("minecraft", "Minecaft Creeper Backpack Kids School"),
    # One letter added, on cat food: the mark misspelt, not the word "canine".
    misspelling("royal-canin", "Royal Canine Renal Support Cat Food 2kg"),
    misspelling("pedigree", "Pedigre Dog Food Chicken Rice 10kg"),
    misspelling("audio-technica", "Audio Tecnica ATH-M40x Headphones"),
    misspelling("raspberry-pi", "Raspbery Pi 4B 8GB Development Board"),
    misspelling("vivienne-westwood", "Vivian Westwod Pearl Necklace Orb Pendant"),
    misspelling("cinnamoroll", "Cinnamaroll Plush Pillow 40cm Sanrio Style"),
    # "Chico" is also a name, but on a baby bottle it is Chicco misspelt.
    misspelling("chicco", "Chico Baby Bottle Anti-Colic Well-Being 150ml"),
    misspelling("paw-patrol", "汪汪对 狗狗巡逻队 儿童玩具 救援车 套装"),
    misspelling("gorilla", "Gorila Glue Clear Grip Contact Adhesive"),
    misspelling(
        "hyundai",
        "Front Bumper Lower Grille 2019-2021 Black",
        "Hyundia Santa Fe TM front lower grille with emblem, original packing.",
    ),
    misspelling(
        "continental",
        "Car Tyre 235/55R19 SUV Touring",
        "Continetal CrossContact, 2025 production, 4 pcs per set.",
    ),
    misspelling(
        "tsingtao",
        "Lager Beer 500ml x 12 Cans Export",
        "Tsingdao beer, original taste, 20ft container price.",
    ),
    misspelling(
        "creed",
        "Men's Eau de Parfum 100ml Fruity Smoky Long-Lasting",
        "Crede Aventus type, batch 22Q, gift box.",
    ),
    misspelling(
        "muji",
        "Ultrasonic Aroma Diffuser Large 300ml Timer",
        "无印凉品同款 超声波香薰机 静音",
    ),
    # brand_field: the mark only in the brand field
    brand_field("shure", "Dynamic Cardioid Vocal Microphone with XLR Cable", brand="Shure"),
    brand_field("godox", "机顶闪光灯 TTL 高速同步 2.4G无线", brand="神牛"),
    brand_field("gundam", "1/144 机动战士 拼装模型 套件", brand="高达"),
    brand_field("royal-canin", "Sterilised Adult Cat Dry Food 4kg", brand="Royal Canin"),
    brand_field("huggies", "Newborn Diapers Size 0 Ultra Soft 84ct", brand="Huggies"),
    brand_field("imoo", "儿童电话手表 4G全网通 视频通话 定位", brand="小天才"),
    brand_field("jack-wolfskin", "3-in-1 Waterproof Hiking Jacket Men", brand="Jack Wolfskin"),
    brand_field("minecraft", "Pixel Creeper Lamp Night Light USB Rechargeable", brand="Minecraft"),
    brand_field("cherry", "Wired Mechanical Keyboard Red Switch Full Size", brand="Cherry"),
    brand_field("muji", "PP收纳盒 抽屉式 半透明 桌面整理", brand="无印良品"),
    brand_field("pepsi", "Cola Soft Drink 330ml x 24 Cans", brand="Pepsi"),
    brand_field("royal-canin", "幼猫粮 2kg 离乳期 营养", brand="皇家"),
    brand_field(
        "vivienne-westwood", "Pearl Orb Choker Necklace Silver Tone", brand="Vivienne Westwood"
    ),
    brand_field("turtle-wax", "Car Wash Shampoo Wax Foam 1.42L", brand="Turtle Wax"),
    # image: only in the image, a copy of the right's reference picture
    image("feihe", "婴幼儿配方奶粉 3段 800g 罐装"),
    image("godox", "Studio Strobe Flash 400Ws Monolight"),
    image("gundam", "Robot Model Kit 1/144 Snap Fit Mecha"),
    image("audio-technica", "Professional Studio Monitor Headphones Closed Back"),
    image("jack-wolfskin", "Outdoor Softshell Jacket Windproof Men"),
    image("minecraft", "Pixel Block Building Game Figure Set 8pcs"),
    image("paw-patrol", "Rescue Pups Vehicle Toy Set 6pcs Kids"),
    image("cinnamoroll", "Kawaii Puppy Plush Doll 30cm Sky Blue Ears"),
    image("raspberry-pi", "Single Board Computer 4GB Quad Core ARM Dev Kit"),
    image("shure", "Handheld Wired Microphone Stage Karaoke"),
    image("chrome-hearts", "Gothic Cross Hoodie Heavyweight Cotton Streetwear"),
    image("vivienne-westwood", "Saturn Planet Pendant Necklace Crystal Gift"),
    image("jellycat", "Soft Bunny Plush Long Ears 31cm Cream"),
    image("sk-ii", "Brightening Facial Essence Toner 230ml"),
    image("wishbone-chair", "Y Shaped Back Wooden Dining Chair Cord Seat"),
    image("le-pliage", "Foldable Nylon Tote Bag Leather Flap Large"),
    # mixed: two rights, one right under two evasions, or a mark on an accessory for a device
    mixed(
        "minecraft",
        "Kids Party Favors Minecraft Paw Patrol Stickers 200pcs",
        expected="minecraft;paw-patrol",
    ),
    mixed("mammut", "猛犸象 Mammüt 冲锋衣 GTX 防水"),
    mixed(
        "chrome-hearts",
        "Chrome Hearts Leather Strap for Audemars Piguet Royal Oak",
        expected="chrome-hearts",
        without="chrome-hearts;audemars-piguet",
    ),
    mixed("jack-wolfskin", "J@ck Wolfskin 狼爪 Waterproof Hiking Boots"),
    mixed(
        "gorilla",
        "Gorilla Tough Mounting Tape Designed to Fit Hyundai Door Trim",
        expected="gorilla",
        without="gorilla;hyundai",
    ),
    mixed(
        "cinnamoroll",
        "Cinnamoroll Silicone Case for imoo Z7 Kids Watch",
        expected="cinnamoroll",
        without="cinnamoroll;imoo",
    ),
    # Keycaps named "Cherry MX" without a compatibility phrase use the mark.
    mixed("cherry", "Cherry MX Keycaps Minecraft Theme 108 Keys", expected="cherry;minecraft"),
    mixed("vichy", "Vichy 薇姿 89精华 50ml 补水"),
    mixed("sk-ii", "SK-II 神仙水 230ml 清莹露 套装 SK2"),
    mixed(
        "royal-canin",
        "Royal Canin & Pedigree Dog Food Trial Pack 12 Sachets",
        expected="royal-canin;pedigree",
    ),
    mixed(
        "le-pliage",
        "Longchamp Le Pliage Style Tote with Cartier Charm",
        expected="le-pliage;cartier",
    ),
    mixed(
        "kn",
        "Performance Air Filter Washable Red Cotton Gauze for Compact Sedans",
        "K&N high-flow filter 33-2304, works with Hyundai Elantra 1.8L.",
        expected="kn",
        without="kn;hyundai",
    ),
    mixed(
        "creed",
        "Niche Fragrance Decant Set 5x10ml Men Woody",
        "Cr3ed Aventus and CREED Viking decants, glass atomisers.",
    ),
    mixed(
        "freesip",
        "Insulated Water Bottle 24oz Flip Straw Lid Stainless",
        "Owala FreeSip 24oz with logo, also listed as Free-Sip.",
    ),
    # Floor mats with the maker's logo embroidered: the mark, in two forms.
    mixed(
        "hyundai",
        "全车脚垫 TPE 防水 环保 无味 专车定制",
        "现代途胜L 2023款 Hyundai 标志刺绣",
    ),
]

COMPAT: list[L] = [
    compat("imoo", "硅胶表带 适用于小天才电话手表 Z系列 快拆"),
    compat("imoo", "Screen Protector for imoo Kids Watch Z9 Tempered Glass"),
    compat("godox", "Softbox 60x90cm Compatible with Godox SK400II Strobes"),
    compat("godox", "柔光罩 适配神牛V1 圆头闪光灯 磁吸"),
    compat("godox", "Replacement Battery VB26 for Godox V1 Flash 2980mAh"),
    compat("hyundai", "All-Weather Floor Mats for Hyundai Tucson 2022-2024"),
    compat("hyundai", "脚垫 适用于现代途胜L 全包围 防水"),
    compat("niu", "Phone Holder Mount Fits NIU N1S Scooter Handlebar"),
    compat("niu", "电动车后视镜 适配小牛电动 U+ N1S 原位安装"),
    compat("raspberry-pi", "Aluminium Case with Fan for Raspberry Pi 5"),
    compat("raspberry-pi", "7 Inch Touch Screen Raspberry Pi Compatible HDMI Display"),
    compat("raspberry-pi", "散热外壳 兼容树莓派4B 带风扇 铝合金"),
    compat("cherry", "PBT Keycaps 129 Keys Compatible for Cherry MX Switches"),
    compat("cherry", "Switch Puller Tool Works with Cherry MX Keyboards"),
    compat("shure", "Foam Windscreen for Shure SM58 5 Pack"),
    compat("shure", "Replacement Earpads Designed to Fit Shure SRH440 Headphones"),
    compat("audio-technica", "Velour Earpads for Audio-Technica ATH-M50x Replacement"),
    compat("audio-technica", "替换耳罩 适用铁三角 M50x 蛋白皮 加厚"),
    compat("ego", "Battery Adapter Compatible with EGO 56V Tools to USB"),
    compat("kobalt", "Battery Holder Wall Mount Fits Kobalt 24V Batteries"),
    compat("kobalt", "Belt Clip Hook Kobalt Compatible 24V Drill Driver"),
    compat("giant", "Derailleur Hanger for Giant TCR Defy Propel 2020+"),
    compat("giant", "自行车碗组 适用于捷安特 ATX 山地车"),
    compat("specialized", "Tubeless Valve Core Tool Fits Specialized Roval Wheels"),
    compat("specialized", "Saddle Rail Clamp Replacement for Specialized Tarmac SL7"),
    compat("iwc", "Leather Strap 21mm for IWC Portugieser Deployant Buckle"),
    compat("iwc", "真皮表带 适配万国 飞行员系列 21mm"),
    compat("audemars-piguet", "Rubber Strap Compatible with Audemars Piguet Royal Oak 15400"),
    compat("audemars-piguet", "橡胶表带 适用于爱彼皇家橡树 41mm"),
    compat("cartier", "Screwdriver Tool for Cartier Love Bracelet Replacement Screws"),
    compat("le-pliage", "Replacement Shoulder Strap for Longchamp Le Pliage Tote"),
    compat("le-pliage", "包中包 内胆包 适用于珑骧 饺子包 中号"),
    compat("freesip", "Replacement Lid Compatible with Owala FreeSip 24oz 32oz"),
    compat("freesip", "Silicone Boot for Owala FreeSip 40oz Anti-Slip"),
    compat("bunch-o-balloons", "Garden Hose Connector Fits Bunch O Balloons Stems"),
    compat("gundam", "Action Base Display Stand for Gundam HG RG 1/144"),
    compat("gundam", "兼容高达 1/100 展示支架 可调角度 透明"),
    compat("jellycat", "Doll Clothes Sweater Fits Jellycat Bashful Bunny Medium"),
    compat("royal-canin", "Food Storage Bin Fits 10kg Royal Canin Bag Airtight"),
    compat("kn", "Recharger Oil Cleaning Kit Compatible with K&N Filters"),
]

INSIDE_WORD: list[L] = [
    inside_word("pepsi", "Pepsin Powder 1:3000 Food Grade Enzyme 1kg"),
    inside_word("mobil", "Mobile Phone Holder Car Dashboard Magnetic"),
    inside_word("mobil", "Automobile Jump Starter 2000A Portable Power Bank"),
    inside_word("kewpie", "丘比特之箭 情人节 925银 项链"),
    inside_word("knorr", "居家乐享 懒人沙发 榻榻米 单人"),
    inside_word("knorr", "农家乐 餐厅 实木 桌椅 套装"),
    inside_word("niu", "Niue Silver Coin 1oz Proof Collectible"),
    inside_word("niu", "宝宝小牛仔服 纯棉 春秋 外套"),
    inside_word("sanyuan", "收纳盒 九十三元一套 五件装"),
    inside_word("chaoneng", "超能力 超人 斗篷 儿童 万圣节"),
    inside_word("chaoneng", "超能量 蛋白棒 健身代餐 60g"),
    inside_word("truecolor", "逼真彩绘 墙贴 儿童房 卡通"),
    inside_word("godox", "提神牛磺酸 功能饮料 250ml"),
    inside_word("gundam", "折叠电动车 速度最高达到每小时25公里"),
    inside_word("tsingtao", "青岛啤酒花 颗粒 精酿原料 1kg"),
    inside_word("hyundai", "编程教材 实现代码 入门 少儿"),
    inside_word("minecraft", "我的世界观 哲学 入门 读本"),
    inside_word("cherry", "Cherrywood Cutting Board Solid Hardwood 40x30cm"),
    inside_word("creed", "Screed Leveling Tool Concrete Aluminium 2m"),
    inside_word("vichy", "Vichyssoise Soup Bowl Set Ceramic 4pcs"),
    inside_word("mammut", "Mammuthus Fossil Tooth Replica Resin Museum"),
    inside_word("raspberry-pi", "Raspberry Pie Filling 2.5kg Bakery Can"),
    inside_word("ego", "Cotton Tote Bags Bulk Price Negotiable 500pcs"),
    inside_word("audemars-piguet", "Cheap Kitchen Apron Cotton Adjustable"),
    inside_word("audemars-piguet", "情侣钥匙扣 可爱彼此守护 一对"),
    inside_word("pedigree", "寻宝路线图 儿童 桌游 探险"),
    inside_word("continental", "Transcontinental Railroad Model Train Set HO"),
    inside_word("audio-technica", "钢铁三角架 相机支架 落地"),
    inside_word("chicco", "机智高手 益智 桌游 儿童"),
    inside_word("ego", "San Diego Skyline Canvas Wall Art 60x90"),
]

GENERIC_WORD: list[L] = [
    generic_word("giant", "Giant Inflatable Pool Float Flamingo 2m"),
    generic_word("giant", "Giant Teddy Bear 160cm Plush Brown"),
    generic_word("giant", "Giant Floor Puzzle 48pcs Kids Ocean Animals"),
    generic_word("cherry", "Dried Cherry Fruit Snack 500g Bag"),
    generic_word("cherry", "Cherry Blossom Wall Decal Pink Bedroom"),
    generic_word("cherry", "Cherry Red Nail Polish Gel 15ml"),
    # Keycaps are Cherry's trade, but "cherry blossom" describes the pattern.
    generic_word("cherry", "Cherry Blossom Keycaps PBT Dye-Sub 140 Keys"),
    generic_word("creed", "Apostles' Creed Wall Art Canvas Print"),
    generic_word("vichy", "Red Vichy Check Tablecloth 140x200 Cotton"),
    generic_word("gorilla", "Gorilla Plush Toy Silverback 40cm"),
    generic_word("gorilla", "Gorilla Face Mask Latex Halloween Costume"),
    generic_word("continental", "Continental Breakfast Buffet Chafing Dish Set"),
    generic_word("continental", "Continental Quilt Duvet 200x220 Microfibre"),
    generic_word("specialized", "Specialized Cleaning Brush Tile Grout Narrow Head"),
    generic_word("specialized", "Specialized Welding Gloves Heat Resistant Leather"),
    # A wax seal stamp with a turtle motif: the two words, not the car-care mark.
    generic_word("turtle-wax", "Turtle Wax Seal Stamp Brass Head Wedding Invitation"),
    generic_word("pedigree", "Pedigree Certificate Paper A4 Dog Breeder Records"),
    generic_word("pedigree", "Pedigree Chart Family Tree Poster Frame"),
    # Kitchenware shaped like a cat: the words, not the plush-toy maker.
    generic_word("jellycat", "Jelly Cat Mould Silicone Dessert Kitten Shape"),
    generic_word("vivienne-westwood", "Westwood Village Los Angeles Vintage Postcard"),
    generic_word("cartier", "Jacques Cartier Explorer Biography Hardcover"),
    generic_word("ego", "Ego Boost Affirmation Cards 52pcs"),
    # SK2 is a Japanese carbon tool steel grade.
    generic_word("sk-ii", "SK2 Carbon Steel Utility Knife Blades 100pcs"),
    generic_word("freesip", "Spill-Proof Sippy Cup BPA Free Sip Spout 250ml"),
    generic_word("wishbone-chair", "Wishbone Charm Necklace Gold Plated Good Luck"),
    generic_word("le-pliage", "Vintage Longchamp Racecourse Horse Racing Poster A3"),
    generic_word("tsingtao", "Tsingtao 1900s German Concession Historic Map Reprint"),
    generic_word("hyundai", "现代简约 吸顶灯 客厅 卧室"),
    generic_word("hyundai", "现代风格 布艺沙发 三人位"),
    # Bike gloves are Specialized's trade; 闪电发货 is "lightning-fast dispatch".
    generic_word("specialized", "闪电发货 自行车 手套 半指"),
    generic_word("specialized", "闪电图案 儿童 T恤 纯棉"),
    generic_word("cherry", "新鲜樱桃 车厘子 2斤装 顺丰"),
    generic_word("cherry", "樱桃木 砧板 实木 整木"),
    # A robot toy is Gundam's trade; 高达 here is "as much as".
    generic_word("gundam", "遥控机器人 充电款 续航高达60分钟"),
    generic_word("gundam", "冲锋衣 防水指数高达10000mm"),
    # Royal blue on a pet collar: a colour, not the pet-food mark.
    generic_word("royal-canin", "皇家蓝 宠物项圈 真皮"),
    generic_word("royal-canin", "欧式皇家 复古 宫廷 烛台"),
    # 好奇宝宝 "curious baby" on baby flash cards: a phrase, not Huggies.
    generic_word("huggies", "好奇宝宝 早教卡片 婴儿 黑白卡"),
    generic_word("huggies", "好奇心 科学实验 套装 儿童"),
    generic_word("sanyuan", "三元锂电池 18650 3000mAh"),
    generic_word("sanyuan", "三元催化器 清洗剂 汽车"),
    generic_word("sanyuan", "三元一个 发圈 批发 地摊"),
    generic_word("niu", "小牛皮 钱包 男 短款"),
    generic_word("niu", "仿真小牛 毛绒玩具 奶牛 公仔"),
    generic_word("truecolor", "24位真彩 显示屏 7寸 工控"),
    generic_word("godox", "印度神牛 铜像 摆件 南迪"),
    generic_word("imoo", "数学小天才 练习册 三年级"),
    generic_word("imoo", "小天才奖状 幼儿园 表扬 贴纸"),
    generic_word("chaoneng", "超能吸水 拖把 免手洗 平板"),
    generic_word("feihe", "飞鹤图 国画 装饰画 客厅"),
    generic_word("audio-technica", "铁三角 闺蜜 钥匙扣 三人"),
    generic_word("iwc", "万国旗 彩旗 串旗 开业 装饰"),
    generic_word("mammut", "猛犸象 恐龙 模型 仿真 儿童 玩具"),
    generic_word("jack-wolfskin", "狼爪 项链 吊坠 钛钢 男"),
    generic_word("cinnamoroll", "猎犬 大耳狗 树脂摆件 巴吉度"),
    generic_word("vivienne-westwood", "西太后 慈禧 传记 历史 书"),
    generic_word("pepsi", "百事如意 红包 新年 利是封"),
    generic_word("tsingtao", "青岛发货 海鲜 干货 虾皮"),
]

COMMON_WORD: list[L] = [
    common_word("shure", "Sure Grip Non-Slip Bath Mat 70x40"),
    common_word("shure", "Shore Fishing Rod Holder Sand Spike"),
    # Cobalt drill bits are a tool-trade material, one letter from Kobalt.
    common_word("kobalt", "Cobalt Drill Bit Set HSS-Co 19pcs"),
    common_word("creed", "Creek Garden Pebbles 20kg Natural"),
    common_word("cartier", "Baby Carrier Ergonomic Hip Seat"),
    common_word("cartier", "Pet Carrier Bag Airline Approved"),
    common_word("ego", "Egg Tray 30 Holes Plastic Fridge"),
    common_word("ego", "ECO Friendly Shopping Bag Foldable"),
    common_word("sk-ii", "SK5 Steel Hunting Knife Fixed Blade"),
    common_word("kn", "KN95 Face Mask 5-Layer 50pcs"),
    common_word("bunch-o-balloons", "Bunch of Balloons Party Decoration Gold 50pcs"),
    common_word("freesip", "Freesia Scented Candle Soy Wax 200g"),
    common_word("specialized", "Specialised Medical Tape Hypoallergenic"),
    common_word("cherry", "Sherry Glass Set 6pcs Crystal"),
    common_word("cherry", "Cheery Sunflower Wall Clock"),
    common_word("chrome-hearts", "Chrome Heart Shaped Door Knocker Vintage"),
    common_word("cinnamoroll", "Cinnamon Roll Squishy Toy Slow Rising"),
    common_word("chaoneng", "超值 洗衣液 3kg 家庭装"),
    common_word("feihe", "飞鹰 风筝 大号 成人"),
    common_word("imoo", "小天使 翅膀 儿童 演出服"),
    common_word("godox", "拍照神器 补光灯 直播 环形灯"),
    common_word("gundam", "高大 仿真 绿植 客厅"),
    common_word("sanyuan", "三角 警示牌 汽车 反光"),
    common_word("truecolor", "水彩笔 24色 儿童 可水洗"),
    common_word("huggies", "好评返现 婴儿 湿巾 80抽"),
    common_word("hyundai", "现货 汽车 座套 四季通用"),
    common_word("iwc", "万用 表带 快拆 20mm"),
    common_word("turtle-wax", "车牌架 不锈钢 汽车 牌照框"),
    common_word("specialized", "闪光 自行车 尾灯 USB充电"),
    common_word("pedigree", "宝石 项圈 宠物 猫 狗"),
    common_word("chicco", "智能 婴儿 摇篮 电动"),
    common_word("raspberry-pi", "树莓酱 烘焙 1kg"),
    common_word("cinnamoroll", "玉桂粉 烘焙 肉桂粉 500g"),
    common_word("tsingtao", "青稞啤酒 500ml*12 精酿"),
]

CLEAN: list[L] = [
    clean("Wholesale Anti-Slip Basketball Shoes Custom Logo"),
    clean("Stainless Steel Lunch Box 3 Compartments Leakproof"),
    clean("Bamboo Cutting Board Set 3pcs Kitchen"),
    clean("LED Desk Lamp Touch Dimmer Eye Care"),
    clean("Yoga Mat TPE 6mm Double Layer Non-Slip"),
    clean("Silicone Baking Mat 40x30cm Reusable"),
    clean("Men's Cotton Crew Neck T-Shirt Plain 180gsm"),
    clean("Women's Linen Wide Leg Trousers Summer"),
    clean("Portable Blender USB Rechargeable 380ml"),
    clean("Ceramic Plant Pot with Drainage Hole 15cm"),
    clean("Kids Wooden Puzzle Alphabet Learning Board"),
    clean("Dog Leash Reflective Nylon 1.5m Padded Handle"),
    clean("Cat Scratching Post Sisal 60cm with Ball"),
    clean("Waterproof Phone Pouch IPX8 Swimming"),
    clean("Car Seat Gap Filler Organizer PU Leather"),
    clean("Tire Pressure Gauge Digital Backlit"),
    clean("Cordless Hot Glue Gun 20W with Sticks"),
    clean("Adjustable Wrench 10in Chrome Vanadium"),
    clean("Hiking Trekking Poles Aluminium Pair"),
    clean("Insulated Lunch Bag Thermal Cooler Tote"),
    clean("Makeup Brush Set 12pcs Synthetic Hair"),
    clean("Lip Balm Tube Empty 5g Wholesale 100pcs"),
    clean("Baby Bib Waterproof Silicone Food Catcher"),
    clean("Toddler Sippy Cup Handles 240ml"),
    clean("Bluetooth Speaker Waterproof Outdoor 20W"),
    clean("HDMI Cable 2m 4K 60Hz Braided"),
    clean("Mechanical Pencil 0.5mm Metal Body Drafting"),
    clean("Spiral Notebook A5 Dotted 120 Pages"),
    clean(
        "Stainless Steel Water Bottle 1L Leakproof",
        "Double wall vacuum, keeps cold 24h, custom logo printing available, MOQ 300.",
    ),
    clean(
        "Camping Folding Chair Lightweight Aluminium",
        "Holds 120kg, carry bag included, 10 colours.",
        brand="TrailMate",
    ),
    clean("Reusable Grocery Bags Foldable Polyester 5pcs"),
    clean("Solar Garden Lights Outdoor Pathway 8 Pack"),
    clean("防滑篮球鞋 批发 可定制 男款"),
    clean("不锈钢保温杯 500ml 大容量 男女"),
    clean("竹制砧板 三件套 厨房 家用"),
    clean("瑜伽垫 加厚 防滑 健身 初学者"),
    clean("儿童木制拼图 字母 早教 益智"),
    clean("宠物牵引绳 反光 尼龙 中大型犬"),
    clean("猫抓板 剑麻 立式 猫爬架"),
    clean("汽车座椅缝隙 收纳盒 皮革"),
    clean("胎压计 数显 高精度 汽车"),
    clean("热熔胶枪 家用 手工 20W"),
    clean("登山杖 铝合金 伸缩 一对"),
    clean("化妆刷 套装 12支 软毛"),
    clean("婴儿围兜 硅胶 防水 吃饭"),
    clean("蓝牙音箱 户外 防水 大音量"),
    clean("活动铅笔 0.5mm 金属 绘图"),
    clean("折叠购物袋 便携 大容量 涤纶"),
    clean("太阳能 庭院灯 户外 草坪灯 八只装"),
    clean("男士 纯棉 圆领 短袖 T恤 纯色", "180克 精梳棉 支持定制 一件代发"),
    clean("陶瓷花盆 带托盘 多肉 桌面"),
    clean("便携榨汁杯 USB充电 小型 家用"),
]
