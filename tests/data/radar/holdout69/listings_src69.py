"""The hand-written listings of the sixty-ninth held-out corpus (snacks, sweets and drinks).

Every listing is written by hand. ``hg()`` spells the named letters as Cyrillic look-alikes,
``fw()`` spells a text in full-width forms and ``ZW`` is a zero-width space; nothing else is
generated. Borderline label calls are commented where they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

ZW = "\u200b"
_LOOK_ALIKE = {
    "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у",
    "s": "ѕ", "j": "ј", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К",
    "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
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


def P(case, group, title, description="", brand="", expected=None, without=None):
    """A positive listing (its group is expected unless ``expected`` says more)."""
    return Entry(case, group, title, description, brand, False, expected, without)


def I(group, title, description=""):  # noqa: E743
    """An ``image`` listing: a copy of the group's reference picture, clean text."""
    return Entry("image", group, title, description, "", True)


def N(case, group, title, description="", brand="", without=None):
    """A near-miss or compatibility listing (nothing expected by default)."""
    return Entry(case, group, title, description, brand, False, None, without)


def C(title, description="", brand=""):
    """A clean listing."""
    return Entry("clean", "", title, description, brand)


ALL: list[Entry] = []

# --- Chinese marks (Latin name as alias) --------------------------------------------------
L = "r69-laoshan"
ALL += [
    P("alias", L, "Laoshan Natural Mineral Water 600ml x 24 Bottles Wholesale"),
    P("case_width", L, f"{fw('LAOSHAN')} Cola Herbal Soft Drink 330ml Can"),
    P("homoglyph", L, f"{hg('Laoshan', 'ao')} Sparkling Water 500ml Case of 24"),
    P("spacing", L, "崂 山 白花蛇草水 600ml*24瓶 整箱"),
    # 劳山: a homophone of 崂山 on its own herbal sparkling water.
    P("misspelling", L, "劳山 白花蛇草水 同款 气泡饮料 600ml"),
    P("brand_field", L, "白花蛇草水 气泡饮料 600ml*24瓶", brand="崂山"),
    I(L, "Herbal Sparkling Water 600ml Bottle Case of 24"),
    # The mountain and its green tea: the place, not the water's maker.
    N("generic_word", L, "崂山风景区 明信片 套装 12张 旅游纪念品"),
    N("generic_word", L, "崂山绿茶 2025新茶 豆香 250g 罐装"),
    N("generic_word", L, "Laoshan Mountain Qingdao Travel Poster Vintage Print"),
    N("compat", L, "适用于崂山矿泉水桶 手压式 压水器 饮水泵"),
    P("exact", L, "天然矿泉水 玻璃瓶 330ml 12瓶 礼盒", "崂山 原装 正品 青岛发货"),
]
L = "r69-jianlibao"
ALL += [
    P("alias", L, "Jianlibao Orange Honey Sports Drink 330ml Can"),
    P("accent", L, "Jiànlìbǎo Orange Honey Soda Classic Can 24 Pack"),
    P("misspelling", L, "橙蜜味 运动饮料 怀旧罐 24罐", "健利宝 经典配方"),
    P(
        "alias",
        L,
        "Retro Orange Honey Sports Drink 330ml Can",
        "Jianlibao classic formula, 24 cans a carton.",
    ),
    N("compat", L, "Can Cooler Sleeve fits Jianlibao 330ml Slim Cans Neoprene"),
    N("common_word", L, "健力 哑铃 可调节 20kg 家用"),
]
L = "r69-kuaikuai"
ALL += [
    P("alias", L, "Kuai Kuai Corn Puffs Coconut Flavor 52g Taiwan Snack"),
    P("spacing", L, "K-u-a-i K-u-a-i Corn Snack Green Pack Server Room Lucky Charm"),
    P("case_width", L, "kUaI kUaI Corn Puffs Green Bag 12 Pack"),
    I(L, "Coconut Corn Puff Snack Green Bag 52g Server Room Lucky Charm"),
    P("brand_field", L, "椰子口味 玉米脆条 52g*12包 台湾进口", brand="乖乖"),
    # 乖乖 as an endearment, on goods far from snacks.
    N("generic_word", L, "乖乖宝贝 婴儿连体衣 纯棉 新生儿"),
    N("generic_word", L, "乖乖熊 毛绒玩具 30cm 抱枕"),
    N("common_word", L, "乖巧 狗狗 摆件 树脂 桌面装饰"),
    P(
        "chinese",
        L,
        "Green Coconut Corn Puffs 52g Taiwan Snack",
        "台湾 乖乖 原装进口, 绿色包装, 机房必备.",
    ),
]
L = "r69-ganten"
ALL += [
    P("alias", L, "Ganten Purified Drinking Water 560ml x 24"),
    P("homoglyph", L, f"{hg('Ganten', 'ae')} Drinking Water 4.5L Bottle x 4"),
    P("brand_field", L, "饮用纯净水 4.5L*4桶 家庭装", brand="景田"),
    N("compat", L, "适配景田桶装水 18.9L 饮水机 水桶 提手"),
    N("compat", L, "景田 4.5L 兼容 桶装水 取水器 电动 充电"),
    # 风景|田园 and 山景|田园: the mark across a word boundary.
    N("inside_word", L, "风景田园 风格 壁纸 客厅 卧室 无缝墙布"),
    N("inside_word", L, "山景田园 油画 手绘 客厅 装饰画 60x90"),
    N("common_word", L, "Canteen Water Bottle 1L Military Style with Cup"),
    P("exact", L, "饮用天然泉水 380ml 24瓶 小瓶装", "景田 官方 授权 经销 深圳发货"),
]
L = "r69-jdb"
ALL += [
    P("alias", L, "JDB Chinese Herbal Tea Drink 310ml Red Can x 24"),
    P("spacing", L, "J.D.B Herbal Tea Drink 310ml Red Can Wholesale"),
    P("misspelling", L, "加多保 凉茶 红罐 310ml 24罐"),
    P("brand_field", L, "红罐凉茶 植物饮料 310ml 24罐", brand="加多宝"),
    P(
        "alias",
        L,
        "Chinese Herbal Tea Drink Red Can 310ml",
        "Genuine JDB herbal tea, Guangdong recipe.",
    ),
    # 加|多宝鱼: "one more turbot"; the mark across a word boundary.
    N("inside_word", L, "鲜活多宝鱼 大菱鲆 满两斤 加多宝鱼一条 冷链"),
    N("common_word", L, "JDM Style Sticker Car Decal Vinyl 10 Pack"),
    N("compat", L, "Can Holder Ring for JDB 310ml Herbal Tea Cans 6 Pack"),
]
L = "r69-yake"
ALL += [
    P("alias", L, "Yake V9 Vitamin Hard Candy Fruit Flavour 500g"),
    P("misspelling", L, "雅可 V9 维生素糖 夹心 500g 喜糖"),
    P("brand_field", L, "维生素夹心糖 水果味 500g 婚庆喜糖", brand="雅客"),
    P("exact", L, "婚庆喜糖 水果夹心硬糖 500g 散装", "雅客 正品 厂家直供"),
    N("inside_word", L, "优雅客厅 北欧 地毯 200x300 短绒"),
    N("inside_word", L, "高雅客房 酒店 床品四件套 白色 贡缎"),
    N("common_word", L, "Yak Wool Knitted Scarf Tibet Soft Warm"),
]
L = "r69-weichuan"
ALL += [
    P("spacing", L, "W e i - C h u a n Orange Juice 300ml x 12"),
    P("case_width", L, "WEI-CHUAN Pork Floss 200g Taiwan Breakfast"),
    # 口味|全 and 美味|全家福: the mark across a word boundary.
    N("inside_word", L, "口味全 多规格 零食大礼包 混装 1kg"),
    N("inside_word", L, "美味全家福 火锅料 丸子 套餐 2kg"),
    P("exact", L, "冷藏 纯果汁 苹果汁 300ml 12瓶", "味全 每日C 正品 冷链发货"),
]
L = "r69-hungfooktong"
ALL += [
    P("misspelling", L, "洪福堂 五花茶 凉茶饮料 500ml*12"),
    P("accent", L, "Hùng Fook Tong Five Flower Tea Drink 500ml"),
    # A hall name carved on a plaque: the words, not the drink maker.
    N("generic_word", L, "鸿福堂 牌匾 实木 雕刻 定制 中堂"),
    N("common_word", L, "鸿福齐天 字画 客厅 挂画 书法"),
    P("exact", L, "Five Flower Herbal Tea 500ml x 12 Hong Kong", "鸿福堂 原装 五花茶"),
]
L = "r69-tianfu-cola"
ALL += [
    P("alias", L, "Tianfu Cola Chinese Herbal Cola 330ml Can"),
    P("spacing", L, "天府 可乐 国潮 玻璃瓶 汽水 330ml*12"),
    P("brand_field", L, "中式草本可乐 玻璃瓶 怀旧汽水 12瓶", brand="天府可乐"),
    # 四川天府|可乐鸡翅: a Sichuan cola-chicken seasoning, the mark across a word boundary.
    N("inside_word", L, "四川天府可乐鸡翅 调料包 家用 3袋"),
    N("generic_word", L, "天府之国 四川 地图 挂画 复古"),
]
L = "r69-wugudaochang"
ALL += [
    P("exact", L, "五谷道场 非油炸方便面 红烧牛肉面 5连包"),
    P("alias", L, "Wugudaochang Non-Fried Instant Noodles Beef 5 Pack"),
    P("misspelling", L, "五谷稻场 非油炸 方便面 番茄牛腩 5袋"),
    P("exact", L, "Non-Fried Instant Noodles Braised Beef Flavour 5 Pack", "五谷道场 原装 正品"),
    N("common_word", L, "五谷杂粮 礼盒 2.5kg 年货"),
]
L = "r69-jinmailang"
ALL += [
    P("alias", L, "Jinmailang Instant Noodles Spicy Beef 12 Cups"),
    P("misspelling", L, "金麦郎 弹面 方便面 五连包 红烧"),
    I(L, "Spicy Beef Instant Noodle Cup 12 Pack Dorm Snack"),
    P("brand_field", L, "凉白开 熟水 550ml*24瓶 整箱", brand="今麦郎"),
    P("homoglyph", L, f"{hg('Jinmailang', 'ia')} Instant Noodles Box of 24"),
    N("compat", L, "泡面碗 带盖 适用今麦郎 桶面 宿舍 4只"),
    N("common_word", L, "金麦穗 干花 花束 客厅 装饰"),
]
L = "r69-zhangjunya"
ALL += [
    P("exact", L, "张君雅小妹妹 点心面 日式串烧味 80g*5"),
    P("alias", L, "Zhang Junya Crispy Noodle Snack Balls Japanese BBQ"),
    P("misspelling", L, "张君亚 小妹妹 点心面 捏碎面 5包"),
    # A sample name on children's name labels: a person's name, not the snack.
    N("generic_word", L, "姓名贴 定制 张君雅 幼儿园 防水 名字贴 120枚"),
    P("exact", L, "台湾 点心面 捏碎面 串烧味 80g*5包", "张君雅 小妹妹 原装进口"),
]

