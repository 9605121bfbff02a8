"""The hand-written listings of the fifth held-out corpus.

Written by a helper of the lead on 2026-12-03 without seeing the detector. Every listing is
hand-written; ``hg()``, ``gk()`` and ``fw()`` only spell Cyrillic / Greek look-alike and
full-width letters, ``ZW`` is a zero-width space. Labels follow ../README.md.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"

_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у", "s": "ѕ",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "S": "Ѕ", "I": "І",
}  # fmt: skip
_GREEK = {
    "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
    "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν",
}  # fmt: skip


def _swap(text: str, table: dict[str, str], letters: str) -> str:
    return "".join(table[c] if c in letters and c in table else c for c in text)


def hg(text: str, letters: str) -> str:
    """``text`` with the given letters spelt by their Cyrillic look-alikes."""
    return _swap(text, _CYRILLIC, letters)


def gk(text: str, letters: str) -> str:
    """``text`` with the given letters spelt by their Greek look-alikes."""
    return _swap(text, _GREEK, letters)


def fw(text: str) -> str:
    """``text`` in full-width forms (ASCII letters and digits; spaces as ideographic)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@dataclass(frozen=True)
class L:
    case: str
    group: str
    title: str
    description: str = ""
    brand: str = ""
    expected: tuple[str, ...] | None = None
    without_compat: tuple[str, ...] | None = None
    image: bool = False


def _p(case: str):
    def make(group: str, title: str, description: str = "", brand: str = "", **kw) -> L:
        return L(case, group, title, description, brand, **kw)

    return make


exact, alias, chinese, case_width, accent = map(
    _p, ("exact", "alias", "chinese", "case_width", "accent")
)
homoglyph, leetspeak, spacing, misspelling, mixed = map(
    _p, ("homoglyph", "leetspeak", "spacing", "misspelling", "mixed")
)
compat, inside, generic, common = map(_p, ("compat", "inside_word", "generic_word", "common_word"))


def brand_field(group: str, title: str, brand: str, description: str = "") -> L:
    return L("brand_field", group, title, description, brand)


def image(group: str, title: str, description: str = "") -> L:
    return L("image", group, title, description, "", image=True)


def clean(title: str, description: str = "", brand: str = "") -> L:
    return L("clean", "", title, description, brand)


