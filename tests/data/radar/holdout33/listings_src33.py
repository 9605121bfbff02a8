"""Hand-written listings of the thirty-third held-out corpus (English and Chinese only).

Each entry is one listing; ``hg()`` and ``fw()`` only spell Cyrillic look-alike and
full-width letters for the letters named, ``ZW`` is a zero-width space. Labels follow
../README.md; borderline calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_HG = dict(zip("aeocpxiysABEKMHOPCTX", "аеосрхіуѕАВЕКМНОРСТХ", strict=True))


def hg(text: str, letters: str) -> str:
    """``text`` with the named letters spelled as Cyrillic look-alikes."""
    return "".join(_HG[ch] if ch in letters else ch for ch in text)


def fw(text: str) -> str:
    """``text`` in full-width forms (spaces become ideographic spaces)."""
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


def _make(
    case: str, group: str, title: str, description: str = "", brand: str = "", **kw: object
) -> Entry:
    return Entry(case, "" if case == "clean" else f"r33-{group}", title, description, brand, **kw)  # type: ignore[arg-type]


def _rows(case: str, rows: list[tuple[str, ...]]) -> list[Entry]:
    return [_make(case, *row) for row in rows]


def _ids(*groups: str) -> tuple[str, ...]:
    return tuple(f"r33-{g}" for g in groups)


EXACT = _rows(
    "exact",
    [
        ("xiaodao", "小刀电动车 新款 48V 成人代步电瓶车 锂电版"),
        ("tailg", "台铃 电动摩托车 72V 高速 长续航 外卖专用"),
        ("sunra", "新日电动车 锂电 电动自行车 新国标 轻便款"),
        ("longi", "隆基 Hi-MO 6 单晶光伏板 550W 组件 A级"),
        ("ecoflow", "EcoFlow Delta 2 Portable Power Station 1024Wh LiFePO4"),
        ("bambu-lab", "Bambu Lab P1S 3D Printer Combo with AMS 4 Colour"),
        ("creality", "Creality Ender-3 V3 SE 3D Printer FDM 220x220x250mm"),
        ("zodiac", "Zodiac MX8 Elite Suction Pool Cleaner In-ground Pool"),
        ("hayward", "Hayward Super Pump 1.5HP Above Ground Pool Pump"),
        ("rain-bird", "Rain Bird 5000 Series Rotor Sprinkler Head Full Circle"),
        ("dolphin", "Dolphin Nautilus CC Plus Robotic Pool Cleaner Wi-Fi"),
        (
            "lowrance",
            "Fish Finder Chartplotter 7 inch TripleShot Transducer",
            "Lowrance Hook Reveal 7, US charts preloaded.",
        ),
        ("spektrum", "Spektrum DX6e 6-Channel DSMX Transmitter with AR620 Receiver"),
        ("traxxas", "Traxxas Slash 4X4 1/10 RC Short Course Truck RTR"),
        ("gazelle", "Gazelle Ultimate C380 HMB Electric City Bike"),
        (
            "unagi",
            "Electric Scooter Dual Motor Carbon Fibre Folding",
            "Unagi Model One, 25km range, app lock.",
        ),
        ("victron", "Victron SmartSolar MPPT 100/30 Solar Charge Controller"),
        ("cowboy", "Cowboy 4 ST Electric Bike Step-Through Belt Drive"),
        ("artillery", "Artillery Sidewinder X4 Plus 3D Printer 300x300x400"),
        # the mark in the description only
        (
            "goal-zero",
            "Portable Power Station 500Wh Camping Generator Pure Sine Wave",
            "Goal Zero Yeti 500X same model, AC and USB-C output, solar input ready.",
        ),
        (
            "prusa",
            "MK4 FDM 3D Printer Kit with Input Shaper 0.4mm Nozzle",
            "Prusa MK4 kit, assemble yourself, load cell first layer calibration.",
        ),
        (
            "hobie",
            "Pedal Fishing Kayak 12ft with Rudder and Rod Holders",
            "Hobie Mirage Outback pedal kayak, rudder kit and seat included.",
        ),
        (
            "sunpower",
            "Residential Solar Panel 400W Back Contact Black Frame",
            "SunPower Maxeon cells, 25 year warranty.",
        ),
    ],
)

ALIAS = _rows(
    "alias",
    [
        ("xiaodao", "Xiaodao Electric Bicycle 48V 20Ah Lithium Commuter"),
        ("luyuan", "Luyuan Electric Scooter Liquid Cooled Motor 60V"),
        (
            "syma",
            "RC Quadcopter 2.4G with HD Camera 6-Axis Gyro",
            "SYMA X5C original, spare blades included.",
        ),
        ("wltoys", "WLtoys 144001 1/14 4WD RC Car 60km/h Brushed"),
        ("hobbywing", "Hobbywing XeRun XR10 Pro Brushless ESC 160A"),
        ("trina", "Trina Solar Vertex S 405W Mono Solar Module Black"),
        ("jinko", "JinkoSolar Tiger Neo N-type 580W Bifacial Panel"),
        ("autel", "Autel Robotics EVO Lite+ Drone 6K Camera 3-Axis Gimbal"),
        ("rain-bird", "Rainbird ESP-TM2 Irrigation Controller 8 Zone WiFi Ready"),
        ("dolphin", "Maytronics Dolphin E20 Pool Robot Floor and Wall"),
        ("minn-kota", "MinnKota Endura C2 Transom Trolling Motor 55lb"),
        (
            "onyx",
            "Dynamic Life Jacket Adult Paddling Vest",
            "Onyx Outdoor MoveVent series, US Coast Guard approved.",
        ),
        ("holy-stone", "HolyStone HS720E GPS Drone 4K EIS Camera"),
        ("goal-zero", "GoalZero Boulder 100 Briefcase Solar Panel"),
        ("risen", "Risen Energy Hyper-ion 700W HJT Solar Module"),
        ("rad-power", "RadPower RadWagon 4 Cargo E-Bike Long Tail"),
        ("super73", "Super 73 S2 Electric Motorbike Style E-Bike 48V"),
        ("onewheel", "Onewheel Pint X Self-Balancing Electric Board"),
        (
            "seabob",
            "Underwater Sea Scooter Yacht Toy 2 Speed",
            "Cayago Seabob F5 S, same hull and jet.",
        ),
        ("xhose", "X-Hose Expandable Garden Hose 100ft Lightweight"),
        ("power-pole", "Power Pole Blade 10ft Shallow Water Anchor Black"),
        # the alias in the description only
        (
            "bambu-lab",
            "A1 Mini 3D Printer Multi-Colour Desktop",
            "Bambu A1 mini with AMS lite, 4 colour printing.",
        ),
        (
            "hobbywing",
            "1/8 RC Brushless Combo ESC and Motor 150A",
            "Hobbywing EZRUN MAX8 G2 combo, 2200KV motor.",
        ),
        (
            "rad-power",
            "Fat Tire Electric Bike 750W Step-Thru",
            "Rad Power RadRover 6 Plus frame, hydraulic brakes.",
        ),
    ],
)

CHINESE = _rows(
    "chinese",
    [
        ("ecoflow", "正浩 户外电源 2000W 大容量 储能电源 露营"),
        ("bambu-lab", "拓竹 P1S 3D打印机 多色打印 高速"),
        ("creality", "创想三维 K1C 高速3D打印机 碳纤维"),
        ("anycubic", "纵维立方 光固化 3D打印机 Photon Mono M5s"),
        ("autel", "道通 EVO Nano 迷你无人机 航拍 249克"),
        ("hubsan", "哈博森 ZINO 2 航拍无人机 4K 云台"),
        ("futaba", "双叶 T10J 10通道 遥控器 航模 固定翼"),
        ("flysky", "富斯 i6X 遥控器 10通道 航模 2.4G"),
        ("bluetti", "铂陆帝 AC180 户外移动电源 1800W"),
        ("growatt", "古瑞瓦特 并网逆变器 5kW 光伏 家用"),
        ("risen", "东方日升 光伏组件 异质结 700W 双玻"),
        # the Chinese name in the description only
        ("trina", "光伏板 600W 双玻 组件 工商业", "天合光能 至尊系列 原厂 A级"),
        ("jinko", "N型 TOPCon 光伏板 580W 双面发电", "晶科 Tiger Neo 同款 原厂 A级"),
        ("syma", "四轴飞行器 儿童遥控飞机 定高 航拍", "司马 X5 系列 正品 送备用电池"),
        ("wltoys", "1:14 四驱 遥控越野车 高速 漂移 成人玩具", "伟力 144010 同款 无刷版"),
        ("hobbywing", "无刷电调 120A 1/10 攀爬车 电调", "好盈 酷跑 同款 防水"),
        ("longi", "单晶硅 太阳能板 家用 550W 半片", "隆基 原厂 A级片 质保25年"),
        ("luyuan", "电动车 液冷电机 长续航 通勤 60V", "绿源 液冷 同款 门店款"),
        ("xiaodao", "成人 电瓶车 48V 锂电 外卖 长跑", "小刀 长征 同款 正品"),
        ("sunra", "电动自行车 新国标 48V 轻便 女士", "新日 正品 门店同款"),
        ("ecoflow", "户外移动电源 1kWh 快充 露营 自驾", "正浩 RIVER 同款 一小时充满"),
        ("anycubic", "光固化打印机 8K 树脂 手办", "纵维立方 Photon 正品 国行"),
    ],
)

CASE_WIDTH = _rows(
    "case_width",
    [
        ("ecoflow", fw("ECOFLOW") + " River 2 Pro Portable Power Station 768Wh"),
        ("bambu-lab", "bambu lab X1 Carbon Hotend Assembly 0.4mm Hardened"),
        ("creality", "CREALITY CR-10 SE 3D Printer 220x220x265"),
        ("anycubic", "aNyCuBiC Kobra 3 Combo Multi-Colour 3D Printer"),
        ("hubsan", "HUBSAN Zino Mini SE Drone 4K Camera"),
        ("futaba", fw("FUTABA") + " T16IZ 16 Channel Transmitter"),
        ("flysky", "flysky FS-i6X 10CH 2.4GHz RC Radio"),
        ("bluetti", "BLUETTI EB3A Portable Power Station 268Wh"),
        ("growatt", "growatt SPH 6000 Hybrid Inverter Three Phase"),
        (
            "bestway",
            "Steel Frame Pool 12ft x 30in with Filter Pump",
            "BESTWAY Steel Pro MAX set, ladder not included.",
        ),
        ("zodiac", "zOdIaC TR2D Pool Cleaner Robot"),
        ("hayward", "hayward navigator pool vac suction cleaner"),
        ("intex", "INTEX PureSpa Bubble Hot Tub 4 Person"),
        ("lowrance", fw("LOWRANCE") + " Elite FS 9 Active Imaging"),
        (
            "humminbird",
            "Fish Finder 7 inch Chirp GPS Side Imaging",
            "HUMMINBIRD Helix 7 G4 unit with transducer.",
        ),
        ("traxxas", "traxxas maxx 1/10 monster truck 4S"),
        ("renogy", "RENOGY 100W 12V Monocrystalline Solar Panel"),
        ("sunpower", fw("SUNPOWER") + " Maxeon 6 AC 420W Panel"),
        ("victron", "VICTRON MultiPlus-II 48/3000 Inverter Charger"),
        # in the description only
        (
            "cowboy",
            "Urban Electric Bike Belt Drive Auto Light",
            "cOWBOY Cruiser frame, 70km range, app unlock.",
        ),
        (
            "renogy",
            "12V 100Ah LiFePO4 Battery Bluetooth",
            "renogy smart battery series, self heating.",
        ),
        (
            "zodiac",
            "Cordless Pool Robot 90min Runtime",
            "ZODIAC Freerider range, floor wall and waterline.",
        ),
    ],
)

ACCENT = _rows(
    "accent",
    [
        ("ecoflow", "Ecöflow Delta Pro Extra Battery 3600Wh"),
        ("creality", "Crëality K1 Max AI 3D Printer 300x300"),
        ("anycubic", "Änycubic Photon Mono X 6K Resin Printer"),
        ("hubsan", "Hübsan Zino Pro Plus GPS Drone"),
        ("futaba", "Fùtaba 4PM Plus Car Radio with Telemetry"),
        ("bluetti", "Blüetti AC200L Power Station 2048Wh"),
        ("growatt", "Grówatt MIN 6000TL-X Grid Tie Inverter"),
        (
            "bestway",
            "Oval Steel Wall Pool Set 5m Sand Filter",
            "Bëstway Hydrium series, wall panels galvanised.",
        ),
        ("zodiac", "Zódiac Vortex OV3400 Robotic Cleaner"),
        ("hayward", "Hâyward PowerFlo Matrix Pool Pump"),
        (
            "intex",
            "Sand Filter Pump 2100GPH Above Ground Pools",
            "Întex Krystal Clear model, 6 way valve.",
        ),
        ("lowrance", "Lowrançe HDS Live 12 Fish Finder"),
        ("humminbird", "Hümminbird Solix 10 G3 Chirp MEGA SI"),
        ("traxxas", "Tràxxas Rustler 4X4 VXL Brushless"),
        ("gazelle", "Gazèlle Arroyo C7 HMB Elite E-Bike"),
        ("unagi", "Ünagi Model Eleven Electric Scooter"),
        ("prusa", "Prüsa Core One Enclosed CoreXY Printer"),
        ("onyx", "Ónyx Inflatable Belt Pack PFD Manual"),
        ("autel", "Autél EVO Max 4T Enterprise Drone"),
        # in the description only
        (
            "gazelle",
            "Dutch Style City E-Bike Mid Motor 500Wh",
            "Gazéllé CityGo frame, Bosch style mid drive look.",
        ),
        ("onewheel", "Single Wheel Electric Board Off-Road Tyre", "Onéwheel GT copy, 32km range."),
        (
            "seabob",
            "Underwater Scooter Jet Drive 2 Person",
            "Séabob F5 style hull, 8 speed levels.",
        ),
    ],
)

HOMOGLYPH = _rows(
    "homoglyph",
    [
        ("ecoflow", hg("EcoFlow", "o") + " Glacier Portable Fridge with Battery"),
        ("creality", hg("Creality", "C") + " Sermoon V1 Pro 3D Printer"),
        ("anycubic", hg("Anycubic", "c") + " Kobra 2 Neo 3D Printer"),
        ("hubsan", hg("Hubsan", "s") + " H117S Zino GPS Drone"),
        ("bluetti", hg("Bluetti", "B") + " AC300 + B300 Home Battery Backup"),
        ("growatt", hg("Growatt", "o") + " VITA 550 Power Station"),
        ("bestway", hg("Bestway", "Be") + " Power Steel Swim Vista Pool"),
        ("zodiac", hg("Zodiac", "o") + " AlphaIQ Robotic Pool Cleaner"),
        ("hayward", hg("Hayward", "a") + " TriStar VS Variable Speed Pump"),
        ("intex", "Іntex Ultra XTR Frame Pool 18ft"),
        ("lowrance", hg("Lowrance", "o") + " ActiveTarget 2 Live Sonar Transducer"),
        ("spektrum", hg("Spektrum", "p") + " NX8 Smart Transmitter 8CH"),
        ("traxxas", hg("Traxxas", "T") + " TRX-4 Defender Crawler"),
        ("renogy", hg("Renogy", "e") + " Lycan 5000 Power Box"),
        ("gazelle", hg("Gazelle", "a") + " Medeo T10 HMB E-Bike"),
        ("unagi", hg("Unagi", "a") + " Model One E500 Scooter"),
        ("onewheel", hg("Onewheel", "e") + " GT S-Series Board"),
        ("seabob", hg("Seabob", "e") + " F5 SR Sea Scooter"),
        ("victron", hg("Victron", "c") + " SmartShunt 500A Battery Monitor"),
        # in the description only
        (
            "hayward",
            "Salt Chlorinator Cell 40000 Gallon",
            hg("Hayward", "a") + " AquaRite T-Cell-15 equivalent, original.",
        ),
        (
            "spektrum",
            "Smart LiPo Battery 4S 5000mAh 50C",
            hg("Spektrum", "e") + " Smart series, IC5 plug.",
        ),
        (
            "traxxas",
            "1/10 Brushless Monster Truck 4WD RTR",
            hg("Traxxas", "a") + " Stampede VXL body and chassis.",
        ),
    ],
)

LEETSPEAK = _rows(
    "leetspeak",
    [
        ("ecoflow", "3coFlow River 3 Plus 286Wh Power Station"),
        ("creality", "Cr3ality Halot Mage Resin 3D Printer 8K"),
        ("anycubic", "Anycub1c Kobra S1 Combo 3D Printer"),
        ("hubsan", "249g Mini Drone 4K Obstacle Sensing", "Hub$an Zino Mini Pro, 40min flight."),
        ("bluetti", "Blu3tti AC70 768Wh Power Station"),
        ("growatt", "Gr0watt SPH 10000 Hybrid Inverter"),
        ("bestway", "B3stway Flowclear Skimatic Filter"),
        ("zodiac", "Z0diac CX35 Cartridge Pool Filter"),
        ("hayward", "H@yward Star-Clear Cartridge Filter"),
        ("intex", "1ntex Deluxe Pool Ladder 48in"),
        ("lowrance", "L0wrance Eagle 9 TripleShot Fish Finder"),
        ("humminbird", "Humm1nbird Mega 360 Imaging Transducer"),
        ("spektrum", "$pektrum Firma 85A Smart Brushless ESC"),
        ("traxxas", "Tr@xxas X-Maxx 8S Monster Truck"),
        (
            "renogy",
            "200Ah LiFePO4 Deep Cycle Battery 12V RV",
            "R3nogy core series cells, 4000 cycles.",
        ),
        ("gazelle", "G@zelle Eclipse C380+ HMB E-Bike"),
        ("unagi", "Un@gi Model One Sport Scooter"),
        ("prusa", "Pru5a XL 5-Toolhead 3D Printer"),
        ("onewheel", "0newheel Pint X Self Balancing Board"),
        # in the description only
        ("victron", "DC-DC Charger 12/12 30A Isolated", "V1ctron Orion-Tr Smart, Bluetooth."),
        (
            "zodiac",
            "Pool Robot Cleaner Wall Climbing 2 Motor",
            "Z0d1ac OV5480 iQ version, original box.",
        ),
        ("cowboy", "Connected E-Bike Carbon Belt 2025", "C0wb0y 4 frame and app, full warranty."),
    ],
)

SPACING = _rows(
    "spacing",
    [
        ("ecoflow", "E c o F l o w Delta 3 Plus Power Station"),
        ("creality", "C-r-e-a-l-i-t-y Ender 5 S1 3D Printer"),
        ("anycubic", "Any.cubic Photon Mono 4 Resin Printer"),
        ("hubsan", "Hub_san Zino 2+ Drone 4K 60fps"),
        ("bluetti", "Blu-etti AC180P Power Station 1440Wh"),
        ("growatt", "Gro watt MOD 10KTL3-X Inverter"),
        ("bestway", "Best-way Inflatable Family Pool 2.62m"),
        ("zodiac", "Z.o.d.i.a.c MX6 Pool Cleaner"),
        ("hayward", "Hay ward AquaRite Salt Chlorinator"),
        ("intex", "In_tex Above Ground Pool Solar Cover"),
        ("lowrance", "Low-rance Hook2 5 Fish Finder"),
        (
            "humminbird",
            "Fish Finder 5 inch Side Imaging GPS Kayak",
            "Hum-min-bird Helix 5 SI G3 unit.",
        ),
        ("spektrum", "Spek trum DX8e 8CH Radio System"),
        ("traxxas", "T r a x x a s E-Revo 2.0 VXL"),
        ("renogy", "Reno-gy Wanderer 30A PWM Controller"),
        ("unagi", "U.n.a.g.i Voyager Scooter"),
        ("prusa", "Pr" + ZW + "usa MK3S+ 3D Printer Kit"),
        ("onewheel", "One-wheel GT Rally Edition Board"),
        ("minn-kota", "Minn-Kota Ulterra Bow Mount Trolling Motor"),
        # in the description only
        ("victron", "Pure Sine Inverter 12V 800VA", "Vic tron Phoenix 12/800 VE.Direct."),
        ("gazelle", "Step Through E-Bike Hub Motor 7 Speed", "G a z e l l e Orange C7 frame."),
        ("xhose", "Expandable Garden Hose 75ft Brass Fittings", "X Hose Pro, triple latex core."),
    ],
)

MISSPELLING = _rows(
    "misspelling",
    [
        ("ecoflow", "Ecoflo Delta Max 2016Wh Power Station"),
        ("creality", "Crealty Ender 3 Neo 3D Printer"),
        ("anycubic", "Anycubik Photon Mono 2 Resin Printer"),
        ("hubsan", "Hubsun Zino Drone 4K Gimbal"),
        ("bluetti", "Bluetty AC200 Max Power Station"),
        ("growatt", "Grovatt SPF 6000 Off Grid Inverter"),
        ("zodiac", "Zodiak Pool Robot Cleaner Baracuda"),
        ("hayward", "Haywerd Super II Pool Pump 2HP"),
        ("intex", "Intecs Inflatable Kayak Challenger K2"),
        ("lowrance", "Lowrence Hook2 4x Bullet Fish Finder"),
        # Hummingbird is a common word (see COMMON_WORD), but on a Helix fish finder it
        # is a seller's misspelling of the mark in its own trade.
        ("humminbird", "Hummingbird Helix 9 Fish Finder GPS"),
        # likewise Spectrum on a DX6 RC transmitter
        ("spektrum", "Spectrum DX6 Transmitter RC Radio DSMX"),
        ("traxxas", "1/10 2WD Short Course RC Truck RTR", "Traxas Slash style chassis and body."),
        ("renogy", "Renogi 100W Solar Panel Kit"),
        (
            "gazelle",
            "Trekking E-Bike 10 Speed Mid Motor 625Wh",
            "Gazele Ultimate T10 frame, suspension fork.",
        ),
        ("unagi", "Unagy Scooter Model One"),
        ("prusa", "Prussa MK4 Printer Kit"),
        ("seabob", "Seabobb Underwater Scooter F5"),
        ("bambu-lab", "拓竺 3D打印机 多色 高速 家用"),
        ("creality", "创想三唯 3D打印机 入门款"),
        # in the description only
        ("bluetti", "户外电源 2000W 家用 应急", "铂路帝 同款 电池 可扩展"),
        (
            "victron",
            "MPPT Solar Charge Controller 100/50",
            "Victon SmartSolar copy, Bluetooth built in.",
        ),
        (
            "lowrance",
            "Fish Finder 9 inch Chartplotter Down Scan",
            "Lowrence Elite Ti2 style unit, sonar included.",
        ),
    ],
)

BRAND_FIELD = _rows(
    "brand_field",
    [
        ("ecoflow", "Portable Power Station 768Wh LiFePO4 Fast Charging", "", "EcoFlow"),
        ("bambu-lab", "Hardened Steel Hotend Kit 0.4mm Quick Swap", "", "Bambu Lab"),
        ("creality", "Resin 3D Printer 10.1 inch 12K Mono", "", "Creality"),
        ("anycubic", "PLA Filament 1.75mm 1kg Black", "", "Anycubic"),
        ("autel", "Foldable Drone 6K HDR 40min Flight", "", "Autel"),
        ("xiaodao", "电动车 成人 两轮 代步 48V", "", "小刀"),
        ("sunra", "电动自行车 锂电池 轻便 上班", "", "新日"),
        ("luyuan", "电瓶车 液冷 高速 长跑王", "", "绿源"),
        ("tailg", "电动摩托车 72V 高速 外卖", "", "台铃"),
        ("syma", "遥控飞机 四轴 儿童 玩具 航拍", "", "司马"),
        ("longi", "单晶 太阳能光伏板 450W", "", "隆基"),
        ("bestway", "Above Ground Pool Set 18ft x 48in with Ladder", "", "Bestway"),
        ("zodiac", "Robotic Pool Cleaner Wall Climbing", "", "Zodiac"),
        ("hayward", "Variable Speed Pool Pump 2.7HP", "", "Hayward"),
        ("rain-bird", "Pop-up Spray Head 4 inch Lawn Sprinkler", "", "Rain Bird"),
        ("minn-kota", "Bow Mount Trolling Motor 55lb 12V", "", "Minn Kota"),
        ("onyx", "Inflatable Life Vest Manual 33g CO2", "", "Onyx"),
        ("holy-stone", "Mini Drone with Camera Altitude Hold", "", "Holy Stone"),
        ("cowboy", "Electric Bike Carbon Belt Drive Urban", "", "Cowboy"),
        ("hobie", "Pedal Drive Fishing Kayak 12ft", "", "Hobie"),
        ("goal-zero", "Foldable Solar Panel 100W with Kickstand", "", "Goal Zero"),
        ("seabob", "Underwater Sea Scooter 2 Speed Diving", "", "Seabob"),
        ("power-pole", "Shallow Water Anchor 8ft Hydraulic", "", "Power-Pole"),
    ],
)

IMAGE = [
    Entry("image", f"r33-{group}", title, image=True)
    for group, title in [
        ("xiaodao", "48V 电动车 成人 代步 新款 电瓶车 锂电版本"),
        ("syma", "RC Quadcopter 2.4G Altitude Hold Headless Mode Kids Drone"),
        ("longi", "Mono Solar Panel 550W Half Cell Module"),
        ("ecoflow", "Portable Power Station 3600W Home Backup"),
        ("ecoflow", "Solar Generator 2kWh with Expandable Battery"),
        ("bambu-lab", "Multi-Colour CoreXY 3D Printer 256mm Enclosed"),
        ("bambu-lab", "3D打印机 高速 多色 封闭式 家用"),
        ("creality", "High Speed 3D Printer 600mm/s Auto Levelling"),
        ("creality", "3D打印机 FDM 自动调平 大尺寸"),
        ("autel", "Thermal Drone Enterprise 640 Radiometric"),
        ("zodiac", "Pool Robot Cleaner Cordless Floor and Wall"),
        ("rain-bird", "Gear Drive Rotor Sprinkler Adjustable Arc"),
        ("dolphin", "Robotic Pool Cleaner with Dual Scrubbing Brushes"),
        ("humminbird", "Fish Finder 7 inch Side Imaging GPS Combo"),
        ("spektrum", "6 Channel RC Transmitter with Receiver 2.4GHz"),
        ("holy-stone", "GPS Drone with 4K Camera Brushless 5G FPV"),
        ("gazelle", "City E-Bike Step-Through Mid Drive Hub Gears"),
        ("onewheel", "Self Balancing Electric Skateboard Single Wheel"),
        ("onewheel", "单轮 电动 平衡 滑板 越野 成人"),
        ("longi", "光伏组件 单晶 双面 580W 电站"),
    ]
]

MIXED = [
    Entry("mixed", "r33-ecoflow", "EcoFlow 正浩 Delta 2 Max 户外电源 2048Wh"),
    Entry("mixed", "r33-bambu-lab", "Bambu Lab 拓竹 A1 3D打印机 AMS lite 套装"),
    Entry("mixed", "r33-creality", "Cr3ality 创想三维 K1 打印机 高速"),
    Entry("mixed", "r33-hobbywing", "Hobbywing 好盈 电调 XR8 Plus 1/8"),
    Entry("mixed", "r33-longi", "LONGi 隆基 Hi-MO 7 光伏组件 双面"),
    Entry("mixed", "r33-trina", "Trina 天合 Vertex N 光伏板 720W"),
    Entry("mixed", "r33-autel", "Autel EVO II 道通 原装 ND 滤镜"),
    Entry(
        "mixed",
        "r33-bluetti",
        "Bluetti B300 Battery with Growatt Inverter Kit",
        expected=_ids("bluetti", "growatt"),
    ),
    Entry(
        "mixed",
        "r33-intex",
        "Intex Krystal Clear Pump with Bestway Steel Pro Pool Bundle",
        expected=_ids("intex", "bestway"),
    ),
    Entry(
        "mixed",
        "r33-lowrance",
        "Lowrance Fish Finder and Minn Kota Trolling Motor Combo",
        expected=_ids("lowrance", "minn-kota"),
    ),
    Entry(
        "mixed",
        "r33-humminbird",
        "Hümminbird Helix 7 + Minn Kota Terrova Bundle",
        expected=_ids("humminbird", "minn-kota"),
    ),
    # a mark as the accessory's own brand, for a named device
    Entry(
        "mixed",
        "r33-spektrum",
        "Spektrum SR315 Receiver for Traxxas Slash",
        expected=_ids("spektrum"),
        without_compat=_ids("spektrum", "traxxas"),
    ),
    Entry(
        "mixed",
        "r33-hobbywing",
        "Hobbywing ESC Motor Combo for Traxxas Maxx",
        expected=_ids("hobbywing"),
        without_compat=_ids("hobbywing", "traxxas"),
    ),
    Entry(
        "mixed",
        "r33-renogy",
        "Renogy 200W Solar Panel for EcoFlow Delta 2",
        expected=_ids("renogy"),
        without_compat=_ids("renogy", "ecoflow"),
    ),
    Entry(
        "mixed",
        "r33-victron",
        "Victron MPPT Controller for Minn Kota Trolling Motor Battery",
        expected=_ids("victron"),
        without_compat=_ids("victron", "minn-kota"),
    ),
    Entry(
        "mixed",
        "r33-futaba",
        "Futaba S3003 Servo for Traxxas TRX-4",
        expected=_ids("futaba"),
        without_compat=_ids("futaba", "traxxas"),
    ),
    Entry(
        "mixed",
        "r33-super73",
        "$uper73 Seat compatible with Rad Power Bikes RadRunner",
        expected=_ids("super73"),
        without_compat=_ids("super73", "rad-power"),
    ),
    Entry(
        "mixed",
        "r33-goal-zero",
        "G0al Zero Solar Panel for Bluetti EB70",
        expected=_ids("goal-zero"),
        without_compat=_ids("goal-zero", "bluetti"),
    ),
    # in the description only
    Entry("mixed", "r33-jinko", "光伏板 N型 双面 580W", "Jinko 晶科 原厂 同款"),
    Entry(
        "mixed",
        "r33-risen",
        "HJT Solar Module 700W Bifacial",
        "Risen 东方日升 Hyper-ion, factory direct.",
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

# Negatives. A compatibility listing names its group's device (expected_without_compat).
COMPAT = _rows(
    "compat",
    [
        ("dolphin", "Side Brush Replacement for Dolphin Nautilus CC Plus"),
        ("dolphin", "Fine Filter Basket compatible with Dolphin E10 E20"),
        ("zodiac", "Pool Cleaner Tire Track fits Zodiac MX6 MX8"),
        ("zodiac", "Diaphragm Replacement Kit for Zodiac Baracuda G3"),
        ("hayward", "Pump Basket Lid designed to fit Hayward Super Pump"),
        ("hayward", "O-Ring Kit compatible for Hayward Star-Clear Filter"),
        ("intex", "Solar Pool Cover works with Intex 10ft Easy Set"),
        ("intex", "Type A Filter Cartridge Intex compatible Pool Filter 6 Pack"),
        ("bestway", "Ground Cloth for Bestway 12ft Round Pool"),
        ("rain-bird", "Sprinkler Nozzle Set for Rain Bird 1800 Spray Heads"),
        ("rain-bird", "Solenoid Valve Replacement for Rainbird DV Series"),
        ("minn-kota", "Prop Nut Kit fits Minn Kota Endura Trolling Motors"),
        ("minn-kota", "Trolling Motor Stabilizer for MinnKota Terrova"),
        ("lowrance", "Transducer Mount Bracket for Lowrance HDS"),
        ("lowrance", "Sun Cover compatible with Lowrance Elite FS 9"),
        ("humminbird", "Power Cable for Humminbird Helix 5 7 9"),
        ("hobie", "Kayak Seat Cushion designed to fit Hobie Mirage Outback"),
        ("spektrum", "Receiver Bind Plug works with Spektrum DSMX Radios"),
        ("traxxas", "Aluminium Wheel Hex Hub for Traxxas Slash 4x4"),
        ("traxxas", "Shock Tower Upgrade compatible with Traxxas Maxx"),
        ("holy-stone", "Spare Propellers for Holy Stone HS720"),
        ("syma", "Battery 3.7V 1000mAh for SYMA X5C X5SW"),
        ("hubsan", "Propeller Guard fits Hubsan Zino Mini Pro"),
        ("autel", "ND Filter Set for Autel EVO Lite+"),
        ("bambu-lab", "Textured PEI Build Plate for Bambu Lab P1S X1C"),
        ("creality", "Glass Bed 235x235 for Creality Ender 3"),
        ("anycubic", "FEP Film Replacement for Anycubic Photon Mono X"),
        ("prusa", "Textured Spring Steel Sheet for Prusa MK4 MK3S"),
        ("artillery", "Hotend Heater Block for Artillery Sidewinder X2"),
        ("ecoflow", "Solar Charging Cable works with EcoFlow River 2"),
        ("bluetti", "Carrying Case compatible with Bluetti EB3A"),
        ("victron", "Temperature Sensor for Victron SmartSolar MPPT"),
        ("goal-zero", "Anderson to MC4 Adapter Cable for Goal Zero Yeti"),
        ("renogy", "Battery Cable Lugs fits Renogy 100Ah LiFePO4"),
        ("growatt", "WiFi Monitoring Stick for Growatt Inverter"),
        ("unagi", "Charger 42V 2A for Unagi Model One"),
        ("gazelle", "Rear Rack Bag designed to fit Gazelle Ultimate"),
        ("onewheel", "Fender Kit for Onewheel Pint X"),
        ("onewheel", "Tyre 11x6.5-6 Replacement compatible for Onewheel XR"),
        ("super73", "Seat Cushion fits Super73 S1 S2"),
        ("rad-power", "Front Basket for Rad Power Bikes RadWagon"),
        ("cowboy", "Handlebar Phone Mount for Cowboy 4 E-Bike"),
        ("power-pole", "Anchor Foot Replacement for Power-Pole Blade"),
        ("xhose", "Spray Nozzle 8 Pattern for XHose Expandable Hose"),
        ("seabob", "Charging Cable for Seabob F5 Sea Scooter"),
        ("futaba", "Neck Strap works with Futaba Transmitters"),
        ("flysky", "iBUS Receiver compatible with FlySky FS-i6X"),
        ("bambu-lab", "适用于 拓竹 P1S 热床 PEI 钢板"),
        ("creality", "适用创想三维 Ender3 喷头 0.4mm 黄铜"),
        ("ecoflow", "适配 正浩 户外电源 太阳能板 连接线"),
        ("hobbywing", "兼容 好盈 电调 编程卡 LED"),
        ("xiaodao", "替换 小刀 电动车 电池 48V 20Ah"),
        ("sunra", "适用于新日电动车 后视镜 一对"),
        ("luyuan", "绿源电动车 适用 充电器 60V 20Ah"),
        ("tailg", "台铃 适配 座垫套 防水 防晒"),
        ("syma", "兼容 司马 X5C 电池 螺旋桨 套装"),
        ("wltoys", "适用伟力 144001 金属 配件 升级 套装"),
        ("flysky", "适用于 富斯 i6 遥控器 接收机 6通道"),
        ("autel", "道通 EVO 适配 桨叶 快拆 一对"),
        ("bluetti", "适用 铂陆帝 AC180 收纳包 防水"),
    ],
)

INSIDE_WORD = _rows(
    "inside_word",
    [
        ("zodiac", "Zodiacal Light Astronomy Poster Print A2"),
        ("intex", "Printex Cotton Fabric Roll 150cm Wide"),
        ("intex", "Wintex Thermal Socks Men Winter 5 Pairs"),
        ("risen", "Arisen Phoenix Canvas Wall Art 60x90"),
        ("risen", "Horisen Kids Bike 16 inch with Training Wheels"),
        ("trina", "Katrina Name Necklace Gold Plated Custom"),
        ("bambu-lab", "Bambusa Bamboo Plant Seeds 50 pcs Garden"),
        ("bambu-lab", "Bambuco Colombian Folk Music Poster Vintage"),
        ("dolphin", "Frozen Dolphinfish Fillet Mahi Mahi 1kg"),
        ("sunra", "Sunray Pattern Wall Mirror Gold Metal"),
        ("sunra", "Sunrays Kids Sunglasses UV400 Polarized"),
        ("tailg", "Tailgate Pad Bike Carrier for Pickup Trucks"),
        ("tailg", "Tailgating Party Banner Football Season"),
        ("sunpower", "Sunpowered Garden Stake Lights 8 Pack"),
        # holystoning: scrubbing a teak deck with a sandstone block
        ("holy-stone", "Holystoning Brick for Teak Deck Scrubbing"),
        ("cowboy", "Cowboyish Western Belt Buckle Antique Silver"),
        ("onyx", "Sardonyx Birthstone Ring Sterling Silver"),
        ("unagi", "Unagidon Bowl Set Ceramic Japanese Restaurant"),
        ("gazelle", "Gazelles Wildlife Photo Book Hardcover"),
        ("xiaodao", "厨房 大小刀具 套装 不锈钢 六件套"),
        ("sunra", "全新日历 2027 台历 办公 简约"),
        ("sunra", "焕然一新日用品 收纳盒 三件套"),
        ("luyuan", "茶汤翠绿源于自然 高山绿茶 250克"),
        ("tailg", "阳台铃兰 盆栽 香花 四季"),
        ("tailg", "前台铃 酒店 服务铃 按压式"),
        ("syma", "公司马甲 工作服 定制 印字"),
        ("hobbywing", "生意兴隆 好盈利 招财猫 摆件"),
        ("longi", "兴隆基业长青 书法 字画 办公室"),
        ("trina", "夏天合身 短袖T恤 纯棉 男款"),
        ("jinko", "结晶科学实验 套装 儿童 STEM"),
        ("autel", "隧道通风机 轴流风机 380V"),
        ("autel", "管道通 下水道 疏通剂 500克"),
        ("futaba", "双叶片 吊扇 叶轮 替换件 家用"),
    ],
)

GENERIC_WORD = _rows(
    "generic_word",
    [
        ("zodiac", "Zodiac Sign Necklace Gold Constellation Pendant"),
        ("zodiac", "12 Zodiac Animal Figurines Chinese New Year Set"),
        ("zodiac", "Zodiac Constellation Night Light Projector"),
        # a pool float shaped like the animal: the word names the product's shape
        ("dolphin", "Inflatable Dolphin Pool Float Ride-On Kids"),
        ("dolphin", "Dolphin Plush Toy 30cm Blue Soft"),
        ("dolphin", "Dolphin Pendant Sterling Silver Ocean Jewellery"),
        ("onyx", "Black Onyx Bead Bracelet 8mm Natural Stone"),
        ("onyx", "Onyx Marble Tile Polished 60x60"),
        ("onyx", "Green Onyx Stone Coasters Set of 4"),
        ("gazelle", "Gazelle Figurine Resin Safari Decor"),
        ("gazelle", "Thomson's Gazelle Print Wall Art Africa"),
        ("cowboy", "Cowboy Hat Straw Western Men Wide Brim"),
        ("cowboy", "Cowboy Boots Women Embroidered Pointed Toe"),
        ("cowboy", "Cowboy Party Decoration Kids Birthday Set"),
        ("unagi", "Frozen Unagi Kabayaki Grilled Eel 250g"),
        ("unagi", "Unagi Sauce 500ml Japanese Eel Sauce Bottle"),
        ("risen", "He Is Risen Easter Wall Sign Wooden"),
        ("risen", "Risen Christ Crucifix Wall Cross 30cm"),
        ("trina", "Trina Name Keychain Personalized Acrylic"),
        ("hayward", "Hayward California Souvenir Fridge Magnet"),
        ("hayward", "Hayward Fault Earthquake Map Poster Bay Area"),
        ("bestway", "Motivational Poster The Best Way Out Is Always Through"),
        ("rain-bird", "Southwest Rain Bird Pattern Pottery Bowl"),
        ("rain-bird", "Rain Bird Motif Wool Rug Handwoven 5x7"),
        # the nautical word: a sandstone block for scrubbing decks
        ("holy-stone", "Holystone Deck Scrubbing Block Sandstone Marine"),
        ("holy-stone", "Holy Stone Prayer Pebble Engraved Blessing"),
        ("power-pole", "Utility Power Pole Climbing Spikes Lineman Gaffs"),
        ("power-pole", "Wooden Power Pole Model Railway HO Scale 10 pcs"),
        ("goal-zero", "Goal Zero Accidents Safety Sign for Factory Wall"),
        ("artillery", "Artillery Shell Casing Brass Trench Art Vase"),
        ("artillery", "WWII Artillery Model Kit 1/35 Howitzer"),
        ("artillery", "Artillery Fungus Identification Book Garden"),
        # Futaba Sakura, a game character
        ("futaba", "Futaba Sakura Cosplay Wig Orange Long"),
        ("futaba", "双叶幼稚园 校服 儿童 动漫 cosplay"),
        ("xiaodao", "户外 折叠小刀 不锈钢 水果刀 便携"),
        ("xiaodao", "美工小刀 开箱刀 办公 10把装"),
        ("xiaodao", "削笔小刀 学生 文具 安全"),
        ("syma", "司马迁 史记 全套 精装 珍藏版"),
        ("syma", "司马光砸缸 儿童绘本 注音版"),
        ("wltoys", "人民的伟力 书法作品 客厅 挂画"),
        # 正浩 as a person's given name
        ("ecoflow", "张正浩 姓名贴 幼儿园 防水 定制"),
        # the dolphin kick, a swimming stroke
        ("dolphin", "Dolphin Kick Swim Training Fins Short Blade"),
        ("zodiac", "Zodiac Tarot Card Deck 78 Cards Gold Edge"),
        ("cowboy", "Cowboy Coffee Pot Enamel Camping 2L"),
        ("trina", "Trina Birthday Banner Personalised Pink"),
        ("gazelle", "Gazelle Pattern Silk Scarf Square 90cm"),
        ("onyx", "Onyx Black Ink Calligraphy Bottle 30ml"),
    ],
)

COMMON_WORD = _rows(
    "common_word",
    [
        ("humminbird", "Hummingbird Feeder Glass 24oz Red Flower Ports"),
        ("humminbird", "Hummingbird Nectar Powder Clear 2 Pack"),
        ("humminbird", "Hummingbird Temporary Tattoo Stickers 20 Sheets"),
        ("spektrum", "Full Spectrum LED Grow Light 1000W Indoor Plants"),
        ("spektrum", "Spectrum Analyzer 9kHz-3GHz Handheld"),
        ("spektrum", "Full Spectrum Aquarium Light 60cm Reef"),
        ("intex", "Index Tabs Sticky Notes 12 Colours"),
        ("onyx", "Oryx Antelope Wildlife Print Canvas"),
        ("risen", "Electric Riser Recliner Chair Elderly"),
        ("risen", "Pipe Riser Clamp Galvanized 2 inch"),
        ("trina", "Tina Name Necklace Silver Script"),
        ("dolphin", "Delphinium Flower Seeds Mix 200 pcs"),
        ("prusa", "Prussian Blue Oil Paint Tube 37ml"),
        ("lowrance", "St Lawrence River Map Vintage Print"),
        ("creality", "Virtual Reality Headset VR Glasses for Phones"),
        ("creality", "Augmented Reality Flash Cards Kids Alphabet"),
        ("bambu-lab", "Bamboo Lab Coat White Unisex Doctor Uniform"),
        ("bambu-lab", "Bamboo Cutting Board Set 3 pcs with Juice Groove"),
        ("bambu-lab", "Bamboo Toothbrush 10 Pack Charcoal Bristles"),
        # two ordinary words on a water-saving shower head, not a power station
        ("ecoflow", "Eco Flow Shower Head Water Saving High Pressure"),
        ("sunpower", "Sunflower Seeds Roasted Salted 500g"),
        ("minn-kota", "Minnesota Lake Map Poster Cabin Decor"),
        ("cowboy", "Cowbell Musical Instrument Metal 6 inch"),
        ("unagi", "Unaged Corn Whiskey Mash Recipe Book"),
        ("sunra", "新月 耳环 925银 简约 气质"),
        ("luyuan", "绿原酸 提取物 98% 杜仲叶"),
        ("tailg", "LED 护眼台灯 学生 宿舍 充电"),
        ("syma", "司机 座椅 靠垫 货车 透气"),
        ("wltoys", "大威力 电动水枪 儿童 泳池 玩具"),
        ("hobbywing", "好运 手链 红绳 本命年"),
        ("longi", "地基 螺旋桩 光伏支架 热镀锌"),
        ("trina", "天河 星空 投影灯 卧室"),
        ("jinko", "晶体管 三极管 套件 电子元件"),
        ("ecoflow", "尺码正好 硅胶泳帽 成人 防水"),
        ("autel", "行人通道 闸机 三辊闸 门禁"),
        ("xiaodao", "小刃 雕刻刀 木工 手工 套装"),
        ("growatt", "Grow Tent 120x120x200 Indoor Hydroponic"),
    ],
)

CLEAN = _rows(
    "clean",
    [
        ("", "Above Ground Pool Ladder Stainless Steel 48 inch"),
        ("", "Pool Skimmer Net Fine Mesh Telescopic Pole"),
        ("", "Chlorine Floater Dispenser Collapsible 3 inch Tablets"),
        ("", "Swimming Pool Test Strips 6 in 1 100 pcs"),
        ("", "Solar Pool Heater Panel 2x20ft Black"),
        ("", "Pool Vacuum Head Weighted 14 inch"),
        ("", "Inflatable Pool Lounger Adult Float Mat"),
        ("", "Pool Noodles Foam 10 Pack Assorted Colours"),
        ("", "Sand Filter Pump 2400GPH Above Ground"),
        ("", "Pool Cover Reel Aluminium 18ft"),
        ("", "Hot Tub Cover Lifter Hydraulic"),
        ("", "Drip Irrigation Kit 30m Automatic Garden"),
        ("", "Oscillating Lawn Sprinkler 16 Nozzles"),
        ("", "Hose Reel Cart with Wheels 200ft"),
        ("", "Garden Hose Splitter 4 Way Brass"),
        ("", "Soaker Hose 15m Flat Weeper"),
        ("", "Water Timer Digital Programmable Tap"),
        ("", "Impact Sprinkler on Tripod Base"),
        ("", "Rain Barrel 200L Collapsible with Tap"),
        ("", "Micro Spray Emitters Adjustable 50 pcs"),
        ("", "Self Watering Spikes Terracotta 12 Pack"),
        ("", "Marine Bilge Pump 12V 1100GPH"),
        ("", "Boat Fender Inflatable Ribbed 2 Pack"),
        ("", "Stainless Steel Cleat Dock 8 inch"),
        ("", "Anchor Rope Nylon 30m with Thimble"),
        ("", "Navigation Lights LED Bow Stern Set"),
        ("", "Boat Cover Waterproof 600D 17-19ft"),
        ("", "Marine Battery Switch 4 Position"),
        ("", "Kayak Paddle Aluminium Shaft 230cm"),
        ("", "Inflatable Stand Up Paddle Board 10ft Kit"),
        ("", "Life Jacket Adult Foam Orange CE"),
        ("", "Dry Bag Waterproof 20L Roll Top"),
        ("", "Boat Steering Wheel 3 Spoke 13.5 inch"),
        ("", "Dock Line Braided Nylon 15ft 4 Pack"),
        ("", "Fishing Rod Holder Boat Mount Adjustable"),
        ("", "Outboard Motor Stand Steel Portable"),
        ("", "FPV Racing Drone Frame 5 inch Carbon"),
        ("", "Brushless Motor 2207 1750KV Quad"),
        ("", "LiPo Battery 4S 1500mAh 120C XT60"),
        ("", "FPV Goggles 5.8G 40CH DVR"),
        ("", "Drone Landing Pad 75cm Foldable"),
        ("", "Propellers 5 inch Tri-Blade 10 Pairs"),
        ("", "Balance Charger 80W LiPo NiMH"),
        ("", "RC Crawler Tyres 1.9 inch Soft 4 pcs"),
        ("", "RC Car Body Shell Clear Lexan 1/10"),
        ("", "Mini Drone Kids Toy Headless Mode Gift"),
        ("", "RC Boat High Speed Brushless 50km/h"),
        ("", "RC Plane Foam EPO Glider Kit 1.2m"),
        ("", "PLA Filament 1.75mm 1kg Silk Gold"),
        ("", "PETG Filament 1.75mm 1kg Transparent"),
        ("", "Nozzle Cleaning Needles 0.4mm 10 pcs"),
        ("", "Filament Dryer Box Humidity Display"),
        ("", "Resin Cleaning Station Wash and Cure"),
        ("", "UV Resin Standard Grey 1kg 405nm"),
        ("", "Build Plate Scraper Stainless Steel"),
        ("", "Stepper Motor NEMA17 42mm 1.5A"),
        ("", "Linear Rail MGN12H 300mm Bearing Block"),
        ("", "3D Printer Enclosure Fireproof Tent"),
        ("", "Monocrystalline Solar Panel 200W 12V Flexible"),
        ("", "MPPT Charge Controller 40A 12V/24V Auto"),
        ("", "Pure Sine Wave Inverter 3000W 24V"),
        ("", "LiFePO4 Battery 12V 100Ah Deep Cycle"),
        ("", "MC4 Connectors Male Female 10 Pairs"),
        ("", "Solar Cable 6mm2 PV Wire 20m Red Black"),
        ("", "Portable Power Station 300W Camping Outlet"),
        ("", "Solar Panel Mounting Brackets Z Type"),
        ("", "Battery Monitor Shunt 500A Bluetooth"),
        ("", "Folding Solar Blanket 120W USB-C"),
        ("", "Ground Screw Pile Galvanized for Solar"),
        ("", "Electric Scooter 10 inch 36V 350W Adult"),
        ("", "E-Bike Conversion Kit 48V 1000W Rear Hub"),
        ("", "Electric Scooter Tyre 8.5 inch Solid"),
        ("", "E-Bike Battery 48V 17.5Ah Downtube"),
        ("", "Bicycle Helmet LED Rear Light Adult"),
        ("", "Scooter Phone Holder Handlebar Silicone"),
        ("", "Hydraulic Disc Brake Set Front Rear"),
        ("", "Fat Tyre 20x4.0 E-Bike Folding"),
        ("", "Cargo E-Bike Child Seat Rear Rack"),
        ("", "E-Bike Display LCD Speedometer Throttle"),
        ("", "Electric Skateboard Dual Hub Motor Remote"),
        ("", "泳池 过滤器 沙缸 循环水 设备"),
        ("", "泳池 吸污机 手动 清洁 刷头"),
        ("", "充气 游泳池 家用 儿童 加厚"),
        ("", "泳池 温度计 漂浮 卡通"),
        ("", "滴灌 系统 自动浇水 花园 套装"),
        ("", "园林 喷头 旋转 草坪 灌溉"),
        ("", "水管 卷管器 推车 30米"),
        ("", "定时 浇水器 智能 阳台"),
        ("", "橡皮艇 加厚 充气船 2人 钓鱼"),
        ("", "船用 不锈钢 锚 折叠 5公斤"),
        ("", "救生衣 成人 便携 浮力背心"),
        ("", "船用 航行灯 LED 12V 左右舷"),
        ("", "桨板 冲浪板 充气 站立式"),
        ("", "穿越机 竞速 无人机 机架 碳纤维"),
        ("", "航模 锂电池 3S 2200mAh"),
        ("", "无刷电机 2306 航模 四轴"),
        ("", "遥控车 1:10 攀爬车 越野 成人"),
        ("", "遥控船 高速 快艇 儿童 玩具"),
        ("", "舵机 9克 航模 金属齿"),
        ("", "3D打印 耗材 PLA 1.75mm 1公斤"),
        ("", "光敏树脂 3D打印 标准 灰色"),
        ("", "热床 平台 磁吸 弹簧钢板"),
        ("", "喷嘴 黄铜 0.4mm 3D打印机 配件"),
        ("", "步进电机 42 两相 3D打印"),
        ("", "单晶 太阳能板 100W 家用 发电"),
        ("", "光伏 逆变器 离网 5kW 纯正弦波"),
        ("", "磷酸铁锂 电池 12V 200Ah 储能"),
        ("", "光伏 连接器 MC4 防水 公母头"),
        ("", "户外电源 300W 便携 露营 应急"),
        ("", "光伏支架 铝合金 屋顶 安装"),
        ("", "电动滑板车 成人 折叠 10寸"),
        ("", "电动车 锂电池 48V 20Ah 改装"),
        ("", "电动车 头盔 夏季 半盔 防晒"),
        ("", "电动车 雨衣 加长 加厚 双人"),
        ("", "自行车 碟刹 油刹 套装"),
        ("", "电动车 充电器 48V 智能 快充"),
        ("", "电动自行车 挡风被 冬季 加厚"),
        ("", "平衡车 儿童 智能 两轮 体感"),
    ],
)
