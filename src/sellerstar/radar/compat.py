"""Compatibility wording: a mark that only says what a product fits (``case for
AirPods``, ``适用于苹果``, ``DJI Mini 4 Pro Compatible``) is no finding when the rule-set
allows it, and names a device (so a brand) when it does not."""

from __future__ import annotations

from sellerstar.radar import lexicon
from sellerstar.radar.keys import _Field, _Hit
from sellerstar.radar.normalise import is_cjk
from sellerstar.radar.search import _Search

_LIST_JOINERS = frozenset({"and", "or"})


class _Compatibility(_Search):
    """The compatibility check (part of :class:`~sellerstar.radar.detector.Detector`)."""

    def _compatibility(self, field: _Field, hit: _Hit) -> bool:
        """The mark only says what the product fits: ``case for AirPods``, ``适用于苹果``,
        ``DJI Mini 4 Pro Compatible``."""
        text = field.skeleton
        own = self._holder_compacts[self._rights[self._keys[hit.key].right].holder]
        # Model numbers and the holder's other marks may stand between: "for Apple iPhone 14".
        words = text[max(0, hit.start - 80) : hit.start].split()
        while words:
            attached = next((m for m in own if is_cjk(m[0]) and words[-1].endswith(m)), None)
            if words[-1] in own or any(c.isdigit() for c in words[-1]):
                words.pop()
            elif attached is not None:
                words[-1] = words[-1][: -len(attached)]  # "适用于路虎揽胜": 适用于, 路虎, 揽胜
            elif words[-1] in _LIST_JOINERS and len(words) > 1 and words[-2] in self._compact:
                del words[-2:]  # "Compatible with HP and Dell": one phrase, two devices
            else:
                break
        if words and words[-1].endswith(self._cues.compat_zh):
            return True
        cues = self._cues
        for gap in range(self._rules.compatibility_gap_words + 1):
            upto = words[: len(words) - gap]
            if any(tuple(upto[-n:]) in cues.not_compat_en for n in cues.not_compat_en_lengths):
                continue  # "Slim Fit Polo Shirt": a cut, not what the product fits
            if any(
                len(upto) >= n and tuple(upto[-n:]) in cues.compat_en
                for n in cues.compat_en_lengths
            ):
                return True
        # "DJI Mini 4 Pro Compatible", "LEGO Technic Compatible Blocks"; but in "Nike Print
        # Cover Compatible with AirPods" the word introduces what follows instead.
        after = text[hit.end : hit.end + 80].split()
        for count, word in enumerate(after[: self._rules.compatibility_suffix_gap_words + 1]):
            if word in self._cues.compat_suffix_en:
                following = after[count + 1] if count + 1 < len(after) else ""
                return following not in ("with", "for", "to")
        # "戴森V11 吸尘器 替换滤芯": a Chinese word after the mark, a few characters on.
        gap = self._rules.compatibility_suffix_gap_chars_zh
        if text.isascii():
            return False
        chinese = "".join(c for c in text[hit.end : hit.end + 40] if is_cjk(c))
        if any(chinese.find(w, 0, gap + len(w)) >= 0 for w in self._cues.compat_suffix_zh):
            return True
        # "奥林巴斯 相机 电池 适用 BLS-50": a fit unless the words between are the right's
        # own goods and no part follows ("特斯拉 汽车 适用 长途自驾": what the car is good
        # for; "华为手表 兼容安卓": what the watch works with).
        goods = self._goods.get(self._keys[hit.key].right)
        for word in self._cues.fit_suffix_zh:
            at = chinese.find(word, 0, gap + len(word))
            if at < 0 or chinese[at + len(word) : at + len(word) + 1] == "于":
                continue  # "Castrol 机油 适用于五菱宏光": 适用于 introduces what follows
            between = chinese[:at]
            if not between or (goods is not None and between not in goods.chinese):
                return True
            # "杭叉 叉车 适用 座椅": a part named after it is what fits the right's goods.
            if lexicon.leads_with_noun(chinese[at + len(word) :]):
                return True
        return False