POSITIVES: list[L] = [
    # ---------------------------------------------------------------- exact
    exact("r5-lotus", "Lotus Emira Owners Club Metal Keychain Gift"),
    exact(
        "r5-avon",
        "Little Black Dress Eau de Parfum 50ml Gift Box",
        "Avon original formula, sealed box, batch code on the base.",
    ),
    exact("r5-evian", "evian Natural Mineral Water 500ml x 24 Bottles"),
    exact("r5-ajax", "Ajax Lemon Multi-Surface Floor Cleaner 1L Wholesale"),
    exact(
        "r5-titan",
        "Raga Womens Analog Watch Rose Gold Dial",
        "Wholesale lot of 20 pieces from India, boxes and Titan warranty cards included.",
    ),
    exact("r5-orion", "Orion Choco Pie Original 12 Pack Snack Box"),
    exact("r5-polaris", "Polaris Sportsman 570 Front Bumper OEM Style"),
    exact(
        "r5-husky",
        "Heavy Duty 3/8 Drive Ratchet 72 Tooth Quick Release Chrome Vanadium Mechanic Grade"
        " by Husky",
    ),
    exact("r5-blizzard", "Blizzard Battle.net Gift Card 50 USD Digital Code"),
    exact(
        "r5-black-diamond",
        "Spot 400 Lumen Headlamp Waterproof IPX8",
        "Black Diamond Spot 400, same as the store version.",
    ),
    exact("r5-pilot", "Pilot G2 Gel Pens 0.7mm Black 12 Pack"),
    exact("r5-wrangler", "Wrangler Authentics Mens Regular Fit Jeans"),
    exact("r5-zebra", "Zebra ZD421 Direct Thermal Desktop Label Printer"),
    exact(
        "r5-brooks",
        "Ghost 15 Mens Road Running Shoes Neutral",
        "Factory surplus Brooks Ghost 15, all sizes, original insoles.",
    ),
    exact("r5-salomon", "Salomon XT-6 Trail Running Sneakers Unisex"),
    exact("r5-stihl", "STIHL MS 250 Gas Chainsaw 18 Inch Bar"),
    exact(
        "r5-nerf",
        "Foam Dart Blaster Elite 2.0 Commander Kids Toy",
        "Genuine Nerf Elite 2.0 blaster with 12 darts, retail box, sealed.",
    ),
    exact(
        "r5-oreo",
        "Chocolate Sandwich Cookies Family Pack 20 Sleeves",
        "Original Oreo cookies, imported, best before 2027. MOQ 50 cartons.",
    ),
    exact(
        "r5-wd-40",
        "Multi-Use Lubricant Spray 400ml Smart Straw 12 Cans",
        "WD-40 Multi-Use Product with the two-way straw, 12 cans per carton.",
    ),
    exact(
        "r5-kitchenaid",
        "Tilt-Head Stand Mixer 6.5 Quart 10 Speeds Die-Cast",
        "Same gears as the KitchenAid Artisan at half the price, full metal body.",
    ),
    exact(
        "r5-segway",
        "Electric Kick Scooter Max G2 Long Range 70km",
        "Original Segway scooter, 10 inch self-sealing tyres, app control.",
    ),
    exact("r5-stihl", "STIHL 油锯 MS382 伐木 汽油 原装"),
    exact("r5-zebra", "Zebra 条码 打印机 ZD888 热敏 标签"),
    # ---------------------------------------------------------------- alias
    alias(
        "r5-dabao",
        "SOD Moisturizing Lotion 200ml Classic Formula",
        "The classic Dabao SOD lotion, Beijing factory, 48 bottles per case.",
    ),
    alias("r5-feiyue", "Feiyue Classic Canvas Kung Fu Shoes White"),
    alias(
        "r5-want-want",
        "Senbei Rice Crackers 520g Bag Party Pack",
        "Want Want senbei, Taiwan recipe, 12 bags per carton.",
    ),
    alias(
        "r5-septwolves",
        "Mens Leather Belt Automatic Buckle Gift Box",
        "Buckle engraved Septwolves, gift box and tag included.",
    ),
    alias("r5-red-dragonfly", "Red Dragonfly Mens Leather Oxford Dress Shoes"),
    alias("r5-three-squirrels", "Three Squirrels Mixed Nuts Daily Pack 30 Bags"),
    alias("r5-nongfu-spring", "Nongfu Spring Natural Drinking Water 550ml Case of 24"),
    alias(
        "r5-yadea",
        "Electric Moped 72V Lithium Battery 80km Range",
        "yadea G5 frame and controller, CKD export packing.",
    ),
    alias("r5-mac", "MAC Cosmetics Retro Matte Lipstick Ruby Red"),
    alias("r5-nyx", "NYX Professional Makeup Butter Gloss Set of 8"),
    alias("r5-oxo", "OXO Good Grips Large Salad Spinner"),
    alias("r5-segway", "Ninebot KickScooter E2 Plus Foldable Commuter"),
    alias("r5-moka-express", "Bialetti 6 Cup Stovetop Espresso Maker Aluminium"),
    alias("r5-head-shoulders", "Head and Shoulders Menthol Shampoo 2 in 1 700ml"),
    alias("r5-celine", "Céline Ava Bag in Smooth Calfskin"),
    alias("r5-steam-deck", "SteamDeck OLED 1TB Handheld Gaming PC"),
    alias(
        "r5-zebra",
        "Industrial Thermal Transfer Printer ZT411 203dpi",
        "Zebra Technologies ZT411 with ribbon spindle and Ethernet.",
    ),
    alias(
        "r5-tic-tac",
        "Fresh Mint Candy Pocket Box 16g x 24 Display",
        "TicTac Fresh Mint, 24 boxes per display, shelf life 18 months.",
    ),
    alias(
        "r5-instant-pot",
        "Pro Plus Smart Pressure Cooker 6 Quart WiFi",
        "instantpot pro plus, app controlled, canning function.",
    ),
    alias(
        "r5-goodbaby",
        "Baby Car Seat ISOFIX 0-4 Years Rotating",
        "Made on the Goodbaby production line, same shell, no box.",
    ),
    # ---------------------------------------------------------------- chinese
    chinese("r5-goodbaby", "好孩子 婴儿推车 轻便 可坐可躺 一键折叠"),
    chinese("r5-dabao", "大宝 美容日霜 保湿 滋润 50g"),
    chinese("r5-feiyue", "飞跃 经典 帆布鞋 少林 功夫鞋 男女"),
    chinese("r5-want-want", "旺旺 雪饼 仙贝 大礼包 零食 批发"),
    chinese("r5-bear", "小熊 酸奶机 家用 全自动 小型 1L"),
    chinese("r5-septwolves", "七匹狼 男士 夹克 春秋 立领 外套"),
    chinese(
        "r5-red-dragonfly", "男鞋 真皮 商务 正装 皮鞋 系带", "红蜻蜓 正品 专柜 同款，支持 验货"
    ),
    chinese("r5-three-squirrels", "三只松鼠 每日坚果 30包 礼盒装"),
    chinese("r5-chow-tai-fook", "足金 999 黄金 手链 女款 古法", "周大福 原单 工厂货，按克 计价"),
    chinese(
        "r5-nongfu-spring", "天然 饮用水 550ml 24瓶 整箱 团购", "农夫山泉 一级 代理，厂家 直发"
    ),
    chinese("r5-yadea", "雅迪 电动车 冠能 72V 锂电 长续航"),
    chinese("r5-avon", "雅芳 小黑裙 香水 喷雾 50ml"),
    chinese("r5-evian", "依云 天然 矿泉水 500ml 24瓶 进口"),
    chinese("r5-orion", "好丽友 派 巧克力 12枚 整盒"),
    chinese("r5-blizzard", "暴雪 游戏 正版 周边 魔兽 鼠标垫"),
    chinese(
        "r5-head-shoulders", "去屑 洗发水 清爽 控油 750ml 家庭装", "海飞丝 经销商 直供，量大 从优"
    ),
    chinese("r5-safeguard", "舒肤佳 香皂 纯白 清香 6块装"),
    chinese("r5-leica", "徕卡 旁轴 相机 全画幅 机身 黑色"),
    chinese("r5-salomon", "萨洛蒙 越野跑鞋 男款 防水 透气"),
    chinese("r5-stihl", "斯蒂尔 油锯 伐木锯 汽油 大功率"),
    chinese("r5-mac", "魅可 子弹头 口红 哑光 正红色"),
    chinese(
        "r5-bear", "家用 电炖锅 陶瓷 内胆 煲汤 预约", "小熊 官方 同款 生产线，一年保修，支持 代发"
    ),
    chinese("r5-skf", "进口 深沟球 轴承 6205 原装", "斯凯孚 原装 正品，假一罚十"),
    chinese("r5-wrangler", "男士 直筒 牛仔裤 复古 水洗", "威格 原单 尾货，吊牌 齐全"),
    chinese("r5-segway", "电动 平衡车 成人 代步 越野", "赛格威 同款 电机，续航 30 公里"),
    # ---------------------------------------------------------------- case_width
    case_width("r5-ajax", fw("AJAX") + " Oxy Bleach Cleaning Powder 500g"),
    case_width("r5-kitchenaid", "kitchenaid artisan stand mixer 5 qt empire red"),
    case_width("r5-wrangler", "wrangler retro slim fit bootcut jeans mens"),
    case_width("r5-stihl", "sTiHl MS 180 chainsaw complete with bar"),
    case_width("r5-leica", fw("LEICA") + " M11 Rangefinder Camera Black Chrome"),
    case_width("r5-black-diamond", "bLaCk DiAmOnD Momentum Climbing Harness"),
    case_width("r5-oreo", "oreo mini cookies snack cups 40g x 12"),
    case_width("r5-nerf", fw("NERF") + " Ultra One Motorized Blaster"),
    case_width(
        "r5-brooks",
        "Glycerin 21 Cushioned Running Shoes Women",
        "brooks glycerin 21, original box, sizes 36-41.",
    ),
    case_width(
        "r5-zebra",
        "GK420d Barcode Label Printer USB Desktop",
        "zebra gk420d, tested, with power supply.",
    ),
    case_width("r5-oppo", fw("OPPO") + " Find X7 Ultra 5G 16GB 512GB"),
    case_width("r5-bmw", fw("bmw") + " 原厂 真皮 钥匙扣 车标"),
    case_width(
        "r5-head-shoulders",
        "Anti-Dandruff Shampoo Cool Menthol 1L Salon Pack",
        "HEAD & SHOULDERS cool menthol, bottle as shown.",
    ),
    case_width(
        "r5-nyx",
        "Long Lasting Matte Liquid Lipstick Set 6 Colours",
        "nyx professional makeup lip lingerie shades, full size.",
    ),
    # ---------------------------------------------------------------- accent
    accent("r5-salomon", "Sälomon Speedcross 6 Trail Shoes"),
    accent(
        "r5-ajax",
        "Powder Cleanser with Bleach 600g Kitchen and Bath",
        "Ajàx cleanser, 24 tubs per carton.",
    ),
    accent("r5-titan", "Tîtan Edge Ultra Slim Mens Watch"),
    accent("r5-oreo", "Oréo Double Stuf Cookies 20 Pack"),
    accent("r5-pilot", "Pîlot Frixion Erasable Gel Pen 0.7 Blue"),
    accent("r5-avon", "Ävon Anew Vitamin C Serum 30ml"),
    accent("r5-wrangler", "Wränglér Cowboy Cut Original Fit Jeans"),
    accent("r5-brooks", "Brôoks Launch 10 Neutral Running Shoe"),
    accent("r5-stihl", "Stïhl Bar and Chain Oil 1L"),
    accent("r5-evian", "Évian Facial Mineral Water Spray 300ml"),
    accent("r5-polaris", "Polarïs Ranger Roof Rack Steel"),
    accent(
        "r5-celine",
        "Luxury Leather Card Holder Tan Classic",
        "Cèlinë triomphe card holder, gold hardware, dust bag.",
    ),
    accent("r5-nerf", "Nërf 软弹枪 儿童 玩具 精英 系列"),
    # ---------------------------------------------------------------- homoglyph
    homoglyph("r5-husky", hg("Husky", "H") + " 3/8 Drive Ratchet Set 62 Piece"),
    homoglyph("r5-zebra", hg("Zebra", "ea") + " ZT230 Industrial Label Printer"),
    homoglyph("r5-oreo", hg("Oreo", "Oe") + " Golden Sandwich Cookies 12 Pack"),
    homoglyph("r5-leica", hg("Leica", "ea") + " SL3 Mirrorless Camera Body"),
    homoglyph("r5-nyx", gk("NYX", "NYX") + " Epic Ink Liner Waterproof Black"),
    homoglyph("r5-bmw", gk("BMW", "BM") + " M Performance Steering Wheel Cover"),
    homoglyph("r5-safeguard", hg("Safeguard", "S") + " Lemon Fresh Body Wash 720ml"),
    homoglyph("r5-celine", hg("Celine", "Ce") + " Classic Box Bag Medium Black"),
    homoglyph(
        "r5-pilot",
        "Metropolitan Fountain Pen Medium Nib Gift Box",
        hg("Pilot", "P") + " Metropolitan, converter included.",
    ),
    homoglyph("r5-titan", hg("Titan", "T") + " Neo Splash Quartz Watch Blue"),
    homoglyph("r5-oppo", gk("OPPO", "OP") + " Reno 11 Pro 5G Smartphone"),
    homoglyph("r5-avon", hg("Avon", "Ao") + " Skin So Soft Dry Oil Spray 150ml"),
    homoglyph(
        "r5-steam-deck",
        "Handheld Gaming PC 512GB OLED Screen",
        hg("Steam Deck", "ea") + " OLED, unlocked, EU charger.",
    ),
    homoglyph("r5-salomon", hg("Salomon", "Sa") + " 越野跑鞋 XA PRO 3D 男"),
    # ---------------------------------------------------------------- leetspeak
    leetspeak("r5-oreo", "0re0 Thins Crispy Chocolate Cookies"),
    leetspeak("r5-nerf", "N3rf Rival Blaster Round Balls 100 Pack"),
    leetspeak("r5-salomon", "S4lomon Quest 4 GTX Hiking Boots"),
    leetspeak("r5-black-diamond", "B1ack D1amond Camalot C4 Cam"),
    leetspeak("r5-wrangler", "Wr@ngler Flannel Western Shirt"),
    leetspeak("r5-pilot", "P1lot Acroball Ballpoint Pen 10 Pack"),
    leetspeak("r5-kitchenaid", "K1tchenA1d Hand Blender 5 Speed"),
    leetspeak("r5-stihl", "St1hl FS 55 Brushcutter Petrol"),
    leetspeak(
        "r5-husky",
        "Tool Box Organizer 22 Inch Metal Latches",
        "Hu$ky pro series tool box, red, 4 per carton.",
    ),
    leetspeak("r5-blizzard", "Bl1zzard Overwatch Collectible Figure"),
    leetspeak("r5-ajax", "Aj@x Dishwashing Liquid Lemon 1L"),
    leetspeak("r5-evian", "3vian Spring Water 1.5L Pack of 6"),
    leetspeak(
        "r5-instant-pot",
        "Multicooker 8 Quart Stainless 9 in 1",
        "1nstant P0t Duo Plus, 9 functions, sterilize and yogurt.",
    ),
    leetspeak("r5-oppo", "0PP0 Reno 手机 5G 全网通 官方"),
    # ---------------------------------------------------------------- spacing
    spacing("r5-kitchenaid", "K I T C H E N A I D Pasta Roller Attachment Set"),
    spacing("r5-oppo", "O.P.P.O Find N3 Flip Foldable Phone"),
    spacing("r5-zebra", "Z-E-B-R-A ZD220 Thermal Label Printer"),
    spacing("r5-wd-40", "W_D_4_0 Penetrant Rust Release Spray 300ml"),
    spacing(
        "r5-skf",
        "6001 Sealed Deep Groove Bearing Genuine",
        "S K F original bearings, made in Sweden, 10 pcs per tube.",
    ),
    spacing("r5-salomon", "Sal omon Ultra Glide Running Shoes"),
    spacing("r5-tic-tac", "T i c T a c Orange Mints 100 Pack"),
    spacing("r5-leica", "Le.i.ca M6 Film Camera Body"),
    spacing("r5-nerf", "Ne-rf Fortnite Pump Blaster SG"),
    spacing("r5-pilot", "Pi" + ZW + "lot V5 Hi-Tecpoint Liquid Ink Pen"),
    spacing("r5-steam-deck", "Steam-Deck 256GB Handheld Console LCD"),
    spacing("r5-chow-tai-fook", "周 大 福 黄金 吊坠 足金 生肖"),
    spacing("r5-three-squirrels", "三只 松鼠 碧根果 奶油味 500g"),
    spacing(
        "r5-titan",
        "Diving Watch 200m Automatic Stainless Steel",
        "T-i-t-a-n octane series, box and papers included.",
    ),
    # ---------------------------------------------------------------- misspelling
    misspelling("r5-salomon", "Salamon Speedcross Trail Running Shoes"),
    misspelling("r5-wrangler", "Wrangeler Mens Bootcut Jeans Stonewash"),
    misspelling("r5-kitchenaid", "Kitchen Aide Artisan Stand Mixer 5Qt"),
    misspelling("r5-oreo", "Orio Chocolate Sandwich Biscuits 300g"),
    misspelling(
        "r5-leica",
        "M10 Monochrom Digital Rangefinder Camera",
        "Leika original body, shutter count 2k, strap included.",
    ),
    misspelling("r5-husky", "Huskey 26 Inch Rolling Tool Cabinet"),
    misspelling("r5-zebra", "Zebre GX430t Desktop Label Printer"),
    misspelling(
        "r5-brooks",
        "Ghost Max Cushioned Running Shoe Mens",
        "brookes ghost max, comes with the original box.",
    ),
    misspelling(
        "r5-safeguard",
        "Antibacterial Bar Soap 12 Bars Hotel Pack",
        "Safegaurd pure white, 115g each.",
    ),
    misspelling("r5-celine", "Celin Belt Bag Mini Black Calfskin"),
    misspelling("r5-blizzard", "Blizard Diablo IV Collector Box Figure"),
    misspelling("r5-tic-tac", "Tick Tack Mints Fresh Orange 24 Boxes"),
    misspelling("r5-segway", "Segwey Electric Scooter P65 Long Range"),
    misspelling("r5-instant-pot", "Instapot Duo Crisp Pressure Cooker with Air Fryer Lid"),
    misspelling("r5-feiyue", "飞越 帆布鞋 经典款 白色 低帮 男女"),
    misspelling("r5-want-want", "汪汪 雪饼 仙贝 年货 大礼包"),
    misspelling("r5-chow-tai-fook", "周大富 足金 转运珠 红绳 手链"),
    misspelling("r5-oreo", "奥利澳 夹心饼干 巧克力味 家庭装"),
    misspelling(
        "r5-husky",
        "Rolling Tool Chest 46 Inch 9 Drawer Matte Black",
        "Huskie heavy duty series, soft close drawers, same factory.",
    ),
    misspelling(
        "r5-nyx",
        "Soft Matte Lip Cream Set 12 Shades",
        "Nyks professional makeup soft matte lip cream dupe, exact shades.",
    ),
    # ---------------------------------------------------------------- brand_field
    brand_field("r5-bear", "家用 多功能 电煮锅 宿舍 小功率", "小熊"),
    brand_field("r5-chow-tai-fook", "足金 古法 手镯 实心 传承款", "周大福"),
    brand_field("r5-oxo", "Salad Spinner with Pump Lid Large", "OXO"),
    brand_field("r5-kitchenaid", "Stand Mixer 5.5 Quart Bowl Lift Silver", "KitchenAid"),
    brand_field("r5-goodbaby", "Baby Stroller Lightweight Travel One-Hand Fold", "Goodbaby"),
    brand_field("r5-red-dragonfly", "男士 真皮 休闲鞋 软底 透气", "红蜻蜓"),
    brand_field("r5-safeguard", "Antibacterial Hand Soap Refill 2L", "Safeguard"),
    brand_field("r5-skf", "Tapered Roller Bearing 30205 Industrial", "SKF"),
    brand_field("r5-celine", "Womens Oversized Sunglasses Acetate Black", "Celine"),
    brand_field("r5-instant-pot", "Air Fryer 6 Quart Vortex Digital", "Instant Pot"),
    brand_field("r5-aeg", "Cordless Vacuum Cleaner 18V Stick", "AEG"),
    brand_field("r5-feiyue", "Classic Lace-Up Canvas Sneakers Unisex White", "Feiyue"),
    brand_field("r5-septwolves", "男士 商务 短袖 翻领 T恤", "七匹狼"),
    brand_field("r5-evian", "天然 矿泉水 330ml 24瓶 玻璃瓶", "依云"),
    # ---------------------------------------------------------------- image
    image("r5-bear", "Electric Lunch Box Heater 0.8L Portable"),
    image("r5-septwolves", "Mens Casual Jacket Stand Collar Spring"),
    image("r5-three-squirrels", "零食 大礼包 坚果 混合 年货"),
    image("r5-chow-tai-fook", "黄金 转运珠 足金 红绳 手链 女"),
    image("r5-lotus", "Car Steering Wheel Badge Emblem Metal"),
    image("r5-husky", "Rolling Tool Cabinet 5 Drawer Steel"),
    image("r5-zebra", "Direct Thermal Label Printer 4 Inch USB"),
    image("r5-celine", "Womens Leather Crossbody Bag Mini"),
    image("r5-mac", "Matte Lipstick Long Lasting Red 3g"),
    image("r5-bmw", "Car Key Fob Cover Leather Black"),
    image("r5-leica", "Rangefinder Style Digital Camera Silver"),
    image("r5-nerf", "Foam Dart Toy Blaster 20 Darts Kids"),
    image("r5-oreo", "巧克力 夹心 饼干 家庭装 独立包装"),
    image("r5-steam-deck", "Handheld Game Console 7 Inch 512GB"),
    image("r5-moka-express", "Stovetop Espresso Maker 6 Cup Aluminium"),
    # ---------------------------------------------------------------- mixed
    mixed(
        "r5-husky",
        "Husky Tool Bag with Black Diamond Headlamp Bundle",
        expected=("r5-husky", "r5-black-diamond"),
    ),
    mixed(
        "r5-nerf",
        "N3rf Blaster Skin Sticker for Steam Deck OLED",
        expected=("r5-nerf",),
        without_compat=("r5-nerf", "r5-steam-deck"),
    ),
    mixed(
        "r5-celine",
        "Celine Monogram Leather Strap compatible with Leica Q3",
        expected=("r5-celine",),
        without_compat=("r5-celine", "r5-leica"),
    ),
    mixed(
        "r5-oreo",
        "Oreo Cookie Pattern Phone Case for OPPO Find X7",
        expected=("r5-oreo",),
        without_compat=("r5-oreo", "r5-oppo"),
    ),
    mixed("r5-bear", "小熊 Bear 同款 酸奶机 家用 发酵"),
    mixed("r5-chow-tai-fook", "周大福 Chow Tai F00k 足金 生肖 吊坠"),
    mixed(
        "r5-salomon",
        "Salomon Trail Shoes and Black Diamond Trekking Poles Set",
        expected=("r5-salomon", "r5-black-diamond"),
    ),
    mixed("r5-pilot", "百乐 Pilot 中性笔 G2 同款 0.5 替芯"),
    mixed(
        "r5-wrangler",
        "Outlet Lot Jeans and Running Shoes 50 kg Mixed Sizes",
        "Wrangler jeans and Brooks running shoes, grade A stock.",
        expected=("r5-wrangler", "r5-brooks"),
    ),
    mixed(
        "r5-wd-40",
        "WD-40 and Ajax Garage Cleaning Kit 6 Pieces",
        expected=("r5-wd-40", "r5-ajax"),
    ),
    mixed("r5-mac", "MAC Lipstick with NYX Lip Liner Duo Set", expected=("r5-mac", "r5-nyx")),
    mixed(
        "r5-kitchenaid",
        "K1tchenAid Silicone Spatula Set for Instant Pot",
        expected=("r5-kitchenaid",),
        without_compat=("r5-kitchenaid", "r5-instant-pot"),
    ),
    mixed(
        "r5-bmw",
        "BMW M Sport Emblem Decal for Segway Ninebot Scooter",
        expected=("r5-bmw",),
        without_compat=("r5-bmw", "r5-segway"),
    ),
    mixed(
        "r5-three-squirrels",
        "三只松鼠 奥利奥 联名 零食 礼盒",
        expected=("r5-three-squirrels", "r5-oreo"),
    ),
    mixed("r5-want-want", "Want Want 旺旺 仙贝 大袋 装 520g"),
    mixed(
        "r5-head-shoulders",
        "Head & Shoulders Shampoo with Safeguard Soap Hotel Bundle",
        expected=("r5-head-shoulders", "r5-safeguard"),
    ),
    mixed(
        "r5-leica",
        "Genuine Leather Camera Half Case Brown",
        "Le1ca Q2 half case, 徕卡 logo embossed on the base plate.",
    ),
]

