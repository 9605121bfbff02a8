"""Perceptual hashes of product images, compared with protected images.

A 64-bit DCT hash (``imagehash.phash``) barely moves when an image is resized, recompressed
or cropped a little; a mirrored copy is caught by hashing each protected image twice, as it
is and mirrored. Two images match when their hashes differ in at most the rule-set's
``image_max_distance`` bits.
"""

from __future__ import annotations

from pathlib import Path

import imagehash
from PIL import Image, ImageOps, UnidentifiedImageError

from sellerstar.errors import InputError


def image_hash(path: Path) -> imagehash.ImageHash:
    """The perceptual hash of the image at ``path``; an unreadable file is an InputError."""
    try:
        with Image.open(path) as image:
            return imagehash.phash(_prepared(image))
    except FileNotFoundError:
        raise InputError(f"{path}: image not found") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"{path}: not a readable image ({exc})") from None


def reference_hashes(path: Path) -> tuple[imagehash.ImageHash, imagehash.ImageHash]:
    """The hashes of a protected image as it is and mirrored left to right."""
    try:
        with Image.open(path) as image:
            prepared = _prepared(image)
            return imagehash.phash(prepared), imagehash.phash(ImageOps.mirror(prepared))
    except FileNotFoundError:
        raise InputError(f"{path}: image not found") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"{path}: not a readable image ({exc})") from None


def _prepared(image: Image.Image) -> Image.Image:
    # Grey levels of an upright image: the camera's orientation tag and transparency
    # (composited on white, as a page shows it) are not part of what the eye compares.
    upright = ImageOps.exif_transpose(image)
    if upright.mode in ("RGBA", "LA", "P"):
        rgba = upright.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        upright = Image.alpha_composite(background, rgba)
    return upright.convert("L")


def distance(a: imagehash.ImageHash, b: imagehash.ImageHash) -> int:
    """Bits in which two hashes differ."""
    return int(a - b)
