"""Quitting never loses work the operator did not decide about: every document with unexported
edits or uncommitted typing is named, with Export All… / Discard / Cancel. After Export All the
window closes by itself once the file is written (and stays open if it could not be)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ocrdesk.model import Field
from ocrdesk.ui import dialogs
from ocrdesk.ui.queue.unexported import UnexportedWork
from ocrdesk.workspace import Workspace


class Exporter(Protocol):
    def export_all(self) -> bool: ...


class Queue(Protocol):
    """What the guard needs of the document queue (the QueueController provides it)."""

    workspace: Workspace
    unexported: UnexportedWork

    @property
    def batch(self) -> Exporter: ...


class CloseGuard(QObject):
    def __init__(self, queue: Queue, drafted: Callable[[], list[Field]], window: QWidget) -> None:
        super().__init__(window)
        self._workspace, self._unexported, self._exporter = queue.workspace, queue.unexported, queue.batch
        self._drafted, self._window = drafted, window
        self._close_after_export = False

    def names(self) -> list[str]:
        """The documents whose work would be lost, in queue order."""
        drafted = {id(item) for item in self._drafted()}
        names = []
        for entry in self._workspace:
            typing = any(id(item) in drafted for item in entry.document.fields)
            if typing or self._unexported.has(entry.id):
                typed = QCoreApplication.translate("CloseGuard", "{name} (typing not committed)").format(
                    name=entry.name
                )
                names.append(typed if typing else entry.name)
        return names

    def may_close(self) -> bool:
        """Ask when work would be lost; True when the window may close now."""
        names = self.names()
        if not names:
            return True
        answer = dialogs.ask_unexported(self._window, names)
        if answer == dialogs.DISCARD:
            self._unexported.discard()
            return True
        if answer == dialogs.EXPORT_ALL:
            self._close_after_export = self._exporter.export_all()
        return False

    def on_exported(self, _target: str) -> None:
        if self._close_after_export:
            self._close_after_export = False
            QTimer.singleShot(0, self._window.close)  # asks again if work was done meanwhile

    def on_export_failed(self, _message: str) -> None:
        self._close_after_export = False  # the error is shown; the window stays
