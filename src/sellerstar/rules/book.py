"""The rule book: every rule-set, ordered by effective date, and which one is in force.

Rule-set files are TOML: the shipped ones in ``sellerstar/rules/rulesets/`` plus those of
an optional folder (``SELLERSTAR_RULES_DIR``). A bad file fails with its name, the dotted
key and the reason.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from sellerstar.domain.calendar import (
    MonthFormatError,
    parse_month,
    platform_date,
    view_date_for_stat,
)
from sellerstar.errors import ConfigurationError, InputError
from sellerstar.rules._base import KeyedValueError
from sellerstar.rules.model import RuleSet

_SHIPPED_PACKAGE = "sellerstar.rules"
_SHIPPED_FOLDER = "rulesets"
_SUFFIX = ".toml"


class RuleBook:
    """All rule-sets, oldest first; answers which one is in force on a date.

    >>> book = load_rulebook()
    >>> [book.in_force(dt.date(2022, m, d)).id for m, d in ((10, 24), (10, 25), (11, 11))]
    ['baseline', '2022-10-25', '2022-11']
    """

    def __init__(self, rule_sets: Iterable[RuleSet]) -> None:
        ordered = tuple(sorted(rule_sets, key=lambda rule_set: rule_set.effective))
        if not ordered:
            raise ConfigurationError("no rule-set found")
        _refuse_duplicates((rule_set, rule_set.id) for rule_set in ordered)
        self.rule_sets: tuple[RuleSet, ...] = ordered

    def __repr__(self) -> str:
        return f"RuleBook({', '.join(rule_set.id for rule_set in self.rule_sets)})"

    def get(self, rule_set_id: str) -> RuleSet:
        """The rule-set with this id; an unknown id raises InputError naming the known ones."""
        for rule_set in self.rule_sets:
            if rule_set.id == rule_set_id:
                return rule_set
        known = ", ".join(rule_set.id for rule_set in self.rule_sets)
        raise InputError(f"no rule-set with id {rule_set_id!r} (known: {known})")

    def in_force(self, day: dt.date) -> RuleSet:
        """The newest rule-set whose effective date is on or before ``day``."""
        return self._newest(lambda rule_set: rule_set.effective <= day, f"on {day}")

    def in_force_at(self, instant: dt.datetime) -> RuleSet:
        """The rule-set in force at an instant, taking the date in each set's time zone."""
        return self._newest(
            lambda rule_set: (
                rule_set.effective <= platform_date(instant, rule_set.calendar.timezone)
            ),
            f"at {instant.isoformat()}",
        )

    def for_stat_date(self, stat_date: dt.date) -> RuleSet:
        """The rule-set a figure of stat date S is computed under: the one in force on its
        view date S + lag (each set with its own lag).

        >>> load_rulebook().for_stat_date(dt.date(2022, 11, 9)).id
        '2022-11'
        """
        return self._newest(
            lambda rule_set: (
                rule_set.effective <= view_date_for_stat(stat_date, rule_set.calendar.data_lag_days)
            ),
            f"for stat date {stat_date}",
        )

    def for_official_evaluation(self, month: str) -> RuleSet:
        """The rule-set of the official evaluation of ``month`` (``YYYY-MM``): the one in
        force on the set's configured evaluation day of that month.

        >>> load_rulebook().for_official_evaluation("2022-11").id
        '2022-11-04'
        """
        try:
            first = parse_month(month)
        except MonthFormatError as exc:
            raise InputError(str(exc)) from None
        return self._newest(
            lambda rule_set: (
                rule_set.effective <= first.replace(day=rule_set.star_level.official_evaluation.day)
            ),
            f"for the official evaluation of {month}",
        )

    def _newest(self, applies: Callable[[RuleSet], bool], when: str) -> RuleSet:
        for rule_set in reversed(self.rule_sets):
            if applies(rule_set):
                return rule_set
        first = self.rule_sets[0]
        raise ConfigurationError(
            f"no rule-set is in force {when}: the first one, {first.id!r}, "
            f"is effective from {first.effective}"
        )