COMPAT: list[L] = [
    compat("r5-kitchenaid", "Replacement Blade for KitchenAid 13 Cup Food Processor"),
    compat("r5-instant-pot", "Silicone Sealing Ring Compatible with Instant Pot 6 Quart"),
    compat("r5-kitchenaid", "Dough Hook Attachment Compatible for KitchenAid Tilt-Head Mixers"),
    compat("r5-steam-deck", "Protective Carrying Case Designed to Fit Steam Deck OLED"),
    compat("r5-steam-deck", "Steam Deck Compatible Docking Station 6 in 1"),
    compat("r5-zebra", "Thermal Labels 4x6 Zebra Compatible 500 per Roll"),
    compat("r5-zebra", "Printhead Works with Zebra GK420t 203dpi"),
    compat("r5-stihl", "Chainsaw Chain Fits STIHL MS170 MS180 16 Inch"),
    compat("r5-leica", "Lens Mount Adapter for Leica M Lenses to Mirrorless Bodies"),
    compat("r5-bmw", "Carbon Fibre Key Fob Cover for BMW 3 Series"),
    compat("r5-bmw", "适用于宝马 X3 脚垫 全包围 防水"),
    compat("r5-bmw", "宝马5系 遮阳挡 前挡 适用"),
    compat(
        "r5-bmw",
        "Universal Key Fob Cover for BMW and Lotus Cars",
        without_compat=("r5-bmw", "r5-lotus"),
    ),
    compat("r5-polaris", "Rear Cargo Rack Fits Polaris Sportsman 570"),
    compat("r5-polaris", "Full Windshield Compatible with Polaris Ranger 1000"),
    compat("r5-lotus", "Lotus Elise Compatible Oil Filter High Flow"),
    compat("r5-oppo", "Phone Case for OPPO Reno 11 Pro Shockproof"),
    compat("r5-oppo", "适用于OPPO Find X7 手机壳 磨砂 防摔"),
    compat("r5-oppo", "OPPO A78 钢化膜 适配 全屏 高清"),
    compat("r5-nerf", "Foam Darts Refill Pack for Nerf N-Strike Elite 100 pcs"),
    compat("r5-nerf", "兼容热火 软弹 子弹 补充装 100发"),
    compat("r5-moka-express", "Replacement Gasket for Bialetti Moka Express 6 Cup"),
    compat("r5-moka-express", "Stainless Funnel Filter for Moka Express 3 Cup"),
    compat("r5-yadea", "适用于雅迪 电动车 电池 72V 20Ah"),
    compat("r5-yadea", "雅迪 电动车 后视镜 适配 一对"),
    compat("r5-segway", "10 Inch Pneumatic Tyre for Segway Ninebot Max G30"),
    compat("r5-segway", "平衡车 充电器 42V 兼容 赛格威"),
    compat("r5-aeg", "Vacuum Cleaner Bags for AEG Vampyr 10 Pack"),
    compat("r5-aeg", "Replacement Battery for AEG 18V Power Tools 5.0Ah"),
    compat("r5-goodbaby", "Stroller Rain Cover Fits Goodbaby Pockit"),
    compat("r5-bear", "适用于小熊 酸奶机 内胆 不锈钢 分杯"),
    compat("r5-bear", "小熊 电炖锅 陶瓷 内胆 替换 1.6L"),
    compat("r5-nongfu-spring", "适用农夫山泉 桶装水 压水器 手压式"),
    compat("r5-pilot", "Ink Refill Cartridges for Pilot Parallel Pen 12 pcs"),
    compat("r5-pilot", "百乐 钢笔 墨囊 适用 替芯 6支"),
    compat("r5-skf", "Deep Groove Ball Bearing 6203 Replacement for SKF"),
    compat("r5-wd-40", "Spray Nozzle Replacement Straw for WD-40 Cans 10 Pack"),
    compat("r5-instant-pot", "Tempered Glass Lid for Instant Pot Duo 8 Qt"),
    compat("r5-kitchenaid", "搅拌桨 适配 KitchenAid 厨师机 不锈钢"),
    compat("r5-salomon", "Replacement Quicklace Kit for Salomon Trail Shoes"),
]

