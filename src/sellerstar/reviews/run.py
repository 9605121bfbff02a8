"""Every review figure of a date D, from typed input tables, on a metric backend.

The rules are engine expressions (:mod:`~sellerstar.reviews.counted`,
:mod:`~sellerstar.reviews.figures`, :mod:`~sellerstar.reviews.rankings`); the two text
steps — whether a shown direct review's content is positive, and each product's keyword —
run in Python on the rows the engine selected, the same code whatever the backend, so
DuckDB and Spark give the same tables. Lake mode (``sellerstar reviews run``) and the
store's daily job both call :func:`compute`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import ibis.expr.types as ir
import pyarrow as pa
import pyarrow.compute as pc
from cachetools import LRUCache
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.domain.reviews import Exclusion
from sellerstar.metrics.dates import DayClock
from sellerstar.reviews import counted as counting
from sellerstar.reviews import figures, keywords, rankings
from sellerstar.reviews.inputs import REVIEW_COLUMNS, ReviewInputs, register
from sellerstar.reviews.keywords import product_keywords
from sellerstar.reviews.sentiment import classify
from sellerstar.rules import RuleBook
from sellerstar.rules.reviews import WellReviewed

_CLOCK_SPAN_DAYS = 3 * 366

SCHEMAS: dict[str, pa.Schema] = {
    "product_reviews": pa.schema(
        [
            ("product_id", pa.string()),
            ("merchant_id", pa.string()),
            ("review_count", pa.int64()),
            ("rating", pa.float64()),
            ("keyword", pa.string()),
            ("state", pa.string()),
        ]
    ),
    "store_ratings": pa.schema(
        [
            ("merchant_id", pa.string()),
            ("rating", pa.float64()),
            ("label", pa.string()),
            ("review_count", pa.int64()),
        ]
    ),
    "well_reviewed_products": pa.schema([("product_id", pa.string())]),
    "selected_products": pa.schema([("product_id", pa.string())]),
    "product_rankings": pa.schema(
        [
            ("leaf_category", pa.string()),
            ("rank", pa.int64()),
            ("product_id", pa.string()),
            ("score", pa.float64()),
        ]
    ),
    "merchant_rankings": pa.schema(
        [
            ("list", pa.string()),
            ("rank", pa.int64()),
            ("merchant_id", pa.string()),
            ("score", pa.float64()),
        ]
    ),
    "excluded_reviews": pa.schema(
        [
            ("review_id", pa.string()),
            ("kind", pa.string()),
            ("merchant_id", pa.string()),
            ("reason", pa.string()),
        ]
    ),
    "direct_review_states": pa.schema(
        [
            ("review_id", pa.string()),
            ("merchant_id", pa.string()),
            ("product_id", pa.string()),
            ("shown", pa.bool_()),
            ("positive", pa.bool_()),
        ]
    ),
}
"""The output tables and their columns, in order."""

_ORDER: dict[str, list[tuple[str, str]]] = {
    "product_reviews": [("product_id", "ascending")],
    "store_ratings": [("merchant_id", "ascending")],
    "well_reviewed_products": [("product_id", "ascending")],
    "selected_products": [("product_id", "ascending")],
    "product_rankings": [("leaf_category", "ascending"), ("rank", "ascending")],
    "merchant_rankings": [("list", "ascending"), ("rank", "ascending")],
    "excluded_reviews": [("kind", "ascending"), ("review_id", "ascending")],
    "direct_review_states": [("review_id", "ascending")],
}


@dataclass(frozen=True)
class ReviewResult:
    """The figures of one date, as Arrow tables named like :data:`SCHEMAS`."""

    day: dt.date
    rule_set_id: str
    tables: dict[str, pa.Table]


def compute(
    backend: BaseBackend,
    data: ReviewInputs,
    book: RuleBook,
    day: dt.date,
    *,
    ratings_only: bool = False,
) -> ReviewResult:
    """The review figures of ``day`` under the rule-set its stat date is computed with;
    with ``ratings_only``, the store ratings alone (the other tables empty): what a past
    stat date's star level needs."""
    rule_set = book.for_stat_date(day)
    section = rule_set.reviews
    if section is None:
        empty = {name: schema.empty_table() for name, schema in SCHEMAS.items()}
        return ReviewResult(day, rule_set.id, empty)
    clock = DayClock(
        rule_set.calendar.timezone,
        day - dt.timedelta(days=_CLOCK_SPAN_DAYS),
        day + dt.timedelta(days=1),
    )
    tables = register(backend, data)
    names: list[str] = [f"sellerstar_reviews_{name}" for name in REVIEW_COLUMNS]

    def keep(name: str, expr: ir.Table | pa.Table) -> ir.Table:
        names.append(name)
        if isinstance(expr, pa.Table):
            return engines.register_arrow(backend, name, expr)
        return engines.materialize(backend, name, expr)

    try:
        transaction = keep(
            "sellerstar_reviews_transaction",
            counting.transaction_reviews(tables, clock, day, book.rule_sets),
        )
        counted = transaction.filter(transaction.counted)
        ratings = keep(
            "sellerstar_reviews_store_ratings",
            figures.store_ratings(counted, day, section.store_rating),
        )
        if ratings_only:
            result = {
                "store_ratings": _conform(engines.to_arrow(backend, ratings), "store_ratings")
            }
            return ReviewResult(day, rule_set.id, _completed(result))
        direct_rows = engines.to_arrow(
            backend, counting.direct_reviews(tables, clock, day, rule_set)
        )
        direct = _with_sentiment(direct_rows, section.well_reviewed)
        texts = engines.to_arrow(backend, counted.select("product_id", "text"))
        keywords = keep("sellerstar_reviews_keywords", _keywords(texts, direct))
        out: dict[str, ir.Table | pa.Table] = {
            "store_ratings": ratings,
            "product_reviews": figures.product_reviews(tables.products, counted, ratings, keywords),
            "excluded_reviews": _excluded(backend, transaction, direct),
            "direct_review_states": direct.select(
                ["review_id", "merchant_id", "product_id", "shown", "positive"]
            ),
        }
        if section.well_reviewed is not None:
            positive = keep(
                "sellerstar_reviews_positive_direct",
                direct.filter(pc.field("positive")).select(["product_id", "submitted_day"]),
            )
            out["well_reviewed_products"] = figures.well_reviewed(
                tables.products, counted, positive, day, section.well_reviewed
            )
        if section.selected_product is not None:
            out["selected_products"] = figures.selected(
                tables.products, counted, tables.buyers, day, section.selected_product
            )
        if section.rankings is not None:
            out["product_rankings"] = rankings.products(
                tables.products, counted, tables.business_actions, clock, day, section.rankings
            )
            out["merchant_rankings"] = rankings.merchants(
                tables.merchants, counted, tables.business_actions, clock, day, section.rankings
            )
        result = {
            name: _conform(
                value if isinstance(value, pa.Table) else engines.to_arrow(backend, value),
                name,
            )
            for name, value in out.items()
        }
    finally:
        for name in reversed(names):
            engines.drop(backend, name)
    return ReviewResult(day, rule_set.id, _completed(result))