def load_rulebook(extra_dir: Path | None = None) -> RuleBook:
    """Read the shipped rule-sets and those of ``extra_dir`` into a RuleBook.

    Two files with the same id or the same effective date are an error.
    """
    shipped = resources.files(_SHIPPED_PACKAGE).joinpath(_SHIPPED_FOLDER)
    sources: list[tuple[str, Traversable | Path]] = [
        (entry.name, entry) for entry in _toml_files(shipped.iterdir())
    ]
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise ConfigurationError(f"rules folder {extra_dir} does not exist")
        sources += [(str(path), path) for path in _toml_files(extra_dir.iterdir())]
    loaded = [(load_rule_set(name, source.read_bytes()), name) for name, source in sources]
    _refuse_duplicates(loaded)
    return RuleBook(rule_set for rule_set, _ in loaded)


def load_rule_set(name: str, content: bytes) -> RuleSet:
    """Parse and validate one rule-set file; ``name`` is the file's name for messages."""
    try:
        data = tomllib.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{name}: not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{name}: TOML syntax error: {exc}") from None
    return parse_rule_set(name, data)


def parse_rule_set(name: str, data: dict[str, Any]) -> RuleSet:
    """Validate the parsed content of rule-set file ``name`` (its id must equal the stem)."""
    try:
        rule_set = RuleSet.model_validate(data)
    except ValidationError as exc:
        lines = [f"{name}: {_describe(error)}" for error in _root_causes(exc.errors())]
        raise ConfigurationError("\n".join(lines)) from None
    stem = Path(name).stem
    if rule_set.id != stem:
        raise ConfigurationError(f"{name}: id: {rule_set.id!r} must equal the file name {stem!r}")
    return rule_set


def _toml_files(entries: Iterable[Traversable | Path]) -> list[Traversable | Path]:
    return sorted(
        (entry for entry in entries if entry.is_file() and entry.name.endswith(_SUFFIX)),
        key=lambda entry: entry.name,
    )


def _refuse_duplicates(entries: Iterable[tuple[RuleSet, str]]) -> None:
    by_id: dict[str, str] = {}
    by_date: dict[dt.date, str] = {}
    for rule_set, name in entries:
        if rule_set.id in by_id:
            raise ConfigurationError(
                f"{name}: id: rule-set id {rule_set.id!r} is also used by {by_id[rule_set.id]}"
            )
        if rule_set.effective in by_date:
            raise ConfigurationError(
                f"{name}: effective: {rule_set.effective} is also the effective date of "
                f"{by_date[rule_set.effective]}"
            )
        by_id[rule_set.id] = name
        by_date[rule_set.effective] = name


def _root_causes(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop "too short" on a list whose bad item is reported too (the item is the cause)."""
    return [
        error
        for error in errors
        if error["type"] != "too_short"
        or not any(
            other is not error and tuple(other["loc"][: len(error["loc"])]) == error["loc"]
            for other in errors
        )
    ]


def _describe(error: ErrorDetails) -> str:
    """``key.path[2].leaf: reason`` for one pydantic error."""
    path = _dotted(error["loc"])
    reason = error["msg"]
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, KeyedValueError):
        path = f"{path}.{cause.key}" if path else cause.key
        reason = cause.reason
    elif reason.startswith("Value error, "):
        reason = reason.removeprefix("Value error, ")
    elif error["type"] == "tuple_type":
        reason = f"Input should be an array, got {error['input']!r}"
    elif error["type"].endswith("_type") or error["type"].endswith("_parsing"):
        reason = f"{reason}, got {error['input']!r}"
    return f"{path or '(top level)'}: {reason}"


def _dotted(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        if part == "[key]":
            text += " (the key)"
        elif isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
