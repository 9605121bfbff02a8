"""A rule-set written out: readable text, TOML (loadable again) or JSON."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from sellerstar.rules.model import RuleSet

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class OutputFormat(StrEnum):
    """How ``sellerstar rules show`` writes a rule-set."""

    TEXT = "text"
    TOML = "toml"
    JSON = "json"


def render(rule_set: RuleSet, output_format: OutputFormat) -> str:
    """The rule-set in the chosen format, ending with a newline."""
    if output_format is OutputFormat.JSON:
        return rule_set.model_dump_json(indent=2) + "\n"
    if output_format is OutputFormat.TOML:
        return to_toml(rule_set)
    return to_text(rule_set)


def to_text(rule_set: RuleSet) -> str:
    """Every section and value, indented; an absent section says it is not in force.

    >>> from sellerstar.rules import load_rulebook
    >>> print(to_text(load_rulebook().get("baseline")).splitlines()[0])
    rule-set baseline, effective 2020-01-01
    """
    lines = [
        f"rule-set {rule_set.id}, effective {rule_set.effective.isoformat()}",
        f"  {rule_set.description}",
    ]
    for key in type(rule_set).model_fields:
        value = getattr(rule_set, key)
        if key in {"id", "effective", "description"}:
            continue
        lines.append("")
        lines += _text_field(key, value, 0)
    return "\n".join(lines) + "\n"


def to_toml(rule_set: RuleSet) -> str:
    """The rule-set as a TOML file that loads back into an equal rule-set."""
    lines: list[str] = []
    _toml_table(lines, (), rule_set.model_dump(mode="python", exclude_none=True))
    return "\n".join(lines).strip("\n") + "\n"


def plain(value: object) -> str:
    """A scalar or a list of scalars as a person reads it: ``0.8``, ``GB, US``, ``06:00``."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {plain(item)}" for key, item in value.items())
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(plain(item) for item in value)
    return str(value)


def _text_field(key: str, value: object, depth: int) -> list[str]:
    indent = "  " * depth
    if value is None:
        return [f"{indent}{key}: not in force"]
    if isinstance(value, BaseModel):
        lines = [f"{indent}{key}"]
        for name in type(value).model_fields:
            lines += _text_field(name, getattr(value, name), depth + 1)
        return lines
    rows = _model_rows(value)
    if rows and not has_own_str(rows[0]):
        dumped = [row.model_dump(mode="python") for row in rows]
        return [f"{indent}{key}:", *(f"{indent}  - {plain(row)}" for row in dumped)]
    if isinstance(value, Mapping):
        return [
            f"{indent}{key}:",
            *(f"{indent}  {name}: {plain(item)}" for name, item in value.items()),
        ]
    return [f"{indent}{key}: {plain(value)}"]


def has_own_str(row: BaseModel | type[BaseModel]) -> bool:
    """Whether a row type prints itself briefly (then its rows are shown inline)."""
    row_type = row if isinstance(row, type) else type(row)
    return "__str__" in vars(row_type)


def _model_rows(value: object) -> tuple[BaseModel, ...] | None:
    if isinstance(value, tuple) and value and all(isinstance(item, BaseModel) for item in value):
        return value
    return None


def _is_dumped_rows(value: object) -> bool:
    return (
        isinstance(value, list | tuple)
        and bool(value)
        and all(isinstance(item, Mapping) for item in value)
    )


def _toml_table(lines: list[str], path: tuple[str, ...], table: Mapping[Any, Any]) -> None:
    scalars = {key: value for key, value in table.items() if not isinstance(value, Mapping)}
    tables = {key: value for key, value in table.items() if isinstance(value, Mapping)}
    if path and (scalars or not tables):
        lines += ["", f"[{'.'.join(_toml_key(part) for part in path)}]"]
    lines += [f"{_toml_key(key)} = {_toml_value(value)}" for key, value in scalars.items()]
    for key, value in tables.items():
        _toml_table(lines, (*path, str(key)), value)


def _toml_key(key: object) -> str:
    text = str(key)
    return text if _BARE_KEY.fullmatch(text) else json.dumps(text, ensure_ascii=False)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.time | dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        items = ", ".join(f"{_toml_key(key)} = {_toml_value(item)}" for key, item in value.items())
        return f"{{ {items} }}"
    if isinstance(value, Sequence):
        if _is_dumped_rows(value):
            return "[\n" + "".join(f"  {_toml_value(row)},\n" for row in value) + "]"
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")
