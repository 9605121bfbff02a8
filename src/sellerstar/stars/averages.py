"""The benchmark averages (§1.5, §2A): the figure a page shows next to a merchant's.

Per stat date, track and star level N (1 … the ladder's top; the seed's tabs 1星平均 …
5星平均), for each scored metric and each capability score, the mean over the merchants
whose star level on that track is exactly N (empty values left out).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyarrow as pa

from sellerstar.stars.frame import CAPABILITIES
from sellerstar.stars.scoring import TrackResult


def star_level_averages(result: TrackResult, levels: Iterable[int]) -> pa.Table:
    """Rows ``(track, stars, metric, average, merchants)`` of one track and stat date,
    one block per star level of ``levels``.

    ``merchants`` counts the merchants at that level with a value; without any, the
    average is empty. Metrics are named as in the rule-set; capability scores
    ``<capability>_score``.
    """
    columns = {metric.name: metric.value for metric in result.metrics}
    columns |= {f"{name}_score": result.scores[name] for name in CAPABILITIES}
    names = list(columns)
    matrix = np.stack([columns[name] for name in names])
    blocks = []
    for level in levels:
        at_level = result.stars == level
        counted = at_level[None, :] & ~np.isnan(matrix)
        merchants = counted.sum(axis=1)
        sums = np.where(counted, matrix, 0.0).sum(axis=1)
        average = np.divide(sums, merchants, out=np.full(len(names), np.nan), where=merchants > 0)
        blocks.append(
            pa.table(
                {
                    "track": pa.array([result.track] * len(names), type=pa.string()),
                    "stars": pa.array([level] * len(names), type=pa.int64()),
                    "metric": pa.array(names, type=pa.string()),
                    "average": pa.array(average, mask=np.isnan(average), type=pa.float64()),
                    "merchants": pa.array(merchants.astype(np.int64)),
                }
            )
        )
    return pa.concat_tables(blocks)


def one_star_averages(result: TrackResult) -> pa.Table:
    """The 1-star block of :func:`star_level_averages` (the seed's default benchmark)."""
    return star_level_averages(result, [1])
