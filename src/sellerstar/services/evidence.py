"""Evidence files (appeal screenshots): checked by content, stored outside the database.

A file is accepted only when Pillow can parse it as a PNG, JPEG, WebP or GIF image within
the size limit, whatever its name says. It is stored under the evidence folder by its
sha256 (so the same screenshot twice is stored once, and a name can never escape the
folder).

A file is written whole or not at all: to a ``.part`` file in its final folder, flushed and
fsynced, renamed, then the folder fsynced, so after a crash (kill -9, power loss) a name
either holds the complete file or does not exist. Filing stores the files *before* the
transaction that references them, so a committed row never points at a missing file; a
filing that dies or fails before its commit leaves unreferenced files (and perhaps a
``.part``), which :func:`sweep` removes once they are older than a grace period.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import tempfile
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from sellerstar.errors import InputError

CONTENT_TYPES: dict[str, str] = {
    "PDF": "application/pdf",
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
IMAGE_CONTENT_TYPES: dict[str, str] = {k: v for k, v in CONTENT_TYPES.items() if k != "PDF"}
"""The formats a screenshot may have (an appeal's evidence): images only."""
_SUFFIXES = {"PDF": ".pdf", "PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp", "GIF": ".gif"}
PART_SUFFIX = ".part"
SWEEP_GRACE = dt.timedelta(hours=24)
"""Unreferenced evidence younger than this is left alone (a filing may be about to commit)."""


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
    if found not in IMAGE_CONTENT_TYPES:
        raise EvidenceRejected(
            f"screenshot {name!r}: {found} images are not accepted; use PNG, JPEG, WebP or GIF"
        )
    return found


def document_format(data: bytes, name: str, max_bytes: int) -> str:
    """``PDF`` when ``data`` is a PDF with at least one page that pypdf can read, else the
    image format (a qualification may be a scanned certificate or a PDF document)."""
    if not data.startswith(b"%PDF-"):
        try:
            return image_format(data, name, max_bytes)
        except EvidenceRejected as exc:
            raise EvidenceRejected(
                str(exc)
                .replace("screenshot", "document", 1)
                .replace("not a PNG", "not a PDF, PNG", 1)
            ) from exc
    if len(data) > max_bytes:
        raise EvidenceRejected(
            f"document {name!r}: {len(data):,} bytes, more than the {max_bytes:,} allowed"
        )
    try:
        pages = len(PdfReader(io.BytesIO(data), strict=False).pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise EvidenceRejected(f"document {name!r}: not a readable PDF") from exc
    if pages < 1:
        raise EvidenceRejected(f"document {name!r}: the PDF has no page")
    return "PDF"


def store(
    data: bytes, name: str, folder: Path, max_bytes: int, *, documents: bool = False
) -> Evidence:
    """Check and store one file under ``folder``; returns where it went.

    ``documents``: PDFs are accepted besides images (qualifications).
    """
    if documents:
        found = document_format(data, name, max_bytes)
    else:
        found = image_format(data, name, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    relative = f"{digest[:2]}/{digest}{_SUFFIXES[found]}"
    target = folder / relative
    if target.exists():
        # Fresh again, so a sweep running now leaves it for the row about to reference it.
        os.utime(target)
    else:
        _write_atomically(target, data)
    return Evidence(digest, CONTENT_TYPES[found], len(data), relative, name[:200])


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=PART_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass(frozen=True)
class Swept:
    """What a sweep removed and kept."""

    parts: int
    orphans: int
    kept: int


def sweep(
    folder: Path, referenced: Iterable[str], grace: dt.timedelta, now: float | None = None
) -> Swept:
    """Remove ``.part`` files and files no row references (``referenced``: relative
    paths), when last modified more than ``grace`` before ``now`` (a Unix time): a filing
    in flight writes its files shortly before its commit, so they are never that old."""
    if not folder.is_dir():
        return Swept(0, 0, 0)
    keep = set(referenced)
    cutoff = (time.time() if now is None else now) - grace.total_seconds()
    parts = orphans = kept = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(folder).as_posix()
        is_part = path.name.endswith(PART_SUFFIX)
        if not is_part and relative in keep:
            kept += 1
            continue
        try:
            if path.stat().st_mtime >= cutoff:
                kept += 1
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        if is_part:
            parts += 1
        else:
            orphans += 1
    return Swept(parts, orphans, kept)


def path_of(folder: Path, relative_path: str) -> Path:
    """The file of a stored evidence path, refusing anything outside ``folder``."""
    root = folder.resolve()
    target = (root / relative_path).resolve()
    if root not in target.parents:
        raise EvidenceRejected(f"evidence path {relative_path!r} is outside the evidence folder")
    return target
