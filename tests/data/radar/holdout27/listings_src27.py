# ruff: noqa: E501  (hand-written rows, one listing a line)
"""Hand-written listings of the twenty-seventh held-out corpus (phones and tablets and their
accessories, wearables, home appliances, power tools, car electronics and tyres, camping and
cycling gear, musical equipment), in English and Chinese.

Every title and description is written by hand; ``hg()`` and ``fw()`` only spell
Cyrillic/Greek look-alike and full-width letters for the letters named, ``ZW`` is a
zero-width space. Borderline label calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK = {
    "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у", "s": "ѕ",
    "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "H": "Н", "K": "К", "M": "М", "T": "Т",
    "B": "В", "X": "Х", "N": "Ν", "S": "Ѕ",
}  # fmt: skip


def hg(word: str, letters: str) -> str:
    """``word`` with each of ``letters`` spelt by its Cyrillic/Greek look-alike."""
    return "".join(_LOOK[ch] if ch in letters else ch for ch in word)


def fw(word: str) -> str:
    """``word`` in full-width forms."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in word)


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


def _rows(case: str, rows: list[tuple[str, ...]]) -> list[Listing]:
    """(group, title[, description[, brand]]) rows of one case."""
    return [Listing(case, *row) for row in rows]


EXACT = _rows("exact", [
    ("r27-ulefone", "Ulefone Armor 24 Rugged Smartphone 22000mAh Night Vision Camera"),
    ("r27-haylou", "Haylou Solar Plus RT3 Smart Watch 1.43 inch AMOLED Bluetooth Call"),
    ("r27-mobvoi", "Mobvoi Smartwatch Wear OS GPS Dual Display Wholesale"),
    ("r27-electrolux", "Electrolux 9kg Front Load Washing Machine Inverter Motor"),
    ("r27-70mai", "70mai Dash Cam A810 4K HDR Front and Rear Recording"),
    ("r27-greenworks", "Greenworks 40V Cordless String Trimmer 13 inch with 4Ah Battery"),
    ("r27-mooer", "Mooer GE150 Multi Effects Guitar Pedal Amp Modelling"),
    ("r27-behringer", "Behringer X32 Digital Mixer 40 Input Live Sound"),
    ("r27-korg", "Korg Minilogue Polyphonic Analog Synthesizer 37 Keys"),
    ("r27-magene", "Magene Gemini 210 Speed Cadence Sensor ANT+ Bluetooth"),
    ("r27-alpine", "Alpine 7 inch Digital Media Receiver Car Stereo Wireless Mirroring"),
    ("r27-hilleberg", "Hilleberg Nallo 2 Tunnel Tent 2 Person 4 Season"),
    ("r27-meizu", "魅族 20 Pro 手机 骁龙 全新国行 正品保障"),
    ("r27-aucma", "澳柯玛 卧式冰柜 商用 大容量 冷藏冷冻 一级能效"),
    ("r27-sailun", "赛轮 轮胎 205/55R16 静音舒适型 厂家直供"),
    ("r27-double-coin", "双钱 全钢子午线 货车轮胎 12R22.5 耐磨"),
    ("r27-gibson", "Gibson Les Paul Standard 50s Electric Guitar Heritage Cherry"),
    ("r27-vittoria", "Vittoria Corsa N.EXT 700x28c Road Tire Tubeless Ready"),
    ("r27-giro", "Giro Syntax MIPS Road Cycling Helmet Adult Matte Black"),
    # mark in the description only
    ("r27-nextbase", "4K Dash Cam Front Rear Night Vision WiFi GPS", "Genuine Nextbase 622GW, UK version, sealed box."),
    ("r27-roidmi", "Cordless Hand Vacuum Cleaner 22000Pa Wet Dry", "Roidmi NEX 2 Pro original, global version, EU plug."),
    ("r27-viomi", "Smart Water Purifier Under Sink 1200G RO", "Brand: Viomi. App control, 5 stage filtration."),
    ("r27-speedplay", "Road Bike Pedals Lollipop Double Sided Stainless Axle", "Speedplay Zero, dual-sided entry, walkable cleats."),
    ("r27-balmuda-toaster", "Steam Toaster Retro Design Bread Oven 1300W", "BALMUDA The Toaster K05A black, Japan import, 100V."),
    ("r27-royalstar", "电热水壶 家用 1.7升 304不锈钢 自动断电", "荣事达 官方正品，全国联保。"),
])  # fmt: skip

ALIAS = _rows("alias", [
    ("r27-mobvoi", "TicWatch E3 Smart Watch Snapdragon 4100 Wear OS"),
    ("r27-meizu", "Meizu 21 Note 5G Smartphone Global ROM 16GB 512GB"),
    ("r27-aucma", "Aucma 100L Chest Freezer Deep Freezer Commercial"),
    ("r27-royalstar", "Royalstar Electric Kettle 1.7L Stainless Steel Auto Off"),
    ("r27-meiling", "Meiling 218L Three Door Refrigerator Household Silver"),
    ("r27-sailun", "Sailun Atrezzo Elite 195/65R15 Passenger Car Tyre"),
    ("r27-double-coin", "Double Coin RR202 Truck Tyre 315/80R22.5 Steer Axle"),
    ("r27-ken", "KEN 6412 Angle Grinder 100mm 900W Side Handle"),
    ("r27-kepma", "Kepma EDC Acoustic Guitar 41 inch Spruce Top Natural"),
    ("r27-xoss", "XOSS G+ GPS Bike Computer Wireless Cycling Speedometer"),
    ("r27-fire-maple", "Fire-Maple FMS-X2 Camping Stove Gas Burner Ultralight"),
    ("r27-fire-maple", "Fire Maple Feast K2 Cookware Set Camping Pot 2 Person"),
    ("r27-sp-connect", "SPConnect Bike Mount Pro Phone Holder Aluminium"),
    ("r27-balmuda-toaster", "Balmuda Toaster Steam Oven Toaster White 1300W"),
    ("r27-op-1", "OP1 Portable Synthesizer Sampler Keyboard Field Recorder"),
    ("r27-meiling", "Meiling Mini Fridge 50L Dorm Office Single Door"),
    # mark in the description only
    ("r27-mobvoi", "Smart Watch Wear OS GPS Heart Rate Dual Layer Screen", "TicWatch Pro 3 Ultra, refurbished grade A, 3 months warranty."),
    ("r27-aucma", "Chest Freezer 200L Commercial Double Door Glass Lid", "Aucma original factory, export version, R600a."),
    ("r27-double-coin", "Truck Bus Radial Tyre 11R22.5 18PR Drive Position", "Double Coin brand, DOT ECE certified, container loading."),
    ("r27-ken", "Cordless Impact Drill 18V Lithium Kit 13mm Chuck", "KEN original power tools, 2 batteries and charger."),
    ("r27-kepma", "41 inch Acoustic Guitar Solid Spruce Top Cutaway", "Kepma factory outlet stock, with gig bag and tuner."),
])  # fmt: skip

