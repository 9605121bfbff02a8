"""The protected rights of the twenty-eighth held-out corpus (none of them, nor any of their
marks or aliases, is in ../ip_rights.csv or the ip_rights.csv of ../holdout2/ to ../holdout27/).

Domain focus: home furnishing and lighting, kitchen appliances, baby and maternity,
sports nutrition and vitamins, luggage and backpacks, watches, video games and consoles.
"""

from __future__ import annotations

# right_id, holder, kind, mark, aliases, has a reference image
RIGHTS: list[tuple[str, str, str, str, str, bool]] = [
    # Chinese marks (Latin name as alias): ordinary words, places, coined
    ("r28-donlim", "Guangdong Donlim Technology Co., Ltd.", "trademark", "东菱", "Donlim", False),
    ("r28-buydeem", "Guangdong Buydeem Technology Co., Ltd.", "trademark", "北鼎", "Buydeem", True),
    ("r28-liven", "Liven Technology Co., Ltd.", "trademark", "利仁", "Liven", False),
    ("r28-kub", "Hangzhou Kub Baby Products Co., Ltd.", "trademark", "可优比", "KUB", False),
    ("r28-purcotton", "Winner Medical (PurCotton)", "trademark", "全棉时代", "PurCotton", True),
    ("r28-oiwas", "Guangzhou Oiwas Leather Co., Ltd.", "trademark", "爱华仕", "OIWAS", False),
    ("r28-betop", "Guangzhou Betop Electronics Co., Ltd.", "trademark", "北通", "Betop", False),
    ("r28-byhealth", "By-health Co., Ltd.", "trademark", "汤臣倍健", "By-health", True),
    (
        "r28-competitor",
        "Beijing Competitor Sports Science",
        "trademark",
        "康比特",
        "Competitor",
        False,
    ),
    ("r28-pak", "PAK Corporation (Guangdong)", "trademark", "三雄极光", "PAK", False),
    ("r28-beijixing", "Yantai Polaris Clock Co., Ltd.", "trademark", "北极星", "", False),
    # Latin marks, coined, mostly with a Chinese name
    ("r28-cuisinart", "Conair LLC (Cuisinart)", "trademark", "Cuisinart", "美膳雅", True),
    ("r28-stokke", "Stokke AS", "trademark", "Stokke", "思多嘉儿", True),
    ("r28-hegen", "Hegen Pte. Ltd.", "trademark", "Hegen", "赫根", False),
    ("r28-comotomo", "Comotomo, Inc.", "trademark", "Comotomo", "可么多么", False),
    ("r28-ergobaby", "Ergo Baby Carrier, Inc.", "trademark", "Ergobaby", "", False),
    ("r28-nanit", "Udisense Inc. (Nanit)", "trademark", "Nanit", "", False),
    ("r28-myprotein", "THG Nutrition Ltd. (Myprotein)", "trademark", "Myprotein", "", True),
    (
        "r28-muscletech",
        "Iovate Health Sciences (MuscleTech)",
        "trademark",
        "MuscleTech",
        "肌肉科技",
        False,
    ),
    (
        "r28-anbernic",
        "Shenzhen Anbernic Technology Co., Ltd.",
        "trademark",
        "Anbernic",
        "安伯尼克",
        True,
    ),
    ("r28-8bitdo", "Shenzhen 8BitDo Tech Co., Ltd.", "trademark", "8BitDo", "八位堂", True),
    (
        "r28-flydigi",
        "Shanghai Flydigi Electronics Co., Ltd.",
        "trademark",
        "Flydigi",
        "飞智",
        False,
    ),
    ("r28-ayaneo", "Shenzhen Ayaneo Technology Co., Ltd.", "trademark", "AYANEO", "", False),
    ("r28-balmuda", "BALMUDA Inc.", "trademark", "BALMUDA", "巴慕达", True),
    ("r28-jansport", "VF Corporation (JanSport)", "trademark", "JanSport", "杰斯伯", False),
    ("r28-certina", "The Swatch Group (Certina)", "trademark", "Certina", "雪铁纳", False),
    ("r28-bulova", "Citizen Watch Co. (Bulova)", "trademark", "Bulova", "", False),
    ("r28-targus", "Targus International LLC", "trademark", "Targus", "泰格斯", False),
    ("r28-deuter", "Deuter Sport GmbH", "trademark", "Deuter", "多特", True),
    # Latin marks that are everyday words, names or places
    ("r28-philips", "Koninklijke Philips N.V.", "trademark", "Philips", "飞利浦", True),
    ("r28-centrum", "Haleon (Centrum)", "trademark", "Centrum", "善存", False),
    ("r28-swisse", "H&H Group (Swisse Wellness)", "trademark", "Swisse", "斯维诗", True),
    ("r28-blackmores", "Blackmores Ltd. (Kirin)", "trademark", "Blackmores", "澳佳宝", False),
    (
        "r28-optimum-nutrition",
        "Glanbia plc (Optimum Nutrition)",
        "trademark",
        "Optimum Nutrition",
        "ON Gold Standard",
        False,
    ),
    ("r28-ensure", "Abbott Laboratories (Ensure)", "trademark", "Ensure", "安素", False),
    ("r28-ghost", "Ghost Lifestyle LLC", "trademark", "GHOST", "", False),
    ("r28-diplomat", "Diplomat Luggage (Taiwan)", "trademark", "Diplomat", "外交官", True),
    ("r28-cheers", "Man Wah Holdings (Cheers)", "trademark", "CHEERS", "芝华仕", False),
    (
        "r28-american-tourister",
        "Samsonite IP Holdings (American Tourister)",
        "trademark",
        "American Tourister",
        "美旅",
        False,
    ),
    ("r28-sega", "Sega Corporation", "trademark", "SEGA", "世嘉", False),
    (
        "r28-super-mario",
        "Nintendo Co., Ltd.",
        "trademark",
        "Super Mario",
        "Mario;马里奥;超级马里奥",
        True,
    ),
    ("r28-zelda", "Nintendo Co., Ltd.", "trademark", "Zelda", "塞尔达", False),
    ("r28-amiibo", "Nintendo Co., Ltd.", "trademark", "amiibo", "", False),
    ("r28-edifice", "Casio Computer Co., Ltd.", "trademark", "Edifice", "", False),
    ("r28-babyzen", "Babyzen SAS (Stokke)", "trademark", "Babyzen", "YOYO", False),
    # Patents and designs, named by product name
    ("r28-doona", "Simple Parenting Ltd.", "patent", "Doona", "多那", False),
    ("r28-baby-brezza", "Baby Brezza Enterprises LLC", "patent", "Baby Brezza", "", False),
    ("r28-ph5", "Louis Poulsen A/S", "design", "PH5", "PH 5 Lamp", True),
    ("r28-tizio", "Artemide S.p.A.", "design", "Tizio", "Tizio Lamp", True),
]
