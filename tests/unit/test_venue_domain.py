"""The venue's tier rule and its placements, and the page cursors (domain, no store)."""

from __future__ import annotations

import pytest

from sellerstar.domain import cursors
from sellerstar.domain.reviews import BuyerTier
from sellerstar.domain.samples import Placement
from sellerstar.domain.venue import FEEDS, Order, sees_venue

KEY = b"k" * 32


@pytest.mark.parametrize("lowest", list(BuyerTier))
def test_a_tier_sees_the_venue_from_the_lowest_up(lowest: BuyerTier) -> None:
    tiers = list(BuyerTier)
    seen = [tier for tier in tiers if sees_venue(tier, lowest)]

    assert seen == tiers[tiers.index(lowest) :]


def test_every_placement_has_a_feed_with_bounded_pages() -> None:
    assert set(FEEDS) == set(Placement)
    for feed in FEEDS.values():
        assert 1 <= feed.default_size <= feed.max_size <= 50
        assert set(feed.required) <= set(feed.filters)
        assert set(feed.exclusive) <= set(feed.filters)
    assert FEEDS[Placement.SAMPLE_CENTRE].order == Order.DEEPEST_DISCOUNT
    assert FEEDS[Placement.NEW_ARRIVALS].order == Order.NEWEST


def test_a_cursor_carries_its_payload_and_refuses_any_change() -> None:
    token = cursors.sign(KEY, {"after": 5, "feed": "pre_search", "filters": {"x": "中"}})
    body, mac = token.split(".")

    assert cursors.verify(KEY, token)["filters"] == {"x": "中"}
    for changed in (
        body[:-1] + ("A" if body[-1] != "A" else "B") + "." + mac,
        body + "." + mac[:-1] + ("A" if mac[-1] != "A" else "B"),
        body + "." + mac + "A",
        token + ".x",
        "",
        "x" * (cursors.MAX_CURSOR_LENGTH + 1),
        "!!!.???",
    ):
        with pytest.raises(cursors.BadCursor):
            cursors.verify(KEY, changed)


def test_a_signed_cursor_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(cursors.BadCursor, match="malformed"):
        cursors.verify(KEY, cursors.sign(KEY, [1, 2]))  # type: ignore[arg-type]


def test_cursors_stay_short() -> None:
    payload = {"after": 2**31 - 1, "feed": "factory_samples", "filters": {"industry": "x" * 80}}

    assert len(cursors.sign(KEY, payload)) <= cursors.MAX_CURSOR_LENGTH
