"""The window's preferences dialogs and its store agree: the PDF resolution dialog offers exactly the
range the store accepts, and a stored value outside it is ignored the same way."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog

from ocrdesk.preferences import PDF_DPI
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.settings.store import SettingsStore
from tests.e2e.conftest import DialogRecorder, new_window


class IntDialog:
    """Stands in for QInputDialog.getInt: records the range it was opened with, answers `answer`."""

    def __init__(self, answer: int | None) -> None:
        self.answer = answer
        self.opened: list[tuple[int, int, int, int]] = []

    def __call__(self, _parent: Any, _title: str, _label: str, value: int, low: int, high: int, step: int) -> Any:
        self.opened.append((value, low, high, step))
        return (self.answer, True) if self.answer is not None else (value, False)


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    return new_window(qtbot)


def test_the_dialog_offers_the_range_the_store_accepts(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = IntDialog(answer=PDF_DPI.maximum)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(dialog))
    find_action(window, "pdf_dpi").trigger()
    assert dialog.opened == [(PDF_DPI.default, *PDF_DPI.limits(), PDF_DPI.step)]
    assert window.settings.pdf_dpi == PDF_DPI.maximum  # the dialog's largest value is kept
    assert SettingsStore(window.settings.path).pdf_dpi == PDF_DPI.maximum


def test_a_stored_resolution_out_of_range_opens_the_dialog_at_the_default(
    qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = SettingsStore().path
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("inputs/pdf_dpi", 1200)  # allowed by earlier versions' store, never by the dialog
    raw.sync()
    window = new_window(qtbot)
    assert window.settings.pdf_dpi == PDF_DPI.default
    dialog = IntDialog(answer=None)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(dialog))
    find_action(window, "pdf_dpi").trigger()
    assert dialog.opened[0][0] == PDF_DPI.default
