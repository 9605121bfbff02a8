"""What changes from one rule-set to another: every added or removed section, every changed
value, with its dotted key and the field's description (docs/rule-changes.md).

Pure: two :class:`RuleSet` objects in, a tuple of :class:`Change` out. Tables of rows are
compared by their natural key (the sample venue's industry rows by industry, the store
rating's labels by label), the star ladder by level, tables keyed by a value (benefits per
star) by that key; everything else field by field. :func:`apply_changes` replays the
changes on the older set's values, which is how the tests prove nothing is left out.

>>> from sellerstar.rules import load_rulebook
>>> book = load_rulebook()
>>> changes = diff(book.get("2022-11-04"), book.get("2022-11"))
>>> [c.key for c in changes if c.key.endswith("tracking_visibility_rate")]
['star_level.assurance.custom.tracking_visibility_rate', \
'star_level.assurance.fast_trade.tracking_visibility_rate']
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from sellerstar.rules.model import RuleSet
from sellerstar.rules.programs import SampleIndustry
from sellerstar.rules.reviews import RatingLabel

# Fields that say what a rule-set is and when it is announced, not what it rules: they
# head an announcement instead of being reported as changes.
META_FIELDS: frozenset[str] = frozenset(
    {"id", "effective", "description", "announced", "new_for_days"}
)
# Rows compared by a natural key: the field that names a row. A row type with its own
# ``__str__`` (a scoring curve's corners) is one value; any other row type is compared by
# position (a test lists the row types, so a new one is given a key on purpose).
ROW_KEYS: dict[type[BaseModel], str] = {SampleIndustry: "industry", RatingLabel: "label"}
# Lists of numbers whose position is a level: the n-th capability threshold is n stars.
LADDERS: frozenset[str] = frozenset({"capability_thresholds"})


class ChangeKind(StrEnum):
    """What happened to a key."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Entry:
    """A step into a table keyed by value (``benefits[3]``)."""

    key: Any

    def __str__(self) -> str:
        return f"[{self.key}]"


@dataclass(frozen=True)
class Row:
    """A step into a list of rows, to the row whose ``field`` is ``value``."""

    field: str
    value: Any

    def __str__(self) -> str:
        return f"[{self.value}]"


@dataclass(frozen=True)
class Level:
    """A step into a ladder: level ``number`` (1-based) is the item at ``number - 1``."""

    number: int

    def __str__(self) -> str:
        return f"[{self.number}]"


Step = str | Entry | Row | Level


@dataclass(frozen=True)
class Change:
    """One difference: where (``path``), what kind, the values before and after (plain
    Python values: a section or row as its dict) and the field's description."""

    kind: ChangeKind
    path: tuple[Step, ...]
    old: Any
    new: Any
    description: str

    @property
    def key(self) -> str:
        """The dotted key: ``sample_venue.industries[Apparel].min_sample_price_usd``."""
        text = ""
        for step in self.path:
            text += (f".{step}" if text else step) if isinstance(step, str) else str(step)
        return text

    @property
    def section(self) -> str:
        """The rule-set's top-level section the change lies in."""
        first = self.path[0]
        assert isinstance(first, str)
        return first


def diff(old: RuleSet, new: RuleSet) -> tuple[Change, ...]:
    """Every difference between the rules of ``old`` and ``new`` (meta fields aside), in
    the order of the model's fields."""
    found: list[Change] = []
    for name, info in RuleSet.model_fields.items():
        if name not in META_FIELDS:
            _compare(found, (name,), getattr(old, name), getattr(new, name), info.description or "")
    return tuple(found)


def _compare(found: list[Change], path: tuple[Step, ...], old: Any, new: Any, about: str) -> None:
    if old == new:
        return
    if old is None or new is None:
        kind = ChangeKind.ADDED if old is None else ChangeKind.REMOVED
        found.append(Change(kind, path, _plain(old), _plain(new), about))
    elif isinstance(old, BaseModel) and type(old) is type(new):
        for name, info in type(old).model_fields.items():
            _compare(
                found,
                (*path, name),
                getattr(old, name),
                getattr(new, name),
                info.description or "",
            )
    elif isinstance(old, Mapping) and isinstance(new, Mapping):
        _compare_entries(found, path, old, new, about)
    elif _is_rows(old) and _is_rows(new) and not _has_own_str(old, new):
        _compare_rows(found, path, old, new)
    elif isinstance(path[-1], str) and path[-1] in LADDERS:
        _compare_levels(found, path, old, new, about)
    else:
        found.append(Change(ChangeKind.CHANGED, path, _plain(old), _plain(new), about))