CHINESE = _rows("chinese", [
    ("r27-siemens", "西门子 洗碗机 嵌入式 家用 13套 热交换烘干"),
    ("r27-siemens", "西门子 冰箱 对开门 风冷无霜 变频 大容量"),
    ("r27-maxxis", "玛吉斯 山地车外胎 27.5x2.2 折叠胎 防刺"),
    ("r27-hankook", "韩泰轮胎 215/55R17 静音舒适 原厂正品"),
    ("r27-70mai", "70迈 行车记录仪 高清夜视 停车监控 无线"),
    ("r27-ddpai", "盯盯拍 行车记录仪 前后双录 4K 语音声控"),
    ("r27-mooer", "魔耳 电吉他 综合效果器 带鼓机 录音声卡"),
    ("r27-behringer", "百灵达 调音台 专业舞台 演出 带效果器"),
    ("r27-korg", "科音 调音器 吉他 尤克里里 夹式 校音器"),
    ("r27-magene", "迈金 码表 无线 GPS 骑行 山地公路车"),
    ("r27-alpine", "阿尔派 车载 音响 功放 改装 四路 大功率"),
    ("r27-enya", "恩雅 尤克里里 23寸 单板 初学者 小吉他"),
    ("r27-haylou", "嘿喽 蓝牙耳机 真无线 降噪 运动 长续航"),
    ("r27-mobvoi", "出门问问 智能手表 运动 心率 血氧 支付"),
    ("r27-roidmi", "睿米 无线吸尘器 手持 家用 大吸力 除螨"),
    ("r27-viomi", "云米 净水器 家用 直饮 厨下式 反渗透"),
    ("r27-oukitel", "欧奇 三防手机 超长待机 大电池 老人机 工地"),
    ("r27-ulefone", "优乐丰 三防手机 热成像 夜视 户外 防水"),
    # mark in the description only
    ("r27-hankook", "汽车轮胎 225/60R18 SUV 四季胎 静音", "韩泰正品，厂家直发，支持门店安装。"),
    ("r27-roidmi", "手持无线吸尘器 大吸力 宠物家庭 自动集尘", "睿米原厂电机，F8 同款 外观。"),
    ("r27-maxxis", "Mountain Bike Tire 29 x 2.4 Folding Tubeless", "玛吉斯 原装 正品 代理 批发"),
    ("r27-ddpai", "行车记录仪 超清 夜视 停车监控 免走线", "盯盯拍 原厂 授权 经销。"),
])  # fmt: skip

CASE_WIDTH = _rows("case_width", [
    ("r27-oukitel", f"{fw('OUKITEL')} C35 Smartphone 6.56 inch 12GB 256GB"),
    ("r27-haylou", "hAyLoU GST Lite Smart Watch Heart Rate Monitor"),
    ("r27-electrolux", "ELECTROLUX Robot Vacuum Mop Combo Self Empty"),
    ("r27-siemens", f"{fw('siemens')} Washing Machine Inverter 8kg 1400rpm"),
    ("r27-maxxis", "mAxXiS Ardent 29 x 2.25 MTB Tire Wire Bead"),
    ("r27-hankook", "HANKOOK Kinergy 4S2 All Season Tyre 205/55R16"),
    ("r27-greenworks", f"{fw('greenworks')} 24V Leaf Blower Cordless Brushless"),
    ("r27-mooer", "MOOER Prime P1 Guitar Multi Effects Bluetooth"),
    ("r27-behringer", "bEhRiNgEr UMC22 USB Audio Interface Mic Preamp"),
    ("r27-korg", f"{fw('korg')} Volca Beats Analog Drum Machine"),
    ("r27-magene", "MAGENE C406 Bike Computer Wireless Speedometer"),
    ("r27-alpine", "aLpInE Car Amplifier 4 Channel 600W Class D"),
    ("r27-gibson", "GIBSON SG Standard Electric Guitar Ebony Finish"),
    ("r27-vittoria", f"{fw('vittoria')} Rubino Pro 700x25c Road Bike Tyre"),
    ("r27-skil", "sKiL Circular Saw 7-1/4 inch 15A Laser Guide"),
    ("r27-topeak", "TOPEAK Mini Morph Bike Pump with Gauge"),
    ("r27-einhell", f"{fw('EINHELL')} Cordless Hedge Trimmer 18V 52cm"),
    ("r27-ingco", "iNgCo Cordless Drill 20V Industrial Lithium"),
    # mark in the description only
    ("r27-doogee", "Rugged Phone 8000mAh Dual SIM Android 13 NFC", f"{fw('DOOGEE')} S41 Pro original global version"),
    ("r27-withings", "Smart Scale Body Composition Wi-Fi Sync App", "wItHiNgS Body+ refurbished, black"),
    ("r27-mophie", "Magnetic Battery Pack 10000mAh Wireless Snap", "MOPHIE snap+ juice pack, bulk packing"),
])  # fmt: skip

ACCENT = _rows("accent", [
    ("r27-oukitel", "Oukîtel WP30 Pro Rugged Phone 11000mAh 120W"),
    ("r27-ulefone", "Ulëfone Power Armor 18T Thermal Imaging Camera Phone"),
    ("r27-electrolux", "Électrolux Pure i9 Robot Vacuum 3D Vision"),
    ("r27-siemens", "Sïemens Induction Hob 4 Zones 60cm Black Glass"),
    ("r27-maxxis", "Maxxìs High Roller II 27.5 x 2.4 Tyre"),
    ("r27-hankook", "Hänkook Dynapro AT2 265/70R17 All Terrain"),
    ("r27-greenworks", "Greenwörks 80V Chainsaw 18 inch Brushless"),
    ("r27-mooer", "Mooér Ocean Machine Delay Reverb Pedal"),
    ("r27-behringer", "Behrìnger Crave Semi Modular Analog Synthesizer"),
    ("r27-korg", "Körg Nautilus Music Workstation 61 Keys"),
    ("r27-magene", "Magène L508 Smart Tail Light Radar Bike"),
    ("r27-gibson", "Gíbson J-45 Standard Acoustic Guitar Sunburst"),
    ("r27-vittoria", "Vittòria Terreno Dry Gravel Tire 700x38"),
    ("r27-schwalbe", "Schwälbe Marathon Plus 700x35c Puncture Proof Tyre"),
    ("r27-helinox", "Hélinox Chair Zero Ultralight Camping Chair"),
    ("r27-hilleberg", "Hillebérg Akto 1 Person Mountain Tent"),
    # mark in the description only
    ("r27-alpine", "Car Stereo Double Din 9 inch Touchscreen Head Unit", "Alpíne Halo9 same model, OEM box"),
    ("r27-candy", "Washing Machine 7kg Front Loader Slim Depth", "Cändy Smart Pro, Wi-Fi, 1200 rpm"),
    ("r27-blackview", "Rugged Tablet 10.1 inch 16000mAh Android", "Blackvïew Active 8 Pro original"),
])  # fmt: skip

