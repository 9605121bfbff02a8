"""What a listing as a whole says about a hit, beyond the words next to it: a mark named
in the description's running text, the holder named, the buyer's name in a personalised
listing, a number after a mark as its model or as a count, a number-and-unit mark as a
quantity, the plain spelling of an accented mark, the language it is written in (part of
the judging of a hit)."""

from __future__ import annotations

import re
import unicodedata

from sellerstar.radar import lexicon
from sellerstar.radar.goods import _goods_form
from sellerstar.radar.keys import _WORD, _Field, _Hit, _Key
from sellerstar.radar.model import ProductText
from sellerstar.radar.normalise import SEPARATOR, is_cjk, skeleton
from sellerstar.radar.sense import _EverydaySense, _neighbours

_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_LATIN_TOKEN = re.compile(r"[a-z]+")  # the Latin words of a skeleton
_VERSION = re.compile(r"[Vv]?[0-9]{1,2}\.[0-9]{1,2}")  # "4.0", "V2.1"
# Words of company names that say what kind of company, not which.
_COMPANY_FORMS = frozenset(
    {"gmbh", "corp", "ltda", "sarl", "kgaa", "oyj", "spa", "bhd", "pty", "kabushiki", "kaisha"}
)
# A mark that is a number and a unit ("3M") is a quantity where it is written as one:
# in lower case ("3m"), in dimensions ("2x3m") or before a word of size ("3M Long").
_NUMBER_UNIT = re.compile(r"[0-9]+(?:m|cm|mm|km|g|kg|l|ml|w|v|a|gb|tb|mah)")
_DIMENSION_BEFORE = re.compile(r"[0-9] ?[x×*] ?$")
_LINE_NAME_MIN = 4  # letters of a coined line name
_LOWER_START = re.compile(r"(?<![A-Za-z])[a-z]{3,}")  # a word in lower case: running text
_AGE_BEFORE = frozenset({"age", "ages", "aged", "grade", "grades"})
_AGE_AFTER = frozenset({"years", "year", "yrs", "yr", "y", "months", "old", "yo"})
_SIZE_WORDS = frozenset({"long", "length", "wide", "width", "high", "height", "tall", "deep"})
# Words that make a number before them a count or a measure, not a model ("12 Colors").
_COUNT_WORDS = frozenset(
    {"pcs", "pc", "piece", "pieces", "pack", "packs", "set", "sets", "pair", "pairs", "count"}
    | {"ct", "colors", "colours", "sheets", "rolls", "layers", "ports", "slots", "rows", "x"}
    | {"inch", "inches", "ft", "feet", "cm", "mm", "m", "ml", "l", "g", "kg", "lb", "lbs"}
    | {"oz", "w", "v", "mah", "gb", "tb", "days", "hours", "years", "months", "degrees"}
    | {"silver", "gold", "sterling", "platinum"}  # a fineness: "Ring 925 Silver"
    | {"件", "个", "只", "条", "支", "瓶", "包", "盒", "片", "克", "斤", "米", "毫升", "升", "套"}
)


# What joins the items of a bundle in a title: each item has a lead of its own.
_BUNDLE_JOINER = " + "


