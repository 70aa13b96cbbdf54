"""The document queue without Qt: order, ids, navigation, results by id, thumbnails, saved frames."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocrdesk.errors import ImageLoadError
from ocrdesk.inputs import PageRef
from ocrdesk.model import DocStatus, Document, ErrorInfo, Field
from ocrdesk.workspace import (
    THUMBNAIL_SIDE,
    Workspace,
    capture_source,
    clipboard_source,
    frame_path_for,
    make_thumbnail,
    origin_of,
    save_clipboard_image,
)
from tests.unit.test_inputs import make_pdf


def _queue(*names: str) -> Workspace:
    workspace = Workspace()
    for name in names:
        workspace.add(PageRef(Path("/scans") / name))
    return workspace


def test_entries_keep_their_order_and_ids() -> None:
    workspace = _queue("1.png", "2.png", "10.png")
    assert [e.name for e in workspace] == ["1.png", "2.png", "10.png"]
    ids = [e.id for e in workspace]
    assert len(set(ids)) == 3
    assert workspace.get(ids[1]).name == "2.png"
    assert workspace.index_of(ids[2]) == 2
    assert workspace.remove(ids[1]) == 1
    assert [e.name for e in workspace] == ["1.png", "10.png"]
    assert workspace.get(ids[1]) is None and workspace.index_of(ids[1]) == -1
    assert workspace.add(PageRef(Path("/scans/11.png"))).id not in ids  # ids are never reused
    assert [d.source for d in workspace.documents()] == ["/scans/1.png", "/scans/10.png", "/scans/11.png"]


def test_rows_follow_removals_and_additions() -> None:
    workspace = _queue(*(f"{i}.png" for i in range(6)))
    ids = [e.id for e in workspace]
    workspace.remove(ids[0])
    workspace.remove(ids[3])
    workspace.add(PageRef(Path("/scans/new.png")))
    for row, entry in enumerate(workspace.entries):
        assert workspace.index_of(entry.id) == row and workspace.at(row) is entry
    assert workspace.neighbour(ids[2], 1).id == ids[4]  # the removed row is passed over
    assert workspace.remove(ids[3]) == -1


def test_find_by_path_and_page() -> None:
    workspace = Workspace()
    for page in (1, 2):
        workspace.add(PageRef(Path("/docs/a.pdf"), page))
    assert workspace.find(Path("/docs/a.pdf"), 2).document.page == 2
    assert workspace.find(Path("/docs/a.pdf")) is None
    assert len(workspace.entries_for(Path("/docs/a.pdf"))) == 2
    assert workspace.at(0).name == "a.pdf p.1"


def test_a_result_lands_on_its_entry_and_keeps_its_source() -> None:
    workspace = Workspace()
    entry = workspace.add(PageRef(Path("/frames/camera-0-x.png")), source="camera:0@2026-01-02T03:04:05.000")
    result = Document(source="/frames/camera-0-x.png", status=DocStatus.OK, fields=[Field("k", "K", "v", 0.42)])
    workspace.set_document(entry.id, result)
    assert entry.document is result
    assert result.source == "camera:0@2026-01-02T03:04:05.000"
    assert entry.field_count == 1 and entry.lowest_confidence == pytest.approx(0.42)
    assert entry.has_work
    workspace.reset(entry.id)
    assert entry.status == DocStatus.PENDING and not entry.document.fields and not entry.has_work


def test_next_pending_wraps_and_skips_reviewed_and_unreadable() -> None:
    workspace = _queue("a.png", "b.png", "c.png", "d.png")
    a, b, c, d = workspace.entries
    b.document.status = DocStatus.REVIEWED
    workspace.mark_unreadable(c.id, ErrorInfo("image.corrupt", "c.png: file is truncated or corrupt"))
    assert c.status == DocStatus.ERROR and c.document.error.message.startswith("c.png")
    assert workspace.next_pending(a.id) is d
    assert workspace.next_pending(d.id) is a  # wraps around
    a.document.status = DocStatus.REVIEWED
    assert workspace.next_pending(d.id) is None  # only itself is left
    assert workspace.to_recognise() == [d]


def test_neighbours_skip_what_cannot_be_shown() -> None:
    workspace = _queue("a.png", "b.png", "c.png")
    a, b, c = workspace.entries
    workspace.mark_unreadable(b.id, ErrorInfo("image.empty", "b.png: file is empty"))
    assert workspace.neighbour(a.id, 1) is c
    assert workspace.neighbour(c.id, -1) is a
    assert workspace.neighbour(c.id, 1) is None
    assert workspace.neighbour(None, 1) is a
    failed = workspace.add_failed("/docs/locked.pdf", ErrorInfo("pdf.encrypted", "locked.pdf: password"))
    assert failed.ref is None and not failed.viewable and failed.status == DocStatus.ERROR
    assert workspace.neighbour(c.id, 1) is None


def test_marking_unreadable_keeps_an_earlier_result() -> None:
    workspace = _queue("a.png")
    entry = workspace.entries[0]
    entry.document.status = DocStatus.OK
    workspace.mark_unreadable(entry.id, ErrorInfo("image.not_found", "a.png: file not found"))
    assert entry.status == DocStatus.OK and not entry.viewable


def test_thumbnail_is_small_and_made_from_the_page(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    Image.new("RGB", (1600, 900), "navy").save(path)
    thumbnail = make_thumbnail(PageRef(path))
    assert max(thumbnail.width, thumbnail.height) == THUMBNAIL_SIDE
    assert (thumbnail.page_width, thumbnail.page_height) == (1600, 900)
    with Image.open(__import__("io").BytesIO(thumbnail.png)) as image:
        assert image.size == (thumbnail.width, thumbnail.height)
    pdf = make_pdf(tmp_path / "doc.pdf", pages=2, size=(400, 800))
    page = make_thumbnail(PageRef(pdf, 2))
    assert page.height == THUMBNAIL_SIDE and page.width < page.height
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(ImageLoadError, match="empty"):
        make_thumbnail(PageRef(tmp_path / "empty.png"))


def test_capture_and_clipboard_sources_find_their_frames(tmp_path: Path) -> None:
    when = datetime(2026, 5, 1, 10, 22, 33, 123456)
    source = capture_source(0, when)
    assert source == "camera:0@2026-05-01T10:22:33.123"
    assert frame_path_for(source, tmp_path) == tmp_path / "camera-0-20260501-102233-123000.png"
    assert capture_source("/x/frame_%03d.png", when).startswith("camera:frame_%03d.png@")
    pasted = clipboard_source(when)
    assert pasted == "clipboard:2026-05-01T10:22:33.123"
    rgb = np.zeros((20, 30, 3), np.uint8)
    rgb[5:10, 5:25] = (200, 30, 60)
    path = save_clipboard_image(rgb, tmp_path / "frames", when)
    assert path == frame_path_for(pasted, tmp_path / "frames")
    assert np.array_equal(np.asarray(Image.open(path).convert("RGB")), rgb)  # lossless
    assert origin_of(Document(source=pasted), tmp_path / "frames") == PageRef(path)
    assert origin_of(Document(source=source), tmp_path / "frames") is None  # frame gone
    assert origin_of(Document(source="/docs/a.pdf", page=3), tmp_path) == PageRef(Path("/docs/a.pdf"), 3)
    assert frame_path_for("clipboard:not a time", tmp_path) is None


def test_thumbnails_of_jpeg_scans_turned_by_exif_and_of_16_bit_images(tmp_path: Path) -> None:
    scan = Image.new("RGB", (2000, 1000), (200, 30, 60))
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the phone turned: shown a quarter turn clockwise
    scan.save(tmp_path / "phone.jpg", quality=90, exif=exif)
    thumbnail = make_thumbnail(PageRef(tmp_path / "phone.jpg"))
    assert (thumbnail.width, thumbnail.height) == (80, 160)
    assert (thumbnail.page_width, thumbnail.page_height) == (1000, 2000)
    grey = np.full((300, 400), 30000, dtype=np.uint16)  # mid-grey in 16 bits
    Image.fromarray(grey).save(tmp_path / "deep.png")
    deep = make_thumbnail(PageRef(tmp_path / "deep.png"))
    with Image.open(__import__("io").BytesIO(deep.png)) as image:
        assert 100 < image.convert("L").getpixel((10, 10)) < 140  # scaled down, not clipped to white


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_pasted_and_captured_frames_are_owner_only(tmp_path: Path) -> None:
    from ocrdesk.camera import save_frame
    from ocrdesk.session import SessionStore

    rgb = np.zeros((8, 8, 3), np.uint8)
    pasted = save_clipboard_image(rgb, tmp_path / "pasted", datetime(2026, 5, 1, 10, 22, 33))
    assert stat.S_IMODE(pasted.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(pasted.stat().st_mode) == 0o600
    frames = SessionStore(tmp_path / "sessions").frames_dir  # where the window saves camera frames
    captured = save_frame(rgb, frames, 0)
    assert stat.S_IMODE(frames.stat().st_mode) == 0o700
    assert stat.S_IMODE(captured.stat().st_mode) == 0o600
