"""Build the product-radar evaluation corpus: ip_rights.csv and the labelled listings.

    python tests/data/radar/build_corpus.py          # rewrites the CSVs next to this file

Deterministic (fixed seed): the same code writes the same files. The listings are drawn
from the hand-written words in corpus_rights.py and corpus_words.py plus the hand-written listings
below; every row's label is set where the row is made, then checked against the text (no
mark of another right may appear in plain form unless the label names it). README.md gives
the label rules.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from corpus_rights import RIGHTS, RIGHTS_BY_ID, Right  # noqa: E402
from corpus_words import (  # noqa: E402
    ACCENTED,
    ACCESSORIES,
    HOMOGLYPHS,
    LEET,
    MARK_SENTENCES_EN,
    MARK_SENTENCES_ZH,
    MARK_TITLES_EN,
    MARK_TITLES_ZH,
    OWN_BRANDS,
    PLAIN_SENTENCES_EN,
    PLAIN_SENTENCES_ZH,
    PLAIN_TITLES_EN,
    PLAIN_TITLES_ZH,
    PREFIXES_EN,
    PREFIXES_ZH,
    PRODUCTS,
    SUFFIXES_EN,
    SUFFIXES_ZH,
    accent,
    case_width,
    fold,
    has_cjk,
    homoglyph,
    leetspeak,
    spacing,
)

SEED = 20260214
RIGHT_COLUMNS = ["right_id", "holder", "kind", "mark", "aliases", "image_path"]
LISTING_COLUMNS = [
    "product_id",
    "title",
    "description",
    "brand",
    "image_path",
    "expected",
    "expected_without_compat",
    "case",
    "brand_group",
    "lang",
]
POSITIVE_CASES = (
    "exact",
    "alias",
    "chinese",
    "case_width",
    "accent",
    "homoglyph",
    "leetspeak",
    "spacing",
    "misspelling",
    "brand_field",
    "image",
    "mixed",
)
NEAR_MISS_CASES = ("inside_word", "generic_word", "common_word")
NEGATIVE_CASES = ("compat", *NEAR_MISS_CASES, "clean")
CASES = POSITIVE_CASES + NEGATIVE_CASES
# Listings made per case by the generator, on top of the hand-written ones. The near-miss
# cases use every hand-written near-miss of rights.py instead.
TARGETS = {
    "exact": 24,
    "alias": 24,
    "chinese": 26,
    "case_width": 24,
    "accent": 24,
    "homoglyph": 24,
    "leetspeak": 24,
    "spacing": 24,
    "misspelling": 26,
    "brand_field": 24,
    "image": 30,
    "mixed": 24,
    "compat": 44,
    "clean": 160,
}
HOLDOUT_SHARE_OF_CLEAN = 0.35
# Latin words a Chinese listing holds without being bilingual.
UNITS = frozenset(
    {
        "MOQ",
        "OEM",
        "ODM",
        "USB",
        "LED",
        "GPS",
        "EVA",
        "ABS",
        "PVC",
        "TWS",
        "PU",
        "MAH",
        "ML",
        "CM",
        "MM",
        "KG",
        "PRO",
        "MAX",
        "LXT",
        "FPS",
        "HEPA",
        "RGB",
        "XF",
        "ND",
    }
)


@dataclass
class Row:
    title: str
    description: str
    brand: str
    case: str
    brand_group: str
    expected: set[str] = field(default_factory=set)
    compat_rights: set[str] = field(default_factory=set)
    image: bool = False

    @property
    def expected_without_compat(self) -> set[str]:
        return self.expected | self.compat_rights

    @property
    def lang(self) -> str:
        text = f"{self.title} {self.description}"
        if not has_cjk(text):
            return "en"
        words = re.findall(r"[^\W\d_\u4e00-\u9fff]{2,}", text)
        return "mixed" if any(word.upper() not in UNITS for word in words) else "zh"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class Writer:
    """Draws words with one random generator so the whole corpus follows from the seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.last_product = ""

    def product(self, domain: str) -> tuple[str, str, str, str, str]:
        en, zh, adj_en, adj_zh = PRODUCTS[domain]
        noun_en, noun_zh = self.rng.choice(en), self.rng.choice(zh)
        # An adjective the noun already holds ("Magnetic Magnetic Charger") is drawn again.
        fresh_en = [a for a in adj_en if a.lower() not in noun_en.lower()] or list(adj_en)
        fresh_zh = [a for a in adj_zh if a not in noun_zh] or list(adj_zh)
        return (
            noun_en,
            noun_zh,
            self.rng.choice(fresh_en),
            self.rng.choice(fresh_zh),
            self.rng.choice(fresh_en),
        )

    def fill(self, template: str, zh: bool, domain: str, mark: str = "") -> str:
        p_en, p_zh, a_en, a_zh, _ = self.product(domain)
        words = {
            "m": mark,
            "p": p_zh if zh else p_en,
            "a": a_zh if zh else a_en,
            "a2": self.rng.choice(PRODUCTS[domain][3] if zh else PRODUCTS[domain][2]),
            "x": self.rng.choice(PREFIXES_ZH if zh else PREFIXES_EN),
            "s": self.rng.choice(SUFFIXES_ZH if zh else SUFFIXES_EN),
            "y": self.rng.choice(("2024", "2025", "2023")),
        }
        if words["a2"] == words["a"]:
            words["a2"] = ""
        # A description that names the product again names the same one.
        self.last_product = words["p"]
        return _clean(template.format(**words))

    def plain_title(self, domain: str, zh: bool) -> str:
        return self.fill(self.rng.choice(PLAIN_TITLES_ZH if zh else PLAIN_TITLES_EN), zh, domain)

    def plain_description(self, zh: bool, n: int = 2) -> str:
        pool = PLAIN_SENTENCES_ZH if zh else PLAIN_SENTENCES_EN
        glue = "" if zh else " "
        return glue.join(self.rng.sample(pool, n))

    def own_brand(self) -> str:
        return self.rng.choice(OWN_BRANDS)

    def mark_title(self, mark: str, domain: str, zh: bool) -> str:
        return self.fill(
            self.rng.choice(MARK_TITLES_ZH if zh else MARK_TITLES_EN), zh, domain, mark
        )

    def mark_sentence(self, mark: str, zh: bool) -> str:
        pool = MARK_SENTENCES_ZH if zh else MARK_SENTENCES_EN
        return self.rng.choice(pool).format(m=mark, p=self.last_product.lower())

    # --- evasions -----------------------------------------------------------------------

    def variant(self, right: Right, case: str) -> str:
        rng = self.rng
        latin = [right.mark, *right.latin_aliases]
        if case == "exact":
            return right.mark
        if case == "alias":
            return rng.choice(right.latin_aliases)
        if case == "chinese":
            return rng.choice(right.chinese_aliases)
        if case == "misspelling":
            return rng.choice(right.misspellings)
        base = rng.choice(latin) if rng.random() < 0.3 else right.mark
        for _ in range(20):
            if case == "case_width":
                out = case_width(base, rng)
            elif case == "accent":
                out = accent(base if _can(base, ACCENTED) else right.mark, rng)
            elif case == "homoglyph":
                out = homoglyph(base if _can(base, HOMOGLYPHS) else right.mark, rng)
            elif case == "leetspeak":
                out = leetspeak(base if _can(base, LEET) else right.mark, rng)
            elif case == "spacing":
                out = spacing(base, rng)
            else:
                raise ValueError(case)
            if all(out != term for term in (*latin, *(t.upper() for t in latin))):
                return out
        raise ValueError(f"no {case} variant of {right.mark!r}")


