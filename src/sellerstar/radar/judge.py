"""Judging a hit: whether words that match a mark are used as the mark (everyday words,
brand evidence, the goods a right covers, compatibility wording) and how it scores."""

from __future__ import annotations

import re

from sellerstar.radar import lexicon
from sellerstar.radar.disguise import _cut_as_written, _disguised, _step
from sellerstar.radar.findings import _Findings
from sellerstar.radar.goods import _GOODS_FIELDS, _GOODS_MID_TITLE, _goods_form
from sellerstar.radar.keys import _WORD, _Field, _Hit, _Key
from sellerstar.radar.listing import (
    _a_quantity,
    _a_version,
    _an_age_range,
    _capitalised_before,
    _collaboration,
    _holder_lead,
    _line_name_after,
    _model_number,
    _shown_in_capitals,
    _spelled_out,
)
from sellerstar.radar.misspell import _letter_added
from sellerstar.radar.model import Finding, ProductText
from sellerstar.radar.normalise import (
    SEPARATOR,
    is_cjk,
)
from sellerstar.radar.sense import _neighbours, _qualified_by

# A model or line code after a mark is evidence of the brand: letters then digits ("No5",
# "S23", "HX7"); a quantity puts its digits first ("500ml", "5kg").
_MODEL_CODE = re.compile(r"[a-z]+[0-9][a-z0-9]*")
_PAPER_SIZE = re.compile(r"[ab][0-9]|[ab]10")  # "Ring Binder A4": a sheet, not a model
_HYPHENATED_CODE = re.compile(r"[A-Za-z]+-[0-9][A-Za-z0-9]*")  # "TG-7", "WH-1000XM4"
# A short mark right after a number is a unit of that quantity ("3 HP", "1.5HP").
_QUANTITY_BEFORE = re.compile(r"[0-9] ?$")
_UNIT_LETTERS = 3