HOMOGLYPH = _rows("homoglyph", [
    ("r27-oukitel", f"{hg('Oukitel', 'O')} WP28 Rugged Phone 10600mAh"),
    ("r27-haylou", f"{hg('Haylou', 'H')} Watch 2 Pro Smartwatch GPS"),
    ("r27-electrolux", f"{hg('Electrolux', 'E')} Steam Iron 2400W Ceramic"),
    ("r27-siemens", f"{hg('Siemens', 'e')} Built-in Oven 71L Pyrolytic"),
    ("r27-maxxis", f"{hg('Maxxis', 'Max')} Rekon Race 29 x 2.25 Tire"),
    ("r27-hankook", "\u0397ankook Ventus Prime 4 Tyre 205/60R16"),
    ("r27-greenworks", f"{hg('Greenworks', 'e')} 60V Lawn Mower Brushless"),
    ("r27-mooer", f"{hg('Mooer', 'M')} GE200 Pro Amp Modeler"),
    ("r27-behringer", f"{hg('Behringer', 'B')} Xenyx Q802USB Mixer"),
    ("r27-korg", f"{hg('Korg', 'K')} Kross 2 Synthesizer 88 Keys"),
    ("r27-magene", f"{hg('Magene', 'e')} H303 Smart Trainer Direct Drive"),
    ("r27-alpine", f"{hg('Alpine', 'A')} Type R Subwoofer 12 inch"),
    ("r27-gibson", f"{hg('Gibson', 'i')} Flying V Electric Guitar"),
    ("r27-topeak", f"{hg('Topeak', 'T')} Mini 20 Pro Bike Multi Tool"),
    ("r27-schwalbe", f"{hg('Schwalbe', 'S')} G-One Allround Gravel Tire"),
    # mark in the description only
    ("r27-withings", "Smart Blood Pressure Monitor Wi-Fi Upper Arm", f"{hg('Withings', 'i')} BPM Connect, genuine"),
    ("r27-mophie", "Magnetic Wireless Charger Stand 3 in 1", f"{hg('mophie', 'op')} 3-in-1 travel charger, retail box"),
    ("r27-nextbase", "Dash Cam 1440p GPS Parking Mode Click Mount", f"{hg('Nextbase', 'x')} 522GW original"),
])  # fmt: skip

LEETSPEAK = _rows("leetspeak", [
    ("r27-oukitel", "0ukitel K15 Plus Rugged Phone 5G"),
    ("r27-ulefone", "Ul3fone Armor X12 Smartphone IP68"),
    ("r27-haylou", "H@ylou RS4 Plus Smart Watch AMOLED"),
    ("r27-electrolux", "3lectrolux UltimateHome 700 Fridge Freezer"),
    ("r27-siemens", "S1emens EQ.6 Bean to Cup Coffee Machine"),
    ("r27-maxxis", "M@xxis Crossmark II 26 x 2.1 Tire"),
    ("r27-hankook", "H4nkook Kinergy Eco2 175/65R14 Tyre"),
    ("r27-greenworks", "Gr33nworks 40V Blower Vac Mulcher"),
    ("r27-mooer", "M00er Black Secret Distortion Pedal"),
    ("r27-behringer", "B3hringer TD-3 Bass Line Synthesizer"),
    ("r27-korg", "K0rg Monologue Monophonic Synth"),
    ("r27-magene", "M4gene P505 Power Meter Crankset"),
    ("r27-alpine", "Alp1ne Component Speakers 6.5 inch 2 Way"),
    ("r27-gibson", "G1bs0n Explorer Electric Guitar Copy"),
    ("r27-schwalbe", "Sch\\/\\/albe Pro One TLE Road Tyre 700x28"),
    # mark in the description only
    ("r27-topeak", "Bike Tool Kit 19 in 1 Multitool Steel Bits", "T0peak Alien II design, chain breaker included"),
    ("r27-ingco", "Brushless Angle Grinder 125mm 20V Variable Speed", "1NGC0 industrial series, Type C charging"),
    ("r27-einhell", "Cordless Leaf Blower 18V Lightweight Garden", "E1nhell Power X-Change series, 2.0Ah pack"),
])  # fmt: skip

SPACING = _rows("spacing", [
    ("r27-oukitel", "O-u-k-i-t-e-l WP35 Rugged Phone 11000mAh"),
    ("r27-haylou", "H a y l o u Smart Watch 2 Bluetooth"),
    ("r27-electrolux", "Electro lux Cordless Stick Vacuum 2 in 1"),
    ("r27-siemens", "S.i.e.m.e.n.s Heat Pump Dryer 9kg"),
    ("r27-maxxis", "Max xis Aggressor 29 x 2.5 Tyre"),
    ("r27-hankook", "Han_kook Ventus V12 evo2 245/40R18"),
    ("r27-greenworks", "Green-works 40V Pole Saw 8 inch"),
    ("r27-mooer", "M o o e r Preamp Live Pedal"),
    ("r27-behringer", "Beh-ringer Model D Analog Synth"),
    ("r27-korg", "K.O.R.G Volca Keys Synth Loop"),
    ("r27-magene", "Mag-ene S3+ Speed Sensor Bike"),
    ("r27-gibson", f"Gib{ZW}son Les Paul Studio Electric Guitar"),
    ("r27-vittoria", "Vit toria Corsa Pro Tubeless 700x26"),
    ("r27-topeak", "Top_eak Road Morph G Pump"),
    ("r27-70mai", "7 0 m a i Dash Cam Omni 360 Rotating"),
    ("r27-sp-connect", "S.P. Connect Phone Mount Moto Bundle Handlebar"),
    ("r27-sailun", "赛 轮 半钢子午线轮胎 205/60R16 静音"),
    # mark in the description only
    ("r27-withings", "Hybrid Smartwatch Sleep Tracking ECG", "W-i-t-h-i-n-g-s ScanWatch 2 style dial"),
    ("r27-doogee", "5G Rugged Phone 10800mAh Night Vision", "D o o g e e V30 original box"),
])  # fmt: skip

MISSPELLING = _rows("misspelling", [
    ("r27-oukitel", "Oukitell WP21 Rugged Phone Ultra"),
    ("r27-ulefone", "Ulefon Armor 22 Smartphone 64MP"),
    ("r27-haylou", "Haylow Solar Pro Smart Watch Rugged"),
    ("r27-electrolux", "Electrolox Upright Vacuum Bagless"),
    ("r27-siemens", "Siemans Washing Machine 9kg iQ300"),
    ("r27-maxxis", "Maxxiss Minion DHR II 27.5 Tyre"),
    ("r27-hankook", "Hankok Ventus Evo Tyre 225/40R18"),
    ("r27-greenworks", "Greenwork 40V Hedge Trimmer 24 inch"),
    ("r27-behringer", "Behringher XR18 Digital Mixer Rack"),
    ("r27-gibson", "Gibsen Les Paul Custom Electric Guitar"),
    ("r27-vittoria", "Vitoria Corsa Control Tire 700x28"),
    ("r27-schwalbe", "Schwable Marathon Tyre 26 x 1.75 Reflective"),
    ("r27-helinox", "Helinoks Chair One Camp Chair Ultralight"),
    ("r27-hilleberg", "Hileberg Soulo Tent 1 Person"),
    ("r27-mophie", "Mophy Juice Pack Battery Case 2000mAh"),
    ("r27-hankook", "韩太轮胎 205/55R16 正品 四季"),
    # 西们子 for 西门子: a homophone misspelling on a washing machine, the mark's own trade.
    ("r27-siemens", "西们子 滚筒洗衣机 10公斤 变频"),
    ("r27-ddpai", "盯盯派 行车记录仪 高清 夜视"),
    # mark in the description only
    ("r27-maxxis", "Mountain Bike Tire 29 Tubeless Ready 2.5", "Maxis Minion DHF copy, 3C compound"),
    ("r27-mooer", "Guitar Multi Effects Pedal USB Recording", "Moer GE150 same chip"),
    ("r27-speedplay", "Road Bike Pedals Single Sided Clipless", "Speedplai Zero replica, chromoly axle"),
])  # fmt: skip

