"""Page parts kept in the worker's memory, keyed by everything they show.

The star page and the logistics headline show what the batch jobs stored; rendering them
costs far more than reading when they were last written (queries/freshness.py). So each
part is kept under a key holding that fingerprint, the viewer's scope, the platform date
and the language, and made again only when one of them changes. Bounded (least recently
used first out); ``size`` 0 turns it off.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from cachetools import LRUCache

T = TypeVar("T")


class PageCache:
    """A thread-safe LRU of made values; two threads missing at once both make it."""

    def __init__(self, size: int) -> None:
        self._entries: LRUCache[Hashable, Any] | None = LRUCache(maxsize=size) if size else None
        self._lock = threading.Lock()

    def get_or_make(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value kept under ``key``, else ``make()`` (kept for the next time).

        >>> cache, made = PageCache(2), []
        >>> cache.get_or_make("a", lambda: made.append(1) or "A"), cache.get_or_make("a", list)
        ('A', 'A')
        >>> made
        [1]
        """
        if self._entries is None:
            return make()
        with self._lock:
            found = self._entries.get(key, _MISSING)
        if found is not _MISSING:
            value: T = found
            return value
        value = make()
        with self._lock:
            self._entries[key] = value
        return value


_MISSING = object()
