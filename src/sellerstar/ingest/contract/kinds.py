"""Parse one column of raw values into its contract type, a whole batch at a time.

Each parser takes an Arrow array whose empty values are already null and returns the
typed array (null where empty or invalid) and the invalid rows with a reason. The common
case runs as vectorised pyarrow kernels; only a batch holding a value the kernels refuse
is parsed value by value, to say which one.

>>> values, bad = parse_int(pa.array(["3", "x", None]))
>>> values.to_pylist(), bad
([3, None, None], [(1, "not an integer: 'x'")])
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

Invalid = list[tuple[int, str]]
"""Rows (index in the batch) whose value is invalid, with the reason."""

TIMESTAMP = pa.timestamp("us", tz="UTC")
MONEY = pa.decimal128(14, 2)  # the store's Numeric(14, 2): cents, up to 12 integer digits
_INT32 = (-(2**31), 2**31 - 1)  # the store's Integer is 32-bit on PostgreSQL

_DATE = r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
_TIME = r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?"
_OFFSET = r"(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)"
_TS_RE = f"^{_DATE}[T ]{_TIME}{_OFFSET}?$"
_OFFSET_RE = f"{_OFFSET}$"
_DATE_RE = f"^{_DATE}$"
_INT_RE = r"^[+-]?\d{1,18}$"
_DECIMAL_RE = r"^[+-]?\d+(\.\d+)?$"


def show(value: object) -> str:
    """A raw value as quoted in a message, shortened."""
    text = repr(value)
    return text if len(text) <= 42 else text[:39] + "...'"


def as_text(raw: pa.Array) -> pa.Array:
    """Any raw column as strings (Parquet may hold numbers where the contract has text)."""
    return raw if pa.types.is_string(raw.type) else pc.cast(raw, pa.string())


def _mask(array: pa.Array) -> npt.NDArray[np.bool_]:
    """A boolean Arrow array as numpy, null counting as False."""
    return np.asarray(pc.fill_null(array, False).to_numpy(zero_copy_only=False), dtype=bool)


def _invalid(text: pa.Array, bad: npt.NDArray[np.bool_], reason: Callable[[str], str]) -> Invalid:
    return [(int(i), reason(text[int(i)].as_py())) for i in np.flatnonzero(bad)]


def _by_pattern(text: pa.Array, pattern: str) -> npt.NDArray[np.bool_]:
    """Rows holding a value that does not match ``pattern``."""
    matches = pc.match_substring_regex(text, pattern)
    return np.asarray(pc.invert(pc.fill_null(matches, True)), dtype=bool)


def _values_or_null(typed: pa.Array, bad: npt.NDArray[np.bool_], target: pa.DataType) -> pa.Array:
    if not bad.any():
        return typed
    return pc.if_else(pa.array(bad), pa.nulls(len(typed), target), typed)


def parse_timestamp(raw: pa.Array, zone: ZoneInfo) -> tuple[pa.Array, Invalid]:
    """ISO 8601 with offset; without one the time is in ``zone``. Native timestamps pass."""
    if pa.types.is_timestamp(raw.type):
        if raw.type.tz is None:
            raw = pc.assume_timezone(raw, zone.key, ambiguous="earliest", nonexistent="earliest")
        return pc.cast(raw, TIMESTAMP, safe=False), []
    text = as_text(raw)
    bad = _by_pattern(text, _TS_RE)
    with_offset = _mask(pc.match_substring_regex(text, _OFFSET_RE))
    micros = np.zeros(len(text), dtype=np.int64)
    present = _mask(pc.is_valid(text)) & ~bad
    for local, part in ((False, present & with_offset), (True, present & ~with_offset)):
        rows = np.flatnonzero(part)
        if not len(rows):
            continue
        subset = text.take(pa.array(rows))
        try:
            micros[rows] = _cast_timestamps(subset, zone, local=local)
        except pa.ArrowInvalid:
            # A value the pattern lets through but the calendar refuses (30 February).
            for row, value in zip(rows, subset.to_pylist(), strict=True):
                parsed = _python_timestamp(value, zone)
                if parsed is None:
                    bad[row] = True
                else:
                    micros[row] = parsed
    valid = _mask(pc.is_valid(text)) & ~bad
    typed = pa.array(micros, type=pa.int64(), mask=~valid).cast(TIMESTAMP)
    return typed, _invalid(text, bad, lambda v: f"not an ISO 8601 timestamp: {show(v)}")


def _cast_timestamps(subset: pa.Array, zone: ZoneInfo, *, local: bool) -> npt.NDArray[np.int64]:
    if local:
        wall = pc.cast(subset, pa.timestamp("us"))
        zoned = pc.assume_timezone(wall, zone.key, ambiguous="earliest", nonexistent="earliest")
        typed = pc.cast(zoned, TIMESTAMP)
    else:
        typed = pc.cast(subset, TIMESTAMP)
    return np.asarray(typed.cast(pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)


def _python_timestamp(value: str, zone: ZoneInfo) -> int | None:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    delta = parsed - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return delta // dt.timedelta(microseconds=1)


def parse_date(raw: pa.Array) -> tuple[pa.Array, Invalid]:
    """``YYYY-MM-DD``; native Parquet dates pass."""
    if pa.types.is_date(raw.type):
        return pc.cast(raw, pa.date32()), []
    text = as_text(raw)
    bad = _by_pattern(text, _DATE_RE)
    candidates = _values_or_null(text, bad, pa.string())
    try:
        typed = pc.cast(candidates, pa.date32())
    except pa.ArrowInvalid:
        days: list[dt.date | None] = []
        for row, value in enumerate(candidates.to_pylist()):
            try:
                days.append(None if value is None else dt.date.fromisoformat(value))
            except ValueError:
                bad[row] = True
                days.append(None)
        typed = pa.array(days, type=pa.date32())
    return typed, _invalid(text, bad, lambda v: f"not a date (YYYY-MM-DD): {show(v)}")


def parse_bool(raw: pa.Array, *, digits: bool) -> tuple[pa.Array, Invalid]:
    """``true``/``false`` (and ``1``/``0`` when ``digits``, as CSV allows); native passes."""
    if pa.types.is_boolean(raw.type):
        return raw, []
    text = as_text(raw)
    true, false = (["true", "1"], ["false", "0"]) if digits else (["true"], ["false"])
    known = pc.is_in(text, value_set=pa.array(true + false))
    bad = _mask(pc.is_valid(text)) & ~_mask(known)
    unset = bad | ~_mask(pc.is_valid(text))
    typed = _values_or_null(pc.is_in(text, value_set=pa.array(true)), unset, pa.bool_())
    spelled = "true/false or 1/0" if digits else "true/false"
    return typed, _invalid(text, bad, lambda v: f"not a boolean ({spelled}): {show(v)}")


def parse_int(raw: pa.Array) -> tuple[pa.Array, Invalid]:
    """A whole number that fits the store's 32-bit integer; native integers pass."""
    if pa.types.is_integer(raw.type):
        typed = pc.cast(raw, pa.int64())
        text = pc.cast(raw, pa.string())
        bad = np.zeros(len(raw), dtype=bool)
    else:
        text = as_text(raw)
        bad = _by_pattern(text, _INT_RE)
        typed = pc.cast(_unsigned_plus(_values_or_null(text, bad, pa.string())), pa.int64())
    too_big = _mask(pc.or_(pc.less(typed, _INT32[0]), pc.greater(typed, _INT32[1])))
    invalid = _invalid(text, bad, lambda v: f"not an integer: {show(v)}")
    invalid += _invalid(text, too_big, lambda v: f"out of range: {show(v)}")
    invalid.sort()
    return _values_or_null(typed, bad | too_big, pa.int64()), invalid