INSIDE_WORD: list[L] = [
    inside("r5-avon", "Savon de Marseille Olive Oil Soap 300g"),
    inside("r5-avon", "Savonnerie Style Wool Area Rug 160x230"),
    inside("r5-evian", "Deviant Skull Graphic Hoodie Streetwear"),
    inside("r5-titan", "Titanium Watch Band 22mm Brushed Quick Release"),
    inside("r5-titan", "Titanic Ship Model Kit 1:700 Scale"),
    inside("r5-titan", "Titanium 钛合金 表带 22mm 快拆"),
    inside("r5-polaris", "Polarised Sunglasses Men UV400 Driving"),
    inside("r5-polaris", "Circular Polarising Filter 67mm Camera Lens"),
    inside("r5-pilot", "Copilot Key Wireless Keyboard Slim"),
    inside("r5-pilot", "Marine Autopilot Remote Control Unit"),
    inside("r5-zebra", "Zebrafish Aquarium Starter Tank 20L"),
    inside("r5-mac", "Macaron Lip Balm Set 6 Flavours"),
    inside("r5-mac", "Pharmacy Weekly Pill Organizer 7 Day"),
    inside("r5-aeg", "Aegean Blue Ceramic Flower Vase"),
    inside("r5-aeg", "Aegis Stainless Steel Vacuum Flask 1L"),
    inside("r5-nyx", "Black Onyx Beaded Bracelet 8mm Men"),
    inside("r5-oxo", "XOXO Letter Foil Balloon Set Valentine"),
    inside("r5-oppo", "Opposites Flash Cards for Toddlers 40 pcs"),
    inside("r5-oppo", "Opportunity Planner Notebook A5 Motivational"),
    inside("r5-oreo", "Ballet Choreography Notation Book"),
    inside("r5-safeguard", "Safeguarding Children Training Manual"),
    inside("r5-bear", "Beard Trimmer Cordless USB Rechargeable"),
    inside("r5-bear", "Bearing Puller Kit 3 Jaw 150mm"),
    inside("r5-bear", "小熊猫 毛绒 玩偶 30cm 公仔"),
    inside("r5-dabao", "超大宝石 戒指 复古 宫廷风 女"),
    inside("r5-goodbaby", "照顾好孩子的视力 护眼 台灯 LED"),
    inside("r5-chow-tai-fook", "每周大福利 清仓 特价 收纳盒"),
    inside("r5-yadea", "优雅迪拜风 水晶 吊灯 客厅"),
    inside("r5-bmw", "八宝马蹄糕 粉 500g 广式 点心"),
    inside("r5-nerf", "加热火锅 自热 麻辣 懒人 速食"),
    inside("r5-avon", "优雅芳香 香薰 精油 扩香 套装"),
    inside("r5-pilot", "百乐门 复古 海报 老上海 装饰画"),
    inside("r5-blizzard", "防风暴雪地靴 加绒 加厚 女款"),
]

