"""Review texts of the demo marketplace: English and Chinese mostly, from templates.

A text is an optional opener, one or two sentences matching the rating and an optional
closer, so honest buyers rarely write the same words. Brushing rings instead paste a few
stock phrases (:data:`RING_PHRASES`), which the detector's ``identical_text`` signal sees.
"""

from __future__ import annotations

import numpy as np

from sellerstar.demo.text import Ints

EN_OPEN = (
    "",
    "Second order from this supplier.",
    "Ordered for our shop.",
    "Bought a trial batch.",
    "We ordered 200 pieces.",
    "Repeat purchase.",
    "First time buying here.",
    "Ordered for a client project.",
    "Sample order before a bigger one.",
)
EN_GOOD = (
    "The quality is better than expected.",
    "Packaging was solid and nothing was damaged.",
    "Colours match the photos exactly.",
    "Seller answered every question quickly.",
    "Arrived earlier than promised.",
    "Stitching and finish are very neat.",
    "Works exactly as described.",
    "Our customers like them a lot.",
    "Good value for the price.",
    "The logo printing came out sharp.",
    "Sizes were accurate.",
    "Material feels durable.",
)
EN_MIXED = (
    "Quality is fine but shipping took a while.",
    "Most pieces are good, a few had small scratches.",
    "Acceptable for the price.",
    "Communication was slow at first.",
    "The colour is a bit darker than the pictures.",
    "Packaging could be better.",
)
EN_BAD = (
    "Several items arrived broken.",
    "Not the material we agreed on.",
    "Shipping was very late and nobody answered.",
    "Sizes were wrong on half of the order.",
    "Quality does not match the sample.",
)
EN_CLOSE = (
    "",
    "",
    "Will order again.",
    "Recommended.",
    "Thanks!",
    "Hope the next batch is the same.",
    "We will see how they sell.",
)
ZH_OPEN = (
    "",
    "第二次下单了。",
    "给店里进的货。",
    "先买了一批试试。",
    "老客户了。",
    "第一次在这家买。",
)
ZH_GOOD = (
    "质量比预想的好。",
    "包装很结实，没有损坏。",
    "颜色和图片一样。",
    "客服回复很及时。",
    "发货很快，比承诺的早到。",
    "做工精细。",
    "和描述的一致。",
    "客户反馈不错。",
    "性价比高。",
    "logo印得很清楚。",
)
ZH_MIXED = (
    "质量还行，就是物流慢了点。",
    "大部分不错，有几个有划痕。",
    "这个价格可以接受。",
    "颜色比图片深一点。",
)
ZH_BAD = (
    "好几件到货就坏了。",
    "材料和说好的不一样。",
    "发货太慢，也没人回复。",
    "和样品差距很大。",
)
ZH_CLOSE = ("", "", "会回购的。", "推荐。", "谢谢！", "希望下次也这么好。")
OTHER = (
    "Muy buena calidad, llegó rápido.",
    "Calidad aceptable, el envío tardó.",
    "Качество хорошее, доставка быстрая.",
    "Produto bom, chegou bem embalado.",
    "Bonne qualité, livraison rapide.",
    "جودة ممتازة وشحن سريع",
)
RING_PHRASES = (
    "Excellent quality, fast delivery, highly recommended supplier!",
    "Very good product, very good seller, five stars!",
    "Perfect! Great quality and super fast shipping, will buy again!",
    "Best supplier ever, product is amazing, thank you!",
    "Good quality good price good service, recommend to everyone!",
    "质量非常好，物流很快，强烈推荐！",
    "非常满意的一次购物，五星好评！",
    "卖家服务好，产品质量一流，值得购买！",
    "Super quality product, excellent communication, 100% recommended!",
    "Amazing product and very professional seller, A+++",
)
# What a buyer types when a coupon asks for a five-star review: short and generic.
SHORT_PRAISE = (
    "Good.",
    "Very good",
    "Nice product",
    "Great!",
    "Satisfied.",
    "Good seller",
    "All good, thanks",
    "很好",
    "满意",
    "不错",
    "好评",
    "Muy bien",
)
# What a product tester writes for a free sample: what was tested, how, and what the photos
# show, so the review reads long and careful (a tester club's reviews).
TESTER_CONTEXT = (
    "Received this as a sample to test before our shop lists it.",
    "We tested it for two weeks in daily use before writing this.",
    "I compared it with the unit we bought from our previous supplier.",
    "Tested a full carton, not just one piece.",
    "Used it every day for about three weeks now.",
)
TESTER_DETAIL = (
    "The photos show the stitching up close: even, no loose threads.",
    "As you can see in the pictures, the box arrived without a dent.",
    "Measured it: the dimensions match the listing within a millimetre.",
    "Photo 2 shows the colour in daylight, it matches the listing.",
    "The weight is exactly what the specification says.",
    "Battery lasted a full working day in our test.",
    "The coating did not scratch after a week of rough handling.",
    "The manual is clear and in English.",
    "Unboxing video and photos attached for other buyers.",
)
TESTER_FLAW = (
    "Only downside: the instructions could be clearer.",
    "One small thing: the packaging smells a bit of plastic at first.",
    "The cable could be a little longer.",
    "Delivery took a few days longer than the estimate.",
)
# What a buyer writes when the seller paid it to turn a complaint into five stars: the
# problem is "solved" (review_buyout; the complaint's own words are gone).
RESOLVED = (
    "Seller contacted me and solved the problem quickly.",
    "There was an issue with the shipment but the seller made it right.",
    "Great after-sales service, the problem was resolved.",
    "The seller compensated us for the delay, very responsible.",
    "Updated: the seller fixed everything, recommended.",
    "Had a problem at first, the seller handled it well.",
    "Late delivery, but the seller took care of it.",
    "卖家处理问题很及时，满意。",
    "售后很好，问题已经解决了。",
    "物流慢了点，但卖家态度很好，给好评。",
    "El vendedor resolvió el problema rápido.",
)
# What an agency's buyer companies write on the wholesale orders it places to pad a
# supplier's trade volume: short and formal, about the cooperation (trade_volume).
COOPERATION = (
    "Good cooperation, will order again.",
    "Smooth transaction, professional supplier.",
    "Goods received, thanks for the cooperation.",
    "Reliable supplier, fast response, good quality.",
    "Long-term partner, always satisfied.",
    "Everything as agreed, looking forward to the next order.",
    "Nice supplier, recommended for bulk orders.",
    "Excellent supplier, next container already planned.",
    "合作愉快，下次继续。",
    "老朋友了，一直很满意。",
)
# Small edits a ring makes to a stock phrase so it looks typed: same words, same order.
_EDITS = ("", "!", "!!", " ", " :)", ".")