def _can(mark: str, table: dict[str, str]) -> bool:
    return any(ch in table for ch in mark)


def eligible(right: Right, case: str) -> bool:
    if case == "alias":
        return bool(right.latin_aliases)
    if case == "chinese":
        return bool(right.chinese_aliases)
    if case == "misspelling":
        return bool(right.misspellings)
    if case == "image":
        return right.image
    if case == "accent":
        return _can(right.mark, ACCENTED)
    if case == "compat":
        return bool(right.devices)
    if case == "spacing":
        # Li-Ning without its hyphen reads "lining", a word the common_word case keeps clean.
        return right.right_id != "r-li-ning"
    return True


def cycle(rights: Sequence[Right], rng: random.Random) -> Iterator[Right]:
    while True:
        order = list(rights)
        rng.shuffle(order)
        yield from order


def text_positive(w: Writer, right: Right, case: str) -> Row:
    rng = w.rng
    mark = w.variant(right, case)
    zh = has_cjk(mark) or rng.random() < 0.35
    in_title = rng.random() < 0.72
    if in_title:
        title = w.mark_title(mark, right.domain, zh)
        description = w.plain_description(zh, rng.randint(1, 2))
    else:
        title = w.plain_title(right.domain, zh)
        description = w.mark_sentence(mark, zh) + ("" if zh else " ")
        description += w.plain_description(zh, 1)
    brand = right.mark if case == "exact" and rng.random() < 0.2 else w.own_brand()
    return Row(title, _clean(description), brand, case, right.right_id, {right.right_id})


