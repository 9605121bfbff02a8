"""Word lists of the synthetic marketplace: places, people, companies, catalogue.

Pure data. Industries are the first-level industries of the sample-venue table (rulebook
§4); each has leaf categories and product nouns for titles.
"""

from __future__ import annotations

# Merchant home cities: English (express feeds) and Chinese (Chinese postal feeds).
ORIGIN_CITIES: tuple[tuple[str, str], ...] = (
    ("SHENZHEN, CN", "深圳市"),
    ("GUANGZHOU, CN", "广州市"),
    ("YIWU, CN", "义乌市"),
    ("NINGBO, CN", "宁波市"),
    ("SHANGHAI, CN", "上海市"),
    ("HANGZHOU, CN", "杭州市"),
    ("XIAMEN, CN", "厦门市"),
    ("DONGGUAN, CN", "东莞市"),
    ("FOSHAN, CN", "佛山市"),
    ("QINGDAO, CN", "青岛市"),
    ("SUZHOU, CN", "苏州市"),
    ("TSUEN WAN, HK", "香港荃湾"),
)
ORIGIN_WEIGHTS: tuple[float, ...] = (22, 16, 12, 8, 8, 7, 5, 6, 5, 4, 4, 3)

# Destination countries: ISO alpha-2, weight, cities (as carriers print them).
DESTINATIONS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("US", 28, ("LOS ANGELES, CA", "NEW YORK, NY", "CHICAGO, IL", "HOUSTON, TX", "MIAMI, FL")),
    ("GB", 7, ("LONDON", "MANCHESTER", "BIRMINGHAM", "LEEDS")),
    ("DE", 6, ("BERLIN", "HAMBURG", "MUNICH", "COLOGNE")),
    ("CA", 5, ("TORONTO, ON", "VANCOUVER, BC", "MONTREAL, QC")),
    ("AU", 5, ("SYDNEY, NSW", "MELBOURNE, VIC", "BRISBANE, QLD")),
    ("FR", 4, ("PARIS", "LYON", "MARSEILLE")),
    ("ES", 3, ("MADRID", "BARCELONA", "VALENCIA")),
    ("IT", 3, ("MILANO", "ROMA", "NAPOLI")),
    ("NL", 2.5, ("AMSTERDAM", "ROTTERDAM", "UTRECHT")),
    ("NZ", 1.5, ("AUCKLAND", "WELLINGTON")),
    ("MX", 3, ("CIUDAD DE MEXICO", "GUADALAJARA")),
    ("BR", 3, ("SAO PAULO", "RIO DE JANEIRO")),
    ("SA", 2.5, ("RIYADH", "JEDDAH")),
    ("AE", 2.5, ("DUBAI", "ABU DHABI")),
    ("IN", 2, ("MUMBAI", "NEW DELHI")),
    ("JP", 2, ("TOKYO", "OSAKA")),
    ("KR", 1.5, ("SEOUL", "BUSAN")),
    ("PL", 1.5, ("WARSZAWA", "KRAKOW")),
    ("IL", 1, ("TEL AVIV",)),
    ("ZA", 1, ("JOHANNESBURG", "CAPE TOWN")),
    ("NG", 1, ("LAGOS",)),
    ("CL", 1, ("SANTIAGO",)),
    ("PH", 1, ("MANILA",)),
    ("MY", 1, ("KUALA LUMPUR",)),
    ("TH", 1, ("BANGKOK",)),
    ("SE", 1, ("STOCKHOLM",)),
    ("CH", 1, ("ZURICH",)),
    ("BE", 1, ("BRUSSELS",)),
    ("IE", 0.8, ("DUBLIN",)),
    ("TR", 0.8, ("ISTANBUL",)),
    ("SG", 0.8, ("SINGAPORE",)),
    ("PE", 0.6, ("LIMA",)),
    ("KE", 0.5, ("NAIROBI",)),
    ("EG", 0.5, ("CAIRO",)),
)

