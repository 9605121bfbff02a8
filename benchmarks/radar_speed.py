"""Speed of the radar's text scan (a script, not a timed test).

    .venv/bin/python benchmarks/radar_speed.py
    .venv/bin/python benchmarks/radar_speed.py --marks 10000 --listings 50000

Generates ``--marks`` made-up marks (coined brand-like words, some of two words, a quarter
with an alias and a tenth with a Chinese alias, each covering three product words as
goods; none one letter from a listing word, which would make every listing a suspect)
and ``--listings`` listings (a title of 6–12 words and a description of 20–40, drawn
from everyday product words, with a made-up mark, a misspelling of one, or a spaced-out
one in one listing of ten), builds the detector once and prints the build time and
listings scanned per second on one core. Images are not scanned. The figures are in
docs/radar.md.
"""

from __future__ import annotations

import argparse
import random
import time

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight, ProductText
from sellerstar.radar.scan import detection_rules

_SYLLABLES = [
    "ka",
    "zo",
    "mi",
    "ra",
    "te",
    "lu",
    "vo",
    "ni",
    "sa",
    "be",
    "do",
    "fu",
    "gi",
    "ha",
    "jo",
    "ke",
    "li",
    "mo",
    "nu",
    "pa",
    "qui",
    "ro",
    "su",
    "ti",
    "va",
    "we",
    "xi",
    "yo",
    "zu",
    "bra",
    "cle",
    "dri",
    "fla",
    "glo",
    "pri",
    "stu",
    "tra",
    "vin",
    "mar",
    "rex",
    "tor",
    "lan",
    "vel",
]
_WORDS = [
    "new",
    "fashion",
    "women",
    "men",
    "shoes",
    "running",
    "sport",
    "casual",
    "leather",
    "bag",
    "handbag",
    "wallet",
    "belt",
    "watch",
    "phone",
    "case",
    "cover",
    "charger",
    "cable",
    "wireless",
    "earphones",
    "headphones",
    "speaker",
    "portable",
    "mini",
    "large",
    "small",
    "black",
    "white",
    "red",
    "blue",
    "green",
    "pink",
    "cotton",
    "shirt",
    "dress",
    "jacket",
    "coat",
    "hoodie",
    "sneakers",
    "boots",
    "sandals",
    "kids",
    "baby",
    "toy",
    "gift",
    "set",
    "box",
    "pack",
    "high",
    "quality",
    "cheap",
    "wholesale",
    "factory",
    "price",
    "free",
    "shipping",
    "durable",
    "waterproof",
    "outdoor",
    "indoor",
    "home",
    "kitchen",
    "tool",
    "steel",
    "plastic",
    "glass",
    "wood",
    "bamboo",
    "organic",
    "natural",
    "fresh",
    "style",
    "design",
    "classic",
    "vintage",
    "modern",
    "luxury",
    "premium",
    "original",
    "hot",
    "sale",
    "summer",
    "winter",
    "travel",
    "office",
    "car",
    "bike",
    "fitness",
    "yoga",
    "4-channel",
    "relay",
    "module",
    "12v",
    "usb",
    "type-c",
    "led",
    "light",
    "lamp",
    "bulb",
    "smart",
    "control",
    "remote",
    "for",
    "with",
    "and",
    "the",
    "of",
    "in",
    "on",
    "to",
    "from",
    "size",
    "color",
    "pcs",
    "lot",
]
_VOCABULARY = frozenset(w for word in _WORDS for w in word.split("-"))
_CHINESE = [
    "新款",
    "时尚",
    "女士",
    "男士",
    "运动",
    "鞋",
    "包",
    "手机壳",
    "耳机",
    "充电器",
    "手表",
    "皮带",
    "钱包",
    "外套",
    "批发",
    "包邮",
]
_HANZI = "安宝达德飞福格华佳凯乐美明诺瑞森天特维星雅云正智"


def _near_vocabulary(word: str) -> bool:
    """``word`` is a listing word or one letter changed, added or dropped from one."""
    if word in _VOCABULARY:
        return True
    variants = {word[:i] + word[i + 1 :] for i in range(len(word))}
    return any(
        (len(v) == len(word) and sum(a != b for a, b in zip(v, word, strict=True)) == 1)
        or v in variants
        or word in {v[:i] + v[i + 1 :] for i in range(len(v))}
        for v in _VOCABULARY
    )


def _coined(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def make_rights(count: int, rng: random.Random) -> list[IpRight]:
    rights: list[IpRight] = []
    seen: set[str] = set()
    goods_rng = random.Random(count)  # its own stream: the marks stay those of earlier runs
    while len(rights) < count:
        mark = _coined(rng)
        if rng.random() < 0.15:
            mark = f"{mark} {_coined(rng)}"
        if mark.lower() in seen or any(_near_vocabulary(w.lower()) for w in mark.split()):
            continue  # a made-up mark one letter from a listing word would hit every listing
        seen.add(mark.lower())
        aliases: list[str] = []
        if rng.random() < 0.25:
            aliases.append("".join(w[0] for w in mark.split()) + _coined(rng)[:2].upper())
        if rng.random() < 0.1:
            aliases.append("".join(rng.choice(_HANZI) for _ in range(rng.randint(2, 3))))
        rights.append(
            IpRight(
                f"R{len(rights):05d}",
                f"H{len(rights) // 3}",
                "trademark",
                mark,
                tuple(aliases),
                None,
                tuple(goods_rng.sample(_WORDS, 3)),  # the goods it covers
            )
        )
    return rights


def make_listings(count: int, rights: list[IpRight], rng: random.Random) -> list[ProductText]:
    listings: list[ProductText] = []
    for index in range(count):
        title = [rng.choice(_WORDS) for _ in range(rng.randint(6, 12))]
        description = [rng.choice(_WORDS) for _ in range(rng.randint(20, 40))]
        if index % 10 == 0:
            mark = rng.choice(rights).mark
            kind = index % 30
            if kind == 10:
                mark = mark[:2] + mark[3:]  # a letter dropped
            elif kind == 20:
                mark = "-".join(mark)
            title.insert(rng.randrange(len(title)), mark)
        if index % 7 == 0:
            description.insert(0, "".join(rng.choice(_CHINESE) for _ in range(4)))
        listings.append(
            ProductText(f"P{index}", " ".join(title).title(), " ".join(description), None, None)
        )
    return listings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--marks", type=int, default=10_000)
    parser.add_argument("--listings", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rights = make_rights(args.marks, rng)
    listings = make_listings(args.listings, rights, rng)
    rules = detection_rules()
    started = time.perf_counter()
    detector = Detector.build(rights, rules, None)
    built = time.perf_counter() - started
    detector.scan(listings[0], None)  # the first Chinese mark loads jieba's dictionary
    findings = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for listing in listings:
        findings += len(detector.scan(listing, None))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"marks: {args.marks} (and {sum(len(r.aliases) for r in rights)} aliases)")
    print(f"build: {built:.2f} s")
    print(f"listings: {len(listings)} in {elapsed:.2f} s ({cpu:.2f} s CPU), findings: {findings}")
    # CPU time is what one core gives; the wall clock also counts other processes' turns.
    print(f"listings/s: {len(listings) / elapsed:,.0f} (wall), {len(listings) / cpu:,.0f} (CPU)")


if __name__ == "__main__":
    main()
