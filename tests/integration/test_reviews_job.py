"""The reviews step in the store: the figures of a stat date written once whatever the
re-runs, operators' brushing confirmations excluding reviews from their decision on, and
the star level following the store rating (rulebook §5.8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
import pytest
import sqlalchemy as sa
from stars_world import NOW, World

from factories import merchant_row, order_row, product_row
from sellerstar import engines
from sellerstar.demo.generator import generate
from sellerstar.demo.options import GenerateOptions
from sellerstar.ingest.contract import import_directory
from sellerstar.jobs import reviews as reviews_job
from sellerstar.jobs.reviews import read_store, run_review_job
from sellerstar.jobs.stars import run_star_job
from sellerstar.reviews.brushing import detect
from sellerstar.reviews.run import compute
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    brushing_cases,
    brushing_suspects,
    contract_tables,
    review_products,
    review_states,
    review_store_ratings,
    star_levels,
)

BOOK: RuleBook = load_rulebook()
D = dt.date(2022, 11, 30)
UTC = dt.UTC


def _insert(engine: sa.Engine, table: str | sa.Table, rows: list[dict[str, Any]]) -> None:
    target = contract_tables[table] if isinstance(table, str) else table
    with transaction(engine) as connection:
        connection.execute(target.insert(), rows)


def _reviews(engine: sa.Engine, merchant: str, scores: list[int], start: int = 0) -> list[str]:
    """One received order and one transaction review per score (all three dimensions)."""
    made = []
    for index, score in enumerate(scores, start=start):
        order_id, review_id = f"{merchant}-O{index}", f"{merchant}-R{index}"
        received = dt.datetime(2022, 11, 20, 4, tzinfo=UTC)
        _insert(
            engine,
            "orders",
            [
                order_row(
                    order_id,
                    merchant,
                    buyer_id=f"B{index}",
                    status="received",
                    created_at=dt.datetime(2022, 11, 1, tzinfo=UTC),
                    received_at=received,
                )
            ],
        )
        _insert(
            engine,
            "transaction_reviews",
            [
                {
                    "review_id": review_id,
                    "order_id": order_id,
                    "product_id": f"{merchant}-P",
                    "merchant_id": merchant,
                    "buyer_id": f"B{index}",
                    "received_at": received,
                    "submitted_at": received + dt.timedelta(days=2),
                    "product_quality": score,
                    "supplier_service": score,
                    "on_time_shipment": score,
                    "text": "Good quality" if score >= 4 else "Bad quality",
                }
            ],
        )
        made.append(review_id)
    return made


def _market(engine: sa.Engine, merchants: tuple[str, ...] = ("M1",)) -> None:
    _insert(
        engine,
        "buyers",
        [{"buyer_id": f"B{n}", "tier": "L1", "badge": None, "country": "US"} for n in range(40)],
    )
    for merchant in merchants:
        if merchant not in ("liked", "disliked"):
            _insert(engine, "merchants", [merchant_row(merchant)])
        _insert(engine, "products", [product_row(f"{merchant}-P", merchant, "Cotton shirt")])


def _ratings(engine: sa.Engine) -> dict[tuple[str, dt.date], float]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(review_store_ratings)).all()
    return {(row.merchant_id, row.stat_date): row.rating for row in rows}


def test_a_stat_date_is_written_once_whatever_the_reruns(store_engine: sa.Engine) -> None:
    _market(store_engine)
    _reviews(store_engine, "M1", [5, 4, 3])
    first = run_review_job(store_engine, BOOK, D, D, NOW)
    again = run_review_job(store_engine, BOOK, D, D, NOW)
    assert first == again
    assert first["review_store_ratings"] == 1 and first["review_products"] == 1
    assert _ratings(store_engine) == {("M1", D): 4.0}
    with store_engine.connect() as connection:
        product = connection.execute(sa.select(review_products)).one()
    assert (product.review_count, product.state, product.well_reviewed) == (3, "reviewed", True)


def test_the_store_and_the_lake_compute_the_same(store_engine: sa.Engine) -> None:
    _market(store_engine, ("M1", "M2"))
    _reviews(store_engine, "M1", [5, 4, 2])
    _reviews(store_engine, "M2", [1, 5], start=10)
    run_review_job(store_engine, BOOK, D, D, NOW)
    data = read_store(store_engine)
    backend = engines.connect("duckdb")
    try:
        lake = compute(backend, data, BOOK, D)
    finally:
        engines.disconnect(backend)
    stored = _ratings(store_engine)
    expected = {
        (row["merchant_id"], D): row["rating"] for row in lake.tables["store_ratings"].to_pylist()
    }
    assert stored == expected and len(stored) == 2


def test_a_confirmed_brushing_case_excludes_its_reviews_from_the_decision_on(
    store_engine: sa.Engine,
) -> None:
    _market(store_engine)
    fake = _reviews(store_engine, "M1", [5, 5, 5])
    _reviews(store_engine, "M1", [2], start=5)
    decided = dt.datetime(2022, 11, 29, 20, tzinfo=UTC)  # 11-30 04:00 in Shanghai
    with transaction(store_engine) as connection:
        case_id = connection.execute(
            brushing_cases.insert().returning(brushing_cases.c.case_id),
            {
                "merchant_id": "M1",
                "confirmed_by": "ops",
                "confirmed_at": decided,
                "review_count": 2,
                "points": 6.0,
            },
        ).scalar_one()
        connection.execute(
            brushing_suspects.insert(),
            [
                {
                    "review_id": review_id,
                    "merchant_id": "M1",
                    "score": 0.9,
                    "signals": "dense_block",
                    "detected_at": decided,
                    "state": "confirmed",
                    "decided_by": "ops",
                    "decided_at": decided,
                    "case_id": case_id,
                }
                for review_id in fake[:2]
            ],
        )
    day_before = D - dt.timedelta(days=1)
    run_review_job(store_engine, BOOK, day_before, D, NOW)
    ratings = _ratings(store_engine)
    assert ratings[("M1", day_before)] == (5 + 5 + 5 + 2) / 4  # not yet confirmed
    assert ratings[("M1", D)] == (5 + 2) / 2
    with store_engine.connect() as connection:
        states = connection.execute(
            sa.select(review_states.c.review_id, review_states.c.reason).where(
                review_states.c.stat_date == D
            )
        ).all()
    assert dict(states) == {fake[0]: "brushing", fake[1]: "brushing"}


def test_the_star_level_moves_when_the_reviews_do(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    for merchant in ("liked", "disliked"):
        world.merchant(merchant, [D], review=5.0)
    with transaction(store_engine) as connection:
        connection.execute(review_store_ratings.delete())  # computed below from reviews
    _market(store_engine, ("liked", "disliked"))
    _reviews(store_engine, "liked", [5] * 10)
    _reviews(store_engine, "disliked", [5] * 10, start=10)
    run_review_job(store_engine, BOOK, D, D, NOW)
    run_star_job(store_engine, BOOK, D, D, NOW)
    before = _stars(store_engine)
    assert before["liked"] == before["disliked"]
    _reviews(store_engine, "disliked", [1] * 20, start=20)
    run_review_job(store_engine, BOOK, D, D, NOW)
    run_star_job(store_engine, BOOK, D, D, NOW)
    after = _stars(store_engine)
    assert after["liked"] == before["liked"]
    assert after["disliked"][0] < before["disliked"][0]
    assert after["disliked"][1] < before["disliked"][1]


def _stars(engine: sa.Engine) -> dict[str, tuple[float, int]]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(star_levels).where(star_levels.c.track == "custom")
        ).all()
    return {row.merchant_id: (row.assurance_score, row.stars) for row in rows}


def test_reading_an_empty_store_gives_typed_empty_tables(store_engine: sa.Engine) -> None:
    data = read_store(store_engine)
    assert all(isinstance(table, pa.Table) and table.num_rows == 0 for table in data.values())
    assert run_review_job(store_engine, BOOK, D, D, NOW)["review_store_ratings"] == 0


def test_the_queue_takes_new_suspects_and_never_touches_decided_ones(
    store_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _market(store_engine)
    ids = _reviews(store_engine, "M1", [5, 5, 5, 5])
    found: list[tuple[str, float]] = [(ids[0], 0.7), (ids[1], 0.8), (ids[2], 0.9)]

    def fake_detect(*_: object) -> pa.Table:
        return pa.table(
            {
                "review_id": [review for review, _ in found],
                "merchant_id": ["M1"] * len(found),
                "score": [score for _, score in found],
                "signals": ["burst;new_account"] * len(found),
            }
        )

    monkeypatch.setattr(reviews_job, "detect", fake_detect)
    first = run_review_job(store_engine, BOOK, D, D, NOW)
    assert (first["brushing_suspects_new"], first["brushing_suspects_cleared"]) == (3, 0)
    with transaction(store_engine) as connection:
        connection.execute(
            brushing_suspects.update()
            .where(brushing_suspects.c.review_id == ids[2])
            .values(state="dismissed", decided_by="ops", decided_at=NOW)
        )
    found[:] = [(ids[1], 0.95), (ids[3], 0.75)]  # ids[0] no longer, ids[2] decided
    second = run_review_job(store_engine, BOOK, D, D, NOW)
    assert (second["brushing_suspects_new"], second["brushing_suspects_cleared"]) == (1, 1)
    with store_engine.connect() as connection:
        rows = {
            row.review_id: (row.state, row.score)
            for row in connection.execute(sa.select(brushing_suspects))
        }
    assert rows == {
        ids[1]: ("pending", 0.95),
        ids[2]: ("dismissed", 0.9),
        ids[3]: ("pending", 0.75),
    }


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo marketplace: every review table filled, brushing rings included."""
    out = tmp_path_factory.mktemp("reviews-demo")
    generate(GenerateOptions(out=out, orders=4_000, seed=11, chunk_size=4_000))
    return out


