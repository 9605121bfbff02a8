"""The pictures of the radar corpus, drawn at test time (no binaries are committed).

``write_images(folder)`` writes every image that ip_rights.csv and the listing CSVs next to
this file name, at the same relative paths under ``folder``:

- a protected right's reference image (``images/r-*.png``): a 256x256 logo-like picture
  (gradient, shapes, the mark's initials), different for every right;
- the image of an ``image``-case listing: that reference copied the way sellers copy it:
  resized (160-420 px), cropped by at most 8% on a side, mirrored, JPEG-recompressed at
  quality 40-70, or several of these;
- the image of another listing about a right with a reference image (near-misses and
  compatibility listings): a picture in the reference's colours, but its own layout,
  shapes and letters;
- every other listing image: an unrelated product-like picture.

Everything follows from the right and product ids (crc32 seeds), so a run is repeatable.
"""

from __future__ import annotations

import csv
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

DATA = Path(__file__).resolve().parent
LISTING_FILES = ("listings_dev.csv", "listings_holdout.csv")
SIZE = 256
NEGATIVE_CASES = frozenset({"compat", "inside_word", "generic_word", "common_word", "clean"})
Colour = tuple[int, int, int]


def _rng(*parts: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32("/".join(parts).encode("utf-8")))


def _colour(rng: np.random.Generator) -> Colour:
    r, g, b = (int(v) for v in rng.integers(0, 256, size=3))
    return (r, g, b)


def _palette(right_id: str) -> list[Colour]:
    rng = _rng("palette", right_id)
    return [_colour(rng) for _ in range(5)]


def _gradient(size: int, start: Colour, end: Colour, direction: int) -> Image.Image:
    ramp = np.linspace(0.0, 1.0, size, dtype=np.float32)
    if direction == 0:
        t = np.tile(ramp[:, None], (1, size))
    elif direction == 1:
        t = np.tile(ramp[None, :], (size, 1))
    elif direction == 2:
        t = (ramp[:, None] + ramp[None, :]) / 2
    else:
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size - 0.5
        t = np.clip(np.sqrt(xx**2 + yy**2) * 1.6, 0.0, 1.0)
    a = np.array(start, dtype=np.float32)
    b = np.array(end, dtype=np.float32)
    pixels = a[None, None, :] * (1 - t[..., None]) + b[None, None, :] * t[..., None]
    return Image.fromarray(pixels.astype(np.uint8), "RGB")


def _shapes(draw: ImageDraw.ImageDraw, rng: np.random.Generator, colours: list[Colour]) -> None:
    for _ in range(int(rng.integers(3, 7))):
        x0, y0 = (int(v) for v in rng.integers(0, SIZE - 60, size=2))
        w, h = (int(v) for v in rng.integers(40, 150, size=2))
        box = (x0, y0, min(SIZE - 1, x0 + w), min(SIZE - 1, y0 + h))
        fill = colours[int(rng.integers(0, len(colours)))]
        kind = int(rng.integers(0, 5))
        if kind == 0:
            draw.ellipse(box, fill=fill)
        elif kind == 1:
            draw.rectangle(box, fill=fill)
        elif kind == 2:
            points = [tuple(int(v) for v in rng.integers(0, SIZE, size=2)) for _ in range(3)]
            draw.polygon(points, fill=fill)
        elif kind == 3:
            draw.arc(
                box,
                int(rng.integers(0, 180)),
                int(rng.integers(190, 360)),
                fill=fill,
                width=int(rng.integers(6, 18)),
            )
        else:
            draw.rounded_rectangle(box, radius=12, outline=fill, width=int(rng.integers(4, 10)))


def _letters(text: str) -> str:
    words = "".join(c if c.isascii() and c.isalpha() else " " for c in text).split()
    if not words:
        return "R"
    if len(words) == 1:
        return words[0][:2].upper()
    return "".join(w[0] for w in words[:3]).upper()


