"""Tracking numbers of the demo generator: formats, check digits, uniqueness."""

from __future__ import annotations

import re

import numpy as np
import pytest

from sellerstar.demo.carriers import CARRIERS
from sellerstar.demo.text import to_arrow
from sellerstar.demo.tracking_numbers import (
    MAX_SERIAL,
    known_formats,
    mod10_check_digit,
    s10_check_digit,
    to_matrix,
    tracking_numbers,
    ups_check_digit,
)

PATTERNS = {
    "ups": r"1Z[0-9A-Z]{16}",
    "usps": r"9\d{21}",
    "dhl": r"\d{10}",
    "fedex": r"\d{12}",
    "aramex": r"\d{11}",
    "tnt": r"\d{9}",
    "4px": r"4PX\d{13}CN",
    "yunexpress": r"YT\d{16}",
    "cainiao": r"LP\d{14}",
    "sfexpress": r"SF\d{13}",
    "canadapost": r"\d{16}",
    "dpd": r"[01]\d{13}",
    "gls": r"\d{11}",
    "postnl": r"3S[A-Z]{4}\d{9}",
    "maersk": r"MAEU\d{9}",
    "cosco": r"COSU\d{10}",
    "s10:chinapost": r"[A-Z]{2}\d{9}CN",
    "s10:ems": r"E[A-Z]\d{9}CN",
    "s10:yanwen": r"[A-Z]{2}\d{9}CN",
    "s10:royalmail": r"[A-Z]{2}\d{9}GB",
    "s10:auspost": r"[A-Z]{2}\d{9}AU",
}


def _numbers(number_format: str, serial: np.ndarray) -> list[str]:
    rng = np.random.default_rng(3)
    matrix = tracking_numbers(number_format, serial, serial % 97, rng)
    return to_arrow(matrix).to_pylist()


def _s10_ok(number: str) -> bool:
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    check = 11 - sum(int(d) * w for d, w in zip(number[2:10], weights, strict=True)) % 11
    return int(number[10]) == {10: 0, 11: 5}.get(check, check)


def _ups_ok(number: str) -> bool:
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in number[2:17]]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return int(number[17]) == (10 - total % 10) % 10


def _mod10_ok(number: str) -> bool:
    body = [int(c) for c in reversed(number[:-1])]
    total = 3 * sum(body[0::2]) + sum(body[1::2])
    return int(number[-1]) == (10 - total % 10) % 10


def test_published_check_digit_examples() -> None:
    # UPU S10 example AA473124829GB and UPS's test number 1Z999AA10123456784.
    assert s10_check_digit(np.array([[4, 7, 3, 1, 2, 4, 8, 2]])).tolist() == [9]
    assert ups_check_digit(to_matrix(["999AA1012345678"])).tolist() == [4]
    # GS1 mod 10 (USPS IMpb): weights 3, 1, 3 ... from the right: 3*5 + 1*2 + 3*1 = 20 -> 0.
    assert mod10_check_digit(to_matrix(["125"])).tolist() == [0]
    assert mod10_check_digit(to_matrix(["126"])).tolist() == [7]


def test_every_carrier_format_is_known_and_matches_its_pattern() -> None:
    serial = np.arange(0, 140_000, 7, dtype=np.int64)
    for carrier in CARRIERS.values():
        assert carrier.number_format in known_formats(), carrier.code
        pattern = re.compile(PATTERNS[carrier.number_format])
        numbers = _numbers(carrier.number_format, serial)
        bad = [n for n in numbers if not pattern.fullmatch(n)]
        assert not bad, (carrier.code, bad[:3])


@pytest.mark.parametrize("number_format", sorted(PATTERNS))
def test_numbers_never_repeat(number_format: str) -> None:
    # Random serials over the whole usable range, plus serials that share their low digits
    # (the ones a format keeping only the last 8 or 9 digits would confuse).
    base = np.random.default_rng(1).integers(0, 10**8, 5_000)
    shifted = (base[:, None] + np.arange(4)[None, :] * 10**8).ravel()
    spread = np.random.default_rng(2).integers(0, MAX_SERIAL, 30_000)
    serial = np.unique(np.concatenate([shifted, spread]))
    numbers = _numbers(number_format, serial)
    assert len(set(numbers)) == len(numbers)


def test_check_digits_are_valid() -> None:
    serial = np.arange(5_000, dtype=np.int64) * 7919
    for name in ("s10:chinapost", "s10:ems", "s10:royalmail", "s10:auspost", "s10:yanwen"):
        assert all(_s10_ok(n) for n in _numbers(name, serial)), name
    assert all(_ups_ok(n) for n in _numbers("ups", serial))
    assert all(_mod10_ok(n) for n in _numbers("usps", serial))
    assert all(int(n[:9]) % 7 == int(n[9]) for n in _numbers("dhl", serial))


def test_a_wrong_check_digit_is_detected() -> None:
    # The reference checks above would catch a generator that got the digit wrong.
    assert not _s10_ok("AA473124828GB")
    assert not _ups_ok("1Z999AA10123456785")


def test_serials_beyond_the_unique_range_are_refused() -> None:
    with pytest.raises(ValueError, match="serial"):
        _numbers("dhl", np.array([MAX_SERIAL], dtype=np.int64))
