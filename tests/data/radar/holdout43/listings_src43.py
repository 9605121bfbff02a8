"""The hand-written listings of the forty-third held-out corpus (vacuum cleaners and floor
care, air purifiers and humidifiers, fans and heaters, water purifiers and filters, smart
home sensors). Every row is written by hand; ``hg()`` and ``fw()`` only spell the letters
named as Cyrillic look-alikes or full-width forms, ``ZW`` is a zero-width space.

Borderline labels are commented where they are written."""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK_ALIKE = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "s": "ѕ", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х",
}  # fmt: skip


def hg(text: str, letters: str) -> str:
    """``text`` with each of ``letters`` spelled as its Cyrillic look-alike."""
    return "".join(_LOOK_ALIKE[ch] if ch in letters else ch for ch in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (an ideographic space for a space)."""
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


def _id(slug: str) -> str:
    return f"r43-{slug}" if slug else ""


def _rows(case: str, rows: list[tuple[str, str, str]]) -> list[Entry]:
    """(group, title, description) rows of one case."""
    return [Entry(case, _id(g), t, d) for g, t, d in rows]


EXACT = _rows(
    "exact",
    [
        ("vax", "Vax Platinum Power Max Carpet Washer 1.5L Tank", ""),
        ("kirby", "Kirby Avalir 2 Upright Vacuum Cleaner with Shampooer Kit", ""),
        ("rainbow", "Rainbow SRX Water Filtration Vacuum Cleaner Full Set", ""),
        ("holmes", "Holmes Lil Blizzard Oscillating Table Fan 7 Inch", ""),
        ("mill", "Mill Oil Filled Radiator Heater WiFi 1500W Silent", ""),
        (
            "hive",
            "Smart Thermostat Kit V4 Wholesale Heating Control",
            "Hive Active Heating, boiler receiver included.",
        ),
        ("abode", "Abode Iota All-in-One Security Kit with Door Sensors", ""),
        ("shelly", "Shelly Plus H&T WiFi Temperature Humidity Sensor Battery", ""),
        ("sawyer", "Sawyer Mini Water Filtration System Blue Hiking", ""),
        ("pur", "PUR PLUS 11 Cup Water Filter Pitcher with 1 Filter", ""),
        ("alen", "Alen BreatheSmart 45i HEPA Air Purifier Large Room", ""),
        ("grayl", "Grayl UltraPress Water Purifier Bottle 500ml Camping", ""),
        ("molekule", "Molekule Air Mini+ PECO Air Purifier Bedroom", ""),
        ("kidde", "Kidde 10-Year Sealed Battery Smoke Alarm Bulk 6 Pack", ""),
        (
            "awair",
            "Indoor Air Quality Monitor CO2 PM2.5 Score Display",
            "Awair Element, original box, English app.",
        ),
        ("wyze", "Wyze Sense Motion Sensor v2 Pack of 2 Stock", ""),
        ("levoit", "Levoit Core 300S Smart True HEPA Air Purifier", ""),
        ("first-alert", "First Alert SCO5CN Combination Smoke and Carbon Monoxide Detector", ""),
        ("352", "352 X83C Air Purifier Formaldehyde Removal Large Space", ""),
        ("qinyuan", "沁园 净水器 家用直饮 RO反渗透 600G 厨下式", ""),
        ("tosot", "大松 暖风机 家用节能 浴室取暖器 速热", ""),
        ("heiman", "海曼 独立式烟雾报警器 消防认证 家用 10年电池", ""),
        ("vorwerk", "Vorwerk Kobold VR300 Robot Vacuum Cleaner Original", ""),
        # Description only: the title names no mark.
        (
            "culligan",
            "Whole House Water Softener 32000 Grain Salt Based",
            "Genuine Culligan Gold Series softener valve, metered regeneration, 2 years warranty.",
        ),
        (
            "nilfisk",
            "Commercial Wet Dry Vacuum 30L Stainless Tank",
            "Nilfisk Aero 31 industrial vacuum, push-and-clean filter, Shenzhen stock.",
        ),
        (
            "emerson",
            "Food Waste Disposer 3/4 HP Continuous Feed Kitchen",
            "Emerson InSinkErator model, quick-lock mount, UL listed motor.",
        ),
        (
            "kirby",
            "Self-Propelled Upright Vacuum with Carpet Shampooer",
            "Kirby Sentria II complete system, reconditioned, all tools included.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("qinyuan", "Qinyuan Under Sink RO Water Purifier 800G Tankless", ""),
        ("litree", "Litree Ultrafiltration Water Purifier Whole House 3T/H", ""),
        ("ozner", "Ozner Countertop Water Dispenser Hot and Cold Instant", ""),
        ("yadu", "Yadu Ultrasonic Cool Mist Humidifier 5L Top Fill", ""),
        ("tosot", "TOSOT 50 Pint Dehumidifier with Drain Pump Basement", ""),
        ("airmate", "Airmate Tower Fan with Remote Control 42 Inch Bladeless", ""),
        ("heiman", "HEIMAN Zigbee Smoke Detector Smart Fire Alarm Sensor", ""),
        ("originwater", "Originwater DF Membrane Water Purifier Kitchen Faucet", ""),
        (
            "deye",
            "Dehumidifier 30L per Day Basement Continuous Drain",
            "Deye DYD-N20A3 export model, 220V.",
        ),
        (
            "aupu",
            "Bathroom Ceiling Heater Fan Light 3 in 1 Exhaust",
            "AUPU original, 2400W PTC heating.",
        ),
        ("banqiu", "Peskoe Electric Space Heater Ceramic PTC 2000W", ""),
        ("vorwerk", "Kobold VK7 Cordless Upright Vacuum Cleaner Complete", ""),
        ("stiebel", "Stiebel Tankless Electric Water Heater DHC 6kW", ""),
        ("rainbow", "Rainbow Cleaning System E2 Type 12 Complete with Attachments", ""),
        ("mill", "Mill Heat Glass Panel Heater WiFi 1200W Wall Mounted", ""),
        ("hive", "Hive Home Smart Radiator Valve Starter Pack 4 Heads", ""),
        ("eve", "Eve Home Door and Window Contact Sensor Thread", ""),
        ("sawyer", "Sawyer Squeeze Water Filter System SP129 Backpacking", ""),
        ("dirt-devil", "DirtDevil Cordless Stick Vacuum 2 in 1 Handheld", ""),
        ("air-multiplier", "AirMultiplier Bladeless Tower Fan 40 Inch Remote", ""),
        ("clean-base", "iRobot Clean Base Automatic Dirt Disposal Station Spare", ""),
        ("oskar", "Stadler Form Oskar Big Humidifier White 5.2L", ""),
        ("greenfan", "Green Fan C2 Circulator Quiet DC Fan 1.5W Desk", ""),
        # Description only.
        (
            "litree",
            "PVC Hollow Fiber Membrane Filter 1000L/H Villa",
            "Litree LH3-8Db membrane element, original factory packing.",
        ),
        (
            "tosot",
            "Portable Air Conditioner 10000 BTU Window Kit",
            "TOSOT brand, made by Gree, 3 modes, sleep timer.",
        ),
        (
            "stiebel",
            "Instant Electric Shower Heater 230V Bathroom",
            "Same as Stiebel DHB-E, electronic temperature control, German design.",
        ),
        (
            "hive",
            "Smart Plug UK 13A Energy Monitoring Zigbee",
            "Hive Active Plug, needs hub, controls lamps and heaters from app.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("narwal", "云鲸 J4 扫拖一体机器人 自动洗拖布 烘干", ""),
        ("smartmi", "智米 空气净化器 除甲醛 家用卧室 静音", ""),
        ("orvibo", "欧瑞博 智能门窗传感器 人体感应器 套装", ""),
        ("broadlink", "博联 万能遥控器 智能家居 红外射频 空调遥控", ""),
        ("emerson", "艾默生 垃圾处理器 厨房食物 家用粉碎机", ""),
        ("coway", "科唯怡 空气净化器 家用 除过敏原 雾霾", ""),
        ("blueair", "布鲁雅尔 空气净化器 除过敏原 家用 大面积", ""),
        ("vorwerk", "福维克 吸尘器 除螨 德国进口 有线", ""),
        ("nilfisk", "力奇 商用吸尘器 工业干湿两用 30升", ""),
        ("culligan", "康丽根 中央软水机 家用全屋 软化水质", ""),
        ("everpure", "爱惠浦 商用净水器 咖啡店 奶茶店专用", ""),
        ("stiebel", "斯宝亚创 即热式电热水器 家用小型 速热", ""),
        ("narwal", "云鲸 扫地机器人 拖布 原厂 全新 现货", ""),
        ("smartmi", "直流变频落地扇 家用 遥控 节能", "智米 正品 风扇 3代 自然风"),
        ("orvibo", "Zigbee 网关 欧瑞博 智能家居 主机", ""),
        ("blueair", "布鲁雅尔同款 空气净化器 HEPA 滤网 宠物", ""),
        # Chinese marks in the description only.
        (
            "ozner",
            "净水器 家用 直饮 厨房 自来水过滤器",
            "浩泽官方授权 RO反渗透 5级过滤 免费上门安装",
        ),
        (
            "originwater",
            "家用净水器 超滤 不用电 无废水",
            "碧水源 膜技术 正品 滤芯寿命长",
        ),
        (
            "aupu",
            "浴霸 灯暖 集成吊顶 卫生间 取暖器",
            "奥普 同款 风暖 三合一 换气 照明",
        ),
        (
            "banqiu",
            "电暖器 家用 小太阳 取暖器 节能 速热",
            "半球牌 正品 倾倒断电 过热保护",
        ),
        (
            "airmate",
            "塔扇 无叶风扇 家用 落地 遥控 摇头",
            "艾美特 官方正品 12档风速 定时",
        ),
        (
            "yadu",
            "加湿器 家用 静音 卧室 大容量 上加水",
            "亚都正品 紫外线杀菌 5升水箱 全国联保",
        ),
        (
            "deye",
            "除湿机 家用 地下室 大功率 吸湿器 抽湿机",
            "德业 DYD-T22A3 正品 每天除湿22升 智能恒湿",
        ),
        (
            "qinyuan",
            "前置过滤器 全屋 反冲洗 40微米 家用",
            "沁园出品 铜瓶身 正品保障",
        ),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("vax", f"{fw('VAX')} Carpet Washer Spot Cleaner Portable", ""),
        ("kirby", "KIRBY Avalir Vacuum Cleaner Refurbished Full Kit", ""),
        ("abode", "aBoDe Smart Security Gateway Door Window Sensor Kit", ""),
        (
            "shelly",
            "1PM Mini Gen3 WiFi Relay Switch Smart Home",
            "sHELLY brand, Gen3, Matter ready.",
        ),
        ("sawyer", "SAWYER Squeeze Water Filter Straw Emergency Kit", ""),
        ("alen", "ALEN 75i Air Purifier H13 HEPA 1300 sq ft", ""),
        ("grayl", "gRAYL GeoPress Water Purifier Bottle 710ml", ""),
        ("molekule", "MOLEKULE Air Pro Purifier PECO Technology", ""),
        ("kidde", f"{fw('Kidde')} Carbon Monoxide Detector Plug In Alarm", ""),
        ("awair", "aWaIr Element Air Quality Sensor VOC CO2", ""),
        ("wyze", f"{fw('WYZE')} Cam v3 Indoor Outdoor Camera Sensor Starter", ""),
        ("narwal", "NARWAL Freo X Ultra Robot Mop Vacuum", ""),
        ("coway", "cOWAY Airmega 400 Smart Air Purifier", ""),
        ("blueair", "BLUEAIR Blue Pure 211i Max Air Purifier", ""),
        ("levoit", "levoit classic 300 ultrasonic humidifier 6L", ""),
        ("vornado", f"{fw('Vornado')} 660 Large Whole Room Air Circulator Fan", ""),
        ("tosot", f"{fw('TOSOT')} 暖风机 浴室 防水 家用", ""),
        ("larq", "larq Bottle PureVis Self-Cleaning UV Bottle 500ml", ""),
        # Description only.
        (
            "culligan",
            "Reverse Osmosis Drinking Water System 4 Stage",
            "CULLIGAN Aqua-Cleer style system, tank included.",
        ),
        (
            "nilfisk",
            "Industrial Vacuum Cleaner HEPA Dust Extractor 1200W",
            "nIlFiSk Attix 33 original, class H filter.",
        ),
        (
            "everpure",
            "Commercial Water Filter Cartridge for Ice Machine Line",
            "EVERPURE i2000 cartridge, NSF certified, case of 6.",
        ),
        (
            "rainbow",
            "Water Basin Vacuum Cleaner 2 Speed with Power Nozzle",
            "rainBOW E2 black, refurbished, 1 year warranty.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("vax", "Vàx Dual Power Pet Carpet Cleaner Upright", ""),
        ("kirby", "Kîrby Sentria Vacuum Cleaner Home Care System", ""),
        ("rainbow", "Ráinbow E Series Vacuum Water Filter System", ""),
        ("holmes", "Hölmes Digital Tower Fan Oscillating 40 Inch", ""),
        ("mill", "Mïll Convection Heater Glass WiFi Panel 800W", ""),
        (
            "hive",
            "Active Heating Thermostat Frame Wireless",
            "Hívé original thermostat frame, white.",
        ),
        ("abode", "Àbode Motion Sensor Pet Immune Home Security", ""),
        ("shelly", "Shellÿ Door Window 2 Sensor WiFi Bluetooth", ""),
        ("sawyer", "Sàwyer Micro Squeeze Water Filter Pouch Kit", ""),
        ("alen", "Alén BreatheSmart Flex Air Purifier Bedroom", ""),
        ("grayl", "Gràyl Ultralight Compact Water Purifier Bottle", ""),
        ("kidde", "Kiddé Smoke and CO Combination Alarm Hardwired", ""),
        ("narwal", "Nàrwal Freo Z Ultra Robot Vacuum and Mop", ""),
        ("vorwerk", "Vörwerk Kobold VB100 Battery Vacuum", ""),
        ("emerson", "Émerson Sensi Smart Thermostat WiFi Programmable", ""),
        ("oskar", "Stadler Form Oskàr Humidifier Evaporative 3.5L", ""),
        # Description only.
        (
            "levoit",
            "Ultrasonic Top Fill Humidifier 6L Cool Mist Nursery",
            "Levoït OasisMist model, aroma tray, quiet 26dB.",
        ),
        (
            "coway",
            "True HEPA Air Purifier Mighty Eco Mode 361 sq ft",
            "Cowáy AP-1512HHS, ionizer, air quality indicator.",
        ),
        (
            "vornado",
            "Whole Room Air Circulator Fan 3 Speed Deep Pitch Blades",
            "Vornàdo 630 mid size circulator, 5 year warranty.",
        ),
        (
            "molekule",
            "Photo Electrochemical Air Purifier Aluminum Housing",
            "Molékule Air PECO filter, app control, medical grade.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("vax", f"{hg('Vax', 'a')} Rapid Power Revive Carpet Cleaner", ""),
        ("kirby", f"{hg('KIRBY', 'KIB')} Vacuum Bags Style F Micron Magic 6 Pack", ""),
        ("rainbow", f"{hg('Rainbow', 'ao')} Vacuum Cleaner E2 Type 12 Used Good", ""),
        ("holmes", f"{hg('Holmes', 'oe')} True HEPA Allergen Remover Air Purifier", ""),
        ("hive", f"{hg('Hive', 'Hie')} Smart Thermostat Mini Heating Control", ""),
        (
            "abode",
            "Gateway Security System Key Fob Siren",
            f"{hg('Abode', 'Aoe')} gateway, self monitoring.",
        ),
        ("sawyer", f"{hg('Sawyer', 'aye')} Squeeze Water Filter 0.1 Micron", ""),
        ("pur", f"{hg('PUR', 'P')} Faucet Mount Water Filtration System Chrome", ""),
        ("molekule", f"{hg('Molekule', 'oe')} Air Mini Purifier Small Room", ""),
        ("awair", f"{hg('Awair', 'ai')} Element Smart Air Quality Monitor", ""),
        ("narwal", f"{hg('Narwal', 'a')} Freo Robot Mop Self Cleaning Base Station", ""),
        ("coway", f"{hg('Coway', 'Coay')} Airmega 250 Air Purifier Smart", ""),
        ("blueair", f"{hg('Blueair', 'eai')} Blue Pure 411 Mini Air Purifier", ""),
        ("levoit", f"{hg('Levoit', 'eoi')} Vital 200S Air Purifier Pet Lock", ""),
        ("smartmi", f"{hg('Smartmi', 'a')} Evaporative Humidifier 2 Smart 4L", ""),
        ("orvibo", f"{hg('ORVIBO', 'OB')} Smart Switch Zigbee Wall Panel", ""),
        # Description only.
        (
            "culligan",
            "Under Sink Water Filter System Quick Change",
            f"{hg('Culligan', 'Cai')} US-EZ-4 undersink filtration, genuine.",
        ),
        (
            "first-alert",
            "Smoke Alarm with 10 Year Battery Photoelectric",
            f"{hg('First Alert', 'ie')} PRC710 smoke detector, slim design.",
        ),
        (
            "vornado",
            "Tower Air Circulator 41 Inch Quiet Bedroom Fan",
            f"{hg('Vornado', 'ao')} 184 tower circulator, 4 speeds.",
        ),
        (
            "dirt-devil",
            "Bagless Upright Vacuum Cleaner Lightweight 1.5L",
            f"{hg('Dirt Devil', 'ie')} Endura Max, multi-cyclonic, washable filter.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("vax", "V@x Platinum SmartWash Carpet Cleaner", ""),
        ("kirby", "K1rby Avalir Upright Vacuum Shampoo System", ""),
        ("rainbow", "Ra1nb0w E2 Water Vacuum Cleaner Blue", ""),
        ("holmes", "H0lmes Oscillating Ceramic Space Heater 1500W", ""),
        ("mill", "M1ll Gentle Air Oil Filled Radiator 2000W", ""),
        ("hive", "H1ve Smart Heating Thermostat Kit Wireless Receiver", ""),
        ("abode", "Ab0de Iota Camera Security Hub 1080P", ""),
        ("shelly", "5helly Plus Plug S Smart Socket Power Metering", ""),
        ("sawyer", "S@wyer Mini Filter SP128 Outdoor Straw", ""),
        ("alen", "Al3n BreatheSmart 75i Filter Air Purifier Pure", ""),
        ("grayl", "Gr@yl GeoPress Purifier Bottle Covert Black", ""),
        ("kidde", "Hardwired Smoke Alarm Battery Backup 120V", "K1dde i4618AC, interconnectable."),
        ("awair", "Aw@ir Element Air Monitor Wholesale Price", ""),
        ("wyze", "Wyz3 Cam Pan v3 Smart Home Camera 1080p", ""),
        ("larq", "L4RQ PureVis UV Water Bottle Insulated", ""),
        ("narwal", "N@rwal J4 Robot Vacuum Mop Self Emptying", ""),
        ("smartmi", "Sm@rtmi Air Purifier P1 Portable", ""),
        ("broadlink", "Br0adLink RM4 Mini IR Universal Remote Hub", ""),
        # Description only.
        (
            "emerson",
            "Smart Thermostat WiFi Touchscreen C Wire",
            "3mers0n Sensi Touch 2, works with all major voice assistants.",
        ),
        (
            "coway",
            "Air Purifier Pre-Filter Washable 4 Stage Filtration",
            "C0way Airmega 300 unit, factory sealed box.",
        ),
        (
            "levoit",
            "HEPA Air Purifier Desktop Night Light Aroma Pad",
            "L3v0it Core Mini, 3 stage filtration, USB-C.",
        ),
        (
            "first-alert",
            "Carbon Monoxide Alarm Digital Display Battery",
            "F1rst Al3rt CO615 plug-in with battery backup.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("vax", "V-A-X SpotWash Duo Spot Cleaner Pet Stains", ""),
        (
            "kirby",
            "Sentria II Upright Vacuum Complete Attachments",
            "K i r b y Sentria II, serviced, with shampooer.",
        ),
        ("rainbow", "R.a.i.n.b.o.w E2 Gold Vacuum Cleaner with Aquamate", ""),
        ("holmes", "H_o_l_m_e_s Lil Blizzard Desk Fan Blue", ""),
        ("mill", "M.I.L.L Panel Heater Steel WiFi 600W", ""),
        ("hive", "H i v e Active Heating Receiver Boiler Switch", ""),
        ("eve", "E.V.E Motion Sensor Thread Apple Home Ready", ""),
        ("abode", "A-b-o-d-e Keypad Security System Wireless", ""),
        ("shelly", "Shel ly H&T Gen3 Temperature Sensor Display", ""),
        ("pur", "P.U.R Maxion Pitcher Filter 3 Pack", ""),
        ("kidde", f"Ki{ZW}dde Smoke Alarm Ionization 9V Battery", ""),
        ("wyze", "W-y-z-e Contact Sensor Entry Alarm Hub Required", ""),
        ("larq", "L A R Q Pitcher PureVis Filter 1.9L", ""),
        ("levoit", f"Levo{ZW}it Core 600S Large Room Purifier", ""),
        ("coway", "Co-way Airmega AP-1512 HEPA Purifier", ""),
        ("waterdrop", "Water-Drop G3P800 Reverse Osmosis System Tankless", ""),
        ("qinyuan", "沁 园 净水器 滤芯 家用 五级过滤", ""),
        # Description only.
        (
            "blueair",
            "Air Purifier 360 Degree Intake Washable Fabric Pre-Filter",
            "B.l.u.e.a.i.r Blue Max 3450i, HEPASilent.",
        ),
        (
            "first-alert",
            "Combination Smoke CO Alarm Voice Location",
            "First_Alert SCO501CN, 10 year battery.",
        ),
        (
            "dirt-devil",
            "Cordless Handheld Vacuum Car Pet Hair 16V",
            "Dirt-Devil Grab and Go plus, bagless.",
        ),
        (
            "molekule",
            "Air Purifier 600 sq ft Medical Grade PECO",
            "Mole kule Air Pro, includes filter set.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("vax", "Vaxx Platinum Carpet Washer SmartWash Pet Design", ""),
        ("kirby", "Kirbey Avalir Vacuum Cleaner Shampooer Complete", ""),
        ("rainbow", "Rainbo E2 Vacuum Cleaner Water Filter Type 12", ""),
        (
            "holmes",
            "HEPA Air Purifier Tower Allergen Remover 3 Speed",
            "Holms HAP242 tower purifier, filters available.",
        ),
        ("sawyer", "Sawer Squeeze Water Filter Camping Hiking", ""),
        # `Allen` is a word, but here it names an air purifier maker (its own trade).
        ("alen", "Allen BreatheSmart 45i Air Purifier HEPA Pure", ""),
        # `Grail` used for the purifier bottle, the mark's own trade: a misspelling.
        ("grayl", "Grail GeoPress Water Purifier Bottle 24oz", ""),
        ("molekule", "Molecule Air Mini Plus PECO Air Purifier", ""),
        ("kidde", "Kiddie Smoke Detector 10 Year Battery Alarm", ""),
        ("wyze", "Wize Cam v3 Smart Home Camera Color Night Vision", ""),
        # `Lark` used for the UV bottle: a misspelling of LARQ.
        ("larq", "Lark PureVis UV Self-Cleaning Water Bottle", ""),
        ("narwal", "Narwhal Freo X Ultra Robot Vacuum Mop", ""),
        ("vornado", "Vornaldo 660 Air Circulator Fan Whole Room", ""),
        ("culligan", "Culigan Water Softener Whole House System", ""),
        ("levoit", "Levoyt Core 300 Air Purifier HEPA Bedroom", ""),
        ("qinyuan", "沁圆 净水器 家用直饮 厨下式 反渗透", ""),
        ("litree", "立昇 超滤净水器 不锈钢 家用 免插电", ""),
        ("yadu", "雅都 加湿器 家用静音 卧室 大雾量", ""),
        ("heiman", "海漫 烟雾报警器 独立式 消防 家用", ""),
        # Description only.
        (
            "coway",
            "Air Purifier Airmega Style 4 Stage Smart Sensor",
            "Cowey Airmega 150, dust sensor, ships fast.",
        ),
        (
            "blueair",
            "Air Purifier Particle Carbon Filter Fabric Cover",
            "Blu Air Blue Pure 511, 5 colour pre-filters.",
        ),
        (
            "emerson",
            "Garbage Disposal 1/2 HP Sink Kitchen Quiet",
            "Emmerson InSinkErator Badger 5 model.",
        ),
        ("ozner", "净水机 台式 免安装 即热 饮水机", "皓泽 原厂 RO反渗透 即滤即饮"),
    ],
)

# Brand field only: title and description name no mark.
BRAND_FIELD = [
    Entry("brand_field", _id(g), t, brand=b)
    for g, t, b in [
        ("holmes", "Oscillating Desk Fan 3 Speed Quiet Office 9 Inch", "Holmes"),
        ("mill", "Oil Filled Radiator Heater 2000W Digital Thermostat", "Mill"),
        ("hive", "Smart Thermostat Wireless Heating Controller Kit", "Hive"),
        ("eve", "Smart Water Guard Leak Sensor Thread Alarm", "Eve"),
        ("abode", "Wireless Door Window Sensor Security Alarm 2 Pack", "abode"),
        ("shelly", "WiFi Relay Switch Module 16A DIN Rail Energy Meter", "Shelly"),
        ("pur", "Water Filter Pitcher 10 Cup Lead Reduction", "PUR"),
        ("alen", "HEPA Air Cleaner Large Room 1100 sq ft Quiet", "Alen"),
        ("grayl", "Water Filter Bottle Travel Press 710ml Outdoor", "GRAYL"),
        ("awair", "Indoor Air Quality Monitor Temperature Humidity Display", "Awair"),
        ("wyze", "Motion Sensor and Entry Sensor Keypad Bundle", "Wyze"),
        ("352", "Air Cleaner Formaldehyde Removal HEPA Large Room", "352"),
        ("litree", "超滤 净水器 家用 厨房 免插电 大流量", "立升"),
        ("yadu", "超声波 加湿器 卧室 静音 4L 香薰", "亚都"),
        ("airmate", "电风扇 落地扇 家用 遥控 七叶 静音", "艾美特"),
        ("originwater", "净水器 家用 直饮 超滤 厨下 不锈钢", "碧水源"),
        ("deye", "除湿机 家用 抽湿 22升 地下室 干衣", "德业"),
        ("banqiu", "电暖器 取暖器 家用 节能 小型 办公室", "半球"),
        ("orvibo", "智能 开关 面板 触摸 86型 零火版", "ORVIBO"),
        ("broadlink", "Universal IR Remote WiFi Smart Hub Learning", "BroadLink"),
        ("everpure", "Commercial Water Filter Cartridge Coffee Machine", "Everpure"),
        ("waterdrop", "Reverse Osmosis Water Filter System 800 GPD Tankless", "Waterdrop"),
    ]
]

# Image only: a copy of the right's reference picture; the text is clean.
IMAGE = [
    Entry("image", _id(g), t, image=True)
    for g, t in [
        ("qinyuan", "家用净水器 RO反渗透 厨下式 800G 大通量"),
        ("tosot", "暖风机 家用 速热 小型 浴室 防水"),
        ("heiman", "独立式 烟雾报警器 光电 家用 消防"),
        ("narwal", "Robot Vacuum and Mop Self Cleaning Auto Wash Station"),
        ("narwal", "扫拖一体机器人 自动洗拖布 热水 烘干"),
        ("smartmi", "Smart Air Purifier Formaldehyde Sensor Bedroom"),
        ("coway", "Air Purifier True HEPA Eco Mode Timer 4 Stage"),
        ("blueair", "Air Purifier Washable Pre-Filter 3 Speed Quiet"),
        ("vorwerk", "Cordless Upright Vacuum Cleaner German Engineering"),
        ("vax", "Carpet Washer Deep Clean Upright Pet Stain Remover"),
        ("kirby", "Upright Vacuum Cleaner Self Propelled Shampooer Attachments"),
        ("rainbow", "Water Filter Vacuum Cleaner Wet Dry with Power Nozzle"),
        ("sawyer", "Portable Water Filter Straw 0.1 Micron Hollow Fiber"),
        ("vornado", "Spiral Airflow Whole Room Circulator Fan 3 Speed"),
        ("kidde", "Smoke Alarm 10 Year Sealed Battery Hush Button"),
        ("levoit", "HEPA Air Purifier Cylinder Compact 3 Stage Filter"),
        ("greenfan", "DC Circulator Fan 9 Blade Double Wing Quiet Breeze"),
        ("coway", "Tall Air Purifier Dual Filter Smart Mode Living Room"),
    ]
]


def _mixed(group: str, title: str, expected: tuple[str, ...], device: str = "") -> Entry:
    """Two rights, one right under two evasions, or a mark on an accessory for a device."""
    exp = tuple(_id(g) for g in expected)
    without = (*exp, _id(device)) if device else None
    return Entry("mixed", _id(group), title, expected=exp, without_compat=without)


MIXED = [
    # A mark used as a quality claim on a filter that names another device.
    _mixed("blueair", "Blueair Grade HEPA Filter for Levoit Core 300", ("blueair",), "levoit"),
    _mixed("shelly", "Shelly 1 Mini Relay works with Hive Hub Heating", ("shelly",), "hive"),
    _mixed("coway", "Coway + Blueair 2 Pack Air Purifier Bundle Deal", ("coway", "blueair")),
    _mixed("kidde", "Kidde & First Alert Smoke Alarm Combo 4 Pack", ("kidde", "first-alert")),
    _mixed("narwal", "Narwal 云鲸 N@rwal Freo X Ultra 扫拖机器人", ("narwal",)),
    _mixed("wyze", "Wyze Cam v3 + Abode Iota Security Bundle", ("wyze", "abode")),
    _mixed("culligan", "Culligan Faucet Filter for PUR Faucet Mount", ("culligan",), "pur"),
    _mixed(
        "waterdrop",
        "Waterdrop Replacement Cartridge Compatible with Everpure H-104",
        ("waterdrop",),
        "everpure",
    ),
    _mixed("qinyuan", "沁园 Qinyuan 净水器滤芯 原装 PP棉", ("qinyuan",)),
    _mixed("tosot", "大松 TOSOT 暖风机 浴室 家用", ("tosot",)),
    _mixed("vorwerk", "Vorwerk K0bold VK200 Vacuum Bags Original", ("vorwerk",)),
    _mixed("holmes", "Holmes HEPA Filter for Vornado AC300 Purifier", ("holmes",), "vornado"),
    _mixed("dirt-devil", "Dirt Devil Belt fits Kirby Sentria 2 Pack", ("dirt-devil",), "kirby"),
    _mixed("emerson", "Emerson Wall Plate works with Hive Active Heating", ("emerson",), "hive"),
    _mixed("heiman", "海曼 HEIMAN 烟雾报警器 适配欧瑞博网关", ("heiman",), "orvibo"),
    _mixed("smartmi", "Sm@rtmi 智米 加湿器 无雾 家用", ("smartmi",)),
    _mixed("larq", "LARQ PureVis Cap and Grayl Press Travel Set", ("larq", "grayl")),
    _mixed("broadlink", "博联 BroadLink 红外遥控器 兼容艾美特风扇", ("broadlink",), "airmate"),
    _mixed("mill", "Mill Heater and Eve Energy Smart Plug Set", ("mill", "eve")),
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

# Accessories that name the device they fit: negatives by default, the device's right
# with allow_compatibility_wording = false.
COMPAT = _rows(
    "compat",
    [
        ("levoit", "Replacement HEPA Filter for Levoit Core 300 Air Purifier 2 Pack", ""),
        ("coway", "H13 True HEPA Filter Compatible with Coway AP-1512HH", ""),
        ("blueair", "Pre-Filter Compatible for Blueair Blue Pure 211+ Washable", ""),
        ("kirby", "Vacuum Bags fits Kirby Sentria Universal Style F 12 Pack", ""),
        ("vorwerk", "Microfiber Dust Bags designed to fit Vorwerk Kobold VK200", ""),
        ("hive", "Zigbee Smart Plug works with Hive Hub UK", ""),
        ("narwal", "Narwal compatible Mop Pads Freo X Ultra 6 Pack", ""),
        ("narwal", "适用于云鲸J4扫地机 边刷 滚刷 配件", ""),
        ("qinyuan", "适用沁园净水器 PP棉滤芯 通用 10寸", ""),
        ("smartmi", "适配智米空气净化器 滤网 除甲醛 复合", ""),
        ("yadu", "兼容亚都加湿器 滤芯 抗菌 除垢", ""),
        ("litree", "替换 立升 净水器 超滤膜 滤芯", ""),
        ("dirt-devil", "Replacement Belt for Dirt Devil Vibe Upright 2 Pack", ""),
        ("holmes", "Filter for Holmes HAPF30AT Air Purifier 2 Pack", ""),
        ("wyze", "Wall Mount for Wyze Cam v3 Outdoor Bracket", ""),
        ("pur", "Pitcher Filter Compatible with PUR PPF951K 3 Pack", ""),
        ("rainbow", "Separator Seal Kit for Rainbow E2 Vacuum Cleaner", ""),
        ("sawyer", "Sawyer compatible Coupler Inline Adapter 28mm Thread", ""),
        ("grayl", "Silicone Sleeve fits Grayl GeoPress 710ml", ""),
        ("larq", "UV Cap Replacement designed to fit LARQ Bottle 500ml", ""),
        ("kidde", "Mounting Plate for Kidde i12060 Smoke Alarm", ""),
        ("first-alert", "Adapter Plate for First Alert SC9120B Replacement", ""),
        ("culligan", "Filter Cartridge works with Culligan RC-EZ-1 Undersink", ""),
        ("everpure", "Filter Head Bracket Everpure compatible Water System", ""),
        ("waterdrop", "RO Filter Cartridge Set for Waterdrop G3 System", ""),
        ("vornado", "Carbon Filter for Vornado AC300 Air Purifier", ""),
        ("eve", "Wall Mount compatible with Eve Motion Sensor", ""),
        ("shelly", "DIN Rail Bracket for Shelly Plus 1PM Relay", ""),
        ("abode", "Desk Stand for Abode Iota Gateway", ""),
        ("alen", "Pre-Filter for Alen BreatheSmart 75i Purifier", ""),
        ("molekule", "PECO Filter Compatible with Molekule Air Mini", ""),
        ("awair", "Adhesive Wall Stand for Awair Element Monitor", ""),
        ("vax", "Carpet Shampoo for Vax Platinum Carpet Washer 4L", ""),
        ("nilfisk", "Hose Adapter fits Nilfisk Wet Dry Vacuum 36mm", ""),
        ("emerson", "Thermostat Wall Plate for Emerson Sensi ST55", ""),
        ("broadlink", "IR Extension Cable works with BroadLink RM4 Pro", ""),
        ("orvibo", "适用于欧瑞博 智能开关 面板 底盒 加高", ""),
        ("heiman", "适用海曼烟感 吸顶底座 安装支架", ""),
        ("tosot", "兼容大松暖风机 遥控器 通用款", ""),
        ("deye", "适配德业除湿机 排水管 2米 加长", ""),
        ("aupu", "替换奥普浴霸灯泡 275W 防爆 红外", ""),
        ("airmate", "适用艾美特 电风扇 遥控器 通用", ""),
        ("air-multiplier", "Remote Control for Air Multiplier Bladeless Fan AM06", ""),
        ("clean-base", "Disposal Bags for iRobot Clean Base 3 Pack", ""),
        ("greenfan", "Cordless Battery Dock for GreenFan C2 Circulator", ""),
        ("oskar", "Replacement Wick Filter for Oskar Humidifier 2 Pack", ""),
        ("352", "Carbon Filter for 352 X80 Air Purifier", ""),
        ("stiebel", "Scale Protection Cartridge for Stiebel Eltron DHC", ""),
        ("mill", "Wall Bracket for Mill Glass Panel Heater", ""),
        ("ozner", "适用于浩泽净水机 RO膜 400G 通用", ""),
        ("originwater", "兼容碧水源 净水器 滤芯 复合 一体", ""),
        ("coway", "Evaporator Wick Compatible with Coway Humidifier", ""),
        ("narwal", "Side Brush Replacement for Narwal T10 4 Pack", ""),
    ],
)

# The mark inside a longer Latin word, or across a Chinese word boundary.
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("mill", "Windmill Garden Stake Metal Decor Spinner", ""),
        ("mill", "Millstone Grinding Stone for Flour Granite", ""),
        ("hive", "Beehive Honey Extractor Frame Holder Stainless", ""),
        ("hive", "Archive Storage Box A4 Cardboard 10 Pack", ""),
        ("hive", "Chives Seeds Garden Herb Organic 500pcs", ""),
        ("eve", "Long Sleeve Thermal Shirt Men Fleece Lined", ""),
        ("eve", "Spirit Level Aluminium 600mm Magnetic", ""),
        ("eve", "Eventide Candle Holder Brass Vintage", ""),
        ("alen", "Valentine's Day Heart Balloon Set Red", ""),
        ("alen", "Equivalent Resistor Kit 600 Pcs Metal Film", ""),
        ("pur", "Purple Velvet Cushion Cover 45x45", ""),
        ("pur", "Water Purification Tablets 50 Count Camping", ""),
        ("pur", "Pursuit Cycling Jersey Short Sleeve", ""),
        ("rainbow", "Rainbowfish Tropical Fish Food Flakes 100g", ""),
        ("oskar", "Oskarshamn Vintage Travel Poster Print", ""),
        ("kidde", "Kidderminster Wool Carpet Runner Hallway", ""),
        ("clean-base", "Baseboard Cleaner Tool to Clean Baseboards Fast", ""),
        ("greenfan", "Neon Green Fanny Pack Waist Bag Running", ""),
        ("litree", "站立升降桌 电动 办公 升降电脑桌", ""),
        ("yadu", "东南亚都市风 碎花连衣裙 夏季", ""),
        ("heiman", "上海曼谷 行李牌 旅行纪念 皮质", ""),
        ("qinyuan", "沁园春·雪 书法作品 毛笔字 装裱", ""),
        ("tosot", "加大松紧带 腰围 孕妇裤 托腹", ""),
        ("tosot", "大松果 装饰 圣诞 天然 10个", ""),
        ("broadlink", "微博联动 网红 帆布袋 印花", ""),
        ("nilfisk", "活力奇异果 果汁 1升 冷藏", ""),
        ("smartmi", "益智米字格 练字本 小学生", ""),
        ("narwal", "蓝天白云鲸鱼 儿童房 墙贴", ""),
        ("aupu", "奥普拉 访谈 语录 海报 装饰画", ""),
        ("originwater", "天山碧水源自冰川 矿泉水 24瓶", ""),
        ("deye", "师德业务 培训 教材 教师用书", ""),
    ],
)

# A mark that is also an ordinary word, name or place, used as that.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("rainbow", "Rainbow Wind Spinner Garden Hanging 3D", ""),
        ("rainbow", "Rainbow Crystal Suncatcher Window Prism Hanging", ""),
        ("rainbow", "Rainbow Night Light Projector Kids Bedroom", ""),
        # A ribbon colour on a desk fan: the word describes the streamers, not a maker.
        ("rainbow", "Desk Fan Streamers Rainbow Ribbon Clip 10pcs", ""),
        ("rainbow", "Rainbow Stacking Toy Wooden Montessori", ""),
        ("mill", "Pepper Mill Stainless Steel Grinder Adjustable", ""),
        ("mill", "Manual Coffee Mill Burr Hand Grinder Ceramic", ""),
        ("mill", "Grain Mill Electric 150g Spice Powder", ""),
        ("hive", "Wooden Bee Hive Box Langstroth 10 Frame", ""),
        ("hive", "Hive Tool Beekeeping Scraper Stainless Steel", ""),
        ("hive", "Hive Shaped Ceramic Honey Pot with Dipper", ""),
        ("eve", "Christmas Eve Box Personalised Wooden Large", ""),
        ("eve", "New Year's Eve Party Hats 12 Pack Gold", ""),
        ("eve", "Adam and Eve Fig Leaf Costume Adult", ""),
        ("abode", "Humble Abode Welcome Doormat Coir 60x40", ""),
        ("shelly", "Custom Name Necklace Shelly Gold Plated", ""),
        ("sawyer", "Tom Sawyer Classic Novel Paperback English", ""),
        ("pur", "PUR Hot Melt Glue Cartridge Bookbinding 300g", ""),
        ("pur", "PUR Foam Insulation Panel 50mm Cold Room", ""),
        ("kirby", "Kirby Grips Hair Pins Black 100pcs", ""),
        # Nintendo's character: another holder's name, not the vacuum maker.
        ("kirby", "Kirby Plush Toy Pink 20cm Soft Doll", ""),
        ("holmes", "Sherlock Holmes Deerstalker Hat Tweed", ""),
        ("holmes", "Sherlock Holmes Magnifying Glass Toy Detective Kit", ""),
        ("vax", "Vax Card Holder Protector 4x3 Clear", ""),
        ("emerson", "Ralph Waldo Emerson Quote Canvas Print Self Reliance", ""),
        ("oskar", "Baby Name Sign Oskar Wooden Nursery", ""),
        ("greenfan", "Green Fan Palm Artificial Plant 90cm", ""),
        ("greenfan", "Green Fan Coral Aquarium Decoration Resin", ""),
        ("clean-base", "Clean Base Coat Nail Polish 15ml Vegan", ""),
        ("waterdrop", "Waterdrop Shape Crystal Pendant Necklace", ""),
        ("waterdrop", "Waterdrop Pattern Shower Curtain 180x180", ""),
        ("352", "352 Pcs Heat Shrink Tube Kit Assorted", ""),
        ("352", "352 Pieces Screw Assortment Kit Stainless", ""),
        ("vorwerk", "Kobold Miniature 28mm Resin Tabletop Figure", ""),
        ("vorwerk", "Kobold Mask Dragon Costume Halloween", ""),
        ("dirt-devil", "Dirt Devil Weather Science Poster Dust Whirl", ""),
        ("litree", "20立升 户外折叠水袋 食品级 露营", ""),
        ("litree", "5立升 塑料储水桶 带龙头", ""),
        ("banqiu", "半球形 吸顶灯罩 玻璃 奶白", ""),
        # A dome camera is called 半球摄像机 in Chinese: not the appliance maker.
        ("banqiu", "半球摄像机 1080P 室内监控 吸顶", ""),
        ("banqiu", "北半球 星座图 挂画 天文", ""),
        ("deye", "德业双修 书法 字画 定制 客厅", ""),
        ("ozner", "宝宝姓名贴 浩泽 防水 定制 幼儿园", ""),
        ("tosot", "大松 盆景 造型 黑松 老桩", ""),
        ("alen", "Alen Name Keychain Personalised Leather", ""),
        ("shelly", "Shelly Beach Sunset Canvas Wall Art", ""),
    ],
)

# A common word one edit from a mark (or its misspelling), used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("vax", "Shop Vac Hose 2.5 Inch Extension 3m", ""),
        ("deye", "Tie Dye Kit 18 Colors Fabric Party", ""),
        ("alen", "Allen Key Set Metric 9pcs Hex L", ""),
        ("holmes", "Mobile Homes Skirting Panel Vinyl", ""),
        ("mill", "Milk Frother Handheld Battery Whisk", ""),
        ("hive", "Five Gallon Bucket Food Grade with Lid", ""),
        ("eve", "EVA Foam Sheets 10mm Cosplay Black", ""),
        ("abode", "Above Ground Pool Ladder Steel", ""),
        ("abode", "Adobe Clay Bricks Garden Oven", ""),
        ("shelly", "Shelley Poetry Collection Hardcover", ""),
        ("shelly", "Smelly Proof Bag Carbon Lined Travel", ""),
        ("sawyer", "Lawyer Gift Mug Funny Legal", ""),
        ("pur", "Pure Cotton Towels Set 6pcs Bath", ""),
        ("pur", "Cat Purr Sound Plush Pillow Toy", ""),
        ("grayl", "Holy Grail Cup Replica Medieval", ""),
        ("grayl", "Gray Fleece Blanket Throw Soft", ""),
        ("molekule", "Molecule Model Kit Chemistry 240pcs", ""),
        ("kidde", "Kiddie Pool Inflatable Family 2m", ""),
        ("kidde", "Kiddie Ride Coin Operated Car Spare Motor", ""),
        ("awair", "Stay Aware Safety Sign Warehouse", ""),
        ("wyze", "Wye Strainer Brass 1 Inch Threaded", ""),
        ("larq", "Lark Bird Figurine Porcelain Garden", ""),
        ("narwal", "Narwhal Plush Toy Stuffed Animal 40cm", ""),
        # `tornado` describes the airflow of a fan: an ordinary word, not Vornado.
        ("vornado", "Tornado Tube Water Bottle Connector Science", ""),
        ("coway", "Cowry Shells Natural 100pcs Craft", ""),
        ("culligan", "Mulligan Golf Towel Funny Embroidered", ""),
        ("airmate", "Airmat Inflatable Sleeping Pad Camping", ""),
        ("ozner", "Owner's Manual Holder Car Glove Box", ""),
        ("litree", "1 Litre Glass Bottle Swing Top", ""),
        ("stiebel", "Stiefel Boot Glass 2L Beer Mug", ""),
        ("oskar", "Oscar Trophy Statue Replica Gold 25cm", ""),
        ("dirt-devil", "Dust Devil Toy Spinning Top Metal", ""),
        ("broadlink", "博览会 展位 布置 背景板 定制", ""),
        ("originwater", "碧水蓝天 风景 装饰画 客厅", ""),
        ("qinyuan", "沁香 茉莉花茶 散装 500克", ""),
        ("heiman", "海鳗 鲜活 冷冻 海鲜 2斤", ""),
        ("ozner", "浩瀚星空 投影灯 卧室 氛围", ""),
        ("deye", "德育 教材 小学 读本", ""),
        ("aupu", "奥运 徽章 纪念 收藏", ""),
        ("nilfisk", "力量训练带 弹力 健身", ""),
        ("banqiu", "半截裙 高腰 A字 夏季", ""),
        ("emerson", "爱默生 散文集 中英对照 精装", ""),
    ],
)

# Ordinary listings of the trade: no mark anywhere.
CLEAN = [
    Entry("clean", "", t, d)
    for t, d in [
        ("Cordless Stick Vacuum Cleaner 25kPa Suction LED Display", ""),
        ("Robot Vacuum Cleaner LiDAR Navigation 4000Pa App Control", ""),
        ("Handheld Car Vacuum Cleaner 120W Wet Dry Portable", ""),
        ("Wet Dry Shop Vacuum 20L Stainless Steel Blower Function", ""),
        ("Steam Mop 1300W Floor Cleaner Tile Hardwood", ""),
        ("Spin Mop and Bucket Set Microfiber Heads 3pcs", ""),
        ("Flat Mop Microfiber Pads Reusable 5 Pack", ""),
        ("HEPA Filter Universal Cordless Vacuum Washable", ""),
        ("Vacuum Cleaner Hose 32mm Universal Flexible 1.8m", ""),
        ("Crevice Tool and Dusting Brush Set 35mm Attachments", ""),
        ("Side Brush Universal Robot Vacuum 6 Pack Three Arm", ""),
        ("Roller Brush Bristle Replacement Generic Upright", ""),
        ("Carpet Cleaning Machine Commercial Extractor 30L", ""),
        ("Window Cleaning Robot Magnetic Glass Wiper Remote", ""),
        ("Floor Scrubber Walk Behind Battery 50L Warehouse", ""),
        ("Cyclone Dust Separator Bucket Lid Woodworking", ""),
        ("Electric Spin Scrubber Cordless Bathroom Brush Heads", ""),
        ("Lint Remover Fabric Shaver Rechargeable", ""),
        ("Pet Hair Remover Roller Reusable Sofa", ""),
        ("Dust Mite Vacuum UV Mattress Cleaner 10kPa", ""),
        ("Air Purifier H13 True HEPA 60 m2 Low Noise Bedroom", ""),
        ("Desktop Air Purifier USB Negative Ion Office", ""),
        ("Car Air Purifier Cup Holder Type-C PM2.5", ""),
        ("Activated Carbon Filter Sheet Cut to Size 40x60cm", ""),
        ("Ozone Generator 10g/h Odor Removal Commercial", ""),
        ("UV Light Air Sterilizer Wall Mounted Clinic", ""),
        ("Ultrasonic Cool Mist Humidifier 4L Top Fill Nursery", ""),
        ("Evaporative Humidifier Wick Filter Generic 3 Pack", ""),
        ("Warm Mist Humidifier Stainless Boiling Chamber", ""),
        ("Aroma Diffuser Wood Grain 300ml Essential Oil", ""),
        ("Portable Dehumidifier 1500ml Quiet Bedroom Closet", ""),
        ("Industrial Dehumidifier 90L per Day Warehouse Wheels", ""),
        ("Hygrometer Thermometer Digital Indoor LCD 4 Pack", ""),
        ("Desiccant Moisture Absorber Bags Wardrobe 10pcs", ""),
        ("Pedestal Fan 16 Inch 3 Speed Oscillating Remote", ""),
        ("Tower Fan 36 Inch Quiet Bladeless Timer", ""),
        ("USB Desk Fan Clip On Rechargeable 4000mAh", ""),
        ("Handheld Neck Fan Bladeless Rechargeable Summer", ""),
        ("Ceiling Fan with Light 52 Inch DC Motor Remote", ""),
        ("Box Fan 20 Inch Window Fan Reversible", ""),
        ("Exhaust Fan Bathroom Wall 6 Inch Quiet", ""),
        ("Inline Duct Fan 4 Inch Grow Tent Ventilation", ""),
        ("Misting Fan Outdoor Water Spray Patio", ""),
        ("Evaporative Air Cooler 40L Water Tank Ice Packs", ""),
        ("Fan Blade Replacement 16 Inch 5 Leaf Generic", ""),
        ("Ceramic Space Heater 1500W Tip Over Protection", ""),
        ("Oil Filled Radiator 11 Fin 2500W Thermostat", ""),
        ("Infrared Patio Heater Wall Mounted 2000W", ""),
        ("Convector Heater Wall Panel 1000W Bathroom IP24", ""),
        ("Electric Blanket Queen Size Dual Control", ""),
        ("Heated Throw Blanket Flannel 6 Heat Levels", ""),
        ("Under Desk Heater Foot Warmer Panel", ""),
        ("Diesel Air Heater 5kW 12V Parking Heater", ""),
        ("Kerosene Heater Portable Camping Tent", ""),
        ("Hand Warmer Rechargeable 10000mAh Double Sided", ""),
        ("Under Sink Reverse Osmosis System 5 Stage 75 GPD", ""),
        ("Countertop Water Filter Stainless Steel 2 Stage", ""),
        ("Shower Filter Vitamin C 15 Stage Hard Water", ""),
        ("Faucet Water Filter Tap Mount Ceramic Cartridge", ""),
        ("Whole House Sediment Filter 10 Inch Blue Housing", ""),
        ("Water Filter Pitcher 3.5L BPA Free Generic Cartridge", ""),
        ("Gravity Water Filter Stainless Steel 8L Camping", ""),
        ("Portable Water Filter Straw Survival Emergency", ""),
        ("UV Water Sterilizer 12 GPM Stainless Chamber", ""),
        ("Water Softener Resin 25L Cation Exchange", ""),
        ("TDS Meter Digital Water Quality Tester Pen", ""),
        ("RO Membrane 75 GPD Standard Size", ""),
        ("PP Sediment Cartridge 5 Micron 10 Inch 25 Pack", ""),
        ("Alkaline Water Filter Cartridge Mineral Ball", ""),
        (
            "Smart Smoke Detector WiFi App Alert Photoelectric",
            "Generic OEM, 85dB buzzer, 3 year battery.",
        ),
        ("Carbon Monoxide Detector Battery Operated Digital Display", ""),
        ("Door Window Sensor Zigbee Magnetic Contact", ""),
        ("PIR Motion Sensor Wireless Battery 433MHz", ""),
        ("Water Leak Detector Alarm 100dB Basement 4 Pack", ""),
        ("Temperature Humidity Sensor WiFi Remote Monitoring", ""),
        ("CO2 Monitor NDIR Sensor Desktop Classroom", ""),
        ("Air Quality Monitor PM2.5 TVOC HCHO Detector", ""),
        ("Smart Thermostat WiFi 7 Day Programmable 24V", ""),
        ("Zigbee Hub Smart Home Gateway Wired", ""),
        ("Smart Plug WiFi 16A Energy Monitor 4 Pack", ""),
        ("Video Doorbell Wireless 2K Chime Included", ""),
        ("Indoor Security Camera 2K Pan Tilt Baby Monitor", ""),
        ("Glass Break Detector Wireless Alarm Panel", ""),
        ("Radiator Valve Smart Thermostatic Head M30", ""),
        ("Light Sensor Lux Meter Zigbee Illuminance", ""),
        ("mmWave Presence Sensor Human Detection Ceiling", ""),
        ("Vibration Sensor Window Alarm Wireless", ""),
        ("Gas Leak Detector Natural Gas LPG Alarm Plug", ""),
        ("Heat Alarm Kitchen Fixed Temperature 58C", ""),
        ("Siren Alarm Indoor 110dB Wireless Strobe", ""),
        ("无线吸尘器 家用 大吸力 手持 车载 两用", ""),
        ("扫地机器人 激光导航 自动回充 静音", ""),
        ("洗地机 家用 吸拖一体 自清洁 无线", ""),
        ("蒸汽拖把 高温杀菌 家用 电动", ""),
        ("除螨仪 床上 紫外线 家用 小型", ""),
        ("空气净化器 家用 除甲醛 除烟味 卧室", ""),
        ("车载空气净化器 负离子 除异味", ""),
        ("加湿器 大容量 办公室 桌面 小型 静音", ""),
        ("香薰机 超声波 雾化 卧室 定时", ""),
        ("除湿机 小型 衣柜 卧室 抽湿 静音", ""),
        ("落地扇 家用 遥控 定时 立式 摇头", ""),
        ("小风扇 手持 便携 充电 学生 宿舍", ""),
        ("吊扇灯 客厅 餐厅 隐形 变频", ""),
        ("排气扇 卫生间 厨房 换气扇 强力 静音", ""),
        ("冷风机 水冷 空调扇 家用 移动", ""),
        ("取暖器 家用 节能 速热 电暖气 小型", ""),
        ("油汀 电暖器 13片 家用 静音 恒温", ""),
        ("电热毯 双人 双控 安全 除螨", ""),
        ("暖脚宝 办公室 桌下 取暖 神器", ""),
        ("浴室 壁挂 取暖器 防水 速热", ""),
        ("净水器 家用 厨房 直饮 反渗透 600G", ""),
        ("前置过滤器 全屋 反冲洗 家用 自来水", ""),
        ("水龙头 过滤器 家用 厨房 自来水 净化", ""),
        ("软水机 家用 全屋 中央 除水垢", ""),
        ("滤芯 PP棉 10寸 通用 5微米 25支", ""),
        ("TDS 水质检测笔 家用 自来水", ""),
        ("户外 净水吸管 应急 便携 过滤", ""),
        ("烟雾报警器 独立式 家用 消防 3C认证", ""),
        ("燃气报警器 家用 天然气 泄漏 探测", ""),
        ("门窗传感器 无线 智能 防盗 报警", ""),
        ("人体感应器 红外 智能家居 联动", ""),
        ("温湿度计 家用 室内 电子 高精度", ""),
        ("水浸传感器 漏水 报警 智能 探测", ""),
        ("智能插座 WiFi 定时 远程 控制", ""),
        ("二氧化碳检测仪 家用 空气质量 监测", ""),
    ]
]
