"""The average of 1-star merchants (§1.5, §2A): the figure a page shows next to a merchant's.

Per stat date and track, for each scored metric and each capability score, the mean over
the merchants whose star level on that track is exactly 1 (empty values left out).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from sellerstar.stars.frame import CAPABILITIES
from sellerstar.stars.scoring import TrackResult


def one_star_averages(result: TrackResult) -> pa.Table:
    """Rows ``(track, metric, average, merchants)`` of one track and stat date.

    ``merchants`` counts the 1-star merchants with a value; without any, the average is
    empty. Metrics are named as in the rule-set; capability scores ``<capability>_score``.
    """
    one_star = result.stars == 1
    columns = {metric.name: metric.value for metric in result.metrics}
    columns |= {f"{name}_score": result.scores[name] for name in CAPABILITIES}
    names = list(columns)
    matrix = np.stack([columns[name] for name in names])
    counted = one_star[None, :] & ~np.isnan(matrix)
    merchants = counted.sum(axis=1)
    sums = np.where(counted, matrix, 0.0).sum(axis=1)
    average = np.divide(sums, merchants, out=np.full(len(names), np.nan), where=merchants > 0)
    return pa.table(
        {
            "track": pa.array([result.track] * len(names), type=pa.string()),
            "metric": pa.array(names, type=pa.string()),
            "average": pa.array(average, mask=np.isnan(average), type=pa.float64()),
            "merchants": pa.array(merchants.astype(np.int64)),
        }
    )
