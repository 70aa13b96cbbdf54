"""The field table model and the image view on their own."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.ui import style
from ocrdesk.ui.field_table import CONFIDENCE, LABEL, VALUE, FieldTable, FieldTableModel
from ocrdesk.ui.image_view import ImageView, pil_to_qimage


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


def test_model_columns_and_roles(qtbot: Any) -> None:
    model = FieldTableModel()
    model.set_document(_document())
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.headerData(VALUE, Qt.Orientation.Horizontal) == "Value"
    assert model.index(0, LABEL).data() == "姓名"
    assert model.index(0, CONFIDENCE).data() == "99 %"
    assert model.index(2, CONFIDENCE).data() == "—"
    assert "No confidence" in model.index(2, VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, VALUE).data(Qt.ItemDataRole.BackgroundRole).color() == style.LOW_CONFIDENCE_ROW
    assert "Low confidence (42%)" in model.index(1, VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, LABEL)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_edits_only_the_value(qtbot: Any) -> None:
    model = FieldTableModel()
    document = _document()
    model.set_document(document)
    with qtbot.waitSignal(model.fieldEdited) as blocker:
        assert model.setData(model.index(0, VALUE), "李四")
    assert blocker.args == [0]
    assert document.fields[0].value == "李四"
    assert document.fields[0].ocr_value == "张三"
    assert not model.setData(model.index(0, LABEL), "x")
    assert not model.setData(model.index(0, VALUE), "李四")  # unchanged: no signal, not an edit
    assert model.setData(model.index(0, VALUE), "张三")  # typing the OCR value back un-edits the row
    assert not document.fields[0].edited
    assert model.index(0, VALUE).data(Qt.ItemDataRole.FontRole) is None


def test_low_confidence_threshold_is_one_constant() -> None:
    assert style.LOW_CONFIDENCE == 0.80
    assert style.is_low_confidence(Field("k", "K", "v", 0.79))
    assert not style.is_low_confidence(Field("k", "K", "v", 0.80))
    assert not style.is_low_confidence(Field("k", "K", "v", None))


def test_empty_table_paints_its_hint(qtbot: Any) -> None:
    table = FieldTable()
    qtbot.addWidget(table)
    table.setModel(FieldTableModel())
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    assert not table.grab().isNull()


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


def test_signal_emit_keeps_references_to_true(qapp: Any) -> None:
    """PySide6 6.12.0 drops a reference to True on every emit, and Python 3.11 then aborts
    (bool_dealloc). pyproject.toml excludes that release; this fails clearly if it comes back."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(64):
        emitter.ping.emit()
    assert before - sys.getrefcount(True) < 32, "this PySide6 release leaks True on emit: see pyproject.toml"