class _ListingEvidence(_EverydaySense):
    """Evidence from the whole listing (part of :class:`~sellerstar.radar.detector.Detector`)."""

    def _named_in_description(
        self, product: ProductText, field: _Field, hit: _Hit, key: _Key, span: tuple[int, int]
    ) -> bool:
        """A description's running text writes the mark as a name, and the title says the
        listing sells the right's goods: ``Running Shoes`` ... ``Factory surplus Brooks
        Ghost 15``. In sentence case a capital shows a name where the sentence does not
        begin, or on every word of a mark of words (``Black Diamond Spot 400``); a
        misspelling that is no dictionary word (``Huskie``) is no everyday word anywhere."""
        goods = self._goods.get(key.right)
        if key.chinese or goods is None or not goods.named_in(skeleton(product.title).text):
            return False
        text = field.text
        matched = text[span[0] : span[1]]
        words = _WORD.findall(field.skeleton[hit.start : hit.end])
        latin = _LATIN_WORD.findall(text)
        if not matched[:1].isupper() or sum(w.islower() for w in latin) * 3 < len(latin):
            return False  # not a capital, or not running text in sentence case
        before = text[: span[0]].rstrip()
        starts_sentence = not before or before[-1] in ".!?:;"
        named = (
            not all(lexicon.is_dictionary_word(w) for w in words)
            or not starts_sentence
            or (len(words) > 1 and all(w[:1].isupper() for w in _LATIN_WORD.findall(matched)))
            or _line_name_after(field, span)  # "Fishman Presys Blend, under-saddle pickup"
        )
        _, after = _neighbours(field.skeleton, hit.start, hit.end)
        return named and not (after in self._cues.generic_en and not goods.is_goods_word(after))

    def _buyers_name(self, product: ProductText, key: _Key) -> bool:
        """A one-word Latin mark in a listing personalised with a name (``name`` and a
        word of ``personalised_cues_en``) is the name the buyer chose."""
        cues = self._cues.personalised
        if key.chinese or SEPARATOR in key.skeleton or not key.compact.isalpha() or not cues:
            return False
        texts = [text for text in (product.title, product.description) if text]
        if all(text.isascii() and "name" not in text.lower() for text in texts):
            return False  # most listings, without their token set (skeletons fold non-ASCII)
        words = self._listing_tokens(product)
        return not words.isdisjoint(("name", "names")) and not words.isdisjoint(cues)

    def _persons_surname(
        self, product: ProductText, field: _Field, hit: _Hit, key: _Key, span: tuple[int, int]
    ) -> bool:
        """A one-word Latin mark after a given name written with its capital is that
        person's surname (``Elisabeth Schwarzkopf``, ``James Tissot``), when the listing names
        none of the right's goods and shows no brand, and the name is not the holder's
        (``Christian Dior``)."""
        goods = self._goods.get(key.right)
        word = field.skeleton[hit.start : hit.end]
        if goods is None or SEPARATOR in key.skeleton or not word.isalpha():
            return False
        before = _neighbours(field.skeleton, hit.start, hit.end)[0]
        if not before.isalpha() or not lexicon.is_given_name(before):
            return False
        if not _capitalised_before(field.text, span):
            return False
        if before in skeleton(self._rights[key.right].holder).text.split():
            return False
        return self._names_no_brand(product, key, goods) and field.text[
            span[1] : span[1] + 1
        ] not in ("®", "™")

    def _a_souvenir(self, product: ProductText, key: _Key) -> bool:
        """A travel souvenir (a word of ``souvenir_cues``: ``Travel Poster``, 旅游纪念) names
        places, sights and what a place is known for: a mark there is that thing, when
        the listing names none of the right's goods and shows no brand."""
        return self._cued_without_brand(product, key, self._cues.souvenir)

    def _a_family_name(self, product: ProductText, key: _Key) -> bool:
        """Goods that carry a family's or a person's name (a word of ``family_name_cues``:
        ``Surname``, ``Family Crest``, 家谱, 人名) name that family or person: a mark there is
        that name, when the listing names none of the right's goods and shows no brand."""
        return self._cued_without_brand(product, key, self._cues.family_name)

    def _a_depiction(self, product: ProductText, key: _Key) -> bool:
        """Goods that show or tell of a thing (a word of ``depiction_cues``: ``Poster``,
        ``Book``, ``Statue``, 装饰画, 传记) name the person, place or thing they show: a mark
        there is that, when the listing names none of the right's goods and declares no
        brand (the caller asks for other brand use)."""
        cues = self._cues
        if cues.depiction_words.isdisjoint(self._listing_tokens(product)):
            return self._cued_without_brand(product, key, cues.depiction_phrases)
        goods = self._goods.get(key.right)
        return goods is not None and self._names_no_brand(product, key, goods)

    def _cued_without_brand(self, product: ProductText, key: _Key, cues: tuple[str, ...]) -> bool:
        """The title or description holds one of ``cues`` (without case), and the listing
        names none of the right's goods and declares no brand of it."""
        goods = self._goods.get(key.right)
        if goods is None or not cues:
            return False
        holds = self._cues.searches[cues]
        if not any(holds(text.lower()) for text in (product.title, product.description) if text):
            return False
        return self._names_no_brand(product, key, goods)

    def _a_foreign_word(
        self, product: ProductText, field: _Field, hit: _Hit, words: list[str]
    ) -> bool:
        """The words that match a coined mark are everyday words of another language the
        listing, or the phrase around them, is written in (``Sciroppo Denso per Dolci``,
        Italian for thick; ``Miroir Hublot Mural``, French for porthole; ``Joie de Vivre
        Wall Art``). The listing: at least two of its other words are used often in that
        language and not in English, and no fewer than its words used often in English
        and not in that language. The phrase: the two words after the mark, or the two
        before it, are that language's, one of them not English."""
        languages = frozenset(lexicon.FOREIGN_LANGUAGES)
        for word in words:
            languages &= lexicon.foreign_languages(word)
        if not languages:
            return False
        others = self._listing_tokens(product).difference(words)
        english = {w for w in others if lexicon.is_frequent_word(w, "en")}
        after = _LATIN_TOKEN.findall(field.skeleton, hit.end, hit.end + 40)[:2]
        before = _LATIN_TOKEN.findall(field.skeleton, max(0, hit.start - 40), hit.start)[-2:]
        for language in languages:
            own = {w for w in others if lexicon.is_frequent_word(w, language)}
            if len(own - english) >= 2 and len(own - english) >= len(english - own):
                return True
            for pair in (after, before):
                if (
                    len(pair) == 2
                    and all(lexicon.is_frequent_word(w, language) for w in pair)
                    and not all(w in english for w in pair)
                ):
                    return True
        return False

    def _holder_named(self, product: ProductText, key: _Key) -> bool:
        """The listing names the right's holder by a word of its name no dictionary has
        (``Hasbro`` of "Hasbro, Inc."): who makes the goods names the brand. The mark's
        own words do not count (``Dunhuang`` of "Shanghai Dunhuang Musical Instruments",
        ``Enya`` of "Enya Music"): they are what is in doubt."""
        names = self._holder_words(self._rights[key.right].holder).difference(
            _WORD.findall(key.skeleton)
        )
        if not names:
            return False
        return not names.isdisjoint(self._listing_tokens(product))

    def _listing_tokens(self, product: ProductText) -> frozenset[str]:
        """The Latin words of a listing's title and description, as skeletons (computed
        once per listing: several hits may ask)."""
        cached = self._listing_tokens_cache
        if cached is not None and cached[0] is product:
            return cached[1]
        words = frozenset(
            w
            for text in (product.title, product.description)
            if text
            for w in _TOKEN.findall(skeleton(text).text)
        )
        self._listing_tokens_cache = (product, words)
        return words

    def _holder_words(self, holder: str) -> frozenset[str]:
        """The words of a holder's name that only name it: four letters or more, in no
        dictionary and no company form (``hasbro``; not ``company``, ``gmbh``, ``titan``)."""
        words = self._holder_names.get(holder)
        if words is None:
            words = frozenset(
                w
                for w in _WORD.findall(skeleton(holder).text)
                if len(w) >= 4
                and w.isalpha()
                and not lexicon.is_dictionary_word(w)
                and w not in _COMPANY_FORMS
            )
            self._holder_names[holder] = words
        return words

    def _named_as_brand(self, field: _Field, hit: _Hit) -> bool:
        """Within three words after a Chinese mark, a brand-use word past the listing's
        boilerplate (``华为 新款 正品``) or a product line, a Latin name and its number
        (``红米 Note 13``, ``华为 Mate 60``)."""
        right = self._tokens(field.skeleton[hit.end : hit.end + 40])[:3]
        if any(word in self._cues.brand for word in right):
            return True
        return _product_line(right)

    def _leads_title(self, field: _Field, hit: _Hit) -> bool:
        """The hit is the first word of the title, or of an item of a bundle after `` + ``,
        but for listing boilerplate and numbers (``Dove Body Wash``, ``2024 New Dove
        Serum``, ``新款 苹果手机壳``, ``Ariel Pods + Tempo Tissues``)."""
        if field.name != "title":
            return False
        before = field.skeleton[: hit.start]
        start = field.original(hit.start, hit.end)[0]
        joined = field.text.rfind(_BUNDLE_JOINER, 0, start)
        if joined >= 0:
            before = skeleton(field.text[joined + len(_BUNDLE_JOINER) : start]).text
        boilerplate = self._cues.boilerplate
        return all(
            w in boilerplate or w.isdigit() or (len(w) == 1 and w.isascii())  # "Women's"
            for w in self._tokens(before)
        )

    def _tokens(self, text: str) -> list[str]:
        """Latin words and jieba's Chinese words of a skeleton, in order."""
        tokens: list[str] = []
        for match in _TOKEN.finditer(text):
            piece = match.group()
            if is_cjk(piece[0]):
                tokens += self._segmenter().lcut(piece)
            else:
                tokens.append(piece)
        return tokens


