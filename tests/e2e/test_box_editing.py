"""Boxes with the mouse and the keyboard: drag to move, drag a handle to resize, Ctrl+arrows to
move and Ctrl+Shift+arrows to resize, draw a box for a missing field (read again by the provider
when it can), read a box again, delete a field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog

from ocrdesk.model import Box
from ocrdesk.ui import dialogs
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.review.region import NewFieldDialog
from tests.e2e.conftest import DialogRecorder, load, new_window, recognize
from tests.e2e.review_helpers import (
    REGION_LINE_BOXES,
    REGISTRY,
    IdCardProvider,
    choose,
    current_row,
    editor_of,
    row_of,
    write_image,
)

REAL_ASK_REPLACE = dialogs.ask_replace_edit  # the fixtures answer it; one test clicks it
ctrl = Qt.KeyboardModifier.ControlModifier
ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
left = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    return new_window(qtbot)


def open_card(qtbot: Any, window: MainWindow, tmp_path: Path, provider: str = "idcards") -> MainWindow:
    choose(window, provider, "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    window.view.set_zoom(2.0)  # one key press moves one image pixel
    return window


@pytest.fixture
def card(qtbot: Any, window: MainWindow, tmp_path: Path) -> MainWindow:
    return open_card(qtbot, window, tmp_path)


def to_view(window: MainWindow, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(x, y))


def drag(qtbot: Any, window: MainWindow, start: QPoint, end: QPoint) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, left, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, left, pos=end)


def test_drag_a_box_to_move_it(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "name")
    card.review.go_to(row)
    item = card.model.field(row)
    before = item.box
    card.view.centerOn(card.view.box_item(row))
    centre = card.view.box_item(row).rect().center()
    drag(qtbot, card, to_view(card, centre.x(), centre.y()), to_view(card, centre.x() + 15, centre.y() + 10))
    assert item.box == Box(before.left + 15, before.top + 10, before.right + 15, before.bottom + 10)
    assert card.view.box_item(row).rect().topLeft() == QPointF(item.box.left, item.box.top)
    assert card.review.actions.undo.text().replace("&", "") == "Undo Move box of Name"


def test_a_click_without_moving_only_selects(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "sex")
    before = card.model.field(row).box
    card.view.centerOn(card.view.box_item(row))
    centre = card.view.box_item(row).rect().center()
    qtbot.mouseClick(card.view.viewport(), left, pos=to_view(card, centre.x(), centre.y()))
    assert current_row(card) == row
    assert card.model.field(row).box == before
    assert not card.review.undo.group.canUndo()


def test_drag_a_handle_to_resize(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "address")
    card.review.go_to(row)
    item = card.model.field(row)
    before = item.box
    card.view.centerOn(QPointF(before.right, before.bottom))
    corner = to_view(card, before.right, before.bottom)
    assert card.view.box_item(row).grab_at(QPointF(before.right, before.bottom)) == "bottom_right"
    drag(qtbot, card, corner, corner + QPoint(20, 12))  # 10 × 6 image pixels at zoom 2
    assert item.box == Box(before.left, before.top, before.right + 10, before.bottom + 6)
    assert item.polygon is None
    card.view.centerOn(QPointF(before.left, before.top))
    edge = to_view(card, before.left, (item.box.top + item.box.bottom) / 2)
    drag(qtbot, card, edge, edge + QPoint(-16, 0))  # (more than the drag distance: a wobble is a click)
    assert item.box.left == before.left - 8 and item.box.right == before.right + 10


def test_ctrl_arrows_move_and_ctrl_shift_arrows_resize(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "ethnicity")
    card.review.go_to(row)
    item = card.model.field(row)
    item.polygon = [(item.box.left, item.box.top), (item.box.right, item.box.top), (item.box.right, item.box.bottom)]
    before = item.box
    table = card.table
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)
    qtbot.keyClick(table, Qt.Key.Key_Down, ctrl)
    assert item.box == Box(before.left + 3, before.top + 1, before.right + 3, before.bottom + 1)
    assert item.polygon[0] == (before.left + 3, before.top + 1)  # the outline follows a move
    assert current_row(card) == row  # Ctrl+Down moved the box, not the cursor
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl_shift)
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl_shift)
    qtbot.keyClick(table, Qt.Key.Key_Up, ctrl_shift)
    assert item.box == Box(before.left + 3, before.top + 1, before.right + 5, before.bottom)
    assert item.polygon is None  # a resized box has no trustworthy outline
    assert card.view.box_item(row).rect().width() == item.box.width
    # the four moves are one undo step, the three resizes another
    card.review.actions.undo.trigger()
    assert item.box == Box(before.left + 3, before.top + 1, before.right + 3, before.bottom + 1)
    card.review.actions.undo.trigger()
    assert item.box == before


def test_boxes_stay_on_the_page(qtbot: Any, card: MainWindow) -> None:
    row = 0
    card.review.go_to(row)
    item = card.model.field(row)
    for _ in range(item.box.left + 5):
        qtbot.keyClick(card.table, Qt.Key.Key_Left, ctrl)
    assert item.box.left == 0


def answer_new_field(monkeypatch: pytest.MonkeyPatch, key: str, label: str = "") -> list[tuple[list[str], str]]:
    """Answers the dialog; records the keys it offered and the label it suggested."""
    seen: list[tuple[list[str], str]] = []

    def exec_(dialog: NewFieldDialog) -> int:
        seen.append(([dialog.key.itemText(i) for i in range(dialog.key.count())], dialog.label.text()))
        dialog.key.setCurrentText(key)
        if label:
            dialog.label.setText(label)
            dialog.label.textEdited.emit(label)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NewFieldDialog, "exec", exec_)
    return seen


def draw(qtbot: Any, window: MainWindow, box: Box) -> None:
    qtbot.keyClick(window.table, Qt.Key.Key_B, ctrl)
    assert window.review.drawer.active
    window.view.centerOn(QPointF((box.left + box.right) / 2, (box.top + box.bottom) / 2))
    drag(qtbot, window, to_view(window, box.left, box.top), to_view(window, box.right, box.bottom))


def test_draw_a_box_for_a_missing_field_and_read_it(
    qtbot: Any, card: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    IdCardProvider.regions_read.clear()
    card.review.push(card.current_document, _delete(card, "address"))  # the provider "missed" it
    assert "address" not in [f.key for f in card.model.fields]
    seen = answer_new_field(monkeypatch, "address")
    drawn = Box(100, 200, 300, 240)
    draw(qtbot, card, drawn)
    qtbot.waitUntil(lambda: len(card.model.fields) == 6, timeout=10_000)
    assert seen == [(["address"], "Address")]  # the ID card's canonical keys still missing
    item = card.model.fields[-1]
    assert (item.key, item.label) == ("address", "Address")
    assert item.value == item.ocr_value == "京A·12345 备注"
    assert item.confidence == pytest.approx(0.8)
    assert IdCardProvider.regions_read == [(drawn.width + 12, drawn.height + 12)]  # the crop, with its margin
    origin = (drawn.left - 6, drawn.top - 6)
    union = REGION_LINE_BOXES[0].union(REGION_LINE_BOXES[1])
    assert item.box == Box(
        union.left + origin[0], union.top + origin[1], union.right + origin[0], union.bottom + origin[1]
    )
    assert card.view.box_item(5) is not None
    assert current_row(card) == 5
    assert not card.review.drawer.active and not card.review.actions.draw_box.isChecked()
    card.review.actions.undo.trigger()  # one step removes it
    assert "address" not in [f.key for f in card.model.fields]


def _delete(window: MainWindow, key: str) -> Any:
    from ocrdesk.ui.review.undo import DeleteField

    document = window.current_document
    return DeleteField(window.review, document, next(f for f in document.fields if f.key == key))


def test_draw_without_a_region_reader_opens_the_editor(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_card(qtbot, window, tmp_path, provider="cards")  # reads cards only, not plain text
    answer_new_field(monkeypatch, "remark", "备注")
    draw(qtbot, window, Box(50, 60, 200, 90))
    item = window.model.fields[-1]
    assert (item.key, item.label, item.value, item.box) == ("remark", "备注", "", Box(50, 60, 200, 90))
    editor = editor_of(window)
    assert editor is not None
    qtbot.keyClicks(editor, "VIP")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert item.value == "VIP" and item.ocr_value == "" and item.edited


def test_escape_or_ctrl_b_leaves_draw_mode(qtbot: Any, card: MainWindow) -> None:
    qtbot.keyClick(card.table, Qt.Key.Key_B, ctrl)
    assert card.review.drawer.active
    qtbot.keyClick(card.table, Qt.Key.Key_Escape)
    assert not card.review.drawer.active and not card.review.actions.draw_box.isChecked()
    qtbot.keyClick(card.table, Qt.Key.Key_B, ctrl)
    qtbot.keyClick(card.table, Qt.Key.Key_B, ctrl)
    assert not card.review.drawer.active


def test_the_key_dialog_refuses_duplicates_and_bad_keys(qtbot: Any) -> None:
    dialog = NewFieldDialog("idcard_front", ["name", "sex"])
    qtbot.addWidget(dialog)
    assert [dialog.key.itemText(i) for i in range(dialog.key.count())] == [
        "ethnicity",
        "birth_date",
        "address",
        "id_number",
    ]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and dialog.label.text() == "Ethnicity"
    dialog.key.setCurrentText("name")
    assert not ok.isEnabled() and "already has" in dialog.problem.text()
    dialog.key.setCurrentText("Bad Key")
    assert not ok.isEnabled()
    general = NewFieldDialog("general", ["line_1", "line_2"])
    qtbot.addWidget(general)
    assert general.key.currentText() == "line_3" and general.label.text() == "Line 3"


def test_read_a_box_again(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "address")
    card.review.go_to(row)
    item = card.model.field(row)
    with qtbot.waitSignal(card.model.fieldEdited, timeout=10_000):
        qtbot.keyClick(card.table, Qt.Key.Key_R, ctrl)
    assert item.value == item.ocr_value == "京A·12345 备注"
    card.review.actions.undo.trigger()
    assert item.value == item.ocr_value == "北京市朝阳区建国路88号"


def test_delete_removes_the_field_and_its_box(qtbot: Any, card: MainWindow) -> None:
    row = row_of(card, "ethnicity")
    card.review.go_to(row)
    qtbot.keyClick(card.table, Qt.Key.Key_Delete)
    assert [f.key for f in card.current_document.fields] == ["name", "sex", "birth_date", "address", "id_number"]
    assert len(card.view.box_items()) == 5
    assert current_row(card) == row  # on the field that followed
    assert card.isWindowModified()


def test_del_and_ctrl_arrows_act_on_fields_only_from_the_field_list(qtbot: Any, card: MainWindow) -> None:
    card.review.go_to(0)
    box = card.model.field(0).box
    elsewhere = card.provider_combo  # not the document list: Del there removes documents
    elsewhere.setFocus()
    qtbot.keyClick(elsewhere, Qt.Key.Key_Delete)
    qtbot.keyClick(elsewhere, Qt.Key.Key_Right, ctrl)
    assert len(card.current_document.fields) == 6
    assert card.model.field(0).box == box


def test_delete_while_editing_deletes_text_not_the_field(qtbot: Any, card: MainWindow) -> None:
    card.review.go_to(0)
    qtbot.keyClick(card.table, Qt.Key.Key_F2)
    editor = editor_of(card)
    editor.home(False)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert len(card.current_document.fields) == 6
    assert card.model.field(0).value == "三"


def test_an_empty_read_keeps_the_value_and_says_so(qtbot: Any, card: MainWindow, monkeypatch: Any) -> None:
    from tests.e2e import review_helpers

    monkeypatch.setattr(review_helpers, "REGION_TEXT", ("", ""))
    row = row_of(card, "address")
    card.review.go_to(row)
    item = card.model.field(row)
    qtbot.keyClick(card.table, Qt.Key.Key_R, ctrl)
    qtbot.waitUntil(lambda: "no text found" in card.statusBar().currentMessage(), timeout=10_000)
    assert "kept" in card.statusBar().currentMessage()
    assert item.value == "北京市朝阳区建国路88号"


def correct(qtbot: Any, card: MainWindow, key: str, text: str) -> Any:
    """Select `key` and type a correction committed with Enter; the field it corrected."""
    row = row_of(card, key)
    card.review.go_to(row)
    qtbot.keyClick(card.table, Qt.Key.Key_F2)
    editor = editor_of(card)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    item = card.model.field(row)
    assert item.value == text and item.edited
    return item


@pytest.mark.parametrize(("answer", "kept"), [(dialogs.KEEP_MINE, True), (dialogs.REPLACE, False)])
def test_a_reread_asks_before_replacing_a_correction(
    qtbot: Any, card: MainWindow, message_boxes: DialogRecorder, answer: str, kept: bool
) -> None:
    message_boxes.replace_answer = answer
    item = correct(qtbot, card, "address", "Room 5")
    qtbot.keyClick(card.table, Qt.Key.Key_R, ctrl)
    qtbot.waitUntil(lambda: any(kind == "replace" for kind, _ in message_boxes.calls), timeout=10_000)
    assert ("replace", "Address: Room 5 → 京A·12345 备注") in message_boxes.calls  # its name in English
    if kept:
        qtbot.waitUntil(lambda: "correction is kept" in card.statusBar().currentMessage(), timeout=10_000)
        assert item.value == "Room 5" and item.ocr_value == "北京市朝阳区建国路88号"
    else:
        qtbot.waitUntil(lambda: item.value == "京A·12345 备注", timeout=10_000)
        assert item.ocr_value == "京A·12345 备注"
        card.review.actions.undo.trigger()  # undoable as any reading
        assert item.value == "Room 5"


def test_a_reread_of_an_uncorrected_field_does_not_ask(
    qtbot: Any, card: MainWindow, message_boxes: DialogRecorder
) -> None:
    row = row_of(card, "address")
    card.review.go_to(row)
    with qtbot.waitSignal(card.model.fieldEdited, timeout=10_000):
        qtbot.keyClick(card.table, Qt.Key.Key_R, ctrl)
    assert card.model.field(row).value == "京A·12345 备注"
    assert not [call for call in message_boxes.calls if call[0] == "replace"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen, a message box
def test_the_replace_prompt_names_both_values_and_keep_mine_keeps(
    qtbot: Any, card: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.e2e.test_quit_prompt import answer_prompt

    monkeypatch.setattr(dialogs, "ask_replace_edit", REAL_ASK_REPLACE)
    item = correct(qtbot, card, "address", "Room 5")
    seen = answer_prompt("Keep Mine")
    qtbot.keyClick(card.table, Qt.Key.Key_R, ctrl)
    qtbot.waitUntil(lambda: "correction is kept" in card.statusBar().currentMessage(), timeout=10_000)
    assert len(seen) == 1
    assert "Replace your correction 'Room 5' with the new reading '京A·12345 备注'?" in seen[0]
    assert seen[0].endswith("Keep Mine | Replace")
    assert item.value == "Room 5"