def brand_field_positive(w: Writer, right: Right) -> Row:
    zh = w.rng.random() < 0.35
    brand = w.rng.choice(
        (right.mark, right.mark.upper(), *right.aliases, *right.aliases, right.mark)
    )
    return Row(
        w.plain_title(right.domain, zh),
        w.plain_description(zh),
        brand,
        "brand_field",
        right.right_id,
        {right.right_id},
    )


def image_positive(w: Writer, right: Right) -> Row:
    zh = w.rng.random() < 0.35
    return Row(
        w.plain_title(right.domain, zh),
        w.plain_description(zh),
        w.own_brand(),
        "image",
        right.right_id,
        {right.right_id},
        image=True,
    )


MIXED_EVASIONS = (
    "exact",
    "chinese",
    "leetspeak",
    "homoglyph",
    "spacing",
    "misspelling",
    "case_width",
    "accent",
    "alias",
)


FAMILIES = (
    frozenset({"bags", "apparel", "shoes", "clogs", "watch"}),
    frozenset({"perfume", "cosmetics", "hair"}),
    frozenset({"tech", "phone", "audio", "tracker", "charger", "drone", "camera", "game"}),
    frozenset({"toys", "puzzle", "drinkware"}),
    frozenset({"tools", "auto", "oil"}),
)
# Accessories a fashion or toy mark is put on while the listing says which device they fit.
WEARABLES = (
    (
        "Sport Band for {dev}",
        (
            "Apple Watch Series 9",
            "Huawei Watch GT 4",
            "Samsung Galaxy Watch 6",
            "Google Pixel Watch 2",
            "Xiaomi Mi Band 8",
        ),
    ),
    (
        "Logo Case for {dev}",
        (
            "iPhone 15 Pro Max",
            "Huawei Mate 60 Pro",
            "Samsung Galaxy S24 Ultra",
            "Google Pixel 8 Pro",
            "Xiaomi 14",
            "iPhone 14",
        ),
    ),
    ("Print Silicone Cover Compatible with {dev}", ("AirPods Pro 2", "AirTag", "AirPods 3")),
)


def partner_for(right: Right, rng: random.Random) -> Right:
    """Another right of the same half (so no right crosses the split), of a related trade."""
    family = next(f for f in FAMILIES if right.domain in f)
    same_half = [r for r in RIGHTS if r.holdout == right.holdout and r is not right]
    related = [r for r in same_half if r.domain in family]
    return rng.choice(related or same_half)


def mixed_positive(w: Writer, right: Right) -> Row:
    """Two rights in one listing, or one right under two evasions, or a mark plus a fit."""
    rng = w.rng

    def evade(r: Right) -> str:
        options = [c for c in MIXED_EVASIONS if eligible(r, c)]
        return w.variant(r, rng.choice(options))

    style = rng.choice(("collab", "collab", "double", "with_compat"))
    p_en, p_zh, a_en, a_zh, _ = w.product(right.domain)
    if style == "double" and right.chinese_aliases:
        latin = evade(right)
        if has_cjk(latin):
            latin = w.variant(right, "leetspeak")
        chinese = rng.choice(right.chinese_aliases)
        title = rng.choice(
            (
                f"{latin} {chinese}同款{p_zh} {a_zh} 厂家直销",
                f"{rng.choice(PREFIXES_EN)} {latin} {a_en} {p_en} {chinese}",
                f"{chinese} {latin} {p_zh} 原单 一件代发",
            )
        )
        return Row(
            _clean(title),
            w.plain_description(has_cjk(title), 1),
            w.own_brand(),
            "mixed",
            right.right_id,
            {right.right_id},
        )
    if style == "with_compat" and right.domain in FAMILIES[0] | FAMILIES[3]:
        template, devices = rng.choice(WEARABLES)
        fitting = [
            d
            for d in devices
            if all(RIGHTS_BY_ID[r].holdout == right.holdout for r in rights_named(d))
        ]
        if fitting:
            device = rng.choice(fitting)
            mark = evade(right)
            title = f"{mark} {template.format(dev=device)} {rng.choice(SUFFIXES_EN)}"
            row = Row(
                _clean(title),
                w.plain_description(False, 1),
                w.own_brand(),
                "mixed",
                right.right_id,
                {right.right_id},
            )
            row.compat_rights = rights_named(device) - row.expected
            return row
    partner = partner_for(right, rng)
    first, second = evade(right), evade(partner)
    zh = has_cjk(first + second) or rng.random() < 0.3
    if zh:
        title = rng.choice(
            (
                f"{first}×{second}联名{p_zh} {a_zh} 现货",
                f"{rng.choice(PREFIXES_ZH)} {first}{p_zh} 同{second}风格",
                f"{first} {second} 联名款 {a_zh}{p_zh}",
            )
        )
    else:
        title = rng.choice(
            (
                f"{first} x {second} Collab {a_en} {p_en}",
                f"{rng.choice(PREFIXES_EN)} {first} {p_en} {second} Style "
                f"{rng.choice(SUFFIXES_EN)}",
                f"{first} {a_en} {p_en} with {second} Print",
            )
        )
    return Row(
        _clean(title),
        w.plain_description(zh, 1),
        w.own_brand(),
        "mixed",
        right.right_id,
        {right.right_id, partner.right_id},
    )


