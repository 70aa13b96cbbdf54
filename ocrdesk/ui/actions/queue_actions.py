"""The queue's actions (open folder, paste, camera, recognise all, export all, next/previous) and
where they go in the window's menus and toolbar. Shortcuts are window-wide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from ocrdesk.model import DocStatus
from ocrdesk.ui import style

if TYPE_CHECKING:
    from ocrdesk.ui.main_window import MainWindow
    from ocrdesk.ui.queue.controller import QueueController


@dataclass
class QueueActions:
    open_folder: QAction
    include_subfolders: QAction
    paste: QAction
    capture: QAction
    export_all: QAction
    recognize_all: QAction
    pause_batch: QAction
    cancel_batch: QAction
    next_document: QAction
    previous_document: QAction
    pdf_dpi: QAction

    def update(self, documents: QueueController) -> None:
        """Enable what makes sense now (called when the queue or the batch changes)."""
        workspace, batch = documents.workspace, documents.batch
        running = batch.running
        self.recognize_all.setEnabled(not running and any(e.status == DocStatus.PENDING for e in workspace))
        self.pause_batch.setEnabled(batch.runner is not None)
        self.pause_batch.setText("&Resume Batch" if batch.paused else "&Pause Batch")
        self.cancel_batch.setEnabled(running)
        self.export_all.setEnabled(len(workspace) > 0)
        several = len(workspace) > 1
        self.next_document.setEnabled(several)
        self.previous_document.setEnabled(several)


def _action(
    window: QMainWindow, text: str, icon: str = "", keys: str | QKeySequence.StandardKey = "", tip: str = ""
) -> QAction:
    action = QAction(style.icon(icon), text, window) if icon else QAction(text, window)
    if keys:
        sequences = (
            QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey) else [QKeySequence(keys)]
        )
        action.setShortcuts(sequences)
        shown = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('…', '').replace('&', '')} ({shown})")
    elif tip:
        action.setToolTip(tip)
    action.setShortcutVisibleInContextMenu(True)
    window.addAction(action)  # shortcuts work whichever widget has the focus
    return action


def create_queue_actions(window: QMainWindow) -> QueueActions:
    actions = QueueActions(
        open_folder=_action(window, "Open &Folder…", "folder", "Ctrl+Shift+O", "Open every image and PDF in a folder"),
        include_subfolders=_action(window, "Include &Sub-folders", tip="Open Folder also opens the folders inside"),
        paste=_action(window, "&Paste Image", "paste", QKeySequence.StandardKey.Paste, "Paste a picture or files"),
        capture=_action(window, "Capture from &Camera…", "camera", "Ctrl+Shift+C", "Capture documents with a camera"),
        export_all=_action(window, "Export &All…", "export-all", "Ctrl+Shift+E", "Export every document"),
        recognize_all=_action(
            window, "Recognise &All", "recognize-all", "Ctrl+Shift+R", "Recognise every pending document"
        ),
        pause_batch=_action(window, "&Pause Batch", tip="Finish the running pages, then wait"),
        cancel_batch=_action(window, "Cancel &Batch", tip="Stop recognising all; the rest stay pending"),
        next_document=_action(window, "&Next Document", "", "PgDown"),
        previous_document=_action(window, "P&revious Document", "", "PgUp"),
        pdf_dpi=_action(window, "PDF &Resolution…", tip="How finely PDF pages are rendered for recognition"),
    )
    actions.include_subfolders.setCheckable(True)
    for name, action in vars(actions).items():
        action.setObjectName(name)  # named actions get configurable shortcuts
    return actions


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()  # type: ignore[return-value]
    return None


def _insert_after(menu: QMenu, anchor: QAction, *new: QAction) -> None:
    items = menu.actions()
    index = items.index(anchor) + 1 if anchor in items else len(items)
    before = items[index] if index < len(items) else None
    for action in new:
        menu.insertAction(before, action) if before is not None else menu.addAction(action)


def install_queue_actions(window: MainWindow, documents: QueueController) -> QueueActions:
    """Create the actions, put them in the menus and the toolbar, and connect them."""
    a = create_queue_actions(window)
    base = window.actions
    file_menu = _menu(window, "File")
    if file_menu is not None:
        _insert_after(file_menu, base.open, a.open_folder, a.include_subfolders, a.capture, a.paste)
        file_menu.insertSeparator(a.open_folder)
        file_menu.insertSeparator(base.export)
        _insert_after(file_menu, base.export, a.export_all)
    view_menu = _menu(window, "View")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(a.previous_document)
        view_menu.addAction(a.next_document)
    recognition_menu = _menu(window, "Recognition")
    if recognition_menu is not None:
        _insert_after(recognition_menu, base.recognize, a.recognize_all)
        recognition_menu.addSeparator()
        recognition_menu.addAction(a.pause_batch)
        recognition_menu.addAction(a.cancel_batch)
    settings_menu = _menu(window, "Settings")
    if settings_menu is not None:
        settings_menu.addAction(a.pdf_dpi)

    toolbar = window.toolbar
    toolbar_items = toolbar.actions()
    after_open = toolbar_items[toolbar_items.index(base.open) + 1] if base.open in toolbar_items else None
    for action in (a.open_folder, a.capture):
        toolbar.insertAction(after_open, action)
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar_items = toolbar.actions()
    if base.recognize in toolbar_items:
        index = toolbar_items.index(base.recognize) + 1
        toolbar.insertAction(toolbar_items[index] if index < len(toolbar_items) else None, a.recognize_all)

    inputs, batch = documents.inputs, documents.batch
    a.open_folder.triggered.connect(inputs.open_folder_dialog)
    a.include_subfolders.setChecked(documents.settings.include_subfolders)
    a.include_subfolders.toggled.connect(lambda on: setattr(documents.settings, "include_subfolders", on))
    a.paste.triggered.connect(inputs.paste)
    a.capture.triggered.connect(inputs.capture)
    a.export_all.triggered.connect(batch.export_all)
    a.recognize_all.triggered.connect(batch.recognize_all)
    a.pause_batch.triggered.connect(batch.toggle_pause)
    a.cancel_batch.triggered.connect(batch.cancel)
    a.next_document.triggered.connect(lambda: documents.step(1))
    a.previous_document.triggered.connect(lambda: documents.step(-1))
    a.pdf_dpi.triggered.connect(inputs.ask_pdf_dpi)
    documents.model.rowsInserted.connect(lambda *_: a.update(documents))
    documents.model.rowsRemoved.connect(lambda *_: a.update(documents))
    documents.model.dataChanged.connect(lambda *_: a.update(documents))
    a.update(documents)
    return a