# --- Latin marks with a Chinese name -----------------------------------------------------
L = "r69-fanta"
ALL += [
    P("chinese", L, "芬达 橙味汽水 330ml*24罐 整箱"),
    P("case_width", L, "fAnTa Pineapple Soda 355ml Can Import"),
    P(
        "accent",
        L,
        "Strawberry Soda 330ml Can Japan Import",
        "Fantá strawberry, limited Japan edition.",
    ),
    P("homoglyph", L, f"{hg('Fanta', 'a')} Exotic Soda 500ml Bottle x 12"),
    P("leetspeak", L, "F4nta Orange Soda Wholesale 2L Bottles"),
    P("spacing", L, "F A N T A Melon Cream Soda 1.5L Bottle"),
    P("misspelling", L, "Fanda Orange Soda 330ml Can Bulk Pallet"),
    I(L, "Orange Soda Can 330ml Tray of 24"),
    N("inside_word", L, "Fantasy Novel Bookmark Set Metal Tassel 6 Pcs"),
    N("inside_word", L, "Fantastic Four Action Figure Set 6 Inch"),
    N("common_word", L, "Santa Claus Christmas Tree Ornament Resin"),
    N("compat", L, "Can Cooler Sleeve fits Fanta 330ml Cans Neoprene 4 Pack"),
    N("compat", L, "适用于芬达 330ml 易拉罐 拉环 开罐器 2只"),
    P("chinese", L, "橙味汽水 500ml*12瓶 碳酸饮料", "芬达 正品 整箱 全国包邮"),
    P(
        "mixed",
        L,
        "F4nta & Mtn D3w Soda Variety Pack 24 Cans",
        expected=("r69-fanta", "r69-mountain-dew"),
    ),
]
L = "r69-mountain-dew"
ALL += [
    P("alias", L, "Mtn Dew Code Red 355ml Can 12 Pack"),
    P("chinese", L, "激浪 柠檬味 汽水 500ml*15瓶 整箱"),
    P("case_width", L, f"{fw('Mountain Dew')} Baja Blast Soda 591ml"),
    P(
        "leetspeak",
        L,
        "Voltage Citrus Soda 12oz Cans x 24",
        "Mtn D3w Voltage, blue raspberry citrus.",
    ),
    P("misspelling", L, "Mountian Dew Citrus Soda 2L Bottle"),
    I(L, "Citrus Soda 500ml Green Bottle 24 Pack"),
    # "mountain dew" as the words, in a landscape print; 激浪 as surf.
    N("generic_word", L, "Morning Mountain Dew Landscape Canvas Print 60x90cm"),
    N("generic_word", L, "激浪 冲浪板 短板 6尺 初学者"),
    N("compat", L, "Gaming Can Holder designed to fit Mountain Dew 16oz Cans"),
    P(
        "alias",
        L,
        "Citrus Soda Game Fuel 16oz Cans x 12",
        "Mtn Dew Game Fuel, charged cherry burst.",
    ),
]
L = "r69-gatorade"
ALL += [
    P("chinese", L, "佳得乐 运动饮料 橙味 600ml*15瓶"),
    P("misspelling", L, "Gaterade Sports Drink Powder 1kg Tub Orange"),
    P(
        "leetspeak",
        L,
        "Zero Sugar Sports Drink Glacier Freeze 28oz",
        "G@torade Zero, glacier freeze flavour.",
    ),
    P("accent", L, "Gatorâde Electrolyte Powder Sticks 20 Count"),
    P("brand_field", L, "Electrolyte Sports Drink Powder Orange 1kg Tub", brand="Gatorade"),
    N("compat", L, "Gatorade Gx compatible Squeeze Bottle 30oz Leak Proof"),
    N("compat", L, "Replacement Lid for Gatorade Gx Bottle 2 Pack"),
    N("compat", L, "运动水壶 吸管盖 替换 佳得乐 Gx 水瓶"),
    N("common_word", L, "Gator Grip Universal Socket Wrench 7-19mm"),
    P("exact", L, "Sports Drink Fruit Punch 591ml x 24", "Gatorade thirst quencher, US import."),
]
L = "r69-morinaga"
ALL += [
    P("alias", L, "Hi-Chew Fruit Chews Strawberry Stick x 10"),
    P("chinese", L, "森永 嗨啾 水果软糖 草莓味 12粒*10条"),
    P("spacing", L, "Hi_Chew Mango Chewy Candy Bag 100g"),
    P("case_width", L, "hI-cHeW Sour Mix Fruit Candy 100g Bag"),
    P("homoglyph", L, f"{hg('Morinaga', 'oa')} Milk Caramel 12 Pieces"),
    # A person surnamed 森永 (an economist's book): the name, not the confectioner.
    N("generic_word", L, "森永卓郎 经济学 书籍 中文版 平装"),
    P(
        "alias",
        L,
        "Japanese Fruit Chews Assorted 30 Pieces Bag",
        "Hi-Chew assorted, made in Japan.",
    ),
    P("chinese", L, "日本进口 牛奶糖 12粒 盒装", "森永 正品 保税发货"),
]
L = "r69-indomie"
ALL += [
    P("chinese", L, "营多 捞面 印尼炒面 80g*10包"),
    P("misspelling", L, "Indomi Mi Goreng Instant Noodles Bulk 40 Packs"),
    P("homoglyph", L, f"{hg('Indomie', 'oe')} Mi Goreng Hot & Spicy 5 Pack"),
    P(
        "leetspeak",
        L,
        "Mi Goreng Rendang Fried Noodles 85g x 30",
        "Ind0mie rendang flavour, halal.",
    ),
    I(L, "Fried Instant Noodles Original Flavour 40 Pack Carton"),
    I(L, "印尼 炒面 原味 80g 40包 整箱"),
    N("inside_word", L, "经营多年 老店 手工 腊肠 500g 广式"),
    N("compat", L, "Noodle Cooker Pot works with Indomie Packs 1.2L Electric"),
    P(
        "exact",
        L,
        "Mi Goreng Fried Noodles Original 40 x 85g",
        "Indomie original, made in Indonesia.",
    ),
]
L = "r69-ottogi"
ALL += [
    P("chinese", L, "不倒翁 真拉面 辣味 韩国进口 120g*5"),
    P("case_width", L, f"{fw('OTTOGI')} Sesame Ramen 115g x 4"),
    P(
        "spacing",
        L,
        "Jin Jjambbong Spicy Seafood Noodle Bowl 12 Pack",
        "O.t.t.o.g.i jjambbong, Korea.",
    ),
    P("misspelling", L, "Otogi Jin Ramen Mild 5 Pack Korean"),
    I(L, "Korean Spicy Ramen 120g Multipack 5 Bags"),
    # The roly-poly toy.
    N("generic_word", L, "不倒翁 儿童玩具 大号 充气 拳击 沙包"),
    N("generic_word", L, "不倒翁 摆件 招财猫 陶瓷 桌面"),
    N("compat", L, "Ramen Pot Lid compatible for Ottogi Cup Noodles 4 Pcs"),
    P("chinese", L, "Korean Curry Powder Mild 1kg", "不倒翁 咖喱粉 韩国原装"),
]
L = "r69-paldo"
ALL += [
    P("brand_field", L, "Korean Spicy Cold Mixed Noodles 5 Pack", brand="Paldo"),
    P("leetspeak", L, "P@ldo Dosirak Cup Noodle 86g x 24"),
    N("inside_word", L, "胡说八道 搞笑 表情包 抱枕 40cm"),
    N("common_word", L, "Palo Santo Wood Sticks 100g Natural Incense"),
    P("chinese", L, "Korean Cold Mixed Noodles Spicy 130g x 20", "八道 拌面 正品 进口"),
]
L = "r69-ito-en"
ALL += [
    P("exact", L, "Ito En Oi Ocha Green Tea Unsweetened 500ml x 24"),
    P("chinese", L, "伊藤园 绿茶 无糖 500ml*24瓶 日本"),
    P("accent", L, "Itô En Jasmine Green Tea 16.9oz Bottles 12 Pack"),
    N("common_word", L, "伊藤润二 漫画 全集 中文版 精装"),
    P(
        "exact",
        L,
        "Unsweetened Japanese Green Tea 500ml PET x 24",
        "Ito En Oi Ocha, Japanese import.",
    ),
]
L = "r69-dilmah"
ALL += [
    P("chinese", L, "迪尔玛 锡兰红茶 100包 斯里兰卡"),
    P(
        "homoglyph",
        L,
        "Earl Grey Tea Bags 50 Count Ceylon",
        f"{hg('Dilmah', 'ia')} earl grey, single origin.",
    ),
    P("spacing", L, "D i l m a h English Breakfast Tea 100 Bags"),
    P("misspelling", L, "Dilma Ceylon Black Tea Loose Leaf 250g"),
    N("common_word", L, "Dilma Rousseff Biography Hardcover English Edition"),
    N("compat", L, "Bamboo Tea Bag Caddy fits Dilmah 100 Count Box"),
]
L = "r69-tropicana"
ALL += [
    P("chinese", L, "纯果乐 果缤纷 橙汁 450ml*15瓶"),
    P("case_width", L, f"{fw('tropicana')} Apple Juice 1L Carton"),
    P("leetspeak", L, "Tr0picana Orange Juice No Pulp 52oz"),
    I(L, "100% Orange Juice No Pulp 1.5L Carton"),
    # A hybrid tea rose and a casino: others sharing the word.
    N("generic_word", L, "Tropicana Rose Bush Live Plant Orange Hybrid Tea Rose"),
    N("generic_word", L, "Tropicana Las Vegas Vintage Casino Chip Souvenir"),
    N("common_word", L, "Tropical Fruit Juice Concentrate 5L Bag in Box"),
    N("compat", L, "Juice Carton Spout works with Tropicana 52oz Cartons"),
    P("chinese", L, "NFC 橙汁 冷藏 1L*6瓶", "纯果乐 正品 冷链配送"),
]
L = "r69-cadbury"
ALL += [
    P("exact", L, "Cadbury Dairy Milk Chocolate Bar 110g x 12"),
    P("alias", L, "Dairy Milk Fruit & Nut Chocolate Block 180g"),
    P("accent", L, "Caramelised White Chocolate Bar 80g", "Cadbüry Caramilk, UK import."),
    P("homoglyph", L, f"{hg('Cadbury', 'Ca')} Mini Eggs 80g Bag Easter"),
    P("leetspeak", L, "C4dbury Creme Egg 5 Pack"),
    P("brand_field", L, "Milk Chocolate Buttons 119g Sharing Bag", brand="Cadbury"),
    I(L, "Milk Chocolate Bar 110g Purple Wrapper Box of 12"),
    # "dairy milk" as the words: milk from a dairy.
    N("generic_word", L, "Fresh Dairy Milk 1L UHT Full Cream Carton x 12"),
    N("generic_word", L, "A2 Dairy Milk Powder 900g Tin Full Cream"),
    P("exact", L, "Milk Chocolate Bar 45g x 48 Purple Wrapper", "Cadbury Dairy Milk, UK import."),
    P(
        "mixed",
        L,
        "Cadbury Dairy Milk & Maltesers Gift Hamper Box",
        expected=("r69-cadbury", "r69-maltesers"),
    ),
    P("mixed", L, "吉百利 C4dbury 同款 牛奶巧克力 礼盒"),
]
L = "r69-maltesers"
ALL += [
    P("chinese", L, "麦提莎 脆心巧克力球 桶装 520g"),
    P("misspelling", L, "Malteasers Milk Chocolate Box 310g"),
    P("leetspeak", L, "Malt Chocolate Teasers Bar 35g x 24", "M@ltesers Teasers bars."),
    P("spacing", L, "M-a-l-t-e-s-e-r-s Bunny Chocolate Easter Pack"),
    N("common_word", L, "Maltese Puppy Plush Toy 25cm White"),
    N("common_word", L, "Maltese Cross Pendant 925 Sterling Silver"),
    P("exact", L, "Crunchy Honeycomb Malt Chocolate Balls 135g", "Maltesers original from the UK."),
]
L = "r69-khong-guan"
ALL += [
    P("chinese", L, "康元 什锦饼干 铁罐 礼盒 1.6kg"),
    P("spacing", L, "K h o n g G u a n Cream Crackers 400g"),
    P("case_width", L, "Marie Biscuits 300g Tea Time", f"{fw('khong guan')} marie biscuits."),
    N("inside_word", L, "健康元素 营养 早餐 麦片 1kg 罐装"),
    N("compat", L, "Biscuit Tin Insert Tray fits Khong Guan 1.6kg Tin"),
    P(
        "exact",
        L,
        "Assorted Biscuits Red Tin Gift 1.6kg",
        "Khong Guan original assorted, Singapore.",
    ),
]
L = "r69-fujiya"
ALL += [
    P("leetspeak", L, "Fuj1ya Peko Lollipop Milky Flavour 30 Pcs"),
    P("homoglyph", L, f"{hg('Fujiya', 'ia')} Country Ma'am Cookies 18 Pieces"),
    N("common_word", L, "Fujian Tieguanyin Oolong Tea 250g Tin"),
    P("chinese", L, "牛奶味 软糖 卡通 罐装 120g", "不二家 牛奶糖 日本原装"),
]

