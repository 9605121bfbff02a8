"""How reviews are shown (rulebook §5.2, §5.7): the reviewer's badge, the rating as a
figure, the invitation link a merchant copies and when to send it.

Pure rules on the standard library; the pages, the API and the queries use them.

>>> floored(3.99), floored(4.0), floored(4.66)
(3.9, 4.0, 4.6)
>>> shown_badge("L2", None, {"L3": "Platinum", "L4": "Pro"}) is None
True
>>> shown_badge("L3", None, {"L3": "Platinum", "L4": "Pro"})
<Badge.PLATINUM: 'platinum'>
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sellerstar.domain.reviews import Badge


def floored(rating: float) -> float:
    """A rating as shown, to one decimal, never rounded up (4.66 shows 4.6, 3.99 shows 3.9).

    The small epsilon keeps a stored 4.6 (4.6 * 10 = 45.99999…) from showing as 4.5.

    >>> floored(4.6), floored(0.0), floored(5.0), floored(4.7)
    (4.6, 0.0, 5.0, 4.7)
    """
    return math.floor(rating * 10 + 1e-9) / 10


def shown_badge(
    tier: str | None, badge: str | None, tier_badges: Mapping[Any, str]
) -> Badge | None:
    """The badge shown beside a reviewer: the marketplace's own badge when it gave one,
    else the one its tier earns (rule-set ``tier_badges``: Platinum for L3, Pro for L4);
    none for any other tier.

    >>> badges = {"L3": "Platinum", "L4": "Pro"}
    >>> shown_badge("L4", None, badges), shown_badge("L1", "pro", badges)
    (<Badge.PRO: 'pro'>, <Badge.PRO: 'pro'>)
    >>> shown_badge(None, "", badges) is None
    True
    """
    for code in (badge, tier_badges.get(tier or "")):
        if code:
            try:
                return Badge(code.strip().lower())
            except ValueError:
                continue
    return None


def invitation_signature(order_id: str, secret: str) -> str:
    """HMAC-SHA256 of the order id keyed by the secret, in hex: the marketplace
    recomputes it to know the link came from sellerstar and names this order.

    >>> len(invitation_signature("O1", "k")), invitation_signature("O1", "k") == invitation_signature("O1", "k2")
    (64, False)
    """  # noqa: E501
    return hmac.new(secret.encode(), order_id.encode(), hashlib.sha256).hexdigest()


def invitation_link(template: str, order_id: str, secret: str) -> str:
    """The invitation link of an order (the order id URL-quoted).

    >>> link = invitation_link("https://m.example/review?order={order_id}&sig={sig}", "O 1", "k")
    >>> link.startswith("https://m.example/review?order=O%201&sig="), len(link.split("sig=")[1])
    (True, 64)
    """
    signature = invitation_signature(order_id, secret)
    return template.format(order_id=quote(order_id, safe=""), sig=signature)


def invitation_valid(order_id: str, sig: str, secret: str) -> bool:
    """Whether ``sig`` is the order's signature (a constant-time comparison).

    >>> invitation_valid("O1", invitation_signature("O1", "k"), "k")
    True
    >>> invitation_valid("O2", invitation_signature("O1", "k"), "k")
    False
    """
    return hmac.compare_digest(invitation_signature(order_id, secret), sig)


@dataclass(frozen=True)
class Invitation:
    """Where an order awaiting review stands: days since receipt, the last day a review
    still counts, and whether now is the best moment to invite."""

    days_since_receipt: int
    last_day: dt.date
    best_now: bool


def invitation(
    received: dt.date, today: dt.date, window_days: int, best_days: int
) -> Invitation | None:
    """An order received on ``received``, seen on ``today`` (platform days): None once
    the review window (calendar days after receipt, as the counting rule reads them) has
    passed.

    >>> r = dt.date(2022, 12, 1)
    >>> invitation(r, r + dt.timedelta(days=5), 90, 5).best_now
    True
    >>> invitation(r, r + dt.timedelta(days=6), 90, 5).best_now
    False
    >>> invitation(r, r + dt.timedelta(days=90), 90, 5).last_day
    datetime.date(2023, 3, 1)
    >>> invitation(r, r + dt.timedelta(days=91), 90, 5) is None
    True
    """
    days = (today - received).days
    if days > window_days:
        return None
    return Invitation(
        days_since_receipt=max(0, days),
        last_day=received + dt.timedelta(days=window_days),
        best_now=days <= best_days,
    )
