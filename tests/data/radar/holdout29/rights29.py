"""The protected rights of the twenty-ninth held-out corpus (none of them, nor any of their
marks or aliases, is in ../ip_rights.csv or the ip_rights.csv of ../holdout2/ to ../holdout28/).

Domain focus: building materials and plumbing, electrical components, security cameras and
locks, auto accessories and motorcycle gear, fishing and hunting, craft and sewing supplies,
tea and coffee."""

from __future__ import annotations

# right_id, holder, kind, mark, aliases, has a reference image
RIGHTS: list[tuple[str, str, str, str, str, bool]] = [
    # Chinese marks: ordinary words, names, places (Latin name as alias)
    ("r29-dahua", "Zhejiang Dahua Technology Co., Ltd.", "trademark", "大华", "Dahua", True),
    ("r29-tenfu", "Tenfu (Cayman) Holdings Co., Ltd.", "trademark", "天福", "Tenfu", False),
    (
        "r29-zhangyiyuan",
        "Beijing Zhang Yi Yuan Tea Co., Ltd.",
        "trademark",
        "张一元",
        "Zhang Yi Yuan",
        False,
    ),
    ("r29-bama", "Bama Tea Co., Ltd.", "trademark", "八马", "Bama Tea", True),
    ("r29-taetea", "Yunnan Dayi Tea Group (Taetea)", "trademark", "大益", "Taetea", False),
    (
        "r29-zhuyeqing",
        "Sichuan Emei Zhuyeqing Tea Co., Ltd.",
        "trademark",
        "竹叶青",
        "Zhuyeqing",
        False,
    ),
    ("r29-desman", "Desman Smart Technology Co., Ltd.", "trademark", "德施曼", "Desman", False),
    (
        "r29-kaadas",
        "Kaadas Intelligent Technology Co., Ltd.",
        "trademark",
        "凯迪仕",
        "Kaadas",
        True,
    ),
    ("r29-lesso", "China Lesso Group Holdings Ltd.", "trademark", "联塑", "Lesso", False),
    ("r29-rifeng", "Rifeng Enterprise Group Co., Ltd.", "trademark", "日丰", "Rifeng", True),
    ("r29-lingdu", "Shenzhen Lingdu Technology Co., Ltd.", "trademark", "凌度", "Lingdu", False),
    ("r29-guangwei", "Weihai Guangwei Group Co., Ltd.", "trademark", "光威", "Guangwei", False),
    # Latin marks with a Chinese name, mostly coined
    ("r29-reolink", "Reolink Innovation Ltd.", "trademark", "Reolink", "睿联", True),
    ("r29-schlage", "Allegion plc (Schlage)", "trademark", "Schlage", "西勒奇", False),
    ("r29-legrand", "Legrand SA", "trademark", "Legrand", "罗格朗", True),
    (
        "r29-schneider",
        "Schneider Electric SE",
        "trademark",
        "Schneider Electric",
        "Schneider;施耐德",
        True,
    ),
    ("r29-hansgrohe", "Hansgrohe SE", "trademark", "Hansgrohe", "汉斯格雅", False),
    ("r29-rapala", "Rapala VMC Corporation", "trademark", "Rapala", "乐伯乐", False),
    ("r29-gamakatsu", "Gamakatsu Co., Ltd.", "trademark", "Gamakatsu", "伽马卡兹", False),
    ("r29-bushnell", "Bushnell Holdings, Inc.", "trademark", "Bushnell", "", True),
    ("r29-alpinestars", "Alpinestars S.p.A.", "trademark", "Alpinestars", "A星", True),
    ("r29-dainese", "Dainese S.p.A.", "trademark", "Dainese", "丹尼斯", False),
    ("r29-shoei", "Shoei Co., Ltd.", "trademark", "Shoei", "", False),
    ("r29-janome", "Janome Corporation", "trademark", "Janome", "车乐美", False),
    ("r29-olfa", "Olfa Corporation", "trademark", "OLFA", "", False),
    ("r29-gutermann", "Gütermann GmbH", "trademark", "Gütermann", "Gutermann", True),
    ("r29-lavazza", "Luigi Lavazza S.p.A.", "trademark", "Lavazza", "乐维萨", True),
    ("r29-hario", "Hario Co., Ltd.", "trademark", "Hario", "V60", False),
    ("r29-timemore", "Timemore (Shanghai) Co., Ltd.", "trademark", "Timemore", "泰摩", True),
    ("r29-wago", "WAGO GmbH & Co. KG", "trademark", "WAGO", "万可", False),
    ("r29-lutron", "Lutron Electronics Co., Inc.", "trademark", "Lutron", "路创", False),
    # Latin marks that are everyday words, names or places
    ("r29-penn", "Pure Fishing, Inc. (Penn)", "trademark", "Penn", "Penn Reels", False),
    ("r29-berkley", "Pure Fishing, Inc. (Berkley)", "trademark", "Berkley", "", False),
    ("r29-browning", "Browning Arms Company", "trademark", "Browning", "", False),
    ("r29-clover", "Clover Mfg. Co., Ltd.", "trademark", "Clover", "", False),
    ("r29-singer", "Singer Sourcing Ltd.", "trademark", "Singer", "胜家", True),
    ("r29-arai", "Arai Helmet Ltd.", "trademark", "Arai", "", False),
    ("r29-prym", "William Prym GmbH & Co. KG", "trademark", "Prym", "", False),
    ("r29-lorex", "Lorex Technology Inc.", "trademark", "Lorex", "", False),
    ("r29-august", "August Home, Inc.", "trademark", "August", "August Smart Lock", True),
    ("r29-eaton", "Eaton Corporation plc", "trademark", "Eaton", "伊顿", False),
    ("r29-leviton", "Leviton Manufacturing Co., Inc.", "trademark", "Leviton", "", False),
    ("r29-comandante", "Comandante Handmade Grinders GmbH", "trademark", "Comandante", "", False),
    ("r29-pfaff", "Singer Sourcing Ltd. (Pfaff)", "trademark", "Pfaff", "百福", True),
    ("r29-berkey", "New Millennium Concepts (Berkey)", "trademark", "Berkey", "", False),
    (
        "r29-sharkbite",
        "Reliance Worldwide Corporation",
        "trademark",
        "SharkBite",
        "Shark Bite",
        False,
    ),
    # Patents and designs, named by product name
    ("r29-clever-dripper", "Abid Co., Ltd.", "patent", "Clever Dripper", "聪明杯", False),
    ("r29-ratchet-strap-x", "Keeper Corp.", "patent", "Keeper Ratchet", "", False),
    ("r29-chemex", "Chemex Corporation", "design", "Chemex", "Chemex Coffeemaker", True),
    ("r29-kalita-wave", "Kalita Co., Ltd.", "design", "Kalita Wave", "Kalita;蛋糕杯", False),
]