STAFF_FIRST = (
    "Lily",
    "Kevin",
    "Grace",
    "Jason",
    "Cherry",
    "Tony",
    "Amy",
    "Leo",
    "Sunny",
    "Vivian",
    "Eric",
    "Coco",
    "Jack",
    "Nina",
    "Frank",
    "Iris",
    "Allen",
    "Bella",
    "Ryan",
    "Fiona",
)
STAFF_LAST = (
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Lin",
    "Luo",
    "Zheng",
)
COMPANY_CITY = (
    "Shenzhen",
    "Guangzhou",
    "Yiwu",
    "Ningbo",
    "Shanghai",
    "Hangzhou",
    "Xiamen",
    "Dongguan",
    "Foshan",
    "Qingdao",
    "Suzhou",
    "Wenzhou",
    "Jinhua",
    "Taizhou",
)
COMPANY_WORD = (
    "Xinda",
    "Huayu",
    "Jiali",
    "Hengtai",
    "Ruixiang",
    "Mingde",
    "Yongsheng",
    "Baisheng",
    "Tianyi",
    "Kaiyuan",
    "Jinhong",
    "Dongfang",
    "Shunfa",
    "Haoyang",
    "Lianmei",
    "Zhongxin",
)
COMPANY_KIND = ("Trading", "Industrial", "Technology", "Import & Export", "Manufacturing")

ADJECTIVES = (
    "New",
    "Hot Sale",
    "Custom",
    "Wholesale",
    "Premium",
    "Portable",
    "Eco-Friendly",
    "High Quality",
    "OEM",
    "Factory Direct",
    "2022 New Design",
    "Durable",
)