COMPAT_TITLES_EN = (
    "{acc} for {dev} {a}",
    "{x} {acc} Compatible with {dev}",
    "Replacement {acc} for {dev}",
    "{acc} Fits {dev} {s}",
    "{dev} Compatible {acc} {x}",
    "{x} {acc} Designed to Fit {dev}",
    "{acc} Works with {dev} {s}",
    "Compatible for {dev} {acc} {s}",
)
COMPAT_TITLES_ZH = (
    "适用于{dev}{acc} {s}",
    "{acc} 适配{dev} {x}",
    "兼容{dev} {acc} {s}",
    "适用{dev} {acc} 替换",
    "{x} {acc} 适用于{dev}",
)
COMPAT_SENTENCES_EN = (
    "Compatible with {dev}. Not made by or affiliated with the brand owner.",
    "Precise cutouts for {dev}, easy to install.",
    "Third-party accessory that fits {dev}.",
    "Please check your model: fits {dev} only.",
)
COMPAT_SENTENCES_ZH = (
    "适用于{dev}，非原厂配件。",
    "精准开孔，适配{dev}。",
    "第三方配件，兼容{dev}。",
)


def rights_named(text: str) -> set[str]:
    """The rights whose mark or alias appears in plain form in ``text``."""
    return {right.right_id for right in RIGHTS if plain_hit(right, text)}


def plain_hit(right: Right, text: str) -> bool:
    folded = fold(text)
    for term in (right.mark, *right.aliases):
        term_f = fold(term)
        if has_cjk(term_f):
            if term_f in folded:
                return True
        elif re.search(rf"(?<![0-9a-z]){re.escape(term_f)}(?![0-9a-z])", folded):
            return True
    return False


def compat_negative(w: Writer, right: Right) -> Row:
    rng = w.rng
    device = rng.choice(right.devices)
    domain = right.domain
    if "PS5" in device or "Switch" in device:
        domain = "game"
    elif right.right_id == "r-apple":
        domain = "tech"
    acc_en, acc_zh = ACCESSORIES[domain]
    zh = has_cjk(device) or rng.random() < 0.3
    acc = rng.choice(acc_zh if zh else acc_en)
    words = {
        "acc": acc,
        "dev": device,
        "a": rng.choice(("Premium", "Slim", "Durable", "Soft", "Heavy Duty", "Clear")),
        "x": rng.choice(PREFIXES_ZH if zh else PREFIXES_EN),
        "s": rng.choice(SUFFIXES_ZH if zh else SUFFIXES_EN),
    }
    templates = COMPAT_TITLES_ZH if zh else COMPAT_TITLES_EN
    if "Replacement" in acc:
        templates = tuple(t for t in templates if "Replacement" not in t)
    title = _clean(rng.choice(templates).format(**words))
    sentence = rng.choice(COMPAT_SENTENCES_ZH if zh else COMPAT_SENTENCES_EN).format(dev=device)
    description = sentence + ("" if zh else " ") + w.plain_description(zh, 1)
    row = Row(title, description, w.own_brand(), "compat", right.right_id)
    row.compat_rights = rights_named(device)
    row.image = rng.random() < 0.5
    return row


def near_miss(w: Writer, right: Right, case: str, title: str, description: str) -> Row:
    zh = has_cjk(title)
    if w.rng.random() < 0.5:
        description += ("" if zh else " ") + w.plain_description(zh, 1)
    return Row(
        title,
        description,
        w.own_brand(),
        case,
        right.right_id,
        image=w.rng.random() < (0.7 if right.image else 0.4),
    )


