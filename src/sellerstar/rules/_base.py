"""What every rule-set section shares: strictness, immutability and keyed validation errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, model_validator


class _Section(BaseModel):
    """A rule-set section: unknown keys are errors and a loaded value never changes.

    Strict: ``true`` is not a number and ``"2"`` is not an integer. TOML arrays become
    tuples before validation (strict mode would refuse a list for a tuple field).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    @model_validator(mode="before")
    @classmethod
    def _arrays_to_tuples(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: tuple(v) if isinstance(v, list) else v for key, v in data.items()}
        return data


class KeyedValueError(ValueError):
    """A cross-field check that failed on one key below the model being validated.

    Pydantic places a model validator's error on the model itself; the loader appends
    ``key`` so the message names the exact key (``star_level.assurance.custom.weight``).
    """

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(reason)
        self.key = key
        self.reason = reason


def check_codes(values: Iterable[str], allowed: Collection[str], what: str) -> None:
    """Raise ValueError naming the first value that is not one of ``allowed``.

    >>> check_codes(["tad"], {"tad", "other"}, "export mode")
    >>> check_codes(["ship"], {"tad"}, "export mode")
    Traceback (most recent call last):
    ...
    ValueError: unknown export mode 'ship' (allowed: tad)
    """
    for value in values:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r} (allowed: {', '.join(sorted(allowed))})")


def check_unique(values: Iterable[str], what: str) -> None:
    """Raise ValueError naming the first value that occurs twice.

    >>> check_unique(["GB", "US", "GB"], "country")
    Traceback (most recent call last):
    ...
    ValueError: country 'GB' is listed twice
    """
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{what} {value!r} is listed twice")
        seen.add(value)


def codes_of(allowed: Collection[str], what: str) -> AfterValidator:
    """A validator for a list of codes: each one of ``allowed``, none twice.

    Use as ``Annotated[tuple[str, ...], codes_of(TRANSPORTS, "transport")]``.
    """

    def check(value: tuple[str, ...]) -> tuple[str, ...]:
        check_codes(value, allowed, what)
        check_unique(value, what)
        return value

    checker: Callable[[tuple[str, ...]], tuple[str, ...]] = check
    return AfterValidator(checker)


def _iso_text(parse: Callable[[str], Any]) -> BeforeValidator:
    """Accept ISO text (JSON round trips) besides the native TOML value; nothing else."""

    def convert(value: Any) -> Any:
        return parse(value) if isinstance(value, str) else value

    return BeforeValidator(convert)


Day = Annotated[dt.date, _iso_text(dt.date.fromisoformat)]
ClockTime = Annotated[dt.time, _iso_text(dt.time.fromisoformat)]