# --- Latin marks that are everyday words, names or places --------------------------------
L = "r69-bourbon"
ALL += [
    P("exact", L, "Bourbon Alfort Mini Chocolate Biscuits 12 Pieces"),
    P("chinese", L, "波路梦 帆船巧克力饼干 日本 12枚"),
    P("misspelling", L, "Burbon Petit Biscuits Japan 14 Pack"),
    P("accent", L, "Lumonde Wafer Biscuits 12 Pieces Japan", "Boürbon lumonde wafer."),
    P("brand_field", L, "Petit Cookie Assortment 14 Mini Packs Japan", brand="Bourbon"),
    I(L, "Japanese Chocolate Biscuit Sailing Ship Mini 12 Pieces"),
    # Whiskey, vanilla and the British biscuit type: the word, not the Japanese maker.
    N("generic_word", L, "Bourbon Barrel Oak Wood Chips for Smoking 1kg"),
    N("generic_word", L, "Bourbon Vanilla Beans Madagascar Grade A 10 Pods"),
    N("generic_word", L, "Chocolate Bourbon Cream Biscuits 400g Own Label"),
    N("compat", L, "Snack Organizer Tray designed to fit Bourbon Alfort Boxes"),
    P(
        "exact",
        L,
        "Japanese Wafer Biscuits Assorted Gift Box 60 Pieces",
        "Bourbon assorted gift box.",
    ),
]
L = "r69-planters"
ALL += [
    P("exact", L, "Planters Dry Roasted Peanuts 16oz Jar"),
    P("chinese", L, "绅士 花生 蜂蜜烤 罐装 350g 美国"),
    P("leetspeak", L, "Pl@nters Deluxe Mixed Nuts 15.25oz Can"),
    P("case_width", L, "Cashew Halves & Pieces 8oz Canister", "pLaNtErS cashews, lightly salted."),
    I(L, "Honey Roasted Peanuts Jar 12oz"),
    # Pots for plants; 绅士 is a gentleman.
    N("generic_word", L, "Ceramic Planters for Indoor Plants Set of 3"),
    N("generic_word", L, "Hanging Planters Macrame Cotton 4 Pack"),
    N("generic_word", L, "绅士 领结 男士 婚礼 黑色 真丝"),
    N("common_word", L, "Plantar Fasciitis Insoles Arch Support Pair"),
    N("compat", L, "Replacement Lid for Planters 16oz Peanut Jar 3 Pack"),
    P(
        "mixed",
        L,
        "Pl4nters Peanuts & Blue Diamond Almonds Snack Gift Box",
        expected=("r69-planters", "r69-blue-diamond"),
    ),
    P("exact", L, "Honey Roasted Cashews 30oz Canister", "Planters honey roasted, USA."),
]
L = "r69-walkers"
ALL += [
    P("exact", L, "Walkers Ready Salted Crisps 32.5g x 32 Box"),
    P("homoglyph", L, f"{hg('Walkers', 'ae')} Cheese & Onion Crisps 6 Pack"),
    P("spacing", L, "W.a.l.k.e.r.s Prawn Cocktail Crisps Multipack"),
    P("brand_field", L, "Salt & Vinegar Potato Crisps 32.5g x 32 Box", brand="Walkers"),
    # Mobility and baby walkers.
    N("generic_word", L, "Folding Walkers for Seniors with Wheels and Seat"),
    N("generic_word", L, "Baby Walkers with Music Tray Foldable"),
    N("inside_word", L, "Sleepwalkers Horror Movie Poster A2 Print"),
    N("inside_word", L, "Spacewalkers Astronaut Figure Set 6 Pcs"),
    N("compat", L, "Vending Machine Spiral for Walkers 32.5g Crisp Bags"),
    P(
        "exact",
        L,
        "British Crisps Salt & Vinegar 32.5g x 32",
        "Walkers crisps imported from the UK.",
    ),
]
L = "r69-tango"
ALL += [
    P("exact", L, "Tango Orange Sparkling Drink 330ml Can x 24"),
    P("case_width", L, "tAnGo Cherry Fizzy Drink 500ml Bottle"),
    P("leetspeak", L, "T4ngo Apple Sugar Free Can 330ml x 24"),
    # The dance.
    N("generic_word", L, "Argentine Tango Dance Shoes Women Suede Sole"),
    N("generic_word", L, "Tango Music Vinyl Record Bandoneon Classics"),
    N("common_word", L, "Mango Juice Concentrate 1L Bottle"),
    P("exact", L, "Fizzy Orange Drink 330ml Can x 24 UK", "Tango orange, British import."),
]
L = "r69-penguin"
ALL += [
    P("exact", L, "Penguin Milk Chocolate Biscuit Bars 8 Pack UK"),
    P(
        "homoglyph",
        L,
        "Chocolate Biscuits 7 x 24.6g Multipack",
        f"{hg('Penguin', 'P')} biscuits, UK.",
    ),
    P("spacing", L, "P e n g u i n Orange Chocolate Biscuit Multipack"),
    P("misspelling", L, "Pengiun Chocolate Biscuit Bars 8 Pack"),
    P("brand_field", L, "Milk Chocolate Biscuit Bars 8 Pack UK", brand="Penguin"),
    # The bird, and a cookie cutter in its shape.
    N("generic_word", L, "Penguin Plush Toy 30cm Soft Stuffed Animal"),
    N("generic_word", L, "Emperor Penguin Figurine Resin Garden Statue"),
    N("generic_word", L, "Penguin Cookie Cutter Set Stainless Steel 3 Pcs"),
]
L = "r69-blue-diamond"
ALL += [
    P("exact", L, "Blue Diamond Almonds Smokehouse 16oz Can"),
    P("accent", L, "Blue Diamònd Wasabi & Soy Almonds 6oz"),
    P("case_width", L, f"{fw('BLUE DIAMOND')} Roasted Almonds 25oz"),
    P("leetspeak", L, "Roasted Salted Almonds 25oz Canister", "Blue D1amond almonds."),
    # The gem.
    N("generic_word", L, "Blue Diamond Engagement Ring 925 Silver CZ"),
    N("generic_word", L, "Blue Diamond Stud Earrings Lab Grown 0.5ct"),
    N("common_word", L, "Blue Diamante Hair Clip Bridal Rhinestone"),
    P("exact", L, "Almond Breeze Unsweetened Almond Milk 1L x 12", "Blue Diamond almond milk."),
]
L = "r69-goldfish"
ALL += [
    P("exact", L, "Goldfish Cheddar Crackers 30oz Carton"),
    P("leetspeak", L, "G0ldfish Colors Crackers 6.6oz Bag"),
    # The mark split by a space on the very crackers.
    P("spacing", L, "Gold fish Cheddar Snack Crackers 45 Pouches"),
    P("brand_field", L, "Cheddar Baked Snack Crackers 45 Pouches", brand="Goldfish"),
    I(L, "Cheddar Cheese Fish Shaped Crackers 30oz"),
    N("generic_word", L, "Goldfish Food Flakes 200g Aquarium"),
    N("generic_word", L, "Goldfish Bowl Glass Aquarium 5L Round"),
    N("compat", L, "Snack Dispenser compatible with Goldfish Crackers 30oz Carton"),
]
L = "r69-hula-hoops"
ALL += [
    P("exact", L, "Hula Hoops Original Potato Rings 24 x 34g"),
    P("homoglyph", L, "BBQ Beef Potato Rings 6 Pack", f"{hg('Hula Hoops', 'ao')} beef flavour."),
    P("misspelling", L, "Hoola Hoops Salt & Vinegar Crisps 24 Bags"),
    P("case_width", L, "hUlA hOoPs Puft Salted Snack 15g x 20"),
    # The toy.
    N("generic_word", L, "Weighted Hula Hoops for Adults Fitness 1.2kg"),
    N("generic_word", L, "Kids Hula Hoops Set of 6 Rainbow Colours"),
]
L = "r69-after-eight"
ALL += [
    P("spacing", L, "After-Eight Mint Chocolate Gift Box 400g"),
    P("leetspeak", L, "Aft3r Eight Mint Thins 200g Box"),
    P("accent", L, "Àfter Eight Straws Mint Chocolate 110g"),
    N("generic_word", L, "Timer Socket Switches Off After Eight Hours 2 Pack"),
    N("inside_word", L, "Birthday Card Still Cute After Eighteen Years"),
    P(
        "mixed",
        L,
        "After Eight & Raffaello Christmas Chocolate Gift Set",
        expected=("r69-after-eight", "r69-raffaello"),
    ),
    P("exact", L, "Dark Mint Chocolate Thins 300g Gift Box", "After Eight mint thins, Nestle."),
]
L = "r69-merci"
ALL += [
    P("exact", L, "merci Finest Selection Assorted Chocolates 250g"),
    P("case_width", L, "MERCI Chocolate Gift Box 400g Thank You"),
    P("brand_field", L, "Assorted European Chocolates 250g Gift Box", brand="merci"),
    P("homoglyph", L, f"{hg('merci', 'ec')} Crocant Almond Chocolates 200g"),
    # The French "thank you"; commercial contains it.
    N("generic_word", L, "Merci Thank You Cards 50 Pack Kraft Paper"),
    N("generic_word", L, "Merci Beaucoup Letter Board Sign Wooden"),
    N("inside_word", L, "Commercial Popcorn Machine 8oz Kettle Cart"),
    N("inside_word", L, "Commercial Cotton Candy Machine Stainless"),
    N("common_word", L, "Mercy Me Worship Songs CD Album"),
]
L = "r69-mamba"
ALL += [
    P("exact", L, "Mamba Fruit Chews 4 Flavours 106g Pack"),
    P("leetspeak", L, "M@mba Sour Fruit Chews 140g Bag"),
    P("spacing", L, "M A M B A Fruity Chews Party Box 48 Sticks"),
    N("generic_word", L, "Black Mamba Snake Rubber Toy 1.5m Realistic"),
    N("common_word", L, "Mambo Dance Latin Shoes Men Leather"),
    P("exact", L, "Fruit Chews 4 Flavours Party Box 48 Sticks", "Mamba chews from Germany."),
]
L = "r69-marabou"
ALL += [
    P("exact", L, "Marabou Milk Chocolate Bar 200g Sweden Import"),
    P("homoglyph", L, f"{hg('Marabou', 'a')} Salty Caramel Chocolate 185g"),
    P("accent", L, "Marabóu Orange Crisp Chocolate 185g"),
    N("generic_word", L, "Marabou Feather Trim 2 Yards Fluffy Pink"),
    N("generic_word", L, "Marabou Stork Wooden Carving Handmade"),
    P("exact", L, "Swedish Milk Chocolate Bar 200g", "Marabou milk chocolate, Sweden."),
]
L = "r69-raffaello"
ALL += [
    P("exact", L, "Raffaello Coconut Almond Confections 15 Pieces"),
    P("chinese", L, "拉斐尔 椰蓉 扁桃仁 酥球 15粒 礼盒"),
    P("misspelling", L, "Rafaello Coconut Pralines 230g Gift Box"),
    # The painter.
    N("generic_word", L, "拉斐尔 西斯廷圣母 油画 复制品 装饰画"),
    N("generic_word", L, "Raffaello Sanzio School of Athens Canvas Print"),
    N("common_word", L, "Raffaella Carra Vinyl Best Of Collection"),
]
L = "r69-ragusa"
ALL += [
    P("exact", L, "Ragusa Classique Chocolate Bar 100g Swiss"),
    P("accent", L, "Ragüsa Noir Hazelnut Chocolate Bar 100g"),
    P("brand_field", L, "Swiss Praline Chocolate Bar with Hazelnuts 100g", brand="Ragusa"),
    N("generic_word", L, "Ragusa Sicily Travel Guide Map Fold-Out"),
    N("generic_word", L, "Ragusa Ibla Baroque Photo Print Framed"),
    N("inside_word", L, "Ragusano Cheese DOP 1kg Wedge Sicily"),
]
L = "r69-leibniz"
ALL += [
    P("exact", L, "Leibniz Butter Biscuits 200g Germany"),
    P(
        "leetspeak",
        L,
        "Choco Butter Biscuits 125g Germany",
        "L3ibniz choco, German butter biscuit.",
    ),
    P("misspelling", L, "Leibnitz Butter Biscuits 200g Pack of 12"),
    P("case_width", L, f"{fw('LEIBNIZ')} Zoo Animal Biscuits 125g"),
    N("generic_word", L, "Leibniz Philosopher Quote Poster Monads"),
    N("generic_word", L, "Leibniz Calculus Notation Mathematics Mug"),
]
L = "r69-lucky-me"
ALL += [
    P("exact", L, "Lucky Me Pancit Canton Chilimansi 60g x 24"),
    P("spacing", L, "Lucky_Me Instant Mami Beef Noodle Soup 55g"),
    P("homoglyph", L, f"{hg('Lucky Me', 'c')} Beef Mami Noodle Soup 12 Pack"),
    N("generic_word", L, "Lucky Me Slogan T-Shirt Cotton Unisex"),
    N("inside_word", L, "Lucky Meow Cat Keychain Enamel Charm"),
    P("exact", L, "Pancit Canton Original Stir Fry Noodles 24 Pack", "Lucky Me pancit canton."),
]
L = "r69-mama"
ALL += [
    P("exact", L, "Mama Instant Noodles Tom Yum Shrimp 30 Packs"),
    P("case_width", L, "mAmA Pad Kee Mao Stir Fried Noodles 5 Pack"),
    P("brand_field", L, "Thai Instant Noodles Pork Flavour 55g x 30", brand="MAMA"),
    N("generic_word", L, "Mama Bear Baby Bear Matching Mug Set"),
    N("generic_word", L, "Mama Birthday Gift Necklace Heart Pendant"),
    N("inside_word", L, "Mamamoo Lightstick Fan Light Concert"),
    N("common_word", L, "Mana Potion Bottle Necklace Glow"),
    N("compat", L, "Noodle Bowl with Lid for Mama Instant Noodles 4 Pack"),
    P("exact", L, "Thai Tom Yum Shrimp Instant Noodles 30 Packs", "Mama noodles, Thailand."),
]
L = "r69-yorkshire-tea"
ALL += [
    P("leetspeak", L, "Yorksh1re Tea Gold 160 Bags"),
    P("spacing", L, "Decaf Black Tea 80 Bags", "Y o r k s h i r e Tea decaf."),
    P("case_width", L, f"{fw('YORKSHIRE TEA')} Biscuit Brew 160 Bags"),
    I(L, "British Black Tea 240 Bags Red Box"),
    I(L, "Strong Breakfast Tea 160 Bags Gold Box"),
    N("generic_word", L, "Yorkshire Terrier Dog Collar Rhinestone"),
    N("generic_word", L, "Yorkshire Pudding Tin 12 Cup Non-Stick"),
    # A Yorkshire souvenir tea towel: the words, not the tea.
    N("generic_word", L, "Yorkshire Tea Towel Linen Souvenir Print"),
    N("compat", L, "Tea Caddy designed to fit Yorkshire Tea 80 Bags"),
    P("exact", L, "British Breakfast Tea 240 Bags", "Yorkshire Tea, proper brew."),
]
L = "r69-julies"
ALL += [
    P("chinese", L, "茱蒂丝 花生酱 夹心饼干 马来西亚 360g"),
    P("misspelling", L, "Julies Love Letters Wafer Rolls 100g"),
    P("homoglyph", L, f"{hg(chr(74) + 'ulie' + chr(39) + 's', 'i')} Cheese Crackers 250g"),
    N("common_word", L, "Julie Name Necklace 18K Gold Plated"),
    P("chinese", L, "花生酱夹心饼干 360g 马来西亚", "茱蒂丝 原装进口"),
]
L = "r69-yeos"
ALL += [
    P("chinese", L, "杨协成 菊花茶 饮料 300ml*24罐"),
    P("accent", L, "Soy Bean Drink 250ml x 24", "Yéo's soy bean drink."),
    P("brand_field", L, "Chrysanthemum Tea Drink 250ml x 24 Packs", brand="Yeo's"),
    N("common_word", L, "Personalised Yeo Family Name Door Sign"),
]

