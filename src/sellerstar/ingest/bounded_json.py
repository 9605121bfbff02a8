"""JSON from outside (webhook pushes, API bodies, source answers), refused when nested
deeper than any document the platform reads: a deep ``[[[[...`` would otherwise exhaust
the stack of whatever walks it (RecursionError).

>>> loads(b'{"a": [1, {"b": 2}]}')
{'a': [1, {'b': 2}]}
>>> loads("[" * 100_000)
Traceback (most recent call last):
...
sellerstar.ingest.bounded_json.TooDeep: nested deeper than 64 levels: line 1 column 1 (char 0)
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64
"""Deepest nesting of arrays and objects accepted; the feeds' documents need under 10."""


class TooDeep(json.JSONDecodeError):
    """A document nested deeper than :data:`MAX_DEPTH` (a ``ValueError``, like bad JSON)."""


def loads(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` of ``text``; TooDeep past ``max_depth`` levels."""
    doc = text if isinstance(text, str) else text.decode("utf-8", errors="replace")
    message = f"nested deeper than {max_depth} levels"
    try:
        value = json.loads(text)
    except RecursionError:
        # The C decoder gives up near the interpreter's recursion limit and unwinds cleanly.
        raise TooDeep(message, doc, 0) from None
    # Walked with a list, not recursion: the check itself must not exhaust the stack.
    opening = (
        text.count("[") + text.count("{")
        if isinstance(text, str)
        else (text.count(b"[") + text.count(b"{"))
    )
    pending: list[tuple[dict[str, Any] | list[Any], int]] = []
    if opening > max_depth and isinstance(value, dict | list):
        pending.append((value, 1))
    while pending:
        item, depth = pending.pop()
        if depth > max_depth:
            raise TooDeep(message, doc, 0)
        children = item.values() if isinstance(item, dict) else item
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return value