BRAND_FIELD = [
    Listing("brand_field", g, t, d, b)
    for g, t, d, b in [
        ("r27-oukitel", "Rugged Smartphone 6.52 inch 8GB 128GB IP69K", "", "Oukitel"),
        ("r27-ulefone", "Night Vision Rugged Phone 21000mAh Outdoor", "", "Ulefone"),
        ("r27-haylou", "True Wireless Earbuds ENC Bluetooth 5.3", "", "Haylou"),
        ("r27-electrolux", "Steam Iron 2600W Ceramic Soleplate Anti Drip", "", "Electrolux"),
        ("r27-siemens", "Induction Cooktop 80cm Flex Zone Touch", "", "Siemens"),
        ("r27-maxxis", "MTB Tire 27.5 x 2.5 Tubeless Ready Dual Compound", "", "Maxxis"),
        ("r27-greenworks", "Cordless Lawn Mower 40V 16 inch Mulching", "", "Greenworks"),
        ("r27-behringer", "USB Audio Interface 2x2 48V Phantom Power", "", "Behringer"),
        ("r27-korg", "Clip-On Chromatic Tuner Guitar Bass Violin", "", "Korg"),
        ("r27-gibson", "Electric Guitar Solid Body Mahogany Neck", "", "Gibson"),
        ("r27-candy", "Front Load Washing Machine 8kg 1400rpm", "Steam care, quick 15 min wash", "Candy"),
        ("r27-giro", "Road Cycling Helmet MIPS Adult Ventilated", "", "Giro"),
        ("r27-enya", "Concert Ukulele 23 inch Solid Mahogany Top", "", "Enya"),
        ("r27-donner", "Digital Piano 88 Weighted Hammer Action Keys", "With sustain pedal and stand", "Donner"),
        ("r27-meizu", "5G智能手机 骁龙 全网通 大内存", "", "魅族"),
        ("r27-royalstar", "电热水壶 304不锈钢 1.8升 家用", "", "荣事达"),
        ("r27-meiling", "三门冰箱 家用 风冷 一级能效", "", "美菱"),
        ("r27-ken", "角磨机 100mm 多功能 打磨机 切割机", "", "锐奇"),
        ("r27-ken", "Electric Planer 82mm 750W Woodworking", "", "KEN"),
    ]
]  # fmt: skip

# Only the picture carries the mark: a seller's copy of the right's reference image.
IMAGE = [
    Listing("image", g, t, d, image=True)
    for g, t, d in [
        ("r27-meizu", "5G Smartphone 6.7 inch AMOLED 12GB 256GB Global", ""),
        ("r27-sailun", "Passenger Car Tyre 205/55R16 91V Low Noise", ""),
        ("r27-sailun", "半钢子午线轮胎 215/60R16 耐磨 静音", ""),
        ("r27-oukitel", "Rugged Phone 20000mAh Big Battery Camping Light", ""),
        ("r27-oukitel", "三防手机 大电池 户外 防水 防摔", ""),
        ("r27-haylou", "Smart Watch 1.85 inch Bluetooth Call Sports", ""),
        ("r27-electrolux", "Robot Vacuum Cleaner 4000Pa Laser Navigation", ""),
        ("r27-siemens", "Built-in Dishwasher 14 Place Settings Zeolite", ""),
        ("r27-maxxis", "Downhill MTB Tyre 27.5 x 2.5 Wide Trail", ""),
        ("r27-maxxis", "Gravel Bike Tire 700x40c Foldable", ""),
        ("r27-greenworks", "Cordless Chainsaw 40V 16 inch Auto Oiler", ""),
        ("r27-mooer", "Mini Guitar Effect Pedal Analog Chorus", ""),
        ("r27-alpine", "Car Audio Amplifier Mono Block 1000W", ""),
        ("r27-gibson", "Solid Body Electric Guitar Cherry Sunburst", ""),
        ("r27-gibson", "电吉他 桃花心木 琴身 初学者 套装", ""),
        ("r27-candy", "Tumble Dryer 9kg Heat Pump Sensor Dry", ""),
        ("r27-hilleberg", "Four Season Tunnel Tent 2 Person Mountaineering", ""),
        ("r27-sp-connect", "Motorcycle Phone Mount Twist Lock Aluminium", ""),
        ("r27-balmuda-toaster", "Steam Oven Toaster Retro 4 Modes Compact", ""),
        ("r27-op-1", "Portable Synthesizer Sampler 4 Track Tape Mode", ""),
    ]
]  # fmt: skip

MIXED = [
    # a mark used as the accessory's own brand; the device joins only with the switch off
    Listing("mixed", "r27-topeak", "Topeak RideCase Phone Case for Meizu 21", expected=("r27-topeak",), without_compat=("r27-topeak", "r27-meizu")),
    Listing("mixed", "r27-mooer", "M00er 9V Power Supply for Korg Volca Synths", expected=("r27-mooer",), without_compat=("r27-mooer", "r27-korg")),
    Listing("mixed", "r27-donner", "Donner Pedal Power Supply compatible with Mooer Micro Pedals", expected=("r27-donner",), without_compat=("r27-donner", "r27-mooer")),
    Listing("mixed", "r27-mophie", "mophie Wireless Charging Pad for Doogee V30", expected=("r27-mophie",), without_compat=("r27-mophie", "r27-doogee")),
    Listing("mixed", "r27-sp-connect", "SP Connect Phone Case for Oukitel WP22 Bike Mount", expected=("r27-sp-connect",), without_compat=("r27-sp-connect", "r27-oukitel")),
    Listing("mixed", "r27-haylou", "H4ylou Silicone Strap for TicWatch Pro 5 22mm", expected=("r27-haylou",), without_compat=("r27-haylou", "r27-mobvoi")),
    # two rights
    Listing("mixed", "r27-gibson", "Gibson Les Paul and Mooer Pedal Starter Bundle", expected=("r27-gibson", "r27-mooer")),
    Listing("mixed", "r27-meizu", "魅族 手机 + 嘿喽 耳机 套装 学生 礼物", expected=("r27-meizu", "r27-haylou")),
    Listing("mixed", "r27-maxxis", "Maxxis Tires with Schwalbe Tubes MTB Combo", expected=("r27-maxxis", "r27-schwalbe")),
    Listing("mixed", "r27-electrolux", "Electrolux 西门子 同款 洗碗机 嵌入式", expected=("r27-electrolux", "r27-siemens")),
    Listing("mixed", "r27-magene", "Magene XOSS Speed Cadence Sensor Twin Pack", expected=("r27-magene", "r27-xoss")),
    Listing("mixed", "r27-vittoria", "Vittoria Tyres plus Topeak Mini Pump Road Kit", expected=("r27-vittoria", "r27-topeak")),
    Listing("mixed", "r27-helinox", "Helinox Chair and Hilleberg Tent Camping Set", expected=("r27-helinox", "r27-hilleberg")),
    Listing("mixed", "r27-giro", "Giro Cycling Shoes with Speedplay Cleats Installed", expected=("r27-giro", "r27-speedplay")),
    # one right under two evasions or two names
    Listing("mixed", "r27-korg", "科音 Korg 同款 夹式调音器 吉他"),
    Listing("mixed", "r27-hankook", "Hankook 韩泰 轮胎 205/55R16 正品"),
    Listing("mixed", "r27-greenworks", "Gr33n-works 80V Battery 4Ah Lithium"),
    Listing("mixed", "r27-70mai", "70迈 7 0 mai 行车记录仪 4K"),
]  # fmt: skip