# --- Patents and designs, named by product name -------------------------------------------
L = "r69-push-pop"
ALL += [
    P("exact", L, "Push Pop Candy Lollipop 18 Count Assorted"),
    P("leetspeak", L, "Pu$h Pop Lollipop Berry Blast 24 Count"),
    P("spacing", L, "P-u-s-h P-o-p Candy Party Favors 12 Pack"),
    # The silicone fidget toy sold as "push pop" bubbles: a generic toy name.
    N("generic_word", L, "Push Pop Bubble Fidget Toy Rainbow Silicone"),
    N("compat", L, "Candy Refills for Push Pop Lollipops 12 Count"),
    P("exact", L, "Push-Up Lollipop Candy Assorted Fruit 18 Count", "Push Pop original lollipops."),
]
L = "r69-juicy-drop-pop"
ALL += [
    P("exact", L, "Juicy Drop Pop Sour Gel Candy 12 Count"),
    P("alias", L, "Juicy Drop Gummies Dip N Stix Party Pack"),
    P("homoglyph", L, f"{hg('Juicy Drop', 'co')} Pop Sour Candy Pens 12 Count"),
    N("compat", L, "Sour Gel Refill compatible with Juicy Drop Pop Pens"),
    N("common_word", L, "Juicy Drip Cold Brew Coffee Bags 10 Pack"),
]
L = "r69-baby-bottle-pop"
ALL += [
    P("exact", L, "Baby Bottle Pop Candy 20 Count Display Box"),
    P("spacing", L, "Baby.Bottle.Pop Candy Party Favors 18 Count"),
    I(L, "Bottle Shaped Lollipop with Powder Candy 20 Count"),
    N("generic_word", L, "Baby Bottle Pop-Up Drying Rack Foldable"),
    N("compat", L, "Replacement Candy Tops for Baby Bottle Pop 6 Pack"),
]
L = "r69-koalas-march"
ALL += [
    P("exact", L, "Koala's March Chocolate Biscuits 37g x 10"),
    P("alias", L, "Koala March Strawberry Cream Biscuit Box"),
    P("leetspeak", L, "K0ala's March Milk Chocolate Bites 195g"),
    N("compat", L, "Lunchbox Divider fits Koala's March Hexagon Box"),
    N("generic_word", L, "Koala Plush March Parade Picture Book for Kids"),
]

