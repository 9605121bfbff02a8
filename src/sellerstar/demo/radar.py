"""What the product radar (rulebook §3) and the penalty-points ledger (§3.1) start from.

- ``ip_rights``: a fixed register of well-known marks, patents and designs with the other
  spellings a listing uses (Chinese names among them), so a scan has real marks to look for.
- products' ``brand`` (mostly empty, else the merchant's own house brand, sometimes a
  protected mark), ``tier`` (the product tier, 产品分层, from the growth score) and
  ``image_path`` (empty: the demo has no images); about :data:`MARKED_SHARE` of the
  products carry a mark in their title, spelled as the register or one of its aliases,
  as "… for <mark>" or "<mark> Style …", for the scan to find.
- ``radar_tasks``: a few tasks of the marketplace's own checks (logistics, service, price,
  other), open (created within the deadline before the cut-off, product listed) or
  rectified. sellerstar opens the suspected-IP tasks itself; the demo's infringing
  listings in every task state come from :func:`marked_titles` and a later demo step.
- ``violations``: penalty points the marketplace recorded itself, for some merchants.

Every draw comes from the caller's random stream; nothing happens after the cut-off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sellerstar.demo.clock import DAY, HOUR, MINUTE, SECOND, Clock, timestamps
from sellerstar.demo.merchants import Population, merchant_ids
from sellerstar.demo.orders import money
from sellerstar.demo.policy import Policy
from sellerstar.demo.text import Ints, glue, ids, pick, with_nulls

MARKED_SHARE = 0.03
"""Share of all products whose title carries a protected mark."""
_MARK_AS_BRAND = 0.3  # of the marked products, the declared brand is the mark too
_HOUSE_BRAND_MERCHANTS = 35  # percent of merchants with a house brand
_HOUSE_BRAND_PRODUCTS = 0.7  # of their products, this share declares it
_TASK_SHARE = 0.004  # products with an imported (non-IP) radar task
_OPEN_TASK_SHARE = 0.3
_VIOLATION_MERCHANTS = 0.06
_VIOLATION_POINTS = np.array([1, 2, 2, 3, 4, 6, 12])
_EXPLICIT_EXPIRY_SHARE = 0.25
_SHORT_EXPIRY_DAYS = 180
_VIOLATIONS_BEFORE_START_DAYS = 200

TIERS = ("strong", "potential", "ordinary", "low")
"""Product tier codes (产品分层): 实力优品, 潜力产品, 普通产品, 低质产品."""
_TIER_FROM_SCORE = (85, 65, 35)  # growth score at least this: strong, potential, ordinary

_BRAND_HEADS = (
    "Joy",
    "Sun",
    "Ever",
    "Bright",
    "Nova",
    "Lumi",
    "Koala",
    "Ruby",
    "Zen",
    "Aqua",
    "Vita",
    "Hexa",
    "Tera",
    "Orbi",
    "Pando",
    "Kiwi",
)
_BRAND_TAILS = ("home", "tek", "life", "gear", "ify", "max", "wave", "nest", "craft", "ora")


@dataclass(frozen=True)
class Right:
    """One protected right of the demo register and the industries its fakes turn up in."""

    right_id: str
    holder: str
    kind: str  # trademark | patent | design
    mark: str
    aliases: tuple[str, ...]
    industries: tuple[str, ...]


_BAGS = "Luggage, Bags & Cases"
_FASHION = "Fashion Accessories"
_WATCHES = "Timepieces, Jewelry & Eyewear"
_SHOES = "Shoes & Accessories"
_SPORTS = "Sports & Entertainment"
_TOYS = "Toys & Hobbies"
_GIFTS = "Gifts & Crafts"
_ELECTRONICS = "Consumer Electronics"
_BEAUTY = "Beauty & Personal Care"
_TEXTILES = "Home Textiles"

RIGHTS: tuple[Right, ...] = (
    Right("IPR0001", "Louis Vuitton Malletier", "trademark", "Louis Vuitton",
          ("LV", "路易威登"), (_BAGS, _FASHION)),
    Right("IPR0002", "Gucci", "trademark", "Gucci", ("古驰",), (_BAGS, _FASHION, _SHOES)),
    Right("IPR0003", "Chanel", "trademark", "Chanel", ("香奈儿",), (_BAGS, _BEAUTY, _FASHION)),
    Right("IPR0004", "Hermès International", "trademark", "Hermès", ("Hermes", "爱马仕"),
          (_BAGS, _FASHION)),
    Right("IPR0005", "Prada", "trademark", "Prada", ("普拉达",), (_BAGS,)),
    Right("IPR0006", "Michael Kors", "trademark", "Michael Kors", ("MK", "迈克高仕"), (_BAGS,)),
    Right("IPR0007", "Burberry", "trademark", "Burberry", ("博柏利",), (_FASHION, "Apparel")),
    Right("IPR0008", "Christian Dior", "trademark", "Dior", ("迪奥",), (_BEAUTY, _BAGS)),
    Right("IPR0009", "Rolex", "trademark", "Rolex", ("劳力士",), (_WATCHES,)),
    Right("IPR0010", "Cartier International", "trademark", "Cartier", ("卡地亚",), (_WATCHES,)),
    Right("IPR0011", "Tiffany and Company", "trademark", "Tiffany & Co.",
          ("Tiffany", "蒂芙尼"), (_WATCHES,)),
    Right("IPR0012", "Luxottica", "trademark", "Ray-Ban", ("Rayban", "雷朋"), (_WATCHES,)),
    Right("IPR0013", "Nike", "trademark", "Nike", ("耐克", "Air Jordan"),
          (_SHOES, "Apparel", _SPORTS)),
    Right("IPR0014", "adidas", "trademark", "Adidas", ("阿迪达斯", "Yeezy"),
          (_SHOES, "Apparel", _SPORTS)),
    Right("IPR0015", "New Balance Athletics", "trademark", "New Balance", ("新百伦",), (_SHOES,)),
    Right("IPR0016", "Crocs", "trademark", "Crocs", ("卡骆驰",), (_SHOES,)),
    Right("IPR0017", "Under Armour", "trademark", "Under Armour", ("安德玛",),
          ("Apparel", _SPORTS)),
    Right("IPR0018", "The North Face Apparel", "trademark", "The North Face",
          ("North Face", "北面"), ("Apparel", _SPORTS)),
    Right("IPR0019", "Canada Goose", "trademark", "Canada Goose", ("加拿大鹅",), ("Apparel",)),
    Right("IPR0020", "Apple", "patent", "AirPods Case", ("AirPods", "AirPod"), (_ELECTRONICS,)),
    Right("IPR0021", "Apple", "trademark", "iPhone", ("苹果手机",), (_ELECTRONICS,)),
    Right("IPR0022", "Apple", "design", "Apple Watch", ("iWatch",), (_ELECTRONICS, _WATCHES)),
    Right("IPR0023", "Samsung Electronics", "trademark", "Samsung", ("三星",), (_ELECTRONICS,)),
    Right("IPR0024", "Sony Interactive Entertainment", "trademark", "PlayStation", ("PS5",),
          (_ELECTRONICS, _TOYS)),
    Right("IPR0025", "Nintendo", "trademark", "Nintendo", ("任天堂",), (_ELECTRONICS, _TOYS)),
    Right("IPR0026", "Dyson Technology", "design", "Dyson Supersonic", ("Dyson", "戴森"),
          (_BEAUTY, "Home Appliances")),
    Right("IPR0027", "The LEGO Group", "trademark", "LEGO", ("乐高",), (_TOYS,)),
    Right("IPR0028", "Disney Enterprises", "trademark", "Disney",
          ("迪士尼", "Mickey Mouse", "米老鼠"), (_TOYS, _GIFTS, _TEXTILES, "Apparel")),
    Right("IPR0029", "The Pokémon Company", "trademark", "Pokémon",
          ("Pokemon", "Pikachu", "宝可梦", "皮卡丘"), (_TOYS, _GIFTS)),
    Right("IPR0030", "Marvel Characters", "trademark", "Marvel",
          ("Spider-Man", "漫威", "蜘蛛侠"), (_TOYS, _GIFTS, "Apparel")),
    Right("IPR0031", "Sanrio", "trademark", "Hello Kitty", ("凯蒂猫",),
          (_TOYS, _GIFTS, _TEXTILES, _FASHION)),
    Right("IPR0032", "Spin Master", "patent", "Fidget Cube", (), (_TOYS,)),
)  # fmt: skip
"""The demo's register; real holders and marks, industries where their fakes are listed."""


