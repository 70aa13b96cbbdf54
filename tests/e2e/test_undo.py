"""Undo and redo of every review edit (values, boxes, added and deleted fields, confirm), with
Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, one stack per document."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ocrdesk.model import Box, DocStatus, Field
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.review.undo import AddField
from tests.e2e.conftest import DialogRecorder, drop_files, load, new_window, recognize
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, REGISTRY, choose, commit_text, row_of, write_image

ctrl = Qt.KeyboardModifier.ControlModifier
ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    return new_window(qtbot)


@pytest.fixture
def card(qtbot: Any, window: MainWindow, tmp_path: Path) -> MainWindow:
    choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    window.view.set_zoom(2.0)
    return window


def type_and_enter(qtbot: Any, window: MainWindow, row: int, text: str) -> None:
    window.review.go_to(row)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = window.review.editor()
    editor.selectAll()
    commit_text(editor, text) if not text.isascii() else qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def snapshot(window: MainWindow) -> tuple[Any, ...]:
    document = window.current_document
    return document.status, copy.deepcopy(document.fields)


def edit_menu_texts(window: MainWindow) -> list[str]:
    edit = window.menuBar().findChild(QMenu, "editMenu")
    assert edit is not None
    return [a.text().replace("&", "") for a in edit.actions()]


def test_undo_and_redo_a_value(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "id_number")
    item = card.model.field(row)
    type_and_enter(qtbot, card, row, GOOD_ID)
    assert item.value == GOOD_ID and card.model.problems == {}
    assert "Undo Edit ID number" in edit_menu_texts(card)
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)
    assert item.value == BAD_ID and not item.edited
    assert "id_number" in card.model.problems  # validation follows undo too
    assert "Redo Edit ID number" in edit_menu_texts(card)
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl_shift)
    assert item.value == GOOD_ID
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)
    qtbot.keyClick(card.table, Qt.Key.Key_Y, ctrl)
    assert item.value == GOOD_ID


def test_a_sequence_of_every_kind_of_edit_undoes_and_redoes_in_order(qtbot: Any, card: MainWindow) -> None:
    table, review = card.table, card.review
    states = [snapshot(card)]
    type_and_enter(qtbot, card, row_of(card, "name"), "李四")
    states.append(snapshot(card))
    review.go_to(row_of(card, "sex"))
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)  # merged with the one before: one step
    states.append(snapshot(card))
    qtbot.keyClick(table, Qt.Key.Key_Down, ctrl_shift)
    states.append(snapshot(card))
    review.go_to(row_of(card, "ethnicity"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    states.append(snapshot(card))
    document = card.current_document
    review.push(document, AddField(review, document, Field("remark", "备注", "", box=Box(10, 10, 90, 30))))
    states.append(snapshot(card))
    type_and_enter(qtbot, card, row_of(card, "id_number"), GOOD_ID)
    states.append(snapshot(card))
    qtbot.keyClick(table, Qt.Key.Key_Return, ctrl)
    states.append(snapshot(card))
    assert states[-1][0] == DocStatus.REVIEWED
    assert [len(fields) for _status, fields in states] == [6, 6, 6, 6, 5, 6, 6, 6]
    assert edit_menu_texts(card)[0] == "Undo Confirm card.png"

    for expected in reversed(states[:-1]):
        qtbot.keyClick(table, Qt.Key.Key_Z, ctrl)
        assert snapshot(card) == expected
        assert [f.key for f in card.model.fields] == [f.key for f in expected[1]]  # the table follows
        boxes = [(b.rect().left(), b.rect().top(), b.rect().width()) for b in card.view.box_items()]
        assert boxes == [(f.box.left, f.box.top, f.box.width) for f in expected[1]]  # so do the boxes
    assert not review.undo.group.canUndo()
    for expected in states[1:]:
        qtbot.keyClick(table, Qt.Key.Key_Y, ctrl)
        assert snapshot(card) == expected
    assert not review.undo.group.canRedo()


def test_each_document_has_its_own_undo_stack(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    choose(window, "idcards", "idcard_front")
    first, second = write_image(tmp_path / "a.png"), write_image(tmp_path / "b.png")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [first, second])
    recognize(qtbot, window)
    a = window.current_document
    type_and_enter(qtbot, window, row_of(window, "name"), "甲")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        assert window.documents.open_next_pending()
    recognize(qtbot, window)
    b = window.current_document
    assert b is not a and b.source == str(second)
    type_and_enter(qtbot, window, row_of(window, "name"), "乙")
    qtbot.keyClick(window.table, Qt.Key.Key_Z, ctrl)  # only b's edit
    assert b.fields[0].value == "张三"
    assert a.fields[0].value == "甲"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, ctrl)  # nothing more on b's stack
    assert a.fields[0].value == "甲"
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        assert window.documents.open_next_pending()
    assert window.current_document is a
    assert window.review.undo.group.activeStack().canUndo()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, ctrl)
    assert a.fields[0].value == "张三"
    assert window.model.field(0).value == "张三"