# --- More mixed rows: two rights, one right under two evasions, a mark on an accessory ----
ALL += [
    P("mixed", "r69-fanta", f"{fw('Fanta')} 芬达 同款 葡萄味 汽水 330ml*24罐"),
    P("mixed", "r69-tropicana", "Tr0picana 纯果乐 NFC 橙汁 1L*6瓶"),
    P("mixed", "r69-jdb", "加多宝 J.D.B 同款 凉茶 红罐 310ml"),
    P(
        "mixed",
        "r69-yorkshire-tea",
        "Yorkshire Tea & Cadbury Dairy Milk Tea Time Hamper",
        expected=("r69-yorkshire-tea", "r69-cadbury"),
    ),
    P(
        "mixed",
        "r69-morinaga",
        "Hi-Chew & Fujiya Milky Japanese Candy Mix 500g",
        expected=("r69-morinaga", "r69-fujiya"),
    ),
    P(
        "mixed",
        "r69-indomie",
        "Ind0mie & M@ma Instant Noodle Variety Box 40 Packs",
        expected=("r69-indomie", "r69-mama"),
    ),
    P(
        "mixed",
        "r69-walkers",
        "Walkers Crisps & Hula Hoops Party Box 30 Bags",
        expected=("r69-walkers", "r69-hula-hoops"),
    ),
    P(
        "mixed",
        "r69-jinmailang",
        "今麦郎 五谷道场 方便面 组合装 20包",
        expected=("r69-jinmailang", "r69-wugudaochang"),
    ),
    P(
        "mixed",
        "r69-ito-en",
        "Ito En 伊藤园 & Yeo's 杨协成 Tea Drink Sampler 24 Bottles",
        expected=("r69-ito-en", "r69-yeos"),
    ),
    P(
        "mixed",
        "r69-blue-diamond",
        "Blue Diamond 巴旦木 & 绅士 花生 坚果礼盒",
        expected=("r69-blue-diamond", "r69-planters"),
    ),
    P(
        "mixed",
        "r69-morinaga",
        "Japanese Candy Sampler Box 30 Pieces",
        "Morinaga Hi-Chew and Fujiya Milky inside.",
        expected=("r69-morinaga", "r69-fujiya"),
    ),
    # A mark as the accessory's own brand, on an accessory that names the device it fits.
    P(
        "mixed",
        "r69-tango",
        "T4ngo Can Cooler Sleeve fits Fanta 330ml Cans",
        without=("r69-tango", "r69-fanta"),
    ),
    P(
        "mixed",
        "r69-yorkshire-tea",
        "Yorksh1re Tea Caddy Tin for Dilmah 100 Bag Boxes",
        without=("r69-yorkshire-tea", "r69-dilmah"),
    ),
]

