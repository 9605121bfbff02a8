"""Hand-written listings of the forty-fifth held-out corpus (BBQ grills and smokers, outdoor
furniture, garden decor and solar lighting, hot tubs and saunas, camping cookware and coolers).

Every listing is written by hand. ``hg()`` spells the letters it names as Cyrillic look-alikes,
``fw()`` spells text in full-width forms, ``ZW`` is a zero-width space. Borderline labels are
commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOKALIKE = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
    "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410", "E": "\u0415", "O": "\u041e",
    "C": "\u0421", "P": "\u0420", "H": "\u041d", "K": "\u041a", "M": "\u041c", "T": "\u0422",
    "B": "\u0412", "X": "\u0425",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with each of ``letters`` spelled as its Cyrillic look-alike."""
    return "".join(_LOOKALIKE[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (an ideographic space for a space)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Entry:
    case: str
    group: str  # right id without the "r45-" prefix; empty only for clean listings
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None


def _id(slug: str) -> str:
    return f"r45-{slug}"


def P(case: str, group: str, title: str, description: str = "", brand: str = "") -> Entry:
    """A positive about one right."""
    return Entry(case, _id(group), title, description, brand)


def M(group: str, title: str, others: str = "", device: str = "", description: str = "") -> Entry:
    """A ``mixed`` positive: ``others`` are further rights it names, ``device`` the rights of
    a device it names by compatibility wording (expected only with the switch off)."""
    expected = (_id(group), *(_id(o) for o in others.split()))
    without = (*expected, *(_id(d) for d in device.split()))
    return Entry("mixed", _id(group), title, description, "", False, expected, without)


def I(group: str, title: str, description: str = "") -> Entry:  # noqa: E743
    """An ``image`` positive: the right's reference picture copied; clean text."""
    return Entry("image", _id(group), title, description, "", True)


def N(case: str, group: str, title: str, description: str = "", brand: str = "") -> Entry:
    """A negative about (near) one right."""
    return Entry(case, _id(group), title, description, brand)


def C(title: str, description: str = "", brand: str = "") -> Entry:
    return Entry("clean", "", title, description, brand)


POSITIVES: list[Entry] = [
    # exact: the mark as registered, in a brand position
    P("exact", "napoleon", "Napoleon Prestige 500 Propane Gas Grill Stainless Steel 4 Burner"),
    P("exact", "blackstone", "Blackstone 36 Inch Flat Top Griddle Station with Hood"),
    P("exact", "kamado-joe", "Kamado Joe Classic III 18 Inch Ceramic Charcoal Grill Red"),
    P("exact", "kingsford", "Kingsford Original Charcoal Briquettes 2 x 7.3 kg Bag"),
    P("exact", "cobb", "Cobb Premier Portable Charcoal Grill for Picnic and Camping"),
    P("exact", "primo", "Primo Oval XL 400 Ceramic Kamado Smoker Grill"),
    P("exact", "broil-king", "Broil King Baron 490 Pro Gas BBQ with Side Burner"),
    P("exact", "polywood", "Polywood Classic Folding Adirondack Chair Recycled Plastic"),
    P("exact", "emu", "Emu Terramare Outdoor Armchair Aluminium Garden Seating"),
    P("exact", "fatboy", "Fatboy Original Outdoor Bean Bag Lounger Waterproof"),
    P("exact", "hampton-bay", "Hampton Bay Outdoor Wicker Patio Conversation Set 4 Piece"),
    P("exact", "sunforce", "Sunforce Solar Motion Security Light 80 LED Outdoor"),
    P("exact", "sunlighten", "Sunlighten Signature Full Spectrum Infrared Sauna 2 Person"),
    P("exact", "orca", "Orca 40 Quart Hard Cooler Rotomolded Ice Chest"),
    P("exact", "trangia", "Trangia 25-1 UL Spirit Stove Cook Set with Kettle"),
    P("exact", "soto", "SOTO WindMaster Micro Regulator Backpacking Stove"),
    P("exact", "grillgrate", "GrillGrate Interlocking Aluminum Panels 17.3 Inch Set of 3"),
    P("exact", "luxembourg-chair", "Luxembourg Chair Outdoor Metal Garden Armchair Cactus Green"),
    P("exact", "yankon", "阳光 LED太阳能庭院灯 户外防水 草坪灯"),
    P("exact", "mls", "木林森 太阳能路灯 LED 户外 100W 光控"),
    P("exact", "asd", "爱仕达 户外 不粘 野营锅 套装 3-4人"),
    P("exact", "kingcamp", "康尔 户外折叠椅 月亮椅 便携 钓鱼椅"),
    # exact, the mark in the description only
    P(
        "exact",
        "engel",
        "35L Portable Compressor Fridge Freezer 12V for Car Camping",
        "Engel MT35 fridge-freezer with Sawafuji swing motor, genuine stock.",
    ),
    P(
        "exact",
        "jacuzzi",
        "6 Person Outdoor Hot Tub with 40 Jets and LED Lighting",
        "Jacuzzi J-335 model, acrylic shell, ships crated.",
    ),
    P(
        "exact",
        "optimus",
        "Multi Fuel Expedition Stove Kerosene Petrol",
        "Optimus Polaris Optifuel stove with fuel pump, boxed.",
    ),
    P(
        "exact",
        "sundance",
        "7 Seat Acrylic Spa Hot Tub 50 Jets",
        "Sundance 880 Series Optima, clearance unit from the showroom.",
    ),
    P("exact", "cooker-king", "不粘炒锅 32cm 燃气电磁炉通用", "炊大皇 正品 麦饭石 不粘锅 带锅盖"),
    P("exact", "fsl", "LED球泡灯 E27 12W 白光 10只装", "佛山照明 正品 球泡 节能灯 厂家直发"),
    # alias
    P("alias", "napoleon", "Napoleon Grills Rogue XT 425 Propane BBQ"),
    P("alias", "char-broil", "Charbroil Kettleman Charcoal Grill 22.5 Inch"),
    P("alias", "sundance", "Sundance Spas Cameo 880 Hot Tub Cover Included"),
    P("alias", "hot-spring", "HotSpring Highlife Grandee Hot Tub 7 Person"),
    P("alias", "hot-spring", "Hot Spring Spas Limelight Flash 5 Seat Hot Tub"),
    P("alias", "caldera", "Caldera Spas Utopia Tahitian Hot Tub 7 Seats"),
    P("alias", "bullfrog", "Bullfrog Spas A7L Hot Tub with JetPak Therapy System"),
    P("alias", "tylo", "Tylo Sense Combi Sauna Heater 8kW Steam and Dry"),
    P("alias", "almost-heaven", "Almost Heaven Saunas Shenandoah 6 Person Barrel Sauna"),
    P("alias", "msr", "Mountain Safety Research PocketRocket Deluxe Stove"),
    P("alias", "luci", "MPOWERD Inflatable Solar Lantern Outdoor 75 Lumens"),
    P("alias", "luxembourg-chair", "Fermob Luxembourg Low Armchair Garden Lounge Seat"),
    P("alias", "nestrest", "Dedon Nestrest Hanging Lounger Outdoor Woven Nest"),
    P("alias", "slow-n-sear", "SnS Slow N Sear Deluxe Charcoal Insert for 22 Inch Kettle"),
    P("alias", "yankon", "Yankon Solar Garden Light LED Stake Lamp 6 Pack"),
    P("alias", "fsl", "FSL LED Solar Flood Light 200W Remote Control"),
    P("alias", "mls", "MLS Solar Street Light All in One 150W"),
    P("alias", "asd", "ASD Non-stick Camping Cookware Set Aluminium 5 pcs"),
    P("alias", "cooker-king", "Cooker King Medical Stone Frying Pan 28cm Camping"),
    P("alias", "linsy", "LINSY Outdoor Rattan Sofa Set Garden Furniture 4 Seater"),
    P("alias", "kingcamp", "KingCamp Moon Chair Folding Camping Chair Padded"),
    P("alias", "blackdog", "Blackdog Camping Folding Table Aluminium Roll Top"),
    # alias, in the description only
    P(
        "alias",
        "caldera",
        "Hot Tub Filter Housing Assembly OEM",
        "Original part from Caldera Spas, fits Paradise and Utopia lines.",
    ),
    P("alias", "linsy", "北欧 户外 藤编 沙发 庭院 阳台 桌椅组合", "LINSY 官方 同款 设计 家具"),
    P(
        "alias",
        "slow-n-sear",
        "Kettle Grill Charcoal Divider Insert Stainless",
        "Genuine Slow n Sear XL, two-zone cooking and water reservoir.",
    ),
    P(
        "alias",
        "hampton-bay",
        "Patio Umbrella 9 ft Crank Tilt Market Umbrella",
        "Sold as Hampton Bay Bay Blue outdoor umbrella, new in box.",
    ),
    # chinese
    P("chinese", "jacuzzi", "极可意 户外按摩浴缸 6人 冲浪浴缸"),
    P("chinese", "jacuzzi", "极可意同款 SPA池 家用 恒温 按摩池"),
    P("chinese", "dometic", "多美达 车载冰箱 压缩机制冷 45L"),
    P("chinese", "dometic", "多美达 户外 保温箱 滚塑 冷藏箱 54L"),
    P("chinese", "iwatani", "岩谷 卡式炉 户外 便携 防风 燃气炉"),
    P("chinese", "iwatani", "岩谷同款 卡磁炉 火锅 烧烤 两用"),
    P("exact", "blackdog", "黑狗 户外 天幕 防晒 露营 遮阳棚"),
    P("exact", "blackdog", "黑狗 折叠椅 克米特椅 露营 实木"),
    P("chinese", "linsy", "林氏家居 户外 秋千 吊篮 阳台 藤椅"),
    P("chinese", "luxembourg-chair", "卢森堡椅 户外 铁艺 休闲椅 花园 庭院"),
    P("chinese", "luxembourg-chair", "法式 卢森堡椅 同款 金属 扶手椅 绿色"),
    P("exact", "napoleon", "Napoleon 燃气烤炉 户外 不锈钢 4头"),
    P("exact", "sundance", "Sundance 户外 SPA 按摩浴缸 7座"),
    P("exact", "harvia", "Harvia 桑拿炉 电热 芬兰 8kW 家用"),
    P("exact", "kamado-joe", "Kamado Joe 陶瓷烤炉 户外 木炭 烟熏炉"),
    P("chinese", "jacuzzi", "极可意 SPA 浴缸 过滤芯 原装 配件"),
    P("chinese", "jacuzzi", "家用 庭院 极可意 按摩池 5人 带盖"),
    P("chinese", "dometic", "多美达 房车 冰箱 吸收式 三用"),
    P("chinese", "dometic", "正品 多美达 车载 冷冻箱 双温区"),
    P("chinese", "iwatani", "岩谷 丁烷 气罐 卡式炉 专用气 250g"),
    P("chinese", "linsy", "林氏家居 庭院 遮阳伞 户外 罗马伞"),
    P("chinese", "linsy", "林氏家居同款 户外 躺椅 泳池 沙滩椅"),
    P("chinese", "luxembourg-chair", "卢森堡椅 户外 躺椅 铝合金 同款 休闲"),
    # chinese, in the description only
    P("chinese", "jacuzzi", "户外按摩浴缸 亚克力 冲浪 恒温 家用", "极可意 正品 J-300系列 现货"),
    P("chinese", "dometic", "车载冰箱 12V 24V 压缩机 冷冻冷藏", "多美达 CFX3 系列 原装"),
    P("chinese", "iwatani", "卡式炉 户外 野营 火锅炉 2.9kW", "岩谷 正品 日本 原装 进口"),
    P("exact", "kingcamp", "户外 折叠 蛋卷桌 便携 野餐桌", "康尔 正品 铝合金 桌面"),
    # case_width
    P("case_width", "napoleon", "NAPOLEON Travel Q 285 Portable Gas Grill"),
    P("case_width", "masterbuilt", "masterbuilt 30 inch digital electric smoker"),
    P("case_width", "blackstone", "BLACKSTONE 22 Inch Tabletop Griddle with Hood"),
    P("case_width", "kingsford", "kINGSFORD Match Light Instant Charcoal"),
    P("case_width", "polywood", "POLYWOOD Vineyard Adirondack Rocking Chair"),
    P("case_width", "mainstays", "mainstays Steel Folding Patio Chair 2 Pack"),
    P("case_width", "sunforce", "SUNFORCE Solar Shed Light with Remote"),
    P("case_width", "jacuzzi", "Inflatable jacuzzi Hot Tub 4-6 Person Outdoor Spa"),  # the mark
    # used as a common name for the right's own goods is still a use of the mark
    P("case_width", "grizzly", "GRIZZLY 40 qt Rotomolded Cooler Bear Resistant"),
    P("case_width", "rtic", "rtic 52 Quart Ultra-Light Cooler"),
    P("case_width", "trangia", "TRANGIA Mini Alcohol Stove Cook Kit"),
    P("case_width", "optimus", "oPtImUs Crux Lite Canister Stove"),
    P("case_width", "dometic", fw("Dometic") + " CFX3 45 Powered Cooler"),
    P("case_width", "harvia", fw("HARVIA") + " Cilindro Wood Burning Sauna Stove"),
    P("case_width", "engel", fw("ENGEL") + " MT45 Fridge Freezer 40L"),
    P("case_width", "kingcamp", fw("KingCamp") + " 户外 折叠桌 铝合金"),
    P("case_width", "hot-spring", "HOT SPRING Hot Tub Filter Tri-X Ceramic"),
    # case_width, in the description only
    P(
        "case_width",
        "cobb",
        "Portable Charcoal Grill with Cooking Dome",
        "COBB premier gas model, compact for camping.",
    ),
    P(
        "case_width",
        "soto",
        "Regulator Stove Titanium Backpacking Burner",
        "soto amicus with igniter, the Shinfuji version.",
    ),
    P(
        "case_width",
        "primo",
        "Oval Ceramic Kamado Grill Large 300",
        "PRIMO oval large with cradle and side shelves.",
    ),
    P(
        "case_width",
        "sunlighten",
        "Full Spectrum Infrared Sauna Cabin 3 Person",
        "SUNLIGHTEN amplify model, low EMF heaters.",
    ),
    P(
        "case_width",
        "fatboy",
        "Outdoor Bean Bag Chair Waterproof Lounger",
        fw("fatboy") + " original outdoor in olive.",
    ),
    # accent
    P("accent", "napoleon", "Napoléon Freestyle 425 Gas Grill Stainless"),
    P("accent", "blackstone", "Blâckstone 28 Inch Griddle Cooking Station"),
    P("accent", "kamado-joe", "Kamadó Joe Big Joe III Charcoal Grill"),
    P("accent", "kingsford", "Kingsförd Long Burning Charcoal Briquets"),
    P("accent", "polywood", "Polywööd Adirondack Chair Teak Colour"),
    P("accent", "trex", "Trëx Outdoor Furniture Rocking Chair"),
    P("accent", "sundance", "Sundançe Spas 780 Series Hot Tub"),
    P("accent", "caldera", "Calderá Spas Cantabria Hot Tub 7 Seat"),
    P("accent", "bullfrog", "Bullfrög Spas STIL 7 Hot Tub"),
    P("accent", "harvia", "Hàrvia Legend Wood Burning Sauna Stove"),
    P("accent", "tylo", "Tylõ Sauna Heater Sense Pure 6kW"),
    P("accent", "orca", "Örca 58 Quart Rotomolded Cooler"),
    P("accent", "grizzly", "Grizzlý 60 Quart Cooler Drain Plug"),
    P("accent", "engel", "Èngel Portable Fridge Freezer 40 Litre"),
    P("accent", "trangia", "Trangiá Storm Cooker Complete Set"),
    P("accent", "optimus", "Optimüs Nova Multifuel Stove"),
    # accent, in the description only
    P(
        "accent",
        "dometic",
        "Powered Cooler Compressor 45 L 12 V",
        "Dométic CFX3 line, app control.",
    ),
    P(
        "accent",
        "sunforce",
        "Solar Motion Sensor Light Outdoor 1000 Lumens",
        "Sünforce triple head model, battery included.",
    ),
    P(
        "accent",
        "fatboy",
        "Outdoor Lounger Bean Bag Chair Acrylic Fabric",
        "Fätboy buggle-up outdoor, stone grey.",
    ),
    # homoglyph
    P(
        "homoglyph",
        "napoleon",
        hg("Napoleon", "ao") + " Rogue 525 Gas Grill with Infrared Side Burner",
    ),
    P("homoglyph", "masterbuilt", hg("Masterbuilt", "ae") + " 40 Inch Digital Electric Smoker"),
    P("homoglyph", "blackstone", hg("Blackstone", "Bo") + " 4 Burner Griddle Cooking Station"),
    P("homoglyph", "kamado-joe", hg("Kamado Joe", "Kao") + " Jr Portable Ceramic Grill"),
    P("homoglyph", "char-broil", hg("Char-Broil", "CB") + " Classic 360 3 Burner Gas Grill"),
    P("homoglyph", "polywood", hg("Polywood", "Po") + " Nautical Adirondack Chair"),
    P("homoglyph", "jacuzzi", hg("Jacuzzi", "ai") + " J-200 Hot Tub Outdoor Spa"),
    P("homoglyph", "sundance", hg("Sundance", "ac") + " Spa Hot Tub 6 Person 50 Jets"),
    P("homoglyph", "harvia", hg("Harvia", "Hai") + " Vega Electric Sauna Heater 6kW"),
    P("homoglyph", "bullfrog", hg("Bullfrog", "Bo") + " Spas R8 Hot Tub"),
    P("homoglyph", "rtic", hg("RTIC", "TC") + " 45 Hard Cooler Ice Chest"),
    P("homoglyph", "engel", hg("Engel", "Ee") + " Fridge Freezer 60L Camping"),
    P("homoglyph", "dometic", hg("Dometic", "oei") + " CFX3 35 Portable Fridge"),
    P("homoglyph", "optimus", hg("Optimus", "Ops") + " Vega Remote Canister Stove"),
    P("homoglyph", "orca", hg("Orca", "Oca") + " 26 Quart Cooler Hard Shell"),
    # homoglyph, in the description only
    P(
        "homoglyph",
        "kingsford",
        "Charcoal Briquettes for BBQ 16 lb",
        hg("Kingsford", "Ko") + " original blue bag.",
    ),
    P(
        "homoglyph",
        "fatboy",
        "Outdoor Bean Bag Giant Lounger",
        hg("Fatboy", "ao") + " Original, brand new.",
    ),
    P(
        "homoglyph",
        "iwatani",
        "Portable Butane Gas Stove 2.3kW Camping",
        hg("Iwatani", "ai") + " 35FW model.",
    ),
    # leetspeak
    P("leetspeak", "napoleon", "N@poleon Prestige Pro 665 Gas Grill"),
    P("leetspeak", "char-broil", "Ch@r-Br0il Commercial Series 4 Burner Grill"),
    P("leetspeak", "masterbuilt", "M4sterbuilt Gravity 1050 Charcoal Smoker"),
    P("leetspeak", "blackstone", "Bl4ckst0ne Adventure Ready 22 Griddle"),
    P("leetspeak", "broil-king", "Br0il K1ng Regal S590 Pro"),
    P("leetspeak", "polywood", "P0lyw00d Long Island Outdoor Sofa"),
    P("leetspeak", "trex", "Tr3x Outdoor Adirondack Chair Recycled"),
    P("leetspeak", "jacuzzi", "J@cuzzi Outdoor Hot Tub J-475"),
    P("leetspeak", "sundance", "$undance Spas Optima 880 Hot Tub"),
    P("leetspeak", "harvia", "H4rvia Electric Sauna Heater Cilindro"),
    P("leetspeak", "sunlighten", "Sunl1ghten mPulse Infrared Sauna Cabin"),
    P("leetspeak", "rtic", "RT1C Soft Pack Cooler 30 Can"),
    P("leetspeak", "grizzly", "Gr1zzly 75 Quart Cooler Hard Shell"),
    P("leetspeak", "dometic", "D0metic CFX3 75DZ Dual Zone Fridge"),
    P("leetspeak", "optimus", "0ptimus Polaris Optifuel Multifuel Stove"),
    # leetspeak, in the description only
    P(
        "leetspeak",
        "engel",
        "Portable 12V Fridge Freezer 40 Quart",
        "3ngel MT45, the original swing motor.",
    ),
    P(
        "leetspeak",
        "soto",
        "Ultralight Gas Stove with Piezo Igniter",
        "S0T0 windmaster with 4Flex support.",
    ),
    P(
        "leetspeak",
        "mainstays",
        "Folding Patio Dining Chair Sling Steel",
        "M@inst@ys outdoor collection, set of 2.",
    ),
    # spacing
    P("spacing", "napoleon", "N.A.P.O.L.E.O.N Gas Grill Rogue 425"),
    P("spacing", "char-broil", "Char Broil Performance 4 Burner Grill"),
    P("spacing", "masterbuilt", "Master-built Digital Electric Smoker 30"),
    P("spacing", "blackstone", "Black Stone 36 Inch Griddle Cooking Station Flat Top"),  # the
    # mark split on the griddle of the mark's own trade: spacing, not two ordinary words
    P("spacing", "kamado-joe", "Kamado-Joe Classic Joe II Ceramic Grill"),
    P("spacing", "polywood", "Poly-Wood Adirondack Chair Recycled Lumber"),
    P("spacing", "fatboy", "F_a_t_b_o_y Outdoor Beanbag Lounger"),
    P("spacing", "jacuzzi", "J a c u z z i Hot Tub 6 Person 40 Jets"),
    P("spacing", "harvia", "Har" + ZW + "via KIP Sauna Heater 9kW"),
    P("spacing", "sunlighten", "Sun Lighten Infrared Sauna Signature 2 Person"),
    P("spacing", "rtic", "R-T-I-C Hard Cooler 65 Quart"),
    P("spacing", "dometic", "Do" + ZW + "metic CFX3 55IM Fridge with Ice Maker"),
    P("spacing", "engel", "E.n.g.e.l Fridge Freezer MT35 Camping"),
    P("spacing", "optimus", "O p t i m u s Crux Canister Stove"),
    P("spacing", "kingcamp", "King Camp Aluminium Roll Table Folding Camping"),
    P("spacing", "mls", "M L S 太阳能 投光灯 户外 LED"),
    # spacing, in the description only
    P(
        "spacing",
        "trangia",
        "Spirit Burner Cook Set with Kettle Aluminium",
        "T.R.A.N.G.I.A 25 series.",
    ),
    P(
        "spacing",
        "grizzly",
        "Rotomolded Cooler 40 Quart Bear Resistant",
        "Griz" + ZW + "zly 40 in tan.",
    ),
    P(
        "spacing",
        "sundance",
        "Hot Tub 7 Person Acrylic Outdoor Spa",
        "S-u-n-d-a-n-c-e 880 series Maxxus.",
    ),
    # misspelling
    P("misspelling", "napoleon", "Napolean Rogue 425 Propane Gas Grill"),
    P("misspelling", "char-broil", "Charbroyl Performance Series Gas Grill"),
    P("misspelling", "masterbuilt", "Masterbilt Digital Electric Smoker 30 Inch"),  # a seller's
    # misspelling in the smoker trade (Master-Bilt coolers are another holder, other goods)
    P("misspelling", "blackstone", "Blakstone Griddle 36 Inch Flat Top"),
    P("misspelling", "kamado-joe", "Komodo Joe Classic Ceramic Charcoal Grill"),
    P("misspelling", "kingsford", "Kingford Charcoal Briquettes Original 16 lb"),
    P("misspelling", "polywood", "Polywod Classic Adirondack Chair"),
    P("misspelling", "jacuzzi", "Jacuzi Outdoor Hot Tub 5 Person"),
    P("misspelling", "sundance", "Sundanse Spas 880 Hot Tub"),
    P("misspelling", "harvia", "Harvi Electric Sauna Heater 8kW KIP"),
    P("misspelling", "sunlighten", "Sunlightning Infrared Sauna Amplify"),
    P("misspelling", "rtic", "RTIK 52 Quart Hard Cooler"),
    P("misspelling", "grizzly", "Grizzley 40 Quart Cooler Rotomolded"),
    P("misspelling", "dometic", "Dometik CFX3 45 Compressor Fridge"),
    P("misspelling", "trangia", "Trangya Spirit Stove Cook Set 27"),
    P("misspelling", "engel", "Engle Portable Fridge Freezer 40L"),  # one letter off, in the
    # fridge trade; "Engle" alone would be a surname, but here it brands a camping fridge
    P("misspelling", "jacuzzi", "极可易 户外 按摩浴缸 冲浪"),
    P("misspelling", "dometic", "多美大 车载冰箱 压缩机 50L"),
    # misspelling, in the description only
    P(
        "misspelling",
        "optimus",
        "Multifuel Stove Expedition Petrol Kerosene",
        "Optimos Polaris, same as original.",
    ),
    P(
        "misspelling",
        "fatboy",
        "Outdoor Bean Bag Lounger Waterproof XXL",
        "Fat-Boi original quality, outdoor fabric.",
    ),
    P(
        "misspelling",
        "iwatani",
        "Portable Butane Stove Cassette 3.5kW",
        "Iwatanni cassette feu original.",
    ),
    P("misspelling", "kingcamp", "户外 月亮椅 加厚 铝合金", "康耳 原厂 同款"),
    # brand_field: only in the brand field
    P(
        "brand_field",
        "napoleon",
        "Stainless Steel Propane Gas Grill 4 Burner with Side Burner",
        brand="Napoleon",
    ),
    P("brand_field", "char-broil", "3 Burner Gas Grill Porcelain Grates", brand="Char-Broil"),
    P("brand_field", "blackstone", "36 Inch Flat Top Griddle Outdoor", brand="Blackstone"),
    P("brand_field", "kingsford", "Charcoal Briquettes Long Burning 20 lb", brand="Kingsford"),
    P(
        "brand_field",
        "polywood",
        "Recycled Plastic Adirondack Chair Weatherproof",
        brand="POLYWOOD",
    ),
    P("brand_field", "trex", "Composite Outdoor Dining Table 6 Seat", brand="Trex"),
    P("brand_field", "mainstays", "Outdoor Folding Chair Steel Frame Green", brand="Mainstays"),
    P("brand_field", "hampton-bay", "Solar LED Path Lights 8 Pack Bronze", brand="Hampton Bay"),
    P("brand_field", "campania", "Cast Stone Garden Fountain Three Tier", brand="Campania"),
    P(
        "brand_field",
        "design-toscano",
        "Gargoyle Garden Statue Resin 40 cm",
        brand="Design Toscano",
    ),
    P("brand_field", "hot-spring", "Hot Tub Filter Replacement Cartridge Set", brand="Hot Spring"),
    P("brand_field", "bullfrog", "Hot Tub 6 Person Acrylic Jets", brand="Bullfrog"),
    P("brand_field", "almost-heaven", "Barrel Sauna Cedar 4 Person Outdoor", brand="Almost Heaven"),
    P("brand_field", "orca", "Hard Cooler 58 Quart Ice Chest", brand="ORCA"),
    P("brand_field", "msr", "Canister Stove Ultralight Titanium", brand="MSR"),
    P("brand_field", "luci", "Inflatable Solar Lantern String Lights", brand="Luci"),
    P("brand_field", "yankon", "太阳能 壁灯 户外 人体感应", brand="阳光"),
    P("brand_field", "linsy", "户外 桌椅 组合 庭院 铝合金", brand="林氏木业"),
    P("brand_field", "cooker-king", "户外 野营锅 套装 不粘", brand="炊大皇"),
    P("brand_field", "asd", "不锈钢 户外 烧水壶 1.2L", brand="爱仕达"),
    P("brand_field", "blackdog", "户外 蛋卷桌 铝合金 便携", brand="Blackdog"),
    P("brand_field", "nestrest", "Hanging Lounger Woven Outdoor Pod Chair", brand="Nestrest"),
]

# more text positives with the mark in the description only
POSITIVES += [
    P(
        "exact",
        "design-toscano",
        "Gargoyle Statue Sitting on Ledge Resin Garden",
        "Design Toscano Florentine gargoyle, authentic range.",
    ),
    P(
        "exact",
        "campania",
        "Cast Stone Bird Bath Pedestal Classic",
        "Campania cast stone, aged moss finish.",
    ),
    P(
        "exact",
        "luci",
        "Inflatable Solar Lantern Waterproof Camping",
        "Luci Outdoor 2.0, collapsible.",
    ),
    P(
        "exact",
        "emu",
        "Outdoor Aluminium Dining Chair Stackable",
        "Emu Ronda collection, made in Italy.",
    ),
    P(
        "alias",
        "bullfrog",
        "7 Person Hot Tub with Interchangeable Jet Packs",
        "Bullfrog Spas X8, ships crated.",
    ),
    P(
        "exact",
        "trex",
        "Recycled Plastic Adirondack Chair Folding",
        "Trex Outdoor Furniture Cape Cod line.",
    ),
    P(
        "exact",
        "grizzly",
        "Rotomolded Cooler 60 Quart Ice Retention",
        "Grizzly 60 quart, bear resistant certified.",
    ),
    P(
        "alias",
        "msr",
        "Liquid Fuel Stove Multifuel Backpacking",
        "Mountain Safety Research WhisperLite International.",
    ),
    P(
        "case_width",
        "kamado-joe",
        "Ceramic Kamado Charcoal Grill 24 Inch",
        "kamado joe big joe, genuine.",
    ),
    P("accent", "blackstone", "Flat Top Griddle 28 Inch with Hood", "Blàckstone culinary series."),
    P(
        "homoglyph",
        "sunlighten",
        "Infrared Sauna Cabin 2 Person Carbon Heaters",
        hg("Sunlighten", "ie") + " Signature.",
    ),
    P("leetspeak", "primo", "Ceramic Charcoal Grill Oval Large", "Pr1mo oval 300."),
    P("spacing", "cobb", "Portable Charcoal Grill Camping Table Top", "C o b b premier."),
    P("misspelling", "harvia", "Electric Sauna Heater 9 kW Wall Mount", "Harvea KIP original."),
    P("chinese", "linsy", "户外 秋千 藤编 吊篮 双人", "林氏家居 官方 同款"),
]

# image: the right's reference picture copied; the text is clean (and names no mark)
POSITIVES += [
    I("yankon", "Solar Garden Stake Light Warm White LED 6 Pack"),
    I("yankon", "太阳能 庭院灯 草坪灯 户外 防水"),
    I("kingcamp", "Folding Camping Moon Chair Padded Outdoor"),
    I("kingcamp", "户外 折叠椅 便携 露营 靠背椅"),
    I("iwatani", "Portable Butane Cassette Stove 2.9kW"),
    I("jacuzzi", "Outdoor Hot Tub 6 Person Acrylic Spa"),
    I("jacuzzi", "户外 按摩浴缸 冲浪 恒温 6人"),
    I("dometic", "12V Compressor Fridge Freezer 45L Car Camping"),
    I("napoleon", "Stainless Gas Grill 4 Burner Infrared Rear Burner"),
    I("napoleon", "Portable Tabletop Gas Grill Travel Size"),
    I("kamado-joe", "18 Inch Ceramic Kamado Charcoal Grill Red"),
    I("polywood", "Recycled Plastic Adirondack Chair Navy Blue"),
    I("fatboy", "Outdoor Bean Bag Lounger Extra Large"),
    I("sundance", "7 Person Acrylic Hot Tub 50 Jets LED"),
    I("harvia", "Electric Sauna Heater 8kW Stainless"),
    I("harvia", "Wood Burning Sauna Stove Cylinder"),
    I("engel", "Portable Fridge Freezer 40L Swing Motor"),
    I("rtic", "Hard Cooler 52 Quart Rotomolded"),
    I("rtic", "Insulated Tumbler 30 oz Stainless Steel"),
    I("luxembourg-chair", "Metal Garden Armchair Perforated Seat Green"),
]

# mixed: two rights, one right under two evasions, or a mark on an accessory for a device
POSITIVES += [
    M("napoleon", "Napoleon Grill with Kingsford Charcoal Starter Bundle", others="kingsford"),
    M("blackstone", "Blackstone Griddle and Char-Broil Grill Cover Combo", others="char-broil"),
    M("polywood", "Polywood Adirondack Chair Set with Hampton Bay Umbrella", others="hampton-bay"),
    M("jacuzzi", "J@cuzzi 极可意 同款 户外按摩浴缸"),
    M("dometic", "D0metic 多美达 车载冰箱 45L"),
    M("harvia", "H@rvia Heater with Tylo Sauna Stones 20kg", others="tylo"),
    M("rtic", "RTIC Tumbler with Orca Cooler Bundle", others="orca"),
    M("engel", "Engel Fridge with Grizzly Cooler Camping Pack", others="grizzly"),
    M("grillgrate", "GrillGrate Panels for Kamado Joe Classic", device="kamado-joe"),
    M("grillgrate", "GrillGrates Sear Station fits Blackstone 22", device="blackstone"),
    M("slow-n-sear", "Slow 'N Sear Charcoal Basket for Napoleon Kettle", device="napoleon"),
    M("trangia", "Trangia Burner compatible with Optimus Windshield", device="optimus"),
    M("soto", "SOTO Stove Stand for Iwatani Cassette Canister", device="iwatani"),
    M("msr", "MSR Fuel Pump Replacement for Optimus Nova", device="optimus"),
    M("sunforce", "Sunforce Solar Panel for Luci Lantern Charging", device="luci"),
    M("kingcamp", "K1ngCamp 康尔 蛋卷桌 4人"),
    M("blackdog", "黑狗 Bl@ckdog 天幕 户外"),
    M("yankon", "阳光 Yank0n 太阳能 草坪灯"),
    M("luxembourg-chair", "Luxembourg Chair 卢森堡椅 同款 铁艺 户外 扶手椅"),
    M("sundance", "$undance Spas cover lifter with Jacuzzi Filter Set", others="jacuzzi"),
]

# compat: an accessory naming the device it fits (expected only with the switch off)
COMPAT: list[Entry] = [
    N("compat", "napoleon", "Grill Cover for Napoleon Rogue 425 Heavy Duty Waterproof"),
    N("compat", "napoleon", "Cast Iron Cooking Grates Replacement for Napoleon Prestige 500"),
    N(
        "compat",
        "char-broil",
        "Heat Plate Tent Shield compatible with Char-Broil Performance 4 Burner",
    ),
    N("compat", "char-broil", "Igniter Kit Replacement Parts fits Charbroil Classic 360"),
    N("compat", "masterbuilt", "Smoker Cover designed to fit Masterbuilt 30 Inch Electric Smoker"),
    N("compat", "blackstone", "Griddle Hard Cover for Blackstone 36 Inch Flat Top"),
    N("compat", "blackstone", "Stainless Steel Spatula Set works with Blackstone Griddle"),
    N("compat", "kamado-joe", "Ash Tool and Grate Lifter compatible for Kamado Joe Classic"),
    N("compat", "primo", "Heat Deflector Plates fits Primo Oval XL 400"),
    N("compat", "broil-king", "Burner Tube Set Replacement for Broil King Baron 440"),
    N("compat", "cobb", "Griddle Pan for Cobb Premier Portable Grill"),
    N("compat", "polywood", "Adirondack Chair Cushion for Polywood Classic Chair"),
    N("compat", "trex", "Hidden Deck Fasteners compatible with Trex Grooved Boards"),
    N("compat", "fatboy", "Replacement Inner Bag for Fatboy Original Bean Bag"),
    N("compat", "luxembourg-chair", "Seat Cushion designed to fit Luxembourg Chair Fermob"),
    N("compat", "nestrest", "Rain Cover for Dedon Nestrest Hanging Lounger"),
    N("compat", "luci", "USB Charging Cable for Luci Solar Lantern"),
    N("compat", "sunforce", "Replacement Battery Pack for Sunforce Solar Motion Light"),
    N("compat", "jacuzzi", "Hot Tub Filter Cartridge Replacement for Jacuzzi J-300 Series"),
    N("compat", "sundance", "Spa Filter Set Sundance Spas compatible Microclean Ultra"),
    N("compat", "hot-spring", "Hot Tub Cover Lifter compatible with Hot Spring Grandee"),
    N("compat", "hot-spring", "Ozone Generator Replacement for HotSpring Spa"),
    N("compat", "caldera", "Spa Filter Pleated Cartridge for Caldera Spas Utopia"),
    N("compat", "bullfrog", "JetPak Cover Seal Kit fits Bullfrog Spas A Series"),
    N("compat", "harvia", "Sauna Stones 20 kg for Harvia KIP Heater"),
    N("compat", "harvia", "Control Panel Cable Replacement works with Harvia Xenio"),
    N("compat", "tylo", "Sauna Heater Guard Rail for Tylo Sense Heater"),
    N("compat", "sunlighten", "Replacement Carbon Heater Panel for Sunlighten Signature Sauna"),
    N(
        "compat",
        "almost-heaven",
        "Barrel Sauna Roof Shingle Kit designed to fit Almost Heaven Saunas",
    ),
    N("compat", "engel", "Insulated Transit Bag for Engel MT45 Fridge"),
    N("compat", "dometic", "Protective Cover compatible with Dometic CFX3 45"),
    N("compat", "orca", "Cooler Divider and Basket for Orca 40 Quart"),
    N("compat", "rtic", "Lid Replacement for RTIC Tumbler 30 oz Magnetic Slider"),
    N("compat", "grizzly", "Dry Goods Tray for Grizzly 60 Quart Cooler"),
    N("compat", "trangia", "Gas Burner Conversion Kit for Trangia 25 Stove"),
    N("compat", "optimus", "Fuel Pump Seal Kit Replacement for Optimus Polaris"),
    N("compat", "soto", "Windscreen for SOTO WindMaster Stove Foldable"),
    N("compat", "msr", "Fuel Pump O-Ring Kit for MSR WhisperLite"),
    N("compat", "iwatani", "Griddle Pan for Iwatani Cassette Stove 29cm"),
    N("compat", "iwatani", "Butane Canister Adapter works with Iwatani Stove"),
    N("compat", "grillgrate", "Grate Tool Scraper for GrillGrate Panels"),
    N("compat", "slow-n-sear", "Drip N Griddle Pan for Slow 'N Sear Kettle Insert"),
    N("compat", "kingcamp", "Spare Table Legs for KingCamp Roll Table"),
    N("compat", "dometic", "适用于多美达 车载冰箱 保护套 加厚"),
    N("compat", "jacuzzi", "适用 极可意 按摩浴缸 滤芯 替换装"),
    N("compat", "iwatani", "岩谷卡式炉 适配 防风罩 户外"),
    N("compat", "kingcamp", "兼容康尔月亮椅 椅套 替换布"),
    N("compat", "linsy", "替换 林氏木业 户外沙发 坐垫套"),
    N("compat", "cooker-king", "适用于炊大皇 炒锅 玻璃锅盖 32cm"),
    N("compat", "asd", "爱仕达 高压锅 适用 密封圈 胶圈"),
    N("compat", "blackdog", "黑狗天幕 适配 天幕杆 加粗 2根"),
]

# inside_word: the mark inside another word (Latin), or across a word boundary (Chinese)
INSIDE_WORD: list[Entry] = [
    N("inside_word", "cobb", "Cast Iron Dutch Oven for Peach Cobbler Camping 6 Quart"),
    N("inside_word", "cobb", "Cobblestone Stepping Stone Mould Garden Path Maker"),
    N("inside_word", "napoleon", "Napoleonic Era Soldier Figurine Garden Ornament Resin"),
    N("inside_word", "primo", "Primordial Dwarf Planet Solar Garden Globe Light"),
    N("inside_word", "emu", "Exterior Emulsion Paint for Garden Fences 5 L"),
    N("inside_word", "emu", "Retro Game Emulator Handheld for Camping Trips"),
    N("inside_word", "luci", "Lucite Acrylic Side Table for Patio Clear"),
    N("inside_word", "luci", "Translucid Frosted Glass Lantern Tealight Holder"),
    N("inside_word", "luci", "Lucia Saint Crown Candle Holder Garden Decor"),
    N("inside_word", "orca", "Mallorca Style Terracotta Garden Planter 40 cm"),
    N("inside_word", "engel", "Engelmann Spruce Sauna Boards Tongue and Groove"),
    N("inside_word", "rtic", "Vertical Garden Wall Planter 36 Pockets"),
    N("inside_word", "rtic", "Artichoke Cast Iron Garden Finial Decor"),
    N("inside_word", "rtic", "Particle Board Outdoor Storage Bench Weatherproof Coating"),
    N("inside_word", "soto", "Isotonic Drink Powder Sachets for Hiking 20 pcs"),
    N("inside_word", "tylo", "Tylosin Powder for Poultry 100 g"),
    N("inside_word", "msr", "Patio Heater MSRP 299 Now 189 Propane Tower"),
    N("inside_word", "char-broil", "Charbroiled Burger Seasoning Rub 250 g"),
    N("inside_word", "char-broil", "Char-broiled Flavour Liquid Smoke 500 ml"),
    N("inside_word", "caldera", "Calderas of the Andes Travel Photo Book"),
    N("inside_word", "hot-spring", "Hot Springs Arkansas Vintage Travel Poster Print"),
    N("inside_word", "almost-heaven", "Almost Heavenly Scented Soy Candle Cedar"),
    N("inside_word", "bullfrog", "Bullfrogs of North America Field Guide Book"),
    N("inside_word", "trex", "Extrex Carp Fishing Bait Boilies 1 kg"),
    N("inside_word", "optimus", "Optimuscle Protein Bar Box of 12"),
    N("inside_word", "yankon", "太阳光伏板 单晶 100W 户外 充电"),
    N("inside_word", "yankon", "向阳光照 多肉植物 花盆 阳台"),  # 向阳 | 光照
    N("inside_word", "fsl", "广东佛山照明灯具厂 户外壁灯 批发"),  # 佛山 | 照明灯具: a place and
    # a product word, the maker's location, not the mark
    N("inside_word", "blackdog", "漆黑狗窝 户外 防雨 宠物屋"),  # 漆黑 | 狗窝
    N("inside_word", "mls", "杉木林森林公园 纪念 冰箱贴"),  # 杉木林 | 森林公园
    N("inside_word", "iwatani", "熔岩谷风 造景 火山石 鱼缸 假山"),  # 熔岩 | 谷
]

# generic_word: a mark that is also an ordinary word, used as that word
GENERIC_WORD: list[Entry] = [
    N("generic_word", "napoleon", "Napoleon Bonaparte Bust Garden Statue Resin Bronze Finish"),
    N("generic_word", "napoleon", "Napoleon Cake Mould Rectangular Silicone Baking"),
    N("generic_word", "blackstone", "Blackstone Commentaries Law Book Antique Reprint"),  # the
    # jurist William Blackstone, not the griddle maker
    N("generic_word", "kingsford", "Kingsford Smith Aviation Poster Vintage Print"),
    N("generic_word", "cobb", "Cobb Salad Bowl Set Acacia Wood Serving"),
    N("generic_word", "primo", "Primo Quality Hand Tied Fishing Flies 12 pcs"),
    N("generic_word", "trex", "T-Rex Dinosaur Garden Statue Solar Eyes 60 cm"),  # the dinosaur
    N(
        "generic_word",
        "mainstays",
        "Wool Blankets Are Mainstays of Cold Weather Camping Guide Book",
    ),
    N("generic_word", "emu", "Emu Feather Boa Garden Party Decoration"),
    N("generic_word", "emu", "Pure Emu Oil for Skin 100 ml"),
    N("generic_word", "emu", "Emu Bird Metal Yard Art Silhouette"),
    N("generic_word", "hampton-bay", "Hampton Bay New York Beach Map Canvas Print"),
    N("generic_word", "luci", "Personalised Name Necklace Luci Gold Plated"),  # a given name
    N("generic_word", "campania", "Campania Italy Travel Guide Amalfi Coast"),
    N("generic_word", "campania", "Buffalo Mozzarella from Campania Vacuum Pack 250 g"),
    N("generic_word", "design-toscano", "Toscano Cigar Humidor Cedar Box"),  # "Toscano" alone,
    # not the mark "Design Toscano"
    N("generic_word", "sundance", "Sundance Kid Western Movie Poster Framed"),
    N("generic_word", "sundance", "Sundance Film Festival Lanyard Souvenir"),
    N("generic_word", "hot-spring", "Natural Hot Spring Mineral Bath Salts 1 kg"),
    N("generic_word", "hot-spring", "Japanese Hot Spring Onsen Towel Cotton"),
    N("generic_word", "caldera", "Volcanic Caldera Lake Jigsaw Puzzle 1000 Pieces"),
    N("generic_word", "bullfrog", "Bullfrog Garden Statue Resin Frog on Lily Pad"),
    N("generic_word", "bullfrog", "Bullfrog Topwater Fishing Lure Soft Body"),
    N("generic_word", "almost-heaven", "Almost Heaven West Virginia Wooden Sign Lyric Decor"),
    N("generic_word", "engel", "Engel Family Crest Custom Doormat"),  # a surname
    N("generic_word", "orca", "Orca Whale Inflatable Pool Float Ride On"),
    N("generic_word", "orca", "Orca Killer Whale Plush Toy 50 cm"),
    N("generic_word", "grizzly", "Grizzly Bear Chainsaw Carved Garden Statue"),
    N("generic_word", "grizzly", "Grizzly Bear Warning Sign Cabin Decor Metal"),
    N("generic_word", "optimus", "Optimus Prime Action Figure Transforming Robot"),  # another
    # holder's character, not the stove maker
    N("generic_word", "soto", "Soto Zen Meditation Cushion Zafu Buckwheat"),
    N("generic_word", "fatboy", "Inflatable Sumo Fat Boy Costume Adult"),
    N("generic_word", "grillgrate", "Cast Iron Grill Grate Round 45 cm for Fire Pit"),  # the
    # ordinary words "grill grate", two words, the product itself (commented: not the patent's
    # one-word name)
    N("generic_word", "grillgrate", "Stainless Steel Grill Grates Universal 3 Pack"),
    N("generic_word", "kamado-joe", "Kamado Grill 21 Inch Ceramic Egg Smoker Black"),  # kamado:
    # the grill type, not the mark "Kamado Joe"
    N("generic_word", "luxembourg-chair", "Luxembourg Gardens Paris Photo Print Framed"),
    N("generic_word", "luxembourg-chair", "卢森堡 旅游 纪念 冰箱贴 磁贴"),
    N("generic_word", "yankon", "阳光板 PC 耐力板 温室 大棚 4mm"),
    N("generic_word", "yankon", "阳光房 铝合金 玻璃 露台 定制"),
    N("generic_word", "yankon", "阳光充足 阳台 花架 多层 铁艺"),
    N("generic_word", "blackdog", "黑狗 摆件 树脂 庭院 装饰 动物"),
    N("generic_word", "blackdog", "Black Dog Garden Statue Labrador Resin"),  # the animal
    N("generic_word", "mls", "汉字启蒙卡片 木林森 日月明 识字"),  # the three characters taught
    # together in a literacy card, not the lighting maker
    N("generic_word", "asd", "ASD Sensory Swing for Kids Indoor Outdoor"),  # autism
    N("generic_word", "char-broil", "How to Charbroil Steaks Grilling Guide Book"),  # the verb
]

# common_word: a common word one edit from a mark (or a mark's misspelling), used normally
COMMON_WORD: list[Entry] = [
    N("common_word", "polywood", "Plywood Outdoor Planter Box Raised Garden Bed"),
    N("common_word", "polywood", "Marine Plywood Sheet for Outdoor Furniture 18 mm"),
    N("common_word", "dometic", "Domestic Charcoal BBQ Grill Small Balcony"),
    N("common_word", "dometic", "Domestic Solar Water Heater 150 L"),
    N("common_word", "cobb", "Corn on the Cob Holders Stainless 16 pcs"),
    N("common_word", "cobb", "Cob LED Work Light Rechargeable Camping"),
    N("common_word", "soto", "Solo Camping Cookware Titanium Pot 750 ml"),
    N("common_word", "soto", "Sato Family Name Stamp Hanko Wooden"),
    N("common_word", "optimus", "Optimum Temperature Sous Vide Cooker"),
    N("common_word", "engel", "Angel Garden Statue Solar Wings"),
    N("common_word", "engel", "Bagel Toaster Rack for Campfire"),
    N("common_word", "orca", "Orchid Pot Clear with Holes 15 cm"),
    N("common_word", "grizzly", "Drizzly Weather Rain Poncho Camping"),
    N("common_word", "rtic", "Arctic Sleeping Bag Minus 20 Mummy"),
    N("common_word", "trex", "Tree Stump Side Table Outdoor Log"),
    N("common_word", "emu", "Emo Band Camping Sticker Pack"),
    N("common_word", "luci", "Lucid Dream Mask Sleep Camping"),
    N("common_word", "trangia", "Triangle Shade Sail 3 x 3 m Patio"),
    N("common_word", "harvia", "Harvest Basket Willow Garden Trug"),
    N("common_word", "caldera", "Caldron Cast Iron Camp Cauldron Tripod"),
    N("common_word", "tylo", "Tyler Rose Garden Shears Steel"),
    N("common_word", "primo", "Prime Rib Roasting Rack Grill"),
    N("common_word", "kingsford", "Kingsfold Garden Labels Slate 10 pcs"),
    N("common_word", "napoleon", "Neapolitan Pizza Peel Wooden for Outdoor Oven"),
    N("common_word", "masterbuilt", "Master Carpenter Built Cedar Planter Box"),
    N("common_word", "sunforce", "Sunflower Solar Stake Light Metal Garden"),
    N("common_word", "sunlighten", "Sunlight Sensor Garden Lamp Automatic"),
    N("common_word", "campania", "Campanula Seeds Bellflower Perennial"),
    N("common_word", "hampton-bay", "Hampton Way Street Sign Replica Metal"),
    N("common_word", "nestrest", "Nest Box Bird House Cedar with Rest Perch"),
    N("common_word", "slow-n-sear", "Low and Slow Smoking Wood Chunks Hickory"),
    N("common_word", "yankon", "Yankton Vintage Map Print South Dakota"),
    N("common_word", "yankon", "阳台 光线 补光灯 植物 生长灯"),
    N("common_word", "kingcamp", "康乐 户外 健身器材 小区"),
    N("common_word", "blackdog", "黑猫 摆件 庭院 招财 树脂"),
    N("common_word", "jacuzzi", "极可爱 卡通 泳圈 儿童 充气"),
    N("common_word", "dometic", "多美 花园 装饰 铁艺 花架"),
    N("common_word", "mls", "森林 风格 庭院灯 草坪 装饰"),
    N("common_word", "asd", "爱心达人 户外 公益 帐篷"),
    N("common_word", "cooker-king", "炊具大王 户外 铝锅 野营 套装"),
    N("common_word", "linsy", "林氏宗祠 牌匾 实木 雕刻"),
    N("common_word", "fsl", "佛山 陶瓷 花盆 庭院 大号"),
    N("common_word", "iwatani", "岩石 假山 庭院 造景 鱼缸"),
]

# clean: ordinary listings, no mark anywhere
CLEAN: list[Entry] = [
    C("Heavy Duty Offset Charcoal Smoker with Side Firebox"),
    C("Portable Tabletop Charcoal Grill Foldable Legs"),
    C("Stainless Steel Propane Gas Grill 3 Burner with Side Shelf"),
    C("Pellet Smoker Grill Wood Fired 700 sq in Digital Controller"),
    C("Upright Propane Smoker Two Door Water Pan"),
    C("Barrel Drum Smoker 55 Gallon Kit"),
    C("Flat Top Griddle 4 Burner Outdoor Cooking Station"),
    C("Pizza Oven Outdoor Wood Fired 12 Inch Portable"),
    C("Charcoal Chimney Starter Quick Lighting"),
    C("Grill Brush Bristle Free Stainless Scraper"),
    C("Meat Thermometer Wireless Bluetooth 4 Probes"),
    C("BBQ Tool Set 20 Pieces Aluminium Case"),
    C("Hardwood Lump Charcoal 10 kg Restaurant Grade"),
    C("Smoking Wood Chips Apple and Cherry Mix 2 lb"),
    C("Grill Mat Non Stick Reusable Set of 5"),
    C("Rotisserie Kit Universal Motor Spit Rod"),
    C("Cast Iron Griddle Plate Reversible Ribbed"),
    C("Teak Garden Bench 3 Seater Outdoor"),
    C("Aluminium Patio Dining Set 7 Piece with Sling Chairs"),
    C("Rattan Corner Sofa Set Grey Cushions Outdoor"),
    C("Acacia Wood Folding Bistro Set Balcony"),
    C("Zero Gravity Lounge Chair Reclining Textilene"),
    C("Outdoor Rocking Chair Resin Wicker"),
    C("Hanging Egg Chair with Stand and Cushion"),
    C("Hammock with Steel Stand Double Size"),
    C("Cantilever Patio Umbrella 3 m LED"),
    C("Gazebo Hardtop 3 x 4 m Aluminium Frame"),
    C("Outdoor Cushion Storage Deck Box 120 Gallon"),
    C("Fire Pit Table Propane 50000 BTU"),
    C("Steel Fire Pit Bowl Wood Burning 80 cm"),
    C("Swing Bench Canopy 3 Seater Garden"),
    C("Pergola Shade Cloth Retractable"),
    C("Sun Lounger Pool Side Adjustable Back"),
    C("Picnic Table Wooden Kids Outdoor"),
    C("Balcony Bar Table Railing Hanging Folding"),
    C("Solar Pathway Lights Stainless 12 Pack Warm White"),
    C("Solar String Lights Outdoor Globe Bulbs 15 m"),
    C("Solar Spotlight Landscape Adjustable Angle"),
    C("Solar Fairy Lights Copper Wire 200 LED"),
    C("Solar Lantern Hanging Moroccan Style"),
    C("Solar Wall Lamp Motion Sensor 3 Modes"),
    C("Solar Powered Water Fountain Pump Bird Bath"),
    C("Garden Gnome Statue Funny Resin"),
    C("Wind Spinner Stainless Steel 3D Kinetic"),
    C("Bird Bath Pedestal Concrete Look"),
    C("Garden Stepping Stones Set of 4"),
    C("Metal Flower Trellis Climbing Plants"),
    C("Raised Garden Bed Galvanised Steel Oval"),
    C("Inflatable Hot Tub 4 Person Bubble Massage"),
    C("Outdoor Spa Cover Insulated Tapered 2 x 2 m"),
    C("Spa Chlorine Tablets Slow Dissolve 1 kg"),
    C("Hot Tub Cover Lifter Universal Hydraulic"),
    C("Barrel Sauna Thermowood 4 Person"),
    C("Infrared Sauna Blanket Portable"),
    C("Sauna Bucket and Ladle Set Wooden"),
    C("Sauna Stones Olivine Diabase 20 kg"),
    C("Cold Plunge Tub Insulated Chiller Included"),
    C("Steam Room Generator 6 kW Digital Control"),
    C("Titanium Camping Pot 900 ml with Lid"),
    C("Aluminium Camping Cookware Set 2 Person"),
    C("Folding Camping Kettle Silicone 1 L"),
    C("Backpacking Stove Ultralight Piezo 3000 W"),
    C("Wood Burning Camp Stove Stainless Twig Stove"),
    C("Collapsible Camping Sink Bucket 10 L"),
    C("Enamel Camping Mug Speckled Blue"),
    C("Percolator Coffee Pot Stainless 9 Cup"),
    C("Cast Iron Camping Griddle Dutch Oven Lid Lifter"),
    C("Hard Cooler 45 Quart Rotomolded Ice Chest"),
    C("Soft Cooler Bag 24 Can Leakproof"),
    C("Wheeled Cooler 60 L with Telescoping Handle"),
    C("Insulated Water Bottle 1 L Double Wall"),
    C("Stainless Tumbler 20 oz with Straw"),
    C("12V Car Fridge Compressor 30 L Dual Zone"),
    C("Camping Table Folding Aluminium Slat Top"),
    C("Camping Chair Low Beach Compact"),
    C("Tent Footprint Groundsheet 2 Person"),
    C("Camping Lantern Rechargeable 1000 Lumens"),
    C("Portable Butane Stove Cassette 2.4 kW Carry Case"),
    C("LED Headlamp Rechargeable Waterproof"),
    C("Outdoor Shower Solar Heated Bag 20 L"),
    C("Patio Heater Tall Propane Stainless"),
    C("烧烤炉 户外 家用 木炭 折叠 便携"),
    C("不锈钢 烧烤架 大号 加厚 商用"),
    C("烧烤网 不粘 烤鱼夹 烤肉 工具"),
    C("果木炭 无烟 烧烤 机制炭 10斤"),
    C("卡式炉 户外 便携 火锅 防风 燃气炉"),
    C("户外 折叠桌 铝合金 蛋卷桌 便携"),
    C("月亮椅 户外 折叠椅 便携 钓鱼 露营"),
    C("庭院 桌椅 组合 户外 铁艺 三件套"),
    C("藤编 吊椅 阳台 秋千 室内 户外"),
    C("户外 遮阳伞 庭院伞 罗马伞 大号"),
    C("防腐木 花架 葡萄架 凉亭 户外"),
    C("太阳能 草坪灯 户外 防水 花园 装饰"),
    C("太阳能 壁灯 感应 家用 户外 庭院"),
    C("太阳能 串灯 露营 氛围灯 户外 灯串"),
    C("太阳能 路灯 一体化 农村 100W"),
    C("花园 摆件 树脂 小矮人 庭院 装饰"),
    C("风铃 户外 金属 挂饰 庭院"),
    C("鸟食器 户外 挂式 喂鸟器"),
    C("充气 浴缸 户外 加厚 保温 成人"),
    C("桑拿房 家用 汗蒸房 远红外 单人"),
    C("桑拿石 火山石 桑拿炉 专用 10kg"),
    C("桑拿 木桶 木勺 套装 汗蒸 配件"),
    C("泡澡桶 实木 成人 家用 浴桶"),
    C("钛锅 户外 套锅 野营 轻量 便携"),
    C("野营 炊具 套装 铝合金 2-3人"),
    C("户外 烧水壶 不锈钢 野营 1.2L"),
    C("保温箱 车载 户外 冷藏箱 45L 钓鱼"),
    C("冰袋 蓝冰 保鲜 冷藏 反复使用 6只装"),
    C("车载冰箱 压缩机 12V 24V 冷冻 冷藏"),
    C("保温杯 大容量 不锈钢 户外 1L"),
    C("露营 天幕 防晒 防雨 户外 遮阳"),
    C("营地灯 户外 充电 露营 照明"),
    C("户外 防潮垫 加厚 野餐垫 帐篷"),
    C("便携 折叠 水桶 户外 洗菜盆"),
    C("手冲 咖啡壶 户外 野营 套装"),
    C("铸铁锅 荷兰锅 户外 野炊 吊锅"),
    C("围炉煮茶 炭炉 户外 套装 烤架"),
    C("柴火炉 户外 不锈钢 折叠 取暖"),
    C("Outdoor Cooking Tripod Campfire Grill", "Adjustable hanging chain, steel, for open fires."),
    C("Fire Pit Spark Screen Mesh Round 90 cm", "Powder coated steel with poker."),
    C("Solar Garden Light Butterfly Stake Set", "Colour changing, auto on at dusk."),
    C("Folding Camp Cot Heavy Duty 150 kg", "Steel frame, carry bag included."),
    C("户外 折叠 烧烤桌", "加厚 铝合金 可承重 50kg 露营 野餐"),
    C("庭院 花园 装饰 锈蚀 铁艺 动物", "耐候钢 户外 摆件 定制", "无品牌"),
    C("Garden Kneeler Seat Foldable", "Padded, doubles as a bench.", "OEM"),
]