GENERIC_WORD: list[L] = [
    generic("r5-bear", "Bear Shaped Silicone Cake Mould 3D"),
    generic("r5-bear", "Bear Paw Silicone Oven Mitts Pair"),
    generic("r5-bear", "小熊 造型 硅胶 蛋糕 模具 烘焙"),
    generic("r5-goodbaby", "好孩子 奖励 贴纸 幼儿园 表扬"),
    generic("r5-goodbaby", "Be a Good Baby Cotton Bib 3 Pack"),
    generic("r5-dabao", "大宝二宝 亲子装 兄弟装 纯棉 短袖"),
    generic("r5-dabao", "大宝 小宝 名字贴 防水 幼儿园 入园"),
    generic("r5-feiyue", "飞跃 黄河 摄影 画册 精装"),
    generic("r5-feiyue", "成绩 飞跃 学习 计划本 学生 自律"),
    generic("r5-want-want", "生意旺旺 春联 门贴 新年 装饰"),
    generic("r5-want-want", "狗年 旺旺 剪纸 窗花 红色"),
    generic("r5-septwolves", "七匹狼 狼群 装饰画 客厅 挂画"),
    generic("r5-septwolves", "狼图腾 七匹狼 图案 纯棉 短袖"),
    generic("r5-red-dragonfly", "红蜻蜓 标本 昆虫 教学 用品"),
    generic("r5-red-dragonfly", "Red Dragonfly Enamel Brooch Pin"),
    generic("r5-three-squirrels", "三只松鼠 木雕 摆件 森林 动物"),
    generic("r5-three-squirrels", "Three Squirrels Resin Garden Statue"),
    generic("r5-lotus", "Lotus Flower Silicone Candle Mould"),
    generic("r5-lotus", "Lotus Seed Paste Mooncake 4 Pieces"),
    generic("r5-lotus", "Lotus Flower Car Air Freshener Vent Clip"),
    generic("r5-lotus", "Lotus 莲花 图案 刺绣 抱枕套"),
    generic("r5-avon", "River Avon Watercolour Art Print A4"),
    generic("r5-avon", "Stratford-upon-Avon Lavender Soap Souvenir"),
    generic("r5-ajax", "AJAX and jQuery Web Development Book"),
    generic("r5-ajax", "Ajax and Achilles Greek Vase Replica"),
    generic("r5-titan", "Saturn Moon Titan Space Poster"),
    generic("r5-titan", "Greek Titan Atlas Holding Globe Statue"),
    generic("r5-orion", "Orion Constellation Star Map Print"),
    generic("r5-orion", "Orion Belt Star Cookie Cutter Set"),
    generic("r5-polaris", "Polaris North Star Pendant Necklace"),
    generic("r5-polaris", "Polaris Star Nautical Wall Clock"),
    generic("r5-husky", "Siberian Husky Dog Plush 30cm"),
    generic("r5-husky", "Husky Dog Print Canvas Tool Bag"),
    generic("r5-blizzard", "Snowy Blizzard Landscape Gaming Mouse Pad XXL"),
    generic("r5-blizzard", "暴雪 天气 加厚 防寒 棉服"),
    generic("r5-blizzard", "暴雪 预警 应急 手摇 收音机"),
    generic("r5-black-diamond", "Black Diamond Stud Earrings 925 Silver"),
    generic("r5-black-diamond", "Black Diamond Ski Run Sign Chalet Decor"),
    generic("r5-pilot", "Pilot Aviator Sunglasses Gold Frame"),
    generic("r5-pilot", "Student Pilot Logbook Hardcover Notebook"),
    generic("r5-wrangler", "Cowboy Horse Wrangler Halloween Costume Kids"),
    generic("r5-wrangler", "Data Wrangler Funny Coffee Mug"),
    generic("r5-zebra", "Zebra Print Bed Sheet Set Queen"),
    generic("r5-zebra", "Zebra Stripe Label Sticker Roll 500"),
    generic("r5-brooks", "Babbling Brooks Nature Sounds Sleep Machine"),
    generic("r5-safeguard", "Child Safeguard Cabinet Locks 10 Pack"),
    generic("r5-safeguard", "Hand Sanitizer Gel 500ml Safeguard Your Family"),
    generic("r5-head-shoulders", "Head and Shoulders Knees and Toes Kids Flashcards"),
    generic("r5-head-shoulders", "Electric Head and Shoulders Massager Shiatsu"),
    generic("r5-celine", "Personalized Name Necklace Celine Gold Plated"),
    generic("r5-celine", "Celine Dion Greatest Hits Vinyl Record"),
    generic("r5-mac", "Mac and Cheese Seasoning Powder 200g"),
    generic("r5-mac", "Waterproof Mac Raincoat Womens Trench"),
    generic("r5-nyx", "Nyx Goddess of Night Resin Statue"),
    generic("r5-bmw", "宝马良驹 铜马 摆件 办公室"),
    generic("r5-bmw", "香车宝马 书法 字画 卷轴"),
    generic("r5-nerf", "热火朝天 劳动 标语 墙贴"),
    generic("r5-tic-tac", "Wooden Tic Tac Toe Board Game"),
    generic("r5-tic-tac", "Chocolate Tic Tac Toe Game Gift Box"),
]

