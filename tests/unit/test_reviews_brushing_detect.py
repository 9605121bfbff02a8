"""How the signals combine into suspects, input checks, and determinism."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from brushing_builders import DAY, HOUR, T0, background, review, rules, tables

from sellerstar.errors import InputError
from sellerstar.reviews.brushing import SUSPECTS_SCHEMA, detect, noisy_or, scores
from sellerstar.reviews.brushing_signals import SIGNALS

STOCK = "Excellent quality, fast delivery, highly recommended supplier!"


def _signals(**fired: list[bool]) -> dict[str, np.ndarray]:
    size = len(next(iter(fired.values())))
    return {name: np.array(fired.get(name, [False] * size)) for name in SIGNALS}


def test_score_is_the_noisy_or_of_the_fired_weights() -> None:
    weights = rules().weights
    signals = _signals(
        burst=[True, True, True],
        new_account=[False, True, True],
        fast_after_receipt=[False, False, True],
    )
    got = scores(signals, rules()).tolist()
    expected = [
        weights.burst,
        1 - (1 - weights.burst) * (1 - weights.new_account),
        1 - (1 - weights.burst) * (1 - weights.new_account) * (1 - weights.fast_after_receipt),
    ]
    assert got == pytest.approx(expected, abs=1e-4)
    assert got[0] < got[1] < got[2]  # each further signal raises the score


def test_without_a_backbone_the_score_is_zero_whatever_else_fired() -> None:
    everything_but = _signals(
        new_account=[True],
        identical_text=[True],
        fast_after_receipt=[True],
        rating_deviation=[True],
    )
    assert scores(everything_but, rules()).tolist() == [0.0]


def test_noisy_or_reads_as_documented() -> None:
    assert (
        noisy_or({"burst": True, "new_account": False}, {"burst": 0.4, "new_account": 0.3}) == 0.4
    )
    assert noisy_or({}, {}) == 0.0


def _market() -> list[dict[str, object]]:
    honest = background(1200)
    ring = [
        review(
            50_000 + i * 2 + j,
            f"MR{j}",
            f"RB{i}",
            T0 + 60 * DAY + (i * 2 + j) * HOUR,
            received=T0 + 60 * DAY + (i * 2 + j) * HOUR - 0.5 * HOUR,
            text=STOCK,
        )
        for i in range(8)
        for j in range(2)
    ]
    return honest + ring


def _ring_tiers() -> dict[str, str]:
    return {f"RB{i}": "L0" for i in range(8)}


def test_a_ring_is_suspected_with_its_signals_and_honest_reviews_are_not() -> None:
    found = detect(*tables(_market(), _ring_tiers()), rules())
    assert found.schema == SUSPECTS_SCHEMA
    assert set(found["review_id"].to_pylist()) == {f"R{50_000 + k:05d}" for k in range(16)}
    signals = found["signals"].to_pylist()
    assert all(s.split(";")[0] in ("dense_block", "burst") for s in signals)
    assert all(
        {"new_account", "identical_text", "fast_after_receipt"} <= set(s.split(";"))
        for s in signals
    )
    assert all(0.65 <= score <= 1 for score in found["score"].to_pylist())


def test_the_same_reviews_by_established_buyers_over_months_are_not_suspected() -> None:
    honest = background(1200)
    spread = [
        review(
            50_000 + i * 2 + j,
            f"MR{j}",
            f"RB{i}",
            T0 + (i * 2 + j) * 9 * DAY,
            text=f"Order {i}-{j} arrived fine.",
        )
        for i in range(8)
        for j in range(2)
    ]
    found = detect(*tables(honest + spread, {}, {f"RB{i}": 5 for i in range(8)}), rules())
    assert found.num_rows == 0


def test_detection_is_deterministic_and_ignores_row_order() -> None:
    review_table, buyers, orders = tables(_market(), _ring_tiers())
    first = detect(review_table, buyers, orders, rules())
    shuffled = review_table.take(
        pa.array(np.random.default_rng(5).permutation(review_table.num_rows))
    )
    assert detect(shuffled, buyers, orders, rules()).equals(first)
    assert detect(review_table, buyers, orders, rules()).equals(first)


def test_a_missing_column_is_refused_by_name() -> None:
    review_table, buyers, orders = tables(_market(), _ring_tiers())
    with pytest.raises(
        InputError, match=r"transaction_reviews: missing required column\(s\) submitted_at"
    ):
        detect(review_table.drop_columns(["submitted_at"]), buyers, orders, rules())
    with pytest.raises(InputError, match=r"buyers: missing required column\(s\) tier"):
        detect(review_table, buyers.drop_columns(["tier"]), orders, rules())


def test_bad_values_are_refused_by_column() -> None:
    review_table, buyers, orders = tables(_market(), _ring_tiers())
    six = review_table.set_column(
        review_table.schema.get_field_index("product_quality"),
        "product_quality",
        pa.array([6, *review_table["product_quality"].to_pylist()[1:]]),
    )
    with pytest.raises(InputError, match="product_quality: 6 is not between 1 and 5"):
        detect(six, buyers, orders, rules())
    twice = pa.concat_tables([review_table, review_table.slice(0, 1)])
    with pytest.raises(InputError, match="review_id has repeated values"):
        detect(twice, buyers, orders, rules())
    text_time = review_table.set_column(
        review_table.schema.get_field_index("submitted_at"),
        "submitted_at",
        pa.array(["yesterday"] * review_table.num_rows),
    )
    with pytest.raises(InputError, match="submitted_at holds values that are not timestamps"):
        detect(text_time, buyers, orders, rules())


def test_no_reviews_no_suspects() -> None:
    review_table, buyers, orders = tables(_market(), _ring_tiers())
    assert detect(review_table.slice(0, 0), buyers, orders, rules()).num_rows == 0


def test_period_signals_count_as_the_strongest_of_them_not_as_two() -> None:
    # A burst and a rating shift both say "this merchant's period is unusual": an honest
    # top-rated review in a brushed period shows both, yet nothing about its account.
    weights = rules().weights
    both = _signals(burst=[True], rating_shift=[True])
    strongest = max(weights.burst, weights.rating_shift)
    assert scores(both, rules()).tolist() == pytest.approx([strongest], abs=1e-4)
    assert strongest < rules().report_threshold
    # An account-level signal on top is what can make it a suspect.
    with_account = _signals(burst=[True], rating_shift=[True], devoted_account=[True])
    expected = 1 - (1 - strongest) * (1 - weights.devoted_account)
    assert scores(with_account, rules()).tolist() == pytest.approx([expected], abs=1e-4)
    # Group signals still compound with them.
    group = _signals(rating_shift=[True], co_review=[True])
    expected = 1 - (1 - weights.rating_shift) * (1 - weights.co_review)
    assert scores(group, rules()).tolist() == pytest.approx([expected], abs=1e-4)