def _completed(result: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Every output table, the ones not computed empty."""
    return {name: result.get(name, schema.empty_table()) for name, schema in SCHEMAS.items()}


def _with_sentiment(rows: pa.Table, well: WellReviewed | None) -> pa.Table:
    """The direct reviews with ``shown`` (eligible) and ``positive`` (shown and its
    content positive at the rule-set's threshold; false before the pool exists)."""
    shown = rows["eligible"]
    positive = [False] * rows.num_rows
    if well is not None:
        texts = rows["text"].to_pylist()
        flags = shown.to_pylist()
        picked = [i for i, flag in enumerate(flags) if flag and (texts[i] or "").strip()]
        verdicts = _positive([texts[i] for i in picked], well.positive_probability)
        for index, verdict in zip(picked, verdicts, strict=True):
            positive[index] = verdict
    return rows.append_column("shown", shown).append_column(
        "positive", pa.array(positive, pa.bool_())
    )


# The daily job computes many stat dates over mostly the same texts: each text once.
_VERDICTS: LRUCache[tuple[float, str], bool] = LRUCache(maxsize=200_000)


def forget_texts() -> None:
    """Drop what the text steps keep of past texts to save work on the next stat dates:
    once every date is computed, the memory is worth more (issue 21)."""
    _VERDICTS.clear()
    keywords.forget_texts()
    pa.default_memory_pool().release_unused()


def _positive(texts: list[str], threshold: float) -> list[bool]:
    """Whether each text is positive at ``threshold``, classifying each new text once."""
    new = sorted({text for text in texts if (threshold, text) not in _VERDICTS})
    for text, verdict in zip(new, classify(new, threshold=threshold), strict=True):
        _VERDICTS[(threshold, text)] = verdict.positive
    return [_VERDICTS[(threshold, text)] for text in texts]


def _keywords(counted: pa.Table, direct: pa.Table) -> pa.Table:
    """``product_id, keyword`` from the texts of the counted transaction reviews and the
    shown direct reviews."""
    shown = direct.filter(pc.field("shown")).select(["product_id", "text"])
    found = product_keywords(_texts([counted, shown]))
    return pa.table(
        {
            "product_id": pa.array(sorted(found), pa.string()),
            "keyword": pa.array([found[p] for p in sorted(found)], pa.string()),
        }
    )


def _texts(tables: list[pa.Table]) -> Iterator[tuple[str, str]]:
    """(product_id, text) of each row with both, a batch at a time: at marketplace size
    the rows as Python objects all at once would take more memory than the keywords."""
    for table in tables:
        for batch in table.to_batches(max_chunksize=65_536):
            products, texts = batch["product_id"].to_pylist(), batch["text"].to_pylist()
            for product, text in zip(products, texts, strict=True):
                if product is not None and text:
                    yield product, text


def _excluded(backend: BaseBackend, transaction: ir.Table, direct: pa.Table) -> pa.Table:
    rows = engines.to_arrow(
        backend,
        transaction.filter(~transaction.counted).select("review_id", "merchant_id", "reasons"),
    )
    reasons = pc.utf8_rtrim(rows["reasons"], characters=";")
    hidden = direct.filter(pc.invert(pc.field("shown")))
    return pa.concat_tables(
        [
            pa.table(
                {
                    "review_id": rows["review_id"],
                    "kind": pa.array(["transaction"] * rows.num_rows, pa.string()),
                    "merchant_id": rows["merchant_id"],
                    "reason": reasons,
                }
            ).cast(SCHEMAS["excluded_reviews"]),
            pa.table(
                {
                    "review_id": hidden["review_id"],
                    "kind": pa.array(["direct"] * hidden.num_rows, pa.string()),
                    "merchant_id": hidden["merchant_id"],
                    "reason": pa.array(
                        [Exclusion.DIRECT_NOT_ELIGIBLE.value] * hidden.num_rows, pa.string()
                    ),
                }
            ).cast(SCHEMAS["excluded_reviews"]),
        ]
    )


def _conform(table: pa.Table, name: str) -> pa.Table:
    schema = SCHEMAS[name]
    columns = [pc.cast(table[field.name], field.type) for field in schema]
    conformed = pa.Table.from_arrays(columns, schema=schema)
    return conformed.sort_by(_ORDER[name])