# --- More accents ------------------------------------------------------------------------
ALL += [
    P("accent", "r69-tropicana", "Tropicána Apple Juice 1L Carton x 6"),
    P("accent", "r69-ottogi", "Ottögi Jin Ramen Spicy 120g x 5"),
    P("accent", "r69-paldo", "Päldo Bibim Men Cold Noodles 130g x 5"),
]

# --- More compatibility rows --------------------------------------------------------------
ALL += [
    N("compat", "r69-jdb", "适用于加多宝 310ml 易拉罐 保温套 6个"),
    N("compat", "r69-ito-en", "Tea Infuser Mug compatible with Ito En Tea Bags 400ml"),
    N("compat", "r69-laoshan", "Water Dispenser Pump for Laoshan 5L Bottled Water"),
    N("compat", "r69-kuaikuai", "零食展示架 适配乖乖 52g 包装 桌面 三层"),
    N("compat", "r69-push-pop", "Display Stand designed to fit Push Pop 18 Count Box"),
    N("compat", "r69-maltesers", "Candy Jar Lid compatible with Maltesers 520g Tub"),
    N("compat", "r69-tianfu-cola", "Glass Bottle Crate fits Tianfu Cola 330ml Bottles x 12"),
    N("compat", "r69-ganten", "适用景田 18.9L 桶装水 饮水机 底座"),
    N("compat", "r69-paldo", "Ramen Cooker fits Paldo Dosirak Cups 1L"),
    N("compat", "r69-penguin", "Lunch Box Slot fits Penguin Biscuit Bars Kids"),
    N("compat", "r69-walkers", "Snack Bag Clips for Walkers Crisp Multipacks 10 Pcs"),
    N("compat", "r69-after-eight", "Gift Box Insert for After Eight 300g Boxes"),
    N("compat", "r69-cadbury", "Vending Coil compatible for Cadbury Dairy Milk 45g Bars"),
    N("compat", "r69-lucky-me", "Noodle Strainer Lid works with Lucky Me Cup Noodles"),
    N("compat", "r69-julies", "Wafer Roll Dispenser for Julie's Love Letters Tin"),
    N("compat", "r69-yeos", "Replacement Straws for Yeo's 250ml Packs 100 Pcs"),
    N("compat", "r69-morinaga", "适用于森永 嗨啾 条装 收纳盒 12格"),
    N("compat", "r69-ottogi", "适配不倒翁拉面 韩式 黄铜 泡面锅 18cm"),
    N("compat", "r69-tropicana", "适用于纯果乐 1L 果汁盒 倒嘴 4个"),
    N("compat", "r69-wugudaochang", "Noodle Bowl Cover fits Wugudaochang Cup Noodles 4 Pcs"),
]