# industry -> goods words a right whose fakes turn up there covers (the specialty
# principle: a mark that is also an everyday word names the brand next to these).
_INDUSTRY_GOODS: dict[str, tuple[str, ...]] = {
    _BAGS: ("bag", "handbag", "backpack", "luggage", "case", "箱包"),
    _FASHION: ("scarf", "belt", "cap", "hat", "hair clip", "accessories", "配饰"),
    _WATCHES: ("watch", "necklace", "ring", "sunglasses", "jewelry", "手表", "首饰"),
    _SHOES: ("shoes", "sneakers", "slippers", "boots", "laces", "鞋"),
    _SPORTS: ("sportswear", "band", "tent", "bike", "fishing rod", "运动"),
    _TOYS: ("toy", "block", "car", "puzzle", "game", "玩具"),
    _GIFTS: ("keychain", "figurine", "ornament", "candle", "gift", "礼品"),
    _ELECTRONICS: ("earbuds", "power bank", "phone", "case", "watch", "电子"),
    _BEAUTY: ("lipstick", "serum", "cosmetics", "brush", "hair straightener", "化妆品"),
    _TEXTILES: ("bedding", "towel", "curtain", "blanket", "家纺"),
    "Apparel": ("apparel", "t-shirt", "dress", "hoodie", "leggings", "clothing", "服装"),
    "Home Appliances": ("hair dryer", "vacuum", "appliance", "家电"),
}


