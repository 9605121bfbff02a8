"""What the radar's detection reads and what it reports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProductText:
    """The parts of a listing the detection looks at."""

    product_id: str
    title: str
    description: str | None
    brand: str | None
    image_path: str | None  # relative to the input folder


@dataclass(frozen=True)
class IpRight:
    """A protected right: its word mark, other spellings, an optional reference image and
    the goods it covers (empty: unknown)."""

    right_id: str
    holder: str
    kind: str  # trademark | patent | design
    mark: str
    aliases: tuple[str, ...]
    image_path: str | None
    goods: tuple[str, ...] = ()

    @staticmethod
    def split_aliases(text: str | None) -> tuple[str, ...]:
        """The ``;``-separated aliases of the contract column.

        >>> IpRight.split_aliases("Louis Vuitton; LV;;路易威登")
        ('Louis Vuitton', 'LV', '路易威登')
        """
        if not text:
            return ()
        return tuple(part.strip() for part in text.split(";") if part.strip())

    split_goods = split_aliases  # the same ``;``-separated list: "shoes;apparel;鞋"


@dataclass(frozen=True)
class Finding:
    """One suspected infringement: which right, where in which field, found how.

    ``span_start``/``span_end`` index the original field text (``field`` is ``title``,
    ``description``, ``brand`` or ``image``; an image finding has the span 0, 0).
    ``step`` names the normalisation that made the text match (``exact``, ``case_width``,
    ``accent``, ``homoglyph``, ``leetspeak``, ``spacing``, ``misspelling``, ``alias``,
    ``chinese``, ``brand_field``, ``image``); ``score`` is in [0, 1].
    """

    product_id: str
    right_id: str
    kind: str
    matched_text: str
    field: str
    span_start: int
    span_end: int
    step: str
    score: float


FINDING_COLUMNS: tuple[str, ...] = (
    "product_id",
    "right_id",
    "kind",
    "matched_text",
    "field",
    "span_start",
    "span_end",
    "step",
    "score",
)