def clean_negative(w: Writer) -> Row:
    domain = w.rng.choice(sorted(PRODUCTS))
    zh = w.rng.random() < 0.35
    return Row(
        w.plain_title(domain, zh),
        w.plain_description(zh),
        w.own_brand(),
        "clean",
        "",
        image=w.rng.random() < 0.45,
    )


# Hand-written listings: (title, description, brand, case, brand_group, expected,
# expected_without_compat). An empty expected_without_compat means the same as expected.
HANDWRITTEN: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    (
        "Wholesale 2024 New Style Men Running Shoes N1ke Air Sneakers",
        "Breathable mesh, EVA sole, sizes 39-46.",
        "",
        "leetspeak",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "厂家直销 耐克同款运动鞋 男款 透气",
        "支持混批，一件代发。",
        "",
        "chinese",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Channel No5 Perfume Style Women Eau de Parfum 100ml",
        "Long lasting floral scent, gift box included.",
        "",
        "misspelling",
        "r-chanel",
        "r-chanel",
        "",
    ),
    (
        "ＮＩＫＥ Air Cushion Basketball Shoes High Top",
        "Factory price, MOQ 10 pairs.",
        "",
        "case_width",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Nîke Tech Fleece Tracksuit Men 2 Piece Set",
        "Cotton blend, 6 colours.",
        "",
        "accent",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Ad1das Ultra Boost Style Running Shoes",
        "Knit upper, boost-like sole.",
        "",
        "leetspeak",
        "r-adidas",
        "r-adidas",
        "",
    ),
    (
        "Addidas Samba Retro Sneakers Unisex",
        "Suede overlays, gum sole.",
        "",
        "misspelling",
        "r-adidas",
        "r-adidas",
        "",
    ),
    (
        "Guci Marmont Shoulder Bag Quilted Leather",
        "Gold hardware, chain strap.",
        "",
        "misspelling",
        "r-gucci",
        "r-gucci",
        "",
    ),
    (
        "Nikee Dunk Low Panda Skate Shoes",
        "Leather upper, rubber sole.",
        "",
        "misspelling",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "L V Monogram Canvas Tote Bag Large",
        "Brown canvas with leather handles.",
        "",
        "spacing",
        "r-louis-vuitton",
        "r-louis-vuitton",
        "",
    ),
    (
        "G-U-C-C-I Double G Leather Belt Men",
        "Width 3.8 cm, gift box.",
        "",
        "spacing",
        "r-gucci",
        "r-gucci",
        "",
    ),
    (
        "N.i.k.e Crew Socks Cotton 6 Pairs",
        "Cushioned sole, ribbed cuff.",
        "",
        "spacing",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "路易威登 老花 手提包 女士 大容量",
        "原单品质，带防尘袋。",
        "",
        "chinese",
        "r-louis-vuitton",
        "r-louis-vuitton",
        "",
    ),
    ("香奈儿 小香风 菱格链条包", "经典款，羊皮材质。", "", "chinese", "r-chanel", "r-chanel", ""),
    (
        "Apple iPhone 15 Pro Case Original Silicone",
        "Soft touch silicone with microfiber lining.",
        "",
        "exact",
        "r-apple",
        "r-apple;r-iphone",
        "",
    ),
    (
        "苹果手机壳 液态硅胶 全包防摔",
        "亲肤手感，多色可选。",
        "",
        "chinese",
        "r-apple",
        "r-apple",
        "",
    ),
    (
        "Silicone Case for AirPods Pro 2 with Keychain",
        "Shockproof, supports wireless charging.",
        "",
        "compat",
        "r-airpods",
        "",
        "r-airpods",
    ),
    (
        "Tempered Glass Screen Protector Compatible with iPhone 14",
        "9H hardness, 2 pack.",
        "",
        "compat",
        "r-iphone",
        "",
        "r-iphone",
    ),
    (
        "Replacement Strap for Apple Watch Ultra 49mm Titanium",
        "Quick release, fits 42-49mm.",
        "",
        "compat",
        "r-apple",
        "",
        "r-apple",
    ),
    (
        "Nіke Air Force 1 White Low",
        "Leather upper, all sizes.",
        "",
        "homoglyph",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Сhanel Coco Perfume 100ml Gift Set",
        "Long lasting, for women.",
        "",
        "homoglyph",
        "r-chanel",
        "r-chanel",
        "",
    ),
    (
        "ΑDIDAS Superstar Classic Sneakers",
        "Leather upper, rubber toe cap.",
        "",
        "homoglyph",
        "r-adidas",
        "r-adidas",
        "",
    ),
    (
        "Wholesale Hoodie Oversized Cotton",
        "Heavy cotton, 12 colours.",
        "Nike",
        "brand_field",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Ladies Leather Crossbody Bag Small",
        "Genuine cowhide, adjustable strap.",
        "路易威登",
        "brand_field",
        "r-louis-vuitton",
        "r-louis-vuitton",
        "",
    ),
    (
        "Running Shoes Men Breathable Mesh",
        "Lightweight sole. Inspired by the Air Max 90.",
        "NIKE",
        "brand_field",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Men Sneakers Casual Shoes 2025",
        "Style same as Nike Air Jordan 1, top quality.",
        "",
        "exact",
        "r-nike",
        "r-nike",
        "",
    ),
    (
        "Pr@da Re-Nylon Backpack Black",
        "Nylon with triangle badge.",
        "",
        "leetspeak",
        "r-prada",
        "r-prada",
        "",
    ),
    (
        "G00gle Pixel Style Smartphone 5G 8GB+256GB",
        "Android 14, dual SIM.",
        "",
        "leetspeak",
        "r-google",
        "r-google",
        "",
    ),
    (
        "$upreme Box Logo Hoodie Red",
        "Heavyweight fleece.",
        "",
        "leetspeak",
        "r-supreme",
        "r-supreme",
        "",
    ),
    (
        "Fresh Apple Juice 1L NFC Not From Concentrate",
        "Cold pressed, no sugar added.",
        "",
        "generic_word",
        "r-apple",
        "",
        "",
    ),
    (
        "新鲜苹果 山东烟台 红富士 整箱",
        "产地直发，坏果包赔。",
        "",
        "generic_word",
        "r-apple",
        "",
        "",
    ),
    (
        "Dove Bird Cage Large Metal for Pigeons",
        "For doves and pigeons, 80 cm.",
        "",
        "generic_word",
        "r-dove",
        "",
        "",
    ),
    (
        "Natural Shell Wind Chime Handmade",
        "Made of seashells and driftwood.",
        "",
        "generic_word",
        "r-shell",
        "",
        "",
    ),
    (
        "Puma Animal Toy Wildlife Model Kids Educational",
        "Realistic big cat figure.",
        "",
        "generic_word",
        "r-puma",
        "",
        "",
    ),
    (
        "4 Channel Relay Board 12V with Optocoupler Isolation",
        "Each channel 10A.",
        "",
        "common_word",
        "r-chanel",
        "",
        "",
    ),
    (
        "Universal Remote for TV Channel Switching",
        "Learn mode, 8 devices.",
        "",
        "common_word",
        "r-chanel",
        "",
        "",
    ),
    (
        "Apple Watch Band Sport Loop Nylon",
        "Official style band, all sizes.",
        "",
        "exact",
        "r-apple",
        "r-apple",
        "",
    ),
    (
        "Puma Suede Classic Sneakers Unisex",
        "Suede upper with formstrip.",
        "",
        "exact",
        "r-puma",
        "r-puma",
        "",
    ),
    (
        "Coach Tabby Shoulder Bag Pebbled Leather",
        "Signature hardware.",
        "",
        "exact",
        "r-coach",
        "r-coach",
        "",
    ),
    (
        "Dove Deep Moisture Body Wash 1L",
        "With nutrium moisture.",
        "",
        "exact",
        "r-dove",
        "r-dove",
        "",
    ),
    (
        "Shell Helix Ultra 5W-40 Engine Oil 4L",
        "Fully synthetic motor oil.",
        "",
        "exact",
        "r-shell",
        "r-shell",
        "",
    ),
    (
        "Polo Ralph Lauren Custom Fit Mesh Polo Shirt",
        "Pony logo on chest.",
        "",
        "alias",
        "r-ralph-lauren",
        "r-ralph-lauren",
        "",
    ),
    (
        "小米 充电宝 20000毫安 快充",
        "原装品质，双向快充。",
        "",
        "chinese",
        "r-xiaomi",
        "r-xiaomi",
        "",
    ),
    (
        "李宁 韦德之道 篮球鞋 男",
        "轻弹科技中底，实战耐磨。",
        "",
        "chinese",
        "r-li-ning",
        "r-li-ning",
        "",
    ),
    ("大疆 Mini 4 Pro 无人机 4K", "全向避障，长续航。", "", "chinese", "r-dji", "r-dji", ""),
    ("安踏 KT 篮球鞋 氮科技", "轻弹缓震。", "", "chinese", "r-anta", "r-anta", ""),
    (
        "华为 Mate 60 Pro 手机 全网通",
        "卫星通话，麒麟芯片。",
        "",
        "chinese",
        "r-huawei",
        "r-huawei",
        "",
    ),
    (
        "Building Blocks Compatible with LEGO Technic 1500 pcs",
        "Fits all major brick brands.",
        "",
        "compat",
        "r-lego",
        "",
        "r-lego",
    ),
    ("兼容乐高积木 城市系列 拼装玩具", "颗粒兼容，环保ABS。", "", "compat", "r-lego", "", "r-lego"),
    (
        "适用于华为Mate60 Pro手机壳 磁吸",
        "精准开孔，不挡信号。",
        "",
        "compat",
        "r-huawei",
        "",
        "r-huawei",
    ),
    (
        "Propeller Guard for DJI Mini 4 Pro Quick Release",
        "Lightweight protection.",
        "",
        "compat",
        "r-dji",
        "",
        "r-dji",
    ),
    (
        "Magnetic Ring MagSafe Compatible Universal Sticker",
        "Turns any case magnetic.",
        "",
        "compat",
        "r-magsafe",
        "",
        "r-magsafe",
    ),
    (
        "Shoe Charms for Crocs Clogs 30pcs Cartoon",
        "PVC charms, fit all clog holes.",
        "",
        "compat",
        "r-crocs",
        "",
        "r-crocs",
    ),
    (
        "Jaguar Print Bodycon Dress Women",
        "Animal print, stretch fabric.",
        "",
        "generic_word",
        "r-jaguar",
        "",
        "",
    ),
    (
        "Coach Bus Rear View Mirror Assembly",
        "For 12 m tourist coaches.",
        "",
        "generic_word",
        "r-coach",
        "",
        "",
    ),
    (
        "Applewood Chips for Smoking BBQ 2kg",
        "Kiln dried apple wood.",
        "",
        "inside_word",
        "r-apple",
        "",
        "",
    ),
    (
        "Diorama Base Kit for Model Figures",
        "Terrain, grass and resin base.",
        "",
        "inside_word",
        "r-dior",
        "",
        "",
    ),
    (
        "Ｌｏｕｉｓ　Ｖｕｉｔｔｏｎ Keepall Travel Bag 50",
        "Canvas and leather.",
        "",
        "case_width",
        "r-louis-vuitton",
        "r-louis-vuitton",
        "",
    ),
    (
        "Lou1s Vu1tton Neverfull MM Tote",
        "Damier canvas, pouch included.",
        "",
        "leetspeak",
        "r-louis-vuitton",
        "r-louis-vuitton",
        "",
    ),
    (
        "Gücci Ace Sneakers Bee Embroidered",
        "Leather sneakers.",
        "",
        "accent",
        "r-gucci",
        "r-gucci",
        "",
    ),
    (
        "Rolèx Submariner Style Automatic Watch",
        "Ceramic bezel, 904L steel.",
        "",
        "accent",
        "r-rolex",
        "r-rolex",
        "",
    ),
    (
        "N1ke Sport Band for Apple Watch Series 9 45mm",
        "Perforated silicone band.",
        "",
        "mixed",
        "r-nike",
        "r-nike",
        "r-nike;r-apple",
    ),
    ("耐克 N1KE 同款 跑步鞋 气垫", "男女同款，透气网面。", "", "mixed", "r-nike", "r-nike", ""),
)