def goods_of(right: Right) -> tuple[str, ...]:
    """The goods ``right`` covers: those of the industries its fakes turn up in."""
    return tuple(dict.fromkeys(g for name in right.industries for g in _INDUSTRY_GOODS[name]))


def ip_rights_table() -> dict[str, pa.Array]:
    """Columns of ``ip_rights``."""
    return {
        "right_id": pa.array([r.right_id for r in RIGHTS], type=pa.string()),
        "holder": pa.array([r.holder for r in RIGHTS], type=pa.string()),
        "kind": pa.array([r.kind for r in RIGHTS], type=pa.string()),
        "mark": pa.array([r.mark for r in RIGHTS], type=pa.string()),
        "aliases": pa.array([";".join(r.aliases) or None for r in RIGHTS], type=pa.string()),
        "image_path": pa.nulls(len(RIGHTS), type=pa.string()),
        "goods": pa.array([";".join(goods_of(r)) for r in RIGHTS], type=pa.string()),
    }


def house_brand(merchant: Ints) -> tuple[pa.Array, np.ndarray]:
    """Each merchant's own brand (a made-up word, fixed by its number) and whether it has
    one: the same in every chunk, so no random draw is needed."""
    mixed = (np.asarray(merchant, dtype=np.int64) * 2654435761) % 1000003
    has = mixed % 100 < _HOUSE_BRAND_MERCHANTS
    heads = mixed // 100 % len(_BRAND_HEADS)
    tails = mixed // 1601 % len(_BRAND_TAILS)
    return glue(pick(_BRAND_HEADS, heads), pick(_BRAND_TAILS, tails)), has


def tiers(growth_score: Ints) -> pa.Array:
    """The product tier from the growth score: the marketplace grades a listing by it."""
    bounds = np.array(_TIER_FROM_SCORE)
    return pick(TIERS, np.searchsorted(-bounds, -np.asarray(growth_score), side="left"))


@dataclass(frozen=True)
class Listings:
    """The radar's columns of a chunk of products, and which right a title names."""

    title: pa.Array
    brand: pa.Array
    tier: pa.Array
    image_path: pa.Array
    right: Ints  # index into RIGHTS, -1 = no mark in the title


