"""Never lose work: the window's documents are written to the session file after every committed
edit, every recognition result and every status change; the next start after a crash or a kill
offers them back.

Writing goes through `ocrdesk.session.SessionStore` (atomic replace, in the platform data folder;
tests point OCRDESK_DATA_DIR elsewhere). Saves requested in one burst (an edit changes the value,
the validation and the status line) are written once, as soon as the event loop is back.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocrdesk.i18n import QT_TRANSLATE_NOOP, shown
from ocrdesk.model import DocStatus, Document
from ocrdesk.review import edit_count
from ocrdesk.session import BackgroundSaver, RecoverableSession, SessionState, SessionStore, snapshot
from ocrdesk.ui.state import AppState
from ocrdesk.ui.tasks import GuiCall, readable_error

log = logging.getLogger(__name__)

RESTORE, DISCARD, LATER = 1, 2, 0
SAVE_GAP_MS = 500


class Queue(Protocol):
    """What autosave needs of the document queue (the QueueController provides it)."""

    def all_documents(self) -> list[Document]: ...

    def restore(self, documents: list[Document], current: int, frames_dir: Path) -> None:
        """Put restored documents back: results, edits and statuses as saved; pixels read again."""


class Autosaver(QObject):
    """Writes `SessionState(documents.all_documents(), current)` when asked; `close()` on a clean exit.

    The GUI thread only takes a snapshot (shallow copies); encoding and the atomic write happen on
    a background thread, so saving a large batch after every result never stalls the window.
    """

    saved = Signal()
    failed = Signal(str)  # once per run of failed writes
    recovered = Signal()  # a write succeeded after failures

    def __init__(
        self, state: AppState, documents: Queue, parent: QObject | None = None, store: SessionStore | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._documents = state, documents
        self.store = store or SessionStore()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.save_now)
        self._since_save = QElapsedTimer()
        self._closed = False
        self._saved_once = False
        self._reported = False
        gui = GuiCall(self)  # the writer thread reports back on the GUI thread
        self._saver = BackgroundSaver(
            self.store,
            on_saved=gui.wrap(self._on_written),
            on_failed=gui.wrap(
                lambda exc: self._on_write_failed(shown(exc.strerror) if exc.strerror else readable_error(exc))
            ),
        )

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._saver.busy

    def request(self) -> None:
        if self._closed or self._timer.isActive():
            return
        # a fast batch asks after every drain: the snapshot of thousands of documents is taken at
        # most every SAVE_GAP_MS (an edit's Enter flushes at once, see flush())
        since = self._since_save.elapsed() if self._since_save.isValid() else SAVE_GAP_MS
        self._timer.start(max(0, SAVE_GAP_MS - since))

    def state(self) -> SessionState:
        documents = self._documents.all_documents()
        current = self._state.document
        index = next((i for i, d in enumerate(documents) if d is current), None)
        return SessionState(documents, index)

    def save_now(self) -> bool:
        """Hand the current state to the writer; True when a write was queued."""
        self._timer.stop()
        if self._closed:
            return False
        self._since_save.start()
        state = self.state()
        if not state.documents and not self._saved_once:
            return False  # nothing opened yet: no session to leave behind
        self._saved_once = True
        self._saver.submit(snapshot(state))
        return True

    def flush(self, timeout: float = 10.0) -> bool:
        """Write what is pending now (tests, and before a clean exit)."""
        if self._timer.isActive():
            self.save_now()
        return self._saver.flush(timeout)

    def _on_written(self) -> None:
        if self._reported:
            self._reported = False
            self.recovered.emit()
        self.saved.emit()

    def _on_write_failed(self, reason: str) -> None:
        log.warning("autosave failed: %s", reason)
        if not self._reported:  # say it once, not after every keystroke
            self._reported = True
            # the status bar shows the part before " — " (status_bar.show_problem): translations keep it
            text = QCoreApplication.translate(
                "Autosaver", "Autosave failed — {reason}. Export your work to keep it; this stays until a save works."
            )
            self.failed.emit(text.format(reason=reason))

    def close(self) -> None:
        """A clean exit: the session file goes (the operator chose to quit)."""
        self._timer.stop()
        self._closed = True
        self._saver.close()  # finish any write first, or it would bring the file back
        self.store.close()


# -- offering a crashed session back ---------------------------------------------------------------
class RestoreDialog(QDialog):
    """Restore / Discard / Later for one crashed session, listing its documents and edits."""

    def __init__(self, session: RecoverableSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore unsaved work?"))
        documents = session.state.documents
        edits = edit_count(documents)
        when = (
            dt.datetime.fromtimestamp(session.state.saved_at).strftime("%Y-%m-%d %H:%M")
            if session.state.saved_at
            else ""
        )
        count = len(documents)  # lupdate reads a translate() call only when its n is a bare name
        counts = {
            "documents": QCoreApplication.translate("RestoreDialog", "%n document(s)", None, count),
            "edits": QCoreApplication.translate("RestoreDialog", "%n edit(s)", None, edits),
        }
        if when:
            summary = QCoreApplication.translate(
                "RestoreDialog",
                "OCRDesk did not close properly on {when}. "
                "Its session had {documents} and {edits} that may not have been exported.",
            )
        else:
            summary = QCoreApplication.translate(
                "RestoreDialog",
                "OCRDesk did not close properly. "
                "Its session had {documents} and {edits} that may not have been exported.",
            )
        self.summary = QLabel(summary.format(when=when, **counts), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(documents), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RestoreDialog", "Document"),
                QCoreApplication.translate("RestoreDialog", "Status"),
                QCoreApplication.translate("RestoreDialog", "Fields"),
                QCoreApplication.translate("RestoreDialog", "Edited"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter restores, from the first key
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, document in enumerate(documents):
            edited = sum(1 for f in document.fields if f.edited)
            cells = (document.display_name, _status_text(document), str(len(document.fields)), str(edited))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(document.source if column == 0 else "")
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(QCoreApplication.translate("RestoreDialog", "&Restore"), self)
        self.discard_button = QPushButton(QCoreApplication.translate("RestoreDialog", "&Discard"), self)
        self.later_button = QPushButton(QCoreApplication.translate("RestoreDialog", "Decide &Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.done(RESTORE))
        self.discard_button.clicked.connect(lambda: self.done(DISCARD))
        self.later_button.clicked.connect(lambda: self.done(LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)


_STATUS_TEXT = {
    DocStatus.PENDING: QT_TRANSLATE_NOOP("RestoreDialog", "not recognised"),
    DocStatus.RECOGNISING: QT_TRANSLATE_NOOP("RestoreDialog", "not recognised"),
    DocStatus.OK: QT_TRANSLATE_NOOP("RestoreDialog", "recognised"),
    DocStatus.ERROR: QT_TRANSLATE_NOOP("RestoreDialog", "error"),
    DocStatus.REVIEWED: QT_TRANSLATE_NOOP("RestoreDialog", "reviewed"),
}


def _status_text(document: Document) -> str:
    return QCoreApplication.translate("RestoreDialog", _STATUS_TEXT[document.status])


def offer_restore(parent: QWidget, autosaver: Autosaver, documents: Queue) -> bool:
    """Ask about the newest crashed session this window can claim (older ones wait for later starts);
    True when restored.

    The session is claimed before the dialog shows, so two windows started together never offer
    (or adopt) the same one; a session another window claimed first is skipped.
    """
    store = autosaver.store
    sessions = store.recoverable()
    for empty in [s for s in sessions if not s.state.documents]:
        store.discard(empty)  # a window opened and killed before any page: nothing to offer
    session = next((s for s in sessions if s.state.documents and store.claim(s)), None)
    if session is None:
        return False
    dialog = RestoreDialog(session, parent)
    answer = dialog.exec()
    dialog.deleteLater()
    if answer == DISCARD:
        store.discard(session)
        return False
    if answer != RESTORE:
        store.release(session)  # later: it stays where it is, free for the next start
        return False
    try:
        state = store.adopt(session)
    except OSError as exc:  # e.g. the sessions folder became unwritable while the dialog was open
        store.release(session)
        log.warning("cannot restore %s: %s", session.path.name, exc)
        text = QCoreApplication.translate(
            "RestoreDialog", "The earlier session could not be restored — {reason}. It stays for later."
        )
        QMessageBox.warning(
            parent, QCoreApplication.translate("RestoreDialog", "Restore"), text.format(reason=readable_error(exc))
        )
        return False
    for document in state.documents:
        if document.status == DocStatus.RECOGNISING:  # killed mid-recognition: not recognised
            document.status = DocStatus.PENDING
    current = state.current if state.current is not None and 0 <= state.current < len(state.documents) else 0
    documents.restore(state.documents, current, store.frames_dir)
    autosaver.request()
    return True
