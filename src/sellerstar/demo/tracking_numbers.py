"""Plausible tracking numbers per carrier, unique by construction, with real check digits.

Each shipment has a unique ``serial``; a bijection of it fills the number's last digits, so
two parcels never share a number (for serials below ``MAX_SERIAL``) and consecutive
shipments do not look consecutive. Check digits follow the published algorithms: UPU S10
(postal items such as ``LX123456785CN``), UPS ``1Z``, USPS IMpb mod 10, DHL Express mod 7.

>>> s10_check_digit(np.array([[4, 7, 3, 1, 2, 4, 8, 2]])).tolist()  # AA473124829GB
[9]
>>> ups_check_digit(to_matrix(["999AA1012345678"])).tolist()  # 1Z999AA10123456784
[4]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from sellerstar.demo.text import (
    ALNUM,
    Bytes,
    Ints,
    constant,
    digit_values,
    digits,
    join,
    symbols,
)

# Bijections of the serial: a * serial + b modulo 10**9 (or 10**8), a coprime to 10.
_A9, _B9 = 387_420_489, 604_712_853
_A8, _B8 = 43_046_721, 31_415_926
_S10_WEIGHTS = np.array([8, 6, 4, 2, 3, 5, 9, 7])
# S10 service indicators and origin country per postal carrier (first letter = service).
_S10: dict[str, tuple[tuple[str, ...], str]] = {
    "chinapost": (("LX", "LZ", "RB", "RR", "UA", "CP"), "CN"),
    "ems": (("EA", "EB", "EE", "EV"), "CN"),
    "yanwen": (("UG", "UH", "RQ", "LO"), "CN"),
    "royalmail": (("RN", "TT", "LY", "RR"), "GB"),
    "auspost": (("LX", "RL", "CX", "UC"), "AU"),
}
MAX_SERIAL = 4 * 10**8  # S10 keeps 8 digits per service indicator, 4+ indicators each


def to_matrix(texts: list[str]) -> Bytes:
    """Equal-length ASCII strings as a byte matrix (tests and examples)."""
    return np.frombuffer("".join(texts).encode("ascii"), dtype=np.uint8).reshape(len(texts), -1)


def scrambled9(serial: Ints) -> Bytes:
    """Nine digits that differ for every serial below 10**9."""
    return digits((serial * _A9 + _B9) % 10**9, 9)


def s10_check_digit(serial_digits: Ints) -> Ints:
    """UPU S10 check digit of 8 serial digits (rows of a digit-value matrix)."""
    check = 11 - (serial_digits @ _S10_WEIGHTS) % 11
    return np.where(check == 10, 0, np.where(check == 11, 5, check))


def ups_check_digit(body: Bytes) -> Ints:
    """Check digit of the 15 characters after ``1Z`` (letters count as (ord - 63) % 10)."""
    values = np.where(body >= ord("A"), (body.astype(np.int64) - 63) % 10, digit_values(body))
    odd, even = values[:, 0::2].sum(axis=1), values[:, 1::2].sum(axis=1)
    return np.asarray((10 - (odd + 2 * even) % 10) % 10, dtype=np.int64)


def mod10_check_digit(body: Bytes) -> Ints:
    """USPS IMpb / GS1 mod 10: weights 3, 1, 3, ... from the rightmost digit."""
    values = digit_values(body)[:, ::-1]
    total = 3 * values[:, 0::2].sum(axis=1) + values[:, 1::2].sum(axis=1)
    return np.asarray((10 - total % 10) % 10, dtype=np.int64)


def _random_digits(rng: np.random.Generator, rows: int, width: int, first: str = "") -> Bytes:
    lead = constant(first, rows) if first else np.empty((rows, 0), np.uint8)
    rest = digits(rng.integers(0, 10 ** (width - len(first)), size=rows), width - len(first))
    return join(lead, rest)


def _s10(carrier: str) -> Callable[[Ints, Ints, np.random.Generator], Bytes]:
    services, country = _S10[carrier]
    table = np.frombuffer("".join(services).encode("ascii"), dtype=np.uint8).reshape(-1, 2)

    def make(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
        # serial % L picks the indicator, serial // L the 8 digits: a bijection.
        service = table[serial % len(services)]
        body = digits((serial // len(services) * _A8 + _B8) % 10**8, 8)
        check = digits(s10_check_digit(digit_values(body)), 1)
        return join(service, body, check, constant(country, len(serial)))

    return make


def _ups(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    # The 6 characters after 1Z are the shipper's account: one per merchant.
    account = (merchant * 2_654_435_761 + 97_531) % 36**6
    shipper = np.empty((len(serial), 6), dtype=np.uint8)
    alphabet = np.frombuffer(ALNUM, dtype=np.uint8)
    for column in range(5, -1, -1):
        shipper[:, column] = alphabet[account % 36]
        account //= 36
    body = join(shipper, scrambled9(serial))
    return join(constant("1Z", len(serial)), body, digits(ups_check_digit(body), 1))


def _usps(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    prefixes = to_matrix(["9400", "9205", "9361", "9274"])
    body = join(
        prefixes[rng.integers(0, 4, len(serial))],
        _random_digits(rng, len(serial), 8),
        scrambled9(serial),
    )
    return join(body, digits(mod10_check_digit(body), 1))


def _dhl(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    body = scrambled9(serial)
    value = (serial * _A9 + _B9) % 10**9
    return join(body, digits(value % 7, 1))


def _digits_then_serial(
    width: int, first: str = "", prefix: str = "", suffix: str = ""
) -> Callable[[Ints, Ints, np.random.Generator], Bytes]:
    def make(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
        rows = len(serial)
        return join(
            constant(prefix, rows) if prefix else np.empty((rows, 0), np.uint8),
            _random_digits(rng, rows, width - 9, first),
            scrambled9(serial),
            constant(suffix, rows) if suffix else np.empty((rows, 0), np.uint8),
        )

    return make


def _canadapost(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    # 16 digits: 15 of body and a GS1 mod-10 check digit, as Canada Post prints them.
    body = join(_random_digits(rng, len(serial), 6, "7"), scrambled9(serial))
    return join(body, digits(mod10_check_digit(body), 1))


def _postnl(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    rows = len(serial)
    return join(constant("3S", rows), symbols(rng, rows, 4), scrambled9(serial))


def _tnt(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    return scrambled9(serial)


def _maersk(serial: Ints, merchant: Ints, rng: np.random.Generator) -> Bytes:
    return join(constant("MAEU", len(serial)), scrambled9(serial))


_FORMATS: dict[str, Callable[[Ints, Ints, np.random.Generator], Bytes]] = {
    "ups": _ups,
    "usps": _usps,
    "dhl": _dhl,
    "fedex": _digits_then_serial(12, first="7"),
    "aramex": _digits_then_serial(11, first="4"),
    "tnt": _tnt,
    "4px": _digits_then_serial(13, first="300", prefix="4PX", suffix="CN"),
    "yunexpress": _digits_then_serial(16, first="22", prefix="YT"),
    "cainiao": _digits_then_serial(14, first="00", prefix="LP"),
    "sfexpress": _digits_then_serial(13, first="14", prefix="SF"),
    "canadapost": _canadapost,
    "dpd": _digits_then_serial(14, first="0"),
    "gls": _digits_then_serial(11),
    "postnl": _postnl,
    "maersk": _maersk,
    "cosco": _digits_then_serial(10, first="6", prefix="COSU"),
    **{f"s10:{carrier}": _s10(carrier) for carrier in _S10},
}
WIDTH = 24  # widest format (USPS: 22) fits


def tracking_numbers(
    number_format: str, serial: Ints, merchant: Ints, rng: np.random.Generator
) -> Bytes:
    """Tracking numbers of one format as an ASCII matrix (all rows of a format are equally
    wide). ``merchant`` keys per-shipper parts such as the UPS account."""
    if np.any(serial >= MAX_SERIAL):
        raise ValueError(f"shipment serial exceeds {MAX_SERIAL}; numbers would repeat")
    return _FORMATS[number_format](serial, merchant, rng)


def known_formats() -> tuple[str, ...]:
    """Names of the formats :func:`tracking_numbers` knows."""
    return tuple(_FORMATS)


def in_place(
    target: NDArray[np.uint8], lengths: Ints, rows: NDArray[np.bool_], numbers: Bytes
) -> None:
    """Copy a format's numbers into the rows ``rows`` of a wider matrix, recording lengths."""
    target[rows, : numbers.shape[1]] = numbers
    lengths[rows] = numbers.shape[1]
