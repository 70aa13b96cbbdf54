"""The image view and the PIL-to-Qt image conversion on their own."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QColor

from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.ui.page.image_view import ImageView
from ocrdesk.ui.recognizer import pil_to_qimage


def _document() -> Document:
    return Document(
        source="a.png",
        status=DocStatus.OK,
        fields=[
            Field("name", "姓名", "张三", 0.99, Box(10, 10, 60, 30)),
            Field("sex", "性别", "男", 0.42, Box(10, 40, 30, 60)),
            Field("note", "Note", "no box", None, None),
        ],
    )


def test_pil_to_qimage_copies_the_pixels(qapp: Any) -> None:
    image = Image.new("RGB", (3, 2), (10, 20, 30))
    image.putpixel((2, 1), (200, 100, 50))
    qimage = pil_to_qimage(image)
    del image
    assert (qimage.width(), qimage.height()) == (3, 2)
    assert QColor(qimage.pixel(0, 0)).getRgb()[:3] == (10, 20, 30)
    assert QColor(qimage.pixel(2, 1)).getRgb()[:3] == (200, 100, 50)
    grey = pil_to_qimage(Image.new("L", (2, 2), 128))
    assert QColor(grey.pixel(1, 1)).getRgb()[:3] == (128, 128, 128)


def test_view_boxes_skip_fields_without_a_box(qtbot: Any) -> None:
    view = ImageView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_image(pil_to_qimage(Image.new("RGB", (200, 100), "white")))
    document = _document()
    view.set_fields(document.fields)
    assert [box.row for box in view.box_items()] == [0, 1]
    assert view.box_item(2) is None
    with qtbot.assertNotEmitted(view.rowSelected):
        view.select_row(1)  # selecting from outside does not echo back
    assert view.selected_row() == 1
    assert view.box_item(1).isSelected()
    view.select_row(2)  # a field without a box clears the selection
    assert view.selected_row() == -1


def test_view_zoom_limits(qtbot: Any) -> None:
    view = ImageView()
    qtbot.addWidget(view)
    view.set_zoom(2.0)  # nothing shown: ignored
    assert view.zoom == 1.0
    view.set_image(pil_to_qimage(Image.new("RGB", (50, 50), "white")))
    view.set_zoom(1000)
    assert view.zoom == pytest.approx(32.0)
    view.set_zoom(0)
    assert view.zoom == pytest.approx(0.02)
