"""The field table model and view on their own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.ui import style
from ocrdesk.ui.fields.table import CONFIDENCE, LABEL, VALUE, FieldTable, FieldTableModel
from ocrdesk.ui.state import AppState


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
    state = AppState()
    model = FieldTableModel(state)
    state.replace_document(_document())
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.headerData(VALUE, Qt.Orientation.Horizontal) == "Value"
    assert model.index(0, LABEL).data() == "Name"  # a canonical field by its name in the UI's language
    assert model.index(0, CONFIDENCE).data() == "99 %"
    assert model.index(2, CONFIDENCE).data() == "—"
    assert "No confidence" in model.index(2, VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, VALUE).data(Qt.ItemDataRole.BackgroundRole).color() == style.LOW_CONFIDENCE_ROW
    assert "Low confidence (42%)" in model.index(1, VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, LABEL)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_edits_only_the_value(qtbot: Any) -> None:
    state = AppState()
    model = FieldTableModel(state)
    document = _document()
    state.replace_document(document)
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
    table.setModel(FieldTableModel(AppState()))
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    assert not table.grab().isNull()