def test_the_spooled_store_gives_what_the_store_read_in_memory_gives(
    store_engine: sa.Engine, demo_folder: Path, tmp_path: Path
) -> None:
    """The step scans the store's tables spooled to Parquet (issue 21: memory); every
    figure and every suspect must be those of the tables read whole into memory."""
    import_directory(store_engine, demo_folder, zone=ZoneInfo("Asia/Shanghai"), now=NOW)
    day = dt.date(2022, 12, 4)
    in_memory = read_store(store_engine)
    spooled = reviews_job.spool_store(store_engine, tmp_path)
    assert set(spooled) == set(in_memory)
    backend = engines.connect("duckdb")
    try:
        from_memory = compute(backend, in_memory, BOOK, day)
        from_files = compute(backend, spooled, BOOK, day)
    finally:
        engines.disconnect(backend)
    assert from_memory.tables["store_ratings"].num_rows > 0
    assert from_memory.tables["product_rankings"].num_rows > 0
    for name, table in from_memory.tables.items():
        assert from_files.tables[name].equals(table), name
    section = BOOK.in_force_at(NOW).reviews
    assert section is not None and section.brushing is not None
    rules = section.brushing
    found = detect(
        in_memory["transaction_reviews"], in_memory["buyers"], in_memory["orders"], rules
    )
    assert found.num_rows > 0
    assert reviews_job.detect_spooled(spooled, rules).equals(found)


