"""Planning inputs (files, folders, PDFs) and loading pages, including damaged and locked PDFs."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocrdesk import imaging, inputs
from ocrdesk.errors import ImageLoadError
from ocrdesk.inputs import PageRef, expand_inputs, load_page, natural_key
from tests.pdf_locked import write_encrypted_pdf

COLOURS = ("red", "lime", "blue")


def make_pdf(path: Path, pages: int = 3, size: tuple[int, int] = (200, 100), resolution: float = 100.0) -> Path:
    """A PDF of solid-colour pages; at `resolution` dpi each page is `size` pixels (so 144×72 pt here)."""
    images = [Image.new("RGB", size, COLOURS[i % 3]) for i in range(pages)]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=resolution)
    return path


def make_encrypted_pdf(path: Path) -> Path:
    """A one-page PDF with a Standard security handler whose password check fails for the empty password."""
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -4 >>"
    return write_encrypted_pdf(path, encrypt, bytes([1] * 16))


def touch_image(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (10, 8), "white").save(path, "PNG" if path.suffix.lower() == ".png" else "JPEG")
    return path


def test_natural_key() -> None:
    names = ["10.jpg", "2.jpg", "1.JPG", "scan 10.png", "Scan 9.png", "b.png", "A.png"]
    assert sorted(names, key=natural_key) == ["1.JPG", "2.jpg", "10.jpg", "A.png", "b.png", "Scan 9.png", "scan 10.png"]


def test_folder_in_natural_order_with_skipped_files(tmp_path: Path) -> None:
    for name in ("10.jpg", "2.jpg", "1.JPG", "b.png", "A.png", "sub/3.jpg", ".hidden.jpg", "._2.jpg"):
        touch_image(tmp_path / name)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "Thumbs.db").write_bytes(b"x")

    plan = expand_inputs([tmp_path])
    assert [ref.path.name for ref in plan.pages] == ["1.JPG", "2.jpg", "10.jpg", "A.png", "b.png"]
    assert all(ref.page is None for ref in plan.pages)
    assert plan.skipped == 2 and {p.name for p in plan.skipped_files} == {"notes.txt", "Thumbs.db"}
    assert plan.problems == []

    recursive = expand_inputs([tmp_path], recursive=True)
    assert [ref.path.relative_to(tmp_path).as_posix() for ref in recursive.pages][-1] == "sub/3.jpg"
    assert len(recursive.pages) == 6


def test_files_keep_the_given_order_and_are_planned_once(tmp_path: Path) -> None:
    b = touch_image(tmp_path / "b.jpg")
    a = touch_image(tmp_path / "a.jpg")
    plan = expand_inputs([str(b), a, tmp_path])
    assert [ref.path for ref in plan.pages] == [b, a]


def test_pdf_pages_planned_and_rendered_at_dpi(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "扫描 件.pdf")
    plan = expand_inputs([pdf])
    assert plan.pages == [PageRef(pdf, 1), PageRef(pdf, 2), PageRef(pdf, 3)]
    assert plan.pages[1].display_name == "扫描 件.pdf p.2"

    page = load_page(plan.pages[1], dpi=200)
    assert (page.width, page.height) == (400, 200)  # 144×72 pt at 200 dpi
    assert (page.source, page.page) == (str(pdf), 2)
    r, g, b = (int(v) for v in page.rgb_array()[100, 200])
    assert g > 200 and r < 60 and b < 60  # page 2 is the green one: pages are not mixed up
    assert page.info.width == 400 and len(page.info.sha256) == 64

    small = load_page(plan.pages[0], dpi=72)
    assert (small.width, small.height) == (144, 72)
    assert small.image.mode == "RGB"


def test_pdf_in_folder_is_expanded_in_order(tmp_path: Path) -> None:
    touch_image(tmp_path / "10.jpg")
    touch_image(tmp_path / "1.jpg")
    make_pdf(tmp_path / "2.pdf", pages=2)
    plan = expand_inputs([tmp_path])
    assert [(ref.path.name, ref.page) for ref in plan.pages] == [
        ("1.jpg", None),
        ("2.pdf", 1),
        ("2.pdf", 2),
        ("10.jpg", None),
    ]


def test_huge_pdf_page_rendered_within_pixel_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = make_pdf(tmp_path / "poster.pdf", pages=1)
    monkeypatch.setattr(imaging, "MAX_PIXELS", 20_000)
    page = load_page(PageRef(pdf, 1), dpi=200)
    assert page.width * page.height <= 20_000
    assert page.width == pytest.approx(2 * page.height, rel=0.05)


def test_corrupt_pdf(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good[: len(good) // 2])
    plan = expand_inputs([broken])
    assert plan.pages == []
    assert [(p.path, p.code) for p in plan.problems] == [(broken, "pdf.corrupt")]
    assert "broken.pdf" in plan.problems[0].message and "\n" not in plan.problems[0].message

    with pytest.raises(ImageLoadError) as caught:
        load_page(PageRef(broken, 1))
    assert caught.value.code == "pdf.corrupt"


def test_encrypted_pdf(tmp_path: Path) -> None:
    locked = make_encrypted_pdf(tmp_path / "locked.pdf")
    plan = expand_inputs([locked])
    assert [p.code for p in plan.problems] == ["pdf.encrypted"]
    assert "password" in plan.problems[0].message
    with pytest.raises(ImageLoadError) as caught:
        load_page(PageRef(locked, 1))
    assert caught.value.code == "pdf.encrypted"


def test_unsupported_encryption_code_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    def refuse(*args: object, **kwargs: object) -> None:
        raise pdfium.PdfiumError("Failed to load document", err_code=pdfium.raw.FPDF_ERR_SECURITY)

    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    pdf = make_pdf(tmp_path / "drm.pdf", pages=1)
    with pytest.raises(ImageLoadError) as caught:
        inputs.pdf_page_count(pdf)
    # no password opens it: the window does not ask for one
    assert caught.value.code == "pdf.unsupported_encryption" and "unsupported encryption" in caught.value.message


def test_page_beyond_the_end(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "two.pdf", pages=2)
    with pytest.raises(ImageLoadError) as caught:
        load_page(PageRef(pdf, 3))
    assert caught.value.code == "pdf.no_page"


def test_missing_empty_folder_and_non_image(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    text = tmp_path / "readme.txt"
    text.write_text("not an image", encoding="utf-8")
    image = touch_image(tmp_path / "ok.png")
    plan = expand_inputs([tmp_path / "missing.jpg", tmp_path / "empty", text, image])
    assert [(p.path.name, p.code) for p in plan.problems] == [
        ("missing.jpg", "input.not_found"),
        ("empty", "input.no_images"),
    ]
    # a file named explicitly is tried whatever its suffix; loading then says what is wrong
    assert [ref.path for ref in plan.pages] == [text, image]
    with pytest.raises(ImageLoadError) as caught:
        load_page(plan.pages[0])
    assert caught.value.code == "image.not_image"
    loaded = load_page(plan.pages[1])
    assert (loaded.width, loaded.height, loaded.page) == (10, 8, None)
    assert isinstance(loaded.rgb_array(), np.ndarray)


# -- multi-page TIFF, special files, the one pixel limit ---------------------------------------------
def make_tiff(path: Path, sizes: list[tuple[int, int]]) -> Path:
    pages = [Image.new("RGB", size, COLOURS[i % 3]) for i, size in enumerate(sizes)]
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_deflate")
    return path


def test_every_page_of_a_multi_page_tiff_is_a_document(tmp_path: Path) -> None:
    tiff = make_tiff(tmp_path / "scan.tif", [(30, 20), (40, 25), (50, 30)])
    single = make_tiff(tmp_path / "one.tiff", [(10, 10)])
    plan = expand_inputs([tiff, single])
    assert [(ref.path.name, ref.page) for ref in plan.pages] == [
        ("scan.tif", 1),
        ("scan.tif", 2),
        ("scan.tif", 3),
        ("one.tiff", None),
    ]
    assert plan.pages[1].display_name == "scan.tif p.2"
    loaded = [load_page(ref) for ref in plan.pages]
    assert [(page.width, page.height, page.page) for page in loaded] == [
        (30, 20, 1),
        (40, 25, 2),
        (50, 30, 3),
        (10, 10, None),
    ]
    assert tuple(loaded[1].rgb_array()[0, 0]) == (0, 255, 0)  # the second page's own pixels
    assert len({page.info.sha256 for page in loaded[:3]}) == 3
    with pytest.raises(ImageLoadError) as caught:
        load_page(PageRef(tiff, 4))
    assert caught.value.code == "image.no_page"


def test_a_tiff_page_above_the_pixel_limit_is_refused_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tiff = make_tiff(tmp_path / "mixed.tif", [(20, 20), (200, 200)])
    monkeypatch.setattr(imaging, "MAX_PIXELS", 10_000)
    assert load_page(PageRef(tiff, 1)).width == 20
    with pytest.raises(ImageLoadError) as caught:
        load_page(PageRef(tiff, 2))
    assert caught.value.code == "image.too_large" and "limit" in caught.value.message


def test_pillow_uses_our_pixel_limit() -> None:
    assert Image.MAX_IMAGE_PIXELS == imaging.MAX_PIXELS == 120_000_000


def test_a_scan_between_pillows_default_and_our_limit_loads(tmp_path: Path) -> None:
    # 100 MP: above Pillow's default 89.5 MP guard, below our documented 120 MP (bilevel: small in memory)
    path = tmp_path / "a0-scan.png"
    Image.new("1", (10_000, 10_000), 1).save(path)
    image = imaging._open_checked(path.read_bytes(), path.name)
    assert image.size == (10_000, 10_000)


def _in_thread(work: Callable[[], object]) -> object:
    """Run `work` where a hang cannot take the test run with it; a hang fails the test."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(_capture(work)), daemon=True)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "blocked on a special file"
    return result[0]


