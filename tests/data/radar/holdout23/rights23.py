"""The protected rights of the twenty-third held-out corpus (none of them, nor any of their
marks or aliases, is in ../ip_rights.csv or the ip_rights.csv of ../holdout2/ to ../holdout22/).

Domain focus: health and medical supplies, personal care devices, cleaning and household
chemicals, home textiles and bedding, party supplies, laboratory equipment, packaging,
travel goods, bicycles and e-scooters.
"""

from __future__ import annotations

# right_id, holder, kind, mark, aliases, has a reference image
RIGHTS: list[tuple[str, str, str, str, str, bool]] = [
    # Chinese marks: ordinary words, idioms, names (Latin name as alias)
    (
        "r23-yuwell",
        "Jiangsu Yuyue Medical Equipment & Supply Co., Ltd.",
        "trademark",
        "鱼跃",
        "Yuwell",
        True,
    ),
    ("r23-cofoe", "Cofoe Medical Technology Co., Ltd.", "trademark", "可孚", "Cofoe", False),
    ("r23-sinocare", "Sinocare Inc.", "trademark", "三诺", "Sinocare", False),
    ("r23-walch", "Walch (Lam Soon Hong Kong Ltd.)", "trademark", "威露士", "Walch", False),
    ("r23-luolai", "Luolai Lifestyle Technology Co., Ltd.", "trademark", "罗莱", "Luolai", True),
    (
        "r23-fuanna",
        "Shenzhen Fuanna Bedding and Furnishing Co., Ltd.",
        "trademark",
        "富安娜",
        "Fuanna",
        False,
    ),
    ("r23-vinda", "Vinda International Holdings Ltd.", "trademark", "维达", "Vinda", True),
    ("r23-xds", "Shenzhen XDS Bicycle Co., Ltd.", "trademark", "喜德盛", "XDS", False),
    ("r23-dahon", "Dahon (Beijing) Technology Co., Ltd.", "trademark", "大行", "Dahon", True),
    ("r23-bafang", "Bafang Electric (Suzhou) Co., Ltd.", "trademark", "八方", "Bafang", False),
    # Latin marks, mostly coined, many with a Chinese name
    ("r23-omron", "Omron Healthcare Co., Ltd.", "trademark", "Omron", "欧姆龙", True),
    ("r23-lysol", "Reckitt Benckiser LLC", "trademark", "Lysol", "", False),
    ("r23-clorox", "The Clorox Company", "trademark", "Clorox", "高乐氏", True),
    (
        "r23-tempur",
        "Tempur Sealy International, Inc.",
        "trademark",
        "Tempur",
        "泰普尔;Tempur-Pedic",
        True,
    ),
    ("r23-eppendorf", "Eppendorf SE", "trademark", "Eppendorf", "艾本德", True),
    ("r23-ziploc", "S. C. Johnson & Son, Inc.", "trademark", "Ziploc", "密保诺", True),
    (
        "r23-tetra-pak",
        "Tetra Laval International S.A.",
        "trademark",
        "Tetra Pak",
        "TetraPak;利乐",
        False,
    ),
    ("r23-foreo", "FOREO AB", "trademark", "Foreo", "斐珞尔", True),
    ("r23-durex", "Reckitt Benckiser (Durex)", "trademark", "Durex", "杜蕾斯", True),
    ("r23-littmann", "Solventum (3M Littmann)", "trademark", "Littmann", "", False),
    ("r23-hansaplast", "Beiersdorf AG", "trademark", "Hansaplast", "", False),
    ("r23-febreze", "The Procter & Gamble Company", "trademark", "Febreze", "风倍清", True),
    ("r23-beurer", "Beurer GmbH", "trademark", "Beurer", "博雅", False),
    (
        "r23-vileda",
        "Freudenberg Home and Cleaning Solutions GmbH",
        "trademark",
        "Vileda",
        "",
        False,
    ),
    ("r23-oclean", "Shenzhen Oclean Technology Co., Ltd.", "trademark", "Oclean", "欧可林", False),
    (
        "r23-airwheel",
        "Changzhou Airwheel Technology Co., Ltd.",
        "trademark",
        "Airwheel",
        "爱尔威",
        False,
    ),
    ("r23-qualatex", "Pioneer Balloon Company", "trademark", "Qualatex", "", True),
    ("r23-harpic", "Reckitt Benckiser (Harpic)", "trademark", "Harpic", "", False),
    ("r23-kimtech", "Kimberly-Clark Worldwide, Inc.", "trademark", "Kimtech", "Kimwipes", False),
    ("r23-sempertex", "Sempertex S.A.S.", "trademark", "Sempertex", "", False),
    ("r23-microlife", "Microlife AG", "trademark", "Microlife", "", False),
    ("r23-persil", "Henkel AG & Co. KGaA", "trademark", "Persil", "宝莹", False),
    # Latin marks that are everyday words, names or places
    ("r23-corning", "Corning Incorporated", "trademark", "Corning", "康宁", True),
    ("r23-falcon", "Corning Incorporated (Falcon)", "trademark", "Falcon", "", False),
    ("r23-glad", "The Glad Products Company", "trademark", "Glad", "", False),
    ("r23-anagram", "Anagram International, Inc.", "trademark", "Anagram", "", False),
    (
        "r23-tern",
        "Mobility Holdings Ltd. (Tern Bicycles)",
        "trademark",
        "Tern",
        "Tern Bicycles",
        True,
    ),
    ("r23-cif", "Unilever IP Holdings B.V.", "trademark", "Cif", "", False),
    ("r23-vicks", "The Procter & Gamble Company (Vicks)", "trademark", "Vicks", "VapoRub", False),
    ("r23-hartmann", "Paul Hartmann AG", "trademark", "Hartmann", "", False),
    ("r23-uline", "Uline, Inc.", "trademark", "Uline", "", False),
    ("r23-medline", "Medline Industries, LP", "trademark", "Medline", "", False),
    ("r23-hefty", "Reynolds Consumer Products (Hefty)", "trademark", "Hefty", "", False),
    ("r23-comfort", "Unilever IP Holdings B.V. (Comfort)", "trademark", "Comfort", "金纺", False),
    ("r23-hallmark", "Hallmark Licensing, LLC", "trademark", "Hallmark", "", False),
    ("r23-silentnight", "Silentnight Group Ltd.", "trademark", "Silentnight", "", False),
    # Patents and designs, named by product name
    (
        "r23-ostrichpillow",
        "Studio Banana Things S.L.",
        "patent",
        "Ostrichpillow",
        "Ostrich Pillow",
        False,
    ),
    ("r23-snoogle", "Leachco, Inc.", "patent", "Snoogle", "Leachco Snoogle", False),
    ("r23-trunki", "Magmatic Ltd.", "design", "Trunki", "Trunki Ride-On", True),
    ("r23-strida", "Strida Ltd.", "design", "Strida", "Strida Bike;速立达", False),
]
