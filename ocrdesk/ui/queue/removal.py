"""Removing documents from the list: Del (or Backspace) in the list, Edit → Remove from List.

Work that no export has written is never thrown away silently: the operator is asked first, with
the documents named. A document being recognised or loaded is not removed under its job (the
operator cancels first). When the document on screen goes, its neighbour is shown, or nothing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QListView, QMessageBox, QWidget

from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.queue.batch import BatchController
from ocrdesk.ui.queue.list_view import ENTRY_ID_ROLE, DocumentListModel
from ocrdesk.ui.queue.unexported import UnexportedWork
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.state import AppState
from ocrdesk.workspace import Workspace


class Documents(Protocol):
    """What removing needs of the document queue (QueueController provides it)."""

    state: AppState
    messages: MessageBridge
    recognizer: Recognizer
    workspace: Workspace
    unexported: UnexportedWork
    model: DocumentListModel
    batch: BatchController

    @property
    def list_view(self) -> QListView: ...

    def show_entry(self, entry_id: int, again: bool = False) -> bool: ...

    def select_row(self, entry_id: int | None) -> None: ...

    def remove_entries(self, entry_ids: list[int]) -> None: ...


REMOVE_KEYS = (QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace)


class DocumentRemoval(QObject):
    removed = Signal(int)  # how many entries left the list (the session follows)

    def __init__(self, documents: Documents, action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.documents, self._parent, self.action = documents, parent, action
        self.action.triggered.connect(self.remove_selected)
        view = documents.list_view
        # the list's own keys, not the action's: Del is also Delete Field while the field table has the focus
        for key in REMOVE_KEYS:
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.action.trigger)
        for signal in (documents.model.rowsInserted, documents.model.rowsRemoved, documents.model.modelReset):
            signal.connect(self.update_action)
        self.update_action()

    def update_action(self, *_args: object) -> None:
        self.action.setEnabled(len(self.documents.workspace) > 0)

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.documents.list_view.selectionModel().selectedRows())
        model = self.documents.model
        return [int(model.index(row).data(ENTRY_ID_ROLE)) for row in rows]

    def remove_selected(self) -> None:
        documents = self.documents
        ids = self.selected_ids()
        if not ids:
            return
        recognizer = documents.recognizer
        if documents.batch.running or recognizer.recognizing or recognizer.loading:
            text = QCoreApplication.translate(
                "DocumentRemoval", "Documents cannot be removed while recognition runs: wait for it or cancel it"
            )
            documents.messages.info(text, 8000)
            return
        with_work = [entry.name for i in ids if documents.unexported.has(i) and (entry := documents.workspace.get(i))]
        if with_work and not self._discard_allowed(with_work):
            return
        self.remove(ids)

    def _discard_allowed(self, names: list[str]) -> bool:
        more = len(names) - 10
        listed = names[:10] + (
            [QCoreApplication.translate("DocumentRemoval", "… and %n more", None, more)] if more > 0 else []
        )
        count = len(names)  # lupdate reads a translate() call only when its n is a bare name
        text = QCoreApplication.translate(
            "DocumentRemoval", "%n document(s) have corrections that were not exported:", None, count
        )
        question = QCoreApplication.translate(
            "DocumentRemoval", "Remove them from the list and discard the corrections?"
        )
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("DocumentRemoval", "Remove documents?"),
            "\n".join([text, *listed, "", question]),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def remove(self, ids: list[int]) -> None:
        documents, workspace = self.documents, self.documents.workspace
        gone = set(ids)
        shown_id = documents.state.entry_id
        follow = None
        if shown_id in gone:  # the next one still in the list, else the one before
            rows = [workspace.index_of(i) for i in ids]
            after = [e for e in workspace.entries[max(rows) + 1 :] if e.viewable and e.id not in gone]
            before = [e for e in workspace.entries[: min(rows)] if e.viewable and e.id not in gone]
            follow = after[0] if after else (before[-1] if before else None)
        documents.remove_entries(ids)
        if shown_id in gone:
            if follow is not None:
                documents.show_entry(follow.id)
            else:
                documents.state.clear_page()
        else:
            documents.select_row(shown_id)
        count = len(ids)
        text = QCoreApplication.translate("DocumentRemoval", "Removed %n document(s) from the list", None, count)
        documents.messages.info(text, 8000)
        self.removed.emit(count)
