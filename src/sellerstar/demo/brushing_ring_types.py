"""The planned brushing rings of the demo marketplace and what they did to an order chunk
(:mod:`sellerstar.demo.brushing_rings` plans and plants them)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sellerstar.demo.text import Ints


@dataclass(frozen=True)
class Ring:
    """One planned ring: whom it brushes, with which accounts, when and how."""

    ring_id: str
    shape: str
    chunk: int  # the order chunk whose orders it takes
    merchants: Ints
    buyers: Ints  # buyer numbers
    cover: np.ndarray  # buyers × merchants: which account reviews which merchant
    # (incentivised: no buyers, the promotion's real buyers review)
    position: float  # where in the chunk's time it acts (quantile of shipping times)
    spread: int  # µs over which the reviews of one merchant are spread
    phrases: Ints  # indices into RING_PHRASES
    # mutual: the group merchant each staff account works for (it never reviews it)
    owner: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # incentivised: most reviews the promotion buys (its buyers are the real ones)
    solicited: int = 0
    # sock_puppets: the person behind each account, and how many orders each places
    # (order_farm: orders per client it serves; trade_volume: orders each places)
    family: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    repeats: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # order_farm: the farm's country (its accounts' and its orders') and warehouse city
    # (indices into the destination countries and cities); -1: none
    country: int = -1
    city: int = -1


@dataclass(frozen=True)
class RingPlan:
    """Every ring of a marketplace and the accounts they created."""

    rings: tuple[Ring, ...]
    fresh_buyers: int  # ring accounts numbered after the organic buyers
    popular: Ints


@dataclass
class Injected:
    """What the rings did to one order chunk."""

    buyer: Ints  # the chunk's buyer numbers after the swap
    order: list[int] = field(default_factory=list)  # row in the chunk of each ring review
    received: list[int] = field(default_factory=list)
    submitted: list[int] = field(default_factory=list)
    scores: list[tuple[int, int, int]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    product: list[int] = field(default_factory=list)
    ring_id: list[str] = field(default_factory=list)
    shape: list[str] = field(default_factory=list)
    forced: list[int] = field(default_factory=list)  # rows that get an honest review
    repriced: list[int] = field(default_factory=list)  # rows whose amount the ring set
    cents: list[int] = field(default_factory=list)  # their new amounts
    shipped_to: list[int] = field(default_factory=list)  # rows whose destination the ring set
    country: list[int] = field(default_factory=list)  # their new destination countries
    city: list[int] = field(default_factory=list)  # and cities

    def amounts(self, cents: Ints) -> Ints:
        """The chunk's order amounts after the rings (the same array when none changed)."""
        if not self.repriced:
            return cents
        changed = cents.copy()
        changed[np.array(self.repriced, dtype=np.int64)] = np.array(self.cents, dtype=np.int64)
        return changed

    def destinations(self, country: Ints, city: Ints) -> tuple[Ints, Ints]:
        """The chunk's destination countries and cities after the rings (the same arrays
        when none changed)."""
        if not self.shipped_to:
            return country, city
        rows = np.array(self.shipped_to, dtype=np.int64)
        country, city = country.copy(), city.copy()
        country[rows] = np.array(self.country, dtype=np.int64)
        city[rows] = np.array(self.city, dtype=np.int64)
        return country, city

    def record(
        self,
        ring: Ring,
        picked: Ints,
        received: Ints,
        submitted: Ints,
        quality: np.ndarray,
        texts: list[str],
        products: Ints,
    ) -> None:
        """The ring's reviews of the chunk's rows ``picked`` (one per row)."""
        count = len(picked)
        self.order.extend(picked.tolist())
        self.received.extend(received.tolist())
        self.submitted.extend(submitted.tolist())
        self.scores.extend(zip(*(q.tolist() for q in quality), strict=True))
        self.text.extend(texts)
        self.product.extend(products.tolist())
        self.ring_id.extend([ring.ring_id] * count)
        self.shape.extend([ring.shape] * count)

    def taken(self, size: int) -> np.ndarray:
        mask = np.zeros(size, dtype=bool)
        mask[np.array(self.order + self.forced, dtype=np.int64)] = True
        return mask
