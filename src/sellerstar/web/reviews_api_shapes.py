"""What the reviews' two JSON API modules share (the merchant's side in
``routes/reviews_api.py``, the storefront's in ``routes/reviews_storefront_api.py``): the
store rating, which both show and which must read the same on both."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from sellerstar.queries import review_pools
from sellerstar.web.words import reviews as words


class StoreRating(BaseModel):
    """The store rating, floored to one decimal (4.66 → 4.6)."""

    stat_date: dt.date
    rating: float
    label: str
    label_text: str
    review_count: int


def rating_model(found: review_pools.StoreRating | None) -> StoreRating | None:
    if found is None:
        return None
    return StoreRating(
        stat_date=found.stat_date,
        rating=found.shown,
        label=found.label,
        label_text=words.rating_label_text(found.label).render("en"),
        review_count=found.review_count,
    )