# --- More marks inside words or across a Chinese word boundary -----------------------------
ALL += [
    N("inside_word", "r69-merci", "Merciless Warrior Action Figure 7 Inch"),
    N("inside_word", "r69-bourbon", "Bourbonnais Region Wine Map Poster"),
    N("inside_word", "r69-mama", "Mamasita Sunglasses Retro Cat Eye"),
    N("inside_word", "r69-indomie", "露营多功能 折叠桌 铝合金 便携"),
    N("inside_word", "r69-paldo", "十八道菜 年夜饭 预制菜 套餐 家庭装"),
    N("inside_word", "r69-khong-guan", "安康元宵 汤圆 黑芝麻 500g"),
    N("inside_word", "r69-yake", "典雅客栈 民宿 门牌 亚克力 定制"),
    N("inside_word", "r69-fanta", "Fantail Pigeon Figurine Ceramic White"),
    N("inside_word", "r69-lucky-me", "Lucky Mermaid Tail Blanket for Kids"),
]

# --- More common words one or two letters from a mark --------------------------------------
ALL += [
    N("common_word", "r69-goldfish", "Goldfinch Bird Feeder Nyjer Seed 2kg"),
    N("common_word", "r69-tango", "Tanga Briefs Cotton 3 Pack Women"),
    N("common_word", "r69-mamba", "Samba Dance Costume Feather Headpiece"),
    N("common_word", "r69-yake", "Bake Sale Sign Chalkboard A-Frame"),
    N("common_word", "r69-mountain-dew", "激光雕刻机 家用 小型 木板 亚克力"),
    N("common_word", "r69-fanta", "芬兰 桑拿石 20kg 橄榄石"),
    N("common_word", "r69-indomie", "营养早餐 燕麦片 1kg 罐装 即食"),
    N("common_word", "r69-paldo", "八宝粥 360g*12罐 整箱 早餐"),
    N("common_word", "r69-ito-en", "伊甸园 主题 拼图 1000片 油画"),
    N("common_word", "r69-tropicana", "纯果汁 NFC 橙汁 1L*6瓶 冷藏"),
]