def _unsigned_plus(text: pa.Array) -> pa.Array:
    """Without a leading ``+``, which Arrow's number parsing refuses."""
    return pc.replace_substring_regex(text, pattern=r"^\+", replacement="")


def parse_money(raw: pa.Array) -> tuple[pa.Array, Invalid]:
    """A decimal amount in USD with at most 2 decimals and 12 integer digits."""
    if pa.types.is_decimal(raw.type) or pa.types.is_integer(raw.type):
        try:
            return pc.cast(raw, MONEY), []
        except pa.ArrowInvalid:
            pass
    text = as_text(raw)
    bad = _by_pattern(text, _DECIMAL_RE)
    candidates = _unsigned_plus(_values_or_null(text, bad, pa.string()))
    invalid = _invalid(text, bad, lambda v: f"not a decimal amount: {show(v)}")
    try:
        return pc.cast(candidates, MONEY), invalid
    except pa.ArrowInvalid:
        pass
    amounts: list[decimal.Decimal | None] = []
    pairs = zip(candidates.to_pylist(), text.to_pylist(), strict=True)
    for row, (value, written) in enumerate(pairs):
        reason = None if value is None else _money_problem(decimal.Decimal(value))
        if reason is not None:
            invalid.append((row, f"{reason}: {show(written)}"))
        amounts.append(None if value is None or reason else decimal.Decimal(value))
    invalid.sort()
    return pa.array(amounts, type=MONEY), invalid


def _money_problem(amount: decimal.Decimal) -> str | None:
    if amount != amount.quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_DOWN):
        return "more than 2 decimal places"
    if abs(amount) >= 10**12:
        return "too large (at most 12 digits before the decimal point)"
    return None
