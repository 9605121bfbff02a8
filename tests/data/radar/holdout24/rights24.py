"""The protected rights of the twenty-fourth held-out corpus (none of them, nor any of their
marks or aliases, is in ../ip_rights.csv or the ip_rights.csv of ../holdout2/ to ../holdout23/).

Domain focus: smartphones, computers, gaming, smart home and networking; kitchenware and
tableware; drinks and alcohol; bathroom fixtures and sanitary ware."""

from __future__ import annotations

# right_id, holder, kind, mark, aliases, has a reference image
RIGHTS: list[tuple[str, str, str, str, str, bool]] = [
    # Chinese marks: coined, ordinary words, names, places (Latin name as alias)
    (
        "r24-hikvision",
        "Hangzhou Hikvision Digital Technology Co., Ltd.",
        "trademark",
        "海康威视",
        "Hikvision",
        True,
    ),
    ("r24-ruijie", "Ruijie Networks Co., Ltd.", "trademark", "锐捷", "Ruijie", False),
    ("r24-tuya", "Tuya Inc.", "trademark", "涂鸦", "Tuya", False),
    ("r24-changyu", "Yantai Changyu Pioneer Wine Co., Ltd.", "trademark", "张裕", "Changyu", True),
    (
        "r24-fenjiu",
        "Shanxi Xinghuacun Fenjiu Distillery Co., Ltd.",
        "trademark",
        "汾酒",
        "Fenjiu",
        False,
    ),
    ("r24-hengjie", "Hengjie Sanitary Ware Co., Ltd.", "trademark", "恒洁", "Hengjie", False),
    ("r24-huida", "Huida Sanitary Ware Co., Ltd.", "trademark", "惠达", "Huida", True),
    (
        "r24-gamesir",
        "Guangzhou Chicken Run Network Technology Co., Ltd. (GameSir)",
        "trademark",
        "盖世小鸡",
        "GameSir",
        True,
    ),
    ("r24-mijia", "Xiaomi Corporation (Mijia)", "trademark", "米家", "Mijia", False),
    ("r24-skyworth", "Skyworth Group Co., Ltd.", "trademark", "创维", "Skyworth", False),
    # Latin marks with a Chinese name, mostly coined
    ("r24-aqara", "Lumi United Technology Co., Ltd. (Aqara)", "trademark", "Aqara", "绿米", True),
    (
        "r24-yeelight",
        "Qingdao Yeelink Information Technology Co., Ltd.",
        "trademark",
        "Yeelight",
        "易来",
        False,
    ),
    ("r24-orico", "Shenzhen ORICO Technologies Co., Ltd.", "trademark", "ORICO", "奥睿科", False),
    (
        "r24-redragon",
        "Eastern Times Technology Co., Ltd. (Redragon)",
        "trademark",
        "Redragon",
        "红龙",
        False,
    ),
    ("r24-heineken", "Heineken N.V.", "trademark", "Heineken", "喜力", True),
    ("r24-penfolds", "Treasury Wine Estates (Penfolds)", "trademark", "Penfolds", "奔富", True),
    (
        "r24-chivas",
        "Chivas Brothers (Pernod Ricard)",
        "trademark",
        "Chivas",
        "Chivas Regal;芝华士",
        False,
    ),
    ("r24-martell", "Martell & Co. (Pernod Ricard)", "trademark", "Martell", "马爹利", False),
    ("r24-glenfiddich", "William Grant & Sons Ltd.", "trademark", "Glenfiddich", "格兰菲迪", True),
    ("r24-grohe", "Grohe AG (LIXIL)", "trademark", "Grohe", "高仪", True),
    ("r24-kohler", "Kohler Co.", "trademark", "Kohler", "科勒", True),
    ("r24-geberit", "Geberit AG", "trademark", "Geberit", "吉博力", False),
    ("r24-moen", "Moen Incorporated (Fortune Brands)", "trademark", "Moen", "摩恩", False),
    ("r24-luminarc", "Arc France (Luminarc)", "trademark", "Luminarc", "乐美雅", False),
    ("r24-suntory", "Suntory Holdings Ltd.", "trademark", "Suntory", "三得利", False),
    ("r24-netgear", "NETGEAR, Inc.", "trademark", "Netgear", "网件", False),
    ("r24-steelseries", "SteelSeries ApS", "trademark", "SteelSeries", "赛睿", False),
    # Coined Latin marks without a Chinese name
    ("r24-duravit", "Duravit AG", "trademark", "Duravit", "", False),
    ("r24-keychron", "Keychron Ltd.", "trademark", "Keychron", "", True),
    ("r24-switchbot", "Wonderlabs, Inc. (SwitchBot)", "trademark", "SwitchBot", "", True),
    ("r24-ubiquiti", "Ubiquiti Inc.", "trademark", "Ubiquiti", "UniFi", False),
    ("r24-eufy", "Anker Innovations Ltd. (eufy)", "trademark", "eufy", "", False),
    (
        "r24-thrustmaster",
        "Guillemot Corporation (Thrustmaster)",
        "trademark",
        "Thrustmaster",
        "",
        False,
    ),
    ("r24-smirnoff", "Diageo plc (Smirnoff)", "trademark", "Smirnoff", "", False),
    # Latin marks that are everyday words, names or places
    ("r24-arrow", "Arrow Home Group Co., Ltd.", "trademark", "Arrow", "箭牌", True),
    ("r24-cuckoo", "Cuckoo Electronics Co., Ltd.", "trademark", "Cuckoo", "福库", False),
    ("r24-jameson", "Irish Distillers (Pernod Ricard)", "trademark", "Jameson", "", False),
    ("r24-legion", "Lenovo Group Ltd. (Legion)", "trademark", "Legion", "拯救者", False),
    ("r24-predator", "Acer Inc. (Predator)", "trademark", "Predator", "掠夺者", True),
    ("r24-omen", "HP Inc. (OMEN)", "trademark", "Omen", "暗影精灵", False),
    ("r24-deco", "TP-Link Systems Inc. (Deco)", "trademark", "Deco", "", True),
    ("r24-hori", "HORI Co., Ltd.", "trademark", "HORI", "", False),
    ("r24-riedel", "Riedel Glas Austria", "trademark", "Riedel", "", False),
    ("r24-wedgwood", "WWRD (Fiskars Group)", "trademark", "Wedgwood", "", False),
    ("r24-voss", "Voss of Norway AS", "trademark", "Voss", "", False),
    ("r24-baileys", "R&A Bailey & Co. (Diageo)", "trademark", "Baileys", "百利甜", False),
    # Patents and designs, named by product name
    ("r24-tornado-flush", "TOTO Ltd.", "patent", "Tornado Flush", "龙卷式冲水", False),
    ("r24-quooker", "Quooker B.V.", "patent", "Quooker", "Quooker Flex", False),
    ("r24-anna-g", "Alessi S.p.A.", "design", "Anna G", "Anna G. Corkscrew", False),
    (
        "r24-dualsense",
        "Sony Interactive Entertainment",
        "design",
        "DualSense",
        "DualSense Edge",
        True,
    ),
]