def handwritten_rows() -> list[Row]:
    rows = []
    for title, description, brand, case, group, expected, without in HANDWRITTEN:
        exp = set(filter(None, expected.split(";")))
        nc = set(filter(None, without.split(";"))) or exp
        rows.append(Row(title, description, brand, case, group, exp, nc - exp))
    return rows


def build(seed: int = SEED) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The rights and the listing rows (with ``split``), in product_id order."""
    w = Writer(seed)
    rng = w.rng
    rows = handwritten_rows()
    hand_counts = Counter(row.case for row in rows)
    seen = {row.title for row in rows}

    def fresh(make: Callable[[], Row]) -> Row:
        # Two listings with one title would weigh that title twice: draw again.
        for _ in range(30):
            row = make()
            if row.title not in seen:
                break
        seen.add(row.title)
        return row

    for case in POSITIVE_CASES:
        pool = [r for r in RIGHTS if eligible(r, case)]
        picks = cycle(pool, rng)
        for _ in range(max(0, TARGETS[case] - hand_counts[case])):
            right = next(picks)
            if case == "brand_field":
                rows.append(fresh(lambda r=right: brand_field_positive(w, r)))
            elif case == "image":
                rows.append(fresh(lambda r=right: image_positive(w, r)))
            elif case == "mixed":
                rows.append(fresh(lambda r=right: mixed_positive(w, r)))
            else:
                rows.append(fresh(lambda r=right, c=case: text_positive(w, r, c)))
    picks = cycle([r for r in RIGHTS if r.devices], rng)
    for _ in range(TARGETS["compat"]):
        right = next(picks)
        rows.append(fresh(lambda r=right: compat_negative(w, r)))
    for right in RIGHTS:
        for case, entries in (
            ("inside_word", right.inside),
            ("generic_word", right.generic),
            ("common_word", right.common),
        ):
            for title, description in entries:
                rows.append(near_miss(w, right, case, title, description))
                seen.add(title)
    for _ in range(TARGETS["clean"]):
        rows.append(fresh(lambda: clean_negative(w)))
    for row in rows:
        if row.case == "compat" or row.case in POSITIVE_CASES:
            row.image = row.image or (row.case != "compat" and rng.random() < 0.3)
    check(rows)
    rng.shuffle(rows)
    listings = []
    for number, row in enumerate(rows, start=1):
        product_id = f"P{number:04d}"
        if row.brand_group:
            split = "holdout" if RIGHTS_BY_ID[row.brand_group].holdout else "dev"
        else:
            split = "holdout" if rng.random() < HOLDOUT_SHARE_OF_CLEAN else "dev"
        listings.append(
            {
                "product_id": product_id,
                "title": row.title,
                "description": row.description,
                "brand": row.brand,
                "image_path": f"images/{product_id.lower()}.jpg" if row.image else "",
                "expected": ";".join(sorted(row.expected)),
                "expected_without_compat": ";".join(sorted(row.expected_without_compat)),
                "case": row.case,
                "brand_group": row.brand_group,
                "lang": row.lang,
                "split": split,
            }
        )
    rights = [
        {
            "right_id": r.right_id,
            "holder": r.holder,
            "kind": r.kind,
            "mark": r.mark,
            "aliases": ";".join(r.aliases),
            "image_path": r.image_path,
        }
        for r in RIGHTS
    ]
    return rights, listings


def check(rows: Sequence[Row]) -> None:
    """Every label matches its text: no unlabelled plain mark, no right from the other half."""
    problems = []
    for row in rows:
        text = f"{row.title}\n{row.description}\n{row.brand}"
        labelled = row.expected_without_compat
        for right in RIGHTS:
            if right.right_id in labelled or not plain_hit(right, text):
                continue
            if row.case in NEAR_MISS_CASES and right.right_id == row.brand_group:
                continue
            problems.append(f"{row.case} {row.title!r}: unlabelled {right.right_id}")
        if row.case in POSITIVE_CASES and not row.expected:
            problems.append(f"{row.case} {row.title!r}: positive case without a right")
        if row.case in NEGATIVE_CASES and row.expected:
            problems.append(f"{row.case} {row.title!r}: negative case with a right")
        if row.brand_group:
            half = RIGHTS_BY_ID[row.brand_group].holdout
            for right_id in labelled:
                if RIGHTS_BY_ID[right_id].holdout != half:
                    problems.append(f"{row.title!r}: {right_id} is in the other half")
    if problems:
        raise SystemExit("corpus label problems:\n" + "\n".join(problems))


def write(folder: Path = HERE, seed: int = SEED) -> None:
    rights, listings = build(seed)
    _write_csv(folder / "ip_rights.csv", RIGHT_COLUMNS, rights)
    _write_csv(folder / "listings.csv", LISTING_COLUMNS, listings)
    for split in ("dev", "holdout"):
        part = [row for row in listings if row["split"] == split]
        _write_csv(folder / f"listings_{split}.csv", LISTING_COLUMNS, part)


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=columns, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)


def summary(listings: Sequence[dict[str, str]]) -> str:
    lines = []
    by_case = Counter((row["case"], row["split"]) for row in listings)
    for case in CASES:
        lines.append(
            f"{case:<14}{by_case[case, 'dev'] + by_case[case, 'holdout']:>5}"
            f"  dev {by_case[case, 'dev']:>4}  holdout {by_case[case, 'holdout']:>4}"
        )
    langs = Counter(row["lang"] for row in listings)
    positives = sum(bool(row["expected"]) for row in listings)
    splits = Counter(row["split"] for row in listings)
    lines.append(
        f"total {len(listings)}, positives {positives} "
        f"({positives / len(listings):.0%}), {dict(langs)}, {dict(splits)}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    write()
    print(summary(build()[1]))
