"""FRAUDAR-style peeling: it finds a planted dense block, resists camouflage, is exact on
small graphs and deterministic."""

from __future__ import annotations

import itertools

import numpy as np
import scipy.sparse as sp

from sellerstar.reviews.dense_blocks import RingShape, column_weights, densest, find_blocks

RING = RingShape(min_buyers=5, min_merchants=2, max_merchants=6, min_fill=0.5, min_share=0.15)


def _random_graph(seed: int, buyers: int, merchants: int, edges: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    # Popular merchants get most reviews, as in a marketplace.
    merchant = (merchants * rng.random(edges) ** 2).astype(np.int64)
    return rng.integers(0, buyers, edges), merchant


def _plant(
    b: np.ndarray, m: np.ndarray, ring_buyers: list[int], ring_merchants: list[int]
) -> tuple[np.ndarray, np.ndarray]:
    pairs = list(itertools.product(ring_buyers, ring_merchants))
    return (
        np.concatenate([b, [p[0] for p in pairs]]).astype(np.int64),
        np.concatenate([m, [p[1] for p in pairs]]).astype(np.int64),
    )


def test_peeling_finds_a_planted_block_in_a_sparse_graph() -> None:
    b, m = _random_graph(1, 3000, 200, 6000)
    ring_buyers, ring_merchants = list(range(3000, 3012)), [150, 160, 170, 180]
    b, m = _plant(b, m, ring_buyers, ring_merchants)
    blocks = find_blocks(
        b,
        m,
        shape=RING,
        max_size=40,
        max_blocks=5,
    )
    assert blocks, "no block found"
    assert set(blocks[0].buyers.tolist()) == set(ring_buyers)
    assert set(blocks[0].merchants.tolist()) == set(ring_merchants)
    assert all(len(block.buyers) < 12 or block is blocks[0] for block in blocks)


def test_camouflage_on_popular_merchants_does_not_hide_the_block() -> None:
    b, m = _random_graph(2, 3000, 200, 6000)
    ring_buyers, ring_merchants = list(range(3000, 3010)), [150, 160, 170]
    b, m = _plant(b, m, ring_buyers, ring_merchants)
    # Each ring account also reviews three of the most popular merchants.
    camouflage_b = np.repeat(ring_buyers, 3)
    camouflage_m = np.tile([0, 1, 2], len(ring_buyers))
    b = np.concatenate([b, camouflage_b])
    m = np.concatenate([m, camouflage_m])
    blocks = find_blocks(
        b,
        m,
        shape=RING,
        max_size=40,
        max_blocks=5,
    )
    assert set(blocks[0].buyers.tolist()) == set(ring_buyers)
    assert set(blocks[0].merchants.tolist()) == set(ring_merchants)


def test_two_rings_peeled_together_are_returned_apart() -> None:
    b, m = _plant(np.array([], np.int64), np.array([], np.int64), [0, 1, 2, 3], [0, 1, 2])
    b, m = _plant(b, m, [10, 11, 12, 13], [5, 6, 7])
    blocks = find_blocks(b, m, shape=RingShape(min_buyers=3, min_merchants=2), max_blocks=2)
    assert sorted(sorted(block.buyers.tolist()) for block in blocks) == [
        [0, 1, 2, 3],
        [10, 11, 12, 13],
    ]


def test_a_chain_of_buyers_covering_many_merchants_is_no_ring() -> None:
    # Buyer i reviews merchants i and i + 1: dense enough, but each buyer covers 2 of 20.
    b = np.repeat(np.arange(20), 2)
    m = np.stack([np.arange(20), np.arange(1, 21)], axis=1).ravel()
    assert find_blocks(b, m, shape=RingShape(3, 2, 6, 0.5)) == []


def test_densest_is_the_best_set_on_a_small_graph() -> None:
    # A complete 3 x 3 block and a pendant edge: the block (density 9/6) is the answer.
    rows = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3]
    cols = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3]
    matrix = sp.csr_matrix((np.ones(10), (rows, cols)), shape=(4, 4))
    found_rows, found_cols, density = densest(matrix)
    assert found_rows.tolist() == [0, 1, 2] and found_cols.tolist() == [0, 1, 2]
    assert density == 1.5
    # Capped at 4 nodes, the densest set of at most 4 nodes is smaller.
    _, _, capped = densest(matrix, max_size=4)
    assert capped == 1.0


def test_column_weights_favour_rarely_reviewed_merchants() -> None:
    weights = column_weights(np.array([0] * 95 + [1]), 2, 5.0)
    assert weights[0] == 1 / np.log(100) and weights[1] == 1 / np.log(6)


def test_peeling_is_deterministic() -> None:
    b, m = _random_graph(3, 500, 50, 2000)
    b, m = _plant(b, m, list(range(500, 508)), [40, 45, 49])
    first = find_blocks(b, m, shape=RingShape(3, 2), max_blocks=10, max_size=30)
    again = find_blocks(b.copy(), m.copy(), shape=RingShape(3, 2), max_blocks=10, max_size=30)
    assert [(x.buyers.tolist(), x.merchants.tolist(), x.density) for x in first] == [
        (x.buyers.tolist(), x.merchants.tolist(), x.density) for x in again
    ]
