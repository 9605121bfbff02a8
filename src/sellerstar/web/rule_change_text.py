"""Rule-change announcements in a reader's language: one sentence per change, the area
titles, and the plain structure the changelog page, its JSON API and ``sellerstar rules
diff`` all show (docs/rule-changes.md).

The sentence skeletons and titles are translated (``web/words/rule_changes.py``); a
field's own description, taken from the rule-set model, stays as the model states it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from pydantic_core import to_jsonable_python

from sellerstar.rules.announcements import RuleSetChanges
from sellerstar.rules.diff import Change, ChangeKind
from sellerstar.rules.render import plain
from sellerstar.web.i18n import translations
from sellerstar.web.words import rule_changes as words
from sellerstar.web.words.stars import METRIC_LABELS, TRACK_LABELS

Say = Callable[[str], str]
_DECISION = re.compile(r"^\[decision[^\]]*\]\s*")


def say_in(locale: str) -> Say:
    """The catalogue's translation of a msgid in ``locale`` (``zh`` or ``en``)."""
    return translations(locale).gettext


def sentence(change: Change, effective: dt.date, say: Say) -> str:
    """The change as one sentence, e.g. "From 2022-11-11, the Tracking visibility rate
    counts in the assurance capability (保障力) of the Custom track, with weight 0.2."."""
    date = effective.isoformat()
    scoring = _scoring(change, date, say)
    if scoring is not None:
        return scoring
    if len(change.path) == 1:
        section = say(words.SECTION_TITLES.get(change.section, change.section))
        if change.kind is not ChangeKind.CHANGED:
            added = change.kind is ChangeKind.ADDED
            template = words.SECTION_ADDED if added else words.SECTION_REMOVED
            return say(template) % {"date": date, "section": section}
    what, key = _what(change.description), change.key
    old, new = _shown(change.old), _shown(change.new)
    if change.kind is ChangeKind.CHANGED:
        return say(words.VALUE_CHANGED) % {
            "date": date,
            "what": what,
            "key": key,
            "old": old,
            "new": new,
        }
    whole_part = isinstance(change.new if change.kind is ChangeKind.ADDED else change.old, dict)
    if change.kind is ChangeKind.ADDED:
        template = words.PART_ADDED if whole_part else words.VALUE_ADDED
        return say(template) % {"date": date, "what": what, "key": key, "new": new}
    template = words.PART_REMOVED if whole_part else words.VALUE_REMOVED
    return say(template) % {"date": date, "what": what, "key": key, "old": old}


def _scoring(change: Change, date: str, say: Say) -> str | None:
    """The sentence of a metric entering, leaving or re-weighing the assurance score."""
    path = change.path
    if len(path) < 4 or path[:2] != ("star_level", "assurance"):
        return None
    track, metric = path[2], path[3]
    if not isinstance(track, str) or metric not in METRIC_LABELS or track not in TRACK_LABELS:
        return None
    names = {
        "date": date,
        "metric": say(METRIC_LABELS[str(metric)]),
        "track": say(TRACK_LABELS[track]),
    }
    if len(path) == 4 and change.kind is ChangeKind.ADDED:
        return say(words.METRIC_SCORED) % {**names, "weight": _shown(change.new["weight"])}
    if len(path) == 4 and change.kind is ChangeKind.REMOVED:
        return say(words.METRIC_UNSCORED) % names
    if path[4:] == ("weight",) and change.kind is ChangeKind.CHANGED:
        old, new = _shown(change.old), _shown(change.new)
        return say(words.METRIC_WEIGHT) % {**names, "old": old, "new": new}
    return None


def _what(description: str) -> str:
    # The description's first clause: "…; false = the imported score" explains the
    # alternative, which the old and new values already show.
    text = _DECISION.sub("", description).split("; ")[0].strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text or "—"


def _shown(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return " | ".join(plain(item) for item in value)
    return plain(value)


def status_of(item: RuleSetChanges, day: dt.date) -> str:
    """``upcoming`` before the effective date, ``new`` until ``new_until``, else ``in_force``."""
    if item.upcoming(day):
        return "upcoming"
    return "new" if day <= item.new_until else "in_force"


def described(items: Sequence[RuleSetChanges], day: dt.date, locale: str) -> list[dict[str, Any]]:
    """The announcements as plain data in ``locale``: what the page, the API and the CLI
    show (dates as ISO text, values as JSON values)."""
    say = say_in(locale)
    return [
        {
            "rule_set": item.rule_set_id,
            "previous": item.previous_id,
            "effective": item.effective.isoformat(),
            "announced": item.announced.isoformat(),
            "new_until": item.new_until.isoformat(),
            "status": status_of(item, day),
            "description": item.description,
            "areas": [
                {
                    "area": group.area.value,
                    "title": say(words.AREA_TITLES[group.area.value]),
                    "changes": [
                        {
                            "kind": change.kind.value,
                            "key": change.key,
                            "old": to_jsonable_python(change.old),
                            "new": to_jsonable_python(change.new),
                            "description": change.description,
                            "sentence": sentence(change, item.effective, say),
                        }
                        for change in group.changes
                    ],
                }
                for group in item.groups
            ],
        }
        for item in items
    ]


def as_text(data: Sequence[dict[str, Any]], locale: str) -> str:
    """The described announcements as the CLI prints them: a heading per rule-set, a
    title per area, a sentence per change."""
    say = say_in(locale)
    lines: list[str] = []
    for item in data:
        lines += [
            f"{item['rule_set']} ({say(words.EFFECTIVE) % {'date': item['effective']}}; "
            f"{say(words.ANNOUNCED) % {'date': item['announced']}})",
            f"  {item['description']}",
        ]
        if not item["areas"]:
            lines.append(f"  {say(words.NO_RULE_CHANGES)}")
        for area in item["areas"]:
            lines.append(f"  {area['title']}")
            lines += [f"    - {change['sentence']}" for change in area["changes"]]
        lines.append("")
    return "\n".join(lines)