def _a_quantity(key: _Key, field: _Field, hit: _Hit, span: tuple[int, int]) -> bool:
    """A number-and-unit mark (see ``_NUMBER_UNIT``) written as a quantity."""
    if _NUMBER_UNIT.fullmatch(key.compact) is None:
        return False
    matched = field.text[span[0] : span[1]]
    if any(c.islower() for c in matched):
        return True
    if _DIMENSION_BEFORE.search(field.text, 0, span[0]):
        return True
    after = _WORD.findall(field.skeleton[hit.end : hit.end + 20])
    return bool(after) and after[0] in _SIZE_WORDS


def _an_age_range(key: _Key, field: _Field, hit: _Hit) -> bool:
    """A mark of digits written as a range of ages or years (``Ages 7-11``, ``7-11
    Years``, ``7-11岁``): the words around it say so."""
    if not key.compact.isdigit() or len(_WORD.findall(field.skeleton[hit.start : hit.end])) < 2:
        return False
    before = _WORD.findall(field.skeleton[max(0, hit.start - 20) : hit.start])[-1:]
    after = _WORD.findall(field.skeleton[hit.end : hit.end + 20])[:1]
    years = field.skeleton[hit.end : hit.end + 2].lstrip().startswith("岁")
    return years or bool(_AGE_BEFORE.intersection(before) or _AGE_AFTER.intersection(after))


