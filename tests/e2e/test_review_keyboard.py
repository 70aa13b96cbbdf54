"""Keyboard-first review: moving between fields, editing that only Enter commits (IME-safe),
F8 to the next field needing a look, Ctrl+Enter to confirm, and the keystroke budget."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from ocrdesk.model import DocStatus
from ocrdesk.review import READABLE_HEIGHT_PX
from ocrdesk.ui.actions.keys import ordinary_key
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, load, new_window, recognize
from tests.e2e.review_helpers import (
    BAD_ID,
    GOOD_ID,
    ID_CARD,
    REGISTRY,
    KeyCounter,
    choose,
    commit_text,
    current_row,
    editor_of,
    row_of,
    value_index,
    write_image,
)

ctrl = Qt.KeyboardModifier.ControlModifier
shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    return new_window(qtbot)


@pytest.fixture
def card(qtbot: Any, window: MainWindow, tmp_path: Path) -> MainWindow:
    """An ID card recognised: six fields, the ID number's check digit misread."""
    choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    return window


def test_review_starts_on_the_invalid_field(card: MainWindow) -> None:
    assert [f.key for f in card.model.fields] == [key for key, *_ in ID_CARD]
    assert current_row(card) == row_of(card, "id_number")
    assert card.table.hasFocus()
    assert card.view.box_item(row_of(card, "id_number")).isSelected()


def test_tab_and_arrows_move_between_fields_and_select_the_box(qtbot: Any, card: MainWindow) -> None:
    table, view = card.table, card.view
    card.review.go_to(0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert current_row(card) == 1
    assert table.currentIndex().column() == 1  # the value column: F2 and typing edit the value
    assert view.box_item(1).isSelected() and not view.box_item(0).isSelected()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert current_row(card) == 2 and view.box_item(2).isSelected()
    qtbot.keyClick(table, Qt.Key.Key_Tab, shift)
    assert current_row(card) == 1 and view.box_item(1).isSelected()
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert current_row(card) == 0
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert current_row(card) == 0  # no wrap at the ends
    assert table.hasFocus()  # Tab moved between fields, not the focus out of the table


def test_the_current_box_is_zoomed_to_be_readable_and_shown(qtbot: Any, card: MainWindow) -> None:
    view = card.view
    view.fit()
    view.set_zoom(0.25)  # far out: a 41 px box is 10 screen pixels high
    card.review.go_to(0)
    qtbot.keyClick(card.table, Qt.Key.Key_Down)
    box = view.box_item(1)
    assert box.rect().height() * view.zoom >= READABLE_HEIGHT_PX - 0.5
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(box.sceneBoundingRect().topLeft())
    closer = view.zoom * 2
    view.set_zoom(closer)
    qtbot.keyClick(card.table, Qt.Key.Key_Down)
    assert view.zoom == pytest.approx(closer)  # the operator's closer zoom is kept


def test_f8_jumps_to_fields_needing_a_look_and_wraps(qtbot: Any, card: MainWindow) -> None:
    model = card.model
    low = row_of(card, "address")
    model.field(low).confidence = 0.5  # now two fields need a look: the address and the ID number
    card.review.go_to(0)
    qtbot.keyClick(card.table, Qt.Key.Key_F8)
    assert current_row(card) == low
    qtbot.keyClick(card.table, Qt.Key.Key_F8)
    assert current_row(card) == row_of(card, "id_number")
    qtbot.keyClick(card.table, Qt.Key.Key_F8)
    assert current_row(card) == low  # wrapped
    qtbot.keyClick(card.table, Qt.Key.Key_F8, shift)
    assert current_row(card) == row_of(card, "id_number")  # Shift+F8 goes back, wrapping too
    model.setData(value_index(card, low), "北京市朝阳区建国路88号院")  # corrected: no longer needs a look
    model.setData(value_index(card, row_of(card, "id_number")), GOOD_ID)
    card.review.go_to(0)
    qtbot.keyClick(card.table, Qt.Key.Key_F8)
    assert current_row(card) == 0
    assert "No field needs a look" in card.statusBar().currentMessage()


def test_enter_commits_and_escape_reverts(qtbot: Any, card: MainWindow) -> None:
    table, row = card.table, row_of(card, "name")
    card.review.go_to(row)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(card)
    assert editor is not None and editor.text() == "张三"
    editor.selectAll()
    qtbot.keyClicks(editor, "Li")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor_of(card) is None
    assert card.model.field(row).value == "张三"
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(card)
    editor.selectAll()
    commit_text(editor, "李四")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor_of(card) is None
    assert card.model.field(row).value == "李四"
    assert card.model.field(row).ocr_value == "张三"
    assert current_row(card) == row  # Enter keeps the place: Ctrl+Enter confirms from here


def test_focus_loss_commits_nothing_and_keeps_the_typing(qtbot: Any, card: MainWindow) -> None:
    table, row = card.table, row_of(card, "name")
    card.review.go_to(row)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(card)
    editor.selectAll()
    commit_text(editor, "王五")
    card.provider_combo.setFocus()  # the operator clicks elsewhere
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert card.model.field(row).value == "张三"
    assert editor_of(card) is editor and editor.text() == "王五"  # still open, still typed
    table.setFocus()  # back to the table: the editor gets the keys again
    assert editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert card.model.field(row).value == "王五"


def test_moving_away_keeps_the_typing_as_a_draft(qtbot: Any, card: MainWindow) -> None:
    table, row = card.table, row_of(card, "name")
    card.review.go_to(row)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    commit_text(editor_of(card), "王五")
    # a click on another row's box: the editor closes, but nothing is committed
    box = card.view.box_item(row_of(card, "sex"))
    qtbot.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=card.view.mapFromScene(box.rect().center()))
    assert editor_of(card) is None
    assert card.model.field(row).value == "张三"
    assert "not committed" in card.statusBar().currentMessage()
    rect = table.visualRect(value_index(card, row))
    assert card.review.delegate.draft(card.model.field(row)) == "王五"
    card.review.go_to(row)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert editor_of(card).text() == "王五"  # the draft comes back
    qtbot.keyClick(editor_of(card), Qt.Key.Key_Return)
    assert card.model.field(row).value == "王五"
    assert card.review.delegate.draft(card.model.field(row)) is None
    assert rect.isValid()


