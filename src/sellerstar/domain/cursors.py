"""Opaque, tamper-checked page cursors for keyset paging.

A cursor names where the next page starts (the last row shown) and what it was a cursor
of (the feed and its filters); an HMAC under the store's key makes any edit, or a cursor
of another feed, a :class:`BadCursor` (answered 400) rather than a silent jump.

>>> token = sign(b"k" * 32, {"after": 41, "feed": "new_arrivals"})
>>> verify(b"k" * 32, token)
{'after': 41, 'feed': 'new_arrivals'}
>>> verify(b"other-key" * 4, token)
Traceback (most recent call last):
...
sellerstar.domain.cursors.BadCursor: the cursor was not issued here or was changed
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any

MAX_CURSOR_LENGTH = 256
_MAC_BYTES = 16


class BadCursor(ValueError):
    """A cursor that was not issued by this store, was changed, or is malformed."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).digest()[:_MAC_BYTES]


def sign(key: bytes, payload: dict[str, Any]) -> str:
    """The cursor of ``payload`` (JSON-able, small)."""
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return f"{_b64(body)}.{_b64(_mac(key, body))}"


def verify(key: bytes, token: str) -> dict[str, Any]:
    """The payload of a cursor :func:`sign` made with ``key``; :class:`BadCursor` else."""
    if len(token) > MAX_CURSOR_LENGTH or token.count(".") != 1:
        raise BadCursor("the cursor is malformed")
    body_text, mac_text = token.split(".")
    try:
        body, mac = _unb64(body_text), _unb64(mac_text)
    except (binascii.Error, ValueError) as exc:
        raise BadCursor("the cursor is malformed") from exc
    if not hmac.compare_digest(mac, _mac(key, body)):
        raise BadCursor("the cursor was not issued here or was changed")
    payload = json.loads(body)
    if not isinstance(payload, dict):
        raise BadCursor("the cursor is malformed")
    return payload