POSITIVES = [
    *EXACT, *ALIAS, *CHINESE, *CASE_WIDTH, *ACCENT, *HOMOGLYPH, *LEETSPEAK, *SPACING,
    *MISSPELLING, *BRAND_FIELD, *IMAGE, *MIXED,
]  # fmt: skip

# Compatibility wording: accessories naming the device they fit (the device's right is
# expected only with allow_compatibility_wording = false).
COMPAT = _rows("compat", [
    ("r27-oukitel", "Rugged Case for Oukitel WP22 Shockproof Holster Clip"),
    ("r27-oukitel", "Tempered Glass Screen Protector compatible with Oukitel C35"),
    ("r27-ulefone", "Charging Cable compatible for Ulefone Armor 24 Magnetic"),
    ("r27-ulefone", "Replacement Battery for Ulefone Power Armor 14"),
    ("r27-blackview", "Flip Leather Case fits Blackview BV9300 Card Slot"),
    ("r27-blackview", "Keyboard Case for Blackview Tab 16 Tablet"),
    ("r27-doogee", "TPU Soft Cover designed to fit Doogee S100 Pro"),
    ("r27-doogee", "Screen Protector 3 Pack for Doogee V30"),
    ("r27-meizu", "Silicone Case for Meizu 21 Pro Camera Protection"),
    ("r27-haylou", "Nylon Loop Strap compatible with Haylou Solar Plus"),
    ("r27-haylou", "Replacement Ear Tips for Haylou GT7 Earbuds"),
    ("r27-mobvoi", "22mm Leather Band fits TicWatch Pro 5"),
    ("r27-mobvoi", "Charging Dock for Mobvoi TicWatch E3 Magnetic"),
    ("r27-withings", "Silicone Band for Withings ScanWatch 42mm"),
    ("r27-electrolux", "HEPA Filter Replacement for Electrolux Pure F9"),
    ("r27-electrolux", "Vacuum Bags compatible with Electrolux S-Bag 10 Pack"),
    ("r27-siemens", "Dishwasher Filter Set designed to fit Siemens iQ300"),
    ("r27-siemens", "Water Filter Cartridge works with Siemens Fridge"),
    ("r27-candy", "Door Seal Gasket for Candy Washing Machine"),
    ("r27-roidmi", "Roller Brush for Roidmi F8 Cordless Vacuum"),
    ("r27-viomi", "RO Membrane Filter Viomi compatible 600G"),
    ("r27-greenworks", "Battery Adapter for Greenworks 40V to 18V Tools"),
    ("r27-greenworks", "Trimmer Line Spool Replacement for Greenworks 24V"),
    ("r27-einhell", "Tool Holder Wall Mount fits Einhell Power X-Change"),
    ("r27-skil", "Circular Saw Blade 7-1/4 inch for SKIL Saw"),
    ("r27-ingco", "Battery Charger compatible with INGCO 20V P20S"),
    ("r27-70mai", "Hardwire Kit for 70mai Dash Cam Parking Mode"),
    ("r27-ddpai", "Suction Cup Mount works with DDPai Mini Dash Cam"),
    ("r27-nextbase", "Powered Click Mount designed to fit Nextbase 622GW"),
    ("r27-alpine", "Wiring Harness Adapter for Alpine Head Unit 16 Pin"),
    ("r27-korg", "9V DC Power Adapter for Korg Volca Series"),
    ("r27-behringer", "Dust Cover compatible with Behringer X32 Compact"),
    ("r27-mooer", "Pedal Board Velcro fits Mooer Micro Series Pedals"),
    ("r27-gibson", "Replacement Pickguard for Gibson Les Paul Black"),
    ("r27-op-1", "Hard Travel Case for OP-1 Synthesizer"),
    ("r27-balmuda-toaster", "Crumb Tray Replacement for BALMUDA The Toaster"),
    ("r27-sp-connect", "Universal Phone Case Adapter compatible with SP Connect Mounts"),
    ("r27-speedplay", "Cleat Covers for Speedplay Zero Pedals"),
    ("r27-helinox", "Replacement Chair Feet for Helinox Chair One 4 Pack"),
    ("r27-hilleberg", "Footprint Groundsheet fits Hilleberg Nallo 2"),
    ("r27-magene", "Out Front Bike Computer Mount for Magene C406"),
    ("r27-topeak", "Rack Bag designed to fit Topeak MTX Rack"),
    ("r27-giro", "Replacement Helmet Pads for Giro Syntax"),
    ("r27-mophie", "USB-C Cable works with mophie Powerstation"),
    ("r27-meizu", "适用于魅族20 手机壳 全包 防摔", "硅胶材质，精准开孔。"),
    ("r27-viomi", "适用 云米净水器 滤芯 PP棉 替换装"),
    ("r27-70mai", "适配 70迈 行车记录仪 降压线 停车监控"),
    ("r27-roidmi", "兼容 睿米 吸尘器 滤网 HEPA 配件"),
    ("r27-siemens", "替换 西门子 洗碗机 过滤网 配件"),
    ("r27-xoss", "适用于行者码表 延伸支架 公路车"),
    ("r27-ken", "兼容 锐奇 电池 20V 锂电 配件"),
    ("r27-kepma", "适配 卡马 民谣吉他 琴弦 替换弦"),
])  # fmt: skip

