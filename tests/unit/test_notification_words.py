"""Every notification topic's words (issue 19): each known topic renders its title and
sentence from its payload in zh and en, a missing key reads "—", an unknown topic still
reads; the codes and payload keys of the topics other modules announce."""

from __future__ import annotations

import re

import pytest

from sellerstar.web.words import notifications as words

# One payload per topic with every key its sentence names.
PAYLOADS: dict[str, dict[str, object]] = {
    topic: {key: f"<{key}>" for key in re.findall(r"%\((\w+)\)s", text)}
    for topic, (_, text) in words.TOPICS.items()
}


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("topic", sorted(words.TOPICS))
def test_every_topic_renders_with_its_payload(topic: str, locale: str) -> None:
    rendered = words.render(topic, PAYLOADS[topic], locale)
    assert rendered.title and "%(" not in rendered.text
    for value in PAYLOADS[topic].values():
        assert str(value) in rendered.text
    assert words.render(topic, {}, locale).text.count(words.MISSING) == len(PAYLOADS[topic])


def test_an_unknown_topic_still_reads() -> None:
    rendered = words.render("brand_new_event", {"order_id": "O1"}, "en")
    assert "brand_new_event" in rendered.title and "O1" in rendered.text


def test_the_upcoming_topics_have_words() -> None:
    upcoming = {
        "appeal_window_opened",
        "appeal_last_day",
        "appeal_decided",
        "radar_deadline_near",
        "star_predicted_changed",
        "star_below_official",
        "official_evaluation_published",
        "rule_change_announced",
        "coupon_claimable",
    }
    assert upcoming <= set(words.TOPICS)
    decided = words.render(
        "appeal_decided", {"appeal_id": "A", "order_id": "O", "outcome": "approved"}, "en"
    )
    assert decided.text == "Appeal A for order O: approved."
