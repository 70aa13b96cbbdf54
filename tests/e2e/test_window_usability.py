"""The window as an operator meets it: error rows inspected in place, honest status messages and
commands enabled exactly when they can act (issue 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import load, recognize, window
from tests.e2e.queue_helpers import make_images, open_paths, queue_window
from tests.unit.test_inputs import make_encrypted_pdf

__all__ = ["queue_window", "window"]  # the fixtures, imported for pytest


def _click_row(qtbot: Any, window: MainWindow, row: int) -> None:
    view = window.documents.list_view
    rect = view.visualRect(window.documents.model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_only_error_rows_are_counted_and_opening_ends(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really\n")
    make_encrypted_pdf(tmp_path / "locked.pdf")
    open_paths(qtbot, window, [tmp_path / "broken.pdf", tmp_path / "locked.pdf"])
    assert len(window.documents.workspace) == 2
    assert "Added 2 documents" in window.message_text()
    assert "Added 0" not in window.message_text()
    assert "Opening" not in window.statusBar().currentMessage()


def test_an_error_row_is_inspected_in_place(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    names = [f"{i:02}.png" for i in range(1, 30)]
    make_images(tmp_path / "in", names, size=(120, 90))
    make_encrypted_pdf(tmp_path / "in" / "99 locked.pdf")
    open_paths(qtbot, window, [tmp_path / "in"])
    view, model = window.documents.list_view, window.documents.model
    error_row = next(row for row in range(model.rowCount()) if model.entry_at(row).document.error is not None)
    view.scrollTo(model.index(error_row))
    scrolled = view.verticalScrollBar().value()
    shown_before = window.current_document
    _click_row(qtbot, window, error_row)
    qtbot.wait(50)  # nothing is loaded; any jump back would have happened by now
    assert view.currentIndex().row() == error_row  # no jump back to the document on screen
    assert view.verticalScrollBar().value() == scrolled  # no scroll to the top
    assert "password-protected" in window.message_text()
    tooltip = model.index(error_row).data(Qt.ItemDataRole.ToolTipRole)
    assert "the PDF is password-protected" in tooltip  # the full error, where the row cuts it off
    assert window.current_document is shown_before


def test_review_commands_wait_for_a_recognised_page(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    actions = window._actions
    review = (actions.confirm, actions.draw_box, actions.next_attention)
    assert not any(action.isEnabled() for action in review)  # nothing open: nothing to confirm or draw on
    load(qtbot, window, image_path)
    assert not any(action.isEnabled() for action in review)  # not recognised yet
    assert actions.read_region.isEnabled()
    recognize(qtbot, window)
    assert all(action.isEnabled() for action in review)


def _toolbar_buttons_shown(window: MainWindow) -> list[str]:
    """The ids of toolbar commands the toolbar actually shows (not pushed into its "»" menu)."""
    toolbar = window.toolbar
    shown = []
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if action.objectName() and widget is not None and widget.isVisible():
            shown.append(action.objectName())
    return shown


def test_at_1024_by_700_every_command_stays_on_the_toolbar(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.toolbar_fit.compact == 0)
    labelled = window.toolbar.widgetForAction(window._actions.export)
    assert labelled.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.toolbar.width() <= 1024)
    qtbot.waitUntil(lambda: window.toolbar_fit.compact >= 1)
    everything = [action.objectName() for action in window.toolbar.actions() if action.objectName()]
    qtbot.waitUntil(lambda: _toolbar_buttons_shown(window) == everything)
    for wanted in ("export", "draw_box", "confirm", "zoom_in"):
        assert wanted in everything
    assert labelled.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert labelled.toolTip()  # an icon alone still says what it does
    # the value column holds an 18-digit ID number
    needed = window.table.fontMetrics().horizontalAdvance("11010519491231002X")
    assert window.table.columnWidth(1) > needed
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.toolbar_fit.compact == 0)  # room again: the labels come back


def test_the_first_window_fits_the_screen(qtbot: Any, window: MainWindow) -> None:
    from ocrdesk.ui.layout import first_size

    free = window.screen().availableGeometry()
    size = first_size(window)
    assert size.width() <= max(free.width(), window.minimumWidth())
    assert size.height() <= max(free.height(), window.minimumHeight())


def _names(window: MainWindow) -> list[str]:
    return [entry.name for entry in window.documents.workspace]


def test_del_in_the_list_removes_the_selected_documents(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, message_boxes: Any
) -> None:
    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png", "4.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    view = window.documents.list_view
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        _click_row(qtbot, window, 1)  # 2.png on screen
    rect = view.visualRect(window.documents.model.index(2))
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):  # the row clicked is shown, as ever
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, rect.center())
    assert len(view.selectionModel().selectedRows()) == 2
    view.setFocus()
    said: list[str] = []
    window.messages.statusShown.connect(lambda text, _ms: said.append(text))
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_Delete)  # 2.png and 3.png go; the next one is shown
    assert _names(window) == ["1.png", "4.png"]
    assert window.current_document.display_name == "4.png"
    assert view.currentIndex().row() == 1
    assert any(text.startswith("Removed 2 document") for text in said)
    assert not any("1.png" in text for text in said)  # no detour through the row Qt makes current
    assert not message_boxes.calls  # no unexported work: nothing to ask
    # the session follows: what autosave writes holds the two that are left
    assert [d.display_name for d in window.documents.all_documents()] == ["1.png", "4.png"]


def test_removing_unexported_work_asks_and_the_last_one_clears_the_page(
    qtbot: Any, window: MainWindow, image_path: Path, message_boxes: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    load(qtbot, window, image_path)
    recognize(qtbot, window)
    window.documents.document_edited(window.current_document)  # a correction not exported yet
    view = window.documents.list_view
    view.setFocus()
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert message_boxes.calls[-1][0] == "question"
    assert "scan.png" in message_boxes.calls[-1][1]  # the work is named
    assert _names(window) == ["scan.png"]  # kept
    message_boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _names(window) == []
    assert window.current_document is None
    assert window.model.rowCount() == 0
    assert window.view.pixmap_item is None
    assert window.windowTitle() == "OCRDesk"
    assert not window._actions.remove_documents.isEnabled()
    assert not window._actions.confirm.isEnabled()


def _right_click(qtbot: Any, area: Any, pos: Any) -> None:
    """What a right-click does: Qt turns it into a context-menu request (offscreen sends no
    QContextMenuEvent for a synthetic click)."""
    qtbot.mouseClick(area, Qt.MouseButton.RightButton, pos=pos)
    area.customContextMenuRequested.emit(pos)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen popups
def test_each_area_has_a_context_menu_of_the_windows_actions(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, message_boxes: Any
) -> None:
    from ocrdesk.ui.actions.specs import CONTEXT_MENUS

    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    for name, widget in (("fieldTable", window.table), ("pageView", window.view)):
        _right_click(qtbot, widget.viewport(), widget.viewport().rect().center())
        menu = window.context_menus[name].menu
        assert menu is not None and menu.isVisible()
        ids = [action.objectName() for action in menu.actions() if not action.isSeparator()]
        assert ids == [item for item in CONTEXT_MENUS[name] if item != "|"]
        # the window's own actions: one text, one enabled state
        shown = [a for a in menu.actions() if not a.isSeparator()]
        assert all(window._actions[i] is a for i, a in zip(ids, shown, strict=True))
        menu.close()
    # the list: right-click a row, then Remove from List
    view = window.documents.list_view
    rect = view.visualRect(window.documents.model.index(1))
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        _right_click(qtbot, view.viewport(), rect.center())
    menu = window.context_menus["documentList"].menu
    assert menu is not None and menu.isVisible()
    remove = next(a for a in menu.actions() if a.objectName() == "remove_documents")
    assert remove.isEnabled() and not window._actions.draw_box.isEnabled()
    remove.trigger()
    assert [entry.name for entry in window.documents.workspace] == ["1.png"]