@pytest.mark.spark
def test_the_step_on_spark_writes_what_duckdb_computes(
    sqlite_engine: sa.Engine, demo_folder: Path
) -> None:
    """Spark gets the spooled tables as Arrow (a cluster cannot read the driver's files)."""
    pytest.importorskip("pyspark")
    import_directory(sqlite_engine, demo_folder, zone=ZoneInfo("Asia/Shanghai"), now=NOW)
    day = dt.date(2022, 12, 4)
    run_review_job(sqlite_engine, BOOK, day, day, NOW, backend="spark")
    backend = engines.connect("duckdb")
    try:
        expected = compute(backend, read_store(sqlite_engine), BOOK, day).tables
    finally:
        engines.disconnect(backend)
    ratings = {m: r for (m, _), r in _ratings(sqlite_engine).items()}
    wanted = expected["store_ratings"].to_pylist()
    assert len(ratings) == len(wanted) > 0
    for row in wanted:
        assert ratings[row["merchant_id"]] == pytest.approx(row["rating"], rel=1e-9)
    with sqlite_engine.connect() as connection:
        products = connection.execute(
            sa.select(review_products.c.product_id, review_products.c.review_count)
        ).all()
    assert sorted(map(tuple, products)) == sorted(
        (row["product_id"], row["review_count"]) for row in expected["product_reviews"].to_pylist()
    )
