"""Shortcuts are configurable: a dialog generated from the window's actions, conflicts and plain
typing keys rejected, the choice stored in ui.ini and applied to the next window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ocrdesk.ui.actions.keys import is_typing_key
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.actions.shortcuts import ShortcutsDialog
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, load, new_window
from tests.e2e.review_helpers import REGISTRY, choose, current_row, row_of, write_image


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    return new_window(qtbot)


def dialog_for(qtbot: Any, window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window.review.shortcuts, window)
    qtbot.addWidget(dialog)
    return dialog


def ok_button(dialog: ShortcutsDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_lists_every_command_with_its_key(qtbot: Any, window: MainWindow) -> None:
    dialog = dialog_for(qtbot, window)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    for text in ("Recognise", "Export", "Next Field to Check", "Confirm Document", "Undo", "Move Box Left"):
        assert text in names
    named = {action.objectName() for action in QWidget.actions(window) if action.objectName()}
    assert len(names) == len(named) and set(dialog.edits) == named
    assert dialog.edits["next_attention"].keySequence() == QKeySequence("F8")
    assert dialog.edits["recognize"].keySequence() == QKeySequence("F5")
    assert ok_button(dialog).isEnabled() and dialog.error.text() == ""


@pytest.mark.parametrize(
    ("key", "complaint"),
    [
        ("F5", "used by both “Next Field to Check” and “Recognise”"),  # rows in menu order: Edit before Recognition
        ("N", "types into the field"),
        ("Shift+A", "types into the field"),
        ("F2", "moves between fields or edits them"),
        ("Tab", "moves between fields or edits them"),
    ],
)
def test_conflicts_and_typing_keys_are_rejected(qtbot: Any, window: MainWindow, key: str, complaint: str) -> None:
    dialog = dialog_for(qtbot, window)
    dialog.edits["next_attention"].setKeySequence(QKeySequence(key))
    assert complaint in dialog.error.text()
    assert not ok_button(dialog).isEnabled()
    dialog.accept()  # refused
    assert window.review.actions.next_attention.shortcut() == QKeySequence("F8")


def test_a_new_key_is_applied_stored_and_used_by_the_next_window(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, window)
    dialog.edits["next_attention"].setKeySequence(QKeySequence("Ctrl+Shift+N"))
    dialog.edits["recognize"].setKeySequence(QKeySequence("F8"))  # F8 is free now: no conflict
    assert ok_button(dialog).isEnabled(), dialog.error.text()
    dialog.accept()
    assert window.review.actions.next_attention.shortcuts() == [QKeySequence("Ctrl+Shift+N")]
    assert find_action(window, "recognize").shortcuts() == [QKeySequence("F8")]
    stored = QSettings(str(window.settings.path), QSettings.Format.IniFormat)
    assert stored.value("shortcuts/next_attention") == "Ctrl+Shift+N"
    assert stored.value("shortcuts/recognize") == "F8"
    assert stored.value("shortcuts/confirm") is None  # unchanged keys are not stored
    window.close()

    second = new_window(qtbot)
    assert second.review.actions.next_attention.shortcuts() == [QKeySequence("Ctrl+Shift+N")]
    assert second.review.actions.confirm.shortcuts() == [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
    choose(second, "idcards", "idcard_front")
    load(qtbot, second, write_image(tmp_path / "card.png"))
    with qtbot.waitSignal(second.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(second, Qt.Key.Key_F8)  # F8 recognises now
    second.review.go_to(0)
    qtbot.keyClick(second.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert current_row(second) == row_of(second, "id_number")

    again = dialog_for(qtbot, second)
    again.restore_defaults()
    again.accept()
    assert second.review.actions.next_attention.shortcuts() == [QKeySequence("F8")]
    assert find_action(second, "recognize").shortcuts() == [QKeySequence("F5")]
    assert QSettings(str(second.settings.path), QSettings.Format.IniFormat).value("shortcuts/next_attention") is None


def test_the_settings_menu_opens_the_dialog(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: opened.append(self) or 0)
    window.review.actions.shortcuts.trigger()
    assert len(opened) == 1


def test_typing_keys() -> None:
    assert (
        is_typing_key(QKeySequence("A"))
        and is_typing_key(QKeySequence("Shift+1"))
        and is_typing_key(QKeySequence("Space"))
    )
    assert not is_typing_key(QKeySequence("Ctrl+A")) and not is_typing_key(QKeySequence("F8"))
    assert not is_typing_key(QKeySequence("Del")) and not is_typing_key(QKeySequence("Alt+N"))
