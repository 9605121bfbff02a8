"""Perceptual hashes: a seller's copy of a protected image matches, another image does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps

from sellerstar.errors import InputError
from sellerstar.radar.detector import Detector
from sellerstar.radar.images import image_hash, nearest, reference_hashes
from sellerstar.radar.model import IpRight, ProductText
from sellerstar.rules import load_rulebook
from sellerstar.rules.radar_detection import RadarDetection

CROPS = (0.0, 0.04, 0.08)


def logo(path: Path, seed: int) -> Path:
    """A 256 px picture: a gradient and shapes that differ with ``seed``."""
    image = Image.new("RGB", (256, 256))
    draw = ImageDraw.Draw(image)
    for y in range(256):
        draw.line([(0, y), (255, y)], fill=(y, 255 - y, (y * seed) % 256))
    for index in range(4):
        x, y = (seed * 37 + index * 71) % 180, (seed * 53 + index * 29) % 180
        box = (x, y, x + 40 + index * 10, y + 30 + index * 12)
        if (seed + index) % 2:
            draw.ellipse(box, fill=(250, 250, 250))
        else:
            draw.rectangle(box, fill=(10, 10, 10))
    image.save(path)
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("images")


def copy(source: Path, target: Path, *, size: int, crop: float, mirror: bool) -> Path:
    with Image.open(source) as original:
        image = original.convert("RGB")
    width, height = image.size
    image = image.crop((int(width * crop), int(height * crop), width - int(width * crop), height))
    if mirror:
        image = ImageOps.mirror(image)
    image.resize((size, size)).save(target, quality=50)  # JPEG recompression
    return target


@pytest.mark.parametrize(
    ("size", "crop", "mirror"),
    [
        (256, 0.0, False),
        (160, 0.0, False),
        (420, 0.0, False),
        (256, 0.06, False),
        (200, 0.0, True),
        (300, 0.05, True),
    ],
)
def test_a_resized_recompressed_cropped_or_mirrored_copy_matches(
    folder: Path, size: int, crop: float, mirror: bool
) -> None:
    reference = reference_hashes(logo(folder / "ref.png", 3), CROPS)
    seller = copy(folder / "ref.png", folder / "copy.jpg", size=size, crop=crop, mirror=mirror)
    assert nearest(image_hash(seller), reference) <= 6


def test_a_different_picture_does_not_match(folder: Path) -> None:
    reference = reference_hashes(logo(folder / "ref.png", 3), CROPS)
    for seed in (4, 5, 8, 11):
        other = logo(folder / f"other{seed}.png", seed)
        assert nearest(image_hash(other), reference) > 10


def test_an_unreadable_image_names_the_file(folder: Path) -> None:
    broken = folder / "broken.jpg"
    broken.write_bytes(b"not a picture")
    with pytest.raises(InputError, match=r"broken\.jpg: not a readable image"):
        image_hash(broken)
    with pytest.raises(InputError, match=r"missing\.png: image not found"):
        image_hash(folder / "missing.png")


def test_the_detector_reports_an_image_finding(folder: Path) -> None:
    rule_set = load_rulebook().in_force(dt.date(2022, 11, 9))
    assert rule_set.product_radar is not None
    rules: RadarDetection = rule_set.product_radar.detection
    logo(folder / "mark.png", 7)
    copy(folder / "mark.png", folder / "p1.jpg", size=180, crop=0.04, mirror=True)
    logo(folder / "p2.png", 9)
    rights = [IpRight("r1", "Holder", "design", "Zorbix", (), "mark.png")]
    detector = Detector.build(rights, rules, folder)
    found = detector.scan(ProductText("p1", "Plain box", None, None, "p1.jpg"), folder)
    assert [(f.right_id, f.field, f.step, f.matched_text) for f in found] == [
        ("r1", "image", "image", "p1.jpg")
    ]
    assert 0.5 < found[0].score <= 0.9
    assert detector.scan(ProductText("p2", "Plain box", None, None, "p2.png"), folder) == []
    # Without an image folder the images are not looked at.
    assert detector.scan(ProductText("p1", "Plain box", None, None, "p1.jpg"), None) == []


def test_an_image_path_may_not_lead_out_of_the_folder(folder: Path) -> None:
    from sellerstar.radar.images import inside

    assert inside(folder, "ref.png") == (folder / "ref.png").resolve()
    with pytest.raises(InputError, match="leads out of the input folder"):
        inside(folder / "sub", "../ref.png")
