"""Text values parsed by the engine (engines.read_text_files) read exactly as the Arrow
reader (metrics/sources.py) reads them: the same instants, wall-clock readings, flags and
nones, and a refusal where Arrow refuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from metrics_backends import Backends

from conftest import ENGINE_PARAMS
from sellerstar import engines
from sellerstar.contract import Kind
from sellerstar.engines.text_views import BAD_VALUE
from sellerstar.errors import InputError
from sellerstar.metrics.sources import Source, _normalise

READABLE_TIMES = [
    "2022-11-09T10:15:00+08:00",
    "2022-11-09 10:15:00+0800",
    "2022-11-09T10:15:00+08",
    "2022-11-09T10:15:00-05:30",
    "2022-11-09T10:15:00Z",
    "2022-11-09T10:15:00",
    "2022-11-09 10:15",
    "2022-11-09T10:15:00.123456",
    "2022-11-09T10:15:00.5-05:30",
    "  2022-11-09T10:15:00+08:00\t",
    " 2022-11-09 10:15:00 ",
    "",
    "   ",
    None,
]
UNREADABLE_TIMES = ["2022-13-01 10:00", "2022-11-09", "yesterday", "2022-11-09T10:15:00z"]
READABLE_FLAGS = ["true", "false", "1", "0", " TRUE ", "False", "", " ", None]
UNREADABLE_FLAGS = ["yes", "2", "t"]
SOURCE = Source("orders", "parquet", (Path("x.parquet"),))


def _view(backend: object, tmp_path: Path, times: list[str | None], flags: list[str | None]):
    path = tmp_path / f"values-{len(list(tmp_path.iterdir()))}.parquet"
    size = max(len(times), len(flags))
    pq.write_table(
        pa.table(
            {
                "n": list(range(size)),
                "t": (times + [None] * size)[:size],
                "f": (flags + [None] * size)[:size],
            },
            schema=pa.schema([("n", pa.int64()), ("t", pa.string()), ("f", pa.string())]),
        ),
        path,
    )
    table = engines.read_text_files(
        backend,  # type: ignore[arg-type]
        path.stem.replace("-", "_"),
        "parquet",
        [path],
        [],
        {"n": "text", "t": "time", "f": "flag"},
        "x.parquet",
    )
    return engines.to_arrow(backend, table.order_by(table.n.cast("int64")))  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ENGINE_PARAMS)
def test_readable_values_read_as_arrow_reads_them(
    backends: Backends, tmp_path: Path, engine: str
) -> None:
    rows = _view(backends.get(engine), tmp_path, READABLE_TIMES, READABLE_FLAGS)
    # In UTC, Arrow gives the instant of a text with an offset, and the wall-clock
    # reading of one without: what the view gives, with c__wall telling which.
    expected = _normalise(pa.chunked_array([READABLE_TIMES]), Kind.TS, "UTC", SOURCE, "t")
    got = [t.replace(tzinfo=dt.UTC) if t else None for t in rows["t"].to_pylist()]
    assert got == expected.to_pylist()
    walls = [w for w, t in zip(rows["t__wall"].to_pylist(), got, strict=True) if t]
    assert walls == [False, False, False, False, False, True, True, True, False, False, True]
    padded = READABLE_FLAGS + [None] * (len(READABLE_TIMES) - len(READABLE_FLAGS))
    flags = _normalise(pa.chunked_array([padded]), Kind.BOOL, "UTC", SOURCE, "f")
    assert rows["f"].to_pylist() == flags.to_pylist()


@pytest.mark.parametrize("engine", ENGINE_PARAMS)
@pytest.mark.parametrize(
    ("times", "flags", "told"),
    [
        *(([t], [], f"x.parquet: t: '{t}' is not an ISO 8601 timestamp") for t in UNREADABLE_TIMES),
        *(([], [f], f"x.parquet: f: '{f}' is not true, false, 1 or 0") for f in UNREADABLE_FLAGS),
    ],
)
def test_unreadable_values_fail_the_query_with_their_column(
    backends: Backends,
    tmp_path: Path,
    engine: str,
    times: list[str | None],
    flags: list[str | None],
    told: str,
) -> None:
    value = (times or flags)[0]
    # The engine's own error class (DuckDB's, or Spark's through py4j).
    with pytest.raises(Exception) as failed:
        _view(backends.get(engine), tmp_path, ["2022-11-09T10:15:00", *times], ["1", *flags])
    assert f"{BAD_VALUE}{told}" in str(failed.value)
    with pytest.raises(InputError):
        if times:
            _normalise(pa.chunked_array([[value]]), Kind.TS, "UTC", SOURCE, "t")
        else:
            _normalise(pa.chunked_array([[value]]), Kind.BOOL, "UTC", SOURCE, "f")