# The mark inside another word (Latin), or across a word boundary (Chinese).
INSIDE_WORD = _rows("inside_word", [
    ("r27-skil", "Cast Iron Skillet 12 inch Pre-Seasoned Camping"),
    ("r27-skil", "Skillion Roof Shed Kit Garden Tool Storage"),
    ("r27-ken", "Automatic Chicken Coop Door Opener Solar Light Sensor"),
    ("r27-ken", "Kraken Tentacle Bike Bottle Cage Aluminium"),
    ("r27-enya", "Kenya AA Coffee Beans 1kg Medium Roast"),
    ("r27-enya", "Kenyan Beaded Bracelet Handmade Maasai"),
    ("r27-alpine", "Subalpine Fir Seeds 50 Pack Garden"),
    ("r27-alpine", "Cisalpine Map Print Vintage Poster"),
    ("r27-vittoria", "Vittoriano Rome Souvenir Fridge Magnet"),
    ("r27-giro", "Girona FC Football Scarf Knitted"),
    ("r27-giro", "Gironde Wine Region Map Canvas Print"),
    ("r27-donner", "Donnerstag Weekly Planner German Edition"),
    ("r27-candy", "Candytuft Flower Seeds Mixed Colours"),
    ("r27-siemens", "Conductivity Meter 0-2000 Microsiemens Water Tester"),
    ("r27-siemens", "EC Pen Millisiemens Hydroponic Nutrient Tester"),
    ("r27-gibson", "Gibsonton Florida Travel Mug"),
    ("r27-korg", "Korgoth Barbarian Poster Retro Cartoon"),
    ("r27-xoss", "旅行者 双肩包 大容量 户外 登山"),
    ("r27-xoss", "修行者 禅意 手串 檀木"),
    ("r27-kepma", "打卡马拉松 计时芯片 贴纸"),
    ("r27-double-coin", "情侣款 双钱包 套装 真皮 短款"),
    ("r27-meiling", "甜美菱形格 链条包 小香风"),
    ("r27-sailun", "比赛轮滑鞋 成人 专业 速滑"),
    ("r27-sailun", "竞赛轮毂 轻量化 铝合金 17寸"),
    ("r27-viomi", "彩云米酒 糯米 甜酒酿 500g"),
    ("r27-70mai", "限速170迈 警示贴 车贴 反光"),
    ("r27-mooer", "恶魔耳朵发箍 万圣节 头饰"),
    ("r27-enya", "感恩雅致礼盒 茶具 套装"),
    ("r27-hankook", "中日韩泰 四国 旅游攻略 地图册"),
    ("r27-fire-maple", "烟火枫叶 装饰 贴纸 秋季"),
])  # fmt: skip

# A mark that is also an ordinary word, name or place, used as that word.
GENERIC_WORD = _rows("generic_word", [
    ("r27-alpine", "Alpine Strawberry Seeds Everbearing 100 Pcs"),
    ("r27-alpine", "Alpine Meadow Wall Art Canvas Print"),
    # alpine names the sport the goggles are for, not the maker (Alpine makes car audio)
    ("r27-alpine", "Alpine Skiing Goggles Anti Fog Double Lens"),
    ("r27-alpine", "Alpine Goat Milk Soap Handmade"),
    ("r27-alpine", "Alpine Climbing Harness Adjustable Adult"),
    ("r27-candy", "Candy Jar with Lid Glass 2L Kitchen"),
    # cotton candy is the product the machine makes; Candy's appliances are washers and dryers
    ("r27-candy", "Cotton Candy Machine Commercial Electric Floss Maker"),
    ("r27-candy", "Candy Color Phone Case Soft Silicone"),
    ("r27-candy", "Candy Cane Christmas Tree Ornament 12 Pack"),
    ("r27-candy", "Halloween Candy Bucket LED Light Up"),
    # Giro d'Italia is another holder's race; the cap is a souvenir of it
    ("r27-giro", "Giro d'Italia Souvenir Cycling Cap Pink"),
    ("r27-vittoria", "Vittoria Sicily Travel Guide Paperback"),
    ("r27-vittoria", "Vittoria Name Necklace Gold Plated Custom"),
    ("r27-donner", "Donner Reindeer Christmas Ornament Felt"),
    ("r27-donner", "Donner Pass Historic Map Print"),
    ("r27-gibson", "Gibson Cocktail Onions Jar Pickled"),
    ("r27-gibson", "Gibson Desert Australia Photo Print Canvas"),
    ("r27-gibson", "Gibson Girl Illustration Vintage Poster"),
    ("r27-enya", "Enya Name Keychain Personalized Gift"),
    ("r27-ken", "Ken Name Embroidered Patch Iron On"),
    # "ken" is the spike of a kendama (the toy's own part name), not the power-tool maker
    ("r27-ken", "Japanese Kendama Ken Spare String"),
    ("r27-double-coin", "Double Coin Knot Bracelet Red String"),
    ("r27-double-coin", "Double Coin Chinese Knot Wall Hanging"),
    ("r27-fire-maple", "Fire Maple Tree Seedling Acer Live Plant"),
    ("r27-fire-maple", "Fire Maple Leaf Photo Backdrop Autumn"),
    ("r27-meiling", "Meiling Name Necklace Custom Chinese Pinyin"),
    ("r27-siemens", "Physics Poster SI Units Ampere Siemens Ohm"),
    ("r27-hilleberg", "Hilleberg Family Crest Print Genealogy"),
    ("r27-schwalbe", "Schwalbe Swallow Bird Tattoo Sticker German Word"),
    ("r27-xoss", "孙行者 手办 西游记 摆件"),
    ("r27-xoss", "行者无疆 书法 挂画 客厅"),
    ("r27-double-coin", "双钱结 中国结 挂件 红色 喜庆"),
    ("r27-fire-maple", "火枫 红枫 树苗 庭院 绿化"),
    ("r27-mobvoi", "出门问问路 旅行 手账本 卡通"),
    ("r27-70mai", "时速70迈 限速标志 铝板 路牌"),
    ("r27-enya", "恩雅 名字 项链 定制 纯银"),
    ("r27-kepma", "卡马 人名 刻字 钥匙扣"),
    ("r27-ken", "Ken Follett Novel Paperback Historical Fiction"),
    ("r27-vittoria", "Vittoria Colonna Poems Book Renaissance"),
    ("r27-alpine", "Alpine Lake Jigsaw Puzzle 1000 Pieces"),
    ("r27-candy", "Candy Bar Wrapper Party Favors Printable"),
    ("r27-giro", "Giro Bank Transfer Receipt Book Carbonless"),
])  # fmt: skip

# A common word one edit from a mark, used normally.
COMMON_WORD = _rows("common_word", [
    ("r27-skil", "Skill Development Toy Drill Set for Toddlers"),
    ("r27-skil", "Beginner Skill Level Woodworking Chisel Set"),
    ("r27-candy", "Handy Vacuum Cleaner Cordless Car"),
    ("r27-candy", "Sandy Beach Camping Mat Waterproof"),
    ("r27-giro", "Gyro Stabilizer Phone Gimbal 3 Axis"),
    ("r27-giro", "Gyro Sensor Module MPU6050 Arduino"),
    ("r27-korg", "Kora Harp 21 String West African Instrument"),
    ("r27-mooer", "Lawn Mower Blade 21 inch Mulching"),
    ("r27-mooer", "Robot Mower Boundary Wire 100m"),
    ("r27-donner", "Doner Kebab Machine Gas Rotisserie"),
    ("r27-donner", "Dinner Plate Set Camping Enamel 4 Pcs"),
    ("r27-xoss", "Moss Green Bike Frame Bag Waterproof"),
    ("r27-xoss", "Toss Pillow Cover Camping Outdoor"),
    ("r27-vittoria", "Victoria Sponge Cake Tin Round 8 inch"),
    ("r27-vittoria", "Victoria Falls Postcard Set"),
    ("r27-ken", "Hen House Nesting Box Plastic Poultry"),
    ("r27-enya", "Anya Doll Dress Knitted Handmade"),
    ("r27-gibson", "Gibbon Plush Toy Ape Stuffed"),
    ("r27-xoss", "行走 助步器 老人 铝合金 折叠"),
    ("r27-kepma", "卡车 轮胎 11R22.5 钢丝胎"),
    ("r27-sailun", "自行车轮 辐条 不锈钢 36根"),
    ("r27-hankook", "韩版 手机壳 卡通 可爱"),
    ("r27-ken", "锐利 钻头 麻花钻 套装 高速钢"),
    ("r27-fire-maple", "火锅 电火锅 家用 多功能 分体"),
    ("r27-korg", "录音笔 专业 高清 降噪 大容量"),
    ("r27-behringer", "百灵鸟 鸟笼 竹制 手工"),
    ("r27-roidmi", "东北大米 5kg 新米 长粒香"),
    ("r27-viomi", "云朵 夜灯 充电 卧室 床头"),
    ("r27-70mai", "70码 电动车 锂电池 长续航"),
    ("r27-mooer", "魔方 三阶 比赛专用 顺滑"),
    ("r27-meiling", "美丽 发夹 珍珠 韩式"),
    ("r27-double-coin", "双线 尼龙 钓鱼线 强拉力"),
])  # fmt: skip