# industry -> (leaf categories, product nouns)
CATALOGUE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Beauty & Personal Care": (
        ("Lipstick", "Face Cream", "Hair Dryers", "Makeup Brushes"),
        ("Lipstick Set", "Face Serum", "Makeup Brush Kit", "Hair Straightener"),
    ),
    "Apparel": (
        ("Men's T-Shirts", "Women's Dresses", "Hoodies & Sweatshirts", "Yoga Wear"),
        ("Cotton T-Shirt", "Summer Dress", "Oversized Hoodie", "Yoga Leggings"),
    ),
    "Home & Garden": (
        ("Kitchen Storage", "Garden Tools", "Vases", "Cleaning Brushes"),
        ("Storage Box", "Garden Hose", "Ceramic Vase", "Cleaning Brush"),
    ),
    "Consumer Electronics": (
        ("Earphones & Headphones", "Power Banks", "Phone Cases", "Smart Watches"),
        ("Wireless Earbuds", "Power Bank 10000mAh", "Phone Case", "Smart Watch"),
    ),
    "Sports & Entertainment": (
        ("Fitness Equipment", "Camping Tents", "Bicycles", "Fishing Rods"),
        ("Resistance Band", "Camping Tent", "Mountain Bike", "Fishing Rod"),
    ),
    "Timepieces, Jewelry & Eyewear": (
        ("Quartz Watches", "Necklaces", "Sunglasses", "Rings"),
        ("Quartz Watch", "Pendant Necklace", "Polarized Sunglasses", "Stainless Ring"),
    ),
    "Luggage, Bags & Cases": (
        ("Backpacks", "Handbags", "Trolley Cases", "Cosmetic Bags"),
        ("Laptop Backpack", "Leather Handbag", "Trolley Luggage", "Cosmetic Bag"),
    ),
    "Gifts & Crafts": (
        ("Keychains", "Resin Crafts", "Christmas Decorations", "Candles"),
        ("Metal Keychain", "Resin Figurine", "Christmas Ornament", "Scented Candle"),
    ),
    "Toys & Hobbies": (
        ("Plush Toys", "Building Blocks", "RC Cars", "Educational Toys"),
        ("Plush Toy", "Building Block Set", "RC Car", "Wooden Puzzle"),
    ),
    "Home Appliances": (
        ("Air Fryers", "Blenders", "Vacuum Cleaners", "Electric Kettles"),
        ("Air Fryer", "Portable Blender", "Robot Vacuum", "Electric Kettle"),
    ),
    "Home Textiles": (
        ("Bedding Sets", "Towels", "Curtains", "Blankets"),
        ("Bedding Set", "Bath Towel", "Blackout Curtain", "Fleece Blanket"),
    ),
    "Fashion Accessories": (
        ("Hair Accessories", "Scarves", "Belts", "Hats & Caps"),
        ("Hair Clip", "Silk Scarf", "Leather Belt", "Baseball Cap"),
    ),
    "Shoes & Accessories": (
        ("Sneakers", "Slippers", "Boots", "Shoe Laces"),
        ("Running Sneakers", "EVA Slippers", "Ankle Boots", "Flat Shoe Laces"),
    ),
    "Construction & Real Estate": (
        ("Tiles", "Doors", "Windows", "Prefab Houses"),
        ("Porcelain Tile", "Steel Door", "Aluminium Window", "Container House"),
    ),
    "Furniture": (
        ("Office Chairs", "Sofas", "Dining Tables", "Beds"),
        ("Ergonomic Office Chair", "Fabric Sofa", "Dining Table", "Wooden Bed"),
    ),
    "Lights & Lighting": (
        ("LED Bulbs", "Street Lights", "Ceiling Lights", "String Lights"),
        ("LED Bulb", "Solar Street Light", "Ceiling Lamp", "LED String Light"),
    ),
    "Vehicle Parts & Accessories": (
        ("Brake Pads", "Car Lights", "Tires", "Car Seat Covers"),
        ("Ceramic Brake Pad", "LED Headlight", "Passenger Car Tire", "Seat Cover Set"),
    ),
    "Packaging & Printing": (
        ("Paper Bags", "Gift Boxes", "Labels & Stickers", "Mailer Boxes"),
        ("Kraft Paper Bag", "Gift Box", "Custom Sticker", "Mailer Box"),
    ),
    "Renewable Energy": (
        ("Solar Panels", "Inverters", "Solar Batteries", "Charge Controllers"),
        ("Mono Solar Panel", "Hybrid Inverter", "LiFePO4 Battery", "MPPT Controller"),
    ),
    "Tools & Hardware": (
        ("Power Drills", "Hand Tools", "Fasteners", "Tool Sets"),
        ("Cordless Drill", "Wrench Set", "Stainless Screws", "Tool Kit"),
    ),
    "Power Transmission": (
        ("Bearings", "Gearboxes", "V-Belts", "Couplings"),
        ("Ball Bearing", "Worm Gearbox", "V-Belt", "Jaw Coupling"),
    ),
    "Testing Instrument & Equipment": (
        ("Multimeters", "Thermometers", "Oscilloscopes", "Gas Detectors"),
        ("Digital Multimeter", "Infrared Thermometer", "Oscilloscope", "Gas Detector"),
    ),
    "Electrical Equipment & Supplies": (
        ("Wires & Cables", "Switches", "Circuit Breakers", "Sockets"),
        ("Copper Cable", "Wall Switch", "Mini Circuit Breaker", "Wall Socket"),
    ),
    "Security": (
        ("CCTV Cameras", "Door Locks", "Alarm Systems", "Safes"),
        ("WiFi IP Camera", "Smart Door Lock", "Alarm Kit", "Digital Safe"),
    ),
    "Safety": (
        ("Safety Helmets", "Work Gloves", "Reflective Vests", "Safety Shoes"),
        ("Safety Helmet", "Nitrile Gloves", "Reflective Vest", "Steel Toe Shoes"),
    ),
}
GENERIC_CATALOGUE: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("General Merchandise",),
    ("Sample Product",),
)


def catalogue(industry: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Leaf categories and product nouns of an industry (a generic pair if unknown)."""
    return CATALOGUE.get(industry, GENERIC_CATALOGUE)
