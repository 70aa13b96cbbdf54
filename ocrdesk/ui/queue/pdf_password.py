"""A locked PDF asks for its password: typed once, kept in memory only (ocrdesk.inputs), then the
file is planned again and its pages replace its error row. A wrong password asks again; Cancel
leaves the error row as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ocrdesk.inputs import PDF_PASSWORD_CODE, InputPlan, PageRef, expand_inputs, set_pdf_password
from ocrdesk.model import DocStatus
from ocrdesk.ui.tasks import TaskRunner
from ocrdesk.workspace import Entry, Workspace


class Documents(Protocol):
    """What this needs of the document queue (QueueController provides it)."""

    workspace: Workspace
    runner: TaskRunner

    def add_pages(self, pages: list[tuple[PageRef, str | None]], show_first: bool = True) -> list[Entry]: ...

    def remove_entries(self, entry_ids: list[int]) -> None: ...


class PdfPasswords(QObject):
    def __init__(self, documents: Documents, parent: QWidget) -> None:
        super().__init__(parent)
        self.documents, self._parent = documents, parent
        self._waiting: list[Path] = []  # locked PDFs still to ask about, one dialog at a time
        self._wrong = False
        self._busy = False

    def ask(self, paths: list[Path]) -> None:
        """Ask, once the current event is done, for each locked PDF in turn."""
        self._waiting += [p for p in paths if p not in self._waiting]
        if self._waiting and not self._busy:
            self._busy = True
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if not self._parent.isVisible():  # the window closed before its turn came: nobody to ask
            self._waiting.clear()
        if not self._waiting:
            self._busy = False
            return
        path = self._waiting[0]
        if self._wrong:
            label = QCoreApplication.translate("PdfPasswords", "Wrong password for {name}. Try again:")
        else:
            label = QCoreApplication.translate("PdfPasswords", "{name} is password-protected. Password:")
        password, ok = QInputDialog.getText(
            self._parent,
            QCoreApplication.translate("PdfPasswords", "PDF password"),
            label.format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:  # Cancel: the error row stays
            self._done(path)
            return
        set_pdf_password(path, password)
        self.documents.runner.start(
            expand_inputs,
            [str(path)],
            on_finished=lambda plan: self._planned(path, plan),
            on_failed=lambda _exc: self._failed(path),
            name="plan locked PDF",
        )

    def _planned(self, path: Path, plan: InputPlan) -> None:
        if any(problem.code == PDF_PASSWORD_CODE for problem in plan.problems):
            set_pdf_password(path, None)
            self._wrong = True
            self._next()
            return
        errors = [
            entry.id
            for entry in self.documents.workspace
            if entry.ref is None and entry.document.status == DocStatus.ERROR and entry.document.source == str(path)
        ]
        self.documents.remove_entries(errors)
        self.documents.add_pages([(ref, None) for ref in plan.pages])
        self._done(path)

    def _failed(self, path: Path) -> None:
        set_pdf_password(path, None)  # the error row already says why it cannot be opened
        self._done(path)

    def _done(self, path: Path) -> None:
        self._wrong = False
        if path in self._waiting:
            self._waiting.remove(path)
        self._next()