def _spelled_out(product: ProductText, matched: str) -> bool:
    """A mark in capitals of three to five letters is an acronym that the listing spells
    out elsewhere (``MCM ... Mid Century Modern``): the initials of as many words, none
    of them the mark, are its letters."""
    letters = matched.lower()
    if not (3 <= len(letters) <= 5 and matched.isalpha() and matched.isupper()):
        return False
    for text in (product.title, product.description):
        words = _LATIN_WORD.findall(text or "")
        initials = "".join(w[0].lower() for w in words)
        start = initials.find(letters)
        while start != -1:
            spelled = words[start : start + len(letters)]
            if all(len(w) > 1 and w.lower() != letters for w in spelled):
                return True
            start = initials.find(letters, start + 1)
    return False


def _a_version(following: list[str]) -> bool:
    """The words after a mark begin with a version number, which a brand's product line
    has and a quantity has not (``whoop 4.0 Fitness Tracker``, but ``2.5 kg``)."""
    if not following or _VERSION.fullmatch(following[0]) is None:
        return False
    return not (len(following) > 1 and _goods_form(following[1].lower()) in _COUNT_WORDS)


def _shown_in_capitals(text: str, span: tuple[int, int]) -> bool:
    """The mark is written in capitals in a text that otherwise is not, as a brand is set
    apart (``FIJI Natural Artesian Water``, ``MUSTANG Door Sill Plate``; but not ``SHOWER
    HEAD WITH HOSE``)."""
    matched = text[span[0] : span[1]]
    if len(matched) < 3 or not matched.isupper():
        return False
    rest = text[: span[0]] + " " + text[span[1] :]
    others: list[str] = [w for w in _LATIN_WORD.findall(rest) if len(w) > 1]
    return sum(w.isupper() for w in others) * 3 < len(others)