def _text(draw: ImageDraw.ImageDraw, letters: str, colour: Colour, size: int) -> None:
    font = ImageFont.load_default(size=size)
    draw.text(
        (SIZE // 2, SIZE // 2),
        letters,
        fill=colour,
        font=font,
        anchor="mm",
        stroke_width=3,
        stroke_fill=(255 - colour[0], 255 - colour[1], 255 - colour[2]),
    )


def reference_image(right_id: str, mark: str) -> Image.Image:
    """The protected picture of one right."""
    rng = _rng("reference", right_id)
    colours = _palette(right_id)
    image = _gradient(SIZE, colours[0], colours[1], int(rng.integers(0, 4)))
    draw = ImageDraw.Draw(image)
    _shapes(draw, rng, colours[2:])
    _text(draw, _letters(mark), colours[4], int(rng.integers(70, 110)))
    return image


def copied_image(reference: Image.Image, product_id: str) -> tuple[Image.Image, int]:
    """A seller's copy of ``reference`` and the JPEG quality to save it with."""
    rng = _rng("copy", product_id)
    image = reference
    edits = {"crop", "mirror"} if rng.random() < 0.3 else set()
    if not edits:
        edits = {str(rng.choice(["crop", "mirror", "none", "crop"]))}
    if "crop" in edits:
        w, h = image.size
        cuts = [int(rng.integers(0, int(0.08 * side) + 1)) for side in (w, h, w, h)]
        image = image.crop((cuts[0], cuts[1], w - cuts[2], h - cuts[3]))
    if "mirror" in edits:
        image = ImageOps.mirror(image)
    side = int(rng.integers(160, 421))
    image = image.resize((side, side * image.size[1] // image.size[0]), Image.Resampling.LANCZOS)
    return image, int(rng.integers(40, 71))


def look_alike_image(right_id: str, product_id: str) -> Image.Image:
    """A picture in a right's colours that is not its picture: another layout and letters."""
    rng = _rng("look-alike", right_id, product_id)
    colours = _palette(right_id)
    reference_direction = int(_rng("reference", right_id).integers(0, 4))
    direction = (reference_direction + int(rng.integers(1, 4))) % 4
    image = _gradient(SIZE, colours[1], colours[0], direction)
    draw = ImageDraw.Draw(image)
    _shapes(draw, rng, colours[2:])
    letters = "".join(chr(int(c)) for c in rng.integers(ord("A"), ord("Z") + 1, size=2))
    _text(draw, letters, colours[4], int(rng.integers(50, 80)))
    side = int(rng.integers(200, 401))
    return image.resize((side, side))


def product_image(product_id: str) -> Image.Image:
    """An unrelated product photo: an object on a light, slightly noisy background."""
    rng = _rng("product", product_id)
    side = int(rng.integers(200, 401))
    base = np.full((side, side, 3), int(rng.integers(215, 256)), dtype=np.int16)
    base += rng.integers(-12, 13, size=(side, side, 1), dtype=np.int16)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    body = _colour(rng)
    margin = side // 6
    if rng.random() < 0.5:
        draw.rounded_rectangle(
            (margin, margin, side - margin, side - margin), radius=side // 10, fill=body
        )
    else:
        draw.ellipse((margin, margin * 2, side - margin, side - margin), fill=body)
    for _ in range(int(rng.integers(1, 4))):
        y = int(rng.integers(margin, side - margin))
        draw.line((margin, y, side - margin, y), fill=_colour(rng), width=int(rng.integers(2, 9)))
    return image


def read_rows(name: str, source: Path = DATA) -> list[dict[str, str]]:
    with (source / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_images(
    folder: Path, source: Path = DATA, listing_files: tuple[str, ...] = LISTING_FILES
) -> None:
    """Write every image the corpus CSVs in ``source`` name, under ``folder``.

    ``listing_files`` narrows the listings drawn, e.g. to the dev half alone.
    """
    rights = read_rows("ip_rights.csv", source)
    references: dict[str, Image.Image] = {}
    for right in rights:
        if right["image_path"]:
            image = reference_image(right["right_id"], right["mark"])
            references[right["right_id"]] = image
            _save(image, folder / right["image_path"], None)
    for name in listing_files:
        for row in read_rows(name, source):
            if not row["image_path"]:
                continue
            target = folder / row["image_path"]
            group = row["brand_group"]
            if row["case"] == "image":
                copy, quality = copied_image(references[group], row["product_id"])
                _save(copy, target, quality)
            elif row["case"] in NEGATIVE_CASES and group in references:
                _save(look_alike_image(group, row["product_id"]), target, 85)
            else:
                _save(product_image(row["product_id"]), target, 85)


def _save(image: Image.Image, path: Path, quality: int | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".jpg", ".jpeg"):
        image.save(path, "JPEG", quality=quality or 85)
    else:
        image.save(path, "PNG")


if __name__ == "__main__":
    import sys

    write_images(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA / "generated")
