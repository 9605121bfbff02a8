"""How the product radar finds suspected IP infringements: the ``[product_radar.detection]``
section of a rule-set (rulebook §3, docs/radar.md)."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from sellerstar.rules._base import KeyedValueError, _Section, check_codes


class RadarDetection(_Section):
    """How the product radar finds suspected IP infringements (rulebook §3, docs/radar.md)."""

    allow_compatibility_wording: bool = Field(
        description="[decision] A mark named only to say what a product fits (`case for "
        "AirPods`, `compatible with iPhone`, `适用于苹果`) is not a finding."
    )
    compatibility_phrases_en: tuple[str, ...] = Field(
        min_length=1,
        description="[decision] English words that introduce what a product fits, "
        "compared after case folding.",
    )
    not_compatibility_phrases_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] English phrases that end in such a word but describe the "
        "product itself (`Slim Fit Polo Shirt`): no compatibility wording.",
    )
    compatibility_phrases_zh: tuple[str, ...] = Field(
        min_length=1, description="[decision] Chinese words that introduce what a product fits."
    )
    compatibility_gap_words: int = Field(
        ge=0,
        le=5,
        description="[decision] Other words allowed between such a phrase and the mark "
        "(model numbers and the same holder's marks are always allowed).",
    )
    compatibility_suffixes_en: tuple[str, ...] = Field(
        description="[decision] English words after the mark that say what a product fits "
        "(`DJI Mini 4 Pro Compatible`)."
    )
    compatibility_suffix_gap_words: int = Field(
        ge=0, le=5, description="[decision] Words allowed between the mark and such a word."
    )
    compatibility_suffixes_zh: tuple[str, ...] = Field(
        default=(),
        description="[decision] Chinese words after the mark that say what a product fits "
        "(`戴森V11 替换滤芯`).",
    )
    fit_suffixes_zh: tuple[str, ...] = Field(
        default=(),
        description="[decision] Chinese words after the mark that say what a product fits "
        "unless only the right's own goods stand between and no part follows "
        "(`奥林巴斯 相机 电池 适用 BLS-50`, `宝马5系 遮阳挡 适用`, `杭叉 叉车 适用 座椅`: a noun "
        "after the word names the part that fits; but `特斯拉 汽车 适用 长途自驾` says what the "
        "car is good for).",
    )
    compatibility_suffix_gap_chars_zh: int = Field(
        default=0,
        ge=0,
        le=12,
        description="[decision] Chinese characters allowed between the mark and such a word "
        "(spaces, digits and Latin letters are not counted).",
    )
    brand_cues_en: tuple[str, ...] = Field(
        description="[decision] English words of brand use: next to a mark that is also an "
        "everyday word (or an everyday word one edit from a mark), they show it names the "
        "brand (`Apple brand`, `official Apple`, `original Crocs`, `Coach style`)."
    )
    brand_cues_zh: tuple[str, ...] = Field(
        description="[decision] The same in Chinese (`苹果官方`, `dove同款`, `对标Polo`)."
    )
    brand_cue_gap_words_en: tuple[str, ...] = Field(
        description="[decision] Words that may stand between a brand-use word and the mark "
        "(`inspired by Coach`, `same design as Coach`, `compare with Coach`)."
    )
    maker_words_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] English words after which a capitalised mark names the "
        "maker (`Tote Bag by Coach`): evidence of brand use.",
    )
    copy_cues_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Brand-use words that are no evidence after a mark qualified "
        "as a common noun by the everyday word before it (`Dinosaur Fossil Replica` is a "
        "replica of a fossil), unless that word is one of the right's goods.",
    )
    souvenir_cues: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words of a travel souvenir (`Travel Poster`, `Souvenir`, "
        "`Postcard`, 旅游纪念, 明信片), matched without case anywhere in the title or "
        "description: such a listing names places, sights and what a place is known for, so "
        "a mark written plainly there is that thing when the listing names none of the "
        "right's goods and declares no brand (`Harbin Ice Festival Travel Poster`).",
    )
    family_name_cues: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words of goods that carry a family's or a person's name "
        "(`Surname`, `Family Crest`, `Genealogy`, 家谱, 人名), matched without case anywhere in "
        "the title or description: a mark written plainly there is that name when the "
        "listing names none of the right's goods and declares no brand (`Legrand Surname "
        "Keyring`, `胜家 家谱`).",
    )
    depiction_cues: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words of goods that show or tell of a person, place or thing "
        "(`Poster`, `Book`, `Statue`, `Costume`, 装饰画, 传记, 摆件): a mark written plainly in "
        "such a listing is what the goods show when the listing names none of the right's "
        "goods and shows no brand use (`Vittoria Colonna Poems Book`, `八马图 装饰画`; not "
        "`Nike 同款 海报`). Latin words are matched as whole words, other cues as text, "
        "without case.",
    )
    name_heads_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words after a one-word mark that make it the name of a "
        "period or an institution, as a kind of place after it makes it a place's (`Showa "
        "Era`, `Colgate University`), when the listing names none of the right's goods and "
        "declares no brand.",
    )
    trade_term_cues: tuple[str, ...] = Field(
        default=(),
        description="[decision] Trade terms a B2B listing quotes its price in (the ICC's "
        "Incoterms: `FOB`, `CIF`, `EXW`), matched without case: a coined mark spelt like one "
        "is that term unless the listing shows the brand or names the right's goods "
        "(`Bubble Wrap Rolls CIF Price Rotterdam`).",
    )
    style_cues_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Brand-use words that, after a mark which is also an everyday "
        "word, show brand use only when the listing names the right's goods or declares the "
        "brand (`Palace Style Wedding Backdrop`, `Tudor Style Dollhouse`: in the manner of a "
        "palace; `Palace Style Hoodie` still names the brand).",
    )
    not_brand_cues_en: tuple[str, ...] = Field(
        description="[decision] Phrases that start with a brand-use word but say something "
        "else (`brand new`, `genuine leather`): no evidence of brand use."
    )
    personalised_cues_en: tuple[str, ...] = Field(
        default=(),
        description="[decision] Words of a listing personalised with a name: with the word "
        "`name` in the listing, a one-word mark is the buyer's name, not the brand, unless "
        "the listing shows brand use (`Personalised Name Necklace Celine`).",
    )
    picture_cues_en: tuple[str, ...] = Field(
        description="[decision] Brand-use words that are no evidence after an everyday word "
        "one edit from a mark: it names a picture of that word (`Pony logo` is not Sony)."
    )
    generic_cues_en: tuple[str, ...] = Field(
        description="[decision] English words right after a mark that is also an everyday "
        "word at the lead of a title that make it that word (`Jaguar print`, `apple green`, "
        "`Supreme quality`)."
    )
    generic_cues_zh: tuple[str, ...] = Field(
        description="[decision] Chinese words next to a mark that is also an everyday word "
        "at the lead of a title that make it that word (`三叶草种子`)."
    )
    colour_words: tuple[str, ...] = Field(
        default=(),
        description="[decision] Colours, in English and Chinese: a mark that is a colour "
        "(`Orange`) counts only with evidence of brand use, never for standing next to the "
        "right's goods, as any goods have a colour (`Orange Silicone Phone Case`).",
    )
    boilerplate_en: tuple[str, ...] = Field(
        description="[decision] Listing words that may stand before a brand without "
        "qualifying it as a common noun (`New`, `Wholesale`, `Original`); any other everyday "
        "word right before such a mark does (`Ice Cream Vans`)."
    )
    boilerplate_zh: tuple[str, ...] = Field(
        description="[decision] The same in Chinese (`新款`, `热卖`, `现货`)."
    )
    fuzzy_min_length: int = Field(
        ge=3,
        description="[decision] A mark of at least this many letters also matches a word one "
        "edit away (a letter added, dropped, changed or two swapped).",
    )
    fuzzy_insertions_min_length: int = Field(
        ge=3,
        description="[decision] Shorter marks match a changed, swapped or doubled letter only, "
        "not another added or dropped one.",
    )
    fuzzy_two_edits_min_length: int = Field(
        ge=4, description="[decision] A mark of at least this many letters matches two edits away."
    )
    sound_alike_min_sounds: int = Field(
        ge=3,
        description="[decision] A single word no dictionary lists that sounds like a mark of "
        "at least this many sounds (the same Metaphone code, at most three edits away: "
        "`Graftec` for Graphtec, `Minwacks` for Minwax) is a misspelling of it.",
    )
    min_score: float = Field(
        ge=0, le=1, description="[decision] Findings scoring below this are not reported."
    )
    step_scores: dict[str, float] = Field(
        description="[decision] Score of a finding by the step that made it match, before "
        "the edit-distance and image-distance discounts."
    )
    misspelling_penalty_per_edit: float = Field(
        ge=0, le=1, description="[decision] Score taken off a misspelling per edit."
    )
    image_max_distance: int = Field(
        ge=0,
        le=64,
        description="[decision] Largest Hamming distance (of 64 bits) between the perceptual "
        "hashes of a product image and a protected image that still matches.",
    )

    image_crops: tuple[float, ...] = Field(
        min_length=1,
        description="[decision] Fractions of a protected image's width or height cut from "
        "each side, in every combination, to match copies that sellers cropped.",
    )

    @field_validator("image_crops")
    @classmethod
    def _crop_fractions(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(not 0 <= crop < 0.25 for crop in value):
            raise ValueError("crop fractions are at least 0 and below 0.25")
        return value

    @field_validator("step_scores")
    @classmethod
    def _known_steps(cls, value: dict[str, float]) -> dict[str, float]:
        steps = {
            "exact",
            "case_width",
            "accent",
            "homoglyph",
            "leetspeak",
            "spacing",
            "misspelling",
            "alias",
            "chinese",
            "brand_field",
            "image",
        }
        check_codes(value, steps, "step")
        missing = sorted(steps - set(value))
        if missing:
            raise ValueError(f"step_scores lacks {', '.join(missing)}")
        if any(not 0 <= score <= 1 for score in value.values()):
            raise ValueError("step scores are between 0 and 1")
        return value

    @model_validator(mode="after")
    def _two_edits_longer(self) -> RadarDetection:
        if self.fuzzy_two_edits_min_length <= self.fuzzy_min_length:
            raise KeyedValueError(
                "fuzzy_two_edits_min_length", "must be greater than fuzzy_min_length"
            )
        return self