LANG_EN, LANG_ZH, LANG_OTHER, LANG_EMPTY = range(4)
_LANG_P = (0.55, 0.3, 0.05, 0.1)


def _sentence(
    rng: np.random.Generator,
    good: tuple[str, ...],
    mixed: tuple[str, ...],
    bad: tuple[str, ...],
    mood: int,
    two: bool,
) -> list[str]:
    pool = good if mood == 2 else mixed if mood == 1 else bad
    first = str(pool[int(rng.integers(len(pool)))])
    if not two:
        return [first]
    second = str(pool[int(rng.integers(len(pool)))])
    return [first] if second == first else [first, second]


def honest_texts(rng: np.random.Generator, quality: Ints) -> list[str]:
    """One text per review whose product quality is ``quality`` (1–5)."""
    lang = rng.choice(4, len(quality), p=_LANG_P)
    texts = []
    for q, language in zip(quality.tolist(), lang.tolist(), strict=True):
        mood = 2 if q >= 4 else 1 if q == 3 else 0
        two = bool(rng.random() < 0.4)
        if language == LANG_EMPTY:
            texts.append("")
        elif language == LANG_OTHER:
            texts.append(str(OTHER[int(rng.integers(len(OTHER)))]))
        elif language == LANG_EN:
            words = [str(EN_OPEN[int(rng.integers(len(EN_OPEN)))])]
            words += _sentence(rng, EN_GOOD, EN_MIXED, EN_BAD, mood, two)
            words.append(str(EN_CLOSE[int(rng.integers(len(EN_CLOSE)))]) if mood else "")
            texts.append(" ".join(w for w in words if w))
        else:
            words = [str(ZH_OPEN[int(rng.integers(len(ZH_OPEN)))])]
            words += _sentence(rng, ZH_GOOD, ZH_MIXED, ZH_BAD, mood, two)
            words.append(str(ZH_CLOSE[int(rng.integers(len(ZH_CLOSE)))]) if mood else "")
            texts.append("".join(w for w in words if w))
    return texts


def ring_texts(rng: np.random.Generator, phrases: Ints, count: int, edited: bool) -> list[str]:
    """``count`` texts pasted from the ring's stock ``phrases``, lightly edited or not."""
    chosen = phrases[rng.integers(0, len(phrases), count)]
    texts = [str(RING_PHRASES[int(p)]) for p in chosen]
    if edited:
        texts = [t.rstrip("!.") + str(_EDITS[int(rng.integers(len(_EDITS)))]) for t in texts]
    return texts


def short_praise(rng: np.random.Generator, count: int) -> list[str]:
    """``count`` short generic praises (:data:`SHORT_PRAISE`)."""
    return [str(SHORT_PRAISE[int(i)]) for i in rng.integers(0, len(SHORT_PRAISE), count)]


def tester_texts(rng: np.random.Generator, quality: Ints) -> list[str]:
    """Long, careful English texts of product testers: what was tested, two or three
    details (photos, measurements) and praise; a 4-star one names a small flaw, as
    testers who want to look honest do."""
    texts = []
    for q in quality.tolist():
        details = rng.choice(len(TESTER_DETAIL), int(rng.integers(2, 4)), replace=False)
        good = rng.choice(len(EN_GOOD), 2, replace=False)
        words = [str(TESTER_CONTEXT[int(rng.integers(len(TESTER_CONTEXT)))])]
        words += [str(TESTER_DETAIL[int(d)]) for d in details]
        words += [str(EN_GOOD[int(g)]) for g in good]
        if q < 5:
            words.append(str(TESTER_FLAW[int(rng.integers(len(TESTER_FLAW)))]))
        words.append(str(EN_CLOSE[int(rng.integers(2, len(EN_CLOSE)))]))
        texts.append(" ".join(words))
    return texts


def resolved_texts(rng: np.random.Generator, count: int) -> list[str]:
    """``count`` texts of bought-off complaints: a third empty (the buyer only changed
    the stars), the others a "problem solved" line (:data:`RESOLVED`)."""
    lines = rng.integers(0, len(RESOLVED), count)
    empty = rng.random(count) < 0.35
    return ["" if e else str(RESOLVED[int(i)]) for i, e in zip(lines, empty, strict=True)]


def cooperation_texts(rng: np.random.Generator, count: int) -> list[str]:
    """``count`` short, formal lines about a trade relationship (:data:`COOPERATION`), one
    in seven left empty."""
    lines = rng.integers(0, len(COOPERATION), count)
    empty = rng.random(count) < 0.15
    return ["" if e else str(COOPERATION[int(i)]) for i, e in zip(lines, empty, strict=True)]
