"""Evidence files (appeal screenshots): checked by content, stored outside the database.

A file is accepted only when Pillow can parse it as a PNG, JPEG, WebP or GIF image within
the size limit, whatever its name says. It is stored under the evidence folder by its
sha256 (so the same screenshot twice is stored once, and a name can never escape the
folder).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from sellerstar.errors import InputError

CONTENT_TYPES: dict[str, str] = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
_SUFFIXES = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp", "GIF": ".gif"}


class EvidenceRejected(InputError):
    """An evidence file is not an accepted image, or too large."""


@dataclass(frozen=True)
class Evidence:
    """A stored evidence file."""

    sha256: str
    content_type: str
    size: int
    relative_path: str
    original_name: str


def image_format(data: bytes, name: str, max_bytes: int) -> str:
    """The image format of ``data`` (a key of :data:`CONTENT_TYPES`), or a clear refusal."""
    if not data:
        raise EvidenceRejected(f"screenshot {name!r}: the file is empty")
    if len(data) > max_bytes:
        raise EvidenceRejected(
            f"screenshot {name!r}: {len(data):,} bytes, more than the {max_bytes:,} allowed"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                found = image.format
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:  # fmt: skip
        raise EvidenceRejected(f"screenshot {name!r}: not a PNG, JPEG, WebP or GIF image") from exc
    if found not in CONTENT_TYPES:
        raise EvidenceRejected(
            f"screenshot {name!r}: {found} images are not accepted; use PNG, JPEG, WebP or GIF"
        )
    return found


def store(data: bytes, name: str, folder: Path, max_bytes: int) -> Evidence:
    """Check and store one file under ``folder``; returns where it went."""
    found = image_format(data, name, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    relative = f"{digest[:2]}/{digest}{_SUFFIXES[found]}"
    target = folder / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written under a temporary name and renamed: a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(target)
    return Evidence(digest, CONTENT_TYPES[found], len(data), relative, name[:200])


def path_of(folder: Path, relative_path: str) -> Path:
    """The file of a stored evidence path, refusing anything outside ``folder``."""
    root = folder.resolve()
    target = (root / relative_path).resolve()
    if root not in target.parents:
        raise EvidenceRejected(f"evidence path {relative_path!r} is outside the evidence folder")
    return target
