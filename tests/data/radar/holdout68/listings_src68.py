"""The hand-written listings of the sixty-eighth held-out corpus (car care and aftermarket:
car wax and detailing, dash cams, car audio, seat covers, roof boxes and racks, jump
starters), in English and Chinese only. Labels follow ../README.md; borderline calls are
commented where they are written."""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"  # zero-width space
_LOOK_ALIKE = {
    **dict(zip("aeocpxiysjABCEHKMOPTXISJ", "аеосрхіуѕјАВСЕНКМОРТХІЅЈ", strict=True)),
}


def hg(text: str, letters: str) -> str:
    """Spell the named letters of ``text`` as Cyrillic look-alikes."""
    return "".join(_LOOK_ALIKE[c] if c in letters else c for c in text)


def fw(text: str) -> str:
    """Spell ``text`` in full-width forms (a space becomes an ideographic space)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class Entry:
    case: str
    group: str  # right_id the listing is about ("" for clean)
    title: str
    description: str = ""
    brand: str = ""
    image: bool = False
    expected: tuple[str, ...] | None = None  # None: the group for positives, nothing else
    without_compat: tuple[str, ...] | None = None  # None: the builder's default


def _rows(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    """(group slug, title[, description[, brand]]) rows of one case."""
    return [Entry(case, f"r68-{r[0]}" if r[0] else "", *r[1:]) for r in rows]


def _ids(*slugs: str) -> tuple[str, ...]:
    return tuple(f"r68-{s}" for s in slugs)


# --- positives -------------------------------------------------------------------------

EXACT = _rows(
    "exact",
    [
        ("chief", "车仆 汽车镀晶剂 纳米镀膜 漆面养护 500ml"),
        ("botny", "保赐利 轮胎光亮剂 泡沫型 持久上光 650ml"),
        ("jado", "捷渡 行车记录仪 高清夜视 停车监控 32G卡"),
        ("newsmy", "纽曼 汽车应急启动电源 12V 搭电宝 20000mAh"),
        ("flyaudio", "飞歌 车载导航一体机 安卓大屏 9寸 倒车影像"),
        (
            "chemical-guys",
            "Carnauba Paste Wax 16oz Butter Wet Look",
            "Chemical Guys Butter Wet Wax, easy on easy off.",
        ),
        ("autoglym", "Autoglym Super Resin Polish 500ml Paint Restorer"),
        ("viofo", "Viofo A229 Pro 4K Front and Rear Dash Cam with GPS"),
        (
            "blackvue",
            "Cloud Dash Cam 2CH 4K 64GB LTE Ready",
            "BlackVue DR970X-2CH, front and rear cameras.",
        ),
        ("kicker", "Kicker CompR 12 inch Subwoofer 4 Ohm 500W RMS"),
        ("rockford", "Rockford Fosgate Punch P300X2 Two Channel Amplifier"),
        ("rhino-rack", "Rhino-Rack Vortex Aero Crossbars 1375mm Black Pair"),
        (
            "noco",
            "1000A Lithium Jump Starter 12V Spark Proof Clamps",
            "NOCO GB40 Boost Plus, ships with clamps and USB cable.",
        ),
        ("recaro", "Recaro Sportster CS Reclining Sport Seat Black Leather"),
        ("launch", "Launch X431 PRO3S+ Full System Car Diagnostic Scanner"),
        ("rupes", "Rupes LHR15 Mark III BigFoot Random Orbital Polisher"),
        ("polk", "Polk DB652 6.5 inch Coaxial Car and Marine Speakers"),
        ("blaupunkt", "Blaupunkt Bremen SQR 46 DAB Retro Car Radio"),
        ("covercraft", "Covercraft UVS100 Custom Windshield Sunscreen Shade"),
        ("nardi-classic", "Nardi Classic Wood Steering Wheel 360mm Black Spokes"),
        ("floorliner", "FloorLiner HP All-Weather Floor Mats Front Row Black"),
        ("rove", "Rove R2-4K Pro Dash Cam 2160P WiFi GPS"),
        ("dodo-juice", "Dodo Juice Supernatural Hybrid Wax 250ml"),
        # The mark in the description only.
        (
            "grit-guard",
            "Car Wash Bucket Insert Dirt Trap 10.4 inch Red",
            "Genuine Grit Guard insert, radial ribs trap grit at the bottom of the bucket.",
        ),
        (
            "sundown",
            "SA-12 D2 Competition Subwoofer 12 inch 1000W RMS",
            "Sundown SA series woofer, 2 ohm voice coils, vented pole piece.",
        ),
        (
            "wufu-jinniu",
            "全包围汽车脚垫 丝圈 防水 耐脏 定制",
            "五福金牛 丝圈脚垫 原厂工艺 环保无味",
        ),
        (
            "katzkin",
            "Custom Leather Seat Upholstery Kit Black with Red Stitching",
            "Katzkin leather interior kit, factory-fit pattern for crew cab trucks.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("chief", "CHIEF Car Glass Cleaner Concentrate Winter Formula 2L"),
        (
            "getsun",
            "Tire Shine Spray 500ml Long Lasting Wet Look",
            "Getsun tyre gloss, water based.",
        ),
        ("carsetcity", "Carsetcity Ice Silk Car Seat Cushion Set 5 Seats"),
        ("mubo", "Mubo Sheepskin Wool Car Seat Cover Front Seat Winter"),
        ("wufu-jinniu", "Wufu Jinniu TPE Car Floor Mats Custom Fit Waterproof"),
        ("jado", "1296P Dash Cam Night Vision Loop Recording", "Jado D330 with 2 inch screen."),
        ("carku", "Carku E-Power Elite Jump Starter 18000mAh"),
        ("flyaudio", "FlyAudio Android Car Stereo 9 inch Head Unit CarPlay"),
        ("roadrover", "Roadrover 10.25 inch Android Navigation Head Unit"),
        ("tuhu", "Tuhu Car Frameless Wiper Blades Pair 24+16 inch"),
        ("hertz", "Hertz Audio Mille Pro MPK 165.3 Component Speakers"),
        ("morel", "Morel Acoustics Maximo Ultra 602 MKII Component Set"),
        ("rockford", "Rockford Punch P3D4-12 Dual 4 Ohm Subwoofer"),  # Dual: a voice coil
        ("griots", "Griot's Best of Show Wax 16oz Carnauba Blend"),
        (
            "front-runner",
            "Slimline II Roof Rack Kit Aluminium Platform",
            "Front Runner Outfitters kit with foot rails.",
        ),
        ("noco", "NOCO Genius5 6V 12V Smart Battery Charger Maintainer"),
        ("rain-x", "RainX Latitude Water Repellency Wiper Blade 22 inch"),
        ("grit-guard", "Grit Guard Insert and Washboard Bucket Kit Black"),
        ("wingbar", "Wing Bar Evo Aluminium Roof Bars Silver 127cm Pair"),
        ("floorliner", "WeatherTech FloorLiner Rear Row Cocoa Custom Fit"),
        (
            "dual",
            "Single DIN Bluetooth Car Stereo with USB and AUX Input",
            "Dual Electronics receiver, 50W x 4, detachable face, 18 radio presets.",
        ),
        (
            "tuhu",
            "Full Synthetic Engine Oil 5W-30 4L Service Pack",
            "Sold by Tuhu Car, filter and fitting at partner workshops.",
        ),
        (
            "griots",
            "6 inch Random Orbital Polisher 850W Variable Speed",
            "Griots G9 polisher kit with backing plate and two foam pads.",
        ),
        (
            "hertz",
            "Two-Way Component Speakers 6.5 inch Silk Dome Tweeter",
            "Hertz Audio Cento series, passive crossover included.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("launch", "元征 X431 汽车故障诊断仪 全系统 解码器"),
        ("launch", "元征 电瓶检测仪 12V 蓄电池测试仪"),
        ("launch", "元征 创奇 四合一 保养灯归零 诊断工具"),
        ("clarion", "歌乐 汽车音响 6.5寸 同轴喇叭 一对"),
        ("clarion", "歌乐 车载功放 四路 大功率 改装"),
        ("clarion", "日本歌乐 车载CD机 单锭 蓝牙"),
        ("hertz", "意大利赫兹 三分频套装喇叭 汽车音响改装"),
        ("hertz", "赫兹 6.5寸 两分频 车门喇叭 套装"),
        ("hertz", "赫兹 12寸 低音炮 汽车改装 重低音"),
        ("recaro", "瑞卡罗 赛车座椅 碳纤维 桶椅"),
        ("recaro", "瑞卡罗 儿童安全座椅 ISOFIX 接口"),
        ("recaro", "瑞卡罗同款 改装座椅 调角 皮革"),
        ("carmate", "快美特 车载香水 出风口 香薰 持久"),
        ("carmate", "快美特 汽车除味剂 消臭 新车去味"),
        ("morel", "摩雷 汽车音响 高音头 一对 丝膜"),
        ("morel", "以色列摩雷 两分频套装喇叭 发烧级"),
        ("morel", "摩雷同款 中低音喇叭 6.5寸"),
        ("llumar", "龙膜 汽车玻璃膜 全车膜 隔热防爆"),
        ("llumar", "美国龙膜 前挡膜 高透光 防紫外线"),
        # Chinese marks in the description only.
        ("tuhu", "汽车 雨刮器 无骨 一对装 静音", "途虎 自营 雨刮 正品 免费安装"),
        ("mubo", "冬季 羊毛 汽车坐垫 前排 单片", "牧宝 羊剪绒 坐垫 整张皮 不掉毛"),
        ("carsetcity", "夏季 冰丝 汽车坐垫 透气 五座通用", "卡饰社 冰丝凉垫 透气网布"),
        ("getsun", "汽车 漆面 镀膜剂 液体玻璃 300ml", "固特威 镀膜 疏水 亮光 一年效果"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("chemical-guys", "chemical guys Honeydew Snow Foam 16oz"),
        ("autoglym", "AUTOGLYM Polar Blaster Snow Foam Kit"),
        ("viofo", f"{fw('VIOFO')} A119 Mini 2 Dash Cam 2K"),
        ("blackvue", "BLACKVUE DR590X 2 Channel Full HD Dash Cam"),
        ("thinkware", "4K Dash Cam with Radar Module Front Rear", "thinkware U1000, cloud ready."),
        ("vantrue", "VaNtRuE N4 Pro Three Channel Dash Cam"),
        ("kicker", "Four Channel Car Amplifier 400W Class D", "KICKER KX400.4, compact chassis."),
        ("infinity", "INFINITY Reference REF-6532ix Car Speakers"),
        ("jl-audio", "jl audio 10W3v3-4 Subwoofer 10 inch"),
        ("rockford", "ROCKFORD FOSGATE Prime R2-500X1 Mono Amp"),
        ("coverking", "COVERKING Neosupreme Custom Seat Covers Front"),
        ("katzkin", f"{fw('katzkin')} Leather Seat Kit Black"),
        ("gooloo", "GOOLOO GP4000 Jump Starter 4000A Peak"),
        ("rove", "ROVE R3 Dash Cam Three Channel 1440P"),
        ("rupes", "rupes iBrid Nano Polisher Short Neck Kit"),
        ("noco", "Noco Boost X GBX55 Jump Starter 1750A"),
        ("recaro", f"{fw('RECARO')} 赛车座椅 调角 碳纤维纹"),
        (
            "rhino-rack",
            "Aero Crossbars 1500mm Pair Black Roof Bars",
            "RHINO-RACK Vortex bars with RLT600 legs, lockable.",
        ),
        (
            "hertz",
            "Three-Way Component Speaker Set 165mm Car Door",
            "HERTZ Mille Legend series, silk dome tweeter.",
        ),
        (
            "covercraft",
            "Custom Fit Car Cover Weatherproof Outdoor Sedan",
            "covercraft WeatherShield HP fabric, mirror pockets.",
        ),
        (
            "polk",
            "6.5 Inch 2-Way Coaxial Car Speakers 300W Pair",
            "POLK AUDIO DB+ series, marine certified.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("chemical-guys", "Chémical Guys Mr. Pink Car Wash Soap 64oz"),
        ("autoglym", "Autoglým Ultra High Definition Wax 180g"),
        ("viofo", "4K HDR Dash Cam 3 Channel A139 Pro", "Vïofo A139 Pro, Sony Starvis 2 sensor."),
        ("blackvue", "BläckVue DR750X Plus 2CH Dash Cam"),
        ("thinkware", "Thinkwäre Q800 Pro 2K Dash Cam"),
        ("vantrue", "Vantrüe E1 Lite Mini Dash Cam 1080P"),
        ("kicker", "Powered Subwoofer 8 inch Compact Under Seat", "Kïcker Hideaway, built-in amp."),
        ("infinity", "Infinitÿ Kappa 693m 6x9 Speakers"),
        ("rockford", "Rockförd Fosgate Punch 12 inch Sub"),
        ("coverking", "Coverkïng Leatherette Seat Covers Custom"),
        ("katzkin", "Kâtzkin Two-Tone Leather Interior Kit"),
        ("kuat", "Küat Transfer V2 Hitch Bike Rack"),
        ("schumacher", "Schumächer 6A Battery Charger Maintainer"),
        ("recaro", "Récaro Pole Position Bucket Seat FIA"),
        ("noco", "NÖCO Genius10 Smart Charger 10A"),
        ("morel", "Morél Tempo Ultra 6.5 Component Speakers"),
        ("dodo-juice", "Dodo Jüice Purple Haze Pro Soft Wax 250ml"),
        (
            "rupes",
            "Long Throw Polisher 21mm Orbit 900W Kit",
            "Original Rupés BigFoot LHR21, blue housing, with pads.",
        ),
        (
            "clarion",
            "Single DIN CD Receiver Bluetooth Front USB",
            "Clariòn car stereo, Japanese brand, 4 x 50W.",
        ),
        (
            "rain-x",
            "Windshield Water Repellent Glass Treatment 7oz",
            "Raîn-X original formula, rain beads off at speed.",
        ),
        (
            "jl-audio",
            "Sealed Subwoofer Enclosure 10 inch Loaded",
            "JL Audiò stealthbox style, carpet covered.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("chemical-guys", f"{hg('Chemical Guys', 'y')} VRP Tire Dressing 16oz"),
        ("autoglym", f"{hg('Autoglym', 'A')} Interior Shampoo 500ml"),
        (
            "viofo",
            "2K Dash Cam Front and Rear A129 Plus Duo",
            f"{hg('Viofo', 'o')} A129 Plus Duo, 5GHz WiFi.",
        ),
        ("blackvue", f"{hg('BlackVue', 'e')} DR900X 4K Cloud Dash Cam"),
        ("thinkware", f"{hg('Thinkware', 'a')} F200 Pro Dash Cam"),
        ("vantrue", f"{hg('Vantrue', 'a')} N2 Pro Uber Dash Cam"),
        ("kicker", f"{hg('Kicker', 'c')} DS 6x9 Coaxial Speakers"),
        ("rockford", f"{hg('Rockford', 'oc')} Fosgate R2D2-12 Subwoofer"),
        ("coverking", f"{hg('Coverking', 'C')} Velour Custom Seat Covers"),
        (
            "katzkin",
            "Leather Seat Covers Tan Factory Fit",
            f"{hg('Katzkin', 'a')} leather, heat-ready.",
        ),
        ("kuat", f"{hg('Kuat', 'a')} Sherpa 2.0 Bike Rack"),
        ("saris", f"{hg('Saris', 'S')} SuperClamp EX 4 Bike Rack"),
        ("schumacher", f"{hg('Schumacher', 'S')} 15A Battery Charger"),
        ("recaro", f"{hg('Recaro', 'e')} Speed V Racing Seat"),
        ("noco", f"{hg('NOCO', 'O')} Boost Pro GB150 Jump Starter"),
        ("rove", f"{hg('Rove', 'o')} R2-4K Dash Cam Night Vision"),
        ("clarion", f"{hg('Clarion', 'C')} Marine Stereo Receiver Waterproof"),
        (
            "rupes",
            "Dual Action Polisher 15mm Throw 500W",  # Dual Action: a kind of polisher
            f"{hg('Rupes', 'p')} Bigfoot LHR15, Italian made.",
        ),
        (
            "carku",
            "Portable Jump Starter 1500A 12V Lithium",
            f"{hg('Carku', 'a')} E-Power series, with LED light.",
        ),
        (
            "morel",
            "Soft Dome Tweeters 28mm Pair Car Audio",
            f"{hg('Morel', 'o')} Supremo tweeters, hand made.",
        ),
        (
            "autoglym",
            "High Definition Cleanser 500ml Pre-Wax",
            f"{hg('Autoglym', 'o')} HD Cleanser, removes old wax.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("chemical-guys", "Ch3mical Guys Jet Seal Paint Sealant 16oz"),
        ("autoglym", "Aut0glym Rapid Aqua Wax 500ml"),
        ("viofo", "V10fo WM1 Mini Dash Cam 2K"),
        ("blackvue", "Bl@ckVue DR770X Box Dash Cam"),
        ("thinkware", "4K Dash Cam U3000 Front Rear Radar", "Th1nkware U3000 with rear camera."),
        ("vantrue", "V@ntrue S1 Pro Dash Cam 4K"),
        ("kicker", "10 inch Subwoofer CompC Single 4 Ohm", "K1cker CompC series."),
        ("rockford", "R0ckford F0sgate Power T1 Amplifier"),
        ("coverking", "C0verking Ballistic Canvas Seat Covers"),
        ("katzkin", "K@tzkin Perforated Leather Seats Kit"),
        ("kuat", "Ku@t NV Base 2.0 Hitch Rack"),
        ("saris", "$aris Bones 2 Bike Trunk Rack"),
        ("schumacher", "$chumacher Rapid Charger 50A"),
        ("recaro", "R3caro Sportster GT Seat"),
        ("noco", "N0C0 Boost HD GB70 Jump Starter"),
        ("rove", "R0ve R2-4K Dash Cam Front Camera"),
        ("rain-x", "R@in-X 2-in-1 Glass Cleaner with Repellent"),
        (
            "clarion",
            "Car Amplifier 4 Channel 600W Class AB",
            "Cl4rion amp, made for factory radio upgrades.",
        ),
        (
            "jl-audio",
            "Marine Coaxial Speakers 7.7 inch White",
            "J|_ Audio M series style, sporty grilles.",
        ),
        (
            "griots",
            "Ceramic Speed Shine 22oz Quick Detailer",
            "Gr1ot's Garage ceramic line, sprays on wipes off.",
        ),
        (
            "viofo",
            "Dash Cam Front Rear 4K WiFi GPS 2 Channel",
            "V!ofo A139 Pro 2CH, Sony sensor.",
        ),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("chemical-guys", "C h e m i c a l Guys Clean Slate Wash 16oz"),
        ("autoglym", "Auto-glym Fast Glass 500ml Streak Free"),
        ("viofo", "V.I.O.F.O A129 Pro Duo 4K Dash Cam"),
        ("blackvue", "LTE Dash Cam 2 Channel DR750-2CH", "Black Vue DR750 series, connected."),
        ("thinkware", "Dash Cam X1000 Front Rear QHD", "Think ware X1000, parking mode."),
        ("vantrue", "Van-true X4S 4K Dash Cam"),
        ("kicker", "K_i_c_k_e_r Hideaway HS10 Subwoofer"),
        ("infinity", f"Infin{ZW}ity Reference 6x9 Speakers"),
        ("rockford", "Rock ford Fosgate Punch P2 Subwoofer"),
        ("coverking", "Cover King Neoprene Seat Covers Custom"),
        ("katzkin", "Katz-kin Leather Seat Covers Grey"),
        ("kuat", "K-U-A-T Pivot Hitch Rack Adapter"),
        ("noco", "N O C O Genius2 Battery Charger"),
        ("recaro", "Re-caro Classic Seat Pepita Fabric"),
        ("blaupunkt", "Blau punkt Car Stereo 1 DIN Bluetooth"),
        ("dodo-juice", "D.o.d.o Juice Born to be Mild Shampoo 500ml"),
        ("chief", "车 仆 镀晶 套装 汽车漆面 镀膜"),
        ("carku", "卡 儿 酷 汽车 应急启动电源 12V"),
        (
            "rhino-rack",
            "Roof Rack Platform 1928 x 1236mm Flat",
            "Rhino_Rack flat platform, aluminium slats, 6 legs.",
        ),
        (
            "viofo",
            "Dash Cam Mini 2K Wedge Shape 5GHz WiFi",
            f"Vio{ZW}fo WM1 compact camera, app control.",
        ),
        (
            "schumacher",
            "Fully Automatic Battery Charger 15A 12V",
            "Schu-macher Electric charger, microprocessor control.",
        ),
        (
            "wingbar",
            "Aerodynamic Roof Bars Aluminium Quiet Ride 135cm",
            "Wing-Bar Evo profile, T-track slot, lockable.",
        ),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("chemical-guys", "Chemical Guyz Tire Kicker Extra Glossy Shine 16oz"),
        ("autoglym", "Autoglim Super Resin Polish Car Paint 500ml"),
        ("viofo", "Viofoo A119 V3 Dash Cam 2K"),
        ("blackvue", "Blakvue DR590W 2CH Dash Cam"),
        ("thinkware", "Q1000 Dash Cam 2K Front Camera", "Thinkwear Q1000 dash cam, GPS."),
        ("vantrue", "Vantru N1 Pro Mini Dash Cam"),
        ("kicker", "CompVR 12 inch Subwoofer 2 Ohm", "Kiker CompVR series, 2 ohm coils."),
        ("infinity", "Infinty Reference 6.5 Component Speakers"),
        ("rockford", "Rockford Fosgat Punch Marine Speakers"),
        ("katzkin", "Katskin Leather Seat Upholstery Kit"),
        ("schumacher", "Schumaker 1500A Jump Starter"),
        ("recaro", "Recarro Sport Seat Racing Bucket"),
        ("rhino-rack", "Rhino Rak Vortex Crossbars 1500mm"),
        ("clarion", "Clarrion Marine Stereo Bluetooth"),
        ("llumar", "Lumar Window Tint Film 35% Roll"),
        ("dodo-juice", "Dodo Juise Light Fantastic Wax 250ml"),
        ("jado", "捷度 行车记录仪 高清 前后双录"),
        ("newsmy", "纽蔓 应急启动电源 汽车 搭电宝"),
        ("carku", "卡而酷 搭电宝 12V 应急电源"),
        ("botny", "保赐力 轮胎蜡 光亮剂 泡沫"),
        (
            "morel",
            "Hybrid Component Speakers 6.5 inch Two Way",
            "Morrel Hybrid Integra series, neodymium motors.",
        ),
        (
            "noco",
            "Lithium Jump Starter 1000A UltraSafe Clamps",
            "Noko Boost Plus style, 12V, USB charging.",
        ),
        (
            "kuat",
            "2 Bike Hitch Rack Platform Tray 2 inch",
            "Kuatt Sherpa model, folding arms.",
        ),
        (
            "recaro",
            "Racing Bucket Seat Fibreglass Shell Black",
            "瑞卡洛 座椅 同款 FIA homologation style.",
        ),
    ],
)

# The mark only in the brand field; title and description are clean.
BRAND_FIELD = _rows(
    "brand_field",
    [
        ("chief", "汽车玻璃水 冬季防冻 零下25度 2L 四瓶装", "", "车仆"),
        ("botny", "汽车内饰清洁剂 多功能 泡沫 650ml", "", "保赐利"),
        ("mubo", "羊毛汽车坐垫 冬季 五座通用 保暖", "", "牧宝"),
        ("jado", "行车记录仪 后视镜款 前后双录 倒车影像", "", "捷渡"),
        ("tuhu", "汽车机油滤清器 机滤 保养配件", "", "途虎"),
        ("roadrover", "车载导航 安卓大屏 倒车影像 一体机", "", "路畅"),
        ("getsun", "Car Interior Plastic Restorer Spray 500ml", "", "Getsun"),
        (
            "chemical-guys",
            "Microfiber Drying Towel 25x36 inch Plush Twisted Loop",
            "",
            "Chemical Guys",
        ),
        ("viofo", "4K 2 Channel Dash Cam GPS WiFi Parking Mode", "", "VIOFO"),
        ("thinkware", "2K QHD Dash Cam Front and Rear Cloud Ready", "", "THINKWARE"),
        ("jl-audio", "Loaded Subwoofer Enclosure Truck Under Seat", "", "JL Audio"),
        ("sundown", "Competition Subwoofer 15 inch 2000W RMS", "", "Sundown Audio"),
        ("dual", "Mechless Car Stereo Bluetooth USB AM FM", "", "Dual"),
        ("kuat", "Hitch Mount Bike Rack 2 Bikes Aluminium", "", "Kuat"),
        ("front-runner", "Expedition Roof Rack Platform with Load Bars", "", "Front Runner"),
        ("schumacher", "Battery Charger and Engine Starter Wheeled 200A", "", "Schumacher"),
        ("gooloo", "Jump Starter 2000A 12V with USB Power Bank", "", "GOOLOO"),
        ("saris", "Trunk Mount Bike Carrier 3 Bikes Arc Design", "", "Saris"),
        ("rove", "4K Dash Cam Built-in WiFi GPS Night Vision", "", "ROVE"),
        ("dodo-juice", "Microfiber Buffing Cloth 40x40cm 3pcs", "", "Dodo Juice"),
    ],
)

# Only in the image: a copy of the right's reference picture; the text is clean.
IMAGE = [
    Entry("image", "r68-chief", "汽车镀晶剂 纳米镀膜 漆面养护 300ml", image=True),
    Entry("image", "r68-chief", "汽车玻璃油膜去除剂 清洁 除油膜 200ml", image=True),
    Entry("image", "r68-carku", "汽车应急启动电源 12V 搭火神器 大容量", image=True),
    Entry("image", "r68-tuhu", "汽车保养套餐 机油机滤 上门安装", image=True),
    Entry(
        "image", "r68-launch", "OBD2 Car Diagnostic Tablet Full System Bidirectional", image=True
    ),
    Entry("image", "r68-launch", "Battery Tester 12V Digital Analyzer Handheld", image=True),
    Entry("image", "r68-clarion", "Single DIN Car Stereo Bluetooth CD Receiver", image=True),
    Entry(
        "image", "r68-recaro", "Reclining Sport Seat Black Fabric with Side Bolsters", image=True
    ),
    Entry("image", "r68-chemical-guys", "Car Wash Soap Cherry Scent Foaming 16oz", image=True),
    Entry("image", "r68-autoglym", "Car Polish Resin Restorer 500ml Bottle", image=True),
    Entry("image", "r68-viofo", "Dash Cam 4K Front and Rear GPS WiFi", image=True),
    Entry("image", "r68-blackvue", "Cloud Dash Cam 2 Channel 1080P LTE Ready", image=True),
    Entry("image", "r68-kicker", "12 inch Subwoofer 4 Ohm Car Audio", image=True),
    Entry("image", "r68-kicker", "Powered Under Seat Subwoofer 8 inch Slim", image=True),
    Entry("image", "r68-rockford", "Mono Block Amplifier 1500W Class D", image=True),
    Entry("image", "r68-rhino-rack", "Aluminium Roof Crossbars Aero Profile 1375mm", image=True),
    Entry("image", "r68-noco", "Lithium Jump Starter 1000A Portable 12V", image=True),
    Entry("image", "r68-noco", "Smart Battery Charger 10A Maintainer Trickle", image=True),
    Entry("image", "r68-nardi-classic", "Wooden Steering Wheel 360mm Vintage Style", image=True),
]

# Two rights, one right under two evasions, or a mark on an accessory for a named device.
MIXED = [
    Entry(
        "mixed",
        "r68-chemical-guys",
        "Chemical Guys and Autoglym Detailing Starter Bundle",
        expected=_ids("chemical-guys", "autoglym"),
    ),
    Entry(
        "mixed",
        "r68-kicker",
        "Kicker vs JL Audio 12 inch Sub Shootout Combo",
        expected=_ids("kicker", "jl-audio"),
    ),
    Entry(
        "mixed",
        "r68-rockford",
        "R0ckford Fosgate Amp Install Kit for Kicker CompR Subwoofer",
        expected=_ids("rockford"),
        without_compat=_ids("rockford", "kicker"),
    ),
    Entry(
        "mixed",
        "r68-viofo",
        f"Vi0fo A229 Dash Cam with {hg('Viofo', 'o')} GPS Mount",
    ),
    Entry(
        "mixed",
        "r68-launch",
        "元征 L@unch X431 诊断仪 同款 全车系",
    ),
    Entry(
        "mixed",
        "r68-hertz",
        "赫兹 摩雷 喇叭 套装 组合 汽车音响",
        expected=_ids("hertz", "morel"),
    ),
    Entry(
        "mixed",
        "r68-recaro",
        "Recaro Seat and Nardi Classic Steering Wheel Package",
        expected=_ids("recaro", "nardi-classic"),
    ),
    Entry(
        "mixed",
        "r68-gooloo",
        "G00loo Hard Case for NOCO GB40 Jump Starter",
        expected=_ids("gooloo"),
        without_compat=_ids("gooloo", "noco"),
    ),
    Entry(
        "mixed",
        "r68-rhino-rack",
        "Rh1no-Rack Awning Bracket fits Front Runner Slimline II",
        expected=_ids("rhino-rack"),
        without_compat=_ids("rhino-rack", "front-runner"),
    ),
    Entry(
        "mixed",
        "r68-kuat",
        "K-U-A-T Hitch Lock for Saris SuperClamp Rack",
        expected=_ids("kuat"),
        without_compat=_ids("kuat", "saris"),
    ),
    Entry(
        "mixed",
        "r68-blackvue",
        "BlackVue Thinkware 同款 行车记录仪 双镜头",
        expected=_ids("blackvue", "thinkware"),
    ),
    Entry(
        "mixed",
        "r68-chief",
        "车仆 保赐利 洗车液 镀膜剂 组合装",
        expected=_ids("chief", "botny"),
    ),
    Entry("mixed", "r68-carku", "卡儿酷 Carku 应急启动电源 双USB"),
    Entry(
        "mixed",
        "r68-clarion",
        "Clarion Blaupunkt 同款 车载收音机 蓝牙",
        expected=_ids("clarion", "blaupunkt"),
    ),
    Entry(
        "mixed",
        "r68-schumacher",
        "Schumaker Battery Clamps Replacement for NOCO GB70",
        expected=_ids("schumacher"),
        without_compat=_ids("schumacher", "noco"),
    ),
    Entry(
        "mixed",
        "r68-rain-x",
        "Rain-X and Griot's Garage Glass Care Bundle",
        expected=_ids("rain-x", "griots"),
    ),
    Entry(
        "mixed",
        "r68-covercraft",
        "Covercraft Seat Saver over Katzkin Leather Combo",
        expected=_ids("covercraft", "katzkin"),
    ),
    Entry(
        "mixed",
        "r68-tuhu",
        "途虎 牧宝 同款 羊毛坐垫 冬季",
        expected=_ids("tuhu", "mubo"),
    ),
    Entry(
        "mixed",
        "r68-infinity",
        "Infinity and Polk 6.5 Speaker Upgrade Set",
        expected=_ids("infinity", "polk"),
    ),
    Entry(
        "mixed",
        "r68-vantrue",
        "Vantrüe N4 Dash Cam Rear Cable for Viofo A129",
        expected=_ids("vantrue"),
        without_compat=_ids("vantrue", "viofo"),
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

# --- negatives -------------------------------------------------------------------------

# Compatibility wording naming a device: legitimate by default; the device's right is
# expected only with allow_compatibility_wording = false (the builder's default).
COMPAT = _rows(
    "compat",
    [
        ("viofo", "Hardwire Kit for Viofo A129 Pro Dash Cam Mini USB"),
        ("viofo", "Adhesive Windshield Mount compatible with Viofo A119 Mini"),
        ("viofo", "Hardwire Kit Viofo compatible A139 Pro Type-C 12V to 5V"),
        ("blackvue", "Power Magic Cable Replacement for BlackVue DR900X"),
        ("blackvue", "CPL Lens Filter fits BlackVue DR750X Front Camera"),
        ("thinkware", "OBD Power Cable designed to fit Thinkware U1000"),
        ("thinkware", "Windshield Mount works with Thinkware Q800 Pro"),
        ("vantrue", "Suction Cup Mount for Vantrue N2 Pro Dash Cam"),
        ("rove", "Hardwire Kit compatible for Rove R2-4K Dash Cam"),
        ("kicker", "Subwoofer Grill for Kicker CompVR 12 inch Steel Mesh"),
        ("kicker", "Speaker Adapters compatible with Kicker 6.5 Coaxials"),
        ("jl-audio", "Sealed Sub Box designed to fit JL Audio 10W3v3"),
        ("rockford", "Amp Fuse Holder Replacement for Rockford Fosgate Punch"),
        ("rockford", "Bass Knob Remote works with Rockford Fosgate Prime Amps"),
        ("infinity", "Speaker Mounting Rings for Infinity Kappa 6x9"),
        ("polk", "White Grille Covers fits Polk DB522 Marine Speakers"),
        ("morel", "Tweeter Flush Mount Cups for Morel Hybrid 3 Pair"),
        ("hertz", "Passive Crossover Replacement for Hertz Mille Pro"),
        ("clarion", "16 Pin Wiring Harness for Clarion Head Unit"),
        ("blaupunkt", "ISO Wiring Harness compatible with Blaupunkt Car Radios"),
        ("dual", "Replacement Faceplate Carry Case for Dual XDM17BT Stereo"),
        ("sundown", "Subwoofer Box designed to fit Sundown SA-10"),
        ("rhino-rack", "Kayak Carrier fits Rhino-Rack Vortex Bars"),
        ("rhino-rack", "Awning Brackets compatible with Rhino-Rack Platform"),
        ("kuat", "Hitch Lock for Kuat NV 2.0 Bike Rack"),
        ("saris", "Replacement Straps for Saris Bones 3-Bike Rack"),
        ("front-runner", "Jerry Can Holder fits Front Runner Slimline II Rack"),
        ("wingbar", "Rubber Strip Replacement for WingBar Evo Roof Bars"),
        ("wingbar", "End Caps compatible with WingBar Edge 4 pcs"),
        ("noco", "Hard Carrying Case for NOCO Boost Plus GB40"),
        ("noco", "Replacement Clamps compatible for NOCO GB70"),
        ("gooloo", "Storage Bag fits Gooloo GP4000 Jump Starter"),
        ("schumacher", "Replacement Battery for Schumacher DSR Jump Pack"),
        ("carku", "EVA Case designed to fit Carku Pro 10 Jump Starter"),
        ("launch", "OBD2 Extension Cable for Launch X431 Scanner"),
        ("launch", "Replacement Battery Pack works with Launch X431 V+ Tablet"),
        ("recaro", "Side Bolster Protector for Recaro Sportster CS Seat"),
        ("recaro", "Seat Rail Brackets compatible with Recaro Pole Position"),
        ("nardi-classic", "Quick Release Hub Adapter for Nardi Classic Wheel 6 Bolt"),
        ("nardi-classic", "Horn Button fits Nardi Classic 340mm Steering Wheel"),
        ("floorliner", "Floor Mat Cleaner and Protectant Kit for WeatherTech FloorLiner"),
        ("floorliner", "Mat Retention Clips compatible with FloorLiner HP"),
        ("grit-guard", "5 Gallon Wash Bucket designed to fit Grit Guard Insert"),
        ("grit-guard", "Rolling Dolly with Casters for Grit Guard Bucket"),
        ("rupes", "Foam Polishing Pads for Rupes Bigfoot LHR15 6 Pack"),
        ("griots", "Backing Plate Replacement for Griot's Garage G9 Polisher"),
        ("rain-x", "Wiper Blade Refill for Rain-X Latitude 24 inch"),
        ("carmate", "Air Freshener Refill compatible with Carmate Blang"),
        ("chemical-guys", "Foam Cannon Nozzle Replacement for Chemical Guys TORQ"),
        ("jado", "适用于捷渡行车记录仪 电源线 降压线 停车监控"),
        ("newsmy", "纽曼应急启动电源 适用 收纳包 防震 加厚"),
        ("carku", "兼容卡儿酷搭电宝 替换夹子 电瓶夹"),
        ("flyaudio", "飞歌导航 适配 原车线束 尾线 二十芯"),
        ("roadrover", "路畅导航 替换 GPS天线 磁吸"),
        ("launch", "适用于元征诊断仪 OBD延长线 一米"),
        ("clarion", "适配歌乐车机 方向盘控制线"),
        ("recaro", "适用瑞卡罗座椅 侧翼保护套 防磨"),
    ],
)

# The mark inside a longer Latin word, or across a Chinese word boundary.
INSIDE_WORD = _rows(
    "inside_word",
    [
        ("rove", "Improved Grip Steering Wheel Cover Microfiber 38cm"),
        ("rove", "Olive Grove Landscape Canvas Print 60x90cm"),
        ("rove", "Treasure Trove Pirate Chest Toy Box Wooden"),
        ("rove", "Approved Quality Inspection Seal Stickers 500pcs"),
        ("dual", "Individual Wrapped Car Air Freshener Cards 50pcs"),
        ("dual", "Gradual Tint Windshield Sun Strip Banner Blue"),
        ("dual", "Residual Current Circuit Breaker 2 Pole 40A"),
        ("launch", "Relaunch Edition Vintage Rally Poster A2"),
        ("launch", "Launchpad Desk Organizer Tray Bamboo"),
        ("polk", "Polka Dot Car Seat Headrest Covers 2pcs"),
        ("polk", "Polkadot Satin Hair Scrunchies 10pcs"),
        ("hertz", "16 Megahertz Crystal Oscillator HC-49S 50pcs"),
        ("hertz", "2.4 Gigahertz WiFi Antenna 5dBi SMA Male"),
        ("morel", "Morello Cherry Jam 340g Jar"),
        ("morel", "Morelia Mexico Travel Guide Paperback"),
        ("chief", "Cotton Handkerchief Set Men 12pcs White"),
        ("chief", "Mischief Managed Embroidered Iron On Patch"),
        ("chief", "Paisley Kerchief Bandana Square Scarf"),
        ("chief", "Chieftain Celtic Brooch Pewter Kilt Pin"),
        ("sundown", "Sundowner Cocktail Glasses Set of 4"),
        ("noco", "Carbon Monocoque Road Bike Frame 56cm"),
        ("rupes", "Rupestrian Rock Art Cave Painting Poster"),
        ("saris", "Sarissa Macedonian Pike Replica Display Stand"),
        ("roadrover", "一路畅通 平安符 车挂 汽车挂件 桃木"),
        ("roadrover", "道路畅通 交通标志牌 铝板 反光"),
        ("flyaudio", "放飞歌声 儿童合唱 曲谱集 教材"),
        ("tuhu", "鹏程前途虎年大吉 车贴 贴纸"),
        ("mubo", "畜牧宝典 养殖技术 图书 全彩"),
        ("jado", "快捷渡船 模型 木质 摆件"),
        ("launch", "新纪元征文比赛 获奖证书 定制 烫金"),
        ("clarion", "K歌乐趣 家用无线麦克风 一拖二"),
        ("newsmy", "交通枢纽曼谷站 复古明信片 一套"),
    ],
)

# A mark that is also an ordinary word, name or place, used as that.
GENERIC_WORD = _rows(
    "generic_word",
    [
        ("launch", "Boat Launch Wheels Trailer Dolly Kit"),
        ("launch", "Kayak Launch Dock Ramp Floating"),
        ("launch", "Product Launch Party Balloon Arch Kit Black Gold"),
        ("launch", "Rocket Launch Countdown Wall Clock"),
        ("clarion", "Clarion Call Vintage Brass Bugle Wall Decor"),
        ("clarion", "歌乐山 旅游纪念 冰箱贴 重庆"),  # a mountain in Chongqing
        ("hertz", "50 Hertz Step Down Transformer 220V to 110V 500W"),
        ("hertz", "Heinrich Hertz Physicist Portrait Poster"),
        ("hertz", "60赫兹 变压器 220V转110V 电源"),  # the unit
        ("hertz", "440赫兹 音叉 调音 乐器"),
        ("morel", "Dried Morel Mushrooms 100g Premium Grade"),
        ("morel", "Morel Mushroom Spawn Grow Kit Garden"),
        ("morel", "Morel Hunting Mesh Bag Foraging Pouch"),
        ("chief", "Fire Chief Helmet Kids Costume Red"),
        ("chief", "Chief Executive Officer Desk Nameplate Walnut"),
        ("chief", "Chief Cook Apron Embroidered Cotton"),
        ("rove", "Rove Beetle Insect Specimen in Resin"),
        ("rove", "Free to Rove Travel Journal Notebook A5"),
        ("dual", "12 inch Dual Voice Coil Subwoofer 2 Ohm 800W"),  # a kind of woofer
        ("dual", "Dual USB Car Charger 3.4A Fast Charging"),
        ("dual", "Dual Lens Dash Cam 1080P Front and Rear"),
        ("dual", "Dual Fuel Generator 4000W Portable"),
        ("infinity", "Infinity Scarf Knitted Winter Loop"),
        ("infinity", "Infinity Symbol Rearview Mirror Charm Crystal"),
        ("infinity", "Infinity Edge Pool Float Lounger"),
        ("kicker", "Football Kicker Tee Holder Adjustable"),
        ("kicker", "Skateboard Kicker Ramp Portable 40cm"),
        ("kicker", "Soccer Kicker Rebound Net Trainer"),
        ("polk", "James K. Polk Presidential Portrait Print"),
        ("polk", "Polk County Iowa Map Poster Vintage"),
        ("rockford", "Rockford Illinois Skyline Wall Art Canvas"),
        ("rockford", "Rockford Illinois City Souvenir Magnet"),
        ("sundown", "Sundown Beach Sunset Canvas Painting"),
        ("sundown", "Sundown to Sunrise Auto Light Sensor Switch"),
        ("saris", "Silk Saris Wholesale Lot of 5 Indian Wedding"),
        ("saris", "Cotton Saris Daily Wear Printed Border"),
        ("rupes", "Rupes Recta Moon Map Poster Lunar Fault"),
        ("front-runner", "Election Front Runner Political Cartoon Print"),
        ("wingbar", "Chicken Wing Bar Neon Sign 24 inch"),
        ("schumacher", "Michael Schumacher F1 Legend Canvas Poster"),
        ("schumacher", "E. F. Schumacher Small Is Beautiful Paperback"),
        ("newsmy", "保罗·纽曼 经典电影海报 复古 装饰画"),  # Paul Newman, the actor
        ("wufu-jinniu", "五福金牛 牛年春联 福字 门贴套装"),  # a New Year greeting
    ],
)

# A common word one edit (or so) from a mark, used normally.
COMMON_WORD = _rows(
    "common_word",
    [
        ("chief", "Chef Apron with Pockets Adjustable Black"),
        ("chief", "Thief Proof Steering Wheel Lock Heavy Duty"),
        ("dual", "Wild West Duel Pistol Cap Gun Toy Set"),
        ("launch", "Heated Lunch Box 12V Car Food Warmer"),
        ("polk", "Folk Music Vinyl Record Collection"),
        ("polk", "Poke Bowl Takeaway Containers 50pcs"),
        ("polk", "Spicy Pork Jerky 200g Snack"),
        ("morel", "Moral Stories Picture Book for Kids"),
        ("morel", "Motel Key Tag Keychain Retro 10pcs"),
        ("kicker", "Ticker Tape Parade Confetti Paper"),
        ("saris", "Paris Eiffel Tower Car Air Freshener"),
        ("saris", "Silk Sari Fabric 5.5m Georgette"),
        ("rupes", "Indian Rupees Banknote Album 20 Pages"),
        ("jado", "Judo Uniform Kids White Cotton 120cm"),
        ("jado", "Jade Bangle Bracelet Green 58mm"),
        ("tuhu", "Tutu Skirt Ballet Girls Pink Tulle"),
        ("noco", "Coco Coir Door Mat Natural 40x60"),
        ("botny", "Botany Illustrated Field Guide Hardcover"),
        ("rockford", "Rochford Essex Old Map Print"),
        ("infinity", "Infinite Loop Keychain Metal Spinner"),
        ("kuat", "Kuta Beach Bali Canvas Tote Bag"),
        # Two edits and a space from Carmate, the ordinary word of the trade.
        ("carmate", "Universal Car Mat Set Rubber 4pcs Black"),
        ("chief", "汽车修理 车铺 招牌 灯箱 定制"),
        ("flyaudio", "放声高歌 无线话筒 家庭聚会"),
        ("tuhu", "老虎 毛绒玩具 大号 抱枕"),
        ("newsmy", "纽扣 金属 风衣 外套 20颗"),
        ("jado", "木地板 过渡 压条 铝合金 收边条"),
        ("launch", "远征 户外 登山包 60L 防水"),
        ("clarion", "欢乐 派对 气球 套装 生日布置"),
        ("morel", "摩托车 头盔 四季 男女通用"),
        ("llumar", "小龙虾 调料 麻辣 300g"),
        ("wufu-jinniu", "五福临门 红包 利是封 烫金"),
        ("carsetcity", "服饰社 团体 文化衫 定制 印字"),
        ("mubo", "牧场 鲜奶 纯牛奶 250ml 12盒"),
        ("roadrover", "反光 路障 锥 交通 雪糕筒 70cm"),
    ],
)

# Ordinary listings, no mark anywhere.
CLEAN = _rows(
    "clean",
    [
        ("", "Carnauba Paste Wax 200g with Applicator Pad"),
        ("", "Microfiber Wash Mitt Chenille Thick Pile 2pcs"),
        ("", "Clay Bar Kit 100g x 3 with Lubricant Spray"),
        ("", "Ceramic Coating 9H Liquid Glass 30ml Kit"),
        ("", "Wheel Cleaning Brush Set 5pcs Soft Bristle"),
        ("", "Tire Dressing Applicator Foam Hex Grip 4pcs"),
        ("", "Car Wash Shampoo Concentrate pH Neutral 1L"),
        ("", "Foam Lance for Pressure Washer 1/4 Quick Connect"),
        ("", "Detailing Brush Set Boar Hair 5 Sizes"),
        ("", "Iron Fallout Remover Spray Purple Reaction 500ml"),
        ("", "Polishing Pad Set 125mm Orange White Black"),
        ("", "Glass Cleaner Ammonia Free Tint Safe 650ml"),
        ("", "Leather Conditioner Cream with Sponge 250ml"),
        ("", "Interior Detailer Matte Finish Anti Static 500ml"),
        ("", "Water Spot Remover Gel for Paint and Glass"),
        ("", "Chamois Leather Drying Cloth Natural Large"),
        ("", "Waterless Wash Spray 1L Rinse Free"),
        ("", "Headlight Restoration Kit with Sanding Discs"),
        ("", "Scratch Remover Compound 100ml Fine Cut"),
        ("", "Engine Bay Degreaser Foaming 750ml"),
        ("", "1080P Dash Cam Single Front 3 inch Screen"),
        ("", "Mini Dash Cam Hidden WiFi 2K Night Vision"),
        ("", "Mirror Dash Cam 10 inch Touch Screen Rear Camera"),
        ("", "Dash Cam Memory Card 128GB High Endurance"),
        ("", "Static Cling Sticker for Dash Camera Mount 10pcs"),
        ("", "Parking Monitor Low Voltage Cut Off Module 12V"),
        ("", "Reversing Camera 170 Degree Waterproof License Plate"),
        ("", "6.5 inch Coaxial Car Speakers 2-Way 4 Ohm Pair"),
        ("", "10 inch Slim Subwoofer Under Seat Active"),
        ("", "4 Channel Car Amplifier 800W Class AB"),
        ("", "Amp Wiring Kit 8 Gauge Copper Clad"),
        ("", "Car Subwoofer Box MDF Sealed 12 inch"),
        ("", "Sound Deadening Mat Butyl 50 sq ft"),
        ("", "Bluetooth FM Transmitter Car MP3 Player USB"),
        ("", "Double DIN Android Car Stereo 7 inch CarPlay"),
        ("", "Car Tweeter Dome 25mm Pair with Crossover"),
        ("", "RCA Cable 5m Twisted Pair Shielded"),
        ("", "Line Output Converter 4 Channel Adjustable"),
        ("", "Universal Car Seat Covers Full Set Breathable Mesh"),
        ("", "Leatherette Seat Cover Front Pair Black Red"),
        ("", "Waterproof Seat Protector for Pets Back Seat"),
        ("", "Bamboo Bead Seat Cushion Summer Cool"),
        ("", "Heated Seat Cushion 12V Plug In Thermostat"),
        ("", "Lumbar Support Pillow Memory Foam Car"),
        ("", "Steering Wheel Cover Genuine Leather 38cm"),
        ("", "Headrest Hook Hanger Bag Holder 4pcs"),
        ("", "Roof Box 450L Aerodynamic Black Gloss"),
        ("", "Universal Roof Rack Cross Bars Aluminium Lockable"),
        ("", "Roof Cargo Bag Waterproof 15 Cubic Feet"),
        ("", "Kayak Roof Rack J-Bar Folding Pair"),
        ("", "Soft Roof Rack Pads Foam Blocks Surfboard"),
        ("", "Ski Carrier Roof Mount 6 Pairs"),
        ("", "Ratchet Tie Down Straps 4pcs 5m Heavy Duty"),
        ("", "Hitch Bike Rack 2 inch Receiver 4 Bikes"),
        ("", "Rooftop Tent Hard Shell 2 Person"),
        ("", "Car Awning Side Retractable 2.5m"),
        ("", "Portable Jump Starter 2000A 12V Lithium Pack"),
        ("", "Jumper Cables 6m 4 Gauge with Carry Bag"),
        ("", "Smart Battery Charger 6V 12V 4A Trickle"),
        ("", "Tire Inflator Portable Air Compressor 150 PSI"),
        ("", "Battery Tester 12V Digital Load Analyzer"),
        ("", "Battery Terminal Cleaner Brush Wire"),
        ("", "OBD2 Bluetooth Code Reader Engine Light"),
        ("", "Tyre Pressure Gauge Digital Backlit"),
        ("", "Emergency Roadside Kit Reflective Triangle Vest"),
        ("", "Windshield Sun Shade Foldable Umbrella Type"),
        ("", "Car Trash Can with Lid Leakproof"),
        ("", "Trunk Organizer Collapsible 3 Compartments"),
        ("", "Phone Holder Air Vent Magnetic 360 Rotation"),
        ("", "Rubber Floor Mats Universal Trim to Fit 4pcs"),
        ("", "Mud Flaps Splash Guards Universal Pair"),
        ("", "Wiper Blades Frameless 26 inch and 16 inch"),
        ("", "LED Interior Light Strip RGB App Control"),
        ("", "Car Cover Outdoor Waterproof Sedan Silver"),
        ("", "Snow Brush Ice Scraper Extendable 2 in 1"),
        ("", "Cup Holder Expander Adapter Large Bottles"),
        ("", "Seat Gap Filler Organizer PU Leather 2pcs"),
        ("", "Tow Strap 5 Ton Recovery Rope 4m"),
        ("", "Window Tint Film 20% Roll 50cm x 3m"),
        ("", "Licence Plate Frame Stainless Steel 2pcs"),
        ("", "汽车打蜡 棕榈蜡 固体 镀膜蜡 新车"),
        ("", "洗车毛巾 超细纤维 加厚 吸水 不掉毛"),
        ("", "洗车液 泡沫 高浓缩 中性 2L"),
        ("", "汽车 去污 清洁泥 火山泥 100g"),
        ("", "轮毂清洗剂 铁粉去除 强力 500ml"),
        ("", "汽车 内饰 清洁刷 空调出风口 毛刷"),
        ("", "玻璃油膜去除剂 前挡 清洁 去油膜"),
        ("", "镀晶剂 汽车 纳米 镀膜 漆面 套装"),
        ("", "抛光机 汽车 美容 打蜡机 家用 220V"),
        ("", "海绵 打蜡 海绵块 圆形 10个装"),
        ("", "行车记录仪 高清 夜视 单镜头 免安装"),
        ("", "行车记录仪 降压线 停车监控 通用"),
        ("", "倒车影像 摄像头 高清 夜视 防水"),
        ("", "车载 蓝牙 接收器 MP3 播放器 USB"),
        ("", "汽车音响 6.5寸 同轴 喇叭 改装 一对"),
        ("", "汽车 低音炮 10寸 有源 超薄 座位下"),
        ("", "汽车 功放 四路 大功率 12V 改装"),
        ("", "隔音棉 汽车 全车 止震板 丁基"),
        ("", "汽车坐垫 四季通用 全包围 皮革"),
        ("", "汽车坐垫 冰丝 夏季 凉垫 透气"),
        ("", "汽车 头枕 腰靠 记忆棉 护颈枕"),
        ("", "方向盘套 真皮 手缝 四季 通用"),
        ("", "汽车 座椅 收纳袋 椅背 挂袋"),
        ("", "宠物 汽车 后座垫 防水 防脏"),
        ("", "车顶行李箱 大容量 通用 SUV 450L"),
        ("", "车顶行李架 横杆 铝合金 通用 带锁"),
        ("", "车顶 行李包 防水 软包 折叠"),
        ("", "自行车 挂架 车尾 拖车钩 两台"),
        ("", "车顶帐篷 硬顶 自驾 露营 双人"),
        ("", "汽车 侧帐 遮阳棚 伸缩 户外"),
        ("", "汽车 应急启动电源 12V 大容量 搭火"),
        ("", "汽车 电瓶 搭火线 加粗 纯铜 4米"),
        ("", "汽车 电瓶 充电器 12V 智能 修复"),
        ("", "车载 充气泵 便携式 数显 轮胎"),
        ("", "汽车 故障 检测仪 OBD 蓝牙 手机"),
        ("", "汽车 脚垫 全包围 皮革 防水"),
        ("", "汽车 挡泥板 通用 一套 四片"),
        ("", "雨刮器 无骨 静音 通用 一对"),
        ("", "汽车 遮阳挡 前挡 伞式 折叠"),
        ("", "车载 垃圾桶 带盖 挂式 防漏"),
        ("", "汽车 香薰 出风口 固体 香膏"),
        ("", "汽车 手机支架 出风口 磁吸 重力"),
        ("", "后备箱 收纳箱 折叠 整理箱"),
        ("", "汽车 车衣 车罩 防晒 防雨 加厚"),
        ("", "汽车 玻璃膜 隔热 防晒 太阳膜 全车"),
    ],
)
