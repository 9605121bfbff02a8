"""Views over files whose values are text, parsed by the engine (DuckDB or Spark SQL).

See :func:`sellerstar.engines.read_text_files`. Each view reads the files lazily and
parses a value only where a query needs it: no Python row objects, no Arrow copy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

BAD_VALUE = "sellerstar-bad-value: "
"""Starts the message of the error a text view raises on a value it cannot read."""

# How read_text_files reads a column: kept as text ("text"), text trimmed with empty as
# null ("trim"), true/false/1/0 ("flag"), a native boolean ("bool"), ISO 8601 text
# ("time"), a native zone-aware ("instant") or naive ("wall") timestamp.
HOWS = ("text", "trim", "flag", "bool", "time", "instant", "wall")
_WHITESPACE = (9, 10, 11, 12, 13, 32, 160, 12288)
_MIN_TIMESTAMP_BYTES = 13  # YYYY-MM-DDTHH: a date alone is not a timestamp


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _spark_text(value: str) -> str:
    # Spark SQL escapes with backslashes; two quotes in a row end one literal and start
    # another.
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def _no_offset(text: str) -> str:
    """True when an ISO 8601 text has no offset: only one with an offset has '+', 'Z',
    or '-' after the time's ':'."""
    return f"NOT (contains({text}, '+') OR contains({text}, 'Z') OR {text} LIKE '%:%-%')"


def duckdb_view(
    name: str,
    file_format: str,
    files: list[str],
    header: Sequence[str],
    columns: Mapping[str, str],
    label: str,
) -> str:
    """The SQL creating the DuckDB view of :func:`sellerstar.engines.read_text_files`."""
    listing = "[" + ", ".join(_text(f) for f in files) + "]"
    if file_format == "csv":
        types = ", ".join(f"{_text(c)}: 'VARCHAR'" for c in header)
        scan = (
            f"read_csv({listing}, header = true, auto_detect = false, delim = ',', "
            f"quote = '\"', escape = '\"', columns = {{{types}}})"
        )
    elif file_format == "jsonl":
        types = ", ".join(f"{_text(c)}: 'VARCHAR'" for c in columns)
        scan = f"read_json({listing}, format = 'newline_delimited', columns = {{{types}}})"
    else:
        scan = f"read_parquet({listing})"
    codes = ", ".join(map(str, _WHITESPACE))
    trim_chars = "||".join(f"chr({code})" for code in _WHITESPACE)
    inner, outer = [], []
    for column, how in columns.items():
        q = _quoted(column)
        s = f"CAST({q} AS VARCHAR)" if file_format == "parquet" else q
        trimmed = f"trim({s}, {trim_chars})"
        blank = f"regexp_full_match({s}, '[\\s\\x{{a0}}\\x{{3000}}]*')"

        # DuckDB evaluates a CASE branch only for the rows that take it, but hoists an
        # expression that occurs twice in a projection out of it and evaluates that on
        # every row; error() would also keep a whole parse from being shared when a query
        # reads a column twice. So the slow branches below name each costly expression
        # once, and an unreadable value fails a cast (not volatile) with the message.
        def fail(what: str, column: str = column, s: str = s) -> str:
            prefix = f"{BAD_VALUE}{label}: {column}: '"
            message = f"{_text(prefix)} || {s} || {_text(chr(39) + ' is not ' + what)}"
            return f"CAST({message} AS TIMESTAMP)"

        if how == "text":
            outer.append(f"{s} AS {q}")
        elif how == "trim":
            # Trimming is costly on long columns: only values that start or end with
            # whitespace are trimmed.
            outer.append(
                f"CASE WHEN {s} = '' THEN NULL WHEN ascii({s}) IN ({codes}) OR "
                f"ascii(right({s}, 1)) IN ({codes}) THEN NULLIF({trimmed}, '') "
                f"ELSE {s} END AS {q}"
            )
        elif how == "flag":
            word = f"list_position(['true', '1', 'false', '0'], lower({trimmed}))"
            slow = (
                f"coalesce([true, true, false, false][{word}], "
                f"{fail('true, false, 1 or 0')} IS NULL)"
            )
            outer.append(
                f"CASE WHEN {s} IN ('true', '1') THEN true WHEN {s} IN ('false', '0') "
                f"THEN false WHEN {s} IS NULL OR {blank} THEN NULL ELSE {slow} END AS {q}"
            )
        elif how == "time":
            wall = _quoted(column + "__wall")
            inner.append(f"{_no_offset(s)} AS {wall}")
            fast = (
                f"CASE WHEN strlen({s}) < {_MIN_TIMESTAMP_BYTES} THEN NULL "
                f"WHEN {wall} THEN TRY_CAST({s} AS TIMESTAMP) "
                f"ELSE make_timestamp(epoch_us(TRY_CAST({s} AS TIMESTAMPTZ))) END"
            )
            # Padded values and unreadable ones. Without an offset, DuckDB reads the
            # text as UTC (the session's zone): the wall-clock reading, as wanted.
            padded = (
                f"CASE WHEN strlen({s}) >= {_MIN_TIMESTAMP_BYTES} THEN "
                f"make_timestamp(epoch_us(TRY_CAST({trimmed} AS TIMESTAMPTZ))) END"
            )
            slow = f"coalesce({padded}, {fail('an ISO 8601 timestamp')})"
            outer.append(
                f"CASE WHEN {s} IS NULL THEN NULL ELSE coalesce({fast}, "
                f"CASE WHEN {blank} THEN NULL ELSE {slow} END) END AS {q}, {wall}"
            )
        elif how == "instant":
            # From epoch microseconds: DuckDB's zone conversion goes through ICU per row.
            outer.append(
                f"make_timestamp(epoch_us({q})) AS {q}, false AS {_quoted(column + '__wall')}"
            )
        elif how == "wall":
            outer.append(f"{q}, true AS {_quoted(column + '__wall')}")
        else:
            outer.append(q)
    raw = ", ".join(["*", *inner])
    return (
        f'CREATE OR REPLACE TEMP VIEW "{name}" AS SELECT {", ".join(outer)} '
        f"FROM (SELECT {raw} FROM {scan})"
    )


