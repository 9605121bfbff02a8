"""What a listing's and the rights' contents hash to: the radar job scans a product again
only when one of them changed, and a delisting sticks to the content it was enforced on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sellerstar.radar.model import IpRight, ProductText


def _image_digest(root: Path, image_path: str | None) -> str | None:
    """The sha256 of the image's bytes; its path when the file cannot be read (so the
    product is scanned again once the file arrives)."""
    if not image_path:
        return None
    try:
        return hashlib.sha256((root / image_path).read_bytes()).hexdigest()
    except OSError:
        return f"path:{image_path}"


def content_fingerprint(product: ProductText, root: Path) -> str:
    """sha256 of what the detection reads of a listing: title, description, brand, image.

    >>> a = ProductText("P1", "LV tote", None, None, None)
    >>> b = ProductText("P1", "LV tote", "", None, None)
    >>> content_fingerprint(a, Path(".")) == content_fingerprint(a, Path("."))
    True
    >>> content_fingerprint(a, Path(".")) == content_fingerprint(b, Path("."))
    False
    """
    parts = [product.title, product.description, product.brand]
    parts.append(_image_digest(root, product.image_path))
    return _digest(parts)


def rights_fingerprint(rights: Sequence[IpRight], root: Path, detection: str) -> str:
    """sha256 of every right (with its reference image's bytes) and the detection rules:
    any change rescans every listing."""
    parts: list[Any] = [detection]
    for right in sorted(rights, key=lambda r: r.right_id):
        parts.append(
            [
                right.right_id,
                right.holder,
                right.kind,
                right.mark,
                list(right.aliases),
                _image_digest(root, right.image_path),
                list(right.goods),
            ]
        )
    return _digest(parts)


def _digest(parts: Any) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
