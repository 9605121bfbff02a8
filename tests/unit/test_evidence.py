"""Appeal evidence: images checked by content, size-limited, stored by hash in the folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sellerstar.services.evidence import EvidenceRejected, image_format, path_of, store


def _image(kind: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, format=kind)
    return out.getvalue()


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp"), ("GIF", "image/gif")],
)
def test_images_are_accepted_by_content_whatever_their_name(
    tmp_path: Path, kind: str, content_type: str
) -> None:
    stored = store(_image(kind), "tracking.txt", tmp_path, 1_000_000)
    assert stored.content_type == content_type
    assert (tmp_path / stored.relative_path).read_bytes() == _image(kind)


def test_a_file_named_like_an_image_but_holding_something_else_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvidenceRejected, match=r"'shot\.png': not a PNG, JPEG, WebP or GIF"):
        store(b"<html><script>alert(1)</script></html>", "shot.png", tmp_path, 1_000_000)
    assert list(tmp_path.iterdir()) == []


def test_a_truncated_image_is_refused() -> None:
    with pytest.raises(EvidenceRejected, match="not a PNG"):
        image_format(_image("PNG")[:60], "cut.png", 1_000_000)


def test_other_image_formats_are_refused() -> None:
    with pytest.raises(EvidenceRejected, match="BMP images are not accepted"):
        image_format(_image("BMP"), "scan.bmp", 1_000_000)


def test_size_limit_both_sides() -> None:
    data = _image("PNG")
    assert image_format(data, "a.png", len(data)) == "PNG"
    with pytest.raises(EvidenceRejected, match=f"{len(data):,} bytes, more than"):
        image_format(data, "a.png", len(data) - 1)
    with pytest.raises(EvidenceRejected, match="empty"):
        image_format(b"", "a.png", 10)


def test_the_same_screenshot_is_stored_once(tmp_path: Path) -> None:
    first = store(_image("PNG"), "a.png", tmp_path, 1_000_000)
    second = store(_image("PNG"), "b.png", tmp_path, 1_000_000)
    assert first.relative_path == second.relative_path
    assert len(list(tmp_path.rglob("*.png"))) == 1


def test_a_stored_path_cannot_leave_the_folder(tmp_path: Path) -> None:
    assert path_of(tmp_path, "ab/abc.png") == (tmp_path / "ab/abc.png").resolve()
    with pytest.raises(EvidenceRejected, match="outside the evidence folder"):
        path_of(tmp_path, "../../etc/passwd")