COMMON_WORD: list[L] = [
    common("r5-evian", "Avian Bird Water Bottle Dispenser for Cages"),
    common("r5-ajax", "Door Ajar Alarm Sensor Wireless"),
    common("r5-titan", "Titian Red Hair Dye Permanent"),
    common("r5-orion", "Onion Rings Snack 100g Sour Cream"),
    common("r5-husky", "Dried Corn Husk Tamale Wrappers 500g"),
    common("r5-blizzard", "Leopard Gecko Lizard Terrarium Heat Lamp"),
    common("r5-pilot", "Pivot Door Hinge Heavy Duty"),
    common("r5-brooks", "Corn Brooms Heavy Duty 2 Pack"),
    common("r5-celine", "Feline Print Canvas Tote Bag"),
    common("r5-salomon", "Smoked Salmon Fillet 200g Vacuum Pack"),
    common("r5-salomon", "Salmon Fly Fishing Chest Waders"),
    common("r5-salomon", "Solomon Islands Travel Map Folded"),
    common("r5-mac", "MAX Volume Waterproof Mascara Black"),
    common("r5-mac", "MAX 加大 容量 卸妆 棉 200片"),
    common("r5-aeg", "Peg Board Wall Organizer Kit"),
    common("r5-nyx", "NYC Skyline Souvenir Mug"),
    common("r5-skf", "SKU Barcode Labels 1000 pcs Removable"),
    common("r5-bmw", "BMX Freestyle Bike 20 Inch"),
    common("r5-oppo", "Oppa Korean Style Oversized Hoodie"),
    common("r5-stihl", "Still Life Oil Painting Fruit Bowl"),
    common("r5-nerf", "Nerd Glasses Costume Party 6 pcs"),
    common("r5-oreo", "Orzo Pasta 500g Durum Wheat"),
    common("r5-tic-tac", "Tick Tock Silent Wall Clock 30cm"),
    common("r5-instant-pot", "Instant Hot Water Dispenser 2.5L"),
    common("r5-kitchenaid", "Kitchen Maid Apron with Pockets"),
    common("r5-bear", "Pear Slicer Stainless Corer"),
    common("r5-goodbaby", "坏孩子的天空 电影 海报 复古"),
    common("r5-dabao", "大包装 洗衣粉 5kg 家庭装"),
    common("r5-dabao", "大包装 保湿 面霜 500g 院线"),
    common("r5-feiyue", "飞越 太平洋 航模 滑翔机"),
    common("r5-want-want", "汪汪 叫 电动 狗狗 玩具"),
    common("r5-septwolves", "一匹狼 狼头 车贴 反光"),
    common("r5-red-dragonfly", "蓝蜻蜓 胸针 合金 滴油"),
    common("r5-three-squirrels", "一只松鼠 树脂 摆件"),
    common("r5-nongfu-spring", "农家山泉 泡茶 专用 水 桶装"),
    common("r5-yadea", "雅典娜 女神 雕像 摆件"),
    common("r5-bmw", "白马 摆件 陶瓷 招财"),
    common("r5-avon", "芬芳 香薰 精油 薰衣草"),
    common("r5-bear", "小鹿 造型 加湿器 卧室 静音"),
]

