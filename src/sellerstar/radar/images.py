"""Perceptual hashes of product images, compared with protected images.

A 64-bit DCT hash (``imagehash.phash``) barely moves when an image is resized or
recompressed. Crops and mirroring move it more, so each protected image is hashed in
several versions: cut by each of the rule-set's crop fractions on each side, as it is and
mirrored left to right. A product image matches a protected image when its hash differs
from the nearest version's in at most the rule-set's ``image_max_distance`` bits.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import imagehash
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, UnidentifiedImageError

from sellerstar.errors import InputError

Hashes = npt.NDArray[np.uint64]


def inside(root: Path, relative: str) -> Path:
    """``root / relative``, refusing a path that leads out of ``root`` (``../secret``)."""
    path = (root / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        raise InputError(f"{relative}: image path leads out of the input folder {root}")
    return path


def image_hash(path: Path) -> int:
    """The perceptual hash of the image at ``path`` as a 64-bit integer."""
    with _opened(path) as image:
        return _as_int(imagehash.phash(_prepared(image)))


def reference_hashes(path: Path, crops: Sequence[float]) -> Hashes:
    """The hashes of a protected image's versions: every crop of ``crops`` (fractions of
    the width or height) on each side, as it is and mirrored."""
    with _opened(path) as image:
        prepared = _prepared(image)
    width, height = prepared.size
    found: set[int] = set()
    for left, top, right, bottom in itertools.product(crops, repeat=4):
        box = (
            round(left * width),
            round(top * height),
            width - round(right * width),
            height - round(bottom * height),
        )
        cropped = prepared.crop(box)
        found.add(_as_int(imagehash.phash(cropped)))
        found.add(_as_int(imagehash.phash(ImageOps.mirror(cropped))))
    return np.array(sorted(found), dtype=np.uint64)


def nearest(found: int, references: Hashes) -> int:
    """Bits in which ``found`` differs from the nearest of ``references``."""
    differing = np.bitwise_xor(references, np.uint64(found))
    bits = np.unpackbits(differing.view(np.uint8)).reshape(len(references), 64).sum(axis=1)
    return int(bits.min())


def _opened(path: Path) -> Image.Image:
    try:
        image = Image.open(path)
        image.load()
    except FileNotFoundError:
        raise InputError(f"{path}: image not found") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"{path}: not a readable image ({exc})") from None
    return image


def _prepared(image: Image.Image) -> Image.Image:
    # Grey levels of an upright image: the camera's orientation tag and transparency
    # (composited on white, as a page shows it) are not part of what the eye compares.
    upright = ImageOps.exif_transpose(image)
    if upright.mode in ("RGBA", "LA", "P"):
        rgba = upright.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        upright = Image.alpha_composite(background, rgba)
    return upright.convert("L")


def _as_int(value: imagehash.ImageHash) -> int:
    bits = value.hash.flatten()
    return int("".join("1" if bit else "0" for bit in bits), 2)
