"""Settings → Preferences… as an operator uses it: choose 简体中文, OK, start again, and the window
speaks Chinese; Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLabel, QMenu, QSpinBox

from ocrdesk.preferences import LANGUAGE, PDF_DPI, SYSTEM_LANGUAGE
from ocrdesk.ui import language
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.settings.preferences_dialog import object_name
from ocrdesk.ui.settings.store import SettingsStore
from tests.e2e.conftest import DialogRecorder, new_window


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    language.uninstall(qapp)


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    return new_window(qtbot)


def when_dialog_opens(qtbot: Any, act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `act` on the Preferences dialog once it is up (it is modal: the trigger returns after it closes)."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.objectName() == "preferencesDialog" and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> Any:
    box = dialog.findChild(QDialogButtonBox, "preferencesButtons")
    assert box is not None
    return box.button(which)


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_choosing_chinese_is_stored_and_the_next_start_speaks_it(
    qtbot: Any, qapp: QApplication, window: MainWindow, message_boxes: DialogRecorder
) -> None:
    def choose_chinese(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, object_name(LANGUAGE))
        assert combo is not None and combo.currentData() == SYSTEM_LANGUAGE  # nothing chosen yet
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Follow the system → 简体中文
        assert combo.currentText() == "简体中文"
        note = dialog.findChild(QLabel, object_name(LANGUAGE) + "_note")
        assert note is not None and note.isVisible() and note.text() == LANGUAGE.note  # "… started again"
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(qtbot, choose_chinese)
    find_action(window, "preferences").trigger()
    assert seen, "the Preferences dialog did not open"
    assert SettingsStore().get(LANGUAGE) == "zh_CN"
    english_title = window.findChild(QMenu, "fileMenu").title()  # type: ignore[union-attr]
    assert not has_chinese(english_title)  # a restart applies it, the window on screen stays as it was

    window.close()
    assert language.install_from_settings(qapp, SettingsStore()) == "zh_CN"  # what the app does at start
    again = new_window(qtbot)
    for menu_id in ("file", "edit", "view", "recognition", "settings", "help"):
        title = again.findChild(QMenu, f"{menu_id}Menu").title()  # type: ignore[union-attr]
        assert has_chinese(title) and "(&" in title, title  # 文件(&F): the accelerator still works
    assert has_chinese(find_action(again, "preferences").text())


def test_cancel_leaves_every_preference_as_it_was(qtbot: Any, window: MainWindow) -> None:
    def change_and_cancel(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, object_name(LANGUAGE))
        spin = dialog.findChild(QSpinBox, object_name(PDF_DPI))
        assert combo is not None and spin is not None
        assert (spin.minimum(), spin.maximum(), spin.singleStep()) == (*PDF_DPI.limits(), PDF_DPI.step)
        qtbot.keyClick(combo, Qt.Key.Key_End)
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(qtbot, change_and_cancel)
    find_action(window, "preferences").trigger()
    assert seen
    assert SettingsStore().get(LANGUAGE) == SYSTEM_LANGUAGE
    assert SettingsStore().get(PDF_DPI) == PDF_DPI.default


def test_the_resolution_set_here_is_the_one_pdf_pages_use(qtbot: Any, window: MainWindow) -> None:
    def raise_resolution(dialog: QDialog) -> None:
        spin = dialog.findChild(QSpinBox, object_name(PDF_DPI))
        assert spin is not None
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClick(spin, Qt.Key.Key_Return)  # Enter is OK

    when_dialog_opens(qtbot, raise_resolution)
    find_action(window, "preferences").trigger()
    assert window.settings.pdf_dpi == PDF_DPI.default + PDF_DPI.step
    assert SettingsStore().get(LANGUAGE) == SYSTEM_LANGUAGE  # untouched preferences are not written
    assert QCoreApplication.translate("Preferences", LANGUAGE.label) == LANGUAGE.label  # English still
