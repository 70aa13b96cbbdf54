"""How the table marks a value a rule repaired and a field the engine did not find."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.ui import style
from ocrdesk.ui.fields.panel import FieldsPanel
from ocrdesk.ui.fields.table import LABEL, LABEL_WIDTH, VALUE, FieldTable, FieldTableModel
from ocrdesk.ui.state import AppState

Role = Qt.ItemDataRole


def _corrected() -> Field:
    return Field(
        "id_number",
        "公民身份号码",
        "110105194912310022",
        0.93,
        Box(10, 10, 300, 40),
        value="11010519491231002X",
        corrections=["check digit: 2→X"],
        corrected_value="11010519491231002X",
    )


def _document() -> Document:
    return Document(
        source="a.png",
        status=DocStatus.OK,
        doc_type="idcard_front",
        fields=[
            _corrected(),
            Field("address", "住址", "", None, None),
            Field("name", "姓名", "张三", 0.99, Box(10, 50, 60, 70)),
        ],
    )


def _model(document: Document) -> FieldTableModel:
    state = AppState()
    model = FieldTableModel(state)
    state.replace_document(document)
    return model


def test_a_corrected_value_has_its_own_tint_colour_and_notes(qtbot: Any) -> None:
    model = _model(_document())
    index = model.index(0, VALUE)
    assert index.data() == "11010519491231002X"
    assert index.data(Role.BackgroundRole).color() == style.CORRECTED_ROW
    assert index.data(Role.ForegroundRole).color() == style.CORRECTED_COLOR
    assert style.CORRECTED_ROW not in (style.INVALID_ROW, style.LOW_CONFIDENCE_ROW)
    assert style.CORRECTED_COLOR not in (style.EDITED_COLOR, style.INVALID_COLOR)
    assert index.data(Role.DecorationRole) is None  # not the "edited" mark
    assert index.data(Role.FontRole) is None
    tip = index.data(Role.ToolTipRole)
    assert "Corrected: check digit: 2→X" in tip
    assert "read: 110105194912310022" in tip
    assert "Edited" not in tip
    assert "Corrected: check digit: 2→X" in model.index(0, LABEL).data(Role.AccessibleDescriptionRole)
    plain = model.index(2, VALUE)
    assert plain.data(Role.BackgroundRole) is None
    assert "Corrected" not in plain.data(Role.ToolTipRole)


def test_an_operator_edit_replaces_the_correction_mark(qtbot: Any) -> None:
    document = _document()
    model = _model(document)
    assert model.setData(model.index(0, VALUE), "11010519491231002x")
    index = model.index(0, VALUE)
    assert index.data(Role.ForegroundRole).color() == style.EDITED_COLOR
    assert index.data(Role.BackgroundRole) is None or index.data(Role.BackgroundRole).color() != style.CORRECTED_ROW
    assert "Corrected" not in index.data(Role.ToolTipRole)
    assert model.setData(model.index(0, VALUE), "110105194912310022")  # back to what was read: no rule's value
    assert not document.fields[0].edited
    assert not style.is_corrected(document.fields[0])
    assert model.setData(model.index(0, VALUE), "11010519491231002X")  # the rule's value again: marked again
    assert model.index(0, VALUE).data(Role.BackgroundRole).color() == style.CORRECTED_ROW


def test_a_field_not_found_is_listed_with_a_placeholder(qtbot: Any) -> None:
    model = _model(_document())
    index = model.index(1, VALUE)
    assert index.data() == "not found — draw its box with Ctrl+B"
    assert index.data(Role.EditRole) == ""  # the editor starts empty, the placeholder is never a value
    assert index.data(Role.ForegroundRole).color() == style.MISSING_COLOR
    assert index.data(Role.FontRole).italic()
    assert "not found" in index.data(Role.ToolTipRole)
    assert model.setData(index, "北京市")
    assert model.index(1, VALUE).data() == "北京市"
    assert not model.index(1, VALUE).data(Role.FontRole).italic()  # bold: edited


def test_an_empty_value_with_a_box_is_not_missing(qtbot: Any) -> None:
    document = _document()
    document.fields[1].box = Box(1, 1, 20, 20)
    model = _model(document)
    assert model.index(1, VALUE).data() == ""


def test_the_panel_names_the_type_read_and_counts_the_marks(qtbot: Any) -> None:
    state = AppState()
    panel = FieldsPanel(state)
    qtbot.addWidget(panel)
    document = _document()
    state.replace_document(document)
    panel.update_summary(document, panel.model.problems)
    assert panel.title.text() == "Fields — ID card (front)"
    summary = panel.summary.text()
    assert "1 not found" in summary and "1 corrected" in summary
    panel.update_summary(None, {})
    assert panel.title.text() == "Fields"


def test_the_label_column_fits_the_labels_within_bounds(qtbot: Any) -> None:
    state = AppState()
    model = FieldTableModel(state)
    table = FieldTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(420, 300)
    table.show()
    state.replace_document(Document(source="a.png", status=DocStatus.OK, fields=[Field("sex", "性别", "男")]))
    short = table.columnWidth(LABEL)
    assert LABEL_WIDTH[0] <= short < LABEL_WIDTH[1]
    long_label = Field("scope", "Business scope as printed on the licence", "x")
    state.replace_document(Document(source="b.png", status=DocStatus.OK, fields=[long_label]))
    assert table.columnWidth(LABEL) == LABEL_WIDTH[1]