# --- Clean listings ----------------------------------------------------------------------
ALL += [
    C("Dark Chocolate 72% Cocoa Bar 100g Single Origin"),
    C("Milk Chocolate Coins Gold Foil 500g Bulk Bag"),
    C("Assorted Hard Candy Individually Wrapped 1kg"),
    C("Sour Gummy Worms 2kg Bulk Party Pack"),
    C("Cola Bottle Gummies 1kg Resealable Bag"),
    C("Mint Hard Candy Sugar Free 200 Pieces"),
    C("Butterscotch Toffee Candy 500g Bag"),
    C("Rock Candy Sticks Assorted Colours 36 Pack"),
    C("Cotton Candy Floss Sugar 3 Flavours 1kg"),
    C("Chewing Gum Spearmint Sugar Free 50 Pieces Bottle"),
    C("Marshmallows Vanilla 1kg Food Service Bag"),
    C("Chocolate Covered Almonds 500g Gift Tin"),
    C("Salted Caramel Truffles Box of 24 Handmade"),
    C("Hazelnut Praline Chocolate Bar 150g"),
    C("White Chocolate Chips for Baking 2kg"),
    C("Cocoa Powder Unsweetened 1kg Natural"),
    C("Private Label Chocolate Bar OEM Custom Wrapper MOQ 5000"),
    C("Jelly Beans Mixed Flavours 1kg Jar"),
    C("Lollipops Swirl Rainbow 24 Pack Party Favors"),
    C("Licorice Twists Red 400g Bag"),
    C("Butter Cookies Danish Style Blue Tin 454g"),
    C("Oat Digestive Biscuits 400g Wholemeal"),
    C("Chocolate Chip Cookies Soft Baked 12 Pack"),
    C("Cream Crackers 700g Family Pack"),
    C("Rice Crackers Seaweed Flavour 150g"),
    C("Wafer Rolls Vanilla Cream 400g Tin"),
    C("Sandwich Cookies Vanilla Cream 36 Pack"),
    C("Shortbread Fingers All Butter 200g"),
    C("Fig Rolls Whole Wheat 300g Pack"),
    C("Gingerbread Men Cookies Iced 10 Pack"),
    C("Animal Crackers Kids Snack 20 Mini Bags"),
    C("Sea Salt Potato Chips Kettle Cooked 150g"),
    C("Tortilla Chips Lightly Salted 500g Bag"),
    C("Prawn Crackers Uncooked 1kg Catering"),
    C("Plantain Chips Salted 85g x 24"),
    C("Vegetable Crisps Beetroot Parsnip 100g"),
    C("Cheese Puffs Baked Corn Snack 60g x 30"),
    C("Pork Rinds Spicy 100g Bag"),
    C("Popcorn Kernels Butterfly 5kg Sack"),
    C("Microwave Popcorn Butter Flavour 12 Bags"),
    C("Salted Roasted Peanuts in Shell 1kg"),
    C("Raw Cashews W320 Grade 10kg Carton"),
    C("Roasted Pistachios Salted 500g Resealable"),
    C("Macadamia Nuts Raw Unsalted 1kg"),
    C("Mixed Nuts Deluxe No Peanuts 750g"),
    C("Trail Mix Fruit & Nut 1kg Bulk"),
    C("Walnut Kernels Light Halves 5kg Export"),
    C("Pecan Halves Fancy 1lb Bag"),
    C("Sunflower Seeds Roasted Salted 500g"),
    C("Pumpkin Seeds Shelled Organic 1kg"),
    C("Lemon Soda 330ml Can Private Label OEM"),
    C("Sparkling Water Lime Unsweetened 12 x 355ml"),
    C("Ginger Ale Dry 330ml Glass Bottle 24 Pack"),
    C("Root Beer Craft Soda 355ml x 12"),
    C("Tonic Water Premium 200ml Bottles x 24"),
    C("Energy Drink Sugar Free 250ml Can OEM"),
    C("Coconut Water 100% Natural 330ml x 12"),
    C("Apple Juice Not From Concentrate 1L x 6"),
    C("Cold Brew Coffee Concentrate 1L Bottle"),
    C("Electrolyte Drink Mix Lemon 30 Sticks"),
    C("Iced Lemon Tea Drink 500ml PET x 24 OEM"),
    C("Unsweetened Green Tea Drink 500ml Bottle Private Label"),
    C("Jasmine Milk Tea Drink 480ml Bottle x 15"),
    C("Oolong Tea Drink No Sugar 500ml x 24"),
    C("Bubble Tea Kit Tapioca Pearls 1kg Brown Sugar"),
    C("Matcha Powder Ceremonial Grade 100g Tin"),
    C("Earl Grey Loose Leaf Tea 500g Bulk"),
    C("Peppermint Herbal Tea 100 Bags"),
    C("Rooibos Tea Organic 40 Bags"),
    C("Chamomile Flower Tea Dried 250g"),
    C("Instant Ramen Noodles Chicken Flavour 30 Packs OEM"),
    C("Cup Noodles Seafood Flavour 24 Cups Carton"),
    C("Rice Vermicelli Dried 400g Bag"),
    C("Udon Noodles Fresh Vacuum Packed 200g x 30"),
    C("Spicy Cold Noodles Korean Style 5 Pack"),
    C("Soba Buckwheat Noodles Dried 300g"),
    C("Protein Bars Chocolate Peanut 12 x 60g"),
    C("Granola Bars Oats & Honey 10 Pack"),
    C("Dried Mango Slices No Sugar Added 1kg"),
    C("Freeze Dried Strawberries 100g Crunchy"),
    C("Beef Jerky Teriyaki 200g Resealable"),
    C("Seaweed Snack Roasted Sea Salt 5g x 24"),
    C("Halal Certified Biscuits Export Carton 24 Boxes"),
    C("Candy Gift Box Christmas Assorted 800g"),
    C("Chocolate Fountain Couture Melts 2kg"),
    C("进口黑巧克力 85% 可可 100g 排块"),
    C("牛奶巧克力 金币 婚庆 喜糖 500g"),
    C("水果硬糖 散装 1kg 混合口味"),
    C("软糖 小熊 橡皮糖 2kg 批发"),
    C("薄荷糖 无糖 清新口气 铁盒 50g"),
    C("牛轧糖 蔓越莓 手工 500g 袋装"),
    C("棉花糖 烧烤 大号 1kg 家庭装"),
    C("黄油曲奇 铁盒 礼盒 908g"),
    C("苏打饼干 咸味 无蔗糖 1kg 整箱"),
    C("威化饼干 巧克力味 散装 2.5kg"),
    C("手工 桃酥 老式 糕点 500g"),
    C("海苔 夹心脆 儿童 零食 40g*10"),
    C("薯片 原味 70g*20袋 整箱 批发"),
    C("虾片 油炸 膨化 零食 1kg"),
    C("锅巴 麻辣味 500g 袋装"),
    C("爆米花 奶油味 桶装 220g"),
    C("五香 花生米 500g 下酒菜"),
    C("原味 腰果 越南 1kg 罐装"),
    C("每日坚果 混合 30包 礼盒"),
    C("碧根果 奶香 500g 罐装"),
    C("开心果 原色 无漂白 500g"),
    C("瓜子 焦糖味 1kg 袋装"),
    C("柠檬 苏打水 无糖 350ml*24瓶"),
    C("气泡水 无糖 0卡 白桃味 480ml*15瓶"),
    C("椰子水 100% 纯椰青 1L*12瓶"),
    C("橙汁 鲜榨 NFC 冷藏 2L"),
    C("酸梅汤 老北京 300ml*24瓶"),
    C("冰红茶 柠檬味 500ml*15瓶 整箱"),
    C("无糖 乌龙茶 饮料 500ml*15瓶"),
    C("茉莉花茶 奶茶 饮料 瓶装 450ml"),
    C("珍珠奶茶 原料 黑糖 木薯粉圆 1kg"),
    C("抹茶粉 烘焙 奶茶店 专用 500g"),
    C("红茶包 锡兰 100包 袋泡茶"),
    C("菊花 枸杞 养生茶 组合 30包"),
    C("方便面 红烧牛肉 五连包 贴牌 代加工"),
    C("螺蛳粉 广西 柳州 3袋装"),
    C("酸辣粉 重庆 桶装 6桶"),
    C("火鸡面 韩式 辣味 5连包"),
    C("挂面 鸡蛋 龙须面 1kg"),
    C("牛肉干 麻辣 内蒙古 500g"),
    C("辣条 怀旧 零食 大礼包 1kg"),
    C("蛋白棒 巧克力味 12条 健身"),
    C("冻干 草莓脆 100g 罐装"),
    C("零食大礼包 儿童 节日 混装 30包"),
]

_NEGATIVE = ("compat", "inside_word", "generic_word", "common_word", "clean")
POSITIVES = [e for e in ALL if e.case not in _NEGATIVE]
COMPAT = [e for e in ALL if e.case == "compat"]
INSIDE_WORD = [e for e in ALL if e.case == "inside_word"]
GENERIC_WORD = [e for e in ALL if e.case == "generic_word"]
COMMON_WORD = [e for e in ALL if e.case == "common_word"]
CLEAN = [e for e in ALL if e.case == "clean"]
