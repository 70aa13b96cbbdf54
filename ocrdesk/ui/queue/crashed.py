"""File → Restore Crashed Session…: a session put off with "Decide Later" at start, brought back
while the window runs (the same dialog as at start, so Restore, Discard and Later mean the same)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ocrdesk.session import SessionStore


class Restorer(Protocol):
    """What this needs of the review workflow (ReviewWorkflow provides it)."""

    def offer_restore(self) -> bool: ...


class CrashedSessions(QObject):
    def __init__(self, action: QAction, restorer: Restorer, store: SessionStore, menu: QMenu, parent: QWidget):
        super().__init__(parent)
        self.action, self.restorer, self.store = action, restorer, store
        action.triggered.connect(self.restore)
        # checked when the File menu opens, not at start: the start's own offer holds its claim until answered
        menu.aboutToShow.connect(self.refresh)

    def refresh(self) -> None:
        self.action.setEnabled(any(session.state.documents for session in self.store.recoverable()))

    def restore(self) -> None:
        self.restorer.offer_restore()
        self.refresh()