def spark_view(
    session: Any,
    name: str,
    file_format: str,
    files: list[str],
    header: Sequence[str],
    columns: Mapping[str, str],
    label: str,
) -> None:
    """Create the Spark view of :func:`sellerstar.engines.read_text_files`."""
    from pyspark.sql.types import StringType, StructField, StructType

    if file_format == "csv":
        schema = StructType([StructField(c, StringType()) for c in header])
        reader = session.read.schema(schema).options(
            header=True, mode="FAILFAST", quote='"', escape='"', enforceSchema=True
        )
        frame = reader.csv(files)
    elif file_format == "jsonl":
        schema = StructType([StructField(c, StringType()) for c in columns])
        frame = session.read.schema(schema).option("mode", "FAILFAST").json(files)
    else:
        frame = session.read.parquet(*files)
    frame.createOrReplaceTempView(f"{name}_files")
    selected = []
    for column, how in columns.items():
        q = f"`{column.replace('`', '``')}`"
        wall = f"`{column}__wall`"
        s = f"CAST({q} AS STRING)"
        trimmed = f"NULLIF(regexp_replace({s}, '^\\\\s+|\\\\s+$', ''), '')"

        def bad(what: str, column: str = column, trimmed: str = trimmed) -> str:
            prefix = f"{BAD_VALUE}{label}: {column}: '"
            return (
                f"raise_error(concat({_spark_text(prefix)}, {trimmed}, "
                f"{_spark_text(chr(39) + ' is not ' + what)}))"
            )

        if how == "text":
            selected.append(f"{s} AS {q}")
        elif how == "trim":
            selected.append(f"{trimmed} AS {q}")
        elif how == "flag":
            selected.append(
                f"CASE WHEN {trimmed} IS NULL THEN NULL WHEN lower({trimmed}) IN ('true', '1') "
                f"THEN true WHEN lower({trimmed}) IN ('false', '0') THEN false "
                f"ELSE {bad('true, false, 1 or 0')} END AS {q}"
            )
        elif how == "time":
            selected.append(
                f"CASE WHEN {trimmed} IS NULL THEN NULL "
                f"WHEN length({trimmed}) < {_MIN_TIMESTAMP_BYTES} "
                f"THEN {bad('an ISO 8601 timestamp')} "
                f"ELSE coalesce(CAST({trimmed} AS TIMESTAMP), {bad('an ISO 8601 timestamp')}) "
                f"END AS {q}, NOT (instr({trimmed}, '+') > 0 OR instr({trimmed}, 'Z') > 0 "
                f"OR {trimmed} LIKE '%:%-%') AS {wall}"
            )
        elif how == "instant":
            selected.append(f"{q}, false AS {wall}")
        elif how == "wall":
            selected.append(f"{q}, true AS {wall}")
        else:
            selected.append(q)
    session.sql(f"SELECT {', '.join(selected)} FROM `{name}_files`").createOrReplaceTempView(name)
