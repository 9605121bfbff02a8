"""Appeal evidence: images checked by content, size-limited, stored by hash in the folder."""

from __future__ import annotations

import datetime as dt
import io
import os
import time
from pathlib import Path

import pytest
from PIL import Image

from sellerstar.services import evidence
from sellerstar.services.evidence import EvidenceRejected, image_format, path_of, store

GRACE = dt.timedelta(hours=24)


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


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_store_that_fails_midway_leaves_no_part_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        store(_image("PNG"), "a.png", tmp_path, 1_000_000)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_the_sweep_removes_old_orphans_and_parts_and_keeps_the_rest(tmp_path: Path) -> None:
    referenced = store(_image("PNG"), "a.png", tmp_path, 1_000_000)
    orphan = store(_image("GIF"), "b.gif", tmp_path, 1_000_000)
    fresh = store(_image("JPEG"), "c.jpg", tmp_path, 1_000_000)
    part = tmp_path / orphan.relative_path[:2] / "tmpkill9.part"
    part.write_bytes(b"half a scre")
    young_part = tmp_path / "ab" / "tmpinflight.part"
    young_part.parent.mkdir()
    young_part.write_bytes(b"in flight")
    day = GRACE.total_seconds()
    for path in (referenced.relative_path, orphan.relative_path, part):
        _age(tmp_path / path, day + 60)
    _age(tmp_path / fresh.relative_path, day - 60)  # just inside the grace: kept
    _age(young_part, day - 60)

    swept = evidence.sweep(tmp_path, [referenced.relative_path], GRACE)

    assert (swept.parts, swept.orphans, swept.kept) == (1, 1, 3)
    left = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert left == {referenced.relative_path, fresh.relative_path, "ab/tmpinflight.part"}


def test_storing_a_known_screenshot_again_makes_it_fresh_for_the_sweep(tmp_path: Path) -> None:
    first = store(_image("PNG"), "a.png", tmp_path, 1_000_000)
    _age(tmp_path / first.relative_path, GRACE.total_seconds() + 60)
    store(_image("PNG"), "again.png", tmp_path, 1_000_000)  # a filing about to reference it
    assert evidence.sweep(tmp_path, [], GRACE).orphans == 0
    assert (tmp_path / first.relative_path).exists()


def test_sweeping_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    assert evidence.sweep(tmp_path / "none", [], GRACE) == evidence.Swept(0, 0, 0)