# More text positives whose mark is in the description only.
DESCRIBED = [
    Listing("exact", "r27-skil", "Brushless Drill Driver Kit 20V 2 Batteries", "SKIL PWR CORE 20, original packaging."),
    Listing("exact", "r27-topeak", "Bike Floor Pump with Gauge 160 psi", "Topeak JoeBlow Sport III, Presta and Schrader."),
    Listing("exact", "r27-hankook", "Summer Tyre 225/45R17 94Y XL", "Hankook Ventus S1 evo3, DOT 2026."),
    Listing("exact", "r27-siemens", "Built-in Dishwasher 60cm Stainless 13 Place", "Siemens iQ500 SN65, German import."),
    Listing("exact", "r27-meiling", "双门冰箱 小型 家用 租房 节能", "美菱 官方 旗舰 同款，全国联保。"),
    Listing("alias", "r27-xoss", "GPS Bike Computer Wireless Speedometer ANT+", "XOSS NAV plus, English menu."),
    Listing("alias", "r27-sailun", "Passenger Car Tyre 205/55R16 91V", "Sailun Atrezzo Elite, factory direct."),
    Listing("chinese", "r27-alpine", "车载 低音炮 12寸 大功率 有源", "阿尔派 原装 进口 喇叭。"),
    Listing("chinese", "r27-enya", "Concert Ukulele 23 inch Solid Top", "恩雅 正品 专卖 店 发货"),
    Listing("case_width", "r27-greenworks", "Cordless Blower 40V Brushless 500 CFM", "GREENWORKS Pro series, tool only."),
    Listing("case_width", "r27-einhell", "Cordless Circular Saw 18V 165mm", "eInHeLl TE-CS 18/165, solo"),
    Listing("accent", "r27-ingco", "Cordless Impact Wrench 20V 300Nm", "Ingcó industrial line, bare tool."),
    Listing("accent", "r27-topeak", "Bicycle Saddle Bag Quick Release Medium", "Topéak Aero Wedge style, QuickClick"),
    Listing("homoglyph", "r27-blackview", "Rugged Phone 15080mAh Android 14 NFC", f"{hg('Blackview', 'a')} BV9300 Pro original"),
    Listing("homoglyph", "r27-doogee", "Rugged Tablet 10.4 inch Kids Mode", f"{hg('Doogee', 'o')} R10 global"),
    Listing("leetspeak", "r27-giro", "MIPS Mountain Bike Helmet Visor Adult", "G1ro Source style, size M"),
    Listing("leetspeak", "r27-donner", "Electric Drum Set 8 Pieces Mesh Heads", "D0nner DED-80 same kit"),
    Listing("spacing", "r27-candy", "Heat Pump Tumble Dryer 9kg Sensor Dry", "C-a-n-d-y RapidÓ series, EU plug"),
    Listing("spacing", "r27-ingco", "Cordless Jigsaw 20V Variable Speed", "I N G C O industrial, Type P20S battery"),
    Listing("misspelling", "r27-behringer", "Digital Mixer 18 Channel WiFi Rack", "Behringher XR18 same model, rack ears"),
    Listing("misspelling", "r27-nextbase", "Dash Cam 4K GPS Emergency SOS Recording", "Nexbase 622GW, Click and Go mount"),
]  # fmt: skip

POSITIVES = [*POSITIVES, *DESCRIBED]

