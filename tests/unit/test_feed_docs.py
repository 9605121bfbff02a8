"""docs/tracking-feeds.md names every webhook, setting and command of the feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellerstar.cli.feeds import app
from sellerstar.config import Settings
from sellerstar.ingest.tracking_facts import FEEDS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "tracking-feeds.md").read_text("utf-8")
FEED_SETTINGS = [
    name
    for name in Settings.model_fields
    if name.startswith(("seventeen_track", "aftership", "kuaidi100", "feeds_"))
]


@pytest.mark.parametrize("feed", FEEDS)
def test_every_webhook_is_documented(feed: str) -> None:
    assert f"/webhooks/{feed}" in DOC


@pytest.mark.parametrize("name", FEED_SETTINGS)
def test_every_feed_setting_is_documented(name: str) -> None:
    variable = "SELLERSTAR_17TRACK_KEY" if name == "seventeen_track_key" else name.upper()
    assert variable.removeprefix("SELLERSTAR_") in DOC, name


def test_every_feeds_command_is_documented() -> None:
    names = [command.name for command in app.registered_commands]
    assert names == ["replay", "refetch", "register"]
    for name in names:
        assert f"sellerstar feeds {name}" in DOC