def test_a_letter_shortcut_never_fires_while_editing(qtbot: Any, card: MainWindow) -> None:
    fired: list[bool] = []
    action = card.review.actions.next_attention
    action.setShortcuts([QKeySequence("N")])  # as if someone configured a bare letter
    action.triggered.connect(lambda: fired.append(True))
    row = row_of(card, "name")
    card.review.go_to(row)
    qtbot.keyClick(card.table, Qt.Key.Key_F2)
    editor = editor_of(card)
    editor.end(False)
    qtbot.keyClicks(editor, "N")
    qtbot.keyClick(editor, Qt.Key.Key_F8)  # neither do function keys that change the row
    qtbot.keyClick(editor, Qt.Key.Key_Return, ctrl)  # nor Ctrl+Enter (it commits, like Enter)
    assert not fired
    assert card.model.field(row).value == "张三N"
    assert card.current_document.status == DocStatus.OK


def test_an_input_method_composition_is_never_committed_by_focus_or_shortcuts(qtbot: Any, card: MainWindow) -> None:
    table, row = card.table, row_of(card, "name")
    card.review.go_to(row)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(card)
    editor.clear()
    QApplication.sendEvent(editor, QInputMethodEvent("zhang", []))  # pinyin being composed
    assert editor.composing
    for key, modifier in ((Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Return, ctrl)):
        qtbot.keyClick(editor, key, modifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the input method's Enter picks a candidate: not ours
    assert card.model.field(row).value == "张三"
    assert card.current_document.status == DocStatus.OK
    card.provider_combo.setFocus()
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert card.model.field(row).value == "张三"
    assert editor_of(card) is editor
    table.setFocus()
    commit = QInputMethodEvent("", [])
    commit.setCommitString("章")
    QApplication.sendEvent(editor, commit)
    assert not editor.composing and editor.text() == "章"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert card.model.field(row).value == "章"


def test_typing_starts_editing_an_input_method_too(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "ethnicity")
    card.table.setCurrentIndex(card.model.index(row, 0))  # the label cell was clicked
    QApplication.sendEvent(card.table, QInputMethodEvent("man", []))
    editor = editor_of(card)
    assert editor is not None and editor.composing
    commit_text(editor, "满")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert card.model.field(row).value == "满"


def test_ctrl_enter_confirms_and_opens_the_next_pending(
    qtbot: Any, card: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(card.documents, "open_next_pending", lambda: opened.append(True) or False)
    card.model.setData(value_index(card, row_of(card, "id_number")), GOOD_ID)
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert card.current_document.status == DocStatus.REVIEWED
    assert opened == [True]
    assert "no more documents" in card.statusBar().currentMessage()
    assert "reviewed" in card.fields.summary.text()


def test_ctrl_enter_with_problems_left_asks_for_a_second_press(qtbot: Any, card: MainWindow) -> None:
    card.review.go_to(0)
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert card.current_document.status == DocStatus.OK
    assert current_row(card) == row_of(card, "id_number")
    assert "1 problem left" in card.statusBar().currentMessage()
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert card.current_document.status == DocStatus.REVIEWED


def test_confirm_then_next_document_in_the_queue(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    choose(window, "idcards", "idcard_front")
    first, second = write_image(tmp_path / "a.png"), write_image(tmp_path / "b.png")
    load(qtbot, window, first)
    recognize(qtbot, window)
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        window.open_paths([str(second)])
    recognize(qtbot, window)
    assert window.current_document.source == str(second)
    window.model.setData(value_index(window, row_of(window, "id_number")), GOOD_ID)
    changed: list[int] = []
    window.documents.entryChanged.connect(changed.append)  # the queue's list repaints the row
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)
    assert changed
    assert window.current_document.source == str(first)  # the next one still to review (wrapping)
    statuses = {d.source: d.status for d in window.documents.all_documents()}
    assert statuses == {str(first): DocStatus.OK, str(second): DocStatus.REVIEWED}


def test_an_id_card_is_reviewed_in_two_keystrokes_plus_the_correction(qtbot: Any, card: MainWindow) -> None:
    """The goal: a 6-field ID card with one wrong value, keyboard only, ≤ 6 keystrokes + typing."""
    keys = KeyCounter(qtbot)
    keys.type(GOOD_ID)  # the cursor is already on the invalid ID number: typing replaces it
    keys.press(Qt.Key.Key_Return)  # commit
    keys.press(Qt.Key.Key_Return, ctrl)  # confirm (and open the next document)
    document = card.current_document
    assert document.status == DocStatus.REVIEWED
    item = next(f for f in document.fields if f.key == "id_number")
    assert (item.value, item.ocr_value, item.edited) == (GOOD_ID, BAD_ID, True)
    assert [f.key for f in document.fields if f.edited] == ["id_number"]
    assert card.model.problems == {}
    assert keys.keys == ["Key_Return", "ControlModifier+Key_Return"]
    assert len(keys.keys) == 2 <= 6 and keys.typed == len(GOOD_ID)


def test_the_long_way_round_is_still_within_six_keystrokes(qtbot: Any, card: MainWindow) -> None:
    """From the first field: F8, F2, Ctrl+A, type, Enter, Ctrl+Enter."""
    card.review.go_to(0)
    keys = KeyCounter(qtbot)
    keys.press(Qt.Key.Key_F8)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_A, ctrl)
    keys.type(GOOD_ID)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, ctrl)
    assert card.current_document.status == DocStatus.REVIEWED
    assert next(f for f in card.current_document.fields if f.key == "id_number").value == GOOD_ID
    assert len(keys.keys) == 5 <= 6