CLEAN: list[L] = [
    clean("Stainless Steel Insulated Water Bottle 750ml"),
    clean("Womens High Waist Yoga Leggings Squat Proof"),
    clean("Bluetooth 5.3 Wireless Earbuds with Charging Case"),
    clean("Cordless Drill Driver 20V with 2 Batteries"),
    clean("Bamboo Cutting Board Set of 3"),
    clean("Mens Slim Fit Oxford Dress Shirt Long Sleeve"),
    clean("LED Desk Lamp Dimmable USB Charging Port"),
    clean("Ceramic Coffee Mug 350ml Matte Glaze"),
    clean("Kids Building Blocks 500 Pieces Classic Set"),
    clean("Portable Power Bank 20000mAh PD 22.5W"),
    clean("Leather Wallet RFID Blocking Bifold"),
    clean("Waterproof Hiking Backpack 40L"),
    clean("Gel Pen Set 24 Colours Fine Tip"),
    clean("Stainless Steel Garlic Press"),
    clean("Car Phone Holder Dashboard Magnetic"),
    clean("Cotton Crew Socks 10 Pairs Assorted"),
    clean("Electric Kettle 1.7L Glass Blue LED"),
    clean("Mechanical Keyboard 87 Keys Hot Swap"),
    clean("Adjustable Dumbbell Set 24kg"),
    clean("Vitamin C Brightening Face Serum 30ml"),
    clean("Wooden Puzzle Toy Shape Sorter Toddler"),
    clean("Outdoor Solar Garden Lights 8 Pack"),
    clean(
        "Unisex Canvas Low Top Sneakers",
        "Vulcanised rubber sole, cotton upper, sizes 35-45, own factory.",
        "Sunmoon",
    ),
    clean(
        "Trail Running Shoes Mens Lightweight", "Own brand, breathable mesh, MOQ 100 pairs.", "OEM"
    ),
    clean("Gold Plated Hoop Earrings 925 Sterling"),
    clean("不锈钢 保温杯 500ml 商务 男士"),
    clean("加厚 羽绒服 女 中长款 冬季"),
    clean("儿童 积木 拼装 益智 玩具 500粒"),
    clean("家用 电热水壶 1.5L 304 不锈钢"),
    clean("纯棉 四件套 床单 被套 简约", "", "Homelike"),
    clean("男士 商务 皮带 自动扣 真皮"),
    clean("手机 支架 桌面 懒人 可折叠"),
    clean("无线 充电宝 20000毫安 快充"),
    clean("零食 坚果 混合 每日 小包装 30袋"),
    clean("足金 耳钉 女 简约 小巧", "", "无品牌"),
    clean("帆布鞋 女 低帮 白色 百搭 学生"),
    clean("洗发水 去屑 止痒 控油 750ml"),
    clean("电动车 头盔 四季 通用 男女"),
    clean("桶装水 饮水机 家用 立式 冷热"),
    clean("中性笔 0.5mm 黑色 学生 考试 50支"),
    clean("户外 登山杖 碳素 超轻 伸缩", "", "Trailmate"),
    clean("酸奶机 家用 全自动 小型 发酵", "", "OEM"),
    clean("厨房 置物架 多层 落地 不锈钢"),
    clean("USB 数据线 快充 1米 编织"),
    clean("Type-C 快充 数据线 编织 2米 工厂 直销"),
    clean("LED 露营灯 充电 户外 帐篷 灯 IPX4"),
]
