"""Classes of goods and the product words they hold: a right's goods list often names a
class (``apparel``, ``服装``) where a listing names the product (``jersey``, ``卫衣``).

Hand-written for this project from general product vocabulary (no brand in it): English
words singular and in lower case, Chinese words whole. A goods entry that is a class name
also covers its members; members are not classes of their own (a ``toy`` right does not
cover a ``plush``, whose everyday sense is the animal it shows).
"""

from __future__ import annotations

_APPAREL = (
    "shirt t-shirt tshirt tee jersey pants trousers jeans shorts skirt dress jacket coat "
    "hoodie sweatshirt sweater jumper cardigan vest tracksuit legging leggings top blouse "
    "uniform sock underwear bra pajamas pyjamas raincoat parka windbreaker outerwear "
    "sportswear activewear jogger joggers singlet romper jumpsuit overalls"
)
_FOOTWEAR = "shoe sneaker trainer boot sandal slipper loafer clog slide flip-flop footwear"
_BAGS = "handbag backpack tote purse satchel clutch duffel luggage suitcase wallet crossbody"
_JEWELLERY = "necklace bracelet earring pendant brooch bangle anklet"
_COSMETICS = (
    "lipstick mascara foundation eyeliner eyeshadow blush concealer primer cream lotion "
    "serum toner cleanser moisturizer moisturiser sunscreen perfume fragrance makeup skincare"
)
_DRINKS = "soda cola beer wine lager drink beverage"

_CLASSES_EN: dict[str, str] = {
    "apparel": _APPAREL,
    "clothing": _APPAREL,
    "clothes": _APPAREL,
    "garment": _APPAREL,
    "sportswear": _APPAREL,
    "wear": _APPAREL,
    "footwear": _FOOTWEAR,
    "bag": _BAGS,
    "jewelry": _JEWELLERY,
    "jewellery": _JEWELLERY,
    "cosmetic": _COSMETICS,
    "cosmetics": _COSMETICS,
    "makeup": _COSMETICS,
    "skincare": _COSMETICS,
    "beverage": _DRINKS,
    "drink": _DRINKS,
}

_APPAREL_ZH = (
    "衣服 上衣 衬衫 T恤 夹克 外套 卫衣 毛衣 针织衫 裤子 长裤 短裤 牛仔裤 运动裤 裙子 连衣裙 "
    "半身裙 运动服 套装 球衣 骑行服 羽绒服 大衣 风衣 马甲 背心 内衣 睡衣 袜子 衣"
)
_COSMETICS_ZH = "口红 唇膏 粉底 睫毛膏 眼线 眼影 腮红 面霜 乳液 精华 爽肤水 洗面奶 面膜 香水"

_CLASSES_ZH: dict[str, str] = {
    "服装": _APPAREL_ZH,
    "服饰": _APPAREL_ZH,
    "运动服": _APPAREL_ZH,
    "化妆品": _COSMETICS_ZH,
    "彩妆": _COSMETICS_ZH,
    "护肤品": _COSMETICS_ZH,
}


def members(entry: str) -> tuple[str, ...]:
    """The product words a goods entry covers besides itself (empty for a product word).

    >>> "jersey" in members("apparel"), members("shoe")
    (True, ())
    >>> "卫衣" in members("服装")
    True
    """
    return tuple((_CLASSES_EN.get(entry) or _CLASSES_ZH.get(entry) or "").split())
