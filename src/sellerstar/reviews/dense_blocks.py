"""Dense buyer–merchant blocks in the manner of FRAUDAR (Hooi et al., KDD 2016).

A brushing ring is a group of buyer accounts that review the same small set of merchants
together: in the bipartite graph of who reviewed whom, a block much denser than the rest.
FRAUDAR finds it by greedy peeling: repeatedly remove the node whose incident edge weight
(within the nodes left) is smallest and keep the node set of highest density
``f(S) / |S|``, where ``f`` sums the weights of the edges inside ``S``. Each edge weighs
its merchant's column weight ``1 / log(degree + offset)``: reviews of much-reviewed
merchants weigh less, so honest buyers who happen to review popular merchants (the
camouflage a ring adds to look normal) do not make a block dense. The peeling is
``O(E log V)`` with a heap and lazy deletion; after a block is found its edges are removed
and the search repeats.

There is no well-kept library for it, hence this module (numpy, scipy.sparse, heapq).

>>> buyers = np.array([0, 0, 1, 1, 2, 2, 3])
>>> merchants = np.array([0, 1, 0, 1, 0, 1, 2])
>>> [b.buyers.tolist() for b in find_blocks(buyers, merchants, max_blocks=1)]
[[0, 1, 2]]
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from scipy.sparse.csgraph import connected_components

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Block:
    """A dense block: its buyers and columns (merchant codes, or merchant-period codes)
    and its weighted density."""

    buyers: Ints
    merchants: Ints
    density: float


def column_weights(merchants: Ints, count: int, offset: float) -> Floats:
    """FRAUDAR's column weight of every merchant code: ``1 / log(distinct buyers + offset)``.

    ``merchants`` holds one entry per distinct (buyer, merchant) edge.

    >>> column_weights(np.array([0, 0, 0, 1]), 2, 5.0).round(3).tolist()
    [0.481, 0.558]
    """
    degree = np.bincount(merchants, minlength=count).astype(np.float64)
    return 1.0 / np.log(degree + offset)


def densest(matrix: sp.csr_matrix, max_size: int | None = None) -> tuple[Ints, Ints, float]:
    """Greedy peeling of a weighted buyer × merchant matrix: the rows, columns and density
    of the densest node set met on the way (FRAUDAR's ``fastGreedyDecreasing``), among
    the sets of at most ``max_size`` nodes when given: the peeling's last, tightest cores
    (a ring is a few dozen accounts; a block of hundreds is honest frequent buyers)."""
    rows, cols = matrix.shape
    coo = matrix.tocoo()
    row_arr = np.asarray(coo.row, dtype=np.int64)
    col_arr = np.asarray(coo.col, dtype=np.int64) + rows  # columns follow rows as nodes
    weight_arr = np.asarray(coo.data, dtype=np.float64)
    nodes = rows + cols
    # Adjacency per node (edge ids), as CSR over the edge list both ways.
    ends = np.concatenate([row_arr, col_arr])
    order = np.argsort(ends, kind="stable")
    edge_ids = np.concatenate([np.arange(len(weight_arr))] * 2)[order].tolist()
    starts = np.searchsorted(ends[order], np.arange(nodes + 1)).tolist()
    priority = (
        np.bincount(row_arr, weight_arr, nodes) + np.bincount(col_arr, weight_arr, nodes)
    ).tolist()
    # Plain lists: the loop below touches single elements, where numpy is slow.
    row_of, col_of, weight = row_arr.tolist(), col_arr.tolist(), weight_arr.tolist()
    alive_edge = [True] * len(weight)
    removed = [False] * nodes
    total = float(weight_arr.sum())
    size = nodes
    limit = nodes if max_size is None else max_size
    best, best_step = (total / max(size, 1) if size <= limit else -1.0), 0
    heap = [(p, n) for n, p in enumerate(priority)]
    heapq.heapify(heap)
    sequence: list[int] = []
    pop, push = heapq.heappop, heapq.heappush
    while heap and size > 0:
        value, node = pop(heap)
        if removed[node] or value != priority[node]:
            continue  # a stale entry: the node was removed or its priority dropped
        removed[node] = True
        sequence.append(node)
        size -= 1
        for edge in edge_ids[starts[node] : starts[node + 1]]:
            if not alive_edge[edge]:
                continue
            alive_edge[edge] = False
            other = row_of[edge] if col_of[edge] == node else col_of[edge]
            total -= weight[edge]
            priority[other] -= weight[edge]
            push(heap, (priority[other], other))
        if 0 < size <= limit and total / size > best + 1e-12:
            best, best_step = total / size, len(sequence)
    kept = np.ones(nodes, dtype=bool)
    kept[np.array(sequence[:best_step], dtype=np.int64)] = False
    members = np.flatnonzero(kept)
    return (
        members[members < rows].astype(np.int64),
        (members[members >= rows] - rows).astype(np.int64),
        best,
    )


@dataclass(frozen=True)
class RingShape:
    """What a peeled block must look like to be returned as a ring."""

    min_buyers: int = 1
    min_merchants: int = 1
    max_merchants: int | None = None
    min_fill: float = 0.0  # share of its buyers × merchants pairs that are reviews
    min_share: float = 0.0  # share of a merchant column's reviewers that are the block's


def find_blocks(
    buyers: Ints,
    merchants: Ints,
    *,
    groups: Ints | None = None,
    offset: float = 5.0,
    min_density: float = 0.0,
    max_blocks: int = 10,
    max_size: int | None = None,
    shape: RingShape = RingShape(),
) -> list[Block]:
    """Dense blocks of the buyer–merchant review graph that look like rings, densest first.

    ``buyers``/``merchants`` are integer codes of the review edges (repeats count once).
    Blocks are peeled off one after another (their edges removed) until the densest left
    is below ``min_density`` or ``max_blocks`` were tried. ``max_size`` bounds the nodes
    (buyers and columns) of a block. A peeled block is returned when it has the
    ``shape`` of a ring (:func:`_ring_blocks`). ``groups`` maps a column code to the
    merchant it counts as (columns may be a merchant in a period); by default each column
    is its own merchant. Buyers with a single column are left out of the search: their
    one edge weighs at most ``1 / log(1 + offset)`` and cannot hold a block of two
    merchants together.
    """
    if len(buyers) == 0:
        return []
    pairs = np.unique(np.stack([buyers, merchants], axis=1), axis=0)
    b, m = pairs[:, 0], pairs[:, 1]
    n_buyers, n_merchants = int(b.max()) + 1, int(m.max()) + 1
    weights = column_weights(m, n_merchants, offset)
    degree = np.bincount(m, minlength=n_merchants)
    spread = np.bincount(b, minlength=n_buyers)
    keep = spread[b] >= 2
    b, m = b[keep], m[keep]
    alive = np.ones(len(b), dtype=bool)
    judge = _Judge(weights, degree, groups, shape)
    blocks: list[Block] = []
    for _ in range(max_blocks):
        if not alive.any():
            break
        # Peel only the nodes that still have edges: isolated ones would be peeled first.
        row_codes, row_index = np.unique(b[alive], return_inverse=True)
        col_codes, col_index = np.unique(m[alive], return_inverse=True)
        matrix = sp.csr_matrix(
            (weights[m[alive]], (row_index, col_index)),
            shape=(len(row_codes), len(col_codes)),
        )
        local_rows, local_cols, density = densest(matrix, max_size)
        rows, cols = row_codes[local_rows], col_codes[local_cols]
        if density < min_density or len(rows) == 0:
            break
        inside = np.isin(b, rows) & np.isin(m, cols) & alive
        if not inside.any():
            break
        alive &= ~inside
        blocks += judge.rings(b[inside], m[inside], density)
    return blocks


def _components(rows: Ints, cols: Ints) -> list[Ints]:
    """Edge indices of each connected part of a bipartite edge list."""
    row_codes, row_index = np.unique(rows, return_inverse=True)
    _, col_index = np.unique(cols, return_inverse=True)
    graph = sp.coo_matrix(
        (np.ones(len(rows)), (row_index, col_index + len(row_codes))),
        shape=(len(row_codes) + col_index.max() + 1,) * 2,
    )
    _, label = connected_components(graph, directed=False)
    edge_label = label[row_index]
    return [np.flatnonzero(edge_label == value) for value in np.unique(edge_label)]


@dataclass(frozen=True)
class _Judge:
    """Cuts a peeled block down to the parts that look like rings."""

    weights: Floats
    degree: Ints  # reviewers of each column in the whole graph
    groups: Ints | None
    shape: RingShape

    def rings(self, rows: Ints, cols: Ints, density: float) -> list[Block]:
        """The parts of a peeled block that look like rings.

        1. Each connected part is judged apart (peeling may keep two rings of equal
           density together): enough buyers, between ``min_merchants`` and
           ``max_merchants`` merchants, ``min_fill`` of its buyer × merchant pairs reviewed.
        2. A part that fails is peeled again at half its size: frequent honest buyers
           chained to a ring's merchants can hide a ring inside.
        3. Of a part that passes, a merchant column stays only when the block's buyers are
           at least ``min_share`` of its reviewers: popular honest merchants that the
           ring's accounts also review (camouflage) are not part of the ring.
        """
        shape = self.shape
        found: list[Block] = []
        for part in _components(rows, cols):
            r, c = rows[part], cols[part]
            owners = self.groups[c] if self.groups is not None else c
            buyers, merchants = np.unique(r), np.unique(owners)
            if len(buyers) < shape.min_buyers or len(merchants) < shape.min_merchants:
                continue
            # A ring's accounts review most of its merchants; a chain of frequent honest
            # buyers covers little of its buyers × merchants.
            pairs = np.unique(np.stack([r, owners]), axis=1).shape[1]
            fill = pairs / (len(buyers) * len(merchants))
            most = shape.max_merchants or len(merchants)
            if len(merchants) <= most and fill >= shape.min_fill:
                block = self._without_camouflage(r, c, density)
                if block is not None:
                    found.append(block)
                continue
            nodes = len(buyers) + len(np.unique(c))
            if nodes // 2 < shape.min_buyers + shape.min_merchants:
                continue
            row_codes, row_index = np.unique(r, return_inverse=True)
            col_codes, col_index = np.unique(c, return_inverse=True)
            matrix = sp.csr_matrix(
                (self.weights[c], (row_index, col_index)),
                shape=(len(row_codes), len(col_codes)),
            )
            local_rows, local_cols, inner = densest(matrix, nodes // 2)
            core = np.isin(r, row_codes[local_rows]) & np.isin(c, col_codes[local_cols])
            found += self.rings(r[core], c[core], inner)
        return found

    def _without_camouflage(self, rows: Ints, cols: Ints, density: float) -> Block | None:
        in_block = np.bincount(cols, minlength=len(self.degree))
        own = in_block[cols] >= self.shape.min_share * self.degree[cols]
        kept = np.unique(cols[own])
        owners = self.groups[kept] if self.groups is not None else kept
        if len(np.unique(owners)) < self.shape.min_merchants:
            return None
        return Block(np.unique(rows[own]), kept, density)