# Ordinary listings, no mark anywhere.
CLEAN = [
    Listing("clean", "", t, d, b)
    for t, d, b in [
        ("Rugged Phone 6.5 inch 10000mAh IP68 Waterproof Android", "Factory direct, MOQ 50 pcs, custom logo", ""),
        ("Unlocked Smartphone 6.7 inch 8GB 256GB Dual SIM", "", "OEM"),
        ("Kids Tablet 8 inch WiFi Android Shockproof Case", "Parental control, 32GB", ""),
        ("10.1 inch Tablet PC Octa Core 4G LTE", "", "OEM"),
        ("Clear TPU Phone Case Shockproof Corners Wholesale", "", ""),
        ("Tempered Glass Screen Protector 9H Anti Scratch 10 Pack", "", ""),
        ("Magnetic Car Phone Holder Dashboard 360 Rotation", "", ""),
        ("Fast Charger 65W GaN USB-C PD Travel Adapter", "Foldable plug, UK EU US", ""),
        ("Power Bank 20000mAh PD 22.5W Digital Display", "", "OEM"),
        ("Braided USB-C Cable 2m 100W Fast Charging", "", ""),
        ("Bluetooth Earbuds ENC Noise Cancelling Sports", "", "OEM"),
        ("Over Ear Headphones Wireless Foldable 40h", "", ""),
        ("Smart Watch 1.96 inch Bluetooth Call Heart Rate", "IP67, 100 sport modes", "OEM"),
        ("Kids Smart Watch 4G GPS Video Call SOS", "", ""),
        ("Fitness Tracker Band Sleep Monitor Step Counter", "", ""),
        ("20mm Silicone Watch Strap Quick Release Pins", "", ""),
        ("Stainless Steel Mesh Watch Band 22mm Magnetic", "", ""),
        ("Robot Vacuum Cleaner Mop 3000Pa App Control", "", "OEM"),
        ("Cordless Stick Vacuum 25kPa LED Display", "", ""),
        ("Air Fryer 6L Digital Touch Screen 1500W", "", "OEM"),
        ("Electric Kettle Glass 1.8L Blue LED", "", ""),
        ("Rice Cooker 5L Multi Function Non Stick", "", ""),
        ("Portable Blender USB Rechargeable 380ml", "", ""),
        ("Compact Refrigerator 90L Single Door Hotel", "", ""),
        ("Front Load Washing Machine 10kg Inverter Steam", "", "OEM"),
        ("Dehumidifier 20L Home Basement Auto Drain", "", ""),
        ("Air Purifier HEPA H13 Large Room Quiet", "", ""),
        ("Ceramic Space Heater 2000W Oscillating", "", ""),
        ("Handheld Garment Steamer 1500W Fast Heat", "", ""),
        ("Cordless Drill 21V 2 Batteries 25 Torque Settings", "Factory direct, custom color box", "OEM"),
        ("Angle Grinder 125mm 1200W Variable Speed", "", ""),
        ("Impact Wrench Brushless 1/2 inch 800Nm", "", ""),
        ("Circular Saw 185mm 1500W Laser", "", ""),
        ("Reciprocating Saw Cordless 20V Blades Set", "", ""),
        ("Rotary Hammer SDS Plus 1500W 3 Modes", "", ""),
        ("Cordless Lawn Mower 36V 38cm Grass Box", "", ""),
        ("Electric Chainsaw 16 inch 2400W Tool-free Tension", "", ""),
        ("Hedge Trimmer Cordless 20V Dual Action Blade", "", ""),
        ("Leaf Blower Cordless Brushless 6 Speed", "", ""),
        ("Drill Bit Set 100 Pcs Titanium HSS", "", ""),
        ("Dash Cam 4K Front Rear WiFi GPS Night Vision", "", "OEM"),
        ("Car Stereo Double Din 7 inch Touch Screen Bluetooth", "", ""),
        ("Reversing Camera HD Night Vision Waterproof", "", ""),
        ("Tyre Inflator Portable 150 PSI Digital", "", ""),
        ("Tire Pressure Monitoring System Solar TPMS", "", ""),
        ("Car Jump Starter 2000A 12V Power Bank", "", ""),
        ("Passenger Car Tyre 205/55R16 91V All Season", "Container order, 1200 pcs per 40HQ", ""),
        ("Light Truck Tyre 265/75R16 All Terrain", "", ""),
        ("Camping Tent 4 Person Waterproof Double Layer", "", "OEM"),
        ("Ultralight Backpacking Tent 1 Person 1.2kg", "", ""),
        ("Folding Camping Chair Aluminium Portable", "", ""),
        ("Sleeping Bag 0 Degree Mummy Down", "", ""),
        ("Portable Gas Stove Butane Camping Picnic", "", ""),
        ("Camping Cookware Set Titanium Pot Mug", "", ""),
        ("Headlamp Rechargeable 1200 Lumen Waterproof", "", ""),
        ("Inflatable Sleeping Pad Ultralight Hiking", "", ""),
        ("Hiking Backpack 50L Rain Cover", "", ""),
        ("Road Bike Tire 700x25c Folding Bead", "", ""),
        ("MTB Inner Tube 29 x 2.1 Presta Valve", "", ""),
        ("Bike Computer Wireless GPS Speedometer ANT", "", "OEM"),
        ("Bicycle Helmet Adult Lightweight Ventilated", "", ""),
        ("Mini Bike Pump 120 PSI Presta Schrader", "", ""),
        ("Bike Multi Tool 16 in 1 Chain Breaker", "", ""),
        ("Clipless Pedals Aluminium Sealed Bearings", "", ""),
        ("Bike Phone Mount Silicone Handlebar Holder", "", ""),
        ("Bicycle Tail Light USB Rechargeable Brake Sensing", "", ""),
        ("Acoustic Guitar 41 inch Spruce Top Beginner Kit", "Gig bag, strap, picks included", "OEM"),
        ("Electric Guitar Starter Pack 20W Amp Cable", "", ""),
        ("Soprano Ukulele 21 inch Basswood Pink", "", ""),
        ("Guitar Strings Phosphor Bronze Light 12-53", "", ""),
        ("Guitar Effects Pedal Overdrive True Bypass", "", ""),
        ("Digital Piano 61 Keys Portable Keyboard", "", ""),
        ("MIDI Controller 25 Keys USB Pads", "", ""),
        ("Audio Interface USB 2 Channel 24 bit", "", ""),
        ("Condenser Microphone Studio Kit Boom Arm", "", ""),
        ("Clip On Guitar Tuner Chromatic Rechargeable", "", ""),
        ("批发 三防手机 大电池 超长待机 可定制", "", ""),
        ("全新 智能手机 6.7寸 大屏 双卡双待", "", "无品牌"),
        ("平板电脑 10寸 学习机 儿童 护眼", "", ""),
        ("手机壳 透明 防摔 气囊 批发", "", ""),
        ("钢化膜 高清 防指纹 全屏覆盖", "", ""),
        ("充电宝 20000毫安 快充 大容量 便携", "", ""),
        ("数据线 编织 快充 2米 加长", "", ""),
        ("车载手机支架 磁吸 出风口 导航", "", ""),
        ("智能手表 运动 心率 血压 睡眠监测", "", "无品牌"),
        ("儿童电话手表 定位 视频通话 防水", "", ""),
        ("硅胶 表带 22mm 快拆 运动", "", ""),
        ("无线蓝牙耳机 降噪 入耳式 长续航", "", ""),
        ("扫地机器人 家用 全自动 拖地 吸尘", "", ""),
        ("空气炸锅 家用 大容量 可视 多功能", "", ""),
        ("电饭煲 4升 智能 预约 不粘内胆", "", ""),
        ("电热水壶 玻璃 家用 烧水壶 保温", "", ""),
        ("除湿机 家用 卧室 静音 抽湿", "", ""),
        ("挂烫机 手持 家用 小型 熨斗", "", ""),
        ("冰箱 小型 单门 宿舍 冷藏", "", ""),
        ("电钻 充电式 锂电 手电钻 家用", "", ""),
        ("角磨机 多功能 切割 打磨 抛光", "", ""),
        ("电锤 冲击钻 两用 大功率", "", ""),
        ("割草机 电动 充电式 家用 小型", "", ""),
        ("工具箱 五金 多功能 手提", "", ""),
        ("行车记录仪 高清 夜视 前后双录 停车监控", "", ""),
        ("车载充电器 快充 一拖二 点烟器", "", ""),
        ("倒车影像 摄像头 高清 夜视 防水", "", ""),
        ("汽车轮胎 195/65R15 耐磨 静音 批发", "", ""),
        ("车载充气泵 便携 电动 打气筒", "", ""),
        ("帐篷 户外 露营 加厚 防雨 四人", "", ""),
        ("折叠椅 户外 便携 钓鱼 露营", "", ""),
        ("睡袋 成人 户外 冬季 加厚", "", ""),
        ("卡式炉 户外 便携 野餐 炉具", "", ""),
        ("头灯 强光 充电 超亮 夜钓", "", ""),
        ("自行车 外胎 山地车 26寸 防滑", "", ""),
        ("骑行 头盔 一体成型 山地 公路", "", ""),
        ("自行车 尾灯 充电 警示灯", "", ""),
        ("打气筒 高压 便携 篮球 自行车", "", ""),
        ("民谣吉他 初学者 41寸 入门 套装", "", ""),
        ("尤克里里 21寸 儿童 小吉他 入门", "", ""),
        ("电子琴 61键 初学者 儿童 多功能", "", ""),
        ("吉他 调音器 夹式 电子 校音", "", ""),
        ("声卡 直播 套装 电容麦克风", "", ""),
        ("吉他弦 民谣 一套 六根 磷铜", "", ""),
    ]
]  # fmt: skip