def _model_number(after: list[str]) -> bool:
    """A number of two to four digits right after a mark names a model (``TANK 300``,
    ``Sportsman 570``), unless a count or measure follows it (``12 Colors``, ``300 Pcs``)
    or it is a year (``2024``)."""
    if not after or not after[0].isdigit() or not 2 <= len(after[0]) <= 4:
        return False
    if len(after[0]) == 4 and after[0][:2] in ("19", "20"):
        return False
    following = after[1] if len(after) > 1 else ""
    if following[:1] and is_cjk(following[0]) and following[0] in _COUNT_WORDS:
        return False  # "苹果 10斤装": a Chinese count word begins the word after it
    return following not in _COUNT_WORDS


def _product_line(after: list[str]) -> bool:
    """The words after a mark are a product line: a Latin name and its number (``Note
    13``, ``Mate 60``), not a count or a measure (``Set 3 Pcs``)."""
    if len(after) < 2 or not (after[0].isascii() and after[0].isalpha() and len(after[0]) > 1):
        return False
    following = after[2] if len(after) > 2 else ""
    return after[1].isdigit() and len(after[1]) <= 4 and following not in _COUNT_WORDS


def _line_name_after(field: _Field, span: tuple[int, int], running_text: bool = True) -> bool:
    """The word after a mark names the maker's line: a coined name in camel case
    (``General Hydroponic FloraNova``, ``Sika MultiSeal``), or, with ``running_text``, in
    a description's running text any word written with its capital (``Kay tee Pocket
    Pals series``); not an everyday word of a title (``Yellow Tile Backsplash``)."""
    text = field.text
    following = text[span[1] : span[1] + 40].split()[:1]
    word = following[0].strip(",.;:()") if following else ""
    if len(word) < _LINE_NAME_MIN or not word.isalpha() or not word[0].isupper():
        return False
    if any(c.isupper() for c in word[1:]) and any(c.islower() for c in word):
        return True
    in_sentences = _LOWER_START.search(text) is not None
    return running_text and field.name == "description" and in_sentences and not word.isupper()


def _accents_only(mark: str) -> bool:
    """Every non-ASCII letter of ``mark`` is an ASCII letter with an accent (é, ü), not a
    letter of its own (Ø, Æ): its plain spelling is how anyone writes it without accents."""
    return all(c.isascii() or unicodedata.normalize("NFKD", c)[0].isascii() for c in mark)


def _holder_lead(holder: str) -> str:
    """The first word of a holder's name when it names the maker (``ford`` of Ford Motor
    Company), not an article, a company form or a place (Shanghai ...)."""
    words = skeleton(holder).text.split()
    if not words:
        return ""
    lead = words[0]
    if len(lead) < 3 or lead in ("the",) or lead in _COMPANY_FORMS or lexicon.is_place_name(lead):
        return ""
    return lead


def _capitalised_before(text: str, span: tuple[int, int]) -> bool:
    """The word before ``span`` in ``text`` begins with a capital (``Ford Mustang``)."""
    words = text[: span[0]].split()
    return bool(words) and words[-1][:1].isupper()


# Two brands' collaboration: "Uniqlo x Crayola", "Palace × New Era" (not "330ml x 24").
_COLLAB_AFTER = re.compile(r" [x×] [A-Z]")
_COLLAB_BEFORE = re.compile(r"[A-Za-z] [x×] $")


def _collaboration(text: str, span: tuple[int, int]) -> bool:
    """The mark stands on one side of a collaboration's ``x`` between two names."""
    before = text[max(0, span[0] - 4) : span[0]]
    return (
        _COLLAB_AFTER.match(text, span[1]) is not None or _COLLAB_BEFORE.search(before) is not None
    )
