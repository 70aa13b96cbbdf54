"""Zoomed out, the page is drawn from a Lanczos-resampled copy made off the GUI thread: strokes of a
Chinese glyph survive at 25 % (Qt's bilinear drawing alone drops them: ink difference ~36 here)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from ocrdesk.ui.page import sharp
from ocrdesk.ui.page.image_view import ImageView
from ocrdesk.ui.page.sharp import lanczos_scaled

TEXT = "第本页 第一页"
INK_BOUND = 6.0  # mean difference on inked pixels (0-255); the unsmoothed drawing measures ~36


def _page(width: int = 1600, height: int = 400, pixels: int = 56) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(pixels)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, TEXT)
    painter.end()
    return image


def _grey(image: QImage) -> np.ndarray:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return rows[:, : grey.width()].astype(float)


def ink_difference(view: ImageView, page: QImage, zoom: float) -> float:
    """Mean absolute difference, on the reference's inked pixels, between what the view shows of the
    page and Pillow's Lanczos reduction of it (best of ±1 pixel offsets)."""
    size = (round(page.width() * zoom), round(page.height() * zoom))
    reference = np.asarray(Image.fromarray(_grey(page).astype(np.uint8)).resize(size, Image.Resampling.LANCZOS))
    reference = reference.astype(float)
    shown = _grey(view.viewport().grab().toImage())
    origin = view.mapFromScene(QPointF(0, 0))
    inked = reference < 250
    assert inked.sum() > 200  # the glyphs are there to compare
    best = 255.0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            top, left = origin.y() + dy, origin.x() + dx
            crop = shown[top : top + size[1], left : left + size[0]]
            if crop.shape == reference.shape:
                best = min(best, float(np.abs(crop - reference)[inked].mean()))
    return best


@pytest.fixture
def view(qtbot: Any) -> ImageView:
    view = ImageView()
    qtbot.addWidget(view)
    view.resize(600, 250)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_glyph_at_25_percent_matches_a_lanczos_reduction(qtbot: Any, view: ImageView) -> None:
    page = _page()
    view.set_image(page)
    view.set_zoom(0.25)
    qtbot.waitUntil(view.is_sharp, timeout=10_000)
    view.viewport().repaint()
    assert ink_difference(view, page, 0.25) < INK_BOUND


def test_the_fast_drawing_shows_until_the_copy_is_ready_and_levels_stay_cached(qtbot: Any, view: ImageView) -> None:
    page = _page()
    view.set_image(page)
    view.set_zoom(0.25)
    view.viewport().repaint()  # the paint asks for the copy; the page is on screen meanwhile
    qtbot.waitUntil(view.is_sharp, timeout=10_000)
    view.set_zoom(0.5)
    view.viewport().repaint()
    qtbot.waitUntil(view.is_sharp, timeout=10_000)
    view.set_zoom(0.25)
    assert view.is_sharp()  # back to a level seen before: no new resampling
    view.set_zoom(2.0)
    assert view.is_sharp()  # zoomed in, bilinear magnification needs no copy


def test_a_new_page_drops_the_copies_of_the_previous_one(qtbot: Any, view: ImageView) -> None:
    view.set_image(_page())
    view.set_zoom(0.25)
    view.viewport().repaint()
    qtbot.waitUntil(view.is_sharp, timeout=10_000)
    other = _page(pixels=40)
    view.set_image(other)
    view.set_zoom(0.25)
    assert not view.is_sharp()
    view.viewport().repaint()
    qtbot.waitUntil(view.is_sharp, timeout=10_000)
    view.viewport().repaint()
    assert ink_difference(view, other, 0.25) < INK_BOUND


def test_lanczos_scaled_keeps_colour_and_size(qapp: Any) -> None:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 60))
    scaled = lanczos_scaled(image, (10, 5))
    assert (scaled.width(), scaled.height()) == (10, 5)
    assert QColor(scaled.pixel(5, 2)).getRgb()[:3] == (200, 30, 60)


def test_the_cache_keeps_recent_levels_within_its_memory_bound(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sharp, "CACHED_BYTES", 100 * 100 * 4 + 1)  # room for one 100×100 copy
    made: list[int] = []
    downscaler = sharp.Downscaler(lambda: made.append(1))
    downscaler.set_image(_page(400, 400, 40))
    assert downscaler.get((100, 100)) is None  # asked for; made in the background
    qtbot.waitUntil(lambda: downscaler.has((100, 100)), timeout=10_000)
    assert downscaler.get((100, 100)) is not None
    downscaler.get((50, 50))
    qtbot.waitUntil(lambda: downscaler.has((50, 50)), timeout=10_000)
    assert not downscaler.has((100, 100))  # over the bound: the level used longest ago went
    assert made == [1, 1]
    assert downscaler.wait()