def radar_listings(
    rng: np.random.Generator,
    merchant: Ints,
    title: pa.Array,
    industry: Sequence[str],
    industry_index: Ints,
    growth_score: Ints,
) -> Listings:
    """Brand, tier and image of a chunk of products, with marks put into some titles."""
    size = len(merchant)
    right = _marked(rng, industry, industry_index)
    marked = right >= 0
    safe = np.maximum(right, 0)
    variant = rng.integers(0, 4, size)
    spelling = _spellings(rng, safe)
    mark = pick([r.mark for r in RIGHTS], safe)
    new_title = pc.case_when(
        pc.make_struct(
            pa.array(marked & (variant == 0)),
            pa.array(marked & (variant == 1)),
            pa.array(marked & (variant == 2)),
            pa.array(marked & (variant == 3)),
        ),
        glue(mark, " ", title),
        glue(spelling, " ", title),
        glue(title, " for ", mark),
        glue(spelling, " Style ", title),
        title,
    )
    own, has_own = house_brand(merchant)
    declares_own = has_own & (rng.random(size) < _HOUSE_BRAND_PRODUCTS)
    declares_mark = marked & (rng.random(size) < _MARK_AS_BRAND)
    brand = pc.if_else(pa.array(declares_mark), mark, own)
    return Listings(
        title=new_title,
        brand=with_nulls(brand, ~(declares_mark | declares_own)),
        tier=tiers(growth_score),
        image_path=pa.nulls(size, type=pa.string()),
        right=np.where(marked, right, -1),
    )


def _marked(rng: np.random.Generator, industry: Sequence[str], index: Ints) -> Ints:
    """Per product, the right its title will name (-1: none): drawn among the rights of its
    industry, so that :data:`MARKED_SHARE` of all products are marked."""
    suited = [[n for n, r in enumerate(RIGHTS) if name in r.industries] for name in industry]
    count = np.array([len(rights) for rights in suited], dtype=np.int64)
    start = np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int64)
    flat = np.array([n for rights in suited for n in rights] or [0], dtype=np.int64)
    size = len(index)
    chance = np.where(count[index] > 0, 1.0, 0.0)
    suitable = chance.mean() if size else 0.0
    hit = rng.random(size) < (MARKED_SHARE / suitable if suitable else 0.0) * chance
    pick_at = start[index] + (rng.random(size) * np.maximum(count[index], 1)).astype(np.int64)
    return np.where(hit, flat[np.minimum(pick_at, len(flat) - 1)], -1)


def _spellings(rng: np.random.Generator, right: Ints) -> pa.Array:
    """One spelling per product: the mark or one of its aliases."""
    spellings = [(r.mark, *r.aliases) for r in RIGHTS]
    count = np.array([len(s) for s in spellings], dtype=np.int64)
    start = np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int64)
    flat = [word for words in spellings for word in words]
    at = start[right] + (rng.random(len(right)) * count[right]).astype(np.int64)
    return pick(flat, at)


# category -> problem details the marketplace's checks report
_TASK_DETAILS: dict[str, tuple[str, ...]] = {
    "logistics": (
        "Handling time on the listing is shorter than the merchant ships in",
        "No shipping template for the main destination markets",
        "物流问题：运费模板缺失",
    ),
    "service": (
        "After-sales service promised in the description is not offered",
        "Sample policy on the listing contradicts the store's",
        "服务问题：售后承诺与实际不符",
    ),
    "price": (
        "Price far below the market price (suspected bait price)",
        "Sample price above the bulk price",
        "价格问题：阶梯价格异常",
    ),
    "other": (
        "Duplicate listing of another product",
        "Title stuffed with unrelated keywords",
        "其他问题：主图含联系方式",
    ),
}