def _compare_entries(
    found: list[Change],
    path: tuple[Step, ...],
    old: Mapping[Any, Any],
    new: Mapping[Any, Any],
    about: str,
) -> None:
    for key in [*old, *(key for key in new if key not in old)]:
        _compare(found, (*path, Entry(key)), old.get(key), new.get(key), about)


def _compare_rows(
    found: list[Change],
    path: tuple[Step, ...],
    old: Sequence[BaseModel],
    new: Sequence[BaseModel],
) -> None:
    row_type = type((old or new)[0])
    key_field = ROW_KEYS.get(row_type)
    about = _doc(row_type)
    if key_field is None:
        _compare_levels(found, path, old, new, about)
        return
    before = {getattr(row, key_field): row for row in old}
    after = {getattr(row, key_field): row for row in new}
    for key in [*before, *(key for key in after if key not in before)]:
        _compare(found, (*path, Row(key_field, key)), before.get(key), after.get(key), about)


def _compare_levels(
    found: list[Change], path: tuple[Step, ...], old: Sequence[Any], new: Sequence[Any], about: str
) -> None:
    for index in range(max(len(old), len(new))):
        _compare(
            found,
            (*path, Level(index + 1)),
            old[index] if index < len(old) else None,
            new[index] if index < len(new) else None,
            about,
        )


def _is_rows(value: Any) -> bool:
    return isinstance(value, tuple) and all(isinstance(item, BaseModel) for item in value)


def _has_own_str(*values: Sequence[BaseModel]) -> bool:
    rows = [row for value in values for row in value]
    return bool(rows) and "__str__" in vars(type(rows[0]))


def _doc(model: type[BaseModel]) -> str:
    return (model.__doc__ or "").strip().split("\n")[0]


def _plain(value: Any) -> Any:
    """A rule value as plain Python (sections and rows as dicts, lists as lists)."""
    if isinstance(value, BaseModel):
        return {name: _plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


def apply_changes(old: RuleSet, changes: Sequence[Change]) -> dict[str, Any]:
    """The rules of ``old`` (meta fields aside, as plain values) with ``changes`` made.

    A new row goes at the end of its list; :func:`comparable` puts keyed rows in key order,
    so the result equals ``comparable(new)`` exactly when the changes are complete.
    """
    values = {
        name: _plain(getattr(old, name)) for name in RuleSet.model_fields if name not in META_FIELDS
    }
    for change in changes:
        _set(values, change.path, change.new)
    return comparable_values(values)


def comparable(rule_set: RuleSet) -> dict[str, Any]:
    """The rules of ``rule_set`` as plain values, keyed rows in key order."""
    return comparable_values(
        {
            name: _plain(getattr(rule_set, name))
            for name in RuleSet.model_fields
            if name not in META_FIELDS
        }
    )


def comparable_values(values: dict[str, Any]) -> dict[str, Any]:
    """Plain values with every list of keyed rows sorted by its key (order is no rule)."""
    return {key: _sorted_rows(value) for key, value in values.items()}


def _sorted_rows(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_rows(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_rows(item) for item in value]
        keys = set(ROW_KEYS.values())
        if items and all(isinstance(item, dict) for item in items):
            key = next((name for name in keys if all(name in item for item in items)), None)
            if key is not None:
                return sorted(items, key=lambda item: str(item[key]))
        return items
    return value


def _set(container: Any, path: tuple[Step, ...], value: Any) -> None:
    """Set (or, for None, remove) the value at ``path`` inside plain values."""
    *head, last = path
    for step in head:
        container = _child(container, step)
    if isinstance(last, Row):
        index = _row_index(container, last)
        if value is None:
            del container[index]
        elif index is None:
            container.append(copy.deepcopy(value))
        else:
            container[index] = copy.deepcopy(value)
    elif isinstance(last, Level):
        if value is None:
            del container[last.number - 1 :]  # a ladder loses its top levels
        elif last.number - 1 < len(container):
            container[last.number - 1] = copy.deepcopy(value)
        else:
            container.append(copy.deepcopy(value))
    else:
        name = last.key if isinstance(last, Entry) else last
        if value is None and isinstance(last, Entry):
            container.pop(name, None)
        else:
            container[name] = copy.deepcopy(value)


def _child(container: Any, step: Step) -> Any:
    if isinstance(step, Row):
        index = _row_index(container, step)
        assert index is not None, f"no row {step}"
        return container[index]
    if isinstance(step, Level):
        return container[step.number - 1]
    return container[step.key if isinstance(step, Entry) else step]


def _row_index(rows: list[dict[str, Any]], step: Row) -> int | None:
    return next((i for i, row in enumerate(rows) if row.get(step.field) == step.value), None)