class _Judge(_Findings):
    """Findings from hits (part of :class:`~sellerstar.radar.detector.Detector`)."""

    def _judge(self, product: ProductText, field: _Field, hit: _Hit) -> Finding | None:
        key = self._keys[hit.key]
        o_start, o_end = field.original(hit.start, hit.end)
        matched = field.text[o_start:o_end]
        step = _step(matched, key) if hit.step in (None, "joined") else hit.step
        if field.name != "brand":
            if not _disguised(step, matched, key.text) and not self._used_as_mark(
                product, field, hit, key, step, (o_start, o_end)
            ):
                return None
            if self._rules.allow_compatibility_wording and self._compatibility(field, hit):
                return None
        return self._finding(product, field, hit, key, o_start, o_end, step)

    def _used_as_mark(
        self,
        product: ProductText,
        field: _Field,
        hit: _Hit,
        key: _Key,
        step: str,
        span: tuple[int, int],
    ) -> bool:
        """Whether plainly written words that match a mark are used as the mark.

        A coined mark (``Gucci``) always is. A mark that is an everyday word (``Apple``,
        苹果) is one only with evidence of brand use (:meth:`_brand_evidence`) or at the
        lead of the title when nothing there shows the everyday sense; a different
        everyday word near a mark (``channel`` for Chanel, ``Phone`` for iPhone) only with
        evidence of brand use.
        """
        found = field.skeleton[hit.start : hit.end]
        words = _WORD.findall(found)
        if _a_quantity(key, field, hit, span):
            return False  # "USB C Cable 3M Long", "Grass Mat 2x3m"
        if _an_age_range(key, field, hit):
            return False  # "Pajamas Age 7-11 Years": the ages, not 7-Eleven
        if (
            not key.chinese
            and len(key.compact) <= _UNIT_LETTERS
            and _QUANTITY_BEFORE.search(field.skeleton, 0, hit.start)
        ):
            return False  # "3 HP Electric Motor", "1.5HP": a unit after its quantity
        if self._buyers_name(product, key) and not self._brand_evidence(
            product, field, hit, key, span
        ):
            return False  # "Personalised Name Necklace Celine": the buyer's name
        if hit.step in (None, "misspelling") and self._dictionary_compound(
            product, field, hit, key, span
        ):
            return False  # "Tank Top", "Hong Kong", "Tesla Coil": a word of another name
        if (
            hit.step is None
            and _spelled_out(product, field.text[span[0] : span[1]])
            and not self._brand_evidence(product, field, hit, key, span)
        ):
            return False  # "MCM Walnut Sideboard Mid Century Modern": the style's initials
        if hit.step is None and self._place_name(product, field, hit, key, span):
            return False  # "Malibu Beach Sunset Canvas", "Beijing Dongcheng Hutong"
        # Listings whose goods name a place, a family or what they show (the mark written
        # plainly, as separate words, or misspelt).
        named_by_goods = hit.step in (None, "joined", "misspelling")
        if named_by_goods and (self._a_souvenir(product, key) or self._a_family_name(product, key)):
            return False  # "Harbin Ice Festival Travel Poster": the place; "Legrand Surname"
        if (
            named_by_goods
            and self._a_depiction(product, key)
            and not self._brand_evidence(
                product, field, hit, key, span, misspelt=hit.step == "misspelling"
            )
            and not (key.chinese and self._named_as_brand(field, hit))
        ):
            return False  # "Vittoria Colonna Poems Book", 八马图 装饰画: what the goods show
        if hit.step is None and self._persons_surname(product, field, hit, key, span):
            return False  # "James Tissot The Ball on Shipboard Canvas Print"
        if (
            hit.step in ("misspelling", "joined")
            and not key.chinese
            and words != key.skeleton.split()  # not just other separators: "Great - Wall"
        ):
            everyday_words = all(lexicon.is_english_word(w) for w in words)
            if (
                hit.step == "misspelling"
                and words
                and not all(lexicon.is_dictionary_word(w) for w in words)
                and (
                    _letter_added("".join(words), key.compact)
                    or all(lexicon.is_a_word(w) or lexicon.is_place_name(w) for w in words)
                )
            ):
                # A word of everyday speech or of another language, or a place ("Midline
                # Catheter", "Beurre Dish", "Myanmar Teak"), or a mark with one letter more
                # that doubles none ("Nokian Winter Tyres", "Frontliner Mug"), is that
                # other word or name unless the brand or the right's goods show ("Origen
                # Dog Food" for Orijen, "Royal Canine Cat Food").
                return not field.text[span[0] : span[1]].islower() and self._brand_or_goods(
                    product, field, hit, key, span, unknown_goods=False
                )
            if words and all(lexicon.is_dictionary_word(w) for w in words):
                if field.text[span[0] : span[1]].islower():
                    return False  # everyday words in lower case are those words
                # Words of a mark of words, one misspelt ("Under Armor Compression Shirt"),
                # where the brand or the right's goods show ("Yellow Tile Backsplash" is
                # tiles, not Yellow Tail wine), unless they are a dictionary entry ("Duct
                # Tape" is no Duck Tape misspelt).
                if (
                    len(words) > 1
                    and SEPARATOR in key.skeleton
                    and hit.step == "misspelling"
                    and not (len(words) == 2 and lexicon.is_compound(*words))
                ):
                    return self._brand_or_goods(
                        product, field, hit, key, span, unknown_goods=True
                    ) or _line_name_after(field, span)
                if everyday_words or not key.everyday:
                    # "Phone" is a word, not iPhone misspelt, unless the listing shows a brand.
                    if self._brand_evidence(product, field, hit, key, span, misspelt=True):
                        return True
                    # A coined mark cut into words ("One Plus") next to its goods or before
                    # a line of its own ("Pet-Safe ScoopFree") is the mark.
                    goods = self._goods.get(key.right)
                    return (
                        hit.step == "joined"
                        and len(words) > 1
                        and not key.everyday
                        and (
                            _line_name_after(field, span)
                            or _cut_as_written(field.text, span, key.text)
                            or (
                                goods is not None
                                and goods.named_near(
                                    field.skeleton, hit.start, hit.end, self._cues.boilerplate_en
                                )
                            )
                        )
                    )
            if not key.everyday:
                if self._acronym_near_short_mark(field, hit, key, span):
                    return self._brand_evidence(product, field, hit, key, span, misspelt=True)
                return True
            # A misspelt everyday-word mark ("Appple", "Gess") is judged like the word
            # itself below: a word one edit from an everyday word may be another everyday
            # word the dictionary lacks ("Munster" cheese and Monster).
        if hit.step == "misspelling" and key.chinese:
            # A real word or phrase one sound or character off a mark (化为 and 华为, 汪汪
            # and 旺旺, 一只松鼠) needs a cue or the right's goods next to it (飞越 帆布鞋);
            # a made-up spelling (巴比 for 芭比) is the mark.
            if lexicon.is_chinese_word(found) or lexicon.is_chinese_phrase(found):
                if self._brand_evidence(product, field, hit, key, span, misspelt=True):
                    return True
                goods = self._goods.get(key.right)
                return goods is not None and goods.named_near(
                    field.skeleton, hit.start, hit.end, self._cues.boilerplate
                )
            # A made-up spelling (巴比 for 芭比) is the mark where the listing sells the
            # right's goods; 冰风 空调扇 is a fan's name, not 冰峰 misspelt.
            return self._brand_or_goods(product, field, hit, key, span, unknown_goods=True)
        if key.worded and not key.everyday and hit.step is None:
            # A Chinese mark of words chosen for their meaning names the brand where the
            # listing sells the right's goods, not on a verse (稻花香里说丰年) or a colourway.
            return (
                self._goods_named(product, self._goods.get(key.right), False)
                or self._product_after(field, hit, key)
                or self._brand_evidence(product, field, hit, key, span)
                or self._named_as_brand(field, hit)
            )
        if not key.everyday:
            if words and (
                key.compact in self._cues.trade_terms
                or self._a_foreign_word(product, field, hit, words)
            ):
                # "Sciroppo Denso per Dolci": the Italian word; "Bubble Wrap CIF Price":
                # the trade term. Unless the brand shows as it does for another everyday
                # word near a mark (the holder's name, "Denso Corporation", is the word).
                return self._brand_or_goods(product, field, hit, key, span, unknown_goods=False)
            return True
        if self._brand_evidence(product, field, hit, key, span):
            return True
        if key.compact in self._cues.colours:
            return False  # any goods have a colour: "Orange Silicone Phone Case"
        goods = self._goods.get(key.right)
        if goods is None:
            # Goods unknown: only the lead of the title names a brand (``Dove Body Wash``),
            # and there only when nothing shows the everyday sense (``Apple Cider Vinegar``
            # is still read as a brand: the rules know no cue for it).
            return self._leads_title(field, hit) and not self._everyday_sense(
                product, field, hit, key, span
            )
        # Goods known: a mark protects those goods only, so the words name the brand when
        # the goods stand next to them (``Dove Body Wash``, ``Women Fashion Coach Handbag``)
        # and not otherwise (``Dove Shaped Wedding Favor Box``, ``Apple Cider Vinegar``).
        if field.name not in _GOODS_FIELDS:
            return False
        if field.name == "description" and self._named_in_description(
            product, field, hit, key, span
        ):
            return True
        if not _GOODS_MID_TITLE and not self._leads_title(field, hit):
            return False
        near = goods.named_near(field.skeleton, hit.start, hit.end, self._cues.boilerplate_en)
        # At the lead of the title the mark names what the whole title sells ("Skittles and
        # 7UP Party Bundle Rainbow Candy").
        led = not near and self._leads_title(field, hit) and goods.named_in(field.skeleton)
        return (near or led) and not self._everyday_sense(product, field, hit, key, span)

    def _brand_or_goods(
        self,
        product: ProductText,
        field: _Field,
        hit: _Hit,
        key: _Key,
        span: tuple[int, int],
        unknown_goods: bool,
    ) -> bool:
        """The listing shows the brand near other words that match a mark, or names one
        of the right's goods (``unknown_goods`` when they are not known)."""
        return self._brand_evidence(
            product, field, hit, key, span, misspelt=True
        ) or self._goods_named(product, self._goods.get(key.right), unknown_goods)

    def _brand_evidence(
        self,
        product: ProductText,
        field: _Field,
        hit: _Hit,
        key: _Key,
        span: tuple[int, int],
        misspelt: bool = False,
    ) -> bool:
        """Positive evidence that words matching a mark name the brand, of kinds that hold
        for any brand: the declared brand is the right's mark; ``®`` or ``™`` follows it;
        another mark of the same holder stands within three words (``Apple iPhone``,
        ``苹果 iPhone``); a brand-use word stands next to it, past small words
        (``original``, ``Coach style``, ``inspired by``, 同款, 官方); a model code
        follows it (``No5``, ``HX7``); or compatibility wording names it as a device.
        Disguises are evidence too, judged before this is asked.

        For a ``misspelt`` mark (another everyday word: ``Channel``, ``Phone``) the
        brand-use word may also be the second word after it (``Anda Sports 风格``), but
        not a word that only says it is a picture (``Pony logo``); before it, only a
        comparison counts (``inspired by Channel``, not ``Original Phone Case``).
        """
        if self._declares_brand(product, key):
            return True
        if field.text[span[1] : span[1] + 1] in ("®", "™"):
            return True
        if (
            not misspelt
            and hit.step != "misspelling"
            and _shown_in_capitals(field.text, span)
            and not _spelled_out(product, field.text[span[0] : span[1]])
        ):
            return True  # capitals that set the mark apart, unless a phrase's initials
        text = field.skeleton
        left = self._tokens(text[max(0, hit.start - 60) : hit.start])
        right = self._tokens(text[hit.end : hit.end + 60])
        holder = self._rights[key.right].holder
        own = self._holder_compacts[holder] - {key.compact}
        if not own.isdisjoint(left[-3:]) or not own.isdisjoint(right[:3]):
            return True
        if not misspelt and self._holder_named(product, key):
            return True  # "Monopoly classic edition, Hasbro box"
        if _collaboration(field.text, span):
            return True  # "Uniqlo x Crayola Kids T-Shirt": two brands' collaboration
        lead = _holder_lead(holder)
        if left and left[-1] == lead != key.compact and _capitalised_before(field.text, span):
            return True  # "Ford Mustang", "Toyota Corolla": the maker's name before its line
        if not misspelt and _model_number(right):
            return True  # "TANK 300 Off Road Bumper", "坦克300 前格栅"
        cues = self._cues
        if left and left[-1] in cues.maker and not misspelt and field.text[span[0]].isupper():
            return True  # "Tote Bag by Coach": the maker
        before = [w for w in left if w not in cues.cue_gap]
        if before and before[-1] in cues.brand:
            # Before another everyday word, "Original Phone Case" is an adjective; only a
            # comparison ("inspired by Channel", "same as") or a Chinese cue (对标) is one.
            compared = left[-1] in cues.cue_gap or is_cjk(before[-1][0])
            if not misspelt or compared:
                return True
        after = [w for w in right if w not in cues.cue_gap]
        brand = cues.brand_not_picture if misspelt else cues.brand
        word_before = _neighbours(text, hit.start, hit.end)[0]
        goods = self._goods.get(key.right)
        if (
            after[:1]
            and after[0] in cues.copy
            and SEPARATOR not in key.skeleton
            and _qualified_by(field.text, span[0], word_before, cues)
            and not (goods and goods.is_goods_word(_goods_form(word_before)))
        ):
            # "Dinosaur Fossil Replica": a replica of a fossil, not of Fossil; but "Tennis
            # Shoes Anta Style" names the right's goods before it.
            after = []
        for index in range(2 if misspelt else 1):
            if (
                index < len(after)
                and after[index] in brand
                and tuple(after[index : index + 2]) not in cues.not_brand
                and not (
                    after[index] in cues.style
                    and key.everyday
                    and goods is not None
                    and self._names_no_brand(product, key, goods)
                )
            ):
                return True  # "Coach Style", but "Coach Genuine Leather Whistle" is leather
        # A misspelt mark takes a code right after it only ("Channel No5"; "Idea Notebook
        # A5" is a paper size).
        if any(
            _MODEL_CODE.fullmatch(w) is not None and _PAPER_SIZE.fullmatch(w) is None
            for w in right[: 1 if misspelt else 2]
        ):
            return True
        # The skeleton splits "TG-7" into a word and a number: read the original too.
        following = field.text[span[1] : span[1] + 40].split()[: 1 if misspelt else 2]
        if any(_HYPHENATED_CODE.fullmatch(w.strip(",.;:()")) for w in following):
            return True
        if not misspelt and _a_version(following):
            return True
        if not misspelt and _line_name_after(field, span, running_text=False):
            return True  # "Sika MultiSeal Flashing Tape": the maker's line in camel case
        # Compatibility wording names a device, so a brand (``Strap for Apple Watch``):
        # a finding when the rule-set does not allow the wording. Not so a word in lower
        # case (``awning for vans``) or another word near a mark (``Remote for TV Channel``).
        if misspelt or field.text[span[0] : span[1]].islower():
            return False
        return self._compatibility(field, hit)