def _capture(work: Callable[[], object]) -> object:
    try:
        return work()
    except Exception as exc:
        return exc


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_fifos_are_refused_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    touch_image(folder / "1.png")
    for name in ("2.pdf", "3.tif", "4.jpg"):
        os.mkfifo(folder / name)
    plan = _in_thread(lambda: expand_inputs([folder, folder / "2.pdf"]))
    assert isinstance(plan, inputs.InputPlan)
    assert [ref.path.name for ref in plan.pages] == ["1.png"]
    assert [(p.path.name, p.code) for p in plan.problems] == [
        ("2.pdf", "input.unreadable"),
        ("3.tif", "input.unreadable"),
        ("4.jpg", "input.unreadable"),
        ("2.pdf", "input.unreadable"),
    ]
    assert all("named pipe (FIFO), not a regular file" in p.message for p in plan.problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_file_swapped_for_a_fifo_after_planning_fails_to_load_without_blocking(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", pages=1)
    image = touch_image(tmp_path / "b.png")
    plan = expand_inputs([pdf, image])
    for path in (pdf, image):
        path.unlink()
        os.mkfifo(path)
    for ref in plan.pages:
        error = _in_thread(lambda ref=ref: load_page(ref))
        assert isinstance(error, ImageLoadError), error
        assert "not a regular file" in error.message and error.code.endswith("unreadable")
    assert _in_thread(lambda: make_thumbnail_or_error(PageRef(image))) is not None


def make_thumbnail_or_error(ref: PageRef) -> object:
    from ocrdesk.workspace import make_thumbnail

    try:
        return make_thumbnail(ref)
    except ImageLoadError as exc:
        return exc


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_a_device_is_refused(tmp_path: Path) -> None:
    plan = expand_inputs(["/dev/zero"])
    assert plan.pages == [] and "a device, not a regular file" in plan.problems[0].message
    with pytest.raises(ImageLoadError) as caught:
        load_page(PageRef(Path("/dev/zero")))
    assert "not a regular file" in caught.value.message


def test_the_pdf_lock_is_not_held_while_a_file_is_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", pages=2)
    held_while_opening: list[bool] = []
    real_open = inputs.open_regular_file

    def watching(path: Path) -> object:
        held_while_opening.append(inputs._PDFIUM_LOCK.locked())
        return real_open(path)

    monkeypatch.setattr(inputs, "open_regular_file", watching)
    assert [ref.page for ref in expand_inputs([pdf]).pages] == [1, 2]
    assert load_page(PageRef(pdf, 2)).page == 2
    assert held_while_opening == [False, False]
