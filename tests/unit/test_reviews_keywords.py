"""One keyword per product from its reviews (rulebook §5.2)."""

from __future__ import annotations

import pytest

from sellerstar.reviews.keywords import product_keywords


def test_the_phrase_most_reviews_say_wins() -> None:
    rows = [
        ("p1", "Fantastic service, fast delivery"),
        ("p1", "Fantastic service!"),
        ("p1", "fantastic service and good price"),
        ("p1", "Fast delivery"),
    ]
    assert product_keywords(rows) == {"p1": "Fantastic service"}


def test_a_review_counts_a_phrase_once() -> None:
    rows = [
        ("p1", "Nice colours. Nice colours. Nice colours."),
        ("p1", "Strong box, strong box"),
        ("p1", "Strong box and nice price"),
    ]
    assert product_keywords(rows) == {"p1": "Strong box"}


def test_longer_phrase_on_a_tie_then_alphabetical() -> None:
    rows = [("p1", "Solid steel frame"), ("p1", "solid steel frame, would buy")]
    assert product_keywords(rows) == {"p1": "Solid steel frame"}
    assert product_keywords(rows, max_words=2) == {"p1": "Solid steel"}
    assert product_keywords([("p1", "zebra"), ("p1", "apple"), ("p1", "zebra apple")]) == {
        "p1": "Apple"
    }


def test_most_common_spelling_shown_with_a_capital() -> None:
    rows = [
        ("p1", "great LED strips"),
        ("p1", "The LED strips are bright"),
        ("p1", "led strips ok"),
    ]
    assert product_keywords(rows) == {"p1": "LED strips"}


def test_chinese_reviews_give_a_chinese_keyword() -> None:
    rows = [
        ("p1", "质量很好，发货快"),
        ("p1", "发货快，包装也好"),
        ("p1", "服务不错，发货快，推荐"),
    ]
    assert product_keywords(rows) == {"p1": "发货快"}


def test_english_and_chinese_reviews_aggregate_per_product() -> None:
    rows = [
        ("p1", "Good packaging"),
        ("p1", "包装很结实"),
        ("p1", "做工精细，包装很结实"),
        ("p2", "Good packaging, fast"),
        ("p2", "good packaging and good price"),
        ("p2", "做工精细"),
    ]
    keywords = product_keywords(rows)
    assert keywords == {"p1": "包装很结实", "p2": "Good packaging"}


def test_with_several_reviews_a_phrase_needs_two_of_them() -> None:
    rows = [("p1", "Wonderful embroidery"), ("p1", "Arrived on Monday")]
    assert product_keywords(rows) == {}
    rows.append(("p1", "wonderful embroidery again"))
    assert product_keywords(rows) == {"p1": "Wonderful embroidery"}


def test_a_single_review_gives_its_best_phrase() -> None:
    assert product_keywords([("p1", "Excellent stitching on the collar")]) == {
        "p1": "Excellent stitching"
    }
    assert product_keywords([("p9", "做工精细")]) == {"p9": "做工精细"}


def test_a_frequent_phrase_of_another_product_is_not_stolen() -> None:
    # "fast shipping" is everywhere; each product keeps what sets it apart.
    rows = [
        ("a", "Fast shipping, soft fabric"),
        ("a", "soft fabric, fast shipping"),
        ("b", "Fast shipping, bright colours"),
        ("b", "bright colours and fast shipping"),
        ("c", "fast shipping"),
        ("c", "Fast shipping!"),
    ]
    assert product_keywords(rows) == {
        "a": "Soft fabric",
        "b": "Bright colours",
        "c": "Fast shipping",
    }


def test_a_phrase_of_one_product_does_not_count_for_another() -> None:
    rows = [
        ("a", "Sturdy handles"),
        ("a", "sturdy handles"),
        ("a", "sturdy handles"),
        ("b", "sturdy handles"),
        ("b", "Thick glass"),
    ]
    # b has two reviews, and no phrase is in both of them.
    assert product_keywords(rows) == {"a": "Sturdy handles"}


def test_negated_words_are_not_keywords() -> None:
    assert product_keywords([("p1", "Not good at all"), ("p1", "not good")]) == {}
    assert product_keywords([("p1", "不太满意"), ("p1", "不太满意，发货慢")]) == {}


def test_stopwords_and_empty_texts_give_nothing() -> None:
    rows = [("p1", ""), ("p1", "   "), ("p2", "it is the one"), ("p3", "的了吧")]
    assert product_keywords(rows) == {}
    # Blank texts do not count as reviews: one real review remains.
    assert product_keywords([("p1", ""), ("p1", "Lovely glaze")]) == {"p1": "Lovely glaze"}


def test_result_does_not_depend_on_row_order() -> None:
    rows = [
        ("a", "Soft fabric"),
        ("a", "soft fabric, good price"),
        ("b", "good price"),
        ("b", "Good price, 发货快"),
        ("b", "发货快"),
    ]
    assert product_keywords(rows) == product_keywords(list(reversed(rows)))


def test_max_words_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_words"):
        product_keywords([("p1", "good")], max_words=0)