def task_rows(
    rng: np.random.Generator,
    product_id: pa.Array,
    status: pa.Array,
    clock: Clock,
    policy: Policy,
) -> dict[str, pa.Array]:
    """Imported radar tasks of a chunk of products (ids assigned later, see
    :func:`radar_tasks_table`): open ones on listed products, created within the deadline
    before the cut-off; rectified ones created from the launch on and closed in time."""
    categories = [c for c in _TASK_DETAILS if c in policy.radar_categories]
    size = len(product_id)
    live = clock.start_of_day(Clock.day_number(policy.radar_live))
    deadline = policy.radar_deadline_days * DAY
    listed = np.asarray(pc.equal(status, "listed").to_numpy(zero_copy_only=False), dtype=bool)
    chosen = rng.random(size) < _TASK_SHARE
    opened = chosen & listed & (rng.random(size) < _OPEN_TASK_SHARE)
    late_start = max(live, clock.cutoff - deadline + HOUR)
    early_end = clock.cutoff - deadline
    rectified = chosen & ~opened & (early_end > live)
    opened &= clock.cutoff - MINUTE > late_start
    rows = np.flatnonzero(opened | rectified)
    is_open = opened[rows]
    created = np.where(
        is_open,
        rng.integers(late_start, max(late_start + 1, clock.cutoff - MINUTE), len(rows)),
        rng.integers(live, max(live + 1, early_end), len(rows)),
    )
    created -= created % SECOND
    closed = created + rng.integers(2 * HOUR, deadline, len(rows))
    closed -= closed % SECOND
    category = rng.integers(0, len(categories), len(rows))
    detail_of = [_TASK_DETAILS[c] for c in categories]
    detail = rng.integers(0, 3, len(rows))
    return {
        "product_id": product_id.take(pa.array(rows, type=pa.int64())),
        "category": pick(categories, category),
        "right_id": pa.nulls(len(rows), type=pa.string()),
        "detail": pick([d for details in detail_of for d in details], category * 3 + detail),
        "created_at": timestamps(created),
        "status": pick(("rectified", "open"), is_open.astype(np.int64)),
        "closed_at": with_nulls(timestamps(closed), is_open),
    }


def radar_tasks_table(chunks: list[dict[str, pa.Array]]) -> dict[str, pa.Array]:
    """The tasks of every product chunk in one table, numbered ``RTI000001`` …"""
    columns = {name: pa.concat_arrays([chunk[name] for chunk in chunks]) for name in chunks[0]}
    rows = len(columns["product_id"])
    return {"task_id": ids("RTI", np.arange(rows) + 1, 6), **columns}


_VIOLATION_RULES: tuple[tuple[str, str], ...] = (
    ("false_shipment", "Tracking number uploaded before the goods left (虚假发货)"),
    ("prohibited_listing", "Restricted product listed (禁限售商品)"),
    ("ip_complaint", "Intellectual property complaint upheld (知识产权投诉成立)"),
    ("misleading_listing", "Goods not as described (描述不符)"),
    ("trade_dispute", "Trade dispute ruled against the merchant (交易纠纷)"),
)


def violations_table(
    rng: np.random.Generator, pop: Population, clock: Clock, policy: Policy
) -> dict[str, pa.Array]:
    """Columns of ``violations``: 1–3 recorded violations for a few merchants, some from
    before the first order (already expired or about to), a quarter with a shorter
    explicit expiry."""
    merchants = np.flatnonzero(rng.random(pop.size) < _VIOLATION_MERCHANTS)
    if len(merchants) < 2 <= pop.size:  # a small marketplace still shows the case
        merchants = np.sort(rng.choice(pop.size, 2, replace=False))
    merchant = np.repeat(merchants, rng.integers(1, 4, len(merchants)))
    size = len(merchant)
    first = clock.start_day - _VIOLATIONS_BEFORE_START_DAYS
    day = np.sort(rng.integers(first, clock.as_of_day + 1, size))
    rule = rng.integers(0, len(_VIOLATION_RULES), size)
    points = _VIOLATION_POINTS[rng.integers(0, len(_VIOLATION_POINTS), size)]
    explicit = rng.random(size) < _EXPLICIT_EXPIRY_SHARE
    order = np.lexsort((day, merchant))
    merchant, day, rule, points, explicit = (
        merchant[order],
        day[order],
        rule[order],
        points[order],
        explicit[order],
    )
    if size >= 2:  # both kinds of expiry, whatever the draw
        explicit[0], explicit[-1] = True, False
    expires = day + np.minimum(_SHORT_EXPIRY_DAYS, policy.penalty_expiry_days)
    return {
        "violation_id": ids("V", np.arange(size) + 1, 8),
        "merchant_id": merchant_ids(merchant),
        "rule": pick([code for code, _ in _VIOLATION_RULES], rule),
        "occurred_on": _dates(day),
        "points": money(points.astype(np.int64) * 100),
        "expires_on": with_nulls(_dates(expires), ~explicit),
        "detail": pick([text for _, text in _VIOLATION_RULES], rule),
    }


def _dates(days: Ints) -> pa.Array:
    return pa.array(np.asarray(days).astype(np.int32), type=pa.int32()).cast(pa.date32())