def test_the_help_overlay_lists_every_shortcut(qtbot: Any, card: MainWindow) -> None:
    overlay = card.review.help
    qtbot.keyClick(card.table, Qt.Key.Key_F1)
    assert overlay.isVisible()
    text = overlay.text()
    for action in card.review.actions:  # every action of the window
        for sequence in filter(ordinary_key, action.shortcuts()):  # (not the F14 / "Undo" keys of some platforms)
            assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in text, action.text()
    for words in ("Next Field to Check", "Confirm Document", "Tab / Shift+Tab", "Commit the value", "Undo"):
        assert words in text
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    assert card.table.hasFocus()
    qtbot.keyClick(card.table, Qt.Key.Key_Slash, ctrl)
    assert overlay.isVisible()
    qtbot.keyClick(overlay, Qt.Key.Key_F8)  # any key closes it and triggers nothing behind it
    assert not overlay.isVisible()
    assert current_row(card) == row_of(card, "id_number")


def test_confirmed_documents_export_as_reviewed(
    qtbot: Any, card: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card.model.setData(value_index(card, row_of(card, "id_number")), GOOD_ID)
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    target = tmp_path / "reviewed.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    find_action(card, "export").trigger()
    document = json.loads(target.read_text(encoding="utf-8"))["documents"][0]
    assert document["status"] == "reviewed"
    by_key = {f["key"]: f for f in document["fields"]}
    assert by_key["id_number"] | {"box": None} == by_key["id_number"] | {
        "value": GOOD_ID,
        "ocr_value": BAD_ID,
        "edited": True,
        "box": None,
    }
