"""Vectorised string building: numbers and letters as byte matrices, turned into Arrow strings.

Millions of identifiers and tracking numbers cannot be formatted one Python string at a
time. Each fixed-width piece is a ``(rows, width)`` matrix of ASCII bytes; pieces are
stacked side by side and the matrix becomes an Arrow string array without copying a
string per row.

>>> to_arrow(join(constant("AB", 2), digits(np.array([7, 42]), 3))).to_pylist()
['AB007', 'AB042']
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

Bytes = NDArray[np.uint8]
Ints = NDArray[np.int64]

_ZERO = ord("0")
UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(values: Ints, width: int) -> Bytes:
    """Non-negative integers as zero-padded ASCII digits; higher digits are cut off.

    >>> bytes(digits(np.array([5, 123]), 4).ravel())
    b'00050123'
    """
    rest = np.asarray(values, dtype=np.uint64).copy()
    out = np.empty((rest.shape[0], width), dtype=np.uint8)
    for column in range(width - 1, -1, -1):
        out[:, column] = (rest % 10).astype(np.uint8) + _ZERO
        rest //= 10
    return out


def digit_values(matrix: Bytes) -> Ints:
    """The numeric value (0-9) of every ASCII digit of a matrix."""
    return matrix.astype(np.int64) - _ZERO


def symbols(rng: np.random.Generator, rows: int, width: int, alphabet: bytes = UPPER) -> Bytes:
    """Random characters drawn from ``alphabet``."""
    table = np.frombuffer(alphabet, dtype=np.uint8)
    return table[rng.integers(0, len(alphabet), size=(rows, width))]


def constant(text: str, rows: int) -> Bytes:
    """The same ASCII text on every row."""
    row = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.tile(row, (rows, 1))


def join(*pieces: Bytes) -> Bytes:
    """Pieces side by side, left to right."""
    return np.hstack(pieces) if pieces else np.empty((0, 0), dtype=np.uint8)


def to_arrow(matrix: Bytes, lengths: Ints | None = None) -> pa.StringArray:
    """Rows of an ASCII matrix as strings; ``lengths`` keeps only each row's first bytes."""
    rows, width = matrix.shape
    if lengths is None:
        data = np.ascontiguousarray(matrix).tobytes()
        offsets = np.arange(rows + 1, dtype=np.int64) * width
    else:
        keep = np.arange(width)[None, :] < lengths[:, None]
        data = matrix[keep].tobytes()
        offsets = np.zeros(rows + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
    if offsets[-1] >= 2**31:
        raise OverflowError("a chunk of strings exceeds 2 GiB; use smaller chunks")
    return pa.StringArray.from_buffers(
        rows, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(data)
    )


def ids(prefix: str, numbers: Ints, width: int) -> pa.StringArray:
    """Identifiers such as ``M0000042``: a prefix and zero-padded digits.

    >>> ids("M", np.array([42]), 7).to_pylist()
    ['M0000042']
    """
    return to_arrow(join(constant(prefix, len(numbers)), digits(numbers, width)))


def pick(values: Sequence[str], index: Ints, valid: NDArray[np.bool_] | None = None) -> pa.Array:
    """``values[index]`` for every row as an Arrow string array; rows not ``valid`` are null."""
    indices = pa.array(index, type=pa.int64(), mask=None if valid is None else ~valid)
    return pa.array(values, type=pa.string()).take(indices)


def glue(*parts: pa.Array | str, separator: str = "") -> pa.Array:
    """Row-wise concatenation of string arrays and constant strings."""
    return pc.binary_join_element_wise(*parts, separator)


def numbers_as_text(values: Ints) -> pa.Array:
    """Integers as decimal text, e.g. for templated descriptions."""
    return pa.array(values, type=pa.int64()).cast(pa.string())


def with_nulls(values: pa.Array, missing: NDArray[np.bool_]) -> pa.Array:
    """``values`` with the rows where ``missing`` is true set to null."""
    return pc.if_else(pa.array(missing), pa.scalar(None, values.type), values)
